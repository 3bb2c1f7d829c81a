"""Which date of a sentence is an event's own.

The event takes the date that modifies its trigger or the trigger's own phrase ("met on
Tuesday", "Monday's airstrikes", "the talks held in Oslo on 3 May"), or the event it took place at
or that caused it ("promised at Sunday's summit", "Monday's strikes killed nine"); else one that
modifies a clause above it (the reporting verb of "said on Tuesday that both governments had
agreed"); else the nearest date of the sentence that no other event owns. Not its own: a date
that premodifies another event noun ("reaffirmed its commitment to the 1994 truce") or sits in a
clause describing another event that is the trigger's argument ("agreed to a truce beginning on
Saturday"), or a participant ("free the activists, who were arrested in March 2021"), or another
event elsewhere in the sentence ("the negotiations were the third round since the dialogue
resumed in June"); the date of the clause above for a past perfect that is not reported ("spent
Saturday establishing who had ordered the raid"); a dateline ("MADRID, May 14 -"); a deadline
("until", "by", "before"). An event measured from the clause above ("shelled the town on Friday,
three days after the talks collapsed") takes that date moved by the span; with no span given
("resumed on Monday after the truce collapsed") only its month, as the news-dev coders do; with
"since" or "until" none. How an expression becomes a date is `datetext`.
"""
from __future__ import annotations

from datetime import date as Date, timedelta

from .columns import lowered
from .datetext import parse, words
from .lexicon import cues, triggers
from .nlp import doc_ents, sentence_ents

__all__ = ["parse", "event_date", "deadline", "reference", "dateline", "governor", "verb_above"]

_DEADLINE_PREPS = {"until", "till", "by", "before", "ahead"}


def dateline(ent) -> bool:
    """'MADRID, May 14 -' or 'Lagos, June 3 (Agency) -': a paragraph opened by a place and the
    day of writing, which dates the report, not its events."""
    doc = ent.doc
    i = ent.start - 1
    while i >= 0 and (doc[i].text in (",", "•") or doc[i].pos_ == "PROPN" or doc[i].is_space and "\n" not in doc[i].text):
        i -= 1
    return ent.start > 0 and doc[ent.start - 1].text == "," and (i < 0 or "\n" in doc[i].text)


def is_deadline(ent) -> bool:
    head = ent.root.head
    return ent.root.dep_ == "pobj" and head.lower_ in _DEADLINE_PREPS


def date_ents(sent, labels=("DATE", "TIME")):
    """The sentence's date and time entities, without a year the tagger split off a date before it
    ("the June 5" + ", 2024": read as one by `expression`)."""
    return [e for e in sentence_ents(sent) if e.label_ in labels and not _split_year(e)]


def _split_year(ent) -> bool:
    doc = ent.doc
    return ent.text.isdigit() and len(ent.text) == 4 and ent.start >= 2 and doc[ent.start - 1].text == "," \
        and doc[ent.start - 2].ent_type_ == "DATE"


def another_events(ent, tok) -> bool:
    """The date premodifies an event noun other than `tok` that is not a setting ("committed to
    the 1974 truce", "a 2019 accord"; not "at an October meeting"): it dates that event and places
    nothing else in time."""
    root = ent.root
    noun = root.head
    return root.dep_ in _PREMODIFIER and noun.i != tok.i and noun.i > root.i and event_noun(noun) \
        and not (noun.dep_ == "pobj" and noun.head.lower_ in words()["setting_preps"])


def expression(ent) -> str:
    """The entity's text, with a year the tagger split off ("the June 5" + ", 2024")."""
    doc, end = ent.doc, ent.end
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].ent_type_ == "DATE" and \
            doc[end + 1].text.isdigit() and len(doc[end + 1].text) == 4:
        return doc[ent.start:end + 2].text
    return ent.text


def reference(doc, published: str | None) -> str | None:
    """The day an article speaks from: its publication date, else the latest date it writes in
    full ("March 3, 2024" in a caption or dateline), which gives a year to "June 5"."""
    if published and len(published) >= 10:
        return published
    key = "communique_reference_date"
    if key not in doc.user_data:
        full = [parse(expression(e), None) for e in doc_ents(doc) if e.label_ == "DATE" and not is_deadline(e)]
        days = [d for d in full if d and len(d) == 10]
        doc.user_data[key] = max(days) if days else None
    return doc.user_data[key]


def prefer_for(status: str | None, rank: int = 0, ent=None) -> str | None:
    """Which side of publication a yearless date or a weekday falls on, by the tense of the verb
    the date hangs from and the event's status: after it under a future ("will observe a truce
    from Monday", "a truce that takes effect on Monday" for a planned truce), before it under a
    past or for an event that occurred ("told him on Monday that the US would help" dates the
    telling); for a planned event with no verb to tell, the nearer side."""
    tense = _tense(verb_above(ent)) if ent is not None else None
    if tense == "future":
        return "future"
    if rank > 0 or status in ("occurred", "negated") or tense == "past":
        return "past"
    if status != "planned":
        return None
    return "near" if ent is None or verb_above(ent) is None else "future"


def _tense(verb) -> str | None:
    if verb is None:
        return None
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if auxes & {"will", "shall", "'ll", "wo", "to"}:
        return "future"
    if verb.tag_ == "VBD" or auxes & {"had", "has", "have"}:
        return "past"
    return None


_PREMODIFIER = {"nummod", "compound", "amod", "poss", "nmod", "npadvmod"}
_NOUN_CLAUSE = _PREMODIFIER | {"acl", "relcl", "appos"}


def event_noun(tok) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") and (tok.lemma_.lower(), "N") in triggers()


def governor(ent):
    """The word a date modifies: the noun it premodifies ("a 2019 accord", "Monday's airstrikes"), else
    the first verb or event noun above it ("met on Tuesday", "the summit on Friday")."""
    tok = ent.root
    if tok.dep_ in _PREMODIFIER and event_noun(tok.head) and tok.head.i > tok.i:
        return tok.head
    while tok.head.i != tok.i:
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX") or event_noun(tok):
            return tok
    return tok


def verb_above(ent):
    """The first verb above a date, or None."""
    return next((t for t in ent.root.ancestors if t.pos_ in ("VERB", "AUX")), None)


def _is_within(tok, top) -> bool:
    return tok == top or top in tok.ancestors


def _argument_of(noun, trigger) -> bool:
    """'withdrew from a deal', 'pulled out of an accord', 'signed a deal': the noun is the
    trigger's object, not its setting ('during a call', 'at a meeting')."""
    if noun.head.i == trigger.i:
        return noun.dep_ in ("dobj", "nsubjpass", "attr", "oprd", "nsubj")
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    while prep.head.i != trigger.i and prep.head.pos_ in ("ADP", "PART") and prep.head.head.i != prep.head.i:
        prep = prep.head                                  # "out of", "away from"
    return prep.head.i == trigger.i and prep.lower_ not in words()["setting_preps"]


def _other_event(ent, trigger) -> bool:
    """The date premodifies another event noun ("reaffirmed its commitment to the 1974 truce"),
    or sits in a clause modifying one that is the trigger's argument ("agreed to a truce beginning
    on Saturday"). An event that is the trigger's setting ("agreed during a call on Tuesday") or
    cause ("Monday's strikes killed nine") shares its date."""
    tok = ent.root
    while tok.head.i != tok.i and tok.i != trigger.i:
        head = tok.head
        if tok.dep_ in _NOUN_CLAUSE and event_noun(head) and head.i != trigger.i:
            if _shares_time(head, trigger):
                return False
            return tok.i == ent.root.i and tok.dep_ in _PREMODIFIER or _argument_of(head, trigger)
        tok = head
    return False


_UNITS = {"day": 1, "week": 7, "hour": 0, "minute": 0}


def _duration_days(connective, clause) -> int | None:
    """'four days after', 'a day after', 'the day before', 'hours after': the days between the two
    events; None when the text gives no such measure."""
    doc = connective.doc
    before = [doc[connective.i - 1]] if connective.i > 0 else []
    for tok in (*connective.children, *clause.children, *before):
        unit = tok.lemma_.lower()
        if tok.dep_ != "npadvmod" or unit not in _UNITS:
            continue
        if not _UNITS[unit]:
            return 0                          # "hours after": the same day
        said = [t.lower_ for t in tok.subtree if t.dep_ != "advmod" and t.i != tok.i]
        count = next((words()["numbers"].get(w) or (int(w) if w.isdigit() else None) for w in said), None)
        if count is not None:
            return count * _UNITS[unit]
    return None


def _through_connective(trigger, gov):
    """The event sits in a clause or phrase measured from the date of the clause above ("shelled
    the town on Friday, three days after the talks collapsed"): (shift, found), the shift in days,
    or "month" when the span is not given ("after the talks collapsed": shortly before, so the
    month at most), or None for "since"/"until" (not its date)."""
    connectives = words()["connectives"]
    node = trigger
    while node.i != gov.i and node.head.i != node.i:
        marks = [c for c in node.children if c.dep_ == "mark" and c.lower_ in connectives]
        if node.head.lower_ in connectives and node.dep_ in ("pobj", "pcomp"):
            marks.append(node.head)
        for mark in marks:
            sign = connectives[mark.lower_]
            if not sign:
                return None, True
            days = _duration_days(mark, node)
            return ("month" if days is None else sign * days), True
        node = node.head
    return None, False


def _rank(ent, trigger) -> tuple[int, int | None] | None:
    """(rank, shift in days): rank 0 when the date modifies the trigger or its own phrase; 1 a
    clause above it ("said on Tuesday that they had agreed"); 2 elsewhere in the sentence. None:
    another event's date. A shift moves the date of a clause above to an event measured from it
    ("three days after ...")."""
    if _other_event(ent, trigger):
        return None
    if ent.root.dep_ == "pobj" and ent.root.head.lower_ == "since" and _compared(ent.root.head.head):
        return None                   # "the deadliest clashes since 2021": a comparison, not the date
    gov = governor(ent)
    if gov.i == trigger.i or trigger.pos_ in ("NOUN", "PROPN") and _is_within(gov, trigger):
        return 0, None
    if _setting_of(gov, trigger) or trigger.dep_ == "appos" and trigger.head.i == gov.i:
        return 0, None                # "promised at Sunday's summit", "the summit, a meeting that ..."
    if _is_within(trigger, gov):
        shift, found = _through_connective(trigger, gov)
        if found:
            return None if shift is None else (1, shift)
        if _past_perfect(trigger) and gov.lemma_.lower() not in cues()["speech_verbs"]:
            return None               # "spent Saturday establishing who had ordered the raid"
        return 1, None
    if not _is_within(gov, trigger) and (event_noun(gov) or gov.pos_ == "VERB" and (gov.lemma_.lower(), "V") in triggers()):
        return None                   # "the third round since the dialogue resumed in June"
    if _describes_participant(gov, trigger):
        return None                   # "free the activists, who were arrested in March 2021"
    return 2, None


def _compared(noun) -> bool:
    """'the deadliest clashes', 'the first talks', 'the largest exchange': a superlative or an
    ordinal sets the event against a span ("since 2021"), which is then not its date (while
    "fighting since April 2023" started then)."""
    return noun.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ in ("amod", "advmod") and (c.tag_ in ("JJS", "RBS") or c.lower_ in ("first", "last")) for c in noun.children)


def _setting_of(gov, trigger) -> bool:
    """The date's word is an event the trigger took place at or during ("promised at Sunday's
    summit") or that caused it ("Monday's strikes killed nine"; also "... killed nine and wounded
    twenty", see `_verbs_of`)."""
    verbs = _verbs_of(trigger)
    return event_noun(gov) and _shares_time(gov, trigger) and (gov.head.i in verbs or gov.head.head.i in verbs)


def _verbs_of(trigger) -> set[int]:
    """The trigger and the verbs it is conjoined to, after them: "Monday's strikes killed nine
    and wounded twenty" has one subject, the strikes, for both verbs."""
    verbs, tok = {trigger.i}, trigger
    while tok.dep_ == "conj" and tok.pos_ == "VERB" and tok.head.pos_ == "VERB":
        tok = tok.head
        verbs.add(tok.i)
    return verbs


def _shares_time(noun, trigger) -> bool:
    """The event noun is the trigger's setting ("at the summit"), its cause ("the strikes
    killed"), the event a light verb names ("launched its June 13 attack"), or the events a
    series noun counts ("rounds of talks")."""
    if noun.head.i in _verbs_of(trigger) and noun.dep_ in ("nsubj", "nsubjpass"):
        return True
    if noun.head.i == trigger.i and noun.dep_ == "dobj" and trigger.lemma_.lower() in cues()["light_verbs"]:
        return True
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i == trigger.i \
            and trigger.lemma_.lower() in cues()["series_nouns"]:
        return True                    # "two rounds of talks held on 3 March", "a wave of strikes launched on Friday"
    return noun.dep_ == "pobj" and noun.head.lower_ in words()["setting_preps"]


def _past_perfect(tok) -> bool:
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ == "had" for c in tok.children)


def _describes_participant(gov, trigger) -> bool:
    """The date sits in a clause that describes a participant of the event, not the event."""
    tok = gov
    while tok.i != trigger.i and tok.head.i != tok.i:
        if tok.dep_ in ("relcl", "acl") and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i != trigger.i:
            return True
        tok = tok.head
    return False


def _shifted(value: str, shift) -> str | None:
    if not shift:
        return value
    if shift == "month":
        return value[:7] if len(value) >= 7 else None
    if len(value) == 7 and abs(shift) <= 7:
        return value                  # a few days from a date known to its month: that month, near enough
    if len(value) != 10:
        return None
    return (Date.fromisoformat(value) + timedelta(days=shift)).isoformat()


_NEWS_DAY = {"the day", "a day", "one day"}


def event_date(trigger, sent, published: str | None, claimed: set = frozenset(), status: str | None = None) -> str | None:
    """The date the sentence gives for the event; None if none. A date in `claimed` tokens
    belongs to another event of the sentence."""
    ranked = []
    for ent in date_ents(sent):
        if is_deadline(ent) or dateline(ent):
            continue
        rank = _rank(ent, trigger)
        if rank is not None and (ent.root.i not in claimed or rank[1]):   # "four days after" measures from it
            ranked.append((rank[0], min(abs(ent.start - trigger.i), abs(ent.end - 1 - trigger.i)), rank[1], ent))
    anchor = reference(sent.doc, published)
    for rank, _, shift, ent in sorted(ranked, key=lambda r: r[:2]):
        value = parse(expression(ent), published, prefer_for(status, rank, ent), anchor)
        if value is None and shift and ent.text.lower() in _NEWS_DAY:
            value = anchor or published   # "the statement followed a day after their meeting": the news's day
        if value:
            return _shifted(value, shift)
    return None


def deadline(mention, sent) -> str | None:
    """'until February 1st' -> 'February 1st'; 'a deadline of February 1st' -> 'February 1st'."""
    ents = date_ents(sent)
    for ent in ents:
        if is_deadline(ent) and ent.label_ == "DATE":
            return ent.text
    days = [e for e in ents if e.label_ == "DATE"]
    if not days:          # no date for a deadline word to name: the sentence's words are not read
        return None
    lemmas = lowered(sent.doc)
    for i in range(sent.start, days[-1].start):       # only a word before a date can name it
        if lemmas[i] in ("deadline", "ultimatum"):
            after = [e for e in days if e.start > i]
            if after:
                return after[0].text
    return None
