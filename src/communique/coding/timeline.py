"""Article time: the day of the news an article reports, given to the events it tells undated.

A report tells one episode: "The ministers of Chile and Peru met in Lima on Wednesday", then
"Peru's minister said Lima had agreed to withdraw its vessels" with no date of its own. The coders
of news-dev date such events by their episode (NEWS.md: the event's own date, never the
publication date by default), so after the mentions are merged, an event that occurred (or was
stated not to) and has no date takes, in order:

1. the date of the happening a definite noun names again ("A drone struck a car on Tuesday. ...
   The strike killed a commander"): the latest earlier event of the same type with a day;
2. the date of the gathering it took place at or during ("rejected the demand during a meeting
   of vice ministers"), when an event of the gathering's type two sentences around has a day;
3. the article's episode date: the first day the article names for something done (a verb in the
   past or perfect, or a present with an auxiliary; not a caption's present, a page's metadata,
   a dateline, a deadline or a future), within `episode_window` days before publication (or of
   the article's latest full date when it has no publication date).

An event that is planned or hypothetical takes only the first of these: "the meeting" that
"Moscow would use" is the one announced for Tuesday, but no episode day is given to what is
still to come.

Only a mention that reads as the news passes it on. Not: a sentence placed in another time by a
date expression of its own (one that gives the episode's day, or dates another event noun as in
"its commitment to the 1994 truce", does not count); a relative clause ("the region, which troops
seized"; but one on an event noun tells of that event: "the summit, where Kenya urged ..."); a clause or noun framed by "since/before/after/until" ("two
weeks after Egypt accused Ethiopia", "since the coup"); a past perfect set earlier by an adverb
("Earlier, the talks had stalled"); an ongoing "had/have been -ing"; a verb in the simple present
("Egypt accuses Ethiopia of ...") unless it is a headline, quoted, or reported by a verb in the
past. The record says where an inherited date came from (`inferred`: "date: ...").

Measured on news-dev (`communique eval --news`: date accuracy over matched events whose gold has
a date, 122 of them): sentence dates alone 0.451; with this module 0.811 (99 right, 10 none, 13
other; among them the right month of a same-day event and the right day of an attack whose gold
pair kept a planned strike instead). The anaphor and gathering steps add 0.025. The background
rules cost 0.016 there (a relative clause about a resolution's terms, matched to a ceasefire,
and a document's present tense, both dated by the coders) and keep a date off 9 events the
coders left undated, most plainly not of the episode day (an ongoing accusation in the present,
talks that "had been held" before a war). Taking the publication date when no episode is found
was measured and rejected: no gain (0.811) for 2 more wrong dates and 7 more dates on events the
coders left undated; a wrong date is worse than none for users.
"""
from __future__ import annotations

from datetime import date as Date

from . import dates
from .columns import column
from .datetext import words
from .lexicon import cues, triggers
from .nlp import doc_ents, doc_text, sentence_of

_QUOTES = {'"', "“", "”"}
_DEFINITE = {"the", "this", "that", "these", "those"}


def fill(events, article) -> None:
    """Give the undated events of a coded article (after merging) the date of their episode."""
    doc = article.doc
    if doc is None:
        return
    published = article.published
    anchor = dates.reference(doc, published)
    episode = episode_date(doc, published, anchor)
    known = [(ev.event, start, ev.date) for ev in events if ev.date and len(ev.date) == 10
             for start, _, _ in ev.mention_spans]
    for ev in events:
        if ev.date:
            continue
        if ev.status in ("occurred", "negated"):
            news = [(t, s) for t, s in _mentions(ev, doc) if not _anchored(t, s, published, episode)
                    and not _background(t, s)]
            steps = (("the happening named before", [_anaphor_date(ev, t, known) for t, _ in news]),
                     ("the event it took place during", [_setting_date(t, s, known) for t, s in news]),
                     ("the article's episode", [episode] if news else []))
        else:        # still to come: only "the meeting" announced for a day before ("would use the meeting")
            steps = (("the happening named before", [_anaphor_date(ev, t, known) for t, _ in _mentions(ev, doc)]),)
        for source, found in steps:
            day = next((d for d in found if d), None)
            if day:
                ev.date = day
                ev.inferred = ev.inferred + [f"date: {source}"]
                break


def episode_date(doc, published: str | None, anchor: str | None = None) -> str | None:
    """The first day the article names for something done, near publication (or near `anchor`,
    the article's own latest full date, when it has no publication date)."""
    w = words()
    base = _day(published) or _day(anchor)
    for ent in doc_ents(doc):
        if ent.label_ not in ("DATE", "TIME") or dates.is_deadline(ent) or dates.dateline(ent):
            continue
        value = dates.parse(dates.expression(ent), published, "past", anchor)
        day = _day(value)
        if day is None or base is None or not -1 <= (base - day).days <= w["episode_window"]:
            continue
        verb = dates.verb_above(ent)
        if verb is not None and _news_verb(verb):
            return value
    return None


def _day(value: str | None) -> Date | None:
    try:
        return Date.fromisoformat(value) if value and len(value) == 10 else None
    except ValueError:
        return None


def _news_verb(verb) -> bool:
    """A verb that tells something done: not a future, not a page's metadata, not a caption's or
    headline's bare present ("Firefighters tackle a blaze ..., 3 May 2023")."""
    w = words()
    if verb.lower_ in w["metadata_verbs"]:
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.lower_ in w["future_aux"] for c in auxes):
        return False
    return verb.tag_ not in ("VBZ", "VBP", "VB") or bool(auxes)


def _mentions(ev, doc):
    """(trigger token, sentence) of each mention of a merged event."""
    out = []
    for start, _, _ in ev.mention_spans or [(ev.start, ev.end, ev.sent_start)]:
        span = doc.char_span(start, start + 1, alignment_mode="expand")
        if span is not None and len(span):
            out.append((span[0], sentence_of(span[0])))
    return out


def _anchored(tok, sent, published, episode: str | None) -> bool:
    """The sentence places the mention in a time other than the episode: a date expression that is
    not a deadline, a dateline, a duration, the episode's own day or another event's own date
    ("the 1974 truce")."""
    vague = words()["vague_time"]
    for ent in dates.date_ents(sent, ("DATE",)):
        if dates.is_deadline(ent) or dates.dateline(ent) or dates.another_events(ent, tok):
            continue
        value = dates.parse(dates.expression(ent), published, "past", dates.reference(sent.doc, published))
        if value is not None and value != episode:
            return True
        if value is None and any(v in ent.text.lower() for v in vague):
            return True
    return False


def _alongside_news(verb) -> bool:
    """A present clause that runs alongside a clause telling the news: "Israel has launched strikes
    on Iran, as Iran retaliates with drones"."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in ("as", "while") for c in verb.children):
        return False
    main = verb.head
    while main.tag_ == "VBG" and main.dep_ in ("advcl", "xcomp") and main.head.i != main.i:
        main = main.head              # "... has launched strikes, killing scientists - as Iran retaliates"
    auxes = {c.lower_ for c in main.children if c.dep_ in ("aux", "auxpass")}
    return main.pos_ in ("VERB", "AUX") and (main.tag_ == "VBD" or bool(auxes & {"has", "have"}))


def _background(tok, sent) -> str | None:
    """Why the mention at `tok` tells of an earlier or ongoing state rather than the news (see the
    module's rules); None when it reads as the news."""
    w = words()
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "pobj" and tok.head.lower_ in w["framing_words"]:
        return "framing noun"
    verb = tok
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    first = verb
    while first.dep_ == "conj" and first.head.pos_ in ("VERB", "AUX"):
        first = first.head            # "after Egypt protested and then recalled its envoy"
    if any(c.dep_ == "mark" and c.lower_ in w["framing_words"] for c in first.children):
        return "framing clause"
    relative = next((t for t in [verb, *verb.ancestors][:3] if t.dep_ == "relcl"), None)
    if relative is not None:          # "a meeting at the Elysee, where he received them" tells of the meeting
        return _background(relative.head, sent) if dates.event_noun(relative.head) else "relative clause"
    auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    speech = _speech_above(verb)
    if "had" in auxes and speech is None and not _quoted(tok, sent) and \
            any(c.lower_ in w["earlier_adverbs"] for c in verb.children):
        return "past perfect"
    if "been" in auxes and verb.tag_ == "VBG":
        return "ongoing"
    if verb.tag_ in ("VBZ", "VBP") and not auxes and tok.pos_ not in ("NOUN", "PROPN") and not _heading(sent) \
            and not _quoted(tok, sent) and not (speech is not None and speech.tag_ in ("VBD", "VBN")) \
            and not _alongside_news(verb):
        return "present"
    return None


def _speech_above(verb):
    """The speech verb that reports this clause ("said that Russia had agreed"), if any."""
    speech = cues()["speech_verbs"]
    return next((a for a in list(verb.ancestors)[:4] if a.pos_ in ("VERB", "AUX") and a.lemma_.lower() in speech), None)


def _quoted(tok, sent) -> bool:
    """Inside quotation marks: the words of a speaker, dated by the speaking."""
    texts = column(sent.doc, "ORTH")
    return sum(texts[i] in _QUOTES for i in range(sent.start, min(tok.i, sent.end))) % 2 == 1


def _heading(sent) -> bool:
    """A line of its own without a closing full stop: a headline or a subtitle."""
    text = doc_text(sent.doc)[sent.start_char:sent.end_char].strip()     # the span's text, not rebuilt
    starts_line = sent.start == 0 or "\n" in sent.doc[sent.start - 1].text
    return starts_line and bool(text) and text[-1] not in ".!?\"”" and len(text) <= 200


def _types(noun) -> set[str]:
    return {trig.type for trig in triggers().get((noun.lemma_.lower(), "N"), [])}


def _anaphor_date(ev, tok, known) -> str | None:
    """'The strike killed a commander': a definite event noun of the event's type, as the trigger
    or its subject, names a happening told before; it takes that happening's day."""
    for noun in [tok, *(c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass"))]:
        if noun.pos_ not in ("NOUN", "PROPN") or ev.event not in _types(noun):
            continue
        if any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children):
            before = [(start, day) for kind, start, day in known if kind == ev.event and start < noun.idx]
            if before:
                return max(before)[1]
    return None


def _setting_date(tok, sent, known) -> str | None:
    """'refused ... during a meeting': the day of the nearest event of the gathering's type
    mentioned within about two sentences."""
    reach = 2 * max(sent.end_char - sent.start_char, 200)          # the length of its text
    deps = column(sent.doc, "DEP")
    for i in range(sent.start, sent.end):
        if i == tok.i or deps[i] != "pobj":
            continue
        t = sent.doc[i]
        if t.head.lower_ not in ("during", "at"):
            continue
        if any(c.ent_type_ == "DATE" for c in t.children):
            continue                  # "at an October meeting" has a time of its own
        kinds = _types(t)
        near = [(abs(start - t.idx), day) for kind, start, day in known if kind in kinds and abs(start - t.idx) <= reach]
        if near:
            return min(near)[1]
    return None
