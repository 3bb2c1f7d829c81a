"""Who does it to whom: the role heads of a mention on the parse, resolved to parties through
the actor knowledge base, pronouns and anaphors ("this exclusion", "the swap") included."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..article import ActorRef, Article
from . import addressees, arguments, modality, speakers, unnamed
from . import triggers as trigger_finder
from .actors import base as actor_base
from .columns import column, lowered
from .discourse import Discourse
from .lexicon import cues
from .mentions import ANSWERS, HARM_TYPES, SYMMETRIC_TYPES, WRAPPING_TYPES, Mention
from .nlp import sentence_of
from .parties import coded
from .passives import signers

# Actions that happen where their target is: "strikes on Kyiv" took place in Kyiv.
PHYSICAL = {"ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "AID"}
TARGETED = {"ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "THREATEN"}


@dataclass
class Context:
    article: Article
    cover: dict
    discourse: Discourse | None = None
    events: list = field(default_factory=list)


_REACTIONS = {"SUPPORT", "REJECT", "ACCUSE"}   # acts that judge another's act
# Acts that accept or refuse what their noun names, aimed at the noun's owner ("the plan that
# Kyiv rejected": the planner); a judgement (ACCUSE) is aimed at the doer (`_condemned_doers`).
_ACCEPTING = ANSWERS - {"ACCUSE"}


def role_heads(m: Mention):
    tok = m.token
    verb_read = m.trigger is not None and m.trigger.pos == "V" and trigger_finder.tagged_noun_verb(tok)
    if tok.pos_ in ("NOUN", "PROPN") and not m.wrapper_word and not verb_read:
        actors, recipients, joint = arguments.noun_roles(tok)
        if not joint:                   # "went ahead despite an offer from the US"
            recipients = addressees.offer_addressees(m.type, tok, actors, recipients)
    elif tok.pos_ == "ADJ":
        copula = tok.head if tok.dep_ in ("acomp", "amod") else tok
        actors = [s for s in [arguments.subject(copula)] if s is not None]
        recipients = [t for t in copula.subtree if t.dep_ == "pobj" and (t.head.lower_ in ("with", "to")
                      and t.head.head.i in {copula.i, tok.i} | {c.i for c in copula.subtree if c.pos_ == "VERB"}
                      or t.head.lower_ == "of" and t.head.head.i == tok.i)]    # "critical of the resolution"
        recipients = recipients[:1]
        joint = []
    elif m.type == "AID" and arguments.hyphened_giver(tok) is not None:
        # "Kyiv used British-supplied missiles": Britain gave them to the one who uses them
        actors, recipients, joint = [arguments.hyphened_giver(tok)], _holder(tok.head), []
    else:
        subj = arguments.subject(tok)
        actors = [subj] if subj is not None else []
        recipients = arguments.objects(tok) or addressees.done_as(tok)    # "as the EU has threatened to do"
        if m.type not in PHYSICAL | {"THREATEN"}:   # "signed at the State Department" is a place, but
            aimed = any(c.dep_ == "prt" for c in tok.children)      # "hit out at Tokyo" is aimed at it
            recipients = [h for h in recipients if not (h.dep_ == "pobj" and h.head.lower_ in ("at", "in")
                                                        and not (aimed and h.head.lower_ == "at" and h.head.head.i == tok.i))]
        elif m.type == "ASSAULT" and m.trigger is not None:     # "fired British-supplied missiles at X":
            means = trigger_finder.weapons(m.trigger)                 # the missiles are the means
            recipients = [h for h in recipients if not (h.dep_ == "dobj" and h.lemma_.lower() in means)]
        joint = arguments.between(tok)              # "mediated between Israel and Hamas"
        if m.type in _ACCEPTING and trigger_finder.object_gap(tok) \
                and all(trigger_finder.relative_pronoun(r) for r in recipients):
            recipients = arguments.noun_roles(tok.head)[0]   # "the plan that Kyiv rejected": the planner
    for etok, etrig in m.embedded:  # the same happening's parties: "hosted talks between X and Y"
        same = etrig.type == m.type or m.type in SYMMETRIC_TYPES or (     # "signed the X-Y deal"
            etok.dep_ in ("dobj", "nsubjpass") and etok.head.i == tok.i)
        if etok.pos_ in ("NOUN", "PROPN") and m.type == "REJECT" and etrig.type == "CONSULT" and not recipients:
            _, erec, ejoint = arguments.noun_roles(etok)    # "a delay in negotiations with the EU",
            recipients += erec + ejoint                     # "refused talks with Kyiv": aimed at them
            continue
        if etok.pos_ in ("NOUN", "PROPN") and same:
            _, erec, ejoint = arguments.noun_roles(etok)
            if m.type in _REACTIONS and etrig.type != m.type and tok.lemma_.lower() not in cues()["commitment_words"]:
                recipients += ejoint     # "welcomed the agreement between Armenia and Azerbaijan": to them
                continue
            joint += ejoint
            if etok.dep_ in ("nsubj", "nsubjpass") and etok.head.i == tok.i and m.type in SYMMETRIC_TYPES:
                joint += arguments.between(tok)    # "talks resumed in Jeddah between X and Y"
            if not recipients:
                recipients += erec
    if m.type in ("ACCUSE", "REJECT"):
        recipients = speakers.described_doers(m, _condemned_doers(m, recipients))
    if m.type == "ASSAULT" and mutual_fighting(m):
        if joint or tok.pos_ == "NOUN" and not any(a.head.i == tok.i for a in actors) \
                and tok.head.lemma_.lower() not in cues()["waging_verbs"]:
            actors = []  # "a campaign ended the war between X and Y", "the talks aim to end the war"
        joint, actors, recipients = joint + actors + recipients, [], []   # "the RSF's war with the army"
    if m.type in WRAPPING_TYPES and not recipients:   # "a deadline for Hamas to accept"
        for etok, _ in m.embedded:
            if etok.pos_ in ("VERB", "AUX"):
                subj = next((c for c in etok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is not None:
                    recipients.append(subj)
                    break
    if m.type in ("THREATEN",) and not recipients:
        recipients += _condition_subjects(tok)
    if m.type == "REQUEST":
        noun, doers = addressees.doer_asked(tok)
        if doers:            # "demanded his resignation": him, not the resignation
            recipients = [h for h in recipients if h.i != noun.i] + doers
    actors = actors + [p for h in actors if h is not None for p in _companions(h)]
    if m.type == "CONSULT":      # "spoke to a media delegation": the press is no party to a meeting
        actors, recipients, joint = ([h for h in heads if not is_press(h)] for heads in (actors, recipients, joint))
    actors = [a for h in actors for a in _author_of(h)]
    actors, recipients = signers(tok, m.trigger, m.embedded, actors, recipients)  # "the treaty was signed"
    if _binding_text(m, actors) and recipients:
        actors, recipients, joint = [], [], recipients   # "the document commits both sides to ...": they agree
    # the speech-act rules (`speech`) may name a side the parse does not give
    actors = actors if m.actor_heads is None else list(m.actor_heads)
    recipients = recipients if m.recipient_heads is None else list(m.recipient_heads)
    return actors, recipients, joint


def named_in_phrase(m: Mention, ctx: Context, taken: list[ActorRef]) -> list[ActorRef]:
    """For a strike or a sanction with no object: the first state or group named inside the
    trigger's phrase ("air attacks of the war on Kyiv") that is not already a party; fighting
    between sides has none ("a war between Serbian forces and separatists in Kosovo")."""
    if m.type == "ASSAULT" and mutual_fighting(m):
        return []
    kb = actor_base()
    used = {(r.start, r.end) for r in taken}
    tokens = sorted({t.i for t in m.token.subtree} | {t.i for e, _ in m.embedded for t in e.subtree})
    doer = arguments.subject(m.token) if m.token.pos_ in ("VERB", "AUX") else None
    if doer is not None:            # "the Taliban, who took over Kabul, pledged ...": not the target
        tokens = [i for i in tokens if not doer.left_edge.i <= i <= doer.right_edge.i]
    means = trigger_finder.weapons(m.trigger) if m.type == "ASSAULT" and m.trigger is not None else ()
    for weapon in (c for c in m.token.children if c.dep_ == "dobj" and c.lemma_.lower() in means):
        tokens = [i for i in tokens if not weapon.left_edge.i <= i <= weapon.right_edge.i]   # "U.S.-supplied"
    for i in tokens:
        if i in ctx.cover and i != m.token.i:
            start, end, entry = ctx.cover[i]
            if entry.kind in ("country", "seat", "org") and not any(s is not None and s <= m.token.doc[start].idx < (e or 0) for s, e in used):
                refs = kb.resolve(m.token.doc[end - 1], ctx.cover)
                if refs and refs[0].code not in {r.code for r in taken}:
                    return refs[:1]
    return []


def _condition_subjects(tok):
    """'consequences if Russia does not end the war' -> Russia."""
    subjects = (next((c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                for t in sentence_of(tok) if t.dep_ == "mark" and t.lower_ in ("if", "unless"))
    return [s for s in subjects if s is not None]


def mutual_fighting(m: Mention) -> bool:
    """Fighting between sides, said with a noun ("clashes with Cambodia", "the war between
    Armenia and Azerbaijan", `mutual_fighting`), or an attack verb whose subject is one ("the
    RSF's war with the army has killed thousands"): both fight, neither is the other's victim.
    A verb alone ("clashed with Trump", "is fighting Hamas") keeps its direction."""
    words = cues()["mutual_fighting"]
    if m.token.pos_ == "NOUN":
        return m.token.lemma_.lower() in words
    return any(etok.pos_ == "NOUN" and etok.lemma_.lower() in words and etok.dep_ == "nsubj"
               and etok.head.i == m.token.i for etok, etrig in m.embedded if etrig.type == "ASSAULT")


def _author_of(head) -> list:
    """A text that acts ("a resolution demanding a ceasefire", "the statement condemned ...")
    acts for its author: the party it is said to be of ("a UN resolution", "Egypt's statement")
    or the one that issued it ("the Security Council adopted a resolution"). Other heads stand
    for themselves."""
    if head is None or head.pos_ != "NOUN" or head.lemma_.lower() not in cues()["authored_nouns"]:
        return [head]
    return arguments.noun_roles(head)[0] or [head]


def _binding_text(m: Mention, actors: list) -> bool:
    """An agreement whose subject is a text that binds ('The document commits both sides to an
    immediate halt'): the ones bound are the parties (cues binding_verbs, binding_texts)."""
    c = cues()
    return m.type == "AGREE" and m.token.lemma_.lower() in c["binding_verbs"] and len(actors) == 1 \
        and actors[0] is not None and actors[0].lemma_.lower() in c["binding_texts"]


def _condemned_doers(m: Mention, recipients: list) -> list:
    """'denounced the Turkish raid on Kurdish fighters in Iraq': what is denounced is the
    raid, so the accused is its doer (Turkey), not the ones it hit, who are only the strike's
    targets; a strike that names no doer accuses no one named ("condemned the attack on El
    Fasher"). So too for a harm refused: "vetoed new EU sanctions on Russia" refuses the EU."""
    heads = {h.i for h in recipients}
    for etok, etrig in m.embedded:
        if etok.i in heads and etok.pos_ == "NOUN" and etrig.type in HARM_TYPES:
            victims = {t.i for c in etok.children if c.dep_ == "prep" for t in c.subtree}
            victims |= {t.i for c in m.token.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
                        and c.i == etok.right_edge.i + 1 for t in c.subtree}   # hung on the verb
            doers = speakers.doers(etok)          # the strike's own: "Israeli", "Israel's", "by Israel"
            return [h for h in recipients if h.i not in victims and h.i != etok.i] + (doers or [etok])
    return recipients


def _companions(head) -> list:
    """Parties joined to a subject by "along with", "together with" or "alongside": "Norway,
    together with Chile and Mexico, denounced ..." (each named one, with its conjuncts)."""
    out = []
    for prep in head.children:
        if prep.dep_ != "prep":
            continue
        if prep.lower_ == "along":
            prep = next((c for c in prep.children if c.dep_ == "prep" and c.lower_ == "with"), None)
            if prep is None:
                continue
        elif prep.lower_ == "with":
            if not any(c.lower_ == "together" for c in prep.children):
                continue
        elif prep.lower_ != "alongside":
            continue
        out += [o for o in prep.children if o.dep_ == "pobj"]
    return out


def _holder(noun) -> list:
    """Who has or uses the thing a noun names: the subject of the verb it is the object of
    ("Kyiv used ... missiles", "Ukraine received ... tanks"), or of a relative clause that has
    it as object with a verb of having or using ("the use of U.S.-supplied missiles, which
    Ukraine received this week"; not "which Russia shot down"; cues having_verbs)."""
    if noun.dep_ == "dobj" and noun.head.pos_ in ("VERB", "AUX"):
        subj = arguments.subject(noun.head)
        return [subj] if subj is not None else []
    for thing in [noun, *(c for c in noun.children if c.dep_ == "conj")]:   # "... missiles, which Ukraine received"
        for clause in (c for c in thing.children if c.dep_ == "relcl" and c.lemma_.lower() in cues()["having_verbs"]):
            if any(g.dep_ == "dobj" and g.tag_ in ("WDT", "WP") for g in clause.children):
                subj = arguments.subject(clause)
                return [subj] if subj is not None and subj.tag_ not in ("WDT", "WP") else []
    return []


def is_press(head) -> bool:
    """The press or something of it: "reporters", "a media delegation", "a news conference"."""
    press = set(cues()["press_words"])
    return bool({head.lemma_.lower(), head.lower_} & press) or any(    # "media" has the lemma "medium"
        c.dep_ in ("compound", "amod", "nmod") and {c.lemma_.lower(), c.lower_} & press for c in head.children)


def resolve(heads, ctx: Context, tok) -> tuple[list[ActorRef], bool]:
    """ActorRefs for role heads; the flag says one came from an earlier event (anaphora)."""
    kb = actor_base()
    refs, inherited = [], False
    for h in heads:
        if h is None:
            continue
        if h.tag_ in ("WP", "WDT"):
            h = _relative_noun(h)    # "Palestinians who were detained", "Britain, which he said failed"
        if h.pos_ == "PRON":         # "he and Trump": the pronoun's party, then its conjuncts
            owner = _relative_owner(h, ctx) if h.dep_ == "poss" else []
            refs += owner or (ctx.discourse.antecedent(h) if ctx.discourse is not None else [])
            refs += [r for c in h.children if c.dep_ == "conj" for r in resolve([c], ctx, tok)[0]]
            continue
        if ctx.discourse is not None and ctx.discourse.is_pair(h):
            refs += ctx.discourse.pair(h)
            continue
        if ctx.discourse is not None and ctx.discourse.is_state_noun(h):
            refs += _as_institution(h, ctx.discourse.state_of(h))   # "the junta", "the regime"
            continue
        if _is_anaphor(h):       # "the swap": the earlier one's parties; "the Russian strike" names its own
            named = h.dep_ in ("nsubj", "nsubjpass") and any(      # the doer: not "gave the UN aid to Sudan"
                c.i in ctx.cover and ctx.cover[c.i][2].kind != "seat"    # nor "the Riyadh talks", a place
                for c in h.children if c.dep_ in ("amod", "compound", "nmod", "poss"))
            found = [r for r in kb.resolve(h, ctx.cover) if r.code != "UNK"] if named else []
            found = found or _anaphor(h, ctx)
            refs += found
            inherited = inherited or bool(found)
            continue
        found = kb.resolve(h, ctx.cover)
        if not coded(found) and h.lemma_.lower() in cues()["authored_nouns"]:
            found = _authored_before(h, ctx) or found     # "criticised the resolution": its author's
        if not coded(found):      # "its air force", "the ministry", "the group": named before
            ante = unnamed.antecedent(h, ctx.discourse)     # the head's; its conjuncts keep their own
            found = found and _held_by_pronoun(h, found, ctx) or (ante + found[1:] if ante else found)
        refs += found
    return refs, inherited


def _authored_before(noun, ctx: Context) -> list[ActorRef]:
    """'The Security Council adopted a resolution ... China was critical of the resolution': a
    definite text that names no author is the one an earlier sentence has someone issue."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children):
        return []
    start = sentence_of(noun).start
    for t in reversed(noun.doc[:start]):
        if t.lemma_ == noun.lemma_ and t.dep_ in ("dobj", "nsubjpass") and t.head.pos_ == "VERB":
            named = [r for r in resolve(arguments.noun_roles(t)[0], ctx, t)[0] if r.code != "UNK"]
            doer = arguments.subject(t.head)
            return named or ([r for r in resolve([doer], ctx, t.head)[0] if r.code != "UNK"] if doer is not None else [])
    return []


def _as_institution(noun, states: list[ActorRef]) -> list[ActorRef]:
    """The state a state noun stands for, as that institution: "Georgia's opposition urged the
    government to resign" asks Georgia's government (GOV), not the opposition the state was
    last named with."""
    agent = actor_base().agent(noun)
    if agent is not None and agent[0] not in (None, "GOV"):
        return states             # "the army": which army the parse cannot tell ("the ethnic army")
    span = noun.doc[noun.left_edge.i: noun.i + 1]
    return [ActorRef(span.text, r.code, "GOV", None, r.identifier_id, span.start_char, span.end_char)
            for r in states]


def _relative_noun(pron):
    """The noun a relative pronoun stands for, when the clause makes it the one acted on
    ("Palestinians who were detained") or reports it ("Britain, which he said failed to") or
    tells what it is doing now ("the PKK, which is fighting Turkey"); another active
    relative clause is background the coders leave aside ("Putin, who started the war")."""
    if pron.dep_ == "nsubjpass" and pron.head.dep_ == "relcl":
        return pron.head.head
    clause = pron.head
    if clause.dep_ == "ccomp" and clause.head.dep_ == "relcl":
        return clause.head.head
    if pron.dep_ == "nsubj" and clause.dep_ == "relcl" and _under_way(clause):
        return clause.head      # "the PKK, which is fighting Turkey": what goes on now is told
    return pron


def _under_way(verb) -> bool:
    """A present progressive ('is waging', 'has been fighting'): an act going on as the text
    speaks, not the background a past relative clause tells ('who started the war')."""
    aux = {a.lower_ for a in verb.children if a.dep_ == "aux"}
    return verb.tag_ == "VBG" and bool(aux & {"is", "are", "'s", "'re", "been"}) and not aux & {"was", "were", "had"}


def _relative_owner(pron, ctx: Context) -> list[ActorRef]:
    """'China's position, which has become ... through its support for Russia': a possessive
    inside a relative clause whose subject is the relative pronoun belongs to that clause's noun."""
    for clause in pron.ancestors:
        if clause.dep_ == "relcl":
            if any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in clause.children):
                return [r for r in actor_base().resolve(clause.head, ctx.cover) if r.code != "UNK"]
            return []
    return []


def _held_by_pronoun(head, found, ctx: Context) -> list[ActorRef]:
    """An unnamed agent noun whose possessor is a pronoun belongs to the pronoun's party ("its
    air force"; "whose forces": the noun the relative clause is about)."""
    poss = next((c for c in head.children if c.dep_ == "poss" and (c.pos_ == "PRON" or c.lower_ == "whose")), None)
    if poss is None or ctx.discourse is None or head.lemma_.lower() in cues()["relational_nouns"] \
            or actor_base().agent(head) is None:
        return []
    if poss.lower_ == "whose":       # "Putin, whose forces shelled Kharkiv": the clause's noun
        clause = next((a for a in poss.ancestors if a.dep_ == "relcl"), None)
        owners = actor_base().resolve(clause.head, ctx.cover) if clause is not None else []
    else:
        owners = ctx.discourse.antecedent(poss)
    first = found[0]
    return [ActorRef(first.entity_text, p.code, first.sector or p.sector, None, None, first.start, first.end)
            for p in owners if p.code != "UNK"]


def _is_anaphor(noun) -> bool:
    """'this strategy', 'the swap', 'that summit': a definite noun for an earlier action."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() in actor_base().agents or not any(
            c.lower_ in ("this", "that", "these", "those", "the", "such") and c.dep_ == "det" for c in noun.children):
        return False
    return noun.lemma_.lower() in cues()["anaphora_nouns"] or trigger_finder.match(noun) is not None


def _anaphor(noun, ctx: Context) -> list[ActorRef]:
    """'This exclusion' -> the doer of the earlier 'excluding'; 'this strategy' -> the last event's actor."""
    stem, doc = noun.lemma_.lower()[:5], noun.doc
    pos, lemmas = column(doc, "POS"), lowered(doc)       # the verbs before its sentence, nearest first
    for t in (doc[i] for i in range(sentence_of(noun).start - 1, -1, -1) if pos[i] == "VERB" and lemmas[i][:5] == stem):
        subj = arguments.subject(t)
        if subj is not None:
            refs, _ = resolve([subj], ctx, t)
            if refs:
                return refs
    trig = trigger_finder.match(noun)
    if trig is not None:     # "the swap" -> both sides of the exchange; "the talks were held" is
        done = modality.status(noun) == "occurred"              # not the call planned before them
        same = [e for e in ctx.events if e.event == trig.type and coded(e.actor)
                and (e.status == "occurred") == done]
        if same:
            return list(same[-1].actor)
    for event in reversed(ctx.events):
        if coded(event.actor):           # an earlier act by an unnamed doer names no one
            return [next(a for a in event.actor if a.code != "UNK")]
    return []


def sentence_parties(sent, ctx: Context, m: Mention) -> list[ActorRef]:
    """Named states, people and bodies of the sentence, for a meeting noun that names none:
    'The June summit in Geneva ... Biden's preference for talks with Putin'."""
    kb = actor_base()
    refs, seen = [], set()
    for i in range(sent.start, sent.end):
        if i in ctx.cover and ctx.cover[i][0] not in seen:
            start, end, entry = ctx.cover[i]
            seen.add(start)
            if entry.kind in ("person", "country", "org") and sent.doc[start].ent_type_ not in ("GPE", "LOC", "FAC") \
                    or entry.kind == "person":
                refs += kb.resolve(sent.doc[end - 1], ctx.cover)
    return refs
