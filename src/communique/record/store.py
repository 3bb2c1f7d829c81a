"""The record on disk: one embedded DuckDB file.

Every write goes through `Store.add_payloads`, one transaction per batch, so a batch is all
in or all out; `Store.add_articles` builds the payloads (`payload`) of coded articles itself.
A batch is written with one bulk insert per table, then its events are linked to happenings in
input order. Ingest is idempotent: an article already stored (same content hash) is skipped,
so the same corpus read twice changes nothing.

Reading while writing: DuckDB lets one process write a file, or several read it, never both.
So the writer holds the file only while it writes a batch (it opens, writes one transaction,
and closes), and every reader opens a read-only connection per query and closes it. Whoever
finds the file locked waits and tries again, with growing pauses, for up to `lock_wait`
seconds (a setting) before giving up with a one-line error. A dashboard or a CLI query thus
keeps answering while `analyze` adds articles, at worst a batch's write late.
"""
from __future__ import annotations

import time
from pathlib import Path
from typing import Iterable

import duckdb

from .. import settings
from ..article import Article
from ..errors import InputError
from . import happenings
from .payload import Payload, payload_of
from .tables import KEYED, SCHEMA, TABLES, columns, insert

_LOCKED = ("Could not set lock", "Conflicting lock", "different configuration",
           "Unique file handle conflict")      # the last: the writer's own process, while it writes
_CATALOG = "communique_record"
# Rows per row group in the file the writer writes: one DuckDB vector. Each batch appends small
# row groups to every table, and DuckDB's checkpoint merges (vacuums) neighbouring small ones in
# steps that double, so with its default (122,880 rows) a merge now and then rewrote tens of
# thousands of rows of the events' JSON records at once: the writer's memory leapt by 20, 40, 90
# MB at about 8k, 16k and 32k events, and further as the record grew. With row groups this small a
# merge is never large (replaying a 9,600-article run batch by batch: at most 21 MB above rest,
# against 61 MB with 8,192-row groups and 88 MB with the default). The price is disk: that
# replay's file takes 101 MB against 68 MB with the default (4,096-row groups: 79 MB, peaks up
# to 41 MB). Measured in the README's "Measured at scale".
ROW_GROUP_SIZE = 2048


def connect(path: str | Path, *, read_only: bool = False, wait: float | None = None,
            create: bool = True) -> duckdb.DuckDBPyConnection:
    """A connection to the record at `path`; a writable one creates the tables (unless `create`
    is false: the store's writer made them once). While another
    connection holds the file (a writer, or readers when we write), wait up to `wait` seconds
    (the `lock_wait` setting by default)."""
    path = Path(path)
    if read_only and not path.exists():
        raise InputError(str(path), "no such database", "run `communique analyze PATH... --db FILE` first")
    deadline = time.monotonic() + float(settings.get("lock_wait", wait))
    pause = 0.01
    while True:
        try:
            con = duckdb.connect(str(path), read_only=True) if read_only else _writable(path)
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
    if not read_only and create:
        con.execute(SCHEMA)
        con.execute(happenings.SCHEMA)
    return con


def _writable(path: Path) -> duckdb.DuckDBPyConnection:
    """The file opened for writing, with row groups of `ROW_GROUP_SIZE` rows (see there) and
    its memory bounded (`limit_memory`)."""
    con = duckdb.connect()
    try:
        limit_memory(con)
        quoted = str(path).replace("'", "''")
        con.execute(f"ATTACH '{quoted}' AS {_CATALOG} (ROW_GROUP_SIZE {ROW_GROUP_SIZE})")
        con.execute(f"USE {_CATALOG}")
    except BaseException:
        con.close()
        raise
    return con


def limit_memory(con) -> None:
    """Bound DuckDB's memory on `con` by the `scan_memory_mb` setting. A scan keeps every block
    it reads in DuckDB's buffer pool until the pool is full, and the record's small row groups
    put each column of each row group in a block of its own: on a 100,000-article record,
    counting the hedged events read 72 MB and the briefing's dyads 150 MB; with 64 MB, 62 and 33
    MB, as fast. Not for queries that sort or join the whole record (exports): a read-only
    connection cannot spill to disk, and they would fail."""
    mb = int(settings.get("scan_memory_mb"))
    if mb > 0:
        con.execute(f"SET memory_limit = '{mb}MB'")


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

    def stored(self, ids: Iterable[str]) -> set[str]:
        """Which of these article ids the record already holds (read between batches)."""
        ids = list(dict.fromkeys(ids))
        if not ids:
            return set()
        con = connect(self.path, read_only=True)
        try:
            return {row[0] for row in con.execute("SELECT id FROM articles WHERE list_contains(?, id)",
                                                  [ids]).fetchall()}
        finally:
            con.close()

    def add_articles(self, articles: Iterable[Article]) -> int:
        """Store a batch of coded articles atomically; returns how many were new."""
        return self.add_payloads([payload_of(article) for article in articles])

    def add_payloads(self, payloads: Iterable[Payload]) -> int:
        """Store a batch of payloads in one transaction, in order; returns how many articles were new.
        An article already stored, or met earlier in the batch, is skipped."""
        payloads = list(payloads)
        if not payloads:
            return 0
        self.con = connect(self.path, create=False)
        try:
            self.con.execute("BEGIN TRANSACTION")
            try:
                fresh = self._fresh(payloads)
                self._insert(fresh)
                self.con.execute("COMMIT")
            except BaseException:
                self.con.execute("ROLLBACK")
                raise
        finally:
            self.con.close()
            self.con = None
        return len(fresh)

    def _fresh(self, payloads: list[Payload]) -> list[Payload]:
        ids = [p.article_id for p in payloads]
        seen = {row[0] for row in self.con.execute("SELECT id FROM articles WHERE list_contains(?, id)",
                                                   [ids]).fetchall()}
        out = []
        for p in payloads:
            if p.article_id not in seen:
                seen.add(p.article_id)
                out.append(p)
        return out

    def _insert(self, payloads: list[Payload]) -> None:
        """Every table's rows for the whole batch in one statement each, then the happenings."""
        for table in TABLES:
            rows = [row for p in payloads for row in p.rows[table]]
            if table in KEYED:                        # the first row of an id wins (see KEYED)
                first: dict[str, tuple] = {}
                rows = [first.setdefault(row[0], row) for row in rows if row[0] not in first]
            insert(self.con, table, columns(table), rows)
        happenings.link_all(self.con, [(p.article_id, published, rec) for p in payloads
                                       for published in [p.rows["articles"][0][5]] for rec in p.records()])
