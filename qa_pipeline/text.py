"""Mandarin text handling shared by the stages: Simplified conversion, normalisation for
matching, jieba tokens, and telling Chinese from another language.

Its own module, not part of ``asr``: the rules and scoring use it, and they never import the
recogniser."""

from __future__ import annotations

import functools
import logging
import re
import unicodedata

import opencc
from pypinyin import Style
from pypinyin.converter import UltimateConverter
from pypinyin.core import Pinyin

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")


@functools.lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Whisper mixes Traditional and Simplified characters; the product shows Simplified."""
    return _t2s().convert(text)


# A digit read out, by its syllable (tones dropped): Whisper writes it as any character read the
# same (九 → 就, 三 → 散, 一 → 以 or 衣, 六 → 留 or 刘)
DIGIT_SOUNDS = {"ling": "0", "yi": "1", "yao": "1", "er": "2", "liang": "2", "san": "3", "si": "4", "wu": "5",
                "liu": "6", "qi": "7", "ba": "8", "jiu": "9"}


def digits_by_sound(text: str) -> str:
    """``text`` with every character that reads as a digit written as that digit (留灵留二号 → 6062号)."""
    syllables = [s for word in _PINYIN.seg(text) for s in _word_syllables(word)]
    return "".join(DIGIT_SOUNDS.get(syllable, ch) for ch, syllable in zip(text, syllables))


# What ``lazy_pinyin(text, errors=_unread)`` does, in two steps: pypinyin cuts the text into
# words, then reads each word as a whole. The reading of a word does not depend on the text
# around it, and the words of a language recur from call to call, so each is read once per
# process (issue 17: pypinyin's reading was a twentieth of a full rescore, for the openings alone).
# ``lazy_pinyin`` itself builds this same reader on every call.
_PINYIN = Pinyin(UltimateConverter(v_to_u=False, neutral_tone_with_five=False, tone_sandhi=False))


def _unread(chunk: str) -> list[str]:
    return [""] * len(chunk)  # a character without a reading (a digit, a letter): no syllable


@functools.lru_cache(maxsize=65536)
def _word_syllables(word: str) -> tuple[str, ...]:
    # a list of words is read word by word, not cut again (pypinyin's ``pinyin`` with a list)
    return tuple(_PINYIN.lazy_pinyin([word], style=Style.NORMAL, errors=_unread))


_NOT_LETTER_OR_DIGIT = re.compile(r"[\W_]+")


def strip_punctuation(text: str) -> str:
    """Keep letters and digits only (what ``str.isalnum`` accepts): the form CER is taken on."""
    return _NOT_LETTER_OR_DIGIT.sub("", text)


def normalise_for_matching(text: str) -> str:
    """Simplified, no punctuation or spaces, ASCII letters lower-cased."""
    return strip_punctuation(to_simplified(unicodedata.normalize("NFKC", text))).lower()


def cjk_count(text: str) -> int:
    return len(_CJK.findall(text))


def looks_like_wrong_language(text: str) -> bool:
    """True for output with Latin words and no Chinese (Whisper 'translating' into English), or
    mostly in another script altogether (Cyrillic, kana, Hangul …)."""
    if cjk_count(text) == 0 and len(_LATIN.findall(text)) >= 3:
        return True
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and sum(map(is_foreign_letter, letters)) * 2 > len(letters)


@functools.lru_cache(maxsize=4096)
def is_foreign_letter(ch: str) -> bool:
    """A letter of neither Chinese nor the Latin alphabet (Mandarin calls hold both: 工号, APP, 5G).

    Whisper base sometimes answers a stretch of Mandarin in another language's script
    (「…蒙蔛球сегодня上堂…」): none of those letters is something an agent or caller said.
    """
    if not ch.isalpha():
        return False
    name = unicodedata.name(ch, "")
    return not (name.startswith("CJK") or "LATIN" in name)


def drop_foreign_letters(text: str) -> str:
    """``text`` without its words in another script (see ``is_foreign_letter``)."""
    return "".join(ch for ch in text if not is_foreign_letter(ch))


@functools.lru_cache(maxsize=1)
def jieba_module():
    """jieba, loaded on first use (its dictionary takes half a second) and kept quiet.

    Its dictionary is loaded here, not at the first cut: ``get_FREQ`` before any cut answers None
    for every word, so a look-up would depend on what else the process had done first."""
    import jieba

    jieba.setLogLevel(logging.WARNING)  # it announces loading its dictionary on stderr
    jieba.initialize()  # once: later calls return at once
    return jieba


def tokens(text: str) -> str:
    """jieba words of ``text`` (punctuation and spaces dropped), joined by single spaces."""
    return " ".join(w for w in jieba_module().lcut(text) if any(ch.isalnum() for ch in w))


def clock(seconds: float | None) -> str:
    """A time in a call as a reviewer reads it: 01:05.3 (minutes, seconds to a tenth)."""
    seconds = seconds or 0.0
    return f"{int(seconds // 60):02d}:{seconds % 60:04.1f}"
