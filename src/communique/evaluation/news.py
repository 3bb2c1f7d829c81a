"""Measure `extract` on whole news excerpts coded in full (the format of ../shared/gold/NEWS.md).

Scoring, as the coders' notes define it:

- Each excerpt's events are compared as sets: one event per (type, parties) on each side, so
  repeated mentions of one happening count once.
- A predicted event matches a gold one when the type agrees (or both collapse to the same
  label under the manual's rule: planned/hypothetical CONSULT, SUPPORT, COOPERATE, AID ->
  AGREE; planned RETREAT -> CONCEDE) and the codes agree: some predicted actor code is in the
  gold `source` and, when the gold event has a `target`, some predicted recipient code is in
  it (a symmetric reading that lists both sides as actors also counts). A symmetric gold event
  needs at least two of its parties (or its only party) among the predicted parties.
- Each gold event matches at most one prediction and each prediction at most one gold event
  (a maximum matching, so the order of events does not change how many match); among such
  pairings the closest pairs are tried first (same type, then same status, then date), so
  the status and date figures compare an event with its own counterpart.
- Micro precision, recall and F1 over all excerpts; on matched pairs, status accuracy, and
  date accuracy where the gold gives a date (the predicted date must start with it).
"""
from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from ..coding.pipeline import extract_records
from ..coding.serialize import plover_label
from ..errors import InputError


@dataclass
class Side:
    """One event on either side of the comparison, reduced to what the scoring reads."""
    type: str
    status: str
    actors: frozenset
    recipients: frozenset
    symmetric: bool = False
    date: str | None = None
    record: dict | None = None          # the extracted record, or the gold event

    @property
    def label(self) -> str:
        return plover_label(self.type, self.status)

    @property
    def key(self) -> tuple:
        return (self.type, self.actors, self.recipients)

    def describe(self) -> str:
        parties = ("+".join(sorted(self.actors)) if self.symmetric or not self.recipients
                   else f"{'+'.join(sorted(self.actors))} -> {'+'.join(sorted(self.recipients))}")
        return f"{self.type} {parties} ({self.status}{', ' + self.date if self.date else ''})"


@dataclass
class NewsScores:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    status_right: int = 0
    dated: int = 0
    date_right: int = 0
    per_type: dict = field(default_factory=dict)     # type -> {precision, recall, gold, predicted}
    misses: list = field(default_factory=list)       # (excerpt id, gold Side, [sentences])
    wrong: list = field(default_factory=list)        # (excerpt id, predicted Side)
    excerpts: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def status_accuracy(self) -> float:
        return self.status_right / self.matched if self.matched else 0.0

    @property
    def date_accuracy(self) -> float:
        return self.date_right / self.dated if self.dated else 0.0

    def figures(self) -> dict:
        return {"precision": round(self.precision, 3), "recall": round(self.recall, 3), "f1": round(self.f1, 3),
                "status_accuracy": round(self.status_accuracy, 3), "date_accuracy": round(self.date_accuracy, 3)}

    def summary(self) -> str:
        f = self.figures()
        return (f"news: excerpts={self.excerpts} gold={self.gold} predicted={self.predicted} matched={self.matched} "
                f"precision={f['precision']:.3f} recall={f['recall']:.3f} f1={f['f1']:.3f} "
                f"status={f['status_accuracy']:.3f} date={f['date_accuracy']:.3f}")


def load_news(path: str | Path) -> list[dict]:
    path = Path(path)
    if not path.is_file():
        raise InputError(str(path), "no such file", "pass the news gold JSONL (see ../shared/gold/NEWS.md)")
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError:
            raise InputError(f"{path}:{n}", "not valid JSON", "fix or remove the line") from None
        if not isinstance(row, dict) or "text" not in row or not isinstance(row.get("events"), list):
            raise InputError(f"{path}:{n}", 'the line has no "text" and "events"', "use the NEWS.md format")
        row["_line"] = n
        rows.append(row)
    return rows


def gold_side(event: dict) -> Side:
    return Side(event["type"], event.get("status") or "occurred", frozenset(event.get("source") or []),
                frozenset(event.get("target") or []), bool(event.get("symmetric")), event.get("date"), event)


def predicted_side(record: dict) -> Side:
    actors = frozenset(a["code"] for a in record["actor"])
    recipients = frozenset(r["code"] for r in record["recipient"])
    return Side(record["event"], record["status"], actors, recipients, not recipients and len(actors) > 1,
                record.get("date"), record)


def unique(sides: list[Side]) -> list[Side]:
    """One event per (type, parties): the first of each, in order."""
    seen, out = set(), []
    for side in sides:
        if side.key not in seen:
            seen.add(side.key)
            out.append(side)
    return out


def types_agree(pred: Side, gold: Side) -> bool:
    return pred.type == gold.type or pred.label == gold.label


def parties_agree(pred: Side, gold: Side) -> bool:
    parties = pred.actors | pred.recipients
    if gold.symmetric:
        needed = min(2, len(gold.actors))
        return len(parties & gold.actors) >= needed
    if not pred.actors & gold.actors:
        return False
    if not gold.recipients:
        return True
    return bool(pred.recipients & gold.recipients) or (pred.symmetric and bool(pred.actors & gold.recipients))


def matches(pred: Side, gold: Side) -> bool:
    return types_agree(pred, gold) and parties_agree(pred, gold)


def _closeness(pred: Side, gold: Side) -> tuple:
    """How alike two matching events are beyond what matching needs: same own type, same
    status, agreeing date (smaller is closer)."""
    dated = bool(gold.date and pred.date and str(pred.date).startswith(gold.date))
    return (pred.type != gold.type, pred.status != gold.status, not dated)


def match(preds: list[Side], golds: list[Side]) -> dict[int, int]:
    """A maximum one-to-one matching, gold index -> prediction index (augmenting paths). Among
    the pairings that match the most events, each gold event tries its closest predictions
    first (same type, then same status, then an agreeing date), so that an agreement and the
    act it promises ("agreed to provide a loan": AGREE occurred, AID planned) do not cross."""
    edges = {g: sorted((p for p, pred in enumerate(preds) if matches(pred, gold)),
                       key=lambda p: (_closeness(preds[p], gold), p)) for g, gold in enumerate(golds)}
    owner: dict[int, int] = {}

    def augment(g: int, seen: set) -> bool:
        for p in edges[g]:
            if p in seen:
                continue
            seen.add(p)
            if p not in owner or augment(owner[p], seen):
                owner[p] = g
                return True
        return False

    for g in range(len(golds)):
        augment(g, set())
    return {g: p for p, g in owner.items()}


def score_excerpt(scores: NewsScores, excerpt_id: str, golds: list[Side], preds: list[Side],
                  tp: Counter, fp: Counter, fn: Counter) -> dict[int, int]:
    """Add one excerpt to `scores`; tp counts matches under the gold type for recall and under
    the predicted type (key `("pred", type)`) for precision."""
    pairs = match(preds, golds)
    scores.gold += len(golds)
    scores.predicted += len(preds)
    scores.matched += len(pairs)
    for g, p in pairs.items():
        gold, pred = golds[g], preds[p]
        scores.status_right += pred.status == gold.status
        if gold.date:
            scores.dated += 1
            scores.date_right += bool(pred.date and str(pred.date).startswith(gold.date))
        tp[gold.type] += 1
        tp[("pred", pred.type)] += 1
    used = set(pairs.values())
    for g, gold in enumerate(golds):
        if g not in pairs:
            fn[gold.type] += 1
    for p, pred in enumerate(preds):
        if p not in used:
            fp[pred.type] += 1
            scores.wrong.append((excerpt_id, pred))
    return pairs


def evaluate_news(path: str | Path, *, records: dict[int, list[dict]] | None = None,
                  explain: bool = False) -> NewsScores:
    """Score `extract` on the news gold at `path`. `records` (line -> extracted records) may be
    given to score output produced elsewhere; by default the excerpts are extracted here
    (`explain` keeps the coder's reasons in each record, for `--misses`)."""
    rows = load_news(path)
    if records is None:
        records = defaultdict(list)
        for record in extract_records([str(path)], explain=explain):
            origin = record["cite_info"]["origin"] or ""
            records[int(origin.rsplit(":", 1)[1])].append(record)
    scores = NewsScores(excerpts=len(rows))
    tp, fp, fn = Counter(), Counter(), Counter()
    for row in rows:
        golds = unique([gold_side(e) for e in row["events"]])
        preds = unique([predicted_side(r) for r in records.get(row["_line"], [])])
        pairs = score_excerpt(scores, row.get("id", str(row["_line"])), golds, preds, tp, fp, fn)
        for g, gold in enumerate(golds):
            if g not in pairs:
                scores.misses.append((row.get("id", str(row["_line"])), gold, row["text"]))
    for t in sorted({k for k in tp if isinstance(k, str)} | set(fp) | set(fn)):
        predicted, gold = tp[("pred", t)] + fp[t], tp[t] + fn[t]
        scores.per_type[t] = {"precision": round(tp[("pred", t)] / predicted, 3) if predicted else 0.0,
                              "recall": round(tp[t] / gold, 3) if gold else 0.0,
                              "gold": gold, "predicted": predicted}
    return scores


def cue_sentences(text: str, cue: str | None) -> list[str]:
    """The excerpt's sentences (roughly split) that hold a word starting like the gold cue."""
    if not cue:
        return []
    stem = cue.lower()[: max(4, len(cue) - 2)]
    parts = re.split(r"(?<=[.!?”\"])\s+|\n+", text)
    return [p.strip() for p in parts if re.search(r"\b" + re.escape(stem), p.lower())][:3]


def misses_report(scores: NewsScores) -> list[str]:
    """Lines for `eval --news --misses`: every missed gold event with the sentences that hold
    its cue, then every wrong prediction with its sentence and the coder's reasons."""
    lines = []
    for excerpt, gold, text in scores.misses:
        lines.append(f"MISS {excerpt} {gold.describe()} cue={gold.record.get('cue')!r}")
        lines += [f"    | {s}" for s in cue_sentences(text, gold.record.get("cue"))]
    for excerpt, pred in scores.wrong:
        rec = pred.record
        lines.append(f"WRONG {excerpt} {pred.describe()} trigger={rec['text_info']['trigger']!r}")
        lines.append(f"    | {rec['text_info']['sentence'].strip()}")
        if rec.get("explain"):
            lines.append(f"    explain: {json.dumps(rec['explain'], ensure_ascii=False)}")
    return lines
