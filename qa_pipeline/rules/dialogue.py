"""Conversation rules: asking again for what was given, and meeting a complaint with empathy.

``repeated_question``: the agent asks again for what the customer already gave.

Information is tracked per *slot* (phone number, card, account, name, address …), each
named by a few nouns (手机号, 电话号码 …). The customer has *given* a slot when a turn of
theirs names it together with a value (digits, 我叫…, …小区…号楼), or answers, with a
value, the agent's question for it. The agent *asks* for a slot when a turn names it and
asks (请问, 多少, 提供, 说一下 …, or a question mark). Asking for a slot already given breaks the rule, except a
read-back (the agent says the value: 「尾号一二三四，对吗？」) or a request for a different
one (新的手机号码), which ``exclude`` lists.

``missing_empathy``: the customer complains (投诉, 太慢了, 什么态度 …) and the agent's next
turns hold no apology or acknowledgement (抱歉, 不好意思, 理解您的心情, 您先别着急 …).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Mapping

from ..config import RuleConfig
from ..errors import ConfigError
from ..records import Finding, Utterance
from .context import CallContext
from .params import named_patterns, named_phrase_lists, phrase_list
from .phrases import Phrase, find_phrase

_DIGITS = re.compile(r"[0-9零〇一二三四五六七八九幺两]{3,}")


@dataclass(frozen=True)
class SlotParams:
    slots: Mapping[str, tuple[Phrase, ...]] = named_phrase_lists()  # slot → nouns naming it
    # slot → what its value looks like (default: 3+ digits)
    values: Mapping[str, re.Pattern] = named_patterns()
    ask: tuple[Phrase, ...] = phrase_list()
    exclude: tuple[Phrase, ...] = phrase_list()

    def __post_init__(self):
        if not self.slots:
            raise ConfigError("needs at least one entry under slots")

    def has_value(self, slot: str, chars: str) -> bool:
        return bool(self.values.get(slot, _DIGITS).search(chars))


def _where(ctx: CallContext, phrases: tuple[Phrase, ...]) -> set[int]:
    """Indices of the utterances that say any of ``phrases``."""
    return set().union(*(ctx.said_in(p) for p in phrases))


def check_repeated_question(rule: RuleConfig, params: SlotParams, ctx: CallContext) -> list[Finding]:
    if not ctx.roles_known:
        return []  # who asked and who answered cannot be told apart on one channel
    named: dict[int, list[str]] = {}
    for slot, nouns in params.slots.items():
        for i in sorted(_where(ctx, nouns)):
            named.setdefault(i, []).append(slot)
    if not named:
        return []
    # a question mark asks too: ASR writes 「您的姓名是？」 with one, and it names no ask word
    asks = _where(ctx, params.ask) | {i for i, u in enumerate(ctx.transcript.utterances) if "？" in u.text or "?" in u.text}
    excluded = _where(ctx, params.exclude)
    given: dict[str, Utterance] = {}
    asked: list[str] = []  # slots the agent's last question asked for
    findings = []
    for i, u in enumerate(ctx.transcript.utterances):
        chars = ctx.chars(u)
        slots = named.get(i, [])
        if u.role == "customer":
            for slot in set(slots) | set(asked):
                if slot not in given and params.has_value(slot, chars):
                    given[slot] = u
            continue
        if u.role != "agent":
            continue
        if not slots or i not in asks:
            if len(chars) > 4:
                asked = []  # the agent moved on; a backchannel (好的) does not close the question
            continue
        if i in excluded or _DIGITS.search(chars):
            asked = []  # a read-back or a different item: not asking again
            continue
        asked = slots
        for slot in slots:
            if slot in given:
                first = given[slot]
                findings.append(Finding.of(
                    rule, u.start, u.end, text=u.text, confidence=u.confidence,
                    detail=f"asked again for {slot}; the customer gave it at {first.start:.0f} s: 「{first.text}」"))
    return findings


@dataclass(frozen=True)
class EmpathyParams:
    complaints: tuple[Phrase, ...] = phrase_list()
    responses: tuple[Phrase, ...] = phrase_list()
    turns: int = 2  # the agent's turns after the complaint that may carry the response
    similarity: float = 0.8


def check_missing_empathy(rule: RuleConfig, params: EmpathyParams, ctx: CallContext) -> list[Finding]:
    if not ctx.roles_known:
        return []
    complained = sorted(i for i in _where(ctx, params.complaints) if ctx.transcript.utterances[i].role == "customer")
    utterances = ctx.transcript.utterances
    findings, answered_until = [], -1
    for i in complained:
        if i <= answered_until:
            continue  # one complaint told in several sentences: judged once
        replies = [j for j in range(i + 1, len(utterances)) if utterances[j].role == "agent"][: params.turns]
        if not replies:
            continue
        answered_until = replies[-1]
        heard = ctx.heard(*(utterances[j] for j in replies))
        if any(find_phrase(heard, p, params.similarity) for p in params.responses):
            continue
        complaint, reply = utterances[i], utterances[replies[0]]
        findings.append(Finding.of(rule, reply.start, utterances[replies[-1]].end, text=reply.text,
                                   confidence=min(complaint.confidence, reply.confidence),
                                   detail=f"no apology or acknowledgement after the complaint 「{complaint.text}」"))
    return findings
