"""Short calls in which a customer reads out personal data, for the masking benchmark.

    .venv-gen/bin/python tools/gen_calls/pii_calls.py --out /work/pii_audio --n 24 --seed 3
    .venv-gen/bin/python tools/gen_calls/pii_calls.py --out /work/pii_audio3 --n 40 --seed 5 --forms wide
    .venv-gen/bin/python tools/gen_calls/pii_calls.py --out /work/pii_audio3 --n 12 --seed 6 --forms wide --negatives
    .venv-gen/bin/python tools/gen_calls/pii_calls.py --out /tmp/pii7 --n 44 --seed 7 --forms blind7 --id-prefix S7
    .venv-gen/bin/python tools/gen_calls/pii_calls.py --out /tmp/pii7 --n 12 --seed 8 --forms blind7 --negatives --id-prefix S8
    .venv-gen/bin/python tools/gen_calls/pii_calls.py --out /tmp/pii9 --n 44 --seed 9 --forms blind9 --id-prefix S9
    .venv-gen/bin/python tools/gen_calls/pii_calls.py --out /tmp/pii9 --n 12 --seed 10 --forms blind9 --negatives --id-prefix S10
    .venv-gen/bin/python tools/gen_calls/pii_calls.py --out /tmp/pii17 --n 44 --seed 17 --forms blind17 --id-prefix S17
    .venv-gen/bin/python tools/gen_calls/pii_calls.py --out /tmp/pii17 --n 12 --seed 18 --forms blind17 --negatives --id-prefix S18
    .venv-gen/bin/python tools/gen_calls/pii_calls.py --out /work/pii18 --n 44 --seed 28 --forms blind18 --id-prefix P18
    .venv-gen/bin/python tools/gen_calls/pii_calls.py --out /work/pii18 --n 12 --seed 29 --forms blind18 --negatives --id-prefix N18
    .venv-gen/bin/python tools/gen_calls/pii_calls.py --out /work/pii19 --n 44 --seed 38 --forms blind19 --id-prefix P19
    .venv-gen/bin/python tools/gen_calls/pii_calls.py --out /work/pii19 --n 12 --seed 39 --forms blind19 --negatives --id-prefix N19
    .venv-gen/bin/python tools/gen_calls/pii_calls.py --out /work/pii20 --n 44 --seed 48 --forms blind20 --id-prefix P20
    .venv-gen/bin/python tools/gen_calls/pii_calls.py --out /work/pii20 --n 12 --seed 49 --forms blind20 --negatives --id-prefix N20
    .venv-gen/bin/python tools/gen_calls/pii_calls.py --out /work/pii21 --n 44 --seed 58 --forms blind21 --id-prefix P21
    .venv-gen/bin/python tools/gen_calls/pii_calls.py --out /work/pii21 --n 12 --seed 59 --forms blind21 --negatives --id-prefix N21
    .venv-gen/bin/python tools/gen_calls/pii_calls.py --out /work/pii22 --n 44 --seed 68 --forms blind22 --id-prefix P22
    .venv-gen/bin/python tools/gen_calls/pii_calls.py --out /work/pii22 --n 12 --seed 69 --forms blind22 --negatives --id-prefix N22
    .venv-gen/bin/python tools/gen_calls/pii_calls.py --out /work/pii23 --n 44 --seed 78 --forms blind23 --id-prefix P23
    .venv-gen/bin/python tools/gen_calls/pii_calls.py --out /work/pii23 --n 12 --seed 79 --forms blind23 --negatives --id-prefix N23
    .venv-gen/bin/python tools/gen_calls/pii_calls.py --out /work/pii24 --n 44 --seed 88 --forms blind24 --id-prefix P24
    .venv-gen/bin/python tools/gen_calls/pii_calls.py --out /work/pii24 --n 12 --seed 89 --forms blind24 --negatives --id-prefix N24
    .venv-gen/bin/python tools/gen_calls/pii_calls.py --out /work/pii25 --n 44 --seed 98 --forms blind25 --id-prefix P25
    .venv-gen/bin/python tools/gen_calls/pii_calls.py --out /work/pii25 --n 12 --seed 99 --forms blind25 --negatives --id-prefix N25
    .venv-gen/bin/python tools/gen_calls/pii_calls.py --out /work/pii26 --n 44 --seed 108 --forms blind26 --id-prefix P26
    .venv-gen/bin/python tools/gen_calls/pii_calls.py --out /work/pii26 --n 12 --seed 109 --forms blind26 --negatives --id-prefix N26
    .venv-gen/bin/python tools/gen_calls/pii_calls.py --out /work/pii27 --n 44 --seed 118 --forms blind27 --id-prefix P27
    .venv-gen/bin/python tools/gen_calls/pii_calls.py --out /work/pii27 --n 12 --seed 119 --forms blind27 --negatives --id-prefix N27
    .venv-gen/bin/python tools/gen_calls/pii_calls.py --out /work/pii28 --n 44 --seed 128 --forms blind28 --id-prefix P28
    .venv-gen/bin/python tools/gen_calls/pii_calls.py --out /work/pii28 --n 12 --seed 129 --forms blind28 --negatives --id-prefix N28
    .venv-gen/bin/python tools/gen_calls/pii_calls.py --out /work/pii29 --n 44 --seed 138 --forms blind29 --id-prefix P29
    .venv-gen/bin/python tools/gen_calls/pii_calls.py --out /work/pii29 --n 12 --seed 139 --forms blind29 --negatives --id-prefix N29
    .venv-gen/bin/python tools/gen_calls/pii_calls.py --out /work/pii30 --n 44 --seed 148 --forms blind30 --id-prefix P30
    .venv-gen/bin/python tools/gen_calls/pii_calls.py --out /work/pii30 --n 12 --seed 149 --forms blind30 --negatives --id-prefix N30
    .venv-gen/bin/python tools/gen_calls/pii_calls.py --out /work/pii31 --n 44 --seed 158 --forms blind31 --id-prefix P31
    .venv-gen/bin/python tools/gen_calls/pii_calls.py --out /work/pii31 --n 12 --seed 159 --forms blind31 --negatives --id-prefix N31
    .venv-gen/bin/python tools/gen_calls/pii_calls.py --out /work/pii32 --n 44 --seed 168 --forms blind32 --id-prefix P32
    .venv-gen/bin/python tools/gen_calls/pii_calls.py --out /work/pii32 --n 12 --seed 169 --forms blind32 --negatives --id-prefix N32
    .venv-gen/bin/python tools/gen_calls/pii_calls.py --out /work/pii33 --n 44 --seed 178 --forms blind33 --id-prefix P33
    .venv-gen/bin/python tools/gen_calls/pii_calls.py --out /work/pii33 --n 12 --seed 179 --forms blind33 --negatives --id-prefix N33
    .venv-gen/bin/python tools/gen_calls/pii_calls.py --out /work/pii34 --n 44 --seed 188 --forms blind34 --id-prefix P34
    .venv-gen/bin/python tools/gen_calls/pii_calls.py --out /work/pii34 --n 12 --seed 189 --forms blind34 --negatives --id-prefix N34
    .venv-gen/bin/python tools/gen_calls/pii_calls.py --out /work/pii35 --n 44 --seed 198 --forms blind35 --id-prefix P35
    .venv-gen/bin/python tools/gen_calls/pii_calls.py --out /work/pii35 --n 12 --seed 199 --forms blind35 --negatives --id-prefix N35
    .venv-gen/bin/python tools/gen_calls/pii_calls.py --out /work/pii36 --n 44 --seed 208 --forms blind36 --id-prefix P36
    .venv-gen/bin/python tools/gen_calls/pii_calls.py --out /work/pii36 --n 12 --seed 209 --forms blind36 --negatives --id-prefix N36
    .venv-gen/bin/python tools/gen_calls/pii_calls.py --out /work/pii37 --n 44 --seed 218 --forms blind37 --id-prefix P37
    .venv-gen/bin/python tools/gen_calls/pii_calls.py --out /work/pii37 --n 12 --seed 219 --forms blind37 --negatives --id-prefix N37
    .venv-gen/bin/python tools/gen_calls/pii_calls.py --out /work/pii38 --n 44 --seed 220 --forms blind38 --id-prefix P38
    .venv-gen/bin/python tools/gen_calls/pii_calls.py --out /work/pii38 --n 12 --seed 221 --forms blind38 --negatives --id-prefix N38
    .venv-gen/bin/python tools/gen_calls/pii_calls.py --out /work/pii39 --n 44 --seed 222 --forms blind39 --id-prefix P39
    .venv-gen/bin/python tools/gen_calls/pii_calls.py --out /work/pii39 --n 12 --seed 223 --forms blind39 --negatives --id-prefix N39
    .venv-gen/bin/python tools/gen_calls/pii_calls.py --out /work/pii40 --n 44 --seed 224 --forms blind40 --id-prefix P40
    .venv-gen/bin/python tools/gen_calls/pii_calls.py --out /work/pii40 --n 12 --seed 225 --forms blind40 --negatives --id-prefix N40
    .venv-gen/bin/python tools/gen_calls/pii_calls.py --out /work/pii41 --n 44 --seed 226 --forms blind41 --id-prefix P41
    .venv-gen/bin/python tools/gen_calls/pii_calls.py --out /work/pii41 --n 12 --seed 227 --forms blind41 --negatives --id-prefix N41
    .venv-gen/bin/python tools/gen_calls/pii_calls.py --out /work/pii42 --n 44 --seed 228 --forms blind42 --id-prefix P42
    .venv-gen/bin/python tools/gen_calls/pii_calls.py --out /work/pii42 --n 12 --seed 229 --forms blind42 --negatives --id-prefix N42
    .venv-gen/bin/python tools/gen_calls/pii_calls.py --out /work/pii43 --n 44 --seed 230 --forms blind43 --id-prefix P43
    .venv-gen/bin/python tools/gen_calls/pii_calls.py --out /work/pii43 --n 12 --seed 231 --forms blind43 --negatives --id-prefix N43
    .venv-gen/bin/python tools/gen_calls/pii_calls.py --out /work/pii44 --n 44 --seed 232 --forms blind44 --id-prefix P44
    .venv-gen/bin/python tools/gen_calls/pii_calls.py --out /work/pii44 --n 12 --seed 233 --forms blind44 --negatives --id-prefix N44

Each call (8 kHz stereo, agent left): the agent asks for a number (or states amounts, a date
and its 工号: hard negatives); the customer reads a mobile, 身份证, bank-card or landline
number in spoken numerals, grouped, in a Kokoro voice. ``*.truth.json`` holds the number,
its kind and the seconds its reading takes in the audio, so that
``benchmarks/privacy_audio_eval.py`` can check what Whisper wrote and which audio is covered.

``--forms wide`` (sets from seed 5 on) reads numbers in more ways: ungrouped, grouped 3-4-4,
嗯 between groups, split over two customer turns with the agent's 嗯 in between, and read back
by the agent; 幺 or 一 per reading. Every call opens with a hard-negative agent line, and one
call in thirteen (every call with ``--negatives``) is a hard negative throughout: no personal
data, but amounts, dates, times, 工号, hotlines and order numbers read out, and ordinary sentences
full of 一/是/就/吧. Its truth lists every reading (``readings``: role and seconds) and every
negative line (``negatives``).

``--forms blind7`` (set 7): see ``pii_blind7.py``; its truth also keeps each turn's text.
``--forms blind9`` (set 9): see ``pii_blind9.py``; its truth is laid out as blind7's.
``--forms blind17`` (set 17): see ``pii_blind17.py``; its truth is laid out as blind9's, plus ``names``.
``--forms blind18`` (set 18): see ``pii_blind18.py``; its truth is laid out as blind17's, plus ``other_numbers``.
``--forms blind19`` (set 19): see ``pii_blind19.py``; its truth is laid out as blind18's, plus ``lookalikes``.
``--forms blind20`` (set 20): see ``pii_blind20.py``; its truth is laid out as blind19's, plus ``background``.
``--forms blind21`` (set 21): see ``pii_blind21.py``; its truth is laid out as blind20's (``background`` also
holds a car's noise; ``voices`` may hold ``family``).
``--forms blind22`` (set 22): see ``pii_blind22.py``; its truth is laid out as blind21's (``background`` also
holds sounds on the agent's channel, ``role: agent``).
``--forms blind23`` (set 23): see ``pii_blind23.py``; its truth is laid out as blind22's (``background`` also
holds chewing, a baby's cry and keypad tones).
``--forms blind24`` (set 24): see ``pii_blind24.py``; its truth is laid out as blind23's (``background`` also
holds a pen's taps, music and running water).
``--forms blind25`` (set 25): see ``pii_blind25.py``; its truth is laid out as blind24's (``background`` also
holds a whistling kettle, a drill and rain).
``--forms blind26`` (set 26): see ``pii_blind26.py``; its truth is laid out as blind25's (``background`` also
holds a vacuum cleaner, a washing machine and a market crowd).
``--forms blind27`` (set 27): see ``pii_blind27.py``; its truth is laid out as blind26's (``background`` also
holds a mahjong table, firecrackers and a sizzling wok).
``--forms blind28`` (set 28): see ``pii_blind28.py``; its truth is laid out as blind27's (``background`` also
holds a train's rumble and a hair dryer).
``--forms blind29`` (set 29): see ``pii_blind29.py``; its truth is laid out as blind28's (``background`` also
holds cicadas and a lawn mower).
``--forms blind30`` (set 30): see ``pii_blind30.py``; its truth is laid out as blind29's (``background`` also
holds a wall clock striking and a pet bird chirping).
``--forms blind31`` (set 31): see ``pii_blind31.py``; its truth is laid out as blind30's (``background`` also
holds panting and footsteps on the stairs and an electric fan).
``--forms blind32`` (set 32): see ``pii_blind32.py``; its truth is laid out as blind31's (``background`` also
holds the busy tone of a dropped call).
``--forms blind33`` (set 33): see ``pii_blind33.py``; its truth is laid out as blind32's (``background`` also
holds a sticky note's rustle; ``voices`` may hold ``colleague``, a reading ``speaker: colleague``).
``--forms blind34`` (set 34): see ``pii_blind34.py``; its truth is laid out as blind33's (``background`` also
holds a phone's message ping; ``voices`` may hold ``child``, a reading ``speaker: child``).
``--forms blind35`` (set 35): see ``pii_blind35.py``; its truth is laid out as blind34's (no ``background`` sounds,
no ``child``; the agent's echoes of the caller's groups are readings ``role: agent``, ``echo``).
``--forms blind36`` (set 36): see ``pii_blind36.py``; its truth is laid out as blind35's (no ``background`` sounds,
no ``child``, no agent readings; a reading cut off or built up part-way is ``partial``).
``--forms blind37`` (set 37): see ``pii_blind37.py``; its truth is laid out as blind36's (no third voice; ``background``
may hold the agent's hold music or a siren under the caller; the agent's stalled read-back is a reading ``role: agent``).
``--forms blind38`` (set 38): see ``pii_blind38.py``; its truth is laid out as blind37's (no third voice; ``background``
may hold the handset's rustle or thunder under the caller; the agent's area code is a reading ``role: agent``).
``--forms blind39`` (set 39): see ``pii_blind39.py``; its truth is laid out as blind38's (no third voice; ``background``
may hold a rooster's crow or a blender under the caller; no agent readings).
``--forms blind40`` (set 40): see ``pii_blind40.py``; its truth is laid out as blind39's (no third voice; ``background``
may hold a knife on a chopping board under the caller; no agent readings).
``--forms blind41`` (set 41): see ``pii_blind41.py``; its truth is laid out as blind40's (no third voice; no
``background`` sounds; no agent readings).
``--forms blind42`` (set 42): see ``pii_blind42.py``; its truth is laid out as blind41's (no third voice; no
``background`` sounds; no agent readings).
``--forms blind43`` (set 43): see ``pii_blind43.py``; its truth is laid out as blind42's (no third voice; no
``background`` sounds; no agent readings).
``--forms blind44`` (set 44): see ``pii_blind44.py``; its truth is laid out as blind43's (no third voice; no
``background`` sounds; no agent readings).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import generate as G  # noqa: E402
from heldout import ALL_VOICES, KokoroEngine  # noqa: E402

SR = G.SR
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from pii_numbers import CARRIERS, NUM, make_number  # noqa: E402  (needs python-stdnum in this venv)

ASK = {"mobile": "请您提供一下您的手机号码。", "landline": "请问您家里的座机号码是多少？",
       "id_card": "麻烦您报一下身份证号码。", "bank_card": "请您说一下扣款的银行卡号。"}
NEGATIVE = ("您本月的话费是一百二十八元，工号一五一九为您服务。", "您的订单在十二月十一日上午十点送到，金额两千三百元。",
            "您也可以拨打九五五九八查询，我是客服八零零一号。")


def spoken(number: str, rng: random.Random) -> str:
    chars = "".join(NUM.get(c, c) for c in number)
    if rng.random() < 0.5:
        chars = chars.replace("一", "幺")
    size = 4 if len(chars) > 12 else 3
    groups = [chars[:size]] + [chars[i:i + 4] for i in range(size, len(chars), 4)]
    return "，".join(groups) + "。"


def make_call(engine: KokoroEngine, rng: random.Random, call_id: str, out: Path) -> dict:
    kind = rng.choice(list(ASK))
    number = make_number(kind, rng)
    agent_voice, customer_voice = rng.sample(ALL_VOICES, 2)
    left, right = [np.zeros(int(0.5 * SR))], [np.zeros(int(0.5 * SR))]
    t = 0.5

    def put(channel, other, clip):
        nonlocal t
        channel.append(clip)
        other.append(np.zeros(len(clip)))
        t += len(clip) / SR

    def pause(s):
        nonlocal t
        left.append(np.zeros(int(s * SR)))
        right.append(np.zeros(int(s * SR)))
        t += int(s * SR) / SR

    put(left, right, engine.phrase(rng.choice(NEGATIVE), agent_voice, 0.8))
    pause(0.6)
    put(left, right, engine.phrase(ASK[kind], agent_voice, 0.8))
    pause(0.7)
    carrier = rng.choice(CARRIERS[kind]).split("{}")[0] or "好的，"
    put(right, left, engine.phrase(carrier, customer_voice, 0.8))
    pause(0.25)
    start = t
    put(right, left, engine.phrase(spoken(number, rng), customer_voice, 0.75))
    span = (round(start, 3), round(t, 3))
    pause(0.8)
    put(left, right, engine.phrase("好的，已经帮您登记了，感谢您的来电，再见。", agent_voice, 0.8))
    pause(0.5)
    audio = np.stack([np.concatenate(left), np.concatenate(right)], axis=1)
    audio = 0.5 * audio / max(np.abs(audio).max(), 1e-9)
    truth = {"call_id": call_id, "kind": kind, "number": number, "span_s": span,
             "voices": {"agent": agent_voice, "customer": customer_voice}}
    G.write_call(out, f"9001_20261126-1000{int(call_id[1:]) % 60:02d}_{call_id}", audio, truth)
    return truth


# hard negatives, filled with spoken numerals; {} slots are filled by negative_line
NEGATIVE_LINES = {
    "agent": ("您本月的话费是{amount}元，已经扣款成功。", "我的工号是{staff}，很高兴为您服务。",
              "您可以拨打{hotline}，二十四小时都有人接。", "您的包裹{date}下午{time}送到。",
              "您的订单号是{order}，金额{amount}元。", "这个套餐每个月{amount}块，一共{months}个月。",
              "一般是一到三个工作日就到账了，您放心吧。", "是的是的，就是这个意思，您稍等一下吧。"),
    "customer": ("我上个月交了{amount}块钱，怎么又扣了？", "订单号是{order}，你查一下。",
                 "我是{date}买的，到现在{months}个月了。", "就是一一核对一下吧，是不是弄错了。",
                 "是啊，我就是一直打不通，一直是忙音。", "刚才那个工号{staff}的客服说的。",
                 "我打的是{hotline}，转了好几次。", "一共是{amount}元，对吧？"),
}
AMOUNTS = ("一百二十八", "二十一万", "两千三百", "九十九", "三百六十五", "一千零八", "五十八点五", "八万七千")
HOTLINES = ("九五五九八", "九五五八八", "一零零八六", "一二三一五", "四零零八一零八八八八", "八零零八二零八八二零")
DATES = ("十二月十一日", "二零二六年三月五号", "下个月八号", "十一月二十六日")
TIMES = ("三点半", "两点到五点", "十点十五分")


def numerals(digits: str, yao: bool) -> str:
    chars = "".join(NUM[c] for c in digits)
    return chars.replace("一", "幺") if yao else chars


def negative_line(template: str, rng: random.Random) -> str:
    order = rng.choice("23456789") + "".join(rng.choice("0123456789") for _ in range(rng.choice((9, 11, 13))))
    return template.format(amount=rng.choice(AMOUNTS), hotline=rng.choice(HOTLINES), date=rng.choice(DATES),
                           time=rng.choice(TIMES), months=rng.choice(("三", "六", "十二")),
                           staff=numerals(f"{rng.randint(1000, 99999)}", rng.random() < 0.5),
                           order=numerals(order, rng.random() < 0.5))


def groups_of(chars: str, form: str) -> list[str]:
    """How a reading is chunked: one stretch, or 3-4-4 (3-3-4-4-4 for long numbers)."""
    if form == "ungrouped":
        return [chars]
    size = 4 if len(chars) > 12 and len(chars) != 18 else 3
    if len(chars) == 18:  # 身份证: region, birth date, rest
        return [chars[:6], chars[6:14], chars[14:]]
    return [chars[:size]] + [chars[i:i + 4] for i in range(size, len(chars), 4)]


class Timeline:
    """Two channels (agent left) written turn by turn; ``t`` is the time the next turn starts."""

    def __init__(self):
        self.left, self.right, self.t = [np.zeros(int(0.5 * SR))], [np.zeros(int(0.5 * SR))], 0.5

    def say(self, role: str, clip: np.ndarray) -> tuple[float, float]:
        start = self.t
        (self.left if role == "agent" else self.right).append(clip)
        (self.right if role == "agent" else self.left).append(np.zeros(len(clip)))
        self.t += len(clip) / SR
        return round(start, 3), round(self.t, 3)

    def pause(self, s: float) -> None:
        self.say("agent", np.zeros(int(s * SR)))

    def audio(self) -> np.ndarray:
        audio = np.stack([np.concatenate(self.left), np.concatenate(self.right)], axis=1)
        return 0.5 * audio / max(np.abs(audio).max(), 1e-9)


def make_wide_call(engine: KokoroEngine, rng: random.Random, call_id: str, out: Path, negative_only: bool = False) -> dict:
    """A call in one of the wide forms, or a hard negative (kind "none")."""
    kind = "none" if negative_only else rng.choice(list(ASK) * 3 + ["none"])
    voices = dict(zip(("agent", "customer"), rng.sample(ALL_VOICES, 2)))
    tl, readings, negatives = Timeline(), [], []

    def line(role: str, text: str, speed: float = 0.8) -> tuple[float, float]:
        span = tl.say(role, engine.phrase(text, voices[role], speed))
        tl.pause(rng.uniform(0.5, 0.8))
        return span

    def negative(role: str) -> None:
        text = negative_line(rng.choice(NEGATIVE_LINES[role]), rng)
        negatives.append({"role": role, "text": text, "span_s": line(role, text)})

    negative("agent")
    if kind == "none":
        for role in ("customer", "agent", "customer"):
            negative(role)
        number, form = "", "none"
    else:
        number = make_number(kind, rng)
        form = rng.choice(("grouped", "ungrouped", "filler", "two_turns", "read_back"))
        chars = numerals(number, rng.random() < 0.5)
        groups = groups_of(chars, "ungrouped" if form == "ungrouped" else "grouped")
        line("agent", ASK[kind])
        carrier = rng.choice(CARRIERS[kind]).split("{}")[0] or "好的，"
        tl.say("customer", engine.phrase(carrier, voices["customer"], 0.8))
        tl.pause(0.25)
        if form == "two_turns":
            cut = max(1, len(groups) // 2)
            first = line("customer", "，".join(groups[:cut]) + "。", 0.75)
            line("agent", rng.choice(("嗯。", "嗯，您说。", "好的。")))
            second = line("customer", "，".join(groups[cut:]) + "。", 0.75)
            readings += [{"role": "customer", "span_s": first}, {"role": "customer", "span_s": second}]
        else:
            joiner = "，嗯，" if form == "filler" else "，"
            readings.append({"role": "customer", "span_s": line("customer", joiner.join(groups) + "。", 0.75)})
        if form == "read_back":
            tl.say("agent", engine.phrase("跟您核对一下，", voices["agent"], 0.8))
            tl.pause(0.2)
            again = numerals(number, rng.random() < 0.5)
            readings.append({"role": "agent", "span_s": line("agent", "，".join(groups_of(again, "grouped")) + "。", 0.8)})
            line("customer", "对，没错。")
    line("agent", "好的，已经帮您登记了，感谢您的来电，再见。")
    truth = {"call_id": call_id, "kind": kind, "number": number, "form": form, "readings": readings,
             "span_s": readings[0]["span_s"] if readings else None, "negatives": negatives, "voices": voices}
    G.write_call(out, f"9001_20261126-1100{int(call_id[1:]) % 60:02d}_{call_id}", tl.audio(), truth)
    return truth


CLOSING_LOGGED = "好的，已经帮您登记了，感谢您的来电，再见。"  # blind20 to blind28
CLOSING_NOTED = "好的，已经帮您记下了，感谢您的来电，再见。"  # blind29 on


def number_any_form(kind: str, form: str, rng: random.Random) -> str:
    """``make_number`` as a frame's number maker: a writer whose forms need no number of their own."""
    return make_number(kind, rng)


@dataclass(frozen=True)
class NumberCallFrame:
    """The frame of a personal-data writer's call, filled with that writer's own parts.

    Every writer since blind20 makes its calls the same way: a negative by the agent, then either
    three negatives (kind "none") or the agent's request, the number read as the form says and a
    customer negative half the time; a closing line; the truth, laid out alike, written with the
    audio. Only the parts differ (the call class, which the caller makes, the number maker, the
    requests, read_number, negative, the closing line and the forms name), so the frame is kept
    here once instead of as a copy in each writer. The random draws come in the order the copies
    made them, so a writer's set regenerated from its seed is unchanged. A writer whose call does
    anything else (blind30's birthday date handed to read_number) keeps its own body.
    """

    forms: str
    ask: dict
    number: Callable  # (kind, form, rng) -> str
    read_number: Callable  # (call, kind, number, form, others) -> None
    negative: Callable  # (call, role) -> None
    closing: str

    def make(self, call, kind_form: tuple[str, str], call_id: str, stem: str, out: Path) -> dict:
        """Build ``call`` (just made, its rng the writer's) as ``kind_form`` says, write it; its truth."""
        kind, form = kind_form
        rng = call.rng
        self.negative(call, "agent")
        number, others = "", []
        if kind == "none":
            for role in ("customer", "agent", "customer"):
                self.negative(call, role)
        else:
            number = self.number(kind, form, rng)
            call.say_turn("agent", [(self.ask[kind], False)])
            self.read_number(call, kind, number, form, others)
            if rng.random() < 0.5:
                self.negative(call, "customer")
        call.say_turn("agent", [(self.closing, False)])
        truth = {"call_id": call_id, "kind": kind, "number": number, "form": form, "readings": call.readings,
                 "span_s": call.readings[0]["span_s"] if call.readings else None, "negatives": call.negatives,
                 "voices": call.voices, "forms": self.forms, "turns": call.turns, "names": [],
                 "other_numbers": others, "lookalikes": call.lookalikes, "background": call.background}
        G.write_call(out, stem, call.audio(), truth)
        return truth


# the blind families: module, and its plan and call makers (the plan draws each (kind, form) once
# before any twice; a call maker writes one call and returns its truth)
BLIND_FORMS = {"blind7": ("pii_blind7", "make_blind7_call"), "blind9": ("pii_blind9", "make_blind9_call"),
               "blind17": ("pii_blind17", "make_blind17_call"), "blind18": ("pii_blind18", "make_blind18_call"),
               "blind19": ("pii_blind19", "make_blind19_call"),
               "blind20": ("pii_blind20", "make_blind20_call"),
               "blind21": ("pii_blind21", "make_blind21_call"),
               "blind22": ("pii_blind22", "make_blind22_call"),
               "blind23": ("pii_blind23", "make_blind23_call"),
               "blind24": ("pii_blind24", "make_blind24_call"),
               "blind25": ("pii_blind25", "make_blind25_call"),
               "blind26": ("pii_blind26", "make_blind26_call"),
               "blind27": ("pii_blind27", "make_blind27_call"),
               "blind28": ("pii_blind28", "make_blind28_call"),
               "blind29": ("pii_blind29", "make_blind29_call"),
               "blind30": ("pii_blind30", "make_blind30_call"),
               "blind31": ("pii_blind31", "make_blind31_call"),
               "blind32": ("pii_blind32", "make_blind32_call"),
               "blind33": ("pii_blind33", "make_blind33_call"),
               "blind34": ("pii_blind34", "make_blind34_call"),
               "blind35": ("pii_blind35", "make_blind35_call"),
               "blind36": ("pii_blind36", "make_blind36_call"),
               "blind37": ("pii_blind37", "make_blind37_call"),
               "blind38": ("pii_blind38", "make_blind38_call"),
               "blind39": ("pii_blind39", "make_blind39_call"),
               "blind40": ("pii_blind40", "make_blind40_call"),
               "blind41": ("pii_blind41", "make_blind41_call"),
               "blind42": ("pii_blind42", "make_blind42_call"),
               "blind43": ("pii_blind43", "make_blind43_call"),
               "blind44": ("pii_blind44", "make_blind44_call")}


def blind_family(forms: str):
    """(kinds_and_forms, make_call) of a blind family, imported on use (they import this module)."""
    import importlib
    module, maker = BLIND_FORMS[forms]
    family = importlib.import_module(module)
    return family.kinds_and_forms, getattr(family, maker)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--n", type=int, default=24)
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument("--negatives", action="store_true",
                    help="wide or blind forms: hard-negative calls only (ids N001 …)")
    ap.add_argument("--forms", choices=("narrow", "wide", *BLIND_FORMS), default="narrow",
                    help="narrow: grouped readings only, as in the seed 3 and 4 sets; wide: see the module's doc; "
                         "blind7, blind9, blind17, blind18, blind19, blind20, blind21, blind22, blind23, blind24, "
                         "blind25, blind26, blind27, blind28, blind29, blind30, blind31, blind32, blind33, blind34, blind35, blind36, blind37, blind38, blind39, blind40, blind41, blind42, blind43, blind44: see pii_blind7.py, "
                         "pii_blind9.py, pii_blind17.py, pii_blind18.py, pii_blind19.py, pii_blind20.py, "
                         "pii_blind21.py, pii_blind22.py, pii_blind23.py, pii_blind24.py, pii_blind25.py, "
                         "pii_blind26.py, pii_blind27.py, pii_blind28.py, pii_blind29.py, pii_blind30.py, "
                         "pii_blind31.py, pii_blind32.py, pii_blind33.py, pii_blind34.py, pii_blind35.py, "
                         "pii_blind36.py, pii_blind37.py, pii_blind38.py, pii_blind39.py, pii_blind40.py, pii_blind41.py, pii_blind42.py, pii_blind43.py, pii_blind44.py")
    ap.add_argument("--id-prefix", default="",
                    help="blind forms: put before the call ids (S7 gives S7P001 …), so that sets can share a store")
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(args.seed)
    engine = KokoroEngine(threads=1)
    if args.forms in BLIND_FORMS:
        kinds_and_forms, make_blind_call = blind_family(args.forms)
        plan = [("none", "none")] * args.n if args.negatives else kinds_and_forms(rng, args.n)
    for k in range(1, args.n + 1):
        if args.forms in BLIND_FORMS:
            call_id = f"{args.id_prefix}{'N' if args.negatives else 'P'}{k:03d}"
            stem = f"9001_20261126-{12 + args.seed % 12:02d}00{k % 60:02d}_{call_id}"
            truth = make_blind_call(engine, rng, call_id, stem, out, plan[k - 1])
        elif args.forms == "wide":
            truth = make_wide_call(engine, rng, f"{'N' if args.negatives else 'P'}{k:03d}", out, args.negatives)
        else:
            truth = make_call(engine, rng, f"P{k:03d}", out)
        print(truth["call_id"], truth["kind"], truth.get("form", ""), truth["number"], truth["voices"]["customer"],
              flush=True)


if __name__ == "__main__":
    main()
