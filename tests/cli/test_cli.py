"""The command-line contracts other tools rely on (run in-process through cli.main)."""
import json

import pytest

from communique import cli

ARTICLE = (
    "Ukraine and Russia exchange prisoners\n\n"
    "Russia and Ukraine exchanged 150 prisoners of war on Tuesday, officials said. "
    "Turkish President Recep Tayyip Erdogan praised the swap. "
    "The Kremlin rejected a US proposal for a ceasefire.\n"
)
RECORD_KEYS = {"id", "date", "event", "mode", "status", "quad_code", "cameo", "actor", "recipient",
               "event_loc", "attribution", "text_info", "cite_info"}


def run(capsys, *argv):
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_extract_prints_one_plover_record_per_event(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE)
    code, out, err = run(capsys, "extract", str(f))
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert records, err
    for rec in records:
        assert RECORD_KEYS <= rec.keys()
        assert isinstance(rec["cameo"], str)
        for a in rec["actor"] + rec["recipient"]:
            assert {"entity_text", "code", "sector", "name", "identifier_id"} <= a.keys()
        assert {"place", "country_code", "lat", "lon"} <= rec["event_loc"].keys()
        assert {"speaker", "hedged"} <= rec["attribution"].keys()
        assert {"sentence", "start", "end"} <= rec["text_info"].keys()
        assert {"url", "title", "published"} <= rec["cite_info"].keys()
    types = {r["event"] for r in records}
    assert "REJECT" in types and "SUPPORT" in types


def test_extract_lists_symmetric_parties_as_actors(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_text("Delegations from Russia and Ukraine met in Istanbul in March 2022.\n")
    _, out, _ = run(capsys, "extract", str(f))
    rec = next(json.loads(line) for line in out.splitlines() if json.loads(line)["event"] == "CONSULT")
    assert {a["code"] for a in rec["actor"]} == {"RUS", "UKR"}
    assert rec["recipient"] == []
    assert rec["date"] == "2022-03"
    assert rec["event_loc"]["country_code"] == "TUR"


def test_extract_reads_stdin(monkeypatch, capsys):
    import io

    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode())))
    code, out, _ = run(capsys, "extract", "-")
    assert code == 0 and out.strip()


def test_extract_bad_and_good_inputs_in_one_batch(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE)
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    code, out, err = run(capsys, "extract", str(empty), str(tmp_path / "missing.txt"), str(good))
    assert code == 0
    assert out.strip()                                    # the good file was still coded
    lines = [line for line in err.splitlines() if line.startswith("skipped")]
    assert len(lines) == 2 and "empty.txt" in lines[0] and "missing.txt" in lines[1]
    assert "skipped 2" in err.splitlines()[-1]             # the summary counts them
    assert "Traceback" not in err


def test_classify_keeps_order_and_shape(tmp_path, capsys):
    f = tmp_path / "d.jsonl"
    rows = [
        {"id": "1", "text": "Germany condemned Iran over the executions.", "source": "Germany", "target": "Iran"},
        {"id": "2", "text": "The weather was mild in Oslo.", "source": "The weather", "target": "Oslo"},
        {"id": "3", "text": "Portugal will support Turkey's bid.", "source": "Portugal", "target": "Turkey"},
    ]
    f.write_text("\n".join(json.dumps(r) for r in rows) + "\nnot json\n")
    code, out, err = run(capsys, "classify", str(f))
    results = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in results] == ["1", "2", "3"]
    assert all(set(r) == {"id", "event", "quad_code", "confidence"} for r in results)
    assert results[0]["event"] == "ACCUSE" and results[0]["quad_code"] == 3
    assert results[1]["event"] is None
    assert results[2]["event"] == "AGREE"
    assert "d.jsonl:4" in err


def test_classify_explain_says_why(tmp_path, capsys):
    f = tmp_path / "d.jsonl"
    f.write_text(json.dumps({"id": "x", "text": "Biden asked Netanyahu to refrain from striking Rafah.",
                             "source": "Biden", "target": "Netanyahu"}) + "\n")
    _, out, _ = run(capsys, "classify", "--explain", str(f))
    res = json.loads(out)
    assert res["event"] == "REQUEST"
    assert res["explain"]["trigger"] == "asked" and "striking" in res["explain"]["wrapped"]


def test_missing_classify_file_is_one_line_error(capsys):
    code, out, err = run(capsys, "classify", "/nonexistent/dyads.jsonl")
    assert code == 2 and len(err.strip().splitlines()) == 1 and "dyads.jsonl" in err


def test_help_lists_every_command(capsys):
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    out = capsys.readouterr().out
    for command in ("extract", "classify", "eval", "analyze", "briefing"):
        assert command in out


def test_analyze_with_workers_and_a_bad_flag(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE)
    db = str(tmp_path / "r.duckdb")
    code, out, err = run(capsys, "analyze", str(f), "--db", db, "--workers", "1")
    assert code == 0 and "1 articles" in err
    code, out, err = run(capsys, "analyze", str(f), "--db", db, "--workers", "1")
    assert code == 0 and "1 already stored" in err                 # idempotent, not coded again
    code, _, err = run(capsys, "analyze", str(f), "--db", db, "--workers", "-1")
    assert code == 2 and len(err.strip().splitlines()) == 1 and "--workers" in err


def test_generate_and_watch_once(tmp_path, capsys):
    code, _, err = run(capsys, "generate", str(tmp_path / "gen"), "--articles", "5", "--format", "txt")
    assert code == 0 and "wrote 5 synthetic articles" in err
    code, out, err = run(capsys, "watch", str(tmp_path / "gen"), "--once", "--workers", "1",
                         "--db", str(tmp_path / "w.duckdb"))
    assert code == 0 and "batch 1: 5 files; 5 articles" in out and "total: 5 articles" in err
    code, _, err = run(capsys, "watch", str(tmp_path / "nowhere"), "--once")
    assert code == 2 and "is not a folder" in err
