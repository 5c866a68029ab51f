"""filler: verbal tics by the agent, told apart from words and backchannels."""

import dataclasses
from types import MappingProxyType

import pytest

from conftest import spoken, transcript, utt
from qa_pipeline.records import Island, Separation, SpeechSpan, Word
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
    ("阿，我这边帮您查一下。", ["啊"]),                  # 啊 written as 阿, a clause of its own
    ("Ah，一款套餐是五十元。", ["啊"]),                  # … or in Latin letters
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
    "阿姨都经过健康体检和背景审核。",   # 阿, as Whisper writes 啊, is the word 阿姨's first character here (set 8 on mono)
    "爱好可以填在备注里。",
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


def test_a_tic_whisper_barely_heard_goes_to_review_not_deduction(rules):
    """Set 4 (post hoc): 「啊,」 written at 0.04 before the agent's 好的 — noise on the line or the
    onset of the word as likely as a tic. One heard at 0.4 is still deducted."""
    def with_a(p):
        t = call(["好的，已经为您登记了。", "请您先关闭阀门。"])
        first = spoken("agent", 0.5, 4.5, ("啊", p), ("，好的，师傅会在下午上门。", 0.9))
        return transcript(first, *t.utterances[1:])
    (unsure,) = [f for f in rules.run(with_a(0.04)) if f.kind == "filler"]
    assert unsure.confidence < 0.5 and "barely heard" in unsure.detail
    (sure,) = [f for f in rules.run(with_a(0.4)) if f.kind == "filler"]
    assert sure.confidence >= 0.5


def test_a_barely_heard_tic_over_a_syllable_alone_is_deducted(rules):
    """The text says 嗯 (at 0.11) and the sound says one syllable alone, voiced from its first frame,
    then a comma's pause: two kinds of evidence agree (sets 11, 12, 14, 16, post hoc). Without the
    sound it stays in review, and a hissing sound (a consonant: 是, 行) does not confirm it."""
    def heard(*islands):
        t = call(["好的，已经为您登记了。", "请您先关闭阀门。"])
        first = spoken("agent", 0.5, 4.5, ("嗯", 0.11), ("，师傅会在下午上门。", 0.9))
        return with_sounds(transcript(first, *t.utterances[1:]), *islands)
    (alone,) = fillers(rules, heard(lone_sound(0.5)))
    assert alone.confidence >= 0.5 and "barely heard" not in alone.detail
    (unheard,) = fillers(rules, heard())
    assert unheard.confidence < 0.5
    (hiss,) = fillers(rules, heard(dataclasses.replace(lone_sound(0.5), hiss_s=0.12)))
    assert hiss.confidence < 0.5
    (unvoiced,) = fillers(rules, heard(dataclasses.replace(lone_sound(0.5), voicing=0.3)))
    assert unvoiced.confidence < 0.5, "a click under it does not confirm it either"


# --- tics Whisper left out of its text, found in the sound (issue 11, pattern 3b) -------------------------------

def with_sounds(t, *islands):
    return dataclasses.replace(t, islands=tuple(islands))


def lone_sound(start, length=0.3, before=2.0, after=0.2, role="agent"):
    """A short burst alone, as ``audio.sound_islands`` records it: by default a held syllable's length."""
    return Island(role, start, round(start + length, 3), before, after)


def agent_turn_after_sound(sound_start=0.5, text="请您提供一下户号。", confidence=0.9):
    """An agent turn whose heard words start after a lone 0.3-s sound and its 0.2-s pause, said
    at an ordinary pace (0.25 s a syllable)."""
    start = sound_start + 0.5
    return call_from([utt("agent", start, start + 0.25 * len(text), text, confidence),
                      utt("customer", start + 3.5, start + 5.0, "好的。")])


def call_from(parts, layout="agent_left"):
    return transcript(*parts, layout=layout)


def fillers(rules, t):
    return [f for f in rules.run(t) if f.kind == "filler"]


def test_a_lone_sound_before_a_clause_that_no_heard_word_accounts_for_is_a_tic(rules):
    """「嗯，请您提供一下户号」 heard as 「请您提供一下户号」: the 嗯 is still a sound of its own, then a pause."""
    found = fillers(rules, with_sounds(agent_turn_after_sound(0.5), lone_sound(0.5)))
    assert len(found) == 1
    f = found[0]
    assert abs(f.start_s - 0.5) < 0.05 and f.end_s <= 0.85
    assert f.confidence >= 0.5, "deducted, not parked in review: the sound itself is the evidence"
    assert "嗯" in f.detail and "listen" in f.detail


def test_a_lone_sound_after_which_the_speaker_says_nothing_more_is_no_tic(rules):
    """Set 21 on mono (post hoc): the separation gave the customer's first syllable (不，/ 是的) to the
    agent, whose turn then seemed to end on a lone sound. A tic opens a clause of one's own: the
    speaker's words go on after it."""
    said = utt("agent", 0.5, 3.0, "好的，请您提供一下户号。")
    stretched = dataclasses.replace(said, end=3.8)  # Whisper's turn runs on past its last word
    t = call_from([stretched, utt("customer", 3.9, 5.5, "户号我看一下。")])
    assert fillers(rules, with_sounds(t, lone_sound(3.4, before=0.4))) == []
    # the same sound with the agent's words going on after it opens their next clause: a tic
    goes_on = call_from([stretched, utt("agent", 3.9, 5.5, "您稍等一下。"), utt("customer", 6.0, 7.0, "好。")])
    assert len(fillers(rules, with_sounds(goes_on, lone_sound(3.4, before=0.4)))) == 1


def test_a_lone_sound_that_a_heard_word_accounts_for_is_a_word(rules):
    """「好，请您…」: Whisper heard 好 inside the sound, so it was said, not a tic."""
    t = call_from([utt("agent", 0.5, 0.7, "好", 0.9), utt("agent", 0.9, 3.9, "请您提供一下户号。"),
                   utt("customer", 4.4, 6.0, "好的。")])
    assert fillers(rules, with_sounds(t, lone_sound(0.5))) == []


def test_a_word_whisper_was_unsure_of_does_not_account_for_the_sound(rules):
    """Whisper puts a half-heard tic under a low-probability word (呃 → 请, p 0.13, set 1)."""
    t = call_from([utt("agent", 0.5, 0.7, "请", 0.13), utt("agent", 0.9, 3.9, "您稍微等我一会儿。"),
                   utt("customer", 4.4, 6.0, "好的。")])
    (found,) = fillers(rules, with_sounds(t, lone_sound(0.5)))
    assert found.confidence >= 0.5


def test_a_sound_that_opens_with_a_hiss_is_a_word_not_a_tic(rules):
    """「行，就这样吧」 heard 「请就这样吧」 (请 at p 0.03, the samples' C0004 on an AMD CPU) reads in the
    text just as the tic above does; the sound itself tells them apart: 行's x hisses for 0.12 s
    before its vowel, while 嗯/啊/呃 are voiced from their first frame."""
    t = call_from([utt("agent", 0.5, 0.7, "请", 0.03), utt("agent", 1.0, 2.0, "就这样吧。"),
                   utt("customer", 4.4, 6.0, "好的。")])
    assert len(fillers(rules, with_sounds(t, lone_sound(0.5)))) == 1
    assert fillers(rules, with_sounds(t, dataclasses.replace(lone_sound(0.5), hiss_s=0.12))) == []


def test_a_sound_without_a_voice_s_pitch_is_a_key_or_a_click_not_a_tic(rules):
    """Set 42 (post hoc): keyboard clatter on the agent's desk between clauses made lone sounds
    Whisper wrote nothing for, as a dropped 嗯 does. A held 嗯/啊/呃 has a pitch through it
    (voicing 0.58-1.0 for every dropped tic found on sets 37-42); the keys had 0.27-0.33."""
    t = agent_turn_after_sound(0.5)
    assert len(fillers(rules, with_sounds(t, dataclasses.replace(lone_sound(0.5), voicing=0.6)))) == 1
    assert fillers(rules, with_sounds(t, dataclasses.replace(lone_sound(0.5), voicing=0.3))) == []


@pytest.mark.parametrize("sound, why", [
    (lone_sound(0.5, role="customer"), "the customer's sound"),
    (lone_sound(0.5, after=1.5), "nobody goes on after it: a word said alone, not a clause opener"),
    (lone_sound(0.5, after=0.05), "no pause after it: the first syllable of the clause itself"),
    (lone_sound(0.5, before=0.05), "no pause before it: inside a clause"),
    (lone_sound(0.5, length=0.9), "too long for a tic"),
])
def test_sounds_that_do_not_open_an_agent_clause_alone_are_not_tics(rules, sound, why):
    assert fillers(rules, with_sounds(agent_turn_after_sound(0.5), sound)) == [], why


def test_a_tic_heard_in_the_text_is_not_counted_again_from_its_sound(rules):
    t = call_from([utt("agent", 0.5, 3.9, "嗯，请您提供一下户号。"), utt("customer", 4.4, 6.0, "好的。")])
    assert [f.text for f in fillers(rules, with_sounds(t, lone_sound(0.5)))] == ["嗯"]


def test_a_backchannel_turn_is_listening_even_as_a_lone_sound(rules):
    t = call_from([utt("customer", 0.0, 3.0, "我家的燃气表坏了。"), utt("agent", 1.2, 1.4, "嗯"),
                   utt("agent", 3.5, 6.0, "请您提供一下户号。")])
    assert fillers(rules, with_sounds(t, lone_sound(1.2, after=0.3))) == []


def test_sounds_are_not_read_as_tics_on_one_mixed_channel(rules):
    """On mono a lone sound may be the customer's 嗯."""
    t = agent_turn_after_sound(0.5)
    assert fillers(rules, with_sounds(dataclasses.replace(t, layout="mono"), lone_sound(0.5, role="unknown"))) == []


def test_on_a_separated_mono_call_a_sound_counts_for_the_speaker_separation_gave_it(rules):
    """Separation gives each lone sound of the mix the speaker of its frames, and how sure that
    is: the agent's counts, as sure as its speaker (here held for review); one given to the
    customer does not."""
    stereo = fillers(rules, with_sounds(agent_turn_after_sound(0.5), lone_sound(0.5)))
    t = dataclasses.replace(agent_turn_after_sound(0.5), layout="mono", separation=Separation(1.0, "test"))
    found = fillers(rules, with_sounds(t, dataclasses.replace(lone_sound(0.5), speaker_confidence=0.8)))
    assert len(found) == len(stereo) == 1
    assert found[0].confidence == pytest.approx(stereo[0].confidence * 0.8, abs=0.002)
    assert fillers(rules, with_sounds(t, lone_sound(0.5, role="customer"))) == []


def test_sounds_count_only_where_the_code_forbids_en_a_e_outright(config):
    ruleset = config.ruleset_for("default")
    rule = next(r for r in ruleset.rules if r.kind == "filler")
    habits_only = dataclasses.replace(ruleset, rules=tuple(
        dataclasses.replace(r, params=MappingProxyType({**r.params, "strict": []})) if r is rule else r
        for r in ruleset.rules))
    t = with_sounds(agent_turn_after_sound(0.5), lone_sound(0.5))
    assert fillers(compile_ruleset(habits_only), t) == []


@pytest.mark.parametrize("heard, deducted", [("好，", False), ("行，", False), ("你，", True), ("因呢，", True)])
def test_a_half_heard_clause_over_a_voiced_sound_is_a_tic_unless_it_is_a_one_word_answer(rules, heard, deducted):
    """「好，就这样吧」 heard at 0.04: a one-word answer or a tic, one cannot tell, so review. Over a
    sound voiced from its first frame, a half-heard clause that is no answer (你，, 因呢，: sets 12–20,
    post hoc) is Whisper's guess at a sound it could not place, and the sound says tic."""
    said = spoken("agent", 0.5, 0.5 + 0.2 * (len(heard) + 5), (heard, 0.04), ("就这样吧。", 0.9))
    t = call_from([said, utt("customer", 4.4, 6.0, "好的。")])
    (found,) = fillers(rules, with_sounds(t, lone_sound(0.5)))
    assert (found.confidence >= 0.5) == deducted


def test_the_agents_en_en_under_the_customers_sentence_is_listening_not_a_tic(rules):
    """Issue 11 (set 3): 「恩恩呢，」 said while the customer reads out a card number says "go on"."""
    agent_turns = [utt("agent", 1.5, 2.3, "恩恩呢，"), utt("agent", 4.5, 8.0, "好的，我帮您查询一下。")]
    listening = call_from([utt("customer", 0.0, 4.0, "我的就诊卡号是一零六七六八五六。"), *agent_turns])
    assert fillers(rules, listening) == []
    silent_customer = call_from([utt("customer", 0.0, 1.0, "卡号是多少？"), *agent_turns])
    assert {f.text for f in fillers(rules, silent_customer)} == {"嗯"}


def test_a_short_turn_wholly_under_the_customers_sentence_is_listening(rules):
    """Set 10 (post hoc): the agent's 嗯 under the customer's sentence, heard as 「恩，那呢？」: two more
    characters said while the customer goes on are more of the backchannel, not the agent's own words."""
    listening = call_from([utt("customer", 0.0, 4.0, "我爸腿脚不方便，想问问能不能白天送过去照看。"),
                           utt("agent", 1.5, 2.7, "恩，那呢？"), utt("agent", 4.5, 8.0, "好的，我帮您查询一下。")])
    assert fillers(rules, listening) == []
    after_the_customer = call_from([utt("customer", 0.0, 1.0, "我想问问。"), utt("agent", 1.5, 2.7, "恩，那呢？"),
                                    utt("agent", 4.5, 8.0, "好的，我帮您查询一下。")])
    assert [f.text for f in fillers(rules, after_the_customer)] == ["嗯"]


def test_a_tic_opening_words_of_the_agents_own_over_the_customer_still_counts(rules):
    t = call_from([utt("customer", 0.0, 4.0, "我的就诊卡号是一零六七六八五六。"), utt("agent", 1.5, 3.5, "嗯，您先听我说。")])
    assert [f.text for f in fillers(rules, t)] == ["嗯"]


def test_a_lone_sound_under_the_customers_speech_is_not_read_as_a_tic(rules):
    """A 嗯 Whisper left out, said while the customer talks, cannot be told from a backchannel."""
    t = call_from([utt("customer", 0.0, 3.0, "我家的燃气表坏了。"), utt("agent", 1.6, 4.0, "请您提供一下户号。")])
    assert fillers(rules, with_sounds(t, lone_sound(1.2))) == []


@pytest.mark.parametrize("before", ["请您再", "手机号是幺三八"])
def test_a_sound_inside_a_clause_the_heard_words_run_through_is_a_syllable_not_a_tic(rules, before):
    """Issue 11 (set 3): a pause inside 在线, or between the groups of a phone number read back, leaves
    a syllable alone that Whisper timed inside a longer word. No clause opens there: the heard word
    before it ends without a comma."""
    def around(first):
        return call_from([utt("agent", 2.0 - 0.25 * len(first), 2.0, first), utt("agent", 2.45, 3.2, "线稍候。"),
                          utt("customer", 4.0, 5.0, "好的。")])
    sound = lone_sound(2.2, length=0.25, before=0.2, after=0.2)
    assert fillers(rules, with_sounds(around(before), sound)) == []
    assert len(fillers(rules, with_sounds(around(before + "，"), sound))) == 1


def test_en_en_under_the_customers_sentence_then_the_agents_answer_after_it_is_listening(rules):
    """Set 4: 「恩恩呢。这个需要跟后台核对」 — the backchannel under the customer's words, the answer after them."""
    listening, answer = utt("agent", 1.5, 2.4, "恩恩呢。"), utt("agent", 3.4, 6.0, "这个需要跟后台核对一下。")
    one_turn = dataclasses.replace(listening, end=answer.end, text=listening.text + answer.text,
                                   words=listening.words + answer.words)
    t = call_from([utt("customer", 0.0, 3.0, "我上个月的账单好像多扣了钱。"), one_turn])
    assert fillers(rules, t) == []


@pytest.mark.parametrize("heard", ["恩怜，您请问您的卡号是多少。", "哎呀，已经为您安排了维修师傅。"])
def test_a_tic_whisper_ran_into_a_syllable_is_counted_from_its_sound(rules, heard):
    """Sets 2–3 on mono (post hoc): over the agent's 嗯/啊 the mix's ASR wrote 「恩怜，」「哎呀，」 — the
    tic's spelling run into a syllable, so the text does not count it (it does not stand alone),
    and its word at p ≥ 0.3 seemed to account for the sound. The sound alone, then a pause, says
    it was the tic: one finding, deducted."""
    t = call_from([utt("agent", 0.5, 4.5, heard, 0.37), utt("customer", 5.0, 6.0, "好的。")])
    assert fillers(rules, t) == []  # the text alone: not a tic standing alone
    (found,) = fillers(rules, with_sounds(t, lone_sound(0.5, length=0.35)))
    assert abs(found.start_s - 0.5) < 0.05 and found.confidence >= 0.5 and found.text == "（短音）"


def test_a_sound_under_an_answers_en_is_still_the_answer(rules):
    """「嗯，好的。」 answers: the text holds no tic there, so its sound is the word 嗯, not a tic."""
    t = call_from([utt("customer", 0.0, 1.5, "麻烦您快一点。"), utt("agent", 3.5, 4.5, "嗯，好的。", 0.6),
                   utt("agent", 5.0, 8.0, "我马上为您处理。")])
    assert fillers(rules, with_sounds(t, lone_sound(3.5, length=0.2, after=0.2))) == []


def test_on_a_separated_mono_call_a_sound_is_no_surer_than_the_turn_it_opens(rules):
    """A lone sound's own frames are few: its speaker is only as sure as the agent turn it opens
    (here 0.7 sure: the finding goes to review, not to the score)."""
    t = agent_turn_after_sound(0.5)
    unsure_turn = dataclasses.replace(t, layout="mono", separation=Separation(1.0, "test"), utterances=(
        dataclasses.replace(t.utterances[0], speaker_confidence=0.7), *t.utterances[1:]))
    (found,) = fillers(rules, with_sounds(unsure_turn, lone_sound(0.5)))
    (stereo,) = fillers(rules, with_sounds(t, lone_sound(0.5)))
    assert found.confidence == pytest.approx(stereo.confidence * 0.7, abs=0.002) and found.confidence < 0.5


def test_after_a_heard_comma_a_commas_pause_before_the_sound_is_enough(rules):
    """Sets 5–6 (post hoc): 「保留一下，嗯，您别走开」 heard as 「保留一下，您别走开」. Mid-turn, the 嗯 has
    only a comma's pause on either side (0.14 s before it). The heard comma says a clause starts
    there; without it, the same short quiet is a pause inside a clause."""
    def mid_turn(first):
        return call_from([utt("agent", 2.0 - 0.25 * len(first), 2.0, first), utt("agent", 2.6, 3.6, "您别走开。"),
                          utt("customer", 4.5, 5.5, "好的。")])
    sound = lone_sound(2.14, length=0.3, before=0.14, after=0.16)
    assert len(fillers(rules, with_sounds(mid_turn("我先把通话保留一下，"), sound))) == 1
    assert fillers(rules, with_sounds(mid_turn("我先把通话保留一下"), sound)) == []


def test_a_sound_shorter_than_the_speakers_syllables_is_a_words_onset_not_a_tic(rules):
    """Sets 5–6 (post hoc): before 「请问开户人…」 a 0.15-s burst, then a pause — the 请's onset, not a
    held 嗯 (every tic was at least 0.7 of the speaker's mean syllable). The same burst from a
    speaker whose syllables are that short is a tic."""
    def turn(per_syllable):
        text = "请问开户人的姓名是什么。"
        return call_from([utt("agent", 0.8, 0.8 + per_syllable * len(text), text),
                          utt("customer", 5.0, 6.0, "好的。")])
    burst = lone_sound(0.5, length=0.15, after=0.15)
    assert fillers(rules, with_sounds(turn(0.28), burst)) == []
    assert len(fillers(rules, with_sounds(turn(0.17), burst))) == 1


@pytest.mark.parametrize("heard, p, deducted", [
    ("啊好的", 0.3, False),  # run into 好的 with no pause, half heard: a tic or the word's onset
    ("啊好的", 0.8, True),   # clearly heard
    ("啊，好的", 0.3, True),  # a pause after it: the tic's own shape
])
def test_a_tic_run_into_the_next_word_and_half_heard_goes_to_review(rules, heard, p, deducted):
    """Sets 2, 4 and 6 (post hoc): Whisper wrote 「啊好的」 at 0.14–0.43 where the agent said only 好的."""
    t = call(["好的，已经为您登记了。", "请您先关闭阀门。"])
    first = spoken("agent", 0.5, 4.5, ("啊", p), (heard[1:] + "，本次通话就到这里。", 0.9))
    (found,) = fillers(rules, transcript(first, *t.utterances[1:]))
    assert (found.confidence >= 0.5) == deducted


def test_a_backchannel_en_whisper_timed_into_the_pause_after_it_is_still_listening(rules):
    """Set 5 (post hoc): the agent's 嗯 under the customer's sentence (voiced 2.0–2.4 s), run by
    Whisper into the agent's next turn and timed 2.6–3.3 s, past the customer's last word. The
    voice says when it was said: while the customer talked."""
    rest = utt("agent", 3.4, 6.0, "您不用着急，慢慢说。")
    agent = dataclasses.replace(rest, start=2.6, text="嗯，" + rest.text, words=(Word(2.6, 3.3, "嗯，", 0.6),) + rest.words)
    t = call_from([utt("customer", 0.0, 3.0, "我想问一下这个月的账单。"), agent])
    voiced = tuple(s for s in t.speech if s.role != "agent") + (
        SpeechSpan("agent", 2.0, 2.4), SpeechSpan("agent", 3.4, 6.0))
    assert fillers(rules, dataclasses.replace(t, speech=voiced)) == []
    assert [f.text for f in fillers(rules, t)] == ["嗯"]  # voiced where Whisper timed it: after the customer, a tic


@pytest.mark.parametrize("p, tic", [(0.4, True), (0.9, False)])
def test_a_half_heard_word_over_the_sound_does_not_account_for_it(rules, p, tic):
    """Set 8 (post hoc): 嗯/呃 heard as 仍然 / 误会 at 0.36–0.44. A word Whisper was less than even
    sure of is no evidence that a word, not a tic, was said; a sure one is."""
    t = call_from([utt("agent", 0.55, 0.75, "仍", p), utt("agent", 1.0, 2.5, "知道了，这事交给我。"),
                   utt("customer", 3.5, 5.0, "好的。")])
    assert (len(fillers(rules, with_sounds(t, lone_sound(0.5)))) == 1) == tic
