"""``--forms blind35``: personal numbers read in ways none of ``wide``, ``blind7``, ``blind9``, ``blind17`` to ``blind34`` has, and new hard negatives.

Written blind (set 35), without reading the detector, after reading the ``wide``, ``blind7``,
``blind9``, ``blind17`` to ``blind34`` forms so as to avoid them.  Nobody tuning the detector
should read this module: the set it makes is only worth something while the detector has not been
fitted to it.

Forms every kind of number can take:

- ``agent_echoes_groups``: she reads group by group, each group her own turn, and after each the
  agent says the group back as she types it (…，好); the agent's echoes are readings on the
  agent's channel (``role: agent``, ``echo``); her groups: the first ``head``, the later ones
  ``continued_from``; the agent's echoes the same ``head`` / ``continued_from`` as the group
  they repeat;
- ``goes_to_look``: she asks the agent to wait while she looks the number up (您稍等，我找一下),
  then 2.5-4.5 s of nothing said (her line open), then 找到了 and the whole number, one reading
  (``after_wait``: the seconds she was away);
- ``dots_said``: she reads a number saved with dots between the groups and says the dots too
  (…点…点…), one reading (``dots``);
- ``asks_if_too_fast``: part-way she stops and asks whether she is reading too fast (我念得快不快？);
  the agent says it is fine and to go on; she reads the rest (readings ``head`` and
  ``continued_from``).

Each kind's own: a mobile as two, then threes (``two_then_threes``: 2-3-3-3, ``sizes``); a
landline's area code, then its local number in threes, the last group two to four
(``local_threes``, ``sizes``); a 身份证 as its six region digits, then fours (``region_then_fours``:
6-4-4-4, ``sizes``); a bank card as its first four, the middle run, its last four
(``four_middle_four``: 4-8-4 to 4-11-4, ``sizes``).  20 (kind, form) pairs.  No email, no
look-alikes.

New hard negatives (nine agent lines, nine customer lines): a hospital appointment's queue
number, floor and room; a heating season's area, price a square metre and months; a rice
cooker's litres, hours of delay and coating layers; a fill-up's litres and the price of a litre;
a wedding banquet's tables, dishes and hall floor; swimming lessons, minutes and the course code
(5 digits); a cake's inches, layers and characters; a watch's water depth, battery years and
case size; a half marathon's bib number (5 digits), call time and gate; steps walked and more
than yesterday; a cat's age, weight and meals; a block's floors, her floor and the days the lift
has been broken; a stock's closing price and lots bought; a daughter's exam marks; jars of
pickled cabbage and salt; fish caught and the biggest one's weight; rows of cabbages; dumplings
made.  Every digit string is drawn until it is no valid mobile, landline, 身份证 or card, and no
stretch inside is one (blind21's ``_free``).

English digits and letters are left out: Kokoro's Chinese voice drops Latin letters.
"""

from __future__ import annotations

import random
from pathlib import Path

from pii_blind7 import chunks, kinds_and_forms_of
from pii_blind9 import said9
from pii_blind18 import personal  # noqa: F401  (tests use it from here)
from pii_blind20 import raw_groups
from pii_blind21 import Draw
from pii_blind24 import said_groups
from pii_blind32 import Call32, offsets
from pii_calls import ASK, CLOSING_NOTED, NumberCallFrame, number_any_form

ASK35 = dict(ASK)
CARRIER35 = {
    "mobile": ("我用的手机号码你记下，", "手机号我报一下啊，", "我这个手机号是"),
    "landline": ("家里座机的号码我说一下，", "我们家的固定电话是", "座机你记一下，号码是"),
    "id_card": ("身份证上的号你记一下啊，", "我身份证上的号码是", "我的证件号你记一下，"),
    "bank_card": ("我那张银行卡的号你记，", "扣款那张卡的号码是", "这张卡我念给你，卡号是"),
}
FORMS = {  # forms every kind of number can take, and each kind's own
    "any": ("agent_echoes_groups", "goes_to_look", "dots_said", "asks_if_too_fast"),
    "mobile": ("two_then_threes",),
    "landline": ("local_threes",),
    "id_card": ("region_then_fours",),
    "bank_card": ("four_middle_four",),
}
AGENT_OK = ("，好。", "，嗯。", "，好的。", "，记下了。")
AGENT_GO = ("好，您继续。", "嗯，您说吧。", "好的，您接着念。")
LOOK_LEAD = ("您稍等啊，我找一下，", "等一下，我得翻一翻，", "您等会儿，我去拿一下，")
LOOK_BACK = ("找到了找到了，", "好了，拿到了，", "让您久等了，找着了，")
DOT = "点"
DOTS_LEAD = ("我手机里存的这个号中间是用点隔开的，我照着念，", "我本子上记的是带点的，我就这么念了，")
TOO_FAST = ("……我念得快不快？你跟得上吗？", "……哎我是不是念太快了？", "……这样念你记得过来吗？")
GO_ON = ("那我接着说，", "行，那后面是", "好，接着往下，")

NEGATIVE35 = {
    "agent": ("您挂的是明天上午的专家号，排第{queue}号，诊室在{hfl}楼{hroom}诊室。",
              "您家这个采暖季暖气费按{harea}平方算，每平方{hprice}块，一共供暖{hmon}个月。",
              "您买的这个电饭煲是{rcl}升的，预约最长{rch}个小时，内胆涂了{coat}层。",
              "您这次加油一共加了{litre}升，今天九十二号汽油{yuan}块{jiao}毛一升。",
              "您订的婚宴是{tables}桌，每桌{dish}个菜，宴会厅在酒店{wfl}楼。",
              "您给孩子报的游泳课一期{lesson}节，每节{lmin}分钟，课程编号是{course}。",
              "您订的生日蛋糕是{inch}寸的，一共{layer}层，上面写字不超过{chars}个。",
              "您选的这块手表防水{atm}米，电池能用{byr}年，表盘直径{dia}毫米。",
              "您报名的半程马拉松参赛号是{bib}，早上{call}点半到{gate}号门检录。"),
    "customer": ("我今天一共走了{steps}步，比昨天多走了{more}步。",
                 "我家那只猫{cat}岁了，体重{cjin}斤，一天喂{meal}顿。",
                 "我们那栋楼一共{floors}层，我住{myfl}楼，电梯都坏了{edays}天了。",
                 "我那只股票昨天收盘{px}块{pj}，我一共买了{lots}手。",
                 "我闺女期末考了{score}分，数学比语文多了{diff}分。",
                 "我今年腌了{jars}坛酸菜，每坛放了{salt}斤盐。",
                 "我上礼拜钓了{fish}条鱼，最大的一条有{fjin}斤多。",
                 "我家菜园子种了{rows}垄白菜，一垄大概{plants}棵。",
                 "我昨天包饺子包了{dump}个，一斤面能包{per}个。"),
}


def own_sizes(kind: str, form: str, number: str) -> tuple[int, ...]:
    """``two_then_threes``: 2-3-3-3; ``local_threes``: the area code, then the local number in
    threes, the last group two to four; ``region_then_fours``: 6-4-4-4; ``four_middle_four``: the
    first four, the middle (eight to eleven), the last four."""
    n = len(number)
    if form == "two_then_threes":
        return (2, 3, 3, 3)
    if form == "local_threes":
        code = 3 if number[:2] in ("01", "02") else 4
        local = n - code
        threes = [3] * (local // 3)
        rest = local - 3 * len(threes)
        if rest == 1:
            threes[-1] += 1
        elif rest == 2:
            threes.append(2)
        return (code, *threes)
    if form == "region_then_fours":
        return (6, 4, 4, 4)
    if form == "four_middle_four":
        return (4, n - 8, 4)
    raise ValueError(form)


class Call35(Call32):
    """Call32 (its turns, readings, voices and sounds)."""


def read_number(call: Call35, kind: str, number: str, form: str, others: list) -> None:
    """The reading(s) of ``number`` in ``form``, with the lines around them (the agent's request
    already said)."""
    rng = call.rng
    speed = rng.uniform(0.65, 0.9)
    raw = raw_groups(kind, number)
    groups = said_groups(raw, rng)
    at = offsets(raw)
    carrier = (rng.choice(CARRIER35[kind]), False)
    joined = "，".join(groups) + "。"
    if form == "agent_echoes_groups":
        for k, g in enumerate(groups):
            last = k == len(groups) - 1
            where = {"head": True} if k == 0 else {"continued_from": at[k]}
            pieces = [carrier] if k == 0 else []
            call.say_turn("customer", pieces + [(g + ("。" if last else "，"), True, where)], speed)
            call.say_turn("agent", [(g, True, {"echo": True, **where}), (rng.choice(AGENT_OK), False)],
                          rng.uniform(0.8, 0.95))
    elif form == "goes_to_look":
        call.say_turn("customer", [(rng.choice(LOOK_LEAD), False)])
        wait = round(rng.uniform(2.5, 4.5), 2)
        call.tl.pause(wait)
        call.say_turn("customer", [(rng.choice(LOOK_BACK), False), carrier, (joined, True, {"after_wait": wait})],
                      speed)
    elif form == "dots_said":
        text = DOT.join(groups) + "。"
        call.say_turn("customer", [(rng.choice(DOTS_LEAD), False), carrier, (text, True, {"dots": True})], speed)
    elif form == "asks_if_too_fast":
        k = rng.randint(1, len(groups) - 1)
        call.say_turn("customer", [carrier, ("，".join(groups[:k]) + "，", True, {"head": True}),
                                   (rng.choice(TOO_FAST), False)], speed)
        call.say_turn("agent", [(rng.choice(AGENT_GO), False)])
        call.say_turn("customer", [(rng.choice(GO_ON), False),
                                   ("，".join(groups[k:]) + "。", True, {"continued_from": at[k]})], speed)
    elif form in FORMS[kind]:
        sizes = own_sizes(kind, form, number)
        yao = rng.randrange(2)
        text = "，".join(said9(g, random.Random(yao)) for g in chunks(number, sizes)) + "。"
        call.say_turn("customer", [carrier, (text, True, {"sizes": list(sizes)})], speed)
    else:
        raise ValueError(form)


kinds_and_forms = kinds_and_forms_of(ASK35, FORMS)


def make_blind35_call(engine, rng: random.Random, call_id: str, stem: str, out: Path,
                      kind_form: tuple[str, str] = ("none", "none")) -> dict:
    """A call reading one number as ``kind_form`` says, or a hard negative throughout (kind "none")."""
    return FRAME.make(Call35(engine, rng), kind_form, call_id, stem, out)


def negative35(template: str, rng: random.Random) -> str:
    r = Draw(rng)
    digits, d, c, ch = r.digits, r.said, r.between, r.choice
    fill = {"queue": c(3, 40), "hfl": c(2, 9), "hroom": c(1, 20), "harea": c(50, 140), "hprice": ch(22, 25, 28, 30),
            "hmon": ch(4, 5, 6), "rcl": ch(3, 4, 5), "rch": ch(12, 24), "coat": c(3, 7), "litre": c(25, 60),
            "yuan": c(6, 8), "jiao": c(1, 9), "tables": c(12, 40), "dish": ch(10, 12, 16), "wfl": c(2, 5),
            "lesson": ch(10, 12, 15, 20), "lmin": ch(45, 60, 90), "course": d(digits(5)), "inch": ch(6, 8, 10, 12),
            "layer": c(1, 3), "chars": ch(8, 10, 12), "atm": ch(30, 50, 100), "byr": c(2, 5), "dia": c(36, 44),
            "bib": d(digits(5)), "call": c(6, 7), "gate": c(1, 8), "steps": c(6000, 9999), "more": c(300, 3000),
            "cat": c(2, 12), "cjin": c(6, 15), "meal": c(2, 3), "floors": c(18, 33), "myfl": c(3, 17),
            "edays": c(2, 9), "px": c(5, 60), "pj": ch(1, 3, 5, 8), "lots": c(2, 20), "score": c(80, 100),
            "diff": c(2, 15), "jars": c(2, 6), "salt": c(2, 4), "fish": c(3, 20), "fjin": c(2, 6),
            "rows": c(4, 12), "plants": c(20, 40), "dump": c(60, 150), "per": c(30, 50)}
    return template.format(**fill)


def negative(call: Call35, role: str) -> None:
    text = negative35(call.rng.choice(NEGATIVE35[role]), call.rng)
    call.negatives.append({"role": role, "text": text, "span_s": call.say_turn(role, [(text, False)])[0]})


FRAME = NumberCallFrame(forms="blind35", ask=ASK35, number=number_any_form, read_number=read_number,
                        negative=negative, closing=CLOSING_NOTED)
