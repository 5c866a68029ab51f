"""Character error rate, the accuracy figure for Mandarin ASR.

Both texts are normalised first: Simplified characters, no punctuation or spaces, and
digits spelled as Chinese digits one by one (Whisper writes 工号八零零一 as 工号8001; a
reference may use either), so CER counts misheard words, not formatting.
"""

from __future__ import annotations

from typing import Iterable

from rapidfuzz.distance import Levenshtein

from ..text import normalise_for_matching

_DIGITS = str.maketrans("0123456789幺", "零一二三四五六七八九一")


def normalise_for_cer(text: str) -> str:
    return normalise_for_matching(text).translate(_DIGITS)


def cer(hypothesis: str, reference: str) -> float:
    ref = normalise_for_cer(reference)
    return Levenshtein.distance(normalise_for_cer(hypothesis), ref) / max(len(ref), 1)


def corpus_cer(pairs: Iterable[tuple[str, str]]) -> float:
    """Total edits over total reference characters (long clips weigh more, as in the literature)."""
    edits = chars = 0
    for hypothesis, reference in pairs:
        ref = normalise_for_cer(reference)
        edits += Levenshtein.distance(normalise_for_cer(hypothesis), ref)
        chars += len(ref)
    return edits / max(chars, 1)
