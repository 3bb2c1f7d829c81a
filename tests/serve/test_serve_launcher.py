"""`communique serve`: loopback by default, its address printed, a warning off loopback, and
one-line errors for a missing database or a taken port."""
from __future__ import annotations

import json
import re
import socket
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from communique.serve import launcher

COMMUNIQUE = str(Path(sys.executable).with_name("communique"))


@pytest.mark.parametrize("host, loopback", [
    ("127.0.0.1", True), ("127.8.9.10", True), ("localhost", True), ("::1", True), ("[::1]", True),
    ("0.0.0.0", False), ("192.168.1.20", False), ("::", False), ("example.org", False),
])
def test_is_loopback(host, loopback):
    assert launcher.is_loopback(host) is loopback


def test_serve_prints_its_address_and_answers_there(demo_db):
    server = subprocess.Popen([COMMUNIQUE, "serve", "--db", demo_db, "--port", "0"], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    try:
        line = server.stdout.readline()
        address = re.search(r"http://127\.0\.0\.1:\d+/", line)
        assert address, line
        with urllib.request.urlopen(address.group(0) + "api/timeline", timeout=60) as response:
            assert response.status == 200 and json.loads(response.read())
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_serving_beyond_loopback_warns(demo_db, monkeypatch):
    import uvicorn

    said = []
    monkeypatch.setattr(uvicorn.Server, "run", lambda self, sockets=None: [s.close() for s in sockets])
    launcher.serve(demo_db, "0.0.0.0", 0, say=lambda line, **kw: said.append((line, kw.get("file"))))
    assert said[0][0].startswith("warning: serving on 0.0.0.0") and said[0][1] is sys.stderr
    assert said[1][0].startswith("communique dashboard on http://0.0.0.0:")


@pytest.mark.parametrize("argv, message", [
    (["--db", "absent.duckdb"], "no such database"),
    (["--port", "{taken}"], "cannot listen there"),
    (["--port", "70000"], "not a port number"),
])
def test_bad_start_is_one_line(demo_db, argv, message):
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen(1)
    try:
        argv = [a.format(taken=taken.getsockname()[1]) for a in argv]
        db = [] if "--db" in argv else ["--db", demo_db]
        done = subprocess.run([COMMUNIQUE, "serve", *db, *argv], capture_output=True, text=True, timeout=120)
    finally:
        taken.close()
    assert done.returncode == 2 and message in done.stderr
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
