"""Masking on what Whisper heard: calls where a customer (or the agent) reads out a number.

    .venv-gen/bin/python tools/gen_calls/pii_calls.py --out /work/pii_audio3 --n 40 --seed 5 --forms wide
    qa-pipeline run /work/pii_audio3 --out /tmp/pii_out --db sqlite:////tmp/pii3.sqlite --quiet
    python benchmarks/privacy_audio_eval.py /work/pii_audio3 --db sqlite:////tmp/pii3.sqlite

Per reading of a number (``readings`` in the truth; older sets: the customer's one reading):
- text: the words Whisper timed inside it (± 0.3 s), as a user without the permission sees
  them, leave nothing readable (no run of 4+ numerals or words that sound like digits; the
  laxer count of 5 sounds, and the older count over its whole utterances, are printed beside
  it: Whisper often makes one utterance of a reading and the line after it);
- audio: the share of its seconds under the tone (a reading counts as covered at ≥ 0.95), and
  the share of its voiced 20 ms frames (a pause inside a reading is no digit).
On blind7 sets (truth with ``turns``) also the detector on the text as said, before Whisper.
Precision per kind the detector named: text, masked stretches that lie on a reading; audio,
seconds under the tone that lie on a reading. Hard negatives (amounts, dates, 工号, hotlines,
order numbers, ordinary sentences; in older sets every agent turn): lines with a masked word
inside their seconds.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
from collections import defaultdict
from pathlib import Path

import numpy as np
import soundfile as sf
from pypinyin import lazy_pinyin

from qa_pipeline import privacy
from qa_pipeline.records import Transcript, Utterance, Word
from qa_pipeline.store.db import Store

FRAME_S = 0.02
VOICED_RATIO = 0.1  # a frame within 20 dB of the reading's loudest is voiced
COVERED = 0.95  # share of a reading's seconds under the tone for it to count as covered
TONED = 0.25  # a hard-negative line with this share of its seconds under the tone counts as toned
SLACK_S = 0.3  # Whisper's utterance times drift from the truth's by about this much
# digits by their sound, and the near-homophones Whisper writes for them (是 for 四)
_SOUNDS = {"ling", "yi", "yao", "er", "liang", "san", "si", "wu", "liu", "qi", "ba", "jiu", "shi"}
_NUMERAL = set(privacy._NUMERALS)


def digit_run(text: str) -> int:
    """The longest run of numerals and characters that sound like a digit (以留二救 reads as 1629)."""
    best = run = 0
    sounds = lazy_pinyin(text, errors=lambda s: ["-"] * len(s))
    for ch, sound in zip(text, sounds):
        run = run + 1 if ch in _NUMERAL or sound in _SOUNDS else 0
        best = max(best, run)
    return best


def leaks(text: str, run: int = 4) -> bool:
    """Whether ``text`` still shows a number: 4+ numerals, or ``run``+ numerals and digit sounds in a row."""
    return bool(re.search(f"[{privacy._NUMERALS}]{{4,}}", text)) or digit_run(text) >= run


def overlap(a: tuple[float, float], b: tuple[float, float]) -> float:
    return max(0.0, min(a[1], b[1]) - max(a[0], b[0]))


def covered_share(span: tuple[float, float], covers: list[tuple[float, float]]) -> float:
    a, b = span
    pad = privacy.COVER_PAD_S
    cuts = sorted((max(a, s - pad), min(b, e + pad)) for s, e in covers if s - pad < b and a < e + pad)
    total, at = 0.0, a
    for s, e in cuts:
        total += max(0.0, e - max(s, at))
        at = max(at, e)
    return total / (b - a)


def voiced_covered_share(channel: np.ndarray, rate: int, span: tuple[float, float],
                         covers: list[tuple[float, float]]) -> float:
    """The share of a reading's voiced 20 ms frames (within 20 dB of its loudest) under the tone:
    a pause inside the reading (the 「……」 of a first try) is no digit to hide."""
    hop = int(FRAME_S * rate)
    a, b = int(span[0] * rate), int(span[1] * rate)
    frames = [channel[k:k + hop] for k in range(a, b - hop + 1, hop)]
    rms = np.array([np.sqrt(np.mean(f ** 2)) for f in frames])
    voiced = [span[0] + (k + 0.5) * FRAME_S for k in np.flatnonzero(rms >= rms.max() * VOICED_RATIO)]
    pad = privacy.COVER_PAD_S
    return sum(any(s - pad <= t <= e + pad for s, e in covers) for t in voiced) / max(len(voiced), 1)


def readings(truth: dict) -> list[dict]:
    if "readings" in truth:
        return truth["readings"]
    return [{"role": "customer", "span_s": truth["span_s"]}]


def negatives(truth: dict, transcript) -> list[tuple[str, tuple[float, float]]]:
    """(role, seconds) of the lines that must stay unmasked."""
    if "negatives" in truth:
        return [(n["role"], tuple(n["span_s"])) for n in truth["negatives"]]
    return [("agent", (u.start, u.end)) for u in transcript.by_role("agent")]  # older sets: the agent read no number


def utterances_on(transcript, role: str, span: tuple[float, float]) -> list:
    a, b = span
    return [u for u in transcript.utterances if u.role == role and overlap((u.start, u.end), (a - SLACK_S, b + SLACK_S))]


def words_on(transcript, role: str, span: tuple[float, float], slack: float = SLACK_S) -> str:
    """The words of ``role`` whose middle lies in ``span`` (± ``slack``): Whisper often makes one
    utterance of a reading and the line after it, so a reading and a negative are told apart by
    their words' times, not by utterance."""
    a, b = span[0] - slack, span[1] + slack
    return "".join(w.text for u in transcript.utterances if u.role == role
                   for w in u.words if a <= (w.start + w.end) / 2 <= b)


def masked_stretches(transcript) -> list[tuple[str, tuple[float, float]]]:
    """(role, seconds from the first to the last masked word) per utterance with anything masked."""
    out = []
    for u in transcript.utterances:
        times = [(w.start, w.end) for w in u.words if privacy.MASK in w.text]
        if times:
            out.append((u.role, (times[0][0], times[-1][1])))
        elif privacy.MASK in u.text:
            out.append((u.role, (u.start, u.end)))
    return out


def on_reading(role: str, span: tuple[float, float], truth_readings: list[dict]) -> bool:
    return any(r["role"] == role and overlap(span, (r["span_s"][0] - SLACK_S, r["span_s"][1] + SLACK_S)) > 0
               for r in truth_readings)


def r_span(reading: dict) -> tuple[str, tuple[float, float]]:
    return reading["role"], tuple(reading["span_s"])


def evaluate(truth: dict, transcript, audio: np.ndarray | None = None, rate: int = 8000) -> dict:
    masker = privacy.Masker.of(transcript)
    covers = masker.spans_s()
    rows = []
    for r in readings(truth):
        span = tuple(r["span_s"])
        said = "，".join(u.text for u in utterances_on(transcript, r["role"], span))
        shown = "，".join(u.text for u in utterances_on(masker.transcript, r["role"], span))
        heard = "".join(s.digits for s in privacy.find(said))
        words = words_on(masker.transcript, *r_span(r))
        rows.append({"role": r["role"], "said": said, "shown": shown, "words": words, "leak": leaks(words),
                     "leak_utterance": leaks(shown),
                     "exact": bool(truth.get("number")) and truth["number"] in heard,
                     "leak_lax": leaks(words, 5), "masked": privacy.MASK in shown,
                     "covered": covered_share(span, covers),
                     "voiced": voiced_covered_share(audio[:, 0 if r["role"] == "agent" else 1], rate, span, covers)
                     if audio is not None else None})
    false = [n for n in negatives(truth, transcript) if privacy.MASK in words_on(masker.transcript, *n, slack=0.0)]
    false_utterance = [n for n in negatives(truth, transcript)
                       if any(privacy.MASK in u.text for u in utterances_on(masker.transcript, *n))]
    toned = [n for n in negatives(truth, transcript) if covered_share(n[1], covers) >= TONED]
    found = [s.kind for s in privacy.find("，".join(u.text for u in transcript.utterances))]
    return {"readings": rows, "false": len(false), "false_utterance": len(false_utterance), "toned": len(toned),
            "negatives": len(negatives(truth, transcript)), "found": found,
            "false_text": [words_on(transcript, *n, slack=0.0) for n in false]}


def precision(truths: list[tuple[dict, object]]) -> dict[str, tuple[int, ...]]:
    """Per kind the detector named: text stretches on a reading and all; tone spans on a reading
    and all; seconds under the tone (its 0.15 s pad either side included) on a reading and all."""
    out = {}
    for kind in privacy.KINDS:
        hit = total = tone_hit = tones = 0
        sec_hit = sec_total = 0.0
        for truth, transcript in truths:
            masker = privacy.Masker.of(transcript, [kind])
            for role, span in masked_stretches(masker.transcript):
                total += 1
                hit += on_reading(role, span, readings(truth))
            for s, e in masker.spans_s():
                cover = (s - privacy.COVER_PAD_S, e + privacy.COVER_PAD_S)
                sec_total += cover[1] - cover[0]
                sec_hit += sum(overlap(cover, tuple(r["span_s"])) for r in readings(truth))
                tones += 1
                tone_hit += any(overlap(cover, tuple(r["span_s"])) > 0 for r in readings(truth))
        if total:
            out[kind] = (hit, total, tone_hit, tones, sec_hit, sec_total)
    return out


# the characters a reading's digits are said with in the generator's text (blind7: 洞 0, 拐 7, 叉 / 艾克斯 X)
_SAID_DIGITS = set("0123456789零〇一二两三四五六七八九幺洞拐叉艾克斯")


def said_transcript(truth: dict) -> Transcript:
    """The truth's turns as a transcript, one word per character: what a flawless ASR would write."""
    utterances, t = [], 0.0
    for turn in truth["turns"]:
        words = tuple(Word(t + i * 0.2, t + (i + 1) * 0.2, ch, 0.9) for i, ch in enumerate(turn["text"]))
        utterances.append(Utterance(turn["role"], t, t + 0.2 * len(words), turn["text"], 0.9, words))
        t += 0.2 * len(words) + 0.6
    return Transcript(t, "agent_left", tuple(utterances), ())


def reading_places(truth: dict) -> list[tuple[int, int, int]]:
    """(turn, first, last + 1 character) of each reading in the truth's turns."""
    out = []
    for k, turn in enumerate(truth["turns"]):
        at = 0
        for reading in turn["readings"]:
            at = turn["text"].index(reading, at)
            out.append((k, at, at + len(reading)))
            at += len(reading)
    return out


def said_figures(truth: dict) -> dict:
    """Blind7 truths: the detector on the text as said (before Whisper). A reading is found when
    every character of its digits is masked; a negative turn is falsely masked when anything is."""
    said = said_transcript(truth)
    shown = privacy.mask_transcript(said).utterances
    rows = []
    for k, a, b in reading_places(truth):
        words = shown[k].words[a:b]
        digits = [w for w, ch in zip(words, truth["turns"][k]["text"][a:b]) if ch in _SAID_DIGITS]
        rows.append({"found": all(privacy.MASK in w.text for w in digits),
                     "left": sum(privacy.MASK not in w.text for w in digits)})
    negative_texts = {n["text"] for n in truth["negatives"]}
    false = sum(privacy.MASK in u.text for u, turn in zip(shown, truth["turns"]) if turn["text"] in negative_texts)
    return {"readings": rows, "false": false, "negatives": len(negative_texts)}


def said_precision(truths: list[dict]) -> dict[str, tuple[int, int]]:
    """Per kind named: masked runs (on the text as said) that touch a reading, and all masked runs."""
    out = {}
    for kind in privacy.KINDS:
        hit = total = 0
        for truth in truths:
            places = reading_places(truth)
            for k, u in enumerate(privacy.Masker.of(said_transcript(truth), [kind]).transcript.utterances):
                for m in re.finditer(rf"[{re.escape(privacy.MASK)}]+", "".join(w.text[:1] for w in u.words)):
                    total += 1
                    hit += any(t == k and m.start() < b and a < m.end() for t, a, b in places)
        if total:
            out[kind] = (hit, total)
    return out


def print_said(said: list[tuple[dict, dict]]) -> None:
    per_kind, per_form = defaultdict(list), defaultdict(list)
    for truth, result in said:
        per_kind[truth["kind"]] += result["readings"]
        per_form[truth["form"]] += result["readings"]
    every = [r for rows in per_kind.values() for r in rows]
    print("\ntext as said (before Whisper): readings with every digit masked")
    for name, rows in sorted(per_kind.items()) + [("all", every)] + sorted(per_form.items()):
        if rows:
            print(f"  {name:12} {sum(r['found'] for r in rows):3}/{len(rows):<3} {sum(r['found'] for r in rows) / len(rows):.3f}")
    for kind, (hit, total) in said_precision([t for t, _ in said]).items():
        print(f"  precision {kind:10} masked runs on a reading {hit}/{total} {hit / total:.3f}")
    print(f"  negative lines with anything masked: {sum(r['false'] for _, r in said)}/{sum(r['negatives'] for _, r in said)}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("audio_dir")
    ap.add_argument("--db")
    ap.add_argument("--said-only", action="store_true",
                    help="blind7 sets: only the detector on the text as said (no store, no Whisper)")
    args = ap.parse_args()
    if args.said_only:
        print_said([(truth, said_figures(truth)) for truth in map(json.loads, map(Path.read_text, sorted(
            Path(args.audio_dir).glob("*.truth.json")))) if "turns" in truth])
        return
    store = Store(args.db)
    truths, per_kind, per_form, said = [], defaultdict(list), defaultdict(list), []
    false = negs = false_utterance = toned = 0
    for path in sorted(Path(args.audio_dir).glob("*.truth.json")):
        truth = json.loads(path.read_text(encoding="utf-8"))
        stored = store.call_row(truth["call_id"])
        transcript = store.transcript_for(stored) if stored else None
        if transcript is None:
            print(f"{truth['call_id']}: not in {args.db}")
            continue
        truths.append((truth, transcript))
        audio, rate = sf.read(str(path).replace(".truth.json", ".flac"))
        result = evaluate(truth, transcript, audio, rate)
        false, negs = false + result["false"], negs + result["negatives"]
        false_utterance += result["false_utterance"]
        toned += result["toned"]
        if "turns" in truth:
            said.append((truth, said_figures(truth)))
        for r in result["readings"]:
            per_kind[truth["kind"]].append(r)
            per_form[truth.get("form", "")].append(r)
            print(f"{truth['call_id']} {truth['kind']:9} {truth.get('form', ''):9} {r['role']:8} "
                  f"leak={int(r['leak'])} covered={r['covered']:.2f} voiced={r['voiced']:.2f} 「{r['said'][:44]}」 → 「{r['shown'][:44]}」 "
                  f"its words 「{r['words']}」")
        if result["false"]:
            print(f"{truth['call_id']} {truth['kind']:9} false masks on {result['false']} negative line(s): "
                  f"{result['found']} {result['false_text']}")
    every = [r for rows in per_kind.values() for r in rows]
    print(f"\n{len(truths)} calls, {len(every)} readings of a number, {negs} hard-negative lines; "
          f"readings Whisper wrote exactly (every digit, so a check can hold): {sum(r['exact'] for r in every)}")
    print("recall per kind      text: nothing readable in the reading's words (4 sounds / 5; in its whole "
          "utterances)   audio: ≥ 0.95 covered   median covered")
    for kind, rows in sorted(per_kind.items()) + [("all", every)]:
        if not rows:
            continue
        n = len(rows)
        print(f"  {kind:10} {sum(not r['leak'] for r in rows):3}/{n:<3} {sum(not r['leak'] for r in rows) / n:.3f}"
              f"   ({sum(not r['leak_lax'] for r in rows)}/{n}; {sum(not r['leak_utterance'] for r in rows)}/{n})"
              f"                 {sum(r['covered'] >= COVERED for r in rows):3}/{n:<3} "
              f"{sum(r['covered'] >= COVERED for r in rows) / n:.3f}   {statistics.median(r['covered'] for r in rows):.2f}"
              f"   voiced frames ≥ 0.95 covered: {sum(r['voiced'] >= COVERED for r in rows):3}/{n:<3}")
    if len(per_form) > 1:
        print("recall per form      text: nothing readable          audio: ≥ 0.95 covered")
        for form, rows in sorted(per_form.items()):
            print(f"  {form:12} {sum(not r['leak'] for r in rows):3}/{len(rows):<3}"
                  f"                      {sum(r['covered'] >= COVERED for r in rows):3}/{len(rows):<3}"
                  f"   voiced {sum(r['voiced'] >= COVERED for r in rows):3}/{len(rows):<3}")
    print("precision per kind named   text stretches on a reading   tone spans on a reading   tone seconds (padded)")
    for kind, (hit, total, tone_hit, tones, sec_hit, sec_total) in precision(truths).items():
        print(f"  {kind:10} {hit:3}/{total:<3} {hit / total:.3f}                  {tone_hit:3}/{tones:<3} "
              f"{tone_hit / tones:.3f}           {sec_hit:6.1f}/{sec_total:6.1f} s {sec_hit / sec_total:.3f}")
    print(f"hard-negative lines with anything masked: {false}/{negs} (by their words' times; "
          f"by utterance, a line Whisper joined to a reading counting: {false_utterance}/{negs})")
    print(f"hard-negative lines under the tone (a quarter of their seconds or more): {toned}/{negs}")
    if said:
        print_said(said)


if __name__ == "__main__":
    main()
