"""Status (occurred / planned / negated / hypothetical) and attribution (speaker, hedged).

Both are read off the dependency parse around the trigger, with cue words from
`data/cues.yaml`. The rules, in order of precedence for status:
negation > condition/question > planning (auxiliary, planning verb, modifier) > occurred.
A refusal is not a negation: "refused to meet" is a REJECT that occurred, decided by the
coder before it asks for a status.
"""
from __future__ import annotations

import re

from .lexicon import cues
from .nlp import sentence_of

_CLAUSE_UP = {"xcomp", "ccomp", "advcl", "acl", "relcl", "pcomp", "conj", "prep", "pobj", "dobj",
              "nsubj", "nsubjpass", "attr", "oprd", "compound", "amod", "appos"}
_NEG_WORDS = {"not", "n't", "never", "no", "neither", "nor", "without"}


def _lemma(t) -> str:
    return t.lemma_.lower()


def chain(token, stop=None):
    """The trigger and the heads above it, up to the sentence root or `stop`."""
    out = [token]
    while token.head.i != token.i and token.dep_ in _CLAUSE_UP and (stop is None or token.i != stop.i):
        token = token.head
        out.append(token)
    return out


def _negated_here(token) -> bool:
    for c in token.children:
        if c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no"):
            return True
        if c.dep_ == "advmod" and c.lower_ in ("never",):
            return True
    if token.dep_ in ("pobj", "pcomp") and token.head.lower_ == "without":
        return True
    return False


def negated_noun(noun) -> bool:
    """'no agreement', 'without agreement'."""
    return noun.pos_ in ("NOUN", "PROPN") and _negated_here(noun)


def status(trigger, *, stop=None, sentence_text: str = "") -> str:
    """The status of the action named by `trigger`, reading up to the wrapper `stop`."""
    c = cues()
    tokens = chain(trigger, stop=stop)
    if stop is not None and stop in tokens:
        tokens = tokens[:tokens.index(stop)]
    # Only the clause of the trigger: stop climbing at a reporting verb, and do not pass from
    # an event noun to a verb that is not about the event happening.
    clause = []
    for n, t in enumerate(tokens):
        if n and tokens[n - 1].pos_ in ("NOUN", "PROPN") and tokens[n - 1].dep_ in ("nsubj", "nsubjpass", "dobj") \
                and _lemma(t) not in c["light_verbs"] \
                and not (n == 1 and any(_lemma(t) in v for v in c["status_verbs"].values())):
            break
        clause.append(t)
        if t.i != trigger.i and _lemma(t) in c["speech_verbs"]:
            break
    negated = any(_negated_here(t) for t in clause if t.pos_ in ("VERB", "AUX", "NOUN", "ADJ", "PROPN"))
    negated = negated or any(_lemma(t) in c["status_verbs"]["negated"] for t in clause[1:])
    negated = negated or any(_yet_to(t) for t in clause)
    if negated:
        return "negated"
    if _hypothetical(trigger, clause, c, sentence_text):
        return "hypothetical"
    if _planned(trigger, clause, c):
        return "planned"
    return "occurred"


def _yet_to(t) -> bool:
    """'have yet to sign', 'is yet to withdraw'."""
    return _lemma(t) in ("have", "be") and any(c.lower_ == "yet" for c in t.children) or (
        any(c.lower_ == "yet" and c.dep_ == "advmod" for c in t.children)
        and any(c.dep_ == "aux" and c.lemma_ in ("have", "be") for c in t.children)
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children))


def _reported_future(t, sentence) -> bool:
    """'Peskov said Putin would meet ...': 'would' in reported speech is a future, not a condition."""
    head = t
    while head.dep_ in ("conj", "xcomp") and head.head.i != head.i:
        head = head.head
    return head.dep_ == "ccomp" and _lemma(head.head) in cues()["speech_verbs"] and not any(
        x.dep_ == "mark" and x.lower_ in ("if", "unless") for x in sentence)


def _hypothetical(trigger, clause, c, sentence_text) -> bool:
    if sentence_text.rstrip().endswith("?"):
        return True
    for t in clause:
        for child in t.children:
            if child.dep_ == "mark" and child.lower_ in c["conditional_marks"]:
                return True
            if child.dep_ == "aux" and child.lower_ in c["aux"]["hypothetical"]:
                if child.lower_ in ("would", "'d") and _reported_future(t, sentence_of(trigger)):
                    continue
                return True
            if child.dep_ == "advmod" and child.lower_ in c["hypothetical_adverbs"]:
                return True
        if t.i != trigger.i and _lemma(t) in c["status_verbs"]["hypothetical"]:
            return True
    mods = {_lemma(x) for x in trigger.children if x.dep_ in ("amod", "compound", "det")}
    return bool(mods & c["noun_modifiers"]["hypothetical"])


def _planned(trigger, clause, c) -> bool:
    for t in clause:
        for child in t.children:
            if child.dep_ in ("aux", "auxpass") and child.lower_ in c["aux"]["planned"]:
                return True
            if child.dep_ == "aux" and child.lower_ in ("would", "'d") and _reported_future(t, sentence_of(trigger)):
                return True
        if t.i != trigger.i and _lemma(t) in c["status_verbs"]["planned"]:
            return True
        if t.lower_ in ("scheduled", "due", "set") and t.dep_ in ("acl", "amod", "acomp", "xcomp"):
            return True
    # "is to visit", "are going to meet"
    for child in trigger.children:
        if child.dep_ == "aux" and child.lower_ == "to" and trigger.head.lemma_ in ("be", "go"):
            return True
    mods = {_lemma(x) for x in trigger.children if x.dep_ in ("amod", "compound")}
    if mods & c["noun_modifiers"]["planned"]:
        return True
    # "talks ... scheduled to take place": a planning participle on the event noun
    return any(ch.dep_ == "acl" and _lemma(ch) in c["status_verbs"]["planned"] for ch in trigger.children)


# -- attribution --------------------------------------------------------------------

def _word_re(words):
    return re.compile(r"\b(" + "|".join(re.escape(w) for w in sorted(words)) + r")\b", re.I)


_HEDGE_RE = None


def hedge_cue(text: str) -> str | None:
    """The first hedging word or phrase in `text`, or None."""
    global _HEDGE_RE
    if _HEDGE_RE is None:
        h = cues()["hedges"]
        _HEDGE_RE = _word_re(list(h["words"]) + list(h["phrases"]))
    m = _HEDGE_RE.search(text)
    return m.group(0) if m else None


def speaker(trigger, sent) -> tuple[object | None, str | None]:
    """(speaker head token, cue word): the subject of the nearest reporting verb above the
    trigger, the object of 'according to', or the agent of 'confirmed by'."""
    c = cues()
    for t in chain(trigger)[1:]:
        if _lemma(t) in c["speech_verbs"]:
            subj = next((x for x in t.children if x.dep_ in ("nsubj",)), None)
            if subj is None:
                subj = next((g for x in t.children if x.dep_ == "agent" for g in x.children
                             if g.dep_ == "pobj"), None)
            if subj is not None and subj.pos_ != "PRON" or subj is not None and subj.lower_ in ("he", "she", "they"):
                return subj, t.text
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < sent.end and tok.nbor().lower_ == "to":
            obj = next((g for g in tok.nbor().children if g.dep_ == "pobj"), None)
            if obj is not None:
                return obj, "according to"
        if tok.lower_ in ("confirmed", "reported", "announced", "said") and tok.dep_ in ("acl", "advcl", "relcl", "ROOT", "ccomp"):
            agent = next((g for x in tok.children if x.dep_ == "agent" for g in x.children if g.dep_ == "pobj"), None)
            if agent is not None:
                return agent, tok.text
    return None, None
