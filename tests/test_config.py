import pytest

from qa_pipeline.config import load_config, load_ruleset
from qa_pipeline.errors import ConfigError


def test_default_config_loads_into_typed_objects(config):
    assert config.asr.backend == "faster-whisper"
    assert config.asr.model == "embedded"
    assert config.asr.language == "zh"
    assert config.audio.channel_layout == "agent_left"
    kinds = {r.kind for r in config.ruleset_for("default").enabled()}
    assert {"missing_greeting", "missing_closing"} <= kinds


def test_unknown_key_is_refused_with_its_name(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("asr:\n  beam: 5\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown key.*beam"):
        load_config(path)


def test_bad_channel_layout_is_refused(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("audio:\n  channel_layout: sideways\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="channel_layout"):
        load_config(path)


def test_ruleset_extends_base_and_overrides_one_key(tmp_path):
    base = (load_config().ruleset_for("default"))
    rulesets = tmp_path / "rulesets"
    rulesets.mkdir()
    from qa_pipeline.config import default_config_dir

    (rulesets / "base.yaml").write_text((default_config_dir() / "rulesets" / "base.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    (rulesets / "cards.yaml").write_text("extends: base\nversion: cards-1\nrules:\n  missing_closing:\n    enabled: false\n", encoding="utf-8")
    cards = load_ruleset("cards", tmp_path)
    assert cards.version.startswith("cards-1+")
    enabled = [r.rule_id for r in cards.enabled()]
    assert "missing_closing" not in enabled and "missing_greeting" in enabled
    assert len(enabled) == len(base.enabled()) - 1
    greeting = next(r for r in cards.rules if r.rule_id == "missing_greeting")
    assert greeting == next(r for r in base.rules if r.rule_id == "missing_greeting")


def test_version_changes_when_rule_content_changes(tmp_path):
    rulesets = tmp_path / "rulesets"
    rulesets.mkdir()
    (rulesets / "a.yaml").write_text("version: v1\nrules:\n  missing_greeting:\n    weight: 5\n    elements: {g: [您好]}\n", encoding="utf-8")
    first = load_ruleset("a", tmp_path).version
    (rulesets / "a.yaml").write_text("version: v1\nrules:\n  missing_greeting:\n    weight: 6\n    elements: {g: [您好]}\n", encoding="utf-8")
    assert load_ruleset("a", tmp_path).version != first


def test_the_example_business_line_changes_only_what_it_says(config):
    from conftest import transcript, utt
    from qa_pipeline.config import default_config_dir
    from qa_pipeline.rules import compile_ruleset

    cards = load_ruleset("bank_cards", default_config_dir())
    base = config.ruleset_for("default")
    by_id = {r.rule_id: r for r in cards.rules}
    assert not by_id["dead_air"].enabled and by_id["missing_closing"].weight == 5
    assert by_id["missing_closing"].params == next(r for r in base.rules if r.rule_id == "missing_closing").params
    assert by_id["disclosure_taboo"].kind == "forbidden_phrase" and by_id["disclosure_taboo"].severity == "fatal"
    promise = transcript(utt("agent", 0.5, 4.0, "您好，请问有什么可以帮您？"), utt("customer", 4.5, 6.0, "我想办一张卡。"),
                         utt("agent", 6.5, 9.0, "您放心，肯定能批的。"))
    found = compile_ruleset(cards).run(promise)
    assert "disclosure_taboo" in {f.rule_id for f in found}
    assert "disclosure_taboo" not in {f.rule_id for f in compile_ruleset(base).run(promise)}


@pytest.mark.parametrize("settings, message", [
    ("scorng:\n  start: 100\n", r"unknown section\(s\) scorng"),
    ("intake:\n  extensions: wav\n", r"intake\.extensions: expected a list of text, got 'wav'"),
    ("vad:\n  threshold: high\n", r"vad\.threshold: expected a number, got 'high'"),
    ("asr:\n  batch_size: four\n", r"asr\.batch_size: expected a whole number, got 'four'"),
    ("scoring:\n  review_below_confidence: lots\n", r"scoring\.review_below_confidence: expected a number, got 'lots'"),
    ("asr:\n  model: /nonexistent\n", r"asr\.model: '/nonexistent' is neither a model directory nor a model name"),
    ("vad:\n  threshold: 3\n", r"vad\.threshold must be between 0 and 1"),
    ("vad:\n  restart_s: 0\n", r"vad\.restart_s must be at least 1"),
    ("scoring:\n  grades: [[90, 优秀], [high, 合格]]\n", r"scoring\.grades: expected a list of \[a number, text\], got"),
    ("audio: mono\n", r"audio: expected a mapping"),
])
def test_bad_settings_are_refused_at_load_with_file_key_and_expected_type(tmp_path, settings, message):
    path = tmp_path / "settings.yaml"
    path.write_text(settings, encoding="utf-8")
    with pytest.raises(ConfigError, match=message) as info:
        load_config(path)
    assert str(path) in str(info.value) and "\n" not in str(info.value)


def rulesets_beside(tmp_path, body: str):
    (tmp_path / "rulesets").mkdir()
    (tmp_path / "rulesets" / "mine.yaml").write_text(body, encoding="utf-8")
    (tmp_path / "settings.yaml").write_text("rules:\n  ruleset: mine\n", encoding="utf-8")
    return tmp_path / "settings.yaml"


def test_rule_sets_are_found_beside_the_given_config(tmp_path):
    path = rulesets_beside(tmp_path, "extends: base\nversion: mine-1\nrules:\n  dead_air:\n    enabled: false\n")
    config = load_config(path)
    assert config.ruleset_for("default").version.startswith("mine-1+")
    assert "dead_air" not in {r.rule_id for r in config.ruleset_for("default").enabled()}


@pytest.mark.parametrize("rule, message", [
    ("weight: ten", r"rules\.fast_speech\.weight: expected a number, got 'ten'"),
    ("max_cpm: fast", r"rules\.fast_speech\.max_cpm: expected a number, got 'fast'"),
    ("max_cmp: 280", r"rules\.fast_speech: unknown key\(s\) max_cmp for kind fast_speech"),
    ("thanks: [谢谢]", r"unknown key\(s\) thanks for kind fast_speech"),  # a key of another kind
    ("enabled: maybe", r"rules\.fast_speech\.enabled: expected true or false"),
])
def test_bad_rule_settings_are_refused_naming_the_rule_file_and_key(tmp_path, rule, message):
    path = rulesets_beside(tmp_path, f"extends: base\nrules:\n  fast_speech:\n    {rule}\n")
    with pytest.raises(ConfigError, match=message) as info:
        load_config(path)
    assert str(tmp_path / "rulesets" / "mine.yaml") in str(info.value)


def test_a_typo_in_a_rules_parameter_is_refused_not_ignored(tmp_path):
    path = rulesets_beside(tmp_path, "extends: base\nrules:\n  missing_greeting:\n    requird: [greeting]\n")
    with pytest.raises(ConfigError, match=r"rules\.missing_greeting: unknown key\(s\) requird .*known: .*required"):
        load_config(path)


def test_every_shipped_rule_set_passes_its_own_checks(config):
    from qa_pipeline.config import default_config_dir

    for path in (default_config_dir() / "rulesets").glob("*.yaml"):
        assert load_ruleset(path.stem, default_config_dir()).rules


def test_typed_checks_converts_and_defaults_every_declared_field():
    from dataclasses import dataclass

    from qa_pipeline.config import param, typed

    @dataclass(frozen=True)
    class Section:
        words: tuple[str, ...] = param((), accepts=tuple[str, ...], convert=lambda xs: tuple(x.upper() for x in xs))
        limit: float | None = 3.0

    assert typed(Section, {"words": ["a", "b"]}, "s") == Section(("A", "B"), 3.0)
    assert typed(Section, {"limit": None}, "s") == typed(Section, None, "s") == Section()  # null: the default
    with pytest.raises(ConfigError, match=r"^s: unknown key\(s\) word; known: words, limit$"):
        typed(Section, {"word": ["a"]}, "s")
    with pytest.raises(ConfigError, match=r"^s\.words: expected a list of text, got 'a'$"):
        typed(Section, {"words": "a"}, "s")


def test_the_time_zone_is_an_iana_name_checked_at_load(tmp_path, config):
    assert config.intake.time_zone == "Asia/Shanghai" and str(config.intake.zone) == "Asia/Shanghai"
    path = tmp_path / "bad.yaml"
    path.write_text("intake:\n  time_zone: Beijing\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="intake.time_zone: unknown time zone 'Beijing'"):
        load_config(path)
