"""The boundaries that decide most coding errors (issue: coder accuracy), one written case each."""
import json

import pytest

from communique import cli
from communique.coding.classify import Dyad, classify

CASES = [
    # reported speech: the saying is not the event
    ("Officials in Ankara said Hungary will attend the summit in Istanbul.", "Hungary", "the summit", "AGREE"),
    # refusals are REJECT, not negated meetings
    ("The Kremlin refused to meet the Ukrainian delegation in Riyadh.", "The Kremlin", "the Ukrainian delegation", "REJECT"),
    # a request to refrain is a request, not an attack
    ("Biden asked Netanyahu to refrain from striking Rafah until the end of the month.", "Biden", "Netanyahu",
     "REQUEST"),
    # conditional consequences are threats
    ("Washington warned Tehran of very severe consequences if it enriched uranium further.", "Washington", "Tehran", "THREATEN"),
    # passives: the agent acts
    ("The talks were hosted by Qatar and attended by envoys from Israel.", "Qatar", "envoys from Israel", "CONSULT"),
    # declared vs carried out: both YIELD in the older roots
    ("Azerbaijan announced a unilateral ceasefire with Armenia.", "Azerbaijan", "Armenia", "YIELD"),
    ("Russia withdrew its troops from Kherson.", "Russia", "Kherson", "YIELD"),
    # AID vs COOPERATE vs AGREE
    ("Japan delivered 20 tonnes of medical supplies to Gaza.", "Japan", "Gaza", "AID"),
    ("India and France held joint naval exercises off Goa.", "India", "France", "COOPERATE"),
    ("Norway promised to give Ukraine another aid package.", "Norway", "Ukraine", "AGREE"),
    # ACCUSE vs REJECT
    ("Beijing denied the allegations made by Manila.", "Beijing", "Manila", "REJECT"),
    ("Kenya accused Sudan's army of shelling civilians.", "Kenya", "Sudan's army", "ACCUSE"),
    # COERCE vs ASSAULT
    ("Georgian police detained opposition leaders in Tbilisi.", "Georgian police", "opposition leaders", "COERCE"),
    ("Russian drones struck Odesa overnight.", "Russian drones", "Odesa", "ASSAULT"),
]


@pytest.mark.parametrize("text, source, target, label", CASES, ids=[c[3] + ":" + c[0][:30] for c in CASES])
def test_boundary_case(text, source, target, label):
    [result] = classify([Dyad("x", text, source, target)])
    assert result["event"] == label, result


def test_extract_explain_says_why(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_text("Macron asked Erdogan to refrain from striking Kurdish towns until March 1st.\n")
    assert cli.main(["extract", "--explain", str(f)]) == 0
    rec = json.loads(capsys.readouterr().out.splitlines()[0])
    assert rec["event"] == "REQUEST" and rec["explain"]["trigger"] == "asked"
    assert any("striking" in w for w in rec["explain"]["wrapped"])


@pytest.mark.parametrize("text, event", [
    # a participle describing a meeting noun is the meeting, and a month is no march
    ("The talks held in Geneva on 3 March between Armenia and Azerbaijan ended without a deal.",
     ("CONSULT", ["ARM", "AZE"], [])),
    ("Talks on Monday between Kenya and Somalia ended without a deal.", ("CONSULT", ["KEN", "SOM"], [])),
    ("The summit held in May between Egypt and Sudan produced a joint statement.", ("CONSULT", ["EGY", "SDN"], [])),
])
def test_between_hung_on_a_date_names_the_parties_of_the_meeting(code, text, event):
    events = code(text)
    assert event in events
    assert not any(t == "PROTEST" for t, _, _ in events)


@pytest.mark.parametrize("text, event", [
    ("The war began with Iraq's invasion of Kuwait in August 1990.", ("ASSAULT", ["IRQ"], ["KWT"])),
    ("The fighting started with an RSF attack on army bases in Khartoum.", ("ASSAULT", ["RSF"], ["SDN"])),
    ("Israel began the offensive with airstrikes on Gaza City.", ("ASSAULT", ["ISR"], ["PSE"])),
    ("Russia began a new offensive in Kharkiv on Friday.", ("ASSAULT", ["RUS"], ["UKR"])),
])
def test_what_a_war_began_with_is_the_event(code, text, event):
    """'began with X's invasion': the invasion is the act, with its own doer (triggers `via=`)."""
    assert event in code(text)
