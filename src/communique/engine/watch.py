"""`watch DIR`: a folder ingested as files arrive, in batches, with a summary line per batch.

Every `watch_interval` seconds the folder is listed (recursively, the files `analyze` reads).
A file is taken once its size and modification time have not changed between two looks, so a
file still being written waits for the next look. The files taken at one look are one batch:
read, coded by the worker processes (started once, kept between batches) and stored through
the store's one writer; then one line sums the batch up. Files already taken are remembered
while the watch runs; after a restart they are read again, but their articles are found
already stored and are not coded again.
"""
from __future__ import annotations

import os
import time
from typing import Callable

from .. import settings
from ..coding.pipeline import Report
from ..errors import InputError
from ..ingest import files
from ..record.store import Store
from .runner import coder, feed, workers_of


def watch(folder: str, db: str, *, workers: int | None = None, interval: float | None = None,
          on_batch: Callable[[int, list[str], Report], None] | None = None,
          on_skip: Callable | None = None, stop: Callable[[], bool] = lambda: False, once: bool = False) -> Report:
    """Watch `folder` until `stop()` is true (checked after each look) or, with `once`, until
    the files there now are stored. Returns the total report."""
    if not os.path.isdir(folder):
        raise InputError(folder, "is not a folder", "give the folder to watch, e.g. communique watch inbox/")
    pause = float(settings.get("watch_interval", interval))
    store, total = Store(db), Report()
    taken: set[str] = set()
    last: dict[str, tuple[int, float]] = {}
    number = 0
    with coder(workers_of(workers)) as code:
        while True:
            now = _listing(folder, taken)
            ready = sorted(p for p, stamp in now.items() if once or last.get(p) == stamp)
            last = now
            if ready:
                number += 1
                report = feed(code, ready, store, Report(), on_skip=on_skip)
                taken.update(ready)
                total.add(report)
                if on_batch:
                    on_batch(number, ready, report)
            if stop() or (once and not ready):
                return total
            if not once:
                time.sleep(pause)


def _listing(folder: str, taken: set[str]) -> dict[str, tuple[int, float]]:
    out = {}
    for path in files([folder]):
        if isinstance(path, str) and path not in taken:
            try:
                st = os.stat(path)
            except OSError:
                continue
            out[path] = (st.st_size, st.st_mtime)
    return out


def line(number: int, paths: list[str], report: Report) -> str:
    """The summary line of one batch."""
    return f"{time.strftime('%H:%M:%S')} batch {number}: {len(paths)} file{'s' * (len(paths) != 1)}; {report.summary()}"
