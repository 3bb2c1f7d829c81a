"""The ingest stage: paths in, `Article`s (or a `Skipped` with its reason) out.

Formats go by extension (`FORMATS`); stdin ("-") goes by content. Bad input never raises: each
file, line, row or feed item that cannot become an Article yields a `Skipped` whose message is
one line naming the input, the cause and the fix. Reason codes: missing, unreadable, empty,
binary, encoding, too-large, bad-json, bad-record, bad-csv, bad-feed, no-text, unsupported.

Whole-file formats (text, HTML, feeds) are size-checked with `os.stat` before reading; corpora
(JSONL, CSV) are streamed line by line and each line is checked instead. Every text goes
through `furniture.clean_text`, and `Article.text` is the cleaned text.
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
import sys
from dataclasses import dataclass
from functools import partial
from html.entities import name2codepoint
from typing import BinaryIO, Iterator

import trafilatura
from trafilatura.settings import set_date_params
from lxml import etree, html as lxml_html

from . import settings
from .article import Article, Skipped
from .errors import InputError
from .furniture import clean_text

FORMATS = {".txt": "text", ".text": "text", ".md": "text",
           ".html": "html", ".htm": "html", ".xhtml": "html",
           ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv",
           ".xml": "feed", ".rss": "feed", ".atom": "feed"}
WALKED = (".txt", ".html", ".htm", ".jsonl", ".ndjson", ".csv", ".xml", ".rss", ".atom")
NOT_ARTICLES = re.compile(r"(readme|license|licence)", re.IGNORECASE)   # ignored in folder walks
STREAMED = ("jsonl", "csv")    # read line by line; the others are read whole
SNIFF_BYTES = 8192
TOP_LINES = 8                  # plain text: title, byline and date are looked for in the first lines
TITLE_CHARS = 150
SHORT_TEXT = 200               # HTML: an extraction this short is checked against the lxml fallback
DROPPED_TAGS = ("nav", "header", "footer", "aside", "script", "style", "form", "noscript")
BLOCK_TAGS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
              "tr", "br", "section", "article", "dd", "dt", "figcaption")
FEED_FIELDS = {"title": ("title",), "published": ("pubDate", "published", "updated", "date"),
               "body": ("encoded", "content", "description", "summary")}
BYLINE = re.compile(r"by\s+([A-Z][^|·•—–,\n]{1,80})", re.IGNORECASE)
DATE_LINE = re.compile(r"(?:published|updated|posted|date)(?:\s+on\s+|\s*:\s*)(.{4,60})$", re.IGNORECASE)
XML_ENTITIES = (b"amp", b"lt", b"gt", b"quot", b"apos")
ISO_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})\b")
DATE_PARAMS = partial(set_date_params, extensive=False)   # page dates from markup only, none guessed from text
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
}


@dataclass(frozen=True)
class Limits:
    max_bytes: int
    max_chars: int


class _Skip(Exception):
    """Raised inside a reader; becomes the `Skipped` it carries."""

    def __init__(self, origin: str, reason: str, why: str, fix: str | None = None):
        super().__init__(why)
        self.skipped = skip(origin, reason, why, fix)


def skip(origin: str, reason: str, why: str, fix: str | None = None) -> Skipped:
    """A Skipped whose message is one line: the input, the cause and the fix (by default FIXES[reason])."""
    line = InputError(origin, why, fix or FIXES[reason]).line()
    return Skipped(origin=origin, reason=reason, message=" ".join(line.split()))


def read_inputs(paths: list[str], *, max_bytes: int | None = None, max_chars: int | None = None,
                stdin=None) -> Iterator[Article | Skipped]:
    """Articles from files, folders (recursive, sorted) and "-" (stdin), in the order given."""
    limits = Limits(int(settings.get("max_bytes", max_bytes)), int(settings.get("max_chars", max_chars)))
    for path in map(os.fspath, paths):
        if path == "-":
            yield from _guarded(_read_stdin(stdin if stdin is not None else sys.stdin.buffer, limits))
        elif os.path.isdir(path):
            yield from _read_folder(path, limits)
        else:
            yield from _guarded(_read_file(path, limits))


def _guarded(items: Iterator[Article | Skipped]) -> Iterator[Article | Skipped]:
    """The items, ending with the Skipped of a `_Skip` raised while producing them."""
    try:
        yield from items
    except _Skip as err:
        yield err.skipped


def _one(build, *args) -> Article | Skipped:
    """`build(*args)`, or the Skipped it raised."""
    try:
        return build(*args)
    except _Skip as err:
        return err.skipped


# --- paths and stdin -------------------------------------------------------------------

def _read_folder(folder: str, limits: Limits) -> Iterator[Article | Skipped]:
    files = list(_walk(folder))
    if not files:
        yield skip(folder, "empty", f"the folder holds no {', '.join(WALKED)} files")
    for path in files:
        yield from _guarded(_read_file(path, limits))


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
        raise _Skip(path, "missing", "no such file or folder") from None
    except OSError as err:
        raise _Skip(path, "unreadable", f"cannot be read: {err.strerror}") from None


def _kind(path: str, size: int, limits: Limits) -> str:
    """The format of `path` by its extension, once it is known to be worth reading."""
    extension = os.path.splitext(path)[1].lower()
    if extension not in FORMATS:
        raise _Skip(path, "unsupported", f"the extension {extension or '(none)'!r} is not a supported format")
    if size == 0:
        raise _Skip(path, "empty", "the file is empty")
    if FORMATS[extension] not in STREAMED and size > limits.max_bytes:
        raise _Skip(path, "too-large", f"the file is {size:,} bytes, over max_bytes {limits.max_bytes:,}")
    return FORMATS[extension]


def _sniff(head: bytes, origin: str) -> None:
    """Reject binary data and UTF-16/32 before parsing."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _Skip(origin, "encoding", "the text is UTF-16 or UTF-32, not UTF-8")
    if b"\x00" in head:
        raise _Skip(origin, "binary", f"binary data (a NUL byte at offset {head.index(0)}), not text")
    controls = sum(1 for byte in head if byte < 32 and byte not in b"\t\n\r\f\v\x1b")
    if head and controls / len(head) > 0.1:
        raise _Skip(origin, "binary", f"binary data ({controls} control bytes in the first {len(head)}), not text")


def _read_stdin(stream, limits: Limits) -> Iterator[Article | Skipped]:
    data = stream.read(limits.max_bytes + 1)
    data = data.encode("utf-8") if isinstance(data, str) else data
    if len(data) > limits.max_bytes:
        raise _Skip("<stdin>", "too-large", f"the input is over max_bytes {limits.max_bytes:,}")
    if not data.strip():
        raise _Skip("<stdin>", "empty", "the input is empty or only whitespace")
    _sniff(data[:SNIFF_BYTES], "<stdin>")
    yield from READERS[_kind_by_content(data)](io.BytesIO(data), "<stdin>", limits)


def _kind_by_content(data: bytes) -> str:
    start = data.removeprefix(b"\xef\xbb\xbf").lstrip()[:512].lower()
    if start.startswith(b"{"):
        return "jsonl"
    if re.match(rb"(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(rss|feed|rdf:rdf)\b", start, re.DOTALL):
        return "feed"
    return "html" if start.startswith(b"<") else "text"


def _decode(data: bytes, origin: str) -> str:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        byte = data[err.start:err.start + 1].hex()
        raise _Skip(origin, "encoding", f"not valid UTF-8 (byte 0x{byte} at offset {err.start})") from None
    if not text.strip():
        raise _Skip(origin, "empty", "it holds only whitespace")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _cleaned(text: str, origin: str, limits: Limits) -> str:
    if len(text) > limits.max_chars:
        raise _Skip(origin, "too-large", f"the text is {len(text):,} characters, over max_chars {limits.max_chars:,}")
    cleaned, _ = clean_text(text)
    if not cleaned.strip():
        raise _Skip(origin, "no-text", "nothing is left once page furniture (ads, prompts, link lists) is removed")
    return cleaned


def _article(text: str, origin: str, found: dict, meta: dict | None) -> Article:
    """An Article from extracted fields; a record's own fields (meta) win."""
    fields = {**found, **{k: v for k, v in (meta or {}).items() if v}}
    return Article(text=text, origin=origin, title=fields.get("title"), byline=fields.get("byline"),
                   published=_iso_date(fields.get("published")), url=fields.get("url"))


def _iso_date(value: str | None) -> str | None:
    """YYYY-MM-DD for an ISO, RFC 822 or free-form date; None when it cannot be read."""
    if not value:
        return None
    iso = ISO_DATE.match(value.strip())
    if iso:
        return iso.group(1)
    import dateparser   # slow to import: only when a date needs it

    parsed = dateparser.parse(value.strip(), settings={"PREFER_DAY_OF_MONTH": "first"})
    return parsed.date().isoformat() if parsed else None


# --- plain text ------------------------------------------------------------------------

def _read_text(fh: BinaryIO, origin: str, limits: Limits) -> Iterator[Article]:
    yield _from_text(_decode(fh.read(), origin), origin, limits)


def _from_text(text: str, origin: str, limits: Limits, meta: dict | None = None) -> Article:
    cleaned = _cleaned(text, origin, limits)
    return _article(cleaned, origin, _text_meta(cleaned), meta)


def _text_meta(text: str) -> dict:
    """Title (a short first line), byline ("By X") and date ("Published: ...", or ISO) near the top."""
    top = [line.strip() for line in text.split("\n") if line.strip()][:TOP_LINES]
    title = top[0].lstrip("#").strip()
    short = title and len(title) <= TITLE_CHARS and not title.endswith(".") and not BYLINE.match(title)
    meta = {"title": title if short else None}
    for line in top:
        by, dated, iso = BYLINE.match(line), DATE_LINE.match(line), ISO_DATE.match(line)
        name = by.group(1).strip() if by else ""
        if name[:1].isupper() and len(name.split()) <= 6 and not name.endswith("."):
            meta.setdefault("byline", name)
        if dated or (iso and len(line) <= 40):
            meta.setdefault("published", (dated or iso).group(1))
    return meta


# --- HTML ------------------------------------------------------------------------------

def _read_html(fh: BinaryIO, origin: str, limits: Limits) -> Iterator[Article]:
    yield _from_html(_decode(fh.read(), origin), origin, limits)


def _from_html(page: str, origin: str, limits: Limits, meta: dict | None = None) -> Article:
    try:
        doc = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False, include_tables=False,
                                          favor_precision=True, date_extraction_params=DATE_PARAMS())
    except Exception:   # trafilatura can fail on broken pages; the lxml fallback below still runs
        doc = None
    paras = [p.strip() for p in (doc.text or "").split("\n") if p.strip()] if doc is not None else []
    if sum(map(len, paras)) < SHORT_TEXT:   # little or nothing: check against the page's own body text
        fallback = _paragraphs(page)
        paras = paras if paras and fallback else fallback   # no body text: trafilatura read navigation
    if not paras:
        raise _Skip(origin, "no-text", "no article text found in the HTML")
    return _article(_cleaned("\n\n".join(paras), origin, limits), origin, _html_meta(doc, page), meta)


def _html_meta(doc, page: str) -> dict:
    try:
        doc = doc if doc is not None else trafilatura.extract_metadata(page, date_config=DATE_PARAMS())
    except Exception:   # metadata is optional; the text is already in hand
        return {}
    return {"title": doc.title, "byline": doc.author, "published": doc.date, "url": doc.url}


def _paragraphs(page: str) -> list[str]:
    """Text of <article> (else <body>) by block, after dropping navigation, forms and scripts."""
    try:
        tree = lxml_html.document_fromstring(re.sub(r"^\s*<\?xml[^>]*>", "", page))
    except (etree.ParserError, ValueError):
        return []
    for el in list(tree.iter(*DROPPED_TAGS)):
        el.drop_tree()
    main = next(tree.iter("article"), None)
    main = main if main is not None else next(tree.iter("body"), tree)
    for el in main.iter(*BLOCK_TAGS):
        el.text, el.tail = "\n" + (el.text or ""), "\n" + (el.tail or "")
    lines = (" ".join(line.split()) for line in main.text_content().split("\n"))
    return [line for line in lines if line]


# --- RSS and Atom feeds ----------------------------------------------------------------

def _read_feed(fh: BinaryIO, origin: str, limits: Limits) -> Iterator[Article | Skipped]:
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True)
    try:
        root = etree.fromstring(_numeric_entities(fh.read()), parser)
    except etree.XMLSyntaxError as err:
        raise _Skip(origin, "bad-feed", f"not well-formed XML ({err})") from None
    if root is None or etree.QName(root).localname.lower() not in ("rss", "feed", "rdf"):
        raise _Skip(origin, "bad-feed", "the XML is not an RSS or Atom feed (no <rss> or <feed> root)")
    items = [el for el in root.iter(etree.Element) if etree.QName(el).localname in ("item", "entry")]
    if not items:
        raise _Skip(origin, "empty", "the feed has no <item> or <entry> elements")
    for number, item in enumerate(items, 1):
        yield _one(_from_feed_item, item, f"{origin}:{number}", limits)


def _numeric_entities(data: bytes) -> bytes:
    """HTML entities (&nbsp; &eacute; ...), common in real feeds but not XML, as character references."""
    def numeric(match: re.Match) -> bytes:
        code = name2codepoint.get(match.group(1).decode("ascii"))
        return f"&#{code};".encode("ascii") if code and match.group(1) not in XML_ENTITIES else match.group(0)
    return re.sub(rb"&([A-Za-z][A-Za-z0-9]{1,31});", numeric, data)


def _from_feed_item(item, origin: str, limits: Limits) -> Article:
    children = {etree.QName(el).localname: el for el in reversed(item) if isinstance(el.tag, str)}
    fields = {name: next((children[t] for t in tags if t in children), None) for name, tags in FEED_FIELDS.items()}
    paras = _paragraphs(_markup(fields["body"])) if fields["body"] is not None else []
    if not paras:
        raise _Skip(origin, "no-text", "the feed item has no text in its description or content",
                    "give each item a <description>, <content:encoded> or <content> with the article")
    meta = {"title": _plain(fields["title"]), "published": _plain(fields["published"]), "url": _link(item)}
    return _article(_cleaned("\n\n".join(paras), origin, limits), origin, meta, None)


def _markup(el) -> str:
    """The HTML of a feed body: escaped HTML in its text, or inline XHTML children."""
    inner = (el.text or "") + "".join(etree.tostring(child, encoding="unicode") for child in el)
    return f"<html><body>{inner}</body></html>"


def _plain(el) -> str | None:
    return (" ".join("".join(el.itertext()).split()) or None) if el is not None else None


def _link(item) -> str | None:
    """RSS <link>text</link>, or the Atom <link href> that is not rel=self/edit/enclosure."""
    links = (el for el in item if isinstance(el.tag, str) and etree.QName(el).localname == "link")
    return next((el.get("href") or _plain(el) for el in links if el.get("rel", "alternate") == "alternate"), None)


# --- corpora: JSONL and CSV ------------------------------------------------------------

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
        raise _Skip(origin, "too-large", f"line {number} is {size:,} bytes, over max_bytes {limits.max_bytes:,}")
    try:
        return line.decode("utf-8-sig" if number == 1 else "utf-8")
    except UnicodeDecodeError as err:
        where = f"line {number}, byte offset {offset + err.start}"
        raise _Skip(origin, "encoding", f"not valid UTF-8 ({where})") from None


def _read_jsonl(fh: BinaryIO, path: str, limits: Limits) -> Iterator[Article | Skipped]:
    seen = 0
    for number, offset, line, size in _lines(fh, limits.max_bytes):
        if line is None or line.strip():
            seen += 1
            yield _one(_from_json_line, number, offset, line, size, path, limits)
    if not seen:
        raise _Skip(path, "empty", "the file holds only blank lines")


def _from_json_line(number, offset, line, size, path: str, limits: Limits) -> Article:
    origin = f"{path}:{number}"
    text = _decode_line(number, offset, line, size, origin, limits)
    try:
        record = json.loads(text)
    except json.JSONDecodeError as err:
        raise _Skip(origin, "bad-json", f"line {number} is not valid JSON ({err.msg} at column {err.colno})") from None
    if not isinstance(record, dict):
        raise _Skip(origin, "bad-json", f"line {number} is a JSON {type(record).__name__}, not an object")
    return _from_record(record, origin, limits)


def _from_record(record: dict, origin: str, limits: Limits) -> Article:
    record = {str(k).strip().lower(): v for k, v in record.items() if v not in (None, "")}
    record.setdefault("byline", record.get("author"))
    meta = {k: str(record[k]).strip() for k in ("title", "url", "published", "byline") if record.get(k)}
    text, page = record.get("text"), record.get("html")
    if isinstance(text, str) and text.strip():
        return _from_text(text.replace("\r\n", "\n"), origin, limits, meta)
    if isinstance(page, str) and page.strip():
        return _from_html(page, origin, limits, meta)
    raise _Skip(origin, "bad-record", 'the record has no non-empty "text" or "html" field')


def _read_csv(fh: BinaryIO, path: str, limits: Limits) -> Iterator[Article | Skipped]:
    old_limit = csv.field_size_limit(max(csv.field_size_limit(), limits.max_bytes))
    lines = (_decode_line(*numbered, path, limits) for numbered in _lines(fh, limits.max_bytes))
    rows = csv.reader(lines)
    try:
        header = [name.strip().lower() for name in next(rows, [])]
        if not any(header):
            raise _Skip(path, "empty", "the first line is blank: there is no header row")
        if "text" not in header and "html" not in header:
            raise _Skip(path, "bad-csv", f"the header row {header[:6]} names no text or html column")
        records = (row for row in rows if any(cell.strip() for cell in row))
        for number, row in enumerate(records, 1):
            yield _one(_from_csv_row, row, header, f"{path}:{number}", limits)
    except csv.Error as err:
        raise _Skip(path, "bad-csv", f"line {rows.line_num} cannot be parsed ({err})") from None
    finally:
        csv.field_size_limit(old_limit)


def _from_csv_row(row: list[str], header: list[str], origin: str, limits: Limits) -> Article:
    if len(row) != len(header):
        raise _Skip(origin, "bad-csv", f"the row has {len(row)} fields but the header has {len(header)}",
                    "quote fields that hold commas or newlines, and give every row one field per column")
    return _from_record(dict(zip(header, row)), origin, limits)


READERS = {"text": _read_text, "html": _read_html, "feed": _read_feed, "jsonl": _read_jsonl, "csv": _read_csv}
