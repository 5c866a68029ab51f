"""Common errors: one definition for the run's report and the trainer's page."""

from datetime import datetime

import pytest

from conftest import transcript, utt
from qa_pipeline.records import Call, CallScore, Finding, ScoredCall
from qa_pipeline.trends.errors import common_errors
from qa_pipeline.web.insights import trainer_view

CARD = "卡号是6222020200112233445"


def save(store, call_id: str, agent: str, found: tuple[Finding, ...]) -> None:
    t = transcript(utt("agent", 0.5, 3.0, "您好"), utt("customer", 3.5, 6.0, CARD))
    store.save_done(Call(call_id, f"{call_id}.wav", agent, datetime(2026, 11, 20, 9)), audio_sha256=call_id.ljust(64, "0"),
                    transcript=t, scored=ScoredCall(found, CallScore(90.0, "优秀", False, False), "base-1"), run_id=None)


def taboo(start: float, confidence: float = 0.9) -> Finding:
    return Finding("forbidden_phrase", "forbidden_phrase", "major", start, start + 1, f"不归我们管 {CARD}", confidence)


HOLD = Finding("long_hold", "long_hold", "major", 10.0, 50.0, "", 0.95, "no speech from either side for 40.0 s")


@pytest.fixture
def calls(any_store):
    save(any_store, "A1", "8001", (taboo(1.0), taboo(2.0, 0.95), HOLD))
    save(any_store, "A2", "8002", (taboo(1.0, 0.7),))
    save(any_store, "B1", "8003", (taboo(1.0), taboo(4.0, 0.3)))  # the second is held for review: it does not count
    return any_store


def test_kinds_come_most_frequent_first_with_their_calls_and_agents(calls, config):
    errors = common_errors(calls, config.scoring, config.privacy)
    assert [(e.kind, e.findings, e.calls, e.agents) for e in errors] == [("forbidden_phrase", 4, 3, 3), ("long_hold", 1, 1, 1)]
    assert errors[0].name == "服务禁语"


def test_a_runs_report_counts_only_its_calls(calls, config):
    errors = common_errors(calls, config.scoring, config.privacy, ["A1", "A2"])
    assert [(e.kind, e.findings, e.calls, e.agents) for e in errors] == [("forbidden_phrase", 3, 2, 2), ("long_hold", 1, 1, 1)]
    assert {x.call_id for e in errors for x in e.examples} == {"A1", "A2"}


def test_examples_are_the_surest_one_per_call_masked_and_a_silence_says_what_the_rule_saw(calls, config):
    errors = {e.kind: e for e in common_errors(calls, config.scoring, config.privacy)}
    examples = errors["forbidden_phrase"].examples
    assert [(x.call_id, x.start_s) for x in examples] == [("A1", 2.0), ("B1", 1.0), ("A2", 1.0)]
    assert all("6222020200112233445" not in x.text and "不归我们管" in x.text for x in examples)
    assert [x.text for x in errors["long_hold"].examples] == ["no speech from either side for 40.0 s"]


def test_the_trainer_page_shows_the_same_kinds_counts_and_examples(calls, config):
    from qa_pipeline.trends.analysis import call_table

    total, kinds, _ = trainer_view(calls, call_table(calls, scoring=config.scoring), config)
    shared = common_errors(calls, config.scoring, config.privacy)
    assert total == 3
    assert [(k.kind, k.findings, k.calls, k.agents, k.examples) for k in kinds] == \
        [(e.kind, e.findings, e.calls, e.agents, e.examples) for e in shared]
