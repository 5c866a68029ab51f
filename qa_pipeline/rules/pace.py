"""Conversation-dynamics rules: speaking too fast, and cutting the customer off."""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass

from ..text import normalise_for_matching, strip_punctuation
from ..config import RuleConfig, param
from ..records import Finding, Word
from .context import MONO_CONFIDENCE, CallContext
from .params import normalised


@dataclass(frozen=True)
class PaceParams:
    max_cpm: float = 300.0  # characters per minute of an utterance's own voiced time
    call_max_cpm: float | None = None  # the same over all of the agent's speech in the call (null or 0: not checked)
    min_chars: int = 12  # shorter utterances are too short to time
    baseline_ratio: float | None = None  # the call is this much faster than the agent's own median … (null or 0: off)
    baseline_min_calls: int = 20  # … over at least this many earlier calls …
    baseline_floor_cpm: float = 250.0  # … and faster than this in absolute terms
    implausible_cpm: float = 520.0  # no one speaks this fast: the words were put in the wrong turn
    # an utterance this much faster than the agent's median utterance in the same call … (null: off)
    turn_ratio: float | None = param(None, accepts=float)
    turn_floor_cpm: float = 270.0  # … and at least this fast: a rush a listener hears against the agent's own pace


SENTENCE_CHECK = 0.85  # an utterance this close to the limit has its sentences timed one by one
_SENTENCE = re.compile(r"[。？！?!；;]+")
_CLAUSE = re.compile(r"[，,。？！?!；;]+")


def _own_pace(params: PaceParams, rates: list[float]) -> tuple[float, float] | None:
    """(the agent's median utterance rate in this call, the rate from which an utterance is a
    rush against it: the median × ``turn_ratio``, at least ``turn_floor_cpm``); None when off or
    when the call has too few timed utterances to have a pace (three)."""
    if not params.turn_ratio or len(rates) < 3:
        return None
    median = statistics.median(rates)
    return median, max(params.turn_floor_cpm, params.turn_ratio * median)


def _fast(rule: RuleConfig, params: PaceParams, u, start: float, end: float, text: str, cpm: float,
          median: float | None = None, limit: float | None = None, call_cpm: float = 0.0) -> Finding:
    """A fast stretch: over ``limit`` (the call's limit where the whole call was over it), or
    (``median`` given) a rush against the agent's median utterance."""
    confidence, detail = u.confidence, f"{cpm:.0f} 字/分 (limit {params.max_cpm:.0f})"
    if median is not None:
        detail = f"{cpm:.0f} 字/分, {cpm / median:.2f}× the agent's median {median:.0f} in this call"
    elif limit is not None and limit < params.max_cpm:
        detail = f"{cpm:.0f} 字/分 in a call spoken at {call_cpm:.0f} 字/分 throughout (limit {limit:.0f})"
    if cpm > params.implausible_cpm:
        confidence, detail = min(confidence, 0.3), detail + "; faster than speech: the transcript may have merged two turns"
    return Finding.of(rule, start, end, text=text, confidence=confidence, detail=detail)


def _sentence_rates(ctx: CallContext, u, min_chars: int, breaks: re.Pattern = _SENTENCE):
    """(start, end, text, 字/分) of each sentence of ``u`` (each piece between ``breaks``, such as
    clauses) with at least ``min_chars`` timed characters."""
    times, offset = ctx.char_times(u), 0
    for sentence in breaks.split(u.text):
        n = len(strip_punctuation(sentence))
        spans = times[offset : offset + n]
        offset += n
        voiced, timed = sum(b - a for a, b in spans), sum(b > a for a, b in spans)
        if timed >= min_chars and voiced > 0:
            yield spans[0][0], spans[-1][1], sentence, 60 * timed / voiced


def check_fast_speech(rule: RuleConfig, params: PaceParams, ctx: CallContext) -> list[Finding]:
    findings = []
    scope = ctx.in_scope(rule.scope)
    seconds = sum(ctx.voiced_seconds(u) for u in scope)
    call_cpm = 60 * sum(ctx.timed_chars(u) for u in scope) / seconds if seconds > 0 else 0.0
    # an agent over the call's limit all call long rushed every turn that is over it too, not
    # only the few over the (higher) limit for one turn
    limit = params.max_cpm
    if params.call_max_cpm and call_cpm > params.call_max_cpm:
        limit = min(limit, params.call_max_cpm)
    rates = {id(u): 60 * ctx.timed_chars(u) / voiced for u in scope
             if ctx.timed_chars(u) >= params.min_chars and (voiced := ctx.voiced_seconds(u)) > 0}
    pace = _own_pace(params, list(rates.values()))
    for u in scope:
        if id(u) not in rates:
            continue
        cpm = rates[id(u)]
        if cpm > limit:
            findings.append(_fast(rule, params, u, u.start, u.end, u.text, cpm, limit=limit, call_cpm=call_cpm))
        elif pace is not None and cpm >= pace[1]:
            findings.append(_fast(rule, params, u, u.start, u.end, u.text, cpm, median=pace[0]))
        elif cpm > SENTENCE_CHECK * limit:
            # ASR joins turns: one fast sentence can hide in a slower utterance
            for start, end, text, rate in _sentence_rates(ctx, u, params.min_chars):
                if rate > limit:
                    findings.append(_fast(rule, params, u, start, end, text, rate, limit=limit, call_cpm=call_cpm))
        elif pace is not None:
            # a rush in the second half of a long turn: its clauses timed against the agent's own pace
            for start, end, text, rate in _sentence_rates(ctx, u, params.min_chars, _CLAUSE):
                if rate >= pace[1]:
                    findings.append(_fast(rule, params, u, start, end, text, rate, median=pace[0]))
    if findings or seconds <= 0:
        return findings
    if params.call_max_cpm and call_cpm > params.call_max_cpm:
        return [Finding.of(rule, scope[0].start, scope[-1].end, confidence=0.8,
                           detail=f"whole call {call_cpm:.0f} 字/分 (limit {params.call_max_cpm:.0f})")]
    history = ctx.agent_history
    if params.baseline_ratio and len(history) >= params.baseline_min_calls and call_cpm > params.baseline_floor_cpm:
        usual = statistics.median(history)
        if call_cpm > usual * params.baseline_ratio:
            return [Finding.of(rule, scope[0].start, scope[-1].end, confidence=0.7,
                               detail=f"whole call {call_cpm:.0f} 字/分, {call_cpm / usual:.2f}× this agent's usual {usual:.0f} "
                                      f"(median of {len(history)} earlier calls)")]
    return []


def _longest_first(texts) -> tuple[str, ...]:
    return tuple(sorted(dict.fromkeys(normalised(texts)), key=len, reverse=True))


@dataclass(frozen=True)
class InterruptionParams:
    min_overlap_s: float = 1.0  # the agent talks over the customer at least this long
    min_chars: int = 4  # the agent's utterance is substantive, not a backchannel
    # longest first, so 好的好的 is stripped whole
    backchannels: tuple[str, ...] = param((), accepts=tuple[str, ...], convert=_longest_first)
    yield_grace_s: float = 1.0  # an agent mid-turn when the customer cuts in may finish the clause and yield


def check_interruption(rule: RuleConfig, params: InterruptionParams, ctx: CallContext) -> list[Finding]:
    """Substantive agent words while the customer is speaking, for ``min_overlap_s``, whoever began.

    Voice activity times the overlap; the words decide what it was. The agent's words in it
    must be more than backchannels (嗯, 好的, 对), and so must the customer's: a customer's
    嗯 over the agent's explanation is listening, not being talked over.
    """
    if not ctx.roles_known:
        return []  # overlap cannot be seen on one mixed channel
    if ctx.transcript.separation is not None:
        return _cut_ins(rule, params, ctx)
    # Sound, not padded voice activity: two 0.3 s pads would make a customer's 0.6 s 嗯嗯
    # (which Whisper may write as anything) overlap the agent for 1.2 s.
    findings = []
    for c in ctx.heard_speech("customer"):
        for a in (s for s in ctx.heard_speech("agent") if s.start < c.end and c.start < s.end):
            start, until = max(a.start, c.start), min(a.end, c.end)
            # An agent well into a turn when the customer cuts in may finish the clause and yield;
            # one who starts with the customer (or just before), or talks on until the customer
            # gives up (「您先听我讲完」 said whole under the agent's explanation, set 12), should
            # have let them speak.
            finishing = c.start - a.start > params.yield_grace_s and a.end <= c.end
            if until - start < params.min_overlap_s + (params.yield_grace_s if finishing else 0.0):
                continue
            agent_words, customer_words = _words_in(ctx, "agent", start, until), _words_in(ctx, "customer", start, until)
            if not _substantive(agent_words, params) or not _substantive(customer_words, params, 2):
                continue
            began = "the agent began while the customer spoke" if a.start > c.start else "the agent was still talking when the customer began"
            yielded = "the customer gave up the turn" if c.end < a.end else "the agent stopped first"
            # Both must have said words: the customer's too, heard as surely (a 嗯嗯 under the
            # agent's question came back as 「在论了23」 at 0.51, set 16; a customer who really
            # spoke up was heard at 0.74 or better in eight sets)
            confidence = _mean_probability(agent_words) * _mean_probability(customer_words)
            findings.append(Finding.of(rule, start, until, text="".join(w.text for w in agent_words),
                                       confidence=confidence,
                                       detail=f"agent spoke over the customer for {until - start:.1f} s ({began}; {yielded})"))
    return findings


def _cut_ins(rule: RuleConfig, params: InterruptionParams, ctx: CallContext) -> list[Finding]:
    """On a mono call: the agent took the turn from the customer without a pause (``Separation.overlaps``).

    One channel does not show how long both spoke, nor whether the customer had finished: the
    finding goes to review (confidence below the review line) instead of deducting on a guess.
    """
    findings = []
    for start, until in ctx.transcript.separation.overlaps:
        middle = (start + until) / 2
        customer = _words_in(ctx, "customer", start - 1.0, middle)
        agent = _words_in(ctx, "agent", middle, until + 1.0)
        if not customer or not agent or customer[-1].end > agent[0].start + 0.3:
            continue
        if not _substantive(agent, params) or not _substantive(customer, params, 2):
            continue
        findings.append(Finding.of(rule, start, until, text="".join(w.text for w in agent), confidence=MONO_CONFIDENCE,
                                   detail="mono: the agent took the turn from the customer without a pause; "
                                          "whether they talked over them cannot be measured on one channel"))
    return findings


def _mean_probability(words: list[Word]) -> float:
    """Whisper's mean word probability over ``words``."""
    return sum(w.probability for w in words) / len(words)


def _words_in(ctx: CallContext, role: str, start: float, until: float) -> list[Word]:
    """The words of ``role`` said between ``start`` and ``until`` (Whisper's word edges drift 0.1 s)."""
    return [w for u in ctx.transcript.by_role(role) if u.start < until and start < u.end
            for w in u.words if start - 0.1 <= w.start < until]


def _substantive(words: list[Word], params: InterruptionParams, min_chars: int | None = None) -> bool:
    """Whether ``words`` say more than backchannels (嗯，好的，…); ASR joins those to what follows."""
    text = normalise_for_matching("".join(w.text for w in words))
    changed = True
    while text and changed:
        lead = next((b for b in params.backchannels if text.startswith(b)), None)
        changed = lead is not None
        text = text[len(lead):] if lead else text
    return len(text) >= (params.min_chars if min_chars is None else min_chars)
