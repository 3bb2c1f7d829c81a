"""Find event triggers in a parsed sentence by looking tokens up in `data/triggers.tsv`.

A row matches a token when its lemma and part of speech agree, its particle (for
"call for", "pull out") is a child of the token, and every `requires` constraint holds
on the dependency parse. The most specific matching row wins.
"""
from __future__ import annotations

from .lexicon import Trigger, triggers

_POS = {"VERB": "V", "AUX": "V", "NOUN": "N", "PROPN": "N", "ADJ": "A"}
_OBJ_DEPS = {"dobj", "obj", "attr", "oprd", "dative"}


def lemma(token) -> str:
    return token.lemma_.lower()


def objects(token) -> list:
    """The token's object heads: direct objects, prepositional objects, passive subjects,
    and for nouns their compounds and of-objects (so 'peace talks' and 'round of talks' count)."""
    out = []
    for child in token.children:
        if child.dep_ in _OBJ_DEPS or child.dep_ == "nsubjpass":
            out.append(child)
        elif child.dep_ in ("prep", "agent"):
            out.extend(g for g in child.children if g.dep_ in ("pobj", "pcomp"))
        elif child.dep_ == "compound" and token.pos_ in ("NOUN", "PROPN"):
            out.append(child)
        elif child.dep_ == "xcomp" and token.pos_ in ("VERB", "AUX"):
            out.extend(g for g in child.children if g.dep_ in _OBJ_DEPS)
    if token.dep_ in ("compound", "amod") and token.head.pos_ in ("NOUN", "PROPN"):
        out.append(token.head)
    if token.dep_ == "nsubjpass":      # "talks were held": the verb is the noun's 'object' reading
        out.append(token.head)
    return out


def _object_lemmas(token) -> set[str]:
    lemmas = set()
    for obj in objects(token):
        lemmas.add(lemma(obj))
        lemmas.update(lemma(c) for c in obj.children if c.dep_ == "compound")
        # "a round of talks", "a series of strikes"
        lemmas.update(lemma(g) for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj")
    return lemmas


def _preps(token) -> set[str]:
    return {c.lower_ for c in token.children if c.dep_ in ("prep", "prt", "agent", "dative")}


def _subjects(token) -> set[str]:
    subj = {lemma(c) for c in token.children if c.dep_ in ("nsubj", "nsubjpass")}
    if token.dep_ in ("xcomp", "conj") and not subj:
        subj = _subjects(token.head)
    return subj


def _as_complements(token) -> set[str]:
    """'described as bizarre' -> {'bizarre'}."""
    out = set()
    for child in token.children:
        if child.dep_ in ("prep", "oprd") and child.lower_ == "as":
            for g in child.subtree:
                if g.pos_ in ("ADJ", "NOUN"):
                    out.add(lemma(g))
    return out


_CHECKS = {
    "obj": _object_lemmas,
    "prep": _preps,
    "subj": _subjects,
    "as": _as_complements,
}


def _has_particle(token, trig: Trigger) -> bool:
    words = trig.lemma.split(" ")
    if len(words) == 1:
        return True
    if trig.pos == "N":   # "air strike", "hunger strike": modifier word(s) before the head noun
        mods = {lemma(c) for c in token.children if c.dep_ in ("compound", "amod", "nmod")}
        return all(w in mods for w in words[:-1])
    rest = words[1:]
    kids = {c.lower_ for c in token.children if c.dep_ in ("prt", "prep", "advmod", "dobj", "acomp", "agent")}
    return all(w in kids for w in rest)


def match(token) -> Trigger | None:
    """The most specific trigger row that fits `token`, or None."""
    pos = _POS.get(token.pos_)
    if pos is None:
        return None
    index = triggers()
    cands = list(index.get((lemma(token), pos), ()))
    if pos == "N" and token.tag_ == "VBG":
        cands += index.get((lemma(token), "V"), ())
    if not cands and pos == "V" and token.tag_ == "VBN" and token.dep_ == "amod":
        return None
    for trig in cands:
        if not _has_particle(token, trig):
            continue
        if all(key in _CHECKS and _CHECKS[key](token) & values for key, values in trig.requires):
            return trig
    return None


def find(sent) -> list[tuple[object, Trigger]]:
    """Every (token, trigger) in a sentence span, in text order."""
    out = []
    for token in sent:
        trig = match(token)
        if trig is not None:
            out.append((token, trig))
    return out
