"""Who gives and who gets, when one clause says it: aid a receiving verb's subject gets ("M23
receives support from Rwanda"), the possessor of a giver noun ("Israel's top arms provider"),
the one thanked for support (who gave it), the one relied on or turned to for it, and the place aid is sent to
("sent aid to Gaza": the place's state). What needs the whole article (aid that names no
receiver) is in `campaigns`. Word lists are data (`relying_verbs`, `receiving_verbs`,
`beneficiary_nouns`, `crediting_verbs`, `recourse_verbs` in `data/cues.yaml`).
"""
from __future__ import annotations

from ..article import ActorRef
from . import arguments, places, roles
from .actors import base as actor_base
from .lexicon import cues
from .parties import coded, in_subtree, within


def aid_sides(m, ctx, actor: list[ActorRef], recipient: list[ActorRef]) -> tuple[list, list]:
    """Giver and getter of an aid mention, as its clause tells them."""
    actor, recipient = _clause_sides(m, ctx, actor, recipient)
    if not coded(recipient):        # "sent aid to Gaza": the place's state gets it
        recipient = aid_place(m, ctx.cover, actor) or recipient
    return actor, recipient


def _clause_sides(m, ctx, actor: list[ActorRef], recipient: list[ActorRef]) -> tuple[list, list]:
    """Who gives and who gets: 'M23 receives support from Rwanda' (the subject of a receiving
    verb gets), 'Israel's top arms provider' (the possessor of a giver noun gets; the copula's
    subject gives)."""
    tok, head = m.token, m.token.head
    if tok.pos_ == "VERB" and not any(c.dep_ == "dobj" for c in tok.children):     # "helping battle X":
        task = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp")]          # X is not helped
        recipient = [r for r in recipient if not any(in_subtree(r, c) for c in task)]
    if tok.pos_ == "VERB" and tok.lemma_.lower() in cues()["relying_verbs"]:    # "Mali relied on Wagner"
        giver = [r for g in arguments.prep_objects(tok, {"on", "upon"}) for r in roles.resolve([g], ctx, tok)[0]]
        return giver, [a for a in actor if a not in giver]
    if tok.pos_ != "NOUN":
        return actor, recipient
    sought = _sought_from(tok)
    if sought is not None:                 # "the CAR turned to Russia for military support": Russia gave it
        verb, source = sought
        giver = [r for r in roles.resolve([source], ctx, verb)[0] if r.code != "UNK"]
        subj = arguments.subject(verb)
        getter = roles.resolve([subj], ctx, verb)[0] if subj is not None else []
        if giver:
            own = coded(giver)
            return giver, [r for r in getter if r.code not in own] or [r for r in actor + recipient if r.code not in own]
    thanked = _thanked_for(tok)
    if thanked is not None:                # "thanked the US for their support": the US gave it
        giver = roles.resolve([thanked], ctx, thanked.head)[0]
        return giver, [r for r in actor + recipient if r.code not in coded(giver)]
    if tok.dep_ == "dobj" and head.lemma_.lower() in cues()["receiving_verbs"]:
        subj = arguments.subject(head)
        if subj is not None:
            getter = within(actor, subj) or roles.resolve([subj], ctx, head)[0]
            giver = [a for a in actor if a not in getter] or \
                [r for g in arguments.prep_objects(head, {"from"}) for r in actor_base().resolve(g, ctx.cover)]
            return giver, [r for r in recipient if r not in getter + giver] + getter
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    if tok.lemma_.lower() in cues()["beneficiary_nouns"] and poss is not None:
        getter = within(actor, poss) or actor_base().resolve(poss, ctx.cover)
        giver = actor if any(a not in getter for a in actor) else []
        if not giver and tok.dep_ == "attr":            # "France, which is India's main jet supplier"
            subj = arguments.subject(head)
            if subj is not None and subj.tag_ in ("WDT", "WP") and head.dep_ == "relcl":
                subj = head.head
            giver = roles.resolve([subj], ctx, head)[0] if subj is not None else []
        return [a for a in giver if a not in getter], recipient + [g for g in getter if g not in recipient]
    return actor, recipient


def _sought_from(noun):
    """'Turned to Russia for military support', 'relies on Ankara for drones': the verb of
    recourse (cues recourse_verbs) whose "for" phrase holds the aid noun, and the one turned to."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or prep.head.lemma_.lower() not in cues()["recourse_verbs"]:
        return None
    verb = prep.head
    source = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "toward", "towards", "on", "upon")
                   for g in c.children if g.dep_ == "pobj"), None)
    return (verb, source) if source is not None else None


def _thanked_for(noun):
    """The one thanked or praised for an aid noun ('thanks the US for their support')."""
    prep = noun.head
    if prep.dep_ != "prep" or prep.lower_ != "for" or prep.head.lemma_.lower() not in cues()["crediting_verbs"]:
        return None
    return next((c for c in prep.head.children if c.dep_ == "dobj"), None)


def aid_place(m, cover, actor: list[ActorRef]) -> list[ActorRef]:
    """'Sent aid to Gaza', 'flew relief supplies into Darfur', '120 million pounds in aid for Gaza':
    the state of the place aid goes to, when it is not the giver's own."""
    tok = m.token
    own = coded(actor)
    for head in [tok] + ([tok.head] if tok.dep_ in ("dobj", "pobj") and tok.head.pos_ in ("VERB", "ADP") else []):
        verb = head if head.pos_ != "ADP" else head.head
        for g in [g for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "for", "into")
                  for g in c.children if g.dep_ == "pobj"]:
            ref = places.place_ref(g, cover)
            if ref is not None and ref.code not in own:
                return [ref]
    return []
