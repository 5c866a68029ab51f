"""Phrase matching that survives Mandarin ASR errors.

On telephone audio Whisper writes homophones: 工号 → 供好/公号, 为您 → 位您, 吗 → 骂/妈.
Characters differ, sounds do not; so phrases are matched on tone-less pinyin syllables,
with every reading of each heard character allowed (pypinyin's heteronyms) and a small
edit distance over syllables (rapidfuzz) for a dropped or misheard syllable.
"""

from __future__ import annotations

import functools
import logging
import itertools
from dataclasses import dataclass

from pypinyin import Style, lazy_pinyin, pinyin
from rapidfuzz.distance import Levenshtein

from ..asr.text import normalise_for_matching


@functools.lru_cache(maxsize=1)
def _jieba():
    import jieba

    jieba.setLogLevel(logging.WARNING)  # it announces loading its dictionary on stderr
    return jieba


@functools.lru_cache(maxsize=65536)
def _readings(char: str) -> tuple[str, ...]:
    """Every tone-less reading of one character; a non-Chinese character stands for itself."""
    found = pinyin(char, style=Style.NORMAL, heteronym=True, errors=lambda c: [c])[0]
    return tuple(dict.fromkeys(r.lower() for r in found))


@dataclass(frozen=True)
class HeardText:
    """Text prepared once for all phrase look-ups: normalised characters and their readings."""

    chars: str
    readings: tuple[tuple[str, ...], ...]

    @classmethod
    def of(cls, text: str) -> "HeardText":
        chars = normalise_for_matching(text)
        return cls(chars, tuple(_readings(c) for c in chars))

    @functools.cached_property
    def boundaries(self) -> frozenset[int]:
        """Character offsets where jieba puts a word boundary."""
        offsets, at = {0}, 0
        for token in _jieba().cut(self.chars, HMM=True):
            at += len(token)
            offsets.add(at)
        return frozenset(offsets)


MAX_VARIANTS = 8
SHORT_PHRASE = 2  # a phrase this short matched by sound alone must sit on word boundaries


@dataclass(frozen=True)
class Phrase:
    text: str
    chars: str
    variants: tuple[tuple[str, ...], ...]  # syllable sequences the phrase may be read as

    @classmethod
    def of(cls, text: str) -> "Phrase":
        chars = normalise_for_matching(text)
        # pypinyin's word-level reading first, then the other readings of heteronyms:
        # lazy_pinyin reads 还款 as "hai kuan", though it is said "huan kuan".
        first = tuple(s.lower() for s in lazy_pinyin(chars, style=Style.NORMAL))
        variants = [first]
        for product in itertools.product(*(_readings(c) for c in chars)):
            if len(variants) >= MAX_VARIANTS:
                break
            if product not in variants:
                variants.append(product)
        return cls(text, chars, tuple(variants))


@dataclass(frozen=True)
class Match:
    phrase: str
    start: int  # character offsets in HeardText.chars
    end: int
    similarity: float  # 1.0: same characters or same sounds

    @property
    def exact(self) -> bool:
        return self.similarity >= 1.0


def find_phrase(heard: HeardText, phrase: Phrase, min_similarity: float = 0.8) -> Match | None:
    """Best occurrence of ``phrase`` in ``heard`` with syllable similarity ≥ ``min_similarity``."""
    if not phrase.chars:
        return None
    at = heard.chars.find(phrase.chars)
    if at >= 0:
        return Match(phrase.text, at, at + len(phrase.chars), 1.0)
    best: Match | None = None
    short = len(phrase.chars) <= SHORT_PHRASE
    for syllables in phrase.variants:
        wanted = set(syllables)
        # Each heard character votes with the reading the phrase uses, if it has that reading.
        tokens = [next((r for r in rs if r in wanted), rs[0]) for rs in heard.readings]
        n = len(syllables)
        for length in (n, n - 1, n + 1) if n > 2 else (n,):
            for start in range(0, len(tokens) - length + 1):
                sim = Levenshtein.normalized_similarity(syllables, tokens[start : start + length])
                # Two syllables sound alike across words too often (正在检修 holds "zai jian",
                # 再见): a short phrase heard only by sound must be a word of its own.
                if short and not {start, start + length} <= heard.boundaries:
                    continue
                if sim >= min_similarity and (best is None or sim > best.similarity):
                    best = Match(phrase.text, start, start + length, sim)
        if best is not None and best.similarity >= 1.0:
            break
    return best
