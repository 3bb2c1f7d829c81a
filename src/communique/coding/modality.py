"""Status (occurred / planned / negated / hypothetical) and attribution (speaker, hedged).

Both are read off the dependency parse around the trigger, with cue words from
`data/cues.yaml`. The rules, in order of precedence for status:
negation > condition/question > planning (auxiliary, planning verb, modifier) > occurred.
A refusal is not a negation: "refused to meet" is a REJECT that occurred, decided by the
coder before it asks for a status.

Cues count only within the trigger's scope: the heads above it up to a reporting verb, a
clause the text asserts on its own (a relative clause, a because/as clause, a participle),
or a preposition framing it as a separate happening ("during the talks"). A negation does
not cross a coordination of verbs or a time clause ("did not comment after troops fired");
a status verb (fail, plan, consider) counts only for the action it takes as content.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .arguments import apposed_head, takes_part, to_infinitive
from .columns import column, condition_mark
from .lexicon import cues
from .nlp import sentence_of

_CLAUSE_UP = {"xcomp", "ccomp", "advcl", "acl", "relcl", "pcomp", "conj", "prep", "pobj", "dobj",
              "nsubj", "nsubjpass", "attr", "oprd", "compound", "amod", "appos", "acomp"}
_NEG_WORDS = {"not", "n't", "never", "no", "neither", "nor", "without"}


def _lemma(t) -> str:
    """The lemma, repaired where the tagger's is wrong ("hoping" -> "hop")."""
    return cues()["lemma_repairs"].get(t.lower_) or t.lemma_.lower()


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
        if token.pos_ in ("VERB", "AUX") and c.dep_ in ("nsubj", "nsubjpass", "dobj") and any(
                x.dep_ == "det" and x.lower_ == "no" for x in c.children):
            return True                   # "held no talks", "no drones struck the refinery"
    if token.dep_ in ("pobj", "pcomp") and token.head.lower_ == "without":
        return True
    return False


def negated_noun(noun) -> bool:
    """'no agreement', 'without agreement'."""
    return noun.pos_ in ("NOUN", "PROPN") and _negated_here(noun)


def status(trigger, *, stop=None, sentence_text: str = "", event_type: str | None = None) -> str:
    """The status of the action named by `trigger`, reading up to the wrapper `stop`.

    For a type that names a commitment (AGREE: promise, offer, guarantee), a future reported from
    a speaker is the commitment being made: "the minister said Ankara would offer to host the next
    round" is an AGREE that occurred. A commitment others expect or schedule stays planned ("are
    expected to agree on a swap at Friday's meeting")."""
    c = cues()
    clause = _clause(trigger, stop, c)
    if _negated(clause, c):
        return "negated"
    if _hypothetical(trigger, clause, c, sentence_text):
        return "hypothetical"
    why = _planned(trigger, clause, c)
    if why == "reported" and event_type in c["commitment_types"]:
        return "occurred"
    if not why and _venue_of_future(clause, stop, c, sentence_text):
        return "planned"
    if not why and event_type == "AID" and _announced_aid(trigger, c):
        return "planned"
    return "planned" if why else "occurred"


def announced_as_under_way(verb) -> bool:
    """'the militia announced it would pause its raids', 'Hamas said it is halting rocket
    fire': an act announced as under way is declared, not yet carried out (for a retreat, the
    manual's CONCEDE); one announced as done ("had withdrawn") is done (cues announcing_verbs)."""
    c = cues()
    progressive = verb.tag_ == "VBG" and any(a.dep_ == "aux" and a.lemma_ == "be" for a in verb.children)
    return progressive and verb.dep_ == "ccomp" and _lemma(verb.head) in c["announcing_verbs"]


def _announced_aid(noun, c) -> bool:   # noun, or the verb that reads it
    """'Japan pledged a further 90 million yen in relief', 'unveiled new military aid': aid
    announced or pledged is still to be given (cues aid_pledging_verbs)."""
    if noun.pos_ == "VERB":                   # "unveiled new aid", read by the verb
        return _lemma(noun) in c["aid_pledging_verbs"]
    held = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "in" else noun   # "pounds in aid"
    if held.pos_ == "VERB":
        return _lemma(held) in c["aid_pledging_verbs"]
    held = apposed_head(held)
    return held.dep_ == "dobj" and _lemma(held.head) in c["aid_pledging_verbs"]


def _venue_of_future(clause, stop, c, sentence_text) -> bool:
    """'will be on the agenda at a NATO summit', 'could be raised during the talks': a gathering
    where a planned or possible act is to take place is itself scheduled."""
    top = clause[-1]
    prep = top.head
    if top.dep_ != "pobj" or top.pos_ not in ("NOUN", "PROPN") or prep.lower_ not in c["venue_preps"] \
            or prep.head.i == prep.i or stop is not None and prep.head.i == stop.i:
        return False
    return status(prep.head, stop=stop, sentence_text=sentence_text) in ("planned", "hypothetical")


def _clause(trigger, stop, c) -> list:
    """The trigger and the heads above it that can change its status: stop climbing at a
    reporting verb, at a frame preposition ("during the talks" is its own happening), and do not
    pass from an event noun to a verb that is not about the event happening, nor to a verb whose
    object the event already is ("help end the bombardment" presupposes the bombardment)."""
    tokens = chain(trigger, stop=stop)
    if stop is not None and stop in tokens:
        tokens = tokens[:tokens.index(stop)]
    passing = c["light_verbs"] | c["continuing_verbs"]
    clause = []
    for n, t in enumerate(tokens):
        below = tokens[n - 1] if n else None
        if below is not None and below.pos_ in ("NOUN", "PROPN") and below.dep_ in ("nsubj", "nsubjpass", "dobj"):
            if below.dep_ == "dobj" and _lemma(t) in c["presupposing_verbs"]:
                break
            if _lemma(t) not in passing and not (n == 1 and any(_lemma(t) in v for v in c["status_verbs"].values())):
                break
        if t.dep_ == "prep" and n and (t.lower_ in c["frame_preps"] or t.lower_ in c["venue_preps"]
                                       and below.dep_ == "pobj" and below.pos_ in ("NOUN", "PROPN")):
            break
        if t.dep_ == "prep" and n and below.pos_ in ("NOUN", "PROPN") and takes_part(t.head):
            break                         # "was not involved in the negotiations": they took place
        clause.append(t)
        if t.dep_ == "advcl" and any(x.dep_ == "mark" and x.lower_ in c["asserting_marks"] for x in t.children):
            break
        if t.dep_ == "advcl" and t.tag_ == "VBG" and not any(x.dep_ in ("mark", "aux") for x in t.children):
            break                         # "will not attend, accusing the organisers of bias"
        if t.dep_ == "relcl" and any(x.dep_ in ("nsubj", "nsubjpass") for x in t.children):
            break                         # "might join the summit, a claim which Washington rejected"
        if t.i != trigger.i and _lemma(t) in c["speech_verbs"]:
            break
    return clause


# Links from an action up to a verb that make the action the verb's content: "failed to reach",
# "refrained from striking", "cancelled the meeting", "the talks were postponed".
_CONTENT_LINKS = {"xcomp", "ccomp", "dobj", "nsubjpass", "prep", "pcomp", "pobj", "acomp", "acl"}
_CONTENT_PREPS = {"from", "on", "of", "to", "for", "over", "about", "into"}


def _governs(clause, n) -> bool:
    """clause[n] takes the clause below it as its content, so its meaning (fail, plan, consider)
    sets the action's status; a verb reached through a coordination, a subject or a 'with'
    phrase does not ("the talks were suspended, with both sides accusing each other")."""
    if not n:
        return False
    below = clause[n - 1]
    if below.dep_ == "prep":
        return below.lower_ in _CONTENT_PREPS
    return below.dep_ in _CONTENT_LINKS


def _negated(clause, c) -> bool:
    """A negation reaches the action through its own clause and the verbs it is content of, but not
    across a coordination ("did not sign the communique and accused Moscow ...") or an adverbial
    clause with a subordinator ("did not reach a deal, as Hungary vetoed ..."), except one the
    negation is about ("will not lift its veto until Skopje changes the constitution": a refusal
    whose term is the clause)."""
    for n, t in enumerate(clause):
        below = clause[n - 1] if n else None
        if below is not None and _scope_ends(below):
            return False
        if t.pos_ in ("VERB", "AUX", "NOUN", "ADJ", "PROPN") and _negated_here(t):
            return True
        if _lemma(t) in c["status_verbs"]["negated"] and (_governs(clause, n) or (
                below is not None and below.dep_ == "nsubj" and _lemma(t) in c["failing_verbs"])):
            return True
        if _yet_to(t):
            return True
    return False


def _scope_ends(t) -> bool:
    """`t` is joined to its head as a separate assertion, not as its content."""
    if t.dep_ == "conj":                  # "did not send tanks and missiles": nouns share it
        return (t.pos_ in ("VERB", "AUX") or t.head.pos_ in ("VERB", "AUX")) and not any(
            x.dep_ in ("cc", "preconj") and x.lower_ in ("or", "nor", "neither", "either")
            for x in [*t.head.children, *t.children])
    return t.dep_ == "advcl" and any(x.dep_ == "mark" and x.lower_ not in cues()["negation_marks"]
                                     for x in t.children)


def _yet_to(t) -> bool:
    """'have yet to sign', 'is yet to withdraw'."""
    return _lemma(t) in ("have", "be") and any(c.lower_ == "yet" for c in t.children) or (
        any(c.lower_ == "yet" and c.dep_ == "advmod" for c in t.children)
        and any(c.dep_ == "aux" and c.lemma_ in ("have", "be") for c in t.children)
        and to_infinitive(t))


def _prospective(verb) -> bool:
    """A passive infinitive on a noun, "to be held", "to be signed": still to happen (an active
    one is a purpose: "a deal to end the war")."""
    return to_infinitive(verb) and \
        any(x.dep_ == "auxpass" for x in verb.children)


def _reported_future(t, sentence, any_aux: bool = False) -> bool:
    """'Peskov said Putin would meet ...': 'would' in reported speech is a future, not a condition.
    With `any_aux`, only whether the clause of `t` is reported ('said it will ...')."""
    head = t
    while head.dep_ in ("conj", "xcomp") and head.head.i != head.i:
        head = head.head
    reported = head.dep_ == "ccomp" and _lemma(head.head) in cues()["speech_verbs"] or any(
        x.lower_ == "according" for x in head.children)      # "According to the spokesman, Beijing would ..."
    return reported and (any_aux or condition_mark(sentence) is None)


def _hypothetical(trigger, clause, c, sentence_text) -> bool:
    if sentence_text.rstrip().endswith("?"):
        return True
    for t in clause:
        for child in t.children:
            if child.dep_ == "mark" and child.lower_ in c["conditional_marks"]:
                return True
            if child.dep_ == "aux" and child.lower_ in c["aux"]["hypothetical"]:
                if child.lower_ in ("would", "'d") and (_reported_future(t, sentence_of(trigger)) or
                                                         t.i == trigger.i and _lemma(t) in c["polite_wishes"]):
                    continue         # "would like Beijing to act": a wish voiced now
                return True
            if child.dep_ == "advmod" and child.lower_ in c["hypothetical_adverbs"]:
                return True
        if _lemma(t) in c["status_verbs"]["hypothetical"] and _governs(clause, clause.index(t)):
            return True
    mods = {_lemma(x) for x in trigger.children if x.dep_ in ("amod", "compound", "det")}
    return bool(mods & c["noun_modifiers"]["hypothetical"])


def _planned(trigger, clause, c) -> str | None:
    """Why the action is planned: "reported" (a will/would in reported speech), "aux" (will,
    shall), "verb" (plan, schedule, expect ...), "modifier" (upcoming, next), or None."""
    sentence = sentence_of(trigger)
    for n, t in enumerate(clause):
        for child in t.children:
            if child.dep_ in ("aux", "auxpass") and child.lower_ in c["aux"]["planned"]:
                return "reported" if _reported_future(t, sentence, any_aux=True) else "aux"
            if child.dep_ == "aux" and child.lower_ in ("would", "'d") and _reported_future(t, sentence):
                return "reported"
        if _lemma(t) in c["status_verbs"]["planned"] and _governs(clause, n):
            return "verb"
        if t.lower_ in ("scheduled", "due", "set") and t.dep_ in ("acl", "amod", "acomp", "xcomp"):
            return "verb"
        if t.dep_ in ("acl", "relcl") and _prospective(t):
            return "verb"                 # "proposals to be weighed at the summit"
    # "is to visit", "are going to meet"
    for child in trigger.children:
        if child.dep_ == "aux" and child.lower_ == "to" and trigger.head.lemma_ in ("be", "go"):
            return "verb"
    mods = {_lemma(x) for x in trigger.children if x.dep_ in ("amod", "compound")}
    if mods & c["noun_modifiers"]["planned"]:
        return "modifier"
    # "talks ... scheduled to take place": a planning participle on the event noun; "talks to be
    # held in Geneva": a passive infinitive
    if any(ch.dep_ == "acl" and (_lemma(ch) in c["status_verbs"]["planned"] or _prospective(ch))
           for ch in trigger.children):
        return "verb"
    return None


# -- attribution --------------------------------------------------------------------

def _word_re(words):
    return re.compile(r"\b(" + "|".join(re.escape(w) for w in sorted(words)) + r")\b", re.I)


_HEDGE_RE = None


@lru_cache(maxsize=512)
def hedge_cue(text: str) -> str | None:
    """The first hedging word or phrase in `text`, or None (cached: every event of a sentence
    asks about the same text)."""
    global _HEDGE_RE
    if _HEDGE_RE is None:
        h = cues()["hedges"]
        _HEDGE_RE = _word_re(list(h["words"]) + list(h["phrases"]))
    m = _HEDGE_RE.search(text)
    return m.group(0) if m else None


_REPORTED = ("confirmed", "reported", "announced", "said")        # "confirmed by the ministry"
_REPORTED_DEPS = ("acl", "advcl", "relcl", "ROOT", "ccomp")


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
    lowers, deps = column(sent.doc, "LOWER"), column(sent.doc, "DEP")
    for i in range(sent.start, sent.end):
        if lowers[i] != "according" and (lowers[i] not in _REPORTED or deps[i] not in _REPORTED_DEPS):
            continue                  # neither test below can hold: no Token is built
        tok = sent.doc[i]
        if tok.lower_ == "according" and tok.i + 1 < sent.end and tok.nbor().lower_ == "to":
            obj = next((g for g in tok.nbor().children if g.dep_ == "pobj"), None)
            if obj is not None:
                return obj, "according to"
        if tok.lower_ in _REPORTED and tok.dep_ in _REPORTED_DEPS:
            agent = next((g for x in tok.children if x.dep_ == "agent" for g in x.children if g.dep_ == "pobj"), None)
            if agent is not None:
                return agent, tok.text
    return None, None
