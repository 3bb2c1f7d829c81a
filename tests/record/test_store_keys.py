"""The writer keeps each article and its rows once without keys on the child tables, and still
writes to a record made when those tables had primary keys (see `tables.KEYED`)."""
from __future__ import annotations

from pathlib import Path

import duckdb

from communique.coding.pipeline import analyze
from communique.record import happenings, tables
from communique.record.store import Store

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"
TABLES = ("articles", "events", "event_actors", "mentions", "sentences", "commitments", "rounds",
          "happenings", "happening_events")


def _counts(db) -> dict[str, int]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
        counts["distinct events"] = con.execute("SELECT count(DISTINCT id) FROM events").fetchone()[0]
        return counts
    finally:
        con.close()


def _articles(n: int):
    return list(analyze([str(CORPUS)]))[:n]


def test_articles_written_again_add_nothing(tmp_path):
    articles = _articles(8)
    once, twice = tmp_path / "once.duckdb", tmp_path / "twice.duckdb"
    with Store(once) as store:
        store.add_articles(articles)
    with Store(twice) as store:
        assert store.add_articles(articles[:5]) == 5
        assert store.add_articles(articles[3:] + articles[:2]) == 3     # overlapping batches
        assert store.add_articles(articles) == 0
    assert _counts(twice) == _counts(once)
    assert _counts(once)["events"] == _counts(once)["distinct events"] > 0


def test_a_record_made_with_keyed_tables_takes_new_batches(tmp_path):
    db = tmp_path / "keyed.duckdb"
    con = duckdb.connect(str(db))      # the schema as it was, with a key on every id
    con.execute(tables.SCHEMA.replace("(\n    id VARCHAR, ", "(\n    id VARCHAR PRIMARY KEY, "))
    con.execute(happenings.SCHEMA.replace("(\n    id VARCHAR, ", "(\n    id VARCHAR PRIMARY KEY, "))
    assert con.execute("SELECT count(*) FROM duckdb_constraints() WHERE constraint_type = 'PRIMARY KEY'"
                       ).fetchone()[0] == 5
    con.close()
    articles = _articles(6)
    with Store(db) as store:
        assert store.add_articles(articles[:4]) == 4
        assert store.add_articles(articles) == 2
    fresh = tmp_path / "fresh.duckdb"
    with Store(fresh) as store:
        store.add_articles(articles)
    assert _counts(db) == _counts(fresh)
