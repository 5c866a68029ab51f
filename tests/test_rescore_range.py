"""``rescore --since/--until``: a rule change applied to the days it concerns, and no others."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from click.testing import CliRunner

from conftest import transcript, utt
from qa_pipeline import pipeline
from qa_pipeline.cli import cli
from qa_pipeline.records import Call, CallScore, ScoredCall

STALE = "stale-rules"  # the rule set version the calls were scored with before the change
STARTS = {"D19": datetime(2026, 11, 19, 23, 59, 59), "D20a": datetime(2026, 11, 20, 0, 0),
          "D20b": datetime(2026, 11, 20, 17, 5), "D21": datetime(2026, 11, 21, 23, 59, 59),
          "D22": datetime(2026, 11, 22, 0, 0, 1), "NODATE": None}


@pytest.fixture
def store(any_store):
    """Every test here runs on SQLite and on PostgreSQL."""
    return any_store


def store_stale_calls(store, starts: dict[str, datetime | None] = STARTS) -> None:
    """Calls scored under an older rule set (no findings, score 0), one per start time."""
    t = transcript(utt("agent", 0.5, 3.0, "您好，请问有什么可以帮您？"), utt("customer", 3.5, 5.0, "我想查账单。"),
                   utt("agent", 5.5, 8.0, "这个我也不知道。"))
    stale = ScoredCall((), CallScore(0.0, "不合格", False, False, ()), STALE, None)
    for i, (call_id, started_at) in enumerate(starts.items()):
        call = Call(call_id, f"/x/{call_id}.wav", f"80{i:02d}", started_at)
        store.save_done(call, audio_sha256=f"{i:064x}", transcript=t, scored=stale, run_id=None)


def rescored(store) -> set[str]:
    return {r["call_id"] for r in store.iter_calls() if r["ruleset_version"] != STALE}


def test_a_date_range_rescores_the_calls_of_those_days_both_included(store, config):
    store_stale_calls(store)
    ids = pipeline.rescore(config, store, since=date(2026, 11, 20), until=date(2026, 11, 21), workers=1, model=None).call_ids
    assert sorted(ids) == ["D20a", "D20b", "D21"]
    assert rescored(store) == {"D20a", "D20b", "D21"}  # not the last second before, nor the first after
    row = store.call_row("D21")
    assert row["ruleset_version"] == config.ruleset_for("default").version and row["score"] > 0
    assert store.findings_for(["D21"])["D21"]  # the taboo phrase, found under today's rules


def test_an_open_ended_range_and_no_range(store, config):
    store_stale_calls(store)
    assert sorted(pipeline.rescore(config, store, since=date(2026, 11, 21), workers=1, model=None).call_ids) == ["D21", "D22"]
    assert sorted(pipeline.rescore(config, store, until=date(2026, 11, 19), workers=1, model=None).call_ids) == ["D19"]
    assert rescored(store) == {"D19", "D21", "D22"}
    everything = pipeline.rescore(config, store, workers=1, model=None).call_ids
    assert sorted(everything) == sorted(STARTS)  # without a range, calls without a start time too


def test_the_command_rescores_a_range_and_says_which(store_url, tmp_path):
    from qa_pipeline.store import Store

    store = Store(store_url)
    store_stale_calls(store)
    runner = CliRunner()
    r = runner.invoke(cli, ["rescore", "--db", store_url, "--since", "2026-11-20", "--until", "2026-11-20",
                            "--out", str(tmp_path / "out")])
    assert r.exit_code == 0, r.output
    assert "rescored 2 calls started from 2026-11-20 to 2026-11-20" in r.output
    assert rescored(store) == {"D20a", "D20b"}
    exported = (tmp_path / "out" / "calls.csv").read_text(encoding="utf-8-sig")
    assert "D20a" in exported and "D21" not in exported  # the exports hold the rescored calls


@pytest.mark.parametrize("args, message", [
    (["--since", "2026-11-21", "--until", "2026-11-20"], "--since 2026-11-21 is after --until 2026-11-20"),
    (["--address", "auto"], "--address needs --engine ray"),
    (["--since", "21.11.2026"], "Invalid value for '--since'"),
])
def test_a_bad_range_or_option_is_a_usage_error(args, message, tmp_path):
    r = CliRunner().invoke(cli, ["rescore", "--db", f"sqlite:///{tmp_path / 'qa.sqlite'}", *args])
    assert r.exit_code == 2 and message in r.output
    assert not (tmp_path / "qa.sqlite").exists()  # refused before the store was opened
