"""The writer's and the briefing's DuckDB memory is bounded by `scan_memory_mb` (see
`store.limit_memory`); 0 leaves DuckDB's own default."""
import duckdb

from communique.record import briefing, store
from communique.record.store import Store


def _limit(con) -> str:
    return con.execute("SELECT current_setting('memory_limit')").fetchone()[0]


def test_the_writer_connection_has_the_limit(tmp_path, monkeypatch):
    monkeypatch.setenv("COMMUNIQUE_SCAN_MEMORY_MB", "48")
    con = store._writable(tmp_path / "r.duckdb")
    try:
        assert _limit(con) == "45.7 MiB"          # DuckDB shows 48 MB in MiB
    finally:
        con.close()


def test_zero_keeps_duckdb_s_default(monkeypatch):
    con = duckdb.connect()
    default = _limit(con)
    monkeypatch.setenv("COMMUNIQUE_SCAN_MEMORY_MB", "0")
    store.limit_memory(con)
    assert _limit(con) == default
    monkeypatch.setenv("COMMUNIQUE_SCAN_MEMORY_MB", "32")
    store.limit_memory(con)
    assert _limit(con) != default
    con.close()


def test_the_briefing_reads_under_the_limit(tmp_path, monkeypatch):
    path = tmp_path / "r.duckdb"
    Store(path)
    seen = []
    monkeypatch.setattr(briefing, "limit_memory", lambda con: seen.append(_limit(con)) or store.limit_memory(con))
    b = briefing.build(path)
    assert seen and b.articles == 0
