import re
from datetime import datetime
from pathlib import Path

import pytest

from qa_pipeline.config import IntakeConfig
from qa_pipeline.errors import BadInput, ConfigError
from qa_pipeline.intake import FilenamePattern, discover, read_folder


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


def test_a_bad_date_fails_its_row_with_the_line_number_and_the_others_go_on(tmp_path):
    (tmp_path / "manifest.csv").write_text("call_id,file,agent_id,started_at\n"
                                           "A1,a.wav,1,yesterday\nA2,b.wav,1,2026-11-20T10:00:00\n")
    intake = read_folder(tmp_path, IntakeConfig())
    assert [c.call_id for c in intake.calls] == ["A2"]
    (bad,) = intake.rejected
    assert bad.call_id == "A1" and bad.path.endswith("a.wav")
    assert re.search(r"manifest.csv:2: started_at 'yesterday' is not an ISO date-time", bad.reason)


def test_a_duplicated_call_id_fails_the_later_row_only(tmp_path):
    (tmp_path / "manifest.csv").write_text("call_id,file\nA1,a.wav\nA2,b.wav\nA1,c.wav\n")
    intake = read_folder(tmp_path, IntakeConfig())
    assert [(c.call_id, Path(c.path).name) for c in intake.calls] == [("A1", "a.wav"), ("A2", "b.wav")]
    (dup,) = intake.rejected
    assert dup.call_id == "A1" and "manifest.csv:4: call id 'A1' already used on line 2" in dup.reason


def test_a_row_without_a_file_is_rejected_not_dropped(tmp_path):
    (tmp_path / "manifest.csv").write_text("call_id,file\nA1,\nA2,b.wav\n")
    intake = read_folder(tmp_path, IntakeConfig())
    assert [c.call_id for c in intake.calls] == ["A2"]
    assert "manifest.csv:2: no file" in intake.rejected[0].reason


def test_links_and_folders_with_audio_names_are_calls_not_silently_absent(tmp_path):
    """Decoding then fails each with its reason (see test_audio): nothing goes missing unsaid."""
    (tmp_path / "8001_20261120-093012_BROKEN.wav").symlink_to(tmp_path / "gone.wav")
    (tmp_path / "8001_20261120-093013_LOOP.wav").symlink_to(tmp_path / "8001_20261120-093013_LOOP.wav")
    (tmp_path / "8001_20261120-093014_DIR.wav").mkdir()
    (tmp_path / "notes").mkdir()
    assert [c.call_id for c in discover(tmp_path, IntakeConfig())] == ["BROKEN", "LOOP", "DIR"]
