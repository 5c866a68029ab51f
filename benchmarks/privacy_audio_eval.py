"""Masking on what Whisper heard: calls where a customer reads out a number (Kokoro voices).

    .venv-gen/bin/python tools/gen_calls/pii_calls.py --out /work/pii_audio --n 24 --seed 3
    qa-pipeline run /work/pii_audio --out /tmp/pii_out --db sqlite:////tmp/pii.sqlite --quiet
    python benchmarks/privacy_audio_eval.py /work/pii_audio --db sqlite:////tmp/pii.sqlite

Per call: whether the customer's masked text still shows part of the number (a leak: 4+
numerals, or 5+ numerals and words that sound like digits, in a row), what Whisper made of the number (exact, or digits misheard so that no check holds),
which share of the number's audio the tone covers, and whether anything the agent said
(amounts, dates, 工号, hotlines: hard negatives) was masked.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
from pathlib import Path

from qa_pipeline import privacy
from qa_pipeline.store.db import Store

_NUMERALS = re.compile(f"[{privacy._NUMERALS}]{{4,}}")
LEAK_RUN = 5  # this many digits in a row, as numerals or as words that sound like digits, can be read back


def leaks(text: str) -> bool:
    """Whether ``text`` still shows part of a number: 4+ numerals, or 5+ numerals and digit homophones
    in a row (以留二救 reads as 1629 to anyone who says it aloud)."""
    if _NUMERALS.search(text):
        return True
    run = 0
    for i, ch in enumerate(text):
        run = run + 1 if ch in privacy._NUMERALS or privacy._homophone(text, i) is not None else 0
        if run >= LEAK_RUN:
            return True
    return False


def covered_share(span: tuple[float, float], covers: list[tuple[float, float]]) -> float:
    a, b = span
    pad = privacy.COVER_PAD_S
    cuts = sorted((max(a, s - pad), min(b, e + pad)) for s, e in covers if s - pad < b and a < e + pad)
    total, at = 0.0, a
    for s, e in cuts:
        total += max(0.0, e - max(s, at))
        at = max(at, e)
    return total / (b - a)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("audio_dir")
    ap.add_argument("--db", required=True)
    args = ap.parse_args()
    store = Store(args.db)
    rows = []
    for path in sorted(Path(args.audio_dir).glob("*.truth.json")):
        truth = json.loads(path.read_text(encoding="utf-8"))
        stored = store.call_row(truth["call_id"])
        transcript = store.transcript_for(stored) if stored else None
        if transcript is None:
            continue
        masker = privacy.Masker.of(transcript)
        said = "".join(u.text for u in transcript.by_role("customer"))
        shown = "".join(u.text for u in masker.transcript.by_role("customer"))
        agent_masked = any(privacy.MASK in u.text for u in masker.transcript.by_role("agent"))
        heard_exact = truth["number"] in "".join(d.digits for d in privacy.find(said))
        rows.append({"call": truth["call_id"], "kind": truth["kind"], "leak": leaks(shown),
                     "exact": heard_exact, "kinds": [s.kind for s in privacy.find(said)],
                     "covered": covered_share(tuple(truth["span_s"]), masker.spans_s()), "agent_masked": agent_masked,
                     "said": said, "shown": shown})
    for r in rows:
        print(f"{r['call']} {r['kind']:9} exact={int(r['exact'])} leak={int(r['leak'])} covered={r['covered']:.2f} "
              f"{r['kinds']} 「{r['said'][:40]}」 → 「{r['shown'][:40]}」")
    n = len(rows)
    covered = [r["covered"] for r in rows]
    print(f"\n{n} calls: numbers masked with nothing readable left (no 4 numerals or {LEAK_RUN} digit sounds in a row) "
          f"{sum(not r['leak'] for r in rows)}/{n}; "
          f"heard exactly (checks hold) {sum(r['exact'] for r in rows)}/{n}")
    print(f"audio of the number covered by the tone: median {statistics.median(covered):.2f}, "
          f"min {min(covered):.2f}, calls ≥ 0.95 covered {sum(c >= 0.95 for c in covered)}/{n}")
    print(f"agent turns with amounts, dates, 工号, hotlines falsely masked: {sum(r['agent_masked'] for r in rows)}/{n}")


if __name__ == "__main__":
    main()
