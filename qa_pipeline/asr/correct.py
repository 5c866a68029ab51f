"""The service-vocabulary corrector: the last step of recognition, before the rules.

Whisper base writes service words it was unsure of as near-homophones: 工号 → 功号/公号,
客服 → 克服, 再见 → 在见, 请稍等 → 请稍丁. Where

1. the heard characters' pinyin is that of a *target* — a word of the business line's domain
   lexicon (``corrector.lexicon``) or a phrase an agent is expected to say (the rule set's
   greetings, hold announcements, thanks, closings, apologies) — with at most one or two
   syllables different (tones never count; a differing syllable shares its initial or final),
2. every character that would change belongs to a word Whisper gave a low probability, and is
   no numeral and no part of a person's name, and
3. the replacement makes the text more likely under a word-frequency model (jieba's
   dictionary, in which every target is at least ``domain_frequency`` common),

the characters are replaced. Besides these targets (``corrector.homophones``), any word of the
dictionary read exactly as a stretch of unsure characters — tones included — is a target where
those characters form no word themselves: Whisper base writes ordinary words it was unsure of
as characters of the same sound (团园 for 团圆, 停制 for 停滞, 家长里短 as 加长理短). Any word
may be written here, so the bar is higher (``homophone_min_gain``), and a word is never swapped
for another word (失意 and 诗意 differ by what is meant, which a word-frequency model cannot tell).
The sound does not change, so the rules, which match phrases by sound, read the same.

Replacements keep the text's length, so every word keeps its
time; a changed word keeps what Whisper heard in ``Word.heard`` for the reviewer.

Both parties' turns are corrected (a customer's 首记号 is 手机号), but only towards service
words: taboo phrases, fillers and the customer-pause phrases of the rule set are never targets,
so a correction can never create a breach that was not heard.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import json
import math
import re
from dataclasses import dataclass, fields, replace
from typing import Iterable, Mapping, Sequence

from pypinyin import Style, lazy_pinyin, pinyin
from pypinyin.pinyin_dict import pinyin_dict as PINYIN_TABLE

from ..config import Config, CorrectorConfig, RuleSet
from ..records import Transcript, Utterance, Word
from ..text import jieba_module, tokens

# (rule kind, parameter) whose phrases an agent is expected to say: the targets a rule set adds.
TARGET_PARAMS = (("missing_greeting", "elements"), ("missing_closing", "elements"), ("unannounced_hold", "announce"),
                 ("dead_air", "announce"), ("missing_hold_thanks", "thanks"), ("missing_empathy", "responses"))
_HAN = re.compile(r"[\u4e00-\u9fff]")
# Spoken numbers are the customer's data (phone, card, amounts): never rewritten into words.
_NUMERALS = frozenset("零〇一二三四五六七八九十百千万亿幺两")
_NAME_TAGS = ("nr", "nrfg", "nrt")  # jieba.posseg's person names
MAX_ROUNDS = 4  # replacements per stretch of text: each is re-scored against the text the last one left
HOMOPHONE_LENGTHS = (2, 3, 4)  # words this long are homophone targets (longer ones are idioms: still 4)
# Dictionary words seen fewer times than this in jieba's counts (60 M words) are never written,
# and heard characters that form one count as no word (停制, seen 3 times, is 停滞 misheard):
# rarer entries are mostly names and terms nobody on a service line says.
HOMOPHONE_MIN_COUNT = 5
MAX_READINGS = 8  # readings tried per stretch of heteronyms (each character may be read 1–3 ways)


def corrected_key(asr_key: str, corrector: "Corrector | None") -> str:
    """The cache key of a transcript ``corrector`` corrected: Whisper's settings and its own.

    Without a corrector it is ``asr_key`` itself, the key transcripts stored before it existed carry."""
    if corrector is None:
        return asr_key
    return hashlib.sha256(f"{asr_key}+corrector:{corrector.key}".encode()).hexdigest()[:16]


@dataclass(frozen=True)
class Target:
    text: str
    syllables: tuple[str, ...]  # tone-less, as the word is read (pypinyin's word-level reading)

    @property
    def max_edits(self) -> int:
        return len(self.text) // 3  # 2 syllables: homophones only; 3–5: one; 6 or more: two


@dataclass(frozen=True)
class _Char:
    ch: str
    word: int  # index of its word in the utterance
    at: int  # position inside that word's text
    probability: float


def targets(config: CorrectorConfig, ruleset: RuleSet | None, business_line: str) -> tuple[str, ...]:
    """The words and phrases the corrector may write for ``business_line``, without repeats."""
    found = list(config.words_for(business_line))
    if config.rule_phrases and ruleset is not None:
        for rule in ruleset.enabled():
            for kind, name in TARGET_PARAMS:
                if rule.kind == kind:
                    found += _texts(rule.params.get(name, ()))
    return tuple(dict.fromkeys(t for t in found if len(t) >= 2 and all(_HAN.fullmatch(c) for c in t)))


def _texts(value) -> list[str]:
    if isinstance(value, Mapping):  # named lists: a script's elements
        return [t for texts in value.values() for t in texts]
    return [str(v) for v in value]


class Corrector:
    """Built once per run from the configuration; ``correct`` is a pure function of a transcript."""

    def __init__(self, config: CorrectorConfig, vocabularies: Mapping[str, tuple[str, ...]]):
        self.config = config
        self.vocabularies = dict(vocabularies)  # business line → targets ("default": any other line)
        settings = {f.name: getattr(config, f.name) for f in fields(config) if f.name != "lexicon"}  # it is in the targets
        digest = json.dumps({"config": settings, "targets": self.vocabularies}, sort_keys=True, ensure_ascii=False)
        # Part of the transcript's key: a changed lexicon or setting transcribes again.
        self.key = hashlib.sha256(digest.encode()).hexdigest()[:12]

    @classmethod
    def from_config(cls, config: Config) -> "Corrector | None":
        """The run's corrector; None when ``corrector.enabled`` is false."""
        if not config.corrector.enabled:
            return None
        lines = set(config.rulesets) | set(config.corrector.lexicon)
        return cls(config.corrector, {line: targets(config.corrector, config.ruleset_for(line), line)
                                      for line in sorted(lines)})

    def correct(self, transcript: Transcript, business_line: str = "default") -> Transcript:
        """``transcript`` corrected with ``business_line``'s vocabulary, keyed as corrected."""
        vocabulary = self._vocabulary(business_line)
        utterances = tuple(self._utterance(u, vocabulary) for u in transcript.utterances) if vocabulary.targets \
            else transcript.utterances
        return replace(transcript, utterances=utterances, asr_key=corrected_key(transcript.asr_key, self))

    def _vocabulary(self, business_line: str) -> "_Vocabulary":
        texts = self.vocabularies.get(business_line, self.vocabularies.get("default", ()))
        return _vocabulary(texts, self.config.domain_frequency)

    def _utterance(self, u: Utterance, vocabulary: "_Vocabulary") -> Utterance:
        if not u.words:
            return u
        words = list(u.words)
        for run in _runs(words):
            if any(c.probability < self.config.max_probability for c in run):  # else nothing may change
                self._correct_run(run, words, vocabulary)
        if all(new is old for new, old in zip(words, u.words)):
            return u
        text = "".join(w.text for w in words)
        return replace(u, text=text, words=tuple(words), tokens=tokens(text))

    def _correct_run(self, run: list[_Char], words: list[Word], vocabulary: "_Vocabulary") -> None:
        """Replace, best first, what passes every test in one stretch of Chinese characters."""
        chars = [c.ch for c in run]
        for _ in range(MAX_ROUNDS):
            text = "".join(chars)
            base = vocabulary.log_likelihood(text)
            best = None
            for start, target, needed in self._all_candidates(run, chars, vocabulary):
                new = text[:start] + target.text + text[start + len(target.text):]
                gain = vocabulary.log_likelihood(new) - base
                if gain >= needed and (best is None or gain > best[0]):
                    best = (gain, start, target)
            if best is None or _names_a_person(text, best[1], len(best[2].text)):
                return
            _, start, target = best
            for i, ch in enumerate(target.text):
                if chars[start + i] != ch:
                    chars[start + i] = ch
                    _write(words, run[start + i], ch)

    def _all_candidates(self, run: list[_Char], chars: list[str], vocabulary: "_Vocabulary"):
        """(start, target, the gain it needs): service words, then the dictionary's homophones."""
        for start, target in self._candidates(run, chars, vocabulary):
            yield start, target, self.config.min_gain
        if self.config.homophones:
            for start, target in self._homophones(run, chars, vocabulary):
                yield start, target, self.config.homophone_min_gain

    def _homophones(self, run: list[_Char], chars: list[str], vocabulary: "_Vocabulary"):
        """Dictionary words read exactly as a stretch of heard characters that is no word itself."""
        limit = self.config.max_probability
        for n in HOMOPHONE_LENGTHS:
            for start in range(len(chars) - n + 1):
                span, heard = chars[start : start + n], run[start : start + n]
                if vocabulary.frequency("".join(span)) >= HOMOPHONE_MIN_COUNT or all(c.probability >= limit for c in heard):
                    continue  # a word already (swapping words needs context), or nothing unsure
                for word in _homophone_words("".join(span)):
                    if all(a == b or (c.probability < limit and a not in _NUMERALS and b not in _NUMERALS)
                           for a, b, c in zip(span, word, heard)):
                        yield start, Target(word, ())

    def _candidates(self, run: list[_Char], chars: list[str], vocabulary: "_Vocabulary"):
        limit = self.config.max_probability
        at: dict[str, list[int]] = {}  # syllable → where it was heard
        for i, ch in enumerate(chars):
            for reading in _readings(ch):
                at.setdefault(reading, []).append(i)
        for target in vocabulary.targets:
            n = len(target.text)
            edits = min(target.max_edits, self.config.max_syllable_edits)
            # With at most `edits` syllables different, one of the first edits + 1 was heard as is.
            starts = {i - k for k, syllable in enumerate(target.syllables[: edits + 1]) for i in at.get(syllable, ())}
            for start in sorted(starts):
                if 0 <= start <= len(chars) - n and _near(chars[start : start + n], run[start : start + n], target,
                                                         edits, limit):
                    yield start, target


def _near(chars: list[str], run: list[_Char], target: Target, edits: int, limit: float) -> bool:
    """Whether the heard characters may be rewritten as ``target`` (before the likelihood test)."""
    changed = False
    for ch, c, want_ch, want in zip(chars, run, target.text, target.syllables):
        if ch == want_ch:
            continue
        if c.probability >= limit or ch in _NUMERALS:
            return False
        changed = True
        if want not in _readings(ch):
            if edits == 0 or not _alike(_readings(ch)[0], want):
                return False
            edits -= 1
    return changed


def _write(words: list[Word], c: _Char, ch: str) -> None:
    w = words[c.word]
    text = w.text[: c.at] + ch + w.text[c.at + 1 :]
    words[c.word] = Word(w.start, w.end, text, w.probability, w.heard or w.text)


def _runs(words: Sequence[Word]) -> list[list[_Char]]:
    """Stretches of Chinese characters with nothing between them (punctuation, digits and
    Latin letters end a stretch: a target never spans them)."""
    runs, current = [], []
    for i, w in enumerate(words):
        for at, ch in enumerate(w.text):
            if _HAN.fullmatch(ch):
                current.append(_Char(ch, i, at, w.probability))
            elif current:
                runs.append(current)
                current = []
    if current:
        runs.append(current)
    return [r for r in runs if len(r) >= 2]


def _names_a_person(text: str, start: int, length: int) -> bool:
    """Whether jieba reads part of the span to be replaced as a person's name (龚浩 is not 工号)."""
    import jieba.posseg

    jieba_module()  # loaded and kept quiet
    at = 0
    for pair in jieba.posseg.cut(text):
        end = at + len(pair.word)
        if pair.flag in _NAME_TAGS and at < start + length and start < end:
            return True
        at = end
    return False


@functools.lru_cache(maxsize=65536)
def _readings(ch: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(pinyin(ch, style=Style.NORMAL, heteronym=True)[0]))


@functools.lru_cache(maxsize=65536)
def _toned(ch: str) -> tuple[str, ...]:
    """Every reading of a character, with its tone (长: zhǎng, cháng), from pypinyin's table."""
    return tuple(PINYIN_TABLE.get(ord(ch), ch).split(","))


def _sounds(text: str) -> Iterable[tuple[str, ...]]:
    """The ways ``text`` may be read, a syllable with its tone per character (a few at most)."""
    return itertools.islice(itertools.product(*map(_toned, text)), MAX_READINGS)


@functools.lru_cache(maxsize=1)
def _homophone_index() -> dict[tuple[str, ...], tuple[str, ...]]:
    """jieba's dictionary words (2–4 characters, not rare) by the way they are read."""
    jieba = jieba_module()
    jieba.dt.check_initialized()
    index: dict[tuple[str, ...], list[str]] = {}
    for word, count in jieba.dt.FREQ.items():
        if count >= HOMOPHONE_MIN_COUNT and len(word) in HOMOPHONE_LENGTHS and all(map(_HAN.fullmatch, word)):
            for sound in _sounds(word):
                index.setdefault(sound, []).append(word)
    return {sound: tuple(words) for sound, words in index.items()}


@functools.lru_cache(maxsize=65536)
def _homophone_words(heard: str) -> tuple[str, ...]:
    """The dictionary words read exactly as ``heard``, other than ``heard`` itself."""
    index = _homophone_index()
    found = (w for sound in _sounds(heard) for w in index.get(sound, ()) if w != heard and _same_sound(heard, w))
    return tuple(dict.fromkeys(found))


def _same_sound(a: str, b: str) -> bool:
    """Whether each text, read as pypinyin reads it, is a reading of the other's characters.

    The index pairs every reading of every character, rare ones too (期 is read qī, 溪 rarely
    qī): 九期 and 九溪 share one, but 九溪 is read jiǔ xī. Both ways round, since a heard
    stretch that is no word is read character by character (加长理短: jiā zhǎng) where the
    word meant has its own reading (家长里短: jiā cháng).
    """
    return (all(s in _toned(ch) for s, ch in zip(_reading(a), b))
            and all(s in _toned(ch) for s, ch in zip(_reading(b), a)))


@functools.lru_cache(maxsize=65536)
def _reading(text: str) -> tuple[str, ...]:
    return tuple(lazy_pinyin(text, style=Style.TONE))


@functools.lru_cache(maxsize=4096)
def _parts(syllable: str) -> tuple[str, str]:
    initial = _initial(syllable)
    return initial, syllable[len(initial):]


_INITIALS = ("zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c",
             "s", "y", "w")


def _initial(syllable: str) -> str:
    return next((i for i in _INITIALS if syllable.startswith(i)), "")


def _alike(heard: str, want: str) -> bool:
    """A misheard syllable: the same initial (丁 ding / 等 deng) or the same final (克 ke / 客 ke)."""
    (a, b), (c, d) = _parts(heard), _parts(want)
    return a == c or b == d


class _Vocabulary:
    """One business line's targets and its word-frequency model."""

    def __init__(self, texts: tuple[str, ...], domain_frequency: float):
        self.targets = tuple(Target(t, tuple(lazy_pinyin(t, style=Style.NORMAL))) for t in texts)
        jieba = jieba_module()
        jieba.dt.check_initialized()
        self._freq = jieba.dt.FREQ
        self._log_total = math.log(jieba.dt.total)
        floor = domain_frequency * jieba.dt.total
        self._domain = {t: max(self._freq.get(t) or 0, floor) for t in texts}
        self._longest = max([len(t) for t in texts] + [6])

    def frequency(self, word: str) -> float:
        return self._domain.get(word) or self._freq.get(word) or 0

    def log_likelihood(self, text: str) -> float:
        """log P(text) under a unigram word model: the best segmentation (jieba's own DP, with
        the domain's words added); a character no word covers counts as seen once."""
        n = len(text)
        best = [0.0] * (n + 1)
        for i in range(n - 1, -1, -1):
            options = [math.log(self.frequency(text[i]) or 1) - self._log_total + best[i + 1]]
            for j in range(i + 2, min(n, i + self._longest) + 1):
                if f := self.frequency(text[i:j]):
                    options.append(math.log(f) - self._log_total + best[j])
            best[i] = max(options)
        return best[0]


@functools.lru_cache(maxsize=32)
def _vocabulary(texts: tuple[str, ...], domain_frequency: float) -> _Vocabulary:
    return _Vocabulary(texts, domain_frequency)


def corrections(transcript: Transcript) -> Iterable[tuple[Utterance, Word]]:
    """Every word the corrector changed, with its utterance: what a reviewer may want to check."""
    return ((u, w) for u in transcript.utterances for w in u.words if w.heard)
