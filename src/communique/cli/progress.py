"""The progress bar of long runs: articles done of about how many, articles/s and an ETA."""
from __future__ import annotations

import time
from contextlib import contextmanager

from rich.console import Console
from rich.progress import (BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn,
                           TimeRemainingColumn)


def done(report) -> int:
    """Items finished: coded, skipped, or found already stored."""
    return report.articles + sum(report.skipped.values()) + report.already


@contextmanager
def bar(total: int | None, what: str = "analyzing"):
    """A rich progress bar on stderr; yields (update(report), console). Without a total it
    shows a spinner and the count; it is drawn only on a terminal."""
    console = Console(stderr=True)
    columns = [SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TextColumn("articles {task.fields[rate]}"), TimeElapsedColumn()]
    if total:
        columns += [TextColumn("ETA"), TimeRemainingColumn()]
    start = time.monotonic()
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task(what, total=total, rate="")

        def update(report) -> None:
            n = done(report)
            rate = n / max(time.monotonic() - start, 1e-6)
            progress.update(task, completed=min(n, total) if total else n, rate=f"{rate:.1f}/s")

        yield update, progress.console
