"""Corpora: JSONL (one record a line) and CSV (a header row naming a text or html column),
streamed line by line; each line or row becomes an `Article` or a counted `Skipped`."""
from __future__ import annotations

import csv
import json
from typing import BinaryIO, Iterator

from ..article import Article, Skipped
from .pages import from_html, from_text
from .rejects import Limits, Reject, one


def _lines(fh: BinaryIO, limit: int) -> Iterator[tuple[int, int, bytes | None, int]]:
    """(number, offset, line, size) per line; line is None when over `limit` (skipped unread)."""
    number = offset = 0
    while line := fh.readline(limit + 1):
        number, start, size = number + 1, offset, len(line)
        if size > limit and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = fh.readline(1 << 20)
                size += len(line)
            line = None
        offset += size
        yield number, start, line, size


def _decode_line(number: int, offset: int, line: bytes | None, size: int, origin: str, limits: Limits) -> str:
    if line is None:
        raise Reject(origin, "too-large", f"line {number} is {size:,} bytes, over max_bytes {limits.max_bytes:,}")
    try:
        return line.decode("utf-8-sig" if number == 1 else "utf-8")
    except UnicodeDecodeError as err:
        where = f"line {number}, byte offset {offset + err.start}"
        raise Reject(origin, "encoding", f"not valid UTF-8 ({where})") from None


def read_jsonl(fh: BinaryIO, path: str, limits: Limits) -> Iterator[Article | Skipped]:
    seen = 0
    for number, offset, line, size in _lines(fh, limits.max_bytes):
        if line is None or line.strip():
            seen += 1
            yield one(_from_json_line, number, offset, line, size, path, limits)
    if not seen:
        raise Reject(path, "empty", "the file holds only blank lines")


def _from_json_line(number, offset, line, size, path: str, limits: Limits) -> Article:
    origin = f"{path}:{number}"
    text = _decode_line(number, offset, line, size, origin, limits)
    try:
        record = json.loads(text)
    except json.JSONDecodeError as err:
        raise Reject(origin, "bad-json", f"line {number} is not valid JSON ({err.msg} at column {err.colno})") from None
    if not isinstance(record, dict):
        raise Reject(origin, "bad-json", f"line {number} is a JSON {type(record).__name__}, not an object")
    return _from_record(record, origin, limits)


def _from_record(record: dict, origin: str, limits: Limits) -> Article:
    record = {str(k).strip().lower(): v for k, v in record.items() if v not in (None, "")}
    record.setdefault("byline", record.get("author"))
    meta = {k: str(record[k]).strip() for k in ("title", "url", "published", "byline") if record.get(k)}
    text, page = record.get("text"), record.get("html")
    if isinstance(text, str) and text.strip():
        return from_text(text.replace("\r\n", "\n"), origin, limits, meta)
    if isinstance(page, str) and page.strip():
        return from_html(page, origin, limits, meta)
    raise Reject(origin, "bad-record", 'the record has no non-empty "text" or "html" field')


def read_csv(fh: BinaryIO, path: str, limits: Limits) -> Iterator[Article | Skipped]:
    old_limit = csv.field_size_limit(max(csv.field_size_limit(), limits.max_bytes))
    lines = (_decode_line(*numbered, path, limits) for numbered in _lines(fh, limits.max_bytes))
    rows = csv.reader(lines)
    try:
        header = [name.strip().lower() for name in next(rows, [])]
        if not any(header):
            raise Reject(path, "empty", "the first line is blank: there is no header row")
        if "text" not in header and "html" not in header:
            raise Reject(path, "bad-csv", f"the header row {header[:6]} names no text or html column")
        records = (row for row in rows if any(cell.strip() for cell in row))
        for number, row in enumerate(records, 1):
            yield one(_from_csv_row, row, header, f"{path}:{number}", limits)
    except csv.Error as err:
        raise Reject(path, "bad-csv", f"line {rows.line_num} cannot be parsed ({err})") from None
    finally:
        csv.field_size_limit(old_limit)


def _from_csv_row(row: list[str], header: list[str], origin: str, limits: Limits) -> Article:
    if len(row) != len(header):
        raise Reject(origin, "bad-csv", f"the row has {len(row)} fields but the header has {len(header)}",
                    "quote fields that hold commas or newlines, and give every row one field per column")
    return _from_record(dict(zip(header, row)), origin, limits)
