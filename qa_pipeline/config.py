"""Configuration: YAML files in configs/ loaded once into frozen dataclasses.

``load_config()`` reads ``configs/default.yaml`` (or the file given) and the rule sets it
names; everything after this module sees typed objects, never raw dicts.
"""

from __future__ import annotations

import dataclasses
from collections import abc
import hashlib
import json
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, Callable, Mapping, Union
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

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
class AsrOptions:
    """ASR decoding options, shared by all backends (``asr`` section)."""

    model: str = "embedded"  # "embedded", a local model directory, or a size name
    backend: str = "faster-whisper"  # or "openai-whisper"
    device: str = "auto"  # "cpu", "cuda" or "auto"
    compute_type: str = "auto"  # int8 on CPU, float16 on CUDA when "auto"
    cpu_threads: int = 0  # 0: let the backend decide
    language: str = "zh"  # fixed: Mandarin; never auto-detected
    beam_size: int = 1
    batch_size: int = 4
    calls_per_batch: int = 4  # calls whose windows are pooled into shared batches
    # Conditions the decoder towards Simplified Mandarin with punctuation. It must not name
    # any service phrase: the model copies prompt text into what it "hears".
    initial_prompt: str = "以下是普通话的句子。"
    # faster-whisper's hint words, put before the prompt (e.g. "工号 请稍等 再见"); "" for none.
    # Measured against the corrector in README (issue 17); the openai-whisper backend has none.
    hotwords: str = ""
    word_timestamps: bool = True
    max_window_s: float = 28.0  # a little under 30 s: room for the gaps, and Whisper stops less early
    # > 0: a window is encoded only as long as its speech and this many seconds of silence call for,
    # in steps of 10 s (faster-whisper); 0: Whisper's full 30 s. Off by default: faster, but worse
    # on real telephone speech (README, issue 17)
    encode_pad_s: float = 0.0
    no_speech_threshold: float = 0.6
    log_prob_threshold: float = -1.0
    compression_ratio_threshold: float = 2.4
    blocklist: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class IntakeConfig:
    filename_pattern: str = "{agent_id}_{started_at:%Y%m%d-%H%M%S}_{call_id}"
    extensions: tuple[str, ...] = ("wav", "flac", "mp3", "m4a", "ogg", "opus", "aac")
    business_line: str = "default"
    # The call centre's time zone (IANA name): call start times are local times there, and
    # the web app shows every time (reviews, appeals, the audit log: kept in UTC) in it, labelled.
    time_zone: str = "Asia/Shanghai"

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.time_zone)


@dataclass(frozen=True)
class AudioConfig:
    channel_layout: str = "agent_left"
    # Longer recordings are refused: memory grows with length (about 1 GB per hour of
    # stereo audio, see README's memory bound), and hardly any call lasts this long.
    max_duration_s: float = 3600.0
    min_duration_s: float = 1.0  # shorter ones are refused: too short to judge, not "perfect"
    decode_timeout_s: float = 300.0  # a decoder still busy after this long is stopped
    # stereo channels this alike (correlation of the waveforms) carry one mix: the file is read as mono
    same_mix_correlation: float = 0.98


@dataclass(frozen=True)
class VadConfig:
    threshold: float = 0.35
    min_speech_ms: int = 200
    min_silence_ms: int = 300
    speech_pad_ms: int = 300
    utterance_gap_s: float = 0.8
    # A channel whose voice activity covers less than this share of its loud sound is checked
    # again in windows of ``restart_s`` with a fresh state each (``audio.detect_speech``)
    stuck_ratio: float = 0.75
    restart_s: float = 10.0


# What agents say and callers do not (and the reverse): how ``roles`` names a mono call's speakers.
AGENT_CUES = ("您好", "很高兴为您服务", "为您服务", "工号", "号客服", "客服", "请问有什么可以帮您", "有什么可以帮您",
              "请问您", "请稍等", "请您稍等", "稍等一下", "感谢您的耐心等待", "让您久等了", "久等了", "还有什么可以帮您",
              "还有其他问题吗", "感谢您的来电", "感谢来电", "祝您生活愉快", "为您查询", "帮您查", "给您", "我这边",
              "非常抱歉", "请您提供", "核对一下", "您的")
CUSTOMER_CUES = ("我想问", "我想", "我的", "你们", "帮我", "我要", "怎么回事", "我家", "我叫", "你好", "喂")


@dataclass(frozen=True)
class SeparationConfig:
    """Telling a mono recording's two speakers apart (``separation``) and naming them (``roles``)."""

    enabled: bool = True  # false: mono calls keep role unknown (every role-bound finding goes to review)
    window_s: float = 1.0  # speaker-embedding window …
    hop_s: float = 0.5  # … taken this often (each window costs: the encoder is most of separation's time)
    # the price of a change of speaker inside continuous speech, in frames × voice evidence (a
    # frame's similarity to one voice minus to the other, typically 0.05–0.3)
    switch_cost: float = 3.0
    # a segment's mean voice evidence e → its speaker confidence σ(steepness·e + offset): fitted
    # (logistic regression) to how often the speaker was right on the tuning calls
    confidence_steepness: float = 33.0
    confidence_offset: float = 3.7
    # a change of speaker without a pause: both may have sounded this long before and after it
    cut_in_reach_s: float = 0.6
    min_overlap_s: float = 0.5  # shorter overlaps are not reported
    # each speaker's copy of the mix, transcribed as a channel, keeps this much past their frames
    track_pad_s: float = 0.1
    agent_cues: tuple[str, ...] = AGENT_CUES
    customer_cues: tuple[str, ...] = CUSTOMER_CUES
    talk_weight: float = 0.5  # speaking time: ± this for a speaker who says everything / nothing
    first_speaker_weight: float = 0.5  # who opens the call (usually the agent)
    # how an agent's sentences read (rules/learned.py, question "agent"): each utterance's log-odds of
    # being the agent's, clipped to ±4, summed per speaker and weighted by this (0: not asked)
    learned_weight: float = 0.25
    role_steepness: float = 1.0  # margin between the two readings → role confidence (logistic)


@dataclass(frozen=True)
class CorrectorConfig:
    """The service-vocabulary corrector after ASR (``asr/correct.py``): where Whisper was unsure
    and wrote a near-homophone of a service word (功号 for 工号, 在见 for 再见), write the word."""

    enabled: bool = True
    # Only characters of words Whisper gave less than this probability are replaced.
    max_probability: float = 0.6
    # Syllables of a target that may differ from what was heard (tones never count); also at
    # most a third of the target's syllables, so a two-syllable word is only ever a homophone.
    max_syllable_edits: int = 2
    # The word-frequency model: jieba's dictionary, where every target is at least this common
    # (a fraction of all words; 1e-4 is about as common as 帮 or 欢迎) — the domain prior.
    domain_frequency: float = 1.0e-4
    # A replacement must raise the text's log-likelihood under that model by at least this much.
    min_gain: float = 1.0
    rule_phrases: bool = True  # also target the rule set's service phrases (greetings, holds, closings, empathy)
    # Also any word of the dictionary read exactly as what was heard, tones included, where the
    # heard characters form no word (团园 → 团圆, 停制 → 停滞): Whisper base's commonest error on
    # ordinary speech. Exact sound only, so the rules (which match by sound) read the same.
    homophones: bool = True
    # … and such a replacement must raise the log-likelihood this much: any word is a target
    # here, not a few service words, so it must be far likelier than what was heard.
    homophone_min_gain: float = 3.0
    # Business line → domain words (工号, 请稍等, product names); "default" applies to every line.
    lexicon: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}))

    def words_for(self, business_line: str) -> tuple[str, ...]:
        own = self.lexicon.get(business_line, ()) if business_line != "default" else ()
        return (*self.lexicon.get("default", ()), *own)


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


PRIVACY_KINDS = ("mobile", "landline", "id_card", "bank_card", "email", "plate", "probable")
ROLES = ("agent", "specialist", "trainer", "admin")  # the web app's roles


@dataclass(frozen=True)
class PrivacyConfig:
    """Which personal data is masked wherever a person or a file sees text or hears audio."""

    mask: tuple[str, ...] = PRIVACY_KINDS
    business_lines: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}))
    view_roles: tuple[str, ...] = ()  # web roles that may ask to see it unmasked (each view is audit-logged)

    def kinds_for(self, business_line: str) -> tuple[str, ...]:
        return self.business_lines.get(business_line, self.mask)


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
    privacy: PrivacyConfig = PrivacyConfig()
    separation: SeparationConfig = SeparationConfig()
    corrector: CorrectorConfig = CorrectorConfig()

    def ruleset_for(self, business_line: str) -> RuleSet:
        return self.rulesets.get(business_line) or self.rulesets["default"]


def _fits(value: Any, hint: Any) -> bool:
    """Whether a YAML value has the type a field declares (lists stand for tuples)."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if hint is Any:
        return True
    if origin in (Union, types.UnionType):
        return any(_fits(value, a) for a in args)
    if hint is type(None):
        return value is None
    if hint is bool:
        return isinstance(value, bool)
    if hint in (int, float):  # YAML has no bool/int confusion to allow: `true` is not a number
        return isinstance(value, (int, float) if hint is float else int) and not isinstance(value, bool)
    if origin is tuple:
        if not isinstance(value, (list, tuple)):
            return False
        if len(args) == 2 and args[1] is Ellipsis:
            return all(_fits(v, args[0]) for v in value)
        return len(value) == len(args) and all(_fits(v, a) for v, a in zip(value, args))
    if origin in (abc.Mapping, dict) or hint in (Mapping, dict, abc.Mapping):
        return isinstance(value, Mapping) and all(_fits(k, args[0]) and _fits(v, args[1]) for k, v in value.items()) \
            if args else isinstance(value, Mapping)
    return isinstance(value, hint)


def _describe(hint: Any) -> str:
    """A type as a settings file writer reads it: 'a number', 'a list of text' …"""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (Union, types.UnionType):
        return " or ".join("null" if a is type(None) else _describe(a) for a in args)
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return f"a list of {_describe(args[0]).removeprefix('a ')}"
        return "[" + ", ".join(_describe(a) for a in args) + "]"
    if origin in (abc.Mapping, dict):
        return f"a mapping of name → {_describe(args[1]).removeprefix('a ')}" if args else "a mapping"
    return {bool: "true or false", int: "a whole number", float: "a number", str: "text"}.get(hint, getattr(hint, "__name__", str(hint)))


def check_type(value: Any, hint: Any, where: str) -> None:
    """Refuse ``value`` unless it has type ``hint``: one line naming the key and the type wanted."""
    if not _fits(value, hint):
        raise ConfigError(f"{where}: expected {_describe(hint)}, got {value!r}")


def _tuples(value: Any) -> Any:
    """YAML lists become tuples, so the configuration objects stay frozen and hashable."""
    return tuple(_tuples(v) for v in value) if isinstance(value, list) else value


def param(default: Any, *, accepts: Any = None, convert: Callable[[Any], Any] | None = None) -> Any:
    """A settings field whose YAML form is not its value: phrases written as text, patterns as strings.

    ``accepts`` is the type the YAML must have (default: the field's own); ``convert`` turns a
    value of that type into the field's, once, at load (it may refuse one with a ConfigError).
    The declaration sits on the field, as sklearn's ``_parameter_constraints`` sit on the class.
    """
    metadata = {"accepts": accepts, "convert": convert}
    if isinstance(default, Mapping):  # dataclasses refuse a mapping default; a read-only one can be shared
        return field(default_factory=lambda: default, metadata=metadata)
    return field(default=default, metadata=metadata)


def _settable(cls, keys: tuple[str, ...] | None) -> dict[str, tuple[Any, Callable[[Any], Any]]]:
    """Name → (YAML type, conversion) of each field a settings file may set: ``keys``, or every
    field of ``cls`` its constructor takes (derived fields are not set from YAML)."""
    hints = typing.get_type_hints(cls)
    declared = {f.name: (f.metadata.get("accepts") or hints[f.name], f.metadata.get("convert") or _tuples)
                for f in dataclasses.fields(cls) if f.init}
    return declared if keys is None else {k: declared[k] for k in keys}


def check_settings(cls, raw: Mapping[str, Any] | None, where: str, *, keys: tuple[str, ...] | None = None,
                   kind: str | None = None) -> dict[str, Any]:
    """Refuse unknown keys and wrong types in ``raw``, the settings of dataclass ``cls``, with a
    one-line reason naming the key; ``kind``: a rule kind whose parameters these are."""
    return _checked(_settable(cls, keys), raw, where, kind)


def typed(cls, raw: Mapping[str, Any] | None, where: str, *, keys: tuple[str, ...] | None = None,
          kind: str | None = None):
    """Build dataclass ``cls`` from a mapping: ``check_settings``, then each value converted as
    its field declares. A key absent or null takes the field's default (null lets a rule set
    that extends another go back to the default)."""
    declared = _settable(cls, keys)
    values = {name: _converted(declared[name][1], value, f"{where}.{name}")
              for name, value in _checked(declared, raw, where, kind).items() if value is not None}
    try:
        return cls(**values)
    except ConfigError as e:  # what only the values together show (a required element not listed)
        raise ConfigError(f"{where}: {e}") from e


def _checked(declared: Mapping[str, tuple[Any, Any]], raw: Mapping[str, Any] | None, where: str,
             kind: str | None) -> dict[str, Any]:
    if raw is not None and not isinstance(raw, Mapping):
        raise ConfigError(f"{where}: expected a mapping of settings, got {raw!r}")
    raw = dict(raw or {})
    if unknown := sorted(set(raw) - set(declared), key=str):
        # a rule's parameters sit beside the keys every rule has: the refusal names both
        known, of_kind = ([*_RULE_KEYS, *declared], f" for kind {kind}") if kind else (list(declared), "")
        raise ConfigError(f"{where}: unknown key(s) {', '.join(map(str, unknown))}{of_kind}; known: {', '.join(known)}")
    for name, value in raw.items():
        check_type(value, declared[name][0], f"{where}.{name}")
    return raw


def _converted(convert: Callable[[Any], Any], value: Any, where: str) -> Any:
    try:
        return convert(value)
    except ConfigError as e:
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


_RULE_COMMON = {"kind": str, "enabled": bool, "severity": str, "weight": float, "max_deduction": float | None}
# what every rule has beside its kind's parameters (named when a parameter is refused)
_RULE_KEYS = (*(k for k in _RULE_COMMON if k != "kind"), "scope")


def _rule(rule_id: str, raw: Mapping[str, Any], where: str) -> RuleConfig:
    if not isinstance(raw, Mapping):
        raise ConfigError(f"{where}: rules.{rule_id}: expected a mapping of settings, got {raw!r}")
    raw = dict(raw)
    common = {k: raw.pop(k) for k in _RULE_COMMON if k in raw}
    for key, value in common.items():
        check_type(value, _RULE_COMMON[key], f"{where}: rules.{rule_id}.{key}")
    common.setdefault("kind", rule_id)
    if common.get("severity", "major") not in SEVERITIES:
        raise ConfigError(f"{where}: rules.{rule_id}.severity must be one of {', '.join(SEVERITIES)}")
    scope = typed(Scope, raw.pop("scope", None), f"{where}: rules.{rule_id}.scope")
    return RuleConfig(rule_id=rule_id, scope=scope, params=_freeze(raw), **common)


_RULESET_KEYS = {"extends", "version", "rules"}


def load_ruleset(name: str, config_dir: Path, *more_dirs: Path) -> RuleSet:
    """Read ``rulesets/NAME.yaml`` from ``config_dir`` (else the first of ``more_dirs`` that has
    it), applying its ``extends:`` chain; every rule is checked against its kind here."""
    from .rules import check_rule, compile_ruleset  # the rules import this module

    dirs = (config_dir, *more_dirs)
    data = _read_raw_ruleset(name, dirs, ())
    where = str(_ruleset_path(name, dirs))
    rules_raw = data.get("rules") or {}
    if not isinstance(rules_raw, Mapping):
        raise ConfigError(f"{where}: rules: expected a mapping of rule id → settings")
    rules = tuple(_rule(str(rid), raw or {}, where) for rid, raw in rules_raw.items())
    for rule in rules:
        check_rule(rule, where)
    # The content hash makes "which rules scored this call" exact even if a file is edited
    # without bumping its version.
    digest = hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:8]
    ruleset = RuleSet(name=name, version=f"{data.get('version') or name}+{digest}", rules=rules)
    try:
        compile_ruleset(ruleset)  # what only parsing finds (a required element not listed …): now, not mid-batch
    except ConfigError as e:
        raise ConfigError(f"{where}: {e}") from e
    return ruleset


def _ruleset_path(name: str, dirs: tuple[Path, ...]) -> Path:
    paths = [d / "rulesets" / f"{name}.yaml" for d in dirs]
    return next((p for p in paths if p.exists()), paths[0])


def _read_raw_ruleset(name: str, dirs: tuple[Path, ...], seen: tuple[str, ...]) -> dict:
    if name in seen:
        raise ConfigError(f"rule set {name!r} extends itself via {' → '.join(seen)}")
    path = _ruleset_path(name, dirs)
    if not path.exists():
        raise ConfigError(f"{path}: rule set {name!r} not found (looked in {', '.join(str(d / 'rulesets') for d in dirs)})")
    data = _read_yaml(path)
    if unknown := sorted(set(data) - _RULESET_KEYS, key=str):
        raise ConfigError(f"{path}: unknown key(s) {', '.join(map(str, unknown))}; known: {', '.join(sorted(_RULESET_KEYS))}")
    if parent := data.get("extends"):
        check_type(parent, str, f"{path}: extends")
        data = _merge(_read_raw_ruleset(parent, dirs, seen + (name,)), data)
    return {k: v for k, v in data.items() if k != "extends"}


def _trends(raw, path) -> TrendsConfig:
    from .trends.spc import RULES

    trends = typed(TrendsConfig, raw, f"{path}: trends")
    if unknown := [r for r in trends.rules if r not in RULES]:
        raise ConfigError(f"{path}: trends.rules: unknown rule(s) {', '.join(unknown)}; known: {', '.join(RULES)}")
    if trends.period not in ("day", "week") or trends.baseline not in ("team", "own"):
        raise ConfigError(f"{path}: trends.period must be day or week, trends.baseline team or own")
    return trends


@dataclass(frozen=True)
class _RulesSection:
    ruleset: str = "base"
    business_lines: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class _StoreSection:
    url: str = ""


SECTIONS = ("intake", "audio", "vad", "asr", "separation", "corrector", "rules", "scoring", "trends", "store",
            "privacy")
_CHOICES = {("audio", "channel_layout"): LAYOUTS, ("asr", "backend"): ("faster-whisper", "openai-whisper"),
            ("asr", "device"): ("auto", "cpu", "cuda")}
# (section, key) → the smallest value that makes sense (and the largest, where there is one)
_RANGES = {("vad", "threshold"): (0.0, 1.0), ("vad", "stuck_ratio"): (0.0, 1.0), ("vad", "restart_s"): (1.0, None), ("scoring", "review_below_confidence"): (0.0, 1.0),
           ("asr", "batch_size"): (1, None), ("asr", "calls_per_batch"): (1, None), ("asr", "beam_size"): (1, None),
           ("audio", "max_duration_s"): (1.0, None), ("audio", "min_duration_s"): (0.0, None),
           ("audio", "decode_timeout_s"): (1.0, None), ("trends", "baseline_periods"): (2, None),
           ("separation", "window_s"): (0.3, 3.0), ("separation", "hop_s"): (0.05, 3.0),
           ("audio", "same_mix_correlation"): (0.5, 1.0),
           ("corrector", "max_probability"): (0.0, 1.0), ("corrector", "max_syllable_edits"): (0, 3),
           ("corrector", "domain_frequency"): (0.0, 0.01),
           ("corrector", "homophone_min_gain"): (0.0, 100.0)}
# size names faster-whisper downloads (for users who are online); anything else must be a local model
_MODEL_NAMES = ("embedded", "tiny", "tiny.en", "base", "base.en", "small", "small.en", "distil-small.en", "medium",
                "medium.en", "distil-medium.en", "large-v1", "large-v2", "large-v3", "large", "distil-large-v2",
                "distil-large-v3", "large-v3-turbo", "turbo")


def _check_values(config: Config, path: Path) -> None:
    """Choices and ranges: a value of the right type can still make no sense."""
    sections = {"audio": config.audio, "asr": config.asr, "vad": config.vad, "scoring": config.scoring,
                "trends": config.trends, "separation": config.separation, "corrector": config.corrector}
    for (section, key), allowed in _CHOICES.items():
        if (value := getattr(sections[section], key)) not in allowed:
            raise ConfigError(f"{path}: {section}.{key} must be one of {', '.join(allowed)}, not {value!r}")
    for (section, key), (low, high) in _RANGES.items():
        value = getattr(sections[section], key)
        if value < low or (high is not None and value > high):
            span = f"between {low:g} and {high:g}" if high is not None else f"at least {low:g}"
            raise ConfigError(f"{path}: {section}.{key} must be {span}, not {value!r}")
    if config.asr.hotwords and config.asr.backend != "faster-whisper":
        raise ConfigError(f"{path}: asr.hotwords needs the faster-whisper backend, not {config.asr.backend}")
    model = config.asr.model
    if model not in _MODEL_NAMES and not Path(model).expanduser().is_dir():
        raise ConfigError(f"{path}: asr.model: {model!r} is neither a model directory nor a model name "
                          f"({', '.join(_MODEL_NAMES[:1] + _MODEL_NAMES[-6:])} …)")


def _privacy(raw: Any, path: Path) -> PrivacyConfig:
    privacy = typed(PrivacyConfig, raw, f"{path}: privacy")
    for where, kinds in [("mask", privacy.mask)] + [(f"business_lines.{k}", v) for k, v in privacy.business_lines.items()]:
        if unknown := [k for k in kinds if k not in PRIVACY_KINDS]:
            raise ConfigError(f"{path}: privacy.{where}: unknown kind(s) {', '.join(unknown)}; "
                              f"known: {', '.join(PRIVACY_KINDS)}")
    if unknown := [r for r in privacy.view_roles if r not in ROLES]:
        raise ConfigError(f"{path}: privacy.view_roles: unknown role(s) {', '.join(unknown)}; known: {', '.join(ROLES)}")
    return dataclasses.replace(privacy, business_lines=MappingProxyType(
        {str(k): tuple(v) for k, v in privacy.business_lines.items()}))


def _corrector(raw: Any, path: Path) -> CorrectorConfig:
    corrector = typed(CorrectorConfig, raw, f"{path}: corrector")
    return dataclasses.replace(corrector, lexicon=MappingProxyType(
        {str(k): tuple(v) for k, v in corrector.lexicon.items()}))


def load_config(path: str | Path | None = None, overrides: Mapping[str, Mapping[str, Any]] | None = None) -> Config:
    """Read the settings file (default: configs/default.yaml) and the rule sets it names.

    Everything is checked here, before any audio is touched: unknown sections and keys,
    wrong types, impossible values, rule parameters the rule kind does not read. Rule sets
    are looked up beside the settings file first (``rulesets/NAME.yaml``), then in the
    package's configs/.
    """
    package_dir = default_config_dir()
    path = Path(path) if path else package_dir / "default.yaml"
    data = _read_yaml(path)
    if unknown := sorted(set(data) - set(SECTIONS), key=str):
        raise ConfigError(f"{path}: unknown section(s) {', '.join(map(str, unknown))}; known: {', '.join(SECTIONS)}")
    for section, values in (overrides or {}).items():
        data[section] = {**(data.get(section) or {}), **values}
    dirs = (path.resolve().parent, package_dir) if path.resolve().parent != package_dir else (package_dir,)
    rules = typed(_RulesSection, data.get("rules"), f"{path}: rules")
    rulesets = {"default": load_ruleset(rules.ruleset, *dirs)}
    for line, name in rules.business_lines.items():
        rulesets[str(line)] = load_ruleset(name, *dirs)
    scoring = typed(ScoringConfig, data.get("scoring"), f"{path}: scoring")
    config = Config(
        intake=typed(IntakeConfig, data.get("intake"), f"{path}: intake"),
        audio=typed(AudioConfig, data.get("audio"), f"{path}: audio"),
        vad=typed(VadConfig, data.get("vad"), f"{path}: vad"),
        asr=typed(AsrOptions, data.get("asr"), f"{path}: asr"),
        scoring=dataclasses.replace(scoring, grades=tuple((float(floor), grade) for floor, grade in scoring.grades)),
        trends=_trends(data.get("trends"), path),
        privacy=_privacy(data.get("privacy"), path),
        separation=typed(SeparationConfig, data.get("separation"), f"{path}: separation"),
        corrector=_corrector(data.get("corrector"), path),
        rulesets=MappingProxyType(rulesets),
        store_url=typed(_StoreSection, data.get("store"), f"{path}: store").url,
        source=str(path),
    )
    _check_values(config, path)
    try:
        config.intake.zone
    except (ZoneInfoNotFoundError, ValueError) as e:
        raise ConfigError(f"{path}: intake.time_zone: unknown time zone {config.intake.time_zone!r} "
                          f"(an IANA name such as Asia/Shanghai)") from e
    return config
