"""Phrase matching that survives Mandarin ASR errors.

On telephone audio Whisper writes homophones: 工号 → 供好/公号, 为您 → 位您, 吗 → 骂/妈.
Characters differ, sounds do not; so phrases are matched on tone-less pinyin syllables,
with the readings of heteronyms allowed on the phrase side (pypinyin's heteronyms) and a
small edit distance over syllables (rapidfuzz) for a dropped or misheard syllable.

Speed matters: a rule change re-checks a month of calls from the store. Each syllable is
encoded as one private-use character, so a heard text becomes a string with one code per
character and phrase look-ups are ``str.find`` and rapidfuzz calls, not Python loops. Where
every phrase of the rule sets is wanted at once (``PhraseIndex``), one Aho–Corasick pass
over a call's characters and one over its codes replace about ten ``str.find`` per phrase.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass, field
from typing import Iterable, Iterator

from pypinyin import Style, lazy_pinyin, pinyin
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from ..text import digits_by_sound, jieba_module, normalise_for_matching

try:  # optional accelerator (issue 17): without it every phrase is looked up on its own
    import ahocorasick
except ImportError:  # pragma: no cover - depends on the environment
    ahocorasick = None

_CODES: dict[str, str] = {}  # syllable → one private-use character
_CODE_BASE = 0xF0000  # Supplementary Private Use Area-A: never in heard text


def _code(syllable: str) -> str:
    """One character standing for a syllable (a non-Chinese character stands for itself)."""
    if len(syllable) == 1 and not syllable.isalpha():
        return syllable
    if syllable not in _CODES:
        _CODES[syllable] = chr(_CODE_BASE + len(_CODES))
    return _CODES[syllable]


def syllable_names() -> dict[str, str]:
    """Code character → its syllable, for the syllables this process has coded so far: codes are
    handed out in the order syllables are first met, so they mean nothing to another process."""
    return {code: syllable for syllable, code in _CODES.items()}


def code_of_syllables(syllables: Iterable[str]) -> str:
    """The codes of named syllables (``syllable_names``' values), in this process."""
    return "".join(map(_code, syllables))


@functools.lru_cache(maxsize=65536)
def _readings(char: str) -> tuple[str, ...]:
    """Every tone-less reading of one character; a non-Chinese character stands for itself."""
    found = pinyin(char, style=Style.NORMAL, heteronym=True, errors=lambda c: [c])[0]
    return tuple(dict.fromkeys(r.lower() for r in found))


@functools.lru_cache(maxsize=65536)
def _char_code(char: str) -> str:
    return _code(_readings(char)[0])


def code_of(chars: str) -> str:
    """The syllable codes of normalised characters: one code per character."""
    return "".join(map(_char_code, chars))


@dataclass(frozen=True)
class HeardText:
    """Text prepared once for all phrase look-ups: normalised characters and their sounds.

    ``code`` has one character per character of ``chars``: the code of its first reading.
    """

    chars: str
    code: str
    _windows: dict = field(default_factory=dict, compare=False, repr=False)  # memo of look-up helpers

    @classmethod
    def of(cls, text: str) -> "HeardText":
        return cls.of_normalised(normalise_for_matching(text))

    @classmethod
    def of_normalised(cls, chars: str) -> "HeardText":
        return cls(chars, code_of(chars))

    def is_word(self, start: int, end: int) -> bool:
        """Whether jieba cuts a word boundary at both ``start`` and ``end``.

        Only the characters around the span are segmented: a call's whole text would cost
        a millisecond, and words more than a few characters away do not move these cuts.
        """
        key = ("word", start, end)
        if key not in self._windows:
            lo, hi = max(0, start - WORD_CONTEXT), min(len(self.chars), end + WORD_CONTEXT)
            cuts, at = {lo}, lo
            for token in jieba_module().cut(self.chars[lo:hi], HMM=True):
                at += len(token)
                cuts.add(at)
            self._windows[key] = start in cuts and end in cuts
        return self._windows[key]

    @functools.cached_property
    def digits(self) -> str:
        """``chars`` with every character read as a digit written as one (工号留灵留二 → 工号6062)."""
        return digits_by_sound(self.chars)

    @functools.cached_property
    def sounds(self) -> frozenset[str]:
        return frozenset(self.code)

    @functools.cached_property
    def unheard(self) -> dict[int, None]:
        """A ``str.translate`` table deleting every code of the text: what it leaves of a
        reading are the syllables the text never has (counted in C, not in a Python loop)."""
        return dict.fromkeys(map(ord, self.sounds))

    def windows(self, length: int) -> list[str]:
        """Every stretch of ``length`` codes (cached: fuzzy look-ups of many phrases share them)."""
        if length not in self._windows:
            self._windows[length] = [self.code[i : i + length] for i in range(len(self.code) - length + 1)]
        return self._windows[length]


_PHRASES: dict[str, "Phrase"] = {}  # text → its one Phrase (``Phrase.of``)
WORD_CONTEXT = 8  # characters either side that jieba sees when asked whether a span is a word
MAX_VARIANTS = 8
SHORT_PHRASE = 2  # a phrase this short matched by sound alone must sit on word boundaries


@dataclass(frozen=True, eq=False)
class Phrase:
    """A phrase of a rule set, with the readings it may be heard as.

    One object per text (``of`` keeps them), compared and hashed by identity: the rules look
    phrases up in sets and dicts a hundred times a call, and a dataclass's own hash would
    hash all its fields in Python each time (issue 17).
    """

    text: str
    chars: str
    variants: tuple[str, ...]  # coded syllable sequences the phrase may be read as
    usual: int = 2  # how many of ``variants`` are its usual readings (the rest: other heteronym readings)

    @classmethod
    def of(cls, text: str) -> "Phrase":
        phrase = _PHRASES.get(text)
        if phrase is None:
            phrase = _PHRASES[text] = cls._read(text)
        return phrase

    @classmethod
    def _read(cls, text: str) -> "Phrase":
        chars = normalise_for_matching(text)
        # pypinyin's word-level reading first (lazy_pinyin reads 还款 as "hai kuan", though it
        # is said "huan kuan"), then each character's first reading (what heard text is coded
        # with), then the other readings of heteronyms.
        word_reading = tuple(s.lower() for s in lazy_pinyin(chars, style=Style.NORMAL))
        readings = [_readings(c) for c in chars]
        candidates = itertools.chain([word_reading, tuple(r[0] for r in readings)], itertools.product(*readings))
        variants: list[str] = []
        usual = len({word_reading, tuple(r[0] for r in readings)})
        for syllables in candidates:
            coded = "".join(_code(s) for s in syllables)
            if coded not in variants:
                variants.append(coded)
            if len(variants) >= MAX_VARIANTS:
                break
        return cls(text, chars, tuple(variants), usual)

    @property
    def short(self) -> bool:
        return len(self.chars) <= SHORT_PHRASE

    @functools.cached_property
    def needles(self) -> tuple[tuple[str, int], ...]:
        """What to look for: the characters (0), the usual readings (1), then rarer readings of
        heteronyms (2), which need a character in common with the phrase to count."""
        return ((self.chars, 0),) + tuple((v, 1 if i < self.usual else 2) for i, v in enumerate(self.variants))


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
    return next(iter(find_all(heard, phrase, min_similarity, first_only=True)), None)


def find_all(heard: HeardText, phrase: Phrase, min_similarity: float = 1.0, *, first_only: bool = False) -> list[Match]:
    """Occurrences of ``phrase``: every exact one (same characters or sounds), else the best fuzzy one."""
    if not phrase.chars or len(heard.chars) < len(phrase.chars) - 1:
        return []
    found = _find_exact(heard, phrase, first_only) if _may_occur(heard, phrase) else []
    if found or min_similarity >= 1.0:
        return found
    best = _find_fuzzy(heard, phrase, min_similarity)
    return [best] if best else []


def _may_occur(heard: HeardText, phrase: Phrase) -> bool:
    """False when no needle of ``phrase`` occurs in ``heard`` at all (the shared index's one
    pass says so for every phrase at once): its exact look-up would find nothing."""
    index = shared_index(phrase)
    return index is None or phrase in index.candidates(heard)


def _find_exact(heard: HeardText, phrase: Phrase, first_only: bool) -> list[Match]:
    n, found, seen = len(phrase.chars), [], set()
    for needle, how in phrase.needles:
        haystack = heard.code if how else heard.chars
        at = haystack.find(needle)
        while at >= 0:
            if at not in seen and _credible(heard, phrase, at, how):
                seen.add(at)
                found.append(Match(phrase.text, at, at + n, 1.0))
                if first_only:
                    return found
            at = haystack.find(needle, at + 1)
    return sorted(found, key=lambda m: m.start) if len(found) > 1 else found


def _credible(heard: HeardText, phrase: Phrase, at: int, how: int) -> bool:
    """Whether a match found by sound (``how`` > 0) may stand.

    Two syllables sound alike across words too often (正在检修 holds "zai jian", 再见): a
    short phrase heard only by sound must be a word of its own. And a rare reading of a
    heteronym (见 as xian) must share a character with the phrase (环款 for 还款 does;
    在线 for 再见 does not).
    """
    n = len(phrase.chars)
    if how == 2 and not set(heard.chars[at : at + n]) & set(phrase.chars):
        return False
    return not (how and phrase.short and not heard.is_word(at, at + n))


def _find_fuzzy(heard: HeardText, phrase: Phrase, min_similarity: float) -> Match | None:
    plan, most, fewest = _fuzzy_plan(phrase, min_similarity)
    # No reading can have more of its syllables in the text than this (each syllable the text
    # has, as often as some reading repeats it): fewer than any reading needs rules them all
    # out in one step, as it does in four look-ups of five (issue 17).
    if not plan or sum(most[code] for code in heard.sounds.intersection(most)) < fewest:
        return None
    best: Match | None = None
    for variant, needed, lengths in plan:
        # Every window (n - 1, n or n + 1 codes long) is compared over at least n codes, so
        # its similarity is at most the share of the variant's syllables that occur in the
        # text at all: below min_similarity, no window can reach it (and rapidfuzz is spared).
        if len(variant) - len(variant.translate(heard.unheard)) < needed:
            continue
        for length in lengths:
            windows = heard.windows(length)
            if phrase.short:  # only whole words count (see _find_exact)
                windows = [w if heard.is_word(i, i + length) else "" for i, w in enumerate(windows)]
            # rapidfuzz's cutoff is exclusive at exactly 1 - k/n (0.8 for one edit in five): a hair below it
            hit = process.extractOne(variant, windows, scorer=Levenshtein.normalized_similarity,
                                     score_cutoff=max(min_similarity, best.similarity if best else 0.0) - 1e-7)
            if hit is not None and (best is None or hit[1] > best.similarity):
                best = Match(phrase.text, hit[2], hit[2] + length, hit[1])
    return best


@functools.lru_cache(maxsize=16384)
def _fuzzy_plan(phrase: Phrase, min_similarity: float) -> tuple[tuple[tuple[str, float, tuple[int, ...]], ...],
                                                               dict[str, int], float]:
    """The readings of ``phrase`` worth comparing at ``min_similarity``, with how many of their
    syllables the text must have somewhere and the window lengths to compare; each syllable of
    them with the most times one reading has it, and the fewest syllables a reading needs:
    worked out once per phrase, not at each of the forty fuzzy look-ups of a call."""
    plan = []
    for variant in phrase.variants:
        n = len(variant)
        if 1.0 - 1.0 / n < min_similarity:
            continue  # one edit already falls short: only an exact match would do, and there is none
        plan.append((variant, min_similarity * n - 1e-9, (n, n - 1, n + 1) if n > 2 else (n,)))
    most = {code: max(variant.count(code) for variant, _, _ in plan) for variant, _, _ in plan for code in variant}
    return tuple(plan), most, min((needed for _, needed, _ in plan), default=0.0)


_HAN = "\u4e00-\u9fff"  # a class range of any Chinese character, as shapes write it …
_ANY_CODE = f"{chr(_CODE_BASE)}-{chr(0xFFFFD)}"  # … and of any syllable code
# Numerals keep their characters: numbers said by sound are read by ``HeardText.digits``, which
# knows which sounds are digits; a numeral's own syllable is too common a sound (是 for 十).
_NUMERALS = frozenset("零〇一二三四五六七八九十百千万幺两")


@dataclass(frozen=True)
class Shape:
    """A regular expression over heard characters, matched over their sounds too.

    Whisper keeps a sentence's syllables where it changes its characters (为您效劳 → 为您消劳,
    怎么帮您 → 怎么绑您), as phrases are matched on sounds. A shape is written in characters; its
    twin over the syllable codes has each Chinese character replaced by its code (one code per
    character, so a match's offsets are the same in ``chars``). A same-sound match counts as
    fully as a same-character one, as for phrases.
    """

    expression: str
    chars: re.Pattern
    sounds: re.Pattern

    @classmethod
    def of(cls, expression: str) -> "Shape":
        """Raises re.error for an expression that is not a regular expression."""
        return cls(expression, re.compile(expression), re.compile(_over_sounds(expression)))

    def spans(self, heard: HeardText) -> Iterator[tuple[int, int]]:
        """Every (start, end) in ``heard.chars`` the shape matches in characters, then in sounds."""
        seen = set()
        for pattern, text in ((self.chars, heard.chars), (self.sounds, heard.code)):
            for m in pattern.finditer(text):
                if m.span() not in seen:
                    seen.add(m.span())
                    yield m.span()

    def search(self, heard: HeardText) -> tuple[int, int] | None:
        return next(self.spans(heard), None)


def _over_sounds(expression: str) -> str:
    """``expression`` with each Chinese character as its syllable code; escapes kept as they are."""
    out, i = [], 0
    for written in (_HAN, _HAN.encode("unicode_escape").decode()):  # YAML's "\u4e00" or the regex's own
        expression = expression.replace(written, _ANY_CODE)
    while i < len(expression):
        c = expression[i]
        step = 2 if c == "\\" else 1
        out.append(_char_code(c) if "\u4e00" <= c <= "\u9fff" and c not in _NUMERALS else expression[i:i + step])
        i += step
    return "".join(out)


class PhraseIndex:
    """Exact look-ups of many phrases in one pass: ``search(heard)[p] == find_all(heard, p, 1.0)``.

    Two Aho–Corasick automata hold every phrase's needles (``Phrase.needles``): one the
    characters, searched in ``heard.chars``, one the syllable codes, searched in ``heard.code``.
    The automata report every occurrence, overlapping ones included, as ``str.find`` from each
    next offset does; which of them stand is then decided exactly as in ``_find_exact``.
    """

    def __init__(self, phrases: Iterable[Phrase]):
        self.phrases = frozenset(p for p in phrases if p.chars)
        self.wanted = 0  # for shared_index: how many phrases had been asked for when this was built
        self._automata = (_automaton(self.phrases, coded=False), _automaton(self.phrases, coded=True))

    def candidates(self, heard: HeardText) -> frozenset[Phrase]:
        """The phrases some needle of which occurs in ``heard``, credible or not (memoised on it)."""
        key = ("candidates", self)
        if key not in heard._windows:
            heard._windows[key] = frozenset(
                phrase for automaton, haystack in zip(self._automata, (heard.chars, heard.code)) if automaton is not None
                for _, needles in automaton.iter(haystack) for phrase, _, _ in needles)
        return heard._windows[key]

    def search(self, heard: HeardText) -> dict[Phrase, list[Match]]:
        """Every phrase of the index said word for word or sound for sound in ``heard``."""
        positions: dict[Phrase, dict[int, list[int]]] = {}
        for automaton, haystack in zip(self._automata, (heard.chars, heard.code)):
            if automaton is None:
                continue
            for last, needles in automaton.iter(haystack):
                for phrase, how, length in needles:
                    positions.setdefault(phrase, {}).setdefault(last - length + 1, []).append(how)
        found: dict[Phrase, list[Match]] = {}
        for phrase, starts in positions.items():
            n = len(phrase.chars)
            if len(heard.chars) < n - 1:
                continue  # find_all's guard
            # a start stands when any needle found there is credible (_find_exact tries each)
            matches = [Match(phrase.text, at, at + n, 1.0) for at in sorted(starts)
                       if any(_credible(heard, phrase, at, how) for how in sorted(starts[at]))]
            if matches:
                found[phrase] = matches
        return found


def _automaton(phrases: frozenset[Phrase], *, coded: bool):
    """The phrases' needles of one kind (codes or characters) → [(phrase, how, length)]."""
    entries: dict[str, list[tuple[Phrase, int, int]]] = {}
    for phrase in phrases:
        for needle, how in phrase.needles:
            if bool(how) == coded:
                entries.setdefault(needle, []).append((phrase, how, len(needle)))
    if not entries:
        return None  # an empty automaton cannot be searched
    automaton = ahocorasick.Automaton()
    for needle, found in entries.items():
        automaton.add_word(needle, tuple(found))
    automaton.make_automaton()
    return automaton


_wanted: set[Phrase] = set()  # every phrase a rule set holds or a look-up asked for, in this process
_index: PhraseIndex | None = None


def want(phrases: Iterable[Phrase]) -> None:
    """Record the phrases a rule set will look up (``compile_ruleset``): the index built at the
    next look-up holds them all, instead of being rebuilt as each is first asked for."""
    if ahocorasick is not None:
        _wanted.update(phrases)


def shared_index(phrase: Phrase) -> PhraseIndex | None:
    """The index of all phrases wanted so far, or None when ``phrase`` is not in it yet.

    A compiled rule set records its phrases (``want``); a phrase asked for that no rule set
    holds is looked up alone the first time and recorded, and the index is rebuilt to hold it
    from the next look-up on. None too when pyahocorasick is not installed.
    """
    global _index
    if _index is not None and _index.wanted == len(_wanted) and phrase in _index.phrases:
        return _index  # the usual case, asked a hundred times a call: one set look-up
    if ahocorasick is None:
        return None
    if phrase not in _wanted:
        _wanted.add(phrase)
        return None
    if _index is None or _index.wanted < len(_wanted):
        _index = PhraseIndex(tuple(_wanted))
        _index.wanted = len(_wanted)
    return _index if phrase in _index.phrases else None


def shared_index_now() -> PhraseIndex | None:
    """The shared index of every phrase wanted so far, built now if it is not (None without pyahocorasick)."""
    return shared_index(next(iter(_wanted))) if _wanted else None
