"""The objects that flow through the pipeline.

One `Article` travels ingest -> nlp -> code -> resolve -> store. Each stage fills
the fields it owns and leaves the rest alone:

- ingest sets `id, text, title, byline, published, url, origin`;
- nlp sets `doc` (a spaCy Doc over `text`);
- the coder appends `Event`s to `events`.

A `Skipped` stands in for an input that could not become an Article; it carries
the one-line reason shown to the user and a short `reason` code for counting.
"""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Article:
    text: str
    origin: str                      # file path, "path:line" for corpora, or "<stdin>"
    title: str | None = None
    byline: str | None = None
    published: str | None = None     # ISO date (YYYY-MM-DD; YYYY-MM when only the month is known)
    url: str | None = None
    doc: Any = None                  # spaCy Doc, set by communique.coding.nlp
    events: list["Event"] = field(default_factory=list)

    @property
    def id(self) -> str:
        """Content hash: the same text from the same url is the same article."""
        key = (self.url or "") + "\x00" + self.text
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


@dataclass
class Skipped:
    origin: str
    reason: str       # short code used for counting: empty, binary, encoding, too-large, ...
    message: str      # one line: what, why, and how to fix

    def __str__(self) -> str:
        return f"skipped {self.message}"


@dataclass
class ActorRef:
    entity_text: str
    code: str                 # ISO3, IGO/NSAG short code, or UNK
    sector: str | None = None  # GOV, MIL, REB, ...
    name: str | None = None    # the named person, when there is one
    identifier_id: str | None = None  # Wikidata id
    start: int | None = None   # character offsets in the article text
    end: int | None = None

    def to_json(self) -> dict:
        return {k: v for k, v in asdict(self).items() if k not in ("start", "end")}


@dataclass
class Place:
    place: str
    country_code: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass
class Event:
    event: str                      # PLOVER type of the action itself
    mode: str | None
    status: str                     # occurred | planned | negated | hypothetical
    actor: list[ActorRef]
    recipient: list[ActorRef]
    trigger: str                    # the words that name the action
    sentence: str
    start: int                      # character offsets of the trigger in the article text
    end: int
    sent_start: int = 0
    trigger_lemma: str = ""         # the trigger's lemma ("pledged" -> "pledge")
    date: str | None = None         # YYYY-MM or YYYY-MM-DD
    place: Place | None = None
    speaker: str | None = None
    hedged: bool = False
    cue: str | None = None          # the hedging or attribution cue
    confidence: float = 0.5
    explain: dict | None = None
    people: list[str] = field(default_factory=list)
    condition: str | None = None    # "if Russia does not end the war"
    deadline: str | None = None     # "February 1st"
    content: str | None = None      # what is requested / threatened / promised
    mentions: int = 1
    mention_sents: list[int] = field(default_factory=list)   # sentence starts of every mention
    mention_spans: list[tuple[int, int, int]] = field(default_factory=list)  # (trigger start, end, sentence start)
    mediator: list[str] = field(default_factory=list)        # codes of a host or broker (CONSULT)
    inferred: list[str] = field(default_factory=list)        # sides not read off the clause, and from where

    @property
    def symmetric(self) -> bool:
        return not self.recipient and len(self.actor) > 1
