"""The HTML pages: each reads its query strings, calls the same record functions as the API, and
renders a template from `templates/`. Charts (timeline, network, map, the briefing's months) are
drawn in the browser by `static/dashboard.js` from the rows the page embeds (the same JSON the
API gives), with the libraries in `static/vendor/`. An empty form field means "no filter".
"""
from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from ..coding import lexicon
from ..errors import InputError
from ..record import ask as asking
from ..record import briefing, evidence, queries
from .assets import basemap_ids

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

TIMELINE_ROWS = 2000     # the timeline page draws at most this many events (oldest first); filters narrow it
QUADS = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
PAGES = (("briefing", "/", "Briefing"), ("timeline", "/timeline", "Timeline"), ("network", "/network", "Network"),
         ("map", "/map", "Map"), ("commitments", "/commitments", "Commitments"), ("rounds", "/rounds", "Rounds"),
         ("ask", "/ask", "Ask"))


def _filters(request: Request, *names: str) -> dict[str, str | None]:
    """The named query strings, stripped, with empty ones as None."""
    return {n: (request.query_params.get(n) or "").strip()[:300] or None for n in names}


def _page(request: Request, template: str, page: str, **context):
    return request.app.state.templates.TemplateResponse(
        request, template, {"page": page, **context})


@router.get("/")
def briefing_page(request: Request):
    f = _filters(request, "actor", "country", "since", "until", "topic", "as_of")
    return _page(request, "briefing.html", "briefing", f=f, b=briefing.situation(request.app.state.db, **f))


@router.get("/timeline")
def timeline_page(request: Request):
    f = _filters(request, "actor", "type", "status", "since", "until", "place")
    rows = queries.events(request.app.state.db, limit=TIMELINE_ROWS, **f)
    return _page(request, "timeline.html", "timeline", f=f, rows=rows, capped=len(rows) == TIMELINE_ROWS,
                 types=sorted(lexicon.plover()["types"]), statuses=queries.STATUSES)


@router.get("/network")
def network_page(request: Request):
    f = _filters(request, "min_events")
    f["min_events"] = f["min_events"] or "1"
    if not f["min_events"].isdigit() or int(f["min_events"]) < 1:
        raise InputError(f"min_events {f['min_events']!r}", "not a whole number of at least 1", "pass 1, 2, 3, ...")
    rows = queries.network(request.app.state.db, min_events=int(f["min_events"]))
    return _page(request, "network.html", "network", f=f, rows=rows)


@router.get("/map")
def map_page(request: Request):
    f = _filters(request, "actor", "type", "status", "since", "until")
    rows = queries.places(request.app.state.db, **f)
    return _page(request, "map.html", "map", f=f, rows=rows, types=sorted(lexicon.plover()["types"]),
                 statuses=queries.STATUSES, ids=basemap_ids(r["country_code"] for r in rows))


@router.get("/commitments")
def commitments_page(request: Request):
    f = _filters(request, "kind", "status", "actor", "due_before")
    rows = queries.commitments(request.app.state.db, **f)
    return _page(request, "commitments.html", "commitments", f=f, rows=rows)


@router.get("/rounds")
def rounds_page(request: Request):
    f = _filters(request, "place")
    return _page(request, "rounds.html", "rounds", f=f, rows=queries.rounds(request.app.state.db, **f))


@router.get("/events/{event_id}")
def event_page(request: Request, event_id: str):
    return _page(request, "event.html", "event", e=evidence.of_event(request.app.state.db, event_id[:64]))


@router.get("/ask")
def ask_page(request: Request):
    q = _filters(request, "q")["q"]
    answer = asking.ask(request.app.state.db, q).to_json() if q else None
    return _page(request, "ask.html", "ask", q=q, answer=answer)
