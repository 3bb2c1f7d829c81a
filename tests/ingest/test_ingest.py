"""Tests for communique.ingest and communique.furniture, on small inputs written to tmp_path."""
from __future__ import annotations

import io
from collections import Counter

import pytest

from communique.article import Article, Skipped
from communique.ingest.furniture import clean_text, load_rules
from communique.ingest import read_inputs

LEDE = ("Foreign ministers of the two countries met in Geneva on Tuesday to resume talks "
        "on the border dispute, officials said.")
CLOSE = "A spokesman said both sides remained committed to a peaceful settlement of the dispute."
FACT = "The border was drawn by a commission in 1921."

PAGE = f"""<!doctype html>
<html><head>
<title>Talks resume in Geneva | Daily Courier</title>
<link rel="canonical" href="https://news.example.com/world/talks-resume">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2024-03-05T10:00:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Talks resume in Geneva</h1>
<p>{LEDE}</p>
<p>Subscribe to our weekly newsletter for fresh reporting from the region.</p>
<p>The delegations agreed to meet again next month, according to a joint statement.</p>
<p>Advertisement</p>
<p><strong>Did you know?</strong> {FACT}</p>
<h3>You may also like</h3>
<ul><li><a href="/a">Ministers trade barbs over fishing rights</a></li>
<li><a href="/b">Five things to know about the dispute</a></li></ul>
<p><b>Pro Tip:</b> Always read the official statement before you share the news with friends.</p>
<p>{CLOSE}</p>
<h3>Leave a Comment</h3>
<p>Your email address will not be published. Required fields are marked *</p>
</article>
<footer>Daily Courier, all the news</footer>
</body></html>
"""

TEXT = f"""Talks resume in Geneva
By Jane Doe
Published: March 5, 2024

{LEDE}

Subscribe to our weekly newsletter for fresh reporting from the region, delivered every
morning to your inbox.

Advertisement

Did you know? {FACT}

You may also like
Ministers trade barbs over fishing rights
Five things to know about the dispute

Pro Tip: Always read the official statement before you share the news with friends.

{CLOSE}

Leave a Comment
Name
Email
"""

FURNITURE = ("newsletter", "Advertisement", "You may also like", "fishing rights", "Pro Tip",
             "official statement", "Leave a Comment", "Did you know", "email address")


def read(*paths, **kwargs) -> list[Article | Skipped]:
    return list(read_inputs([str(p) for p in paths], **kwargs))


def write(path, content):
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def only_article(items) -> Article:
    assert len(items) == 1 and isinstance(items[0], Article), items
    return items[0]


def assert_skipped(item, reason: str, name: str) -> None:
    assert isinstance(item, Skipped), item
    assert item.reason == reason, item
    assert "\n" not in item.message and name in item.message and "fix:" in item.message, item.message


# --- formats -----------------------------------------------------------------------------

def test_plain_text_keeps_title_line_and_reads_byline_and_date(tmp_path):
    article = only_article(read(write(tmp_path / "talks.txt", f"Talks resume\nBy Jane Doe\n"
                                      f"Published: 5 March 2024\n\n{LEDE}\n")))
    assert article.origin == str(tmp_path / "talks.txt")
    assert (article.title, article.byline, article.published) == ("Talks resume", "Jane Doe", "2024-03-05")
    assert article.text.startswith("Talks resume\nBy Jane Doe\n") and article.text.endswith(LEDE)


def test_plain_text_without_title_or_date(tmp_path):
    article = only_article(read(write(tmp_path / "a.text", f"{LEDE}\n{CLOSE}\n")))
    assert (article.title, article.byline, article.published) == (None, None, None)
    assert article.text == f"{LEDE}\n{CLOSE}"


def test_markdown_title_drops_the_hashes(tmp_path):
    article = only_article(read(write(tmp_path / "a.md", f"# Talks resume\n\n2024-03-05\n\n{LEDE}\n")))
    assert (article.title, article.published) == ("Talks resume", "2024-03-05")


def test_html_text_and_metadata(tmp_path):
    article = only_article(read(write(tmp_path / "page.html", PAGE)))
    assert article.title == "Talks resume in Geneva"
    assert article.byline == "Jane Doe"
    assert article.published == "2024-03-05"
    assert article.url == "https://news.example.com/world/talks-resume"
    assert LEDE in article.text and CLOSE in article.text and "Home" not in article.text
    assert f"{LEDE}\n\n" in article.text   # HTML paragraphs are joined by a blank line


def test_html_og_url_and_no_date_guessed_from_a_copyright_line(tmp_path):
    page = ('<html><head><meta property="og:url" content="https://e.com/og"></head><body><article>'
            f"<p>{LEDE}</p><p>{CLOSE}</p><p>Copyright 2023 Daily Courier</p></article></body></html>")
    article = only_article(read(write(tmp_path / "page.htm", page)))
    assert (article.url, article.published) == ("https://e.com/og", None)
    assert article.text == f"{LEDE}\n\n{CLOSE}"


def test_relative_path_stays_relative(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "a.txt", LEDE)
    assert only_article(read("a.txt")).origin == "a.txt"


def test_jsonl_records(tmp_path):
    lines = ['{"text": "%s", "title": "Talks", "url": "https://e.com/1", "published": "2024-03-05T10:00:00Z", '
             '"author": "Jane Doe", "id": "x1"}' % LEDE,
             "",
             '{"html": "<html><body><article><p>%s</p></article></body></html>", "byline": "Bob"}' % CLOSE]
    items = read(write(tmp_path / "c.jsonl", "\n".join(lines) + "\n"))
    assert [i.origin for i in items] == [f"{tmp_path / 'c.jsonl'}:1", f"{tmp_path / 'c.jsonl'}:3"]
    first, second = items
    assert (first.text, first.title, first.url, first.published, first.byline) == (
        LEDE, "Talks", "https://e.com/1", "2024-03-05", "Jane Doe")
    assert second.text == CLOSE and second.byline == "Bob"


@pytest.mark.parametrize("given, kept", [
    ("2024-10", "2024-10"),               # only the month is known: no day is made up
    ("2024-10-07", "2024-10-07"),
    ("7 October 2024", "2024-10-07"),
    ("2024-13", None),                    # no such month: unread
])
def test_a_publication_date_keeps_the_precision_it_is_given(tmp_path, given, kept):
    line = '{"text": "%s", "published": "%s"}' % (LEDE, given)
    assert only_article(read(write(tmp_path / "m.jsonl", line + "\n"))).published == kept


def test_csv_rows(tmp_path):
    path = write(tmp_path / "c.csv", f'title,text,url\nTalks,"{LEDE}",https://e.com/1\n'
                                     f'Close,"{CLOSE}\n\nSecond paragraph.",\n')
    first, second = read(path)
    assert (first.origin, first.title, first.text, first.url) == (f"{path}:1", "Talks", LEDE, "https://e.com/1")
    assert second.text == f"{CLOSE}\n\nSecond paragraph." and second.url is None


def test_rss_feed_items(tmp_path):
    feed = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Courier</title>
<item><title>Talks resume</title><link>https://e.com/1</link><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate>
<description>Short summary.</description>
<content:encoded><![CDATA[<p>{LEDE}</p><p>Related: Other story</p><p>{CLOSE}</p>]]></content:encoded></item>
<item><title>Second</title><link>https://e.com/2</link><description>&lt;p&gt;{FACT}&lt;/p&gt;</description></item>
</channel></rss>"""
    path = write(tmp_path / "feed.xml", feed)
    first, second = read(path)
    assert (first.origin, first.title, first.url, first.published) == (
        f"{path}:1", "Talks resume", "https://e.com/1", "2024-03-05")
    assert first.text == f"{LEDE}\n\n{CLOSE}"
    assert (second.origin, second.text) == (f"{path}:2", FACT)


def test_feed_with_html_entities(tmp_path):
    feed = ("<rss><channel><item><title>Talks&nbsp;resume &amp; end</title>"
            "<description>Caf&eacute; talks &mdash; resumed.</description></item></channel></rss>")
    article = only_article(read(write(tmp_path / "feed.rss", feed)))
    assert (article.title, article.text) == ("Talks resume & end", "Caf\u00e9 talks \u2014 resumed.")


def test_atom_feed_entry(tmp_path):
    feed = f"""<feed xmlns="http://www.w3.org/2005/Atom"><title>Courier</title>
<entry><title>Talks</title><link rel="self" href="https://e.com/self"/><link href="https://e.com/a"/>
<updated>2024-02-01T00:00:00Z</updated>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>{LEDE}</p><p>{CLOSE}</p></div></content>
</entry></feed>"""
    article = only_article(read(write(tmp_path / "feed.atom", feed)))
    assert (article.url, article.published, article.text) == ("https://e.com/a", "2024-02-01", f"{LEDE}\n\n{CLOSE}")


def test_folder_walk_is_recursive_sorted_and_skips_non_articles(tmp_path):
    for name in ("b.txt", "a.html", "sub/c.jsonl", "sub/deeper/d.csv", ".hidden.txt", ".git/e.txt",
                 "README.txt", "LICENSE", "notes.md", "image.png"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
    write(tmp_path / "b.txt", LEDE)
    write(tmp_path / "a.html", PAGE)
    write(tmp_path / "sub/c.jsonl", '{"text": "%s"}\n' % CLOSE)
    write(tmp_path / "sub/deeper/d.csv", f'text\n"{FACT}"\n')
    for name in (".hidden.txt", ".git/e.txt", "README.txt", "LICENSE", "notes.md", "image.png"):
        write(tmp_path / name, "not an article")
    origins = [item.origin for item in read(tmp_path)]
    assert origins == [str(tmp_path / "a.html"), str(tmp_path / "b.txt"),
                       f"{tmp_path / 'sub/c.jsonl'}:1", f"{tmp_path / 'sub/deeper/d.csv'}:1"]


def test_empty_folder_is_reported(tmp_path):
    write(tmp_path / "README.md", "read me")
    [item] = read(tmp_path)
    assert_skipped(item, "empty", str(tmp_path))


@pytest.mark.parametrize("data, origins, text", [
    (f"Talks resume\n\n{LEDE}\n".encode(), ["<stdin>"], f"Talks resume\n\n{LEDE}"),
    (f"  <html><body><article><p>{LEDE}</p></article></body></html>".encode(), ["<stdin>"], LEDE),
    (('{"text": "%s"}\n{"text": "%s"}\n' % (LEDE, CLOSE)).encode(), ["<stdin>:1", "<stdin>:2"], LEDE),
    (f'<?xml version="1.0"?><rss><channel><item><description>{FACT}</description></item></channel></rss>'.encode(),
     ["<stdin>:1"], FACT),
], ids=["text", "html", "jsonl", "rss"])
def test_stdin_format_by_content(data, origins, text):
    items = read("-", stdin=io.BytesIO(data))
    assert [i.origin for i in items] == origins and all(isinstance(i, Article) for i in items)
    assert items[0].text == text


# --- furniture ---------------------------------------------------------------------------

def assert_no_furniture(text: str) -> None:
    for word in FURNITURE:
        assert word not in text, (word, text)
    assert FACT in text and LEDE.split()[0] in text and CLOSE in text


def test_html_furniture_is_removed_and_the_fact_kept(tmp_path):
    article = only_article(read(write(tmp_path / "page.html", PAGE)))
    assert_no_furniture(article.text)
    assert LEDE in article.text and "joint statement" in article.text


def test_text_furniture_is_removed_and_the_fact_kept(tmp_path):
    article = only_article(read(write(tmp_path / "page.txt", TEXT)))
    assert_no_furniture(article.text)
    assert article.text == (f"Talks resume in Geneva\nBy Jane Doe\nPublished: March 5, 2024\n\n{LEDE}\n\n"
                            f"{FACT}\n\n{CLOSE}")


def test_clean_text_keeps_paragraphs_verbatim_and_counts_removals():
    text = "First line.\n  Second line, indented.\n\nClick here to read the full report\n\nLast line."
    cleaned, removed = clean_text(text)
    assert (cleaned, removed) == ("First line.\n  Second line, indented.\n\nLast line.", 1)


@pytest.mark.parametrize("text, expected", [
    ("Pro Tip:\n\nCheck the statement first.\n\nThe talks ended.", "The talks ended."),
    ("Did you know?\n\nThe river moved in 1950.", "The river moved in 1950."),
    ("Related: Ministers meet again\n\nThe talks ended.", "The talks ended."),
    ("Read more:\n\nMinisters meet again\n\nThe talks ended.", "The talks ended."),
    ("All talks ended.\n\nCopyright 2024 Courier Media. All rights reserved.", "All talks ended."),
    ("The talks ended.\nAdvertisement\nThe ministers left.", "The talks ended.\nThe ministers left."),
], ids=["bare-label-box", "bare-fact-label", "related-link", "read-more-list", "copyright", "ad-inside-block"])
def test_clean_text_cases(text, expected):
    assert clean_text(text)[0] == expected


def test_wrapped_furniture_goes_whole_but_a_capitalised_next_line_stays():
    wrapped = "Subscribe to our weekly newsletter for fresh reporting from\nthe region.\nThe talks ended."
    assert clean_text(wrapped) == ("The talks ended.", 1)
    unwrapped = "Subscribe to our weekly newsletter for fresh reporting from the region\nRussia agreed to talks."
    assert clean_text(unwrapped) == ("Russia agreed to talks.", 1)


def test_a_long_paragraph_that_starts_like_furniture_is_kept():
    long = "Click here, said the minister, pointing at the map " + "of the disputed border region " * 10 + "."
    assert clean_text(long) == (long, 0)


def test_furniture_rules_load():
    rules = load_rules()
    assert {rule.action for rule in rules} == {"drop-line", "drop-block", "drop-prefix-line", "strip-prefix"}


# --- bad inputs --------------------------------------------------------------------------

def test_empty_file(tmp_path):
    assert_skipped(*read(write(tmp_path / "a.txt", "")), "empty", "a.txt")


def test_whitespace_only_file(tmp_path):
    assert_skipped(*read(write(tmp_path / "a.txt", " \n\t\n  ")), "empty", "a.txt")


def test_binary_file(tmp_path):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(range(256))
    assert_skipped(*read(write(tmp_path / "photo.txt", png)), "binary", "photo.txt")


def test_invalid_utf8(tmp_path):
    [item] = read(write(tmp_path / "latin.txt", "Caf\u00e9 talks resume.".encode("latin-1")))
    assert_skipped(item, "encoding", "latin.txt")
    assert "offset 3" in item.message and "UTF-8" in item.message


def test_utf16_file(tmp_path):
    assert_skipped(*read(write(tmp_path / "wide.txt", LEDE.encode("utf-16"))), "encoding", "wide.txt")


def test_jsonl_line_with_invalid_utf8_is_skipped_alone(tmp_path):
    path = write(tmp_path / "c.jsonl", b'{"text": "ok"}\n{"text": "caf\xe9"}\n{"text": "also ok"}\n')
    first, bad, last = read(path)
    assert_skipped(bad, "encoding", "c.jsonl:2")
    assert (first.text, last.text) == ("ok", "also ok")


def test_50_mb_single_line_is_too_large_and_the_next_file_is_read(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.write(b"word " * 10_000_000)
    items = read(big, write(tmp_path / "next.txt", LEDE))
    assert_skipped(items[0], "too-large", "big.txt")
    assert isinstance(items[1], Article) and items[1].text == LEDE


def test_jsonl_line_over_max_bytes_is_skipped_and_the_others_read(tmp_path):
    lines = ['{"text": "%s"}' % LEDE, '{"text": "%s"}' % ("x" * 500), '{"text": "%s"}' % CLOSE]
    items = read(write(tmp_path / "c.jsonl", "\n".join(lines)), max_bytes=300)
    assert [type(i).__name__ for i in items] == ["Article", "Skipped", "Article"]
    assert_skipped(items[1], "too-large", "c.jsonl:2")


def test_text_over_max_chars(tmp_path):
    assert_skipped(*read(write(tmp_path / "a.txt", LEDE), max_chars=20), "too-large", "a.txt")


def test_truncated_html_keeps_the_paragraphs_that_are_there(tmp_path):
    cut = f"<html><head><title>Talks</title></head><body><article><p>{LEDE}</p><p>{CLOSE}</p><p cla"
    article = only_article(read(write(tmp_path / "cut.html", cut)))
    assert LEDE in article.text and CLOSE in article.text


@pytest.mark.parametrize("page", ["<html><body><nav>Home</nav></body></html>", "<html><body><nav>World"])
def test_navigation_is_not_article_text(tmp_path, page):
    assert_skipped(*read(write(tmp_path / "nav.html", page)), "no-text", "nav.html")


def test_html_without_text(tmp_path):
    page = ('<html><head><script>var x = 1;</script></head><body><nav><a href="/">Home</a> '
            '<a href="/world">World</a></nav><div id="app"></div></body></html>')
    assert_skipped(*read(write(tmp_path / "blank.html", page)), "no-text", "blank.html")


def test_broken_jsonl_line_among_good_ones(tmp_path):
    path = write(tmp_path / "c.jsonl", '{"text": "%s"}\n{"text": "oops\n[1, 2]\n{"title": "no text"}\n'
                 '{"text": "%s"}\n' % (LEDE, CLOSE))
    items = read(path)
    assert [i.text for i in items if isinstance(i, Article)] == [LEDE, CLOSE]
    assert_skipped(items[1], "bad-json", "c.jsonl:2")
    assert_skipped(items[2], "bad-json", "c.jsonl:3")
    assert_skipped(items[3], "bad-record", "c.jsonl:4")


def test_csv_without_text_column(tmp_path):
    assert_skipped(*read(write(tmp_path / "c.csv", "a,b\n1,2\n")), "bad-csv", "c.csv")


def test_missing_path(tmp_path):
    assert_skipped(*read(tmp_path / "nowhere.txt"), "missing", "nowhere.txt")


def test_unsupported_extension(tmp_path):
    assert_skipped(*read(write(tmp_path / "report.pdf", "%PDF-1.4 text")), "unsupported", "report.pdf")


def test_xml_that_is_not_a_feed(tmp_path):
    assert_skipped(*read(write(tmp_path / "data.xml", "<root><x>1</x></root>")), "bad-feed", "data.xml")


def test_batch_keeps_order_and_counts_skips_by_reason(tmp_path):
    paths = [write(tmp_path / "good.txt", LEDE),
             write(tmp_path / "empty.txt", ""),
             tmp_path / "missing.html",
             write(tmp_path / "page.html", PAGE),
             write(tmp_path / "c.jsonl", '{"text": "%s"}\nnot json\n{"text": "%s"}\n' % (LEDE, CLOSE)),
             write(tmp_path / "bin.txt", b"\x00\x01\x02binary"),
             write(tmp_path / "deck.pptx", "slides"),
             write(tmp_path / "blank.txt", "\n\n")]
    items = read(*paths)
    assert [i.origin.rsplit("/", 1)[-1] for i in items] == [
        "good.txt", "empty.txt", "missing.html", "page.html", "c.jsonl:1", "c.jsonl:2", "c.jsonl:3",
        "bin.txt", "deck.pptx", "blank.txt"]
    assert sum(isinstance(i, Article) for i in items) == 4
    assert Counter(i.reason for i in items if isinstance(i, Skipped)) == {
        "empty": 2, "missing": 1, "bad-json": 1, "binary": 1, "unsupported": 1}
