"""The guard: a document over its time budget, or one whose coding raises, is a counted skip."""
from __future__ import annotations

import time

from communique.article import Skipped
from communique.coding.guard import within


def test_work_within_budget_returns_its_result():
    assert within("a.txt", lambda: 42, seconds=5) == 42


def test_work_over_budget_is_a_timeout_skip():
    started = time.monotonic()
    def spin():                               # the budget counts CPU time, so the work must use some
        while True:
            sum(range(1000))

    out = within("slow.txt", spin, seconds=0.2)
    assert time.monotonic() - started < 5
    assert isinstance(out, Skipped) and out.reason == "timeout" and "doc_timeout" in out.message


def test_an_error_is_a_coding_error_skip_with_one_line():
    out = within("bad.txt", lambda: 1 / 0, seconds=5)
    assert isinstance(out, Skipped) and out.reason == "coding-error"
    assert "ZeroDivisionError" in out.message and "bad.txt" in out.message and "\n" not in out.message
