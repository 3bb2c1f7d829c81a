"""The article as a discourse: the parties it has named so far, and who speaks each quotation,
so that pronouns ("he", "they", "its") and first persons inside quotes ("we will respond")
resolve to a named party within the article.

A referent is a noun chunk that the actor knowledge base resolves (a person, a state, a
body); pronoun classes and the look-back window are data (`pronouns`, `pronoun_window` in
`data/cues.yaml`). Antecedents are sought in the pronoun's own sentence first (the nearest
compatible one before it), then in the preceding sentences, where the subject of the nearest
sentence with a compatible referent is preferred, as a reader's attention would.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass

from ..article import ActorRef
from . import binding, triggers, unnamed
from .actors import base as actor_base
from .columns import column, lowered
from .domestic import is_state
from .lexicon import cues
from .nlp import doc_text, noun_chunks, sentences

_SUBJECTS = binding.SUBJECTS
_OPEN_QUOTES, _CLOSE_QUOTES = "“«", "”»"
_QUOTE_MARKS = re.compile('[' + _OPEN_QUOTES + _CLOSE_QUOTES + '"]')


@dataclass(frozen=True)
class Referent:
    i: int                      # token index of the chunk's root
    sent: int                   # index of its sentence in the article
    refs: tuple                 # the ActorRefs it resolves to
    kind: str                   # person | group | single
    subject: bool               # the subject of its clause (or its possessor)


class Discourse:
    """Built once per parsed article from the actor cover (`ActorBase.mentions`)."""

    def __init__(self, doc, cover: dict):
        self.doc, self.cover = doc, cover
        self.sent_starts = [s.start for s in sentences(doc)]
        self.referents = self._referents()
        self._states: list[Referent] | None = None
        self.quotes = _quote_spans(doc)
        self._speakers: dict[int, list[ActorRef]] = {}

    # -- building ----------------------------------------------------------------
    def sent_index(self, i: int) -> int:
        return bisect.bisect_right(self.sent_starts, i) - 1

    def _referents(self) -> list[Referent]:
        kb = actor_base()
        out = []
        for start, end in noun_chunks(self.doc):
            if not any(i in self.cover for i in range(start, end)):
                continue
            chunk, root = self.doc[start:end], self.doc[end - 1]     # a base noun phrase ends at its root
            if root.pos_ == "PRON" or root.dep_ == "conj":
                continue
            refs = [r for r in kb.resolve(root, self.cover) if r.code != "UNK"]
            if refs:
                out.append(Referent(root.i, self.sent_index(root.i), tuple(refs), _kind(root, refs),
                                    root.dep_ in _SUBJECTS or root.head.dep_ in _SUBJECTS and root.dep_ == "poss"))
            out += self._possessor_people(chunk)
        return out

    def _possessor_people(self, chunk) -> list[Referent]:
        """'Dbeibah's government ... his resignation': a person named as the possessor inside a
        longer phrase is a referent of his own (the phrase is the body's)."""
        out = []
        for tok in chunk:
            if tok.dep_ == "poss" and tok.pos_ == "PROPN" and tok.i in self.cover and tok.i != chunk.root.i:
                refs = [r for r in actor_base().resolve(tok, self.cover) if r.code != "UNK"]
                if refs and _kind(tok, refs) == "person":
                    out.append(Referent(tok.i, self.sent_index(tok.i), tuple(refs), "person",
                                        chunk.root.dep_ in _SUBJECTS))
        return out

    def _state_referents(self) -> list[Referent]:
        """'agreed a truce with the junta': a state noun that names no one stands for the state
        `state_of` finds (built after the named referents, which it reads); the pairs that "the
        two sides" stands for are looked for among these too."""
        out = []
        pos, lemmas, nouns = column(self.doc, "POS"), lowered(self.doc), cues()["state_nouns"]
        for tok in (self.doc[i] for i, p in enumerate(pos) if p == "NOUN" and lemmas[i] in nouns):
            if self.is_state_noun(tok) and tok.dep_ != "conj":
                refs = [r for r in self.state_of(tok) if r.code != "UNK"]
                if refs:
                    out.append(Referent(tok.i, self.sent_index(tok.i), tuple(refs), "single",
                                        tok.dep_ in _SUBJECTS))
        return out

    # -- questions ---------------------------------------------------------------
    def pronoun_class(self, token) -> str | None:
        low = token.lower_
        return next((k for k, words in cues()["pronouns"].items() if low in words), None)

    def antecedent(self, pron) -> list[ActorRef]:
        """The parties a pronoun stands for, or [] when the text does not say."""
        kind = self.pronoun_class(pron)
        if kind is None:
            return []
        if kind == "speaker":
            quote = self.quote_at(pron.idx)
            return self.speaker(quote) if quote else []
        here = self.sent_index(pron.i)
        if kind == "group":          # "the two leaders ... their talks"
            pos, lemmas, c = column(self.doc, "POS"), lowered(self.doc), cues()
            pair = next((t for t in (self.doc[i] for i in range(pron.i - 1, self.sent_starts[here] - 1, -1)
                                     if pos[i] == "NOUN" and (lemmas[i] in c["pair_only_nouns"] or lemmas[i] in c["pair_nouns"]))
                         if self.is_pair(t)), None)
            if pair is not None:
                return self.pair(pair)
        window = int(cues()["pronoun_window"])
        before = [r for r in self.referents if r.i < pron.i and here - window <= r.sent and _fits(r, kind)]
        same = [r for r in before if r.sent == here]
        said = binding.said_by(pron)
        if said is not None:     # "Iran told the IAEA it would respond": the speaker, not the one told
            speakers = [r for r in same if r.i in said]
            if speakers:
                return list(max(speakers, key=lambda r: r.i).refs)
            teller = next((self.doc[i] for i in said if self.doc[i].dep_ == "nsubj" and self.doc[i].pos_ == "PRON"
                           and self.pronoun_class(self.doc[i]) == kind), None)
            if teller is not None:       # "He told Putin he was inviting Russian firms": the teller's one
                return self.antecedent(teller)
            speaker = self._unnamed_speaker(said, kind)
            if speaker is not None:     # "The military said it delivered ...": the military's
                found = unnamed.antecedent(speaker, self)
                if found:
                    return found
                state = _state_side(actor_base().agent(speaker))   # not the paramilitary named last
                before = [r for r in before if state is None or all(_state_side((x.sector, x.code)) in (None, state)
                                                                     for x in r.refs)]
                same = [r for r in same if r in before]
        bound = binding.own_subject(pron)     # "Zelensky urged him": not Zelensky
        same = [r for r in same if r.i not in bound]
        if kind == "group":      # "EU leaders agreed a loan to Ukraine, but they failed ...": a plural first
            same = [r for r in same if r.kind == "group"] or same
        if same:                 # a possessive binds to its clause's subject: "China told Japan of its decision"
            subjects = [r for r in same if r.subject] if pron.dep_ == "poss" or binding.naming(pron) \
                or binding.adverbial_subject(pron) else []    # "Poland will close it, as it threatened to"
            # otherwise a party that a verb above the pronoun takes as subject or object outranks
            # one named inside a phrase: "rang Macron on the eve of his visit to Xi to press
            # him" (Macron)
            above = {t.i for t in pron.ancestors if t.pos_ in ("VERB", "AUX")}
            arguments = [r for r in same if self.doc[r.i].dep_ in binding.ARGUMENTS and self.doc[r.i].head.i in above] \
                if pron.dep_ in binding.OBJECTS else []
            return list(max(subjects or arguments or same, key=lambda r: r.i).refs)
        if self._continues_a_thing(pron, here):
            return []
        earlier = [r for r in before if r.sent < here]
        taken = self._subject_pronoun_refs(bound)      # "He also pushed him": him is not he
        earlier = [r for r in earlier if not any((x.start, x.end) in taken for x in r.refs)] if taken else earlier
        if not earlier:
            return self._chained(pron, kind, here)
        last = max(r.sent for r in earlier)
        in_last = [r for r in earlier if r.sent == last]
        if kind == "group":      # "they": a plural named there before a singular subject
            in_last = [r for r in in_last if r.kind == "group"] or in_last
        return list(min(in_last, key=lambda r: (not r.subject, r.i)).refs)

    def _continues_a_thing(self, pron, here: int) -> bool:
        """'The war broke out in 2023. It has displaced millions': an 'it' that opens its sentence
        as subject continues the subject of the sentence before, when that is a happening or a
        text (a noun of an act in triggers.tsv, or `thing_nouns`) that names no party, and so
        stands for no party named inside it."""
        if here == 0 or pron.lower_ != "it" or pron.dep_ not in _SUBJECTS or pron.i != self.sent_starts[here]:
            return False
        before = sentences(self.doc)[here - 1]
        subject = next((t for t in before if t.dep_ in _SUBJECTS and t.head.i == before.root.i), None)
        return subject is not None and subject.pos_ == "NOUN" and subject.tag_ == "NN" \
            and subject.i not in self.cover and not actor_base().resolve(subject, self.cover) \
            and (subject.lemma_.lower() in cues()["thing_nouns"] or triggers.listed_noun(subject))

    def _subject_pronoun_refs(self, bound: set[int]) -> set[tuple]:
        """The spans the pronoun subject of an object pronoun's clause stands for, which the
        object pronoun cannot stand for ("He then urged him to sign": not the one "he" is)."""
        subject = next((self.doc[i] for i in bound if self.doc[i].pos_ == "PRON" and self.doc[i].dep_ in _SUBJECTS), None)
        if subject is None or self.pronoun_class(subject) is None:
            return set()
        return {(x.start, x.end) for x in self.antecedent(subject)}

    def _unnamed_speaker(self, said: set[int], kind: str):
        """The speaker's noun, when it names no party but could be the pronoun ("the military"
        for "it", "the rebels" for "they")."""
        head = next((self.doc[i] for i in said if self.doc[i].dep_ == "nsubj"), None)
        if head is not None and head.lemma_.lower() in cues()["collective_nouns"]:
            head = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"    # "a group of army
                         for g in c.children if g.dep_ == "pobj"), head)                     # officers said they"
        if head is None or head.pos_ != "NOUN" or any(t.i in self.cover for t in head.subtree):
            return None
        return head if (head.tag_ == "NNS") == (kind == "group") and kind != "person" else None

    def _chained(self, pron, kind: str, here: int) -> list[ActorRef]:
        """'Medinsky spoke ... He said ... This includes ... He said ... He requested': a subject
        pronoun whose window names no one continues the chain of the same pronoun as subject of
        an earlier sentence in the window, which looked back from there."""
        if pron.dep_ not in _SUBJECTS:
            return []
        window = int(cues()["pronoun_window"])
        for back in range(here - 1, max(here - window, 0) - 1, -1):
            link = next((t for t in sentences(self.doc)[back] if t.dep_ in _SUBJECTS and t.pos_ == "PRON"
                         and self.pronoun_class(t) == kind and t.lower_ == pron.lower_), None)
            if link is not None:
                return self.antecedent(link)
        return []

    def is_pair(self, noun) -> bool:
        """'the two sides', 'both countries', 'the two leaders'; 'the neighbours', 'the rivals'
        (nouns that come in pairs by themselves, `pair_only_nouns`)."""
        if noun.pos_ != "NOUN":
            return False
        lemma = noun.lemma_.lower()
        if lemma in cues()["pair_only_nouns"] and noun.tag_ == "NNS" and any(
                c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
            return True
        return lemma in cues()["pair_nouns"] and any(
            c.lower_ in ("two", "both") and c.dep_ in ("nummod", "det", "predet", "preconj") for c in noun.children)

    def pair(self, noun) -> list[ActorRef]:
        """The two parties 'the two sides' stands for: the last pair named together before it
        ("talks between Russia and Ukraine"), else the last two parties named, if distinct."""
        here = self.sent_index(noun.i)
        window = int(cues()["pronoun_window"])
        reporters = binding.reporters_above(noun)    # "Mao Ning told media the two sides agreed": not Mao's side
        doer = binding.own_clause_subject(noun)      # "Trump met both leaders": not Trump
        if self._states is None:
            self._states = self._state_referents()
        before = [r for r in sorted(self.referents + self._states, key=lambda r: r.i)
                  if r.i < noun.i and here - window <= r.sent and r.i not in reporters
                  and r.i not in doer and not binding.venue(self.doc[r.i]) and not binding.source(self.doc[r.i])]
        for ref in reversed(before):
            if len({r.code for r in ref.refs}) == 2:
                return list(ref.refs)
        out: list[ActorRef] = []
        for ref in reversed(before):
            for r in ref.refs:
                if r.code not in {o.code for o in out}:
                    out.append(r)
            if len(out) >= 2:
                return out[:2]
        return []

    def is_state_noun(self, noun) -> bool:
        """'the junta', 'the regime', 'the country': a state's institution, the state unnamed."""
        return noun.pos_ == "NOUN" and noun.lemma_.lower() in cues()["state_nouns"] and not any(
            t.i in self.cover for t in noun.subtree) and any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that")    # "Dbeibah's government": a leader
            or c.dep_ == "poss" and c.pos_ == "PROPN" for c in noun.children)   # the text names, no party known

    def state_of(self, noun) -> list[ActorRef]:
        """The state such a noun stands for: the party of the last phrase with the same noun in its
        sentence or the one before ("South Korea's defense ministry ... the ministry"), else the
        last state named there, else the state the article names most, when one stands out."""
        here = self.sent_index(noun.i)
        lemma = noun.lemma_.lower()
        for ref in reversed([r for r in self.referents if r.i < noun.i and here - 1 <= r.sent]):
            root = self.doc[ref.i]     # "South Korea's defense ministry ... The ministry urged"
            if len(ref.refs) == 1 and lemma in lowered(self.doc)[root.left_edge.i: root.i + 1]:
                return [ref.refs[0]]
        states = [r for r in self.referents if r.kind != "person" and len(r.refs) == 1
                  and (is_state(r.refs[0].code) or r.refs[0].code in actor_base().members)]   # not the EU
        near = [r for r in states if r.i < noun.i and here - 1 <= r.sent]
        if near:
            return [near[-1].refs[0]]
        home = self._home_of_group(noun, here)
        if home is not None:
            return [home]
        counts = Counter(r.refs[0].code for r in states)
        ranked = counts.most_common(2)
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            return [next(r.refs[0] for r in states if r.refs[0].code == ranked[0][0])]
        return []

    def _home_of_group(self, noun, here: int) -> ActorRef | None:
        """'The KIA agreed a truce with the junta': the state noun, in a sentence that names
        an armed group before it and no state, is the government of the state the group fights
        in (actors: ActorBase.homes)."""
        homes = actor_base().homes
        for ref in reversed([r for r in self.referents if r.sent == here and r.i < noun.i]):
            for r in ref.refs:
                if r.code in homes:
                    return ActorRef(noun.text, homes[r.code], "GOV", start=noun.idx, end=noun.idx + len(noun.text))
        return None

    def quote_at(self, char: int) -> tuple[int, int] | None:
        k = bisect.bisect_right(self.quotes, (char, float("inf"))) - 1
        if k >= 0 and self.quotes[k][0] <= char < self.quotes[k][1]:
            return self.quotes[k]
        return None

    def speaker(self, quote: tuple[int, int]) -> list[ActorRef]:
        """Who the quotation is attributed to: the subject of a reporting verb outside it, in
        the sentences the quote spans or the one right after it ("..., Zelenskyy said")."""
        if quote[0] not in self._speakers:
            self._speakers[quote[0]] = self._find_speaker(quote)
        return self._speakers[quote[0]]

    def _find_speaker(self, quote) -> list[ActorRef]:
        start, end = quote
        first = self.sent_index(self.doc.char_span(start, start + 1, alignment_mode="expand").start)
        last = self.sent_index(self.doc.char_span(end - 1, end, alignment_mode="expand").start)
        speech = cues()["speech_verbs"]
        sents = sentences(self.doc)
        for k in [last, first, last + 1][: 3 if last + 1 < len(sents) else 2]:
            for tok in sents[k]:
                if tok.lemma_.lower() not in speech or start <= tok.idx < end:
                    continue
                who = binding.reporter(tok)
                if who is None or start <= who.idx < end:
                    continue
                if who.pos_ == "PRON":
                    found = self.antecedent(who) if self.pronoun_class(who) != "speaker" else []
                else:
                    found = [r for r in actor_base().resolve(who, self.cover) if r.code != "UNK"]
                if found:
                    return found
        return []


_STATE_SECTORS = {"GOV", "MIL", "LEG", "JUD", "SPY", "POL"}
_NONSTATE_SECTORS = {"REB", "OPP", "CVL", "NGO", "BUS", "MED", "REL", "EDU", "IGO"}   # a state's army is no body's


def _state_side(agent) -> bool | None:
    """Whether a sector is a state's (army, ministry) or not (rebels, opposition); None if unknown."""
    sector = agent[0] if agent else None
    return True if sector in _STATE_SECTORS else False if sector in _NONSTATE_SECTORS else None


def _kind(root, refs) -> str:
    if root.ent_type_ == "PERSON" and _listed_kind(root) not in (None, "person"):
        pass                   # the tagger's person, a body the knowledge base knows: "Kataeb Hezbollah"
    elif root.ent_type_ == "PERSON" or (root.pos_ == "PROPN" and refs[0].name and len(refs) == 1):
        return "person"
    if root.tag_ in ("NN", "NNP") and len(refs) == 1 and _title(root) in actor_base().person_titles:
        return "person"
    if len(refs) > 1 or root.tag_ in ("NNS", "NNPS"):
        return "group"
    return "single"


def _listed_kind(root) -> str | None:
    """What the knowledge base lists the name ending at `root` as (person, org, seat, ...),
    trying the longest name first; None when it is not listed."""
    aliases = actor_base().aliases
    for start in range(root.left_edge.i, root.i + 1):
        entry = aliases.get(root.doc[start: root.i + 1].text)
        if entry is not None:
            return entry.kind
    return None


def _title(root) -> str:
    """'army chief' for a compound title, else the head lemma."""
    compound = [c for c in root.children if c.dep_ == "compound" and c.i == root.i - 1]
    if compound:
        joined = f"{compound[0].lemma_.lower()} {root.lemma_.lower()}"
        if joined in actor_base().person_titles:
            return joined
    return root.lemma_.lower()


def _fits(ref: Referent, kind: str) -> bool:
    if kind == "person":
        return ref.kind == "person"
    if kind == "group":
        return ref.kind != "person"
    return ref.kind == "single"


def _quote_spans(doc) -> list[tuple[int, int]]:
    """Character spans of quotations: curly pairs, and straight double quotes taken in pairs."""
    text = doc_text(doc)
    spans, open_at, straight = [], None, None
    for mark in _QUOTE_MARKS.finditer(text):        # only the quote marks, not every character
        n, ch = mark.start(), mark.group()
        if ch in _OPEN_QUOTES:
            open_at = n
        elif ch in _CLOSE_QUOTES and open_at is not None:
            spans.append((open_at, n + 1))
            open_at = None
        elif ch == '"':
            if straight is None:
                straight = n
            else:
                spans.append((straight, n + 1))
                straight = None
    return sorted(spans)
