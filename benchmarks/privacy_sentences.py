"""Ordinary call sentences, full of 一, 是, 就 and 吧, that must come out of masking unchanged.

    python benchmarks/privacy_sentences.py

Every string in the call generator's phrase tables (``tools/gen_calls``: scenarios, heldout_text,
blind4_text), ``[a|b]`` choices expanded, ``{slot}`` templates that hold a number left out (they
read a phone, ID or account number on purpose); agent and customer lines alike. Prints how many
sentences, how many hold 7+ characters that sound like digits, and every one that masking changed.
"""

from __future__ import annotations

import importlib
import itertools
import random
import re
import sys
from pathlib import Path

GEN = Path(__file__).resolve().parents[1] / "tools" / "gen_calls"
TABLES = ("scenarios", "heldout_text", "blind4_text")
NUMBER_SLOTS = re.compile(r"\{(phone|id|acct|vin|order|amount|date|time|num|card)[^}]*\}")
JOINS = 20_000
MAX_CHOICES = 64  # a template with more combinations than this is sampled, not expanded


def strings(value) -> list[str]:
    """Every string inside a phrase table (lists, tuples, dicts, nested)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in strings(v)]
    if isinstance(value, (list, tuple)):
        return [s for v in value for s in strings(v)]
    return []


def expanded(template: str) -> list[str]:
    """A template's sentences: each ``[a|b]`` choice taken (the first MAX_CHOICES), slots left out."""
    parts = re.split(r"\[([^\]]*)\]", template)
    options = [p.split("|") if k % 2 else [p] for k, p in enumerate(parts)]
    return ["".join(c) for c in itertools.islice(itertools.product(*options), MAX_CHOICES)]


def sentences() -> list[str]:
    """The clean sentences of every phrase table, deduplicated, in a fixed order."""
    sys.path.insert(0, str(GEN))
    out: dict[str, None] = {}
    for name in TABLES:
        module = importlib.import_module(name)
        for attr in sorted(vars(module)):
            if not attr.isupper():
                continue
            for template in strings(getattr(module, attr)):
                if NUMBER_SLOTS.search(template) or not re.search("[\u4e00-\u9fff]", template):
                    continue
                for s in expanded(template):
                    out.setdefault(re.sub(r"\{[^}]*\}", "", s), None)
    return list(out)


def main() -> None:
    from qa_pipeline import privacy
    from benchmarks.privacy_audio_eval import digit_run

    bank = sentences()
    changed = [(s, privacy.mask(s)) for s in bank if privacy.mask(s) != s]
    heavy = sum(digit_run(s) >= privacy.MIN_SOUNDED for s in bank)
    print(f"{len(bank)} sentences from {', '.join(TABLES)}; {heavy} with {privacy.MIN_SOUNDED}+ digit sounds in a row; "
          f"{len(changed)} changed by masking")
    for s, m in changed:
        print(f"  「{s}」 → 「{m}」")
    rng = random.Random(1)
    short = [s for s in bank if len(s) <= 8]
    joined = ["，".join(rng.choice(short if rng.random() < 0.6 else bank) for _ in range(rng.randint(2, 4)))
              for _ in range(JOINS)]
    changed = [(s, privacy.mask(s)) for s in joined if privacy.mask(s) != s]
    print(f"{JOINS} runs of 2–4 sentences joined: {sum(digit_run(s) >= privacy.MIN_SOUNDED for s in joined)} with "
          f"{privacy.MIN_SOUNDED}+ digit sounds in a row; {len(changed)} changed by masking")
    for s, m in changed[:20]:
        print(f"  「{s}」 → 「{m}」")


if __name__ == "__main__":
    main()
