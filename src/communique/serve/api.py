"""The JSON API under /api/: each route is a thin handler over the query function the CLI calls
(no second query layer). Parameters are typed here so the generated OpenAPI document (/openapi.json)
says what each takes; values reach the database only as SQL parameters, in the query layer.
"""
from __future__ import annotations

from datetime import date
from typing import Literal, Optional

from fastapi import APIRouter, Depends, Path, Query, Request

from ..errors import InputError

from ..coding import lexicon
from ..record import ask as asking
from ..record import briefing, evidence, queries
from . import schemas

PloverType = Literal[tuple(sorted(lexicon.plover()["types"]))]
Status = Literal[queries.STATUSES]
Kind = Literal["request", "demand", "threat", "ultimatum", "offer", "promise", "agreement"]
Standing = Literal["pending", "fulfilled", "lapsed", "unclear", "unknown"]
PERIOD = r"^\d{4}(-\d{2}(-\d{2})?)?$"


# The shared query parameters. Each use needs its own Query object: FastAPI binds one object
# to one parameter name, so these are functions.
def Code():
    return Query(None, max_length=40, description="an actor code in any case: USA, RUS, HAMAS, UN")


def Since():
    return Query(None, pattern=PERIOD, description="YYYY, YYYY-MM or YYYY-MM-DD (the first day of the period)")


def Until():
    return Query(None, pattern=PERIOD, description="YYYY, YYYY-MM or YYYY-MM-DD (the last day of the period)")


def Words():
    return Query(None, max_length=200, description="words the evidence sentence contains (any case)")


def PlaceName():
    return Query(None, max_length=100, description="a place name or an ISO3 country code (any case)")


def one_value_each(request: Request) -> None:
    """Each parameter takes one value: `?as_of=a&as_of=b` is refused (400), not silently read as
    its last value, since the document types every parameter as a single value."""
    seen = set()
    for name, _ in request.query_params.multi_items():
        if name in seen:
            raise InputError(f"parameter {name[:40]}", "given more than once",
                             f"give {name[:40]} once; each parameter takes one value")
        seen.add(name)


router = APIRouter(prefix="/api", tags=["record"], dependencies=[Depends(one_value_each)],
                   responses={"4XX": {"model": schemas.ProblemBody,
                                      "description": "a bad parameter or an unknown id, said in one line"}})


def _db(request: Request) -> str:
    return request.app.state.db


@router.get("/briefing", response_model=schemas.Briefing, summary="the briefing for a filter")
def get_briefing(request: Request, actor: Optional[str] = Code(),
                 country: Optional[str] = Query(None, max_length=60, description="where: an ISO3 code or place name"),
                 since: Optional[str] = Since(), until: Optional[str] = Until(),
                 topic: Optional[str] = Words(),
                 as_of: Optional[date] = Query(None, description="count deadlines from this day (default today)"),
                 limit: int = Query(15, ge=1, le=500, description="at most this many rows per list")):
    return briefing.situation(_db(request), actor=actor, country=country, since=since, until=until, topic=topic,
                              as_of=as_of.isoformat() if as_of else None, limit=limit)


@router.get("/events", response_model=list[schemas.Event], summary="events matching every filter, oldest first")
def get_events(request: Request, actor: Optional[str] = Code(), recipient: Optional[str] = Code(),
               type: Optional[PloverType] = Query(None, description="own PLOVER type or collapsed label"),
               status: Optional[Status] = None,
               hedged: Optional[bool] = Query(None, description="true: hedged reports only; false: confirmed only"),
               since: Optional[str] = Since(), until: Optional[str] = Until(), place: Optional[str] = PlaceName(),
               text: Optional[str] = Words(),
               limit: int = Query(100, ge=0, le=100_000, description="at most this many; 0 for all")):
    return queries.events(_db(request), actor=actor, recipient=recipient, type=type, status=status, hedged=hedged,
                          since=since, until=until, place=place, text=text, limit=limit or None)


@router.get("/events/{event_id}", response_model=schemas.EventDetail,
            summary="one event: every mention, its source, and the other reports of the same happening")
def get_event(request: Request, event_id: str = Path(max_length=64, description="an id such as ev-0123456789ab")):
    return evidence.of_event(_db(request), event_id)


@router.get("/timeline", response_model=list[schemas.Bucket], summary="dated events per month")
def get_timeline(request: Request, actor: Optional[str] = Code(), type: Optional[PloverType] = None,
                 since: Optional[str] = Since(), until: Optional[str] = Until()):
    return queries.timeline(_db(request), actor=actor, type=type, since=since, until=until)


@router.get("/network", response_model=list[schemas.Dyad], summary="directed dyads with their balance")
def get_network(request: Request, min_events: int = Query(1, ge=1, le=1_000_000)):
    return queries.network(_db(request), min_events=min_events)


@router.get("/places", response_model=list[schemas.Place], summary="where events happened, for the map")
def get_places(request: Request, actor: Optional[str] = Code(), type: Optional[PloverType] = None,
               status: Optional[Status] = None, since: Optional[str] = Since(), until: Optional[str] = Until(),
               text: Optional[str] = Words()):
    return queries.places(_db(request), actor=actor, type=type, status=status, since=since, until=until, text=text)


@router.get("/sources", response_model=list[schemas.Source], summary="articles with the events they report")
def get_sources(request: Request, event_id: Optional[str] = Query(None, max_length=64)):
    return queries.sources(_db(request), event_id=event_id)


@router.get("/rounds", response_model=list[schemas.Round], summary="negotiation rounds, oldest first")
def get_rounds(request: Request, place: Optional[str] = PlaceName()):
    return queries.rounds(_db(request), place=place)


@router.get("/commitments", response_model=list[schemas.Commitment], summary="the ledger of commitments")
def get_commitments(request: Request, kind: Optional[Kind] = None, status: Optional[Standing] = None,
                    due_before: Optional[date] = Query(None, description="deadline before this day"),
                    actor: Optional[str] = Code()):
    return queries.commitments(_db(request), kind=kind, status=status, actor=actor,
                               due_before=due_before.isoformat() if due_before else None)


@router.get("/ask", response_model=schemas.Answer, summary="answer a question with the sentences that support it")
def get_ask(request: Request, q: str = Query(min_length=1, max_length=300, description="the question")):
    return asking.ask(_db(request), q).to_json()
