"""Recall and precision of personal-data masking on generated call text.

    python benchmarks/privacy_eval.py [--n 2000] [--seed 7]

Makes customer turns that read out a number of each kind in the ways people and Whisper
write them (digits; spoken numerals with 幺/两/〇; grouped by spaces, dashes, commas or 嗯;
split over two turns with the agent's 嗯 between), and hard negatives (amounts, dates, times,
工号, hotlines, order and waybill numbers). A number counts as found when every one of its
digits is masked; a negative counts as a false mask when any of its digits is masked.
Then the same numbers with one digit misheard or dropped, as Whisper does: how many are
still masked (as probable numbers when their checksum fails).

This text is made by the same people who wrote the detector: its figures are a floor for
the forms listed here, not a measure on calls from elsewhere.
"""

from __future__ import annotations

import argparse
import random
from collections import Counter

from pii_numbers import CARRIERS, NUM, make_number
from qa_pipeline import privacy
from qa_pipeline.records import Transcript, Utterance, Word

NEGATIVES = ("一共{a}元", "话费余额{a}块", "{d}", "预约在{d}{t}", "工号{w}为您服务", "请拨打{h}", "订单号是{o}",
             "运单号{o}", "第{w}号", "您的验证码是{v}")


def say(number: str, rng: random.Random) -> list[str]:
    """The number as one or two turns of text, in one of the ways it is read and written."""
    style = rng.choice(("digits", "numerals", "numerals"))
    chars = number if style == "digits" else "".join(NUM.get(c, c) for c in number)
    if style == "numerals":
        chars = chars.replace("一", "幺") if rng.random() < 0.5 else chars
        chars = chars.replace("零", "〇") if rng.random() < 0.2 else chars
    sizes = rng.choice(((3, 4, 4), (4, 4, 4, 4, 4), (6, 8, 4), (3, 3, 3, 3, 3, 3, 3), (len(chars),)))
    groups, at = [], 0
    for size in sizes:
        if at < len(chars):
            groups.append(chars[at:at + size])
            at += size
    if at < len(chars):
        groups[-1] += chars[at:]
    glue = rng.choice((" ", "-", "，", "嗯", "，呃，", ""))
    if len(groups) > 2 and rng.random() < 0.25:  # read over two turns, the agent's 嗯 between
        cut = rng.randint(1, len(groups) - 1)
        return [glue.join(groups[:cut]) + "，", glue.join(groups[cut:]) + "。"]
    return [glue.join(groups)]


def negative(rng: random.Random) -> str:
    amount = rng.choice(("三千二百五十", "一百二十八", "两千", "5800", "一万两千三百"))
    date = rng.choice(("十二月十一日", "2026年11月26日", "2026-11-26", "下周三", "二零二六年十一月"))
    time = rng.choice(("上午十点", "下午三点半", "14:30", ""))
    return rng.choice(NEGATIVES).format(
        a=amount, d=date, t=time, w="".join(NUM[c] for c in f"{rng.randint(1000, 9999)}"),
        h=rng.choice(("95598", "12366", "400-820-8820", "10086", "九五五九八")),
        o="".join(rng.choice("0123456789") for _ in range(rng.choice((8, 12, 14)))),
        v="".join(rng.choice("0123456789") for _ in range(6)))


def misheard(number: str, rng: random.Random) -> str:
    i = rng.randrange(len(number) - 1)
    if rng.random() < 0.5:
        return number[:i] + number[i + 1:]  # a digit dropped
    return number[:i] + rng.choice([d for d in "0123456789" if d != number[i]]) + number[i + 1:]


def turns(texts: list[str]) -> Transcript:
    utterances, t = [], 0.0
    for k, text in enumerate(texts):
        if k:
            utterances.append(Utterance("agent", t, t + 0.4, "嗯。", 0.9, (Word(t, t + 0.4, "嗯。", 0.9),)))
            t += 0.6
        words = tuple(Word(t + i * 0.2, t + (i + 1) * 0.2, ch, 0.9) for i, ch in enumerate(text))
        utterances.append(Utterance("customer", t, t + 0.2 * len(text), text, 0.9, words))
        t += 0.2 * len(text) + 0.5
    return Transcript(t, "agent_left", tuple(utterances), ())


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    found, total, kept, tried = Counter(), Counter(), Counter(), Counter()
    for _ in range(args.n):
        kind = rng.choice(list(CARRIERS))
        number = make_number(kind, rng)
        for counter_found, counter_total, digits in ((found, total, number), (kept, tried, misheard(number, rng))):
            texts = say(digits, rng)
            carrier = rng.choice(CARRIERS[kind])
            at = carrier.index("{}")  # where the number starts in the first turn (一 of 记一下 is no digit)
            texts[0] = carrier.format(texts[0])
            shown = [u.text for u in privacy.mask_transcript(turns(texts)).utterances if u.role == "customer"]
            shown[0] = shown[0][at:]
            counter_total[kind] += 1
            counter_found[kind] += not any(c in privacy._NUMERALS for text in shown for c in text)
    false_masks = sum(privacy.mask(text := negative(rng)) != text for _ in range(args.n))
    print(f"{args.n} numbers of each trial, seed {args.seed}")
    print(f"{'kind':10} {'recall':>7} {'misheard, still masked':>24}")
    for kind in CARRIERS:
        print(f"{kind:10} {found[kind] / total[kind]:7.3f} {kept[kind] / tried[kind]:24.3f}   (n={total[kind]})")
    print(f"all        {sum(found.values()) / sum(total.values()):7.3f} {sum(kept.values()) / sum(tried.values()):24.3f}")
    print(f"negatives (amounts, dates, times, 工号, hotlines, order numbers, codes): "
          f"{false_masks} of {args.n} falsely masked; precision over numbers and negatives "
          f"{sum(found.values()) / (sum(found.values()) + false_masks):.3f}")


if __name__ == "__main__":
    main()
