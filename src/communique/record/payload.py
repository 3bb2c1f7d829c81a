"""What one coded article adds to the record, as plain rows: its `Payload`.

A spaCy Doc is costly to send between processes, so everything that needs one (the event
records, the sentences, the commitments and the rounds) is computed where the article was
parsed, into rows in the column order of the store's tables (`tables`). The store's one writer
inserts payloads, whichever process or cluster node built them, and links their events to
happenings across articles; `Store.add_articles` builds them itself. There is one way to turn an
article into rows: `payload_of`.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field

from ..article import Article
from ..coding import dates
from ..coding.nlp import sentences
from ..coding.serialize import to_record
from .ledger import commitments
from .rounds import rounds
from .tables import TABLES


@dataclass
class Payload:
    article_id: str
    sentences: int                                   # sentences parsed, for the run's report
    rows: dict[str, list[tuple]] = field(default_factory=lambda: {t: [] for t in TABLES})

    @property
    def events(self) -> int:
        return len(self.rows["events"])

    def records(self) -> list[dict]:
        """The event records, as `extract` prints them (for linking happenings)."""
        return [json.loads(row[-1]) for row in self.rows["events"]]


def payload_of(article: Article) -> Payload:
    """The rows a coded article (with its `doc`) adds to each table."""
    sents = sentences(article.doc) if article.doc is not None else []
    out = Payload(article.id, len(sents))
    rows = out.rows
    rows["articles"].append((article.id, article.origin, article.url, article.title, article.byline,
                             article.published, article.text, len(article.events)))
    for event in article.events:
        rec = to_record(article, event)
        rows["events"].append(_event_row(article.id, rec))
        spans = event.mention_spans or [(event.start, event.end, event.sent_start)]
        rows["mentions"] += [(rec["id"], article.id, a, b, c, article.text[a:b]) for a, b, c in spans]
        rows["event_actors"] += [(rec["id"], role, i, a["entity_text"], a["code"], a["sector"], a["name"],
                                  a["identifier_id"]) for role in ("actor", "recipient") for i, a in enumerate(rec[role])]
    rows["sentences"] = [(article.id, s.start_char, s.end_char, s.text.strip()) for s in sents if s.text.strip()]
    for c in commitments(article):
        due = dates.parse(c.deadline, article.published, prefer="future") if c.deadline else None
        rows["commitments"].append((c.id, article.id, c.event_id, c.kind, ";".join(c.by), ";".join(c.to), c.content,
                                    c.deadline, due, c.condition, c.status, c.fulfilled_by, c.hedged, c.date,
                                    c.sentence, json.dumps(c.to_json())))
    for r in rounds(article) if article.doc is not None else []:
        rows["rounds"].append((r.id, article.id, r.event_id, r.place, r.country_code, r.date, r.status,
                               ";".join(r.participants), ";".join(r.mediator), ";".join(r.excluded), r.outcome,
                               json.dumps(r.to_json())))
    return out


def _event_row(article_id: str, rec: dict) -> tuple:
    loc, att, ti = rec["event_loc"], rec["attribution"], rec["text_info"]
    return (rec["id"], article_id, rec["date"], rec["event"], rec["mode"], rec["status"],
            rec["plover_event"], rec["quad_code"], rec["cameo"], rec["goldstein"],
            loc["place"], loc["country_code"], loc["lat"], loc["lon"],
            att["speaker"], att["hedged"], att["cue"], ti["sentence"], ti["start"], ti["end"],
            ti["trigger"], rec["deadline"], rec["condition"], rec["content"], rec["mentions"],
            rec["confidence"], ";".join(a["code"] for a in rec["actor"]),
            ";".join(a["code"] for a in rec["recipient"]), json.dumps(rec))
