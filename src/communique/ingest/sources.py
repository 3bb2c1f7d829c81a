"""The ingest stage's entry: paths in, `Article`s (or a `Skipped` with its reason) out.

Formats go by extension (`FORMATS`); stdin ("-") goes by content. Bad input never raises: each
file, line, row or feed item that cannot become an Article yields a `Skipped` whose message is
one line naming the input, the cause and the fix (reason codes in `rejects`).

Whole-file formats (text, HTML, feeds) are size-checked with `os.stat` before reading; corpora
(JSONL, CSV) are streamed line by line and each line is checked instead.
"""
from __future__ import annotations

import io
import os
import re
import sys
from typing import BinaryIO, Iterator

from ..article import Article, Skipped
from . import corpora, pages
from .rejects import Limits, Reject, guarded, limits as read_limits, skip

FORMATS = {".txt": "text", ".text": "text", ".md": "text",
           ".html": "html", ".htm": "html", ".xhtml": "html",
           ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv",
           ".xml": "feed", ".rss": "feed", ".atom": "feed"}
WALKED = (".txt", ".html", ".htm", ".jsonl", ".ndjson", ".csv", ".xml", ".rss", ".atom")
NOT_ARTICLES = re.compile(r"(readme|license|licence)", re.IGNORECASE)   # ignored in folder walks
STREAMED = ("jsonl", "csv")    # read line by line; the others are read whole
SNIFF_BYTES = 8192
READERS = {"text": pages.read_text, "html": pages.read_html, "feed": pages.read_feed,
           "jsonl": corpora.read_jsonl, "csv": corpora.read_csv}


def read_inputs(paths: list[str], *, max_bytes: int | None = None, max_chars: int | None = None,
                stdin=None) -> Iterator[Article | Skipped]:
    """Articles from files, folders (recursive, sorted) and "-" (stdin), in the order given."""
    limits = read_limits(max_bytes, max_chars)
    for path in files(paths):
        if isinstance(path, Skipped):
            yield path
        elif path == "-":
            yield from guarded(_read_stdin(stdin if stdin is not None else sys.stdin.buffer, limits))
        else:
            yield from read_file(path, limits)


def files(paths: list[str]) -> Iterator[str | Skipped]:
    """The files `read_inputs` reads, in its order: each path, or the files of each folder
    (recursive, sorted); "-" stays "-"; an empty folder is a Skipped."""
    for path in map(os.fspath, paths):
        if path != "-" and os.path.isdir(path):
            found = list(_walk(path))
            if not found:
                yield skip(path, "empty", f"the folder holds no {', '.join(WALKED)} files")
            yield from found
        else:
            yield path


def read_file(path: str, limits: Limits | None = None) -> Iterator[Article | Skipped]:
    """The articles of one file (one, or one per corpus line, row or feed item), or its Skipped."""
    return guarded(_read_file(path, limits or read_limits()))


def estimate(paths: list[str]) -> int | None:
    """About how many items `read_inputs` will yield (one per document, corpus line or feed
    item), from one quick pass over the files; None when stdin is among them."""
    total = 0
    for path in files(paths):
        if path == "-":
            return None
        kind = FORMATS.get(os.path.splitext(path)[1].lower()) if isinstance(path, str) else None
        total += _count(path, kind) if kind in ("jsonl", "csv", "feed") else 1
    return total


def _count(path: str, kind: str) -> int:
    marks = (b"<item", b"<entry") if kind == "feed" else (b"\n",)
    found, tail = 0, b""
    try:
        with open(path, "rb") as fh:
            while chunk := fh.read(1 << 20):
                found += sum(chunk.count(m) for m in marks)
                tail = chunk[-1:]
    except OSError:
        return 1
    found += kind != "feed" and tail not in (b"", b"\n")    # a last line without a newline
    return max(1, found - (kind == "csv"))                   # a CSV's header is no article


def _walk(folder: str) -> Iterator[str]:
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if not name.startswith(".") and name.lower().endswith(WALKED) and not NOT_ARTICLES.match(name):
                yield os.path.join(root, name)


def _read_file(path: str, limits: Limits) -> Iterator[Article | Skipped]:
    fh, size = _open(path)
    with fh:
        kind = _kind(path, size, limits)
        _sniff(fh.read(SNIFF_BYTES), path)
        fh.seek(0)
        yield from READERS[kind](fh, path, limits)


def _open(path: str) -> tuple[BinaryIO, int]:
    """The file, open for reading, and its size from os.stat (nothing is read yet)."""
    try:
        size = os.stat(path).st_size
        return open(path, "rb"), size
    except FileNotFoundError:
        raise Reject(path, "missing", "no such file or folder") from None
    except OSError as err:
        raise Reject(path, "unreadable", f"cannot be read: {err.strerror}") from None


def _kind(path: str, size: int, limits: Limits) -> str:
    """The format of `path` by its extension, once it is known to be worth reading."""
    extension = os.path.splitext(path)[1].lower()
    if extension not in FORMATS:
        raise Reject(path, "unsupported", f"the extension {extension or '(none)'!r} is not a supported format")
    if size == 0:
        raise Reject(path, "empty", "the file is empty")
    if FORMATS[extension] not in STREAMED and size > limits.max_bytes:
        raise Reject(path, "too-large", f"the file is {size:,} bytes, over max_bytes {limits.max_bytes:,}")
    return FORMATS[extension]


_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\f\v\x1b")   # counted by deleting them


def _sniff(head: bytes, origin: str) -> None:
    """Reject binary data and UTF-16/32 before parsing."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise Reject(origin, "encoding", "the text is UTF-16 or UTF-32, not UTF-8")
    if b"\x00" in head:
        raise Reject(origin, "binary", f"binary data (a NUL byte at offset {head.index(0)}), not text")
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if head and controls / len(head) > 0.1:
        raise Reject(origin, "binary", f"binary data ({controls} control bytes in the first {len(head)}), not text")


def _read_stdin(stream, limits: Limits) -> Iterator[Article | Skipped]:
    data = stream.read(limits.max_bytes + 1)
    data = data.encode("utf-8") if isinstance(data, str) else data
    if len(data) > limits.max_bytes:
        raise Reject("<stdin>", "too-large", f"the input is over max_bytes {limits.max_bytes:,}")
    if not data.strip():
        raise Reject("<stdin>", "empty", "the input is empty or only whitespace")
    _sniff(data[:SNIFF_BYTES], "<stdin>")
    yield from READERS[_kind_by_content(data)](io.BytesIO(data), "<stdin>", limits)


def _kind_by_content(data: bytes) -> str:
    start = data.removeprefix(b"\xef\xbb\xbf").lstrip()[:512].lower()
    if start.startswith(b"{"):
        return "jsonl"
    if re.match(rb"(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(rss|feed|rdf:rdf)\b", start, re.DOTALL):
        return "feed"
    return "html" if start.startswith(b"<") else "text"
