"""Acceptance: two worker processes and the Ray engine store exactly what one worker stores."""
from __future__ import annotations

import os
from pathlib import Path

import duckdb

from communique.engine import run
from corpus_record import BATCH, CORPUS, snapshot


def test_the_demo_record_is_not_empty(one_worker):
    _, snap, report = one_worker
    assert report.articles == 29 and report.events > 100 and not report.skipped
    assert len(snap["events"]) == report.events and len(snap["happenings"]) > 50
    assert snap["sentences"] and snap["commitments"] and snap["rounds"]


def test_two_workers_store_what_one_worker_stores(one_worker, tmp_path, monkeypatch):
    monkeypatch.setenv("COMMUNIQUE_BATCH_SIZE", BATCH)
    db = tmp_path / "two.duckdb"
    report = run([str(CORPUS)], str(db), workers=2)
    assert (report.articles, report.sentences, report.events) == \
        (one_worker[2].articles, one_worker[2].sentences, one_worker[2].events)
    assert snapshot(db) == one_worker[1]


def _ray_processes() -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        try:
            cmd = (entry / "cmdline").read_bytes().decode(errors="replace")
        except (OSError, ValueError):
            continue
        if any(name in cmd for name in ("raylet", "gcs_server", "ray::", "ray/dashboard", "default_worker.py")):
            found.add(int(entry.name))
    return found


def test_ray_engine_stores_what_one_worker_stores_and_leaves_parquet(one_worker, tmp_path, monkeypatch):
    monkeypatch.setenv("COMMUNIQUE_BATCH_SIZE", BATCH)
    before = _ray_processes()
    db, out = tmp_path / "ray.duckdb", tmp_path / "parts"
    report = run([str(CORPUS)], str(db), workers=2, engine="ray", parquet=str(out))
    assert report.events == one_worker[2].events
    assert snapshot(db) == one_worker[1]
    shards = sorted(p.name for p in out.iterdir())
    assert len(shards) > 2 and all(s.startswith("shard=") for s in shards)
    con = duckdb.connect()                     # any engine reads the layout: here DuckDB, unnesting events
    n = con.execute("SELECT count(*) FROM read_parquet(?, hive_partitioning = true), unnest(events)",
                    [str(out / "*" / "*.parquet")]).fetchone()[0]
    assert n == report.events
    leftover = _ray_processes() - before
    assert not leftover, f"Ray processes left behind: {sorted(leftover)}"
    assert os.environ.get("RAY_USAGE_STATS_ENABLED") == "0"
