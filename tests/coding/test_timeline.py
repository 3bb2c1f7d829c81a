"""Undated events take the date of the episode their article reports, when they read as its
news. Every article is written for this test."""
from __future__ import annotations

import pytest

from communique.article import Article
from communique.coding.coder import code_article


@pytest.fixture
def dated(nlp):
    """(type, actor codes) and trigger -> (date, where an inherited date came from)."""
    def run(text: str, published: str | None = "2025-11-14"):         # a Friday
        article = Article(text=text, origin="test", published=published)
        article.doc = nlp(text)
        out = {}
        for e in code_article(article):
            source = next((x for x in e.inferred if x.startswith("date:")), None)
            out.setdefault((e.event, tuple(sorted({a.code for a in e.actor}))), (e.date, source))
            out.setdefault(e.trigger, (e.date, source))
        return out
    return run


def test_statements_reported_in_the_episode_take_its_day(dated):
    events = dated(
        "The foreign ministers of Chile and Peru met in Lima on Wednesday to settle the maritime dispute.\n\n"
        "Peru's minister said afterwards that Lima had agreed to withdraw its coast guard vessels.\n\n"
        "The Chilean minister also criticised Bolivia for its new tariffs.")
    assert events[("CONSULT", ("CHL", "PER"))][0] == "2025-11-12"
    assert events[("AGREE", ("PER",))] == ("2025-11-12", "date: the article's episode")
    assert events[("ACCUSE", ("CHL",))] == ("2025-11-12", "date: the article's episode")


def test_no_episode_no_date(dated):
    # nothing in the article names a day: the publication date is not an event date by default
    events = dated("Ethiopia and Somalia agreed to resume talks over the port deal, officials said.")
    assert events[("AGREE", ("ETH", "SOM"))] == (None, None)


@pytest.mark.parametrize("background, event", [
    ("The deal covers al-Fashaga, where Ethiopian militias attacked Sudanese farmers.",        # relative clause
     ("ASSAULT", ("ETH",))),
    ("The region, which Ethiopian troops seized from Sudan, stays disputed.", ("ASSAULT", ("ETH",))),
    ("Egypt accuses Ethiopia of filling the reservoir without consent.", ("ACCUSE", ("EGY",))),  # ongoing present
    ("The ministers met two weeks after Egypt accused Ethiopia of delays.", ("ACCUSE", ("EGY",))),  # "after"
    ("Earlier, Egypt had accused Ethiopia of stalling.", ("ACCUSE", ("EGY",))),               # past perfect, earlier
])
def test_background_keeps_no_date(dated, background, event):
    events = dated("Sudan and Ethiopia signed a water-sharing agreement in Khartoum on Thursday.\n\n" + background)
    assert events[("SUPPORT", ("ETH", "SDN"))][0] == "2025-11-13"
    assert events[event] == (None, None)


def test_a_quoted_present_is_the_speaker_s_statement(dated):
    events = dated("Serbia's president spoke to reporters in Belgrade on Tuesday.\n\n"
                   '"We reject the demands of Pristina," he said.')
    assert events[("REJECT", ("SRB",))] == ("2025-11-11", "date: the article's episode")


def test_a_definite_noun_names_the_happening_told_before(dated):
    events = dated(
        "Iraq protested to Washington on Thursday.\n\n"
        "A US drone struck a car in Baghdad on Tuesday.\n\n"
        "The strike killed a commander of Kataib Hezbollah, officials said.")
    assert events["killed"] == ("2025-11-11", "date: the happening named before")


def test_an_event_during_a_gathering_takes_the_gathering_s_day(dated):
    events = dated(
        "Japan recalled its ambassador to Seoul on Thursday.\n\n"
        "South Korea rejected Japan's demand to drop the lawsuit during a meeting of vice ministers.\n\n"
        "The vice ministers of Japan and South Korea met in Seoul on Tuesday.")
    assert events[("REJECT", ("KOR",))] == ("2025-11-11", "date: the event it took place during")


def test_without_publication_date_the_episode_comes_from_a_full_date(dated):
    events = dated("Kenya and Uganda signed a rail agreement in Nairobi on March 3, 2024.\n\n"
                   "Uganda also agreed to repair the line to the border.", published=None)
    assert events[("AGREE", ("UGA",))] == ("2024-03-03", "date: the article's episode")


def test_a_relative_clause_on_the_episode_s_gathering_tells_of_it(dated):
    events = dated("The leaders of Kenya and Somalia met at an emergency summit in Nairobi on Tuesday.\n\n"
                   "The summit, where Kenya urged Somalia to reopen the border, ended without a statement.")
    assert events[("REQUEST", ("KEN",))] == ("2025-11-11", "date: the article's episode")


def test_a_planned_event_named_again_takes_the_day_it_was_planned_for(dated):
    events = dated(
        "Ukraine's foreign minister will meet the UN Security Council in New York on Tuesday to discuss "
        "the shelling of Kharkiv.\n\n"
        "Russia's deputy envoy to the OSCE countered that Moscow would use the meeting to present its own evidence.")
    assert events["meet"][0] == "2025-11-18"
    assert events["meeting"] == ("2025-11-18", "date: the happening named before")


def test_a_planned_event_with_no_earlier_happening_stays_undated(dated):
    # planned events get no episode day: only a happening named again gives them a date
    events = dated(
        "The foreign ministers of Chile and Peru met in Lima on Wednesday.\n\n"
        "Peru said it would impose new tariffs on Bolivian goods.")
    assert events["impose"][0] is None


@pytest.mark.parametrize("text, event", [
    # a present clause running alongside the news is the news
    ("Sudan and Ethiopia signed a water-sharing agreement in Khartoum on Thursday.\n\n"
     "Ethiopian troops have shelled Sudanese farms near al-Fashaga, as Sudan accuses Addis Ababa of "
     "breaking the deal.", ("ACCUSE", ("SDN",))),
    ("Sudan and Ethiopia signed a water-sharing agreement in Khartoum on Thursday.\n\n"
     "Ethiopian troops shelled Sudanese farms near al-Fashaga, killing four, while Sudan accuses "
     "Ethiopia of breaking the deal.", ("ACCUSE", ("SDN",))),
])
def test_a_present_alongside_the_news_takes_the_episode(dated, text, event):
    assert dated(text)[event] == ("2025-11-13", "date: the article's episode")


def test_a_present_on_its_own_stays_background(dated):
    events = dated("Sudan and Ethiopia signed a water-sharing agreement in Khartoum on Thursday.\n\n"
                   "Sudan accuses Ethiopia of breaking earlier deals.")
    assert events[("ACCUSE", ("SDN",))] == (None, None)


@pytest.mark.parametrize("text, doer, day", [
    ("Israeli strikes killed a Hamas commander in Gaza on Tuesday. "
     "Israel's strikes on Hamas and Islamic Jihad this month drew protests.", "ISR", "2025-11-11"),
    ("Houthi missiles hit a British tanker on Tuesday. "
     "The Houthis' attacks on British and Greek ships this month drew condemnation.", "HOUTHIS", "2025-11-11"),
])
def test_a_campaign_takes_the_day_of_the_strike_folded_into_it(dated, text, doer, day):
    """A strike on one target folded into the campaign that names more targets gives it its
    day when the campaign's own date is only the month around it (campaigns.fold)."""
    assert dated(text)[("ASSAULT", (doer,))][0] == day


def test_a_strike_on_another_date_is_not_folded_into_the_campaign(code):
    """A strike dated apart from a campaign (July, against 'this month') is another happening,
    even when its doer is only the article's attacker (campaigns._same_time)."""
    events = code("Israel's strikes on Hamas and Islamic Jihad this month drew protests. A Hamas commander "
                  "was killed in Khan Younis in July.", "2025-11-14")
    assert ("ASSAULT", ["ISR"], ["HAMAS", "PIJ"]) in events and ("ASSAULT", ["ISR"], ["HAMAS"]) in events
