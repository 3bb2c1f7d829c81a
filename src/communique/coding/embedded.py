"""Acts told inside another act's words, coded beside it: the act promised ("agreed to swap
1,000 prisoners": the swap, planned), the act a successful request obtained ("persuaded Moscow
to agree": the agreement), the acts of an accord's terms ("a deal under which each side will
free 300 detainees": planned) and the attack being prepared ("is preparing an offensive":
the offensive, planned, beside the preparations, which are a posture that has occurred).

`build(mention)` is the coder's own event builder for a mention of the same sentence.
"""
from __future__ import annotations

from ..article import Event
from . import arguments, counterparts, modality
from .lexicon import cues
from .mentions import WRAPPING_TYPES, Mention
from .parties import coded


def told_inside(m: Mention, wrapper: Event, build, text: str) -> list[Event]:
    """The events told inside mention `m`, whose own event is `wrapper`."""
    return _promised(m, wrapper, build, text) + _persuaded(m, wrapper, build) + _terms(m, build, text) \
        + _prepared(m, wrapper, build)


# Planned actions whose collapsed label is AGREE itself: an agreement to meet is AGREE alone.
_PROMISED_SKIP = {"CONSULT"} | WRAPPING_TYPES


def _promised(m: Mention, wrapper: Event, build, text: str) -> list[Event]:
    """'Agreed to swap 1,000 prisoners', 'promised to provide more aircraft': beside the
    agreement, the promised action itself, as planned (hypothetical when the agreement is)."""
    committed = m.token.lemma_.lower() in cues()["commitment_words"]
    if m.type != "AGREE" or wrapper.status not in ("occurred", "hypothetical") or not committed and not wrapper.condition:
        return []     # being ready for a ceasefire promises none; ready to stop "if Moscow does" offers a hypothetical one
    if m.token.tag_ == "VBN" and m.token.lemma_.lower() in cues()["stative_participles"]:
        return []     # "is committed to the 2020 truce": holding to it, not promising a new one
    out = []
    for etok, etrig in m.embedded:
        direct = etok.head.i == m.token.i or etok.head.dep_ == "prep" and etok.head.head.i == m.token.i \
            or etok.dep_ == "dobj" and etok.head.dep_ == "xcomp" and etok.head.head.i == m.token.i \
            and etok.head.lemma_.lower() in cues()["increasing_verbs"]     # "pledged to increase aid"
        if etrig.type in _PROMISED_SKIP or not direct:
            continue
        own = modality.status(etok, stop=m.token, sentence_text=text)
        if own == "negated":
            continue
        status = "hypothetical" if "hypothetical" in (wrapper.status, own) or wrapper.condition else "planned"
        # built with that status, so that its date falls on the right side ("agreed to a ceasefire
        # starting on Sunday": the coming Sunday)
        inner = build(Mention(etok, etrig, etrig.type, etrig.mode, status=status))
        if inner is None:
            continue
        inner.actor = inner.actor if coded(inner.actor) else list(wrapper.actor)
        inner.recipient = inner.recipient or ([] if etrig.type in counterparts.AT_THE_ONE_FOUGHT else   # a truce: the one fought
                                              [r for r in wrapper.recipient if r.code not in {a.code for a in inner.actor}])
        inner.status = status
        inner.promised_by = wrapper         # its recipient, guessed later, is the promise's too
        out.append(inner)
        if not wrapper.recipient and not wrapper.inferred:   # "agreed to a ceasefire with the junta": the
            mine = {a.code for a in wrapper.actor}            # agreement is with the truce's other side
            wrapper.recipient = [r for r in inner.recipient if r.code not in mine and r.code != "UNK"]
    return out


def _persuaded(m: Mention, wrapper: Event, build) -> list[Event]:
    """'Qatar persuaded both sides to accept the pause': a request that succeeded
    (`persuading_verbs`) tells that the act asked for was done, by the ones persuaded."""
    if m.type != "REQUEST" or wrapper.status != "occurred" or m.token.lemma_.lower() not in cues()["persuading_verbs"]:
        return []
    out = []
    for etok, etrig in m.embedded:
        if etok.head.i == m.token.i and etok.dep_ == "xcomp":
            inner = build(Mention(etok, etrig, etrig.type, etrig.mode, status="occurred"))
            if inner is not None and coded(inner.actor) - coded(wrapper.actor):
                inner.recipient = [r for r in inner.recipient if r.code not in coded(wrapper.actor)]   # not the persuader
                out.append(inner)
    return out


def _terms(m: Mention, build, text: str) -> list[Event]:
    """'Signed a deal under which each side will free 300 detainees', 'a pact that would see
    foreign troops pull back': an act told in a clause describing an accord's terms is planned."""
    out = []
    for etok, etrig in m.embedded:
        if etok.pos_ == "VERB" and etrig.type not in _PROMISED_SKIP and arguments.in_accord_clause(etok, m.token) \
                and modality.status(etok, stop=m.token, sentence_text=text) != "negated":
            inner = build(Mention(etok, etrig, etrig.type, etrig.mode, status="planned"))
            if inner is not None:
                inner.status = "planned"
                out.append(inner)
    return out


def _prepared(m: Mention, wrapper: Event, build) -> list[Event]:
    """'The RSF is preparing a drone attack on El-Fasher': the attack prepared (`preparing_verbs`
    with an attack for object), planned, by the one who prepares it."""
    if m.type != "MOBILIZE" or m.token.lemma_.lower() not in cues()["preparing_verbs"] or wrapper.status != "occurred":
        return []
    out = []
    for etok, etrig in m.embedded:
        if etrig.type == "ASSAULT" and etok.head.i == m.token.i and etok.dep_ == "dobj":
            inner = build(Mention(etok, etrig, etrig.type, etrig.mode, status="planned"))
            if inner is not None:
                inner.actor = inner.actor if coded(inner.actor) else list(wrapper.actor)
                inner.recipient = inner.recipient or list(wrapper.recipient)
                inner.status = "planned"
                out.append(inner)
    return out
