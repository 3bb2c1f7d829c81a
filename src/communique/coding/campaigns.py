"""The article's physical campaign: the sides a clause leaves unnamed, read across the article.

After every sentence is coded (`targets` did what each clause allows), these readings need the
whole article: an attack that names its target but not its doer was made by the party the
article has attacking that target, else by someone unnamed (`complete_attackers`); aid that
names no receiver goes where the article's aid goes (`complete_beneficiaries`); and after the
in-article merge, one campaign read with several targets is one event (`fold`). Unnamed police
and protesters are `domestic`'s.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter

from ..article import ActorRef
from . import arguments
from .lexicon import cues
from .nlp import doc_text, sentences
from .parties import coded, union
from .triggers import match as trigger_of


def _generic(ev, doc) -> bool:
    """'A military attack on Taiwan would ...': an indefinite attack noun names no happening."""
    span = doc.char_span(ev.start, ev.end, alignment_mode="expand") if doc is not None else None
    tok = span.root if span is not None else None
    return tok is not None and tok.pos_ == "NOUN" and tok.tag_ == "NN" \
        and any(c.dep_ == "det" and c.lower_ in ("a", "an", "any") for c in tok.children)


_CLAIM_WORDS = re.compile(r"responsib|claim")


def claims(doc, resolve) -> list[tuple[int, list[ActorRef]]]:
    """Who owns up to an attack the clause does not name: "The Houthis claimed responsibility",
    "JNIM claimed the ambush" (cues owning_verbs), not denied or negated ("no group has claimed
    responsibility"). (sentence number, the claimer's parties) in text order; `resolve` turns
    the claimer's head token into parties."""
    if doc is None or not _CLAIM_WORDS.search(doc_text(doc).lower()):
        return []
    sents, out = sentences(doc), []
    for k, sent in enumerate(sents):
        if not _CLAIM_WORDS.search(doc_text(doc)[sent.start_char:sent.end_char].lower()):
            continue
        for tok in sent:
            if tok.dep_ != "dobj" or tok.head.pos_ != "VERB" or any(c.dep_ == "neg" for c in tok.head.children):
                continue
            owning = tok.lemma_.lower() == "responsibility" and tok.head.lemma_.lower() in cues()["owning_verbs"]
            claimed = tok.head.lemma_.lower() == "claim" and (trig := trigger_of(tok)) is not None and trig.type == "ASSAULT"
            subj = arguments.subject(tok.head) if owning or claimed else None
            if subj is None or any(c.dep_ == "det" and c.lower_ == "no" for c in subj.children):
                continue
            refs = [r for r in resolve(subj) if r.code != "UNK"]
            if refs:
                out.append((k, refs))
    return out


CLAIM_REACH = 4        # a claim covers attacks told up to this many sentences before it


def _claimed_by(ev, claimed, starts) -> list[ActorRef]:
    """The parties of the first claim in the attack's sentence or the CLAIM_REACH after it (a
    news story tells the attack, then who claimed it)."""
    k = bisect.bisect_right(starts, ev.start) - 1
    return next((refs for at, refs in claimed if 0 <= at - k <= CLAIM_REACH
                 and not coded(refs) & coded(ev.recipient)), [])


def complete_attackers(events, doc=None, claimed=()) -> None:
    """An attack that names its target but not its doer ("the killing of three American
    troops", "explosions in Kabul"): the one who claims it in that sentence or soon after
    (`claims`); else the party the article has attack that target, when one does; else an
    unnamed attacker, as readers and the gold conventions code unknown perpetrators (UNK). A
    detention with no named captor ("prisoners who had been held for years") is by the party the
    article has holding or freeing them."""
    starts = [s.start_char for s in sentences(doc)] if claimed else []
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
        if ev.event != "ASSAULT" or not claimed or coded(ev.actor) - {"UNK"} or not coded(ev.recipient) \
                or ev.status != "occurred" or _generic(ev, doc):
            continue
        owner = _claimed_by(ev, claimed, starts)       # "gunmen stormed ..." and "JNIM claimed it"
        if owner:
            ev.actor = list(owner)
            ev.inferred = ev.inferred + ["actor: the one who claimed the attack"]
    for ev in events:
        if ev.event not in ("ASSAULT", "COERCE") or ev.actor or not coded(ev.recipient) \
                or ev.status != "occurred" or _generic(ev, doc):
            continue
        known = attackers if ev.event == "ASSAULT" else captors
        known = next((known[c] for c in sorted(coded(ev.recipient)) if c in known), None)
        if known:
            ev.actor = list(known)
            ev.inferred = ev.inferred + ["actor: the article's attacker of the target"]
        elif ev.event == "ASSAULT" and ev.trigger_lemma not in cues()["mutual_fighting"]:
            ev.actor = [ActorRef("unnamed attackers", "UNK")]
            ev.inferred = ev.inferred + ["actor: unnamed"]


FOLD_TYPES = {"ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "AID", "PROTEST"}
_WEAK_NOTES = ("recipient: the place targeted", "actor: the article's attacker of the target")


def _weak(ev) -> bool:
    return any(note in ev.inferred for note in _WEAK_NOTES)


def _same_time(a, b) -> bool:
    """Dates that agree, or one unknown: a strike on July 31 is not part of last week's campaign."""
    return not (a.date and b.date and not (a.date.startswith(b.date) or b.date.startswith(a.date)))


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
        same = [h for h in hosts if h is not ev and id(h) not in gone and key(h) == key(ev) and _same_time(h, ev)]
        wider = [h for h in same if mine < coded(h.recipient) or _weak(ev) and mine <= coded(h.recipient)]
        sharing = [h for h in same if mine & coded(h.recipient)]    # a weak reading joins its own target first
        host = (wider or (sharing + same if _weak(ev) else []) or [None])[0]
        if host is not None:
            host.recipient = union(host.recipient, [r for r in ev.recipient if r.code != "UNK"])
            if ev.date and (not host.date or len(ev.date) > len(host.date) and ev.date.startswith(host.date)):
                host.date = ev.date    # "the killings last week" and "killed ... on Friday": the day
            host.mentions += ev.mentions
            host.mention_sents = sorted(set(host.mention_sents) | set(ev.mention_sents))
            gone.add(id(ev))
    return [ev for ev in events if id(ev) not in gone]


def complete_beneficiaries(events, discourse=None) -> None:
    """Aid that names its giver but not who gets it ("Belgium and Norway promised to provide more
    aircraft"), and a pledge of money ("pledged over 522 million euros to address the crisis"),
    go to the party the article's other aid goes to most often (on a tie, the one the article
    names most: the story's subject)."""
    given = Counter(r.code for ev in events if ev.event == "AID" and not ev.inferred
                    for r in ev.recipient if r.code != "UNK")
    if not given:
        return
    named = Counter(r.code for ref in (discourse.referents if discourse is not None else []) for r in ref.refs)
    code = max(given, key=lambda c: (given[c], named[c]))
    ref = next(r for ev in events if ev.event == "AID" for r in ev.recipient if r.code == code)
    for ev in events:
        if (ev.event == "AID" or getattr(ev, "pledged_money", False)) and coded(ev.actor) and not ev.recipient \
                and code not in coded(ev.actor):
            ev.recipient = [ref]
            ev.inferred = ev.inferred + ["recipient: the article's aid goes there"]
