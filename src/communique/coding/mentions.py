"""Mentions: the triggers of a sentence, after verbal wrappers absorbed the actions they govern
("urged Baku to stop shelling Stepanakert" is one REQUEST whose content is the strike), with
the mode a wrapper's content gives and the type a light verb's object decides."""
from __future__ import annotations

from dataclasses import dataclass, field

from . import addressees, arguments, modality, passives, speech
from .actors import base as actor_base
from . import triggers as trigger_finder
from .triggers import lemma as lemma_of
from .lexicon import cues

WRAPPING_TYPES = {"REQUEST", "REJECT", "THREATEN", "AGREE", "ACCUSE", "SUPPORT", "CONCEDE"}
SYMMETRIC_TYPES = {"CONSULT", "COOPERATE"}
_ABSORB_DEPS = {"xcomp", "ccomp", "pcomp", "pobj", "prep", "acl", "relcl", "dobj", "nsubjpass",
                "compound", "amod", "attr", "oprd", "appos", "dative", "advcl"}


@dataclass
class Mention:
    """One trigger being built into an event."""
    token: object
    trigger: object
    type: str
    mode: str | None
    embedded: list = field(default_factory=list)   # absorbed (token, trigger) pairs
    wrapper_word: bool = False
    actor_heads: list | None = None       # set by `speech` when the parse misleads (a speaker's
    recipient_heads: list | None = None   # participle, the subject of an alleged wrong)
    status: str | None = None             # a threat uttered occurred, though what it threatens is future


def mentions(sent, *, statements: bool = False) -> list[Mention]:
    """Triggers of a sentence after wrappers absorbed what they govern. With `statements`, also
    the acts that statements make besides what their parties do (`speech`): an allegation by a
    reporting speaker, the act answered by a refusal. The extractor wants those; the dyad
    classifier, asked what one marked party does to another, does not."""
    found = trigger_finder.find(sent)
    by_index = {tok.i: (tok, trig) for tok, trig in found}
    alleged, threats = speech.scan(sent, by_index, Mention, statements=statements)   # "said X violated
    #                                                 the deal"; "Iran will retaliate"
    inside = {etok.i for m in alleged for etok, _ in m.embedded}
    found = [(tok, trig) for tok, trig in found if tok.i not in inside]
    wrappers = cues()["wrappers"]
    wrapper_of, denials = {}, set()
    for tok, trig in found:
        host = _absorbing_head(tok, by_index, wrappers)
        if host is None:
            continue
        if host.lemma_.lower() in cues()["denial_verbs"] and tok.pos_ == "VERB":
            denials.add(host.i)          # "denied striking": the strike, negated, is the event
        else:
            wrapper_of[tok.i] = host
    threats = [m for m in threats if m.token.i not in wrapper_of and m.token.i not in inside]
    out = {m.token.i: m for m in alleged + threats}
    inside |= {etok.i for m in threats for etok, _ in m.embedded}
    for tok, trig in found:
        if tok.i in wrapper_of or tok.i in denials or tok.i in out or tok.i in inside:
            continue
        out[tok.i] = Mention(tok, trig, trig.type, trig.mode)
    for i, host in wrapper_of.items():
        root = host
        while root.i in wrapper_of:
            root = wrapper_of[root.i]
        if root.i not in out:
            if root.i in by_index:            # a denial verb whose content was set free
                continue
            wtype = next((t for t, words in wrappers.items() if root.lemma_.lower() in words), None)
            if wtype is None:
                continue
            # a wrapper verb with no trigger row of its own ("tell X to ...")
            out[root.i] = Mention(root, None, wtype, None, wrapper_word=True)
        out[root.i].embedded.append(by_index[i])
    for m in out.values():
        if _proposed_by(m.token, by_index):      # made to the one the clause has answer it
            m.actor_heads = [passives.passive_agent(m.token)]
            m.recipient_heads = addressees.offered_to(m.token.head, m.actor_heads) or None
            m.status = "occurred"                # made already, whatever becomes of it
        _promise_of_harm(m)
        m.mode = _wrapper_mode(m) or m.mode
        _object_decides(m)
    found = [_order_to_own_forces(out[i]) if statements else out[i] for i in sorted(out)]
    return speech.revise(found, Mention, statements=statements)


def _order_to_own_forces(m: Mention) -> Mention:
    """'the minister ordered the army to shell the border posts', 'the president ordered police to arrest the
    leaders': an order to one's own forces (an unnamed army, police or troops, `agents.tsv`) is
    the act ordered, planned, by the one who orders it, not a demand on anyone."""
    if m.type != "REQUEST" or m.token.lemma_.lower() not in cues()["command_verbs"]:
        return m
    told = next((c for c in m.token.children if c.dep_ in ("dobj", "dative")), None)
    agent = actor_base().agent(told) if told is not None else None
    if agent is None or agent[0] not in ("MIL", "POL") or agent[1] not in (None, "UNK") \
            or any(t.ent_type_ for t in told.subtree):
        return m
    act = next(((etok, etrig) for etok, etrig in m.embedded if etok.head.i == m.token.i and etok.dep_ == "xcomp"), None)
    doer = arguments.subject(m.token)
    if act is None or doer is None:
        return m
    etok, etrig = act
    return Mention(etok, etrig, etrig.type, etrig.mode, [e for e in m.embedded if e is not act],
                   actor_heads=[doer], status="planned")


HARM_TYPES = {"ASSAULT", "COERCE", "SANCTION"}    # not MOBILIZE: troops offered may be help


def _promise_of_harm(m: Mention) -> None:
    """'vowed to attack ships', 'pledged to punish', 'promised to retaliate': a promise whose
    content harms someone is a threat; not the harm a promise keeps off ("would protect the
    engineers from attacks")."""
    if m.type != "AGREE":
        return
    content = [trig for etok, trig in m.embedded if not _warded_off(etok, m.token)]
    if content and all(trig.type in HARM_TYPES for trig in content):
        m.type, m.mode = "THREATEN", None


def _warded_off(tok, top) -> bool:
    """A protective verb stands between the harm and the promise ("protect ... from attacks")."""
    protective = cues()["protective_verbs"]
    return any(a.lemma_.lower() in protective for a in tok.ancestors if a.i != top.i and top in a.ancestors)


_CLAUSE_MARKS = {"if", "unless", "when", "while", "because", "although", "though", "as", "after",
                 "before", "since", "until", "once", "whether", "despite"}


_MAX_HOPS = 12      # "urged Baku to stop shelling Stepanakert" is four links from the strike
_FRAME_PREPS = {"beyond", "despite", "after", "before", "during", "since", "until", "amid", "amidst", "at",
                "following", "besides", "unlike", "except", "throughout", "alongside", "given", "like"}


def _absorbing_head(tok, by_index, wrappers):
    """The nearest head above `tok` that takes it as content, or None."""
    reporting = cues()["speech_verbs"]
    if arguments.hyphened_giver(tok) is not None:
        return None              # "fired U.S.-supplied missiles": the supplying names its own doer
    if _answers_its_noun(tok, by_index):
        return None              # "a concession Zelensky has rejected": an act on the noun, not its content
    if _proposed_by(tok, by_index):
        return None              # "rejected a truce proposed by Egypt": Egypt's own offer
    if tok.pos_ in ("NOUN", "PROPN"):
        answer = next((c for c in tok.children if c.i in by_index and _answers_its_noun(c, by_index)), None)
        if answer is not None:
            return answer        # "the accord that Armenia and Azerbaijan signed": what was signed
    t = tok
    first = tok
    while first.dep_ == "conj" and first.pos_ == "VERB" and first.head.pos_ == "VERB":
        first = first.head
    if first is not tok and arguments.tensed_after_infinitive(tok):
        return None              # "asked Ukraine to withdraw and threatened to strike": the asker's own act
    if first is not tok and first.dep_ in ("xcomp", "ccomp"):
        t = first                # "pushed him to join ..., expel ... and deport ...": shared content
    elif first is not tok:
        t = _misjoined_infinitive(tok, first) or t
    if _accompanying(tok, by_index):
        return None              # "vowed to end aid, accusing Petro of ...": a second act, not the vow's content
    hops, crossed = 0, False
    while t.head.i != t.i and t.dep_ in _ABSORB_DEPS and hops < _MAX_HOPS:
        hops += 1
        if t.dep_ == "prep" and t.lower_ in _FRAME_PREPS:
            return None          # "Beyond direct talks with Putin, X pressured Y": a frame, not content
        if t.dep_ == "prep" and _time_frame(t):
            return None          # "rang Macron on the eve of his visit to Xi"
        if t.dep_ == "pcomp" and t.head.lower_ == "with" and any(c.dep_ == "nsubj" for c in t.children):
            return None          # "were suspended, with both sides accusing each other": beside it
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CLAUSE_MARKS for c in t.children):
            return None          # a condition or time clause is not content
        if t.dep_ == "advcl" and _split_frame(t):
            return None          # "summoned the envoy after [strikes] pounded Kyiv", parsed apart
        head = t.head
        if head.lemma_.lower() in reporting and head.i not in by_index and not _said_on_demand(head, by_index, wrappers):
            return None
        if head.i not in by_index:   # "he was open to meeting": the copula stands for its adjective
            acomp = next((c for c in head.children if c.dep_ == "acomp" and c.i in by_index and c.i != t.i), None)
            if acomp is not None and t.dep_ in ("prep", "xcomp", "advcl"):
                head = acomp
        if head.i in by_index:
            htrig = by_index[head.i][1]
            if htrig.type in WRAPPING_TYPES:
                return head
            if htrig.type == by_index[tok.i][1].type and not crossed:
                return head      # "talks in Geneva, which were held ...": not across another clause
            if t.dep_ in ("dobj", "nsubjpass", "compound", "attr"):
                return head      # "hosted talks", "held talks": the verb names the same happening
            if t.dep_ == "prep" and t.lower_ in _MEETING_TOPIC and htrig.type == "CONSULT" \
                    and by_index[tok.i][1].type not in WRAPPING_TYPES \
                    and head.pos_ == "NOUN" and lemma_of(head) in cues()["meeting_nouns"]:
                return head      # "talks on a ceasefire": the act a meeting is about is its content
                #                  (not a proposal or a demand, acts of their own)
        elif any(head.lemma_.lower() in words for words in wrappers.values()) and t.dep_ in ("xcomp", "ccomp"):
            return head
        crossed = crossed or t.dep_ in _CLAUSES and t.i not in by_index
        t = t.head
    return None


_TENSED = {"VBD", "VBZ", "VBN"}
_ON_DEMAND = ("REQUEST",)


def _said_on_demand(verb, by_index, wrappers) -> bool:
    """'pressed Tokyo to declare that it would free the fishermen', 'refused to confirm that its
    troops would leave': a saying that is itself what is asked or refused reports nothing; what
    it would say is the request's (or refusal's) content, not an act of its own."""
    if verb.dep_ != "xcomp" or not arguments.to_infinitive(verb):
        return False
    host = verb.head
    if host.i in by_index:
        return by_index[host.i][1].type in _ON_DEMAND
    return any(host.lemma_.lower() in wrappers.get(t, ()) for t in _ON_DEMAND)


def _accompanying(clause, by_index) -> bool:
    """A speech act in a participle clause set off by a comma, with no mark or subject of its
    own ("threatened to cut ties with Israel, accusing Netanyahu of war crimes"; "urged Pyongyang
    to talk, warning that ..."): the speaker's second act, not what the first one threatens or
    asks. One of the same kind as the verb it hangs on is that act ("criticised the move, calling
    it illegal")."""
    if clause.dep_ != "advcl" or clause.tag_ != "VBG" or by_index[clause.i][1].type not in trigger_finder.SPEECH_ACTS:
        return False
    host = by_index.get(clause.head.i)
    if host is not None and host[1].type == by_index[clause.i][1].type:
        return False
    if any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in clause.children):
        return False
    return clause.left_edge.i > 0 and clause.doc[clause.left_edge.i - 1].text == ","


def _misjoined_infinitive(tok, top):
    """'urged Hungary to drop its veto, release the funds and accept the plan': the small parsers
    join 'release' to 'urged', though a bare verb with no subject of its own cannot share a
    past or third-person verb's subject; it continues the to-infinitive before it, whose content
    it shares. Returns that infinitive, or None."""
    if tok.tag_ != "VB" or top.tag_ not in _TENSED:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children):
        return None
    return next((c for c in top.children if c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VB"
                 and c.i < tok.i and arguments.to_infinitive(c)), None)


_MEETING_TOPIC = {"on", "about", "over", "regarding", "concerning"}


ANSWERS = {"REJECT", "AGREE", "ACCUSE", "SUPPORT"}   # acts that accept, refuse, sign or judge a noun


def _answers_its_noun(verb, by_index) -> bool:
    """A relative clause that accepts, refuses, signs or judges its noun with a subject of its
    own: "a concession Zelensky has rejected", "the accord that Armenia and Azerbaijan signed"
    (not "the bases it has seized", which only says what the bases are); and a passive signing
    clause on its text, with or without a signer ("the treaty signed in 1994", "the treaty, which
    was signed in Oslo", "the accord signed by Peru and Ecuador")."""
    if verb.i not in by_index or by_index[verb.i][1].type not in ANSWERS:
        return False
    return trigger_finder.object_gap(verb) or by_index[verb.i][1].type == "SUPPORT" \
        and (passives.done_to_its_noun(verb) or passives.reduced_passive(verb))


def _proposed_by(verb, by_index) -> bool:
    """'a truce proposed by Egypt', 'a plan put forward by China': an offer told as a participle
    after what it offers, its proposer after 'by' (cues proposal_verbs)."""
    if verb.i not in by_index or by_index[verb.i][1].type != "AGREE" or not passives.reduced_passive(verb):
        return False
    words = {lemma_of(verb)} | {f"{lemma_of(verb)} {c.lower_}" for c in verb.children if c.dep_ in ("prt", "advmod")}
    return bool(words & set(cues()["proposal_verbs"]))


def frame_host(tok):
    """The word a time frame around `tok` hangs from, or None: "hosted Putin after talks with
    Zelensky" (hosted), "rang Macron on the eve of his visit to Xi" (rang). What the frame
    names is another happening than its host."""
    t = tok
    for _ in range(_MAX_HOPS):
        if t.dep_ not in ("pobj", "prep", "pcomp") or t.head.i == t.i:
            return None
        if t.dep_ == "prep" and (t.lower_ in cues()["sequence_preps"] or _time_frame(t)):
            return t.head
        t = t.head
    return None


def _time_frame(prep) -> bool:
    """"on the eve of", "in the wake of": a preposition whose noun sets a time before or after;
    "on the sidelines of": an occasion around it (the summit is another happening than the
    meeting held on its sidelines)."""
    frames = set(cues()["time_frame_nouns"]) | set(cues()["occasion_nouns"])
    return prep.lower_ in ("on", "in", "at") and any(
        o.dep_ == "pobj" and (o.lemma_.lower() in frames or o.lower_ in frames) for o in prep.children)


def _split_frame(clause) -> bool:
    """A time or cause preposition whose phrase ends right where the clause begins: the parser
    split 'after a wave of strikes pounded Kyiv' into a phrase and a clause. A to-infinitive is
    never such a split ("gave Hamas until Sunday to release the hostages")."""
    if arguments.to_infinitive(clause):
        return False
    return any(c.dep_ == "prep" and c.lower_ in _FRAME_PREPS | _CLAUSE_MARKS and c.right_edge.i + 1 == clause.left_edge.i
               for c in clause.head.children)


_CONFLICT_NOUNS = {"ACCUSE", "THREATEN", "REJECT"}
_CLAUSES = {"relcl", "acl", "advcl", "ccomp", "xcomp"}


def _object_decides(m: Mention) -> None:
    """'launched a scathing attack on X': when a verb's object is an event noun read in a
    specific sense (its trigger row has constraints), the noun decides the type."""
    if m.trigger is None or m.type in WRAPPING_TYPES - {"SUPPORT", "AGREE"} \
            or m.token.lemma_.lower() not in cues()["light_verbs"]:
        return
    for etok, etrig in m.embedded:
        specific = bool(etrig.requires) or etrig.type in _CONFLICT_NOUNS   # "offered scathing criticism"
        if etok.head.i == m.token.i and etok.dep_ == "dobj" and specific and etrig.type != m.type:
            m.type, m.mode, m.trigger = etrig.type, etrig.mode, etrig
            return


def _wrapper_mode(m: Mention) -> str | None:
    if not m.embedded or m.type not in cues()["wrapper_modes"]:
        return None
    table = cues()["wrapper_modes"][m.type]
    words = set()
    for tok, trig in m.embedded:
        for t in modality.chain(tok, stop=m.token):
            words.add(t.lemma_.lower())
    for mode, lemmas in table.items():
        if words & lemmas:
            return mode
    inner = {trig.type for _, trig in m.embedded}
    if m.type == "THREATEN":
        return "violence" if "ASSAULT" in inner else "restrict" if "SANCTION" in inner else None
    if m.type in ("REQUEST", "REJECT"):
        return "meet" if "CONSULT" in inner else "change"
    return None
