"""N worker processes that code batches, sharing one loaded spaCy model.

Batches go out in input order and their results come back in that order, with at most
`window` batches in flight, so memory does not grow with the corpus and the one writer stores
them as one process would. A worker is replaced after `worker_batches` batches (a setting),
which keeps its memory flat over runs of millions of documents.

Workers are forked from a `forkserver` that loaded the model and the coder's data once
(`preload`, imported there before the first fork): the workers share those pages with it and
with each other (copy-on-write) instead of each holding its own copy, and a replacement worker
starts in a fraction of a second. Where there is no forkserver (not POSIX), workers are
`spawn`ed and each loads the model itself. Workers ignore Ctrl-C (the parent stops them) and die
with the process that opened the pool: a spawned worker through Linux PR_SET_PDEATHSIG, a forked
one (whose parent is the forkserver, which lives as long as any worker does) by checking twice a
second that its owner is alive. The forkserver ends when the last of them has, so a killed
`analyze` leaves no process behind.

A worker that dies (killed for memory, a crash in native code) breaks the pool. The pool is
then started again and the batch at the head is coded one document per task: the document that
kills a worker again is skipped as `crashed`, the others are coded, and the run goes on.
"""
from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Callable, Iterable, Iterator

from .. import settings
from ..article import Article, Skipped
from ..ingest.rejects import skip
from ..record.payload import Payload
from . import worker

Results = list[Payload | Skipped]
PR_SET_PDEATHSIG = 1
PRELOAD = "communique.engine.preload"


def _context():
    """The forkserver, told to preload the model, where there is one; else spawn."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([PRELOAD])
    return context


def _start(owner: int, model: str | None, start: Callable, env: dict[str, str]) -> None:
    """Runs first in each worker process. `owner` is the pid of the process that opened the pool,
    `env` its settings environment (`settings.environment()`): a forked worker would otherwise
    have the forkserver's, from the moment that started."""
    for key in set(settings.environment()) - set(env):
        del os.environ[key]
    os.environ.update(env)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):     # not Linux: the parent's shutdown still ends us
        pass
    if os.getppid() == 1 or not _alive(owner):    # the owner died before we could ask to follow it
        os._exit(1)
    if os.getppid() != owner:         # forked by the forkserver, which lives as long as we do:
        threading.Thread(target=_follow, args=(owner,), daemon=True).start()    # follow the owner
    start(model)


def _follow(owner: int) -> None:
    """End this worker soon after the process that opened the pool is gone (killed, even)."""
    while _alive(owner):
        time.sleep(0.5)
    os._exit(1)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)         # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except PermissionError:     # it exists, under another user
        pass
    return True


class Pool:
    """`Pool(2).map(batches)` yields each batch's results, in order."""

    def __init__(self, workers: int, model: str | None = None, *, job: Callable = worker.code_batch,
                 start: Callable = worker.start, window: int | None = None):
        self.workers, self.model, self.job, self.start = workers, model, job, start
        self.window = window or 2 * workers
        self.executor: ProcessPoolExecutor | None = None
        self._open()

    def _open(self) -> None:
        self.executor = ProcessPoolExecutor(self.workers, mp_context=_context(), initializer=_start,
                                            initargs=(os.getpid(), self.model, self.start, settings.environment()),
                                            max_tasks_per_child=max(1, int(settings.get("worker_batches"))))

    def _restart(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)
        self._open()

    def close(self) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=True, cancel_futures=True)
            self.executor = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def _submit(self, batch: list[Article]):
        try:
            return self.executor.submit(self.job, batch, self.model)
        except BrokenProcessPool:
            self._restart()
            return self.executor.submit(self.job, batch, self.model)

    def map(self, batches: Iterable[list[Article]]) -> Iterator[Results]:
        batches = iter(batches)
        pending: deque = deque()

        def fill() -> None:
            while len(pending) < self.window and (batch := next(batches, None)) is not None:
                pending.append((batch, self._submit(batch)))

        fill()
        while pending:
            batch, future = pending.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                self._restart()
                results = self._one_by_one(batch)
                pending = deque((b, self._submit(b)) for b, _ in pending)
            yield results
            fill()

    def _one_by_one(self, batch: list[Article]) -> Results:
        """The batch coded one document per task; a document that kills its worker is skipped."""
        out: Results = []
        for article in batch:
            try:
                out += self._submit([article]).result()
            except BrokenProcessPool:
                self._restart()
                out.append(skip(article.origin, "crashed", "the worker process died while coding it"))
        return out
