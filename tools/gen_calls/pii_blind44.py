"""``--forms blind44``: personal numbers read in ways none of ``wide``, ``blind7``, ``blind9``, ``blind17`` to ``blind43`` has, and new hard negatives.

Written blind (set 44), without reading the detector, after reading the ``wide``, ``blind7``,
``blind9``, ``blind17`` to ``blind43`` forms so as to avoid them.  Nobody tuning the detector
should read this module: the set it makes is only worth something while the detector has not been
fitted to it.

Forms every kind of number can take:

- ``queue_complaint``: before reading she complains that she waited an age to get through
  (等了老半天才接通，你们这电话也太难打了); the agent apologises; she reads (``after_apology``);
- ``small_talk_first``: before reading she remarks on the weather (今天外头可真冷啊); the agent
  answers in kind; she reads (``after_chat``);
- ``first_time_caller``: she says, in the same turn, that this is her first time ringing them and
  she does not know the ropes (我头一回打你们电话，也不懂流程), then reads (``first_call``);
- ``compliment_after``: she reads, then in the same turn praises the agent's patience
  (你这个客服真有耐心，比上回那个强多了); the agent thanks her (``compliment``).

Each kind's own: a mobile read plainly and then a remark that it is the main number of a family
plan with the others' cards hung under it (``family_plan``, ``family_note``); a landline after a
remark, in the same turn, that she is ringing from that very phone, so it should show on the
agent's screen (``calling_from_it``, ``calling_note``); a 身份证 3-3-8-4 (``split_region``,
``sizes``); a bank card read plainly and then a remark that she opened it back in her home town
and there is no branch of that bank where she lives now (``hometown_card``, ``hometown_note``).
20 (kind, form) pairs.  No email, no look-alikes, no third voice, no agent readings, no background
sounds.

New hard negatives (nine agent lines, nine customer lines): a car-wash card's washes left; a
driving-test slot and its yard; a birthday cake's size, delivery hour and candles; a health
check's report days and fasting hours; a gas meter's reading and the month's use; a library book's
days left and renewals; a yoga course's sessions and weekday; a clinic's floor, room and queue; a
car park's hourly fee and cap; tomatoes on a balcony; a month's running; goldfish and buckets of
water; dumplings wrapped and frozen; a granddaughter's piano grade and practice; a factory's boxes
of goods; a holiday's nights and hotel floor; a jujube tree's crop; a chess club's members and
tables.  Every digit string is drawn until it is no valid mobile, landline, 身份证 or card, and no
stretch inside is one (blind21's ``_free``).

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

ASK44 = dict(ASK)
CARRIER44 = {
    "mobile": ("手机号你记一下哈，", "我平时用的那个手机是", "我这手机号码呢，就是"),
    "landline": ("座机的号码是", "我们家那个固定电话是", "家里的座机号呢，是"),
    "id_card": ("身份证号码我念给你，", "我自己的身份证是", "身份证上的号码呢，是"),
    "bank_card": ("银行卡的号码我报一下，", "我想用来扣费的那张卡是", "那张银行卡的卡号呢，是"),
}
FORMS = {  # forms every kind of number can take, and each kind's own
    "any": ("queue_complaint", "small_talk_first", "first_time_caller", "compliment_after"),
    "mobile": ("family_plan",),
    "landline": ("calling_from_it",),
    "id_card": ("split_region",),
    "bank_card": ("hometown_card",),
}
QUEUE = ("等了老半天才接通，你们这电话也太难打了。", "我打了好几遍都占线，好不容易才排上。")
SORRY = ("非常抱歉让您久等了，现在是来电高峰，我这边马上帮您处理。", "实在不好意思，今天咨询的人比较多，辛苦您了。")
QUEUE_GO = ("行吧，", "算了算了，")
CHAT = ("哎，今天外头可真冷啊，风刮得呼呼的。", "你们那边下雨了没有？我们这儿下了一整天了。")
CHAT_BACK = ("是啊，最近降温了，您出门多穿点。", "是的，这几天天气不太好，您注意身体。")
CHAT_GO = ("好好，说正事，", "哎，不扯远了，")
FIRST = ("我头一回打你们电话，也不懂流程，你说要号码是吧，", "我还是第一次打这个电话，不太会弄，")
COMPLIMENT = ("你这个客服真有耐心，比上回那个强多了。", "你们这服务态度真不错啊，说得清清楚楚。", "你说话真客气，听着舒服。")
THANKS = ("谢谢您的认可，这是我应该做的。", "感谢您的鼓励，我们会继续努力的。")
FAMILY = ("这是我们家亲情套餐的主号，我老伴和孩子的卡都挂在下面。", "这个号是主卡，家里其他人的副卡都跟着它。")
CALLING = ("我现在就是用这部座机给你打的，你那边应该能看到，", "我就是拿家里座机打过来的，你看看来电显示，")
HOMETOWN = ("这卡是在老家办的，我们这边都没有这家银行的网点。", "这张卡是我以前在老家开的，这边找不到它的营业厅。")

NEGATIVE44 = {
    "agent": ("您的洗车卡还剩{wash}次，有效期到{wm}月底。",
              "科目二给您约在{dday}号下午，考试在{yard}号场地。",
              "您订的生日蛋糕是{inch}寸的，{ch}点以前送到，送{candle}根蜡烛。",
              "体检报告{rep}个工作日出来，抽血前要空腹{fast}个小时。",
              "您家燃气表现在的读数是{gas}立方，这个月用了{gasu}立方。",
              "您借的书还有{book}天到期，每本最多可以续借{renew}次。",
              "这期瑜伽课一共{yoga}节，每个星期{wd}晚上上课。",
              "您挂的是{floor}楼{room}号诊室，前面还有{queue}个人在等。",
              "停车场一小时收{park}块钱，一天最多收{cap}块。"),
    "customer": ("我家阳台上种了{tom}棵西红柿，已经摘了{tomk}斤。",
                 "我上个月一共跑了{km}公里，最长的一回跑了{run}公里。",
                 "我家鱼缸里养了{fish}条金鱼，换一次水得提{bucket}桶。",
                 "我昨天晚上包了{dump}个饺子，冻了{bag}袋在冰箱里。",
                 "我孙女钢琴考到{grade}级了，每天要练{pm}分钟。",
                 "我们厂这批货一共{box}箱，每箱装{per}件。",
                 "我们这回出去玩住了{night}晚，房间在{hfloor}楼。",
                 "我家院子里那棵枣树今年结了{jujube}斤枣，分给了{nb}家邻居。",
                 "我们象棋协会有{member}个会员，活动室摆了{table}张桌子。"),
}


def own_sizes(kind: str, form: str, number: str) -> tuple[int, ...]:
    """``split_region``: 3-3-8-4."""
    if form == "split_region":
        return (3, 3, 8, 4)
    raise ValueError(form)


def number44(kind: str, form: str, rng: random.Random) -> str:
    return make_number(kind, rng)


class Call44(Call36):
    """Call36 (its turns, readings, voices and sounds)."""


def read_number(call: Call44, kind: str, number: str, form: str, others: list) -> None:
    """The reading of ``number`` in ``form``, with the lines around it (the agent's request
    already said)."""
    rng = call.rng
    speed = rng.uniform(0.65, 0.9)
    groups = said_groups(raw_groups(kind, number), rng)
    carrier = (rng.choice(CARRIER44[kind]), False)
    joined = "，".join(groups) + "。"
    if form == "queue_complaint":
        call.say_turn("customer", [(rng.choice(QUEUE), False)], speed)
        call.say_turn("agent", [(rng.choice(SORRY), False)])
        call.say_turn("customer", [(rng.choice(QUEUE_GO), False), carrier, (joined, True, {"after_apology": True})],
                      speed)
    elif form == "small_talk_first":
        call.say_turn("customer", [(rng.choice(CHAT), False)], speed)
        call.say_turn("agent", [(rng.choice(CHAT_BACK), False)])
        call.say_turn("customer", [(rng.choice(CHAT_GO), False), carrier, (joined, True, {"after_chat": True})],
                      speed)
    elif form == "first_time_caller":
        call.say_turn("customer", [(rng.choice(FIRST), False), carrier, (joined, True, {"first_call": True})], speed)
    elif form == "compliment_after":
        call.say_turn("customer", [carrier, (joined, True, {"compliment": True}), (rng.choice(COMPLIMENT), False)],
                      speed)
        call.say_turn("agent", [(rng.choice(THANKS), False)])
    elif form == "family_plan":
        call.say_turn("customer", [carrier, (joined, True, {"family_note": True}), (rng.choice(FAMILY), False)],
                      speed)
    elif form == "calling_from_it":
        call.say_turn("customer", [(rng.choice(CALLING), False), carrier, (joined, True, {"calling_note": True})],
                      speed)
    elif form == "hometown_card":
        call.say_turn("customer", [carrier, (joined, True, {"hometown_note": True}), (rng.choice(HOMETOWN), False)],
                      speed)
    elif form in FORMS[kind]:
        sizes = own_sizes(kind, form, number)
        yao = rng.randrange(2)
        text = "，".join(said9(g, random.Random(yao)) for g in chunks(number, sizes)) + "。"
        call.say_turn("customer", [carrier, (text, True, {"sizes": list(sizes)})], speed)
    else:
        raise ValueError(form)


kinds_and_forms = kinds_and_forms_of(ASK44, FORMS)


def make_blind44_call(engine, rng: random.Random, call_id: str, stem: str, out: Path,
                      kind_form: tuple[str, str] = ("none", "none")) -> dict:
    """A call reading one number as ``kind_form`` says, or a hard negative throughout (kind "none")."""
    return FRAME.make(Call44(engine, rng), kind_form, call_id, stem, out)


TWO_AS_LIANG = ("wash", "book", "ch", "candle", "rep", "fast", "renew", "queue", "tom", "tomk", "run", "fish",
                "bucket", "bag", "night", "nb", "table")


def negative44(template: str, rng: random.Random) -> str:
    r = Draw(rng)
    digits, d, c, ch = r.digits, r.said, r.between, r.choice
    fill = {"wash": c(2, 9), "wm": c(1, 12), "dday": c(3, 28), "yard": c(1, 6), "inch": ch(6, 8, 10, 12),
            "ch": c(2, 6), "candle": c(2, 9), "rep": ch(3, 5, 7), "fast": ch(8, 10, 12), "gas": d(digits(5)),
            "gasu": c(12, 40), "book": c(2, 20), "renew": c(1, 2), "yoga": ch(8, 10, 12, 16),
            "wd": "一二三四五"[rng.randrange(5)], "floor": c(2, 5), "room": c(201, 518), "queue": c(2, 9),
            "park": ch(5, 8, 10), "cap": ch(40, 50, 60), "tom": c(2, 8), "tomk": c(2, 9), "km": c(60, 150),
            "run": c(12, 21), "fish": c(2, 9), "bucket": c(2, 4), "dump": ch(80, 100, 120), "bag": c(2, 5),
            "grade": c(2, 9), "pm": ch(30, 40, 60), "box": c(30, 200), "per": ch(12, 24, 36, 48),
            "night": c(2, 6), "hfloor": c(2, 18), "jujube": c(20, 80), "nb": c(2, 6), "member": c(20, 60),
            "table": c(2, 9)}
    for key in TWO_AS_LIANG:  # a lone 2 before a measure word is said 两 (两次, 两个)
        if fill[key] == "二":
            fill[key] = "两"
    return template.format(**fill)


def negative(call: Call44, role: str) -> None:
    text = negative44(call.rng.choice(NEGATIVE44[role]), call.rng)
    call.negatives.append({"role": role, "text": text, "span_s": call.say_turn(role, [(text, False)])[0]})


FRAME = NumberCallFrame(forms="blind44", ask=ASK44, number=number44, read_number=read_number,
                        negative=negative, closing=CLOSING_NOTED)
