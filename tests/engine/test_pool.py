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
