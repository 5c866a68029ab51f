"""What a call's findings and score were computed from, as digests: ``rescore`` recomputes
only what changed (issue 17).

A rule's findings on a call depend on

- the rule's code: the source of its check's module and of every module of this package
  that module imports, the versions of the third-party packages among them, Python's;
- the rule's settings as its rule set has them (phrase lists, patterns, scope, severity; not
  its weight and cap, which only the scorecard reads), and the rule set's name;
- the call: its transcript (audio SHA-256 and ASR settings key), the specialist's naming of its roles,
  and the agent's speaking rates in earlier calls (the fast_speech baseline; every rule gets
  it, so that no rule can come to read it unnoticed).

Each rule's digest covers all of it. A call's score digest covers its rule digests, the rule
set's version (weights, caps), the scoring settings, the classifiers' version, the
specialists' decisions on the call and the scoring code: a call whose score digest is the
one stored is left as it is. No one bumps a version number: a digest changes with what it
covers, so a stale finding cannot survive an edit nobody announced.
"""

from __future__ import annotations

import ast
import functools
import hashlib
import importlib.metadata
import importlib.util
import os
import sys
from array import array
from dataclasses import dataclass
from typing import Iterable, Mapping

from ..config import ScoringConfig

DIGEST_BYTES = 8  # 64 bits: a wrong match among a store's rules and calls is out of reach

# Modules whose code every rule's findings go through besides its own: the orchestration of
# the checks (``rules`` itself, without the closure that holds every kind), the transcript as
# read from the store, the role swap, the call's view the checks share.
RULES_COMMON = ("qa_pipeline.rules", "qa_pipeline.store.codec", "qa_pipeline.roles", "qa_pipeline.scoring.scorer")
SCORING_CODE = ("qa_pipeline.scoring.scorecard", "qa_pipeline.scoring.features", "qa_pipeline.scoring.prediction",
                "qa_pipeline.scoring.standing")


def digest(*parts: str | bytes) -> str:
    h = hashlib.blake2b(digest_size=DIGEST_BYTES)
    for part in parts:
        h.update(part.encode() if isinstance(part, str) else part)
        h.update(b"\x00")  # ("ab", "c") and ("a", "bc") differ
    return h.hexdigest()


def call_inputs(audio_sha256: str | None, asr_key: str | None, naming: str) -> str:
    """What identifies the transcript a call is checked on: the cached transcript (audio and
    ASR settings; the cache never replaces a body) and a specialist's naming of its speakers
    (``roles.naming_key``; "": none)."""
    return f"{audio_sha256}/{asr_key}/{naming or 'as-assigned'}"


@dataclass(frozen=True)
class RuleSetDigests:
    """One compiled rule set's share of every digest, worked out once per rescore."""

    rules: tuple[tuple[str, "hashlib._Hash"], ...]  # (rule id, hasher fed its code and settings), in check order
    version: str  # the rule set's version: stored with every call and finding
    scorecard: str  # what the score and the classifiers read besides the findings (``score``)

    @classmethod
    def of(cls, ruleset, rules: Iterable, scoring: ScoringConfig, model_version: str) -> RuleSetDigests:
        """``ruleset``'s digests; ``rules``: (rule config, its check's module) of each enabled rule."""
        own = []
        for rule, module in rules:
            h = hashlib.blake2b(digest_size=DIGEST_BYTES)
            h.update(digest(rule_code(module), ruleset.name, _settings(rule)).encode())
            own.append((rule.rule_id, h))
        weights = repr([(r.rule_id, r.kind, r.severity, r.weight, r.max_deduction) for r in ruleset.rules])
        return cls(tuple(own), ruleset.version, digest(code_digest(SCORING_CODE), weights, repr(scoring), model_version))

    def for_call(self, inputs: str, history: tuple[float, ...]) -> dict[str, str]:
        """Each rule's digest on one call (``inputs``: ``call_inputs``; ``history``: the agent's
        earlier speaking rates, as the fast_speech rule gets them)."""
        call = digest(inputs, array("d", history).tobytes()).encode()
        out = {}
        for rule_id, own in self.rules:
            h = own.copy()
            h.update(call)
            out[rule_id] = h.hexdigest()
        return out

    def score(self, rule_digests: Mapping[str, str], decisions: Mapping) -> str:
        """The call's score digest, in two halves: what the scorecard and the classifiers read
        besides the findings (weights, caps, severities, scoring settings, classifiers' version,
        the specialists' decisions on the call, the scoring code), then what the findings came
        from (the rule set's version and every rule's digest). Where only the second half moved
        and the findings came out as stored, the classifiers' view of the call is unchanged."""
        return (digest(self.scorecard, repr(sorted(decisions.items())))
                + digest(self.version, *(f"{r}={d}" for r, d in sorted(rule_digests.items()))))


SCORECARD_HALF = 2 * DIGEST_BYTES  # hex characters of the first half of a score digest


def _settings(rule) -> str:
    """What of a rule's configuration its check reads, keys in the file's order (a finding's
    detail lists a script's elements in that order). Not its weight and cap: those are the
    scorecard's (the rule set's version in the score digest covers them), so changing them
    re-scores a call without running the rule again."""
    return repr((rule.rule_id, rule.kind, rule.enabled, rule.severity, rule.scope, rule.params))


@functools.cache
def rule_code(module: str) -> str:
    """A rule's code version: its check's module and what every rule's findings go through."""
    return digest(code_digest((module,)), *(code_digest((m,), follow=False) for m in RULES_COMMON))


@functools.cache
def code_digest(modules: tuple[str, ...], follow: bool = True) -> str:
    """The source of ``modules`` and (``follow``) of every module of this package they import
    at load, transitively; the versions of the third-party packages they import; Python's."""
    sources, third_party = {}, set()
    todo = list(modules)
    while todo:
        name = todo.pop()
        if name in sources:
            continue
        sources[name] = source = _source(name)
        tree = ast.parse(source)
        third_party |= {m for m in _imports(tree, name, ast.walk(tree)) if not m.startswith("qa_pipeline")}
        if follow:
            todo += [m for m in _imports(tree, name, tree.body) if m.startswith("qa_pipeline")]
    versions = sorted(f"{dist}={importlib.metadata.version(dist)}" for top in third_party
                      for dist in _distributions().get(top.split(".")[0], ()))
    return digest(*(f"{name}\n{sources[name]}" for name in sorted(sources)), *versions, sys.version.split()[0])


def _source(module: str) -> str:
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.origin or not spec.origin.endswith(".py"):
        raise RuntimeError(f"no source for {module}: rule digests need the package's .py files")
    with open(spec.origin, encoding="utf-8") as f:
        return f.read()


def _imports(tree: ast.Module, module: str, nodes) -> set[str]:
    """The modules ``nodes`` import (``from .x import y`` resolved against ``module``)."""
    is_package = importlib.util.find_spec(module).submodule_search_locations is not None
    package = module if is_package else module.rpartition(".")[0]
    found = set()
    for node in nodes:
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{base}.{node.module}" if node.module else base
            else:
                base = node.module or ""
            found.add(base)
            # ``from . import x`` / ``from .pkg import mod``: a name may be a module itself
            found |= {f"{base}.{alias.name}" for alias in node.names
                      if base.startswith("qa_pipeline") and _is_module(f"{base}.{alias.name}")}
    return {m for m in found if m and m.split(".")[0] not in sys.stdlib_module_names and m != "__future__"}


def _is_module(name: str) -> bool:
    """Whether ``name`` is a module of this package, without importing it (or its parent)."""
    parent, _, leaf = name.rpartition(".")
    spec = importlib.util.find_spec(parent)
    locations = spec.submodule_search_locations if spec else None
    return bool(locations) and any(os.path.exists(os.path.join(d, leaf + ext)) or os.path.isdir(os.path.join(d, leaf))
                                   for d in locations for ext in (".py",))


@functools.cache
def _distributions() -> Mapping[str, list[str]]:
    return importlib.metadata.packages_distributions()
