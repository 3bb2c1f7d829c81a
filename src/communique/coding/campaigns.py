"""The article's physical campaign: the sides a clause leaves unnamed, read across the article.

After every sentence is coded (`targets` did what each clause allows), three readings need the
whole article: unnamed police and protesters belong to the country whose unrest the article
reports (`complete_domestic`); an attack that names its target but not its doer was made by the
party the article has attacking that target, else by someone unnamed (`complete_attackers`);
and after the in-article merge, one campaign read with several targets is one event (`fold`).
"""
from __future__ import annotations

from collections import Counter

from ..article import ActorRef
from .parties import coded, union
from .targets import DOMESTIC_TYPES, is_state


# Sectors of unnamed parties that belong to the country where they act: police, protesters,
# students, residents, journalists.
_HOME_SECTORS = {"POL", "OPP", "CVL", "EDU", "MED"}


def _home_of(ev) -> str | None:
    """The state on both sides of a domestic event ('Turkish police detained Turkish students')."""
    codes = {a.code for a in ev.actor} & {r.code for r in ev.recipient}
    return next((c for c in codes if is_state(c)), None)


def _rehome(refs: list[ActorRef], code: str) -> list[ActorRef]:
    return [ActorRef(r.entity_text, code, r.sector, r.name, r.identifier_id, r.start, r.end)
            if r.code == "UNK" and r.sector in _HOME_SECTORS else r for r in refs]


def complete_domestic(events) -> None:
    """'The police used tear gas to disperse the protesters': unnamed police and protesters in
    a report on one country's unrest take that country, the one the article's other protests
    and arrests happen in (else the one its events' places lie in, when one stands out)."""
    homes = Counter(c for ev in events if ev.event in DOMESTIC_TYPES for c in [_home_of(ev)] if c)
    unrest = bool(homes)
    if not homes:
        homes = Counter(ev.place.country_code for ev in events if ev.place and ev.place.country_code)
    ranked = homes.most_common(2)
    if not ranked or len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return
    home = ranked[0][0]
    for ev in events:
        crowd_control = ev.event == "ASSAULT" and ev.mode == "crowd-control"
        if unrest and (ev.event == "COERCE" or crowd_control) and not ev.actor and not ev.recipient:
            # "protests met with mass arrests and police violence": the country's authorities
            ev.actor = [ActorRef("police" if crowd_control else "authorities", home, "POL" if crowd_control else "GOV")]
            ev.recipient = [ActorRef("protesters", home, "OPP")]
            ev.inferred = ev.inferred + ["domestic: the country of the article's unrest"]
            continue
        domestic_act = ev.event in DOMESTIC_TYPES or ev.event == "ASSAULT" and ev.mode == "crowd-control"
        if not domestic_act or coded(ev.actor) or not any(a.sector in _HOME_SECTORS for a in ev.actor):
            continue
        faced = [r.code for r in ev.recipient if r.code != "UNK" and is_state(r.code)]
        if faced and faced[0] != home:
            continue
        ev.actor, ev.recipient = _rehome(ev.actor, home), _rehome(ev.recipient, home)
        if coded(ev.actor) and not ev.recipient and ev.event == "PROTEST":
            ev.recipient = [ActorRef(ev.actor[0].entity_text, home, "GOV")]
        ev.inferred = ev.inferred + ["domestic: the country of the article's unrest"]


def _generic(ev, doc) -> bool:
    """'A military attack on Taiwan would ...': an indefinite attack noun names no happening."""
    span = doc.char_span(ev.start, ev.end, alignment_mode="expand") if doc is not None else None
    tok = span.root if span is not None else None
    return tok is not None and tok.pos_ == "NOUN" and tok.tag_ == "NN" \
        and any(c.dep_ == "det" and c.lower_ in ("a", "an", "any") for c in tok.children)


def complete_attackers(events, doc=None) -> None:
    """An attack that names its target but not its doer ("the killing of three American
    troops", "explosions in Kabul"): the party the article has attack that target, when one
    does; else an unnamed attacker, as readers and the gold conventions code unknown
    perpetrators (UNK). A detention with no named captor ("Palestinians who have been detained")
    is by the party the article has holding or freeing them."""
    attackers: dict[str, list[ActorRef]] = {}
    captors: dict[str, list[ActorRef]] = {}
    for ev in events:
        if ev.event == "ASSAULT" and coded(ev.actor) and not ev.inferred:
            where = {ev.place.country_code} if ev.place and ev.place.country_code else set()
            for code in sorted(coded(ev.recipient) | where):
                attackers.setdefault(code, [a for a in ev.actor if a.code != "UNK"])
        if ev.event in ("COERCE", "RETREAT") and coded(ev.actor) and not ev.inferred:
            for code in sorted(coded(ev.recipient)):           # who holds them is who frees them
                captors.setdefault(code, [a for a in ev.actor if a.code != "UNK"])
    for ev in events:
        if ev.event not in ("ASSAULT", "COERCE") or ev.actor or not coded(ev.recipient) \
                or ev.status != "occurred" or _generic(ev, doc):
            continue
        known = attackers if ev.event == "ASSAULT" else captors
        known = next((known[c] for c in sorted(coded(ev.recipient)) if c in known), None)
        if known:
            ev.actor = list(known)
            ev.inferred = ev.inferred + ["actor: the article's attacker of the target"]
        elif ev.event == "ASSAULT":
            ev.actor = [ActorRef("unnamed attackers", "UNK")]
            ev.inferred = ev.inferred + ["actor: unnamed"]


FOLD_TYPES = {"ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "AID", "PROTEST"}
_WEAK_NOTES = ("recipient: the place targeted", "actor: the article's attacker of the target")


def _weak(ev) -> bool:
    return any(note in ev.inferred for note in _WEAK_NOTES)


def fold(events):
    """One campaign, several readings of its target: after the in-article merge, an event of a
    physical type whose target came only from a place, or whose doer came from the article,
    and an event whose targets are a subset of another's, join the event of the same type, doer
    and status that names its targets ("Israeli airstrikes pounded Gaza" and "strikes because
    Hamas rejected..." are one ISR -> HAMAS+PSE). Events keep their text order."""
    def key(ev):
        return ev.event, frozenset(coded(ev.actor)), ev.status

    hosts = [ev for ev in events if ev.event in FOLD_TYPES and coded(ev.actor) and not _weak(ev)]
    gone = set()
    for ev in events:
        if ev.event not in FOLD_TYPES or not coded(ev.actor) or not coded(ev.recipient):
            continue
        mine = coded(ev.recipient)
        same = [h for h in hosts if h is not ev and id(h) not in gone and key(h) == key(ev)]
        wider = [h for h in same if mine < coded(h.recipient) or _weak(ev) and mine <= coded(h.recipient)]
        host = (wider or (same if _weak(ev) else []) or [None])[0]
        if host is not None:
            host.recipient = union(host.recipient, [r for r in ev.recipient if r.code != "UNK"])
            host.mentions += ev.mentions
            host.mention_sents = sorted(set(host.mention_sents) | set(ev.mention_sents))
            gone.add(id(ev))
    return [ev for ev in events if id(ev) not in gone]


def complete_beneficiaries(events, discourse=None) -> None:
    """Aid that names its giver but not who gets it ("Belgium and Norway promised to provide more
    aircraft") goes to the party the article's other aid goes to most often (on a tie, the one
    the article names most: the story's subject)."""
    given = Counter(r.code for ev in events if ev.event == "AID" and not ev.inferred
                    for r in ev.recipient if r.code != "UNK")
    if not given:
        return
    named = Counter(r.code for ref in (discourse.referents if discourse is not None else []) for r in ref.refs)
    code = max(given, key=lambda c: (given[c], named[c]))
    ref = next(r for ev in events if ev.event == "AID" for r in ev.recipient if r.code == code)
    for ev in events:
        if ev.event == "AID" and coded(ev.actor) and not ev.recipient and code not in coded(ev.actor):
            ev.recipient = [ref]
            ev.inferred = ev.inferred + ["recipient: the article's aid goes there"]
