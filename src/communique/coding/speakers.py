"""Who makes a speech act to whom, when the parse does not say (`speech` calls `assign` on
every mention of a sentence).

- a relative pronoun stands for its noun ("the US, which persuaded Moscow"), and the agent of a
  reduced relative does the act ("a claim rejected by several countries");
- a speech act in a participle after a reported clause is the speaker's ("Pashinyan said Baku
  violated the truce, urging the EU to respond"); one the parse leaves without a subject takes the
  subject of the clause it hangs in;
- "holds Israel responsible": the holder accuses the one held; "was appalled by the decision":
  the one dismayed accuses the cause;
- act nouns name their doer or target with "of" ("at the request of the US", "condemnation of
  Israel"), and "the Kremlin's list of demands" takes the list's owner;
- with no object, an accusation or a demand is addressed to the subject of its complement
  ("demanded that Ukraine withdraw").

The result is set on `Mention.actor_heads` / `recipient_heads`, which `roles.role_heads` honours.
Word lists are data (`holding_verbs`, `dismay_verbs`, `of_doer_nouns`, `of_target_nouns`,
`allegations.third_persons` in `data/cues.yaml`).
"""
from __future__ import annotations

from . import arguments, binding
from .actors import base as actor_base
from .lexicon import cues
from .triggers import SPEECH_ACTS

_VERBAL = {"REQUEST", "REJECT", "THREATEN", "ACCUSE", "SUPPORT", "AGREE", "CONCEDE"}


def _lemma(tok) -> str:
    return tok.lemma_.lower()


def assign(m) -> None:
    """Set the sides of mention `m` that the parse misses (each rule leaves sides already set)."""
    _relative_subject(m)
    _speaker_of_participle(m)
    _climbing_subject(m)
    _held_responsible(m)
    _dismay(m)
    _of_phrase(m)
    _clause_recipient(m)
    _leaver_asked(m)


def _relative_subject(m) -> None:
    """'Turkey, which talked Moscow round': the relative pronoun stands for its noun;
    'a claim rejected by several countries': the agent of a reduced relative does the act."""
    tok = m.token
    if m.type not in _VERBAL or m.actor_heads is not None:
        return
    if tok.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in tok.children):
        m.actor_heads = [tok.head]
    elif tok.dep_ == "acl" and tok.tag_ == "VBN":
        agent = arguments.agent_of(tok)
        if agent is not None:
            m.actor_heads = [agent]
            if m.recipient_heads is None and not arguments.objects(tok):
                m.recipient_heads = [tok.head]   # "the detention, condemned by critics": the detention


def _speaker_of_participle(m) -> None:
    """'X said Baku violated the truce, urging the EU to respond': the participle hangs on the
    reported clause, but a speech act is the speaker's."""
    tok = m.token
    if m.type not in _VERBAL or tok.tag_ != "VBG" or tok.dep_ != "advcl" or m.actor_heads is not None:
        return
    clause = tok.head
    if clause.dep_ == "ccomp" and _lemma(clause.head) in cues()["speech_verbs"]:
        speaker = arguments.subject(clause.head)
        if speaker is not None:
            m.actor_heads = [speaker]


def _climbing_subject(m) -> None:
    """'Niamey branded the accord void and answered by ousting the ambassador and warning
    it would ...': when the parse leaves a speech act without a subject, the subject of the clause
    it hangs in (never across a reported clause or a relative clause)."""
    tok = m.token
    if m.type not in SPEECH_ACTS or m.actor_heads is not None or tok.pos_ != "VERB" \
            or arguments.is_passive(tok) or tok.tag_ == "VBN" or arguments.subject(tok) is not None:
        return
    t = tok
    for _ in range(6):
        if t.dep_ not in ("conj", "pcomp", "prep", "advcl", "xcomp", "oprd", "acomp") or t.head.i == t.i:
            return
        t = t.head
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subj is not None and t.pos_ in ("VERB", "AUX"):
            m.actor_heads = [subj]
            return


def _held_responsible(m) -> None:
    """'holds Israel responsible', 'deemed the move a violation': the one who holds or deems is the
    actor and the one held is the recipient, whatever the parse made the adjective's subject."""
    tok = m.token
    if m.type != "ACCUSE" or tok.pos_ != "ADJ" or _lemma(tok.head) not in cues()["holding_verbs"]:
        return
    held = next((c for c in tok.children if c.dep_ == "nsubj"), None) or next(
        (c for c in tok.head.children if c.dep_ == "dobj"), None)
    holder = arguments.subject(tok.head)
    if holder is not None and held is not None:
        m.actor_heads, m.recipient_heads = [holder], [held]


def _dismay(m) -> None:
    """'was appalled by the decision' / 'the decision outraged Vilnius': the one dismayed accuses
    the cause; the parse makes the cause the doer."""
    tok = m.token
    if m.type != "ACCUSE" or tok.pos_ != "VERB" or _lemma(tok) not in cues()["dismay_verbs"]:
        return
    if arguments.is_passive(tok):
        felt = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        cause = arguments.agent_of(tok) or next((g for c in tok.children if c.dep_ == "prep" and c.lower_ in
                                                 ("at", "over", "about", "with") for g in c.children if g.dep_ == "pobj"), None)
    else:
        felt = next((c for c in tok.children if c.dep_ == "dobj"), None)
        cause = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    m.actor_heads = [felt] if felt is not None else []
    m.recipient_heads = [cause] if cause is not None else None


def _of_phrase(m) -> None:
    """'at the request of the US', 'the demands of the Pakistani side': the doer; 'condemnation of
    Israel', 'support for Ukraine': the target (data: `of_doer_nouns`, `of_target_nouns`)."""
    tok = m.token
    if tok.pos_ not in ("NOUN", "PROPN") or m.wrapper_word:
        return
    obj = next(iter(arguments.of_objects(tok)), None)
    governor = tok.head.head if tok.dep_ == "pobj" else None
    if obj is None and governor is not None and tok.head.lower_ == "of" and governor.pos_ == "NOUN" \
            and m.actor_heads is None and not doers(tok) and doers(governor):
        m.actor_heads = doers(governor)                 # "the Kremlin's list of demands"
    if governor is not None and tok.head.lower_ in ("at", "upon") and governor.pos_ in ("VERB", "AUX") \
            and m.recipient_heads is None and _lemma(tok) in cues()["of_doer_nouns"]:
        asked = arguments.subject(governor)              # "convened at the request of the US"
        m.recipient_heads = [asked] if asked is not None else None
    if obj is None:
        return
    if _lemma(tok) in cues()["of_doer_nouns"] and m.actor_heads is None and not doers(tok):
        m.actor_heads = [obj]
    elif _lemma(tok) in cues()["of_target_nouns"] and m.recipient_heads is None:
        m.recipient_heads = [obj]


def _clause_recipient(m) -> None:
    """'demanded that Ukraine withdraw', 'alleging that the host country discriminates': with no
    object, the one addressed or accused is the subject of the complement clause."""
    tok = m.token
    if m.type not in ("ACCUSE", "REQUEST") or tok.pos_ != "VERB" or m.recipient_heads is not None:
        return
    if any(c.dep_ in ("dobj", "dative") for c in tok.children) or arguments.is_passive(tok):
        return
    clause = next((c for c in tok.children if c.dep_ == "ccomp"), None)
    if clause is not None:
        subj = content_subject(clause)
        if subj is not None:
            m.recipient_heads = [subj]


def _leaver_asked(m) -> None:
    """'called for the withdrawal of Israeli forces from Lebanon', 'demanded the pullout of
    Rwandan troops': a withdrawal asked for is asked of the one who would withdraw, not of the
    place left."""
    if m.type != "REQUEST" or m.recipient_heads is not None:
        return
    leaving = cues()["leaving_words"]
    for etok, trig in m.embedded:
        if trig.type == "RETREAT" and etok.pos_ == "NOUN" and _lemma(etok) in leaving:
            of = arguments.of_objects(etok)
            if of:
                m.recipient_heads = of[:1]
                return


def doers(noun) -> list:
    """The doer an act noun names itself: 'Kyiv's calls', 'Russian demands', 'claims by Beijing'."""
    own = [c for c in noun.children if c.dep_ == "poss" or c.dep_ in ("compound", "amod")
           and (c.ent_type_ in ("NORP", "GPE", "ORG", "PERSON") or c.pos_ == "PROPN")]
    agents = ("by",) if _lemma(noun) in cues()["leaving_words"] else ("by", "from")   # "withdrawal from Lebanon"
    return own + [g for c in noun.children if c.dep_ in ("prep", "agent") and c.lower_ in agents
                  for g in c.children if g.dep_ == "pobj"]


def content_subject(verb):
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ == "PRON" and subj.lower_ not in cues()["allegations"]["third_persons"]:
        return None                  # "said it had violated nothing", "we broke": not an allegation
    return subj


def described_doers(m, recipients: list) -> list:
    """'what she called nightly Russian raids', 'unless Israel ended what it called aggression
    against Lebanon': a description accuses the doer of what it names, the one its phrase names
    ("Ukrainian") or else the subject of the clause it is the object of (Israel), not the one
    the named act hit (Lebanon)."""
    tok = m.token
    if m.type != "ACCUSE" or not binding.names_as(tok):
        return recipients
    own = [d for n in binding.named_by_what(tok) for d in doers(n)]
    if own:
        return own
    outer = tok.head if tok.dep_ in ("ccomp", "dobj", "xcomp") and tok.head.pos_ in ("VERB", "AUX") else None
    subject = arguments.subject(outer) if outer is not None else None
    return [subject] if subject is not None else recipients


def cleft_party(clause):
    """'(claimed) it was a Hamas rocket that hit the hospital', 'it was fire from Armenia's
    positions that hit the village': in a cleft sentence the noun after 'it was' does what the
    relative clause in it says; the first known name in that noun before the relative clause is
    the party the claim is about. None for other clauses."""
    if clause.lemma_.lower() != "be" or not any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in clause.children):
        return None
    noun = next((c for c in clause.children if c.dep_ == "attr"), None)
    rel = next((t for t in noun.subtree if t.dep_ == "relcl" and t.pos_ == "VERB"), None) if noun is not None else None
    if rel is None:
        return None
    aliases = actor_base().aliases
    return next((t for t in noun.subtree if t.i < rel.left_edge.i and t.text in aliases), None)
