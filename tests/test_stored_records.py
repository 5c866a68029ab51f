"""Records after the store (issue 18): what the web app, the exports and the trends read back
are the frozen records that went in (``StoredCall``, ``Finding``, ``CallScore``), with what
specialists and agents made of each finding (``Review``, ``Appeal``), never dict rows."""

from __future__ import annotations

from datetime import datetime

import pytest

from conftest import transcript, utt
from qa_pipeline.records import Call, Finding, ScoredCall, StoredCall, StoredFinding
from qa_pipeline.scoring import score_call
from qa_pipeline.store.browse import Scope

FOUND = (Finding("forbidden_phrase", "forbidden_phrase", "major", 2.0, 2.8, "不知道", 0.9, "服务禁语"),
         Finding("filler", "filler", "minor", 0.9, 1.1, "嗯", 0.9))
EVERY_CALL = Scope(every_call=True)


@pytest.fixture
def stored(store, config):
    """One scored call of agent 8001 with a taboo phrase and a filler."""
    ruleset = config.ruleset_for("default")
    scored = ScoredCall(FOUND, score_call(list(FOUND), ruleset, config.scoring), ruleset.version)
    t = transcript(utt("agent", 0.5, 3.0, "您好，嗯，这个我不知道。"), duration=6.0)
    store.save_done(Call("R1", "r1.wav", "8001", datetime(2026, 11, 25, 10)), audio_sha256="a" * 64, transcript=t,
                    scored=scored, run_id=None)
    return scored


def by_kind(store) -> dict[str, StoredFinding]:
    return {f.finding.kind: f for f in store.browse.findings_with_reviews("R1")}


def test_a_call_reads_back_as_the_records_that_were_stored(store, stored):
    call = store.browse.call(EVERY_CALL, "R1")
    assert isinstance(call, StoredCall) and call.call.agent_id == "8001" and call.status == "done"
    assert call.score == stored.score  # the deductions too, not their JSON
    assert store.browse.call(Scope(agent_id="8002"), "R1") is None  # another agent's call is not found


def test_each_finding_carries_its_id_its_decision_and_its_appeals(store, stored):
    taboo, filler = by_kind(store)["forbidden_phrase"], by_kind(store)["filler"]
    assert {taboo.finding, filler.finding} == set(FOUND)
    assert (taboo.review, taboo.appeals, taboo.open_appeal) == (None, (), None)
    store.reviews.decide(filler, "rejected", "qa1", "听错了")
    appeal_id = store.reviews.file_appeal(taboo, "agent_a", "我没说")
    taboo, filler = by_kind(store)["forbidden_phrase"], by_kind(store)["filler"]
    assert (filler.decision, filler.review.user, filler.review.comment) == ("rejected", "qa1", "听错了")
    assert [a.id for a in taboo.appeals] == [appeal_id] and taboo.open_appeal.comment == "我没说"
    assert filler.appeals == ()  # an appeal belongs to its own finding only
    assert store.browse.appeal(EVERY_CALL, appeal_id).agent_id == "8001"


def test_rejecting_an_appealed_finding_upholds_the_appeal_on_its_record(store, stored):
    taboo = by_kind(store)["forbidden_phrase"]
    appeal_id = store.reviews.file_appeal(taboo, "agent_a", "我没说")
    assert store.reviews.decide(taboo, "rejected", "qa1", "") == [appeal_id]
    taboo = by_kind(store)["forbidden_phrase"]
    assert taboo.open_appeal is None and taboo.appeals[0].status == "upheld" and taboo.decision == "rejected"


def test_the_exports_findings_say_where_each_stands(store, stored, config):
    store.reviews.decide(by_kind(store)["filler"], "rejected", "qa1", "")
    standing = {f.finding.kind: f.standing for f in store.findings_for(["R1"], config.scoring)["R1"]}
    assert standing == {"forbidden_phrase": "deducted", "filler": "rejected"}
    assert {f.standing for f in store.findings_for(["R1"])["R1"]} == {""}  # without scoring: not worked out


def test_a_rerun_compares_how_the_call_was_stored(store, stored):
    was = store.stored_run("R1")
    assert (was.status, was.audio_sha256, was.ruleset_version) == ("done", "a" * 64, stored.ruleset_version)
    assert store.stored_run("nope") is None
    assert store.call_ids(status="done") == ["R1"] and store.call_ids(["nope"]) == []
