"""Event dates resolved against the publication date.

A date in the trigger's sentence becomes the event date at the precision the text gives:
"August 2025" -> 2025-08, "on Tuesday" -> the Tuesday before publication, "2022" -> 2022.
Dates introduced by "until", "by", "before" are deadlines, not event dates. Durations ("for
years") are ignored. A date without a year needs the publication date; without one it is None.
"""
from __future__ import annotations

import re
from datetime import datetime, timedelta
from functools import lru_cache

from .nlp import sentence_ents

_DEADLINE_PREPS = {"until", "till", "by", "before", "ahead"}
_DURATION = re.compile(r"^(for|over|in the past|in recent|the past|recent|past)\b|\b(years|months|weeks|days|decades)$"
                       r"|\b(a|an|one)\s+(decade|year|month|week|day)$", re.I)
_YEAR = re.compile(r"\b(19|20)\d\d\b")
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december")


@lru_cache(maxsize=1)
def _parser():
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first"})


def _is_deadline(ent) -> bool:
    head = ent.root.head
    return ent.root.dep_ == "pobj" and head.lower_ in _DEADLINE_PREPS


def _dates(sent):
    return [e for e in sentence_ents(sent) if e.label_ == "DATE"]


@lru_cache(maxsize=8192)
def parse(text: str, published: str | None, prefer: str = "past") -> str | None:
    """'August 2025' -> '2025-08'; 'February 1st' with a publication date -> the nearest such day."""
    text = re.sub(r"^(in|on|at|during|since|from|the|of)\s+", "", text.strip(), flags=re.I)
    text = re.sub(r"^(the|early|late|mid-?)\s*", "", text, flags=re.I)
    if not text or _DURATION.search(text):
        return None
    has_year = bool(_YEAR.search(text))
    if not has_year and not published:
        return None
    base = datetime.fromisoformat(published[:10]) if published else datetime(2000, 1, 1)
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": prefer}
    try:
        data = _parser().get_date_data(text)
    except Exception:      # dateparser raises assorted errors on odd strings; a failed parse is no date
        return None
    if data is None or data.date_obj is None:
        return None
    found = data.date_obj
    if not has_year:
        if any(m in text.lower() for m in _MONTHS):
            found = _nearest_year(found, base)
        elif text.lower().rstrip(".") in _WEEKDAYS:   # "Monday": the latest Monday on or before publication
            back = (base.weekday() - _WEEKDAYS.index(text.lower().rstrip("."))) % 7
            found = base - timedelta(days=back)
        else:   # relative expressions ("last week", "yesterday")
            from dateparser import parse as dp_parse

            found = dp_parse(text, languages=["en"], settings=settings)
            if found is None:
                return None
    period = data.period or "day"
    if period == "year" or (has_year and not any(m in text.lower() for m in _MONTHS) and not re.search(r"\d{4}-\d\d", text)):
        return f"{found.year:04d}"
    if period == "month":
        return f"{found.year:04d}-{found.month:02d}"
    return found.strftime("%Y-%m-%d")


def _nearest_year(found: datetime, base: datetime) -> datetime:
    """A day or month named without a year is taken in the year that puts it nearest the base."""
    options = []
    for year in (base.year - 1, base.year, base.year + 1):
        try:
            options.append(found.replace(year=year))
        except ValueError:      # 29 February
            continue
    return min(options, key=lambda d: abs((d - base).days))


def event_date(trigger, sent, published: str | None, claimed: set = frozenset()) -> str | None:
    """The date the sentence gives for the event, nearest to the trigger; None if none. A date
    in `claimed` tokens belongs to another event of the sentence."""
    cands = [e for e in _dates(sent) if not _is_deadline(e) and e.root.i not in claimed]
    # a date inside the trigger's own noun phrase ("the August 2025 summit") counts first
    cands.sort(key=lambda e: (not (trigger.left_edge.i <= e.start < trigger.right_edge.i + 1),
                              min(abs(e.start - trigger.i), abs(e.end - 1 - trigger.i))))
    for ent in cands:
        value = parse(ent.text, published)
        if value:
            return value
    return None


def deadline(mention, sent) -> str | None:
    """'until February 1st' -> 'February 1st'."""
    for ent in _dates(sent):
        if _is_deadline(ent):
            return ent.text
    for t in sent:
        if t.lemma_.lower() in ("deadline", "ultimatum"):
            ents = [e for e in _dates(sent) if e.start > t.i]
            if ents:
                return ents[0].text
    return None
