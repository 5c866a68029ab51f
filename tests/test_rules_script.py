"""missing_greeting / missing_closing on hand-written transcripts, including ASR errors."""

import pytest

from conftest import rules_without, spoken, transcript, utt
from qa_pipeline.rules import compile_ruleset

GREETING = "您好，欢迎致电南方燃气客户服务热线，工号8001为您服务，请问有什么可以帮您？"
CLOSING_1 = "请问还有什么可以帮您的吗？"
CLOSING_2 = "感谢您的来电，再见。"


def call(opening=GREETING, closing=(CLOSING_1, CLOSING_2), layout="agent_left"):
    parts = [utt("agent", 0.5, 6.0, opening), utt("customer", 6.5, 9.0, "我家的燃气表好像坏了。"),
             utt("agent", 9.5, 12.0, "好的，我帮您登记一下。"), utt("customer", 12.5, 13.5, "好的，谢谢。"),
             utt("agent", 14.0, 24.0, "已经给您登记好了，维修师傅明天上午联系您。"), utt("customer", 24.5, 25.5, "好的。")]
    t = 26.0
    for line in closing:
        parts.append(utt("agent", t, t + 2.5, line))
        t += 3.0
    return transcript(*parts, layout=layout)


KINDS = ("missing_greeting", "missing_closing")


def run(rules, t):
    """This module's rules only: the hand-written timings are not meant to test pace."""
    return [f for f in rules.run(t) if f.kind in KINDS]


@pytest.fixture(scope="module")
def rules(config):
    return compile_ruleset(config.ruleset_for("default"))


def kinds(findings):
    return sorted(f.kind for f in findings)


def test_standard_call_has_no_findings(rules):
    assert run(rules, call()) == []


@pytest.mark.parametrize("opening", [
    "您好，欢迎致电南方燃气，供好8001位您服务，请问有什么可以帮您？",  # 工号→供好, 为→位
    "您好欢迎致电南方燃气公号8001很高兴为您服务请问有什么可以帮助您",  # no punctuation, variants
    "您好，歡迎致電南方燃氣，工號8001為您服務，請問有什麼可以幫您？",  # Traditional
])
def test_greeting_with_asr_errors_still_passes(rules, opening):
    assert "missing_greeting" not in kinds(run(rules, call(opening=opening)))


@pytest.mark.parametrize("opening", [
    "大家好,我是克服1660号,请问您需要资刑什么问题?",  # 您好 heard as 大家好 at the very start of the call
    "年年好谨诚物业1406号为您服务请讲。",             # … as 年年好
    "价5号这里是通达铁路,克服4811号结成为您服务。",   # 下午好 as 价5号
])
def test_a_greeting_whisper_garbled_at_the_start_of_the_call_still_counts(rules, opening):
    assert "missing_greeting" not in kinds(run(rules, call(opening=opening)))


@pytest.mark.parametrize("opening", ["喂，什么事？", "你说。", "嗯，南方燃气。",
                                     "1406号为您服务请讲。", "好的，请讲，有什么可以帮您？"])
def test_missing_greeting_is_flagged_with_its_span_and_evidence(rules, opening):
    found = [f for f in run(rules, call(opening=opening)) if f.kind == "missing_greeting"]
    assert len(found) == 1
    f = found[0]
    assert f.start_s == 0.5 and f.end_s <= 12.0
    assert "offer_help" in f.detail and f.confidence > 0.5


def test_greeting_without_offer_of_help_is_flagged(rules):
    found = run(rules, call(opening="您好，欢迎致电南方燃气，工号8001。"))
    assert kinds(found) == ["missing_greeting"]
    assert "missing: offer_help" in found[0].detail


@pytest.mark.parametrize("closing", [("行，就这样吧。",), ("好的。", "嗯。"), ()])
def test_missing_closing_is_flagged(rules, closing):
    assert "missing_closing" in kinds(run(rules, call(closing=closing)))


def test_closing_with_homophones_passes(rules):
    assert run(rules, call(closing=("请问还有什么可以帮您的骂？", "感谢您的来电，在见。"))) == []


def test_customer_words_do_not_count_as_the_agents_greeting(rules):
    t = transcript(utt("customer", 0.0, 5.0, GREETING), utt("agent", 5.5, 7.0, "你说。"),
                   utt("agent", 8.0, 11.0, CLOSING_1 + CLOSING_2))
    assert kinds(run(rules, t)) == ["missing_greeting"]


def test_mono_recording_says_roles_are_unknown_and_is_not_sure(rules):
    mono = transcript(utt("unknown", 0.5, 3.0, "喂，什么事？"), utt("unknown", 3.5, 6.0, "我家燃气表坏了。"),
                      utt("unknown", 6.5, 9.0, "感谢您的来电，再见。"), layout="mono")
    found = [f for f in run(rules, mono) if f.kind == "missing_greeting"]
    assert found and "roles unknown" in found[0].detail
    assert found[0].confidence < 0.5


def test_low_asr_confidence_lowers_finding_confidence(rules):
    t = call(opening="喂，什么事？")
    unsure = transcript(*(u if u.start > 0.4 and u.role != "agent" or u.start > 1 else
                          utt(u.role, u.start, u.end, u.text, confidence=0.3) for u in t.utterances))
    sure = [f for f in run(rules, t) if f.kind == "missing_greeting"][0]
    doubtful = [f for f in run(rules, unsure) if f.kind == "missing_greeting"][0]
    assert doubtful.confidence < sure.confidence


def test_no_agent_speech_is_reported_not_guessed(rules):
    found = run(rules, transcript(utt("customer", 0.0, 3.0, "喂？有人吗？")))
    assert {f.kind for f in found} == {"missing_greeting", "missing_closing"}
    assert all("no agent speech" in f.detail and f.confidence < 0.5 for f in found)


# --- Issue 11: findings that hold on calls this team did not make --------------------------

def test_a_clearly_heard_non_standard_closing_is_deducted_not_hedged(rules):
    """Pattern 1: 「谢谢您的理解，就这样吧。」 heard at 0.9 is not 谢谢您的来电 misheard, though
    four of its six syllables are the same."""
    found = run(rules, call(closing=("谢谢您的理解，就这样吧。",)))
    (closing,) = [f for f in found if f.kind == "missing_closing"]
    assert closing.confidence >= 0.5 and "possibly misheard" not in closing.detail


def test_a_farewell_whisper_was_unsure_of_is_held_for_review():
    """The same rule still hedges where the words were unsure and sound like the phrase."""
    from conftest import utt as make
    from qa_pipeline.config import load_config

    rules = compile_ruleset(load_config().ruleset_for("default"))
    unsure = make("agent", 29.0, 31.5, "感谢您们来年。", confidence=0.3)  # after 「请问还有什么可以帮您的吗？」
    t = transcript(*call(closing=(CLOSING_1,)).utterances, unsure)
    (closing,) = [f for f in run(rules, t) if f.kind == "missing_closing"]
    assert closing.confidence < 0.5 and "possibly misheard" in closing.detail


@pytest.mark.parametrize("opening", [
    "您好，长江电力客服中心，工号六零七一很高兴为您服务，请问有什么可以帮您？",
    "您好，长江电力客服中心，中新功号六零七一很高兴为您服务，请问有什么可以帮您？",  # 工号 misheard
    "您好，这里是蓝天航空，我是客服4673号，请问您需要咨询什么问题？",
    "你好，欢迎来电蓝天航空，我是克服四六七三号，请问有什么能帮您的吗？",
])
def test_standard_openings_of_other_centres_are_recognised(rules, opening):
    """Pattern 5: a <name>客服中心, an agent number next to 号 however 工 is heard, other offers of help."""
    assert "missing_greeting" not in kinds(run(rules, call(opening=opening)))


def test_other_standard_closings_are_recognised(rules):
    assert run(rules, call(closing=("请问还有其他需要帮助的吗？", "好的，那不打扰您了，感谢来电，再见。"))) == []


@pytest.mark.parametrize("opening", ["晚上好，康宁医院服务热线9423号客服很高兴为您服务，请问您要办理什么业务？",
                                     "您好，通达铁路服务中心，我的工号是7202，请问您遇到了什么问题？"])
def test_time_of_day_greetings_and_other_offers_of_help_are_standard(rules, opening):
    assert "missing_greeting" not in kinds(run(rules, call(opening=opening)))


def test_a_part_that_may_be_misheard_hedges_only_if_it_would_save_the_call(rules):
    """Pattern 1 (set 1, 「对，客服，什么事？」 heard unsure as 「对客服神嘛事」): 客服 sounds a little
    like 我是客服 (agent number), but with it the opening would still lack the greeting and the
    offer of help. The doubt is not about this defect, so the finding is deducted."""
    opening = utt("agent", 0.5, 2.0, "对，客服，神嘛事？", confidence=0.3)
    (greeting,) = [f for f in run(rules, transcript(opening, *call().utterances[1:])) if f.kind == "missing_greeting"]
    assert greeting.confidence >= 0.5 and "possibly misheard" not in greeting.detail


@pytest.mark.parametrize("opening", [
    "一毫，暖源供热，288三毫为您服务，请讲。",  # 您好 and 2883号 with hao written 毫
    "您好，暖源供热，二八八三豪为您服务，请讲。",
])
def test_hao_written_as_any_of_its_characters_still_makes_the_greeting_and_the_agent_number(rules, opening):
    assert "missing_greeting" not in kinds(run(rules, call(opening=opening)))


@pytest.mark.parametrize("closing", [("还有其他可以帮您的吗？", "好的，欢迎您再次来电，祝您愉快。"),
                                     ("请问还有其他疑问吗？", "那感谢您的支持，请您挂机后对我的服务进行评价。")])
def test_closings_in_the_other_words_centres_use_are_recognised(rules, closing):
    assert "missing_closing" not in kinds(run(rules, call(closing=closing)))


@pytest.mark.parametrize("opening", ["您好，感谢致电顺达物流，我是客服5012号，请问有什么可以帮到您？",
                                     "您好，欢迎拨打城市服务热线，工号3310，请问您要咨询什么？"])
def test_openings_in_the_other_words_centres_use_are_recognised(rules, opening):
    assert "missing_greeting" not in kinds(run(rules, call(opening=opening)))


@pytest.mark.parametrize("opening", ["您好，顺丰客服，请问有什么可以帮您？", "您好，国家电网，请问有什么可以帮您？",
                                     "早上好，东方航空客服，我姓李，请问有什么可以帮您？"])
def test_a_company_named_by_itself_is_the_company_part_of_the_greeting(rules, opening):
    assert "missing_greeting" not in kinds(run(rules, call(opening=opening)))


@pytest.mark.parametrize("opening", ["您好，请问有什么可以帮您？", "您好，我们这边很高兴为您服务。"])
def test_an_opening_without_company_or_agent_number_is_still_incomplete(rules, opening):
    assert "missing_greeting" in kinds(run(rules, call(opening=opening)))


@pytest.mark.parametrize("opening", ["您好，顺达快递客服中心，工号2231，请问您想了解哪方面的业务？",
                                     "晚上好，欢迎致电平安银行，我是客服3310号，请问我能为您做些什么？",
                                     "您好，城市燃气服务热线，工号5120，您请说。"])
def test_an_offer_of_help_in_any_words_is_recognised_by_its_shape(rules, opening):
    """Set 4 (blind, then read): openings asking what the caller wants in words no list held."""
    assert "missing_greeting" not in kinds(run(rules, call(opening=opening)))


@pytest.mark.parametrize("opening, offered", [
    ("您好，安然燃气客服热线人工服务，员工号四二五六，请您讲。", True),  # set 5 (post hoc): 您请讲 in the other order
    ("您好，安然燃气客服热线，员工号四二五六，请您说一下您的户号。", False),  # asking for a detail, not offering help
])
def test_please_go_ahead_in_either_order_offers_help(rules, opening, offered):
    assert ("missing_greeting" not in kinds(run(rules, call(opening=opening)))) == offered


@pytest.mark.parametrize("opening", ["您好，人保财险，坐席26号为您服务，请问有什么可以帮您？",
                                     "您好，顺丰速运，我是12号专员，请问有什么可以帮您？",
                                     "您好，欢迎致电12345政务服务热线，我是2号座席，请问有什么可以帮您？"])
def test_other_lines_companies_and_seat_numbers_are_parts_of_the_greeting(rules, opening):
    """Written from the trade before any new set (this stop): 财险/速运 name a company, 坐席/座席/专员 an agent."""
    assert "missing_greeting" not in kinds(run(rules, call(opening=opening)))


@pytest.mark.parametrize("opening", ["您好，海岸轮渡客运服务中心，接待员2441号，您请吩咐。",
                                     "你好，鑫和信托财富服务中心，我是6785号客服，您的问题交给我吧。",
                                     "您好，海岸轮渡客运服务中心热线，员工2441号，请说您要咨询的事项。"])
def test_set_8s_offers_of_help_are_recognised(rules, opening):
    """Set 8 (post hoc): 您请吩咐, 问题交给我, 要咨询的事项 offer help."""
    assert "missing_greeting" not in kinds(run(rules, call(opening=opening)))


def test_any_wish_or_thanks_for_cooperating_says_goodbye(rules):
    """Set 8 (post hoc): 「还有别的要办的吗？」「谢谢您的配合，祝您心情舒畅。」 is a closing."""
    assert "missing_closing" not in kinds(run(rules, call(closing=("还有别的要办的吗？", "谢谢您的配合，祝您心情舒畅。"))))
    assert "missing_closing" in kinds(run(rules, call(closing=("还有别的要办的吗？", "好的。"))))
    assert "missing_closing" not in kinds(run(rules, call(closing=("还需要别的帮助吗？", "好的，不客气，再联系。"))))


@pytest.mark.parametrize("opening", ["您好，交警12122热线，我是028号，请讲您的问题。",
                                     "您好，哈啰单车客服，工号5562，请说明您的问题。",
                                     "您好，燃气客服，工号3306，请问您是报修还是咨询？"])
def test_terse_lines_offer_help_by_asking_for_the_problem(rules, opening):
    """Written from the trade (this stop): a terse line asks for the problem or offers a choice."""
    assert "missing_greeting" not in kinds(run(rules, call(opening=opening)))


def test_asking_what_it_is_about_is_still_no_greeting(rules):
    assert "missing_greeting" in kinds(run(rules, call(opening="喂，什么事？")))


@pytest.mark.parametrize("offer", ["还有其他我能帮上忙的吗？", "请问您还有什么疑问吗？", "您看还有没有其他需要我协助的地方？"])
def test_asking_if_there_is_anything_else_in_any_words_is_recognised(rules, offer):
    assert "missing_closing" not in kinds(run(rules, call(closing=(offer, "好的，感谢您的支持，再见。"))))


@pytest.mark.parametrize("farewell", ["好的，祝您和家人平安健康。", "期待您下次来电。", "谢谢您致电，祝您周末开心。"])
def test_a_farewell_in_any_words_is_recognised_by_its_shape(rules, farewell):
    """A good wish, a welcome back or thanks for calling, in words no list holds."""
    assert "missing_closing" not in kinds(run(rules, call(closing=("请问还有其他问题吗？", farewell))))


def test_a_call_that_just_stops_still_lacks_its_farewell(rules):
    assert "missing_closing" in kinds(run(rules, call(closing=("请问还有其他问题吗？", "好，那就这样。"))))


@pytest.mark.parametrize("opening", ["您好，江城水务，工号1208，请问您有何需要？",
                                     "您好，欢迎致电长安证券，工号6021，请问您今天要咨询哪只基金？",
                                     "您好，蓝天租车客服，工号7710，请问您要办理续租吗？"])
def test_more_offers_of_help_are_recognised_by_their_shape(rules, opening):
    assert "missing_greeting" not in kinds(run(rules, call(opening=opening)))


def test_a_bare_please_go_on_is_not_the_offer_of_help(rules):
    """The team's labels (data/eval): 「您好，华信银行信用卡中心，请讲。」 is a curt opening, not the standard one."""
    assert "missing_greeting" in kinds(run(rules, call(opening="您好，华信银行信用卡中心，请讲。")))


def test_a_greeting_nothing_sounds_like_is_missing_however_unsure_whisper_was_of_the_rest(rules):
    """Set 4 (post hoc): 「喂说话什么是知…」 heard at 0.49 lacks all four parts and nothing in it
    sounds like any: the evidence of absence is the search, not the words' probability —
    deducted. Speech Whisper hardly heard (0.2) tells nothing: held for review."""
    from conftest import spoken

    def opening_heard_at(p):  # every agent word of the opening's 15 s heard at p, the rest of the call clearly
        explained = "好的，维修师傅上门以后会先检查燃气表和管道，如果需要更换零件，费用会提前告诉您，您确认以后再更换。"
        t = call(opening="喂，说话，什么事？请问您怎么称呼？", closing=(explained, CLOSING_1, CLOSING_2))
        return transcript(*(spoken(u.role, u.start, u.end, (u.text, p)) if u.role == "agent" and u.start < 20 else u
                            for u in t.utterances))
    (heard,) = [f for f in run(rules, opening_heard_at(0.45)) if f.kind == "missing_greeting"]
    assert heard.confidence >= 0.5
    (noise,) = [f for f in run(rules, opening_heard_at(0.2)) if f.kind == "missing_greeting"]
    assert noise.confidence < 0.5


def test_the_question_of_more_help_ends_in_any_character_read_ma(rules):
    """Set 4 (post hoc): 「还有其他不能绑伤蒙底骂」 — the question's 吗 written 骂, as 号 comes back as 毫."""
    closing = ("还有别的想办的业务嘛？", "感谢您的来电，再见。")
    assert "missing_closing" not in kinds(run(rules, call(closing=closing)))


def test_more_farewells_and_offers_of_help_after_set_5(rules):
    assert "missing_closing" not in kinds(run(rules, call(closing=("请问还有其他问题吗？", "祝您生活顺心。"))))
    opening = "您好，城北水务热线，工号3021，请问您哪里需要帮忙？"
    assert "missing_greeting" not in kinds(run(rules, call(opening=opening)))


def test_an_agent_number_whisper_wrote_as_characters_read_as_digits_still_counts(rules):
    """Set 4 (post hoc): 客服专员5152号 heard as 「克服转员物以物而好」: the number by its sound."""
    from qa_pipeline.rules.phrases import HeardText

    assert HeardText.of("专员留灵留二号").digits == "专员6062号"
    opening = "您好，专员物以物而好为您服务，请问有什么可以帮您？"  # no company: the number is the third part
    assert "missing_greeting" not in kinds(run(rules, call(opening=opening)))


def test_an_offer_of_help_whisper_wrote_in_other_characters_is_still_its_shape(rules):
    """Whisper keeps the syllables where it changes the characters (为您效劳 → 为您消劳): shapes
    are matched over sounds too, as phrases are."""
    assert "missing_greeting" not in kinds(run(rules, call(opening="您好，华新证券客户服务中心，六零六二号为您消劳。")))


def greeting_findings(rules, first: str, p_first: float) -> list:
    """missing_greeting on ``call`` with an opening whose first syllables were heard at ``p_first``
    and the rest, complete but for a greeting, clearly."""
    rest = "，欢迎来电华信证券客户服务中心，工号6062为您效劳，请问怎么帮您呢？"  # (…帮您 + 好的 would be 您好)
    opening = spoken("agent", 0.5, 6.0, (first, p_first), (rest, 0.9))
    t = transcript(opening, *call().utterances[1:])
    return [f for f in run(rules, t) if f.kind == "missing_greeting"]


def test_a_greeting_whisper_could_not_make_out_goes_to_review_not_to_the_score(rules):
    """Sets 4, 5 and dev (post hoc): 上午好/晚上好 at the call's first syllables came back as
    低善物后/一年后, heard at 0.06–0.18, before a script complete in every other part. The
    greeting was most likely said: a reviewer listens before points are taken (一年后 is now
    the greeting itself, below)."""
    (found,) = greeting_findings(rules, "低善物后", 0.1)
    assert found.confidence < 0.5 and "unsure" in found.detail


@pytest.mark.parametrize("first", ["一年后", "以您后", "1年号"])
def test_nin_hao_heard_with_its_vowel_rounded_at_the_first_syllables_is_the_greeting(rules, first):
    """Sets 13–26 (post hoc): 您好 came back as 一您后, 以您后, 一年后, 1年号 at 0.05–0.07 in clean
    calls, and each went to review; nin or nian and then hou or hao is the greeting's sound."""
    assert greeting_findings(rules, first, 0.06) == []


@pytest.mark.parametrize("first, p", [("低善物后", 0.9), ("喂", 0.1)])
def test_a_greeting_is_missing_where_the_first_words_were_heard_clearly_or_are_a_lone_sound(rules, first, p):
    (found,) = greeting_findings(rules, first, p)
    assert found.confidence >= 0.5


def test_an_opening_lacking_more_than_its_greeting_is_deducted_however_unsure_its_first_words(rules):
    opening = spoken("agent", 0.5, 6.0, ("一位", 0.1), ("听得到吗？有什么事？", 0.9))
    (found,) = [f for f in run(rules, transcript(opening, *call().utterances[1:])) if f.kind == "missing_greeting"]
    assert found.confidence >= 0.5


def test_a_missing_farewell_in_a_call_whisper_heard_poorly_throughout_goes_to_review(rules):
    """A closing nothing in which sounds like a farewell is missing, where Whisper followed the
    agent; where it followed them poorly all call (0.62 on average), a reviewer listens."""
    t = call(closing=("请问还有其他问题吗？", "好，那就这样。"))
    poorly = transcript(*(utt(u.role, u.start, u.end, u.text, 0.62) if u.role == "agent" else u for u in t.utterances))
    (found,) = [f for f in run(rules, poorly) if f.kind == "missing_closing"]
    assert found.confidence < 0.5 and "poorly" in found.detail
    assert [f.confidence >= 0.5 for f in run(rules, t) if f.kind == "missing_closing"] == [True]


def test_asking_whether_they_still_want_anything_is_the_offer_of_more_help(rules):
    """Set 6 (post hoc): 您还要反映别的吗 asks for more, as 还有…吗 does."""
    assert "missing_closing" not in kinds(run(rules, call(closing=("您还要反映别的吗？", "感谢您的来电，再见。"))))


@pytest.mark.parametrize("opening", ["你好，这里是海天宽带客服，我是小王，能帮您做点什么？",
                                     "您好，这里是康乐医院预约中心，请问您要挂哪个科室？",
                                     "您好，长风通信，很高兴为您服务，请说。",
                                     "您好，万家乐电器客服，请问您需要报修还是安装？",
                                     "您好，和美口腔预约热线，工号一一零，请问是预约看牙吗？",
                                     "您好，这里是飞鸟快运，工号四零八，请问需要寄件还是查件？"])
def test_offers_of_help_written_from_the_trade_are_recognised(rules, opening):
    """Thirty openings written from the trade before any new set (this stop); these six were
    flagged: what can I do, which department, a choice of services, the usual errand, 通信 as a company."""
    assert "missing_greeting" not in kinds(run(rules, call(opening=opening)))


@pytest.mark.parametrize("opening", ["您好，畅联移动，请讲。", "工号三三二，你说。", "宽带客服，说。", "嗯，有事吗？"])
def test_a_curt_opening_is_still_a_missing_greeting(rules, opening):
    """A bare 请讲 after the company offers no help: the eval set's writers flag it, and so do we."""
    assert "missing_greeting" in kinds(run(rules, call(opening=opening)))


def test_asking_whether_there_is_anything_else_without_a_question_particle(rules):
    assert "missing_closing" not in kinds(run(rules, call(closing=("还有没有其他问题？", "好的，感谢您的配合，再见。"))))
    assert "missing_closing" in kinds(run(rules, call(closing=("还有没有其他问题？", "行，拜拜。"))))


@pytest.mark.parametrize("offer", ["还有哪件事要一起处理的？", "还有什么要一起办的。", "您还有疑问没有？"])
def test_set_10s_offers_of_more_help_without_a_question_particle(rules, offer):
    """Set 10 (post hoc): 还有 + 哪/什么, or + 没有, asks whether there is anything else."""
    assert "missing_closing" not in kinds(run(rules, call(closing=(offer, "感谢您对本校的关注，再见。"))))



@pytest.mark.parametrize("offer", ["我还能帮您再看点别的吗？", "以我还能保您在看电别底吗？", "还可以为您查一下其他的吗？"])
def test_set_15s_offer_of_more_help_with_still_can(rules, offer):
    """Set 15 (post hoc): 还能/还可以 … 别的/其他 … 吗 asks whether there is anything else, as
    Whisper heard it too (帮 → 保, 点 → 电)."""
    assert "missing_closing" not in kinds(run(rules, call(closing=(offer, "感谢您这通电话，再见。"))))


def test_still_can_without_a_question_is_no_offer(rules):
    assert "missing_closing" in kinds(run(rules, call(closing=("您还可以在其他网点办理。", "行，拜拜。"))))

# --- Issue 11: an offer of more help a classifier recognises (learned.py) -------------------------
# New writers ask whether there is anything else in words no list or shape holds (set 10, blind:
# 9 of 12 closings held for review). Written after the classifier was fitted; in none of its examples.
LEARNED_OFFERS = ["其他方面您有需要我帮忙的吗？", "另外您有没有什么要一起处理的？", "请问其他方面有我能效劳的吗？"]


@pytest.mark.parametrize("offer", LEARNED_OFFERS)
def test_an_offer_of_more_help_in_words_no_list_or_shape_holds_is_recognised_by_the_classifier(rules, config, offer):
    closing = (offer, "好的，祝您生活愉快，再见。")
    assert "missing_closing" not in kinds(run(rules, call(closing=closing)))
    assert "missing_closing" in kinds(run(rules_without(config, "missing_closing", "learned"), call(closing=closing)))


@pytest.mark.parametrize("closing", [("要是没别的事，我就先帮您把单子提交了。", "好的，再见。"),
                                     ("您的预约已经登记好了，到时候会有短信提醒。", "再见。"),
                                     ("有什么不清楚的随时打过来。", "那我这边就先挂了。")])
def test_closings_that_offer_no_more_help_are_still_missing_their_offer(rules, closing):
    (found,) = [f for f in run(rules, call(closing=closing)) if f.kind == "missing_closing"]
    assert "missing: offer_more" in found.detail


def test_a_learned_element_needs_its_examples(config):
    from qa_pipeline.errors import ConfigError
    from qa_pipeline.rules.script import ScriptParams

    with pytest.raises(ConfigError, match="no examples for 'farewell'"):
        ScriptParams(elements={"farewell": ()}, learned={"farewell": 0.5})


@pytest.mark.parametrize("opening", ["您好，通达驾驶培训学校学员服务中心，工号四七一六，您这边需要咨询还是需要报考？",
                                     "您好，乐潮演出票务服务中心，客服助理8905号在线，今天我来帮您。"])
def test_set_11s_offers_of_help_are_recognised(rules, opening):
    """Set 11 (post hoc): offering the caller a choice of errands, and 我来帮您, offer help."""
    assert "missing_greeting" not in kinds(run(rules, call(opening=opening)))



@pytest.mark.parametrize("opening", ["下午好，欢迎致电青山坡果园客服部，工位九二八五号小项，您有事直说，我帮您办。",
                                     "您好，星河洗车会员中心，工号三一二，有什么事您说话。",
                                     "您好，城南营地客服，我是小周，工号六六八，我给您处理。"])
def test_set_17s_offers_of_help_are_recognised(rules, opening):
    """Set 17 (post hoc): 有事直说 / 有什么事您说话 and 我帮您办 / 我给您处理 offer help."""
    assert "missing_greeting" not in kinds(run(rules, call(opening=opening)))

@pytest.mark.parametrize("opening", ["上午好，蓝湾海洋馆票务服务台，本台七零九五号，很高兴接到您的来电，请讲。",
                                     "您好，浪花少儿游泳培训中心值守客服，编号四九六二，您有任何疑问都可以问我。",
                                     "您好，固途轮胎服务中心，工号七零九九，您有任何需要都可以找我。"])
def test_set_18s_offers_of_help_are_recognised(rules, opening):
    """Set 18 (post hoc): glad to take the call (as 很高兴为您服务), and any question may be asked."""
    assert "missing_greeting" not in kinds(run(rules, call(opening=opening)))


@pytest.mark.parametrize("opening", ["上午好，芸台大学学生资助管理中心迎新专线九九九六号，刚进校园摸不着门道很正常，您随便问。",
                                     "介上午好,云台大学学生资助管理中西营新专县996号,刚进校园摸不着门到很正常,您随便问。"])
def test_set_44s_feel_free_to_ask_offers_help(rules, opening):
    """Set 44 (post hoc): 您随便问 / 尽管问 offers help, as said and as Whisper heard it."""
    assert "missing_greeting" not in kinds(run(rules, call(opening=opening)))


@pytest.mark.parametrize("offer", ["我这边还能为您再做点什么吗？", "以我这边还能为您再做电什么嘛。", "还可以帮您办点什么？"])
def test_set_18s_offer_of_more_help_what_else_can_i_do(rules, offer):
    """Set 18 (post hoc): 还能/还可以 + 为您/帮您 + 什么 asks whether there is anything else."""
    assert "missing_closing" not in kinds(run(rules, call(closing=(offer, "感谢您来电，祝您行车平稳，再见。"))))


@pytest.mark.parametrize("opening", ["下午好，松石居盆景园艺场，敝处接待八零三一号，姓计，恭候您吩咐。",
                                     "您好，星耀舞台灯光租赁公司，我是夜间值守七二六三号，您的事我接着办到底，请讲。"])
def test_set_19s_offers_of_help_are_recognised(rules, opening):
    """Set 19 (post hoc): 恭候您吩咐, and 您的事我接着办 offer help."""
    assert "missing_greeting" not in kinds(run(rules, call(opening=opening)))

# --- Issue 11: an offer of help in the greeting a classifier recognises (learned.py) -------------
# Every new writer's greetings offered help in words no list or shape held (blind: set 4's greeting
# F1 0.35, set 8's 0.57, set 11's 0.50, each mostly clean openings flagged). Written after the
# classifier was fitted; in none of its examples.
OPENING = "您好，滨江物业服务中心，工号五二零八，"


@pytest.mark.parametrize("offer", ["您要办的事情跟我说说看。", "请说说您遇到的麻烦。"])
def test_an_offer_of_help_in_words_no_list_or_shape_holds_is_recognised_by_the_classifier(rules, config, offer):
    assert "missing_greeting" not in kinds(run(rules, call(opening=OPENING + offer)))
    without = rules_without(config, "missing_greeting", "learned", "implied")  # (which speaking to the caller stands for too)
    assert "missing_greeting" in kinds(run(without, call(opening=OPENING + offer)))


@pytest.mark.parametrize("rest", ["欢迎您的来电。", "麻烦您先报一下门牌号。", "您先别急。"])
def test_an_opening_that_offers_no_help_still_misses_its_offer(rules, rest):
    (found,) = [f for f in run(rules, call(opening=OPENING + rest)) if f.kind == "missing_greeting"]
    assert "missing: offer_help" in found.detail


@pytest.mark.parametrize("opening, offered", [
    ("您好，江州不动产登记中心，人工应答员四七六一号，线路已经接通，您放心讲。", True),  # set 13, post hoc
    ("您好，江州不动产登记中心，工号四七六一，您尽管说。", True),
    ("您好，江州不动产登记中心，工号四七六一，您说一下您的证号。", False),  # asking for a detail
    ("您好，东湖图书馆读者服务专线，值线员二九一三号，您说。", True),  # set 11, post hoc
    ("您好，东湖图书馆读者服务专线，夜班客服二九一三号，这么晚打来一定是有急事，您说说看。", True),
    ("您好，东湖图书馆读者服务专线，值线员二九一三号，您说一下借书证号。", False),
])
def test_an_invitation_to_speak_after_the_full_greeting_offers_help(rules, opening, offered):
    """Set 13 (post hoc): 您放心讲 invites the caller to speak, as 您请说 does; so does a bare 您说
    right after the agent's number (set 11, post hoc)."""
    assert ("missing_greeting" not in kinds(run(rules, call(opening=opening)))) == offered


@pytest.mark.parametrize("closing, said_goodbye", [
    (("您是否还有其他业务需要办理？", "谢谢您这么耐心，处您今天过得顺顺利利。"), True),  # set 13: 祝 heard 处
    (("您是否还有其他业务需要办理？", "愿您和家人平平安安。"), True),
    (("您是否还有其他业务需要办理？", "您的材料都齐了。"), False),
])
def test_a_wish_in_its_aabb_form_says_goodbye_even_with_its_zhu_misheard(rules, closing, said_goodbye):
    assert ("missing_closing" not in kinds(run(rules, call(closing=closing)))) == said_goodbye


@pytest.mark.parametrize("opening", ["您好，城南半程马拉松组委会报名处，六九四七号，节后来电比较多，您先讲最要紧的，我边听边记。",
                                     "您好，康复之家医疗器械租赁站，1853号，您先说，我听着。"])
def test_a_centre_named_as_a_desk_or_station_and_please_go_first_are_its_opening(rules, opening):
    # set 23 (post hoc): …报名处, …租赁站 name the centre as 中心 and 公司 do; 您先讲 offers the caller the floor
    assert "missing_greeting" not in kinds(run(rules, call(opening=opening)))


def test_handling_it_is_no_desk_in_an_opening(rules):
    # 处 of 处理 and 所 of 所以 name no centre: an opening with a greeting, an offer and nothing else
    assert "missing_greeting" in kinds(run(rules, call(opening="您好，您的问题我们会帮您处理，请问有什么可以帮您？")))


@pytest.mark.parametrize("opening", ["您好，纹身艺术工作室通宵班，664号，深更半夜的您别慌，出什么事了？",
                                     "下午好，红瓷瓷砖店，3717号当值，急事我现在就办，一般咨询我记下来明早回电。"])
def test_asking_what_happened_and_taking_the_matter_on_offer_help(rules, opening):
    # set 24 (post hoc): the night shift's openings
    assert "missing_greeting" not in kinds(run(rules, call(opening=opening)))


@pytest.mark.parametrize("opening", ["您好，筑展会展台搭建公司，结算专席3581号为贵公司服务，请讲。",
                                     "您好，会展台搭建公司月结专线，3581号业务代表，您这件要事赶今天截止的请先说，我给您排到前面。"])
def test_a_business_lines_offers_of_help_are_recognised(rules, opening):
    # set 25 (post hoc): business-to-business centres serve 贵公司, and 请先说 gives the caller the floor
    assert "missing_greeting" not in kinds(run(rules, call(opening=opening)))


@pytest.mark.parametrize("opening", ["下午好，欢迎打进报刊订阅服务热线，专线员4139号很高兴为您笑脑。",
                                     "下午好，欢迎打进热气球飞行体验中心，值机员9042号很高兴为您效劳。",
                                     # set 31 (post hoc): 很乐意为您效劳 heard 很乐意为您笑脑
                                     "下午好，湖鲜大闸蟹礼券服务中心五七一零号，很乐意为您笑脑，请讲。"])
def test_glad_to_serve_you_offers_help_whatever_Whisper_made_of_its_last_word(rules, opening):
    # set 26 (post hoc): 很高兴为您服务 heard 很高兴为您笑脑 / 笑了 in two clean calls' openings, 5 of its 7
    # syllables (below the 0.75 a phrase needs): "glad to … you" is the offer, whatever the verb
    assert "missing_greeting" not in kinds(run(rules, call(opening=opening)))



@pytest.mark.parametrize("opening", ["您好，这个钟点打进来，先问一句您现在说话方便吗？我是麦芽坊精酿啤酒工厂守夜席五一三九号，您的事我一件件记。",
                                     # as Whisper heard it (事 → 是, 件件 → 见见)
                                     "您您好,这个终点打进来,先问一句您现在说话方便吗?我我是麦芽坊精酿啤酒工厂守夜席五一三九号,您的是我一见见记。"])
def test_your_matter_noted_one_by_one_offers_help(rules, opening):
    # set 32 (post hoc): 您的事我一件件记 offers to take the caller's matters, as 您的事我接着办 does
    assert "missing_greeting" not in kinds(run(rules, call(opening=opening)))

def _heard_poorly(t):
    return transcript(*(utt(u.role, u.start, u.end, u.text, 0.62) if u.role == "agent" else u for u in t.utterances))


@pytest.mark.parametrize("kind, t", [
    ("missing_greeting", call(opening="喂，你说吧，什么事？")),
    ("missing_closing", call(closing=("行，那就这样。", "挂了啊。"))),
])
def test_a_script_missing_every_part_is_deducted_however_poorly_whisper_heard_the_agent(rules, kind, t):
    """All sets to 31 (post hoc): with the agent heard poorly all call, a script none of whose
    parts sounds like anything heard was missing on 7 of 7 calls; Whisper would have had to
    garble each of its phrases."""
    (found,) = [f for f in run(rules, _heard_poorly(t)) if f.kind == kind]
    assert found.confidence >= 0.5 and "poorly" not in found.detail


@pytest.mark.parametrize("kind, t", [
    ("missing_greeting", call(opening="您好，你说吧，什么事？")),
    ("missing_closing", call(closing=("行，那就这样。", "再见。"))),
])
def test_a_script_with_one_part_heard_in_a_poorly_heard_call_goes_to_review(rules, kind, t):
    """… while one whose other parts were heard was said and misheard on 8 of 10 calls."""
    (found,) = [f for f in run(rules, _heard_poorly(t)) if f.kind == kind]
    assert found.confidence < 0.5 and "poorly" in found.detail


@pytest.mark.parametrize("opening", ["您好，疾风卡丁车赛车场，办公席8034号接通了，您把情况说给我听听。",
                                     "您好，这里是赞营方手工银饰工坊，6633号请讲。"])
def test_set_35s_offers_of_help_are_found(rules, opening):
    """Set 35 (post hoc): an offer to hear the caller out, and 请讲 right after the agent's number
    (as 号您讲 is); a bare 请讲 after the company alone stays no offer (data/eval)."""
    assert "missing_greeting" not in kinds(run(rules, call(opening=opening)))
    assert "missing_greeting" in kinds(run(rules, call(opening="您好，畅联移动，请讲。")))


@pytest.mark.parametrize("opening", ["您好，这里是蓝江游轮公司，应急席6082号，改签前的问题您随便先挑一个说。",
                                     # as Whisper heard it
                                     "这上午好这里是蓝江游轮公司应急号6082票做前的问题您随便先挑一个数跟上",
                                     "您好，松涛路营地调度席7261号，出行计划有变化的话我帮您重新排一遍。"])
def test_set_40s_offers_of_help_are_found(rules, opening):
    """Set 40 (post hoc): the caller's questions invited (问题您随便/尽管/只管…), a plan redone for the caller."""
    assert "missing_greeting" not in kinds(run(rules, call(opening=opening)))


@pytest.mark.parametrize("opening", ["您好，蓝江游轮公司，应急席6082号。", "您好，蓝江游轮公司，6082号，这个问题您得去问车站。",
                                     "您好，蓝江游轮公司，工号6082，您的电话已经接通。", "您好，欢迎您致电蓝江游轮公司，工号6082。"])
def test_an_opening_that_invites_nothing_still_misses_its_offer(rules, opening):
    assert "missing_greeting" in kinds(run(rules, call(opening=opening)))


@pytest.mark.parametrize("opening", [
    "您好，我说话放慢一点，您听着不清楚就叫我重讲，松雪温泉客栈服务工位8353号。",  # set 37
    "你好，心和主题乐园票务中心，服务证号6016，假期前一晚的变动我这边都能接。",    # set 40
    # as Whisper heard an opening of set 38: no punctuation, words garbled, the clause to the caller kept
    "一下午好秦空屋顶光伏安装中心6659号周末积下来的单子我都能查您讲",
])
def test_an_opening_with_every_other_part_that_then_speaks_to_the_caller_offered_help(rules, opening):
    """Writers 37, 38 and 40 offered help in words no list, shape or classifier held: greeting,
    centre and agent were all there, and a clause of its own spoke to the caller (post hoc)."""
    assert "missing_greeting" not in kinds(run(rules, call(opening=opening)))


@pytest.mark.parametrize("opening", ["您好，松雪温泉客栈，您听着不清楚就叫我重讲。",     # no agent number
                                     "您好，我是8353号，您听着费劲就叫我重讲。",          # no centre
                                     "喂，松雪温泉客栈8353号，您听着不清楚就叫我重讲。"])  # no greeting
def test_speaking_to_the_caller_stands_for_the_offer_only_when_every_other_part_is_there(rules, opening):
    assert "missing_greeting" in kinds(run(rules, call(opening=opening)))


@pytest.mark.parametrize("opening", [
    "您好，恒生电梯维保公司派工席4512，我姓况，今晚的急修单我这边直接排。",
    "您好，轻松树木修剪抢险队坐席代码8067，暴雨里出的状况，我帮您找最近的一队人。",
    "下午好，这里是冷照屋顶光伏安装公司，夜间抢修好七四零四，您那边情况有多急，我听着呢。",   # 号 heard 好
    "您好，有庭码头抢修调度台六四二三号，外面雨大，您捡要紧的先说，我马上记。",
])
def test_set_41s_openings_name_the_agent_by_any_number_and_the_centre_by_its_desk(rules, opening):
    """Set 41 (post hoc): the agent's number under titles no list held (坐席代码, 派工席), and a
    centre named by its desk (抢修调度台)."""
    assert "missing_greeting" not in kinds(run(rules, call(opening=opening)))


@pytest.mark.parametrize("opening", ["喂，又是漏水的？快讲。", "您好，欢迎致电95598，您的来电已接通。",
                                     "今晚排了一长串了，四五个小时都排不上，你讲重点。"])
def test_a_number_in_a_curt_opening_is_no_greeting(rules, opening):
    assert "missing_greeting" in kinds(run(rules, call(opening=opening)))


@pytest.mark.parametrize("offer", ["今天这一通还想顺带问点什么？", "别的货要不要我一起给您记上？", "趁线还通着，有没有落下没问的？"])
def test_asking_what_else_the_caller_wants_or_left_out_is_the_offer_of_more_help(rules, offer):
    """Sets 34, 39, 40 (post hoc): clean closings held for review, their offer in new words."""
    assert run(rules, call(closing=(offer, "祝您一切顺利，再见。"))) == []


@pytest.mark.parametrize("line", ["您还想怎么样？", "别的地方也这样。", "有没有收到短信？"])
def test_other_questions_in_the_closing_are_no_offer_of_more_help(rules, line):
    (found,) = [f for f in run(rules, call(closing=(line, "祝您一切顺利，再见。"))) if f.kind == "missing_closing"]
    assert "missing: offer_more" in found.detail
