"""Rules stage: find what breaks the service code in a transcript.

Each rule ``kind`` maps to a parameter parser (run once, when a rule set is compiled) and a
check function (run per call). New kinds register here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from ..config import RuleConfig, RuleSet, check_type
from ..errors import ConfigError
from ..records import Finding, Transcript
from .context import CallContext
from .dialogue import EMPATHY_PARAMS, SLOT_PARAMS, EmpathyParams, SlotParams, check_missing_empathy, check_repeated_question
from .filler import FILLER_PARAMS, FillerParams, check_filler
from .holds import (HOLD_PARAMS, HoldParams, check_dead_air, check_long_hold, check_missing_hold_thanks,
                    check_unannounced_hold)
from .pace import INTERRUPTION_PARAMS, PACE_PARAMS, InterruptionParams, PaceParams, check_fast_speech, check_interruption
from .script import SCRIPT_PARAMS, ScriptParams, check_script
from .taboo import TABOO_PARAMS, TabooParams, check_forbidden_phrase

_KINDS: dict[str, tuple[Callable[[RuleConfig], Any], Callable[[RuleConfig, Any, CallContext], list[Finding]]]] = {
    "missing_greeting": (ScriptParams.of, check_script),
    "missing_closing": (ScriptParams.of, check_script),
    "long_hold": (HoldParams.of, check_long_hold),
    "unannounced_hold": (HoldParams.of, check_unannounced_hold),
    "forbidden_phrase": (TabooParams.of, check_forbidden_phrase),
    "fast_speech": (PaceParams.of, check_fast_speech),
    "interruption": (InterruptionParams.of, check_interruption),
    "filler": (FillerParams.of, check_filler),
    "missing_hold_thanks": (HoldParams.of, check_missing_hold_thanks),
    "dead_air": (HoldParams.of, check_dead_air),
    "repeated_question": (SlotParams.of, check_repeated_question),
    "missing_empathy": (EmpathyParams.of, check_missing_empathy),
}
KINDS = tuple(_KINDS)
# kind → the parameters its parser reads, with their types (declared beside each rule)
PARAMS: dict[str, dict[str, Any]] = {
    "missing_greeting": SCRIPT_PARAMS, "missing_closing": SCRIPT_PARAMS, **HOLD_PARAMS,
    "forbidden_phrase": TABOO_PARAMS, "fast_speech": PACE_PARAMS, "interruption": INTERRUPTION_PARAMS,
    "filler": FILLER_PARAMS, "repeated_question": SLOT_PARAMS, "missing_empathy": EMPATHY_PARAMS,
}
assert set(PARAMS) == set(_KINDS)


@dataclass(frozen=True)
class CompiledRuleSet:
    ruleset: RuleSet
    checks: tuple[tuple[RuleConfig, Any, Callable], ...]

    def run(self, transcript: Transcript, agent_history: tuple[float, ...] = ()) -> list[Finding]:
        return self.check(CallContext(transcript, agent_history))

    def check(self, ctx: CallContext) -> list[Finding]:
        findings = [f for rule, params, check in self.checks for f in check(rule, params, ctx)]
        return sorted(findings, key=lambda f: (f.start_s, f.rule_id))


def check_rule(rule: RuleConfig, where: str) -> None:
    """Refuse an unknown kind, and parameters the kind does not read or of the wrong type.

    A typo (``requird:``) would otherwise be ignored and the rule run on its default."""
    if rule.kind not in _KINDS:
        raise ConfigError(f"{where}: rules.{rule.rule_id}: unknown kind {rule.kind!r}; known: {', '.join(KINDS)}")
    allowed = PARAMS[rule.kind]
    if unknown := sorted(set(rule.params) - set(allowed)):
        raise ConfigError(f"{where}: rules.{rule.rule_id}: unknown key(s) {', '.join(unknown)} for kind {rule.kind}; "
                          f"known: enabled, severity, weight, max_deduction, scope, {', '.join(allowed)}")
    for key, value in rule.params.items():
        check_type(value, allowed[key], f"{where}: rules.{rule.rule_id}.{key}")


def compile_ruleset(ruleset: RuleSet) -> CompiledRuleSet:
    """Parse every enabled rule's parameters once; unknown kinds are a configuration error."""
    checks = []
    for rule in ruleset.enabled():
        if rule.kind not in _KINDS:
            raise ConfigError(f"rule set {ruleset.name}: rule {rule.rule_id} has unknown kind {rule.kind!r}")
        parse, check = _KINDS[rule.kind]
        checks.append((rule, parse(rule), check))
    return CompiledRuleSet(ruleset, tuple(checks))
