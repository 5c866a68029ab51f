"""``--forms blind23``: personal numbers read in ways none of ``wide``, ``blind7``, ``blind9``, ``blind17`` to ``blind22`` has, and new hard negatives.

Written blind (set 23), without reading the detector, after reading the ``wide``, ``blind7``,
``blind9``, ``blind17``, ``blind18``, ``blind19``, ``blind20``, ``blind21`` and ``blind22`` forms so
as to avoid them.  Nobody tuning the detector should read this module: the set it makes is only
worth something while the detector has not been fitted to it.

Forms every kind of number can take:

- ``chewing``: a caller eating while she reads (我在吃饭呢，嘴里有东西): chewing and crunching on
  her channel under her whole turn, 6-10 dB under her speech (``background``, ``what: chewing``);
- ``across_the_room``: the phone left on a table, the caller reading from across the room: her
  lines from then on reverberant (a 0.4-0.8 s room tail), quieter and duller (``reverb_s``);
- ``group_thrice``: the agent did not catch one group; the caller says that group three times over
  in one breath (the whole reading first, then the group three times: a ``partial`` reading with
  ``repeated_group``, its index, and ``times: 3``);
- ``baby_crying``: a baby crying in the caller's arms: a wailing cry on her channel under her
  turn, 5-9 dB under her speech (``background``, ``what: baby``);
- ``groups_swapped``: the caller says two neighbouring groups the wrong way round, notices
  (说反了) and reads the whole number again (the first pass carries ``swapped`` with the digits it
  spells);
- ``speeding_up``: a caller who starts slowly and speeds up group by group (Kokoro speed from
  0.55-0.65 on the first group to 1.2-1.35 on the last, gaps shrinking), one reading
  (``speeds``);
- ``keypad_tones``: the caller also keys the number in on her phone's keypad as she says it (the
  agent's system asked for it): a DTMF tone per digit on her channel under her reading, 8-14 dB
  under her speech (``background``, ``what: keypad``).

Each kind's own: a mobile read 3-3-5 or 2-4-5 (``odd_groups``, the reading carries ``sizes``); a
landline whose area code comes first after 区号是, then silence while she waits for the agent,
who says 嗯 before she says the rest (``area_code_wait``: the area code is a reading with
``area_code``, the rest carries ``rest_of``: how many digits came before); a 身份证 followed by the
agent asking for the birth date and the caller saying it as a date (``dob_asked``, the date under
``lookalikes``); a bank card whose last four come first and the rest after (``last_four_first``:
readings ``tail`` then ``head``); a bank card read after the caller has read out her instalment
plan (how many 期, how much each, how many left; ``instalments_first``, the plan under
``lookalikes``).  No email.

New hard negatives (nine agent lines, nine customer lines): a refund said digit by digit, a
保修卡号 said by the agent, a contract term in months and the 违约金, a sale's countdown of days and
its 满减, a set-top box's channel, the call's 录音编号, a garment's 货号 and size, a repair visit's
time window, a bill's 滞纳金 rate; a credit-card bill's instalments and each payment, rice weighed
in 斤 with decimals, a flat's area in 平方 and the air-conditioner it needs, days until a
trip, a TV channel with no signal, minutes waiting for a take-away, a car's petrol per hundred
kilometres, an e-bike's range, a mortgage rate.  Every long digit string is drawn until it is no
valid mobile, landline, 身份证 or card, and no stretch inside is one (blind21's ``_free``).

English digits and letters are left out: Kokoro's Chinese voice drops Latin letters.
"""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
from scipy.signal import butter, fftconvolve, lfilter

from pii_blind7 import chunks, kinds_and_forms_of
from pii_blind9 import _cn, said9
from pii_blind18 import personal  # noqa: F401  (tests use it from here)
from pii_blind20 import raw_groups
from pii_blind21 import Draw, fours
from pii_blind22 import Call22
from pii_calls import ASK, CLOSING_LOGGED, NUM, SR, NumberCallFrame, make_number

ASK23 = dict(ASK)
CARRIER23 = {
    "mobile": ("我手机是", "你打这个手机，", "手机号码我念了，"),
    "landline": ("家里座机你记下，", "单位的座机是", "座机你拿笔记一下，"),
    "id_card": ("我的身份证号码是", "身份证号你听好，", "证件上的号码是"),
    "bank_card": ("我那张储蓄卡是", "绑的那张卡号是", "卡号你记一下啊，"),
}
FORMS = {  # forms every kind of number can take, and each kind's own
    "any": ("chewing", "across_the_room", "group_thrice", "baby_crying", "groups_swapped", "speeding_up",
            "keypad_tones"),
    "mobile": ("odd_groups",),
    "landline": ("area_code_wait",),
    "id_card": ("dob_asked",),
    "bank_card": ("last_four_first", "instalments_first"),
}
CHEW = ("不好意思啊，我正吃饭呢，嘴里有东西，", "我在吃东西，说话有点含糊，你将就听一下，")
ROOM = ("我手机放桌子上了，人在这边够不着，我就这么说了啊，", "手机在那边桌上放着，我离得远，你听得见吧？我说了，")
ROOM_OK = ("能听到，就是有点远，您说吧。", "听得见，声音有点空，您慢点说。")
THRICE_ASK = ("不好意思，第{k}段我没听清楚，您再说一下好吗？", "第{k}段刚才断了一下，麻烦您再说一遍。")
THRICE_START = ("第{k}段啊，我说三遍，", "你听好了，第{k}段，")
ORDINAL = ("一", "二", "三", "四", "五", "六")
BABY = ("孩子在哭，我抱着呢，你听我说啊，", "哎呀宝宝又哭了，没事，我先把号告诉你，")
SWAPPED = ("哎不对，中间那两段我说反了，重新说一遍，", "等等，顺序说倒了，我从头再说，")
SWAPPED_OK = ("好的，您从头说。", "没关系，您再说一遍。")
SPEED_START = ("我看着念啊，", "你记着啊，")
KEYPAD_SAY = ("系统提示您也可以在手机键盘上按一下号码，您边按边说就行。", "您可以在拨号键盘上按一下，我这边同时记录。")
KEYPAD_OK = ("行，我边按边说，", "好，我按着说啊，")
AREA_START = ("区号是", "先说区号啊，")
AREA_REST = ("号码是", "后面是")
AREA_NOD = ("嗯，您说。", "嗯，好的，后面呢？")
DOB_ASK = ("好的，跟您核对一下，您的出生日期是哪天？", "再确认一下您的出生年月日。")
TAIL_FIRST = ("卡号后四位是", "我先说最后四位，")
HEAD_AFTER = ("前面是", "然后前面的是")
INSTALMENTS = ("我这个卡上有个分期，分了{terms}期，每期还{each}，还剩{left}期，卡号是",
               "我先说一下啊，我办了{terms}期分期，一期{each}，现在还有{left}期没还，扣款的卡是")

NEGATIVE23 = {
    "agent": ("退款金额是{refund}元，原路退回，三到五个工作日到账。",
              "您的保修卡号是{warranty}，保修期内凭这个号免费维修。",
              "您这个合约期是{months}个月，提前解约要付违约金{penalty}元。",
              "这个活动还有{days}天结束，满{full}减{minus}。",
              "您把机顶盒调到{channel}频道，就能看到回看节目了。",
              "本次通话的录音编号是{rec}，有问题可以凭这个编号查询。",
              "这款外套的货号是{sku}，您要的{size}码还有货。",
              "维修师傅明天{start}点到{end}点之间上门，请您家里留人。",
              "逾期的话每天按万分之{late}收取滞纳金。"),
    "customer": ("我信用卡账单分了{terms}期，每期还{each}，这个手续费怎么算的？",
                 "我买的大米说是十斤，我回家一称才{jin}点{liang}斤。",
                 "我家客厅{area}平方，装几匹的空调合适？",
                 "我还有{trip}天就要出国了，能不能快点给我办？",
                 "我家电视{tv}台怎么没信号了，别的台都好好的。",
                 "我点的外卖都等了{wait}分钟了，还没送到。",
                 "我这车百公里油耗{fuel}个，是不是有点高？",
                 "我那个电动车充一次电能跑{ebike}公里，现在越来越不行了。",
                 "我房贷利率现在是百分之{rate}，能不能给我降一点？"),
}
DTMF = {"1": (697, 1209), "2": (697, 1336), "3": (697, 1477), "4": (770, 1209), "5": (770, 1336), "6": (770, 1477),
        "7": (852, 1209), "8": (852, 1336), "9": (852, 1477), "0": (941, 1336), "X": (941, 1209)}


def said23(digits: str, rng: random.Random) -> str:
    """Digits as said, 幺 or 一 for the whole run, X as 叉."""
    return said9(digits, rng)


def said_groups(raw: list[str], rng: random.Random) -> list[str]:
    """Raw digit groups as said, one 幺/一 choice for all of them."""
    yao = rng.randrange(2)
    return [said9(g, random.Random(yao)) for g in raw]


def odd_sizes(rng: random.Random) -> tuple[int, ...]:
    return rng.choice(((3, 3, 5), (2, 4, 5)))


def number23(kind: str, form: str, rng: random.Random) -> str:
    n = make_number(kind, rng)
    if form == "groups_swapped":  # two neighbouring groups that differ, so the swap changes the digits
        while len(set(raw_groups(kind, n))) < 2:
            n = make_number(kind, rng)
    return n


def reverb(y: np.ndarray, rt60: float, seed: int) -> np.ndarray:
    """A voice from across a room: a weak direct sound and a decaying noise tail (``rt60`` s),
    low-passed at 2.4 kHz, about 6 dB quieter than it was (longer clip: the tail)."""
    y = np.asarray(y, dtype=float)
    rng = np.random.default_rng(seed)
    n = int(rt60 * SR)
    t = np.arange(n) / SR
    ir = rng.standard_normal(n) * np.exp(-6.9 * t / rt60)
    ir[:int(0.004 * SR)] = 0.0  # the first reflections after the direct sound
    ir = ir / (np.sqrt(np.sum(ir ** 2)) + 1e-9)
    wet = fftconvolve(y, ir)
    out = 0.35 * np.pad(y, (0, len(wet) - len(y))) + wet
    b, a = butter(2, 2400 / (SR / 2))
    out = lfilter(b, a, out)
    return 0.5 * out * (np.sqrt(np.mean(y ** 2)) / (np.sqrt(np.mean(out ** 2)) + 1e-9))


def chewing(n: int, rms: float, rng: np.random.Generator) -> np.ndarray:
    """Chewing: soft wet bursts 0.25-0.45 s apart, now and then a crunch, in runs with short breaks."""
    out = np.zeros(n)
    at = rng.uniform(0.05, 0.3)
    while at < n / SR:
        for _ in range(rng.integers(3, 9)):
            crunch = rng.random() < 0.3
            k = int(rng.uniform(0.03, 0.07 if crunch else 0.12) * SR)
            burst = rng.standard_normal(k)
            burst = lfilter([1.0, -0.95], [1.0], burst) if crunch else lfilter([0.2], [1.0, -0.8], burst)
            burst *= np.sin(np.pi * np.arange(k) / k)
            i = int(at * SR)
            seg = out[i:i + k]
            seg += burst[:len(seg)] * (1.5 if crunch else 1.0)
            at += rng.uniform(0.25, 0.45)
        at += rng.uniform(0.4, 1.0)
    voiced = out[np.abs(out) > 1e-6]
    return out * rms / (np.sqrt(np.mean(voiced ** 2)) + 1e-9) if len(voiced) else out


def baby_cry(n: int, rms: float, rng: np.random.Generator) -> np.ndarray:
    """A baby's cry: 0.6-1.3 s wails (f0 380-560 Hz, vibrato, falling at the end, five harmonics)
    with a gasp (0.15-0.4 s) between them."""
    out = np.zeros(n)
    at = rng.uniform(0.0, 0.2)
    while at < n / SR:
        k = int(rng.uniform(0.6, 1.3) * SR)
        t = np.arange(k) / SR
        base, vibrato = rng.uniform(380, 560), rng.uniform(5, 8)
        f0 = base * (1 + 0.04 * np.sin(2 * np.pi * vibrato * t)) * (1 - 0.25 * (t / t[-1]) ** 3)
        phase = 2 * np.pi * np.cumsum(f0) / SR
        wail = sum(np.sin(h * phase) / h ** 1.2 for h in range(1, 6)) + 0.05 * rng.standard_normal(k)
        wail *= np.clip(np.sin(np.pi * t / t[-1]), 0.0, None) ** 0.4
        i = int(at * SR)
        seg = out[i:i + k]
        seg += wail[:len(seg)]
        at += k / SR + rng.uniform(0.15, 0.4)
    voiced = out[np.abs(out) > 1e-6]
    return out * rms / (np.sqrt(np.mean(voiced ** 2)) + 1e-9) if len(voiced) else out


def keypad(number: str, n: int, rms: float, rng: np.random.Generator) -> np.ndarray:
    """One DTMF tone (0.08-0.14 s) per digit of ``number``, spread over ``n`` samples in order."""
    out = np.zeros(n)
    slot = n / max(len(number), 1)
    for k, c in enumerate(number):
        lo, hi = DTMF[c]
        m = int(rng.uniform(0.08, 0.14) * SR)
        t = np.arange(m) / SR
        tone = np.sin(2 * np.pi * lo * t) + np.sin(2 * np.pi * hi * t)
        tone *= np.minimum(1.0, np.minimum(np.arange(m), np.arange(m)[::-1]) / (0.005 * SR))
        i = int(k * slot + rng.uniform(0.0, max(0.0, slot - m)))
        seg = out[i:i + m]
        seg += tone[:len(seg)]
    voiced = out[np.abs(out) > 1e-6]
    return out * rms / (np.sqrt(np.mean(voiced ** 2)) + 1e-9) if len(voiced) else out


class _Voice23:
    """The call's engine: the caller's lines reverberant while she reads from across the room."""

    def __init__(self, engine, call: "Call23"):
        self.engine, self.call = engine, call

    def phrase(self, text: str, voice: str, speed: float) -> np.ndarray:
        y = np.asarray(self.engine.phrase(text, voice, speed), dtype=float)
        call = self.call
        if voice == call.voices["customer"] and call.room:
            y = reverb(y, call.room, call.room_seed)
        return y


class Call23(Call22):
    """Call22 whose caller may read from across a room, and whose turns may be said at changing speeds."""

    def __init__(self, engine, rng: random.Random):
        super().__init__(engine, rng)
        self.engine = _Voice23(self.engine, self)
        self.room = 0.0  # the room's decay (s) while she reads from across it
        self.room_seed = 0

    def say_speeding(self, role: str, lead: str, groups: list[str], speeds: list[float],
                     gaps: list[float]) -> tuple[float, float]:
        """``lead`` then ``groups`` as one reading, each group at its own speed, ``gaps`` between."""
        self.tl.say(role, self.engine.phrase(lead, self.voices[role], 0.8))
        self.tl.say(role, np.zeros(int(self.rng.uniform(0.1, 0.2) * SR)))
        clips = []
        for k, (g, s) in enumerate(zip(groups, speeds)):
            if k:
                clips.append(np.zeros(int(gaps[k - 1] * SR)))
            clips.append(np.asarray(self.engine.phrase(g, self.voices[role], s), dtype=float))
        span = self.tl.say(role, np.concatenate(clips))
        text = "，".join(groups) + "。"
        self.readings.append({"role": role, "span_s": span, "text": text, "speeds": [round(s, 2) for s in speeds]})
        self.turns.append({"role": role, "text": lead + text, "readings": [text]})
        self.tl.pause(self.rng.uniform(0.5, 0.8))
        return span


def _under(call: Call23, what: str, start: float, end: float, db: float, clip_of) -> None:
    """A sound ``db`` under the customer's speech from ``start`` to ``end`` on her channel."""
    rms = call.speech_rms(start, end) * 10 ** (-db / 20)
    clip = clip_of(int((end - start) * SR), rms, np.random.default_rng(call.rng.randrange(2 ** 30)))
    call.under.append((round(start, 3), clip))
    call.background.append({"what": what, "role": "customer", "db_under": round(db, 1),
                            "span_s": (round(start, 3), round(start + len(clip) / SR, 3))})


def read_number(call: Call23, kind: str, number: str, form: str, others: list) -> None:
    """The reading(s) of ``number`` in ``form``, with the lines around them (the agent's request
    already said)."""
    rng = call.rng
    speed = rng.uniform(0.65, 0.9)
    raw = raw_groups(kind, number)
    groups = said_groups(raw, rng)
    carrier = (rng.choice(CARRIER23[kind]), False)
    joined = "，".join(groups) + "。"
    if form == "chewing":
        spans = call.say_turn("customer", [(rng.choice(CHEW), False), carrier, (joined, True, {"chewing": True})],
                              speed)
        _under(call, "chewing", spans[0][0], spans[2][1], rng.uniform(6, 10), chewing)
    elif form == "across_the_room":
        call.say_turn("customer", [(rng.choice(ROOM), False)])
        call.room, call.room_seed = round(rng.uniform(0.4, 0.8), 2), rng.randrange(2 ** 30)  # her first line was near
        call.say_turn("agent", [(rng.choice(ROOM_OK), False)])
        call.say_turn("customer", [carrier, (joined, True, {"reverb_s": call.room})], speed)
    elif form == "group_thrice":
        call.say_turn("customer", [carrier, (joined, True)], speed)
        k = rng.randrange(len(groups))
        call.say_turn("agent", [(rng.choice(THRICE_ASK).format(k=ORDINAL[k]), False)])
        g = groups[k]
        call.say_turn("customer", [(rng.choice(THRICE_START).format(k=ORDINAL[k]), False),
                                   (f"{g}，{g}，{g}。", True, {"partial": True, "repeated_group": k, "times": 3})],
                      rng.uniform(0.6, 0.75))
    elif form == "baby_crying":
        spans = call.say_turn("customer", [(rng.choice(BABY), False), carrier, (joined, True, {"baby": True})], speed)
        _under(call, "baby", spans[0][0], spans[2][1], rng.uniform(5, 9), baby_cry)
    elif form == "groups_swapped":
        k = rng.choice([i for i in range(len(raw) - 1) if raw[i] != raw[i + 1]])
        wrong = raw[:k] + [raw[k + 1], raw[k]] + raw[k + 2:]
        said_wrong = groups[:k] + [groups[k + 1], groups[k]] + groups[k + 2:]
        call.say_turn("customer", [carrier, ("，".join(said_wrong) + "。", True, {"swapped": "".join(wrong)})], speed)
        call.say_turn("customer", [(rng.choice(SWAPPED), False), (joined, True)], speed)
        call.say_turn("agent", [(rng.choice(SWAPPED_OK), False)])
    elif form == "speeding_up":
        lo, hi = rng.uniform(0.55, 0.65), rng.uniform(1.2, 1.35)
        m = len(groups)
        speeds = [lo + (hi - lo) * i / (m - 1) for i in range(m)]
        gaps = [0.5 - 0.4 * i / max(m - 2, 1) for i in range(m - 1)]
        call.say_speeding("customer", rng.choice(SPEED_START) + carrier[0], groups, speeds, gaps)
    elif form == "keypad_tones":
        call.say_turn("agent", [(rng.choice(KEYPAD_SAY), False)])
        spans = call.say_turn("customer", [(rng.choice(KEYPAD_OK), False), (joined, True, {"keypad": True})], speed)
        start, end = spans[1]
        db = rng.uniform(8, 14)
        rms = call.speech_rms(start, end) * 10 ** (-db / 20)
        clip = keypad(number, int((end - start) * SR), rms, np.random.default_rng(rng.randrange(2 ** 30)))
        call.under.append((start, clip))
        call.background.append({"what": "keypad", "role": "customer", "db_under": round(db, 1),
                                "span_s": (start, round(start + len(clip) / SR, 3))})
    elif form == "odd_groups":
        sizes = odd_sizes(rng)
        odd = said_groups(chunks(number, sizes), rng)
        call.say_turn("customer", [carrier, ("，".join(odd) + "。", True, {"sizes": list(sizes)})], speed)
    elif form == "area_code_wait":
        area = raw[0]
        call.say_turn("customer", [(rng.choice(AREA_START), False), (groups[0] + "。", True, {"area_code": True})],
                      speed)
        call.tl.pause(rng.uniform(0.8, 1.4))  # she waits for the agent
        call.say_turn("agent", [(rng.choice(AREA_NOD), False)])
        call.say_turn("customer", [(rng.choice(AREA_REST), False), ("，".join(groups[1:]) + "。", True,
                                                                  {"rest_of": len(area)})], speed)
    elif form == "dob_asked":
        call.say_turn("customer", [carrier, (joined, True)], speed)
        call.say_turn("agent", [(rng.choice(DOB_ASK), False)])
        y, m, d = number[6:10], int(number[10:12]), int(number[12:14])
        date = "".join(NUM[c] for c in y) + f"年{_cn(m)}月{_cn(d)}号。"
        spans = call.say_turn("customer", [(date, False)])
        call.lookalikes.append({"role": "customer", "text": date, "what": "出生日期", "span_s": spans[0]})
    elif form == "last_four_first":
        head, tail = number[:-4], number[-4:]
        yao = rng.randrange(2)  # one 幺/一 choice for the whole card (said9 with Random(1) says 幺, Random(0) 一)
        tail_said = said9(tail, random.Random(yao))
        head_said = "，".join(said9(g, random.Random(yao)) for g in chunks(head, fours(len(head))))
        call.say_turn("customer", [(rng.choice(TAIL_FIRST), False), (tail_said + "。", True, {"tail": True}),
                                   (rng.choice(HEAD_AFTER), False), (head_said + "。", True, {"head": True})], speed)
    elif form == "instalments_first":
        terms = rng.choice((6, 12, 24))
        template = rng.choice(INSTALMENTS)
        each = f"{_cn(rng.randint(300, 2900))}块{_cn(rng.randint(1, 9))}"
        intro = template.format(terms=_cn(terms), each=each, left=_cn(rng.randint(1, terms - 1)))
        spans = call.say_turn("customer", [(intro, False), (joined, True)], speed)
        call.lookalikes.append({"role": "customer", "text": intro, "what": "分期", "span_s": spans[0]})
    else:
        raise ValueError(form)


kinds_and_forms = kinds_and_forms_of(ASK23, FORMS)


def make_blind23_call(engine, rng: random.Random, call_id: str, stem: str, out: Path,
                      kind_form: tuple[str, str] = ("none", "none")) -> dict:
    """A call reading one number as ``kind_form`` says, or a hard negative throughout (kind "none")."""
    return FRAME.make(Call23(engine, rng), kind_form, call_id, stem, out)


def negative23(template: str, rng: random.Random) -> str:
    r = Draw(rng, said23)
    digits, d = r.digits, r.said
    dec = lambda lo, hi: f"{_cn(rng.randint(lo, hi))}点{_cn(rng.randint(1, 9))}"  # noqa: E731
    start = rng.randint(8, 16)
    full = rng.choice((200, 300, 500))
    fill = {"refund": f"{d(str(rng.randint(12, 899)))}点{d(str(rng.randint(1, 9)))}{rng.choice(('零', '五'))}",
            "warranty": d(digits(12)), "months": rng.choice(("十二", "二十四", "三十六")),
            "penalty": _cn(rng.choice((200, 300, 500, 800))), "days": _cn(rng.randint(2, 15)), "full": _cn(full),
            "minus": _cn(full // rng.choice((5, 10))), "channel": _cn(rng.randint(11, 98)), "rec": d(digits(14)),
            "sku": d(digits(8)), "size": rng.choice(("一百六十五", "一百七十", "一百七十五", "一百八十")),
            "start": _cn(start), "end": _cn(start + 2), "late": rng.choice(("五", "三", "六")),
            "terms": rng.choice(("三", "六", "十二", "二十四")),
            "each": f"{_cn(rng.randint(300, 4800))}块{_cn(rng.randint(1, 9))}", "jin": rng.choice(("九", "八")),
            "liang": _cn(rng.randint(1, 9)), "area": dec(18, 45), "trip": _cn(rng.randint(3, 20)),
            "tv": _cn(rng.randint(3, 60)), "wait": _cn(rng.randint(35, 90)), "fuel": dec(6, 12),
            "ebike": _cn(rng.randint(25, 70)),
            "rate": f"{_cn(rng.randint(3, 4))}点{_cn(rng.randint(1, 9))}{_cn(rng.randint(1, 9))}"}
    return template.format(**fill)


def negative(call: Call23, role: str) -> None:
    text = negative23(call.rng.choice(NEGATIVE23[role]), call.rng)
    call.negatives.append({"role": role, "text": text, "span_s": call.say_turn(role, [(text, False)])[0]})


FRAME = NumberCallFrame(forms="blind23", ask=ASK23, number=number23, read_number=read_number,
                        negative=negative, closing=CLOSING_LOGGED)
