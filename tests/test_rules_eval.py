"""rules eval: precision, recall and F1 against truth files, at call and event level."""

import json

import pytest

from qa_pipeline.errors import BadInput
from qa_pipeline.records import Finding
from qa_pipeline.rules.evaluate import DEFAULT_LABELLED, NONE, TruthCall, TruthEvent, evaluate, load_truth


def finding(kind, start, end):
    return Finding(kind, kind, "minor", start, end, "", 0.9)


LABELLED = frozenset({"filler", "long_hold", "dead_air"})
TRUTHS = [
    TruthCall("A", (TruthEvent("filler", 5.0, 5.3), TruthEvent("filler", 20.0, 20.4), TruthEvent("long_hold", 30, 70)), LABELLED),
    TruthCall("B", (), LABELLED),
    TruthCall("C", (TruthEvent("dead_air", 10, 17),), frozenset({"filler", "long_hold"})),  # dead_air not labelled here
]


def test_event_and_call_level_counts():
    found = {
        "A": [finding("filler", 5.1, 5.2), finding("filler", 40.0, 40.3), finding("long_hold", 30.2, 69.8)],
        "B": [finding("long_hold", 10, 50)],
        "C": [finding("dead_air", 3, 9)],
    }
    report = evaluate(TRUTHS, found)
    filler = report.kind("filler")
    assert (filler.events.tp, filler.events.fn, filler.events.fp) == (1, 1, 1)  # one found, one missed, one false
    assert filler.events.precision == 0.5 and filler.events.recall == 0.5
    assert (filler.calls.tp, filler.calls.fp, filler.calls.fn) == (1, 0, 0)
    hold = report.kind("long_hold")
    assert (hold.calls.tp, hold.calls.fp) == (1, 1) and hold.calls.precision == 0.5
    # C does not label dead_air, so its dead_air finding is neither right nor wrong
    assert report.kind("dead_air").n_findings == 0 and report.kind("dead_air").n_calls == 2


def test_confusion_names_what_was_there_instead():
    found = {"A": [finding("dead_air", 30.0, 36.0), finding("long_hold", 30.0, 70.0)], "B": [], "C": []}
    report = evaluate(TRUTHS, found)
    assert report.confusion[("dead_air", "long_hold")] == 1   # dead air reported inside a long hold
    assert report.confusion[(NONE, "filler")] == 2             # both tics missed


def test_slack_decides_how_near_a_finding_must_be():
    found = {"A": [finding("filler", 21.5, 21.8)], "B": [], "C": []}
    assert evaluate(TRUTHS, found, slack=1.0).kind("filler").events.tp == 0
    assert evaluate(TRUTHS, found, slack=2.0).kind("filler").events.tp == 1


def test_calls_missing_from_the_findings_are_listed_not_scored():
    report = evaluate(TRUTHS, {"A": []})
    assert report.missing == ("B", "C") and report.kind("filler").n_calls == 1


def test_truth_files_load_with_their_labelled_kinds(tmp_path):
    (tmp_path / "x.truth.json").write_text(json.dumps({"call_id": "X", "events": [
        {"kind": "filler", "start_s": 1, "end_s": 2, "detail": "嗯"}]}), encoding="utf-8")
    (tmp_path / "y.truth.json").write_text(json.dumps({"call_id": "Y", "events": [],
                                                       "labelled_kinds": ["dead_air"]}), encoding="utf-8")
    x, y = load_truth(tmp_path)
    assert x.labelled == frozenset(DEFAULT_LABELLED) and x.events == (TruthEvent("filler", 1.0, 2.0),)
    assert y.labelled == {"dead_air"}


def test_a_broken_truth_file_is_named(tmp_path):
    bad = tmp_path / "bad.truth.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(BadInput, match="bad.truth.json"):
        load_truth(tmp_path)


def test_findings_sent_to_review_are_not_counted_as_flags():
    unsure = Finding("filler", "filler", "minor", 40.0, 40.3, "", 0.3)
    found = {"A": [finding("filler", 5.1, 5.2), unsure], "B": [], "C": []}
    assert evaluate(TRUTHS, found).kind("filler").events.fp == 1
    report = evaluate(TRUTHS, found, min_confidence=0.5)
    assert report.kind("filler").events.fp == 0 and report.held == {"filler": 1}


def test_the_share_of_clean_calls_sent_to_review_and_macro_f1_are_reported():
    unsure = Finding("filler", "filler", "minor", 3.0, 3.2, "", 0.3)
    found = {"A": [finding("filler", 5.1, 5.2)], "B": [unsure], "C": []}
    report = evaluate(TRUTHS, found, min_confidence=0.5)
    assert (report.clean_calls, report.clean_to_review) == (1, 1)  # B is clean, and its unsure finding parks it
    f1s = [k.calls.f1 for k in report.kinds if k.calls.f1 is not None]
    assert report.macro_f1() == pytest.approx(sum(f1s) / len(f1s))


def test_a_kind_to_be_found_that_nothing_found_scores_zero_in_the_macro():
    # set 28: both missing closings went unflagged and no closing was flagged anywhere; precision is
    # undefined, but the kind failed, and leaving it out raised the macro F1 from 0.81 to 0.92
    report = evaluate(TRUTHS, {"A": [finding("filler", 5.1, 5.2)], "B": [], "C": []})
    long_hold = next(k for k in report.kinds if k.kind == "long_hold")
    assert long_hold.calls.f1 == 0.0 and long_hold.events.f1 == 0.0
    dead_air = next(k for k in report.kinds if k.kind == "dead_air")
    assert dead_air.calls.f1 is None  # nothing labelled to find and nothing found: no figure
