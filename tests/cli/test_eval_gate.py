"""CI gate: the shipped question set through `assistant eval` on the real stack.

Bounds sit a little under the quality measured when they were set (README, Evaluation), so a
regression fails CI. Raise them when quality improves; never lower them to make a change pass.

2026-11-25, the answer model replaced the sentence scorer as the default. Its operating point
was chosen on the tune halves (never on this set) to stop abstaining on questions the texts
answer: false abstention 0.195 -> 0.000 and citation recall 0.732 -> 0.780, at the price of
abstaining on fewer unanswerable questions (0.538 -> 0.154) and so lower citation precision
(0.738 -> 0.508). Those two bounds moved down with that decision, the others up; the scorer's
own figures are still measured beside it by `--compare`.
"""

import json

from assistant import cli
from assistant.paths import EVALS_DIR

BOUNDS = {
    "recall-at-5": 0.95,
    "mrr": 0.85,
    "citation-precision": 0.45,
    "citation-recall": 0.70,
    "keyword-recall": 0.70,
    "abstain-unanswerable": 0.10,
    "answered-answerable": 0.90,
}


def test_shipped_set_meets_its_bounds(shipped_assistant, monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(cli, "make_assistant", lambda settings: shipped_assistant)
    flags = [item for name, value in BOUNDS.items() for item in (f"--min-{name}", str(value))]
    code = cli.main(["eval", str(EVALS_DIR / "shipped.jsonl"), "--out", str(tmp_path), "--compare", *flags])
    out, err = capsys.readouterr()
    assert code == 0, err
    summary = json.loads((tmp_path / "summary.json").read_text())
    assert set(summary["configs"]) == {"model", "scorer", "no-rerank"}
    own = next(iter(summary["configs"]))  # the settings' own pipeline comes first; bounds apply to it
    assert "| citation precision |" in out and (tmp_path / "report.md").exists()
    rows = [json.loads(line) for line in (tmp_path / f"per_question.{own}.jsonl").read_text().splitlines()]
    assert len(rows) == summary["configs"][own]["questions"] >= 40
    assert all(("failure" in r and "scores" in r) for r in rows)


def test_a_bound_above_the_measured_quality_fails(shipped_assistant, monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(cli, "make_assistant", lambda settings: shipped_assistant)
    code = cli.main(["eval", str(EVALS_DIR / "shipped.jsonl"), "--out", str(tmp_path), "--limit", "8", "--min-citation-precision", "1.01"])
    assert code == 1
    assert "citation_precision" in capsys.readouterr().err
