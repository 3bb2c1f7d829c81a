"""Acts told in the passive: who did them and who underwent them.

"Talks hosted by the US" and "refugees attacked by RSF fighters" name the doer after 'by'.
A participle set off by commas after a noun is a passive too, even when the parser reads it
as the noun's own verb ("Lai, branded a separatist by Beijing, arrived in Paraguay": Beijing
brands Lai, and Lai arrives), or hangs its 'by' phrase on the participle's complement
("labeled as a 'puppet' by Moscow"). A past tense verb the parser read as an adjective of the
noun after it ("expelled diplomats and threatened military action") is the conjoined verb it is.
A text told as signed names no signer when no 'by' follows ("the treaty was signed in 1994",
"the treaty signed in 1994"): it is not a party.
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
    """'expelled two diplomats and threatened military action', parsed with 'threatened' as
    an adjective of 'action' and 'action' as the conjunct of 'expelled': a past
    tense (VBD) modifier opening a noun phrase joined to a verb is that verb's conjunct, with
    the noun as its object. The verb it is joined to, else None."""
    noun = verb.head
    if verb.dep_ != "amod" or verb.tag_ != "VBD" or noun.dep_ != "conj" or noun.head.pos_ != "VERB" \
            or verb.i != noun.left_edge.i or noun.i <= verb.i:
        return None
    return noun.head


def bare_participle(verb) -> bool:
    """A past participle right after its noun with no subject, object or agent of its own ("the
    accord signed in May", "the treaty, ratified last year,"): the noun is what was done."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN") \
        and verb.head.i < verb.i and agent_of(verb) is None \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in verb.children)


def done_to_its_noun(verb) -> bool:
    """A passive clause on a noun that names no doer: 'the accord signed in May', 'the accord,
    which was signed in May' (the noun is what was done)."""
    if bare_participle(verb):
        return True
    return verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN") and agent_of(verb) is None and any(
        c.dep_ == "nsubjpass" and c.tag_ in ("WDT", "WP") for c in verb.children)


def signed_texts(tok, trigger, embedded) -> set[int]:
    """For a signing (a SUPPORT trigger of formal agreements, CAMEO 057: sign, ratify, initial):
    the token indices of the text signed, which is no party to it ("the treaty was signed in
    May", "the treaty signed in May", "the treaty, which was signed"). Empty for other acts."""
    if trigger is None or trigger.type != "SUPPORT" or trigger.cameo != "057":
        return set()
    out = {e.i for e, _ in embedded} | {c.i for c in tok.children if c.dep_ == "nsubjpass"}
    return out | ({tok.head.i} if done_to_its_noun(tok) else set())


def signers(tok, trigger, embedded, actors: list, recipients: list) -> tuple[list, list]:
    """Actor and recipient heads of a signing without the text signed (`signed_texts`): with no
    signer named, both may end empty, and the article's pair signs it (`counterparts`)."""
    signed = signed_texts(tok, trigger, embedded)
    if not signed:
        return actors, recipients
    actors = [h for h in actors if h.i not in signed and h.head.i not in signed]   # "the Doha treaty, signed"
    return actors, recipients if actors else [h for h in recipients if h.i not in signed]
