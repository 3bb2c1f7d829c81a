"""Negotiation rounds: each round of talks with its place, date, mediator, participants,
delegation heads, members reported but unconfirmed, parties excluded, and outcome.

A round is a CONSULT event with a place or a date (one per happening after merging). The roster
details are read from the sentences around it, with the cues in `data/ledger.yaml`:

- delegation heads: "Ukraine's delegation, led by Rustem Umerov" -> {UKR: Rustem Umerov};
- unconfirmed members: people named in a sentence that calls a delegation's composition
  unconfirmed, attached to the nearest preceding round that has not happened yet;
- excluded: the objects of exclude/sideline verbs, or of a negated "include", in a sentence
  about the round (or the sentence right after one), e.g. "excluding key European players";
- outcome: the phrase the text uses in a sentence about the round ("ended without a breakthrough").
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

from ..coding.actors import base as actor_base
from ..article import Article, Event
from .ledger import cues
from ..coding.nlp import sentences
from ..coding.serialize import event_id


@dataclass
class Round:
    id: str
    place: str | None
    country_code: str | None
    date: str | None
    status: str
    participants: list[str]
    mediator: list[str] = field(default_factory=list)
    excluded: list[str] = field(default_factory=list)
    delegation_heads: dict[str, str] = field(default_factory=dict)
    unconfirmed_members: dict[str, list[str]] = field(default_factory=dict)
    outcome: str | None = None
    people: list[str] = field(default_factory=list)
    event_id: str = ""

    def to_json(self) -> dict:
        return asdict(self)


def _lemma(t) -> str:
    return t.lemma_.lower()


def _codes_of(token, cover) -> list[str]:
    return [r.code for r in actor_base().resolve(token, cover) if r.code != "UNK"]


def _delegation_heads(sent, cover) -> dict[str, str]:
    """'Ukraine's delegation, led by Rustem Umerov' and 'Umerov, who heads Ukraine's team'."""
    c = cues()["rounds"]
    out = {}
    for tok in sent:
        if _lemma(tok) in c["lead_verbs"] and tok.dep_ in ("acl", "relcl", "ROOT", "ccomp"):
            noun = tok.head if tok.dep_ in ("acl", "relcl") else next(
                (x for x in tok.children if x.dep_ == "dobj"), None)
            leader = next((g for x in tok.children if x.dep_ == "agent" for g in x.children if g.dep_ == "pobj"), None)
            if leader is None:
                leader = next((x for x in tok.children if x.dep_ == "nsubj"), None)
            if noun is None or leader is None or _lemma(noun) not in c["delegation_nouns"]:
                continue
            codes = _codes_of(noun, cover)
            person = [r for r in actor_base().resolve(leader, cover) if r.name]
            if codes and person:
                out[codes[0]] = person[0].name
    return out


def _excluded(sent, cover) -> list[str]:
    c = cues()["rounds"]
    out = []
    for tok in sent:
        lemma = _lemma(tok)
        negated_include = lemma in c["include_verbs"] and any(x.dep_ == "neg" for x in tok.children)
        if lemma in c["exclude_verbs"] or negated_include:
            objs = [x for x in tok.children if x.dep_ in ("dobj", "nsubjpass", "pobj")]
            if lemma in c["exclude_verbs"] and tok.tag_ == "VBN" and not objs:
                objs = [x for x in tok.children if x.dep_ == "nsubj"] or ([tok.head] if tok.dep_ in ("amod", "acl") else [])
            for obj in objs:
                out += _codes_of(obj, cover) or _demonym_codes(obj, cover)
    return list(dict.fromkeys(out))


def _demonym_codes(obj, cover) -> list[str]:
    """'significant European representation' -> EUR, from a demonym inside the phrase."""
    for t in obj.subtree:
        if t.i in cover:
            return [cover[t.i][2].code]
    return []


def _unconfirmed(sent, cover) -> dict[str, list[str]]:
    c = cues()["rounds"]
    text = sent.text.lower()
    if not any(w in text for w in c["unconfirmed"]):
        return {}
    delegation = next((t for t in sent if _lemma(t) in c["delegation_nouns"]), None)
    if delegation is None:
        return {}
    codes = _codes_of(delegation, cover)
    people = []
    for i in range(sent.start, sent.end):
        if i in cover and cover[i][2].kind == "person" and cover[i][2].name not in people:
            people.append(cover[i][2].name)
    return {codes[0]: people} if codes and people else {}


def _outcome(sent) -> str | None:
    text = sent.text.lower()
    for phrase in cues()["rounds"]["outcomes"]:
        if phrase in text:
            return phrase
    return None


def rounds(article: Article, events: list[Event] | None = None) -> list[Round]:
    events = article.events if events is None else events
    doc = article.doc
    cover = actor_base().mentions(doc)
    sents = sentences(doc)
    starts = [s.start_char for s in sents]
    talks = [e for e in events if e.event == "CONSULT" and (e.place or e.date)]
    out: dict[int, Round] = {}
    for e in talks:
        out[id(e)] = Round(
            id="rd-" + event_id(article, e)[3:], place=e.place.place if e.place else None,
            country_code=e.place.country_code if e.place else None, date=e.date, status=e.status,
            participants=[a.code for a in e.actor + e.recipient if a.code != "UNK"],
            mediator=list(e.mediator), people=list(e.people), event_id=event_id(article, e))
    for i, sent in enumerate(sents):
        here = [e for e in talks if sent.start_char in e.mention_sents]
        before = [e for e in talks if min(e.mention_sents or [10**9]) <= sent.start_char]
        prev_sent = [e for e in talks if i and starts[i - 1] in e.mention_sents]
        for e in here:
            r = out[id(e)]
            r.delegation_heads.update(_delegation_heads(sent, cover))
            r.outcome = r.outcome or _outcome(sent)
        target = here or prev_sent
        for e in target[:1]:
            r = out[id(e)]
            r.excluded = list(dict.fromkeys(r.excluded + [c for c in _excluded(sent, cover) if c not in r.participants]))
        unconfirmed = _unconfirmed(sent, cover)
        if unconfirmed:
            upcoming = [e for e in before if e.status in ("planned", "hypothetical")]
            if upcoming:
                r = out[id(upcoming[-1])]
                for code, names in unconfirmed.items():
                    r.unconfirmed_members.setdefault(code, [])
                    r.unconfirmed_members[code] += [n for n in names if n not in r.unconfirmed_members[code]]
    return list(out.values())
