"""Words that look like acts but name none a careful reader would code: a saying that is itself
what a request asks for, a description, a purpose, an extent (`communique.coding.mentions`,
`nonacts`). Every case is written for this test."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, events", [
    ("Seoul pressed Tokyo to declare that it would release the fishermen.", [("REQUEST", ["KOR"], ["JPN"])]),
    ("Brussels asked Belgrade to announce that its police would withdraw from the north.",
     [("REQUEST", ["EUR"], ["SRB"])]),
    ("Egypt called on Israel to confirm that it would allow aid into Gaza.", [("REQUEST", ["EGY"], ["ISR"])]),
    # guards: a saying that is told, not asked for, reports its content
    ("Seoul announced that Tokyo would release the prisoners.", [("RETREAT", ["JPN"], ["UNK"])]),
    ("Kenya urged Ethiopia to stop the fighting and said that Somalia would release the prisoners.",
     [("REQUEST", ["KEN"], ["ETH"]), ("RETREAT", ["SOM"], ["UNK"])]),
])
def test_a_saying_asked_for_is_the_request_s_content(code, text, events):
    """'pressed X to declare that it would free them': what X is asked to say is asked, not told
    (mentions._said_on_demand)."""
    assert code(text) == events


@pytest.mark.parametrize("text, events", [
    ("The Lome text was not a truce accord between Chad and Sudan.", []),
    ("Chad, Niger and Sudan formed a joint force, set up as a security pact in 2019.", []),
    ("Kenya and Uganda created the commission in 2015 as a trade pact.", []),
    # guards: a role acted in, an accord that is one
    ("Oman acted as an intermediary between Iran and the United States.", [("CONSULT", ["IRN", "OMN", "USA"], [])]),
    ("The accord between Chad and Sudan was a ceasefire agreement.", [("AGREE", ["SDN", "TCD"], [])]),
])
def test_an_act_noun_that_classifies_something_else(code, text, events):
    """A denied classification ('is not a peace treaty') or what a body was made as ('set up as a
    defence pact') names no agreement (nonacts._a_classification)."""
    assert code(text) == events


def _types(found):
    return [kind for kind, _, _ in found]


@pytest.mark.parametrize("text", [
    "Hezbollah claimed the attack, saying it was a response to the raids and aimed at pressuring the Israeli "
    "government.",
    "The Houthis claimed the strike, saying it was revenge for the raids on Sanaa and aimed at pressuring "
    "Washington.",
    # the method phrase hung on the verb that names it
    "Belarusian opposition leaders met in Vilnius. Tsikhanouskaya called the sanctions “the right approach” "
    "to pressuring Lukashenko's regime to free prisoners.",
])
def test_what_a_thing_is_for_is_no_request(code, text):
    """A purpose told by a participle ('aimed at pressuring', nonacts._a_purpose) or the end a
    method serves ('the best tool for squeezing', nonacts._a_method) asks nothing of anyone."""
    assert "REQUEST" not in _types(code(text))


@pytest.mark.parametrize("text, events", [
    # guards: a doer's own aim, and pressure applied
    ("Russia had aimed at capturing Kyiv within days.", [("ASSAULT", ["RUS"], ["UKR"])]),
    ("Beijing pressured Manila to withdraw the ship.", [("REQUEST", ["CHN"], ["PHL"])]),
])
def test_an_aim_of_a_doer_and_pressure_applied_stay(code, text, events):
    assert code(text) == events


@pytest.mark.parametrize("text, events", [
    ("Kyiv would have to pull troops back from areas of the Kherson region which Russian forces have not fully taken.",
     [("RETREAT", ["UKR"], ["UNK"])]),
    ("Israel has not fully withdrawn its troops from Lebanon.", []),
    # guard: a plain denial is still a negated act
    ("Germany will not deploy troops to Ukraine.", [("MOBILIZE", ["DEU"], ["UKR"])]),
])
def test_a_denied_degree_is_an_extent_not_a_non_event(code, text, events):
    """'has not fully taken', 'has not completely withdrawn': how far an act went, neither a
    non-event nor the whole act (nonacts._an_extent, cues degree_adverbs)."""
    assert code(text) == events


@pytest.mark.parametrize("text, events", [
    ("Ukraine's military shared video of explosions near the Russian border.", []),
    ("Sudan's army published images of the shelling of El Fasher.", []),
    # guards: an act told, and one the picture is of but the sentence tells
    ("Israeli jets struck Gaza on Monday, the army said.", [("ASSAULT", ["ISR"], ["PSE"])]),
    ("The attack on the convoy in Mali was caught on video.", [("ASSAULT", ["UNK"], ["MLI"])]),
])
def test_an_act_in_a_picture_is_not_the_shower_s(code, text, events):
    """'shared video of explosions': the picture is shown, the act in it has no doer here
    (nonacts._a_depiction, cues depiction_nouns)."""
    assert code(text) == events


@pytest.mark.parametrize("text, threat", [
    ("Poland condemns Russian strike on Ukrainian capital; UK issues shelter warning", False),
    ("Greece condemns Turkish drills near Rhodes; Cyprus issues travel warning", False),
    # guard: a warning to a party
    ("Turkey issues warning to Greece over islands", True),
])
def test_a_headline_advisory_threatens_no_one(nlp, text, threat):
    """'UK issues shelter warning', with 'warning' tagged as a verb after its kind, is a public
    advisory, no threat (nonacts._an_advisory, cues advisory_kinds)."""
    from communique.coding.mentions import mentions
    found = [m.type for s in nlp(text).sents for m in mentions(s, statements=True)]
    assert ("THREATEN" in found) == threat


@pytest.mark.parametrize("text, events", [
    ("Moscow aims to assess the fleet's abilities in sea control, blocking maneuvers, and targeting enemy ships, "
     "with 20 vessels active in the Baltic.", []),
    ("Pyongyang aims to test the units' abilities in reconnaissance, blocking maneuvers, and striking key positions, "
     "with dozens of tanks active near the border.", []),
    # guards: a gerund beside an act, and an act after a skill is named
    ("Russian forces shelled Kharkiv, targeting power plants.", [("ASSAULT", ["RUS"], ["UKR"])]),
    ("The exercise tested the pilots' skills, and the jets then struck targets in Idlib.", [("ASSAULT", ["UNK"], ["SYR"])]),
])
def test_gerunds_listed_after_a_skill_are_skills(code, text, events):
    """The small parsers hang the gerunds of a skill's list on the verb whose object the skill is
    ('assess the fleet's abilities in sea control, blocking ..., and targeting ...';
    nonacts._listed_after_a_skill)."""
    assert code(text) == events


@pytest.mark.parametrize("text, events", [
    ("The Lebanese army issued guidance for returning residents in the south.", []),
    ("Kyiv drew up rules for returning refugees from Poland.", []),
    # guards: captives and bodies handed back
    ("Armenia returned the prisoners to Azerbaijan.", [("RETREAT", ["ARM"], ["AZE"])]),
    ("Russia returned the bodies of 500 soldiers to Ukraine.", [("RETREAT", ["RUS"], ["UKR"])]),
])
def test_residents_coming_home_are_no_release(code, text, events):
    """'returning residents', 'returning refugees': people going home are released by no one
    (triggers.tsv, the notobj= of the open return rows)."""
    assert code(text) == events
