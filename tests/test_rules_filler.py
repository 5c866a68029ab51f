"""filler: verbal tics by the agent, told apart from words and backchannels."""

import pytest

from conftest import transcript, utt
from qa_pipeline.rules import compile_ruleset, rule_params
from qa_pipeline.rules.filler import tics_in


@pytest.fixture(scope="module")
def rules(config):
    return compile_ruleset(config.ruleset_for("default"))


@pytest.fixture(scope="module")
def params(config):
    rule = next(r for r in config.ruleset_for("default").rules if r.kind == "filler")
    return rule_params(rule)


def tics(text, params):
    return [t for _, _, t in tics_in(text, params)]


@pytest.mark.parametrize("text, expected", [
    ("嗯，就是，请您提供一下燃气户号。", ["嗯", "就是"]),
    ("那个我们已经为您登记了报修。", ["那个"]),          # comma dropped by ASR: 那个 + pronoun
    ("好的，嗯，请您先关闭总阀门。", ["嗯"]),
    ("恩，您稍等。", ["嗯"]),                            # 嗯 written as 恩
    ("呃，这个，您的账单已经出了。", ["呃", "这个"]),
    ("就是说，这个业务要本人办理。", ["就是说"]),
])
def test_clause_opening_tics_are_counted(params, text, expected):
    assert tics(text, params) == expected


@pytest.mark.parametrize("text", [
    "那个问题已经帮您处理了。",         # demonstrative before a noun
    "您的额度已经提升到两万元。",       # 额度 is a word
    "好的啊，没问题。",                 # clause-final particle
    "这个业务可以在网上办理。",
    "嗯。",                             # a backchannel
    "嗯，好的。",
    "请问还有什么可以帮您？",
])
def test_words_and_backchannels_are_not_tics(params, text):
    assert tics(text, params) == []


AGENT_LINES = ["嗯，就是，请您提供一下户号。", "好的，那个我们已经为您登记了。", "就是，请您先关闭阀门。",
               "嗯，师傅会在下午上门。"]


def call(lines, layout="agent_left"):
    parts, t = [], 0.5
    for line in lines:
        parts.append(utt("agent", t, t + 4.0, line))
        parts.append(utt("customer", t + 4.5, t + 6.0, "好的，谢谢。"))
        t += 6.5
    return transcript(*parts, layout=layout)


def test_a_habit_of_tics_is_flagged_one_finding_per_tic_with_its_time(rules):
    found = [f for f in rules.run(call(AGENT_LINES)) if f.kind == "filler"]
    assert [f.text for f in found] == ["嗯", "就是", "那个", "就是", "嗯"]
    first = found[0]
    assert 0.5 <= first.start_s < first.end_s <= 1.5  # 嗯 opens the first turn
    assert "per minute" in first.detail


def test_an_occasional_discourse_filler_is_not_a_habit(rules):
    lines = ["那个，请您提供一下户号。", "好的，已经为您登记了。", "请您先关闭阀门。", "师傅会在下午上门。"]
    assert [f for f in rules.run(call(lines)) if f.kind == "filler"] == []


def test_every_clause_initial_en_or_a_breaks_the_code(rules):
    """Issue 11, pattern 3: the codes say no 嗯/啊 at all; one turn with two tics is two findings."""
    lines = ["嗯，我这边看到您，啊，本月用电量比上月增加了一倍。", "好的，已经为您登记了。", "请您先关闭阀门。"]
    found = [f for f in rules.run(call(lines)) if f.kind == "filler"]
    assert [f.text for f in found] == ["嗯", "啊"] and all(f.confidence >= 0.5 for f in found)


def test_a_word_whisper_heard_is_not_a_tic_because_it_starts_like_one(rules):
    """恩人 (Whisper's spelling of something) is a word: alone, it is not counted as 嗯."""
    t = call(["恩人我们的客服工作时间是每天早上八点。", "好的，已经为您登记了。"])
    assert [f for f in rules.run(t) if f.kind == "filler"] == []
    t = call(["嗯我们的客服工作时间是每天早上八点。", "好的，已经为您登记了。"])
    assert [f.text for f in rules.run(t) if f.kind == "filler"] == ["嗯"]
