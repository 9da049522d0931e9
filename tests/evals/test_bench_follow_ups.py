"""The benchmark's follow-up section on the real stack: each last turn timed in its conversation
and alone (the baseline); figures are printed by `assistant bench`, never asserted."""

import json

import pytest


@pytest.mark.real
def test_follow_ups_are_timed_in_their_conversation_beside_the_same_question_alone(shipped_assistant, tmp_path):
    from assistant.evals.bench import _follow_ups_child

    rows = [
        {"id": "a", "turns": ["Who failed to carry out the six-month follow-up on Ali's case?", "And how late was the 12-month one?"],
         "gold": [{"doc": "004_256014053818b57a.txt", "quote": "six months later"}]},
        {"id": "b", "turns": ["Why was Ali Harbi Ali first referred to Prevent?", "And when did that happen?"],
         "gold": [{"doc": "004_256014053818b57a.txt", "quote": "October 2014"}]},
        {"id": "elsewhere", "turns": ["Who led Leeds's inspection?", "When?"], "gold": [{"doc": "ofsted-leeds.pdf", "quote": "x"}]},
    ]
    conversations = tmp_path / "conversations.jsonl"
    conversations.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    settings = shipped_assistant.settings
    result = _follow_ups_child(settings.corpus_dir, settings.index_dir, [conversations])
    assert result["conversations"] == 2  # the one about a document not in this index is left out
    for key in ("in_conversation", "alone (baseline)", "added", "reading"):
        assert set(result[key]) == {"p50_ms", "p95_ms"}
    assert result["in_conversation"]["p50_ms"] > 0 and result["alone (baseline)"]["p50_ms"] > 0
