"""Acceptance: SIGKILL a two-worker `analyze` mid-run; the store opens cleanly with whole batches
only, no worker is left, and a re-run finishes the job with no duplicates."""
from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb

from communique.engine import run
from corpus_record import BATCH, CORPUS, snapshot

CLI = "import sys; from communique.cli import main; sys.exit(main())"


def _stored(db: Path) -> int | None:
    try:
        con = duckdb.connect(str(db), read_only=True)
    except duckdb.Error:              # the writer holds it, or it is not made yet
        return None
    try:
        return con.execute("SELECT count(*) FROM articles").fetchone()[0]
    except duckdb.Error:
        return None
    finally:
        con.close()


def _descendants(pid: int) -> set[int]:
    """Every process below `pid`: the forkserver, the workers it forked, the resource tracker."""
    children: dict[int, set[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), set()).add(int(stat.parent.name))
    out, todo = set(), [pid]
    while todo:
        for child in children.get(todo.pop(), ()):
            out.add(child)
            todo.append(child)
    return out


def _alive(pid: int) -> bool:
    try:
        return (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_sigkill_leaves_whole_batches_and_a_rerun_finishes(one_worker, tmp_path, monkeypatch):
    monkeypatch.setenv("COMMUNIQUE_BATCH_SIZE", BATCH)
    db = tmp_path / "killed.duckdb"
    proc = subprocess.Popen([sys.executable, "-c", CLI, "analyze", str(CORPUS), "--db", str(db), "--workers", "2"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 240
        while not (_stored(db) or 0) and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.05)
        workers = _descendants(proc.pid)
        proc.send_signal(signal.SIGKILL)       # right after the first batch is committed
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    assert len(workers) >= 3, "the worker processes had not started"     # 2 workers and the forkserver
    for _ in range(100):                        # the workers die with their parent
        if not any(_alive(pid) for pid in workers):
            break
        time.sleep(0.1)
    assert not any(_alive(pid) for pid in workers), "worker processes outlived the killed analyze"

    con = duckdb.connect(str(db))               # opens cleanly (write mode replays the log)
    try:
        stored = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        mismatched = con.execute("SELECT count(*) FROM articles a WHERE n_events <> "
                                 "(SELECT count(*) FROM events e WHERE e.article_id = a.id)").fetchone()[0]
        orphans = con.execute("SELECT count(*) FROM events WHERE article_id NOT IN (SELECT id FROM articles)"
                              ).fetchone()[0]
    finally:
        con.close()
    assert 0 < stored < 29, f"the kill came too late to test anything ({stored} articles stored)"
    assert stored % int(BATCH) == 0, f"{stored} articles: a partial batch was stored"
    assert mismatched == 0 and orphans == 0

    report = run([str(CORPUS)], str(db), workers=2)
    assert report.already == stored and report.articles == 29 - stored
    assert snapshot(db) == one_worker[1]        # the same record as one uninterrupted run: no duplicates
