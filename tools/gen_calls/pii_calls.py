"""Short calls in which a customer reads out personal data, for the masking benchmark.

    .venv-gen/bin/python tools/gen_calls/pii_calls.py --out /work/pii_audio --n 24 --seed 3

Each call (8 kHz stereo, agent left): the agent asks for a number (or states amounts, a date
and its 工号: hard negatives); the customer reads a mobile, 身份证, bank-card or landline
number in spoken numerals, grouped, in a Kokoro voice. ``*.truth.json`` holds the number,
its kind and the seconds its reading takes in the audio, so that
``benchmarks/privacy_audio_eval.py`` can check what Whisper wrote and which audio is covered.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

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


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--n", type=int, default=24)
    ap.add_argument("--seed", type=int, default=3)
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(args.seed)
    engine = KokoroEngine(threads=1)
    for k in range(1, args.n + 1):
        truth = make_call(engine, rng, f"P{k:03d}", out)
        print(truth["call_id"], truth["kind"], truth["number"], truth["voices"]["customer"], flush=True)


if __name__ == "__main__":
    main()
