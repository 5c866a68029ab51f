"""``--forms blind32``: personal numbers read in ways none of ``wide``, ``blind7``, ``blind9``, ``blind17`` to ``blind31`` has, and new hard negatives.

Written blind (set 32), without reading the detector, after reading the ``wide``, ``blind7``,
``blind9``, ``blind17`` to ``blind31`` forms so as to avoid them.  Nobody tuning the detector
should read this module: the set it makes is only worth something while the detector has not been
fitted to it.

Forms every kind of number can take:

- ``mouthful_sorry``: she starts reading with food in her mouth: her first groups come out muffled
  (low-passed at 0.7-1.0 kHz), she stops, apologises (不好意思，嘴里有饭) and, swallowed, reads the
  whole number clearly in a new turn (the muffled start is ``partial``, ``cut_off`` and
  ``mouthful``);
- ``counts_along``: she counts the digits aloud as she goes, the running count after every group
  (…，三位了，…，七位了，…，一共十一位。): every group its own reading (the first ``head``, each later
  one ``continued_from``), the counts between them not part of any reading (``count_words``: how
  many counts the turn holds);
- ``dropped_called_back``: the call drops part-way through the number: the line's busy tone
  (嘟嘟嘟, 450 Hz, 0.35 s on and off) on her channel, 1.8-2.6 s of it with nobody speaking
  (``background``, ``what: busy_tone``), then, in the same recording, the agent answers again
  and she says the call dropped and reads the whole number (the start before the drop is
  ``partial`` and ``cut_off``);
- ``faded_guess``: she reads off a faded receipt or slip (字都褪色了); at one group she says she
  has to guess, says the group, holds the paper to the light and confirms it, then reads the
  rest (readings ``head``, the guessed group with ``continued_from`` and ``guessed``, and the rest
  with ``continued_from``).

Each kind's own: a mobile read whole with one digit of its first group wrong, put right two
groups later, after the last group, by saying the first group again (``fix_two_later``: the
whole pass carries ``misread`` with the digits it spells, the corrected group is ``partial`` with
``fixed_group: 0``); a landline read in even groups that run across the end of the area code
(fours after a three-digit code, threes after a four-digit one; ``across_code``, ``sizes``); a
身份证 read with its birth date split as year, month and day, then the three sequence digits and
the check digit alone (``date_split``: 6-4-2-2-3-1, ``sizes``); a bank card read in pairs of
digits, digit by digit, an odd last three (``digit_pairs``, ``sizes``).  20 (kind, form) pairs.
No email, no look-alikes.

New hard negatives (nine agent lines, nine customer lines): a washing machine's spin speed and
load, a mortgage's term and monthly payment in 千 and 百, a vaccine's batch number (8 digits) and
expiry, a taxi's flag fare and fare per kilometre, a moving lorry's tons, hour and price, a
group-buy's people still missing and price, an air purifier's filter hours and months, a driving
school's lesson day and hours, a left-luggage office's pieces, locker (3 digits) and daily fee; a
daughter's grade, class and classmates, taxi rides last month and their cost, tomatoes grown and
the biggest one's grams, the hour she leaves and metro stops, boxes of apples and their 斤, a
grandmother's age and great-grandchildren, zongzi made and hours boiled, an electric toothbrush's
days per charge, a vegetable plot's 分 and rows of cabbage.  Every digit string is drawn until it
is no valid mobile, landline, 身份证 or card, and no stretch inside is one (blind21's ``_free``).

English digits and letters are left out: Kokoro's Chinese voice drops Latin letters.
"""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np

from pii_blind7 import chunks, kinds_and_forms_of
from pii_blind9 import _cn, said9
from pii_blind18 import personal  # noqa: F401  (tests use it from here)
from pii_blind20 import raw_groups
from pii_blind21 import Draw
from pii_blind24 import _norm, said_groups
from pii_blind31 import Call31
from pii_calls import ASK, CLOSING_NOTED, SR, NumberCallFrame, number_any_form

ASK32 = dict(ASK)
CARRIER32 = {
    "mobile": ("我手机号是这个，", "你打我手机吧，号码是", "手机号码我念给你听，"),
    "landline": ("我家里的座机是", "座机号我念一下，", "打我家里电话也行，是"),
    "id_card": ("我的身份证号是", "身份证我念给你，", "我的证件号码是"),
    "bank_card": ("我的卡号是", "银行卡号我念了啊，", "就用这张卡，号码是"),
}
FORMS = {  # forms every kind of number can take, and each kind's own
    "any": ("mouthful_sorry", "counts_along", "dropped_called_back", "faded_guess"),
    "mobile": ("fix_two_later",),
    "landline": ("across_code",),
    "id_card": ("date_split",),
    "bank_card": ("digit_pairs",),
}
MOUTH_LEAD = ("嗯，我正吃着饭呢，", "等我一下，嘴里还有口饭，")
MOUTH_SORRY = ("不好意思不好意思，嘴里有饭说不清，我咽下去了，重新说，", "哎呀不好意思，刚才嘴里塞着东西，我再说一遍，")
COUNT_END = "一共{n}位。"
DROP_AGENT = ("您好，这里是客服中心，请问有什么可以帮您？", "您好，很高兴为您服务，请讲。")
DROP_BACK = ("刚才电话断了，我接着刚才的说，号码是", "我刚才打过来的，说到一半断线了，我从头说，")
FADED_LEAD = ("我抄的那张纸字都褪色了，我看着念，", "纸上的字都淡了，我凑近看着念啊，")
FADED_GUESS = ("这几个看不太清，我猜一下，是", "这一组模糊了，应该是")
FADED_CONFIRM = ("……我拿到灯底下看了，没错，就是这个，后面是", "……嗯，我对着窗户看清楚了，是这个，接着是")
FADED_CONFIRM_END = ("……我拿到灯底下看了，没错，就是这个。", "……嗯，我对着窗户看清楚了，是这个。")
FIX_LATER = ("哎，不对，头一组我念错了，应该是", "等一下，最前面那组说错了，是")
FIX_AGENT = ("好的，我把前面改一下。", "明白，前面那组我改过来了。")

NEGATIVE32 = {
    "agent": ("您买的这台洗衣机脱水转速每分钟{rpm}转，能洗{kg}公斤衣服。",
              "您这笔房贷分{yrs}年还，每个月还{mq}千{mb}百块。",
              "您打的这支疫苗批号是{batch}，有效期到二零二{vy}年{vm}月。",
              "这边出租车起步价{qb}块，超过{qkm}公里每公里{pk}块{pj}。",
              "您约的搬家车是{tons}吨的，师傅{mh}点到，一趟{mfee}块。",
              "您参加的这个团购还差{lack}个人成团，每人{gp}块。",
              "您家净化器的滤网已经用了{fh}个小时，建议{fm}个月换一次。",
              "您报的驾校练车时间是周{wd}上午{dh}点，一次{dhr}个小时。",
              "您寄存了{pcs}件行李，柜号是{locker}，一天{lfee}块。"),
    "customer": ("我女儿在{grade}年级{cls}班，班里有{stu}个同学。",
                 "我上个月打车一共打了{rides}次，花了{tsum}块。",
                 "我阳台上种的西红柿结了{tom}个，最大的一个有{tg}克。",
                 "我每天早上{lh}点{lm}分出门，坐{stops}站地铁。",
                 "我买了{abox}箱苹果，一箱{ajin}斤。",
                 "我外婆今年{gage}岁了，有{ggc}个重孙子。",
                 "我昨天包了{zz}个粽子，煮了{zh}个小时。",
                 "我那个电动牙刷充一次电能用{tbd}天。",
                 "我家菜地有{fen}分，种了{rows}垄白菜。"),
}


def own_sizes(kind: str, form: str, number: str) -> tuple[int, ...]:
    """``across_code``: fours after a three-digit area code, threes after a four-digit one;
    ``date_split``: 6-4-2-2-3-1; ``digit_pairs``: pairs, an odd length ending in three."""
    n = len(number)
    if form == "across_code":
        size = 4 if number[:2] in ("01", "02") else 3
        sizes = [size] * (n // size) + ([n % size] if n % size else [])
        if sizes[-1] == 1:  # no lone digit: it goes with the group before
            sizes[-2:] = [sizes[-2] + 1]
        return tuple(sizes)
    if form == "date_split":
        return (6, 4, 2, 2, 3, 1)
    if form == "digit_pairs":
        return (2,) * (n // 2) if n % 2 == 0 else (2,) * (n // 2 - 1) + (3,)
    raise ValueError(form)


def busy_tone(n: int, rms: float, rng: np.random.Generator) -> np.ndarray:
    """The busy tone after a call drops: 450 Hz, 0.35 s on and 0.35 s off, soft edges."""
    t = np.arange(n) / SR
    on = ((t + rng.uniform(0, 0.05)) % 0.7) < 0.35
    ramp = np.convolve(on.astype(float), np.hanning(int(0.01 * SR)) / np.hanning(int(0.01 * SR)).sum(), "same")
    return _norm(np.sin(2 * np.pi * 450 * t) * ramp, rms)


class Call32(Call31):
    """Call31 (its turns, readings, voices and sounds)."""


def offsets(raw: list[str]) -> list[int]:
    """How many digits come before each group."""
    out, at = [], 0
    for g in raw:
        out.append(at)
        at += len(g)
    return out


def read_number(call: Call32, kind: str, number: str, form: str, others: list) -> None:
    """The reading(s) of ``number`` in ``form``, with the lines around them (the agent's request
    already said)."""
    rng = call.rng
    speed = rng.uniform(0.65, 0.9)
    raw = raw_groups(kind, number)
    groups = said_groups(raw, rng)
    at = offsets(raw)
    carrier = (rng.choice(CARRIER32[kind]), False)
    joined = "，".join(groups) + "。"
    if form == "mouthful_sorry":
        cut = rng.randint(1, len(groups) - 1)
        call.muffled = round(rng.uniform(700, 1000))
        call.say_turn("customer", [(rng.choice(MOUTH_LEAD), False), carrier,
                                   ("，".join(groups[:cut]) + "……", True,
                                    {"partial": True, "cut_off": True, "mouthful": True})], speed)
        call.muffled = 0.0
        call.say_turn("customer", [(rng.choice(MOUTH_SORRY), False), (joined, True)], speed)
    elif form == "counts_along":
        pieces = [carrier]
        for k, g in enumerate(groups):
            last = k == len(groups) - 1
            pieces.append((g + ("。" if last else "，"), True, {"head": True} if k == 0 else {"continued_from": at[k]}))
            if not last:
                pieces.append((_cn(at[k] + len(raw[k])) + "位了，", False))
        pieces.append((COUNT_END.format(n=_cn(len(number))), False))
        call.say_turn("customer", pieces, speed)
        call.readings[-len(groups)]["count_words"] = len(groups)
    elif form == "dropped_called_back":
        cut = rng.randint(1, len(groups) - 1)
        spans = call.say_turn("customer", [carrier, ("，".join(groups[:cut]) + "……", True,
                                                     {"partial": True, "cut_off": True})], speed)
        start, dur = call.tl.t, rng.uniform(1.8, 2.6)
        db = rng.uniform(4, 8)
        rms = call.speech_rms(*spans[-1]) * 10 ** (-db / 20)
        clip = busy_tone(int(dur * SR), rms, np.random.default_rng(rng.randrange(2 ** 30)))
        call.under.append((round(start, 3), clip))
        call.background.append({"what": "busy_tone", "role": "customer", "db_under": round(db, 1),
                                "span_s": (round(start, 3), round(start + len(clip) / SR, 3))})
        call.tl.pause(dur + rng.uniform(0.8, 1.4))
        call.say_turn("agent", [(rng.choice(DROP_AGENT), False)])
        call.say_turn("customer", [(rng.choice(DROP_BACK), False), (joined, True)], speed)
    elif form == "faded_guess":
        k = rng.randint(1, len(groups) - 1)
        pieces = [(rng.choice(FADED_LEAD), False), carrier,
                  ("，".join(groups[:k]) + "，", True, {"head": True}),
                  (rng.choice(FADED_GUESS), False),
                  (groups[k], True, {"continued_from": at[k], "guessed": True})]
        if k + 1 < len(groups):
            pieces += [(rng.choice(FADED_CONFIRM), False),
                       ("，".join(groups[k + 1:]) + "。", True, {"continued_from": at[k + 1]})]
        else:
            pieces += [(rng.choice(FADED_CONFIRM_END), False)]
        call.say_turn("customer", pieces, speed)
    elif form == "fix_two_later":
        pos = rng.randrange(1, len(raw[0]))  # never the leading 1
        wrong_digit = rng.choice([d for d in "0123456789" if d != number[pos]])
        wrong = number[:pos] + wrong_digit + number[pos + 1:]
        yao = rng.randrange(2)
        wrong_groups = [said9(g, random.Random(yao)) for g in raw_groups(kind, wrong)]
        right_first = said9(raw[0], random.Random(yao))
        call.say_turn("customer", [carrier, ("，".join(wrong_groups) + "。", True, {"misread": wrong}),
                                   (rng.choice(FIX_LATER), False),
                                   (right_first + "。", True, {"partial": True, "fixed_group": 0})], speed)
        call.say_turn("agent", [(rng.choice(FIX_AGENT), False)])
    elif form in ("across_code", "date_split", "digit_pairs"):
        sizes = own_sizes(kind, form, number)
        yao = rng.randrange(2)
        text = "，".join(said9(g, random.Random(yao)) for g in chunks(number, sizes)) + "。"
        call.say_turn("customer", [carrier, (text, True, {"sizes": list(sizes)})], speed)
    else:
        raise ValueError(form)


kinds_and_forms = kinds_and_forms_of(ASK32, FORMS)


def make_blind32_call(engine, rng: random.Random, call_id: str, stem: str, out: Path,
                      kind_form: tuple[str, str] = ("none", "none")) -> dict:
    """A call reading one number as ``kind_form`` says, or a hard negative throughout (kind "none")."""
    return FRAME.make(Call32(engine, rng), kind_form, call_id, stem, out)


def negative32(template: str, rng: random.Random) -> str:
    r = Draw(rng)
    digits, d, c, ch = r.digits, r.said, r.between, r.choice
    fill = {"rpm": ch(800, 1000, 1200, 1400), "kg": ch(7, 8, 10, 12), "yrs": ch(10, 15, 20, 25, 30),
            "mq": c(2, 9), "mb": c(1, 9), "batch": d(digits(8)), "vy": c(7, 9), "vm": c(1, 12),
            "qb": c(8, 14), "qkm": c(2, 3), "pk": c(2, 3), "pj": c(1, 9), "tons": ch(2, 3, 5),
            "mh": c(7, 10), "mfee": ch(300, 400, 500, 600, 800), "lack": c(2, 9), "gp": c(19, 99),
            "fh": c(300, 2000), "fm": ch(3, 4, 6), "wd": ch(1, 2, 3, 4, 5, 6), "dh": c(8, 11), "dhr": c(1, 3),
            "pcs": c(1, 4), "locker": d(digits(3)), "lfee": c(10, 30), "grade": c(1, 6), "cls": c(1, 12),
            "stu": c(30, 52), "rides": c(3, 25), "tsum": c(40, 600), "tom": c(8, 40), "tg": c(120, 350),
            "lh": c(6, 8), "lm": ch(10, 15, 20, 30, 40, 45), "stops": c(3, 16), "abox": c(2, 5), "ajin": ch(10, 15, 20),
            "gage": c(82, 99), "ggc": c(1, 6), "zz": c(20, 80), "zh": c(2, 4), "tbd": c(20, 60),
            "fen": c(2, 9), "rows": c(4, 20)}
    return template.format(**fill)


def negative(call: Call32, role: str) -> None:
    text = negative32(call.rng.choice(NEGATIVE32[role]), call.rng)
    call.negatives.append({"role": role, "text": text, "span_s": call.say_turn(role, [(text, False)])[0]})


FRAME = NumberCallFrame(forms="blind32", ask=ASK32, number=number_any_form, read_number=read_number,
                        negative=negative, closing=CLOSING_NOTED)
