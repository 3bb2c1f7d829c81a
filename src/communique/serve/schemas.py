"""What the JSON API answers, as pydantic models: they make the OpenAPI document describe the
answers, and the fuzz test checks every answer against it. Each model mirrors the dict a
`communique.record` function returns (documented in the README); extra keys pass through.
"""
from __future__ import annotations

from typing import Optional

from pydantic import BaseModel, ConfigDict

Str = Optional[str]
Num = Optional[float]


class Row(BaseModel):
    model_config = ConfigDict(extra="allow")


class Event(Row):
    id: str
    date: Str = None
    event: str
    mode: Str = None
    status: Str = None
    plover_event: Str = None
    quad_code: Optional[int] = None
    cameo: Str = None
    goldstein: Num = None
    actor_codes: list[str]
    recipient_codes: list[str]
    place: Str = None
    country_code: Str = None
    lat: Num = None
    lon: Num = None
    speaker: Str = None
    hedged: Optional[bool] = None
    trigger: Str = None
    sentence: Str = None
    article_id: str
    url: Str = None


class Bucket(Row):
    month: str
    n: int
    cooperation: int
    conflict: int


class Dyad(Row):
    actor: str
    recipient: str
    events: int
    cooperation: int
    conflict: int
    balance: Num = None
    mean_goldstein: Num = None


class Place(Row):
    place: Str = None
    country_code: Str = None
    lat: Num = None
    lon: Num = None
    events: int
    cooperation: int
    conflict: int
    event_ids: list[str]


class Report(Row):
    id: str
    date: Str = None
    event: str
    status: Str = None
    hedged: Optional[bool] = None
    speaker: Str = None
    sentence: Str = None
    actor_codes: list[str]
    recipient_codes: list[str]


class Source(Row):
    article_id: str
    url: Str = None
    title: Str = None
    published: Str = None
    origin: Str = None
    events: list[Report]


class Round(Row):
    id: str
    place: Str = None
    date: Str = None
    status: Str = None
    participants: list[str]
    mediator: list[str]
    excluded: list[str]
    delegation_heads: dict[str, str]
    outcome: Str = None
    event_id: str


class Commitment(Row):
    id: str
    kind: str
    by: list[str]
    to: list[str]
    content: Str = None
    deadline: Str = None
    condition: Str = None
    status: str
    event_id: str
    sentence: Str = None
    hedged: Optional[bool] = None


class Mention(Row):
    start: int
    end: int
    trigger: Str = None
    sentence: str
    segments: list[list[Optional[str]]]


class Party(Row):
    role: str
    entity_text: Str = None
    code: Str = None
    sector: Str = None
    name: Str = None
    identifier_id: Str = None


class EventDetail(Event):
    cue: Str = None
    article: dict
    parties: list[Party]
    mentions: list[Mention]
    happening: Optional[dict] = None
    other_reports: list[Report]


class Due(Commitment):
    deadline_date: Str = None
    days_left: Optional[int] = None
    overdue: bool


class Seat(Row):
    code: str
    rounds: int
    where: list[str]


class Claims(Row):
    hedged: int
    confirmed: int
    attributed: int
    hedged_reports: list[dict]
    confirmed_reports: list[dict]


class Briefing(Row):
    filter: dict
    events: int
    articles: int
    cooperation: int
    conflict: int
    by_type: list[dict]
    months: list[dict]
    happened: list[dict]
    rounds: int
    at_the_table: list[Seat]
    sidelined: list[Seat]
    open_commitments: list[Due]
    claims: Claims


class Support(Row):
    sentence: str
    article_id: Str = None
    url: Str = None
    title: Str = None


class Answer(Row):
    question: str
    answer: str
    intent: str
    supports: list[Support]
    record: list[dict]


class Problem(BaseModel):
    status: int
    what: str
    why: str
    fix: Str = None


class ProblemBody(BaseModel):
    """The one error shape of the API."""
    error: Problem
