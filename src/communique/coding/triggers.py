"""Find event triggers in a parsed sentence by looking tokens up in `data/triggers.tsv`.

A row matches a token when its lemma and part of speech agree, its particle (for
"call for", "pull out") is a child of the token, and every `requires` constraint holds
on the dependency parse (`obj=`, `prep=`, `via=` the preposition an object came through,
`to=` the words of its to-clause, `inf=` the verbs of any to-infinitive, `from=` what its
"from" phrase names...; `notobj=`... none of these words; `*` any word). The most specific
matching row wins.
"""
from __future__ import annotations

from functools import lru_cache

from . import binding
from .arguments import reduced_passive, to_infinitive
from .lexicon import Trigger, cues, triggers
from .nlp import sentence_lemmas

_POS = {"VERB": "V", "AUX": "V", "NOUN": "N", "PROPN": "N", "ADJ": "A"}
_OBJ_DEPS = {"dobj", "obj", "attr", "oprd", "dative"}


def lemma(token) -> str:
    return token.lemma_.lower()


_FRAME = {"because", "of", "after", "before", "during", "amid", "amidst", "despite", "since", "until",
          "following", "over", "in", "at", "on", "by", "as", "beyond", "without"}


def objects(token) -> list:
    """The token's object heads: its direct objects (or passive subject) when it has any, else
    the objects of its prepositions; for nouns also their compounds and of-objects, so that
    'peace talks' and 'round of talks' count. Causal and temporal phrases ('because of the
    fighting') are not objects."""
    direct, oblique = [], []
    for child in token.children:
        if child.dep_ in _OBJ_DEPS or child.dep_ == "nsubjpass":
            direct.append(child)
        elif child.dep_ in ("prep", "agent"):
            frame = child.lower_ in _FRAME and not (token.pos_ in ("NOUN", "PROPN") and child.lower_ == "of")
            if not frame or child.lower_ in ("on", "over", "in", "at") and token.pos_ in ("VERB", "NOUN"):
                oblique.extend(g for g in child.children if g.dep_ in ("pobj", "pcomp"))
        elif child.dep_ == "compound" and token.pos_ in ("NOUN", "PROPN") and child.ent_type_ not in ("DATE", "TIME"):
            direct.append(child)     # "peace talks"; not "a four-year delay"
    if token.dep_ in ("compound", "amod") and token.head.pos_ in ("NOUN", "PROPN"):
        direct.append(token.head)
    if token.dep_ == "nsubjpass":      # "talks were held": the verb is the noun's 'object' reading
        direct.append(token.head)
    if reduced_passive(token):        # "a statement released by the ministry": what was released
        direct.append(token.head)
    if object_gap(token):             # "the deal Ethiopia signed": the deal is what was signed
        direct = [o for o in direct if not relative_pronoun(o)] + [token.head]
    oblique = [o for o in oblique if o.ent_type_ not in ("DATE", "TIME")]   # "on 3 March" is no march
    return direct or oblique


def object_gap(verb) -> bool:
    """A relative clause whose object is its noun: it has a subject of its own and no object
    but a relative pronoun ('the deal Ethiopia signed', 'the accord that Armenia and Azerbaijan
    signed', 'a concession Zelensky has rejected'; not 'an agreement that would see troops
    withdraw', whose subject is the relative pronoun)."""
    if verb.dep_ not in ("relcl", "acl") or verb.pos_ != "VERB" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or any(relative_pronoun(s) for s in subjects):
        return False
    return all(relative_pronoun(c) for c in verb.children if c.dep_ in _OBJ_DEPS | {"ccomp", "xcomp"})


def relative_pronoun(token) -> bool:
    return token.tag_ in ("WDT", "WP") or token.lower_ in ("that", "which", "who", "whom")


def _lemmas_of(obj) -> set[str]:
    out = {lemma(obj)}
    doc = obj.doc
    if obj.i >= 2 and doc[obj.i - 1].text == "-":     # "cease-fire" is three tokens
        out.add(doc[obj.i - 2].lower_ + obj.lower_)
        out.add(doc[obj.i - 2].lower_ + "-" + obj.lower_)
    return out


def _object_lemmas(token) -> set[str]:
    lemmas = set()
    for obj in objects(token):
        lemmas |= _lemmas_of(obj)
        lemmas.update(lemma(c) for c in obj.children if c.dep_ in ("compound", "nmod"))   # "a shelter-in-place order"
        # "a round of talks", "a series of strikes"
        lemmas.update(lemma(g) for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj")
    return lemmas


def _via(token) -> set[str]:
    """The prepositions the token's objects were reached through, when it has no direct object:
    'the war began with Russia's invasion' -> {'with'} (the invasion is the event, not the
    beginning); 'began the offensive with airstrikes' -> set()."""
    return {o.head.lower_ for o in objects(token) if o.dep_ in ("pobj", "pcomp") and o.head.head.i == token.i}


def _preps(token) -> set[str]:
    """Prepositions of the token; for a predicate adjective also those of its copula
    ("he was open to meeting": the parser hangs "to" on "was")."""
    heads = [token]
    if token.pos_ == "ADJ" and token.dep_ == "acomp":
        heads.append(token.head)
    return {c.lower_ for h in heads for c in h.children if c.dep_ in ("prep", "prt", "agent", "dative")
            and not (c.lower_ in ("on", "at", "in") and any(g.ent_type_ in ("DATE", "TIME") for g in c.children))}
    # "fired on Tuesday" is no "fired on X"; "gave Kyiv until Sunday" keeps its "until"


def _object_preps(token) -> set[str]:
    """Prepositions hanging on the token's objects ("expressed regret over the strikes": over)."""
    return {c.lower_ for obj in objects(token) for c in obj.children if c.dep_ == "prep"}


def _modifiers(token) -> set[str]:
    """'a scathing attack' -> {'scathing'}; for a verb trigger, the modifiers of its object."""
    heads = [token] + [o for o in objects(token) if token.pos_ in ("VERB", "AUX")]
    mods = [c for h in heads for c in h.children if c.dep_ in ("amod", "compound", "advmod")]
    mods += [g for c in mods if c.dep_ == "compound" for g in c.children if g.dep_ == "amod"]  # "joint war games"
    return {lemma(c) for c in mods}


def _subjects(token) -> set[str]:
    subj = {w for c in token.children if c.dep_ in ("nsubj", "nsubjpass")
            for t in (c, *(m for m in c.children if m.dep_ == "compound"))    # "Ambassador Jane Roe"
            for w in (lemma(t), t.lower_)}
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


def _to_clause(token) -> set[str]:
    """'invited the rebels to lay down their arms' -> {'lay', 'arm'}: the verbs of the token's
    to-clauses and their objects (a noun's too: "a push to reopen talks")."""
    deps = ("xcomp", "acl") if token.pos_ == "NOUN" else ("xcomp",)
    verbs = [c for c in token.children if c.dep_ in deps and c.pos_ in ("VERB", "AUX")
             and (c.dep_ == "xcomp" or to_infinitive(c))]
    return {lemma(v) for v in verbs} | {w for v in verbs for w in _object_lemmas(v)}


def _infinitives(token) -> set[str]:
    """'gave Hamas until Sunday to release the hostages' -> {'release'}: the verbs of the token's
    to-infinitive clauses, complements or purpose clauses alike ('expects Hamas to comply', where
    the parser gives the infinitive a subject of its own)."""
    return {lemma(c) for c in token.children if c.dep_ in ("xcomp", "advcl", "ccomp") and c.pos_ in ("VERB", "AUX")
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)}


def _bidden(token) -> set[str]:
    """'wants Ukraine to withdraw', 'would like Beijing to rein in' -> {'ukraine', 'withdraw'}: the
    doer and verb of a to-clause done by a named other (what the token would have another do)."""
    named = [c for c in token.children if c.dep_ == "dobj" and (c.pos_ == "PROPN" or c.ent_type_)]
    return {w for c in token.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX")
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for s in [*(s for s in c.children if s.dep_ == "nsubj"), *(named if c.dep_ == "xcomp" else ())]
            for w in (lemma(s), lemma(c))}


def _told(token) -> set[str]:
    """'ordered the envoy to leave', 'demanded that their diplomats leave' -> {'envoy', 'leave'},
    {'diplomat', 'leave'}: the verb of a clause the token asks for and the one who is to do it
    (its subject, or the token's object before a to-clause), with or without 'to'."""
    out = set()
    for c in token.children:
        if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX"):
            doers = [s for s in c.children if s.dep_ == "nsubj"]
            doers += [o for o in token.children if o.dep_ == "dobj"] if c.dep_ == "xcomp" else []
            out |= {lemma(c)} | {lemma(d) for d in doers}
    return out


def _held_in(token) -> set[str]:
    """'placed the journalist under house arrest', 'took him into custody' -> {'arrest'},
    {'custody'}: where the verb puts its object."""
    return {lemma(g) for c in token.children if c.dep_ == "prep" and c.lower_ in ("under", "in", "into")
            for g in c.children if g.dep_ == "pobj"}


def _left(token) -> set[str]:
    """'withdrew the US from the 2015 deal' -> {'deal'}: what the verb's "from" phrase names."""
    return {lemma(g) for c in token.children if c.dep_ == "prep" and c.lower_ == "from"
            for g in c.children if g.dep_ == "pobj"}


def _named_what(token) -> set[str]:
    """'what she called nightly Russian raids': the words a free relative names the thing by."""
    return {lemma(c) for c in binding.named_by_what(token)}


def _direct_objects(token) -> set[str]:
    """'warned Israel against an attack' -> {'israel'}; 'warned against the tariffs' -> set()."""
    return {lemma(c) for c in token.children if c.dep_ in ("dobj", "dative")}


def _head(token) -> set[str]:
    """'receive support': the lemma of the word the token hangs on."""
    return {lemma(token.head)} if token.head.i != token.i else set()


_CHECKS = {
    "head": _head,
    "obj": _object_lemmas,
    "prep": _preps,
    "via": _via,
    "objprep": _object_preps,
    "subj": _subjects,
    "as": _as_complements,
    "to": _to_clause,
    "inf": _infinitives,
    "bid": _bidden,
    "told": _told,
    "mod": _modifiers,
    "what": _named_what,
    "held": _held_in,
    "dobj": _direct_objects,
    "from": _left,
}


# The acts done by saying something. The verbs the tagger most often reads as plural nouns are
# such acts in headlines and quote tags ("thanks", "warns", "calls"); other verbs keep the
# tagger's reading.
SPEECH_ACTS = {"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT"}


def tagged_noun_verb(token) -> bool:
    """A noun with a subject of its own is a verb the tagger missed ("Israel thanks the US")."""
    return token.pos_ == "NOUN" and any(c.dep_ == "nsubj" for c in token.children)


def _holds(token, key: str, values, seen: dict) -> bool:
    """Does constraint `key` (with its word list) hold on `token`? `seen` keeps each check's
    words for this token, as many rows of one lemma ask the same check."""
    def words(check: str) -> set[str]:
        if check not in seen:
            seen[check] = _CHECKS[check](token)
        return seen[check]
    if key.startswith("not") and key[3:] in _CHECKS and values == {"*"}:
        return not words(key[3:])                        # "notdobj=*": no direct object at all
    if key.startswith("not") and key[3:] in _CHECKS:      # notobj, notmod, notprep: none of these
        kinds = {lemma(c) for c in token.children if c.dep_ == "compound"} if key == "notobj" and token.pos_ == "NOUN" else set()
        return not ((words(key[3:]) | kinds) & values)   # nor the noun's kind: "a shelter warning"
    if values == {"*"}:                    # "to=*": any word at all (the verb has a to-clause)
        return key in _CHECKS and bool(words(key))
    if key == "near":         # a word anywhere in the trigger's phrase ("a peacekeeping mission")
        if "near" not in seen:
            seen["near"] = {w for t in token.subtree for w in (lemma(t), t.lower_)}
        return bool(seen["near"] & values)
    return key in _CHECKS and bool(words(key) & values)


def _has_particle(token, trig: Trigger, seen: dict) -> bool:
    """Are the row's other words there? `seen` keeps the token's modifiers and particles, which
    every row of the lemma reads alike."""
    words = trig.lemma.split(" ")
    if len(words) == 1:
        return True
    if trig.pos == "N":   # "air strike", "hunger strike": modifier word(s) before the head noun
        if "particle:N" not in seen:
            seen["particle:N"] = {lemma(c) for c in token.children if c.dep_ in ("compound", "amod", "nmod")}
        mods = seen["particle:N"]
        return all(w in mods for w in words[:-1])
    rest = words[1:]
    # a verb's particle follows it closely ("called on X", "pulled its troops out"); a
    # preposition before the verb ("On Nov. 2, X called Y") is not its particle
    if "particle:V" not in seen:
        seen["particle:V"] = {c.lower_ for c in token.children
                              if c.dep_ in ("prt", "prep", "advmod", "dobj", "acomp", "agent", "oprd") and 0 < c.i - token.i <= 8
                              and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children)}   # "called X on Saturday"
    kids = seen["particle:V"]
    return all(w in kids for w in rest)


_NAME_ENTS = {"DATE", "TIME", "PERSON", "GPE", "NORP", "MONEY", "PERCENT", "CARDINAL", "ORDINAL",
              "QUANTITY", "LOC", "FAC", "LANGUAGE"}


def match(token) -> Trigger | None:
    """The most specific trigger row that fits `token`, or None. Words inside names and dates
    ("March 2022", "Strike Group") are not triggers."""
    pos = _POS.get(token.pos_)
    if pos is None or token.ent_type_ in _NAME_ENTS:
        return None
    index = triggers()
    cands = list(index.get((lemma(token), pos), ()))
    if pos == "N" and token.tag_ == "VBG":
        cands += index.get((lemma(token), "V"), ())
    elif pos == "N":                                 # "Israel thanks the US", "Seoul warns Pyongyang"
        verbs = [t for t in index.get((lemma(token), "V"), ()) if t.type in SPEECH_ACTS]
        if verbs and tagged_noun_verb(token):
            cands += verbs
    if not cands and pos == "V" and token.tag_ == "VBN" and token.dep_ == "amod":
        return None
    if pos == "N" and (_topic_of_a_paper(token) or _in_return_for(token)):
        return None
    seen: dict = {}
    # the most specific row that fits: rows tried from the most specific down (a stable sort,
    # so rows as specific as each other keep the table's order), the first that fits wins
    for t in sorted(cands, key=lambda t: t.specificity):
        if _has_particle(token, t, seen) and all(_holds(token, key, values, seen) for key, values in t.requires):
            return t
    return None


def _topic_of_a_paper(token) -> bool:
    """'swapped drafts on a possible truce', 'a draft about the withdrawal': an act
    named as what a paper is about is no event (cues document_nouns, topic_preps)."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in cues()["topic_preps"] or prep.head.i == prep.i:
        return False
    papers = cues()["document_nouns"]
    if lemma(prep.head) in papers:
        return True
    # "swapped memorandums on a ceasefire", the phrase hung on the verb right after the paper
    return any(c.dep_ == "dobj" and lemma(c) in papers and c.i + 1 == prep.i for c in prep.head.children)


def _in_return_for(token) -> bool:
    """'released hostages in exchange for detainees', 'in return for sanctions relief': the
    idiom names the terms of a trade, not an exchange of its own."""
    return token.lower_ in ("exchange", "return") and token.dep_ == "pobj" and token.head.lower_ == "in" \
        and any(c.dep_ == "prep" and c.lower_ == "for" for c in token.children)


def find(sent) -> list[tuple[object, Trigger]]:
    """Every (token, trigger) in a sentence span, in text order. Only tokens whose lemma is in
    the table are looked at: the lemmas are read off the document's lemma array, so the other
    tokens (most of a sentence) are never built as Python objects."""
    doc, out = sent.doc, []
    for k, h in enumerate(sentence_lemmas(sent)):
        if not _listed(h, doc.vocab.strings):
            continue
        token = doc[sent.start + k]
        trig = match(token)
        if trig is not None:
            out.append((token, trig))
    return out


_LISTED: dict[int, bool] = {}


def _listed(lemma_hash: int, strings) -> bool:
    """Is a lemma (by its hash in the string store) a trigger word? Cached per hash."""
    known = _LISTED.get(lemma_hash)
    if known is None:
        words = _trigger_lemmas()
        known = _LISTED[lemma_hash] = strings[lemma_hash].lower() in words
    return known


def listed_noun(token) -> bool:
    """Is a noun's lemma a trigger word (a noun of an act: 'war', 'deal', 'offensive')?"""
    return token.lemma_.lower() in _trigger_lemmas()


@lru_cache(maxsize=1)
def _trigger_lemmas() -> frozenset:
    return frozenset(word for word, _ in triggers())


# Modes of an attack named by its weapon: the object that makes such a row fit ("fired
# missiles", "launched drones") is the means, not the target.
_WEAPON_MODES = {"aerial", "drone", "heavy-weapons", "firearms", "crowd-control"}


@lru_cache(maxsize=256)
def weapons(trig: Trigger) -> frozenset:
    """The objects that are a verb's weapons in any of its attack rows ("fire": missile, drone,
    shell, bullet, gas ...)."""
    return frozenset(w for t in triggers().get((trig.lemma, trig.pos), ()) if t.type == "ASSAULT"
                     and t.mode in _WEAPON_MODES for k, v in t.requires if k == "obj" for w in v)
