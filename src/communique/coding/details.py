"""What an event says beyond its type and parties: who is quoted, what is requested, promised
or threatened and on what condition, how sure the coder is, and which rule read it."""
from __future__ import annotations

from .mentions import Mention
from .columns import condition_mark
from .nlp import sentence_of


def speaker_text(tok) -> str | None:
    if tok is None:
        return None
    words = [t for t in tok.subtree if t.dep_ not in ("relcl", "acl") and t.i >= tok.left_edge.i]
    span = tok.doc[min(t.i for t in words): max(t.i for t in words) + 1]
    return span.text[:120]


def content(m: Mention) -> str | None:
    """What is requested, promised or threatened: the absorbed clause, or the noun phrase of a
    noun trigger ("very severe consequences")."""
    if not m.embedded:
        if m.token.pos_ in ("NOUN", "PROPN") and m.type in ("THREATEN", "REQUEST", "AGREE"):
            return m.token.doc[m.token.left_edge.i: m.token.i + 1].text.strip(" “”\"")
        return None
    first = min(m.embedded, key=lambda p: p[0].i)[0]
    top = first
    stops = {m.token.i, m.token.head.i}          # a predicate adjective's copula counts as the trigger
    while top.head.i not in stops and top.head.i != top.i:
        top = top.head
    span = top.doc[top.left_edge.i: top.right_edge.i + 1]
    return span.text.strip(" ,.")[:200]


def condition(tok) -> str | None:
    i = condition_mark(sentence_of(tok))
    if i is None:
        return None
    clause = tok.doc[i].head
    return tok.doc[clause.left_edge.i: clause.right_edge.i + 1].text.strip(" ,.")


def confidence(m: Mention, actor, recipient) -> float:
    score = 0.5
    if m.trigger is not None and m.trigger.requires:
        score += 0.2
    if actor and recipient:
        score += 0.2
    if any(a.code == "UNK" for a in actor + recipient):
        score -= 0.1
    return round(min(score, 0.95), 2)


def explanation(m: Mention) -> dict:
    trig = m.trigger
    return {
        "trigger": m.token.text,
        "lemma": m.token.lemma_.lower(),
        "pattern": None if trig is None else f"{trig.lemma}/{trig.pos} -> {trig.type}"
                                             f"{'/' + trig.mode if trig.mode else ''}"
                                             f"{' requires ' + ';'.join(k + '=' + '|'.join(sorted(v)) for k, v in trig.requires) if trig.requires else ''}",
        "wrapped": [f"{t.text} ({tr.type})" for t, tr in m.embedded],
        "rule": "wrapper verb" if m.wrapper_word else "trigger lexicon",
    }
