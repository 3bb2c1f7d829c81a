"""Acceptance 3: the API fuzzed from its own OpenAPI document (schemathesis: valid and invalid
values for every parameter; no 5xx, every answer as the document says, no traceback), and
SQL-injection and path-traversal strings sent through every parameter of every route and page."""
from __future__ import annotations

from urllib.parse import quote

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from communique.record.store import connect
from communique.serve import api

HOSTILE = [
    "'; DROP TABLE events; --",
    "' OR '1'='1",
    "RUS' UNION SELECT id, text FROM articles --",
    "1; DELETE FROM articles WHERE 1=1",
    "\") OR 1=1 --",
    "%' AND 1=0 UNION SELECT NULL --",
    "../../../../etc/passwd",
    "..%2F..%2F..%2Fetc%2Fpasswd",
    "..\\..\\windows\\win.ini",
    "/etc/passwd\x00.json",
    "{{7*7}}<script>alert(1)</script>",
]
PAGES = {"/": ("actor", "country", "since", "until", "topic", "as_of"),
         "/timeline": ("actor", "type", "status", "since", "until", "place"),
         "/map": ("actor", "type", "status", "since", "until"), "/network": ("min_events",),
         "/commitments": ("kind", "status", "actor", "due_before"), "/rounds": ("place",), "/ask": ("q",)}


@schemathesis.check
def no_traceback(ctx, response, case):
    """No answer shows a stack trace or an internal exception name."""
    text = response.text or ""
    assert "Traceback" not in text and 'File "' not in text, f"{case.path}: a traceback in the answer"


@pytest.fixture(scope="module")
def api_schema(app):
    return schemathesis.openapi.from_asgi("/openapi.json", app)


@pytest.mark.parametrize("mode", [schemathesis.GenerationMode.POSITIVE, schemathesis.GenerationMode.NEGATIVE])
@pytest.mark.parametrize("path", sorted(route.path for route in api.router.routes))
def test_the_api_holds_to_its_openapi_document(api_schema, path, mode):
    """Values that fit the document (positive) and values that do not (negative), for every route."""
    @given(case=api_schema[path]["GET"].as_strategy(mode))
    @settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck), database=None,
              derandomize=True)
    def fuzz(case):
        response = case.call_and_validate(additional_checks=[no_traceback])
        assert response.status_code < 500

    fuzz()


def _counts(db: str) -> tuple:
    con = connect(db, read_only=True)
    try:
        return tuple(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                     for t in ("articles", "events", "event_actors", "mentions", "commitments", "rounds"))
    finally:
        con.close()


def _check(response, where: str) -> None:
    assert response.status_code < 500, f"{where}: {response.status_code} {response.text[:300]}"
    assert "Traceback" not in response.text, where
    if response.headers["content-type"].startswith("text/html"):
        assert "<script>alert" not in response.text, f"{where}: the page did not escape a value"
    if response.status_code >= 400 and where.startswith("/api/"):
        error = response.json()["error"]
        assert set(error) == {"status", "what", "why", "fix"} and error["status"] == response.status_code, where


def test_hostile_strings_in_every_parameter_change_and_reveal_nothing(client, demo_db):
    before = _counts(demo_db)
    doc = client.get("/openapi.json").json()
    sent = 0
    for path, item in doc["paths"].items():
        params = item["get"].get("parameters", [])
        for value in HOSTILE:
            for p in params:
                if p["in"] == "path":
                    url = path.replace("{" + p["name"] + "}", quote(value, safe=""))
                    response = client.get(url)
                else:
                    url = f"{path}?{p['name']}=…"
                    response = client.get(path, params={p["name"]: value})
                _check(response, url)
                sent += 1
    for page, names in PAGES.items():
        for value in HOSTILE:
            for name in names:
                _check(client.get(page, params={name: value}), f"{page}?{name}=…")
                sent += 1
    assert sent > 500
    assert _counts(demo_db) == before                     # nothing was dropped or deleted
    rows = client.get("/api/events", params={"text": "' OR '1'='1"}).json()
    assert rows == []                                      # the quote is a search string, not SQL


@pytest.mark.parametrize("path", [
    "/static/../dashboard.py", "/static/%2e%2e/dashboard.py", "/static/..%2fdashboard.py",
    "/static/vendor/..%2f..%2fdashboard.py", "/static/%2e%2e%2f%2e%2e%2fsettings.py", "/static//etc/passwd",
    "/events/..%2f..%2fetc%2fpasswd", "/api/events/..%2F..%2Fetc%2Fpasswd",
])
def test_paths_cannot_leave_the_static_folder(client, path):
    response = client.get(path)
    assert response.status_code in (400, 404), path
    assert "import" not in response.text and "root:" not in response.text
