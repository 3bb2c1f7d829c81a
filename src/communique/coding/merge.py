"""One event per happening within an article, and the completeness filter.

Mentions merge when they have the same type and nothing contradicts them being one
happening: their parties overlap (or one names none: "these talks", "that summit"), and
their places and dates agree where both give one. A mention with no parties merges into
the nearest earlier compatible event, as an anaphor would. Events that still lack a doer
and a counterpart after merging are dropped: an event needs two sides.
"""
from __future__ import annotations

from collections import Counter

from ..article import Event
from .actors import base as actor_base
from .lexicon import cues
from .parties import coded, named_first, union
from .roles import PHYSICAL          # acts done, not said

ONE_SIDED_OK = {"MOBILIZE", "PROTEST"}
# Types whose different nouns name one happening ("the summit", "the talks", "the meeting").
GATHERINGS = {"CONSULT", "COOPERATE"}


def _codes(event: Event) -> set[str]:
    return coded(event.actor + event.recipient)


_UNREALIZED = {"planned", "hypothetical"}


def _places_agree(p, q) -> bool:
    """Same place, or a city and the country or state around it ("Anchorage" and "Alaska")."""
    if p.place == q.place:
        return True
    coarse = p if p.lat is None else q if q.lat is None else None
    return coarse is not None and p.country_code == q.country_code


def _same_place_and_time(a: Event, b: Event) -> bool:
    if a.place and b.place and not _places_agree(a.place, b.place):
        return False
    return not (a.date and b.date and not (a.date.startswith(b.date) or b.date.startswith(a.date)))


def _status_compatible(a: Event, b: Event) -> bool:
    return a.status == b.status or (a.status in _UNREALIZED and b.status in _UNREALIZED)


def _compatible(a: Event, b: Event) -> bool:
    """Can mention `b` be the same happening as event `a`?"""
    if a.event != b.event or not _same_place_and_time(a, b):
        return False
    if (a.mode == "phone") != (b.mode == "phone"):
        return False                 # a phone call and a meeting are two happenings
    na, nb = getattr(a, "ordinal", None), getattr(b, "ordinal", None)
    if na and nb and na != nb:
        return False                 # "the second round" and "the third round of talks"
    if a.start == b.start:
        return False                 # one word read as two events ("accused each other") stays two
    if getattr(b, "frame_host", None) in (a.start, a.end - 1) or getattr(a, "frame_host", None) in (b.start, b.end - 1):
        return False                 # "hosted Putin after talks with Zelensky": the frame is another happening
    ca, cb = _codes(a), _codes(b)
    if not cb:                       # "that summit", "these talks": an anaphor
        # but a verb with a date of its own tells another act than an undated one before it
        # ("used tear gas" ... "were abducted on October 7, 2023"); a noun may name it again
        return not (b.date and not a.date and getattr(b, "verbal", False) and a.event in PHYSICAL
                    and a.trigger_lemma != b.trigger_lemma)
    if a.place and b.place and (_status_compatible(a, b) or getattr(b, "progressive", False)):
        return True                  # same type, place and time: one happening
    if not ca & cb or not _status_compatible(a, b):
        return False
    if (a.mode == "visit") != (b.mode == "visit") and coded(a.actor) and coded(b.actor) \
            and not coded(a.actor) & coded(b.actor):
        return False                 # Europeans visiting Kyiv and Russia-Ukraine talks: the visitors are not at the talks
    aa, ab = coded(a.actor), coded(b.actor)
    if a.event not in GATHERINGS and aa and ab and not aa & ab:
        return False                 # "Qatar condemned the strike"; "Iran condemned the strike": two acts
    if a.event not in GATHERINGS and a.trigger_lemma != b.trigger_lemma and not (a.date and a.date == b.date):
        return False                 # "severe consequences" and "a ceasefire deadline" are two threats
    ra, rb = {r.code for r in a.recipient}, {r.code for r in b.recipient}
    return not (ra and rb and not ra & rb)


def _absorb(into: Event, other: Event, *, details: bool = True) -> None:
    """Fold mention `other` into event `into`. With details=False (a one-sided mention that
    only confirms the event) only its parties, people, count and status are taken."""
    into.actor = named_first(union(into.actor, other.actor))
    # a recipient that repeats an actor goes, unless its sector differs: "police detained protesters"
    acting = {(a.code, a.sector) for a in into.actor}
    into.recipient = named_first([r for r in union(into.recipient, other.recipient)
                                   if r.code not in {a.code for a in into.actor} or (r.code, r.sector) not in acting])
    if details:
        if other.place and (into.place is None or into.place.lat is None and other.place.lat is not None):
            into.place = other.place     # the more precise of two agreeing places
        if other.date and (not into.date or len(other.date) > len(into.date)):
            into.date = other.date       # the more precise of two compatible dates
        into.deadline = into.deadline or other.deadline
        into.condition = into.condition or other.condition
        into.content = into.content or other.content
    into.speaker = into.speaker or other.speaker
    into.cue = into.cue or other.cue
    into.people = sorted(set(into.people) | set(other.people))
    into.ordinal = getattr(into, "ordinal", None) or getattr(other, "ordinal", None)
    into.hedged = into.hedged and other.hedged        # one unhedged report confirms it
    into.mentions += other.mentions
    into.mention_sents = sorted(set(into.mention_sents) | set(other.mention_sents))
    into.mention_spans = sorted(set(into.mention_spans) | set(other.mention_spans))
    into.mediator = list(dict.fromkeys(into.mediator + other.mediator))
    if other.mode == "third-party" and into.event == "CONSULT" and not into.mode:
        into.mode = other.mode           # "held talks ... The meeting was chaired by Fidan": mediated talks
    into.inferred = [x for x in into.inferred if x in other.inferred]   # one clause that reads it suffices
    into._statuses = getattr(into, "_statuses", Counter([into.status]))
    into._statuses[other.status] += other.mentions
    into.confidence = max(into.confidence, other.confidence)


def merge_article(events: list[Event]) -> list[Event]:
    """Complete mentions first, those that give a date before those that do not (so that an
    undated mention cannot carry one happening's date into another's: 'the talks ... the
    peace process resumed last month'); then mentions that name no party join the nearest
    earlier compatible event, as an anaphor would; then one-sided mentions join the event
    they confirm ("Sudan's envoys are attending the Jeddah meeting")."""
    merged: list[Event] = []
    named = [ev for ev in events if _codes(ev) and complete(ev)]
    for ev in [e for e in named if e.date] + [e for e in named if not e.date]:
        target = next((m for m in merged if _compatible(m, ev)), None)
        if target is None:
            merged.append(ev)
        else:
            _absorb(target, ev)
    for ev in (e for e in events if not _codes(e)):
        earlier = sorted((m for m in merged if m.start < ev.start), key=lambda m: m.start, reverse=True)
        target = next((m for m in earlier if _compatible(m, ev) and _status_compatible(m, ev)), None)
        if target is None:
            merged.append(ev)
        else:
            _absorb(target, ev)
    for ev in (e for e in events if _codes(e) and not complete(e)):
        target = next((m for m in merged if complete(m) and _compatible(m, ev)), None)
        if target is not None:
            _absorb(target, ev, details=bool(target.place and ev.place))
    for ev in merged:
        counts = getattr(ev, "_statuses", None)
        if counts:
            ev.status = max(counts.items(), key=lambda kv: kv[1])[0]
            del ev._statuses
    return sorted((ev for ev in merged if complete(ev)), key=lambda ev: ev.start)


def complete(ev: Event) -> bool:
    """An event needs a coded party and two sides (except one-sided types)."""
    if not _codes(ev):
        return False
    if ev.event in ONE_SIDED_OK:
        return bool(ev.actor)
    if not ev.actor:
        return False
    if not ev.recipient:             # a joint event needs two distinct parties
        return len({a.code for a in ev.actor}) >= 2 or _members_meeting(ev)
    return True


def _members_meeting(ev: Event) -> bool:
    """'The NATO summit', 'a BRICS summit in Kazan': a gathering of one international body is
    its members meeting, complete with the body as its only party."""
    return ev.event == "CONSULT" and ev.trigger_lemma in cues()["assembly_nouns"] \
        and len({a.code for a in ev.actor}) == 1 and ev.actor[0].code in actor_base().bodies
