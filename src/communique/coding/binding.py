"""Clause readings that bind pronouns and pairs in the discourse (`discourse`): who reports
("according to", the subject of a speech verb), who is told, where something happened, and
whose own subject a pronoun cannot be ("Zelensky urged him")."""
from __future__ import annotations

from .lexicon import cues

SUBJECTS = {"nsubj", "nsubjpass"}

VENUE_PREPS = {"in", "at", "to", "into", "inside", "outside", "near"}


def source(tok) -> bool:
    """'according to the Chinese government': who reports, not a side."""
    prep = tok.head if tok.dep_ == "pobj" else None
    return prep is not None and prep.lower_ == "to" and prep.head.lower_ == "according"


def venue(tok) -> bool:
    """A place named as where something happened ("arrived in Washington", "at the Chad-Sudan
    border"), not as a party."""
    return tok.dep_ == "pobj" and tok.head.lower_ in VENUE_PREPS and (
        tok.ent_type_ in ("GPE", "LOC", "FAC") or tok.lemma_.lower() in cues()["place_nouns"])


def own_clause_subject(tok) -> set[int]:
    """Token indices of the subject of the verb `tok` is the object of ("Trump met both leaders")."""
    verb = tok.head if tok.dep_ in ("dobj", "dative") else tok.head.head if tok.dep_ == "pobj" else None
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return set()
    return {t.i for c in verb.children if c.dep_ == "nsubj" for t in c.subtree}


def reporters_above(tok) -> set[int]:
    """Token indices of the subjects of the speech verbs above `tok`, and of those they tell."""
    speech, out = cues()["speech_verbs"], set()
    for verb in tok.ancestors:
        if verb.lemma_.lower() in speech:
            out |= {t.i for c in verb.children if c.dep_ in ("nsubj", "dobj", "dative") and c.i < tok.i
                    for t in c.subtree}
    return out


def said_by(pron) -> set[int] | None:
    """For the subject of a clause reported by a speech verb, the token indices of that verb's
    subject; None otherwise, or when the clause says what someone must do ("told Kyiv it must
    hold elections": the one told)."""
    clause = pron.head
    if pron.dep_ == "nsubj" and names_as(clause):
        # "Kabul said it would ... unless Islamabad ended what it termed backing for
        # militants": a description the reported text gives is its speaker's
        clause = next((a for a in clause.ancestors if a.dep_ == "ccomp" and a.head.lemma_.lower() in cues()["speech_verbs"]),
                      clause)
    if pron.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp" \
            or clause.head.lemma_.lower() not in cues()["speech_verbs"]:
        return None
    if any(c.dep_ == "aux" and c.lemma_.lower() in OBLIGATION for c in clause.children) \
            or any(c.dep_ == "xcomp" and c.lemma_.lower() in ("have", "need") for c in clause.children) \
            or clause.lemma_.lower() in ("have", "need") and any(c.dep_ == "xcomp" for c in clause.children):
        return None                   # "it has to hold elections"; but "said they had sanctions ready"
    verb = clause.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    while subject is None and (verb.dep_ == "conj" or verb.dep_ == "advcl" and verb.tag_ == "VBG"):
        verb = verb.head       # "travelled to Kyiv and said they ...", "denied it, insisting it ...": shared subject
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return {t.i for t in subject.subtree} if subject is not None else None


def names_as(verb) -> bool:
    """'what it described as', 'what he called': a verb naming a thing given as 'what' (cues
    naming_verbs)."""
    return verb.lemma_.lower() in cues()["naming_verbs"] and any(c.dep_ == "dobj" and c.lower_ == "what" for c in verb.children)


def named_by_what(verb) -> list:
    """'what she called nightly Russian raids' -> [raids]: the nouns a free relative names the
    thing by, or [] when the verb's object is no 'what'."""
    if not any(c.dep_ == "dobj" and c.lower_ == "what" for c in verb.children):
        return []
    return [c for c in verb.children if c.dep_ in ("oprd", "attr", "xcomp", "ccomp") and c.pos_ == "NOUN"]


OBLIGATION = {"must", "should", "ought", "shall"}
OBJECTS = {"dobj", "dative", "pobj"}
ARGUMENTS = SUBJECTS | {"dobj", "dative"}


def naming(pron) -> bool:
    """'despite what it called Ukrainian attacks': the one who names a thing in a free relative
    is the sentence's own subject, not a party named after it."""
    return pron.dep_ == "nsubj" and any(c.dep_ == "dobj" and c.lower_ == "what" for c in pron.head.children)


def own_subject(pron) -> set[int]:
    """The token indices of the subject of the verb a non-reflexive pronoun is the object of,
    which it cannot stand for ("Zelensky urged him"); a conjoined verb's subject is its first
    verb's ("hosted Putin and urged him")."""
    verb = pron.head
    if pron.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    if pron.dep_ not in OBJECTS or verb.pos_ not in ("VERB", "AUX"):
        return set()
    while True:
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        if subject is not None or verb.dep_ != "conj":
            break
        verb = verb.head
    return {t.i for t in subject.subtree} if subject is not None else set()


def reporter(verb):
    """The subject of a reporting verb, or the noun after it in an inverted quote tag
    ('..., said the minister', where the parser may read the minister as an object)."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None:
        return subj
    after = [c for c in verb.children if c.i > verb.i and c.dep_ in ("dobj", "attr", "npadvmod", "dative")]
    return after[0] if after else None


ADVERBIAL_MARKS = {"as", "after", "before", "because", "since", "when", "while", "until", "once", "although", "though"}


def adverbial_subject(pron) -> bool:
    """The subject of an adverbial clause ("Poland will close the border, as it threatened to do";
    "after it accused Minsk"): it takes up the subject of the clause it hangs on, not the last
    name before it."""
    verb = pron.head
    return pron.dep_ in SUBJECTS and verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ADVERBIAL_MARKS for c in verb.children)
