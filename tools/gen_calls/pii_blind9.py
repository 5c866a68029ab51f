"""``--forms blind9``: personal numbers read in ways neither ``wide`` nor ``blind7`` has, and new hard negatives.

Written before set 9 was measured (issue 15), from how people read numbers on the phone in
Mandarin, after reading the ``wide`` and ``blind7`` forms so as to avoid them:

- 幺/一, 两/二 and 零/〇 mixed within one number, digit by digit (blind7 says 两 for every 2);
- read one digit at a time after counting them (一共十一位，我一个一个念：幺、三、九 …);
- a digit asked back by the agent (第五位是七还是一？) and answered;
- a group cut inside by the customer's hesitation (幺三八，二四呃……那个……六七 …);
- an old number, then the new one (我原来那个是…，现在换成…了), both personal;
- a very fast reader (one breath, Kokoro speed 1.15-1.35);
- the agent confirming in one stretch inside a question (我跟您确认一下，…，对吗？);
- mobiles with a repeated digit said as a count (三个六, 两个八);
- landlines with 总机…分机, or a city's local number without its area code (北京的，六二五三…);
- a 身份证 with its birth date said as a date (…，一九八五年三月十二号，…);
- bank cards read 6-6-4 or 3-3-3-3-4.

New hard negatives: amounts in 元/角/分, 会员卡积分, dates with times spoken in full, 坐席号
and 话务员 numbers, service numbers 95533/12345/10010/12306 and a company's 400 line read in
groups, quantities, a 验证码 and a 取件码, distances, phone models (苹果十五), floors and door
numbers, bus routes. A 验证码 is not personal data here: it names no one and expires within
minutes, long before anyone reviews the call; a 取件码 likewise.

English digits (one two three) are left out: Kokoro's Chinese voice drops Latin letters.
"""

from __future__ import annotations

import random
from pathlib import Path

import generate as G
from pii_blind7 import Call7, chunks, shuffled_cycle
from pii_calls import ASK, NUM, make_number

CARRIER9 = {
    "mobile": ("手机号码吧，", "我现在用的号是", "您就打这个，"),
    "landline": ("我们公司座机，", "固话是", "家里的电话，"),
    "id_card": ("身份证，", "我证件号，", "号码是"),
    "bank_card": ("我用的这张卡，", "银行卡号，", "那张储蓄卡是"),
}
FORMS = {  # forms every kind of number can take, and each kind's own
    "any": ("mixed", "counted", "asked_back", "hesitation", "fast", "agent_confirm"),
    "mobile": ("old_new", "repeats"),
    "landline": ("old_new", "switchboard", "city_local"),
    "id_card": ("birth_date",),
    "bank_card": ("old_new", "six_six_four", "threes"),
}
HESITATIONS = ("呃……那个……", "就是……呃……", "那个……我看看啊……", "嗯……这个……")
OLD_NEW = {"mobile": ("我原来的手机是", "，后来换了，现在是"), "landline": ("以前家里装的是", "，搬家以后改成"),
           "bank_card": ("之前绑的是", "，那张卡丢了，现在用")}
CITY = {"010": "北京的，", "021": "上海本地的，", "020": "广州的，", "0755": "深圳的，", "028": "成都的，",
        "0571": "杭州的，"}
COUNT_WORD = {11: "十一", 12: "十二", 16: "十六", 17: "十七", 18: "十八", 19: "十九"}
# Whisper and people alike confuse these when a digit is asked back
ASKED_WITH = {"1": "7", "7": "1", "4": "10", "6": "9", "9": "6", "3": "8", "8": "3", "0": "6", "2": "8", "5": "1"}
CONFIRM = ("好的，对的。", "没错。", "对对对。")

NEGATIVE9 = {
    "agent": ("您这笔订单一共是{yuan}元{jiao}角，已经原路退回了。", "您会员卡的积分现在是{points}，年底会清零。",
              "给您约的是{month}月{day}号下午{hour}点{minute}分，请您提前十分钟到。", "您可以记一下我的坐席号，{staff}。",
              "您也可以打{service}，或者打一二三四五市民热线。", "我们公司的客服电话是四零零，{co3}，{co4}。",
              "验证码已经发到您手机上了，是{otp}，五分钟内有效。", "师傅离您还有{km}公里，大概{minutes}分钟到。",
              "您一共订了{boxes}箱，分三批发货。", "您这台是苹果十五，保修到明年六月。"),
    "customer": ("我家是幸福路{door}号，{building}号楼{floor}层。", "取件码是{pickup}，可是柜子打不开。",
                 "我上周三下午两点四十打的电话，{minutes}分钟都没人接。", "订单金额是{yuan}元{jiao}角九分，我没买这么多。",
                 "我会员卡积分还剩{points}，能换什么？", "我坐{bus}路公交，在第{floor}站下。",
                 "你们那个{staff}号话务员答应给我退的。", "那个{service}我也打过了，没人管。",
                 "我收到的验证码是{otp}，输进去说不对。", "我用的是小米十四，买了才{months}个月。"),
}
SERVICE = ("九五五三三", "一零零一零", "一二三零六", "九五五一八", "九五五五五")
POINTS = ("八千六百七十二", "一万零三百六十", "两万四千五百", "九百八十八", "三千零五十")


def said9(digits: str, rng: random.Random, mixed: bool = False) -> str:
    """Digits (and a 身份证's final X, as 叉) as a customer says them; ``mixed``: 幺/一, 两/二 and
    零/〇 chosen digit by digit."""
    said = dict(NUM, X="叉")
    if not mixed:
        chars = "".join(said[c] for c in digits)
        return chars.replace("一", "幺") if rng.random() < 0.5 else chars
    other = {"1": "幺", "2": "两", "0": "〇"}
    return "".join(other[c] if c in other and rng.random() < 0.5 else said[c] for c in digits)


def sizes9(kind: str, number: str, form: str) -> tuple[int, ...]:
    if form == "six_six_four":
        return (6, 6, 4, 3)
    if form == "threes":
        return (3, 3, 3, 3, 4, 3)
    if kind == "landline":
        return (3 if number[:2] in ("01", "02") else 4, 4, 4)
    if kind == "id_card":
        return (6, 4, 4, 4)
    if kind == "bank_card":
        return (4, 4, 4, 4, 3)
    return (3, 4, 4)


def groups9(kind: str, number: str, form: str, rng: random.Random) -> list[str]:
    return [said9(g, rng, form == "mixed") for g in chunks(number, sizes9(kind, number, form))]


def number9(kind: str, form: str, rng: random.Random) -> str:
    if form == "repeats":  # a run of 2-3 equal digits after the prefix, to be said as 两个八 / 三个六
        while not _repeat_at(n := make_number("mobile", rng)):
            pass
        return n
    if form == "mixed":  # a 1, a 2 or a 0 for the mix to show in
        while sum(n.count(c) for c in "120" if c in (n := make_number(kind, rng))) < 3:
            pass
        return n
    if form in ("six_six_four", "threes"):
        while len(n := make_number("bank_card", rng)) != 16:
            pass
        return n
    return make_number(kind, rng)


def _repeat_at(number: str) -> tuple[int, int] | None:
    """(start, length) of the first run of 2-3 equal digits after a mobile's 3-digit prefix."""
    k = 3
    while k < len(number):
        end = k
        while end < len(number) and number[end] == number[k]:
            end += 1
        if 2 <= end - k <= 3:
            return k, end - k
        k = end
    return None


def with_counts(number: str, rng: random.Random) -> str:
    """A mobile said with its run of equal digits counted: 139，两个八，…"""
    at, size = _repeat_at(number)
    count = "两个" if size == 2 else "三个"
    return "，".join(x for x in (said9(number[:at], rng), count + NUM[number[at]], said9(number[at + size:], rng)) if x)


class Speaker:
    """KokoroEngine's phrase(), saying 〇 as 零: the text keeps 〇 (as a transcript could write it),
    Kokoro's G2P has no sound for it."""

    def __init__(self, engine):
        self.engine = engine

    def phrase(self, text: str, voice: str, speed: float):
        return self.engine.phrase(text.replace("〇", "零"), voice, speed)


def negative9(template: str, rng: random.Random) -> str:
    digits = lambda n: said9("".join(rng.choice("0123456789") for _ in range(n)), rng)  # noqa: E731
    fill = {"yuan": _cn(rng.randint(12, 4999)), "jiao": NUM[str(rng.randint(1, 9))], "points": rng.choice(POINTS),
            "month": _cn(rng.randint(1, 12)), "day": _cn(rng.randint(1, 28)), "hour": _cn(rng.randint(1, 5)),
            "minute": _cn(rng.choice((15, 20, 30, 40, 45))), "staff": said9(f"{rng.randint(1000, 99999)}", rng),
            "service": rng.choice(SERVICE), "co3": digits(3), "co4": digits(4), "otp": digits(6),
            "km": rng.choice(("三点八", "十二", "一点五", "七")), "minutes": _cn(rng.randint(3, 40)),
            "boxes": _cn(rng.randint(20, 480)), "door": _cn(rng.randint(1, 300)), "building": _cn(rng.randint(1, 12)),
            "floor": _cn(rng.randint(2, 33)), "pickup": digits(rng.choice((4, 6, 8))), "bus": _cn(rng.randint(1, 399)),
            "months": _cn(rng.randint(2, 11))}
    return template.format(**fill)


def _cn(n: int) -> str:
    """A value as said (一百二十八, 四千零五十, 十二): the way amounts and counts are read, not digit by digit."""
    if n < 10:
        return NUM[str(n)]
    units = ((1000, "千"), (100, "百"), (10, "十"))
    out, zero = "", False
    for size, unit in units:
        d, n = divmod(n, size)
        if d:
            out += ("零" if zero else "") + (("两" if d == 2 and size >= 1000 else NUM[str(d)]) if not (
                size == 10 and d == 1 and not out) else "") + unit
            zero = False
        elif out:
            zero = True
    if n:
        out += ("零" if zero else "") + NUM[str(n)]
    return out


def read_number(call: Call7, kind: str, number: str, form: str) -> None:
    """The reading(s) of ``number`` in ``form``, with the lines around them."""
    rng = call.rng
    speed = rng.uniform(1.15, 1.35) if form == "fast" else rng.uniform(0.65, 0.9)
    groups = groups9(kind, number, form, rng)
    carrier = (rng.choice(CARRIER9[kind]), False)
    joined = "，".join(groups) + "。"
    if form == "counted":
        count = f"一共{COUNT_WORD[len(number)]}位，我一个一个念啊，"
        call.turn("customer", [(count, False), ("、".join(said9(number, rng)) + "。", True)], speed * 0.85)
    elif form == "asked_back":
        call.turn("customer", [carrier, (joined, True)], speed)
        at = rng.randrange(3, len(number) - 1)
        said = NUM[number[at]]
        wrong = _cn(int(ASKED_WITH[number[at]]))
        choice = (said, wrong) if rng.random() < 0.5 else (wrong, said)
        call.turn("agent", [(f"不好意思，第{_cn(at + 1)}位是{choice[0]}还是{choice[1]}？", False)])
        call.turn("customer", [(f"{said}，是{said}。", False)])
    elif form == "hesitation":
        flat = "".join(groups)
        cut = rng.randrange(4, len(flat) - 3)
        head, tail = "，".join(chunks_of(groups, cut)), "，".join(chunks_of(groups, cut, after=True))
        call.turn("customer", [carrier, (head, True), (rng.choice(HESITATIONS), False), (tail + "。", True)], speed)
    elif form == "old_new":
        before, after = OLD_NEW[kind]
        old = number9(kind, "plain", rng)
        old_said = "，".join(groups9(kind, old, form, rng))
        call.turn("customer", [(before, False), (old_said, True), (after, False), (joined, True)], speed)
    elif form == "agent_confirm":
        call.turn("customer", [carrier, (joined, True)], speed)
        call.turn("agent", [("我跟您确认一下，", False), (said9(number, rng), True), ("，对吗？", False)], 1.0)
        call.turn("customer", [(rng.choice(CONFIRM), False)])
    elif form == "repeats":
        call.turn("customer", [carrier, (with_counts(number, rng) + "。", True)], speed)
    elif form == "switchboard":
        area, rest = groups[0], "".join(groups[1:])
        call.turn("customer", [("总机是", False), (area + "，" + rest, True), ("，然后转分机", False),
                               (said9(f"{rng.randint(100, 899)}", rng) + "。", False)], speed)
    elif form == "city_local":
        call.turn("customer", [(CITY[number[:sizes9(kind, number, form)[0]]], False),
                               ("，".join(groups[1:]) + "。", True)], speed)
    elif form == "birth_date":
        birth = number[6:14]
        date = f"{said9(birth[:4], rng)}年{_cn(int(birth[4:6]))}月{_cn(int(birth[6:]))}号"
        call.turn("customer", [carrier, (said9(number[:6], rng) + "，", True), (date, True), ("，后面是", False),
                               (said9(number[14:], rng) + "。", True)], speed)
    else:  # mixed, fast, six_six_four, threes: one turn, grouped
        call.turn("customer", [carrier, (joined, True)], speed)


def chunks_of(groups: list[str], cut: int, after: bool = False) -> list[str]:
    """``groups`` before (or after) their ``cut``-th character, the groups kept as they were."""
    out, at = [], 0
    for g in groups:
        part = g[max(0, cut - at):] if after else g[:max(0, cut - at)]
        if part:
            out.append(part)
        at += len(g)
    return out


def kinds_and_forms(rng: random.Random, n: int) -> list[tuple[str, str]]:
    """``n`` (kind, form) pairs: every pair once in a shuffled cycle before any comes twice."""
    return shuffled_cycle(rng, [(kind, form) for kind in ASK for form in FORMS[kind] + FORMS["any"]], n)


def make_blind9_call(engine, rng: random.Random, call_id: str, stem: str, out: Path,
                     kind_form: tuple[str, str] = ("none", "none")) -> dict:
    """A call reading one number as ``kind_form`` says, or a hard negative throughout (kind "none")."""
    kind, form = kind_form
    call = Call7(Speaker(engine), rng)
    negative(call, "agent")
    number = ""
    if kind == "none":
        for role in ("customer", "agent", "customer"):
            negative(call, role)
    else:
        number = number9(kind, form, rng)
        call.turn("agent", [(ASK[kind], False)])
        read_number(call, kind, number, form)
        if rng.random() < 0.5:
            negative(call, "customer")
    call.turn("agent", [("好的，已经帮您登记了，感谢您的来电，再见。", False)])
    truth = {"call_id": call_id, "kind": kind, "number": number, "form": form, "readings": call.readings,
             "span_s": call.readings[0]["span_s"] if call.readings else None, "negatives": call.negatives,
             "voices": call.voices, "forms": "blind9", "turns": call.turns}
    G.write_call(out, stem, call.tl.audio(), truth)
    return truth


def negative(call: Call7, role: str) -> None:
    text = negative9(call.rng.choice(NEGATIVE9[role]), call.rng)
    call.negatives.append({"role": role, "text": text, "span_s": call.turn(role, [(text, False)])[0]})
