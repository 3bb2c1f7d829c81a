import pytest

from communique.coding import dates


@pytest.mark.parametrize("text, published, expected", [
    ("August 2025", None, "2025-08"),
    ("In March 2022", None, "2022-03"),
    ("the August 2025", None, "2025-08"),
    ("2022", None, "2022"),
    ("15 August 2025", None, "2025-08-15"),
    ("February 1st", None, None),                 # no year and no publication date: unknown
    ("February 1st", "2026-01-20", "2026-02-01"),
    ("for years", "2026-01-20", None),            # a duration is not a date
    ("last week", None, None),
])
def test_parse_keeps_the_precision_the_text_gives(text, published, expected):
    assert dates.parse(text, published) == expected


def test_relative_weekday_resolves_against_publication_date():
    assert dates.parse("Tuesday", "2026-02-12") == "2026-02-10"
