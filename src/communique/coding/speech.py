"""Speech acts: statements that are themselves verbal acts, and statements that are not acts.

The trigger lexicon finds "condemned", "urged", "warned". What it cannot see alone:

- a reported clause that is itself the speaker's act: "Egypt said Ethiopia had violated the
  deal" is an ACCUSE by Egypt against Ethiopia, "Moscow insisted that Kyiv must withdraw" a
  REQUEST on Kyiv, though "said" and "insisted" only report;
- a stated future response to hostility is a threat made now ("Iran will respond to any
  attack"), and so is a promise of harm ("vowed to strike back");
- an act that is the object of an answer is an act of its own, addressed to the one answering
  ("Tokyo rejected Beijing's demand" is also Beijing's demand on Tokyo), and "warned X to do Y"
  is a demand besides the threat;
- an act done "each other" runs both ways ("X and Y accused each other");
- a harm said to be sure of an answer is a threat ("the killing will not go unanswered"), and
  a claim about what another party did accuses it ("claimed Ukraine had failed to ...");
- and some words name no act: a reporter's question, an open question, a mere warning, a
  danger described, a denial of an allegation (`nonacts`).

Who does a speech act to whom when the parse does not say is `speakers`. Everything here works
on `Mention`s before they are built into events (`mentions.mentions` calls `scan` and `revise`),
except the split of reciprocal acts, which needs the resolved parties. Word lists are data
(`allegations`, `obligations`, `answers`, `threat_promises`, `responses` in `data/cues.yaml`).
"""
from __future__ import annotations

from . import arguments, modality, nonacts, speakers, stances
from .actors import base as actor_base
from .lexicon import cues
from .nlp import sentence_lemmas

_VERBAL = {"REQUEST", "REJECT", "THREATEN", "ACCUSE", "SUPPORT", "AGREE", "CONCEDE"}
_HOSTILE = {"ASSAULT", "COERCE", "SANCTION", "THREATEN"}
_FUTURE = {"will", "would", "shall", "'ll", "wo"}


def _lemma(tok) -> str:
    return tok.lemma_.lower()


# -- allegations ---------------------------------------------------------------------------

def _wrong_done(verb) -> bool:
    """Does the clause headed by `verb` say that its subject broke a rule? ("had violated the
    deal", "was breaking the truce", "failed to implement the agreements")."""
    table = cues()["allegations"]
    if _lemma(verb) in table["failed_duties"] and _plainly_not(verb):
        return True                  # "ruled that Syria was not meeting its duties"
    if modality.negated_noun(verb) or any(c.dep_ == "neg" for c in verb.children):
        return False
    wanted = table["wrongs"].get(_lemma(verb))
    if wanted is not None:
        objs = {_lemma(o) for o in verb.children if o.dep_ in ("dobj", "nsubjpass")}
        return not wanted or bool(objs & set(wanted))
    if _lemma(verb) in table["failing"]:
        return any(c.dep_ == "xcomp" and _lemma(c) in table["failed_duties"] for c in verb.children)
    return False


def scan(sent, by_index: dict, mention_type, *, statements: bool = False) -> tuple[list, list]:
    """One pass over the sentence's verbs: (statements that are acts, only with `statements`;
    stated future responses)."""
    said_words = cues()["allegations"]["speech"] if statements else frozenset()
    response_words = cues()["responses"]["verbs"]
    said, threats = [], []
    for tok in _with_lemma(sent, said_words | response_words | _GO):
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        lemma = tok.lemma_.lower()
        if lemma in said_words and tok.i not in by_index:
            said += _statement(tok, by_index, mention_type)
        elif lemma in response_words and tok.pos_ == "VERB":
            threats += _response(tok, by_index, mention_type)
        elif lemma in _GO:
            threats += _unanswered(tok, by_index, mention_type)
    return said, threats


def _with_lemma(sent, words):
    """The sentence's tokens whose lemma is one of `words`, found on the doc's lemma array (kept
    in `doc.user_data`) rather than by building every token: this runs on every sentence."""
    doc = sent.doc
    wanted = _hashes(words, doc.vocab.strings)
    return [doc[sent.start + k] for k, h in enumerate(sentence_lemmas(sent)) if h in wanted]


_HASHES: dict = {}


def _hashes(words, strings) -> set:
    key = (id(strings), words)
    if key not in _HASHES:
        _HASHES[key] = {strings[w] for w in words}
    return _HASHES[key]


def _statement(tok, by_index: dict, mention_type) -> list:
    """A reporting verb whose complement is itself an act of the speaker's: a wrong done by
    another party (ACCUSE: "said Ethiopia had violated the deal") or what another party must do
    (REQUEST: "insisted that Kyiv must withdraw"); the triggers inside the complement are
    absorbed as its content."""
    for clause in (c for c in tok.children if c.dep_ == "ccomp"):
        if _wrong_done(clause) or _contested(tok, clause) or stances.reported(tok, clause, _same_party):
            kind, mode, subj = "ACCUSE", "allege", speakers.cleft_party(clause) or speakers.content_subject(clause)
            if subj is None:
                continue
        elif _demanded(clause):
            kind, mode, subj = "REQUEST", None, speakers.content_subject(clause)
            if subj is not None and (subj.lower_ == "it" or _same_party(subj, arguments.subject(tok))):
                subj = None if subj.lower_ == "it" else False    # "it must be followed by ..."
            if subj is False:
                continue                                          # "Sudan said Sudan should ..."
        else:
            continue
        asides = {t.i for c in clause.children if c.dep_ == "advcl" for t in c.subtree}
        inside = [by_index[t.i] for t in clause.subtree if t.i in by_index and t.i not in asides]
        return [mention_type(tok, None, kind, mode, inside, wrapper_word=True,
                             recipient_heads=[subj] if subj is not None else None)]
    return []


def _plainly_not(verb) -> bool:
    """'Iran isn't complying', 'Kyiv has not honoured the deal': a duty plainly not kept by a
    named party (not 'we will not comply', a refusal of one's own, nor what might not be)."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return any(c.dep_ == "neg" for c in verb.children) and subj is not None and subj.pos_ != "PRON" \
        and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def _contested(verb, clause) -> bool:
    """'Armenian officials said Baku had neglected to return the remains', 'alleged that Kyiv
    had postponed the swaps': a claim about what another named party did (not about the
    speaker's own side, not about a state of things) accuses that party."""
    if _lemma(verb) not in cues()["allegations"]["contested"]:
        return False
    if (party := speakers.cleft_party(clause)) is not None:     # "claimed it was a Hamas rocket that hit ..."
        return not _same_party(party, arguments.subject(verb))
    if clause.pos_ != "VERB" or _lemma(clause) in ("be", "have") or any(
            c.dep_ == "neg" or c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children):
        return False             # a state of things, a denial, or what might happen
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ == "PRON" or _same_party(subj, arguments.subject(verb)):
        return False
    return bool(_codes_in(subj))


def _same_party(a, b) -> bool:
    """Do two noun phrases name the same state or body? (a cheap check on the names in them)"""
    if b is None or a.pos_ == "PRON" or b.pos_ == "PRON":
        return False
    return bool(_codes_in(a) & _codes_in(b))


def _codes_in(phrase) -> set[str]:
    """Codes of the known names in a noun phrase, up to its head (a cheap look-up by word)."""
    aliases = actor_base().aliases
    return {aliases[w.text].code for w in phrase.doc[phrase.left_edge.i: phrase.i + 1] if w.text in aliases}


def _demanded(verb) -> bool:
    """'(that) Kyiv must withdraw', 'Europe should pay more': an obligation laid on another
    party (not on the speaker: "we must be ready")."""
    must = cues()["obligations"]
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not any(c.lower_ in must for c in auxes) or any(c.lower_ == "have" for c in auxes):
        return False                 # "should have been invited": a complaint, not a demand
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    return subj is not None and subj.lower_ not in cues()["pronouns"]["speaker"]


# -- revising the mentions of a sentence ---------------------------------------------------

def revise(found: list, mention_type, *, statements: bool = False) -> list:
    """The sentence's mentions after the speech-act rules: no act where the words only
    report, ask (with `statements`, an open 'whether' question or a readiness that is only a
    condition too) or describe a danger; speakers of participles, those held responsible,
    doers and targets named by 'of'; complement subjects as recipients; promises of harm;
    and (with `statements`, for the extractor) the acts answered and the demands in warnings."""
    kept = [m for m in found if not nonacts.names_no_act(m, statements=statements)]
    extra = []
    for m in kept:
        speakers.assign(m)
        _promise_of_harm(m)
        extra += (_answered(m, mention_type) + _warning_to_act(m, mention_type)) if statements else []
    if statements:
        kept = [m for m in kept if not nonacts.statement_denied(m)]
    return kept + extra


def _warning_to_act(m, mention_type) -> list:
    """'warned Damascus to pull back its forces': a warning to do something is a threat and a
    demand ('warned Damascus not to attack' only a threat)."""
    tok = m.token
    if m.type != "THREATEN" or _lemma(tok) != "warn" or not any(c.dep_ == "dobj" for c in tok.children):
        return []
    act = next((c for c in tok.children if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)), None)
    if act is None or any(c.dep_ == "neg" for c in act.children):
        return []
    return [mention_type(tok, m.trigger, "REQUEST", None, list(m.embedded), wrapper_word=m.wrapper_word)]


def _promise_of_harm(m) -> None:
    """'vowed to strike back', 'pledged to impose sanctions': a promise whose content is harm to
    another party is a threat."""
    if m.type != "AGREE" or _lemma(m.token) not in cues()["threat_promises"]:
        return
    harm = [trig for etok, trig in m.embedded
            if etok.head.i == m.token.i and etok.dep_ == "xcomp" and trig.type in _HOSTILE]
    if harm:
        m.type = "THREATEN"
        m.mode = cues()["threat_modes"].get(harm[0].type)


def _answered(m, mention_type) -> list:
    """'rejected Kyiv's calls for a ceasefire', 'denied the allegations by Thailand': the act
    answered, when its own doer is named, is an event too, addressed to the one who answers."""
    table = cues()["answers"]
    if m.type not in table["types"] and _lemma(m.token) not in table["verbs"]:
        return []
    verb = m.token if m.token.pos_ in ("VERB", "AUX") else None
    answerer = arguments.subject(verb) if verb is not None else None
    out = []
    for etok, etrig in m.embedded:
        if etok.pos_ not in ("NOUN", "PROPN") or etrig.type not in table["acts"]:
            continue
        own = speakers.doers(etok)
        if not own and verb is not None and etok.head.i == verb.i and not arguments.is_passive(verb):
            own = [a for a in [arguments.agent_of(verb)] if a is not None]   # "dismissed the claims by X"
        if own:
            out.append(mention_type(etok, etrig, etrig.type, etrig.mode, status=_uttered(etok), actor_heads=own,
                                    recipient_heads=[answerer] if answerer is not None else None))
    return out


def _uttered(tok) -> str:
    """A statement that is an act took place when it was made, whatever it says will happen;
    it is hypothetical only inside a condition ("if Iran says it will respond")."""
    return "hypothetical" if any(t.dep_ == "mark" and t.lower_ in ("if", "unless")
                                 for a in modality.chain(tok) for t in a.children) else "occurred"


def refusal(m, status: str) -> tuple[str, str]:
    """(type, status) of a mention: a support act that was plainly not given ("did not recognize
    the results", "never endorsed the plan") is a refusal, REJECT that occurred, as the coders
    code refusals; a future or conditional one ("will not support") stays a negated SUPPORT."""
    tok = m.token
    if m.type != "SUPPORT" or status != "negated" or _lemma(tok) not in cues()["refusable"]:
        return m.type, status
    if tok.tag_ not in ("VBD", "VBN", "VBZ", "VBP", "VB") or not any(
            c.dep_ == "neg" or c.lower_ == "never" for c in tok.children):
        return m.type, status
    if any(c.dep_ == "aux" and c.lower_ in _FUTURE | {"could", "might", "may", "can", "should", "must"}
           for c in tok.children) or any(c.lower_ == "yet" for c in tok.children):
        return m.type, status
    return "REJECT", "occurred"


def talks_declined(m, etype: str, status: str) -> tuple[str, str]:
    """'Iran will not negotiate under pressure', 'our policy is not to negotiate under
    threats': talks a party says it will not hold are refused (REJECT, occurred), as the
    coders code refusals; talks that did not take place ('did not meet') stay a negated CONSULT
    (verbs: `declinable_talks`)."""
    tok = m.token
    if etype != "CONSULT" or status != "negated" or _lemma(tok) not in cues()["declinable_talks"]:
        return etype, status
    will = any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in tok.children)
    to_not = any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and any(c.dep_ == "neg" for c in tok.children)
    return ("REJECT", "occurred") if will or to_not else (etype, status)


def held_to_account(m, etype: str, status: str) -> tuple[str, str]:
    """'Will hold Tehran responsible for any attack', 'would hold Russia accountable': holding
    someone to account in the future is a threat, uttered now (THREATEN, occurred); 'held Moscow
    responsible for the strike' stays an accusation (`accountability_words`)."""
    if etype == "ACCUSE" and status in ("planned", "hypothetical") and _lemma(m.token) in cues()["accountability_words"]:
        return "THREATEN", "occurred"
    return etype, status


# -- future responses ------------------------------------------------------------------------

def _response(tok, by_index: dict, mention_type) -> list:
    """'Iran will respond to this attack', 'would retaliate against any strike': a stated
    future response to hostility is a threat by the one who will respond."""
    forced = _no_choice_but(tok)           # "had no option but to retaliate"
    if not forced and not any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in tok.children):
        return []
    if any(c.dep_ == "neg" or c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in tok.children):
        return []
    if not forced and _lemma(tok) in cues()["responses"]["need_hostile_object"] and not _hostile_object(tok, by_index):
        return []
    trig = by_index.get(tok.i, (None, None))[1]
    content = [by_index[t.i] for t in tok.subtree if t.i in by_index and t.i != tok.i]
    return [mention_type(tok, trig, "THREATEN", "violence", content, wrapper_word=trig is None,
                         status=_uttered(tok))]


def _no_choice_but(tok) -> bool:
    """'has no choice but to hit back', 'will have no option but to retaliate': a response said to
    be forced is a threat whatever it answers (cues responses.forced_nouns)."""
    doc, i = tok.doc, tok.i
    if i < 4 or doc[i - 1].lower_ != "to" or doc[i - 2].lower_ != "but":
        return False
    noun = doc[i - 3]
    return noun.lemma_.lower() in cues()["responses"]["forced_nouns"] and (
        doc[i - 4].lower_ == "no" or any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children))


_GO = frozenset({"go"})


def _unanswered(tok, by_index: dict, mention_type) -> list:
    """'Iran vowed that the killing will not go unanswered', 'any US attack would not go without
    a response, the Houthi leader said': a harm promised an answer is a threat by the one who
    says so, aimed at the harm's doer; the harm itself is the threat's content, not an event."""
    table = cues()["responses"]
    if not any(c.dep_ == "neg" for c in tok.children) or not any(
            c.dep_ == "aux" and c.lower_ in _FUTURE for c in tok.children):
        return []
    answered = any(_lemma(c) in table["unanswered"] or c.lower_ in table["unanswered"]
                   for c in tok.children if c.dep_ in ("acomp", "oprd", "advmod", "xcomp", "dobj", "ccomp"))
    answered = answered or any(_lemma(g) in table["answer_nouns"] for c in tok.children
                               if c.dep_ == "prep" and c.lower_ == "without" for g in c.children if g.dep_ == "pobj")
    harm = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    speaker = next((a for a in tok.ancestors if a.pos_ == "VERB" and a.dep_ != "aux"), None)
    if not answered or harm is None or speaker is None:
        return []
    sayer = arguments.subject(speaker)
    content = [by_index[t.i] for t in harm.subtree if t.i in by_index]
    hostile = _lemma(harm) in table["hostile_nouns"] or any(trig.type in _HOSTILE for _, trig in content)
    if sayer is None or not hostile:
        return []
    doers = [d for d in speakers.doers(harm) if not (d.dep_ == "poss" and d.ent_type_ == "PERSON")]
    #        ("Nilforoushan's killing": the one killed)
    head, trig = by_index.get(speaker.i, (tok, None))     # "vowed that ...": the vow is the threat
    return [mention_type(head, trig, "THREATEN", "violence", content, wrapper_word=trig is None,
                         status=_uttered(speaker), actor_heads=[sayer], recipient_heads=doers or None)]


def _hostile_object(verb, by_index) -> bool:
    """'respond to the attack', 'respond militarily'."""
    table = cues()["responses"]
    if any(c.dep_ == "advmod" and _lemma(c) in table["forceful"] for c in verb.children):
        return True
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "against")):
        if prep.lower_ == "against" and any(g.dep_ == "pobj" for g in prep.children):
            return True                                  # "will act against Hamas"
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            trig = by_index.get(obj.i, (None, None))[1]
            if trig is not None and trig.type in _HOSTILE or _lemma(obj) in table["hostile_nouns"]:
                return True
    return False


# -- after resolution --------------------------------------------------------------------------

def reciprocal(m) -> bool:
    """'accused each other', 'each accused the other', 'traded accusations'."""
    tok = m.token
    if m.type not in _VERBAL or tok.pos_ not in ("VERB", "AUX"):
        return False
    if _lemma(tok) in cues()["reciprocal_verbs"]:
        return True
    others = [t for c in tok.children if c.i > tok.i for t in (c, *c.children) if t.lower_ in ("other", "another")]
    if not others:
        return False
    if any(g.lower_ in ("each", "one") for t in others for g in t.children) or others[0].lower_ == "another":
        return True                                       # "each other", "one another"
    subj = arguments.subject(tok)                         # "each accused the other"
    return subj is not None and any(c.lower_ == "each" for c in subj.children)


def directed(event) -> list:
    """One event each way for a reciprocal act between two or more named parties."""
    named = [a for a in event.actor if a.code != "UNK"]
    if event.recipient or len({a.code for a in named}) < 2:
        return [event]
    from copy import copy
    out = []
    for a in named:
        one = copy(event)
        one.actor, one.recipient = [a], [r for r in named if r.code != a.code]
        out.append(one)
    return out


def conditions(m, event) -> list:
    """'prepared to trigger sanctions unless Iran resumes negotiations', 'refused to talk until
    Ethiopia withdraws the deal': a threat or a refusal on a condition another party must meet
    asks that party to meet it. Returns (clause verb, its subject) pairs; the coder builds each
    as a REQUEST by the threat's actor, kept only when its recipient is another party."""
    if event.event not in ("THREATEN", "REJECT"):
        return []
    out, marks = [], cues()["demanding_conditions"]
    base = m.token.head if m.token.dep_ == "acomp" else m.token       # "are prepared to ... unless"
    for clause in base.subtree:
        if clause.pos_ in ("VERB", "AUX") and any(c.dep_ == "mark" and c.lower_ in marks for c in clause.children):
            subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subj is not None:          # not "until their forces are expelled": they undergo it
                out.append((clause, subj))
    return out
