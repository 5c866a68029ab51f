"""Character error rate, the accuracy figure for Mandarin ASR.

Both texts are normalised the same way first: Simplified characters, no punctuation or
spaces, and numbers in words. A number written in digits may be read two ways — digit by
digit (工号8001: 八零零一; 2026年: 二零二六) or as a quantity (26年: 二十六) — and a reference
may use either form, or the digits themselves: each digit run is tried both ways, on both
sides, and the closer pair counts. So CER counts misheard words, not formatting.
"""

from __future__ import annotations

import itertools
import re
from typing import Iterable

import cn2an
from rapidfuzz.distance import Levenshtein

from ..text import normalise_for_matching

_DIGITS = str.maketrans("0123456789幺", "零一二三四五六七八九一")
_DIGIT_RUN = re.compile(r"[0-9]+")
MAX_QUANTITY_DIGITS = 5  # longer runs (phone, card, order numbers) are only ever read digit by digit
MAX_FORMS = 64  # readings tried per text: 6 numbers; a text with more is read digit by digit


def normalise_for_cer(text: str) -> str:
    """The digit-by-digit form: what ``cer`` counts against when no number is read as a quantity."""
    return normalise_for_matching(text).translate(_DIGITS)


def _forms(text: str) -> list[str]:
    """Every reading of ``text``'s numbers, the digit-by-digit one first."""
    text = normalise_for_matching(text)
    parts = _DIGIT_RUN.split(text)
    runs = _DIGIT_RUN.findall(text)
    options = [[run.translate(_DIGITS)] + ([cn2an.an2cn(run)] if _quantity(run) else []) for run in runs]
    combos = itertools.islice(itertools.product(*options), MAX_FORMS)
    forms = ["".join(p + r for p, r in zip(parts, (*combo, ""))).translate(_DIGITS) for combo in combos]
    return list(dict.fromkeys(forms))


def _quantity(run: str) -> bool:
    return len(run) <= MAX_QUANTITY_DIGITS and not (len(run) > 1 and run.startswith("0"))


def edits(hypothesis: str, reference: str) -> tuple[int, int]:
    """(edits, reference characters) for the readings of the two texts' numbers that agree best."""
    return min((Levenshtein.distance(h, r), len(r)) for h in _forms(hypothesis) for r in _forms(reference))


def cer(hypothesis: str, reference: str) -> float:
    wrong, length = edits(hypothesis, reference)
    return wrong / max(length, 1)


def corpus_cer(pairs: Iterable[tuple[str, str]]) -> float:
    """Total edits over total reference characters (long clips weigh more, as in the literature)."""
    wrong = chars = 0
    for hypothesis, reference in pairs:
        e, n = edits(hypothesis, reference)
        wrong += e
        chars += n
    return wrong / max(chars, 1)
