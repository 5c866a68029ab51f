"""Phrase matching must survive the homophones Whisper writes on telephone audio."""

import pytest

from qa_pipeline.rules.phrases import HeardText, Phrase, find_phrase


@pytest.mark.parametrize(
    "heard, phrase",
    [
        ("工号8001为您服务", "工号"),
        ("供好8001位您服务", "工号"),  # 工号 → 供好
        ("公号8001", "工号"),
        ("供好8001位您服务", "为您服务"),  # 为 → 位
        ("你听不懂骂", "你听不懂吗"),  # 吗 → 骂
        ("您好歡迎致電", "欢迎致电"),  # Traditional output
        ("请问有什么可以帮你", "请问有什么可以帮您"),  # one syllable off
        ("請問還有什麼可以幫您的嗎", "请问还有什么可以帮您"),
    ],
)
def test_phrase_is_found_despite_asr_errors(heard, phrase):
    assert find_phrase(HeardText.of(heard), Phrase.of(phrase)) is not None


@pytest.mark.parametrize(
    "heard, phrase",
    [
        ("今天天气不错", "为您服务"),
        ("我想查一下账单", "请问有什么可以帮您"),
        ("好的", "感谢您的来电"),
        ("再说一遍", "再见"),
    ],
)
def test_unrelated_text_does_not_match(heard, phrase):
    assert find_phrase(HeardText.of(heard), Phrase.of(phrase)) is None


def test_exact_match_reports_its_span_and_full_similarity():
    heard = HeardText.of("您好，欢迎致电南方燃气")
    match = find_phrase(heard, Phrase.of("欢迎致电"))
    assert (match.start, match.end, match.similarity) == (2, 6, 1.0)
    assert heard.chars[match.start : match.end] == "欢迎致电"


def test_heteronyms_count_every_reading():
    # 还 reads hai or huan; the phrase 还款 needs huan. Heard text with 还 must match it.
    assert find_phrase(HeardText.of("我要还款"), Phrase.of("还款")).similarity == 1.0
    assert find_phrase(HeardText.of("我要环款"), Phrase.of("还款")).similarity == 1.0


@pytest.mark.parametrize("heard, phrase", [
    ("线路正在检修", "再见"),  # zai jian across two words
    ("征在减修预计今天恢复", "再见"),
    ("这个我们不是很清楚", "稍等"),
])
def test_short_phrase_is_not_heard_across_word_boundaries(heard, phrase):
    assert find_phrase(HeardText.of(heard), Phrase.of(phrase)) is None


def test_short_phrase_said_as_a_word_still_matches_by_sound():
    assert find_phrase(HeardText.of("好的，在见。"), Phrase.of("再见")) is not None
    assert find_phrase(HeardText.of("供好8001"), Phrase.of("工号")) is not None


def test_a_rare_reading_needs_a_character_in_common():
    # 见 may be read xian, so 在线 "sounds like" 再见; 环款 shares 款 with 还款 and stays a match
    assert find_phrase(HeardText.of("您可以在线办理。"), Phrase.of("再见")) is None
    assert find_phrase(HeardText.of("我要环款"), Phrase.of("还款")) is not None


# --- Shapes: regular expressions over the characters and over their sounds ---------------------------

from qa_pipeline.rules.phrases import Shape  # noqa: E402


@pytest.mark.parametrize("expression, heard, span", [
    ("为您(?:解答|效劳)", "我为您消劳吧", (1, 5)),       # 效→消: the same syllables, other characters
    ("爱(.)不\\1", "爱卖不买", (0, 4)),                  # a back-reference compares sounds too
    ("^[\u4e00-\u9fff]{1,3}[好号]", "上午浩", (0, 3)),   # a class of any character, then 好 read hao
    ("请问.{0,4}什么", "请问有神么事", (0, 5)),
])
def test_a_shape_matches_the_same_sounds_in_other_characters(expression, heard, span):
    assert Shape.of(expression).search(HeardText.of(heard)) == span


@pytest.mark.parametrize("expression, heard", [
    ("为您(?:解答|效劳)", "为您小心"), ("爱(.)不\\1", "爱卖不来"), ("(?<![是的我])客服", "我是客服"),
])
def test_a_shape_does_not_match_other_sounds(expression, heard):
    assert Shape.of(expression).search(HeardText.of(heard)) is None


def test_a_shape_reports_each_span_once_when_characters_and_sounds_both_match():
    assert list(Shape.of("效劳").spans(HeardText.of("为您效劳，为您消劳"))) == [(2, 4), (6, 8)]


@pytest.mark.parametrize("heard, phrase, bar", [
    ("让您久坐了", "让您久等了", 0.8),  # one syllable in five: exactly 0.8
    ("让您九坐马", "让您久等了", 0.6),  # two in five: exactly 0.6
    ("库您后这", "让您久候了", 0.4),  # two of five in four: exactly 0.4
])
def test_a_phrase_exactly_as_similar_as_the_bar_is_found(heard, phrase, bar):
    """"Similarity ≥ the bar": rapidfuzz's own cutoff leaves out a score equal to it (1 − k/n)."""
    match = find_phrase(HeardText.of(heard), Phrase.of(phrase), bar)
    assert match is not None and match.similarity == pytest.approx(bar)
