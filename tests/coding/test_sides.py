"""Who is on which side of an act judged, brokered or pledged: the accused of a condemned
strike, the refused of a vetoed harm, an agreement's parties and its broker, donors beside each
other, a text's author, the state an armed group faces (`communique.coding.roles`,
`counterparts`, `discourse`). Every case is written for this test."""
from __future__ import annotations

import pytest

from communique.article import Article
from communique.coding.coder import code_article


@pytest.mark.parametrize("text, events", [
    ("The TNLA signed a fresh truce with the regime on Sunday, Chinese officials said.",
     [("SUPPORT", ["TNLA"], ["MMR"])]),
    ("The Arakan Army said it had agreed to a ceasefire with the junta, according to Chinese officials.",
     [("AGREE", ["ARAKAN"], ["MMR"]), ("RETREAT", ["ARAKAN"], ["MMR"])]),
    ("The Houthis said the government in Aden had violated the truce.", [("ACCUSE", ["HOUTHIS"], ["YEM"])]),
])
def test_the_regime_an_armed_group_faces_is_its_own_state_s(code, text, events):
    """'the regime', 'the junta' in a sentence naming an armed group and no state before it is
    the government of the state the group fights in (ActorBase.homes), not the state of the
    officials who report it."""
    assert code(text) == events


def test_myanmar_s_armed_groups_are_known():
    from communique.coding.actors import base
    homes = base().homes
    assert {homes[c] for c in ("MNDAA", "TNLA", "UWSA", "KNU", "ARAKAN", "KIA")} == {"MMR"}


@pytest.mark.parametrize("text, event, brokers", [
    ("The agreement between Israel and Hezbollah, brokered by the US, took effect on Wednesday.",
     ("AGREE", {"ISR", "HEZBOLLAH"}, set()), {"USA"}),
    ("Israel and Hezbollah signed a US-brokered agreement on Wednesday.", ("SUPPORT", {"ISR", "HEZBOLLAH"}, set()), {"USA"}),
    ("Armenia and Azerbaijan signed a deal brokered by Qatar and the UAE.", ("SUPPORT", {"ARM", "AZE"}, set()),
     {"QAT", "ARE"}),
])
def test_the_broker_of_an_agreement_is_no_party_to_it(nlp, text, event, brokers):
    """NEWS.md: mediators are not parties to the resulting agreement, the signatories are; the
    broker is kept as the event's mediator (talks it brokers still count it among their parties)."""
    article = Article(text=text, origin="test")
    article.doc = nlp(text)
    [found] = [e for e in code_article(article) if e.event == event[0]]
    assert ({a.code for a in found.actor}, {r.code for r in found.recipient}) == event[1:]
    assert set(found.mediator) == brokers


@pytest.mark.parametrize("text", [
    "The Saudi-led talks, which the Houthis are attending, are meant to end the war.",
    "The Houthis are attending the Saudi-led talks in Muscat.",
    "The Houthis attended the talks led by Saudi Arabia.",
])
def test_the_leader_of_talks_and_those_attending_them_are_their_parties(code, text):
    """Talks led by a state count it among their parties as brokered talks do, and a party
    that attends them (even in a relative clause on the talks) is another."""
    assert ("CONSULT", ["HOUTHIS", "SAU"], []) in [(e[0], sorted(e[1]), e[2]) for e in code(text)]


@pytest.mark.parametrize("text", [
    "Germany pledged 50 million euros, while France announced 20 million in aid.",
    "Norway promised more aid and Sweden sent tents.",
])
def test_a_donor_beside_another_is_not_its_recipient(code, text):
    """A party of a clause set beside a cooperative act ('while Britain announced ...', 'and
    Sweden sent ...') gives beside it, not to it (counterparts._parallel_clauses)."""
    events = code(text)
    donors = {c for e in events for c in e[1]}
    assert not [e for e in events if set(e[2]) & donors], events


def test_a_clause_beside_an_attack_may_still_name_its_target(code):
    assert ("ASSAULT", ["RUS"], ["UKR"]) in code("Russian troops attacked Kharkiv while Ukrainian forces regrouped.")


@pytest.mark.parametrize("text, accusation", [
    ("Jordan condemned the Israeli strike on Hamas leaders in Beirut.", ("ACCUSE", ["JOR"], ["ISR"])),
    ("Turkey condemned the Russian strike on Odesa.", ("ACCUSE", ["TUR"], ["RUS"])),
    ("The UN condemned the RSF attack on El Fasher.", ("ACCUSE", ["UN"], ["RSF"])),
    ("Egypt condemned Israel's attack on the Rafah crossing.", ("ACCUSE", ["EGY"], ["ISR"])),
    # a strike that names no doer is the one told before
    ("Israel struck Hamas leaders in Beirut on Monday. Jordan condemned the strike as a flagrant breach "
     "of international law.", ("ACCUSE", ["JOR"], ["ISR"])),
])
def test_condemning_a_strike_accuses_its_doer_not_its_targets(code, text, accusation):
    """roles._condemned_doers: the strike's own doer (a demonym, a possessor, a name before it)
    is the accused; those it hit are its targets only."""
    events = code(text)
    assert accusation in events
    assert [e for e in events if e[0] == "ACCUSE"] == [accusation]


@pytest.mark.parametrize("text, event", [
    # a harm refused is refused to whoever would do it, not to its target
    ("Hungary vetoed new EU sanctions on Russia.", ("REJECT", ["HUN"], ["EUR"])),
    ("Hungary blocked the EU's new sanctions package against Russia.", ("REJECT", ["HUN"], ["EUR"])),
    # an agreement welcomed or rejected is its parties', who receive the judgement
    ("Washington welcomed the agreement between Armenia and Azerbaijan.", ("SUPPORT", ["USA"], ["ARM", "AZE"])),
    ("Moscow rejected the peace deal between Kyiv and Washington.", ("REJECT", ["RUS"], ["UKR", "USA"])),
    # signing it is being party to it
    ("Armenia and Azerbaijan signed the agreement.", ("SUPPORT", ["ARM", "AZE"], [])),
])
def test_judging_another_s_act_is_aimed_at_its_doers(code, text, event):
    """roles._condemned_doers for refusals, roles._REACTIONS for agreements judged."""
    assert code(text) == [event]


@pytest.mark.parametrize("text, event", [
    ("The joint statement by Qatar and Egypt urged Israel to allow aid into Gaza.", ("REQUEST", ["EGY", "QAT"], ["ISR"])),
    ("Israel struck a school in Gaza City. The Security Council adopted a resolution condemning the strike.",
     ("ACCUSE", ["UN"], ["ISR"])),
    ("A UN resolution demanded the withdrawal of Israeli forces.", ("REQUEST", ["UN"], ["ISR"])),
])
def test_a_text_acts_for_its_author(code, text, event):
    """roles._author_of, cues authored_nouns: the party a statement or resolution is of, or
    that issued it."""
    assert event in code(text)


@pytest.mark.parametrize("text, events", [
    ("The E3 held talks with Iran in Geneva on Tuesday.", [("CONSULT", ["DEU", "FRA", "GBR", "IRN"], [])]),
    ("The E3 accused Iran of breaching the nuclear deal.", [("ACCUSE", ["DEU", "FRA", "GBR"], ["IRN"])]),
    ("Iran warned the E3 against restoring UN sanctions.", [("THREATEN", ["IRN"], ["DEU", "FRA", "GBR"])]),
    ("The Alliance of Sahel States accused Algeria of downing a drone.",
     [("ACCUSE", ["BFA", "MLI", "NER"], ["DZA"])]),
    # a state named beside its grouping counts once
    ("France and the E3 urged Iran to let inspectors back in.", [("REQUEST", ["DEU", "FRA", "GBR"], ["IRN"])]),
])
def test_a_grouping_of_states_acts_as_its_members(code, text, events):
    """A grouping that is only a name for a few states acting together (organizations.tsv
    `members`) is coded as those states, as the coders of news code it (actors.as_member_states)."""
    assert code(text) == events


@pytest.mark.parametrize("text, events", [
    ("Russia and Ukraine held talks in Istanbul on Friday. Afterwards Moscow announced that it would "
     "seize more assets.", [("CONSULT", ["RUS", "UKR"], [])]),
    ("Israel and Hamas traded accusations on Monday. Israel later tightened the restrictions.",
     [("ACCUSE", ["ISR"], ["HAMAS"]), ("ACCUSE", ["HAMAS"], ["ISR"])]),
    # named, or an act that answers the other side, as before
    ("Russia and Ukraine held talks in Istanbul on Friday. Afterwards Moscow imposed sanctions on Kyiv.",
     [("CONSULT", ["RUS", "UKR"], []), ("SANCTION", ["RUS"], ["UKR"])]),
    ("Russia and Ukraine held talks in Istanbul on Friday. Afterwards Moscow rejected the proposal.",
     [("CONSULT", ["RUS", "UKR"], []), ("REJECT", ["RUS"], ["UKR"])]),
])
def test_a_coercion_or_sanction_names_its_target_or_is_not_coded(code, text, events):
    """Seizures, crackdowns and restrictions fall on a particular party; the article's usual
    counterpart of the doer does not stand in for it (cues.yaml unguessed_recipients)."""
    assert code(text) == events


@pytest.mark.parametrize("text, events", [
    ("The UWSA signed a fresh truce with the regime in Kunming on Tuesday, according to the Chinese foreign "
     "ministry. An envoy told journalists that the two sides had now agreed to a lasting ceasefire.",
     [("SUPPORT", ["UWSA"], ["MMR"]), ("AGREE", ["MMR", "UWSA"], []), ("RETREAT", ["MMR", "UWSA"], [])]),
    ("The junta lost control of Lashio to the rebels last year. The TNLA signed a truce with the junta in "
     "Kunming, according to Beijing. The two sides agreed to hold further talks.",
     [("SUPPORT", ["TNLA"], ["MMR"]), ("AGREE", ["MMR", "TNLA"], [])]),
])
def test_the_two_sides_are_the_parties_not_the_source(code, text, events):
    """'the two sides' after 'X sealed a truce with the regime, according to Y': X and the state
    'the regime' stands for (discourse._state_referents), not Y, who only reports
    (binding.source)."""
    assert code(text) == events


@pytest.mark.parametrize("text, event", [
    ("Russian jets bombed Idlib for weeks. Russian missiles struck Syria again on Monday. "
     "A truce between Turkey and Russia took effect on Thursday. The agreement calls for joint "
     "patrols within 30 days.", ("AGREE", ["RUS", "TUR"], [])),
    ("Israeli tanks shelled Gaza City for a week. Israeli jets struck Palestinian homes in Khan Younis on "
     "Friday. A truce between Israel and Hamas began on Sunday. The agreement allows aid trucks into Gaza.",
     ("AGREE", ["HAMAS", "ISR"], [])),
])
def test_an_accord_noun_takes_up_the_truce_before_it(code, text, event):
    """'the agreement' that names no party is the accord whose sides the text just named, not
    the pair the article mentions most (counterparts._taken_up)."""
    assert event in code(text)


@pytest.mark.parametrize("text, event", [
    ("The United States warned Iran against escalation on Monday. Israeli jets killed an Iranian general in "
     "Damascus on Tuesday. Iran's foreign minister vowed on Wednesday that the killing will not go unanswered.",
     ("THREATEN", ["IRN"], ["ISR"])),
    ("Washington accused Pyongyang of selling arms on Monday. North Korean shells hit a South Korean island "
     "on Tuesday. North Korea warned of more action.", ("THREATEN", ["PRK"], ["KOR"])),
])
def test_a_threat_naming_no_one_is_aimed_at_the_one_fought(code, text, event):
    """A threat with no named target takes the party its maker fights in the article, before the
    one it only trades words with (counterparts.AT_THE_ONE_FOUGHT)."""
    assert event in code(text)


@pytest.mark.parametrize("text, event", [
    ("Sudan and the RSF signed a declaration in Jeddah. The document commits both sides to a full end of "
     "hostilities.", ("AGREE", ["RSF", "SDN"], [])),
    ("The framework commits Israel and Hamas to a second phase of talks.", ("AGREE", ["HAMAS", "ISR"], [])),
])
def test_a_text_binding_parties_is_their_agreement(code, text, event):
    """'the document commits both sides to ...': the ones it binds agree (roles._binding_text)."""
    assert event in code(text)


@pytest.mark.parametrize("text, event", [
    ("Israel and Hamas signed a deal under which Israel will release 1,700 prisoners.",
     ("RETREAT", ["ISR"], ["HAMAS"], "planned")),
    ("The two foreign ministers signed a deal that would see Ethiopian troops pull out of Somalia within 60 "
     "days.", ("RETREAT", ["ETH"], ["SOM"], "planned")),
    ("Armenia and Azerbaijan signed an accord that would see Azerbaijan reopen the border.",
     ("RETREAT", ["AZE"], ["ARM"], "planned")),
])
def test_an_act_in_an_accords_terms_is_planned(nlp, text, event):
    """coder._terms: the accord is signed, what it provides for is to come."""
    kind, actors, recipients, status = event
    article = Article(text=text, origin="test")
    article.doc = nlp(text)
    assert [e.status for e in code_article(article) if e.event == kind and sorted({a.code for a in e.actor}) == actors
            and sorted({r.code for r in e.recipient}) == recipients] == [status]


def test_an_act_an_accord_rules_out_is_none(code):
    assert code("Both sides signed a deal that does not require Russia to withdraw.") == []


@pytest.mark.parametrize("text, events", [
    ("The Indian government urged its citizens to put off travelling to Iran.", []),
    ("The Ukrainian army urged all Ukrainian residents to head to air raid shelters.", []),
    # a state's demand on protesters, and theirs on it, are acts
    ("Kenya's president urged Kenyan protesters to go home.", [("REQUEST", ["KEN"], ["KEN"])]),
])
def test_a_state_s_advice_to_its_own_people_is_no_act(code, text, events):
    """domestic.advice_to_its_people: a request by a government or its forces to its own
    civilians is no event between parties."""
    assert code(text) == events


@pytest.mark.parametrize("text, event", [
    ("Georgia's opposition urged the government to resign.", ("REQUEST", ["GEO"], ["GEO"])),
    ("Serbia's students called on the government to hold early elections.", ("REQUEST", ["SRB"], ["SRB"])),
])
def test_the_government_is_not_the_opposition_it_was_named_with(code, text, event):
    """A state noun stands for the state as that institution ('the government': GOV), not as
    the party the state was last named with (roles._as_institution)."""
    assert event in code(text)


@pytest.mark.parametrize("text, noun, actor", [
    ("Taliban negotiators were weighing a fresh US truce proposal.", "proposal", "US"),
    ("Kyiv studied the latest Turkish peace proposal.", "proposal", "Turkish"),
    ("Officials in Cairo discussed the Qatari truce plan.", "plan", "Qatari"),
])
def test_a_name_on_a_nouns_modifier_is_the_nouns_doer(nlp, text, noun, actor):
    from communique.coding.arguments import noun_roles

    doc = nlp(text)
    actors, _, _ = noun_roles(next(t for t in doc if t.text == noun))
    assert [t.text for t in actors] == [actor]


@pytest.mark.parametrize("text, event", [
    ("The Russian strike on Odesa killed four.", ("ASSAULT", ["RUS"], ["UKR"])),
    ("Kyiv said the Russian attack on Odesa was a war crime.", ("ASSAULT", ["RUS"], ["UKR"])),
    # not the earlier strike's doer
    ("Ukrainian drones hit a refinery in Saratov on Sunday. The Russian strike on Odesa killed four "
     "people a day later.", ("ASSAULT", ["RUS"], ["UKR"])),
])
def test_a_definite_act_noun_that_names_its_doer_is_not_an_anaphor(code, text, event):
    assert event in code(text)


@pytest.mark.parametrize("text, event", [
    # a participle after its noun with a 'by' agent: the agent acts, the noun undergoes
    ("Sudanese refugees, attacked by RSF fighters, fled to Chad.", ("ASSAULT", ["RSF"], ["SDN"])),
    ("Debris from missiles fired by Iran at Tel Aviv damaged homes.", ("ASSAULT", ["IRN"], ["ISR"])),
])
def test_a_reduced_passive_has_its_agent_as_doer(code, text, event):
    assert event in code(text)


@pytest.mark.parametrize("text, kind", [
    ("In a report released by India's trade ministry, officials said the meeting went well.", "RETREAT"),
    ("Palestinian detainees held by Israel were freed on Sunday.", "COERCE"),     # a state, not an act
])
def test_what_a_reduced_passive_names_decides_the_act(code, text, kind):
    assert not [e for e in code(text) if e[0] == kind]


@pytest.mark.parametrize("text, event", [
    ("Israel's campaign of raids and arrests in the West Bank continued.", ("COERCE", ["ISR"], ["PSE"])),
    ("The EU's new package of sanctions and travel bans targets Russian officials.", ("SANCTION", ["EUR"], ["RUS"])),  # guard
])
def test_each_act_a_series_lists_is_the_series_doers(code, text, event):
    """targets._series_doer: 'a U.S. campaign of strikes ... and a naval buildup'."""
    assert event in code(text)


def test_an_act_joined_to_a_time_takes_no_doer_from_it(code):
    """arguments._governing_subject climbs a conjunct only to a noun that is no time ('for at least
    twelve months ... and the crackdown': the crackdown is not the EU's)."""
    events = code("The European Union on Tuesday froze budget support to Niger for at least twelve months "
                  "over the coup and the crackdown on opposition politicians.")
    assert not [e for e in events if e[0] == "COERCE" and "EUR" in e[1]]


def test_an_act_joined_to_another_act_still_takes_its_doer(code):
    assert ("ASSAULT", ["RSF"], ["SDN"]) in code("RSF fighters killed six people in a drone and artillery attack on "
                                                 "El-Fasher.")


@pytest.mark.parametrize("text, event", [
    ("Belgrade broke off its accession negotiations with the EU.", ("REJECT", ["SRB"], ["EUR"])),
    ("Kyiv suspended negotiations with Moscow after the strike.", ("REJECT", ["UKR"], ["RUS"])),
    # suspending contacts with an embassy reduces relations
    ("Morocco suspended all contacts with the German embassy.", ("SANCTION", ["MAR"], ["DEU"])),
    # what goes on beside the refusal ("with both sides accusing") is no content of it
    ("Armenia halted the talks with Azerbaijan, with both sides accusing each other of violations.",
     ("ACCUSE", ["ARM"], ["AZE"])),
])
def test_halting_negotiations_is_a_refusal_to_meet(code, text, event):
    assert event in code(text)


def test_halted_negotiations_are_reduced_relations_in_the_older_roots():
    from communique.coding.classify import Dyad, classify
    dyad = Dyad("1", "Kyiv suspended negotiations with Moscow after the strike.", "Kyiv", "Moscow")
    assert [r["event"] for r in classify([dyad])] == ["SANCTION"]
    assert [r["event"] for r in classify([dyad], legacy=False)] == ["REJECT"]


@pytest.mark.parametrize("text, event", [
    ("Chad and Sudan set up a joint defence pact in 2024.", ("SUPPORT", ["SDN", "TCD"], [])),
    ("Russia and Belarus created a union state in 1999.", ("SUPPORT", ["BLR", "RUS"], [])),
    # a member does not act on itself through its grouping
    ("Mali praised the Alliance of Sahel States.", ("SUPPORT", ["MLI"], ["BFA", "NER"])),
])
def test_forming_an_alliance_finalizes_an_agreement_among_its_founders(code, text, event):
    assert event in code(text)


@pytest.mark.parametrize("text, event", [
    ("Damascus is inviting American companies to invest in Syria's energy sector.", ("AGREE", ["SYR"], ["USA"])),
    # an invitation to do what the invitee would rather not is a request
    ("Kyiv invited Moscow to withdraw its troops.", ("REQUEST", ["UKR"], ["RUS"])),
])
def test_an_invitation_to_invest_is_an_offer(code, text, event):
    assert event in code(text)


def test_an_agreement_made_together_takes_no_party_from_its_content(code):
    events = code("Moscow and Washington agreed on steps including a working group to back the Ukraine "
                  "negotiations.")
    assert ("AGREE", ["RUS", "USA"], []) in events


def test_an_agreement_made_together_keeps_the_party_its_act_is_for(code):
    assert ("AGREE", ["ARM", "AZE"], ["TUR"]) in code("Armenia and Azerbaijan agreed to open their border with Turkey.")


@pytest.mark.parametrize("text, event", [
    ("In 2019 Washington withdrew the United States from the arms control treaty with Russia.",
     ("SANCTION", ["USA"], ["RUS"])),
    ("The junta withdrew Mali from the Ecowas bloc in January.", ("SANCTION", ["MLI"], ["ECOWAS"])),
    # withdrawing forces from a place is a retreat
    ("Russia withdrew its troops from Kherson.", ("RETREAT", ["RUS"], ["UKR"])),
])
def test_taking_a_state_out_of_an_accord_reduces_relations(code, text, event):
    assert event in code(text)


@pytest.mark.parametrize("text, event", [
    ("Iran will not negotiate with Washington under pressure, Khamenei said.", ("REJECT", ["IRN"], ["USA"])),
    ("Tehran's policy is not to negotiate with Washington under pressure.", ("REJECT", ["IRN"], ["USA"])),
    ("Kyiv won't meet Russian delegates in Minsk.", ("REJECT", ["UKR"], ["RUS"])),
])
def test_talks_a_party_says_it_will_not_hold_are_refused(code, text, event):
    assert event in code(text)


def test_talks_that_did_not_take_place_are_no_refusal(code):
    assert not [e for e in code("Putin did not meet Zelensky in Istanbul.") if e[0] == "REJECT"]


def test_an_act_told_again_without_its_other_side_is_aimed_as_before(code):
    events = code("Macron met Xi in Beijing on Friday and praised him. On Monday, Macron promised Zelensky that "
                  "France would train more Ukrainian pilots. Macron made the pledge in Paris.", "2025-06-08")
    assert [e for e in events if e[0] == "AGREE"] == [("AGREE", ["FRA"], ["UKR"])]


@pytest.mark.parametrize("text", [
    "Erdogan hosted Putin in Ankara on Monday.",
    "Erdogan welcomed Putin to Ankara on Monday.",
    "Putin was hosted by Erdogan in Ankara.",
])
def test_a_visitor_visits_the_host(code, text):
    """As the coding conventions read a visit, the visitor does it and the host receives it,
    however the sentence puts the host first."""
    assert ("CONSULT", ["RUS"], ["TUR"]) in code(text)


def test_welcoming_a_decision_is_no_visit(code):
    assert not [e for e in code("Kenya welcomed the decision to resume talks.") if e[0] == "CONSULT"]


@pytest.mark.parametrize("text, event", [
    ("France led efforts to support Lebanon's army.", ("SUPPORT", ["FRA"], ["LBN"])),
    ("Qatar stepped up efforts to mediate between Israel and Hamas.", ("CONSULT", ["HAMAS", "ISR", "QAT"], [])),
    ("The US made repeated attempts to broker a truce between Armenia and Azerbaijan.",
     ("CONSULT", ["ARM", "AZE", "USA"], [])),
])
def test_the_act_of_an_effort_is_done_by_whoever_makes_it(code, text, event):
    """cues effort_nouns, effort_verbs: not 'Russia blocked efforts to condemn Iran'."""
    assert event in [(e[0], sorted(e[1]), e[2]) for e in code(text)]


def test_blocking_an_effort_is_not_making_it(code):         # a guard
    assert not [e for e in code("Russia blocked efforts to condemn Iran.") if e[0] == "ACCUSE"]
