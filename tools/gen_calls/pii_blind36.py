"""``--forms blind36``: personal numbers read in ways none of ``wide``, ``blind7``, ``blind9``, ``blind17`` to ``blind35`` has, and new hard negatives.

Written blind (set 36), without reading the detector, after reading the ``wide``, ``blind7``,
``blind9``, ``blind17`` to ``blind35`` forms so as to avoid them.  Nobody tuning the detector
should read this module: the set it makes is only worth something while the detector has not been
fitted to it.

Forms every kind of number can take:

- ``slow_down_restart``: she starts quickly (Kokoro speed 1.2-1.35), the agent stops her part-way
  and asks her to slow down and start again from the beginning; she reads the whole number again,
  slowly (speed 0.55-0.68): the cut-off start is ``partial``, ``cut_off`` and ``fast``, the second
  pass ``restarted``;
- ``grouping_asked``: after the request the agent tells her how to group the number
  (按三位、四位、四位分开念 …; the words name group sizes, no number), and she reads it that way, one
  reading (``grouping_asked``, ``sizes``);
- ``cumulative``: she builds the number up aloud, saying everything so far again each time she
  adds a group (幺三八……幺三八，五六七八……幺三八，五六七八，…), in one turn: every pass a reading,
  all but the last ``partial`` with ``so_far`` (how many digits it spells), the last the whole
  number (``cumulative``);
- ``system_lag``: part-way the agent's system freezes (我这边系统卡了一下，您稍等); 2-3.5 s with
  nothing said, the agent says it is back, and she goes on from where she stopped (readings
  ``head`` and ``continued_from``; the agent's wait is ``lag_s`` on the second).

Each kind's own: a mobile 4-3-4 (``four_three_four``, ``sizes``); a landline's area code, then its
local number as one unbroken run (``code_then_run``, ``sizes``); a 身份证 as its six region digits,
then the other twelve unbroken (``region_then_run``: 6-12, ``sizes``); a bank card as its first six,
then the rest unbroken (``six_then_run``, ``sizes``).  20 (kind, form) pairs.  No email, no
look-alikes, no background sounds, no third voice.

New hard negatives (nine agent lines, nine customer lines): a museum visit's time slot, tickets
and entrance; a water bill's tonnes, price a tonne and amount; a lift's load, passengers and
service days; a car's model year, engine displacement and gears; a shipment's containers, gross
tonnes a container and sailing day; a tea house's private room (3 digits), minimum spend and
seats; a suitcase's inches and kilograms; a ski ticket's hours, runs and chairlift; a parcel's
tracking number (12 digits) and sorting centre; a parking space (4 digits) on a basement floor and
the metres to the lift, a son's class size, his row and his teacher's years, a recipe's grams of
rock sugar and minutes of stewing, an air conditioner's horsepower, years and last summer's bill,
eggs and greens bought and their cost, a sewing machine's year and stitches a minute, a TV
series' episodes and where she has got to, a park's year card and visits, orange trees and their
斤.  Every digit string is drawn until it is no valid mobile, landline, 身份证 or card, and no
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
from pii_blind32 import offsets
from pii_blind35 import Call35
from pii_calls import ASK, CLOSING_NOTED, NumberCallFrame, number_any_form

ASK36 = dict(ASK)
CARRIER36 = {
    "mobile": ("我现在用的手机号是", "手机号码你登记一下，", "我留个手机号给你，"),
    "landline": ("我家座机号码，你记一下，", "家里那个固话是", "座机号码我念一下，"),
    "id_card": ("我的身份证号码，你登记一下，", "身份证号我给您念一下，", "身份证你记，号码是"),
    "bank_card": ("银行卡号我报给你，", "我要绑的那张卡，卡号是", "卡号你登记一下，"),
}
FORMS = {  # forms every kind of number can take, and each kind's own
    "any": ("slow_down_restart", "grouping_asked", "cumulative", "system_lag"),
    "mobile": ("four_three_four",),
    "landline": ("code_then_run",),
    "id_card": ("region_then_run",),
    "bank_card": ("six_then_run",),
}
SLOW_DOWN = ("不好意思，您说得太快了，我这边没记上，麻烦您慢一点，从头再说一遍。",
             "哎，您稍微慢一点，我没跟上，从第一位重新说好吗？",
             "您先停一下，太快了我记不住，您慢慢地从头说。")
RESTART = ("好好好，我从头慢慢说，", "哦，那我重新说啊，", "行，我慢点儿，从头来，")
GROUPING = {
    "mobile": ("麻烦您按三位、四位、四位分开念，我好核对。",),
    "landline": ("您先说区号，然后把号码分成两段念。",),
    "id_card": ("您按前面六位、中间八位、最后四位这样分开念。",),
    "bank_card": ("卡号您四位四位地念就行，我好对着输入。",),
}
CUMULATIVE_LEAD = ("我一段一段连起来说，你听着啊，", "我连着前面的一起念，这样不容易错，")
LAG = ("不好意思，您稍等一下，我这边系统卡了一下。", "您先停一下，我这个页面没反应了，稍等。")
LAG_BACK = ("好了，系统恢复了，您接着往下说。", "可以了，您继续说后面的。")
GO_ON36 = ("好，我刚才说到这儿，后面是", "那我接着说啊，", "行，后面是")

NEGATIVE36 = {
    "agent": ("您预约的是博物馆下午{slot}点到{slot2}点那一场，一共{tix}张票，请从{gate}号入口进。",
              "您家上个月用水{ton}吨，每吨水费{wy}块{wj}毛，一共是{wamt}块钱。",
              "这部电梯额定载重{kg}公斤，最多乘坐{ppl}人，每{md}天维保一次。",
              "您这台车是{cyear}年款的，排量{dispa}点{dispb}升，{gears}挡自动变速箱。",
              "您这批货一共装了{cont}个集装箱，每个毛重{ct}吨，预计{sail}号开船。",
              "您订的茶室是{troom}号包间，最低消费{tmin}块，最多可以坐{tseats}个人。",
              "您买的这个行李箱是{suit}寸的，能带上飞机，自重{skg}点{skg2}公斤。",
              "您这张滑雪票是{ski}个小时的，雪场一共有{runs}条雪道，缆车在{lift}号口。",
              "您的快递单号是{track}，现在到了{hub}号分拣中心。"),
    "customer": ("我家车位在负{pf}层，车位号是{space}，离电梯口大概{pm}米。",
                 "我儿子他们班一共{stu}个学生，他坐第{srow}排，班主任教了{tyr}年书了。",
                 "我做红烧肉放了{gram}克冰糖，小火炖了{simmer}分钟。",
                 "我家空调是{hp}匹的，用了{acy}年了，去年夏天电费交了{acfee}块。",
                 "我早上买了{eggs}个鸡蛋，{veg}斤青菜，一共花了{spend}块{sj}毛。",
                 "我家那台缝纫机是{sew}年的老物件了，一分钟能走{stitch}针。",
                 "我在看的那部电视剧一共{eps}集，我才看到第{ep}集。",
                 "我办的那张公园年卡{park}块钱，一年能进{visits}次。",
                 "我今年种了{trees}棵橘子树，每棵结了{fruit}斤左右。"),
}


def own_sizes(kind: str, form: str, number: str) -> tuple[int, ...]:
    """``four_three_four``: 4-3-4; ``code_then_run``: the area code, then the local number
    unbroken; ``region_then_run``: 6-12; ``six_then_run``: the first six, then the rest."""
    n = len(number)
    if form == "four_three_four":
        return (4, 3, 4)
    if form == "code_then_run":
        code = 3 if number[:2] in ("01", "02") else 4
        return (code, n - code)
    if form == "region_then_run":
        return (6, 12)
    if form == "six_then_run":
        return (6, n - 6)
    raise ValueError(form)


def asked_sizes(kind: str, number: str) -> tuple[int, ...]:
    """The grouping the agent asks for (``grouping_asked``): a mobile 3-4-4; a landline's area code,
    then its local number in two (4-4 or 3-4; a shorter one whole); a 身份证 6-8-4; a bank card in fours (three left over
    a group of their own, one or two joined to the last four)."""
    n = len(number)
    if kind == "mobile":
        return (3, 4, 4)
    if kind == "landline":
        code = 3 if number[:2] in ("01", "02") else 4
        local = n - code
        return (code, local - 4, 4) if local >= 7 else (code, local)
    if kind == "id_card":
        return (6, 8, 4)
    if kind == "bank_card":
        sizes = [4] * (n // 4)
        if n % 4 == 3:
            sizes.append(3)
        elif n % 4:
            sizes[-1] += n % 4
        return tuple(sizes)
    raise ValueError(kind)


class Call36(Call35):
    """Call35 (its turns, readings, voices and sounds)."""


def read_number(call: Call36, kind: str, number: str, form: str, others: list) -> None:
    """The reading(s) of ``number`` in ``form``, with the lines around them (the agent's request
    already said)."""
    rng = call.rng
    speed = rng.uniform(0.65, 0.9)
    raw = raw_groups(kind, number)
    groups = said_groups(raw, rng)
    at = offsets(raw)
    carrier = (rng.choice(CARRIER36[kind]), False)
    joined = "，".join(groups) + "。"
    if form == "slow_down_restart":
        k = rng.randint(1, len(groups) - 1)
        call.say_turn("customer", [carrier, ("，".join(groups[:k]) + "……", True,
                                             {"partial": True, "cut_off": True, "fast": True})],
                      rng.uniform(1.2, 1.35))
        call.say_turn("agent", [(rng.choice(SLOW_DOWN), False)])
        call.say_turn("customer", [(rng.choice(RESTART), False), (joined, True, {"restarted": True})],
                      rng.uniform(0.55, 0.68))
    elif form == "grouping_asked":
        call.say_turn("agent", [(rng.choice(GROUPING[kind]), False)])
        sizes = asked_sizes(kind, number)
        yao = rng.randrange(2)
        text = "，".join(said9(g, random.Random(yao)) for g in chunks(number, sizes)) + "。"
        call.say_turn("customer", [(text, True, {"grouping_asked": True, "sizes": list(sizes)})], speed)
    elif form == "cumulative":
        pieces = [(rng.choice(CUMULATIVE_LEAD), False)]
        for k in range(1, len(groups) + 1):
            if k < len(groups):
                pieces.append(("，".join(groups[:k]) + "……", True, {"partial": True, "so_far": at[k]}))
            else:
                pieces.append((joined, True, {"cumulative": True}))
        call.say_turn("customer", pieces, speed)
    elif form == "system_lag":
        k = rng.randint(1, len(groups) - 1)
        call.say_turn("customer", [carrier, ("，".join(groups[:k]) + "，", True, {"head": True})], speed)
        call.say_turn("agent", [(rng.choice(LAG), False)])
        lag = round(rng.uniform(2.0, 3.5), 2)
        call.tl.pause(lag)
        call.say_turn("agent", [(rng.choice(LAG_BACK), False)])
        call.say_turn("customer", [(rng.choice(GO_ON36), False),
                                   ("，".join(groups[k:]) + "。", True, {"continued_from": at[k], "lag_s": lag})],
                      speed)
    elif form in FORMS[kind]:
        sizes = own_sizes(kind, form, number)
        yao = rng.randrange(2)
        text = "，".join(said9(g, random.Random(yao)) for g in chunks(number, sizes)) + "。"
        call.say_turn("customer", [carrier, (text, True, {"sizes": list(sizes)})], speed)
    else:
        raise ValueError(form)


kinds_and_forms = kinds_and_forms_of(ASK36, FORMS)


def make_blind36_call(engine, rng: random.Random, call_id: str, stem: str, out: Path,
                      kind_form: tuple[str, str] = ("none", "none")) -> dict:
    """A call reading one number as ``kind_form`` says, or a hard negative throughout (kind "none")."""
    return FRAME.make(Call36(engine, rng), kind_form, call_id, stem, out)


def negative36(template: str, rng: random.Random) -> str:
    r = Draw(rng)
    digits, d, c, ch = r.digits, r.said, r.between, r.choice
    fill = {"slot": ch(1, 2, 3), "slot2": ch(4, 5), "tix": c(2, 6), "gate": c(1, 4), "ton": c(8, 30),
            "wy": c(3, 6), "wj": c(1, 9), "wamt": c(40, 180), "kg": ch(800, 1000, 1350, 1600), "ppl": ch(10, 13, 16, 21),
            "md": ch(15, 30), "cyear": d(digits(4, "2", "201")), "dispa": ch(1, 2), "dispb": ch(4, 5, 6, 8),
            "gears": ch(6, 7, 8), "cont": c(2, 12), "ct": c(18, 28), "sail": c(3, 28), "troom": d(digits(3)),
            "tmin": ch(300, 500, 800), "tseats": ch(6, 8, 10), "suit": ch(20, 24, 28), "skg": c(2, 5), "skg2": c(1, 9),
            "ski": ch(2, 4, 6), "runs": c(6, 20), "lift": c(1, 5), "track": d(digits(12)), "hub": c(1, 9),
            "pf": c(1, 3), "space": d(digits(4)), "pm": c(10, 60), "stu": c(35, 52), "srow": c(1, 8), "tyr": c(3, 25),
            "gram": c(20, 60), "simmer": ch(40, 60, 90), "hp": ch(1, 2, 3), "acy": c(3, 12), "acfee": c(300, 900),
            "eggs": ch(10, 20, 30), "veg": c(1, 4), "spend": c(20, 60), "sj": c(1, 9),
            "sew": d(rng.choice(("1978", "1983", "1986"))),
            "stitch": ch(300, 500, 800), "eps": ch(36, 40, 45, 60), "ep": c(3, 30), "park": ch(100, 120, 150),
            "visits": ch(50, 100), "trees": c(5, 30), "fruit": c(30, 80)}
    return template.format(**fill)


def negative(call: Call36, role: str) -> None:
    text = negative36(call.rng.choice(NEGATIVE36[role]), call.rng)
    call.negatives.append({"role": role, "text": text, "span_s": call.say_turn(role, [(text, False)])[0]})


FRAME = NumberCallFrame(forms="blind36", ask=ASK36, number=number_any_form, read_number=read_number,
                        negative=negative, closing=CLOSING_NOTED)
