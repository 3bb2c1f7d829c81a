"""Fixtures for the dashboard: the demo database (examples/corpus analyzed once), the app in
process, and the app served by uvicorn on a loopback port for the browser tests."""
from __future__ import annotations

import socket
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "examples" / "corpus"


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory, nlp) -> str:
    """examples/corpus analyzed into a fresh database, as `make demo` does."""
    from communique import cli

    db = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    assert cli.main(["analyze", str(CORPUS), "--db", str(db)]) == 0
    return str(db)


@pytest.fixture(scope="session")
def app(demo_db):
    from communique.serve.dashboard import create_app

    return create_app(demo_db)


@pytest.fixture(scope="session")
def client(app):
    from fastapi.testclient import TestClient

    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


@pytest.fixture(scope="session")
def live_url(app):
    """The app served by uvicorn in a thread, on a free loopback port."""
    import uvicorn

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(64)
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    started = threading.Event()
    for _ in range(600):
        if server.started:
            started.set()
            break
        started.wait(0.05)
    assert server.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    server.should_exit = True
    thread.join(timeout=10)
    sock.close()


@pytest.fixture(scope="session")
def reported_twice(demo_db) -> str:
    """The id of an event whose happening another article reports too."""
    from communique.record.store import connect

    con = connect(demo_db, read_only=True)
    try:
        row = con.execute("SELECT min(event_id) FROM happening_events WHERE happening_id IN (SELECT happening_id "
                          "FROM happening_events GROUP BY 1 HAVING count(DISTINCT article_id) > 1)").fetchone()
    finally:
        con.close()
    assert row[0], "the demo database has no happening reported twice"
    return row[0]
