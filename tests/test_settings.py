from pathlib import Path

import pytest

from assistant.settings import Settings, SettingsError


def test_environment_overrides_defaults_and_flags_override_environment():
    env = {"ASSISTANT_TOP_K": "7", "ASSISTANT_CORPUS": "/tmp/c", "ASSISTANT_ABSTAIN_THRESHOLD": "0.4"}
    settings = Settings.from_env(env)
    assert settings.top_k == 7
    assert settings.corpus_dir == Path("/tmp/c")
    assert settings.abstain_threshold == 0.4
    assert Settings.from_env(env, top_k=3).top_k == 3


@pytest.mark.parametrize(
    "env, message",
    [
        ({"ASSISTANT_TOP_K": "many"}, "ASSISTANT_TOP_K"),
        ({"ASSISTANT_TOP_K": "-1"}, "top-k must be at least 1"),
        ({"ASSISTANT_RETRIEVAL_MODE": "magic"}, "must be hybrid, dense or keyword"),
        ({"ASSISTANT_ENCODER": "fast"}, "must be onnx, onnx-int8 or torch"),
        ({"ASSISTANT_RERANK": "maybe"}, "must be on or off"),
        ({"ASSISTANT_ANSWERER": "oracle"}, "must be model or scorer"),
        ({"ASSISTANT_CHUNK_TOKENS": "1000"}, "chunk size"),
        ({"ASSISTANT_CHUNK_OVERLAP": "100"}, "overlap"),
    ],
)
def test_bad_overrides_name_the_problem_and_the_variable(env, message):
    with pytest.raises(SettingsError, match=message) as caught:
        Settings.from_env(env)
    assert next(iter(env)) in str(caught.value)  # the variable to change, by name


@pytest.mark.parametrize(
    "name, raw",
    [
        ("ASSISTANT_MAX_FILE_MB", "nan"),
        ("ASSISTANT_MAX_FILE_MB", "inf"),
        ("ASSISTANT_MAX_FILE_MB", "1e400"),
        ("ASSISTANT_MAX_FILE_MB", "-5"),
        ("ASSISTANT_RRF_K", "-1"),
        ("ASSISTANT_RRF_K", "-61"),
        ("ASSISTANT_EMBED_BATCH_SIZE", "0"),
        ("ASSISTANT_ABSTAIN_THRESHOLD", "nan"),
        ("ASSISTANT_ABSTAIN_THRESHOLD", "-inf"),
        ("ASSISTANT_ANSWER_MARGIN", "nan"),
        ("ASSISTANT_CANDIDATES", "-3"),
        ("ASSISTANT_ANSWER_SENTENCES", "0"),
        ("ASSISTANT_IVF_PROBE_SHARE", "0"),
        ("ASSISTANT_FLAT_INDEX_LIMIT", "-1"),
        ("ASSISTANT_FOLLOW_EXTERNAL_LINKS", "perhaps"),
        ("ASSISTANT_MODEL_BATCH", "0"),
        ("ASSISTANT_MODEL_SETTLE", "-1"),
    ],
)
def test_numeric_settings_must_be_finite_and_in_range(name, raw):
    with pytest.raises(SettingsError, match=name) as caught:
        Settings.from_env({name: raw})
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize("raw", ["nan", "1e400", "0"])
def test_a_bad_number_is_one_line_from_the_cli(raw, monkeypatch, capsys):
    from assistant import cli

    monkeypatch.setenv("ASSISTANT_MAX_FILE_MB", raw)
    assert cli.main(["status"]) == cli.EXIT_ERROR
    out, err = capsys.readouterr()
    assert err.count("\n") == 1 and "ASSISTANT_MAX_FILE_MB" in err and "Traceback" not in err


def test_follow_external_links_is_off_unless_asked():
    assert Settings().follow_external_links is False
    assert Settings.from_env({"ASSISTANT_FOLLOW_EXTERNAL_LINKS": "yes"}).follow_external_links is True


def test_the_model_batch_reaches_the_answer_model():
    from assistant.core import Assistant

    settings = Settings.from_env({"ASSISTANT_MODEL_BATCH": "8"})
    assert settings.model_batch == 8 and Settings().model_batch == 16
    assert Assistant(settings)._model_answerer.model.batch_size == 8  # built lazily: nothing is loaded here
    settled = Settings.from_env({"ASSISTANT_MODEL_SETTLE": "0"})
    assert settled.model_settle == 0 and Settings().model_settle == 8
    assert Assistant(settled)._model_answerer.settle == 0 and Assistant(Settings())._model_answerer.settle == 8


def test_a_word_setting_is_read_whatever_its_case(monkeypatch):
    monkeypatch.setenv("ASSISTANT_SECTION_ANSWERS", "OFF")
    monkeypatch.setenv("ASSISTANT_RERANK", " On ")
    settings = Settings.from_env()
    assert settings.section_answers == "off" and settings.rerank == "on"
