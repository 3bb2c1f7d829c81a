"""Acceptance: hostile input at volume. Random bytes, HTML, JSONL, CSV and feeds go to every
reader, then through coding (`extract`) and the engine into the store, and random dyads go to
`classify`: nothing raises, nothing hangs (each example has a deadline; documents are bounded by
max_bytes/max_chars and doc_timeout), and every rejection is a counted Skipped with a known
reason and a one-line message."""
from __future__ import annotations

import json
from datetime import timedelta

from hypothesis import HealthCheck, given, settings, strategies as st

from communique.article import Article, Skipped
from communique.coding.classify import Dyad, classify, read_dyads
from communique.coding.pipeline import Report, extract_records
from communique.engine import run
from communique.errors import InputError
from communique.ingest import read_inputs
from communique.ingest.rejects import FIXES

LIMITS = {"COMMUNIQUE_MAX_BYTES": "30000", "COMMUNIQUE_MAX_CHARS": "8000", "COMMUNIQUE_DOC_TIMEOUT": "10"}
BOUNDED = settings(max_examples=25, deadline=timedelta(seconds=60), derandomize=True,
                   suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

words = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=60)
prose = st.lists(st.one_of(words, st.sampled_from([
    "Russia accused Ukraine of shelling Kherson on Monday.", "The United States imposed sanctions on Iran.",
    "Hamas and Israel agreed to a ceasefire in Cairo.", "\n\n", "<", "&amp;", "\x00", "\ufeff", "—", "?"])),
    max_size=30).map("".join)
TAGS = ["p", "div", "article", "nav", "script", "style", "h1", "br", "table", "td", "a", "body", "html",
        "title", "meta", "![CDATA[", "!--", "?xml", "item", "entry", "rss", "feed", "description"]
tag_soup = st.lists(st.one_of(prose, st.builds(lambda t, close: f"<{'/' if close else ''}{t}>",
                                               st.sampled_from(TAGS), st.booleans())), max_size=40).map("".join)
json_value = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | prose,
                          lambda inner: st.lists(inner, max_size=4) | st.dictionaries(words, inner, max_size=4),
                          max_leaves=12)
json_record = st.fixed_dictionaries({}, optional={"text": st.one_of(prose, json_value), "html": tag_soup,
                                                  "title": json_value, "url": json_value, "published": json_value})
jsonl = st.lists(st.one_of(json_record.map(json.dumps), json_value.map(json.dumps), prose.map(lambda s: s.replace("\n", " "))),
                 max_size=12).map("\n".join)
csv_cell = st.one_of(prose, st.just('"'), st.just(","), st.just('"a ""quoted"", cell"'))
csv_text = st.builds(lambda header, rows: "\n".join([",".join(header)] + [",".join(r) for r in rows]),
                     st.lists(st.sampled_from(["text", "html", "title", "url", "published", "x", ""]), max_size=5),
                     st.lists(st.lists(csv_cell, max_size=6), max_size=10))
feed = st.builds(lambda items, root: f"<{root}>" + "".join(f"<item><title>t</title><description>{d}</description></item>"
                                                          for d in items), st.lists(tag_soup, max_size=5),
                 st.sampled_from(["rss", "feed", "rdf:RDF", "html"]))
as_bytes = st.one_of(st.binary(max_size=3000), prose.map(str.encode), tag_soup.map(str.encode))
documents = st.one_of(
    st.tuples(st.just(".txt"), st.one_of(as_bytes, prose.map(lambda s: s.encode("utf-8", "surrogatepass")))),
    st.tuples(st.just(".html"), st.one_of(as_bytes, tag_soup.map(str.encode))),
    st.tuples(st.just(".jsonl"), st.one_of(as_bytes, jsonl.map(str.encode))),
    st.tuples(st.just(".csv"), st.one_of(as_bytes, csv_text.map(str.encode))),
    st.tuples(st.just(".xml"), st.one_of(as_bytes, feed.map(str.encode))),
)


def _write(folder, docs) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, (ext, data) in enumerate(docs):
        path = folder / f"doc{i:03d}{ext}"
        path.write_bytes(data)
        paths.append(str(path))
    return paths


def _check_skip(item: Skipped) -> None:
    assert item.reason in FIXES, item
    assert "\n" not in item.message and item.origin.split(":")[0] in item.message and "fix:" in item.message


@BOUNDED
@given(docs=st.lists(documents, min_size=1, max_size=6))
def test_every_reader_and_extract_take_hostile_input(tmp_path_factory, monkeypatch, docs):
    for name, value in LIMITS.items():
        monkeypatch.setenv(name, value)
    paths = _write(tmp_path_factory.mktemp("hostile"), docs)
    items = list(read_inputs(paths))
    for item in items:
        if isinstance(item, Skipped):
            _check_skip(item)
        else:
            assert isinstance(item, Article) and item.text.strip() and len(item.text) <= 8000
    report = Report()
    records = list(extract_records(paths, report=report))
    assert report.articles + sum(report.skipped.values()) == len(items)    # every item is counted
    assert report.events == len(records)


@settings(max_examples=6, deadline=timedelta(seconds=120), derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(docs=st.lists(documents, min_size=10, max_size=30))
def test_a_volume_of_hostile_files_goes_through_the_engine_into_the_store(tmp_path_factory, monkeypatch, docs):
    for name, value in LIMITS.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("COMMUNIQUE_BATCH_SIZE", "8")
    folder = tmp_path_factory.mktemp("volume")
    _write(folder / "in", docs)
    expected = list(read_inputs([str(folder / "in")]))
    report = run([str(folder / "in")], str(folder / "record.duckdb"), workers=1)
    assert report.articles + sum(report.skipped.values()) + report.already == len(expected)
    assert all(reason in FIXES for reason in report.skipped)


dyad_line = st.one_of(
    st.builds(lambda i, text, s, t: json.dumps({"id": i, "text": text, "source": s, "target": t}),
              words, prose, st.one_of(words, st.just("Russia")), st.one_of(words, st.just("Ukraine"))),
    json_value.map(json.dumps), prose.map(lambda s: s.replace("\n", " ")))


@BOUNDED
@given(lines=st.lists(dyad_line, max_size=15))
def test_classify_takes_hostile_dyads(monkeypatch, lines):
    for name, value in LIMITS.items():
        monkeypatch.setenv(name, value)
    items = list(read_dyads(lines, "dyads.jsonl"))
    good = [d for d in items if isinstance(d, Dyad)]
    for bad in items:
        if isinstance(bad, InputError):
            assert "dyads.jsonl:" in bad.line() and "\n" not in bad.line()
    results = list(classify(good))
    assert [r["id"] for r in results] == [d.id for d in good]
