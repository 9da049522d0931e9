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
        ({"ASSISTANT_TOP_K": "0"}, "top-k"),
        ({"ASSISTANT_RETRIEVAL_MODE": "magic"}, "retrieval mode"),
        ({"ASSISTANT_CHUNK_TOKENS": "1000"}, "chunk size"),
        ({"ASSISTANT_CHUNK_OVERLAP": "100"}, "overlap"),
    ],
)
def test_bad_overrides_name_the_problem(env, message):
    with pytest.raises(SettingsError, match=message):
        Settings.from_env(env)
