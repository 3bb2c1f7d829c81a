"""The Ray engine: the same work on Ray Data, on this machine's cores or an existing cluster.

    communique analyze corpus/ --engine ray [--address ray://head:10001] [--parquet DIR]

The driver lists the input files and groups them into shards (contiguous runs of files, a few
MB each, at least four per worker). Ray Data maps batches of shards over a fixed pool of
actors; each actor loads the spaCy model once, then reads its shard's files (`ingest`), codes
them in batches (`worker.code_batch`, the code path of every engine) and yields the payloads as
Arrow tables, which Ray writes as Parquet partitioned by shard (layout in `parquet`). The
store then imports the Parquet in input order through its one writer.

On a cluster, the input files and the Parquet folder must be on storage every node sees (a
shared file system), and communique must be installed on the nodes. Stdin cannot be read.
Ray runs offline: usage statistics and the dashboard are off.
"""
from __future__ import annotations

import logging
import os
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

from .. import settings
from ..article import Article, Skipped
from ..coding.pipeline import Report
from ..errors import InputError, SetupError
from ..ingest import files, read_file
from ..record.payload import Payload
from . import parquet, worker

SHARD_BYTES = 4 << 20
SHARDS_PER_WORKER = 4


def code_on_ray(paths: list[str], db: str, *, workers: int, address: str | None, parquet_dir: str | None,
                model: str | None, report: Report, on_skip: Callable | None) -> Iterator[list[Payload | Skipped]]:
    """Code everything under `paths` on Ray into Parquet, then yield the items back in input
    order, a batch at a time, for the store's one writer."""
    out = parquet.prepare(_out_dir(db, parquet_dir))
    inputs = []
    for unit in files(paths):
        if isinstance(unit, Skipped):
            report.skip(unit)
            if on_skip:
                on_skip(unit)
        elif unit == "-":
            raise InputError("-", "the Ray engine reads files and folders, not stdin", "save the input to a file")
        else:
            inputs.append(unit)
    if inputs:
        with _ray(str(settings.get("ray_address", address) or ""), workers) as ray:
            _code_on_ray(ray, _shards(inputs, workers), out, workers, model)
    yield from parquet.read(out, max(1, int(settings.get("batch_size"))))


def _out_dir(db: str, given: str | None) -> Path:
    return Path(str(settings.get("parquet_dir", given) or "") or f"{db}.parquet")


def _shards(inputs: list[str], workers: int) -> list[list[str]]:
    """Contiguous runs of files of about SHARD_BYTES (less for a small corpus, so that every
    worker gets several shards); a big file is a shard of its own."""
    sizes = [os.stat(p).st_size if os.path.isfile(p) else 0 for p in inputs]
    target = max(1, min(SHARD_BYTES, sum(sizes) // (workers * SHARDS_PER_WORKER)))
    out, current, held = [], [], 0
    for path, size in zip(inputs, sizes):
        if current and held + size > target:
            out.append(current)
            current, held = [], 0
        current.append(path)
        held += size
    return out + [current] if current else out


@contextmanager
def _ray(address: str, workers: int):
    """Ray, connected to `address` or to a local cluster of `workers` CPUs started here; shut
    down (and the local cluster stopped) on the way out."""
    os.environ["RAY_USAGE_STATS_ENABLED"] = "0"
    try:
        import ray
        from ray.data import DataContext
    except ImportError:
        raise SetupError("--engine ray", "Ray is not installed",
                         "install the extra: pip install -c requirements.lock -e '.[ray]' (make test does)") from None
    kwargs = {"address": address} if address else {"num_cpus": workers}
    try:
        ray.init(include_dashboard=False, log_to_driver=False, logging_level=logging.ERROR, **kwargs)
    except (ConnectionError, RuntimeError, ValueError) as err:
        raise InputError(f"--address {address}" if address else "--engine ray",
                         f"cannot start or reach Ray ({str(err).splitlines()[0][:160]})",
                         "check the address (ray://HOST:10001 or HOST:6379), or leave it out for a local cluster") from None
    try:
        logging.getLogger("ray.data").setLevel(logging.ERROR)
        context = DataContext.get_current()
        context.enable_progress_bars = sys.stderr.isatty()
        yield ray
    finally:
        ray.shutdown()


def _code_on_ray(ray, shards: list[list[str]], out: Path, workers: int, model: str | None) -> None:
    env = {k: v for k, v in os.environ.items() if k.startswith("COMMUNIQUE_")}
    if model:
        env["COMMUNIQUE_SPACY_MODEL"] = model
    items = [{"shard": i, "paths": paths} for i, paths in enumerate(shards)]
    (ray.data.from_items(items)
        .map_batches(ShardCoder, batch_size=1, compute=ray.data.ActorPoolStrategy(size=workers), num_cpus=1,
                     runtime_env={"env_vars": env})
        .write_parquet(str(out), partition_cols=["shard"]))


class ShardCoder:
    """A Ray actor: loads the model once, then codes one shard of files per call."""

    def __init__(self):
        worker.start()      # the settings come with the actor's environment (COMMUNIQUE_*)

    def __call__(self, batch: dict):
        for shard, paths in zip(batch["shard"], batch["paths"]):
            yield from code_shard(int(shard), [str(p) for p in paths])


def code_shard(shard: int, paths: list[str], model: str | None = None):
    """Arrow tables (Parquet layout) of one shard's items, one per coding batch, in order."""
    size = max(1, int(settings.get("batch_size")))
    pending: list[tuple[int, Article | Skipped]] = []
    item = 0
    for path in paths:
        for read in read_file(path):
            pending.append((item, read))
            item += 1
            if len(pending) >= size:
                yield _coded(shard, pending, model)
                pending = []
    if pending:
        yield _coded(shard, pending, model)


def _coded(shard: int, pending: list[tuple[int, Article | Skipped]], model: str | None):
    articles = [a for _, a in pending if isinstance(a, Article)]
    results = iter(worker.code_batch(articles, model))
    rows = [(shard, item, a if isinstance(a, Skipped) else next(results)) for item, a in pending]
    return parquet.table(rows)
