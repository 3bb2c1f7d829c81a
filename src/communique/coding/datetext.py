"""Date expressions in text, resolved to ISO dates at the precision the text gives.

NEWS.md conventions: "15 August 2025", "Sept. 9, 2021", "the morning of July 2" -> the day;
"August 2025", "late September" -> the month; "2022" -> the year (scored as no date); "on Tuesday",
"earlier Friday", "Monday night" -> that weekday's date, which needs the publication date;
"yesterday", "last night" -> the day before publication; "last week", "earlier this month", "in
recent days", "last month" -> the month only; a multi-day span ("Feb. 11-13", "3 March and 9 April")
-> its first day. A day or month named without a year falls on or before publication for an event
that occurred (`prefer="past"`), else nearest to it; a weekday falls on or before publication, or
for a planned event on or after it (`prefer="future"`) or on the nearer side (`prefer="near"`). Durations ("for years", "a
four-year war", "36 hours"), ages, clock times and decades are not dates.

The words are data (data/dates.yaml) and the forms are a few patterns: no general-purpose date
guesser runs (dateparser read "a four-year war" as April and "9:40 p.m." as a day), so an expression
this module does not understand gives no date rather than a wrong one.
"""
from __future__ import annotations

import re
from datetime import date as Date, timedelta
from functools import lru_cache
from importlib import resources

import yaml

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = {"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
           "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
           "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12}
_M = r"(?P<m>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\b\.?"
_D = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
_Y = r"(?P<y>(?:19|20)\d\d)"
_ABSOLUTE = [   # (pattern, precision); the first that matches wins
    (re.compile(r"\b(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)\b"), "day"),
    (re.compile(rf"\b{_D}\s+(?:of\s+)?{_M},?(?:\s+{_Y}\b)?"), "day"),
    (re.compile(rf"\b{_M}\s+{_D}\b(?!:)(?:(?:\s*[-–]\s*\d{{1,2}})?,?\s+{_Y}\b)?"), "day"),
    (re.compile(rf"\b{_M},?\s+{_Y}\b"), "month"),
    (re.compile(r"\b(?P<y>\d{4})-(?P<m>\d\d)\b"), "month"),
    (re.compile(rf"^{_M}$"), "month"),
    (re.compile(rf"^{_Y}$"), "year"),
]
_NOT_A_DATE = re.compile(
    r"\b\d+(\.\d+)?[-\s]?(years?|months?|weeks?|days?|hours?|minutes?|decades?)\b|\d0s\b|[-‑]old\b|[-‑]long\b"
    r"|\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|few|many|\d+)[-‑\s]"
    r"(year|month|week|day|hour|decade)s?\b|\bago\b|\b(years|months|weeks|hours|decades)$|^(daily|annual|annually)$")
_CLOCK = re.compile(r"\b\d{1,2}(:\d\d)?\s*([ap]\.?m\.?)(?=\W|$)|\b\d{1,2}:\d\d\b|\b(ist|gmt|utc|cdt|edt|est|cet|local time)\b")


@lru_cache(maxsize=1)
def words() -> dict:
    """data/dates.yaml, with each phrase table compiled to (pattern, value), longest phrase first."""
    with (resources.files("communique.coding") / "data" / "dates.yaml").open(encoding="utf-8") as fh:
        raw = yaml.safe_load(fh)
    for key in ("day_offsets", "month_offsets", "year_offsets"):
        raw[key] = [(re.compile(rf"\b{re.escape(p)}\b"), v) for p, v in sorted(raw[key].items(), key=lambda kv: -len(kv[0]))]
    lead = "|".join(re.escape(w) for w in raw["leading_words"])
    raw["leading"] = re.compile(rf"^(({lead})\s+|mid-)")
    parts = "|".join(raw["parts_of_day"])
    raw["part_of"] = re.compile(rf"\b(the\s+)?({parts})\s+of\s+")
    return raw


def _clean(text: str) -> str:
    """'the night of March 10' -> 'march 10'; 'Monday’s' -> 'monday'; clock times dropped."""
    w = words()
    text = text.lower().replace("’", "'").strip(" ,.;:()/|-–")
    text = re.sub(r"'s?$", "", text).strip()
    text = _CLOCK.sub(" ", text)
    text = w["part_of"].sub("", text)
    text = re.sub(r"\s+", " ", text).strip(" ,.-–")
    while w["leading"].match(text):
        text = w["leading"].sub("", text, count=1)
    return text


@lru_cache(maxsize=8192)
def parse(text: str, published: str | None, prefer: str | None = None, reference: str | None = None) -> str | None:
    """'August 2025' -> '2025-08'; 'February 1st' with a publication date -> that day in the year
    `prefer`red ("past": on or before publication; otherwise the nearest). Without a publication
    date, a `reference` day (the latest date the article writes in full) still places a day or
    month named without a year; weekdays and relative words then stay unknown."""
    text = _clean(text)
    base = _base(published)
    if not text:
        return None
    found = _absolute(text, base or _base(reference), prefer)
    if found is not None:
        return found or None
    found = _relative(text, base, prefer) if base is not None else None
    if found and len(found) == 10 and len(published) == 7:
        return published        # "on Wednesday" in an article dated only by its month: that month
    return found


def _base(published: str | None) -> Date | None:
    """The publication day; for a publication known only to the month ("2024-10"), the middle of
    that month, which places "August 30" in a year and "last month" in a month (a weekday or
    "yesterday" then resolves to the month itself, see `parse`)."""
    try:
        if published and len(published) == 7:
            return Date.fromisoformat(published + "-15")
        return Date.fromisoformat(published[:10]) if published and len(published) >= 10 else None
    except ValueError:
        return None


def _absolute(text: str, base: Date | None, prefer: str | None) -> str | None:
    """A date that names its month or year; '' when it names one that cannot be placed."""
    for pattern, precision in _ABSOLUTE:
        hit = pattern.search(text)
        if hit is None:
            continue
        parts = hit.groupdict()
        month = parts.get("m")
        month = _MONTHS[month] if month in _MONTHS else int(month) if month else None
        year = int(parts["y"]) if parts.get("y") else None
        if precision == "year":
            return f"{year:04d}"
        if not 1 <= month <= 12:
            return ""
        day = int(parts["d"]) if precision == "day" else 1
        if year is None:
            if base is None:
                return ""
            year = _year_for(month, day, base, prefer, precision)
        try:
            found = Date(year, month, day)
        except ValueError:
            return ""
        return found.isoformat() if precision == "day" else found.isoformat()[:7]
    return None


def _year_for(month: int, day: int, base: Date, prefer: str | None, precision: str) -> int:
    """The year of a day or month named without one: the latest on or before publication for an
    event that occurred, else the nearest ("by January 15" in late February is the January past)."""
    options = []
    for year in (base.year - 1, base.year, base.year + 1):
        try:
            options.append(Date(year, month, day if precision == "day" else 1))
        except ValueError:      # 29 February
            continue
    start = base.replace(day=1) if precision == "month" else base
    if prefer == "past":
        options = [d for d in options if d <= start + timedelta(days=1)] or options
        return max(options).year
    return min(options, key=lambda d: abs((d - start).days)).year


def _relative(text: str, base: Date, prefer: str | None) -> str | None:
    w = words()
    for pattern, back in w["day_offsets"]:
        if pattern.search(text):
            return (base - timedelta(days=back)).isoformat()
    for pattern, move in w["month_offsets"]:
        if pattern.search(text):
            return _move_month(base, move)
    for pattern, years in w["year_offsets"]:
        if pattern.search(text):
            return f"{base.year + years:04d}"
    if _NOT_A_DATE.search(text.split(",")[0]):
        return None
    weekday = next((d for d in WEEKDAYS if re.search(rf"\b{d}s?\b", text)), None)
    if weekday is None and re.search(r"\bweekend\b", text):
        weekday = "saturday"                 # a multi-day event takes its first day
    if weekday is not None:
        return _weekday(weekday, text, base, prefer).isoformat()
    month = next((m for m in _MONTHS if re.search(rf"\b(last|this|next) {m}\b", text)), None)
    if month is not None:
        return _named_month(_MONTHS[month], text, base)
    return None


def _move_month(base: Date, move) -> str:
    if isinstance(move, str):                   # "+1m", "-1m"
        index = base.year * 12 + base.month - 1 + int(move.rstrip("m"))
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    return (base + timedelta(days=move)).isoformat()[:7]


def _weekday(name: str, text: str, base: Date, prefer: str | None) -> Date:
    """'Tuesday': the latest Tuesday on or before publication; for `prefer="future"` (a planned
    event) the first on or after it, for `prefer="near"` the nearer of the two; 'last Tuesday'
    strictly before, 'next Tuesday' strictly after."""
    back = (base.weekday() - WEEKDAYS.index(name)) % 7
    ahead = (WEEKDAYS.index(name) - base.weekday()) % 7
    if re.search(r"\blast\b", text):
        return base - timedelta(days=back or 7)
    if re.search(r"\bnext\b", text):
        return base + timedelta(days=ahead or 7)
    if prefer == "future" or prefer == "near" and ahead <= back:
        return base + timedelta(days=ahead)
    return base - timedelta(days=back)


def _named_month(month: int, text: str, base: Date) -> str:
    """'last July': the latest July before the month of publication; 'next July' the first after."""
    said = text.split()
    if "next" in said:
        year = base.year if month > base.month else base.year + 1
    elif "this" in said:
        year = base.year
    else:
        year = base.year if month < base.month else base.year - 1
    return f"{year:04d}-{month:02d}"
