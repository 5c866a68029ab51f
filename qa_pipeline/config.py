"""Configuration: YAML files in configs/ loaded once into frozen dataclasses.

``load_config()`` reads ``configs/default.yaml`` (or the file given) and the rule sets it
names; everything after this module sees typed objects, never raw dicts.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, Mapping

import yaml

from .asr.base import AsrOptions
from .errors import ConfigError

PACKAGE_ROOT = Path(__file__).resolve().parent
# configs/ sits at the repository root in a checkout; installed copies carry it as package data.
_CANDIDATE_CONFIG_DIRS = (PACKAGE_ROOT.parent / "configs", PACKAGE_ROOT / "configs")
SEVERITIES = ("minor", "major", "fatal")
LAYOUTS = ("agent_left", "agent_right", "mono")


def default_config_dir() -> Path:
    for candidate in _CANDIDATE_CONFIG_DIRS:
        if (candidate / "default.yaml").exists():
            return candidate
    raise ConfigError("cannot find configs/default.yaml next to the qa_pipeline package")


@dataclass(frozen=True)
class IntakeConfig:
    filename_pattern: str = "{agent_id}_{started_at:%Y%m%d-%H%M%S}_{call_id}"
    extensions: tuple[str, ...] = ("wav", "flac", "mp3", "m4a", "ogg", "opus", "aac")
    business_line: str = "default"


@dataclass(frozen=True)
class AudioConfig:
    channel_layout: str = "agent_left"


@dataclass(frozen=True)
class VadConfig:
    threshold: float = 0.35
    min_speech_ms: int = 200
    min_silence_ms: int = 300
    speech_pad_ms: int = 300
    utterance_gap_s: float = 0.8


@dataclass(frozen=True)
class Scope:
    """Which speech a rule looks at."""

    role: str = "agent"  # agent | customer | both
    first_s: float | None = None  # only the first N s of that role's speech
    last_s: float | None = None  # only the last N s of that role's speech


@dataclass(frozen=True)
class RuleConfig:
    rule_id: str
    kind: str
    enabled: bool = True
    severity: str = "major"
    weight: float = 5.0
    max_deduction: float | None = None
    scope: Scope = Scope()
    params: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))


@dataclass(frozen=True)
class RuleSet:
    name: str
    version: str  # shown with every score, so a reviewer knows which rules judged a call
    rules: tuple[RuleConfig, ...]

    def enabled(self) -> tuple[RuleConfig, ...]:
        return tuple(r for r in self.rules if r.enabled)


@dataclass(frozen=True)
class ScoringConfig:
    start: float = 100.0
    review_below_confidence: float = 0.5
    deduct_low_confidence: bool = False
    grades: tuple[tuple[float, str], ...] = ((90.0, "优秀"), (75.0, "合格"), (0.0, "不合格"))

    def grade_for(self, score: float) -> str:
        for floor, grade in self.grades:
            if score >= floor:
                return grade
        return self.grades[-1][1]


@dataclass(frozen=True)
class TrendsConfig:
    period: str = "day"  # day | week
    baseline: str = "team"  # team: the team's baseline rate; own: each agent's own first periods
    baseline_periods: int = 7  # periods the limits are computed from, then frozen
    rules: tuple[str, ...] = ("nelson1", "nelson2", "nelson5", "nelson6")
    laney: bool = False  # Laney p′ limits, for large daily volumes


@dataclass(frozen=True)
class Config:
    intake: IntakeConfig
    audio: AudioConfig
    vad: VadConfig
    asr: AsrOptions
    scoring: ScoringConfig
    rulesets: Mapping[str, RuleSet]  # business line → rule set ("default" always present)
    store_url: str = ""
    source: str = ""
    trends: TrendsConfig = TrendsConfig()

    def ruleset_for(self, business_line: str) -> RuleSet:
        return self.rulesets.get(business_line) or self.rulesets["default"]


def _typed(cls, raw: Mapping[str, Any] | None, where: str):
    """Build dataclass ``cls`` from a mapping, refusing unknown keys with a one-line reason."""
    raw = dict(raw or {})
    names = {f.name for f in dataclasses.fields(cls)}
    unknown = sorted(set(raw) - names)
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) {', '.join(unknown)}")
    for f in dataclasses.fields(cls):
        value = raw.get(f.name)
        if isinstance(value, list):  # YAML lists become tuples so the object stays frozen
            raw[f.name] = tuple(tuple(v) if isinstance(v, list) else v for v in value)
    try:
        return cls(**raw)
    except TypeError as e:
        raise ConfigError(f"{where}: {e}") from e


def _read_yaml(path: Path) -> dict:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as e:
        raise ConfigError(f"{path}: cannot read configuration: {e}") from e
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping at the top level")
    return data


def _merge(base: dict, override: dict) -> dict:
    out = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


def _freeze(value: Any) -> Any:
    if isinstance(value, dict):
        return MappingProxyType({k: _freeze(v) for k, v in value.items()})
    if isinstance(value, list):
        return tuple(_freeze(v) for v in value)
    return value


def _rule(rule_id: str, raw: Mapping[str, Any], where: str) -> RuleConfig:
    raw = dict(raw)
    common = {k: raw.pop(k) for k in ("kind", "enabled", "severity", "weight", "max_deduction") if k in raw}
    common.setdefault("kind", rule_id)
    if common.get("severity", "major") not in SEVERITIES:
        raise ConfigError(f"{where}: rules.{rule_id}.severity must be one of {', '.join(SEVERITIES)}")
    scope = _typed(Scope, raw.pop("scope", None), f"{where}: rules.{rule_id}.scope")
    return RuleConfig(rule_id=rule_id, scope=scope, params=_freeze(raw), **common)


def load_ruleset(name: str, config_dir: Path) -> RuleSet:
    """Read ``configs/rulesets/NAME.yaml``, applying its ``extends:`` chain."""
    data = _read_raw_ruleset(name, config_dir, ())
    where = str(config_dir / "rulesets" / f"{name}.yaml")
    rules = tuple(_rule(rid, raw or {}, where) for rid, raw in (data.get("rules") or {}).items())
    # The content hash makes "which rules scored this call" exact even if a file is edited
    # without bumping its version.
    digest = hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:8]
    return RuleSet(name=name, version=f"{data.get('version') or name}+{digest}", rules=rules)


def _read_raw_ruleset(name: str, config_dir: Path, seen: tuple[str, ...]) -> dict:
    if name in seen:
        raise ConfigError(f"rule set {name!r} extends itself via {' → '.join(seen)}")
    path = config_dir / "rulesets" / f"{name}.yaml"
    if not path.exists():
        raise ConfigError(f"{path}: rule set {name!r} not found")
    data = _read_yaml(path)
    if parent := data.get("extends"):
        data = _merge(_read_raw_ruleset(parent, config_dir, seen + (name,)), data)
    return {k: v for k, v in data.items() if k != "extends"}


def _trends(raw, path) -> TrendsConfig:
    from .trends.spc import RULES

    trends = _typed(TrendsConfig, raw, f"{path}: trends")
    if unknown := [r for r in trends.rules if r not in RULES]:
        raise ConfigError(f"{path}: trends.rules: unknown rule(s) {', '.join(unknown)}; known: {', '.join(RULES)}")
    if trends.period not in ("day", "week") or trends.baseline not in ("team", "own"):
        raise ConfigError(f"{path}: trends.period must be day or week, trends.baseline team or own")
    return trends


def load_config(path: str | Path | None = None, overrides: Mapping[str, Mapping[str, Any]] | None = None) -> Config:
    """Read the settings file (default: configs/default.yaml) and the rule sets it names."""
    config_dir = default_config_dir()
    path = Path(path) if path else config_dir / "default.yaml"
    data = _read_yaml(path)
    for section, values in (overrides or {}).items():
        data[section] = {**(data.get(section) or {}), **values}
    if (layout := (data.get("audio") or {}).get("channel_layout", "agent_left")) not in LAYOUTS:
        raise ConfigError(f"{path}: audio.channel_layout must be one of {', '.join(LAYOUTS)}, not {layout!r}")
    rules = dict(data.get("rules") or {})
    rulesets = {"default": load_ruleset(rules.get("ruleset", "base"), config_dir)}
    for line, name in (rules.get("business_lines") or {}).items():
        rulesets[str(line)] = load_ruleset(name, config_dir)
    scoring = dict(data.get("scoring") or {})
    if "grades" in scoring:
        scoring["grades"] = [(float(floor), str(grade)) for floor, grade in scoring["grades"]]
    return Config(
        intake=_typed(IntakeConfig, data.get("intake"), f"{path}: intake"),
        audio=_typed(AudioConfig, data.get("audio"), f"{path}: audio"),
        vad=_typed(VadConfig, data.get("vad"), f"{path}: vad"),
        asr=_typed(AsrOptions, data.get("asr"), f"{path}: asr"),
        scoring=_typed(ScoringConfig, scoring, f"{path}: scoring"),
        trends=_trends(data.get("trends"), path),
        rulesets=MappingProxyType(rulesets),
        store_url=str((data.get("store") or {}).get("url") or ""),
        source=str(path),
    )
