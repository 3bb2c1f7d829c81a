"""Acts told in the passive: who did them and who underwent them.

"Talks hosted by the US" and "refugees attacked by RSF fighters" name the doer after 'by'.
A participle set off by commas after a noun is a passive too, even when the parser reads it
as the noun's own verb ("Lai, branded a separatist by Beijing, arrived in Paraguay": Beijing
brands Lai, and Lai arrives), or hangs its 'by' phrase on the participle's complement
("labeled as a 'puppet' by Moscow"). A past tense verb the parser read as an adjective of the
noun after it ("imposed sanctions and threatened military action") is the conjoined verb it is.
"""
from __future__ import annotations

from .lexicon import cues


def pobjs(token, preps):
    """The objects of a token's prepositional phrases headed by one of `preps`."""
    for child in token.children:
        if child.dep_ in ("prep", "agent", "dative") and child.lower_ in preps:
            for g in child.children:
                if g.dep_ == "pobj":
                    yield g


def is_passive(verb) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def agent_of(verb):
    return next(pobjs(verb, {"by"}), None)


def _trailing_agent(verb):
    """The 'by' phrase of a participle, or one the parser hung on the participle's complement
    when it closes the participle's phrase ("labeled as a 'puppet' by Moscow")."""
    found = agent_of(verb)
    if found is not None:
        return found
    for comp in verb.children:
        if comp.dep_ in ("dobj", "oprd", "attr"):
            heads = [comp]
        elif comp.dep_ == "prep" and comp.lower_ == "as":
            heads = [g for g in comp.children if g.dep_ == "pobj"]
        else:
            continue
        for h in heads:
            by = next(pobjs(h, {"by"}), None)
            if by is not None and by.head.i > h.i:
                return by
    return None


def reduced_passive(verb) -> bool:
    """A past participle after its noun with a 'by' agent ("refugees attacked by RSF fighters"):
    the noun undergoes the act, the agent does it. Not a state the noun is in ("detainees held by
    Israel", "areas controlled by the RSF": `state_participles`)."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN") \
        and _trailing_agent(verb) is not None and verb.lemma_.lower() not in cues()["state_participles"]


def appositive(verb):
    """The noun a participle set off by a comma tells of, when the parser made the participle
    that noun's own verb ("Lai, branded a separatist by Beijing, ..." parsed as Lai branding)
    or a verb joined to the clause before ("protests against the president, labelled a traitor
    by the party, ...", as a conjunct or an adverbial clause): the participle has a 'by' phrase, no auxiliary, and follows the noun
    and a comma. None otherwise."""
    doc = verb.doc
    if verb.tag_ not in ("VBN", "VBD") or verb.i < 2 or doc[verb.i - 1].text != "," \
            or verb.dep_ not in ("ROOT", "conj", "advcl") or verb.lemma_.lower() in cues()["state_participles"]:
        return None
    noun = doc[verb.i - 2]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ in ("compound", "npadvmod") \
            or any(c.dep_ in ("aux", "auxpass", "nsubjpass") for c in verb.children) or _trailing_agent(verb) is None:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None:
        return noun if subj.i == noun.i else None
    return noun if verb.dep_ in ("conj", "advcl") and noun.head.i != verb.i else None


def passive_agent(verb):
    """The doer named after 'by' in a reduced or appositive passive, else None."""
    if reduced_passive(verb) or appositive(verb) is not None:
        return _trailing_agent(verb)
    return None


def misparsed_conjunct(verb):
    """'imposed sanctions on the country and threatened military action', parsed with
    'threatened' as an adjective of 'action' and 'action' as the conjunct of 'imposed': a past
    tense (VBD) modifier opening a noun phrase joined to a verb is that verb's conjunct, with
    the noun as its object. The verb it is joined to, else None."""
    noun = verb.head
    if verb.dep_ != "amod" or verb.tag_ != "VBD" or noun.dep_ != "conj" or noun.head.pos_ != "VERB" \
            or verb.i != noun.left_edge.i or noun.i <= verb.i:
        return None
    return noun.head
