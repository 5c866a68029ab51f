"""Service taboo phrases (服务禁语) said by the agent, matched on pinyin like the scripts.

``exclude`` lists contexts where a phrase is not a taboo (不知道您是否方便 is polite, 想办法 is
not 没办法): a match inside an excluded phrase's occurrence does not count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..config import RuleConfig
from ..records import Finding
from .context import CallContext
from .phrases import HeardText, Phrase, find_phrase


_CLAUSE = re.compile(r"[，。？！；、,.?!;\s]+")


# the parameters TabooParams.of reads, with their types: anything else is refused at load
TABOO_PARAMS = {"phrases": tuple[str, ...], "exclude": tuple[str, ...], "similarity": float}


@dataclass(frozen=True)
class TabooParams:
    phrases: tuple[Phrase, ...]
    exclude: tuple[Phrase, ...]
    similarity: float

    @classmethod
    def of(cls, rule: RuleConfig) -> "TabooParams":
        p = rule.params
        return cls(tuple(Phrase.of(x) for x in p.get("phrases", ())),
                   tuple(Phrase.of(x) for x in p.get("exclude", ())),
                   float(p.get("similarity", 1.0)))


def check_forbidden_phrase(rule: RuleConfig, params: TabooParams, ctx: CallContext) -> list[Finding]:
    scope = ctx.in_scope(rule.scope)
    if params.similarity >= 1.0:
        # One search of the whole call per phrase: most calls say no taboo phrase at all.
        hits = set().union(*(ctx.said_in(p) for p in params.phrases))
        scope = tuple(u for u in scope if ctx.index(u) in hits)
    findings = []
    for u in scope:
        phrase = _taboo_in(u.text, params)
        if phrase is None:
            continue
        confidence = u.confidence * phrase[1]
        detail = f"taboo phrase 「{phrase[0]}」"
        if not ctx.roles_known:
            confidence, detail = min(confidence, 0.4), detail + "; mono recording: speaker unknown"
        findings.append(Finding(rule.rule_id, rule.kind, rule.severity, u.start, u.end, u.text,
                                round(confidence, 3), detail))
    return findings


def _taboo_in(text: str, params: TabooParams) -> tuple[str, float] | None:
    """The first taboo phrase in ``text`` and its similarity, clause by clause.

    Clauses keep exclusions honest: in 「这个我也不知道，您等通知吧」 the 不知道 ends a clause,
    so it must not be excused as the polite 不知道您….
    """
    for clause in _CLAUSE.split(text):
        heard = HeardText.of(clause)
        excluded = [m for p in params.exclude if (m := find_phrase(heard, p, 1.0))]
        for phrase in params.phrases:
            m = find_phrase(heard, phrase, params.similarity)
            if m is not None and not any(x.start <= m.start and m.end <= x.end for x in excluded):
                return phrase.text, m.similarity
    return None
