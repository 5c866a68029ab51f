from dataclasses import replace

from qa_pipeline.config import RuleConfig, RuleSet, ScoringConfig
from qa_pipeline.records import Finding
from qa_pipeline.scoring import score_call

RULES = RuleSet("t", "t-1", (
    RuleConfig("missing_greeting", "missing_greeting", weight=10, max_deduction=10),
    RuleConfig("filler", "filler", weight=2, max_deduction=5, severity="minor"),
    RuleConfig("forbidden_phrase", "forbidden_phrase", weight=20, severity="fatal"),
))
CONFIG = ScoringConfig()


def finding(rule_id, confidence=0.9):
    kind = next(r.kind for r in RULES.rules if r.rule_id == rule_id)
    return Finding(rule_id, kind, "major", 1.0, 2.0, "…", confidence)


def test_a_rules_finding_carries_its_id_kind_and_severity_rounded_once():
    rule = RULES.rules[2]
    f = Finding.of(rule, 1 / 3, 2.00049, confidence=0.87654, detail="why")
    assert (f.rule_id, f.kind, f.severity) == ("forbidden_phrase", "forbidden_phrase", "fatal")
    assert (f.start_s, f.end_s, f.confidence, f.text, f.detail) == (0.333, 2.0, 0.877, "", "why")


def test_clean_call_keeps_full_marks():
    s = score_call([], RULES, CONFIG)
    assert (s.score, s.grade, s.fatal, s.needs_review, s.deductions) == (100.0, "优秀", False, False, ())


def test_each_finding_deducts_its_weight_up_to_the_cap():
    s = score_call([finding("missing_greeting"), finding("filler"), finding("filler"), finding("filler")], RULES, CONFIG)
    assert s.score == 100 - 10 - 5  # three fillers would be 6, capped at 5
    assert {d.rule_id: d.points for d in s.deductions} == {"filler": 5, "missing_greeting": 10}
    assert s.grade == "合格"


def test_fatal_finding_zeroes_the_call():
    s = score_call([finding("forbidden_phrase")], RULES, CONFIG)
    assert s.score == 0 and s.fatal and s.grade == "不合格"


def test_low_confidence_finding_is_held_for_review_not_deducted():
    s = score_call([finding("missing_greeting", confidence=0.3)], RULES, CONFIG)
    assert s.score == 100 and s.needs_review
    assert s.deductions[0].needs_review == 1 and s.deductions[0].count == 0


def test_low_confidence_can_be_deducted_when_configured():
    s = score_call([finding("missing_greeting", confidence=0.3)], RULES, replace(CONFIG, deduct_low_confidence=True))
    assert s.score == 90


def test_low_confidence_fatal_does_not_zero_the_call():
    s = score_call([finding("forbidden_phrase", confidence=0.2)], RULES, CONFIG)
    assert s.score == 100 and not s.fatal and s.needs_review
