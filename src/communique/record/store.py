"""The record on disk: one embedded DuckDB file.

Every write goes through `Store.add_articles`, one transaction per batch, so a batch is all
in or all out. Ingest is idempotent: an article already stored (same content hash) is
skipped, so the same corpus read twice changes nothing.

Reading while writing: DuckDB lets one process write a file, or several read it, never both.
So the writer holds the file only while it writes a batch (it opens, writes one transaction,
and closes), and every reader opens a read-only connection per query and closes it. Whoever
finds the file locked waits and tries again, with growing pauses, for up to `lock_wait`
seconds (a setting) before giving up with a one-line error. A dashboard or a CLI query thus
keeps answering while `analyze` adds articles, at worst a batch's write late.
"""
from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Iterable

import duckdb

from .. import settings
from ..article import Article
from ..coding import dates
from ..coding.serialize import to_record
from ..errors import InputError
from . import happenings
from .ledger import commitments
from .rounds import rounds

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY, origin VARCHAR, url VARCHAR, title VARCHAR, byline VARCHAR,
    published VARCHAR, text VARCHAR, n_events INTEGER, ingested_at TIMESTAMP DEFAULT current_timestamp
);
CREATE TABLE IF NOT EXISTS events (
    id VARCHAR PRIMARY KEY, article_id VARCHAR, date VARCHAR, event VARCHAR, mode VARCHAR,
    status VARCHAR, plover_event VARCHAR, quad_code INTEGER, cameo VARCHAR, goldstein DOUBLE,
    place VARCHAR, country_code VARCHAR, lat DOUBLE, lon DOUBLE,
    speaker VARCHAR, hedged BOOLEAN, cue VARCHAR,
    sentence VARCHAR, start_char INTEGER, end_char INTEGER, trigger VARCHAR,
    deadline VARCHAR, condition VARCHAR, content VARCHAR, mentions INTEGER, confidence DOUBLE,
    actor_codes VARCHAR, recipient_codes VARCHAR, record JSON
);
CREATE TABLE IF NOT EXISTS event_actors (
    event_id VARCHAR, role VARCHAR, position INTEGER, entity_text VARCHAR, code VARCHAR,
    sector VARCHAR, name VARCHAR, identifier_id VARCHAR
);
CREATE TABLE IF NOT EXISTS mentions (
    event_id VARCHAR, article_id VARCHAR, start_char INTEGER, end_char INTEGER, sentence_start INTEGER,
    trigger VARCHAR
);
CREATE TABLE IF NOT EXISTS sentences (
    article_id VARCHAR, start_char INTEGER, end_char INTEGER, text VARCHAR
);
CREATE TABLE IF NOT EXISTS commitments (
    id VARCHAR PRIMARY KEY, article_id VARCHAR, event_id VARCHAR, kind VARCHAR, by_codes VARCHAR,
    to_codes VARCHAR, content VARCHAR, deadline VARCHAR, deadline_date VARCHAR, condition VARCHAR,
    status VARCHAR, fulfilled_by VARCHAR, hedged BOOLEAN, date VARCHAR, sentence VARCHAR, record JSON
);
CREATE TABLE IF NOT EXISTS rounds (
    id VARCHAR PRIMARY KEY, article_id VARCHAR, event_id VARCHAR, place VARCHAR, country_code VARCHAR,
    date VARCHAR, status VARCHAR, participants VARCHAR, mediator VARCHAR, excluded VARCHAR,
    outcome VARCHAR, record JSON
);
"""


_LOCKED = ("Could not set lock", "Conflicting lock", "different configuration")


def connect(path: str | Path, *, read_only: bool = False, wait: float | None = None) -> duckdb.DuckDBPyConnection:
    """A connection to the record at `path`; a writable one creates the tables. While another
    connection holds the file (a writer, or readers when we write), wait up to `wait` seconds
    (the `lock_wait` setting by default)."""
    path = Path(path)
    if read_only and not path.exists():
        raise InputError(str(path), "no such database", "run `communique analyze PATH... --db FILE` first")
    deadline = time.monotonic() + float(settings.get("lock_wait", wait))
    pause = 0.01
    while True:
        try:
            con = duckdb.connect(str(path), read_only=read_only)
            break
        except duckdb.Error as err:
            first = str(err).splitlines()[0]
            if any(cue in first for cue in _LOCKED) and time.monotonic() < deadline:
                time.sleep(pause)
                pause = min(pause * 2, 0.25)
                continue
            raise InputError(str(path), f"cannot open the database ({first[:200]})",
                             "wait for the other writer to finish, raise the lock_wait setting, "
                             "or pass another --db path") from None
    if not read_only:
        con.execute(SCHEMA)
        con.execute(happenings.SCHEMA)
    return con


class Store:
    """The single writer. It holds the file only while a batch is written (see the module doc)."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.con = None
        connect(self.path).close()       # create the tables now: a bad path fails here, once

    def close(self) -> None:
        """Nothing to release between batches; kept so `with Store(...)` reads naturally."""

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def has(self, article_id: str) -> bool:
        return self.con.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone() is not None

    def add_articles(self, articles: Iterable[Article]) -> int:
        """Store a batch atomically; returns how many articles were new."""
        articles = list(articles)
        if not articles:
            return 0
        added = 0
        self.con = connect(self.path)
        try:
            self.con.execute("BEGIN TRANSACTION")
            try:
                for article in articles:
                    if self.has(article.id):
                        continue
                    self._insert(article)
                    added += 1
                self.con.execute("COMMIT")
            except BaseException:
                self.con.execute("ROLLBACK")
                raise
        finally:
            self.con.close()
            self.con = None
        return added

    def _insert(self, article: Article) -> None:
        self.con.execute(
            "INSERT INTO articles (id, origin, url, title, byline, published, text, n_events) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [article.id, article.origin, article.url, article.title, article.byline, article.published,
             article.text, len(article.events)])
        for event in article.events:
            rec = to_record(article, event)
            loc, att, ti = rec["event_loc"], rec["attribution"], rec["text_info"]
            self.con.execute(
                "INSERT OR IGNORE INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                " ?, ?, ?, ?, ?, ?, ?, ?)",
                [rec["id"], article.id, rec["date"], rec["event"], rec["mode"], rec["status"],
                 rec["plover_event"], rec["quad_code"], rec["cameo"], rec["goldstein"],
                 loc["place"], loc["country_code"], loc["lat"], loc["lon"],
                 att["speaker"], att["hedged"], att["cue"], ti["sentence"], ti["start"], ti["end"],
                 ti["trigger"], rec["deadline"], rec["condition"], rec["content"], rec["mentions"],
                 rec["confidence"], ";".join(a["code"] for a in rec["actor"]),
                 ";".join(a["code"] for a in rec["recipient"]), json.dumps(rec)])
            happenings.link(self.con, article.id, article.published, rec)
            spans = event.mention_spans or [(event.start, event.end, event.sent_start)]
            self.con.executemany("INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?)",
                                 [[rec["id"], article.id, a, b, c, article.text[a:b]] for a, b, c in spans])
            rows = [[rec["id"], role, i, a["entity_text"], a["code"], a["sector"], a["name"], a["identifier_id"]]
                    for role in ("actor", "recipient") for i, a in enumerate(rec[role])]
            if rows:
                self.con.executemany("INSERT INTO event_actors VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
        self._insert_record(article)

    def _insert_record(self, article: Article) -> None:
        """Sentences (for `ask`), commitments and rounds of one coded article."""
        if article.doc is not None:
            rows = [[article.id, s.start_char, s.end_char, s.text.strip()] for s in article.doc.sents if s.text.strip()]
            if rows:
                self.con.executemany("INSERT INTO sentences VALUES (?, ?, ?, ?)", rows)
        for c in commitments(article):
            due = dates.parse(c.deadline, article.published, prefer="future") if c.deadline else None
            self.con.execute(
                "INSERT OR IGNORE INTO commitments VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [c.id, article.id, c.event_id, c.kind, ";".join(c.by), ";".join(c.to), c.content, c.deadline,
                 due, c.condition, c.status, c.fulfilled_by, c.hedged, c.date, c.sentence, json.dumps(c.to_json())])
        if article.doc is not None:
            for r in rounds(article):
                self.con.execute(
                    "INSERT OR IGNORE INTO rounds VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [r.id, article.id, r.event_id, r.place, r.country_code, r.date, r.status,
                     ";".join(r.participants), ";".join(r.mediator), ";".join(r.excluded), r.outcome,
                     json.dumps(r.to_json())])
