"""The evidence for one event: mentions with the event words marked, parties, the source, and
the other reports of the same happening (a record built by hand, no spaCy)."""
import pytest

from communique.article import ActorRef, Article, Event, Place
from communique.coding.serialize import event_id
from communique.errors import InputError, NotFoundError
from communique.record import evidence
from communique.record.store import Store

RUS, UKR = ActorRef("Russian", "RUS", "MIL"), ActorRef("Kyiv", "UKR", "GOV")
KHARKIV = Place("Kharkiv", "UKR", 49.99, 36.23)


def _strike(text: str, trigger: str, *, again: str | None = None, **kw) -> Event:
    start = text.index(trigger)
    sent = text.rfind(". ", 0, start) + 2 if ". " in text[:start] else 0
    spans = [(start, start + len(trigger), sent)]
    if again:
        at = text.index(again)
        spans.append((at, at + len(again), text.rfind(". ", 0, at) + 2))
    return Event(event="ASSAULT", mode="aerial", status="occurred", actor=[RUS], recipient=[UKR], trigger=trigger,
                 sentence=text[sent:text.find(".", start) + 1], start=start, end=start + len(trigger), sent_start=sent,
                 date="2025-08-10", place=KHARKIV, mention_spans=spans, **kw)


@pytest.fixture
def record(tmp_path):
    first = Article(text="Overnight attack. Russian jets bombed Kharkiv on Sunday, Kyiv said. The raid hit a school.",
                    origin="first.html", title="Kharkiv bombed", published="2025-08-11", url="https://news.example/1")
    first.events = [_strike(first.text, "bombed", again="raid", speaker="Kyiv", cue="said")]
    second = Article(text="Moscow is silent. Russia struck Kharkiv on August 10, officials reportedly said.",
                     origin="second.html", title="Strike on Kharkiv", published="2025-08-12")
    second.events = [_strike(second.text, "struck", hedged=True, cue="reportedly")]
    path = tmp_path / "record.duckdb"
    with Store(path) as store:
        store.add_articles([first, second])
    return path, event_id(first, first.events[0]), event_id(second, second.events[0])


def test_every_mention_comes_with_its_sentence_and_the_event_words_marked(record):
    path, first, _ = record
    e = evidence.of_event(path, first)
    assert [m["sentence"] for m in e["mentions"]] == ["Russian jets bombed Kharkiv on Sunday, Kyiv said.",
                                                      "The raid hit a school."]
    assert e["mentions"][0]["segments"] == [["Russian", "party"], [" jets ", None], ["bombed", "event"],
                                            [" Kharkiv on Sunday, ", None], ["Kyiv", "party"], [" said.", None]]
    assert [t for t, kind in e["mentions"][1]["segments"] if kind == "event"] == ["raid"]


def test_the_source_attribution_and_the_other_reports(record):
    path, first, second = record
    e = evidence.of_event(path, first)
    assert e["article"]["title"] == "Kharkiv bombed" and e["url"] == "https://news.example/1"
    assert (e["speaker"], e["cue"], e["hedged"], e["status"]) == ("Kyiv", "said", False, "occurred")
    assert [(p["role"], p["code"]) for p in e["parties"]] == [("actor", "RUS"), ("recipient", "UKR")]
    assert e["happening"]["sources"] == 2
    assert [(o["id"], o["title"], o["hedged"]) for o in e["other_reports"]] == [(second, "Strike on Kharkiv", True)]
    assert [o["id"] for o in evidence.of_event(path, second)["other_reports"]] == [first]


def test_an_unknown_event_is_a_one_line_not_found(record):
    with pytest.raises(NotFoundError) as err:
        evidence.of_event(record[0], "ev-'; DROP TABLE events; --")
    assert isinstance(err.value, InputError) and err.value.http_status == 404 and "fix:" in err.value.line()
    assert evidence.of_event(record[0], record[1])["id"] == record[1]     # the table is still there
