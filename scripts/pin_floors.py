"""Re-measure the coder and write the floors the quality gate holds it to.

    .venv/bin/python scripts/pin_floors.py [--dyads ../shared/gold/dyads-dev.jsonl]
                                            [--news ../shared/gold/news-dev.jsonl]

Floors are the measured figures rounded down to three decimals, pinned next to the SHA-256 of
the dyads file they were measured on. Run it only after an improvement: a floor must never go
down (the script refuses to lower one unless --allow-lower is given and the reason is recorded
in the commit message).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "coding"))


def down(x: float) -> float:
    return math.floor(x * 1000) / 1000


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dyads", default=str(ROOT.parent / "shared" / "gold" / "dyads-dev.jsonl"))
    ap.add_argument("--news", default=str(ROOT.parent / "shared" / "gold" / "news-dev.jsonl"))
    ap.add_argument("--allow-lower", action="store_true")
    args = ap.parse_args()

    from communique.coding import nlp
    from communique.evaluation.dyads import evaluate_dyads
    from communique.evaluation.news import evaluate_news
    import test_modality

    path = ROOT / "tests" / "quality_floors.json"
    old = json.loads(path.read_text()) if path.exists() else {}
    s = evaluate_dyads(args.dyads)
    news = evaluate_news(args.news)
    m = test_modality.scores(nlp.load())
    examples = ROOT / "src" / "communique" / "coding" / "data" / "examples"
    joined = ROOT / ".examples-all.jsonl"
    joined.write_text("".join(f.read_text() for f in sorted(examples.glob("*.jsonl"))))
    try:
        e = evaluate_dyads(joined, legacy=False)
    finally:
        joined.unlink()
    new = {
        "dyads": {
            "file": Path(args.dyads).name,
            "sha256": hashlib.sha256(Path(args.dyads).read_bytes()).hexdigest(),
            "accuracy": down(s.accuracy), "macro_f1": down(s.macro_f1), "quad_accuracy": down(s.quad_accuracy),
            "f1": {k: down(v["f1"]) for k, v in sorted(s.per_type.items())},
        },
        "modality": {k: down(v) for k, v in m.items()},
        "examples": {"accuracy": down(e.accuracy), "macro_f1": down(e.macro_f1), "quad_accuracy": down(e.quad_accuracy)},
        "news": {
            "file": Path(args.news).name,
            "sha256": hashlib.sha256(Path(args.news).read_bytes()).hexdigest(),
            **{k: down(v) for k, v in news.figures().items()},
            "type_recall": {t: down(v["recall"]) for t, v in sorted(news.per_type.items()) if v["gold"] >= 8},
        },
    }
    lowered = []
    for section in ("dyads", "modality", "examples", "news"):
        for key, value in new[section].items():
            before = old.get(section, {}).get(key)
            if isinstance(value, float) and isinstance(before, float) and value < before:
                lowered.append(f"{section}.{key} {before} -> {value}")
        for per in ("f1", "type_recall"):
            table = new[section].get(per)
            for key, value in (table.items() if isinstance(table, dict) else ()):
                before = old.get(section, {}).get(per, {}).get(key)
                if before is not None and value < before:
                    lowered.append(f"{section}.{per}.{key} {before} -> {value}")
    if lowered and not args.allow_lower:
        print("refusing to lower floors: " + "; ".join(lowered), file=sys.stderr)
        return 1
    path.write_text(json.dumps(new, indent=2) + "\n")
    print(json.dumps(new, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
