"""Acceptance 4: `communique analyze` (another process) adds articles to the database that the
dashboard is answering from; both finish, every request succeeds, and nothing is lost.

The corpus is the demo corpus plus short notes without events, so that `analyze` writes more
than one batch (32 articles) and the expected counts are the demo database's plus the notes."""
from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

from communique.record import queries
from communique.record.store import Store

from .conftest import CORPUS

ROUTES = ["/api/sources", "/api/events?limit=0", "/api/timeline", "/api/network", "/api/places",
          "/api/commitments", "/api/rounds", "/api/briefing?actor=RUS", "/", "/timeline"]


NOTES = 8


def _corpus(folder: Path) -> None:
    """The demo corpus and NOTES plain-text notes in which nothing happens."""
    shutil.copytree(CORPUS, folder)
    for i in range(NOTES):
        (folder / f"00-note-{i}.txt").write_text(f"Weather note {i}\n\nThe morning in the capital was mild and dry, "
                                               f"with {i + 3} degrees at noon.\n", encoding="utf-8")


def test_the_dashboard_answers_while_analyze_writes_and_nothing_is_lost(tmp_path, demo_db):
    from fastapi.testclient import TestClient

    from communique.serve.dashboard import create_app

    _corpus(tmp_path / "corpus")
    db = str(tmp_path / "live.duckdb")
    Store(db)                                            # the tables exist before the dashboard starts
    client = TestClient(create_app(db), raise_server_exceptions=False)
    communique = Path(sys.executable).with_name("communique")
    writer = subprocess.Popen([str(communique), "analyze", str(tmp_path / "corpus"), "--db", db],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    failures, seen, answered = [], [], 0
    deadline = time.monotonic() + 600                    # a bound, not a timing: the writer takes ~10 s
    try:
        while writer.poll() is None and time.monotonic() < deadline:
            for route in ROUTES:
                response = client.get(route)
                answered += 1
                if response.status_code != 200:
                    failures.append(f"{route}: {response.status_code} {response.text[:200]}")
                elif route == "/api/sources":
                    seen.append(len(response.json()))
            time.sleep(0.05)        # a dashboard's pace between rounds of requests, leaving the writer a core
    finally:
        if writer.poll() is None:
            writer.kill()
        _, stderr = writer.communicate()
    assert writer.returncode == 0, stderr
    assert failures == []
    assert answered >= len(ROUTES) and 0 in seen        # the dashboard answered before and during the writes
    assert seen == sorted(seen)                          # it saw whole batches, in order
    demo_articles = len(queries.sources(demo_db))
    demo_events = len(queries.events(demo_db, limit=None))
    final = client.get("/api/sources").json()
    assert len(final) == demo_articles + NOTES           # every article is there
    assert len(client.get("/api/events?limit=0").json()) == demo_events
