# -*- coding: utf-8 -*-
"""Labelled synthetic call TRANSCRIPTS (dev only): fast, pure Python, no audio, no TTS.

Writes what the ASR stage would have produced for a stereo call (layout ``agent_left``):
``qa_pipeline.records.Transcript`` objects with timed words, per-role voice activity and
Whisper-like errors, each labelled with

- the defects injected into it (what the rules should find),
- a QA specialist's grade (优秀 / 合格 / 不合格: the service-code points with grader noise and
  bias, and some disagreement between graders), and
- the call's category (咨询 / 建议 / 投诉 / 求助).

Use::

    python tools/gen_calls/transcripts.py --n 2000 --seed 1 --out DIR

writes ``DIR/transcripts.jsonl.gz`` (one call a line, the format of the pipeline's transcripts
export: ``qa_pipeline.export.read_transcripts`` reads it) and ``DIR/labels.csv``
(call_id, grade, category, grader). Same seed, same bytes. In Python::

    calls = generate_corpus(2000, seed=1)      # list[LabelledCall]
    write_corpus(calls, Path("DIR"))

Call ``i`` depends only on (seed, i) and the agent pool, so ``generate_corpus(400, s)`` is
the first 400 calls of ``generate_corpus(2000, s)``. Text comes from ``scenarios.py`` (read
only) and ``categories.py``.
"""

from __future__ import annotations

import argparse
import csv
import functools
import gzip
import io
import json
import math
import os
import random
import re
import sys
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
for _p in (str(HERE), str(REPO)):
    if _p not in sys.path:
        sys.path.insert(0, _p)

import categories as CAT  # noqa: E402
import scenarios as S  # noqa: E402
from qa_pipeline.records import SpeechSpan, Transcript, Utterance, Word  # noqa: E402
from qa_pipeline.store.codec import utterance_to_dict  # noqa: E402

ASR_KEY = "synthetic-transcripts-v1"
LAYOUT = "agent_left"
AGENT, CUSTOMER = "agent", "customer"

DEFECT_KINDS = ("missing_greeting", "missing_closing", "filler", "fast_speech", "long_hold", "unannounced_hold",
                "missing_hold_thanks", "forbidden_phrase", "interruption", "dead_air", "repeated_question",
                "missing_empathy")
# Points a QA specialist deducts per defect kind (once per call).
DEFECT_WEIGHTS = {"missing_greeting": 10, "missing_closing": 10, "forbidden_phrase": 30, "long_hold": 8,
                  "unannounced_hold": 5, "missing_hold_thanks": 3, "filler": 5, "fast_speech": 4, "interruption": 5,
                  "dead_air": 4, "repeated_question": 4, "missing_empathy": 8}
# How often a kind is drawn for a call with defects (before the agent's own habits).
KIND_WEIGHTS = {"missing_greeting": 1.0, "missing_closing": 1.0, "filler": 1.2, "fast_speech": 1.0, "long_hold": 0.8,
                "unannounced_hold": 0.8, "missing_hold_thanks": 0.8, "forbidden_phrase": 0.5, "interruption": 0.9,
                "dead_air": 0.9, "repeated_question": 0.9, "missing_empathy": 0.9}
GRADES = ((90.0, "优秀"), (75.0, "合格"), (0.0, "不合格"))
GRADE_ORDER = ("优秀", "合格", "不合格")
GRADERS = (("G1", -3.0), ("G2", 0.0), ("G3", 3.0))  # grader id, bias in points
GRADER_SD = 4.0
FLIP_P = 0.06  # labels moved to an adjacent grade: human graders disagree
CATEGORY_FLIP_P = 0.03  # categories filed as a neighbouring one (咨询/求助, 求助/投诉 …)
CLEAN_P = 0.35

# ASR noise
SUBST_P = 0.085  # per character drawn for a homophone: ≈ 6 % of Chinese characters end up replaced (heteronyms and digits are kept)
FILLER_DROP_P = 0.6  # 嗯 / 啊 opening a clause: not transcribed at all
COMMA_DROP_P = 0.12
STOP_DROP_P = 0.05
VAD_SPLIT_S = 0.3  # a pause this long splits the voice-activity span

_PUNCT = set("，。？！、；：,.?!;:")
_STOPS = set("。？！.?!")
_ARABIC = set("0123456789")
_ZH_DIGITS = "零一二三四五六七八九"
_NO_SUBST = set(_ZH_DIGITS) | _ARABIC | set("两幺嗯啊呃额阿爱恩") | _PUNCT
_CJK = re.compile(r"[\u4e00-\u9fff]")
_FILLER_OPEN = re.compile(r"(^|[，。？！；])(嗯|啊)(，?)")

# Frequent Whisper confusions on telephone Mandarin (same first pinyin reading, except 您→你).
HAND_HOMOPHONES = {
    "工": "公供功攻", "号": "好", "您": "你", "致": "至制志智", "电": "点店垫", "请": "清情轻", "问": "文闻稳",
    "务": "物误雾", "谢": "写泄", "稍": "烧捎", "候": "后厚", "查": "茶察", "询": "寻巡", "帮": "邦", "吗": "嘛妈",
    "再": "在", "见": "件建", "办": "半伴", "理": "里李礼", "费": "飞非", "账": "帐", "单": "担", "户": "护互",
    "话": "画化", "以": "已", "经": "京", "的": "得", "是": "事市", "到": "道", "已": "以", "为": "位未",
}
SOUND_CHANGING = {("您", "你")}  # hand confusions kept although the sound differs


# --------------------------------------------------------------------------- records
@dataclass(frozen=True)
class LabelledCall:
    call_id: str
    agent_id: str
    started_at: datetime
    transcript: Transcript
    defects: tuple[str, ...]  # defect kinds in the call (injected, plus what they imply)
    true_points: float  # the QA score before grader noise
    grade: str  # 优秀 / 合格 / 不合格, after grader noise
    category: str  # 咨询 / 建议 / 投诉 / 求助
    grader: str = ""


@dataclass(frozen=True)
class _Agent:
    agent_id: str
    clean_p: float
    kind_mult: dict
    more_kinds: float  # chance of a second (and third) defect kind
    cpm: float  # usual speaking rate, 字/分 of voiced time


# --------------------------------------------------------------------------- text helpers
def _walk_text(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from _walk_text(v)
    elif isinstance(obj, (list, tuple)):
        for v in obj:
            yield from _walk_text(v)


@functools.lru_cache(maxsize=1)
def _homophones() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """char -> (homophones seen in the scenario text, other GB2312 level-1 homophones).

    Only characters with one tone-less reading are replaced, by characters with the same
    reading: what ASR mishears on a telephone line, and what the rules' pinyin matching is
    built to survive.
    """
    from pypinyin import Style, pinyin

    common = set()
    for module in (S, CAT):
        for name in dir(module):
            if name.isupper():
                for text in _walk_text(getattr(module, name)):
                    common.update(_CJK.findall(text))
    level1 = {bytes([hi, lo]).decode("gb2312") for hi in range(0xB0, 0xD8) for lo in range(0xA1, 0xFF)
              if not (hi == 0xD7 and lo > 0xF9)}
    readings = {}
    for ch in sorted(common | level1):
        found = tuple(dict.fromkeys(r.lower() for r in pinyin(ch, style=Style.NORMAL, heteronym=True)[0]))
        if found and found[0].isalpha():
            readings[ch] = found
    by_sound: dict[str, list[str]] = {}
    for ch, rs in readings.items():
        if len(rs) == 1:
            by_sound.setdefault(rs[0], []).append(ch)
    table = {}
    for ch, rs in readings.items():
        if len(rs) != 1 or ch in _NO_SUBST:
            continue
        others = [c for c in by_sound.get(rs[0], ()) if c != ch and c not in _NO_SUBST]
        if others:
            table[ch] = (tuple(c for c in others if c in common), tuple(others))
    return table


@functools.lru_cache(maxsize=1)
def _hand_table() -> dict[str, str]:
    """HAND_HOMOPHONES where the replacement has the same first reading (what the rules code)."""
    from pypinyin import Style, pinyin

    def first(c: str) -> str:
        return pinyin(c, style=Style.NORMAL, heteronym=True)[0][0].lower()

    return {ch: alts for ch, alts in ((ch, "".join(a for a in alts if first(a) == first(ch) or (ch, a) in SOUND_CHANGING))
                                      for ch, alts in HAND_HOMOPHONES.items()) if alts}


def _homophone(ch: str, rng: random.Random) -> str | None:
    hand = _hand_table().get(ch)
    if hand and rng.random() < 0.6:
        return rng.choice(hand)
    entry = _homophones().get(ch)
    if not entry:
        return rng.choice(hand) if hand else None
    common, others = entry
    return rng.choice(common if common and rng.random() < 0.7 else others)


def _fill(template: str, rng: random.Random, slots: dict) -> str:
    text = re.sub(r"\[([^\[\]]*)\]", lambda m: rng.choice(m.group(1).split("|")), template)
    return text.format(**slots)


def _union(*names: str) -> list:
    """The lists ``scenarios`` has under these names, joined, without repeats (missing: skipped)."""
    return list(dict.fromkeys(x for name in names for x in getattr(S, name, ())))


_CLAUSE_RE = re.compile(r"[^，。？！]+[，。？！]*")


def _strip_empathy(text: str) -> str:
    """``text`` without its clauses of apology or reassurance (for a cold reply)."""
    kept = [c for c in _CLAUSE_RE.findall(text) if not _has(c, CAT.EMPATHY_MARKERS)]
    out = "".join(kept) or "好的。"
    return out[:-1] + "。" if out.endswith("，") else out


def _has(text: str, words) -> bool:
    return any(w in text for w in words)


def _rule_complaint(text: str) -> bool:
    return _has(text, CAT.COMPLAINT_MARKERS[:14])


def _n_chars(text: str) -> int:
    return sum(1 for c in text if c.isalnum())


# --------------------------------------------------------------------------- ASR noise and timing
_SEGMENT = re.compile(r"([^，。？！、；：,.?!;:]*)([，。？！、；：,.?!;:]*)")
_TIC_ENDS = ("那个", "这个", "就是", "然后", "嗯", "啊", "呃")
_ODD_SPELLING = {"啊": (0.3, "阿阿爱"), "嗯": (0.2, "恩"), "呃": (0.4, "额")}
_LOG_KEEP = math.log(1.0 - SUBST_P)
# Words so frequent that Whisper's language model nearly always spells them right.
FREQUENT_WORDS = ["您好", "你好", "好的", "谢谢", "再见", "请问", "可以", "什么", "我们", "您的", "没有", "不是", "已经",
                  "这个", "那个", "就是", "一下", "的话", "时候", "现在"]
_FREQUENT = re.compile("|".join(FREQUENT_WORDS))
FREQUENT_KEEP_P = 0.85  # a homophone drawn inside a frequent word is not written
_new_word = tuple.__new__


def _asr_words(text: str, rng: random.Random) -> tuple[list[list], int]:
    """What Whisper writes for ``text``: words [text, n_chars, substituted, pause_after] where
    pause_after is None, "," or "." (the pause in the audio, shown or not), and their number of
    characters."""
    rr = rng.random
    if "嗯" in text or "啊" in text:
        text = _FILLER_OPEN.sub(lambda m: m.group(1) if rr() < FILLER_DROP_P else m.group(0), text)
    chars = list(text)
    subs = set()
    n_all = len(chars)
    for ch, (p, spellings) in _ODD_SPELLING.items():
        if ch in text:
            for i, c in enumerate(chars):
                if c == ch and rr() < p:
                    chars[i] = rng.choice(spellings)
                    subs.add(i)
    # homophones: jump from one replaced position to the next (geometric gaps), not a draw a character
    i = int(math.log(1.0 - rr()) / _LOG_KEEP)
    frequent = None
    while i < n_all:
        if frequent is None:
            frequent = [m.span() for m in _FREQUENT.finditer(text)]
        if frequent and any(a <= i < b for a, b in frequent) and rr() < FREQUENT_KEEP_P:
            pass
        elif chars[i] not in _NO_SUBST and i not in subs:
            alt = _homophone(chars[i], rng)
            if alt:
                chars[i] = alt
                subs.add(i)
        i += 1 + int(math.log(1.0 - rr()) / _LOG_KEEP)
    words: list[list] = []
    total = 0
    for m in _SEGMENT.finditer(text):
        a, b = m.span(1)
        if a < b:
            digits = not _ARABIC.isdisjoint(text[a:b])
            i = a
            while i < b:
                if digits and chars[i] in _ARABIC:
                    j, size = i, 1 + (rr() < 0.7)
                    while j < b and j - i < size and chars[j] in _ARABIC:
                        j += 1
                elif i + 1 < b and rr() < 0.5 and not (digits and chars[i + 1] in _ARABIC):
                    j = i + 2
                else:
                    j = i + 1
                sub = bool(subs) and (i in subs or (j - i == 2 and i + 1 in subs))
                if j - i > 2:
                    sub = any(k in subs for k in range(i, j))
                words.append(["".join(chars[i:j]), j - i, sub, None])
                total += j - i
                i = j
        punct = m.group(2)
        if punct and words:
            stop = not _STOPS.isdisjoint(punct)
            drop = STOP_DROP_P if stop else (0.05 if text[a:b].endswith(_TIC_ENDS) else COMMA_DROP_P)
            if rr() >= drop:
                words[-1][0] += punct
            if words[-1][3] != ".":
                words[-1][3] = "." if stop else ","
    if words:
        words[-1][3] = None
    return words, total


@dataclass
class _Said:
    role: str
    start: float
    end: float
    text: str  # what was said (before ASR)
    utterance: Utterance | None  # what ASR wrote (None: nothing)


class _Call:
    """The call being built: a time cursor, the utterances and voice activity so far, and the
    conversational obligations (empathy owed after a complaint)."""

    def __init__(self, rng: random.Random, agent_cpm: float, cust_cpm: float):
        self.rng = rng
        self.t = rng.uniform(0.3, 1.5)
        self.agent_cpm, self.cust_cpm = agent_cpm, cust_cpm
        self.said: list[_Said] = []
        self.spans: list[SpeechSpan] = []
        self.empathy_due = False
        self.cold = 0  # agent turns that must go without empathy (missing_empathy)
        self.since_complaint = 99  # agent turns since the customer last complained
        self.first = True

    # ---- speaking
    def say(self, role: str, text: str, *, gap: float | None = None, start: float | None = None,
            cpm: float | None = None, max_pause: float | None = None, complaint_ok: bool = True,
            backchannel: bool = False) -> _Said:
        rng = self.rng
        if role == AGENT:
            self.since_complaint += 1
        elif _has(text, CAT.COMPLAINT_MARKERS):
            self.since_complaint = 0
        if backchannel:  # a reply turn for the rules, but owes nothing and pays nothing
            self.cold = max(0, self.cold - 1)
        elif role == AGENT:
            if self.cold > 0:
                text = _strip_empathy(text)
                self.cold -= 1
                self.empathy_due = False
            elif self.empathy_due:
                if not _has(text, CAT.EMPATHY_MARKERS):
                    text = rng.choice(CAT.EMPATHY_PREFIX) + text
                self.empathy_due = False
        elif complaint_ok and _has(text, CAT.COMPLAINT_MARKERS) and self.cold == 0:
            self.empathy_due = True
        if start is None:
            start = self.t if self.first else self.t + (gap if gap is not None else rng.uniform(0.3, 1.0))
        self.first = False
        if cpm is None:
            base = self.agent_cpm if role == AGENT else self.cust_cpm
            lo, hi = (230, 290) if role == AGENT else (220, 300)
            cpm = min(hi, max(lo, base + rng.uniform(-12, 12)))
        words = _asr_words(text, rng)
        said = self._time(role, text, words, start, cpm, max_pause)
        self.said.append(said)
        self.t = max(self.t, said.end)
        return said

    def _time(self, role, text, words, start, cpm, max_pause) -> _Said:
        rng = self.rng
        rr = rng.random
        words, n = words
        if n == 0:  # ASR wrote nothing (a dropped 嗯): voice activity only
            end = round(start + 0.25 + 0.25 * rr(), 2)
            start = round(start, 2)
            self.spans.append(SpeechSpan(role, start, end))
            return _Said(role, start, end, text, None)
        weights = [w[1] * (0.8 + 0.45 * rr()) for w in words]
        scale = n * 60.0 / cpm / sum(weights)
        out, t, seg_start = [], start, None
        spans = self.spans
        for w, weight in zip(words, weights):
            w0 = t
            t += weight * scale
            r0, r1 = int(w0 * 100 + 0.5) / 100, int(t * 100 + 0.5) / 100
            if seg_start is None:
                seg_start = r0
            if w[2]:
                p = int(500 + 250 * rr()) / 1000
            elif rr() < 0.1:
                p = int(550 + 250 * rr()) / 1000
            else:
                p = int(800 + 190 * rr()) / 1000
            out.append(_new_word(Word, (r0, r1, w[0], p, "")))  # heard: "" (as Whisper wrote it)
            if w[3] is not None:
                if max_pause is not None:
                    pause = 0.1 + (max_pause - 0.1) * rr()
                elif w[3] == ",":
                    pause = 0.15 + 0.2 * rr()
                else:
                    pause = 0.3 + 0.3 * rr()
                if pause >= VAD_SPLIT_S:
                    spans.append(SpeechSpan(role, seg_start, r1))
                    seg_start = None
                t += pause
        spans.append(SpeechSpan(role, seg_start, out[-1].end))
        conf = round(sum(w.probability for w in out) / len(out), 3)
        utt = Utterance(role, out[0].start, out[-1].end, "".join(w.text for w in out), conf, tuple(out))
        return _Said(role, utt.start, utt.end, text, utt)

    def backchannel(self, during: _Said):
        """The agent's 嗯 / 对 / 好的 while the customer talks (never a finding)."""
        if during.end - during.start < 3.0:
            return
        at = during.start + (during.end - during.start) * self.rng.uniform(0.35, 0.7)
        text = self.rng.choice(S.BACKCHANNELS)
        said = self.say(AGENT, text, start=at, cpm=self.rng.uniform(150, 220), backchannel=True)
        self.t = max(during.end, said.end)

    def silence(self, seconds: float):
        self.t += seconds

    # ---- look-ups
    def recent_agent_texts(self, within: float) -> list[str]:
        return [s.text for s in self.said if s.role == AGENT and s.end >= self.t - within]

    def transcript(self) -> Transcript:
        utts = sorted((s.utterance for s in self.said if s.utterance is not None), key=lambda u: (u.start, u.end))
        spans = sorted(self.spans, key=lambda s: (s.start, s.end))
        duration = round(max(s.end for s in spans) + self.rng.uniform(0.4, 1.5), 2)
        return Transcript(duration, LAYOUT, tuple(utts), tuple(spans), ASR_KEY)


# --------------------------------------------------------------------------- scenario pools
@functools.lru_cache(maxsize=1)
def _issue_pool() -> dict[tuple[str, str], tuple[list[dict], list[float]]]:
    """(domain, category) -> (issues, weights): an issue serves its own category (weight 1) and
    the categories in its ``also`` (the same request, filed differently)."""
    pool: dict[tuple[str, str], tuple[list[dict], list[float]]] = {}

    def add(domain, issue, cat, also):
        for c, w in [(cat, 1.0)] + list(also.items()):
            issues, weights = pool.setdefault((domain, c), ([], []))
            issues.append(issue)
            weights.append(w)

    for domain, D in S.ALL_DOMAINS.items():
        for issue in D["issues"]:
            add(domain, issue, CAT.scenario_issue_category(domain, issue), CAT.scenario_issue_also(domain, issue))
        for issue in list(CAT.ISSUES.get(domain, ())) + list(CAT.ANY_DOMAIN_ISSUES):
            add(domain, issue, issue["cat"], issue.get("also", {}))
    return pool


_SLOT_NOUNS = ["手机", "电话", "号码", "卡号", "户号", "账号", "姓名", "名字", "称呼", "地址", "单号", "保单", "身份证", "后四位", "后六位"]
_PAUSE_WORDS = ["等一下", "稍等", "找一下", "找找", "看一下", "查一下", "想一下"]


@functools.lru_cache(maxsize=1)
def _generic_pairs() -> list[tuple[str, str]]:
    return list(S.GENERIC_QA) + list(getattr(S, "EVAL_GENERIC_QA", []))


@functools.lru_cache(maxsize=1)
def _plain_pairs() -> list[tuple[str, str]]:
    return [p for p in _generic_pairs() + [p for v in CAT.FOLLOW_UPS.values() for p in v] if _plain_pair(p)]


def _plain_pair(pair) -> bool:
    """A follow-up pair safe around a special: no slot talk, no pause request, no complaint, no
    announcement, no empathy (so it cannot mask or fake what the special is about)."""
    q, a = pair
    return not (_has(q + a, _SLOT_NOUNS) or _has(q, _PAUSE_WORDS) or _has(q, CAT.COMPLAINT_MARKERS)
                or _has(a, CAT.ANNOUNCE_HINTS) or _has(a, CAT.EMPATHY_MARKERS) or "{" in q)


# --------------------------------------------------------------------------- one call
def _slots(rng: random.Random, agent_id: str, hotline: str, arabic: bool, acct_label: str) -> dict:
    def digits(k: int, first: str = "0123456789") -> str:
        return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(k - 1))

    def num(s: str) -> str:
        return s if arabic else "".join(_ZH_DIGITS[int(c)] for c in s)

    phone = "1" + rng.choice("3456789") + digits(9)
    phone2 = "1" + rng.choice("3589") + digits(9)
    amount = rng.choice([rng.randint(35, 480), rng.randint(500, 9800)])
    lim = rng.choice([10000, 15000, 20000, 30000])
    due = date(2026, 12, 1) + timedelta(days=rng.randint(0, 25))
    name = rng.choice(S.NAMES)
    return {
        "hotline": hotline, "agent_zh": num(agent_id), "name": name, "surname": name[0],
        "phone_zh": num(phone), "phone2_zh": num(phone2), "card4_zh": num(digits(4)), "acct_zh": num(digits(8)),
        "id6_zh": num(digits(6)), "policy_zh": num(digits(10)), "waybill_zh": num(digits(12)),
        "amount": str(amount), "small_amount": str(rng.randint(12, 95)), "min_amount": str(max(10, amount // 10)),
        "limit": str(lim), "limit2": str(lim + rng.choice([5000, 10000])), "due": f"{due.month}月{due.day}日",
        "gas_m3": str(rng.randint(18, 60)), "kwh": str(rng.randint(150, 900)), "area": rng.choice(S.AREAS),
        "building": str(rng.randint(1, 28)), "city": rng.choice(S.CITIES), "acct_label": acct_label,
        "area2": rng.choice(S.AREAS), "building2": str(rng.randint(1, 28)),
    }


def _weighted(rng: random.Random, weights: dict) -> str:
    total = sum(weights.values())
    x = rng.random() * total
    for key, w in weights.items():
        x -= w
        if x < 0:
            return key
    return key


def _plan_kinds(rng: random.Random, agent: _Agent, category: str) -> list[str]:
    if rng.random() < agent.clean_p:
        return []
    n = 1
    while n < 3 and rng.random() < agent.more_kinds:
        n += 1
    weights = {k: KIND_WEIGHTS[k] * agent.kind_mult[k] for k in DEFECT_KINDS}
    if category == "投诉":
        weights["missing_empathy"] *= 4.0
        weights["interruption"] *= 1.5
    kinds = []
    for _ in range(n):
        k = _weighted(rng, {k: w for k, w in weights.items() if k not in kinds})
        kinds.append(k)
    return kinds


def _build_call(rng: random.Random, agent: _Agent, category: str, kinds: list[str]) -> tuple[Transcript, list[str]]:
    """Plan and 'transcribe' one call. Returns the transcript and the defect kinds it holds."""
    K = set(kinds)
    domain = rng.choice(sorted(S.ALL_DOMAINS))
    D = S.ALL_DOMAINS[domain]
    issues, weights = _issue_pool()[(domain, category)]
    issue = rng.choices(issues, weights)[0]
    hotline = rng.choice(D["companies"])[0]
    acct_label = D.get("acct_label") or S.ACCT_LABEL.get(domain, "户号")
    slots = _slots(rng, agent.agent_id, hotline, rng.random() < 0.7, acct_label)
    target = rng.triangular(90.0, 355.0, 170.0)
    fast = "fast_speech" in K
    fast_all = fast and rng.random() < 0.35
    fast_cpm = rng.uniform(380, 450)
    call = _Call(rng, agent.cpm if not fast_all else fast_cpm, rng.uniform(228, 292))
    T = functools.partial(_fill, rng=rng, slots=slots)
    implied: list[str] = []

    # ---- fillers: enough tics for a habit (the rule wants ≥ 1.5 a minute of the agent's speech)
    tics_left = math.ceil(target / 60 * rng.uniform(1.5, 2.3)) + 2 if "filler" in K else (1 if rng.random() < 0.2 else 0)
    tic_burst = "filler" in K and rng.random() < 0.3  # three tics in one turn, once

    def add_tics(text: str) -> str:
        nonlocal tics_left, tic_burst
        if tics_left <= 0 or rng.random() > (0.9 if "filler" in K else 0.1):
            return text
        k = 3 if tic_burst else min(tics_left, rng.choice([1, 2, 2]))
        tic_burst = False
        for _ in range(k):
            starts = [0] + [m.end() for m in re.finditer("[，。？]", text)][:-1]
            at = rng.choice(starts) if rng.random() < 0.5 else 0
            text = text[:at] + rng.choice(CAT.TICS) + "，" + text[at:]
        tics_left -= k
        return text

    fast_left = rng.randint(2, 4) if fast and not fast_all else 0

    def agent(text: str, *, tics: bool = True, fast_ok: bool = True, force_fast: bool = False, **kw) -> _Said:
        nonlocal fast_left
        if tics:
            text = add_tics(text)
        cpm = kw.pop("cpm", None)
        if cpm is None and fast_all:
            cpm = fast_cpm + rng.uniform(-10, 10)
        elif cpm is None and fast_left > 0 and fast_ok and _n_chars(text) >= 14 and (force_fast or rng.random() < 0.55):
            fast_left -= 1
            cpm = rng.uniform(380, 450)
        return call.say(AGENT, text, cpm=cpm, **kw)

    def cust(text: str, *, bc: bool = True, **kw) -> _Said:
        said = call.say(CUSTOMER, text, **kw)
        if bc and rng.random() < 0.2:
            call.backchannel(said)
        return said

    def no_recent_announcement():
        """Push announcements (请稍等 …) out of the rule's look-back before a silence."""
        for _ in range(4):
            if not any(_has(t, CAT.ANNOUNCE_HINTS) for t in call.recent_agent_texts(17.0)):
                return
            q, a = rng.choice(plain_pairs)
            cust(T(q), bc=False)
            agent(T(a), tics=False)

    plain_pairs = _plain_pairs()

    # ---- empathy plan
    cold_at_open = False
    if "missing_empathy" in K and category == "投诉" and rng.random() < 0.6:
        cold_at_open = True

    # ---- 1. greeting
    if "missing_greeting" in K:
        bad = _union("BAD_GREETINGS", "EVAL_BAD_GREETINGS")
        agent(T(rng.choice(bad)), tics=False, fast_ok=False)
    else:
        agent(T(rng.choice(CAT.GREETINGS)), tics=False, fast_ok=False)

    # ---- 2. the customer's request
    opening = rng.choice(CAT.OPEN_PREFIX) + T(rng.choice(issue["open"]))
    if rng.random() < 0.45:
        own = rng.random() < 0.75
        pool = CAT.CUST_DETAIL[category] if own else CAT.CUST_DETAIL[rng.choice(CAT.CATEGORIES)]
        opening += rng.choice(pool)
    if cold_at_open and not _rule_complaint(opening):
        opening += rng.choice([d for d in CAT.CUST_DETAIL["投诉"] if _rule_complaint(d)])
    dead_air_open = "dead_air" in K and rng.random() < 0.3
    if cold_at_open:
        cust(T(opening), bc=False, complaint_ok=False)
        call.cold = 2
    else:
        cust(T(opening), bc=not dead_air_open)

    # ---- 3. identity / contact check
    given: list[str] = []  # slots the customer gave as the rule sees it (a re-ask is a finding)
    known: set[str] = set()  # slots the agent has heard in any way (never asked for "the first time")
    if category == "建议":
        verify = rng.choice(CAT.CONTACT_VERIFY) if rng.random() < 0.75 or "repeated_question" in K else None
        thanks = rng.choice(["感谢您的建议，", "好的，非常感谢您的建议，", "谢谢您提出的建议，"])
    else:
        vq, va = rng.choice(D["verify"])
        verify = (vq, va, list(S.VERIFY_SLOTS.get(vq, [])))
        thanks = ""
    hold_plan: dict[int, tuple[str, float]] = {}
    if "long_hold" in K:
        hold_plan[1] = ("long", rng.uniform(35.0, 60.0))
    if "unannounced_hold" in K:
        hold_plan[2 if 1 in hold_plan else 1] = ("unannounced", rng.uniform(10.0, 25.0))
    no_thanks = "missing_hold_thanks" in K
    if no_thanks and not any(k != "unannounced" for k, _ in hold_plan.values()):
        free = [p for p in (1, 2) if p not in hold_plan]
        if free:
            hold_plan[free[0]] = ("short", rng.uniform(11.0, 26.0))
    if not hold_plan and rng.random() < 0.25:  # an ordinary announced hold, thanked after
        hold_plan[rng.choice([1, 2])] = ("short", rng.uniform(6.0, 26.0))
    hold1 = hold_plan.pop(1, None)

    if verify is not None:
        q, a, vslots = verify
        if dead_air_open:
            call.silence(rng.uniform(5.5, 9.0))
            agent(thanks + T(q), fast_ok=False, gap=0.0)
        else:
            agent(thanks + T(q), fast_ok=False)
        if rng.random() < 0.3:
            cust(T(rng.choice(S.CUST_SEARCH)), bc=False)
            call.silence(rng.uniform(1.5, 4.0))
            cust(T(a), bc=False, gap=0.0)
        else:
            cust(T(a), bc=False)
        given += vslots
        known.update(vslots)
        if vslots and rng.random() < 0.25 and not (hold1 and hold1[0] == "unannounced"):
            sl = rng.choice(vslots)
            agent(T(rng.choice(S.READBACK[sl])), fast_ok=False)
            cust(T(rng.choice(S.READBACK_CUST)), bc=False)
    elif dead_air_open:
        call.silence(rng.uniform(5.5, 9.0))
        agent(thanks + "您说的情况我记下来了。", fast_ok=False, gap=0.0)
    # (a suggestion without a contact check: the result below thanks and records it)

    def do_hold(spec, lead_in: str | None):
        """A hold, then the agent's result. ``spec``: (kind, seconds)."""
        nonlocal no_thanks
        kind, seconds = spec
        if kind == "unannounced":
            no_recent_announcement()
            if lead_in:
                cust(T(lead_in), bc=False)
            if rng.random() < 0.5:
                agent(rng.choice(CAT.BARE_ACK), tics=False, fast_ok=False)
            call.silence(seconds)
            resume = rng.choice(_union("UNANNOUNCED_RESUME", "HOLD_RESUME_NO_THANKS"))
            implied.append("missing_hold_thanks")
            return resume, True
        if lead_in:
            cust(T(lead_in), bc=False)
        announce = _union("HOLD_ANNOUNCE", "EVAL_HOLD_ANNOUNCE")
        agent(T(rng.choice(announce)), fast_ok=False)
        if rng.random() < 0.3:
            cust(rng.choice(CAT.CUST_WAIT_ACK), bc=False)
        call.silence(seconds)
        if no_thanks:
            no_thanks = False
            return rng.choice(_union("HOLD_RESUME_NO_THANKS") or _union("UNANNOUNCED_RESUME")), True
        thanks_list = _union("HOLD_THANKS", "EVAL_HOLD_THANKS")
        return rng.choice(thanks_list), False

    # ---- 4. the result (after a hold, or straight away)
    result = T(rng.choice(issue["result"]))
    if hold1:
        resume, bare = do_hold(hold1, None)
        if bare or rng.random() < 0.5:  # one breath: resume and result in one turn
            agent(resume + result, gap=0.0, force_fast=True)
        else:
            agent(resume, gap=0.0, tics=False, fast_ok=False)
            agent(result, gap=rng.uniform(0.2, 0.5), force_fast=True)
    else:
        if rng.random() < 0.6:
            agent(rng.choice(_union("ACK_AGENT", "EVAL_ACK_AGENT")), fast_ok=False)
        agent(result, force_fast=True)

    new_value = next((v for v in CAT.NEW_VALUE if v[0] in result), None)
    if new_value:  # the result asked for the new address / number: the customer gives it
        cust(T(new_value[1]), bc=False)
        agent(T(new_value[2]))
        known.add("phone" if "手机" in new_value[0] else "address")

    # ---- 5. follow-ups until the target length, with the specials spread among them
    used: set[str] = set()
    issue_pairs = list(issue.get("qa", []))
    rng.shuffle(issue_pairs)
    others = [c for c in CAT.CATEGORIES if c != category]

    def next_pair() -> tuple[str, str]:
        for _ in range(30):
            if issue_pairs:
                pair = issue_pairs.pop(0)
            else:
                x = rng.random()
                if x < CAT.OWN_FOLLOW_UP_SHARE:
                    pair = rng.choice(CAT.FOLLOW_UPS[category])
                elif x < CAT.OWN_FOLLOW_UP_SHARE + CAT.OTHER_FOLLOW_UP_SHARE:
                    pair = rng.choice(CAT.FOLLOW_UPS[rng.choice(others)])
                else:
                    pair = rng.choice(_generic_pairs())
            if pair[0] not in used:
                used.add(pair[0])
                return pair
        return rng.choice(plain_pairs)

    specials = []
    for kind, name in (("forbidden_phrase", "forbidden"), ("interruption", "interruption"),
                       ("repeated_question", "repeat")):
        if kind in K:
            specials.append(name)
    if "dead_air" in K and not dead_air_open:
        specials.append("dead_air")
    if "missing_empathy" in K and not cold_at_open:
        specials.append("cold")
    if 2 in hold_plan:
        specials.append("hold2")
    new_slots = [sl for sl in S.NEW_ASK if sl not in known]
    if new_slots and rng.random() < 0.25:
        specials.append("new_ask")
    if rng.random() < CAT.SECOND_TOPIC_P:
        specials.append("second_topic")
    if "repeated_question" not in K and given and not new_value and rng.random() < 0.2:
        specials.append("readback")
    rng.shuffle(specials)
    forbidden = list(S.FORBIDDEN) + list(CAT.FORBIDDEN_EXTRA)
    ack_cust = _union("ACK_CUST", "EVAL_ACK_CUST")

    while specials or call.t < target - 12:
        room = 12 + 20 * len(specials) + (hold_plan[2][1] if 2 in hold_plan else 0)
        if specials and (rng.random() < 0.4 or call.t >= target - room):
            sp = specials.pop()
            if sp == "forbidden":
                trig, line, _ = rng.choice(forbidden)
                cust(T(trig))
                agent(T(line), tics=False, fast_ok=False)
                cust(rng.choice(CAT.FORBIDDEN_REACTION), bc=False)
            elif sp == "interruption":
                said = cust(T(rng.choice(S.INTERRUPT_CUST)), bc=False, max_pause=0.28)
                overlap = rng.uniform(1.25, 2.5)
                agent(T(rng.choice(S.INTERRUPT_AGENT)), tics=False, fast_ok=False, start=said.end - overlap,
                      max_pause=0.28)
                cust(T(rng.choice(ack_cust)), bc=False)
            elif sp == "dead_air":
                no_recent_announcement()
                q, a = rng.choice(plain_pairs)
                cust(T(q), bc=False)
                call.silence(rng.uniform(5.5, 9.0))
                agent(T(a), gap=0.0)
                if rng.random() < 0.5:
                    cust(T(rng.choice(ack_cust)))
            elif sp == "repeat":
                q, a = rng.choice(plain_pairs)
                cust(T(q))
                sl = rng.choice(given)
                agent(T(rng.choice(S.REPEAT_ASK[sl])), tics=False, fast_ok=False)
                cust(T(rng.choice(S.REANSWER_PREFIX) + S.SLOT_ANSWER[sl]), bc=False)
                agent(T(a))
            elif sp == "cold":
                while call.since_complaint < 2:  # the rule judges a complaint told twice once
                    q, a = rng.choice(plain_pairs)
                    cust(T(q), bc=False)
                    agent(T(a))
                cust(T(rng.choice(CAT.COMPLAINT_TRIGGERS)), bc=False, complaint_ok=False)
                call.cold = 2
                agent(rng.choice(CAT.COLD_REPLIES), tics=False)
                cust(rng.choice(CAT.COLD_FOLLOW), bc=False)
                agent(rng.choice(CAT.COLD_ANSWERS), tics=False)
            elif sp == "hold2":
                lead = rng.choice(CAT.UNANNOUNCED_REQUEST)
                resume, bare = do_hold(hold_plan.pop(2), lead)
                follow = "之前的记录显示，您的问题已经转交给相关部门处理了。"
                agent(resume + follow if bare or rng.random() < 0.5 else resume, gap=0.0, tics=False, fast_ok=False)
                if not (bare or follow in call.said[-1].text):
                    agent(follow, gap=rng.uniform(0.2, 0.5))
            elif sp == "new_ask":
                unknown = [x for x in S.NEW_ASK if x not in known]
                if not unknown:
                    continue
                sl = rng.choice(unknown)
                lead, ask, ans, wrap = S.NEW_ASK[sl]
                cust(T(lead))
                agent(T(ask), tics=False, fast_ok=False)
                cust(T(ans), bc=False)
                given.append(sl)
                known.add(sl)
                agent(T(wrap))
            elif sp == "second_topic":  # the caller raises a second matter, of another category
                other = rng.choice(others)
                pool = [i for i in _issue_pool()[(domain, other)][0] if i is not issue and
                        not any("新的" in r for r in i["result"])]
                if pool:
                    second = rng.choice(pool)
                    cust(rng.choice(CAT.SECOND_TOPIC_LEAD) + T(rng.choice(second["open"])))
                    agent(T(rng.choice(second["result"])))
            elif sp == "readback":
                sl = rng.choice(given)
                agent(T(rng.choice(S.READBACK[sl])), fast_ok=False)
                cust(T(rng.choice(S.READBACK_CUST)), bc=False)
            continue
        q, a = next_pair()
        cust(T(q))
        if q == "我想换一个联系电话。":
            known.add("phone")
            agent(T(a))
            cust(T("{phone2_zh}。"), bc=False)
            agent(T(S.PHONE_CHANGE_ANSWER))
        else:
            agent(T(a))
        if rng.random() < 0.35:
            cust(T(rng.choice(ack_cust)))

    # ---- 6. closing
    if "missing_closing" in K:
        if rng.random() < 0.4:
            agent(T(rng.choice(CAT.CLOSING_ASK)), tics=False, fast_ok=False)
            cust(T(rng.choice(S.CLOSING_CUST)))
        else:
            cust(T(rng.choice(_union("BAD_CLOSING_CUST", "EVAL_BAD_CLOSING_CUST"))))
        bad = _union("BAD_CLOSINGS", "EVAL_BAD_CLOSINGS")
        agent(T(rng.choice(bad)), tics=False, fast_ok=False)
    else:
        agent(T(rng.choice(CAT.CLOSING_ASK)), tics=False, fast_ok=False)
        cust(T(rng.choice(_union("CLOSING_CUST", "EVAL_CLOSING_CUST"))))
        byes = _union("CLOSING_BYE", "EVAL_CLOSING_BYE")
        agent(T(rng.choice(byes)), tics=False, fast_ok=False)
        bye = rng.choice(S.CLOSING_CUST_BYE)
        if bye:
            cust(bye, bc=False)

    defects = list(dict.fromkeys(list(kinds) + implied))
    return call.transcript(), defects


# --------------------------------------------------------------------------- corpus
def _agents(n: int, seed: int) -> list[_Agent]:
    rng = random.Random(f"{seed}:agents")
    z = [rng.gauss(0.0, 1.0) for _ in range(n)]
    mean = sum(z) / n
    z = [x - mean for x in z]
    agents = []
    for i, zi in enumerate(z):
        clean_p = min(0.75, max(0.05, CLEAN_P + 0.15 * zi))
        mult = {k: math.exp(rng.gauss(0.0, 0.4)) for k in DEFECT_KINDS}
        habit = rng.choice(DEFECT_KINDS)
        mult[habit] *= 3.0
        more = min(0.7, max(0.15, 0.4 - 0.12 * zi))
        cpm = rng.uniform(240, 280) + (8 if habit == "fast_speech" else 0)
        agents.append(_Agent(str(8001 + i), clean_p, mult, more, min(cpm, 285)))
    # make the pool's mean clean share CLEAN_P (clipping moves it)
    shift = CLEAN_P - sum(a.clean_p for a in agents) / n
    return [_Agent(a.agent_id, min(0.8, max(0.02, a.clean_p + shift)), a.kind_mult, a.more_kinds, a.cpm) for a in agents]


def _grade(points: float) -> str:
    return next(g for floor, g in GRADES if points >= floor)


def make_call(i: int, seed: int, agents: list[_Agent], start: date) -> LabelledCall:
    rng = random.Random(f"{seed}:{i}")
    agent = rng.choice(agents)
    category = _weighted(rng, CAT.CATEGORY_WEIGHTS)
    kinds = _plan_kinds(rng, agent, category)
    day = start + timedelta(days=rng.randrange(30))
    seconds = rng.randrange(int(8.5 * 3600), int(20.5 * 3600))
    started_at = datetime.combine(day, time()) + timedelta(seconds=seconds)
    transcript, defects = _build_call(rng, agent, category, kinds)
    true_points = max(0.0, 100.0 - sum(DEFECT_WEIGHTS[k] for k in defects))
    label = category
    if rng.random() < CATEGORY_FLIP_P:
        label = rng.choice(CAT.CONFUSABLE[category])
    grader, bias = rng.choice(GRADERS)
    grade = _grade(true_points + rng.gauss(0.0, GRADER_SD) + bias)
    if rng.random() < FLIP_P:
        at = GRADE_ORDER.index(grade)
        steps = [s for s in (at - 1, at + 1) if 0 <= s < len(GRADE_ORDER)]
        grade = GRADE_ORDER[rng.choice(steps)]
    call_id = f"T{seed}-{i + 1:05d}"
    return LabelledCall(call_id, agent.agent_id, started_at, transcript, tuple(defects), true_points, grade,
                        label, grader)


def generate_corpus(n: int, seed: int = 0, *, agents: int = 12, start: date = date(2026, 10, 1)) -> list[LabelledCall]:
    """``n`` labelled calls, deterministic for ``seed``."""
    pool = _agents(agents, seed)
    return [make_call(i, seed, pool, start) for i in range(n)]


def call_to_json(call: LabelledCall) -> str:
    t = call.transcript
    return json.dumps({
        "call_id": call.call_id, "agent_id": call.agent_id, "started_at": call.started_at.isoformat(),
        "status": "done", "duration_s": t.duration_s, "layout": t.layout, "business_line": "default",
        "asr_key": t.asr_key, "utterances": [utterance_to_dict(u) for u in t.utterances],
        "speech": [[s.role, s.start, s.end] for s in t.speech],
    }, ensure_ascii=False)


def _atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def write_corpus(calls, out_dir: Path) -> None:
    """``out_dir/transcripts.jsonl.gz`` (the transcripts export format) and ``out_dir/labels.csv``
    (call_id, grade, category, grader; UTF-8, no BOM). Byte-identical for identical calls."""
    out_dir = Path(out_dir)
    raw = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=6, mtime=0) as gz:
        for call in calls:
            gz.write((call_to_json(call) + "\n").encode("utf-8"))
    _atomic_write(out_dir / "transcripts.jsonl.gz", raw.getvalue())
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(["call_id", "grade", "category", "grader"])
    for call in calls:
        writer.writerow([call.call_id, call.grade, call.category, call.grader])
    _atomic_write(out_dir / "labels.csv", text.getvalue().encode("utf-8"))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--agents", type=int, default=12)
    ap.add_argument("--start", type=date.fromisoformat, default=date(2026, 10, 1))
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    calls = generate_corpus(args.n, args.seed, agents=args.agents, start=args.start)
    write_corpus(calls, args.out)
    print(f"{len(calls)} calls -> {args.out}/transcripts.jsonl.gz, {args.out}/labels.csv")
    return 0


if __name__ == "__main__":
    sys.exit(main())
