"""The engine: the whole run at scale, from paths to the stored record.

Modules: `worker` (the work on one batch: parse, code under the guard, build payloads; the same
in-process, in worker processes and in Ray actors), `pool` (N worker processes, one model load
each, batches in order with a bounded window, a crashed worker's batch retried document by
document), `runner` (`run`: read, batch, code, write through the one store writer, report
progress), `cluster` (the same work on Ray Data, into partitioned Parquet that the store
imports), `watch` (a folder ingested as files arrive), `synthetic` (a generated corpus for
benchmarks, from the project's own templates and the actor knowledge base).

May import: the foundation, `communique.ingest`, `communique.coding` and `communique.record`.
"""
from .runner import run

__all__ = ["run"]
