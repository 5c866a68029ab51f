"""The scoring stage's driver: rules, scorecard and classifiers for many calls at once.

``Scorer`` compiles each business line's rules once per batch, knows each agent's speaking
rate in earlier calls (the fast_speech baseline), honours specialists' decisions from the
store, and predicts with the learned classifiers in one batch per chunk of calls.
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import replace
from typing import Mapping, Sequence

from ..config import Config
from ..records import Call, Finding, KeptFindings, LastScoring, ScoredCall, Transcript
from ..rules import CompiledRuleSet, compile_ruleset
from ..rules.context import CallContext
from ..rules.phrases import shared_index_now
from ..text import jieba_module
from ..store import Store
from .digests import SCORECARD_HALF, RuleSetDigests, call_inputs
from .features import call_features
from .scorecard import roles_in_doubt, score_call
from .model_store import LoadedModel
from .prediction import predict
from .standing import standing_of


class Scorer:
    """Rules and scorecard for every business line, compiled once per batch.

    With a store it also knows each agent's speaking rate in earlier calls, the baseline the
    fast_speech rule compares a call with; calls scored in this batch join it as they go.
    """

    HISTORY = 100  # earlier calls an agent's baseline looks at

    def __init__(self, config: Config, store: Store | None = None, model: LoadedModel | None = None):
        self.config = config
        self.model = model  # the learned classifiers; None: rules and scorecard only
        self.store = store  # for the agents' baselines and the specialists' rejections
        self._compiled: dict[str, CompiledRuleSet] = {}
        self._digests: dict[tuple[str, str], RuleSetDigests] = {}
        self._rates = store.agent_rates() if store is not None else {}
        self._entries = {(agent, rate[1]): rate for agent, rates in self._rates.items() for rate in rates}  # ``_remember``'s
        self.changed_agents: set[str] = set()  # agents one of whose rates this scorer changed
        self.rules_run: Counter[tuple[str, ...]] = Counter()  # the rule ids that ran on a call → how many calls

    def prepare(self) -> None:
        """Everything the first call would load, done now: each business line's rules and their
        digests, the shared phrase index, jieba's dictionary (before worker processes are forked)."""
        for line in self.config.rulesets:
            self.ruleset(line)
            self.digests(line)
        shared_index_now()
        jieba_module().initialize()

    def digests(self, business_line: str) -> RuleSetDigests:
        """The business line's rule set's share of every digest (``scoring.digests``)."""
        ruleset = self.config.ruleset_for(business_line)
        model_version = self.model.version if self.model is not None else ""
        key = (ruleset.name, model_version)
        if key not in self._digests:
            self._digests[key] = RuleSetDigests.of(ruleset, self.ruleset(business_line).rule_modules(),
                                                   self.config.scoring, model_version)
        return self._digests[key]

    def is_stale(self, last: LastScoring, decisions: Mapping) -> bool:
        """Whether anything a stored call's findings or score depend on changed since it was
        scored (its rules' digests and its score digest, as ``score_many`` would make them now)."""
        if not last.score_digest:
            return True
        digests = self.digests(last.call.business_line)
        rules = digests.for_call(call_inputs(last.audio_sha256, last.asr_key, last.naming), self._history(last.call))
        return (rules != dict(last.rule_digests)
                or digests.score(rules, decisions.get(last.call.call_id, {})) != last.score_digest)

    def ruleset(self, business_line: str) -> CompiledRuleSet:
        ruleset = self.config.ruleset_for(business_line)
        if ruleset.name not in self._compiled:
            self._compiled[ruleset.name] = compile_ruleset(ruleset)
        return self._compiled[ruleset.name]

    def score(self, transcript: Transcript, business_line: str, call: Call | None = None) -> ScoredCall:
        return self._check(transcript, business_line, call)[0]

    def score_many(self, items: Sequence[tuple[Transcript, str, Call | None]], *, inputs: Sequence[str] | None = None,
                   kept: Sequence[KeptFindings | None] | None = None) -> list[ScoredCall]:
        """``score`` for several calls, and the classifiers' predictions for them in one batch.

        ``inputs``: each call's ``digests.call_inputs``; with them each result carries its
        digests, and ``kept`` (a stored call's findings by rule, or None) is reused for every
        rule whose digest is unchanged: that rule does not run again."""
        inputs = inputs if inputs is not None else [None] * len(items)
        kept = kept if kept is not None else [None] * len(items)
        checked = [self._check(transcript, line, call, key, old)
                   for (transcript, line, call), key, old in zip(items, inputs, kept)]
        decisions = self.store.finding_decisions([ctx.call_id for _, ctx in checked if ctx.call_id]) if self.store else {}
        checked = self._honour_reviews(checked, [line for _, line, _ in items], decisions)
        checked = [(self._with_score_digest(s, line, decisions.get(ctx.call_id, {})), ctx)
                   for (s, ctx), (_, line, _) in zip(checked, items)]
        if self.model is None or not checked:
            return [s for s, _ in checked]
        # a call whose findings came out as stored, under the scorecard and classifiers that
        # judged it then: the classifiers' stored view of it stands
        views = [old.prediction if old is not None and _same_view(s, old) else None for (s, _), old in zip(checked, kept)]
        todo = [i for i, view in enumerate(views) if view is None]
        # the features reuse what the rules worked out per call (voiced time, silences); a
        # finding a specialist rejected is not there for the classifier either
        scoring = self.config.scoring
        rows = [call_features(ctx.transcript, standing_findings(s.findings, decisions.get(ctx.call_id, {}), scoring),
                              scoring.review_below_confidence, ctx) for s, ctx in (checked[i] for i in todo)]
        views = _filled(views, todo, predict(self.model, rows) if rows else [])
        return [replace(s, prediction=view) for (s, _), view in zip(checked, views)]

    def _honour_reviews(self, checked: list[tuple[ScoredCall, CallContext]], lines: list[str], decisions):
        """Specialists' decisions stand when the rules run again: a rejected finding stays out of
        the score, a confirmed one is deducted whatever its confidence."""
        if not decisions:
            return checked
        out = []
        for (s, ctx), line in zip(checked, lines):
            if mine := decisions.get(ctx.call_id):
                s = replace(s, score=score_call(s.findings, self.ruleset(line).ruleset, self.config.scoring, mine,
                                                roles_in_doubt=roles_in_doubt(ctx.transcript)))
            out.append((s, ctx))
        return out

    def _check(self, transcript: Transcript, business_line: str, call: Call | None, inputs: str | None = None,
               kept: KeptFindings | None = None) -> tuple[ScoredCall, CallContext]:
        compiled = self.ruleset(business_line)
        history = self._history(call)
        ctx = CallContext(transcript, history, call.call_id if call else "")
        digests = self.digests(business_line).for_call(inputs, history) if inputs is not None else {}
        reused = kept.matching(digests) if kept is not None and digests else None
        found = compiled.check(ctx, reused)
        self.rules_run[tuple(r for r in compiled.rule_ids if r not in reused) if reused else compiled.rule_ids] += 1
        cpm = ctx.agent_cpm()
        if call is not None and call.started_at is not None and cpm is not None:
            self._remember(call, cpm)
        score = score_call(found, compiled.ruleset, self.config.scoring, roles_in_doubt=roles_in_doubt(transcript))
        scored = ScoredCall(tuple(found), score,
                            compiled.ruleset.version, cpm, rule_digests=tuple(digests.items()))
        return scored, ctx

    def _with_score_digest(self, scored: ScoredCall, business_line: str, decisions: Mapping) -> ScoredCall:
        if not scored.rule_digests:
            return scored
        digest = self.digests(business_line).score(dict(scored.rule_digests), decisions)
        return replace(scored, score_digest=digest)

    def _history(self, call: Call | None) -> tuple[float, ...]:
        if call is None or call.started_at is None:
            return ()
        rates = self._rates.get(call.agent_id, [])
        before = bisect.bisect_left(rates, (call.started_at, call.call_id))
        return tuple(cpm for _, call_id, cpm in rates[max(0, before - self.HISTORY):before] if call_id != call.call_id)

    def _remember(self, call: Call, cpm: float) -> None:
        rates = self._rates.setdefault(call.agent_id, [])
        # found through (agent, call), not by a walk of the agent's list: that was a walk of
        # thousands of calls per call in a month's store (issue 17)
        key, now = (call.agent_id, call.call_id), (call.started_at, call.call_id, cpm)
        was = self._entries.get(key)
        if was == now:
            return
        # a later call of this agent has another baseline now: its digests change with it
        self.changed_agents.add(call.agent_id)
        if was is not None:
            at = bisect.bisect_left(rates, was)
            if at < len(rates) and rates[at] == was:
                del rates[at]
            else:  # the store sorted call ids otherwise than Python does (a PostgreSQL collation)
                rates.remove(was)
        bisect.insort(rates, now)
        self._entries[key] = now


def _same_view(scored: ScoredCall, old: KeptFindings) -> bool:
    """Whether the classifiers would see ``scored`` as they saw the stored call: the same findings,
    and the same first half of the score digest (scorecard, decisions, classifiers' version)."""
    half = SCORECARD_HALF
    return bool(scored.score_digest) and old.score_digest[:half] == scored.score_digest[:half] and scored.findings == old.findings


def _filled(views: list, at: list[int], values: Sequence) -> list:
    out = list(views)
    for i, value in zip(at, values):
        out[i] = value
    return out


def standing_findings(findings: Sequence[Finding], decisions, scoring) -> list[Finding]:
    """The findings no specialist rejected: what the classifier sees of a reviewed call."""
    return [f for f in findings if standing_of(f, decisions, scoring) != "rejected"]
