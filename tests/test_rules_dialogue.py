"""repeated_question: the agent asks again for what the customer already gave."""

import pytest

from conftest import transcript, utt
from qa_pipeline.rules import compile_ruleset


@pytest.fixture(scope="module")
def rules(config):
    return compile_ruleset(config.ruleset_for("default"))


def repeated(rules, *lines, layout="agent_left"):
    parts, t = [], 0.5
    for role, text in lines:
        parts.append(utt(role, t, t + 3.0, text))
        t += 3.5
    return [f for f in rules.run(transcript(*parts, layout=layout)) if f.kind == "repeated_question"]


VERIFY = [("agent", "请问您的手机号码是多少？"), ("customer", "手机号是一三八零零一二三四五六。"),
          ("agent", "好的，我帮您查一下。")]


def test_asking_again_for_a_given_phone_number_is_flagged(rules):
    found = repeated(rules, *VERIFY, ("agent", "您的账单已经出了。"), ("agent", "请问您的手机号码是多少？"))
    assert len(found) == 1 and "phone" in found[0].detail and found[0].start_s == pytest.approx(14.5)


def test_the_repeat_is_heard_through_homophones(rules):
    # 手机 → 收机 (same sounds): still the phone number
    assert repeated(rules, *VERIFY, ("agent", "麻烦您说一下收机号码。"))


def test_an_answer_without_the_noun_still_gives_the_slot(rules):
    found = repeated(rules, ("agent", "请问您的卡号后四位是多少？"), ("customer", "一二三四。"),
                     ("agent", "好的，已经为您办理了挂失。"), ("agent", "请您再说一下卡号后四位。"))
    assert len(found) == 1 and "card" in found[0].detail


@pytest.mark.parametrize("again", [
    "您的手机号是一三八零零一二三四五六，对吗？",  # read-back to confirm
    "好的，请您说一下新的手机号码。",            # a different number
    "请问您的户号是多少？",                      # a slot never given
])
def test_confirmations_and_new_questions_are_not_repeats(rules, again):
    assert repeated(rules, *VERIFY, ("agent", again)) == []


def test_first_question_is_not_a_repeat_even_if_the_customer_named_the_slot_without_a_value(rules):
    assert repeated(rules, ("customer", "我的手机号码收不到短信。"), ("agent", "请问您的手机号码是多少？")) == []


def test_on_mono_the_rule_does_not_guess_who_asked(rules):
    assert repeated(rules, *VERIFY, ("agent", "请问您的手机号码是多少？"), layout="mono") == []


def empathy(rules, *lines):
    parts, t = [], 0.5
    for role, text in lines:
        parts.append(utt(role, t, t + 3.0, text))
        t += 3.5
    return [f for f in rules.run(transcript(*parts)) if f.kind == "missing_empathy"]


COMPLAINT = ("customer", "你们这服务也太慢了吧，我都等了好几天了。")


def test_a_complaint_answered_without_empathy_is_flagged(rules):
    found = empathy(rules, COMPLAINT, ("agent", "您的工单还在处理中。"), ("customer", "那要多久？"), ("agent", "三个工作日。"))
    assert len(found) == 1 and "太慢了" in found[0].detail


@pytest.mark.parametrize("reply", ["非常抱歉给您带来不好的体验，我马上帮您催办。", "我理解您的心情，我现在就帮您升级处理。",
                                   "不好意思，让您久等了。", "非常报歉，我马上帮您催办。"])  # 抱 → 报: same sound
def test_an_apology_or_acknowledgement_in_the_next_turns_is_enough(rules, reply):
    assert empathy(rules, COMPLAINT, ("agent", reply)) == []


def test_a_complaint_in_several_sentences_is_judged_once(rules):
    found = empathy(rules, COMPLAINT, ("customer", "我要投诉你们。"), ("agent", "您的工单还在处理中。"))
    assert len(found) == 1


def test_a_bare_question_asks_too(rules):
    assert repeated(rules, *VERIFY, ("agent", "好的，您的手机号码是？"))
