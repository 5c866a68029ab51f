"""The review queue ranks what a specialist should hear first."""

from qa_pipeline.records import Call, CallScore, Prediction, StoredCall
from qa_pipeline.scoring.review import review_queue

FAIL = ("不合格",)


def row(call_id, grade="合格", p_fail=None, needs_review=False, fatal=False):
    """A stored scored call; with ``p_fail``, a classifier's view of it."""
    prediction = None if p_fail is None else Prediction("合格", p_fail, "", (), "test")
    return StoredCall(Call(call_id, "x.wav", "8001"), "done", score=CallScore(80.0, grade, fatal, needs_review),
                      prediction=prediction)


def test_disagreement_comes_before_uncertainty_before_unclear_speech():
    queue = review_queue([row("sure", p_fail=0.05), row("unclear", p_fail=0.1, needs_review=True),
                          row("unsure", p_fail=0.45), row("contradicted", p_fail=0.92)], FAIL)
    assert [q.call_id for q in queue] == ["contradicted", "unsure", "unclear"]
    assert "scorecard 合格" in queue[0].reasons[0]


def test_a_failed_call_the_classifier_agrees_with_is_not_queued_unless_fatal():
    assert review_queue([row("agreed", grade="不合格", p_fail=0.95)], FAIL) == []
    assert [q.call_id for q in review_queue([row("fatal", grade="不合格", p_fail=0.95, fatal=True)], FAIL)] == ["fatal"]


def test_without_a_model_only_unclear_speech_and_fatal_items_queue():
    queue = review_queue([row("plain"), row("held", needs_review=True)], FAIL)
    assert [q.call_id for q in queue] == ["held"]


def test_failing_grades_are_the_scorecards_lowest_then_the_models_each_once():
    from qa_pipeline.config import ScoringConfig
    from qa_pipeline.scoring.review import fail_grades

    assert fail_grades(ScoringConfig()) == ("不合格",)
    assert fail_grades(ScoringConfig(), ("合格", "不合格")) == ("不合格", "合格")


def test_the_active_models_failing_grades_are_read_from_its_card_without_loading_it(tmp_path):
    from qa_pipeline.scoring.model_store import active_fail_grades, active_model

    assert active_fail_grades(tmp_path) == active_model(tmp_path).fail_grades == ("不合格",)  # the default model
