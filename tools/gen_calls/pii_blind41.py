"""``--forms blind41``: personal numbers read in ways none of ``wide``, ``blind7``, ``blind9``, ``blind17`` to ``blind40`` has, and new hard negatives.

Written blind (set 41), without reading the detector, after reading the ``wide``, ``blind7``,
``blind9``, ``blind17`` to ``blind40`` forms so as to avoid them.  Nobody tuning the detector
should read this module: the set it makes is only worth something while the detector has not been
fitted to it.

Forms every kind of number can take:

- ``asks_yao_or_yi``: before reading she asks whether a 1 should be said 幺 or 一
  (一是念幺还是念一啊？); the agent says either is fine; she reads (``after_yao_question``);
- ``about_to_board``: she is at the airport and about to board, says she will be quick
  (我在机场，马上登机了，我快点说啊), and reads in the same turn, a little faster (``boarding``);
- ``asks_if_once_enough``: she reads, then in the same turn asks whether once is enough
  (这样行吗？不用再念一遍吧？); the agent says it is noted (``once_enough``);
- ``no_sales_calls``: before reading she asks that the number not be used for sales calls
  (你们不会拿去给我打推销电话吧？); the agent promises it is only for this matter; she reads
  (``after_assurance``).

Each kind's own: a mobile 4-7 (``four_seven``, ``sizes``); a landline read plainly and then a
remark that it is registered in her father's name (``father_holder``, ``holder_note``); a 身份证
12-6 (``twelve_six``, ``sizes``); a bank card twelve digits then the rest (``twelve_rest``,
``sizes``).  20 (kind, form) pairs.  No email, no look-alikes, no third voice, no agent readings,
no background sounds.

New hard negatives (nine agent lines, nine customer lines): a cat's boarding days, price and
pick-up hour; a pottery class's seats, price and hours; a wedding-photo package (outfits, retouched
photos, the day); a wheelchair's hire, deposit and days; a calligraphy class's lessons, minutes and
floor; bottled water with a delivery-slip number (8 digits); a locksmith's minutes and fee; opening
flower baskets and their hour; a parcel locker's number and pick-up code (6 digits); rabbits and
carrots; quilts put out in the sun; osmanthus trees; a jigsaw's pieces; wedding invitations and
tables; roller-skating falls; a grape vine's bunches; tangyuan at the lantern festival; a
grandfather's beehives.  Every digit string is drawn until it is no valid mobile, landline,
身份证 or card, and no stretch inside is one (blind21's ``_free``).

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

ASK41 = dict(ASK)
CARRIER41 = {
    "mobile": ("手机号码你记好，", "我的手机号是这个，", "打我手机吧，号码是"),
    "landline": ("家里的座机号你抄一下，", "座机号码是这个，", "我家固定电话是"),
    "id_card": ("我身份证号码是这个，", "身份证号你记好，", "证件号码我报一下，"),
    "bank_card": ("我那张卡的卡号是", "银行卡号是这个，", "卡号你拿笔写一下，"),
}
FORMS = {  # forms every kind of number can take, and each kind's own
    "any": ("asks_yao_or_yi", "about_to_board", "asks_if_once_enough", "no_sales_calls"),
    "mobile": ("four_seven",),
    "landline": ("father_holder",),
    "id_card": ("twelve_six",),
    "bank_card": ("twelve_rest",),
}
YAO_ASK = ("一是念幺还是念一啊？我怕你听错。", "那个一我是说幺还是直接说一？")
YAO_OK = ("都可以的，您怎么习惯怎么念。", "幺和一都行，您按习惯说就好。")
YAO_GO = ("那我就按我习惯的念了，", "好，那我念了，")
BOARDING = ("我在机场，马上登机了，我快点说啊，", "不好意思，我这边马上要登机了，说快一点，")
ONCE_ASK = ("这样行吗？不用再念一遍吧？", "就这些，你记全了吧？不用我再说一遍了吧？")
ONCE_OK = ("不用了，我这边已经记好了。", "记全了，不用再念了，谢谢您。")
SALES_ASK = ("你们不会拿这个号给我打推销电话吧？", "我先问一下，这个不会被拿去做广告推销吧？")
SALES_OK = ("您放心，只用于这次业务办理，不会做别的用途。", "不会的，这个只用来处理您这次的问题。")
SALES_GO = ("那行，你记吧，", "好吧，那我说了，")
HOLDER_NOTE = ("这个座机是登记在我爸名下的。", "座机户主是我父亲，不是我的名字。")

NEGATIVE41 = {
    "agent": ("您家猫咪寄养{pet}天，一天{petyuan}块，下午{pethour}点以后可以来接。",
              "陶艺体验课给您留了{clay}个位子，一位{clayyuan}块，大概做{clayhrs}个小时。",
              "您选的婚纱照套餐是{dress}套衣服，精修{retouch}张，下个月{shoot}号拍。",
              "轮椅租一天{wc}块，押金{dep}百块，{wcday}天以内还回来就行。",
              "书法班一期{cal}节课，每节{calmin}分钟，在{calfloor}楼上课。",
              "您订的桶装水是{water}桶，每桶{wateryuan}块，送水单号是{waterno}。",
              "开锁师傅大概{lock}分钟到，上门费是{lockyuan}块。",
              "开业花篮给您订了{basket}个，一个{basketyuan}块，早上{bhour}点送到。",
              "您的包裹放在{locker}号柜，取件码是{pickup}，{lkdays}天内取。"),
    "customer": ("我家养了{rabbit}只兔子，一天要吃{carrot}根胡萝卜。",
                 "今天太阳好，我晒了{quilt}床被子，晒了{qhrs}个小时。",
                 "我们小区种了{osm}棵桂花树，一到秋天特别香。",
                 "我儿子拼的那幅拼图有{puzzle}块，拼了{pdays}天才拼完。",
                 "我们婚礼发了{invite}张请帖，最后摆了{tables}桌。",
                 "我孙女学轮滑摔了{falls}跤，练了{rweeks}个星期。",
                 "我阳台上那架葡萄今年结了{grape}串，一串差不多{gjin}斤。",
                 "元宵节我煮了{tangyuan}个汤圆，每人分了{each}个。",
                 "我爷爷在山上养了{hives}箱蜜蜂，一年摇{honey}次蜜。"),
}


def own_sizes(kind: str, form: str, number: str) -> tuple[int, ...]:
    """``four_seven``: 4-7; ``twelve_six``: 12-6; ``twelve_rest``: 12 then the rest."""
    if form == "four_seven":
        return (4, 7)
    if form == "twelve_six":
        return (12, 6)
    if form == "twelve_rest":
        return (12, len(number) - 12)
    raise ValueError(form)


def number41(kind: str, form: str, rng: random.Random) -> str:
    return make_number(kind, rng)


class Call41(Call36):
    """Call36 (its turns, readings, voices and sounds)."""


def read_number(call: Call41, kind: str, number: str, form: str, others: list) -> None:
    """The reading of ``number`` in ``form``, with the lines around it (the agent's request
    already said)."""
    rng = call.rng
    speed = rng.uniform(0.65, 0.9)
    groups = said_groups(raw_groups(kind, number), rng)
    carrier = (rng.choice(CARRIER41[kind]), False)
    joined = "，".join(groups) + "。"
    if form == "asks_yao_or_yi":
        call.say_turn("customer", [(rng.choice(YAO_ASK), False)], speed)
        call.say_turn("agent", [(rng.choice(YAO_OK), False)])
        call.say_turn("customer", [(rng.choice(YAO_GO), False), (joined, True, {"after_yao_question": True})], speed)
    elif form == "about_to_board":
        call.say_turn("customer", [(rng.choice(BOARDING), False), carrier, (joined, True, {"boarding": True})],
                      min(1.0, speed + 0.15))
    elif form == "asks_if_once_enough":
        call.say_turn("customer", [carrier, (joined, True, {"once_enough": True}), (rng.choice(ONCE_ASK), False)],
                      speed)
        call.say_turn("agent", [(rng.choice(ONCE_OK), False)])
    elif form == "no_sales_calls":
        call.say_turn("customer", [(rng.choice(SALES_ASK), False)], speed)
        call.say_turn("agent", [(rng.choice(SALES_OK), False)])
        call.say_turn("customer", [(rng.choice(SALES_GO), False), (joined, True, {"after_assurance": True})],
                      speed)
    elif form == "father_holder":
        call.say_turn("customer", [carrier, (joined, True, {"holder_note": True}), (rng.choice(HOLDER_NOTE), False)],
                      speed)
    elif form in FORMS[kind]:
        sizes = own_sizes(kind, form, number)
        yao = rng.randrange(2)
        text = "，".join(said9(g, random.Random(yao)) for g in chunks(number, sizes)) + "。"
        call.say_turn("customer", [carrier, (text, True, {"sizes": list(sizes)})], speed)
    else:
        raise ValueError(form)


kinds_and_forms = kinds_and_forms_of(ASK41, FORMS)


def make_blind41_call(engine, rng: random.Random, call_id: str, stem: str, out: Path,
                      kind_form: tuple[str, str] = ("none", "none")) -> dict:
    """A call reading one number as ``kind_form`` says, or a hard negative throughout (kind "none")."""
    return FRAME.make(Call41(engine, rng), kind_form, call_id, stem, out)


TWO_AS_LIANG = ("pet", "pethour", "clay", "clayhrs", "dress", "dep", "wcday", "water", "basket", "bhour",
                "lkdays", "rabbit", "carrot", "quilt", "qhrs", "osm", "pdays", "tables", "falls", "rweeks",
                "grape", "gjin", "each", "hives", "honey")


def negative41(template: str, rng: random.Random) -> str:
    r = Draw(rng)
    digits, d, c, ch = r.digits, r.said, r.between, r.choice
    fill = {"pet": c(3, 15), "petyuan": ch(40, 60, 80), "pethour": ch(2, 3, 4), "clay": c(2, 6),
            "clayyuan": ch(98, 128, 168), "clayhrs": ch(2, 3), "dress": ch(3, 4, 5), "retouch": ch(20, 30, 40),
            "shoot": c(1, 28), "wc": ch(15, 20, 30), "dep": ch(2, 3, 5), "wcday": c(3, 10), "cal": ch(12, 16, 20),
            "calmin": ch(45, 60, 90), "calfloor": c(2, 6), "water": c(2, 6), "wateryuan": ch(15, 18, 22),
            "waterno": d(digits(8)), "lock": ch(20, 30, 40), "lockyuan": ch(50, 80, 100), "basket": c(2, 6),
            "basketyuan": ch(168, 198, 288), "bhour": ch(7, 8, 9), "locker": c(3, 48), "pickup": d(digits(6)),
            "lkdays": ch(2, 3), "rabbit": c(2, 6), "carrot": c(3, 9), "quilt": c(2, 5), "qhrs": c(2, 5),
            "osm": c(6, 30), "puzzle": ch(500, 1000, 1500), "pdays": c(2, 9), "invite": c(60, 200),
            "tables": c(8, 25), "falls": c(2, 9), "rweeks": c(2, 6), "grape": c(10, 40), "gjin": ch(1, 2),
            "tangyuan": c(20, 40), "each": c(2, 6), "hives": c(2, 12), "honey": ch(2, 3, 4)}
    for key in TWO_AS_LIANG:  # a lone 2 before a measure word is said 两 (两点, 两箱)
        if fill[key] == "二":
            fill[key] = "两"
    return template.format(**fill)


def negative(call: Call41, role: str) -> None:
    text = negative41(call.rng.choice(NEGATIVE41[role]), call.rng)
    call.negatives.append({"role": role, "text": text, "span_s": call.say_turn(role, [(text, False)])[0]})


FRAME = NumberCallFrame(forms="blind41", ask=ASK41, number=number41, read_number=read_number,
                        negative=negative, closing=CLOSING_NOTED)
