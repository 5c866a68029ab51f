"""``--forms blind22``: personal numbers read in ways none of ``wide``, ``blind7``, ``blind9``, ``blind17`` to ``blind21`` has, and new hard negatives.

Written blind (set 22), without reading the detector, after reading the ``wide``, ``blind7``,
``blind9``, ``blind17``, ``blind18``, ``blind19``, ``blind20`` and ``blind21`` forms so as to
avoid them.  Nobody tuning the detector should read this module: the set it makes is only worth
something while the detector has not been fitted to it.

Forms every kind of number can take:

- ``each_group_twice``: an elderly caller says every group and then once more after 就是
  (幺三八，就是幺三八，…); one reading (``each_twice``) that spells every group twice;
- ``agent_typing``: the agent types the number into the system as the caller reads it: keyboard
  clicks on the agent's channel under the caller's reading (listed under ``background``,
  ``what: typing``, ``role: agent``);
- ``long_echo``: a bad line that sends the caller's voice back 0.28-0.42 s late (a copy at about
  -7 dB and a second, fainter bounce) on every line of hers from the moment the agent names it
  (``echo``);
- ``doorbell_break``: the doorbell rings or the dog barks part-way through the number; the caller
  breaks off (the first part is ``partial`` + ``cut_off``), 2-3.5 s of the bell or the barking on
  her channel with nobody speaking (``background``, ``what: doorbell`` or ``dog``), then she says
  she is back and goes on from where she stopped, without starting again (``continued_from``: how
  many digits came before);
- ``masked_muffled``: a caller wearing a mask (我戴着口罩): her lines from then on low-passed at
  0.9-1.3 kHz, a little quieter (``muffled``);
- ``shouting_clipped``: a hard-of-hearing caller who shouts into the phone: her reading overdriven
  and clipped (``clipped``);
- ``call_waiting``: another call comes in while she reads: the call-waiting beeps (450 Hz, 0.3 s,
  every 1.1-1.6 s) on her channel under her reading, 8-12 dB under her speech (``background``,
  ``what: call_waiting``).

Each kind's own: a mobile given, then taken back as her old, stopped number and the new one given
(``old_one_retracted``: the old reading carries ``other`` and ``retracted``, the old number is in
``other_numbers``, also valid); a landline that is also the shop's fax (``also_fax``); a parent's
身份证 read by a son or daughter, born 1938-1955, with the parent's age said first
(``parent_with_age``, the age under ``lookalikes``); a bank card 4-4-4-4 (19 digits 4-4-4-4-3)
with every group said as a whole number (一千二百三十四, ``fours_as_thousands``; a card is drawn
until no group starts with 0 and it has 16 or 19 digits; the reading carries ``as_values``).  No
email.

New hard negatives (nine agent lines, nine customer lines): a 病历号, a tax invoice's 价税合计 and
rate, a gym locker and its code, a 施工许可证 number, a hotel booking's 确认号, the gas left on a
gas card in 方, a policy's yearly premium and years, a car's 年检 month, an electricity tier's
price per 度; a bus card's balance, the floor the lift stops at, a car's mileage and service, a
rent with 押一付三, a blood sugar reading, a 物业费 per square metre, a car loan's instalments, a
red packet, a phone's battery.  Every long digit string is drawn until it is no valid mobile,
landline, 身份证 or card, and no stretch inside is one (blind21's ``_free``).

English digits and letters are left out: Kokoro's Chinese voice drops Latin letters.
"""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
from scipy.signal import butter, lfilter
from stdnum.cn import ric

from pii_blind7 import chunks, kinds_and_forms_of
from pii_blind9 import _cn, said9
from pii_blind18 import personal  # noqa: F401  (tests use it from here)
from pii_blind20 import Call20, groups20, raw_groups
from pii_blind21 import Draw, fours
from pii_calls import ASK, CLOSING_LOGGED, SR, NumberCallFrame, make_number

ASK22 = dict(ASK)
CARRIER22 = {
    "mobile": ("我的手机号你写一下，", "打我手机就行，号是", "手机号码啊，是"),
    "landline": ("我们店里的座机是", "座机号码你记好，", "打我家里的电话也行，是"),
    "id_card": ("身份证你记一下，", "证件号码我报了啊，", "身份证上的号是"),
    "bank_card": ("扣款那张卡是", "银行卡号你记一下，", "卡号我报了啊，"),
}
FORMS = {  # forms every kind of number can take, and each kind's own
    "any": ("each_group_twice", "agent_typing", "long_echo", "doorbell_break", "masked_muffled", "shouting_clipped",
            "call_waiting"),
    "mobile": ("old_one_retracted",),
    "landline": ("also_fax",),
    "id_card": ("parent_with_age",),
    "bank_card": ("fours_as_thousands",),
}
TWICE_START = ("我年纪大了，说一组重复一遍，你听清楚啊，", "我一段一段说，每段说两遍，")
TYPING_SAY = ("您说，我这边直接录进系统里。", "好的，您慢慢说，我边听边输入。")
ECHO_SAY = ("您好，您那边回音有点大，不过能听清，您说吧。", "线路上好像有回音，您慢一点说就行。")
ECHO_OK = ("是吗？我这边也听到自己的声音了，那我说了啊，", "哦，有回音啊，那我慢点说，")
BREAK_WHAT = {
    "doorbell": ("哎，有人按门铃，你等我一下啊。", "门铃响了，稍等一下，我去开个门。"),
    "dog": ("哎呀狗叫了，你等一下，我让它别叫了。", "不好意思，家里狗在叫，我先去看一下。"),
}
BREAK_BACK = ("好了好了，不好意思，我接着往下说，", "回来了，刚才说到哪儿了，哦，接着是")
BREAK_WAIT = ("好的，不着急。", "没关系，我等您。")
MASK = ("我戴着口罩呢，说话闷，你听不清就说啊，", "不好意思，我这戴着口罩，声音可能有点闷，")
MASK_OK = ("没关系，能听到，您说。", "好的，您说吧，我听得见。")
SHOUT = ("啊？你说什么？我耳朵不好，我大声点说啊，", "你说大点声！我听不太清楚，我也大声说，")
SHOUT_OK = ("好的，您说，我这边听得很清楚。", "您好，您慢慢说，我听得见。")
WAITING = ("我这边有个电话插进来了，嘀嘀地响，不管它，", "有电话打进来了，你别管那个声音，我先跟你说，")
RETRACT = ("哎不对不对，这个是我以前的号，早就停机了，现在用的是", "等一下，说错了，那是我原来的号，不用了，新的是")
RETRACT_OK = ("好的，那我按新的这个给您登记。", "明白了，以前的那个我就不记了。")
FAX = ("，这个号也是传真，", "，打电话发传真都是这个号，")
FAX_END = ("发传真之前您先打个电话说一声。", "传真机白天一直开着的。")
PARENT = ("是我{who}的身份证，{he}今年{age}岁了，号码是", "给我{who}办的，老人家{age}了，身份证号是")
PARENT_WHO = (("妈", "她"), ("爸", "他"), ("母亲", "她"), ("父亲", "他"))
VALUES_START = ("卡号四个四个念啊，", "我四位四位地说，")

NEGATIVE22 = {
    "agent": ("您的病历号是{mrn}，下次复诊的时候报这个号就行。",
              "这张专票价税合计{taxsum}元，税率百分之{rate}。",
              "您在健身房的储物柜是{locker}号，临时密码是{lpin}。",
              "那个楼盘的施工许可证编号是{permit}，在住建局网站上能查到。",
              "您的酒店预订确认号是{hotel}，入住的时候报给前台。",
              "您燃气卡里还剩{gas}方气，差不多够用一个月。",
              "这份保险年缴保费{premium}元，一共交{years}年。",
              "您的车该在{month}月份年检了，记得提前预约。",
              "电费第二档每度{tier}元，超过{kwh}度就按第三档算。"),
    "customer": ("我公交卡里还有{bus}块钱，怎么刷不出去？",
                 "我住{home}楼，那个电梯老是停在{stuck}楼不动。",
                 "我这车开了{km}公里了，该做保养了吧？",
                 "房租一个月{rent}，押一付三，一下子要交{rent4}。",
                 "我早上量的血糖是{sugar}，医生说有点高。",
                 "物业费每平米{fee}块，我家{area}平，一年下来好几千。",
                 "车贷分了{terms}期，每个月还{monthly}。",
                 "群里发红包，我才抢了{hb}块钱。",
                 "我手机电量只剩百分之{battery}了，咱们说快点。"),
}


def said22(digits: str, rng: random.Random) -> str:
    """Digits as said, 幺 or 一 for the whole run, X as 叉."""
    return said9(digits, rng)


def value4(group: str) -> str:
    """A group said as a whole number (一千二百三十四, 三百零五); one that starts with 0 digit by digit."""
    if group[0] == "0":
        return said9(group, random.Random(0))
    return _cn(int(group))


def card_for_values(rng: random.Random) -> str:
    """A valid card of 16 or 19 digits none of whose 4-4-4-4(-3) groups starts with 0."""
    while True:
        n = make_number("bank_card", rng)
        if len(n) in (16, 19) and all(g[0] != "0" for g in chunks(n, fours(len(n)))):
            return n


def parent_id(rng: random.Random) -> str:
    """A valid 身份证 of someone born 1938-1955: a drawn number's region, a new birth date and
    sequence, the check digit computed again."""
    n = make_number("id_card", rng)
    y, m, d = rng.randint(1938, 1955), rng.randint(1, 12), rng.randint(1, 28)
    body = f"{n[:6]}{y:04d}{m:02d}{d:02d}{n[14:17]}"
    return body + ric.calc_check_digit(body + "0")  # (the function drops the last character: the check digit)


def number22(kind: str, form: str, rng: random.Random) -> str:
    if form == "parent_with_age":
        return parent_id(rng)
    if form == "fours_as_thousands":
        return card_for_values(rng)
    return make_number(kind, rng)


def echo(y: np.ndarray, delay_s: float) -> np.ndarray:
    """The clip with its copy ``delay_s`` later at 0.45 and a second bounce at 0.2 (longer clip)."""
    y = np.asarray(y, dtype=float)
    d = int(delay_s * SR)
    out = np.zeros(len(y) + 2 * d)
    out[:len(y)] += y
    out[d:d + len(y)] += 0.45 * y
    out[2 * d:2 * d + len(y)] += 0.2 * y
    return out


def muffle(y: np.ndarray, cutoff: float) -> np.ndarray:
    """A voice through a mask: low-passed (4th-order Butterworth) and about 3 dB quieter than it was."""
    y = np.asarray(y, dtype=float)
    b, a = butter(4, cutoff / (SR / 2))
    low = lfilter(b, a, y)
    return 0.7 * low * (np.sqrt(np.mean(y ** 2)) / (np.sqrt(np.mean(low ** 2)) + 1e-9))


def clip_loud(y: np.ndarray, drive: float) -> np.ndarray:
    """Shouting into the phone: driven ``drive`` times past full scale and clipped hard."""
    y = np.asarray(y, dtype=float)
    peak = np.abs(y).max() + 1e-9
    return peak * np.clip(drive * y / peak, -1.0, 1.0)


def typing_noise(n: int, rms: float, rng: np.random.Generator) -> np.ndarray:
    """Keyboard clicks: short bright bursts, in runs of 2-6 keys 0.08-0.2 s apart, 0.3-0.9 s between runs."""
    out = np.zeros(n)
    at = rng.uniform(0.1, 0.4)
    while at < n / SR:
        for _ in range(rng.integers(2, 7)):
            k = int(rng.uniform(0.006, 0.012) * SR)
            burst = rng.standard_normal(k) * np.exp(-np.arange(k) / (0.002 * SR))
            burst = lfilter([1.0, -0.9], [1.0], burst)
            i = int(at * SR)
            seg = out[i:i + k]
            seg += burst[:len(seg)] * rng.uniform(0.6, 1.0)
            at += rng.uniform(0.08, 0.2)
        at += rng.uniform(0.3, 0.9)
    voiced = out[np.abs(out) > 1e-6]
    level = np.sqrt(np.mean(voiced ** 2)) if len(voiced) else 1.0
    return out * rms / level


def beeps(n: int, rms: float, rng: np.random.Generator) -> np.ndarray:
    """Call-waiting beeps: 450 Hz, 0.3 s each, every 1.1-1.6 s, at ``rms`` while they sound."""
    out = np.zeros(n)
    period = rng.uniform(1.1, 1.6)
    k = int(0.3 * SR)
    tone = np.sqrt(2) * rms * np.sin(2 * np.pi * 450 * np.arange(k) / SR)
    tone *= np.minimum(1.0, np.minimum(np.arange(k), np.arange(k)[::-1]) / (0.01 * SR))
    at = rng.uniform(0.1, 0.5)
    while at < n / SR:
        i = int(at * SR)
        seg = out[i:i + k]
        seg += tone[:len(seg)]
        at += period
    return out


def doorbell(n: int, rms: float, rng: np.random.Generator) -> np.ndarray:
    """A ding-dong (two decaying tones, a major third apart), rung once or twice."""
    out = np.zeros(n)
    f = rng.uniform(600, 760)
    t = np.arange(int(0.9 * SR)) / SR
    env = np.exp(-t / 0.35)
    ding = np.sin(2 * np.pi * f * t) * env + 0.3 * np.sin(2 * np.pi * 2 * f * t) * env
    dong = np.sin(2 * np.pi * f / 1.25 * t) * env + 0.3 * np.sin(2 * np.pi * 2 * f / 1.25 * t) * env
    at = rng.uniform(0.1, 0.3)
    for _ in range(rng.integers(1, 3)):
        for tone, gap in ((ding, 0.45), (dong, 1.0)):
            i = int(at * SR)
            seg = out[i:i + len(tone)]
            seg += tone[:len(seg)]
            at += gap
    return out * rms / (np.sqrt(np.mean(out[np.abs(out) > 1e-6] ** 2)) + 1e-9)


def barking(n: int, rms: float, rng: np.random.Generator) -> np.ndarray:
    """A dog's barks: 0.12-0.25 s bursts of a 350-600 Hz buzz over noise, falling in pitch, 0.3-0.7 s apart."""
    out = np.zeros(n)
    at = rng.uniform(0.05, 0.3)
    while at < n / SR - 0.3:
        k = int(rng.uniform(0.12, 0.25) * SR)
        t = np.arange(k) / SR
        f0 = rng.uniform(350, 600) * (1 - 0.3 * t / t[-1])
        phase = 2 * np.pi * np.cumsum(f0) / SR
        bark = sum(np.sign(np.sin(h * phase)) / h for h in (1, 2, 3)) + 0.8 * rng.standard_normal(k)
        bark *= np.clip(np.sin(np.pi * t / t[-1]), 0.0, None) ** 0.5
        i = int(at * SR)
        seg = out[i:i + k]
        seg += bark[:len(seg)]
        at += k / SR + rng.uniform(0.3, 0.7)
    return out * rms / (np.sqrt(np.mean(out[np.abs(out) > 1e-6] ** 2)) + 1e-9)


class _Voice22:
    """The call's engine: the caller's lines echoed, muffled or clipped while the call says so."""

    def __init__(self, engine, call: "Call22"):
        self.engine, self.call = engine, call

    def phrase(self, text: str, voice: str, speed: float) -> np.ndarray:
        y = np.asarray(self.engine.phrase(text, voice, speed), dtype=float)
        call = self.call
        if voice == call.voices["customer"]:
            if call.muffled:
                y = muffle(y, call.muffled)
            if call.clipped:
                y = clip_loud(y, call.clipped)
            if call.echo:
                y = echo(y, call.echo)
        return y


class Call22(Call20):
    """Call20 whose caller may sound echoed, muffled or clipped, with sounds under either channel."""

    def __init__(self, engine, rng: random.Random):
        super().__init__(engine, rng)
        self.engine = _Voice22(self.engine, self)
        self.echo = 0.0  # the echo's delay (s) while the line echoes
        self.muffled = 0.0  # the mask's cut-off (Hz) while she wears it
        self.clipped = 0.0  # the drive while she shouts
        self.under_agent: list[tuple[float, np.ndarray]] = []  # (start s, clip) on the agent's channel

    def speech_rms(self, start: float, end: float, role: str = "customer") -> float:
        """A channel's speech level between two times (voiced samples only)."""
        side = np.concatenate(self.tl.right if role == "customer" else self.tl.left)[int(start * SR):int(end * SR)]
        voiced = side[np.abs(side) > 1e-3]
        return float(np.sqrt(np.mean(voiced ** 2))) if len(voiced) else 0.1

    def audio(self) -> np.ndarray:
        left, right = np.concatenate(self.tl.left), np.concatenate(self.tl.right)
        end = max([len(right)] + [int(s * SR) + len(c) for s, c in self.under + self.under_agent])
        left, right = np.pad(left, (0, end - len(left))), np.pad(right, (0, end - len(right)))
        for side, clips in ((right, self.under), (left, self.under_agent)):
            for start, clip in clips:
                at = int(start * SR)
                side[at:at + len(clip)] += clip
        audio = np.stack([left, right], axis=1)
        return 0.5 * audio / max(np.abs(audio).max(), 1e-9)


def _under(call: Call22, what: str, role: str, start: float, end: float, db: float, make) -> None:
    """A sound ``db`` under the customer's speech from ``start`` to ``end`` on ``role``'s channel."""
    rms = call.speech_rms(start, end) * 10 ** (-db / 20)
    clip = make(int((end - start) * SR), rms, np.random.default_rng(call.rng.randrange(2 ** 30)))
    (call.under if role == "customer" else call.under_agent).append((round(start, 3), clip))
    call.background.append({"what": what, "role": role, "db_under": round(db, 1),
                            "span_s": (round(start, 3), round(start + len(clip) / SR, 3))})


def read_number(call: Call22, kind: str, number: str, form: str, others: list) -> None:
    """The reading(s) of ``number`` in ``form``, with the lines around them (the agent's request
    already said)."""
    rng = call.rng
    speed = rng.uniform(0.65, 0.9)
    groups = groups20(kind, number, rng)
    carrier = (rng.choice(CARRIER22[kind]), False)
    joined = "，".join(groups) + "。"
    if form == "each_group_twice":
        text = "，".join(f"{g}，就是{g}" for g in groups) + "。"
        call.say_turn("customer", [(rng.choice(TWICE_START), False), (text, True, {"each_twice": True})],
                      rng.uniform(0.6, 0.75))
    elif form == "agent_typing":
        call.say_turn("agent", [(rng.choice(TYPING_SAY), False)])
        spans = call.say_turn("customer", [carrier, (joined, True)], speed)
        start, end = spans[1]
        rms = call.speech_rms(start, end)  # the clicks follow her voice's level, 10-16 dB under it
        db = rng.uniform(10, 16)
        clip = typing_noise(int((end - start) * SR), rms * 10 ** (-db / 20), np.random.default_rng(rng.randrange(2 ** 30)))
        call.under_agent.append((start, clip))
        call.background.append({"what": "typing", "role": "agent", "db_under": round(db, 1),
                                "span_s": (start, round(start + len(clip) / SR, 3))})
    elif form == "long_echo":
        call.echo = round(rng.uniform(0.28, 0.42), 3)
        call.say_turn("agent", [(rng.choice(ECHO_SAY), False)])
        call.say_turn("customer", [(rng.choice(ECHO_OK), False), (joined, True, {"echo": call.echo})], speed)
    elif form == "doorbell_break":
        k = rng.randint(1, len(groups) - 1)
        done = sum(len(g) for g in raw_groups(kind, number)[:k])
        what = rng.choice(("doorbell", "dog"))
        call.say_turn("customer", [carrier, ("，".join(groups[:k]) + "……", True, {"partial": True, "cut_off": True}),
                                   (rng.choice(BREAK_WHAT[what]), False)], speed)
        call.say_turn("agent", [(rng.choice(BREAK_WAIT), False)])
        start = call.tl.t
        gap = rng.uniform(2.0, 3.5)
        call.tl.pause(gap)
        level = call.speech_rms(0.0, start) * 10 ** (-rng.uniform(2, 6) / 20)  # near, a few dB under her voice
        clip = (doorbell if what == "doorbell" else barking)(int(gap * SR), level,
                                                             np.random.default_rng(rng.randrange(2 ** 30)))
        call.under.append((round(start, 3), clip))
        call.background.append({"what": what, "role": "customer", "span_s": (round(start, 3),
                                                                             round(start + len(clip) / SR, 3))})
        call.say_turn("customer", [(rng.choice(BREAK_BACK), False),
                                   ("，".join(groups[k:]) + "。", True, {"continued_from": done})], speed)
    elif form == "masked_muffled":
        call.muffled = round(rng.uniform(900, 1300))
        call.say_turn("customer", [(rng.choice(MASK), False)])
        call.say_turn("agent", [(rng.choice(MASK_OK), False)])
        call.say_turn("customer", [carrier, (joined, True, {"muffled": call.muffled})], speed)
    elif form == "shouting_clipped":
        call.say_turn("customer", [(rng.choice(SHOUT), False)])
        call.say_turn("agent", [(rng.choice(SHOUT_OK), False)])
        call.clipped = round(rng.uniform(3.0, 6.0), 2)
        call.say_turn("customer", [carrier, (joined, True, {"clipped": call.clipped})], speed)
    elif form == "call_waiting":
        spans = call.say_turn("customer", [(rng.choice(WAITING), False), carrier, (joined, True, {"call_waiting": True})],
                              speed)
        start, end = spans[0][0], spans[2][1]
        _under(call, "call_waiting", "customer", start, end, rng.uniform(8, 12), beeps)
    elif form == "old_one_retracted":
        while (old := make_number("mobile", rng)) == number:
            pass
        others.append(old)
        call.say_turn("customer", [carrier, ("，".join(groups20(kind, old, rng)) + "。", True,
                                             {"other": old, "retracted": True})], speed)
        call.say_turn("customer", [(rng.choice(RETRACT), False), (joined, True)], speed)
        call.say_turn("agent", [(rng.choice(RETRACT_OK), False)])
    elif form == "also_fax":
        call.say_turn("customer", [carrier, ("，".join(groups), True), (rng.choice(FAX), False),
                                   (rng.choice(FAX_END), False)], speed)
    elif form == "parent_with_age":
        who, he = rng.choice(PARENT_WHO)
        age = 2026 - int(number[6:10]) - rng.randint(0, 1)
        intro = rng.choice(PARENT).format(who=who, he=he, age=_cn(age))
        spans = call.say_turn("customer", [(intro, False), (joined, True, {"parent": True})], speed)
        call.lookalikes.append({"role": "customer", "text": intro, "what": "年龄", "span_s": spans[0]})
    elif form == "fours_as_thousands":
        said = [value4(g) for g in chunks(number, fours(len(number)))]
        call.say_turn("customer", [(rng.choice(VALUES_START), False), ("，".join(said) + "。", True,
                                                                      {"as_values": True})], speed)
    else:
        raise ValueError(form)


kinds_and_forms = kinds_and_forms_of(ASK22, FORMS)


def make_blind22_call(engine, rng: random.Random, call_id: str, stem: str, out: Path,
                      kind_form: tuple[str, str] = ("none", "none")) -> dict:
    """A call reading one number as ``kind_form`` says, or a hard negative throughout (kind "none")."""
    return FRAME.make(Call22(engine, rng), kind_form, call_id, stem, out)


def negative22(template: str, rng: random.Random) -> str:
    r = Draw(rng, said22)
    digits, d = r.digits, r.said
    dec = lambda lo, hi: f"{_cn(rng.randint(lo, hi))}点{_cn(rng.randint(1, 9))}"  # noqa: E731
    rent = rng.choice((1200, 1600, 1800, 2200, 2400))  # four months stay under 10000 (_cn)
    home = rng.randint(6, 32)
    fill = {"mrn": d(digits(rng.choice((10, 12)))), "taxsum": f"{_cn(rng.randint(2, 9))}万{_cn(rng.randint(1, 9))}千",
            "rate": rng.choice(("十三", "九", "六")), "locker": _cn(rng.randint(1, 240)),
            "lpin": d(digits(4)), "permit": d(digits(14, before="4")), "hotel": d(digits(rng.choice((9, 10)))),
            "gas": _cn(rng.randint(12, 180)), "premium": _cn(rng.choice((3600, 5280, 8800, 9600))),
            "years": rng.choice(("十", "二十", "五")), "month": _cn(rng.randint(1, 12)),
            "tier": f"零点{rng.choice(('五三', '五八', '六二', '七八'))}", "kwh": _cn(rng.choice((240, 400, 450))),
            "bus": dec(0, 60), "home": _cn(home), "stuck": _cn(rng.choice([f for f in range(1, 33) if f != home])),
            "km": f"{_cn(rng.randint(2, 19))}万{_cn(rng.randint(1, 9))}千", "rent": _cn(rent), "rent4": _cn(4 * rent),
            "sugar": dec(6, 12), "fee": dec(1, 4), "area": _cn(rng.randint(60, 160)),
            "terms": rng.choice(("十二", "二十四", "三十六")), "monthly": _cn(rng.randint(1500, 4800)),
            "hb": dec(0, 8), "battery": _cn(rng.randint(3, 15))}
    return template.format(**fill)


def negative(call: Call22, role: str) -> None:
    text = negative22(call.rng.choice(NEGATIVE22[role]), call.rng)
    call.negatives.append({"role": role, "text": text, "span_s": call.say_turn(role, [(text, False)])[0]})


FRAME = NumberCallFrame(forms="blind22", ask=ASK22, number=number22, read_number=read_number,
                        negative=negative, closing=CLOSING_LOGGED)
