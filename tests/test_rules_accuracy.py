"""Rule accuracy on the generated evaluation set: real ASR output, labelled defects.

data/eval holds what the embedded model heard on 48 generated calls that differ from the
samples (companies, phrasings, voices, tempo, noise, hold audio). The floors sit a little
under the measured figures, so a rule change that costs accuracy fails here.
"""

from pathlib import Path

import pytest

from qa_pipeline import pipeline
from qa_pipeline.export import read_transcripts

EVAL = Path(__file__).resolve().parents[1] / "data" / "eval"


@pytest.fixture(scope="module")
def report(config):
    return pipeline.evaluate_rules(config, EVAL / "truth", read_transcripts(EVAL / "transcripts.jsonl.gz"))


def test_every_labelled_call_is_evaluated(report):
    assert not report.missing and all(k.n_calls == 48 for k in report.kinds if k.n_events)


def test_overall_precision_and_recall_clear_their_floors(report):
    calls, events = report.micro()
    assert calls.precision >= 0.9 and calls.recall >= 0.85, calls
    assert events.precision >= 0.88 and events.recall >= 0.7, events


@pytest.mark.parametrize("kind", ["missing_greeting", "missing_closing", "forbidden_phrase", "filler", "fast_speech",
                                  "long_hold", "unannounced_hold", "missing_hold_thanks", "interruption", "dead_air",
                                  "repeated_question"])
def test_each_kind_is_found_at_call_level(report, kind):
    score = report.kind(kind)
    assert score.calls.f1 is not None and score.calls.f1 >= 0.75, score


HELDOUT = Path(__file__).resolve().parents[1] / "data" / "heldout"


@pytest.fixture(scope="module")
def heldout(config):
    return pipeline.evaluate_rules(config, HELDOUT / "truth", read_transcripts(HELDOUT / "transcripts.jsonl.gz"),
                                   slack=3.0)


def test_tics_whisper_left_out_of_its_text_are_found_in_the_sound(heldout):
    """Set 1's six 嗯/啊/呃 are all missing from Whisper's text (four voices the rules had not heard);
    the short sounds alone that the ASR stage keeps find most of them, with no false call. (The
    thresholds were set with this set in view: README gives the blind figure.)"""
    filler = heldout.kind("filler")
    assert filler.events.recall >= 0.66, filler
    assert filler.calls.precision == 1.0, filler
