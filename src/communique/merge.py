"""One event per happening within an article, and the completeness filter.

Mentions merge when they have the same type and nothing contradicts them being one
happening: their parties overlap (or one names none: "these talks", "that summit"), and
their places and dates agree where both give one. A mention with no parties merges into
the nearest earlier compatible event, as an anaphor would. Events that still lack a doer
and a counterpart after merging are dropped: an event needs two sides.
"""
from __future__ import annotations

from collections import Counter

from .article import Event

ONE_SIDED_OK = {"MOBILIZE", "PROTEST"}


def _codes(event: Event) -> set[str]:
    return {a.code for a in event.actor + event.recipient if a.code != "UNK"}


def _compatible(a: Event, b: Event) -> bool:
    if a.event != b.event:
        return False
    if a.place and b.place and a.place.place != b.place.place:
        return False
    if a.date and b.date and not (a.date.startswith(b.date) or b.date.startswith(a.date)):
        return False
    ca, cb = _codes(a), _codes(b)
    if not ca or not cb:
        return a.status == b.status or not (ca and cb)
    if not ca & cb:
        return False
    if a.status != b.status and not (a.place and b.place):
        return False
    if a.recipient and b.recipient and not {r.code for r in a.recipient} & {r.code for r in b.recipient}:
        return False
    return True


def _absorb(into: Event, other: Event) -> None:
    from .coder import _union

    if into.recipient or other.recipient:
        into.actor = _union(into.actor, other.actor)
        into.recipient = _union(into.recipient, other.recipient)
    else:
        into.actor = _union(into.actor, other.actor)
    into.place = into.place or other.place
    into.date = into.date or other.date
    into.deadline = into.deadline or other.deadline
    into.condition = into.condition or other.condition
    into.content = into.content or other.content
    into.speaker = into.speaker or other.speaker
    into.people = sorted(set(into.people) | set(other.people))
    into.hedged = into.hedged and other.hedged if into.speaker else into.hedged or other.hedged
    into.mentions += other.mentions
    into._statuses = getattr(into, "_statuses", Counter([into.status]))
    into._statuses[other.status] += other.mentions
    into.confidence = max(into.confidence, other.confidence)


def merge_article(events: list[Event]) -> list[Event]:
    merged: list[Event] = []
    for ev in events:
        target = None
        if not _codes(ev):
            target = next((m for m in reversed(merged) if _compatible(m, ev)), None)
        else:
            target = next((m for m in merged if _compatible(m, ev)), None)
        if target is None:
            merged.append(ev)
        else:
            _absorb(target, ev)
    for ev in merged:
        counts = getattr(ev, "_statuses", None)
        if counts:
            ev.status = max(counts.items(), key=lambda kv: kv[1])[0]
            del ev._statuses
    return [ev for ev in merged if complete(ev)]


def complete(ev: Event) -> bool:
    """An event needs a coded party and two sides (except one-sided types)."""
    if not _codes(ev):
        return False
    if ev.event in ONE_SIDED_OK:
        return bool(ev.actor)
    if not ev.actor:
        return False
    parties = len(ev.actor) + len(ev.recipient)
    return parties >= 2
