"""The guard around coding one document: a time budget, and unexpected errors caught.

Hostile or freak input must not stop a run. The rules that code an article (and build what the
store keeps of it) run under a per-document time budget, the `doc_timeout` setting; a document
over budget, or one whose coding raises, becomes a counted `Skipped` (reason `timeout` or
`coding-error`) with a one-line message, and the run goes on.

The budget counts the CPU time of the process (an ITIMER_PROF timer and its SIGPROF), not the
clock, so a machine busy with other work does not push documents over it. A signal handler runs
on the main thread of a process (the CLI, each worker process, each Ray actor); elsewhere the
document is coded without a budget. The spaCy parse itself is not under the budget: its time is
linear in the text, which `max_chars` bounds.
"""
from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from typing import Callable, TypeVar

from .. import settings
from ..article import Skipped
from ..ingest.rejects import skip

T = TypeVar("T")


class Overrun(Exception):
    """Raised inside the guarded work when its time budget runs out."""


def within(origin: str, work: Callable[[], T], seconds: float | None = None) -> T | Skipped:
    """`work()`, or the Skipped that says why it did not finish."""
    seconds = float(settings.get("doc_timeout", seconds))
    try:
        with _budget(seconds):
            return work()
    except Overrun:
        return skip(origin, "timeout", f"coding took more than doc_timeout ({seconds:g} CPU seconds)")
    except RecursionError:
        return skip(origin, "coding-error", "coding failed (the parse is nested too deeply)")
    except Exception as err:     # a bug met on odd input: count it, keep going
        return skip(origin, "coding-error", f"coding failed ({type(err).__name__}: {_first_line(err)})")


def _first_line(err: Exception) -> str:
    text = str(err).strip().splitlines()
    return text[0][:160] if text else "no message"


@contextmanager
def _budget(seconds: float):
    usable = seconds > 0 and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def overrun(signum, frame):
        raise Overrun()

    previous = signal.signal(signal.SIGPROF, overrun)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
