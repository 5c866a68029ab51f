"""``--forms blind34``: personal numbers read in ways none of ``wide``, ``blind7``, ``blind9``, ``blind17`` to ``blind33`` has, and new hard negatives.

Written blind (set 34), without reading the detector, after reading the ``wide``, ``blind7``,
``blind9``, ``blind17`` to ``blind33`` forms so as to avoid them.  Nobody tuning the detector
should read this module: the set it makes is only worth something while the detector has not been
fitted to it.

Forms every kind of number can take:

- ``child_echo``: her small child is beside her and repeats every group after her, in a thin,
  quick, high voice (another voice pitched up, quieter, on her channel, ``voices.child``,
  ``speaker: child``); she reads group by group, each her own turn, the child's echo a turn after
  each, and at the end she hushes the child (readings: her groups, the first ``head``, the later
  ones ``continued_from``; the child's echoes, ``echo``, each ``head`` or ``continued_from`` as
  the group it repeats);
- ``one_group_again``: she reads the whole number, then, unasked, says one group once more on its
  own (第二段我再单独说一遍) (readings: the whole; the group again, ``again``, ``continued_from``);
- ``message_ping``: part-way her phone pings with a new message (``background``, ``what:
  message_ping``, two bright notes, between her two turns, nobody speaking); she says it is only a
  WeChat message and reads on (readings ``head`` and ``continued_from``);
- ``spaces_said``: she reads a number copied onto her screen with spaces between the groups and
  says the spaces too (…，空格，…), one reading (``spaces``).

Each kind's own: a mobile in threes and a last two (``threes_and_two``: 3-3-3-2, ``sizes``); a
landline's area code, then its local number in pairs, a last three when the local number is odd
(``local_pairs``, ``sizes``); a 身份证 in two nines (``nine_nine``: 9-9, ``sizes``); a bank card in
two sixes and the rest (``sixes_rest``: 6-6-4 to 6-6-7, ``sizes``).  20 (kind, form) pairs.
No email, no look-alikes.

New hard negatives (nine agent lines, nine customer lines): a treadmill's top speed, load and
model (4 digits); an oven's litres, degrees and minutes; a power bank's mAh, hours to charge and
charges; a down jacket's grams of down, per cent and tag number (7 digits); a toilet's rough-in
in mm, litres a flush and years of warranty; a camp site's pitch (3 digits), tents and hour; a
living room's floor area, price a square metre and extra; tyre pressure front and back and the
km between checks; a mooncake box's cakes, grams, boxes and discount; a girl's skipping a minute
and her place in class, a boy's Lego bricks and days, tea in 两 and its price, a kite's line and
minutes aloft, steamed buns a basket and baskets a day, beehives and 斤 of honey, a bike ride's km
and mean speed, a choir's singers and rehearsals a week, scarves knitted and balls of wool.  Every
digit string is drawn until it is no valid mobile, landline, 身份证 or card, and no stretch inside
is one (blind21's ``_free``).

English digits and letters are left out: Kokoro's Chinese voice drops Latin letters.
"""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np

from heldout import ALL_VOICES
from pii_blind7 import chunks, kinds_and_forms_of
from pii_blind9 import _cn, said9
from pii_blind18 import personal  # noqa: F401  (tests use it from here)
from pii_blind20 import raw_groups
from pii_blind21 import Draw
from pii_blind24 import _norm, said_groups
from pii_blind32 import Call32, offsets
from pii_calls import ASK, CLOSING_NOTED, SR, NumberCallFrame, number_any_form

ASK34 = dict(ASK)
CARRIER34 = {
    "mobile": ("我现在用的手机号啊，", "手机的话，你记，", "我那个手机号码是这个，"),
    "landline": ("座机号你写一下，", "我们家固话是", "家里那部座机的号码，"),
    "id_card": ("我的身份证号，你听好，", "身份证的号码，我念给你，", "证件号码的话是"),
    "bank_card": ("这张卡的卡号你记着，", "我要绑的那张卡是", "银行卡的号码，我报给你，"),
}
FORMS = {  # forms every kind of number can take, and each kind's own
    "any": ("child_echo", "one_group_again", "message_ping", "spaces_said"),
    "mobile": ("threes_and_two",),
    "landline": ("local_pairs",),
    "id_card": ("nine_nine",),
    "bank_card": ("sixes_rest",),
}
CHILD_LEAD = ("我家小孩在旁边，非要跟着我念，你别管他啊，", "孩子在我边上学说话呢，我念一段他跟一段，你别介意，")
CHILD_END = ("好了好了，别跟着念了，大人打电话呢。就是这个号。", "行了宝贝，别念了啊。号码就是这个。")
AGAIN_LEAD = ("……第{nth}段我再单独说一遍，", "……我怕你第{nth}段没听清，再说一下，是")
PING_SAY = ("哎，来了条微信，不管它，我接着说，", "不好意思，手机响了一下，是条消息，接着念啊，")
SPACES_LEAD = ("我从聊天记录里复制的，中间有空格，我照着念，", "我手机上存的这个号中间带空格的，我一个一个念，")
SPACE = "空格"

NEGATIVE34 = {
    "agent": ("您看中的这台跑步机最高时速{kmh}公里，最大承重{kg}公斤，型号是{tm}。",
              "您买的这个烤箱是{ol}升的，烤鸡翅的话建议{oc}度烤{om}分钟。",
              "您这个充电宝是{mah}毫安的，充满大概要{pbh}个小时，能给手机充{pbt}次。",
              "您订的羽绒服充绒量是{down}克，含绒量百分之{pct}，吊牌编号是{tag}。",
              "您家马桶的坑距是{pit}毫米，冲一次水{flush}升，质保{wy}年。",
              "您订的露营地是{site}号营位，能搭{tents}顶帐篷，下午{camph}点以后入场。",
              "您家客厅铺地板一共{sqm}平方，一平方{sqp}块，损耗另外多备了{extra}平方。",
              "您车的胎压前轮建议打到二点{fa}，后轮二点{fb}，每跑{tkm}公里查一次。",
              "您订的月饼礼盒一盒{mc}个，每个{mg}克，团购满{mq}盒打{disc}折。"),
    "customer": ("我闺女跳绳一分钟能跳{jump}个，在班里排第{jrank}。",
                 "我儿子拼的那套乐高有{bricks}块，拼了整整{ldays}天。",
                 "我买的茶叶一两{tea}块，这回一口气买了{liang}两。",
                 "我放的那个风筝线有{kline}米长，在天上飞了{kmin}分钟。",
                 "我早上卖包子，一笼{bao}个，一上午能卖{cage}笼。",
                 "我养了{hives}箱蜜蜂，今年一共摇了{honey}斤蜂蜜。",
                 "我周末骑自行车骑了{bkm}公里，平均一小时{avg}公里。",
                 "我们合唱团有{sing}个人，每个礼拜排练{rehe}次。",
                 "我给孙子织了{scarf}条围巾，每条用了{yarn}团毛线。"),
}


def own_sizes(kind: str, form: str, number: str) -> tuple[int, ...]:
    """``threes_and_two``: 3-3-3-2; ``local_pairs``: the area code, then the local number in
    pairs (the last three when it is odd); ``nine_nine``: 9-9; ``sixes_rest``: two sixes and what is
    left (four to seven)."""
    n = len(number)
    if form == "threes_and_two":
        return (3, 3, 3, 2)
    if form == "local_pairs":
        code = 3 if number[:2] in ("01", "02") else 4
        local = n - code
        return (code,) + ((2,) * (local // 2) if local % 2 == 0 else (2,) * (local // 2 - 1) + (3,))
    if form == "nine_nine":
        return (9, 9)
    if form == "sixes_rest":
        return (6, 6, n - 12)
    raise ValueError(form)


def message_ping(n: int, rms: float, rng: np.random.Generator) -> np.ndarray:
    """A phone's new-message sound: two short bright notes, the second a fourth higher, each dying
    away (with a faint octave)."""
    f1 = float(rng.choice((1175.0, 1319.0, 1397.0)))
    out = np.zeros(n)
    note = int(min(0.2, n / SR / 2.2) * SR)
    for k, f in enumerate((f1, f1 * 4 / 3)):
        t = np.arange(note) / SR
        tone = (np.sin(2 * np.pi * f * t) + 0.15 * np.sin(2 * np.pi * 2 * f * t)) * np.exp(-t / 0.06)
        tone[: int(0.004 * SR)] *= np.linspace(0, 1, int(0.004 * SR))
        at = int(k * (note + 0.02 * SR))
        out[at:at + note] += tone[: len(out[at:at + note])]
    return _norm(out, rms)


def pitch_up(y: np.ndarray, ratio: float) -> np.ndarray:
    """A clip played ``ratio`` times as fast: higher and shorter (a small child's voice)."""
    at = np.arange(0, len(y) - 1, ratio)
    return np.interp(at, np.arange(len(y)), y)


class _Voice34:
    """The call's engine: the child's lines pitched up."""

    def __init__(self, engine, call: "Call34"):
        self.engine, self.call = engine, call

    def phrase(self, text: str, voice: str, speed: float) -> np.ndarray:
        y = np.asarray(self.engine.phrase(text, voice, speed), dtype=float)
        call = self.call
        if call.child_ratio and voice == call.voices.get("child"):
            y = pitch_up(y, call.child_ratio)
        return y


class Call34(Call32):
    """Call32 (its turns, readings, voices and sounds), with a child who may echo her."""

    def __init__(self, engine, rng: random.Random):
        super().__init__(engine, rng)
        self.engine = _Voice34(self.engine, self)
        self.child_ratio = 0.0  # how much the child's voice is pitched up while the child speaks


def read_number(call: Call34, kind: str, number: str, form: str, others: list) -> None:
    """The reading(s) of ``number`` in ``form``, with the lines around them (the agent's request
    already said)."""
    rng = call.rng
    speed = rng.uniform(0.65, 0.9)
    raw = raw_groups(kind, number)
    groups = said_groups(raw, rng)
    at = offsets(raw)
    carrier = (rng.choice(CARRIER34[kind]), False)
    joined = "，".join(groups) + "。"
    if form == "child_echo":
        child = rng.choice([v for v in ALL_VOICES if v not in call.voices.values()])
        call.voices["child"] = child
        ratio = round(rng.uniform(1.18, 1.3), 2)
        gain = rng.uniform(0.5, 0.7)
        for k, g in enumerate(groups):
            last = k == len(groups) - 1
            where = {"head": True} if k == 0 else {"continued_from": at[k]}
            pieces = [(rng.choice(CHILD_LEAD), False), carrier] if k == 0 else []
            call.say_turn("customer", pieces + [(g + ("。" if last else "，"), True, where)], speed)
            call.child_ratio = ratio
            call.say_turn("customer", [(g + "！", True, {"echo": True, **where})], rng.uniform(0.9, 1.0),
                          voice=child, gain=gain, speaker="child")
            call.child_ratio = 0.0
        call.say_turn("customer", [(rng.choice(CHILD_END), False)])
    elif form == "one_group_again":
        k = rng.randrange(len(groups))
        call.say_turn("customer", [carrier, (joined, True),
                                   (rng.choice(AGAIN_LEAD).format(nth=_cn(k + 1)), False),
                                   (groups[k] + "。", True, {"again": True, "continued_from": at[k]})], speed)
    elif form == "message_ping":
        k = rng.randint(1, len(groups) - 1)
        spans = call.say_turn("customer", [carrier, ("，".join(groups[:k]) + "……", True, {"head": True})], speed)
        start, dur = call.tl.t, rng.uniform(0.45, 0.7)
        db = rng.uniform(3, 8)
        rms = call.speech_rms(*spans[1]) * 10 ** (-db / 20)
        clip = message_ping(int(dur * SR), rms, np.random.default_rng(rng.randrange(2 ** 30)))
        call.under.append((round(start, 3), clip))
        call.background.append({"what": "message_ping", "role": "customer", "db_under": round(db, 1),
                                "span_s": (round(start, 3), round(start + len(clip) / SR, 3))})
        call.tl.pause(dur + rng.uniform(0.4, 0.8))
        call.say_turn("customer", [(rng.choice(PING_SAY), False),
                                   ("，".join(groups[k:]) + "。", True, {"continued_from": at[k]})], speed)
    elif form == "spaces_said":
        text = f"，{SPACE}，".join(groups) + "。"
        call.say_turn("customer", [(rng.choice(SPACES_LEAD), False), carrier, (text, True, {"spaces": True})], speed)
    elif form in FORMS[kind]:
        sizes = own_sizes(kind, form, number)
        yao = rng.randrange(2)
        text = "，".join(said9(g, random.Random(yao)) for g in chunks(number, sizes)) + "。"
        call.say_turn("customer", [carrier, (text, True, {"sizes": list(sizes)})], speed)
    else:
        raise ValueError(form)


kinds_and_forms = kinds_and_forms_of(ASK34, FORMS)


def make_blind34_call(engine, rng: random.Random, call_id: str, stem: str, out: Path,
                      kind_form: tuple[str, str] = ("none", "none")) -> dict:
    """A call reading one number as ``kind_form`` says, or a hard negative throughout (kind "none")."""
    return FRAME.make(Call34(engine, rng), kind_form, call_id, stem, out)


def negative34(template: str, rng: random.Random) -> str:
    r = Draw(rng)
    digits, d, c, ch = r.digits, r.said, r.between, r.choice
    fill = {"kmh": ch(12, 16, 18, 20), "kg": ch(100, 120, 150), "tm": d(digits(4)), "ol": ch(25, 32, 40, 60),
            "oc": ch(180, 200, 220), "om": c(12, 25), "mah": rng.choice(("五千", "一万", "两万")), "pbh": c(2, 6),
            "pbt": c(2, 5), "down": ch(150, 200, 250, 300), "pct": ch(80, 90, 95), "tag": d(digits(7)),
            "pit": ch(300, 350, 400), "flush": c(3, 6), "wy": c(2, 10), "site": d(digits(3)), "tents": c(1, 4),
            "camph": c(1, 3), "sqm": c(20, 60), "sqp": c(80, 300), "extra": c(2, 5), "fa": c(2, 5), "fb": c(2, 6),
            "tkm": ch(1000, 2000, 3000, 5000), "mc": ch(4, 6, 8), "mg": ch(50, 80, 100, 125), "mq": ch(10, 20, 50),
            "disc": c(7, 9), "jump": c(90, 200), "jrank": c(1, 10), "bricks": ch(800, 1200, 2000, 3500),
            "ldays": c(2, 12), "tea": c(30, 200), "liang": c(2, 10), "kline": ch(50, 100, 150, 200),
            "kmin": c(10, 60), "bao": ch(10, 12, 16, 20), "cage": c(8, 40), "hives": c(5, 60),
            "honey": ch(200, 500, 800, 1500), "bkm": c(20, 90), "avg": c(15, 28), "sing": c(20, 60),
            "rehe": c(1, 3), "scarf": c(2, 6), "yarn": c(3, 8)}
    return template.format(**fill)


def negative(call: Call34, role: str) -> None:
    text = negative34(call.rng.choice(NEGATIVE34[role]), call.rng)
    call.negatives.append({"role": role, "text": text, "span_s": call.say_turn(role, [(text, False)])[0]})


FRAME = NumberCallFrame(forms="blind34", ask=ASK34, number=number_any_form, read_number=read_number,
                        negative=negative, closing=CLOSING_NOTED)
