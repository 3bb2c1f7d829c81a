"""The evidence for one event: every mention with its sentence and the event words marked, the
parties as the text names them, the source article, status and attribution, and the other
reports of the same happening (from other articles, or other events of this one).

`of_event(db, event_id)` returns plain dicts, ready for JSON; an unknown id is a one-line
NotFoundError. Like every query it opens its own read-only connection and closes it.
"""
from __future__ import annotations

from ..errors import NotFoundError
from .queries import EVENT_COLUMNS, codes, reading, rows_of

MENTIONS = ("SELECT m.start_char, m.end_char, m.sentence_start, m.trigger, s.end_char AS sentence_end "
            "FROM mentions m LEFT JOIN sentences s ON s.article_id = m.article_id AND s.start_char = m.sentence_start "
            "WHERE m.event_id = ? ORDER BY m.start_char")
PARTIES = ("SELECT role, position, entity_text, code, sector, name, identifier_id FROM event_actors "
           "WHERE event_id = ? ORDER BY role, position")
HAPPENING = ("SELECT h.id, h.event, h.status, h.conflict, h.date, h.place, h.sources, h.mentions, h.first_report, "
             "h.last_report FROM happening_events he JOIN happenings h ON h.id = he.happening_id WHERE he.event_id = ?")
OTHERS = ("SELECT e.id, e.date, e.event, e.mode, e.status, e.hedged, e.speaker, e.sentence, e.actor_codes, "
          "e.recipient_codes, a.id AS article_id, a.title, a.url, a.origin, a.published "
          "FROM happening_events he JOIN events e ON e.id = he.event_id JOIN articles a ON a.id = e.article_id "
          "WHERE he.happening_id = ? AND e.id <> ? ORDER BY a.published NULLS LAST, a.id, e.start_char")


def of_event(db, event_id: str) -> dict:
    """The event row (as `queries.events` gives it) with `article`, `parties`, `mentions`,
    `happening` and `other_reports`."""
    with reading(db) as con:
        found = rows_of(con.execute(f"SELECT {EVENT_COLUMNS}, e.cue, e.content, e.deadline, e.condition, "
                                    "e.start_char, e.end_char FROM events e WHERE e.id = ?", [event_id]))
        if not found:
            raise NotFoundError(f"event {event_id!r}", "no such event",
                                "list event ids with `communique events --json` or GET /api/events")
        event = found[0]
        article = rows_of(con.execute("SELECT id, title, url, origin, published, byline, text FROM articles "
                                      "WHERE id = ?", [event["article_id"]]))[0]
        mentions = rows_of(con.execute(MENTIONS, [event_id]))
        parties = rows_of(con.execute(PARTIES, [event_id]))
        happening = rows_of(con.execute(HAPPENING, [event_id]))
        others = rows_of(con.execute(OTHERS, [happening[0]["id"], event_id])) if happening else []
    text = article.pop("text") or ""
    event["actor_codes"], event["recipient_codes"] = codes(event["actor_codes"]), codes(event["recipient_codes"])
    names = sorted({p["entity_text"] for p in parties if p["entity_text"]}, key=len, reverse=True)
    event["article"], event["url"] = article, article["url"]
    event["parties"] = parties
    event["mentions"] = [_mention(text, m, names) for m in mentions] or [
        _mention(text, {"start_char": event["start_char"], "end_char": event["end_char"],
                        "sentence_start": None, "sentence_end": None, "trigger": event["trigger"]}, names)]
    event["happening"] = happening[0] if happening else None
    for other in others:
        other["actor_codes"], other["recipient_codes"] = codes(other["actor_codes"]), codes(other["recipient_codes"])
    event["other_reports"] = others
    return event


def _mention(text: str, m: dict, names: list[str]) -> dict:
    """One mention: its sentence cut into `segments` [text, mark], where mark is "event" for the
    event words, "party" for a party as the text names it, or null."""
    start, end = m["start_char"], m["end_char"]
    s0 = m["sentence_start"] if m["sentence_start"] is not None else _sentence_start(text, start)
    s1 = m["sentence_end"] if m["sentence_end"] is not None else _sentence_end(text, end)
    while s0 < min(start, s1) and text[s0].isspace():
        s0 += 1
    while s1 > max(end, s0) and text[s1 - 1].isspace():
        s1 -= 1
    sentence = text[s0:s1]
    marks = [(start - s0, end - s0, "event")] if s0 <= start < end <= s1 else []
    for name in names:
        at = sentence.find(name)
        while at >= 0:
            if not any(a < at + len(name) and at < b for a, b, _ in marks):
                marks.append((at, at + len(name), "party"))
            at = sentence.find(name, at + len(name))
    segments, cursor = [], 0
    for a, b, kind in sorted(marks):
        if a > cursor:
            segments.append([sentence[cursor:a], None])
        segments.append([sentence[a:b], kind])
        cursor = b
    if cursor < len(sentence):
        segments.append([sentence[cursor:], None])
    return {"start": start, "end": end, "trigger": m["trigger"], "sentence": sentence, "segments": segments}


def _sentence_start(text: str, at: int) -> int:
    cut = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at))
    return cut + 1 if cut >= 0 else 0


def _sentence_end(text: str, at: int) -> int:
    cuts = [i for i in (text.find(". ", at), text.find("\n", at)) if i >= 0]
    return min(cuts) + 1 if cuts else len(text)
