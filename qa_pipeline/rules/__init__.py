"""Rules stage: find what breaks the service code in a transcript.

Each rule ``kind`` maps to its parameters (a frozen dataclass, built once when a rule set is
compiled) and a check function (run per call). New kinds register here.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, fields, replace
from typing import Any, Callable, Iterator, Mapping, Sequence

from ..config import RuleConfig, RuleSet, check_settings, typed
from ..errors import ConfigError
from ..records import Finding, Transcript
from .context import CallContext
from .dialogue import EmpathyParams, SlotParams, check_missing_empathy, check_repeated_question
from .filler import FillerParams, check_filler
from .holds import HOLD_KEYS, HoldParams, check_dead_air, check_long_hold, check_missing_hold_thanks, check_unannounced_hold
from .pace import InterruptionParams, PaceParams, check_fast_speech, check_interruption
from .phrases import Phrase, want
from .script import ScriptParams, check_script
from .taboo import TabooParams, check_forbidden_phrase


@dataclass(frozen=True)
class _Kind:
    params: type  # frozen dataclass whose fields declare the kind's parameters (name, type, default)
    check: Callable[[RuleConfig, Any, CallContext], list[Finding]]
    keys: tuple[str, ...] | None = None  # the fields this kind reads, where kinds share a Params class
    uses_roles: bool = True  # its findings depend on who spoke (scaled by a mono call's separation)


_KINDS: dict[str, _Kind] = {
    "missing_greeting": _Kind(ScriptParams, check_script),
    "missing_closing": _Kind(ScriptParams, check_script),
    "long_hold": _Kind(HoldParams, check_long_hold, HOLD_KEYS["long_hold"], uses_roles=False),
    "unannounced_hold": _Kind(HoldParams, check_unannounced_hold, HOLD_KEYS["unannounced_hold"]),
    "forbidden_phrase": _Kind(TabooParams, check_forbidden_phrase),
    "fast_speech": _Kind(PaceParams, check_fast_speech),
    "interruption": _Kind(InterruptionParams, check_interruption),
    "filler": _Kind(FillerParams, check_filler),
    "missing_hold_thanks": _Kind(HoldParams, check_missing_hold_thanks, HOLD_KEYS["missing_hold_thanks"]),
    "dead_air": _Kind(HoldParams, check_dead_air, HOLD_KEYS["dead_air"]),
    "repeated_question": _Kind(SlotParams, check_repeated_question),
    "missing_empathy": _Kind(EmpathyParams, check_missing_empathy),
}
KINDS = tuple(_KINDS)


@dataclass(frozen=True)
class CompiledRuleSet:
    ruleset: RuleSet
    checks: tuple[tuple[RuleConfig, Any, Callable], ...]

    def run(self, transcript: Transcript, agent_history: tuple[float, ...] = ()) -> list[Finding]:
        return self.check(CallContext(transcript, agent_history))

    def check(self, ctx: CallContext, kept: Mapping[str, Sequence[Finding]] | None = None) -> list[Finding]:
        """The call's findings, in time order. ``kept``: rule id → findings of an earlier check
        whose inputs are unchanged (``scoring.digests``); those rules are not run again."""
        kept = kept or {}
        findings = [f for rule, params, check in self.checks if rule.rule_id not in kept for f in check(rule, params, ctx)]
        if ctx.transcript.separation is not None:
            findings = [_separated(f, ctx) for f in findings]
        findings += [f for rule, _, _ in self.checks for f in kept.get(rule.rule_id, ())]  # stored as _separated made them
        # stable: findings of one rule at one time keep the order their check gave them
        return sorted(findings, key=lambda f: (f.start_s, f.rule_id))

    @functools.cached_property
    def rule_ids(self) -> tuple[str, ...]:
        """The enabled rules' ids, in check order."""
        return tuple(rule.rule_id for rule, _, _ in self.checks)

    def rule_modules(self) -> tuple[tuple[RuleConfig, str], ...]:
        """Each enabled rule with the module of its check: the code its findings depend on."""
        return tuple((rule, check.__module__) for rule, _, check in self.checks)


def _separated(finding: Finding, ctx: CallContext) -> Finding:
    """On a mono call whose speakers were told apart by voice, a finding that depends on who
    spoke is only as sure as that: its confidence is scaled by the roles' certainty there."""
    kind = _KINDS.get(finding.kind)
    if kind is not None and not kind.uses_roles:
        return finding
    certainty = ctx.role_certainty(finding.start_s, finding.end_s)
    return replace(finding, confidence=round(finding.confidence * certainty, 3),
                   detail=f"{finding.detail}; mono: speakers told apart by voice (roles {certainty:.2f} sure)")


def check_rule(rule: RuleConfig, where: str) -> None:
    """Refuse an unknown kind, and parameters the kind does not read or of the wrong type.

    A typo (``requird:``) would otherwise be ignored and the rule run on its default. Every
    rule, enabled or not; what only building the parameters finds waits for ``compile_ruleset``."""
    if rule.kind not in _KINDS:
        raise ConfigError(f"{where}: rules.{rule.rule_id}: unknown kind {rule.kind!r}; known: {', '.join(KINDS)}")
    kind = _KINDS[rule.kind]
    check_settings(kind.params, rule.params, f"{where}: rules.{rule.rule_id}", keys=kind.keys, kind=rule.kind)


def rule_params(rule: RuleConfig) -> Any:
    """The parameters ``rule``'s check reads: its kind's Params, built by the config's typed loader."""
    kind = _KINDS[rule.kind]
    return typed(kind.params, rule.params, f"rules.{rule.rule_id}", keys=kind.keys, kind=rule.kind)


def compile_ruleset(ruleset: RuleSet) -> CompiledRuleSet:
    """Build every enabled rule's parameters once; unknown kinds are a configuration error.

    The phrases of all its rules go into the shared phrase index (``phrases.want``): one pass
    over a text then says which of them occur in it at all."""
    checks = []
    for rule in ruleset.enabled():
        if rule.kind not in _KINDS:
            raise ConfigError(f"rule set {ruleset.name}: rule {rule.rule_id} has unknown kind {rule.kind!r}")
        checks.append((rule, rule_params(rule), _KINDS[rule.kind].check))
    want(p for _, params, _ in checks for p in _phrases_in(params))
    return CompiledRuleSet(ruleset, tuple(checks))


def _phrases_in(params: Any) -> Iterator[Phrase]:
    """Every ``Phrase`` among a rule's parameters: alone, in a tuple, or in a mapping's values."""
    for f in fields(params):
        value = getattr(params, f.name)
        for item in value.values() if isinstance(value, Mapping) else (value,):
            if isinstance(item, Phrase):
                yield item
            elif isinstance(item, (tuple, list)):
                yield from (x for x in item if isinstance(x, Phrase))
