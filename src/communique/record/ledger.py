"""The commitments ledger: promises, offers, requests, demands, threats and ultimatums.

Each commitment comes from one coded event (REQUEST, THREATEN or AGREE) and keeps who -> whom,
what, by when and on what condition. Its status is read from the rest of the record:

- fulfilled: an offer or promise to meet, followed by talks between the same parties that took
  place (or any later event of the promised type between them);
- unclear: the text itself says the commitment's state is unclear ("the current status of that
  deadline is unclear");
- lapsed: a stated deadline passed before the article was published, with nothing fulfilling it;
- pending: a deadline still ahead, or a condition that has not been met;
- unknown: nothing in the record says (e.g. a deadline with no year and no publication date).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from functools import lru_cache
from importlib import resources

import yaml

from ..coding import dates
from ..article import Article, Event
from ..coding.nlp import sentences
from ..coding.serialize import event_id

COMMITTING = {"REQUEST", "THREATEN", "AGREE"}


@lru_cache(maxsize=1)
def cues() -> dict:
    with (resources.files("communique.record") / "data" / "ledger.yaml").open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@dataclass
class Commitment:
    id: str
    kind: str
    by: list[str]
    to: list[str]
    content: str | None
    deadline: str | None
    condition: str | None
    status: str
    event_id: str
    sentence: str
    hedged: bool
    fulfilled_by: str | None = None
    date: str | None = None
    people: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return asdict(self)


def kind_of(event: Event) -> str:
    """request / demand / threat / ultimatum / offer / promise / agreement, by trigger lemma."""
    table = cues()["kinds"][event.event]
    for kind, words in table.items():
        if event.trigger_lemma in words:
            return kind
    if event.event == "THREATEN" and event.deadline:
        return "ultimatum"
    return next(k for k, words in table.items() if not words)


def _codes(refs) -> list[str]:
    return [r.code for r in refs]


def _fulfilment(event: Event, kind: str, events: list[Event]) -> Event | None:
    """A later CONSULT (for offers to meet) or same-type action between the same parties."""
    if kind not in ("offer", "promise", "agreement"):
        return None
    parties = set(_codes(event.actor)) | set(_codes(event.recipient))
    wants_meeting = "meet" in (event.content or "").lower() or "talk" in (event.content or "").lower()
    for other in events:
        if other is event or other.status != "occurred":
            continue
        if wants_meeting and other.event != "CONSULT":
            continue
        if not parties <= set(_codes(other.actor)) | set(_codes(other.recipient)):
            continue
        if event.date and other.date and other.date < event.date[: len(other.date)]:
            continue
        return other
    return None


def _unclear(event: Event, article: Article) -> bool:
    """The text calls this commitment's state unclear (in its own sentence or one naming it again)."""
    words = cues()["unclear"]
    trigger = event.trigger.lower()
    for sent in sentences(article.doc) if article.doc is not None else []:
        text = sent.text.lower()
        if any(w in text for w in words) and (sent.start_char in event.mention_sents or trigger in text):
            return True
    return False


def _deadline_status(event: Event, published: str | None) -> str | None:
    if not event.deadline:
        return None
    due = dates.parse(event.deadline, published, prefer="future")
    if due is None or not published:
        return "unknown"
    return "lapsed" if due < published[: len(due)] else "pending"


def commitments(article: Article, events: list[Event] | None = None) -> list[Commitment]:
    """The commitments stated in one coded article."""
    events = article.events if events is None else events
    out = []
    for event in events:
        if event.event not in COMMITTING or event.status not in ("occurred", "planned"):
            continue
        kind = kind_of(event)
        done = _fulfilment(event, kind, events)
        if done is not None:
            status = "fulfilled"
        elif _unclear(event, article):
            status = "unclear"
        else:
            status = _deadline_status(event, article.published) or ("pending" if event.condition or kind in ("threat", "ultimatum", "promise", "offer") else "unknown")
        eid = event_id(article, event)
        out.append(Commitment(
            id="cm-" + eid[3:], kind=kind, by=_codes(event.actor), to=_codes(event.recipient),
            content=event.content, deadline=event.deadline, condition=event.condition, status=status,
            event_id=eid, sentence=event.sentence, hedged=event.hedged,
            fulfilled_by=event_id(article, done) if done is not None else None,
            date=event.date, people=event.people))
    return out
