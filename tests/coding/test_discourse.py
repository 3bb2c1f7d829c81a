"""Within-article resolution beyond pronouns (those are in test_pronouns.py): the other side
named elsewhere in the sentence, the pair "the two sides" stands for, mediators, gatherings and
the accords they make. Every case is written for this test."""
from __future__ import annotations

import pytest

from communique.article import Article
from communique.coding.coder import code_article


@pytest.mark.parametrize("text, event", [
    ("Putin refused to budge from his demands over Ukraine's neutrality.", ("REJECT", ["RUS"], ["UKR"])),
    ("Beijing rejected the proposal, a setback for Manila's diplomacy.", ("REJECT", ["CHN"], ["PHL"])),
])
def test_the_other_side_named_in_the_sentence(code, text, event):
    assert event in code(text)


def test_the_reporting_speaker_is_not_taken_for_the_other_side(code):
    events = code("Zelensky said Hungary had refused to approve the package.")
    assert ("REJECT", ["HUN"], ["UKR"]) not in events


@pytest.mark.parametrize("text, event", [
    ("Armenia and Azerbaijan held talks in Abu Dhabi on Monday. The two sides agreed to reopen "
     "transport links.", ("AGREE", ["ARM", "AZE"], [])),
    ("Officials from Serbia and Kosovo met in Brussels. Both sides accused the other of "
     "stalling.", ("ACCUSE", ["SRB", "XKX"], [])),
    ("The presidents of Kenya and Uganda met at the border. The two leaders signed a trade "
     "accord after their talks.", ("SUPPORT", ["KEN", "UGA"], [])),
    # the one who reports what the two sides did is not one of them
    ("Armenia signed a border deal with Azerbaijan on Friday. Rubio told reporters that the two "
     "sides agreed to meet again in March.", ("AGREE", ["ARM", "AZE"], [])),
    ("Thailand reached a truce with Cambodia last week. Anwar Ibrahim said on Sunday that the two "
     "sides had agreed to withdraw heavy weapons.", ("AGREE", ["KHM", "THA"], [])),
    # nor is the one who acts on them, nor the place where they were
    ("Serbian President Aleksandar Vucic and Croatian Prime Minister Andrej Plenkovic arrived in Paris on "
     "Monday. Macron later met both leaders at the Elysee.", ("CONSULT", ["FRA", "HRV", "SRB"], [])),
    ("Armenia and Azerbaijan signed a peace deal in Washington. Trump praised both countries.",
     ("SUPPORT", ["USA"], ["ARM", "AZE"])),
    ("Delegations from Sudan and Chad landed in Doha on Monday. Qatar hosted both delegations at "
     "a palace.", ("CONSULT", ["QAT", "SDN", "TCD"], [])),
    # nor a border between two states where something happened (binding.venue: `place_nouns`;
    # guards: its hyphen-joined names are two parties, lists.hyphen_joined)
    ("Armenia and Azerbaijan settled on a detainee exchange. The handover took place at the Georgia-Armenia "
     "border, where both sides released twelve men.", ("RETREAT", ["ARM", "AZE"], [])),
    ("Kenya and Somalia met in Mombasa on Monday. Troops later clashed near the Kenya-Ethiopia "
     "border, and the two sides traded accusations.", ("ACCUSE", ["KEN"], ["SOM"])),
    # officials, envoys and negotiators come in pairs too
    ("Ethiopia and Eritrea signed a border accord on Monday. President Ruto later received both officials "
     "in Nairobi.", ("CONSULT", ["ERI", "ETH", "KEN"], [])),
    ("Armenia and Azerbaijan resumed talks. The two envoys agreed to meet again in May.", ("AGREE", ["ARM", "AZE"], [])),
    # neighbours and rivals come in pairs with "the" alone
    ("Afghanistan and Pakistan agreed to hold talks in Istanbul. The talks follow the deadliest clashes "
     "between the South Asian neighbours in years.", ("ASSAULT", ["AFG", "PAK"], [])),
    ("India and Pakistan exchanged fire on Monday. The nuclear-armed rivals agreed to a ceasefire on Saturday.",
     ("AGREE", ["IND", "PAK"], [])),
])
def test_the_two_sides_are_the_pair_named_before(code, text, event):
    kind, actors, recipients = event
    found = [(k, set(a) | set(r)) for k, a, r in code(text)]
    assert any(k == kind and set(actors) | set(recipients) <= parties for k, parties in found), found


@pytest.mark.parametrize("text, event", [
    ("The US-China trade talks resumed in Geneva on Monday.", ("CONSULT", ["CHN", "USA"], [])),
    ("Aides prepared for the Modi-Xi summit in Kazan.", ("CONSULT", ["CHN", "IND"], [])),
    ("The Ethiopia-Eritrea peace deal was signed in 2018.", ("SUPPORT", ["ERI", "ETH"], [])),
])
def test_hyphenated_names_on_an_event_noun_are_both_parties(code, text, event):
    kind, actors, _ = event
    assert any(k == kind and set(a) == set(actors) for k, a, _ in code(text)), code(text)


@pytest.mark.parametrize("text, kind, status", [
    ("Armenia and Azerbaijan agreed to exchange all detainees by the end of the month.", "RETREAT", "planned"),
    ("Rwanda pledged to withdraw its troops from Congo within 90 days.", "RETREAT", "planned"),
    ("Kyiv said it was ready to halt strikes on Russian refineries if Moscow did the same.", "RETREAT", "hypothetical"),
])
def test_an_agreed_action_is_coded_beside_the_agreement(code, nlp, text, kind, status):
    article = Article(text=text, origin="test")
    article.doc = nlp(text)
    events = code_article(article)
    assert any(e.event == "AGREE" for e in events)
    assert any(e.event == kind and e.status == status for e in events), [(e.event, e.status) for e in events]


def test_an_agreement_to_meet_is_the_agreement_alone(nlp):
    article = Article(text="Japan and China agreed to hold talks in Tokyo next month.", origin="test")
    article.doc = nlp(article.text)
    assert [e.event for e in code_article(article)] == ["AGREE"]


@pytest.mark.parametrize("text, parties", [
    ("The US-brokered talks between Armenia and Azerbaijan resumed in Washington.", {"ARM", "AZE", "USA"}),
    ("Egypt and Qatar have mediated between Israel and Hamas since 2023.", {"EGY", "QAT", "ISR", "HAMAS"}),
    ("Negotiations mediated by Saudi Arabia and the United States resumed in Jeddah between Sudan's "
     "army and the RSF.", {"SAU", "USA", "SDN", "RSF"}),
    ("The Qatari-mediated talks between Israel and Hamas stalled on Friday.", {"QAT", "ISR", "HAMAS"}),
    # a chair is a mediator too, named in the same sentence or after
    ("Norway chaired the talks between Colombia and the ELN in Oslo.", {"NOR", "COL", "ELN"}),
    ("Armenia and Azerbaijan held talks on Thursday. The meeting was chaired by Kazakh Foreign Minister "
     "Murat Nurtleu.", {"ARM", "AZE", "KAZ"}),
])
def test_mediated_talks_count_the_mediator_among_the_parties(nlp, text, parties):
    article = Article(text=text, origin="test")
    article.doc = nlp(text)
    [event] = [e for e in code_article(article) if e.event == "CONSULT"]
    assert {a.code for a in event.actor} == parties and event.mode == "third-party"


@pytest.mark.parametrize("text", [
    "Armenia and Azerbaijan accused each other of violating the ceasefire.",
    "India and Pakistan blamed one another for the clashes along the border.",
    "Thailand and Cambodia each accused the other of firing first.",
])
def test_each_other_is_two_directed_events(code, text):
    events = [e for e in code(text) if e[0] == "ACCUSE"]
    assert len(events) == 2 and events[0][1] == events[1][2] and events[0][2] == events[1][1], events


@pytest.mark.parametrize("text", [
    "The Sandinistas returned to power in Nicaragua in 2007.",
    "Lula returned to office after defeating Bolsonaro.",
])
def test_returning_to_power_is_not_a_release(code, text):
    assert not [e for e in code(text) if e[0] == "RETREAT"]


def test_a_state_does_not_agree_with_itself(code):
    events = code("Iraq's prime minister said he was inviting Chinese companies to invest in Iraq's gas fields.")
    assert all(set(a) != set(r) for _, a, r in events if r)


@pytest.mark.parametrize("text, code_", [
    ("The Kachin Independence Army (KIA) said it had seized a border post. The KIA also "
     "accused Myanmar's junta of bombing villages.", "KIA"),
    ("Fighters of the JNIM (Jama'at Nusrat al-Islam wal-Muslimin) attacked an army base in Mali.", "JNIM"),
])
def test_an_armed_group_the_article_defines_is_coded_by_its_acronym(code, text, code_):
    assert any(code_ in a for _, a, _ in code(text)), code(text)


def test_a_known_name_inside_a_longer_name_is_not_that_body(code):
    events = code("The Ta'ang National Liberation Army shelled positions held by Myanmar's army.")
    assert all("ELN" not in a + r for _, a, r in events), events


@pytest.mark.parametrize("text, event", [
    ("Myanmar's generals have ruled since the 2021 coup. On Sunday the junta accused the "
     "Arakan Army of attacking a navy base.", ("ACCUSE", ["MMR"], ["ARAKAN"])),
    ("Venezuela expelled a Spanish diplomat on Monday. The government accused Madrid of "
     "meddling in the election.", ("ACCUSE", ["VEN"], ["ESP"])),
    # the same noun named with its state before, though another state was named since
    ("South Korea's defense ministry said the launches broke sanctions on North Korea. The "
     "ministry urged Pyongyang to stop its provocations.", ("REQUEST", ["KOR"], ["PRK"])),
    ("Iran's foreign ministry said on Monday that Israel had struck a consulate in Damascus. The "
     "ministry called on the UN to condemn the strike.", ("REQUEST", ["IRN"], ["UN"])),
    ("Mali's transitional government said Algeria had shot down its drone over Tinzaouaten. The "
     "government recalled its ambassador from Algiers.", ("SANCTION", ["MLI"], ["DZA"])),
])
def test_the_junta_or_the_government_is_the_state_just_named(code, text, event):
    assert event in code(text), code(text)


@pytest.mark.parametrize("text, parties", [
    ("Kuwait has stepped forward as mediator between Qatar and Saudi Arabia.", {"KWT", "QAT", "SAU"}),
    ("Oman acted as a mediator between Iran and the United States in April.", {"OMN", "IRN", "USA"}),
])
def test_a_mediator_between_two_parties_holds_talks_with_both(nlp, text, parties):
    article = Article(text=text, origin="test")
    article.doc = nlp(text)
    assert any(e.event == "CONSULT" and {a.code for a in e.actor} == parties for e in code_article(article))


@pytest.mark.parametrize("text, event", [
    ("Rabat called the ruling illegal and responded by expelling the Algerian ambassador.",
     ("SANCTION", ["MAR"], ["DZA"])),
    ("Kinshasa described the vote as a sham and responded by recalling its ambassador from Kigali.",
     ("SANCTION", ["COD"], ["RWA"])),
])
def test_a_verb_joined_to_a_judgement_keeps_the_subject(code, text, event):
    assert event in code(text), code(text)


@pytest.mark.parametrize("text, parties", [
    ("Talks between Sudanese and Chadian delegations resumed in Doha.", {"SDN", "TCD"}),
    ("US and Ukrainian officials met in Riyadh on Tuesday.", {"USA", "UKR"}),
    ("Indian and Pakistani commanders held talks at the border.", {"IND", "PAK"}),
])
def test_conjoined_names_on_one_noun_are_several_parties(nlp, text, parties):
    article = Article(text=text, origin="test")
    article.doc = nlp(text)
    assert any(e.event == "CONSULT" and {a.code for a in e.actor} == parties for e in code_article(article))


@pytest.mark.parametrize("text, kind", [
    ("Hezbollah has vowed to target convoys bound for Israel.", "THREATEN"),
    ("Kyiv pledged to retaliate against Moscow for the strike.", "THREATEN"),
    ("Washington promised to impose new sanctions on Caracas.", "THREATEN"),
    ("Norway promised to deliver more aircraft to Ukraine.", "AGREE"),
    ("Japan offered to send engineers to assist the Philippine navy.", "AGREE"),
])
def test_a_promise_to_harm_is_a_threat(code, text, kind):
    assert kind in [k for k, _, _ in code(text)], code(text)


@pytest.mark.parametrize("text", [
    "Lula has repeatedly expressed a desire to see the war in Ukraine end soon.",
    "Macron expressed hope that Israel and Hamas would return to the table.",
])
def test_a_stated_desire_or_hope_is_no_event(code, text):
    assert not [e for e in code(text) if e[0] == "AGREE"], code(text)


def test_talks_that_included_two_parties_are_between_them(code):
    assert ("CONSULT", ["ARM", "AZE"], []) in [(k, sorted(a), r) for k, a, r in
                                               code("Talks that included Armenia and Azerbaijan ended in Washington.")]


@pytest.mark.parametrize("text, event", [
    # 'with' on a meeting noun names the other side; a capital naming the gathering is its place
    ("Ukrainian officials held talks with the US in Riyadh on Tuesday.", ("CONSULT", ["UKR", "USA"], [])),
    ("Erdogan had a phone call with Putin on Monday.", ("CONSULT", ["RUS", "TUR"], [])),
    ("Ukraine's delegation attended the Riyadh talks with the US.", ("CONSULT", ["UKR", "USA"], [])),
    ("Armenia and Azerbaijan are to meet in Vienna on Monday. Armenia's delegation is taking part "
     "in the Vienna meeting.", ("CONSULT", ["ARM", "AZE"], [])),
])
def test_meeting_nouns_name_the_other_side_and_their_place(code, text, event):
    assert code(text) == [event]


@pytest.mark.parametrize("text, merged", [
    # a delegation 'is participating' in talks planned at the same place: one happening
    ("Chad, Niger and France will hold talks in Geneva next week. In 2024 Chad and France met in "
     "Paris. Chad's foreign minister is participating in the talks in Geneva.", True),
    ("Armenia and Azerbaijan will hold talks in Istanbul on Monday. The two sides met in Prague "
     "in 2022. Armenia's foreign minister is participating in the Istanbul talks.", True),
    # a meeting that took place there before is another happening than the one planned
    ("Serbia and Kosovo will meet in Brussels next week. Serbia and Kosovo met in Brussels in "
     "March 2023.", False),
])
def test_an_ongoing_mention_confirms_the_planned_gathering_at_its_place(nlp, text, merged):
    article = Article(text=text, origin="test", published="2026-01-10")
    article.doc = nlp(text)
    last = text.rindex(". ") + 2
    planned = next(e for e in code_article(article) if e.event == "CONSULT" and e.status == "planned")
    assert (last in planned.mention_sents) == merged, planned.mention_sents


@pytest.mark.parametrize("text, gatherings", [
    # numbered rounds are different happenings, even at one place with no date
    ("Armenia and Azerbaijan held a second round of border talks in Almaty. Later they held a "
     "third round of talks in Almaty, officials said.", 2),
    ("The second round of talks between Egypt and Ethiopia took place in Cairo. The third round "
     "of talks between Egypt and Ethiopia also took place in Cairo.", 2),
    # an unnumbered mention of the same round is the same happening
    ("Armenia and Azerbaijan held a second round of border talks in Almaty. The talks in Almaty "
     "ended without a deal.", 1),
])
def test_numbered_rounds_are_different_happenings(nlp, text, gatherings):
    article = Article(text=text, origin="test", published="2026-01-10")
    article.doc = nlp(text)
    assert len([e for e in code_article(article) if e.event == "CONSULT"]) == gatherings


@pytest.mark.parametrize("text", [
    "Serbia and Kosovo met on the margins of the UN General Assembly.",
    "Lula and Ramaphosa met on the sidelines of last week's BRICS summit in Rio.",
    "Modi and Xi held talks on the sidelines of the G20 summit.",
])
def test_the_occasion_of_a_meeting_is_not_a_party(code, text):
    """The two who met are the meeting's parties; the occasion, when it is a gathering of a
    named body, is a happening of its own with that body alone (see the test below)."""
    meetings = [set(a) | set(r) for k, a, r in code(text) if k == "CONSULT"]
    occasion = {"UN", "BRICS", "G20"}
    assert [p for p in meetings if len(p) == 2 and not p & occasion]
    assert all(len(p) == 2 and not p & occasion or p <= occasion for p in meetings)


@pytest.mark.parametrize("text, event", [
    ("Armenian forces shelled Azerbaijani positions on Friday, and Azerbaijan fired on Armenian "
     "villages. A truce took hold on Sunday.", ("RETREAT", ["ARM", "AZE"], [])),
    ("India accused Pakistan of sheltering militants, and Pakistan accused India of aggression. "
     "The agreement reached in May has frayed.", ("AGREE", ["IND", "PAK"], [])),
    ("Thai troops attacked Cambodian border posts, and Cambodia shelled Thai villages. The truce "
     "collapsed within a day.", ("RETREAT", ["KHM", "THA"], [])),
])
def test_an_accord_naming_no_party_is_the_main_pairs(code, text, event):
    assert event in code(text)


def test_an_accord_with_no_main_pair_is_no_event(code):
    assert code("The ceasefire went into effect on Sunday, officials said.") == []


@pytest.mark.parametrize("text, events", [
    # a gathering before or after the one the clause tells of is another happening, with the
    # clause's subject as one side when it names only the other
    ("Erdogan hosted Putin in Sochi after talks with Zelensky.",
     [("CONSULT", ["RUS"], ["TUR"]), ("CONSULT", ["TUR", "UKR"], [])]),
    ("European leaders phoned Modi on the eve of his meeting with Putin.",
     [("CONSULT", ["EUR", "IND"], []), ("CONSULT", ["IND", "RUS"], [])]),
    ("Lavrov met Wang Yi in Beijing in the wake of talks with Blinken.",
     [("CONSULT", ["CHN", "RUS"], []), ("CONSULT", ["RUS", "USA"], [])]),
    # talks around a meeting, not before or after it, are the same happening
    ("Trump met Zelensky at the White House amid negotiations with European leaders.",
     [("CONSULT", ["EUR", "UKR", "USA"], [])]),
])
def test_a_gathering_before_or_after_another_is_another_happening(code, text, events):
    assert sorted(code(text)) == sorted(events)


@pytest.mark.parametrize("text, events", [
    ("Trump spoke to Putin for two hours on Tuesday.", [("CONSULT", ["RUS", "USA"], [])]),
    ("Macron spoke to Zelensky on Monday about air defence.", [("CONSULT", ["FRA", "UKR"], [])]),
    # the press is no party to a meeting, whatever its nationality
    ("Zelensky spoke to reporters in Kyiv on Monday.", []),
    ("Speaking to a Qatari-Turkish press delegation on Monday, Haftar praised Ankara.", []),
    ("Lavrov met Chinese journalists in Moscow.", []),
    ("Speaking at a news conference in Caracas, Maduro warned the United States against an attack.", []),
    ("At a joint press conference with Erdogan, Putin criticised NATO.", []),
])
def test_speaking_to_a_party_is_a_meeting_and_to_the_press_is_not(code, text, events):
    assert [e for e in code(text) if e[0] == "CONSULT"] == events


@pytest.mark.parametrize("text, events", [
    # one who did not take part in talks is no party to them, and the talks took place
    ("Hungary did not take part in the talks between Russia and Ukraine.", [("CONSULT", ["RUS", "UKR"], [])]),
    # but a party that did not hold talks is one of the talks not held
    ("Russia did not hold talks with Ukraine.", [("CONSULT", ["RUS", "UKR"], [])]),
])
def test_a_party_that_stayed_out_of_talks_is_not_among_their_parties(code, text, events):
    assert [e for e in code(text) if e[0] == "CONSULT"] == events


@pytest.mark.parametrize("text, events", [
    ("The leaders of Spain and Italy travelled to Kyiv in early May. Russia and Ukraine held their "
     "first direct talks in three years on Friday.",
     [("CONSULT", ["ESP", "ITA"], ["UKR"]), ("CONSULT", ["RUS", "UKR"], [])]),
    ("Kenya's president flew to Mogadishu in March. Somalia and Ethiopia held talks in Ankara on 12 March.",
     [("CONSULT", ["KEN"], ["SOM"]), ("CONSULT", ["ETH", "SOM"], [])]),
])
def test_a_visit_and_talks_without_the_visitors_are_two_happenings(code, text, events):
    """merge: a visit merges with a meeting only if the visitors are among its parties."""
    assert [e for e in code(text, published="2025-05-20") if e[0] == "CONSULT"] == events


@pytest.mark.parametrize("text, event", [
    ("NATO leaders opened a summit in Washington on Tuesday.", ("CONSULT", ["NATO"], [])),
    ("The BRICS summit in Kazan ended on Thursday.", ("CONSULT", ["BRICS"], [])),
    ("The African Union summit in Addis Ababa closed without a statement.", ("CONSULT", ["AU"], [])),
])
def test_a_summit_of_one_body_is_its_members_meeting(code, text, event):
    """merge._members_meeting: complete with the body as its only party."""
    assert event in code(text)


@pytest.mark.parametrize("text", [
    "Rutte held a meeting on Monday.",
    "Turkey hosted a summit in Ankara.",
])
def test_a_gathering_of_one_state_or_person_still_needs_another_party(code, text):
    assert not any(len(set(a) | set(r)) == 1 for t, a, r in code(text) if t == "CONSULT")


@pytest.mark.parametrize("text, events", [
    ("Lula and Ramaphosa met on the sidelines of last week's BRICS summit in Rio.",
     [("CONSULT", ["BRA", "ZAF"], []), ("CONSULT", ["BRICS"], [])]),
    ("Modi and Xi held talks on the margins of the G20 summit.",
     [("CONSULT", ["CHN", "IND"], []), ("CONSULT", ["G20"], [])]),
])
def test_a_meeting_on_the_sidelines_of_a_summit_is_not_the_summit(code, text, events):
    """mentions._time_frame: the occasion is another happening, with its own party."""
    assert code(text) == events


@pytest.mark.parametrize("text, events", [
    ("Witkoff held separate talks with the Russian and Ukrainian delegations in Riyadh.",
     [("CONSULT", ["USA"], ["RUS"]), ("CONSULT", ["USA"], ["UKR"])]),
    ("Erdogan met Putin and Zelensky separately.", [("CONSULT", ["TUR"], ["RUS"]), ("CONSULT", ["TUR"], ["UKR"])]),
    ("US officials met separately with Armenian and Azerbaijani negotiators.",
     [("CONSULT", ["USA"], ["ARM"]), ("CONSULT", ["USA"], ["AZE"])]),
    # the host is the reporting speaker when the clause names none
    ("The State Department said Armenia and Azerbaijan had agreed to a border truce, following separate "
     "talks with the two parties in Oman.", [("CONSULT", ["USA"], ["ARM"]), ("CONSULT", ["USA"], ["AZE"])]),
])
def test_separate_talks_are_one_meeting_with_each_party(code, text, events):
    assert sorted(e for e in code(text) if e[0] == "CONSULT") == events


def test_separate_talks_with_no_host_named_are_no_meeting_of_the_parties(code):
    assert not [e for e in code("Separate talks with Georgia and Armenia took place in Vienna on Monday.")
                if e[0] == "CONSULT"]


@pytest.mark.parametrize("text, event", [
    # the truce agreed is aimed at the one fought, not at the one the agreement was made with
    ("Russian drones hit Ukraine's power grid overnight. After his call with Trump, Putin agreed to a "
     "30-day pause of strikes on energy sites.", ("RETREAT", ["RUS"], ["UKR"])),
    ("Armenian and Azerbaijani troops exchanged fire on the border. After a call with Blinken, Aliyev "
     "agreed to a three-day ceasefire.", ("RETREAT", ["AZE"], ["ARM"])),
    ("Israel agreed with Hamas to a truce starting on Sunday.", ("RETREAT", ["ISR"], ["HAMAS"])),
])
def test_an_agreed_truce_is_aimed_at_the_one_fought(code, text, event):
    assert event in code(text, "2025-03-19")
