"""The news scorer follows NEWS.md: one event per (type, parties), collapsed labels agree,
some actor and some recipient code must agree, symmetric events need two parties, a
one-to-one maximum matching, status and date only on matched pairs."""
from __future__ import annotations

import json

from communique.evaluation.news import NewsScores, Side, evaluate_news, match, matches, score_excerpt, unique


def side(type_, actors, recipients=(), status="occurred", symmetric=False, date=None):
    return Side(type_, status, frozenset(actors), frozenset(recipients), symmetric, date)


def test_some_actor_and_some_recipient_code_must_agree():
    gold = side("ACCUSE", ["UKR"], ["RUS", "BLR"])
    assert matches(side("ACCUSE", ["UKR", "POL"], ["BLR"]), gold)
    assert not matches(side("ACCUSE", ["UKR"], ["USA"]), gold)
    assert not matches(side("ACCUSE", ["USA"], ["RUS"]), gold)
    assert not matches(side("REJECT", ["UKR"], ["RUS"]), gold)


def test_a_gold_event_without_target_needs_only_the_actor():
    assert matches(side("MOBILIZE", ["CHN"], ["TWN"]), side("MOBILIZE", ["CHN"]))


def test_symmetric_gold_needs_two_of_its_parties_anywhere():
    gold = side("CONSULT", ["USA", "RUS", "UKR"], symmetric=True)
    assert matches(side("CONSULT", ["USA"], ["RUS"]), gold)
    assert matches(side("CONSULT", ["RUS", "UKR"], symmetric=True), gold)
    assert not matches(side("CONSULT", ["USA"], ["TUR"]), gold)
    assert matches(side("CONSULT", ["HAMAS", "EGY"]), side("CONSULT", ["HAMAS"], symmetric=True))


def test_a_symmetric_reading_of_a_directed_gold_event_counts():
    gold = side("AGREE", ["ISR"], ["HAMAS"])
    assert matches(side("AGREE", ["ISR", "HAMAS"], symmetric=True), gold)


def test_types_agree_after_the_manuals_collapse():
    assert matches(side("CONSULT", ["USA"], ["RUS"], status="planned"), side("AGREE", ["USA"], ["RUS"]))
    assert matches(side("RETREAT", ["RUS"], ["UKR"], status="planned"), side("CONCEDE", ["RUS"], ["UKR"]))
    assert not matches(side("CONSULT", ["USA"], ["RUS"]), side("AGREE", ["USA"], ["RUS"]))


def test_one_event_per_type_and_parties():
    sides = [side("ASSAULT", ["RUS"], ["UKR"], date="2025-01-02"), side("ASSAULT", ["RUS"], ["UKR"]),
             side("ASSAULT", ["UKR"], ["RUS"])]
    assert len(unique(sides)) == 2


def test_the_matching_is_one_to_one_and_maximal():
    golds = [side("ACCUSE", ["UKR"], ["RUS", "BLR"]), side("ACCUSE", ["UKR"], ["RUS"])]
    preds = [side("ACCUSE", ["UKR"], ["RUS"]), side("ACCUSE", ["UKR"], ["BLR"])]
    # greedy in order would give the first prediction to the first gold and leave the second unmatched
    assert len(match(preds, golds)) == 2
    assert len(match(preds[:1], golds)) == 1


def test_status_and_date_are_scored_on_matched_pairs_only():
    from collections import Counter

    scores = NewsScores()
    golds = [side("CONSULT", ["USA"], ["RUS"], date="2025-08"), side("ASSAULT", ["RUS"], ["UKR"], date="2025-08-15")]
    preds = [side("CONSULT", ["USA"], ["RUS"], status="planned", date="2025-08-15"),
             side("ASSAULT", ["RUS"], ["UKR"], date="2025-08"), side("SANCTION", ["USA"], ["RUS"])]
    score_excerpt(scores, "x", unique(golds), unique(preds), Counter(), Counter(), Counter())
    assert (scores.matched, scores.predicted, scores.gold) == (2, 3, 2)   # the type agrees, the status not
    assert scores.status_right == 1
    preds[0] = side("CONSULT", ["USA"], ["RUS"], date="2025-08-15")
    scores = NewsScores()
    score_excerpt(scores, "x", unique(golds), unique(preds), Counter(), Counter(), Counter())
    assert scores.matched == 2 and scores.status_right == 2
    assert scores.dated == 2 and scores.date_right == 1   # "2025-08" does not start with "2025-08-15"
    assert round(scores.precision, 3) == 0.667 and scores.recall == 1.0


def test_evaluate_news_scores_records_per_line(tmp_path):
    gold = {"id": "a", "text": "Written for the test.", "published": None,
            "events": [{"type": "ACCUSE", "source": ["UKR"], "target": ["RUS"], "symmetric": False,
                        "status": "occurred", "date": None, "cue": "accuse"}]}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold) + "\n")
    record = {"event": "ACCUSE", "status": "occurred", "date": None, "actor": [{"code": "UKR"}],
              "recipient": [{"code": "RUS"}]}
    scores = evaluate_news(path, records={1: [record, record]})
    assert (scores.gold, scores.predicted, scores.matched) == (1, 1, 1)
    assert scores.per_type["ACCUSE"] == {"precision": 1.0, "recall": 1.0, "gold": 1, "predicted": 1}


def test_closest_pairs_are_preferred_without_losing_a_match():
    # AGREE occurred and the act it promises (AID planned, collapsed AGREE) both match both golds
    golds = [side("AGREE", ["EUR"], ["UKR"]), side("AID", ["EUR"], ["UKR"], status="planned")]
    preds = [side("AID", ["EUR"], ["UKR"], status="planned"), side("AGREE", ["EUR"], ["UKR"])]
    pairs = match(preds, golds)
    assert pairs == {0: 1, 1: 0}      # each with its own type and status, not crossed
