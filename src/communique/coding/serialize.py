"""Events as PLOVER-style JSON records: the shape `extract` prints and the store keeps."""
from __future__ import annotations

import hashlib

from . import lexicon
from ..article import Article, Event


def plover_label(event_type: str, status: str) -> str:
    """The manual's collapsed label: planned or hypothetical CONSULT, SUPPORT, COOPERATE and AID
    are AGREE; a planned or hypothetical RETREAT is CONCEDE. Occurred and negated keep their type."""
    if status in ("planned", "hypothetical"):
        if event_type in ("CONSULT", "SUPPORT", "COOPERATE", "AID"):
            return "AGREE"
        if event_type == "RETREAT":
            return "CONCEDE"
    return event_type


def event_id(article: Article, event: Event) -> str:
    key = f"{article.id}:{event.start}:{event.event}"
    return "ev-" + hashlib.sha1(key.encode()).hexdigest()[:12]


def to_record(article: Article, event: Event) -> dict:
    place = event.place
    record = {
        "id": event_id(article, event),
        "date": event.date,
        "event": event.event,
        "mode": event.mode,
        "status": event.status,
        "plover_event": plover_label(event.event, event.status),
        "quad_code": lexicon.quad(event.event),
        "cameo": lexicon.cameo(event.event, event.mode),
        "goldstein": lexicon.goldstein(event.event, event.mode),
        "actor": [a.to_json() for a in event.actor],
        "recipient": [r.to_json() for r in event.recipient],
        "event_loc": {
            "place": place.place if place else None,
            "country_code": place.country_code if place else None,
            "lat": place.lat if place else None,
            "lon": place.lon if place else None,
        },
        "attribution": {"speaker": event.speaker, "hedged": event.hedged, "cue": event.cue},
        "text_info": {"sentence": event.sentence, "start": event.start, "end": event.end,
                      "trigger": event.trigger},
        "cite_info": {"url": article.url, "title": article.title, "published": article.published,
                      "origin": article.origin, "article_id": article.id},
        "people": event.people,
        "deadline": event.deadline,
        "condition": event.condition,
        "content": event.content,
        "mentions": event.mentions,
        "inferred": event.inferred,
        "confidence": event.confidence,
    }
    if event.explain is not None:
        record["explain"] = event.explain
    return record
