"""long_hold, unannounced_hold and forbidden_phrase on hand-written transcripts."""

from collections import Counter

import pytest

from conftest import rules_without, spoken, transcript, utt
from qa_pipeline.rules import compile_ruleset

OPEN = "您好，欢迎致电南方燃气客户服务热线，工号8001为您服务，请问有什么可以帮您？"
CLOSE = ["请问还有什么可以帮您的吗？", "感谢您的来电，再见。"]


KINDS = ("long_hold", "unannounced_hold", "forbidden_phrase")


def run(rules, t):
    """This module's rules only: the hand-written timings are not meant to test pace."""
    return [f for f in rules.run(t) if f.kind in KINDS]


@pytest.fixture(scope="module")
def rules(config):
    return compile_ruleset(config.ruleset_for("default"))


def call_with_hold(announce: str, hold_s: float, thanks="感谢您的耐心等待，已经查到了。", last_before="agent",
                   resume_s: float = 3.0):
    parts = [utt("agent", 0.5, 6.0, OPEN), utt("customer", 6.5, 9.0, "我想查一下上个月的燃气费。")]
    if last_before == "agent":
        parts.append(utt("agent", 9.5, 12.0, announce))
    else:
        parts += [utt("agent", 9.5, 11.0, "请您提供一下户号。"), utt("customer", 11.2, 12.0, "我看一下。")]
    t = 12.0 + hold_s
    parts.append(utt("agent", t, t + resume_s, thanks))
    t += resume_s - 3.0
    parts += [utt("customer", t + 3.5, t + 5.0, "好的，谢谢。"),
              utt("agent", t + 5.5, t + 7.0, CLOSE[0]), utt("customer", t + 7.2, t + 8.0, "没有了。"),
              utt("agent", t + 8.5, t + 10.0, CLOSE[1])]
    return transcript(*parts)


def kinds(found):
    return sorted(f.kind for f in found)


def test_announced_short_hold_is_fine(rules):
    assert run(rules, call_with_hold("好的，请您稍等，我帮您查询一下。", 20)) == []


def test_hold_over_30s_is_a_long_hold_with_its_span(rules):
    found = [f for f in run(rules, call_with_hold("请您稍等，我帮您查一下。", 35)) if f.kind == "long_hold"]
    assert len(found) == 1
    assert (found[0].start_s, found[0].end_s) == (12.0, 47.0)


def test_a_hold_is_timed_to_the_millisecond_like_every_finding(rules):
    """Finding.of rounds once for every rule: times to the transcripts' milliseconds (holds took 0.01 s)."""
    found = [f for f in run(rules, call_with_hold("请您稍等，我帮您查一下。", 35.004)) if f.kind == "long_hold"]
    assert [(f.start_s, f.end_s) for f in found] == [(12.0, 47.004)]


def test_hold_of_exactly_30s_is_not_long(rules):
    assert "long_hold" not in kinds(run(rules, call_with_hold("请您稍等。", 29.9)))


def test_hold_without_announcement_is_flagged(rules):
    found = run(rules, call_with_hold("好的，我看看。", 15))
    assert kinds(found) == ["unannounced_hold"]
    assert found[0].start_s == 12.0 and found[0].end_s == 27.0


def test_misheard_announcement_still_counts(rules):
    assert run(rules, call_with_hold("好的，请您稍等，我帮您查询一下。".replace("稍等", "烧等"), 15)) == []


@pytest.mark.parametrize("announce", ["我打给终点站的站务员问问，麻烦您别挂。", "我打给中点站的战务员问问，麻烦您叠挂。"])
def test_a_polite_request_not_to_hang_up_announces_the_hold_even_one_sound_off(rules, announce):
    """Set 43 (post hoc): 麻烦您别挂 heard 麻烦您叠挂 (die for bie); the list's forms of 别挂 were
    all short (先别挂, 电话别挂), too short to forgive one sound in five."""
    assert "unannounced_hold" not in kinds(run(rules, call_with_hold(announce, 20.0)))


def test_customer_asking_for_time_is_not_an_agent_hold(rules):
    assert "unannounced_hold" not in kinds(run(rules, call_with_hold("", 15, last_before="customer")))


def test_silent_hold_right_after_the_customer_answered_is_flagged(rules):
    t = call_with_hold("", 15, last_before="customer")
    answered = transcript(*(u if u.text != "我看一下。" else utt("customer", 11.2, 12.0, "幺三八零零。") for u in t.utterances))
    assert kinds(run(rules, answered)) == ["unannounced_hold"]


def taboo_call(line):
    return transcript(utt("agent", 0.5, 6.0, OPEN), utt("customer", 6.5, 9.0, "为什么我家没气了？"),
                      utt("agent", 9.5, 12.0, line), utt("customer", 12.5, 13.5, "好吧。"),
                      utt("agent", 14.0, 16.0, CLOSE[0]), utt("agent", 16.5, 18.0, CLOSE[1]))


def taboo_findings(rules, line):
    """The forbidden_phrase findings of a call whose agent says ``line`` mid-call."""
    return [f for f in run(rules, taboo_call(line)) if f.kind == "forbidden_phrase"]


@pytest.mark.parametrize("line", ["这个我不知道。", "这不归我们管。", "你听不懂骂？", "我也没办法。", "这个我也不知道，您等通知吧。"])
def test_taboo_phrases_are_flagged(rules, line):
    found = taboo_findings(rules, line)
    assert len(found) == 1 and found[0].start_s == 9.5 and found[0].text == line


@pytest.mark.parametrize("line", ["不知道您现在是否方便？", "我们一起想想办法。", "请问有没有办法联系到您？", "我知道了。"])
def test_polite_or_negated_contexts_are_not_taboo(rules, line):
    assert "forbidden_phrase" not in kinds(run(rules, taboo_call(line)))


def test_customer_saying_a_taboo_word_is_not_the_agents_fault(rules):
    t = transcript(utt("agent", 0.5, 6.0, OPEN), utt("customer", 6.5, 9.0, "我也不知道怎么回事，没办法。"),
                   utt("agent", 14.0, 16.0, CLOSE[0]), utt("agent", 16.5, 18.0, CLOSE[1]))
    assert run(rules, t) == []


def of_kind(rules, t, kind):
    return [f for f in rules.run(t) if f.kind == kind]


def test_resuming_after_a_hold_without_thanks_is_flagged_after_the_hold(rules):
    t = call_with_hold("请您稍等，我帮您查询一下。", 15.0, thanks="好的，查到了，您上个月的燃气费是八十元。")
    found = of_kind(rules, t, "missing_hold_thanks")
    assert len(found) == 1 and found[0].start_s == pytest.approx(27.0)


@pytest.mark.parametrize("thanks", ["感谢您的耐心等待，已经查到了。", "不好意思让您久等了，查到了。",
                                    "感谢您的耐心等代，已经查到了。"])  # 待 → 代: same sound
def test_thanks_for_waiting_in_any_accepted_wording_is_enough(rules, thanks):
    assert of_kind(rules, call_with_hold("请您稍等，我帮您查询一下。", 15.0, thanks=thanks), "missing_hold_thanks") == []


def dead_air_call(gap: float, before_gap=("customer", "那这个费用是怎么算的？")):
    parts = [utt("agent", 0.5, 6.0, OPEN), utt("customer", 6.5, 9.0, "我想查一下上个月的燃气费。"),
             utt("agent", 9.5, 12.0, "好的，您上个月的燃气费是八十元。"), utt(before_gap[0], 12.5, 15.0, before_gap[1])]
    t = 15.0 + gap
    parts += [utt("agent", t, t + 3.0, "按照阶梯价格计算的。"), utt("customer", t + 3.5, t + 5.0, "好的，谢谢。"),
              utt("agent", t + 5.5, t + 7.0, CLOSE[0]), utt("customer", t + 7.2, t + 8.0, "没有了。"),
              utt("agent", t + 8.5, t + 10.0, CLOSE[1])]
    return transcript(*parts)


def test_silence_after_the_customers_question_is_dead_air(rules):
    found = of_kind(rules, dead_air_call(7.0), "dead_air")
    assert [(f.start_s, f.end_s) for f in found] == [(15.0, 22.0)]


@pytest.mark.parametrize("gap, before_gap", [
    (3.0, ("customer", "那这个费用是怎么算的？")),          # a normal pause
    (12.0, ("customer", "那这个费用是怎么算的？")),         # a hold: the hold rules judge it
    (7.0, ("agent", "请您稍等，我帮您看一下。")),            # announced
    (7.0, ("customer", "你等一下，我找一下账单。")),         # the customer asked for time
])
def test_pauses_holds_and_announced_silences_are_not_dead_air(rules, gap, before_gap):
    assert of_kind(rules, dead_air_call(gap, before_gap), "dead_air") == []


def test_silence_after_the_agent_spoke_is_the_customers_turn_not_dead_air(rules):
    t = dead_air_call(7.0, ("agent", "您还有什么其他需要了解的吗？"))
    assert of_kind(rules, t, "dead_air") == []


def test_the_customer_asking_the_agent_to_look_something_up_does_not_excuse_the_hold(rules):
    parts = [utt("agent", 0.5, 6.0, OPEN), utt("customer", 6.5, 9.0, "麻烦你再帮我查一下之前的记录。")]
    parts += [utt("agent", 24.0, 27.0, "您好，查到了，已经转交处理了。"), utt("customer", 27.5, 29.0, "好的，谢谢。"),
              utt("agent", 29.5, 31.0, CLOSE[0]), utt("customer", 31.2, 32.0, "没有了。"), utt("agent", 32.5, 34.0, CLOSE[1])]
    assert "unannounced_hold" in kinds(run(rules, transcript(*parts)))


@pytest.mark.parametrize("line, taboo", [("具体哪个部门我也不清楚，您问别人吧。", True),
                                         ("如果您还有不清楚的地方，可以随时来电。", False)])
def test_not_knowing_is_taboo_but_offering_to_explain_is_not(rules, line, taboo):
    t = transcript(utt("agent", 0.5, 6.0, OPEN), utt("customer", 6.5, 9.0, "这个是哪个部门处理的？"),
                   utt("agent", 9.5, 13.0, line))
    assert ("forbidden_phrase" in kinds(run(rules, t))) == taboo


# --- Issue 11, pattern 2: a hold's confidence comes from the words that could announce it ----

def hold_after(*agent_turns, hold_s=18.0):
    parts = [utt("agent", 0.5, 6.0, OPEN), utt("customer", 6.5, 9.0, "我想查一下上个月的燃气费。"), *agent_turns]
    t = agent_turns[-1].end + hold_s
    parts += [utt("agent", t, t + 3.0, "感谢您的耐心等待，已经查到了。"), utt("customer", t + 3.5, t + 5.0, "好的，谢谢。"),
              utt("agent", t + 5.5, t + 7.0, CLOSE[0]), utt("customer", t + 7.2, t + 8.0, "没有了。"),
              utt("agent", t + 8.5, t + 10.0, CLOSE[1])]
    return transcript(*parts)


def test_a_backchannel_before_a_hold_does_not_lend_it_its_doubt(rules):
    """15–20 s of silence after an agent's 「嗯嗯」 heard at 0.1: the hold is sure, and the
    agent's last real turn, clearly heard, announced nothing."""
    t = hold_after(spoken("agent", 9.5, 12.0, ("好的，您的户号是多少？", 0.92)), utt("customer", 12.3, 14.0, "一二三四五六。"),
                   spoken("agent", 14.2, 14.8, ("嗯嗯", 0.1)))
    (hold,) = [f for f in run(rules, t) if f.kind == "unannounced_hold"]
    assert hold.confidence >= 0.5


def test_an_announcement_heard_as_garbage_goes_to_review_not_deduction(rules):
    """麻烦您稍等片刻 heard as 「麻烦您收总片客」, its last words unsure: maybe announced."""
    t = hold_after(spoken("agent", 9.5, 12.0, ("好的，麻烦您", 0.95), ("收总", 0.3), ("片客", 0.8)))
    (hold,) = [f for f in run(rules, t) if f.kind == "unannounced_hold"]
    assert hold.confidence < 0.5 and "possibly misheard" in hold.detail


@pytest.mark.parametrize("announce", ["好的，请您不要挂机，我这边查一下。", "麻烦您稍等片刻。", "好的，我帮您查询。",
                                      "我需要查询一下系统记录，可能要一点时间，请您在线稍候。", "请您保持通话，我帮您确认一下。",
                                      "好的，正在为您查询，请稍后。"])
def test_announcements_in_other_words_are_recognised(rules, announce):
    """Pattern 8: asking the caller not to hang up, or saying the agent is checking, announces a hold."""
    assert "unannounced_hold" not in kinds(run(rules, call_with_hold(announce, 20.0)))


def test_dead_air_after_the_customer_is_found_when_the_agent_backchannelled_during_their_turn(config):
    rules = compile_ruleset(config.ruleset_for("default"))
    t = transcript(utt("agent", 0.5, 6.0, OPEN), utt("customer", 6.5, 10.0, "我的快递三天了还没到。"),
                   utt("agent", 8.0, 8.6, "好的。"), utt("customer", 17.0, 18.0, "喂？"),
                   utt("agent", 18.5, 21.0, "在的，请您提供一下单号。"))
    assert "dead_air" in kinds(rules.run(t))


# --- Issue 11, pattern 8: the trade's taboo families, and variants said in other words --------

@pytest.mark.parametrize("line", ["这个我管不了，你找别的部门吧。", "说明书上写着呢，你自己看。", "规定就是这样，你投诉也没用。",
                                  "你到底想怎么样？", "不是跟你说了吗，已经处理了。",
                                  "我刚才已经讲得很清楚了，是您自己没听明白。", "这事跟我们没关系。"])
def test_taboo_sentences_of_every_family_are_flagged(rules, line):
    (found,) = taboo_findings(rules, line)
    assert found.confidence >= 0.5 and "(" in found.detail  # named with its family


@pytest.mark.parametrize("line", ["你去找别的部门问问吧。", "这个不是我们部门的问题。"])
def test_a_taboo_said_in_other_words_is_flagged_by_meaning(rules, line):
    (found,) = taboo_findings(rules, line)
    assert "other words" in found.detail


def test_a_match_by_meaning_is_as_sure_as_its_cosine():
    """Set 22 (post hoc): 「不能，不用您出」 matched 你能不能快点 at 0.46 and was deducted. A match in
    other words near the threshold is held for review; a close one is deducted."""
    from qa_pipeline.rules import taboo
    assert taboo.variant_confidence(0.9, 0.46) < 0.5 <= taboo.variant_confidence(0.9, 0.6)
    assert taboo.variant_confidence(0.9, 1.0) == 0.9  # the same words: as sure as the hearing


@pytest.mark.parametrize("line", ["我帮您查一下相关的部门。", "您可以看一下说明书第三页。", "好的，我明白您的意思了。",
                                  "这个费用是按照规定收取的。", "请问您还有别的问题吗？", "您稍等，我帮您问一下同事。",
                                  "如果您还有不清楚的地方，可以随时来电。", "这个需要您到营业厅办理。",
                                  "抱歉，我没听清楚，您能再说一遍吗？", "我这边听得很清楚，您请继续说。"])
def test_innocent_sentences_near_the_families_are_not_taboo(rules, line):
    assert "forbidden_phrase" not in kinds(run(rules, taboo_call(line)))


@pytest.mark.parametrize("line, announced", [
    ("车架号后六位是五九九八六五，我核对一下，没错吧？", False),  # checks a detail there and then
    ("户号是一三五七，我核实一下，对吗？", False),
    ("跟您核对一下，登记的是麦小林没错吧？", False),               # a name read back (set 12, post hoc)
    ("我核对一下您预约的是周三上午，对吧？", False),
    ("好的，我帮您查一下好吗？", True),                             # asks leave to hold: an announcement
    ("我核实一下，请您稍等。", True),
])
def test_reading_a_detail_back_is_not_announcing_a_hold(rules, line, announced):
    """Issue 11, set 2: 「我核对一下，没错吧？」 sounds like 我核实一下 but asks the customer to confirm."""
    found = [f for f in run(rules, call_with_hold(line, 20)) if f.kind == "unannounced_hold"]
    assert (not found) == announced, found
    assert all(f.confidence >= 0.5 for f in found), "a read-back is not a misheard announcement: deducted"


def test_an_announcement_after_a_read_back_still_counts(rules):
    line = "身份证后六位是七二九五二五，我核对一下，没错吧？麻烦您稍等，我这边核实一下具体情况。"
    assert "unannounced_hold" not in kinds(run(rules, call_with_hold(line, 20)))


def test_thanks_for_the_last_wait_does_not_announce_the_next_hold(rules):
    """「谢谢您的耐心等候」 sounds like 请耐心等候, but it closes the wait before, not the next one."""
    t = hold_after(spoken("agent", 9.5, 12.0, ("谢谢您的耐心等候，您的订单已经退款了。", 0.95)))
    assert "unannounced_hold" in kinds(run(rules, t))


@pytest.mark.parametrize("line", ["这事我们不管，你去找商家去。", "上面都写着呢，你自己不会看吗？", "你说完没有？我这边很多电话。",
                                  "那你去投诉好了。", "你到底懂不懂啊？"])
def test_more_taboo_sentences_of_the_trades_lists_are_flagged(rules, line):
    assert "forbidden_phrase" in kinds(run(rules, taboo_call(line)))


def test_telling_the_customer_they_need_not_read_it_themselves_is_not_taboo(rules):
    assert run(rules, taboo_call("没关系，您不用自己看说明书，我一步一步跟您说。")) == []


def test_meaning_cosines_through_the_n_gram_index_are_the_dict_sums(rules):
    """The taboo matcher sums a clause's cosines over an n-gram → sentence index (issue 17): the
    very floats of the sum over every listed sentence, so the same clauses pass the threshold."""
    from qa_pipeline.rules.phrases import HeardText
    from qa_pipeline.rules.taboo import _ngrams

    matcher = next(params for rule, params, _ in rules.checks if rule.kind == "forbidden_phrase").meaning
    clauses = ["这事不归我们部门管", "你去找别的部门问问吧", "我帮您查一下相关的部门", "如果您还有不清楚的地方",
               "您可以自己在网上营业厅查询", "这个我也没有办法", "好的"]
    compared = 0
    for clause in clauses:
        vector = matcher._vector(Counter(_ngrams(HeardText.of(clause).code)))
        every = [sum(w * t.get(g, 0.0) for g, w in vector.items()) for t in matcher.taboo + matcher.innocent]
        assert matcher._cosines(vector) == every
        compared += sum(1 for x in every if x > 0)
    assert compared > 20  # the clauses do share n-grams with the lists


def test_asking_the_caller_to_hold_the_line_announces_a_hold(rules):
    assert "unannounced_hold" not in kinds(run(rules, call_with_hold("您先拿着电话别挂，我到系统里给您看看。", 20.0)))


def test_thanks_with_one_of_its_two_xie_dropped_does_not_announce_the_next_hold(rules):
    t = hold_after(spoken("agent", 9.5, 12.0, ("谢您耐心等候，我这边查到了，可以为您临时调高额度。", 0.95)))
    assert "unannounced_hold" in kinds(run(rules, t))


@pytest.mark.parametrize("line", ["这件事跟我们无关。", "您自己理解有问题。", "您自己慢慢找吧。", "怎么就听不懂呢？"])
def test_taboo_sentences_of_set_4s_families_are_flagged(rules, line):
    assert "forbidden_phrase" in kinds(run(rules, taboo_call(line)))


# --- Issue 11, after set 4 (post hoc): exclusions hold for variants too; thanks in the words of a request -----

def test_a_context_that_excuses_a_taboo_also_excuses_a_variant_of_it(rules):
    """「您不用再去找别的部门了」 tells the caller they need not go elsewhere: the opposite of 你找别的部门,
    however close it sounds. The exclusion that holds for the phrase holds for its variants."""
    assert "forbidden_phrase" not in kinds(run(rules, taboo_call("这个归我们负责，您不用再去找别的部门了。")))
    assert "forbidden_phrase" in kinds(run(rules, taboo_call("你去找别的部门问问吧。")))


def test_telling_the_caller_not_to_ask_elsewhere_is_not_sending_them_elsewhere(rules):
    """Set 12 (post hoc), as Whisper heard it: 「这归我们管，您不用再去别处问」 (问 heard 闻) matched
    the shape of 您上别处问去."""
    assert "forbidden_phrase" not in kinds(run(rules, taboo_call("那对归我们管，您不用再去别处闻。")))
    assert "forbidden_phrase" in kinds(run(rules, taboo_call("这个您去别处问吧。")))


@pytest.mark.parametrize("thanks", ["多谢您稍等，查到了。", "谢谢您在线等候，已经查到了。", "感谢您耐心稍候，已经查到了。"])
def test_thanks_for_the_wait_in_the_words_of_a_request_to_wait_is_a_thanks(rules, thanks):
    """After a hold, 多谢您稍等 thanks the caller for the wait just as 感谢您的等待 does."""
    t = call_with_hold("请您稍等，我帮您查询一下。", 15.0, thanks=thanks)
    assert of_kind(rules, t, "missing_hold_thanks") == []


def test_a_thanks_heard_as_garbage_goes_to_review_not_deduction(rules):
    """感谢您的等待 heard as 「哲干宪宁的等待」, its first words unsure: maybe thanked (as for announcements);
    the thanks classifier reads 「…的等待」 as a thanks, so it is counted or held for review, never deducted."""
    parts = [utt("agent", 0.5, 6.0, OPEN), utt("customer", 6.5, 9.0, "我想查一下上个月的燃气费。"),
             utt("agent", 9.5, 12.0, "请您稍等，我帮您查询一下。"),
             spoken("agent", 30.0, 33.0, ("哲干宪宁", 0.3), ("的等待，记录已经调出来了。", 0.9)),
             utt("customer", 33.5, 35.0, "好的，谢谢。"), utt("agent", 35.5, 37.0, CLOSE[0]),
             utt("customer", 37.2, 38.0, "没有了。"), utt("agent", 38.5, 40.0, CLOSE[1])]
    assert all(f.confidence < 0.5 and "possibly misheard" in f.detail
               for f in of_kind(rules, transcript(*parts), "missing_hold_thanks"))


def test_a_resumption_heard_clearly_without_thanks_is_still_deducted(rules):
    t = call_with_hold("请您稍等，我帮您查询一下。", 15.0, thanks="好的，查到了，您上个月的燃气费是八十元。")
    (found,) = of_kind(rules, t, "missing_hold_thanks")
    assert found.confidence >= 0.5


@pytest.mark.parametrize("line", ["我核对一下您的手机号是13297069070对吗？", "我核实一下您的户号是一三五七九二四六，是吗？",
                                  "我何对一下,号码是14950645503,没记错吧。"])  # set 8 (post hoc), as Whisper heard it
def test_a_number_read_back_for_the_customer_to_confirm_announces_no_hold(rules, line):
    """Set 4 (post hoc): 「我核对一下您的手机号是…对吗」 checks the number with the customer: however long
    the number, the question that ends it makes it a read-back, not the announcement of a hold."""
    found = [f for f in run(rules, call_with_hold(line, 20)) if f.kind == "unannounced_hold"]
    assert len(found) == 1 and found[0].confidence >= 0.5


def test_a_request_to_wait_that_ends_in_a_question_still_announces(rules):
    assert "unannounced_hold" not in kinds(run(rules, call_with_hold("我帮您查一下您的订单，您稍等一下好吗？", 20)))


def test_a_thanks_for_the_last_wait_does_not_lend_the_next_hold_its_doubt(rules):
    """「谢您耐心等候」 sounds like 请您耐心等候, but it thanks for the wait before: the next hold,
    unannounced, is deducted, not parked as a possibly misheard announcement (Whisper was unsure of the thanks)."""
    t = hold_after(spoken("agent", 9.5, 12.0, ("以谢您耐心等候", 0.4), ("，我这边查到了，可以为您临时调高额度。", 0.95)))
    (hold,) = [f for f in run(rules, t) if f.kind == "unannounced_hold"]
    assert hold.confidence >= 0.5 and "misheard" not in hold.detail


@pytest.mark.parametrize("line, family", [
    ("爱买不买，就这个价。", "take_it_or_leave_it"), ("不办拉倒。", "take_it_or_leave_it"),
    ("这事和我们公司没有关系。", "not_my_job"), ("您去找厂家吧。", "not_my_job"),
    ("我已经给您解释过好几次了。", "blame_understanding"), ("您咋就不明白呢？", "blame_understanding"),
    ("这是您自己操作错了。", "blame_understanding"), ("你自己上网查去。", "read_it_yourself"),
    ("合同上都写着呢。", "read_it_yourself"), ("您能不能快点说？", "impatience"), ("别再啰嗦了。", "impatience"),
    ("我没时间陪你聊。", "impatience"), ("我们怎么会知道。", "ignorance"), ("这事儿不归我们这儿管。", "not_my_job"),
    ("这件事情我们没法管。", "not_my_job"),
])
def test_a_taboo_in_words_no_list_holds_is_found_by_its_familys_shape(rules, line, family):
    """Agents fill a family's shape with their own words (爱买不买, 不办拉倒): the shape is the taboo."""
    (found,) = taboo_findings(rules, line)
    assert f"({family})" in found.detail and found.confidence >= 0.5


@pytest.mark.parametrize("line", ["您可以自己在网上营业厅查询一下。", "我再给您说一遍，您记一下。", "您别着急，我帮您看看。",
                                  "请问您还有不明白的地方吗？", "这个跟您没关系，是系统的问题。", "如果您想投诉，我帮您登记。",
                                  "我帮您找一下相关部门吧。", "您说的情况我都记下了。", "您自己查一下也可以，我也可以帮您查。",
                                  "按照规定需要您本人来办理。"])
def test_service_sentences_near_a_familys_shape_are_not_taboo(rules, line):
    assert "forbidden_phrase" not in kinds(run(rules, taboo_call(line)))


def test_a_taboo_shape_must_name_a_family_of_the_rule(config):
    from qa_pipeline.errors import ConfigError
    from qa_pipeline.rules.taboo import TabooParams

    with pytest.raises(ConfigError, match="unknown famil"):
        TabooParams(families={"impatience": ("有完没完",)}, patterns={"rudeness": ["滚"]})


@pytest.mark.parametrize("announce", ["好的，我帮您到系统里调一下记录。", "您先等一会儿，我去后台问问。", "您千万别挂电话，我去找一下经办人。"])
def test_an_announcement_in_words_no_list_holds_is_found_by_its_shape(rules, announce):
    """Looking something up for the caller (帮您…调一下) or asking them to wait (等一会儿, 别挂电话)."""
    assert "unannounced_hold" not in kinds(run(rules, call_with_hold(announce, 20.0)))


@pytest.mark.parametrize("thanks", ["谢谢您一直等着，结果出来了。", "让您等了半天，查到了。"])
def test_a_thanks_in_words_no_list_holds_is_found_by_its_shape(rules, thanks):
    t = call_with_hold("请您稍等，我帮您查询一下。", 15.0, thanks=thanks)
    assert of_kind(rules, t, "missing_hold_thanks") == []


def test_a_hold_shape_names_announce_or_thanks(config):
    from qa_pipeline.errors import ConfigError
    from qa_pipeline.rules.holds import HoldParams

    with pytest.raises(ConfigError, match="only announce and thanks"):
        HoldParams(patterns={"farewell": ["再见"]})


def test_a_hold_after_words_nothing_like_an_announcement_is_deducted_however_unsure_the_words(rules):
    """Set 3 (post hoc): holds after turns heard at 0.45–0.47 that sound like no announcement were
    held for review; the search for the announcement is the evidence, not the words' probability."""
    t = hold_after(utt("customer", 12.0, 19.0, "那我上个月用了多少？"), spoken("agent", 20.0, 22.5, ("好的，您上个月用了八十方。", 0.45)))
    (hold,) = [f for f in run(rules, t) if f.kind == "unannounced_hold"]
    assert hold.confidence >= 0.5


# --- After set 5's blind measurement (post hoc): more words of the same shapes ---------------------------

@pytest.mark.parametrize("announce", ["麻烦您在线等一等，我去问问。", "我把通话保留一下，您先别走开。", "请您先不要放下电话，我去后台问一下。",
                                      "我需要翻阅一下之前的记录。"])
def test_more_announcements_of_a_hold_are_recognised(rules, announce):
    assert "unannounced_hold" not in kinds(run(rules, call_with_hold(announce, 20.0)))


@pytest.mark.parametrize("thanks", ["谢谢您一直在线，已经查到了。", "让您久候了，已经查到了。"])
def test_more_thanks_after_a_hold_are_recognised(rules, thanks):
    assert of_kind(rules, call_with_hold("请您稍等，我帮您查询一下。", 15.0, thanks=thanks), "missing_hold_thanks") == []


@pytest.mark.parametrize("line", ["这个价格没得商量。", "您要退也没人拦着您。", "您自己输错了又来找我们。", "您别什么事都打电话来问。"])
def test_more_taboo_shapes_are_found(rules, line):
    assert "forbidden_phrase" in kinds(run(rules, taboo_call(line)))


def test_no_problem_is_not_refusing_responsibility(rules):
    """「没关系」 (no problem) sounds like 跟我没关系 but is a courtesy."""
    assert "forbidden_phrase" not in kinds(run(rules, taboo_call("没关系，我再给您讲一遍，这次慢一点。")))


def test_a_taboo_shape_whisper_wrote_in_other_characters_is_still_found(rules):
    """爱买不买 heard as 爱卖不买: the family's shape (爱(.)不\\1) is matched over the sounds too."""
    (found,) = taboo_findings(rules, "爱卖不买，就这个价。")
    assert "(take_it_or_leave_it)" in found.detail


def _agent_heard_at(t, probability: float):
    """``t`` with every agent word heard at ``probability`` (the customer's as before)."""
    return transcript(*(utt(u.role, u.start, u.end, u.text, probability) if u.role == "agent" else u
                        for u in t.utterances))


def test_a_thanks_said_and_garbled_in_a_call_whisper_heard_poorly_goes_to_review(rules):
    """Dev, sets 4 and 5 (post hoc): agents Whisper followed poorly all call (word probability
    0.61–0.67 on average, against 0.77–0.91 for every other call) came back from a hold with
    「一年好些仙尼邓后」 for 感谢您耐心等候. Some of its sounds survive (xie … deng hou): it may
    have been said, and a reviewer listens."""
    t = call_with_hold("请您稍等，我帮您查询一下。", 15.0, thanks="一年好些仙尼邓后，查到了，您上个月的燃气费是八十元。")
    (heard_poorly,) = of_kind(rules, _agent_heard_at(t, 0.62), "missing_hold_thanks")
    assert heard_poorly.confidence < 0.5 and "possibly misheard" in heard_poorly.detail


def test_a_return_with_no_trace_of_thanks_is_deducted_however_poorly_whisper_heard_the_agent(rules):
    """Sets 11–36 (post hoc): of the hold findings held for review only because the agent was
    heard poorly all call, the true defects' return turns held no trace of any thanks (two
    syllables in five), while most thanks said and garbled left one. The silence is measured;
    a return that sounds like no thanks at all is evidence about this hold, not the call's
    average (issue 11)."""
    t = call_with_hold("请您稍等，我帮您查询一下。", 15.0, thanks="好的，查到了，您上个月的燃气费是八十元。")
    (heard_well,) = of_kind(rules, _agent_heard_at(t, 0.85), "missing_hold_thanks")
    (heard_poorly,) = of_kind(rules, _agent_heard_at(t, 0.62), "missing_hold_thanks")
    assert heard_well.confidence >= 0.5
    assert heard_poorly.confidence >= 0.5 and "poorly" not in heard_poorly.detail


def test_a_hold_announced_nowhere_in_a_poorly_heard_call_is_deducted(rules):
    t = transcript(utt("agent", 0.5, 4.0, "您好，燃气公司客服。"), utt("customer", 4.5, 7.0, "我想查一下上个月的燃气费。"),
                   utt("agent", 7.5, 12.0, "好的，您上个月的燃气费是八十元，已经缴清了。"),
                   utt("agent", 32.0, 35.0, "感谢您的耐心等待，已经查到了。"), utt("customer", 35.5, 37.0, "好的，谢谢。"))
    (found,) = of_kind(rules, _agent_heard_at(t, 0.62), "unannounced_hold")
    assert found.confidence >= 0.5 and "poorly" not in found.detail


def test_a_garbled_announcement_in_a_poorly_heard_call_goes_to_review(rules):
    """麻烦您稍等片刻 heard as 麻烦您收总片客 (issue 11): enough of it survives to say it may have been said."""
    t = call_with_hold("好的，麻烦您收总片客。", 20.0)
    (found,) = of_kind(rules, _agent_heard_at(t, 0.62), "unannounced_hold")
    assert found.confidence < 0.5 and "possibly misheard" in found.detail


# --- After set 6's blind measurement (post hoc): its new wordings, and shapes across Whisper's commas ----

@pytest.mark.parametrize("line, family", [
    ("是您手快造成的。", "blame_understanding"), ("您照着说明书自己琢磨去。", "read_it_yourself"),
    ("您等不了就取消。", "take_it_or_leave_it"), ("便宜的东西满大街都是。", "take_it_or_leave_it"),
    ("我这边忙着呢。", "impatience"),
])
def test_set_6s_taboo_wordings_are_found_by_their_familys_shape(rules, line, family):
    (found,) = taboo_findings(rules, line)
    assert f"({family})" in found.detail


@pytest.mark.parametrize("line", ["这不是您造成的，是系统的问题。", "您等不了的话，我可以帮您加急。", "我这边马上帮您处理。"])
def test_set_6s_taboo_look_alikes_are_not_taboo(rules, line):
    assert "forbidden_phrase" not in kinds(run(rules, taboo_call(line)))


def test_a_taboo_shape_split_by_whispers_comma_is_still_found(rules):
    """Whisper's punctuation is not the speaker's: 「便宜的东西满大街，都是您去买那些吧」."""
    assert "forbidden_phrase" in kinds(run(rules, taboo_call("便宜的东西满大街，都是您去买那些吧。")))


@pytest.mark.parametrize("thanks", ["谢谢您没挂电话，那边回复了。", "辛苦您等了一阵，情况我摸清楚了。"])
def test_thanks_for_holding_on_or_for_the_trouble_is_the_thanks_after_a_hold(rules, thanks):
    assert of_kind(rules, call_with_hold("请您稍等，我帮您查询一下。", 15.0, thanks=thanks), "missing_hold_thanks") == []


@pytest.mark.parametrize("thanks, thanked", [
    ("谢谢您没怪电话，那边回复了。", True),  # set 6 (post hoc): 挂 heard as 怪; 谢谢您 on coming back is the thanks
    ("多谢你，结果出来了。", True),
    ("谢谢您的来电，祝您生活愉快。", False),  # a closing, not thanks for the wait
    ("结果出来了，您的订单已经退款。", False),
])
def test_thanking_the_caller_on_coming_back_is_the_thanks_whatever_follows(rules, thanks, thanked):
    found = of_kind(rules, call_with_hold("请您稍等，我帮您查询一下。", 15.0, thanks=thanks), "missing_hold_thanks")
    assert (found == []) == thanked


ANSWER = "您上个月的燃气费是八十元，其中基本费用三十元，阶梯部分五十元，下个月开始按新的价格执行，"


@pytest.mark.parametrize("resumption, thanked", [
    ("谢谢您一直等着，查到了，" + ANSWER + "有问题随时打过来。", True),
    ("查到了，" + ANSWER + "谢谢您一直信任我们。", False),  # set 15 (post hoc): thanks for the trust, 20 s on
])
def test_the_thanks_for_a_wait_is_said_on_coming_back_not_at_the_end_of_a_long_answer(rules, resumption, thanked):
    """Only the clauses begun within ``lookback_s`` (8 s) of the hold's end can thank for the wait."""
    t = call_with_hold("请您稍等，我帮您查询一下。", 15.0, thanks=resumption, resume_s=20.0)
    assert (of_kind(rules, t, "missing_hold_thanks") == []) == thanked


def test_saying_you_will_be_right_back_announces_a_hold(rules):
    assert "unannounced_hold" not in kinds(run(rules, call_with_hold("好，您别急，我马上回来。", 20.0)))


# The trade's 服务禁语 lists hold dozens of sentences per family; these were missed before
# the families' shapes were widened from those lists (this stop, written before any new set).
@pytest.mark.parametrize("line, family", [
    ("你问我，我问谁去？", "ignorance"),
    ("这事别找我。", "not_my_job"), ("我只管这个，别的我不管。", "not_my_job"),
    ("这个我们不负责。", "not_my_job"), ("你跟我说也没用。", "not_my_job"),
    ("你怎么这么笨，这都不会。", "blame_understanding"), ("你这人怎么这么麻烦。", "blame_understanding"),
    ("刚才不是告诉你了吗？", "blame_understanding"), ("我已经解释得很清楚了。", "blame_understanding"),
    ("谁让你自己不看清楚的。", "blame_understanding"), ("现在才说，早干嘛去了？", "blame_understanding"),
    ("那是你的事。", "blame_understanding"),
    ("你自己去营业厅办吧。", "read_it_yourself"), ("您自己想办法吧。", "read_it_yourself"),
    ("你爱咋咋地吧。", "take_it_or_leave_it"), ("我就这态度，你能怎么样？", "take_it_or_leave_it"),
    ("你到底要不要办，不要就算了。", "take_it_or_leave_it"), ("不行就是不行。", "take_it_or_leave_it"),
    ("不可能给你退。", "take_it_or_leave_it"), ("有意见找我们领导去。", "take_it_or_leave_it"),
    ("你想怎么投诉都行。", "take_it_or_leave_it"), ("我也是按规定办事。", "take_it_or_leave_it"),
    ("出了问题您自己承担。", "take_it_or_leave_it"),
    ("没看我正忙着吗？", "impatience"), ("马上下班了，明天再打吧。", "impatience"),
    ("喊什么喊，小声点。", "impatience"), ("你别跟我嚷嚷。", "impatience"), ("这么点小事也打电话。", "impatience"),
])
def test_the_trades_listed_taboo_sentences_are_found_by_their_familys_shape(rules, line, family):
    (found,) = taboo_findings(rules, line)
    assert f"({family})" in found.detail and found.confidence >= 0.5


@pytest.mark.parametrize("line", [
    "请问您叫什么名字？", "运费由您自己承担，是十二元。", "如果您有意见，可以拨打我们的投诉电话。",
    "这种情况不可能发生，您放心。", "我们会按规定为您办理。", "您看这样怎么样？", "这点小事您不用担心，我马上处理。",
    "不用您去找厂家，我们客服直接帮您对接。", "您需要本人带身份证到营业厅办理。", "这事交给我，您放心。",
    "您不用自己跑营业厅，我在线就能办。", "那是您的权益，我们一定保障。", "您先不要着急，我们已经看到您的反馈了。",
])
def test_the_widened_shapes_leave_ordinary_service_sentences_alone(rules, line):
    assert "forbidden_phrase" not in kinds(run(rules, taboo_call(line)))


@pytest.mark.parametrize("thanks", ["麻烦您了，台账我借到了。", "谢谢您的守候，数据比对完毕。"])
def test_set_8s_thanks_on_coming_back(rules, thanks):
    """Set 8 (post hoc): 麻烦您了 acknowledges the wait; 您的守候 is a thanks whatever came before it."""
    assert of_kind(rules, call_with_hold("请您稍等，我帮您查询一下。", 15.0, thanks=thanks), "missing_hold_thanks") == []


@pytest.mark.parametrize("announce", ["您这边先保持在线，我把您名下的资料调出来核对一遍。",
                                      "接下来您会听到一段背景音乐，那是我在帮您核对，不是掉线了。"])
def test_set_8s_hold_announcements(rules, announce):
    assert "unannounced_hold" not in kinds(run(rules, call_with_hold(announce, 20.0)))


@pytest.mark.parametrize("line, family", [
    ("您不看手机能怪谁？", "blame_understanding"), ("轮不到您评判。", "blame_understanding"),
    ("这都不明白，您平时不看新闻的吧。", "blame_understanding"), ("查不到就说明您压根没提交成功，自己不上心。", "blame_understanding"),
    ("这个您上别处问去。", "not_my_job"), ("别指望我们替您填。", "take_it_or_leave_it"),
])
def test_set_8s_taboo_wordings_are_found_by_their_familys_shape(rules, line, family):
    (found,) = taboo_findings(rules, line)
    assert f"({family})" in found.detail


# Thirty more 服务禁语 written from the trade before any new set (this stop): sarcasm and talking
# down (讽刺挖苦) had no family, and these others no shape.
@pytest.mark.parametrize("line, family", [
    ("您可真会挑时候打电话。", "mocking"), ("您这问题问得可真新鲜。", "mocking"), ("哟，您还挺懂的嘛。", "mocking"),
    ("这还用问吗？", "mocking"), ("这么明显还看不出来吗？", "mocking"), ("亏您想得出来。", "mocking"),
    ("你懂不懂啊？", "mocking"), ("这是常识好吧。", "mocking"), ("你到底会不会用啊？", "mocking"),
    ("小学生都知道。", "mocking"), ("我又不是神仙。", "mocking"),
    ("快点说，后面还有人排队。", "impatience"), ("不满意你去投诉啊。", "take_it_or_leave_it"),
    ("没有别的办法，就这样。", "take_it_or_leave_it"), ("你打一一零去。", "not_my_job"),
])
def test_sarcasm_and_other_trade_wordings_are_found_by_their_familys_shape(rules, line, family):
    (found,) = taboo_findings(rules, line)
    assert f"({family})" in found.detail and found.confidence >= 0.5


@pytest.mark.parametrize("line", [
    "这个问题问得很好，我给您解释一下。", "您说得对，是我们没有讲清楚。", "如果您不满意，可以拨打投诉热线，我把号码告诉您。",
    "您也可以在网上自助查询，或者我现在帮您查。", "请问您会不会用微信支付？", "我快点说一下重点，您记一下。",
    "您可以拨打一二三四五反映。", "您真是太客气了。",
])
def test_the_new_shapes_leave_kind_and_ordinary_sentences_alone(rules, line):
    assert "forbidden_phrase" not in kinds(run(rules, taboo_call(line)))


@pytest.mark.parametrize("thanks", ["不好意思耽误您时间了，已经查好了。", "抱歉耽误您的时间了，查询结果是这样的。",
                                    "不好意思让您等了，我这边看到了。",
                                    "我抱歉单科了您的时间，主任给了答复。",  # 耽搁 misheard (set 13, post hoc)
                                    "以老凡您等这么久，维保站那边有回话了。",  # 劳烦 heard 老凡 (set 14, post hoc)
                                    "谢您耐着姓子等我，库房里还有货。"])  # (set 14, post hoc)
def test_an_apology_or_thanks_for_the_time_taken_thanks_the_caller_for_waiting(rules, thanks):
    assert of_kind(rules, call_with_hold("请您稍等，我帮您查询一下。", 15.0, thanks=thanks), "missing_hold_thanks") == []


# Written after the thanks classifier was fitted; in none of its examples.
@pytest.mark.parametrize("thanks", ["真过意不去，连累您陪我熬着，结果出来了。",   # (让您在线上干耗了… is a shape since)
                                    "您真是好耐性，陪我等了这么半天，结果出来了。"])
def test_a_thanks_for_the_wait_in_words_no_list_or_shape_holds_is_recognised_by_the_classifier(rules, config, thanks):
    held = call_with_hold("请您稍等，我帮您查询一下。", 15.0, thanks=thanks)
    assert of_kind(rules, held, "missing_hold_thanks") == []
    assert of_kind(rules_without(config, "missing_hold_thanks", "learned_thanks"), held, "missing_hold_thanks") != []


@pytest.mark.parametrize("resumed", ["好的，查到了，是八十元。", "您好，同事回复了，可以办。", "喂，还在吗？系统显示已经处理完了。"])
def test_coming_back_with_news_and_no_thanks_is_still_a_missing_thanks(rules, resumed):
    assert of_kind(rules, call_with_hold("请您稍等，我帮您查询一下。", 15.0, thanks=resumed), "missing_hold_thanks") != []


def test_a_short_wait_the_agent_asked_for_is_owed_the_thanks_too(rules):
    """Four writers (eval, set 1, sets 6 and 8) hold for 6-8 s after 请稍等 and label the missing thanks:
    the caller was asked to wait, however short the wait (announced_min_s, 5 s)."""
    (found,) = of_kind(rules, call_with_hold("请您稍等，我帮您查询一下。", 7.0, thanks="好的，查到了，是八十元。"),
                       "missing_hold_thanks")
    assert found.confidence >= 0.5 and "7.0 s hold" in found.detail
    assert of_kind(rules, call_with_hold("请您稍等，我帮您查询一下。", 7.0), "missing_hold_thanks") == []


def test_a_short_pause_nobody_was_asked_to_wait_through_owes_no_thanks(rules):
    assert of_kind(rules, call_with_hold("好的，我明白了。", 7.0, thanks="您上个月的燃气费是八十元。"), "missing_hold_thanks") == []
    assert of_kind(rules, call_with_hold("请您稍等，我帮您查询一下。", 4.0, thanks="查到了，是八十元。"), "missing_hold_thanks") == []


@pytest.mark.parametrize("thanks", ["承蒙您耐心等待，查询结果如下。", "迁城蒙请耐心等待，查询结果如下。"])
def test_chengmeng_the_formal_thanks_is_heard_by_its_sound(rules, thanks):
    """Set 6 (post hoc): 承蒙您耐心等待, which Whisper wrote 迁城蒙请耐心等待."""
    assert of_kind(rules, call_with_hold("请您稍等，我帮您查询一下。", 15.0, thanks=thanks), "missing_hold_thanks") == []


@pytest.mark.parametrize("announce", ["麻烦您守着电话，我去工单系统里给您翻一翻。", "我去档案柜把原件调过来，您先别断线。",
                                      "我去跟安装师傅对个时间，您在线上等着就好。",
                                      "我这就去找主管。", "我把您的档案调出来。"])  # stepping away on the caller's errand
def test_set_10s_hold_announcements(rules, announce):
    assert "unannounced_hold" not in kinds(run(rules, call_with_hold(announce, 20.0)))


@pytest.mark.parametrize("thanks", ["谢谢您守着电话，库房那边有回应了。", "让您干等这么久，实在过意不去。"])
def test_set_10s_thanks_on_coming_back(rules, thanks):
    assert of_kind(rules, call_with_hold("请您稍等，我帮您查询一下。", 15.0, thanks=thanks), "missing_hold_thanks") == []


@pytest.mark.parametrize("line, family", [
    ("你赶紧的，我这边一堆电话排着呢。", "impatience"), ("我又不是算命的。", "mocking"),
    ("那是您自己家管子的毛病。", "blame_understanding"), ("肯定是您开了外挂。", "blame_understanding"),
    ("机场不背这个锅。", "not_my_job"), ("过了这村没这店。", "take_it_or_leave_it"),
    ("你看不懂就别玩了。", "take_it_or_leave_it"),
])
def test_set_10s_taboo_wordings_are_found_by_their_familys_shape(rules, line, family):
    (found,) = taboo_findings(rules, line)
    assert f"({family})" in found.detail


def test_a_refusals_sounds_without_its_negation_say_the_opposite(rules):
    """Set 10 (post hoc): 这事归我们管 (heard 你对归我们馆) read by meaning as 不归我们管; with no 不/没 it
    takes the matter on. The refusal in other words keeps its negation and is still found."""
    assert "forbidden_phrase" not in kinds(run(rules, taboo_call("你对归我们馆，您不用再跑别的地方。")))
    assert "forbidden_phrase" in kinds(run(rules, taboo_call("这事不归我们部门管。")))


# A third list of 40 服务禁语 written from the trade after set 10 (this stop): 21 were missed; these 18
# are found now. Left out on purpose, too close to honest statements: 你的问题我解决不了, 你这样我没法给你办,
# 你自己考虑吧.
@pytest.mark.parametrize("line, family", [
    ("下班了，明天再来。", "impatience"), ("你找领导去。", "take_it_or_leave_it"), ("你到底办不办？", "take_it_or_leave_it"),
    ("这个不是我管的。", "not_my_job"), ("没有就是没有。", "take_it_or_leave_it"), ("你这个问题太简单了。", "mocking"),
    ("不是早就通知了吗？", "blame_understanding"), ("你不会早点打电话吗？", "blame_understanding"),
    ("这么晚才打来。", "blame_understanding"), ("我们就是这么规定的。", "take_it_or_leave_it"),
    ("这个你得自己去处理。", "read_it_yourself"), ("别跟我讲这些。", "impatience"), ("我们这里不管这个。", "not_my_job"),
    ("你找错地方了。", "not_my_job"), ("反正就这样了。", "take_it_or_leave_it"), ("你能不能别打断我？", "impatience"),
    ("你问这个干什么？", "impatience"), ("这种事也来问我？", "impatience"),
])
def test_a_third_trade_list_is_found_by_the_families_shapes(rules, line, family):
    (found,) = taboo_findings(rules, line)
    assert f"({family})" in found.detail


@pytest.mark.parametrize("line", [
    "这是规定，我给您解释一下原因。", "您找对地方了，这个就是我们负责的。", "您考虑好了再打给我们也可以。",
    "您打断我没关系，您先说。", "这种情况很常见，您不用担心。", "我们的规定是这样的，您看能不能接受。",
    "您没有找错地方，就是我们这里。", "请问您是要换还是退？",
])
def test_the_third_lists_shapes_leave_ordinary_service_sentences_alone(rules, line):
    assert "forbidden_phrase" not in kinds(run(rules, taboo_call(line)))


@pytest.mark.parametrize("announce", ["我这儿操作一下，您等我一分钟。", "给我两分钟，我去系统里查查。",
                                      "我去后台看看是什么情况，您别急。"])
def test_a_third_trade_lists_hold_announcements(rules, announce):
    """20 announcements written from the trade after set 10 (this stop); these 3 were missed."""
    assert "unannounced_hold" not in kinds(run(rules, call_with_hold(announce, 20.0)))


@pytest.mark.parametrize("thanks", ["不好意思，耽搁了一会儿，是这样的。", "抱歉耽搁您了，监控我看过了。", "久等啦，资料找到了。",
                                    "让您费心等了，结果是这样的。"])
def test_a_third_trade_lists_thanks_after_a_hold(rules, thanks):
    """15 thanks written from the trade after set 10 (this stop); these 4 were missed."""
    assert of_kind(rules, call_with_hold("请您稍等，我帮您查询一下。", 15.0, thanks=thanks), "missing_hold_thanks") == []


# --- Issue 11: a classifier fitted on every writer's and the trade's taboo lines -----------------
# New writers say their taboo in words no list or shape holds (blind: 1 of 8 and 0 of 8 lines of
# sets 8 and 10). These lines were written after it was fitted, and are in none of its examples.
LEARNED_ONLY = ["规定又不是我定的，您跟我较什么劲。", "您跟我嚷嚷也没用，又不是我让它坏的。"]


@pytest.mark.parametrize("line", LEARNED_ONLY)
def test_a_taboo_in_words_no_list_or_shape_holds_is_found_by_the_learned_classifier(rules, config, line):
    (found,) = taboo_findings(rules, line)
    assert "classifier" in found.detail and found.confidence >= 0.5
    assert taboo_findings(rules_without(config, "forbidden_phrase", "learned_threshold"), line) == []


@pytest.mark.parametrize("line", [
    "这个我懂了，我马上帮您登记。", "您别着急，我们一起看看问题出在哪儿。", "合同里第三条写得比较细，我给您念一下。",
    "不好意思，刚才是我没说清楚，我再解释一遍。", "您这个问题问得很好，很多客户也关心。",
    "这个确实不归我们热线办理，我帮您转到物业公司，电话也发您短信。", "您随时可以打电话过来，我们二十四小时都有人。",
    "如果您对处理结果不满意，可以拨打我们的投诉热线。",
])
def test_the_learned_classifier_leaves_service_sentences_alone(rules, line):
    assert taboo_findings(rules, line) == []


def test_the_learned_classifiers_dict_scores_are_sklearns_probabilities():
    """The rule scores clauses over dicts taken from the fitted model (learned.py): the same
    probability as sklearn's predict_proba, so the threshold means what it was measured as."""
    from qa_pipeline.rules.phrases import HeardText
    from qa_pipeline.rules.learned import LearnedClauses, read_examples, sklearn_model

    examples = read_examples("taboo")
    model, features = sklearn_model(examples)
    learned = LearnedClauses.fit(examples)
    lines = LEARNED_ONLY + ["这个我懂了", "好的", "您好，欢迎致电，请问有什么可以帮您？", "爱买不买", "Zoom 会议号是 123"]
    heard = [HeardText.of(x) for x in lines]
    expected = model.predict_proba(features.transform(heard))[:, 1]
    assert [learned.probability(h) for h in heard] == pytest.approx(list(expected), abs=1e-9)
    assert min(expected[:len(LEARNED_ONLY)]) > 0.5 > max(expected[len(LEARNED_ONLY):len(LEARNED_ONLY) + 3])


@pytest.mark.parametrize("turn", ["也是。", "好的", "对吧？", "嗯，是"])
def test_a_turn_too_short_to_judge_is_not_judged_by_the_classifier(turn):
    """Two characters carry no judgement of their own (learned.MIN_CHARS): the classifier gives
    them nothing, as it gives nothing to such a clause of a longer turn."""
    from qa_pipeline.rules.learned import LearnedClauses, read_examples

    assert LearnedClauses.fit(read_examples("taboo")).best(turn) == (0.0, "")

# --- Issue 11: a hold announced in words no list or shape holds (learned.py) ----------------------
# Written after the classifier was fitted; in none of its examples.
@pytest.mark.parametrize("announce", ["您这边先别急着挂，我问问主管。", "电话您先拿着，这个要找后台的同事确认。",
                                      "您先在线上待一会儿，我找经理确认。"])
def test_an_announcement_in_words_no_list_or_shape_holds_is_recognised_by_the_classifier(rules, config, announce):
    assert "unannounced_hold" not in kinds(run(rules, call_with_hold(announce, 20.0)))
    without = rules_without(config, "unannounced_hold", "learned_announce")
    assert "unannounced_hold" in kinds(run(without, call_with_hold(announce, 20.0)))


@pytest.mark.parametrize("before", ["麻烦您报一下保单号。", "请您提供一下装机地址。", "谢谢您耐心等候，我这边查到了。",
                                    "户号是一三五七，我核实一下，对吗？"])
def test_asking_for_a_detail_or_thanking_for_a_wait_announces_no_hold_to_the_classifier(rules, before):
    """请您…一下 asks for a detail; 耐心等候 after 谢谢 thanks for a wait; a read-back checks a number."""
    assert "unannounced_hold" in kinds(run(rules, call_with_hold(before, 20.0)))


# --- After set 18's blind measurement (post hoc): the blame put anywhere but here ---------------
# Two writers who never saw each other (sets 12 and 18) wrote 怪不到 + the place: 现在晕怪不到店里,
# 壁厚不够怪不到打印上. The same words with 您 after them say the opposite (not your fault).

@pytest.mark.parametrize("line", ["模型断了是您图纸没画好，壁厚不够怪不到打印上。", "这个赖不着我们，是快递的事。"])
def test_blame_put_anywhere_but_here_is_a_taboo_by_its_shape(rules, line):
    (found,) = taboo_findings(rules, line)
    assert "(not_my_job)" in found.detail


@pytest.mark.parametrize("line", ["这事怪不到您头上，是我们系统的问题。", "您别自责，这怪不着您。"])
def test_not_your_fault_is_no_taboo(rules, line):
    assert "forbidden_phrase" not in kinds(run(rules, taboo_call(line)))


# --- After set 19's blind measurement (post hoc) --------------------------------------------------

@pytest.mark.parametrize("announce", ["我查的这段时间线上会安静一阵，您别以为断了。", "电话里可能会没有声音，别以为是掉线。"])
def test_set_19s_hold_announcements_say_the_line_will_go_quiet(rules, announce):
    assert "unannounced_hold" not in kinds(run(rules, call_with_hold(announce, 20.0)))


@pytest.mark.parametrize("line, family", [
    ("价格没得谈，嫌贵您坐火车去。", "take_it_or_leave_it"), ("报价就这个数，嫌贵您换别家。", "take_it_or_leave_it"),
    ("您嫌贵可以不买。", "take_it_or_leave_it"), ("您长话短说，我这边一晚上接了几十个了。", "impatience"),
])
def test_set_19s_taboo_wordings_are_found_by_their_familys_shape(rules, line, family):
    """Seven writers wrote 嫌贵 + a way out, four wrote 长话短说 to the caller."""
    (found,) = taboo_findings(rules, line)
    assert f"({family})" in found.detail


@pytest.mark.parametrize("line", ["您要是嫌贵的话，我们还有一款基础套餐。", "如果您嫌贵，可以等月底的活动。", "那我长话短说，您的订单明天到。"])
def test_set_19s_taboo_look_alikes_are_not_taboo(rules, line):
    assert "forbidden_phrase" not in kinds(run(rules, taboo_call(line)))


@pytest.mark.parametrize("thanks", ["耽误您宝贵的时间了，库存核对完毕。", "叠担务您宝贵的时间了，库存合对完毕。", "不宁宝贵的时间了，库存和队完毕。"])
def test_set_20s_thanks_owning_the_time_taken(rules, thanks):
    """Set 20 (post hoc): 耽误您宝贵的时间了 thanks for the wait, as Whisper heard it too."""
    assert of_kind(rules, call_with_hold("请您稍等，我帮您查询一下。", 15.0, thanks=thanks), "missing_hold_thanks") == []


@pytest.mark.parametrize("line, family", [
    ("排到哪天算哪天，等不及就换一家。", "take_it_or_leave_it"), ("您要是等不了，就去别家吧。", "take_it_or_leave_it"),
    ("小程序里有计价器，自己点点就出来了。", "read_it_yourself"),
])
def test_set_21s_taboo_wordings_are_found_by_their_familys_shape(rules, line, family):
    """Set 21 (post hoc): can't wait, then go elsewhere; so easy, do it yourself."""
    (found,) = taboo_findings(rules, line)
    assert f"({family})" in found.detail


@pytest.mark.parametrize("line", ["您等不及的话，我帮您换一家近的网点。", "您在小程序里点一下计价器就能看到价格。"])
def test_set_21s_taboo_look_alikes_are_not_taboo(rules, line):
    assert "forbidden_phrase" not in kinds(run(rules, taboo_call(line)))


def test_trouble_the_agent_apologises_for_is_no_taboo(rules):
    """Set 21 (post hoc): 「让您打了这么多遍，真对不住您」 names the trouble caused, to say sorry for it;
    the classifier reads the first clause alone (p 0.93). Without the apology the same clause is judged."""
    heard = "你让你打了这么多遍,针对不住您的是我现在就办。"  # as Whisper heard it
    assert "forbidden_phrase" not in kinds(run(rules, taboo_call(heard)))
    apology_first = "真对不住您，您自己去营业厅办吧。"  # an apology before a taboo excuses nothing
    assert "forbidden_phrase" in kinds(run(rules, taboo_call(apology_first)))


@pytest.mark.parametrize("line, family", [
    ("一年一次，同一句话我讲第四遍了。", "blame_understanding"), ("冷冻冷藏都分不清，还做什么生鲜生意。", "mocking"),
])
def test_set_22s_taboo_wordings_are_found_by_their_familys_shape(rules, line, family):
    """Set 22 (post hoc): said it the Nth time already; can't even tell X apart, and you run Y?"""
    (found,) = taboo_findings(rules, line)
    assert f"({family})" in found.detail


@pytest.mark.parametrize("line", ["我再给您讲第二遍，您听听看。", "很多人都分不清冷冻和冷藏，我给您说说区别。"])
def test_set_22s_taboo_look_alikes_are_not_taboo(rules, line):
    assert "forbidden_phrase" not in kinds(run(rules, taboo_call(line)))


# --- Set 23's blind measurement (post hoc) ---------------------------------------------------------

@pytest.mark.parametrize("news", ["仓库那边确认好了，货在。", "仓库那边确认了，有现货，师傅周四上门。"])
def test_news_on_return_is_no_thanks_however_like_the_examples_thanks(rules, news):
    # sets 21 and 23: the classifier's examples bring thanks and news together (谢谢您久等，仓库那边
    # 确认好了), and took the news alone for thanks (p 0.64-0.97); a thanks speaks of the wait or
    # thanks at all
    assert of_kind(rules, call_with_hold("请您稍等，我帮您查询一下。", 15.0, thanks=news), "missing_hold_thanks") != []


@pytest.mark.parametrize("thanks", ["让您等着急了吧，登记本上查到了。", "让您一直等，真过意不去，查到了。"])
def test_sorry_to_have_kept_you_waiting_in_other_words_is_a_thanks(rules, thanks):
    assert of_kind(rules, call_with_hold("请您稍等，我帮您查询一下。", 15.0, thanks=thanks), "missing_hold_thanks") == []



@pytest.mark.parametrize("line, family", [("油全往池子里倒，堵了能赖谁。", "blame_understanding"),
                                          ("快递丢的您找快递，我们这边一概不认。", "not_my_job"),
                                          ("公众号上都标着呢，点开瞧不就完了。", "read_it_yourself"),
                                          ("节后电话都打爆了，您一次想好了再打。", "impatience")])
def test_set_23s_taboo_shapes_are_found(rules, line, family):
    # blind set 23 (post hoc): the blame put on the caller by a question, refusing all of it, look it
    # up yourself and that's that, come back when you know what you want
    (found,) = taboo_findings(rules, line)
    assert f"({family})" in found.detail


@pytest.mark.parametrize("line", ["您不着急，考虑一下，想好了再打过来也可以。", "这个费用我们一概不收，您放心。"])
def test_time_to_think_and_charging_nothing_are_no_taboo(rules, line):
    assert taboo_findings(rules, line) == []


# --- Set 24's blind measurement (post hoc) ---------------------------------------------------------

def test_an_offer_of_help_the_classifier_takes_for_a_taboo_is_excused(rules):
    # set 24: the opening's 有事您吩咐, heard 「有是您分副」, read as a taboo at p 0.96 in three calls;
    # an exclude context excuses the classifier's clause as it excuses a phrase or a shape
    assert taboo_findings(rules, "这么晚还在为您守着的是安防报警中心1627号，有是您分副。") == []


@pytest.mark.parametrize("line, family", [("一样的话，我不说第三遍，您拿笔记着。", "blame_understanding"),
                                          ("价目表群里天天发，往上翻翻就有。", "read_it_yourself")])
def test_set_24s_taboo_shapes_are_found(rules, line, family):
    (found,) = taboo_findings(rules, line)
    assert f"({family})" in found.detail


def test_looking_it_up_somewhere_announces_the_hold(rules):
    # set 24: 「我到值班表上看看今晚谁能出动」 before 11.5 s of quiet (its 请您稍等 heard as garbage)
    assert "unannounced_hold" not in kinds(run(rules, call_with_hold("我到值班表上看看今晚谁能出动。", 15.0)))


def test_thanks_for_not_going_away_is_a_thanks(rules):
    # set 24: 多谢您没走开 heard 「我都陷阴没走开」: what is left says it
    t = call_with_hold("请您稍等，我帮您查询一下。", 15.0, thanks="我都陷阴没走开，交接单上写着呢。")
    assert of_kind(rules, t, "missing_hold_thanks") == []


def test_complaining_the_caller_asked_n_times_is_a_taboo_but_asking_on_their_behalf_is_not(rules):
    # set 25 (post hoc): 一上午问了四回了 said to the caller; 我帮您问了三次了 is work done for them
    (found,) = taboo_findings(rules, "一上午问了四回了，放了自然通知。")
    assert "(blame_understanding)" in found.detail
    assert taboo_findings(rules, "我已经帮您问了三次了，对方还没答复。") == []


# --- Set 26's blind measurement (post hoc) ---------------------------------------------------------

@pytest.mark.parametrize("line, family", [("菜单是厨房定的，我这钱台管不折。", "not_my_job"),
                                          ("只能到店自提，要送货您另找别家。", "not_my_job"),
                                          ("一个问题您颠过来倒过去地问，我手上还压着一堆单子呢。", "impatience")])
def test_set_26s_taboo_shapes_are_found(rules, line, family):
    # blind set 26 (post hoc): a desk that is not answerable (the desk named between 我这 and 管不着,
    # heard 管不折), sending the caller to another shop, and the caller's question thrown back at them
    (found,) = taboo_findings(rules, line)
    assert f"({family})" in found.detail


@pytest.mark.parametrize("line", ["这个事我这边管得着，您放心。", "别家有的款式我们也能帮您找找。"])
def test_answering_for_it_and_finding_it_elsewhere_for_the_caller_are_no_taboo(rules, line):
    assert taboo_findings(rules, line) == []


def test_an_invitation_to_call_back_for_an_explanation_is_no_taboo(rules):
    # set 26 (post hoc): 看不懂 read as a taboo at p 0.98; the clause invites the caller to call, and
    # the agent offers to explain stitch by stitch
    assert taboo_findings(rules, "图解就在袋子里，看不懂您就打过来，我一针一针给您讲。") == []


@pytest.mark.parametrize("line", ["免费多玩，那干脆把船送您得了。", "一个月就比赛，马都要笑了。", "一周全学会，您家养的是神犬吧。",
                                  "第一次就破三，国家队该来挖您了。", "一分不交，那您该找的是魔术师。", "您这要是值大钱，我早就退休了。"])
def test_sarcasm_an_absurd_praise_or_consequence_is_mocking(rules, line):
    # the sarcasms the writers of sets 16-26 wrote and the rules missed (post hoc), by their shape:
    # give it away then, even the horse laughs, a wonder dog, the national team should sign you
    (found,) = taboo_findings(rules, line)
    assert "(mocking)" in found.detail


@pytest.mark.parametrize("line", ["孩子们听了都笑了，说下次还来。", "这次活动我们送您一张优惠券，下次能用。",
                                  "老师傅早就退休了，现在是他徒弟接手。"])
def test_laughter_a_gift_and_someone_elses_retirement_are_no_sarcasm(rules, line):
    assert taboo_findings(rules, line) == []


# --- Set 29's blind measurement (post hoc) ---------------------------------------------------------

@pytest.mark.parametrize("thanks", ["让您在线上熬着了，对不住，交班本上查到了。", "上您在线上熬制了，对不住交班本上查到了。"])
def test_the_wait_owned_with_an_apology_on_coming_back_is_a_thanks(rules, thanks):
    # set 29: the wait owned in words no list or shape had (熬着了), and heard half-garbled
    assert of_kind(rules, call_with_hold("请您稍等，我帮您查询一下。", 15.0, thanks=thanks), "missing_hold_thanks") == []


@pytest.mark.parametrize("news", ["查到了。非常抱歉，我已经为您登记了投诉。", "交班本上查到了，要是没收到呢，对不起，只能再等两天。"])
def test_an_apology_for_the_news_after_a_hold_is_no_thanks_for_the_wait(rules, news):
    assert of_kind(rules, call_with_hold("请您稍等，我帮您查询一下。", 15.0, thanks=news), "missing_hold_thanks") != []


@pytest.mark.parametrize("line, family", [("天热化了那是老天爷的事，跟工作事不沾扁。", "not_my_job"),
                                          ("标签都剪了，洗坏了只能怪您没留标签。", "blame_understanding"),
                                          ("这种病讲起来复杂，说了您也未必听得懂。", "blame_understanding"),
                                          ("注意事项都发您短信了，别老打过来。", "impatience")])
def test_set_29s_taboo_shapes_are_found(rules, line, family):
    (found,) = taboo_findings(rules, line)
    assert f"({family})" in found.detail


@pytest.mark.parametrize("line", ["这事跟您没关系，也跟您的操作不沾边，是系统的问题。", "这个不能怪您，是我们没说清楚。",
                                  "您别老站着等，坐下歇会儿，我们一有消息就打过来。"])
def test_set_29s_look_alikes_are_no_taboo(rules, line):
    assert taboo_findings(rules, line) == []


# --- Set 30's blind measurement (post hoc) ---------------------------------------------------------

@pytest.mark.parametrize("thanks", ["实在抱歉耽搁您了，组长确认过了。", "实在抱歉单哥宁了，组长确认过了。",
                                    "感谢您这么耐心地等，老员工说可以办。", "敢现您这么耐心地等，老员工说可以办。",
                                    "以谢信音等我前辈帮我查到了。"])
def test_set_30s_thanks_on_coming_back(rules, thanks):
    # the apology before what it was for (耽搁您了), the caller's patience owned, 谢谢您等我; each as said
    # and as Whisper heard it
    assert of_kind(rules, call_with_hold("请您稍等，我帮您查询一下。", 15.0, thanks=thanks), "missing_hold_thanks") == []


def test_an_apology_before_the_news_is_still_no_thanks_for_the_wait(rules):
    news = "抱歉，系统里显示您的订单周三已经发出了。"
    assert of_kind(rules, call_with_hold("请您稍等，我帮您查询一下。", 15.0, thanks=news), "missing_hold_thanks") != []


@pytest.mark.parametrize("line, family", [("说明书塞您包里了，回去自己琢磨。", "read_it_yourself"),
                                          ("明码标价，嫌贵出门左转。", "take_it_or_leave_it"),
                                          ("两点两点，同一句话我讲了八百遍了。", "blame_understanding"),
                                          ("问这种话的一看就没见过世面。", "mocking")])
def test_set_30s_taboo_shapes_are_found(rules, line, family):
    (found,) = taboo_findings(rules, line)
    assert f"({family})" in found.detail


@pytest.mark.parametrize("line", ["好的，我直接说重点，周四下午给您办完。", "您进了商场出门左转就能看到我们的服务台。",
                                  "您回家自己看一下说明书也行，有问题随时打过来。"])
def test_set_30s_look_alikes_are_no_taboo(rules, line):
    assert taboo_findings(rules, line) == []


@pytest.mark.parametrize("question", ["请问是否正确？", "是否无误？"])
def test_a_formal_read_back_heard_unsurely_is_no_misheard_announcement(rules, question):
    # set 30 on mono: 跟您核对一下，…，请问是否正确 with 对 heard at 0.12 sounded like 帮您核实一下 and held the
    # hold that followed for review (0.40); the question says it is a read-back
    t = call_with_hold("占位", 14.0)
    said = spoken("agent", 9.5, 12.0, ("跟您合", 0.7), ("对", 0.12), ("一下，喻池小文，" + question, 0.9))
    t = t.__class__(t.duration_s, t.layout, tuple(said if u.text == "占位" else u for u in t.utterances), t.speech,
                    asr_key=t.asr_key)
    (found,) = [f for f in run(rules, t) if f.kind == "unannounced_hold"]
    assert found.confidence >= 0.5 and "misheard" not in found.detail


# --- After set 32's blind measurement (post hoc) -------------------------------------------------

@pytest.mark.parametrize("line, family", [("好了好了，问来问去就这点事，我这儿还有别的线。", "impatience"),
                                          ("您那边谁没事老去拨指针，拨坏了倒来找我们。", "blame_understanding"),
                                          ("饲养卡装在盒子里，翻出来照着喂就完了。", "read_it_yourself")])
def test_set_32s_taboo_shapes_are_found(rules, line, family):
    (found,) = taboo_findings(rules, line)
    assert f"({family})" in found.detail


@pytest.mark.parametrize("line", ["明白直接说重点，九点进场。",  # as Whisper wrote it: one clause (an exclusion holds in its own)
                                  "以后再有问题还来找我们就行。",
                                  "您照着说明书做就行了，有不清楚的再打过来。"])
def test_set_32s_look_alikes_are_no_taboo(rules, line):
    assert taboo_findings(rules, line) == []


def test_told_and_still_not_understood_is_a_taboo_by_its_shape(rules):
    # set 27's line, found by the classifier alone at p 0.92 until set 32's phrases moved its fit below 0.9
    (found,) = taboo_findings(rules, "这个流程得跟您讲了您也听不明白，您等通知吧。")
    assert "(blame_understanding)" in found.detail


# --- After set 33's blind measurement (post hoc) -------------------------------------------------

@pytest.mark.parametrize("line, family", [("家长没看住孩子，出了事倒往牵驼人身上推。", "not_my_job"),
                                          ("跟您讲工艺您也分不出来，来了看看就行了。", "blame_understanding")])
def test_set_33s_taboo_shapes_are_found(rules, line, family):
    (found,) = taboo_findings(rules, line)
    assert f"({family})" in found.detail


@pytest.mark.parametrize("line", ["您别担心，这个责任不会推到您身上。",
                                  "两种颜色很接近，您也分得出来的，我寄样品给您看。"])
def test_set_33s_look_alikes_are_no_taboo(rules, line):
    assert taboo_findings(rules, line) == []


# --- After set 34's blind measurement (post hoc) -------------------------------------------------

@pytest.mark.parametrize("thanks", ["感谢您一直拿着听筒，余量表我查到了。", "这干线您一直拿着听筒，鱼量表我查到了。"])
def test_the_caller_holding_the_phone_all_along_is_a_thanks_for_the_wait(rules, thanks):
    # set 34: as said, and as Whisper heard it (感谢 as 这干线)
    assert of_kind(rules, call_with_hold("请您稍等，我帮您查询一下。", 15.0, thanks=thanks), "missing_hold_thanks") == []


@pytest.mark.parametrize("line, family", [("您这一个接一个地问，还让不让人接下一个了。", "impatience"),
                                          ("官网首页就挂着呢，您点开看一眼不就知道了。", "read_it_yourself")])
def test_set_34s_taboo_shapes_are_found(rules, line, family):
    (found,) = taboo_findings(rules, line)
    assert f"({family})" in found.detail


# --- After set 35's blind measurement (post hoc) -------------------------------------------------

@pytest.mark.parametrize("thanks", ["多谢您这么耐心，排班表我看到了。", "不屑您这么耐心，排班表我看到了。"])
def test_thanking_the_caller_for_being_so_patient_is_a_thanks_for_the_wait(rules, thanks):
    # set 35: as said, and as Whisper heard it (多谢 as 不屑)
    assert of_kind(rules, call_with_hold("请您稍等，我帮您查询一下。", 15.0, thanks=thanks), "missing_hold_thanks") == []


@pytest.mark.parametrize("line, family", [("您戴着泡温泉，那不发黑才怪。", "mocking"),
                                          ("这种常识，您问问家里上小学的都知道。", "mocking"),
                                          ("报名页面最底下写着呢，往下拉一拉就看见了。", "read_it_yourself"),
                                          ("全程一个价，嫌长您就别报这个项目。", "take_it_or_leave_it")])
def test_set_35s_taboo_shapes_are_found(rules, line, family):
    (found,) = taboo_findings(rules, line)
    assert f"({family})" in found.detail


@pytest.mark.parametrize("line", ["您往下拉就能看到退款按钮，我陪您一起操作。",
                                  "要是嫌远您就别跑一趟了，我们给您寄过去。",
                                  "请您这么操作：先点设置，再点账户。"])
def test_set_35s_look_alikes_are_no_taboo(rules, line):
    assert taboo_findings(rules, line) == []


# --- After set 36's blind measurement (post hoc) -------------------------------------------------

@pytest.mark.parametrize("line", ["请您稍后，不会太久。", "不是雷。"])
def test_a_clause_too_short_for_the_classifier_alone_is_no_taboo(rules, line):
    # set 36: read as taboos by the classifier alone at p 0.94 and 0.98, the hold's reassurance among them
    assert taboo_findings(rules, line) == []


# --- After set 37's blind measurement (post hoc) ------------------------------------------------------

@pytest.mark.parametrize("line, family", [
    ("挂不挂霜看老天爷，这笔糊涂账别往我们身上扣。", "not_my_job"),
    ("时间表在公众号里发过八百遍了，您往上划拉划拉。", "blame_understanding"),
    ("座都是随机排的，坐不惯您就打车上山。", "take_it_or_leave_it"),
    ("您别絮叨了，我这耳朵都听出茧子了。", "impatience"),
    ("这都要问，一看就是没出过门的。", "mocking"),
    ("冰面上到处插着小心路滑的牌子，老人自己不长眼。", "mocking"),
])
def test_set_37s_taboo_wordings_are_found_by_their_familys_shape(rules, line, family):
    assert any(f"({family})" in f.detail for f in taboo_findings(rules, line))


@pytest.mark.parametrize("line", ["您好，我说话放慢一点、声音大一点，您听着不清楚就叫我重讲。", "您要是坐不惯大巴，我帮您换成火车。",
                                  "这些您都可以问我，我慢慢给您讲。"])
def test_set_37s_look_alikes_are_not_taboo(rules, line):
    """Hearing unclearly is not knowing nothing; an offer of another seat is no take-it-or-leave-it."""
    assert taboo_findings(rules, line) == []


@pytest.mark.parametrize("thanks", ["这些现您一直没放电话，已经问清楚了。", "劳您等我打完这通电话，已经问清楚了。"])
def test_set_37s_thanks_after_a_hold_are_recognised(rules, thanks):
    """谢谢您一直没放电话 heard 这些现您一直没放电话: never putting the phone down is the thanks' subject."""
    assert of_kind(rules, call_with_hold("请您稍等，我帮您查询一下。", 15.0, thanks=thanks), "missing_hold_thanks") == []


# --- After set 38's blind measurement (post hoc) ------------------------------------------------------

@pytest.mark.parametrize("thanks", ["一朵仙宁城着，排期表看好了。", "一些仙营没刮极，排期表看好了。", "这些现您，排期表看好了。"])
def test_a_thanks_whose_xie_nin_whisper_ran_together_is_a_thanks(rules, thanks):
    """多谢您等着 heard 一朵仙宁城着, 谢谢您没挂机 heard 一些仙营没刮极: the first words back, 谢您 run
    together into xian nin. Set 38 blind: the poorly heard holds' trace search deducted two of these."""
    t = call_with_hold("请您稍等，我帮您查询一下。", 15.0, thanks=thanks)
    assert of_kind(rules, _agent_heard_at(t, 0.62), "missing_hold_thanks") == []


def test_news_that_begins_with_faxian_nin_is_no_thanks(rules):
    t = call_with_hold("请您稍等，我帮您查询一下。", 15.0, thanks="我们发现您的订单已经发货了。")
    (found,) = of_kind(rules, t, "missing_hold_thanks")
    assert found.confidence >= 0.5


# --- After set 39's blind measurement (post hoc) ------------------------------------------------------

@pytest.mark.parametrize("thanks", ["谢谢您拿着电话这么久，库房回过来了。", "线您拿着电话这么久护房回过来了您要的货给您留着。"])
def test_the_caller_holding_the_phone_this_long_is_a_thanks_for_the_wait(rules, thanks):
    """Set 39: 谢谢您拿着电话这么久, once heard with its 谢谢 as 线 and no clause break in the turn."""
    assert of_kind(rules, call_with_hold("请您稍等，我帮您查询一下。", 15.0, thanks=thanks), "missing_hold_thanks") == []


def test_asking_the_caller_to_hold_the_phone_again_is_no_thanks(rules):
    t = call_with_hold("请您稍等，我帮您查询一下。", 15.0, thanks="麻烦您拿着电话再等一下，库房还没回。")
    (found,) = of_kind(rules, t, "missing_hold_thanks")
    assert found.confidence >= 0.5


# --- After set 40's blind measurement (post hoc) ------------------------------------------------------

@pytest.mark.parametrize("thanks", ["让您守着听筒这么一大会儿，位置我数清楚了。", "以让你守着听懂这门一大会儿一为我数清楚了",
                                    "辛苦您举着手机这半天，座位排布看明白了。", "这些辛苦您局者手机这半天位置排布看明白了"])
def test_owning_the_trouble_of_holding_on_is_a_thanks_for_the_wait(rules, thanks):
    """Set 40: 让您守着听筒…, 辛苦您举着手机…, as said and as Whisper heard them."""
    assert of_kind(rules, call_with_hold("请您稍等，我帮您查询一下。", 15.0, thanks=thanks), "missing_hold_thanks") == []


# --- Written before set 41 was made: the wait owned by how long it has been --------------------------

@pytest.mark.parametrize("thanks", ["占用您这么半天，抢修队排上了。", "您陪我耗了这么久，师傅那边有空了。",
                                    "让您在电话里干等了好一阵，吊车约到了。", "您跟着我熬了这一大会儿，材料单出来了。"])
def test_owning_how_long_the_caller_waited_is_a_thanks_for_the_wait(rules, thanks):
    """Whatever the verb (占用, 陪, 耗, 熬 …): 您 and how long it has been (这么久, 这半天, 好一阵) owned."""
    assert of_kind(rules, call_with_hold("请您稍等，我帮您查询一下。", 15.0, thanks=thanks), "missing_hold_thanks") == []


@pytest.mark.parametrize("back", ["您再等一会儿，抢修队还没排上。", "师傅那边要一会儿才有空，您别急。"])
def test_asking_for_more_waiting_is_no_thanks_for_the_wait(rules, back):
    (found,) = of_kind(rules, call_with_hold("请您稍等，我帮您查询一下。", 15.0, thanks=back), "missing_hold_thanks")
    assert found.confidence >= 0.5


# --- After set 41's blind measurement (post hoc) ------------------------------------------------------

@pytest.mark.parametrize("thanks", ["谢您顶着风雨等我，抢修队那边落实了。", "以谢您领着与陪我和设备还有两台",
                                    "多谢您站在风口里还耐心听着，师傅那边定了。"])
def test_set_41s_thanks_for_the_wait_are_found(rules, thanks):
    """Set 41: 谢您 … 等我 with more words between, 谢您 as the first words back (as Whisper heard
    谢谢您淋着雨陪我核), patience owned as it is kept (还耐心听着)."""
    assert of_kind(rules, call_with_hold("请您稍等，我帮您查询一下。", 15.0, thanks=thanks), "missing_hold_thanks") == []


@pytest.mark.parametrize("back", ["请您再耐心等待一下，师傅还没回话。", "谢谢您的来电，祝您生活愉快。"])
def test_asking_for_patience_again_or_a_closing_is_no_thanks_for_the_wait(rules, back):
    (found,) = of_kind(rules, call_with_hold("请您稍等，我帮您查询一下。", 15.0, thanks=back), "missing_hold_thanks")
    assert found.confidence >= 0.5


def test_eight_seconds_of_silence_after_the_agent_spoke_is_already_a_hold(rules):
    """Writers 1-41 held calls for 7.6-14 s without a word and counted each a hold; at 10 s the rule
    missed four thanks and three announcements on the committed sets (set 41: a hold heard as 8.5 s)."""
    for hold_s, is_hold in ((8.5, True), (7.0, False)):
        t = call_with_hold("好的，上个月的是吧。", hold_s, thanks="好的，查到了，是八十元。")
        for kind in ("unannounced_hold", "missing_hold_thanks"):
            assert bool(of_kind(rules, t, kind)) == is_hold


@pytest.mark.parametrize("thanks", ["让您在电脑旁边干坐着，真不好意思，申报单的毛病找到了。", "与让您在面题旁边干坐着真不好意思申报单的毛病炒到了"])
def test_owning_that_the_caller_sat_idle_is_a_thanks_for_the_wait(rules, thanks):
    """Set 42 (post hoc): 让您…干坐着, as said and as Whisper heard it."""
    assert of_kind(rules, call_with_hold("请您稍等，我帮您查询一下。", 15.0, thanks=thanks), "missing_hold_thanks") == []


@pytest.mark.parametrize("thanks", [
    "谢谢同学一直没挂，您的档案记录我这边调出来了。", "多谢您等我这么半天，缴费明细我逐条看过了。",
    # as Whisper heard them
    "《记谢谢同学》一直没挂,您的荡案记录我这边掉出来了。因为可以开通多中端,书尊工程师12月14日前帮您改好套餐。",
    "有多陷阴等我这么半天,小废明细我主条看过了。要换申请我先提您填上,自车老师12月23日前告诉您,有没有空位。",
    "不信您等我正半天,小费您细我主乔看过了。没颈风的可以退,书孙主任12月8日前把退款给您办好。"])
def test_thanks_to_a_student_for_staying_on_and_a_wait_owned_by_its_length(rules, thanks):
    """Set 44 (post hoc): 谢谢同学 (a title, no 您) and 等我这么半天, as said and as Whisper heard them."""
    assert of_kind(rules, call_with_hold("请您稍等，我帮您查询一下。", 15.0, thanks=thanks), "missing_hold_thanks") == []


@pytest.mark.parametrize("back", ["好的，您再等我一会儿，系统有点慢。", "查到了，您这个一直没有办成功。"])
def test_asking_for_more_time_or_news_of_a_stalled_case_is_no_thanks(rules, back):
    assert of_kind(rules, call_with_hold("请您稍等，我帮您查询一下。", 15.0, thanks=back), "missing_hold_thanks") != []
