"""Who does it and to whom: the actor and recipient heads of a trigger, read off the parse.

These functions return spaCy tokens (noun-phrase heads); `actors.ActorBase.resolve`
turns a head into codes. Control and passives are followed: "Trump asked Putin to
refrain" gives the request's recipient Putin; "talks hosted by the US" gives the agent.
"""
from __future__ import annotations

from .lexicon import cues
from .passives import agent_of, appositive, is_passive, misparsed_conjunct, passive_agent, pobjs as _pobjs, reduced_passive

_SUBJ = ("nsubj", "csubj")
_RECIPIENT_PREPS = {"with", "to", "against", "on", "at", "toward", "towards", "into", "from", "for",
                    "upon", "over", "onto"}


def prep_objects(token, preps) -> list:          # "relied on Wagner": Wagner
    return list(_pobjs(token, preps))


def of_objects(noun) -> list:
    """The objects of a noun's "of" phrases: 'the withdrawal of Israeli forces', 'the request of
    the US'."""
    return list(_pobjs(noun, {"of"}))


def to_infinitive(verb) -> bool:
    """'to agree', 'to be held': the verb is marked by an infinitival 'to'."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def subject(verb):
    """The doer of a verb: its subject, the 'by' agent of a passive, or the controller."""
    if (joined := misparsed_conjunct(verb)) is not None:     # "imposed X and threatened military action"
        return subject(joined)
    if is_passive(verb):
        found = agent_of(verb)
        if found is not None:
            return found
        if verb.lemma_.lower() in cues()["removal_verbs"] and (out := next(_pobjs(verb, {"from"}), None)) is not None:
            return out                       # "Guinea was suspended from the AU": the AU
        if verb.lemma_.lower() in cues()["stative_participles"]:       # "Baku is committed to the truce"
            return next((c for t in (verb, *(a for a in verb.children if a.dep_ == "auxpass"))
                         for c in t.children if c.dep_ in ("nsubjpass", "nsubj")), None)
        if verb.dep_ in ("advcl", "xcomp", "conj", "acl") and verb.head.i != verb.i:
            return None
        if verb.dep_ == "relcl" and not any(c.dep_ == "xcomp" for c in verb.children):
            return None          # "Palestinians who have been detained": the noun underwent it
                                 # (but "militias which are believed to receive" raise it)
    if (agent := passive_agent(verb)) is not None:    # "refugees attacked by RSF fighters": the fighters
        return agent
    direct = next((c for c in verb.children if c.dep_ in _SUBJ), None)
    if direct is not None:
        return direct
    head = verb.head
    if head.i == verb.i:
        return _stranded_subject(verb)
    if verb.dep_ == "xcomp":
        # object control ("asked Putin to refrain") before subject control ("agreed to meet")
        obj = next((c for c in head.children if c.dep_ in ("dobj", "dative")
                    and c.lemma_.lower() not in cues()["responses"]["forced_nouns"]), None)   # "has no option but to"
        return obj if obj is not None else _stance_owner(subject(head))
    if verb.dep_ == "advcl" and head.lemma_.lower() in cues()["granting_verbs"] and to_infinitive(verb):
        # "gave Ukraine until Thursday to agree": the one given the time or leave acts
        obj = next((c for c in head.children if c.dep_ in ("dative", "dobj")), None)
        if obj is not None:
            return obj
    if verb.dep_ == "advcl":                  # "summoned the envoy after [a wave of strikes] pounded
        split = _split_subject(verb)             # Kyiv", parsed as a phrase and a clause
        if split is not None:
            return split
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and (near := _clause_just_before(verb)) is not None:
        return subject(near)          # "... when Niger expelled the envoy, claiming that": Niger claims
    if verb.dep_ in ("conj", "advcl"):
        if tensed_after_infinitive(verb):
            return subject(head.head)
        if head.pos_ in ("VERB", "AUX"):
            return appositive(head) or subject(head)    # "Lai, branded X by Beijing, arrived": Lai
        if verb.dep_ == "conj":        # "called the deal illegal and retaliated": parsed onto "illegal"
            above = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)
            return subject(above) if above is not None else None
        return None
    if verb.dep_ in ("acl", "relcl") and head.pos_ in ("NOUN", "PROPN", "PRON"):
        poss = next((c for c in head.children if c.dep_ == "poss"), None)
        if verb.dep_ == "acl" and poss is not None and to_infinitive(verb):
            return poss                          # "its decision to suspend imports": its
        if verb.dep_ == "acl" and to_infinitive(verb) and head.lemma_.lower() in cues()["effort_nouns"] \
                and head.dep_ == "dobj" and head.head.lemma_.lower() in cues()["effort_verbs"]:
            return subject(head.head)            # "France led efforts to support Lebanon": France
        return head
    if verb.dep_ == "pcomp":               # "will have no option but to retaliate": parsed onto "but"
        return subject(head.head) if head.dep_ == "cc" and head.head.pos_ in ("VERB", "AUX") else _climbing_subject(head)
    if verb.dep_ == "ccomp" and head.dep_ == "relcl" and any(c.tag_ in ("WDT", "WP") for c in head.children):
        return head.head                         # "the US, which he said failed to provide"
    return None


def _stance_owner(subj):
    """'Our policy is not to negotiate under threats': the one whose policy or position
    (`stance_nouns`) an infinitive states does it."""
    if subj is None or subj.lemma_.lower() not in cues()["stance_nouns"] or subj.head.pos_ not in ("AUX", "VERB"):
        return subj
    owner = next((c for c in subj.children if c.dep_ == "poss"), None)
    return owner if owner is not None else subj


def _clause_just_before(verb):
    """The clause that ends at the comma before a participle hung on the main verb, when the
    parser hung that clause there too ("The meeting was cancelled when Niger expelled X, claiming ...")."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    return next((c for c in verb.head.children if c.dep_ == "advcl" and c.i < verb.i
                 and c.right_edge.i == verb.i - 2 and any(s.dep_ == "nsubj" for s in c.children)), None)


def tensed_after_infinitive(verb) -> bool:
    """A past or third-person verb joined to a to-infinitive ("asked Ukraine to withdraw its
    troops and threatened to strike Kyiv"): the parser joins it to the infinitive, but it
    continues the clause the infinitive hangs from; its doer is that clause's, and it is no
    content of a request."""
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return first is not verb and verb.tag_ in ("VBD", "VBZ") and first.tag_ == "VB" \
        and first.dep_ in ("xcomp", "ccomp") and first.head.i != first.i and to_infinitive(first)


_SPLIT_PREPS = {"after", "before", "as", "since", "until", "when", "while", "once", "because"}
_NAMES = {"GPE", "ORG", "NORP", "PERSON"}


def _stranded_subject(verb):
    """The names right before a finite main verb the parser left without a subject, having hung
    them on a phrase before them: "In a shared declaration, Chile, Peru and Bolivia praised ..."
    (the first name; its conjuncts follow it)."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    first, i = None, verb.i - 1
    while i >= verb.sent.start:
        t = verb.doc[i]
        if t.ent_type_ in _NAMES and t.pos_ in ("PROPN", "NOUN"):
            first = t
        elif not (t.is_punct and t.text == "," or t.pos_ == "CCONJ" or t.pos_ == "DET" and first is not None):
            break
        i -= 1
    if first is None or verb.doc[verb.i - 1].ent_type_ not in _NAMES:
        return None
    return first if first.ent_iob_ == "B" else next((t for t in reversed(verb.doc[:first.i]) if t.ent_iob_ == "B"), first)


def _split_subject(clause):
    """The object of a time preposition that ends right where a subjectless clause begins."""
    for c in clause.head.children:
        if c.dep_ == "prep" and c.lower_ in _SPLIT_PREPS and c.right_edge.i + 1 == clause.left_edge.i:
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def _climbing_subject(token, hops: int = 4):
    """'playing a central part in mediating the truce': climb prep/pobj/dobj links to a verb's subject."""
    for _ in range(hops):
        if token.dep_ not in ("prep", "pobj", "dobj", "pcomp") or token.head.i == token.i:
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return subject(token)
    return None


def objects(verb, *, skip=()) -> list:
    """Recipient candidates of a verb: passive subject, direct object, then prepositional objects."""
    out = []
    if is_passive(verb) and verb.lemma_.lower() not in cues()["stative_participles"]:
        out += [c for c in verb.children if c.dep_ == "nsubjpass"]
    if reduced_passive(verb):                 # "Lai, labeled a parasite by China": Lai
        out.append(verb.head)
    elif (noun := appositive(verb)) is not None:
        out.append(noun)
    if misparsed_conjunct(verb) is not None:
        out.append(verb.head)
    out += [c for c in verb.children if c.dep_ in ("dobj", "dative", "attr")]
    out += [g for c in verb.children if c.dep_ == "dative" for g in c.children if g.dep_ == "pobj"]
    out += list(_pobjs(verb, _RECIPIENT_PREPS))
    for obj in list(out):                       # "imposed sanctions on Russia"
        with_ok = obj.lemma_.lower() in cues()["meeting_nouns"]     # "held talks with the US"
        out += list(_pobjs(obj, _RECIPIENT_PREPS - ({"with"} if not with_ok else set())))
    occasions = set(cues()["occasion_nouns"]) | set(cues()["time_frame_nouns"])  # "talked on the margins of a forum"
    return [o for o in out if o not in skip and o.ent_type_ not in ("DATE", "TIME", "MONEY", "PERCENT", "CARDINAL")
            and o.lemma_.lower() not in occasions and o.lower_ not in occasions]


def noun_roles(noun):
    """(actor heads, recipient heads, joint heads) of an event noun such as 'talks', 'strikes'."""
    actors, recipients, joint = [], [], []
    for child in noun.children:
        if child.dep_ == "poss":
            actors.append(child)
        elif child.dep_ in ("compound", "amod", "nmod") and (child.ent_type_ in ("NORP", "GPE", "ORG", "PERSON")
                                                              or child.pos_ == "PROPN"):
            partner = _hyphened(child)
            if partner is not None:        # "the Trump-Putin summit", "US-Russia talks": both sides
                joint += [partner, child]
            else:
                actors.append(child)
        elif child.dep_ == "amod" and child.lemma_.lower() in cues()["collective_modifiers"]:
            actors.append(child)           # "repeated international calls": the world's, unnamed
        elif child.dep_ == "compound" and child.pos_ == "NOUN":     # "a new US ceasefire proposal"
            actors += [g for g in child.children if g.dep_ in ("compound", "amod", "nmod") and g.i < child.i
                       and (g.ent_type_ in ("NORP", "GPE", "ORG", "PERSON") or g.pos_ == "PROPN") and _hyphened(g) is None]
    leaving = noun.lemma_.lower() in cues()["leaving_words"]    # "the withdrawal of Israeli forces from
    actors += list(_pobjs(noun, {"by"} if leaving else {"by", "from"}))    # Lebanon": from is the one left
    joint += between(noun, {"between", "among", "involving"})
    joint += [p for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" for p in between(c)]  # "talks held ... between"
    joint += [o for c in noun.children if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in ("involve", "include", "bring")
              for o in c.children if o.dep_ == "dobj"]        # "meetings that involved the RSF"
    joint += [s for c in noun.children if c.dep_ == "relcl" and takes_part(c)
              for s in c.children if s.dep_ == "nsubj" and s.tag_ not in ("WP", "WDT")]  # "talks, which the Houthis are attending"
    joint += mediators(noun)
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
        joint += between(noun.head)        # "negotiations resumed in Jeddah between X and Y"
    if not joint:
        joint += quarrel_begun(noun)
    recipients += list(_pobjs(noun, _RECIPIENT_PREPS if leaving else _RECIPIENT_PREPS - {"from"}))
    if not recipients and received(noun):     # "Ukraine received an invitation": Ukraine is invited
        recipients += [s for s in [subject(noun.head)] if s is not None]
    if not recipients and noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        # "took the proposal to Russia", "sent Hamas a proposal": where the verb takes it
        verb = noun.head
        recipients += [c for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP"]
        recipients += list(_pobjs(verb, {"to"}))
    if not actors:
        actors += _governing_subject(noun)
    return actors, recipients, joint


def received(noun) -> bool:
    """'Ukraine received an invitation', 'secured a promise of a ceasefire': an act's noun
    (`received_nouns`) as the object of a verb of getting (`receiving_verbs`) is done to the
    verb's subject, by someone else."""
    c = cues()
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in c["receiving_verbs"] \
        and noun.lemma_.lower() in c["received_nouns"]


def between(token, preps=frozenset({"between", "among"})) -> list:
    """'between X and Y', 'among X, Y and Z' attached to `token`: the parties of a joint action.
    The parser often hangs the phrase on a date just before it ("talks held on 3 March between
    X and Y"); no date has parties, so it is read as the token's."""
    out = list(_pobjs(token, preps))
    for child in token.children:
        if child.dep_ == "prep":
            out += [p for g in child.children if g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME")
                    for p in _pobjs(g, preps)]
    return out


def quarrel_begun(noun) -> list:
    """'The fighting began in 2013, set off by a rivalry between the president and his deputy', 'a
    war that broke out after a border dispute between X and Y': a war said by its outbreak is
    fought by the sides of the quarrel said to have begun it (cues outbreak_nouns,
    outbreak_verbs, cause_verbs, cause_preps)."""
    c = cues()
    if noun.lemma_.lower() not in c["outbreak_nouns"]:
        return []
    causes = []
    for verb in outbreak_verbs(noun):
        causes += [g for p in verb.children if p.dep_ == "prep" and p.lower_ in c["cause_preps"]
                   for g in p.children if g.dep_ == "pobj"]
        causes += [g for a in verb.children if a.dep_ in ("advcl", "acl") and a.lemma_.lower() in c["cause_verbs"]
                   for p in a.children if p.dep_ == "agent" for g in p.children if g.dep_ == "pobj"]
    return [p for cause in causes for p in between(cause)]


def outbreak_verbs(noun) -> list:
    """The verbs telling a war's outbreak: the one it is the subject of ("the war erupted") and
    those of its relative clauses ("the war that broke out in 2020 ended in six weeks")."""
    verbs = [noun.head] if noun.dep_ == "nsubj" else []
    verbs += [c for c in noun.children if c.dep_ in ("relcl", "acl")]
    return [v for v in verbs if v.lemma_.lower() in cues()["outbreak_verbs"]]


def in_accord_clause(tok, stop) -> bool:
    """Is `tok` (below `stop`) in a clause that describes an accord's terms ("a deal under which
    Israel will release prisoners", "an accord under which Ethiopian forces leave")? Accords are
    the texts that bind (cues binding_texts)."""
    texts = cues()["binding_texts"]
    while tok.i != stop.i and tok.head.i != tok.i:
        if tok.dep_ in ("relcl", "acl") and tok.head.pos_ == "NOUN" and tok.head.lemma_.lower() in texts:
            return True
        tok = tok.head
    return False


def mediators(noun) -> list:
    """Go-betweens of a meeting noun: 'talks brokered by Turkey', 'the US-brokered talks'."""
    out = []
    verbs = cues()["mediation_verbs"]
    for child in noun.children:
        if child.dep_ in ("acl", "amod") and child.lemma_.lower() in verbs:
            out += [g for c in child.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            out += [c for c in child.children if c.dep_ in ("npadvmod", "compound", "nmod") and c.i < child.i]
    return out


def _hyphened(token):
    """'Trump' in 'Trump-Putin summit': a name joined to `token` by a hyphen before it."""
    for child in token.children:
        if child.dep_ in ("compound", "nmod", "amod") and child.i == token.i - 2 and token.doc[token.i - 1].text in "-–—" \
                and (child.ent_type_ in ("NORP", "GPE", "ORG", "PERSON") or child.pos_ == "PROPN"):
            return child
    return None


def takes_part(verb) -> bool:
    """A verb of taking part in a gathering: "involved in", "participate in", "take part in"."""
    words = cues()["participation_verbs"]
    return verb.lemma_.lower() in words or any(c.dep_ == "dobj" and c.lemma_.lower() in words for c in verb.children)


def _owning_up(noun):
    """The verb of 'claimed responsibility for the attack', 'took responsibility for the
    bombing': whoever owns up to an act did it. None when the noun is not so placed."""
    head = noun.head
    if noun.dep_ != "pobj" or head.lower_ != "for" or head.head.lemma_.lower() != "responsibility":
        return None
    verb = head.head.head
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in cues()["owning_verbs"] else None


def _governing_subject(noun):
    """'Trump issued a deadline' -> Trump; 'the summit will be hosted by Turkey' -> Turkey; a conjoined
    noun takes its first conjunct's place ("killed six in a drone and artillery attack")."""
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN") and noun.head.i != noun.i \
            and noun.head.ent_type_ not in ("DATE", "TIME"):     # "for a year ... and the crackdown": no
        noun = noun.head
    head = noun.head
    verb = head.head if head.dep_ == "prep" else head
    if any(c.dep_ == "neg" for c in verb.children) and takes_part(verb):
        return []        # "Hungary did not take part in the talks": not one of their parties
    if head.lemma_.lower() in cues()["reporting_verbs"]:   # "officials said the assault...": a report
        return []
    if received(noun):               # "secured a promise from Moscow": Moscow promised
        return list(_pobjs(head, {"from"}))
    if noun.dep_ in ("dobj", "attr", "oprd") and head.pos_ in ("VERB", "AUX"):
        if any(c.dep_ in ("oprd", "acomp") for c in head.children if c.i != noun.i):
            return []    # "X called the agreement illegal": X judges the agreement, it is not X's
        s = subject(head)
        return [s] if s is not None else []
    if noun.dep_ == "nsubjpass" and head.pos_ == "VERB":
        a = agent_of(head)
        return [a] if a is not None else []
    if noun.dep_ == "pobj" and head.lower_ == "in" and head.head.ent_type_ == "MONEY":
        amount = apposed_head(head.head)     # "Japan pledged 9 billion yen, roughly 60 million dollars in relief"
        s = subject(amount.head) if amount.dep_ == "dobj" and amount.head.pos_ == "VERB" else None
        return [s] if s is not None else []
    owner = _owning_up(noun)
    if owner is not None:              # "the Houthis claimed responsibility for the attack"
        s = subject(owner)
        return [s] if s is not None else []
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX") \
            and head.head.lemma_.lower() not in cues()["topic_verbs"] \
            and head.lower_ in ("in", "to", "into", "for", "on", "as"):     # "stepped in as mediator"
        s = subject(head.head)
        return [s] if s is not None else []
    return []


def apposed_head(tok):
    """The first of a run of appositions ('40 million euros, about 43 million dollars')."""
    while tok.dep_ in ("appos", "conj") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def hyphened_giver(tok):
    """'British-supplied missiles': the name before the hyphen of a participle modifying a noun."""
    if tok.tag_ != "VBN" or tok.dep_ != "amod" or tok.i < 2 or tok.doc[tok.i - 1].text not in ("-", "–"):
        return None
    giver = tok.doc[tok.i - 2]
    return giver if giver.head.i == tok.i and giver.pos_ in ("PROPN", "NOUN", "ADJ", "ADV") else None
