"""`run`: paths in, the stored record out, on one process, N processes or a Ray cluster.

    report = run(["corpus/"], "out/record.duckdb", workers=2, on_batch=print_progress)

Reading streams (`ingest.read_inputs`), articles go in batches of `batch_size` to the coders,
and each batch's payloads are written by the one store writer, in input order, in one
transaction. So memory holds only the batches in flight, the stored events are the same with
any number of workers, and a run killed at any point leaves whole batches: run it again and it
codes only the articles not yet stored.
"""
from __future__ import annotations

import os
from contextlib import contextmanager
from typing import Callable, Iterator

from .. import settings
from ..article import Article, Skipped
from ..coding.pipeline import Report
from ..errors import InputError
from ..ingest import read_inputs
from ..record.payload import Payload
from ..record.store import Store
from . import worker
from .pool import Pool

ENGINES = ("local", "ray")


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def workers_of(value: int | str | None) -> int:
    """The `workers` setting as a count: 0 means one per core."""
    count = settings.get("workers", value)
    try:
        count = int(count)
    except (TypeError, ValueError):
        count = -1
    if count < 0:
        raise InputError("--workers", f"{value!r} is not a number of processes", "give 1 or more, or 0 for one per core")
    return count or cores()


def run(paths: list[str], db: str, *, workers: int | None = None, engine: str | None = None,
        address: str | None = None, parquet: str | None = None, model: str | None = None,
        report: Report | None = None, on_skip: Callable[[Skipped], None] | None = None,
        on_batch: Callable[[Report], None] | None = None, stdin=None) -> Report:
    """Read, code and store everything under `paths`; returns the run's report. `on_batch`
    is called with the report after each stored batch (for a progress bar)."""
    report = report if report is not None else Report()
    engine = str(settings.get("engine", engine))
    if engine not in ENGINES:
        raise InputError("--engine", f"{engine!r} is not an engine", f"use one of {', '.join(ENGINES)}")
    count = workers_of(workers)
    store = Store(db)
    if engine == "ray":
        from .cluster import code_on_ray

        for results in code_on_ray(paths, db, workers=count, address=address, parquet_dir=parquet, model=model,
                                   report=report, on_skip=on_skip):
            _write(store, results, report, on_skip, on_batch)
        return report
    with coder(count, model) as code:
        return feed(code, paths, store, report, on_skip=on_skip, on_batch=on_batch, stdin=stdin)


def feed(code: Callable, paths: list[str], store: Store, report: Report, *, on_skip: Callable | None = None,
         on_batch: Callable | None = None, stdin=None) -> Report:
    """Read `paths`, code the batches with `code` (from `coder`), store them; returns `report`."""
    for results in code(_batches(paths, store, report, on_skip, stdin)):
        _write(store, results, report, on_skip, on_batch)
    return report


def _write(store: Store, results: list[Payload | Skipped], report: Report, on_skip: Callable | None,
           on_batch: Callable | None) -> None:
    """Write one batch's payloads in one transaction and count the batch in `report`."""
    payloads = [r for r in results if isinstance(r, Payload)]
    for item in results:
        if isinstance(item, Skipped):
            _skipped(item, report, on_skip)
    store.add_payloads(payloads)
    report.articles += len(payloads)
    report.sentences += sum(p.sentences for p in payloads)
    report.events += sum(p.events for p in payloads)
    if on_batch:
        on_batch(report)


def _skipped(item: Skipped, report: Report, on_skip: Callable | None) -> None:
    report.skip(item)
    if on_skip:
        on_skip(item)


def _batches(paths, store: Store, report: Report, on_skip, stdin) -> Iterator[list[Article]]:
    """Read articles in batches of `batch_size`, leaving out those already stored."""
    size = max(1, int(settings.get("batch_size")))
    batch: list[Article] = []
    for item in read_inputs(paths, stdin=stdin):
        if isinstance(item, Skipped):
            _skipped(item, report, on_skip)
            continue
        batch.append(item)
        if len(batch) >= size:
            yield from _new(batch, store, report)
            batch = []
    yield from _new(batch, store, report)


def _new(batch: list[Article], store: Store, report: Report) -> Iterator[list[Article]]:
    known = store.stored(a.id for a in batch)
    fresh = [a for a in batch if a.id not in known]
    report.already += len(batch) - len(fresh)
    if fresh:
        yield fresh


@contextmanager
def coder(count: int, model: str | None = None):
    """A function from batches to their results, in order: in this process (count 1), or in a
    pool of `count` worker processes kept for as long as the context lasts."""
    if count == 1:
        worker.start(model)
        yield lambda batches: (worker.code_batch(batch, model) for batch in batches)
        return
    with Pool(count, model) as pool:
        yield pool.map
