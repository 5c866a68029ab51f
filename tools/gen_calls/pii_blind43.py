"""``--forms blind43``: personal numbers read in ways none of ``wide``, ``blind7``, ``blind9``, ``blind17`` to ``blind42`` has, and new hard negatives.

Written blind (set 43), without reading the detector, after reading the ``wide``, ``blind7``,
``blind9``, ``blind17`` to ``blind42`` forms so as to avoid them.  Nobody tuning the detector
should read this module: the set it makes is only worth something while the detector has not been
fitted to it.

Forms every kind of number can take:

- ``recites_from_memory``: she says, in the same turn, that she knows it by heart and needs look
  nothing up (这个我背得出来，不用找), then reads (``from_memory``);
- ``request_not_heard``: she did not catch what the agent asked for (啊？你说要哪个号码？); the
  agent says the request again; she reads (``after_repeat``);
- ``scam_worry``: before reading she says there are many swindlers about and asks whether this
  really is the official service line (现在骗子太多了，你们这真是官方客服吧？); the agent says she
  dialled the official hotline herself; she reads (``after_official``);
- ``sms_question``: she reads, then in the same turn asks whether a text message will tell her
  once it is done (办好了会给我发短信通知吗？); the agent says a text will come (``sms_ask``).

Each kind's own: a mobile after a remark, in the same turn, that the number was her father's and
has been transferred to her name (``transferred``, ``transferred_note``); a landline read plainly
and then a remark that the line came free with the broadband and hardly anyone rings it
(``broadband_line``, ``broadband_note``); a 身份证 8-10 (``eight_ten``, ``sizes``); a bank card read
plainly and then a remark that there is hardly any money on it, so they had better not take any
wrongly (``balance_remark``, ``balance_note``).  20 (kind, form) pairs.  No email, no look-alikes,
no third voice, no agent readings, no background sounds.

New hard negatives (nine agent lines, nine customer lines): a removal firm's lorry, men and fee;
a piano tuner's day and fee; ID photos; a confinement nanny's days and rate; a course of
acupuncture; a qipao taken in; window cleaners; a seal carved, with its pick-up slip number (6
digits); rafting; a cat's food; a son's height; silkworms; a grandfather's pigeons; cactuses on
a windowsill; a harmonica; a works canteen's lunch; shoe size; roast duck.  Every digit string is
drawn until it is no valid mobile, landline, 身份证 or card, and no stretch inside is one
(blind21's ``_free``).

English digits and letters are left out: Kokoro's Chinese voice drops Latin letters.
"""

from __future__ import annotations

import random
from pathlib import Path

from pii_blind7 import chunks, kinds_and_forms_of
from pii_blind9 import said9
from pii_blind18 import personal  # noqa: F401  (tests use personal from here)
from pii_blind20 import raw_groups
from pii_blind21 import Draw
from pii_blind24 import said_groups
from pii_blind36 import Call36
from pii_calls import ASK, CLOSING_NOTED, NumberCallFrame, make_number

ASK43 = dict(ASK)
CARRIER43 = {
    "mobile": ("手机号我直接说啊，", "我兜里这部手机的号是", "手机那个号呢，是"),
    "landline": ("座机号我说一下，", "家里那部座机是", "家里电话呢，是"),
    "id_card": ("身份证号你听好啊，", "我本人的身份证号是", "证件上那个号呢，是"),
    "bank_card": ("银行卡号我说了啊，", "你们扣钱用的那张卡是", "我那张银行卡呢，是"),
}
FORMS = {  # forms every kind of number can take, and each kind's own
    "any": ("recites_from_memory", "request_not_heard", "scam_worry", "sms_question"),
    "mobile": ("transferred",),
    "landline": ("broadband_line",),
    "id_card": ("eight_ten",),
    "bank_card": ("balance_remark",),
}
MEMORY = ("这个我背得出来，不用找，你记啊，", "这个我记得可熟了，张口就来，")
NOT_HEARD = ("啊？你说要哪个号码？刚才没听清。", "不好意思，你刚才说要什么？我这边没听清楚。")
REPEAT = ("不好意思，我再说一遍，", "没关系，我重复一下，")
HEARD = ("哦哦，听清了，", "噢，这个啊，")
SCAM_ASK = ("现在骗子太多了，你们这真是官方客服吧？", "我先问清楚啊，你们这不是诈骗电话吧？")
SCAM_OK = ("您放心，这是您自己拨打的官方客服热线，不是我们打给您的。", "请放心，您拨的就是我们的官方服务热线。")
SCAM_GO = ("那我就放心了，", "好吧，那我说，")
SMS_ASK = ("办好了会给我发短信通知吗？", "弄好以后有没有短信告诉我一声？")
SMS_OK = ("会的，办好以后系统会给您发一条短信提醒。", "有的，处理完成后您会收到短信通知。")
TRANSFERRED = ("这个号原来是我爸在用，后来过户到我名下了，", "这号以前是我父亲的，去年转到我名字下面了，")
BROADBAND = ("这个座机是装宽带的时候送的，平时基本没人打。", "这电话是办宽带附带的，一年到头也没几个人打。")
BALANCE = ("这卡里也没几个钱，你们可别乱扣啊。", "这张卡里没多少钱了，扣的时候你们看清楚点。")

NEGATIVE43 = {
    "agent": ("搬家公司的车{mvh}点到，来{men}个师傅，车费是{mvy}块。",
              "调钢琴的师傅{tuned}号上午过来，调一次{tuney}块。",
              "您的证件照拍好了，一版{photo}张，一共{photoy}块。",
              "月嫂阿姨签的是{nanny}天，一天{nannyy}块。",
              "针灸一个疗程是{acu}次，每次留针{acum}分钟。",
              "旗袍给您改好了，腰围收了{qipao}公分，后天下午{qh}点来取。",
              "擦玻璃的师傅来{glass}个人，大概要做{glassh}个小时。",
              "您刻的章{seal}天后可以取，工本费{sealy}块，取章单号是{sealno}。",
              "漂流一趟大概{raft}个小时，一条船最多坐{boat}个人。"),
    "customer": ("我家猫一顿吃{cat}克猫粮，一天喂{catn}顿。",
                 "我儿子今年{age}岁，个子已经{height}公分了。",
                 "我女儿养了{silk}条蚕，已经结了{cocoon}个茧。",
                 "我爷爷养了{pigeon}只鸽子，每天放飞{fly}次。",
                 "我窗台上摆了{cactus}盆仙人掌，今年开了{bloom}朵花。",
                 "我会吹口琴，能吹{tunes}首歌，练了{harm}年了。",
                 "我们单位食堂中午有{dish}个菜，一份才{mealy}块。",
                 "我穿{shoesz}码的鞋，这回一下买了{pairs}双。",
                 "昨天我们吃烤鸭，{duck}个人吃了{ducks}只。"),
}


def own_sizes(kind: str, form: str, number: str) -> tuple[int, ...]:
    """``eight_ten``: 8-10."""
    if form == "eight_ten":
        return (8, 10)
    raise ValueError(form)


def number43(kind: str, form: str, rng: random.Random) -> str:
    return make_number(kind, rng)


class Call43(Call36):
    """Call36 (its turns, readings, voices and sounds)."""


def read_number(call: Call43, kind: str, number: str, form: str, others: list) -> None:
    """The reading of ``number`` in ``form``, with the lines around it (the agent's request
    already said)."""
    rng = call.rng
    speed = rng.uniform(0.65, 0.9)
    groups = said_groups(raw_groups(kind, number), rng)
    carrier = (rng.choice(CARRIER43[kind]), False)
    joined = "，".join(groups) + "。"
    if form == "recites_from_memory":
        call.say_turn("customer", [(rng.choice(MEMORY), False), carrier, (joined, True, {"from_memory": True})],
                      speed)
    elif form == "request_not_heard":
        call.say_turn("customer", [(rng.choice(NOT_HEARD), False)], speed)
        call.say_turn("agent", [(rng.choice(REPEAT) + ASK43[kind], False)])
        call.say_turn("customer", [(rng.choice(HEARD), False), carrier, (joined, True, {"after_repeat": True})],
                      speed)
    elif form == "scam_worry":
        call.say_turn("customer", [(rng.choice(SCAM_ASK), False)], speed)
        call.say_turn("agent", [(rng.choice(SCAM_OK), False)])
        call.say_turn("customer", [(rng.choice(SCAM_GO), False), carrier, (joined, True, {"after_official": True})],
                      speed)
    elif form == "sms_question":
        call.say_turn("customer", [carrier, (joined, True, {"sms_ask": True}), (rng.choice(SMS_ASK), False)], speed)
        call.say_turn("agent", [(rng.choice(SMS_OK), False)])
    elif form == "transferred":
        call.say_turn("customer", [(rng.choice(TRANSFERRED), False), carrier,
                                   (joined, True, {"transferred_note": True})], speed)
    elif form == "broadband_line":
        call.say_turn("customer", [carrier, (joined, True, {"broadband_note": True}), (rng.choice(BROADBAND), False)],
                      speed)
    elif form == "balance_remark":
        call.say_turn("customer", [carrier, (joined, True, {"balance_note": True}), (rng.choice(BALANCE), False)],
                      speed)
    elif form in FORMS[kind]:
        sizes = own_sizes(kind, form, number)
        yao = rng.randrange(2)
        text = "，".join(said9(g, random.Random(yao)) for g in chunks(number, sizes)) + "。"
        call.say_turn("customer", [carrier, (text, True, {"sizes": list(sizes)})], speed)
    else:
        raise ValueError(form)


kinds_and_forms = kinds_and_forms_of(ASK43, FORMS)


def make_blind43_call(engine, rng: random.Random, call_id: str, stem: str, out: Path,
                      kind_form: tuple[str, str] = ("none", "none")) -> dict:
    """A call reading one number as ``kind_form`` says, or a hard negative throughout (kind "none")."""
    return FRAME.make(Call43(engine, rng), kind_form, call_id, stem, out)


TWO_AS_LIANG = ("mvh", "men", "photo", "qipao", "qh", "glass", "glassh", "seal", "raft", "boat", "catn", "fly",
                "cactus", "bloom", "harm", "pairs", "ducks")


def negative43(template: str, rng: random.Random) -> str:
    r = Draw(rng)
    digits, d, c, ch = r.digits, r.said, r.between, r.choice
    fill = {"mvh": ch(2, 7, 8, 9), "men": c(2, 4), "mvy": ch(300, 450, 600), "tuned": c(1, 28),
            "tuney": ch(200, 300, 350), "photo": ch(6, 8, 9), "photoy": ch(25, 30, 40), "nanny": ch(26, 42),
            "nannyy": ch(300, 400, 500), "acu": ch(7, 10, 14), "acum": ch(20, 30), "qipao": c(1, 3),
            "qh": ch(2, 3, 4), "glass": c(2, 3), "glassh": c(2, 5), "seal": c(2, 5), "sealy": ch(30, 50, 80),
            "sealno": d(digits(6)), "raft": c(2, 3), "boat": ch(2, 4, 6), "cat": ch(30, 40, 50), "catn": c(2, 3),
            "age": c(12, 16), "height": ch(160, 165, 170, 175), "silk": c(10, 40), "cocoon": c(3, 20),
            "pigeon": c(8, 30), "fly": c(1, 3), "cactus": c(2, 9), "bloom": c(2, 12), "tunes": c(5, 20),
            "harm": c(2, 6), "dish": c(4, 12), "mealy": ch(12, 15, 18), "shoesz": c(36, 44), "pairs": c(2, 4),
            "duck": c(4, 9), "ducks": c(2, 3)}
    for key in TWO_AS_LIANG:  # a lone 2 before a measure word is said 两 (两点, 两个)
        if fill[key] == "二":
            fill[key] = "两"
    return template.format(**fill)


def negative(call: Call43, role: str) -> None:
    text = negative43(call.rng.choice(NEGATIVE43[role]), call.rng)
    call.negatives.append({"role": role, "text": text, "span_s": call.say_turn(role, [(text, False)])[0]})


FRAME = NumberCallFrame(forms="blind43", ask=ASK43, number=number43, read_number=read_number,
                        negative=negative, closing=CLOSING_NOTED)
