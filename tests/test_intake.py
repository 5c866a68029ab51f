from datetime import datetime

import pytest

from qa_pipeline.config import IntakeConfig
from qa_pipeline.errors import BadInput, ConfigError
from qa_pipeline.intake import FilenamePattern, discover


def test_filename_pattern_reads_agent_time_and_call_id():
    fields = FilenamePattern("{agent_id}_{started_at:%Y%m%d-%H%M%S}_{call_id}").parse("8001_20261120-093012_C0001")
    assert fields == {"agent_id": "8001", "started_at": datetime(2026, 11, 20, 9, 30, 12), "call_id": "C0001"}


def test_pattern_with_bad_date_does_not_match():
    assert FilenamePattern("{agent_id}_{started_at:%Y%m%d-%H%M%S}_{call_id}").parse("8001_2026-11-20_C1") is None


def test_unknown_pattern_field_is_a_config_error():
    with pytest.raises(ConfigError, match="queue"):
        FilenamePattern("{queue}_{call_id}")


def test_folder_without_manifest_uses_names(tmp_path):
    (tmp_path / "8001_20261120-093012_C1.wav").write_bytes(b"x")
    (tmp_path / "odd-name.flac").write_bytes(b"x")
    (tmp_path / "notes.txt").write_text("not audio")
    calls = discover(tmp_path, IntakeConfig())
    assert [(c.call_id, c.agent_id) for c in calls] == [("C1", "8001"), ("odd-name", "")]


def test_manifest_gives_ids_and_keeps_extra_columns(tmp_path):
    (tmp_path / "manifest.csv").write_text(
        "call_id,file,agent_id,started_at,queue,business_line\n"
        "A1,a.wav,8002,2026-11-20T10:00:00,billing,cards\n", encoding="utf-8")
    (call,) = discover(tmp_path, IntakeConfig())
    assert call.call_id == "A1" and call.agent_id == "8002" and call.business_line == "cards"
    assert call.started_at == datetime(2026, 11, 20, 10, 0)
    assert dict(call.metadata) == {"queue": "billing"}
    assert call.path.endswith("a.wav")


def test_manifest_with_bad_date_names_the_line(tmp_path):
    (tmp_path / "manifest.csv").write_text("call_id,file,agent_id,started_at\nA1,a.wav,1,yesterday\n")
    with pytest.raises(BadInput, match=r"manifest.csv:2.*yesterday"):
        discover(tmp_path, IntakeConfig())


def test_duplicate_call_ids_are_refused(tmp_path):
    (tmp_path / "manifest.csv").write_text("call_id,file\nA1,a.wav\nA1,b.wav\n")
    with pytest.raises(BadInput, match="already used"):
        discover(tmp_path, IntakeConfig())
