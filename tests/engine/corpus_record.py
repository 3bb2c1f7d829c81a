"""Helpers of the engine tests: the demo corpus, its batch size, and a store snapshot."""
from __future__ import annotations

from pathlib import Path

import duckdb

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"
BATCH = "4"          # small batches: the demo corpus is 8 of them


def snapshot(db) -> dict[str, list]:
    """Every table's rows, sorted (the time an article was stored left out)."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        out = {}
        for (table,) in con.execute("SELECT table_name FROM information_schema.tables ORDER BY 1").fetchall():
            cols = [c for (c,) in con.execute("SELECT column_name FROM information_schema.columns WHERE table_name = ?"
                                              " ORDER BY ordinal_position", [table]).fetchall() if c != "ingested_at"]
            out[table] = sorted(map(repr, con.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall()))
        return out
    finally:
        con.close()
