"""Whom an appeal, offer or demand is addressed to when its phrase does not say it plainly:
the doer a demanded act's noun names ("demanded his resignation": him), the one who answers
or resists an appeal ("would study the Kremlin's demands"), the one an offer is made to
("in spite of an offer of help from Tokyo", Seoul). Heads of the parse, as in `arguments`.
"""
from __future__ import annotations

from . import arguments
from .lexicon import cues


def doer_asked(tok):
    """'demanded his resignation', 'called for the resignation of the prime minister': the one
    asked is the one the demanded act's noun names as its doer (its possessor or its "of"
    phrase), for nouns of one's own act (`own_act_nouns`; not "his release", which asks his
    captors). Returns the noun and the doers' heads."""
    for noun in (c for c in tok.children if c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ == "for"):
        noun = next((g for g in noun.children if g.dep_ == "pobj"), None) if noun.dep_ == "prep" else noun
        if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() not in cues()["own_act_nouns"]:
            continue
        doers = [c for c in noun.children if c.dep_ == "poss"] or [
            g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        if doers:
            return noun, doers
    return None, []


def offer_addressees(kind: str, noun, offerers, recipients) -> list:
    """The ones an offer (AGREE) or appeal (REQUEST) noun is made to: those its phrase names,
    else the subject of the clause it sits in (`offered_to`). What an appeal asks for or is about
    ("demands for a ceasefire", "pressure over escalation") is no addressee, and an appeal is
    taken to be made to the clause's subject only when that subject answers it ("would study the
    Kremlin's demands", "ignored appeals", "responding to U.S. pressure", cues heeding_verbs) or
    goes against it ("despite pressure from Washington, Israel refused"). Nouns: cues
    offer_nouns, appeal_nouns."""
    c, lemma = cues(), noun.lemma_.lower()
    if kind == "AGREE" and lemma in c["offer_nouns"]:
        return recipients or offered_to(noun, offerers)
    if kind == "REJECT" and lemma in c["objection_nouns"] and not recipients and _hindrance(noun):
        return offered_to(noun, offerers)   # "has to wait because of opposition from Hungary": to the waiter
    if kind != "REQUEST" or lemma not in c["appeal_nouns"]:
        return recipients
    if any(not (r.dep_ == "pobj" and r.head.lower_ in ("for", "over", "about") and r.pos_ == "NOUN") for r in recipients):
        return recipients
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    despite = any(a.lower_ in ("despite", "notwithstanding") or a.lower_ == "of" and a.head.lower_ == "spite"
                  for a in noun.ancestors if verb is None or a.i != verb.i and verb in a.ancestors)
    if despite or verb is not None and verb.lemma_.lower() in c["heeding_verbs"]:
        return offered_to(noun, offerers)
    return recipients


def _hindrance(noun) -> bool:
    """Is the noun in a phrase of cause or hindrance of its clause ('because of', 'due to',
    'despite', 'in the face of', cues hindrance_preps)?"""
    prep, words = noun.head, cues()["hindrance_preps"]
    return noun.dep_ == "pobj" and (prep.lower_ in words["single"]
                                    or prep.lower_ in ("to", "of") and prep.head.lower_ in words["before"])


def offered_to(noun, offerers) -> list:
    """'Seoul ran the rescue by itself in spite of an offer of help from Tokyo': an
    offer whose clause names no one it is made to is made to the subject of the clause it sits
    in, when that is not the offerer."""
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    subj = arguments.subject(verb) if verb is not None else None
    if subj is None or any(o.i == subj.i for o in offerers) or subj.left_edge.i <= noun.i <= subj.right_edge.i:
        return []
    return [subj]


def done_as(verb) -> list:
    """'Urged Brussels to widen the embargo on Russian oil, as the EU has threatened to do':
    a verb whose content is a bare 'do' (`pro_verbs`) in an 'as' clause is about the act of the
    clause it is hung on; its recipients are that act's (Russia)."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return []
    if not any(c.dep_ == "xcomp" and c.lemma_.lower() in cues()["pro_verbs"]
               and not any(g.dep_ == "dobj" and g.lower_ not in ("so", "it", "that") for g in c.children)
               for c in verb.children):
        return []
    head = verb.head
    act = next((c for c in head.children if c.dep_ in ("xcomp", "ccomp") and c.i < verb.i), head)
    found = []
    for obj in arguments.objects(act):
        found += [obj] if obj.dep_ == "pobj" else arguments.noun_roles(obj)[1] or [obj]
    return found
