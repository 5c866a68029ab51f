"""Silence rules: holds, what must be said around them, and dead air.

Voice activity decides, not the transcript: a silence is a gap in the speech of *both*
channels, so music on the line never counts as speech and a gap can be timed exactly.

- ``long_hold``: a silence longer than ``max_s`` (30 s).
- ``unannounced_hold``: a hold (≥ ``min_s``) the agent did not announce (请稍等 …).
- ``missing_hold_thanks``: after a hold the agent resumes without thanking the caller for
  waiting (感谢您的耐心等待 / 让您久等了).
- ``dead_air``: a shorter silence (``min_s`` … ``below_s``) after the customer spoke, where
  the agent owed an answer and said nothing, not even 请稍等.

A pause the customer asked for (你等一下，我找一下) is the customer's, not the agent's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Mapping

from ..config import ConfigError, RuleConfig, param
from ..records import Finding, Utterance
from .context import CallContext, normalised_length
from .learned import LearnedClauses, read_examples
from .params import named_shape_lists, phrase_list, set_derived
from .phrases import HeardText, Phrase, Shape, find_phrase



@dataclass(frozen=True)
class HoldParams:
    # a gap at least this long is a hold (dead_air: counts as dead air); null, as before, means the default
    min_s: float = param(30.0, accepts=float | None)
    max_s: float | None = None  # long_hold: a hold longer than this breaks the rule
    below_s: float | None = None  # dead_air: gaps this long are holds, judged by the hold rules
    announce: tuple[Phrase, ...] = phrase_list()  # words that must come before a hold
    thanks: tuple[Phrase, ...] = phrase_list()  # missing_hold_thanks: words that must come after it
    lookback_s: float = 15.0  # how far before the hold the announcement may be
    # missing_hold_thanks: a shorter silence is a hold too once the agent announced it (请稍等 …
    # then 7 s of quiet): the caller was asked to wait, so is owed the thanks (None: min_s only)
    announced_min_s: float | None = param(None, accepts=float | None)
    customer_pause: tuple[Phrase, ...] = phrase_list()  # the customer asking for time: their pause, not a hold
    similarity: float = 0.8
    # announce / thanks by their shape over the heard characters, in words no list holds
    # (帮您到系统里调一下记录, 谢谢您一直等着); the read-back and thanks exceptions hold for them too
    patterns: Mapping[str, tuple[Shape, ...]] = named_shape_lists()
    # P(asks the caller to hold) from which a classifier's judgement of one of the agent's turns
    # before the gap is an announcement (learned.py; 您在线上等着就好); absent: not asked
    learned_announce: float | None = param(None, accepts=float)
    # missing_hold_thanks: P(thanks the caller for waiting) from which the classifier's judgement
    # of a turn after the hold is a thanks (让您排了这么久, 谢您耐着性子等我); absent: not asked
    learned_thanks: float | None = param(None, accepts=float)
    announcer: LearnedClauses | None = field(init=False)
    thanker: LearnedClauses | None = field(init=False)

    def __post_init__(self):
        if unknown := [name for name in self.patterns if name not in ("announce", "thanks")]:
            raise ConfigError(f"patterns: only announce and thanks have shapes, not {', '.join(unknown)}")
        announcer = thanker = None
        if self.learned_announce is not None:
            announcer = LearnedClauses.fit(read_examples("announce") + tuple((p.text, True) for p in self.announce))
        if self.learned_thanks is not None:
            thanker = LearnedClauses.fit(read_examples("thanks") + tuple((p.text, True) for p in self.thanks))
        set_derived(self, announcer=announcer, thanker=thanker)

    def announced(self, ctx: CallContext, utterances: tuple[Utterance, ...]) -> bool:
        """An announcement in ``utterances``, other than in a read-back or a thanks for waiting:
        after one of those, the rest of the words are searched."""
        heard = ctx.heard(*utterances)
        return (any(self._said(heard, p, _not_a_request) for p in self.announce)
                or self._in_shape(heard, "announce", _not_a_request)
                or any(self._announced_by_learning(ctx.heard(u).chars, u.text) for u in utterances))

    def _announced_by_learning(self, chars: str, text: str) -> bool:
        """The classifier judges the turn, or a clause of it, a request to hold, and that piece is
        no read-back or thanks (the classifier reads a clause alone: 「我核实一下」 of 「户号是一三五七，
        我核实一下，对吗」 is a request only without its question; 「谢您耐心等候」 thanks for a wait)."""
        if self.announcer is None:
            return False
        return any(p >= self.learned_announce and (at := chars.find(piece)) >= 0
                   and not _not_a_request(chars, at, at + len(piece)) and not any(q in piece for q in _THANKS)
                   for p, piece in self.announcer.scored(text))

    def thanked(self, ctx: CallContext, utterances: tuple[Utterance, ...]) -> bool:
        """A thanks in ``utterances``: a listed one, or a request to wait said as thanks for the wait
        (多谢您稍等, 谢谢您在线等候), the same words ``announced`` does not count as a request."""
        heard = ctx.heard(*utterances)
        return (any(self._said(heard, p, _read_back) for p in self.thanks) or self._in_shape(heard, "thanks", _read_back)
                or any(self._said(heard, p, _not_thanks) for p in self.announce)
                or any(self._thanked_by_learning(u.text) for u in utterances))

    def _thanked_by_learning(self, text: str) -> bool:
        """The classifier judges the turn, or a clause of it, a thanks for the wait, and the turn
        speaks of the wait or of thanks at all (``_OF_THE_WAIT``): the examples' thanks come with the
        news (谢谢您久等，仓库那边确认好了), so news alone reads as thanks to it (sets 21 and 23:
        「仓库那边确认好了，货在」 at 0.97)."""
        return (self.thanker is not None and any(word in text for word in _OF_THE_WAIT)
                and self.thanker.best(text)[0] >= self.learned_thanks)

    def _said(self, heard: HeardText, phrase: Phrase, skip) -> bool:
        while (m := find_phrase(heard, phrase, self.similarity)) is not None:
            if not skip(heard.chars, m.start, m.end):
                return True
            heard = HeardText.of_normalised(heard.chars[m.end:])
        return False

    def _in_shape(self, heard: HeardText, name: str, skip) -> bool:
        return any(not skip(heard.chars, start, end)
                   for x in self.patterns.get(name, ()) for start, end in x.spans(heard))


# 「…五九九八六五，我核对一下，没错吧？」 checks a detail with the customer there and then: a
# read-back, not the announcement of a hold (「我帮您查一下好吗」 asks leave to hold: still one).
# 「我核对一下您的手机号是13297069070对吗」 reads a whole number back before its question.
_CONFIRMING = ("没错吧", "对吧", "对吗", "是吧", "是吗", "对不对", "是不是", "没问题吧", "正确吗",
               "没记错吧", "没错吗", "是这个吧", "是这个吗", "是这样吧",   # 号码是…，没记错吧 (set 8, post hoc)
               "是否正确", "请问是否正确", "是否无误", "有没有错")   # the formal read-back: 跟您核对一下，…，请问是否正确 (set 30, post hoc)
_READ_BACK_WITHIN = 4  # characters between the phrase and the confirming question …
_DETAIL_WITHIN = 24    # … or between them a detail read back, and this many in all:
# a number, or a detail stated as such (「跟您核对一下，登记的是麦小林没错吧」, set 12, post hoc)
_DETAIL = re.compile("[0-9零〇一二三四五六七八九幺两]{3,}|的是")


def _reading_back(chars: str, end: int) -> bool:
    for q in _CONFIRMING:
        at = chars.find(q, end, end + _DETAIL_WITHIN + len(q))
        if at >= 0 and (at - end <= _READ_BACK_WITHIN or _DETAIL.search(chars, end, at)):
            return True
    return False


# What any thanks for a wait says, however Whisper garbles the rest: thanks or an apology, the
# wait, its length, the caller's patience or time, or that they stayed on the line (些陷阴一直在陷陪我,
# 现您给我这点时间, 以干先您一直短着电话, 一抱歉胆葛宁这么旧: set 11-22's thanks as heard)
_OF_THE_WAIT = ("谢", "等", "久", "耐", "耽", "误", "歉", "劳", "辛苦", "陪", "挂", "候", "亏", "占用", "一直", "时间",
                "让您", "不好意思", "对不起", "麻烦", "过意不去", "电话")


# 「谢谢您的耐心等候」 after the last hold sounds like 请耐心等候, but thanks for a wait that is over.
_THANKS = ("谢谢", "感谢", "多谢", "谢您")  # 谢您: one 谢 of 谢谢您 dropped by Whisper
_THANKS_WITHIN = 4  # characters between the thanks and the phrase it would otherwise be


def _thanking(chars: str, start: int) -> bool:
    return any(q in chars[max(0, start - _THANKS_WITHIN - len(q)):start + len(q)] for q in _THANKS)


def _not_a_request(chars: str, start: int, end: int) -> bool:
    return _reading_back(chars, end) or _thanking(chars, start)


def _read_back(chars: str, start: int, end: int) -> bool:
    return _reading_back(chars, end)


def _not_thanks(chars: str, start: int, end: int) -> bool:
    return not _thanking(chars, start)


# which of HoldParams each hold kind reads: a key of another hold kind is refused at load
HOLD_KEYS = {
    "long_hold": ("max_s", "min_s"),
    "unannounced_hold": ("min_s", "lookback_s", "announce", "customer_pause", "similarity", "patterns", "learned_announce"),
    "missing_hold_thanks": ("min_s", "announced_min_s", "lookback_s", "thanks", "announce", "customer_pause", "similarity",
                            "patterns", "learned_announce", "learned_thanks"),
    "dead_air": ("min_s", "below_s", "lookback_s", "announce", "customer_pause", "similarity", "patterns", "learned_announce"),
}


def _customer_asked_for_it(ctx: CallContext, params: HoldParams, start: float) -> bool:
    """The customer's last words before the silence asked for time (你等一下，我找一下).

    Matched by exact sound only: these phrases are short, and one syllable turns a pause
    the customer asked for (我找一下) into a request to the agent (我查一下); and one
    preceded by 帮/给/替 (帮我看一下) is such a request too.
    """
    last = ctx.last_before(start)
    if not ctx.roles_known or last is None or last.role != "customer":
        return False
    chars, at = ctx.chars(last), ctx.index(last)
    return any(not chars[max(0, m.start - 1):m.start] in _ON_MY_BEHALF
               for p in params.customer_pause for m in ctx.said_in(p).get(at, ()))


_ON_MY_BEHALF = ("帮", "给", "替")  # 帮我看一下 asks the agent to look: the agent's hold


_BACKCHANNEL_CHARS = frozenset("嗯恩摁啊哦噢喔好的对是行")  # 嗯嗯 / 好的 / 对对: listening, not a turn


def _substantive(ctx: CallContext, u: Utterance) -> bool:
    return not set(ctx.chars(u)) <= _BACKCHANNEL_CHARS


_CLAUSE_END = re.compile(r"(?<=[，。？！；,.?!;])")


def _begun_by(ctx: CallContext, utterances: tuple[Utterance, ...], deadline: float) -> tuple[Utterance, ...]:
    """``utterances`` up to their last clause begun by ``deadline`` (from the word times; the
    first clause of each, whose turn began by then, always).

    A thanks for the wait is said on return: 谢谢您一直信任我们 twenty seconds into the answer
    (set 15) thanks the caller for something else."""
    kept = []
    for u in utterances:
        times, at, clauses = ctx.char_times(u), 0, []
        for clause in _CLAUSE_END.split(u.text):
            if clauses and at < len(times) and times[at][0] > deadline:
                break
            clauses.append(clause)
            at += normalised_length(clause)
        said = "".join(clauses)
        kept.append(u if said == u.text else replace(u, text=said))
    return tuple(kept)


def _agent_before(ctx: CallContext, rule: RuleConfig, params: HoldParams, start: float) -> tuple[Utterance, ...]:
    """The agent's last two substantive turns that end within ``lookback_s`` before ``start``.

    A backchannel (嗯嗯) just before a hold says nothing about whether it was announced; the
    announcement is in the turns before it.
    """
    before = [u for u in ctx.in_scope(rule.scope)
              if start - params.lookback_s <= u.end <= start + 0.5 and _substantive(ctx, u)]
    return tuple(before[-2:])


def _announcement_doubt(ctx: CallContext, params: HoldParams, before: tuple[Utterance, ...]) -> tuple[float, str]:
    """How sure the hold was unannounced, and why not surer.

    The silence itself is measured, so it is certain. What is uncertain is whether the agent's
    words before it held an announcement: that is as sure as Whisper was of those words, and
    much less where they sound like an announcement it was unsure of (麻烦您收总片客).
    """
    if not before:
        return 0.9, ""
    confidence = sum(u.confidence for u in before) / len(before)
    return _unless_misheard(ctx, before, params.announce, confidence, _not_a_request)


def _thanks_doubt(ctx: CallContext, params: HoldParams, after: tuple[Utterance, ...]) -> tuple[float, str]:
    """How sure the agent resumed without thanks: as sure as Whisper was of the words after the
    hold, and much less where they sound like a thanks it was unsure of (「哲干宪宁的等待」)."""
    return _unless_misheard(ctx, after, params.thanks, min(u.confidence for u in after))


def _unless_misheard(ctx: CallContext, utterances: tuple[Utterance, ...], phrases, confidence: float,
                     not_it=lambda chars, start, end: False) -> tuple[float, str]:
    """A missing phrase's confidence and doubt: low where a stretch Whisper was unsure of sounds
    like one of ``phrases`` (and is not what ``not_it`` says it is), else the evidence of absence."""
    chars = ctx.heard(*utterances).chars
    if (m := ctx.misheard(utterances, phrases, poorly=ctx.heard_poorly())) and not not_it(chars, m.start, m.end):
        return min(confidence, 0.5) * 0.8, f"; possibly misheard: {m.phrase}≈「{chars[m.start:m.end]}」"
    return ctx.absent(confidence, traced=True)


def _finding(rule: RuleConfig, ctx: CallContext, start: float, end: float, text: str,
             confidence: float, detail: str) -> Finding:
    confidence, detail = ctx.for_roles(confidence, detail)
    return Finding.of(rule, start, end, text=text, confidence=confidence, detail=detail)


def check_long_hold(rule: RuleConfig, params: HoldParams, ctx: CallContext) -> list[Finding]:
    limit = params.max_s if params.max_s is not None else params.min_s
    return [
        Finding.of(rule, a, b, confidence=0.95, detail=f"no speech from either side for {b - a:.1f} s (limit {limit:.0f} s)")
        for a, b in ctx.silences(limit) if b - a > limit
    ]


def check_unannounced_hold(rule: RuleConfig, params: HoldParams, ctx: CallContext) -> list[Finding]:
    findings = []
    for a, b in ctx.silences(params.min_s):
        if _customer_asked_for_it(ctx, params, a):
            continue
        before = _agent_before(ctx, rule, params, a)
        if params.announced(ctx, before):
            continue
        confidence, doubt = _announcement_doubt(ctx, params, before)
        findings.append(_finding(rule, ctx, a, b, ctx.heard(*before).chars[-40:], confidence,
                                 f"hold of {b - a:.1f} s without an announcement (请稍等 …) before it{doubt}"))
    return findings


def check_missing_hold_thanks(rule: RuleConfig, params: HoldParams, ctx: CallContext) -> list[Finding]:
    findings = []
    agent = ctx.in_scope(rule.scope)
    shortest = min(params.min_s, params.announced_min_s or params.min_s)
    for a, b in ctx.silences(shortest):
        if _customer_asked_for_it(ctx, params, a):
            continue
        if b - a < params.min_s and not params.announced(ctx, _agent_before(ctx, rule, params, a)):
            continue  # a short pause nobody was asked to wait through
        # The agent's first turns after the hold: the thanks may follow a 您好 / 喂.
        after = tuple(u for u in agent if b - 0.5 <= u.start <= b + params.lookback_s)[:2]
        if not after:
            continue  # the call ended on hold, or the customer spoke first and the agent never came back
        on_return = _begun_by(ctx, after, b + params.lookback_s)
        if params.thanked(ctx, on_return):
            continue
        confidence, doubt = _thanks_doubt(ctx, params, on_return)
        findings.append(_finding(rule, ctx, after[0].start, after[-1].end, ctx.heard(*after).chars[:40], confidence,
                                 f"resumed after a {b - a:.1f} s hold without thanking the caller for waiting{doubt}"))
    return findings


def check_dead_air(rule: RuleConfig, params: HoldParams, ctx: CallContext) -> list[Finding]:
    findings = []
    for a, b in ctx.silences(params.min_s):
        if params.below_s is not None and b - a >= params.below_s:
            continue  # a hold: the hold rules judge it
        last = ctx.last_before(a)
        if ctx.roles_known and (last is None or last.role != "customer"):
            continue  # the agent had spoken last: the customer's turn to talk
        if _customer_asked_for_it(ctx, params, a) or params.announced(ctx, _agent_before(ctx, rule, params, a)):
            continue
        findings.append(_finding(rule, ctx, a, b, ctx.chars(last)[-40:] if last else "",
                                 last.confidence if last else 0.5,
                                 f"{b - a:.1f} s of silence after the customer spoke, nothing said"))
    return findings
