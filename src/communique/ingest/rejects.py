"""Why an input is rejected, and how much is read: reason codes with their fixes, the size
limits, and the `Reject` that a reader raises to turn its input into a counted `Skipped`.

Reason codes: missing, unreadable, empty, binary, encoding, too-large, bad-json, bad-record,
bad-csv, bad-feed, no-text, unsupported; and, once read, coding-error, timeout and crashed (the
coding stage and the engine skip a document with these).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from .. import settings
from ..article import Article, Skipped
from ..errors import InputError

FIXES = {
    "missing": "check the spelling; relative paths start in the current directory",
    "unreadable": "make it readable, e.g. chmod +r, or leave it out",
    "empty": "remove it or add the article text",
    "binary": "give text, HTML, JSONL, CSV or an RSS/Atom feed; convert PDFs and images to text first",
    "encoding": "re-save it as UTF-8",
    "too-large": "split it, or raise the max_bytes or max_chars setting, e.g. COMMUNIQUE_MAX_BYTES=50000000",
    "bad-json": 'write one JSON object per line, e.g. {"text": "..."}',
    "bad-record": 'give each record a non-empty "text" or "html" field',
    "bad-csv": "start with a header row naming a text or html column; quote fields holding commas or newlines",
    "bad-feed": "give a well-formed RSS or Atom feed",
    "no-text": "check that it holds the article, not a login wall, index or script-only page",
    "unsupported": "use .txt, .md, .html, .jsonl, .csv or an RSS/Atom .xml file, or convert it",
    "coding-error": "the rest of the run went on; please report the document, it shows a bug",
    "timeout": "split the document, or raise the doc_timeout setting, e.g. COMMUNIQUE_DOC_TIMEOUT=120",
    "crashed": "the rest of the run went on; check memory (a worker may have been killed) or report the document",
}


@dataclass(frozen=True)
class Limits:
    max_bytes: int
    max_chars: int


class Reject(Exception):
    """Raised inside a reader; becomes the `Skipped` it carries."""

    def __init__(self, origin: str, reason: str, why: str, fix: str | None = None):
        super().__init__(why)
        self.skipped = skip(origin, reason, why, fix)


def skip(origin: str, reason: str, why: str, fix: str | None = None) -> Skipped:
    """A Skipped whose message is one line: the input, the cause and the fix (by default FIXES[reason])."""
    line = InputError(origin, why, fix or FIXES[reason]).line()
    return Skipped(origin=origin, reason=reason, message=" ".join(line.split()))


def limits(max_bytes: int | None = None, max_chars: int | None = None) -> Limits:
    """The limits after settings and overrides (see `communique.settings`)."""
    return Limits(int(settings.get("max_bytes", max_bytes)), int(settings.get("max_chars", max_chars)))


def guarded(items: Iterator[Article | Skipped]) -> Iterator[Article | Skipped]:
    """The items, ending with the Skipped of a `Reject` raised while producing them."""
    try:
        yield from items
    except Reject as err:
        yield err.skipped


def one(build, *args) -> Article | Skipped:
    """`build(*args)`, or the Skipped it raised."""
    try:
        return build(*args)
    except Reject as err:
        return err.skipped
