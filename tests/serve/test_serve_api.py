"""The JSON API and the pages, in process: every route answers on the demo database through the
record's query functions, and every error has the one shape, without a traceback."""
from __future__ import annotations

import pytest

from communique.record import briefing, evidence, queries
from communique.record.ask import ask

ERROR_KEYS = {"status", "what", "why", "fix"}
ROUTES = ["/api/briefing", "/api/events", "/api/events?actor=RUS&type=ACCUSE", "/api/timeline", "/api/network",
          "/api/places", "/api/sources", "/api/rounds", "/api/commitments", "/api/ask?q=Who+was+excluded%3F"]
PAGES = ["/", "/?actor=RUS&since=2025", "/timeline", "/timeline?actor=USA&status=occurred", "/network", "/map",
         "/commitments", "/rounds", "/ask", "/ask?q=Is+there+a+deadline%3F"]


def one_error(response, status: int) -> dict:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == ERROR_KEYS
    assert body["error"]["status"] == status and "\n" not in body["error"]["why"]
    assert "Traceback" not in response.text
    return body["error"]


@pytest.mark.parametrize("route", ROUTES)
def test_every_api_route_answers_json(client, route):
    response = client.get(route)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/json"
    assert response.json()


def test_the_api_returns_what_the_query_functions_return(client, demo_db, reported_twice):
    """No second query layer: each route gives exactly the library's answer."""
    assert client.get("/api/events", params={"actor": "RUS", "since": "2025"}).json() == \
        queries.events(demo_db, actor="RUS", since="2025")
    assert client.get("/api/network", params={"min_events": 2}).json() == queries.network(demo_db, min_events=2)
    assert client.get("/api/timeline", params={"type": "ASSAULT"}).json() == queries.timeline(demo_db, type="ASSAULT")
    assert client.get("/api/places").json() == queries.places(demo_db)
    assert client.get("/api/commitments", params={"kind": "threat"}).json() == \
        queries.commitments(demo_db, kind="threat")
    assert client.get(f"/api/events/{reported_twice}").json() == evidence.of_event(demo_db, reported_twice)
    assert client.get("/api/briefing", params={"actor": "USA", "as_of": "2026-01-01"}).json() == \
        briefing.situation(demo_db, actor="USA", as_of="2026-01-01")
    question = "Who leads Ukraine's delegation?"
    assert client.get("/api/ask", params={"q": question}).json() == ask(demo_db, question).to_json()


@pytest.mark.parametrize("route, status, what", [
    ("/api/events?limit=many", 400, "parameter limit"),
    ("/api/events?since=August", 400, "parameter since"),
    ("/api/events?type=BOMB", 400, "parameter type"),
    ("/api/network?min_events=0", 400, "parameter min_events"),
    ("/api/briefing?as_of=2026-13-01", 400, "parameter as_of"),
    ("/api/ask", 400, "parameter q"),
    ("/api/briefing?as_of=2026-01-01&as_of=2026-02-01", 400, "parameter as_of"),
    ("/api/commitments?actor=RUS&actor=UKR", 400, "parameter actor"),
    ("/api/events/ev-000000000000", 404, "event 'ev-000000000000'"),
    ("/api/sources?event_id=nothing", 404, "--event 'nothing'"),
    ("/api/nowhere", 404, "/api/nowhere"),
])
def test_errors_have_one_shape(client, route, status, what):
    error = one_error(client.get(route), status)
    assert error["what"] == what and error["fix"]


def test_a_write_method_is_refused_in_the_same_shape(client):
    one_error(client.post("/api/events"), 405)


def test_an_unexpected_error_is_a_one_line_500_without_traceback(client, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire\n  File 'x.py', line 1")

    monkeypatch.setattr(queries, "network", broken)
    error = one_error(client.get("/api/network"), 500)
    assert "disk on fire" not in error["why"]


def test_openapi_documents_every_route_and_the_error_shape(client):
    from communique.serve import api

    doc = client.get("/openapi.json").json()
    api_routes = {r.path for r in api.router.routes}
    assert api_routes == set(doc["paths"]) and len(api_routes) == 10
    for path, item in doc["paths"].items():
        responses = item["get"]["responses"]
        assert responses["4XX"]["content"]["application/json"]["schema"]["$ref"].endswith("/ProblemBody"), path
        assert "422" not in responses, path
    assert doc["paths"]["/api/events"]["get"]["parameters"][0]["name"] == "actor"


@pytest.mark.parametrize("page", PAGES)
def test_every_page_renders(client, page):
    response = client.get(page)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/html") and "</html>" in response.text


def test_event_detail_marks_the_event_words_and_lists_other_reports(client, reported_twice):
    detail = client.get(f"/api/events/{reported_twice}").json()
    for mention in detail["mentions"]:
        marked = [text for text, kind in mention["segments"] if kind == "event"]
        assert marked == [mention["trigger"]]
        assert "".join(text for text, _ in mention["segments"]) == mention["sentence"]
    assert detail["other_reports"] and all(o["id"] != reported_twice for o in detail["other_reports"])
    assert detail["article"]["title"] and detail["happening"]["sources"] >= 2
    page = client.get(f"/events/{reported_twice}").text
    assert '<mark class="event">' in page and 'id="other-reports"' in page


@pytest.mark.parametrize("page, said", [("/timeline?since=last+week", "--since"), ("/network?min_events=two", "min_events"),
                                        ("/?as_of=soon", "--as-of"), ("/commitments?due_before=someday", "--due-before")])
def test_a_bad_filter_on_a_page_is_a_one_line_page(client, page, said):
    response = client.get(page)
    assert response.status_code == 400 and "text/html" in response.headers["content-type"]
    assert said in response.text and "Fix:" in response.text and "Traceback" not in response.text


def test_the_app_needs_a_database_and_its_assets(tmp_path, demo_db, monkeypatch):
    from communique.errors import InputError, SetupError
    from communique.serve import assets
    from communique.serve.dashboard import create_app

    with pytest.raises(InputError, match="no such database"):
        create_app(tmp_path / "absent.duckdb")
    monkeypatch.setattr(assets, "VENDOR_DIR", tmp_path)
    with pytest.raises(SetupError, match="make setup") as err:
        create_app(demo_db)
    assert "echarts.min.js" in err.value.line()


def test_the_timeline_page_draws_at_most_its_cap_and_says_so(client, monkeypatch):
    from communique.serve import views

    assert 'id="timeline-capped"' not in client.get("/timeline").text       # the demo fits
    monkeypatch.setattr(views, "TIMELINE_ROWS", 3)
    page = client.get("/timeline").text
    assert 'id="timeline-capped"' in page and page.count('class="event-link"') == 3
