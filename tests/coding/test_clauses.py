"""Which clause a word belongs to and what a trigger word means there: verbs joined to a
request's content, a second act set off by a comma, what a meeting or a draft is about, swaps,
trades and withdrawals, names in capitals (`communique.coding.mentions`, `triggers`,
`arguments`, `nlp`). Every case is written for this test."""
from __future__ import annotations

import pytest

from communique.article import Article
from communique.coding.coder import code_article


@pytest.mark.parametrize("text, events", [
    # a bare verb joined to the past-tense verb continues the infinitive: more content, no act
    ("Germany urged Hungary to drop its veto, release the funds and accept the plan.",
     [("REQUEST", ["DEU"], ["HUN"])]),
    ("Qatar called on Israel to halt the strikes and allow aid into Gaza.", [("REQUEST", ["QAT"], ["ISR"])]),
    # a past-tense verb joined to the infinitive is the asker's own next act
    ("Russia asked Ukraine to withdraw its troops and threatened to strike Kyiv.",
     [("REQUEST", ["RUS"], ["UKR"]), ("THREATEN", ["RUS"], ["UKR"])]),
    ("Washington urged Seoul to raise its spending and warned it of tariffs.",
     [("REQUEST", ["USA"], ["KOR"]), ("THREATEN", ["USA"], ["KOR"])]),
])
def test_verbs_joined_to_a_request_s_content_by_their_form(code, text, events):
    """The small parsers join a list of infinitives to the main verb and a second main verb to
    the infinitive; the verb's form says which it continues (mentions._misjoined_infinitive,
    arguments.tensed_after_infinitive)."""
    assert code(text) == events


@pytest.mark.parametrize("text, events", [
    ("The two sides swapped draft memorandums on a truce.", []),
    ("Armenia and Azerbaijan swapped lists of detainees in Vienna.", []),
    ("A swap of letters between Seoul and Tokyo preceded the talks.", []),
    ("Russia and Ukraine swapped the bodies of fallen soldiers.", [("RETREAT", ["RUS", "UKR"], [])]),
    ("The detainee swap between Israel and Hamas went ahead on Monday.", [("RETREAT", ["HAMAS", "ISR"], [])]),
])
def test_papers_swapped_are_no_release(code, text, events):
    """A swap releases people or bodies, not memorandums, letters or lists (triggers.tsv notobj=)."""
    assert code(text) == events


@pytest.mark.parametrize("text, events", [
    ("Talks on a ceasefire between Israel and Hamas resumed in Cairo.", [("CONSULT", ["HAMAS", "ISR"], [])]),
    ("Negotiations over a prisoner exchange between Armenia and Azerbaijan stalled.",
     [("CONSULT", ["ARM", "AZE"], [])]),
    ("Russia and Ukraine held talks on a ceasefire in Istanbul.", [("CONSULT", ["RUS", "UKR"], [])]),
])
def test_the_act_a_meeting_is_about_is_its_content(code, text, events):
    """'talks on a ceasefire': the truce is what is talked about, not a truce that took effect
    (mentions._absorbing_head, _MEETING_TOPIC)."""
    assert code(text) == events


def test_a_proposal_a_meeting_discusses_stays_an_act_of_its_own(code):
    """A proposal or a demand is someone's act, not only a topic: it is not absorbed."""
    events = code("Talks on Ethiopia's proposal to end the border dispute between Kenya and Somalia "
                  "began in Addis Ababa.")
    assert ("AGREE", ["ETH"], ["KEN", "SOM"]) in events


@pytest.mark.parametrize("text", [
    "The two sides exchanged memoranda on a possible truce.",
    "Kyiv and Moscow swapped memorandums on a ceasefire to end the war.",
    "Kyiv handed Moscow a draft on the withdrawal of troops.",
    "The envoys drew up a roadmap for a truce in Gaza.",
])
def test_the_act_a_draft_proposes_is_no_event(code, text):
    """A truce or a withdrawal named as the topic of a memorandum, draft or roadmap is proposed,
    not done (triggers._topic_of_a_paper, cues document_nouns)."""
    assert not [e for e in code(text) if e[0] == "RETREAT"]


@pytest.mark.parametrize("text, events", [
    ("Erdogan threatened to cut ties with Israel, accusing Netanyahu of war crimes.",
     [("THREATEN", ["TUR"], ["ISR"]), ("ACCUSE", ["TUR"], ["ISR"])]),
    ("Seoul urged Pyongyang to return to talks, warning that further launches would bring sanctions.",
     [("REQUEST", ["KOR"], ["PRK"]), ("THREATEN", ["KOR"], ["PRK"])]),
    ("Trump vowed to end aid to Colombia, accusing his Colombian counterpart Gustavo Petro of lying.",
     [("THREATEN", ["USA"], ["COL"]), ("ACCUSE", ["USA"], ["COL"])]),
])
def test_a_speech_act_in_a_participle_clause_is_the_speaker_s_second_act(code, text, events):
    """', accusing X of ...' after a threat or a request is not what is threatened or asked
    (mentions._accompanying)."""
    assert code(text) == events


@pytest.mark.parametrize("text", [
    "A public feud between Washington and Bogota heated up on Monday.",
    "The spat between Tokyo and Beijing over the remarks widened.",
    "Their quarrel with Ankara has lasted for years.",
])
def test_a_feud_names_a_relation_not_an_act(code, text):
    """A feud, spat or quarrel says two parties are at odds, not who accused whom of what."""
    assert not [e for e in code(text) if e[0] == "ACCUSE"]


@pytest.mark.parametrize("text", [
    "Hamas will release 33 hostages in exchange for Palestinian prisoners held by Israel.",
    "Kyiv returned 50 soldiers to Russia in exchange for 50 Ukrainians.",
])
def test_in_exchange_for_names_the_terms_not_another_exchange(code, text):
    """'in exchange for', 'in return for': the idiom gives a trade's terms (triggers._in_return_for);
    the release itself is the one event."""
    assert [e[0] for e in code(text)] == ["RETREAT"]


def test_terms_of_a_trade_are_no_exchange_carried_out(code):
    text = ("The agreement foresees the release of soldiers held by the Houthis in exchange for fighters held by "
            "Saudi Arabia.")
    assert not [e for e in code(text) if e[0] == "RETREAT" and e[1] == ["UNK"]]


def test_an_exchange_of_prisoners_is_still_one(code):
    assert code("Russia and Ukraine carried out an exchange of prisoners on Friday.") == [("RETREAT", ["RUS", "UKR"], [])]


@pytest.mark.parametrize("text, event", [
    ("ECOWAS imposed sanctions on Niger.", ("SANCTION", ["ECOWAS"], ["NER"])),
    ("NATO deployed more troops to Estonia.", ("MOBILIZE", ["NATO"], ["EST"])),
    ("RSF fighters shelled El Fasher.", ("ASSAULT", ["RSF"], ["SDN"])),
])
def test_a_name_in_capitals_opening_a_sentence_is_its_subject(code, text, event):
    """The small pipelines read 'ECOWAS' at a sentence's start as a verb; the knowledge base's
    capitalised names get a proper name's shape (nlp._names_look_like_names)."""
    assert event in code(text)


def test_capitalised_names_keep_their_text(nlp):
    doc = nlp("ECOWAS imposed sanctions on Niger.")
    assert doc[0].text == "ECOWAS" and doc[0].norm_ == "ecowas" and doc[0].dep_ == "nsubj"


@pytest.mark.parametrize("text, events", [
    # a withdrawal's "of" phrase is who leaves, its "from" phrase the one left
    ("The withdrawal of Israeli forces from Lebanon began on Monday.", [("RETREAT", ["ISR"], ["LBN"])]),
    # a place left stands for its state (targets._left_place)
    ("The pullout of Russian troops from Kherson was completed on Friday.", [("RETREAT", ["RUS"], ["UKR"])]),
    ("Israel withdrew its troops from Gaza.", [("RETREAT", ["ISR"], ["PSE"])]),
    ("Russia pulled its troops out of Kherson.", [("RETREAT", ["RUS"], ["UKR"])]),
    ("Hamas released three hostages from Gaza.", [("RETREAT", ["HAMAS"], ["UNK"])]),      # a release leaves nothing
    # a withdrawal asked for is asked of the one who would withdraw
    ("The UN called for the withdrawal of Israeli forces from Lebanon.", [("REQUEST", ["UN"], ["ISR"])]),
    ("Kinshasa demanded the pullout of Rwandan troops from eastern Congo.", [("REQUEST", ["COD"], ["RWA"])]),
    # a resolution that mandates a withdrawal asks for it; the withdrawal has not happened
    ("UN Resolution 1701 mandates the withdrawal of Israeli forces from Lebanon.", [("REQUEST", ["UN"], ["ISR"])]),
])
def test_who_withdraws_and_from_whom(code, text, events):
    """arguments.noun_roles and speakers.doers (cues leaving_words), speakers._leaver_asked,
    triggers.tsv mandate."""
    assert code(text) == events


def test_a_deal_that_mandates_an_exchange_is_no_request(code):
    assert not [e for e in code("The deal mandates a prisoner exchange between Russia and Ukraine.") if e[0] == "REQUEST"]


@pytest.mark.parametrize("text, event", [
    ("Israel killed a Hezbollah commander in Beirut. Hezbollah promised a harsh response.",
     ("THREATEN", ["HEZBOLLAH"], ["ISR"])),
    ("Israel killed a Hezbollah commander in Beirut. Hezbollah pledged a response to the killing.",
     ("THREATEN", ["HEZBOLLAH"], ["ISR"])),
])
def test_a_response_promised_to_an_attack_is_a_threat(code, text, event):
    """triggers.tsv: promise/pledge a response or punishment, as vowing one already was."""
    assert event in code(text)
    assert not [e for e in code(text) if e[0] == "AGREE"]


@pytest.mark.parametrize("text, events", [
    # the noun a relative clause leaves its object out of is what its verb acts on
    ("Qatar mediates over a mining deal Congo signed with Rwanda in March.",
     [("SUPPORT", ["COD"], ["RWA"])]),
    ("The 2015 accord Iran signed with Russia and China may soon lapse.",
     [("SUPPORT", ["IRN"], ["CHN", "RUS"])]),
    ("The accord that Armenia and Azerbaijan signed last year has held.", [("SUPPORT", ["ARM", "AZE"], [])]),
    ("Moscow put forward a ceasefire plan that Kyiv rejected on Monday.",
     [("AGREE", ["RUS"], ["UKR"]), ("REJECT", ["UKR"], ["RUS"])]),
    # a relative clause that only says what its noun is stays out of it
    ("Baghdad demanded that the militia return the bases it seized.",
     [("REQUEST", ["IRQ"], ["UNK"])]),
])
def test_a_relative_clause_acts_on_the_noun_it_leaves_out(code, text, events):
    """'the deal Ethiopia signed': the deal is the signing's object (triggers.object_gap), so the
    signing is coded as 'Ethiopia signed a deal with Somaliland' is, and the accord noun is not a
    second agreement (mentions._answers_its_noun)."""
    assert code(text) == events


@pytest.mark.parametrize("text, events", [
    ("Prime Minister Kobakhidze announced a long delay in the accession talks with the EU.",
     [("REJECT", ["GEO"], ["EUR"])]),
    ("Iran announced the postponement of talks with the E3.", [("REJECT", ["IRN"], ["DEU", "FRA", "GBR"])]),
    ("A delay in aid deliveries worsened the crisis.", []),
])
def test_a_delay_of_talks_is_a_refusal_aimed_at_the_other_side(code, text, events):
    """The nouns of 'delay' and 'postpone' read as the verbs do (triggers.tsv), a duration before
    the noun ('a four-year delay') is no object (triggers.objects), and a refusal of talks is
    aimed at the ones the talks were with (roles)."""
    assert code(text) == events


@pytest.mark.parametrize("text, event", [
    ("Russia swapped 150 prisoners with Ukraine on Saturday.", ("RETREAT", ["RUS", "UKR"], [])),
    ("Russia and Ukraine held talks in Istanbul. Moscow would start exchanging badly injured captives "
     "on Friday.", ("RETREAT", ["RUS", "UKR"], [])),
    ("Armenia exchanged detainees with Azerbaijan at the border.", ("RETREAT", ["ARM", "AZE"], [])),
])
def test_a_swap_is_done_by_both_sides(code, text, event):
    """A release by exchange has both sides as actors and no recipient, whichever side the
    sentence names first (physical.swaps_both_ways; cues swap_words)."""
    assert event in code(text)


@pytest.mark.parametrize("text, first", [
    ("Photo of the burnt-out convoy on the road north of Kherson, taken on Sunday by the regional photographer "
     "Anna Petrova\nThe Russian army shelled Kherson on Monday.", "The Russian army"),
    ("Video still showing the damaged tanker drifting off the Yemeni coast in the southern Red Sea near Hodeidah "
     "port\nIt was struck by a Houthi drone.", "It was struck"),
])
def test_a_caption_without_a_stop_does_not_swallow_the_next_line(nlp, text, first):
    """nlp._opens_a_sentence: a line after a caption or byline that ends in a name, with no stop,
    begins a sentence when it opens like one ('The', 'It' ...)."""
    from communique.coding.nlp import sentences
    assert any(s.text.startswith(first) for s in sentences(nlp(text)))


def test_a_wrapped_line_stays_in_its_sentence(nlp):
    from communique.coding.nlp import sentences
    text = ("Ministers from Armenia and Azerbaijan held long talks on their shared border on Friday and agreed to "
            "meet again in\nThe Hague next month, officials said after the session ended.")
    assert len(sentences(nlp(text))) == 1


@pytest.mark.parametrize("text, event", [
    ("Hamas, which is fighting Israel in Gaza, rejected the offer from Egypt.", ("ASSAULT", ["HAMAS"], ["ISR"])),
    ("The RSF, which has been besieging El Fasher for a year, rejected the truce.", ("COERCE", ["RSF"], ["SDN"])),
    ("The Houthis, who are attacking ships in the Red Sea, rejected the plan.", ("ASSAULT", ["HOUTHIS"], ["UNK"])),
])
def test_a_relative_clause_telling_what_goes_on_now_is_an_event(code, text, event):
    """roles._relative_noun: a present progressive relative clause is its noun's act."""
    assert event in code(text)


def test_a_past_relative_clause_is_background_with_no_doer(code):
    assert not [e for e in code("Putin, who began the war by invading Ukraine in 2022, is not ready to stop it.")
                if "RUS" in e[1]]


@pytest.mark.parametrize("text, event", [
    ("Russia has waged war on Ukraine since 2022.", ("ASSAULT", ["RUS"], ["UKR"])),
    ("The PKK, which is waging war against Turkey in the mountains, rejected the offer from Iraq.",
     ("ASSAULT", ["PKK"], ["TUR"])),
])
def test_waging_war_is_fighting(code, text, event):
    """nlp._mended_lemmas (cues lemma_fixes): the small pipelines lemmatize 'waged' as 'wag'."""
    assert event in code(text)


def test_the_noun_wages_keeps_its_lemma(nlp):
    doc = nlp("Workers demanded higher wages.")
    assert [t.lemma_ for t in doc if t.lower_ == "wages"] == ["wage"]


@pytest.mark.parametrize("text, event", [
    ("Putin and Trump spoke by phone for 90 minutes.", ("CONSULT", ["RUS", "USA"], [])),
    ("Erdogan spoke by phone with Zelensky.", ("CONSULT", ["TUR", "UKR"], [])),
])
def test_speaking_by_phone_is_a_call(code, text, event):
    """triggers.tsv speak/talk with 'by', 'over' or 'on' the phone: a call between the speakers."""
    assert code(text) == [event]


def test_a_curly_apostrophe_reads_as_a_straight_one_with_every_offset_kept(nlp, code):
    """nlp._StraightApostrophes: 'Kyiv’s calls' is a noun with its possessor, as 'Kyiv's calls'."""
    text = "Putin refuses to shift from his terms or heed Kyiv’s calls for a truce."
    assert ("REQUEST", ["UKR"], ["RUS"]) in code(text)
    doc = nlp(text)
    assert len(doc.text) == len(text)
    assert all(text[t.idx:t.idx + len(t)].replace("’", "'") == t.text for t in doc)


@pytest.mark.parametrize("text, event", [
    # a description inside a reported clause is the speaker's, and is given now
    ("Pakistan said it would freeze the trade pact until India halted what it described as sponsorship of "
     "terrorism.", ("ACCUSE", ["PAK"], ["IND"], "occurred")),
    # it accuses the doer of what it names, not the one that act hit
    ("Iran warned it would retaliate unless Israel ended what it called aggression against Lebanon.",
     ("ACCUSE", ["IRN"], ["ISR"], "occurred")),
])
def test_what_a_speaker_calls_something_is_the_speakers_accusation(nlp, text, event):
    """binding.names_as, binding.said_by, speakers.described_doers, coder._status."""
    kind, actors, recipients, status = event
    article = Article(text=text, origin="test", published="2025-04-25")
    article.doc = nlp(text)
    assert [(sorted({a.code for a in e.actor}), sorted({r.code for r in e.recipient}), e.status)
            for e in code_article(article) if e.event == kind] == [(actors, recipients, status)]


@pytest.mark.parametrize("text, event", [
    # warning against another's act, with no one warned, disapproves of it (triggers.tsv notdobj=*)
    ("BRICS leaders warned against Trump's indiscriminate tariff hikes.", ("ACCUSE", ["BRICS"], ["USA"])),
    ("The EU warned against Israel's planned offensive on Rafah.", ("ACCUSE", ["EUR"], ["ISR"])),
    # warning someone against an act is still a warning to them
    ("Iran warned Israel against any attack on its nuclear sites.", ("THREATEN", ["IRN"], ["ISR"])),
])
def test_warning_against_an_act_disapproves_of_it(code, text, event):
    assert code(text) == [event]


@pytest.mark.parametrize("text", [
    "The drills tested the navy's ability to blockade Taiwan's ports.",
    "Analysts doubt Hamas's capacity to attack Israel again.",
])
def test_an_act_named_as_a_skill_is_no_happening(code, text):
    """nonacts._a_skill (cues capability_nouns)."""
    assert code(text) == []


def test_a_readiness_announced_is_still_an_act(code):
    assert ("MOBILIZE", ["LBN"], []) in code("The Lebanese army announced its readiness to deploy troops in the south.")


def test_an_act_named_as_a_methods_means_is_no_happening(code):
    """nonacts._a_method (cues method_nouns): Guaido pressures no one by naming a way to."""
    assert not [e for e in code("Guaido called the oil embargo the surest way of pressuring the Maduro government "
                                "to quit.") if e[0] == "REQUEST"]


def test_a_pressure_said_as_an_act_is_still_one(code):
    assert ("REQUEST", ["USA"], ["VEN"]) in code("The US is pressuring Maduro to leave office.")


@pytest.mark.parametrize("text, events", [
    ("Pyongyang's missile programme threatens the security of Japan.", []),
    ("Iran threatened Israel with retaliation.", [("THREATEN", ["IRN"], ["ISR"])]),       # guard
])
def test_endangering_peace_or_stability_is_a_danger_described(code, text, events):
    """nonacts._danger (cues endangered_goods): no threat is made to anyone."""
    assert [e for e in code(text) if e[0] == "THREATEN"] == events


@pytest.mark.parametrize("text, event, status", [
    ("Washington will hold Tehran responsible for any attack on US forces.", ("THREATEN", ["USA"], ["IRN"]), "occurred"),
    ("Zelensky said Ukraine would hold Russia accountable for every crime.", ("THREATEN", ["UKR"], ["RUS"]), "occurred"),
    # holding to account now is an accusation
    ("Kyiv held Moscow responsible for the strike on the hospital.", ("ACCUSE", ["UKR"], ["RUS"]), "occurred"),
])
def test_holding_someone_to_account_in_future_is_a_threat(code, text, event, status):
    assert (*event, status) in code(text, with_status=True)


@pytest.mark.parametrize("text, event", [
    ("Hopes for calm were dashed when Seoul suspended the accord, accusing Pyongyang of sending trash balloons.",
     ("ACCUSE", ["KOR"], ["PRK"])),
    ("The meeting was cancelled when Niger expelled the envoy, claiming that France had backed the rebels.",
     ("ACCUSE", ["NER"], ["FRA"])),
])
def test_a_participle_after_a_clause_is_said_by_that_clauses_subject(code, text, event):
    assert event in code(text)


def test_a_participle_on_the_main_clause_keeps_its_subject(code):
    assert ("ASSAULT", ["RUS"], ["UKR"]) in code("Russia struck Kyiv overnight, killing five people.")


@pytest.mark.parametrize("text, named", [
    ("Ankara and Baku noted their shared interest in fighting smuggling and destroying the militants' arms "
     "depots in the region.", False),
    ("Israel has an interest in striking Iran's nuclear sites, officials said.", False),
    # an act done in someone's interest happened
    ("Israel struck Iran's nuclear sites in the interest of its security.", True),
])
def test_an_act_named_as_an_interest_is_no_happening(code, text, named):
    assert any(e[0] == "ASSAULT" for e in code(text)) == named


@pytest.mark.parametrize("text", [
    "\"Anyone who attacks our bases will regret it,\" the Pentagon said.",      # a guard
    "The Pentagon said it would hold responsible those who attack its troops.",
    "Seoul vowed a firm response to whoever violates the armistice line.",
])
def test_an_act_of_whoever_might_do_it_is_no_happening(code, text):
    assert not [e for e in code(text) if e[0] == "ASSAULT"]


def test_an_act_of_those_who_did_it_took_place(code):      # a guard
    assert ("COERCE", ["IRN"], ["IRN"]) in code("Police arrested those who stormed the embassy in Tehran.")
