"""Which date of a sentence is an event's own. Every sentence is written for this test."""
from __future__ import annotations

import pytest

from communique.coding import dates

PUB = "2025-11-12"          # a Wednesday


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


@pytest.fixture
def date_of(nlp):
    def run(text: str, word: str, status: str = "occurred", published: str | None = PUB):
        doc = nlp(text)
        tok = next(t for t in doc if t.text == word)
        return dates.event_date(tok, tok.sent, published, set(), status)
    return run


@pytest.mark.parametrize("text, word, expected", [
    # the date of the trigger itself
    ("The foreign ministers of Chile and Peru met in Lima on Monday.", "met", "2025-11-10"),
    ("Monday's airstrikes on the port killed nine people.", "airstrikes", "2025-11-10"),
    ("The talks held in Doha on 4 October ended without a deal.", "talks", "2025-10-04"),
    # a series noun has the date of the events it counts
    ("Three rounds of negotiations held in Vienna on 3 March and 9 April produced no agreement.", "rounds",
     "2025-03-03"),
    ("A wave of strikes carried out on 2 June hit the port.", "wave", "2025-06-02"),
    ("The first round of negotiations, held in Doha on 4 October, ended early.", "round", "2025-10-04"),
    # a reporting verb above the event dates it
    ("The ministry said on Tuesday that both governments had agreed to reopen their embassies.",
     "agreed", "2025-11-11"),
    # the gathering an event took place at
    ("Delegates argued for hours about what had been promised at Sunday's summit in Nairobi.",
     "promised", "2025-11-09"),
])
def test_an_event_takes_its_own_date(date_of, text, word, expected):
    assert date_of(text, word) == expected


@pytest.mark.parametrize("text, word", [
    # the date belongs to another event that is the trigger's argument
    ("The junta pulled out of a 2019 accord on troop levels.", "pulled"),
    ("The rebels agreed on Tuesday to a truce beginning on Saturday.", None),
    # or describes a participant
    ("Officials promised to free the activists, who were arrested in March 2021.", "free"),
    # or another event elsewhere in the sentence
    ("The negotiations were the third round since the dialogue resumed in June.", "negotiations"),
    # a dateline dates the report, not the events
    ("MADRID, May 14 (Reuters) - Spain recalled its ambassador to Buenos Aires.", "recalled"),
    # a superlative or ordinal measured "since" a date is a comparison (dates._compared)
    ("The border saw the deadliest clashes between the two armies since 2021.", "clashes"),
    ("It was the largest exchange of prisoners since March 2022.", "exchange"),
])
def test_a_date_that_is_not_the_event_s(date_of, text, word):
    if word is None:          # the truce's Saturday is not the agreement's: Tuesday is
        assert date_of(text, "agreed") == "2025-11-11"
    else:
        assert date_of(text, word) is None


@pytest.mark.parametrize("text, word, status, expected", [
    ("Troops shelled the town on Friday, three days after the talks collapsed.", "collapsed", "occurred", "2025-11-04"),
    ("Rebels seized the airport on Sunday, a day after the army withdrew.", "withdrew", "occurred", "2025-11-08"),
    ("The envoy arrived on Thursday, two days before the vote is held.", "held", "planned", "2025-11-08"),
    ("Fighting resumed on Monday after the truce collapsed.", "collapsed", "occurred", "2025-11"),  # no measure: the month
    ("Ankara protested on Tuesday, a day after Greek jets intercepted two drones.", "intercepted", "occurred", "2025-11-10"),
    ("Talks have stalled on Monday since the rebels walked out.", "walked", "occurred", None),    # since: not its date
])
def test_an_event_measured_from_another(date_of, text, word, status, expected):
    assert date_of(text, word, status) == expected


def test_a_date_premodifying_another_event_is_that_event_s(date_of):
    assert date_of("The president reaffirmed on Monday his commitment to the 1994 truce.", "reaffirmed") == "2025-11-10"
    assert date_of("Kenya restated its commitment to the 1994 truce with Somalia.", "restated") is None


def test_a_year_split_off_a_date_is_read_with_it(date_of):
    assert date_of("The militia blamed the army for the June 5, 2024 massacre in the valley.", "massacre") == "2024-06-05"


def test_a_past_perfect_under_another_past_is_earlier(date_of):
    assert date_of("Investigators spent Saturday establishing who had ordered the raid.", "ordered") is None


def test_a_planned_event_s_weekday_is_ahead(date_of):
    assert date_of("The envoy will travel to Cairo on Friday.", "travel", "planned") == "2025-11-14"
    assert date_of("The two sides announced a ceasefire that takes effect on Monday.", "ceasefire", "planned") == "2025-11-17"
    assert date_of("Both armies will observe a truce from Monday.", "truce", "planned") == "2025-11-17"
    assert date_of("She told him on Monday that Washington would help.", "help", "planned") == "2025-11-10"


def test_a_light_verb_and_its_event_noun_are_one_event(date_of):
    assert date_of("The general said the army had met its aims in launching its March 3 offensive.",
                   "launching") == "2025-03-03"


def test_without_a_publication_date_the_article_s_full_date_gives_the_year(nlp):
    doc = nlp("A convoy near the border, March 3, 2024. The raid on October 7 killed four guards.")
    tok = next(t for t in doc if t.text == "raid")
    assert dates.event_date(tok, tok.sent, None, set(), "occurred") == "2023-10-07"


def test_deadlines_are_not_event_dates(date_of):
    assert date_of("Washington urged Moscow to release the crew by Friday.", "urged") is None


@pytest.mark.parametrize("text, word, expected", [
    ("Monday's airstrikes killed nine people and wounded dozens more.", "wounded", "2025-11-10"),
    ("Sunday's shelling destroyed a school and damaged the hospital.", "damaged", "2025-11-09"),
    ("Friday's drone attack hit a fuel depot and cut power to the city.", "cut", "2025-11-07"),
])
def test_a_cause_s_date_reaches_every_verb_conjoined_to_the_one_it_drives(date_of, text, word, expected):
    assert date_of(text, word) == expected


@pytest.fixture
def coded(nlp):
    """The events `code_article` gives for a text written for a test."""
    from communique.article import Article
    from communique.coding.coder import code_article

    def run(text: str, published: str | None):
        article = Article(text=text, origin="test", published=published)
        article.doc = nlp(text)
        return code_article(article)
    return run


@pytest.mark.parametrize("text, kind, expected", [
    # an act the parties agreed to is dated as a planned one: a weekday after publication
    ("Thailand and Cambodia had agreed to a border ceasefire starting on Sunday, Malaysia said.", "RETREAT",
     "2025-01-19"),
    ("Armenia and Azerbaijan agreed on Tuesday to exchange prisoners on Friday.", "RETREAT", "2025-01-17"),
    ("Ethiopia and Eritrea have agreed to reopen the border crossing on Monday.", "RETREAT", "2025-01-20"),
])
def test_an_agreed_act_falls_after_the_agreement(coded, text, kind, expected):
    events = coded(text, "2025-01-15")      # a Wednesday
    assert [e.date for e in events if e.event == kind and e.status == "planned"] == [expected]


def _event(kind, lemma, start, *, date=None, parties=(), verbal=True):
    from communique.article import ActorRef, Event

    refs = [ActorRef(code, code, None, None, None, 0, 1) for code in parties]
    ev = Event(event=kind, mode=None, status="occurred", actor=refs[:1], recipient=refs[1:], trigger=lemma,
               sentence="", start=start, end=start + len(lemma), trigger_lemma=lemma, date=date)
    ev.verbal = verbal
    return ev


@pytest.mark.parametrize("lemma, verbal, merged", [
    ("abduct", True, False),     # "used tear gas" ... "were abducted on October 7, 2023": two acts
    ("attack", False, True),     # ... "the attack on 12 January": the same act named again
    ("use", True, True),         # the same verb again
])
def test_an_undated_act_takes_a_date_only_from_the_same_act(lemma, verbal, merged):
    from communique.coding.merge import merge_article

    first = _event("ASSAULT", "use", 10, parties=("ISR", "PSE"))
    later = _event("ASSAULT", lemma, 90, date="2023-10-07", verbal=verbal)
    [out] = merge_article([first, later])
    assert (out.date == "2023-10-07") == merged and (out.mentions == 2) == merged


@pytest.mark.parametrize("published, text, trigger, expected", [
    # "the day after" with no other day is measured from the news's day
    ("2024-10-24", "The statement came the day after Erdogan and Mitsotakis met in Ankara.", "met", "2024-10-23"),
    ("2025-09-10", "Talks resumed a day after Israel struck Doha.", "struck", "2025-09-09"),
    # from a publication date known to its month only, the month
    ("2024-10", "The statement came the day after Erdogan and Mitsotakis met in Ankara.", "met", "2024-10"),
])
def test_the_day_after_is_measured_from_the_news(coded, published, text, trigger, expected):
    assert {e.trigger: e.date for e in coded(text, published)}[trigger] == expected


def test_fighting_since_a_date_started_then(date_of):
    """NEWS.md: a multi-day event takes its first day ('fought ... since April 2023')."""
    assert date_of("The RSF has fought the army in Darfur since April 2023.", "fought") == "2023-04"
