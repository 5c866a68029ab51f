"""Rule parameters: declared once per kind (name, type, default), loaded like every config section."""

import dataclasses

import pytest

from qa_pipeline.config import RuleConfig, load_config
from qa_pipeline.errors import ConfigError
from qa_pipeline.rules import _KINDS, KINDS, compile_ruleset, rule_params
from qa_pipeline.rules.phrases import HeardText


def params_of(kind, **params):
    return rule_params(RuleConfig("r", kind, params=params))


@pytest.mark.parametrize("kind", KINDS)
def test_every_parameter_of_every_kind_has_a_default(kind):
    declared = [f for f in dataclasses.fields(_KINDS[kind].params) if f.init]
    keys = _KINDS[kind].keys or [f.name for f in declared]
    missing = [f.name for f in declared if f.name in keys
               and f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING]
    assert not missing


def test_an_absent_parameter_takes_its_declared_default():
    pace = params_of("fast_speech", max_cpm=280)
    assert pace.max_cpm == 280
    assert (pace.call_max_cpm, pace.min_chars, pace.baseline_min_calls, pace.implausible_cpm) == (None, 12, 20, 520.0)
    hold = params_of("unannounced_hold")
    assert (hold.min_s, hold.lookback_s, hold.similarity, hold.announce) == (30.0, 15.0, 0.8, ())


def test_null_takes_the_default_so_a_rule_set_can_undo_what_it_extends():
    assert params_of("long_hold", min_s=None).min_s == 30.0


def test_a_default_is_used_at_load_for_a_key_the_rule_set_leaves_out(tmp_path):
    (tmp_path / "rulesets").mkdir()
    (tmp_path / "rulesets" / "mine.yaml").write_text(
        "rules:\n  fast_speech:\n    scope: {role: agent}\n    min_chars: 8\n", encoding="utf-8")
    (tmp_path / "settings.yaml").write_text("rules:\n  ruleset: mine\n", encoding="utf-8")
    (_, params, _), = compile_ruleset(load_config(tmp_path / "settings.yaml").ruleset_for("default")).checks
    assert params.min_chars == 8 and params.max_cpm == 300.0


def test_values_written_as_text_are_read_as_what_the_check_needs():
    hold = params_of("unannounced_hold", announce=("请稍等",), min_s=12)
    assert [p.text for p in hold.announce] == ["请稍等"] and hold.announce[0].variants
    filler = params_of("filler", tics=("嗯", "那個"), heard_as={"嗯": ("恩",)}, strict=("嗯",))
    assert filler.tics == ("嗯", "那个") and filler.strict == frozenset({"嗯"})  # normalised: Simplified
    assert dict(filler.forms) == {"嗯": "嗯", "那个": "那个", "恩": "嗯"}
    script = params_of("missing_greeting", elements={"greeting": ("您好",), "agent_id": ("工号",)},
                       patterns={"agent_id": ("[号][0-9]{3,}",)})
    assert script.min_elements == 2  # default: every element
    shape = script.patterns["agent_id"][0]
    assert shape.search(HeardText.of("工号8001")) == (1, 6)
    assert shape.search(HeardText.of("工浩8001")) == (1, 6)  # …and over the sounds: 浩 is read hao
    assert shape.search(HeardText.of("工作8001")) is None


@pytest.mark.parametrize("kind, params, message", [
    ("fast_speech", {"max_cpm": "fast"}, r"^rules\.r\.max_cpm: expected a number, got 'fast'$"),
    ("filler", {"min_count": 2.5}, r"^rules\.r\.min_count: expected a whole number, got 2\.5$"),
    ("unannounced_hold", {"announce": "请稍等"}, r"^rules\.r\.announce: expected a list of text, got '请稍等'$"),
    ("forbidden_phrase", {"families": {"rude": "滚"}}, r"^rules\.r\.families: expected a mapping of name → list of text"),
    ("long_hold", {"thanks": ("谢谢",)}, r"^rules\.r: unknown key\(s\) thanks for kind long_hold; known: .*max_s, min_s$"),
    ("missing_greeting", {"elements": {"greeting": ("您好",)}, "patterns": {"greeting": ("[",)}},
     r"^rules\.r\.patterns: bad pattern: unterminated character set"),
    ("missing_greeting", {"elements": {"greeting": ("您好",)}, "required": ("company",)},
     r"^rules\.r: required names unknown element\(s\): company$"),
    ("repeated_question", {}, r"^rules\.r: needs at least one entry under slots$"),
])
def test_a_wrong_value_is_refused_in_one_line_naming_the_rule_the_key_and_the_type(kind, params, message):
    with pytest.raises(ConfigError, match=message):
        params_of(kind, **params)
