"""Reading while writing: a writer in another process adds batches while this process queries."""
from __future__ import annotations

import multiprocessing as mp
import threading
import time

import duckdb
import pytest

from communique.article import Article
from communique.errors import InputError
from communique.record import queries
from communique.record.store import ROW_GROUP_SIZE, Store, connect

BATCHES, PER_BATCH = 30, 4


def _write(db: str) -> None:
    store = Store(db)
    for b in range(BATCHES):
        store.add_articles([Article(text=f"Article {b}-{i}: nothing happened.", origin=f"w{b}-{i}")
                            for i in range(PER_BATCH)])


def _count(db: str) -> int:
    con = connect(db, read_only=True)
    try:
        return con.execute("SELECT count(*) FROM articles").fetchone()[0]
    finally:
        con.close()


def test_queries_answer_while_another_process_writes(tmp_path):
    db = str(tmp_path / "shared.duckdb")
    Store(db)                                     # the tables exist before the reader starts
    writer = mp.get_context("spawn").Process(target=_write, args=(db,))
    writer.start()
    seen = []
    while writer.is_alive():
        seen.append(_count(db))
        queries.events(db, limit=5)               # the query layer reads through the same gate
    writer.join(timeout=120)
    assert writer.exitcode == 0
    assert _count(db) == BATCHES * PER_BATCH      # nothing lost
    assert seen == sorted(seen)                   # readers saw whole batches, in order
    assert all(n % PER_BATCH == 0 for n in seen)  # never a partial batch
    assert len(seen) >= 3                         # the reads really ran during the writes


def test_the_writer_waits_for_a_reader_then_gives_up_with_one_line(tmp_path, monkeypatch):
    db = str(tmp_path / "held.duckdb")
    Store(db)
    monkeypatch.setenv("COMMUNIQUE_LOCK_WAIT", "0.3")
    ctx = mp.get_context("spawn")
    holder = ctx.Process(target=_hold, args=(db, 3.0))
    holder.start()
    try:
        _wait_until_held(db)
        with pytest.raises(InputError) as err:
            Store(db).add_articles([Article(text="x", origin="x")])
        assert "lock_wait" in err.value.line() and "\n" not in err.value.line()
    finally:
        holder.terminate()
        holder.join()


def _hold(db: str, seconds: float) -> None:
    con = connect(db, read_only=True)
    time.sleep(seconds)
    con.close()


def _wait_until_held(db: str) -> None:
    for _ in range(200):
        try:
            duckdb.connect(db).close()
        except duckdb.Error:
            return
        time.sleep(0.02)
    raise AssertionError("the holder never took the file")


def test_the_writer_writes_row_groups_no_larger_than_its_setting(tmp_path):
    """Large row groups are what DuckDB's checkpoint merges and rewrites at once (see
    `store.ROW_GROUP_SIZE`)."""
    db = str(tmp_path / "groups.duckdb")
    con = connect(db)
    con.execute(f"CREATE TABLE filler AS SELECT 'row ' || i AS text FROM range({3 * ROW_GROUP_SIZE + 5}) t(i)")
    con.close()
    con = connect(db, read_only=True)
    try:
        sizes = [n for (n,) in con.execute(
            "SELECT sum(count) FROM pragma_storage_info('filler') WHERE column_name = 'text' "
            "AND segment_type = 'VALIDITY' GROUP BY row_group_id ORDER BY row_group_id").fetchall()]
    finally:
        con.close()
    assert sizes == [ROW_GROUP_SIZE] * 3 + [5]


def test_a_reader_in_the_writers_own_process_waits_for_it(tmp_path):
    db = str(tmp_path / "same.duckdb")
    writer = connect(db)
    closer = threading.Timer(0.3, writer.close)
    closer.start()
    started = time.monotonic()
    reader = connect(db, read_only=True, wait=10)
    try:
        assert reader.execute("SELECT count(*) FROM articles").fetchone() == (0,)
        assert time.monotonic() - started >= 0.25
    finally:
        reader.close()
        closer.join()
