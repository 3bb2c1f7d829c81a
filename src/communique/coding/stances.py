"""Reported unwillingness: a party said by another to want no settlement is accused by it.

"Sikorski said Moscow was not interested in peace", "the minister said Russia does not want a
ceasefire": the speaker charges the other party with bad faith (ACCUSE, speaker -> that party),
as the coders code such statements. The party itself saying so ("we are not interested in
talks") is a refusal of its own, not this. `speech._statement` asks `reported`; word lists are
data (`unwilling` in `data/cues.yaml`).
"""
from __future__ import annotations

from .lexicon import cues


def _negated(tok) -> bool:
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in tok.children)


def _subject(clause):
    return next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def reported(verb, clause, same_party) -> bool:
    """Does the reported clause headed by `clause` say that a named party other than the
    speaker (the subject of `verb`) does not want, or is not ready for, a settlement or peace?
    `same_party(a, b)` compares two noun phrases."""
    table = cues()["unwilling"]
    subj = _subject(clause)
    if subj is None or subj.pos_ == "PRON" or same_party(subj, _subject(verb)):
        return False
    lemma = clause.lemma_.lower()
    if lemma == "be":
        states = [c for c in clause.children if c.dep_ == "acomp" and c.lemma_.lower() in table["states"]]
        return bool(states) and (_negated(clause) or any(_negated(s) for s in states)) \
            and any(c.dep_ in ("prep", "xcomp") for s in states for c in s.children)   # ... in peace, to end it
    if lemma in table["verbs"] and _negated(clause):
        objs = [c for c in clause.children if c.dep_ == "dobj"]
        return any(o.lemma_.lower() in table["settlements"] for o in objs)
    return False
