"""Date expressions resolved at the precision the text gives (NEWS.md conventions). Every
expression is written for this test."""
from __future__ import annotations

import pytest

from communique.coding.datetext import parse

PUB = "2025-11-12"          # a Wednesday


@pytest.mark.parametrize("text, expected", [
    ("Sept. 9, 2021", "2021-09-09"),             # abbreviated month with a full stop
    ("Dec 3, 2022", "2022-12-03"),
    ("4 Feb, 2024", "2024-02-04"),
    ("Thursday, March 6, 2025", "2025-03-06"),   # the weekday beside a full date adds nothing
    ("12:05, April 30, 2024", "2024-04-30"),     # a clock time is dropped
    ("the morning of July 2, 2023", "2023-07-02"),
    ("mid-March 2023", "2023-03"),
    ("2021", "2021"),
    ("2024-06-30", "2024-06-30"),
])
def test_absolute_dates_need_no_publication_date(text, expected):
    assert parse(text, None) == expected


@pytest.mark.parametrize("text", [
    "a four-year war", "two-week", "1.5-hour", "36 hours", "the 1990s", "71", "decades",
    "9:40 p.m.", "6am", "10:15 GMT", "nearly three years ago", "for months",
])
def test_durations_ages_clock_times_and_decades_are_no_date(text):
    assert parse(text, PUB) is None


@pytest.mark.parametrize("text, prefer, expected", [
    ("on Monday", None, "2025-11-10"),
    ("late on Monday", "past", "2025-11-10"),
    ("Earlier Tuesday", "past", "2025-11-11"),
    ("Sunday night", "past", "2025-11-09"),
    ("Wednesday's", "past", "2025-11-12"),        # a possessive: "Wednesday's vote"
    ("last Wednesday", "past", "2025-11-05"),
    ("next Friday", None, "2025-11-14"),
    ("Friday", "near", "2025-11-14"),              # a planned event: the nearer Friday
    ("Monday", "near", "2025-11-10"),
    ("last weekend", "past", "2025-11-08"),       # a span takes its first day
])
def test_weekdays_resolve_against_the_publication_date(text, prefer, expected):
    assert parse(text, PUB, prefer) == expected


def test_a_weekday_without_a_publication_date_stays_unknown():
    assert parse("on Monday", None) is None
    assert parse("on Monday", None, reference="2025-11-12") is None


@pytest.mark.parametrize("text, expected", [
    ("yesterday", "2025-11-11"),
    ("last night", "2025-11-11"),
    ("today", "2025-11-12"),
    ("earlier this week", "2025-11"),              # a week or month back gives the month only
    ("in recent days", "2025-11"),
    ("last week", "2025-11"),
    ("earlier this month", "2025-11"),
    ("last month", "2025-10"),
    ("last March", "2025-03"),
    ("last December", "2024-12"),
    ("last year", "2024"),
])
def test_relative_expressions(text, expected):
    assert parse(text, PUB, "past") == expected


def test_a_month_without_a_year_falls_before_publication_for_what_occurred():
    assert parse("December 20", "2026-03-02", "past") == "2025-12-20"
    assert parse("October", "2026-03-02", "past") == "2025-10"
    assert parse("April 2", "2026-03-02", "past") == "2025-04-02"
    assert parse("April 2", "2026-03-02") == "2026-04-02"            # else the nearest


def test_spans_take_their_first_day():
    assert parse("Feb. 11-13", "2025-02-20", "past") == "2025-02-11"
    assert parse("3 March and 9 April", "2025-05-01", "past") == "2025-03-03"


def test_the_article_reference_places_a_yearless_date_without_publication_date():
    assert parse("June 5", None) is None
    assert parse("June 5", None, "past", reference="2024-09-30") == "2024-06-05"


@pytest.mark.parametrize("text, prefer, expected", [
    ("on Wednesday", "past", "2024-10"),          # which Wednesday cannot be known: the month
    ("yesterday", None, "2024-10"),
    ("Friday", "future", "2024-10"),
    ("last month", None, "2024-09"),
    ("August 30", "past", "2024-08-30"),          # a named day still takes its year
    ("March 3", "future", "2025-03-03"),
    ("October 2023", None, "2023-10"),
])
def test_an_article_dated_only_by_its_month_gives_relative_days_that_month(text, prefer, expected):
    assert parse(text, "2024-10", prefer) == expected
