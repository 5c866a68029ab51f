"""``--forms blind42``: personal numbers read in ways none of ``wide``, ``blind7``, ``blind9``, ``blind17`` to ``blind41`` has, and new hard negatives.

Written blind (set 42), without reading the detector, after reading the ``wide``, ``blind7``,
``blind9``, ``blind17`` to ``blind41`` forms so as to avoid them.  Nobody tuning the detector
should read this module: the set it makes is only worth something while the detector has not been
fitted to it.

Forms every kind of number can take:

- ``pin_warning``: before she reads, the agent warns that only the number is wanted and that no
  password or SMS code is ever to be told to anyone (只需要号码，密码和验证码千万别告诉任何人); she
  says she knows and reads (``after_warning``);
- ``asks_call_fee``: before reading she asks whether the call costs her anything
  (这个电话收费吗？); the agent says the hotline is free; she reads (``after_fee_answer``);
- ``sip_of_water``: she asks the agent to wait while she takes a sip of water (等一下，我喝口水)
  and reads in the same turn (``after_sip``);
- ``asks_to_keep_on_file``: she reads, then in the same turn asks that it be kept on file so
  she need not read it next time (你们帮我存一下，下次就不用再报了吧？); the agent says it is kept
  but she will still be asked to confirm (``keep_on_file``).

Each kind's own: a mobile read plainly and then a remark that she picked the number herself years
ago (``picked_number``, ``picked_note``); a landline read plainly and then a remark that the family
moves next month and the line may be stopped (``moving_soon``, ``moving_note``); a 身份证 7-7-4
(``seven_seven_four``, ``sizes``); a bank card after a remark, in the same turn, that it is a
newly reissued card, the old one reported lost (``reissued_first``, ``reissued``).  20 (kind, form)
pairs.  No email, no look-alikes, no third voice, no agent readings, no background sounds.

New hard negatives (nine agent lines, nine customer lines): a dental cleaning's day, hour and fee;
a new-year's-eve dinner room's tables, price and hour; shoes resoled; trousers shortened; a
cleaner's hours and rate; dry-cleaned coats with a pick-up slip number (7 digits); a scenic spot's
tickets; a karaoke room's hours and beer; a plumber's hour and fee; a barbecue's skewers; cups of
coffee; a perm; a mountain's steps; a father learning the erhu; a tortoise; a cherry tree; chillies
and chilli sauce; a grandmother's geese.  Every digit string is drawn until it is no valid mobile,
landline, 身份证 or card, and no stretch inside is one (blind21's ``_free``).

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

ASK42 = dict(ASK)
CARRIER42 = {
    "mobile": ("手机你就存这个吧，", "我平常打电话用的是", "我那个手机号码呀，是"),
    "landline": ("座机你存一下这个，", "家里装的那部电话是", "我们屋里的固话呀，是"),
    "id_card": ("身份证那一串你存一下，", "我身份证上印的是", "我那个证件号码呀，是"),
    "bank_card": ("卡号你存一下这个，", "这张卡正面印的号是", "我那张储蓄卡呀，是"),
}
FORMS = {  # forms every kind of number can take, and each kind's own
    "any": ("pin_warning", "asks_call_fee", "sip_of_water", "asks_to_keep_on_file"),
    "mobile": ("picked_number",),
    "landline": ("moving_soon",),
    "id_card": ("seven_seven_four",),
    "bank_card": ("reissued_first",),
}
PIN_WARN = ("我这边只需要号码就行，密码和验证码千万别告诉任何人，包括我们客服。",
            "提醒您一下，我们只要号码，任何密码、验证码都不要说出来。")
PIN_OK = ("好的，我知道，", "嗯，明白，不说密码，")
FEE_ASK = ("我先问一下，这个电话收费吗？我话费不多了。", "打你们这个电话要不要钱啊？")
FEE_OK = ("您放心，这是免费热线，不收您的话费。", "不收费的，这个热线是免费的，您放心说。")
FEE_GO = ("那就好，", "哦那行，")
SIP = ("等一下啊，我喝口水，嗓子有点干。好了，", "你稍等，我先喝口水啊。行了，")
KEEP_ASK = ("你们帮我存一下，下次就不用再报了吧？", "这个你们系统里记着啊，下回别再让我念了。")
KEEP_OK = ("系统里会保存的，不过下次核实身份时可能还要请您确认一下。", "已经存好了，以后办业务可能还需要您再核对一下。")
PICKED_NOTE = ("这个号是我当年特意挑的，一直没换过。", "这号我自己选的，用了好多年了。")
MOVING_NOTE = ("不过我们下个月要搬家，到时候这个座机可能就停了。", "我们快搬走了，这个座机以后不一定还能打通。")
REISSUED = ("这是我刚补办的新卡，旧的那张挂失了，", "卡是新换的，原来那张丢了已经挂失了，")

NEGATIVE42 = {
    "agent": ("您预约的洗牙在{teeth}号下午{th}点，一次{ty}块。",
              "年夜饭包间给您留了{feast}桌，每桌{fy}块，晚上{fh}点入座。",
              "您那双皮鞋换底要{shoe}天，费用是{shy}块。",
              "裤脚给您改短{pant}公分，明天下午{ph}点以后来取。",
              "钟点工阿姨每次做{maid}个小时，一小时{my}块。",
              "您干洗的{coat}件大衣，取衣单号是{dryno}，{dd}天后来取。",
              "景区门票一张{tk}块，{kid}岁以下的小朋友免票。",
              "包厢给您订到晚上{kh}点，一共{kp}个小时，含{beer}打啤酒。",
              "修水管的师傅{pipe}点上门，人工费{pipey}块，材料另算。"),
    "customer": ("昨晚我们烤了{skewer}串羊肉串，喝了{beers}瓶啤酒。",
                 "我一天要喝{coffee}杯咖啡，不喝就犯困。",
                 "我上礼拜去烫头发，烫了{perm}个小时，花了{permy}块。",
                 "我们爬的那座山有{steps}级台阶，爬了{climb}个小时。",
                 "我爸学二胡学了{erhu}年，现在能拉{songs}首曲子。",
                 "我养的那只乌龟今年{turtle}岁了，一个星期喂{feed}次。",
                 "我家樱桃树今年摘了{cherry}斤樱桃，分给了{nb}家邻居。",
                 "我妈晒了{chili}斤辣椒，做了{jars}罐辣椒酱。",
                 "我外婆养了{geese}只鹅，一天能捡{eggs}个蛋。"),
}


def own_sizes(kind: str, form: str, number: str) -> tuple[int, ...]:
    """``seven_seven_four``: 7-7-4."""
    if form == "seven_seven_four":
        return (7, 7, 4)
    raise ValueError(form)


def number42(kind: str, form: str, rng: random.Random) -> str:
    return make_number(kind, rng)


class Call42(Call36):
    """Call36 (its turns, readings, voices and sounds)."""


def read_number(call: Call42, kind: str, number: str, form: str, others: list) -> None:
    """The reading of ``number`` in ``form``, with the lines around it (the agent's request
    already said)."""
    rng = call.rng
    speed = rng.uniform(0.65, 0.9)
    groups = said_groups(raw_groups(kind, number), rng)
    carrier = (rng.choice(CARRIER42[kind]), False)
    joined = "，".join(groups) + "。"
    if form == "pin_warning":
        call.say_turn("agent", [(rng.choice(PIN_WARN), False)])
        call.say_turn("customer", [(rng.choice(PIN_OK), False), carrier, (joined, True, {"after_warning": True})],
                      speed)
    elif form == "asks_call_fee":
        call.say_turn("customer", [(rng.choice(FEE_ASK), False)], speed)
        call.say_turn("agent", [(rng.choice(FEE_OK), False)])
        call.say_turn("customer", [(rng.choice(FEE_GO), False), carrier, (joined, True, {"after_fee_answer": True})],
                      speed)
    elif form == "sip_of_water":
        call.say_turn("customer", [(rng.choice(SIP), False), carrier, (joined, True, {"after_sip": True})], speed)
    elif form == "asks_to_keep_on_file":
        call.say_turn("customer", [carrier, (joined, True, {"keep_on_file": True}), (rng.choice(KEEP_ASK), False)],
                      speed)
        call.say_turn("agent", [(rng.choice(KEEP_OK), False)])
    elif form == "picked_number":
        call.say_turn("customer", [carrier, (joined, True, {"picked_note": True}), (rng.choice(PICKED_NOTE), False)],
                      speed)
    elif form == "moving_soon":
        call.say_turn("customer", [carrier, (joined, True, {"moving_note": True}), (rng.choice(MOVING_NOTE), False)],
                      speed)
    elif form == "reissued_first":
        call.say_turn("customer", [(rng.choice(REISSUED), False), carrier, (joined, True, {"reissued": True})], speed)
    elif form in FORMS[kind]:
        sizes = own_sizes(kind, form, number)
        yao = rng.randrange(2)
        text = "，".join(said9(g, random.Random(yao)) for g in chunks(number, sizes)) + "。"
        call.say_turn("customer", [carrier, (text, True, {"sizes": list(sizes)})], speed)
    else:
        raise ValueError(form)


kinds_and_forms = kinds_and_forms_of(ASK42, FORMS)


def make_blind42_call(engine, rng: random.Random, call_id: str, stem: str, out: Path,
                      kind_form: tuple[str, str] = ("none", "none")) -> dict:
    """A call reading one number as ``kind_form`` says, or a hard negative throughout (kind "none")."""
    return FRAME.make(Call42(engine, rng), kind_form, call_id, stem, out)


TWO_AS_LIANG = ("th", "feast", "fh", "shoe", "pant", "ph", "maid", "coat", "dd", "kh", "kp", "beer", "pipe",
                "beers", "coffee", "perm", "climb", "erhu", "songs", "turtle", "feed", "cherry", "nb", "chili",
                "jars", "geese", "eggs")


def negative42(template: str, rng: random.Random) -> str:
    r = Draw(rng)
    digits, d, c, ch = r.digits, r.said, r.between, r.choice
    fill = {"teeth": c(1, 28), "th": ch(2, 3, 4), "ty": ch(150, 200, 280), "feast": c(2, 5),
            "fy": ch(1288, 1688, 1988), "fh": ch(5, 6), "shoe": c(2, 5), "shy": ch(60, 80, 120), "pant": c(2, 6),
            "ph": ch(2, 3, 4, 5), "maid": ch(2, 3, 4), "my": ch(35, 40, 50), "coat": c(2, 4),
            "dryno": d(digits(7)), "dd": c(2, 5), "tk": ch(60, 80, 120), "kid": ch(6, 12), "kh": ch(10, 11, 12),
            "kp": ch(2, 3, 4), "beer": ch(1, 2), "pipe": ch(2, 3, 9, 10), "pipey": ch(50, 80, 100),
            "skewer": c(30, 80), "beers": c(6, 20), "coffee": c(2, 4), "perm": c(2, 4), "permy": ch(288, 388, 488),
            "steps": ch(1200, 2400, 3600), "climb": c(2, 6), "erhu": c(2, 8), "songs": c(5, 30),
            "turtle": c(2, 15), "feed": c(2, 3), "cherry": c(10, 50), "nb": c(2, 8), "chili": c(5, 20),
            "jars": c(2, 9), "geese": c(2, 12), "eggs": c(2, 6)}
    for key in TWO_AS_LIANG:  # a lone 2 before a measure word is said 两 (两点, 两桌)
        if fill[key] == "二":
            fill[key] = "两"
    return template.format(**fill)


def negative(call: Call42, role: str) -> None:
    text = negative42(call.rng.choice(NEGATIVE42[role]), call.rng)
    call.negatives.append({"role": role, "text": text, "span_s": call.say_turn(role, [(text, False)])[0]})


FRAME = NumberCallFrame(forms="blind42", ask=ASK42, number=number42, read_number=read_number,
                        negative=negative, closing=CLOSING_NOTED)
