"""The worker pool keeps order, and a worker that dies on one document costs only that document."""
from __future__ import annotations

import os

from communique.article import Article, Skipped
from communique.engine.pool import Pool


def idle(model=None) -> None:
    """No model: these jobs do not parse."""


def origins_or_die(batch, model=None):
    """A job that kills its worker process on a document saying CRASH."""
    if any("CRASH" in a.text for a in batch):
        os._exit(1)
    return [a.origin for a in batch]


def test_results_come_back_in_order_and_a_crash_skips_one_document():
    batches = [[Article(text=f"doc {b}-{i}", origin=f"{b}-{i}") for i in range(3)] for b in range(6)]
    batches[2][1] = Article(text="CRASH here", origin="2-1")
    with Pool(2, job=origins_or_die, start=idle, window=3) as pool:
        results = [r for batch in pool.map(batches) for r in batch]
    assert [r if isinstance(r, str) else r.origin for r in results] == [a.origin for b in batches for a in b]
    crashed = [r for r in results if isinstance(r, Skipped)]
    assert len(crashed) == 1 and crashed[0].origin == "2-1" and crashed[0].reason == "crashed"
    assert "\n" not in crashed[0].message and "fix:" in crashed[0].message


def settings_seen(batch, model=None):
    """A job that reports the worker's batch-size setting and whether its parent is the opener."""
    return [(os.environ.get("COMMUNIQUE_BATCH_SIZE"), os.getppid()) for _ in batch]


def test_workers_see_the_settings_of_the_moment_the_pool_opens(monkeypatch):
    """Workers are forked from a forkserver started with the first pool; a later pool's workers
    still take the settings environment of their own opening, not the forkserver's."""
    one = [[Article(text="x", origin="x")]]
    monkeypatch.setenv("COMMUNIQUE_BATCH_SIZE", "7")
    with Pool(1, job=settings_seen, start=idle) as pool:
        (first,), = pool.map(one)
    monkeypatch.setenv("COMMUNIQUE_BATCH_SIZE", "9")
    with Pool(1, job=settings_seen, start=idle) as pool:
        (second,), = pool.map(one)
    monkeypatch.delenv("COMMUNIQUE_BATCH_SIZE")
    with Pool(1, job=settings_seen, start=idle) as pool:
        (third,), = pool.map(one)
    assert (first[0], second[0], third[0]) == ("7", "9", None)
    assert first[1] != os.getpid()          # forked by the forkserver, not by this process


def worker_pid(batch, model=None):
    return [os.getpid() for _ in batch]


def test_a_worker_is_replaced_after_its_share_of_batches(monkeypatch):
    """`worker_batches` bounds how much a worker codes, and so how far its memory can grow."""
    monkeypatch.setenv("COMMUNIQUE_WORKER_BATCHES", "2")
    batches = [[Article(text=f"doc {b}", origin=f"{b}")] for b in range(6)]
    with Pool(1, job=worker_pid, start=idle, window=1) as pool:
        pids = [pid for batch in pool.map(batches) for pid in batch]
    assert len(set(pids)) == 3 and pids[0] == pids[1] != pids[2] == pids[3] != pids[4] == pids[5]
