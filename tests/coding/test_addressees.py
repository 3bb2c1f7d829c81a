"""Whom an act is aimed at or asked of when the clause does not say it plainly: the doer of a
demanded act, the party a condition is set for, the state of a place a refusal concerns, the
author of a text judged, the forces an order goes to. Every case is written for this test."""
from __future__ import annotations

import pytest

@pytest.mark.parametrize("text, event", [
    ("Thousands of Israelis demanded the resignation of Benjamin Netanyahu.", ("REQUEST", ["ISR"], ["ISR"])),
    ("Georgian opposition leaders called for the resignation of Irakli Kobakhidze.", ("REQUEST", ["GEO"], ["GEO"])),
    ("Armenia demanded Azerbaijan's withdrawal from the occupied villages.", ("REQUEST", ["ARM"], ["AZE"])),
    ("Israeli protesters blamed Netanyahu for the failure and demanded his resignation.",
     ("REQUEST", ["ISR"], ["ISR"])),
])
def test_a_demand_for_someones_own_act_is_addressed_to_its_doer(code, text, event):
    assert event in code(text)


def test_a_demand_for_someones_release_is_not_addressed_to_the_one_held(code):
    events = code("Ukraine met Russian negotiators in Istanbul and demanded the release of "
                  "Ukrainian sailors.")
    assert not [e for e in events if e[0] == "REQUEST" and e[2] == ["UKR"]]


@pytest.mark.parametrize("text, event", [
    # the party a requested sanction or strike would hit is not the one asked
    ("Sandu called for fresh sanctions on Russia.", ("REQUEST", ["MDA"], ["UNK"])),
    ("Macron urged tougher sanctions against Moscow.", ("REQUEST", ["FRA"], ["UNK"])),
    # when the clause names the one asked, it is the recipient
    ("Zelensky urged the EU to impose sanctions on Russia.", ("REQUEST", ["UKR"], ["EUR"])),
    # and the one who is to act is asked
    ("Kyiv demanded the withdrawal of Russian troops.", ("REQUEST", ["UKR"], ["RUS"])),
    # whom requested aid would reach, or aid whose end is demanded, is not asked either
    ("Beijing demanded a total halt to foreign weapons deliveries and military training for Taiwan.",
     ("REQUEST", ["CHN"], ["UNK"])),
    ("Kenya called for more humanitarian aid to Sudan.", ("REQUEST", ["KEN"], ["UNK"])),
    ("Moscow called for a halt to weapons shipments to Ukraine.", ("REQUEST", ["RUS"], ["UNK"])),
    ("Poland urged Germany to send more tanks to Ukraine.", ("REQUEST", ["POL"], ["DEU"])),
])
def test_a_call_for_sanctions_on_a_party_is_not_addressed_to_it(code, text, event):
    assert event in code(text)


def test_an_unnamed_addressee_takes_no_counterpart_from_the_article(code):
    events = code("Russian drones hit Odesa overnight. Russia also shelled Sumy. "
                  "Zelensky called for tougher sanctions on Moscow.")
    assert ("REQUEST", ["UKR"], ["UNK"]) in events


@pytest.mark.parametrize("text, event", [
    ("Israel refuses to withdraw from southern Lebanon.", ("REJECT", ["ISR"], ["LBN"])),
    ("Russia refused to hand back the Zaporizhzhia plant.", ("REJECT", ["RUS"], ["UKR"])),
    ("Israel still refuses to reopen the Rafah crossing.", ("REJECT", ["ISR"], ["PSE"])),
])
def test_a_refusal_to_act_at_a_place_is_aimed_at_its_state(code, text, event):
    assert event in code(text)


def test_a_refusal_about_ones_own_place_names_no_one(code):
    assert not [e for e in code("Venezuela refused to let foreign observers into Caracas.") if e[0] == "REJECT"]


@pytest.mark.parametrize("text, event", [
    ("Netanyahu ordered the army to strike Hezbollah targets in Beirut.", ("ASSAULT", ["ISR"], ["HEZBOLLAH"])),
    ("Kenya's president ordered police to arrest the protest leaders.", ("COERCE", ["KEN"], ["KEN"])),
    ("Israel's defence minister said he had instructed the military to strike Tehran.",
     ("ASSAULT", ["ISR"], ["IRN"])),
])
def test_an_order_to_ones_own_forces_is_the_act_ordered(code, text, event):
    events = code(text)
    assert event in events and not [e for e in events if e[0] == "REQUEST"]


def test_an_order_to_another_party_is_a_demand(code):
    assert ("REQUEST", ["USA"], ["IRN"]) in code("Trump ordered Iran to stop enriching uranium.")


@pytest.mark.parametrize("text, event", [
    ("France, Germany and Britain said they are prepared to restore the sanctions on Iran unless it "
     "resumes talks with the IAEA.", ("REQUEST", ["DEU", "FRA", "GBR"], ["IRN"])),
    ("Armenia threatened to quit the alliance unless Russia sends peacekeepers.", ("REQUEST", ["ARM"], ["RUS"])),
    ("Georgia refused to resume negotiations until Russia withdraws its troops.", ("REQUEST", ["GEO"], ["RUS"])),
])
def test_a_threat_or_refusal_on_a_condition_asks_it_of_the_other_party(code, text, event):
    assert event in code(text)


@pytest.mark.parametrize("text", [
    "Hamas threatened to strike unless it receives guarantees.",          # a condition on oneself
    "Burhan threatened the RSF, saying the fighting would go on until their forces are expelled.",
])
def test_a_condition_on_oneself_or_one_undergone_asks_nothing(code, text):
    assert not [e for e in code(text) if e[0] == "REQUEST"]


@pytest.mark.parametrize("text, event", [
    # a text that names no author is the one an earlier sentence has someone issue
    ("The Security Council adopted a resolution on Haiti. Russia criticised the resolution.",
     ("ACCUSE", ["RUS"], ["UN"])),
    ("The UN Security Council adopted a resolution on Monday authorising a new force for Haiti. "
     "Beijing's envoy was strongly critical of the resolution.", ("ACCUSE", ["CHN"], ["UN"])),
    ("Beijing was critical of Washington's tariffs.", ("ACCUSE", ["CHN"], ["USA"])),   # "critical of"
    ("Kyiv rejected the Russian resolution.", ("REJECT", ["UKR"], ["RUS"])),          # its own author
])
def test_a_judgement_of_a_text_is_aimed_at_its_author(code, text, event):
    assert event in code(text)


@pytest.mark.parametrize("text, event", [
    ("Hanoi said it would conduct the rescue alone despite an offer from Japan to assist.",
     ("AGREE", ["JPN"], ["VNM"])),
    ("Kyiv went ahead with the operation despite an offer from Ankara to mediate.", ("AGREE", ["TUR"], ["UKR"])),
])
def test_an_offer_naming_no_one_is_made_to_the_clause_s_subject(code, text, event):
    assert event in code(text)


def test_an_offer_to_someone_named_keeps_its_addressee(code):
    assert ("AGREE", ["EGY"], ["HAMAS"]) in code("Egypt made an offer to Hamas to host the talks.")


@pytest.mark.parametrize("text, event", [
    ("NATO sent jets to Ukraine. Denmark and Finland have promised to send extra aircraft.",
     ("AGREE", ["DNK", "FIN"], ["UKR"])),
    ("Sweden delivered tanks to Ukraine last month. Germany and France promised to deliver more air defence "
     "systems.", ("AGREE", ["DEU", "FRA"], ["UKR"])),
    ("Turkey sent aid to Syria. Qatar has promised to supply electricity.", ("AGREE", ["QAT"], ["SYR"])),
])
def test_a_promise_naming_no_one_is_made_to_whom_the_promised_act_is_for(code, text, event):
    assert event in code(text, "2024-07-10")


@pytest.mark.parametrize("text, kind, unmeant", [
    ("Beijing was critical of the plan, which it said would harm Ukraine's economy.", "ACCUSE", "UKR"),
    ("Ankara rejected the proposal, which it said would hurt the Cypriot talks with Greece.", "REJECT", "CYP"),
    ("Hungary opposed the measure, which diplomats said would target Russia's banks.", "REJECT", "RUS"),
])
def test_a_party_in_a_clause_describing_the_object_is_not_the_one_aimed_at(code, text, kind, unmeant):
    assert not [e for e in code(text) if e[0] == kind and unmeant in e[2]]


def test_a_party_in_the_objects_own_phrase_still_is(code):
    assert ("ACCUSE", ["CHN"], ["TWN"]) in code("Beijing was critical of the plan to arm Taiwan.")


@pytest.mark.parametrize("text, events", [
    ("Despite pressure from Washington, Israel refused to attend the talks.",
     [("REQUEST", ["USA"], ["ISR"]), ("REJECT", ["ISR"], ["USA"])]),
    ("Myanmar's junta ignored appeals from the UN to free political prisoners.",
     [("REQUEST", ["UN"], ["MMR"]), ("REJECT", ["MMR"], ["UN"])]),                       # guard
    ("Moscow has long resisted pressure from Beijing.", [("REQUEST", ["CHN"], ["RUS"]), ("REJECT", ["RUS"], ["CHN"])]),  # guard
    ("Israel faced mounting pressure from Washington.", [("REQUEST", ["USA"], ["ISR"])]),
])
def test_an_appeal_naming_no_one_is_made_to_the_clause_s_subject(code, text, events):
    assert all(e in code(text) for e in events)


@pytest.mark.parametrize("text, event", [
    ("Biden said his administration would examine Beijing's list of demands for a trade deal.",
     ("REQUEST", ["CHN"], ["USA"])),
    ("Brussels will consider Kyiv's list of requests for more air defence.", ("REQUEST", ["UKR"], ["EUR"])),
    ("Israel has so far ignored Egypt's calls for restraint.", ("REQUEST", ["EGY"], ["ISR"])),      # guard
])
def test_an_appeal_is_made_to_whoever_answers_it(code, text, event):
    assert event in code(text)


def test_an_appeal_welcomed_is_not_made_to_the_one_welcoming_it(code):
    assert not [e for e in code("The EU welcomed Kyiv's calls for a ceasefire.") if e[0] == "REQUEST"]


@pytest.mark.parametrize("text, event", [
    ("Moscow condemned the use of U.S.-supplied rockets, which Ukraine received in March.", ("AID", ["USA"], ["UKR"])),
    ("Russia complained about German-supplied tanks, which Ukraine obtained last year.", ("AID", ["DEU"], ["UKR"])),
])
def test_weapons_supplied_go_to_whoever_a_clause_says_has_them(code, text, event):
    assert event in code(text)


def test_weapons_shot_down_are_not_given_to_the_one_shooting(code):
    assert not [e for e in code("The army displayed U.S.-supplied missiles, which Russian air defences shot down.")
                if e[0] == "AID" and "RUS" in e[2]]


@pytest.mark.parametrize("text, event", [
    ("Turkey condemned Israel and recalled its ambassador.", ("SANCTION", ["TUR"], ["ISR"])),
    ("Seoul accused Pyongyang of the blasts and expelled its diplomats.", ("SANCTION", ["KOR"], ["PRK"])),
])
def test_a_hostile_act_joined_to_another_is_aimed_at_the_same_one(code, text, event):
    """counterparts._shares_a_hostile_clause: 'X condemned Y and recalled its ambassador'."""
    assert event in code(text)


@pytest.mark.parametrize("text, event", [
    # up a chain of joined acts to the one that names its target, past a refusal that names none
    ("Belarus's opposition blamed the authorities for the fraud, would not recognise the official result, "
     "and refused to take up its seats.", ("REJECT", ["BLR"], ["BLR"])),
    # the opposition's own government is not the opposition: the authorities are its target
    ("The Kenyan opposition accused the government of rigging the vote and refused to join the talks.",
     ("REJECT", ["KEN"], ["KEN"])),
])
def test_a_refusal_in_a_chain_of_hostile_acts_is_aimed_where_the_first_named(code, text, event):
    assert event in code(text)


def test_the_eu_is_no_state_for_an_unnamed_authority(code):
    """discourse.state_of: 'the authorities' after 'EU accession talks' are the state named, not the EU."""
    events = code("Georgia's ruling party froze EU accession talks. Protesters accused the authorities of betrayal.")
    assert not [e for e in events if e[0] == "ACCUSE" and "EUR" in e[2]]


def test_ones_own_envoy_summoned_for_consultations_is_a_recall(code):
    """triggers.tsv summon ... near=consultations, targets._own_envoy: the envoy's state recalls
    him from his host; summoning another's envoy stays a protest."""
    events = code("Chad recalled its ambassador to Sudan. The Foreign Ministry summoned Chad's Ambassador to Sudan "
                  "Moussa Diallo for consultations.")
    assert {e for e in map(lambda e: (e[0], tuple(e[1]), tuple(e[2])), events)} == {("SANCTION", ("TCD",), ("SDN",))}
    assert code("Kenya summoned Sudan's ambassador to protest the remarks.") == [("ACCUSE", ["KEN"], ["SDN"])]


@pytest.mark.parametrize("text, event", [
    ("Lithuania urged Brussels to widen the embargo on Russian oil, as the EU has threatened to do.",
     ("THREATEN", ["EUR"], ["RUS"])),
    ("Kenya asked the UN to deploy more peacekeepers to Haiti, as Washington had pledged to do.",
     ("AGREE", ["USA"], ["HTI"])),
])
def test_a_threat_or_promise_to_do_so_is_aimed_where_the_act_it_stands_for_is(code, text, event):
    assert event in code(text)


@pytest.mark.parametrize("text, event", [
    ("Zelensky secured a promise of more air defence from Germany.", ("AGREE", ["DEU"], ["UKR"])),
    ("Kyiv received a warning from Moscow.", ("THREATEN", ["RUS"], ["UKR"])),
    ("Niger faced heavy sanctions from ECOWAS.", ("SANCTION", ["ECOWAS"], ["NER"])),
])
def test_an_act_received_is_done_to_the_receiver_by_the_giver(code, text, event):
    assert event in code(text)


def test_an_invitation_received_is_not_the_receivers_own(code):
    assert ("AGREE", ["UKR"], ["NATO"]) not in code("Ukraine received an invitation to join NATO.")


@pytest.mark.parametrize("text, event", [
    ("Iraq's cabinet met on Sunday to discuss the foreign bases, responding to growing U.S. pressure and "
     "worries over possible Turkish raids.", ("REQUEST", ["USA"], ["IRQ"])),
    ("Lebanon responded to U.S. pressure by approving a plan to disarm Hezbollah.", ("REQUEST", ["USA"], ["LBN"])),
])
def test_a_states_pressure_is_a_request_to_the_one_who_responds_to_it(code, text, event):
    assert event in code(text)


def test_pressure_from_no_party_is_no_request(code):
    assert code("The economy is under mounting pressure.") == []


@pytest.mark.parametrize("text, event", [
    ("Moldova must keep waiting due to opposition from Hungary.", ("REJECT", ["HUN"], ["MDA"])),
    ("Despite opposition from China, the Philippines went ahead with the drills.", ("REJECT", ["CHN"], ["PHL"])),
    ("Kosovo's application stalled in the face of opposition from Serbia.", ("REJECT", ["SRB"], ["XKX"])),
])
def test_an_objection_that_holds_a_party_up_is_made_to_it(code, text, event):
    """addressees.offer_addressees: a refusal noun (cues objection_nouns) in a phrase of cause or
    hindrance (cues hindrance_preps) is made to the subject of its clause."""
    assert event in code(text)
