"""The home side of repression and protest: domestic protesters, police and opposition take
their country's code (the gold conventions).

In a clause, `domestic` gives repression and protest with no foreign party the named side's
country ("Bolivian police arrested a former general", "students clashed with Armenian riot
police"). Across the article, `complete_domestic` gives unnamed police and protesters the
country whose unrest the article reports.
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache

from ..article import ActorRef
from .actors import base as actor_base, country_names
from .parties import coded, span_of

DOMESTIC_TYPES = {"COERCE", "PROTEST"}
# Acts a party may aim at its own country's other side: "the opposition accused the government",
# "police detained protesters" (the sectors differ).
HOME_ACTS = {"COERCE", "ASSAULT", "PROTEST", "MOBILIZE", "SANCTION", "REQUEST", "ACCUSE", "REJECT"}


def advice_to_its_people(kind: str, actor, recipient) -> bool:
    """'The Indian government told its nationals not to visit Iran', 'the military
    urged Israeli civilians to go to shelters': a state's advice to its own people is no act
    between parties (a state's demands on its opposition, or theirs on it, remain)."""
    return kind == "REQUEST" and bool(recipient) and bool(actor) \
        and all(a.sector in ("GOV", "MIL", "POL") for a in actor) \
        and all(r.sector == "CVL" and r.code in {a.code for a in actor} or _bare_citizens(r) for r in recipient)


def _bare_citizens(ref) -> bool:
    """'urged citizens to leave Israel': citizens of no named country, said by a state, are its own."""
    words = ref.entity_text.lower().split()
    return ref.code == "UNK" and bool(words) and words[-1] in ("citizens", "nationals") \
        and all(w in ("its", "their", "the", "all", "our") for w in words[:-1])
_PLACE_LABELS = {"GPE", "LOC", "FAC"}


def is_state(code: str) -> bool:
    return code in _state_codes()


@lru_cache(maxsize=1)
def _state_codes() -> frozenset[str]:
    return frozenset(c for c, _ in country_names())


def _is_place(ref: ActorRef, doc) -> bool:
    span = span_of(ref, doc)
    return span is not None and span.root.ent_type_ in _PLACE_LABELS


_QUANTITIES = {"dozen", "hundred", "thousand", "score", "number", "group", "handful", "million"}


def counted_people(m, cover) -> list[ActorRef]:
    """'arrested dozens of demonstrators': the people counted by a quantity object."""
    objs = [c for c in m.token.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _QUANTITIES]
    return [r for o in objs for g in o.children if g.dep_ == "prep" and g.lower_ == "of"
            for p in g.children if p.dep_ == "pobj" for r in actor_base().resolve(p, cover)]


def domestic(m, actor: list[ActorRef], recipient: list[ActorRef]) -> tuple[list, list]:
    """Repression or protest whose unnamed side belongs to the named one's country: the
    police's unnamed detainees, the protesters facing a named government or its police."""
    states = [a for a in actor if a.code != "UNK" and is_state(a.code)]
    if m.type == "ASSAULT" and states and recipient and all(r.code == "UNK" and r.sector == "OPP" for r in recipient):
        # "Iranian authorities executed two protesters", "Georgian police beat protesters":
        # a state's violence against unnamed protesters or dissidents is against its own people
        return actor, [ActorRef(r.entity_text, states[0].code, r.sector, r.name, r.identifier_id, r.start, r.end)
                       for r in recipient]
    if m.type not in DOMESTIC_TYPES:
        return actor, recipient
    people = [r for r in recipient
              if (r.sector is not None or r.name is not None) and not _is_place(r, m.token.doc)]
    if m.type == "COERCE" and states and not coded(recipient) and people:
        home = states[0].code
        recipient = [ActorRef(r.entity_text, home, r.sector, r.name, r.identifier_id, r.start, r.end)
                     for r in people]
    elif m.type == "COERCE" and m.mode in ("curfew", "martial-law") and states and not recipient:
        recipient = [ActorRef(states[0].entity_text, states[0].code, "CVL", None, None,   # a curfew or
                              states[0].start, states[0].end)]                            # emergency at home
    if m.type == "PROTEST":
        faced = [r for r in recipient if r.code != "UNK" and is_state(r.code)]
        if faced and not coded(actor):
            home = faced[0].code
            actor = [ActorRef(a.entity_text, home, a.sector or "CVL", a.name, a.identifier_id, a.start, a.end)
                     for a in actor] or [ActorRef(faced[0].entity_text, home, "CVL")]
        elif states and not coded(recipient):
            recipient = [ActorRef(states[0].entity_text, states[0].code, "GOV", None, None,
                                  states[0].start, states[0].end)]
    return actor, recipient



# Verbal conflict a state aims at its own opposition: "the authorities put pressure on political
# opponents", "the government accused dissidents of plotting".
_AT_HOME_WORDS = {"REQUEST", "ACCUSE", "THREATEN"}


def opposition_at_home(kind: str, actor: list[ActorRef], recipient: list[ActorRef]) -> list[ActorRef]:
    """The recipients of a state's demand, accusation or threat aimed only at unnamed opposition
    (sector OPP: opponents, dissidents, activists, protesters) take the state's code, as the
    coders give domestic opposition their country's."""
    states = [a for a in actor if a.code != "UNK" and is_state(a.code)]
    if kind not in _AT_HOME_WORDS or not states or not recipient or \
            not all(r.code == "UNK" and r.sector == "OPP" for r in recipient):
        return recipient
    return [ActorRef(r.entity_text, states[0].code, r.sector, r.name, r.identifier_id, r.start, r.end) for r in recipient]


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
    """'Riot police fired tear gas at the marchers': unnamed police and protesters in
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
            # "rallies answered with beatings and detentions by police": the country's authorities
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
