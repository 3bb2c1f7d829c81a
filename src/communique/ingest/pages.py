"""Single documents: plain text, HTML pages and RSS/Atom feeds, each into `Article`s.

Every text goes through `furniture.clean_text`, and `Article.text` is the cleaned text. A page
that cannot become an Article raises `Reject` with its reason.
"""
from __future__ import annotations

import re
from functools import partial
from html.entities import name2codepoint
from typing import BinaryIO, Iterator

import trafilatura
from lxml import etree, html as lxml_html
from trafilatura.settings import set_date_params

from ..article import Article, Skipped
from .furniture import clean_text
from .rejects import Limits, Reject, one

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
YEAR_MONTH = re.compile(r"\d{4}-\d{2}")
DATE_PARAMS = partial(set_date_params, extensive=False)   # page dates from markup only, none guessed from text


def decode(data: bytes, origin: str) -> str:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        byte = data[err.start:err.start + 1].hex()
        raise Reject(origin, "encoding", f"not valid UTF-8 (byte 0x{byte} at offset {err.start})") from None
    if not text.strip():
        raise Reject(origin, "empty", "it holds only whitespace")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def clean(text: str, origin: str, limits: Limits) -> str:
    if len(text) > limits.max_chars:
        raise Reject(origin, "too-large", f"the text is {len(text):,} characters, over max_chars {limits.max_chars:,}")
    cleaned, _ = clean_text(text)
    if not cleaned.strip():
        raise Reject(origin, "no-text", "nothing is left once page furniture (ads, prompts, link lists) is removed")
    return cleaned


def make_article(text: str, origin: str, found: dict, meta: dict | None) -> Article:
    """An Article from extracted fields; a record's own fields (meta) win."""
    fields = {**found, **{k: v for k, v in (meta or {}).items() if v}}
    return Article(text=text, origin=origin, title=fields.get("title"), byline=fields.get("byline"),
                   published=_iso_date(fields.get("published")), url=fields.get("url"))


def _iso_date(value: str | None) -> str | None:
    """YYYY-MM-DD for an ISO, RFC 822 or free-form date, YYYY-MM for one given only to the month;
    None when it cannot be read."""
    value = (value or "").strip()
    if not value:
        return None
    iso = ISO_DATE.match(value)
    if iso:
        return iso.group(1)
    if YEAR_MONTH.fullmatch(value):          # "2024-10": only the month is known, and kept so (no
        return value if 1 <= int(value[5:]) <= 12 else None    # day is made up); "2024-13" is unread
    import dateparser   # slow to import: only when a date needs it

    parsed = dateparser.parse(value, settings={"PREFER_DAY_OF_MONTH": "first"})
    return parsed.date().isoformat() if parsed else None


# --- plain text ------------------------------------------------------------------------

def read_text(fh: BinaryIO, origin: str, limits: Limits) -> Iterator[Article]:
    yield from_text(decode(fh.read(), origin), origin, limits)


def from_text(text: str, origin: str, limits: Limits, meta: dict | None = None) -> Article:
    text = clean(text, origin, limits)
    return make_article(text, origin, _text_meta(text), meta)


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

def read_html(fh: BinaryIO, origin: str, limits: Limits) -> Iterator[Article]:
    yield from_html(decode(fh.read(), origin), origin, limits)


def from_html(page: str, origin: str, limits: Limits, meta: dict | None = None) -> Article:
    try:
        doc = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False, include_tables=False,
                                          favor_precision=True, date_extraction_params=DATE_PARAMS())
    except Exception:   # trafilatura can fail on broken pages; the lxml fallback below still runs
        doc = None
    paras = [p.strip() for p in (doc.text or "").split("\n") if p.strip()] if doc is not None else []
    if sum(map(len, paras)) < SHORT_TEXT:   # little or nothing: check against the page's own body text
        fallback = paragraphs(page)
        paras = paras if paras and fallback else fallback   # no body text: trafilatura read navigation
    if not paras:
        raise Reject(origin, "no-text", "no article text found in the HTML")
    return make_article(clean("\n\n".join(paras), origin, limits), origin, _html_meta(doc, page), meta)


def _html_meta(doc, page: str) -> dict:
    try:
        doc = doc if doc is not None else trafilatura.extract_metadata(page, date_config=DATE_PARAMS())
    except Exception:   # metadata is optional; the text is already in hand
        return {}
    return {"title": doc.title, "byline": doc.author, "published": doc.date, "url": doc.url}


def paragraphs(page: str) -> list[str]:
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

def read_feed(fh: BinaryIO, origin: str, limits: Limits) -> Iterator[Article | Skipped]:
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True)
    try:
        root = etree.fromstring(_numeric_entities(fh.read()), parser)
    except etree.XMLSyntaxError as err:
        raise Reject(origin, "bad-feed", f"not well-formed XML ({err})") from None
    if root is None or _local(root).lower() not in ("rss", "feed", "rdf"):
        raise Reject(origin, "bad-feed", "the XML is not an RSS or Atom feed (no <rss> or <feed> root)")
    items = [el for el in root.iter(etree.Element) if _local(el) in ("item", "entry")]
    if not items:
        raise Reject(origin, "empty", "the feed has no <item> or <entry> elements")
    for number, item in enumerate(items, 1):
        yield one(_from_feed_item, item, f"{origin}:{number}", limits)


def _local(el) -> str:
    """An element's tag without its namespace; "" for a tag lxml's recovery made unreadable ("<:")."""
    try:
        return etree.QName(el).localname
    except ValueError:
        return ""


def _numeric_entities(data: bytes) -> bytes:
    """HTML entities (&nbsp; &eacute; ...), common in real feeds but not XML, as character references."""
    def numeric(match: re.Match) -> bytes:
        code = name2codepoint.get(match.group(1).decode("ascii"))
        return f"&#{code};".encode("ascii") if code and match.group(1) not in XML_ENTITIES else match.group(0)
    return re.sub(rb"&([A-Za-z][A-Za-z0-9]{1,31});", numeric, data)


def _from_feed_item(item, origin: str, limits: Limits) -> Article:
    children = {_local(el): el for el in reversed(item) if isinstance(el.tag, str)}
    fields = {name: next((children[t] for t in tags if t in children), None) for name, tags in FEED_FIELDS.items()}
    paras = paragraphs(_markup(fields["body"])) if fields["body"] is not None else []
    if not paras:
        raise Reject(origin, "no-text", "the feed item has no text in its description or content",
                    "give each item a <description>, <content:encoded> or <content> with the article")
    meta = {"title": _plain(fields["title"]), "published": _plain(fields["published"]), "url": _link(item)}
    return make_article(clean("\n\n".join(paras), origin, limits), origin, meta, None)


def _markup(el) -> str:
    """The HTML of a feed body: escaped HTML in its text, or inline XHTML children."""
    inner = (el.text or "") + "".join(etree.tostring(child, encoding="unicode") for child in el)
    return f"<html><body>{inner}</body></html>"


def _plain(el) -> str | None:
    return (" ".join("".join(el.itertext()).split()) or None) if el is not None else None


def _link(item) -> str | None:
    """RSS <link>text</link>, or the Atom <link href> that is not rel=self/edit/enclosure."""
    links = (el for el in item if isinstance(el.tag, str) and _local(el) == "link")
    return next((el.get("href") or _plain(el) for el in links if el.get("rel", "alternate") == "alternate"), None)
