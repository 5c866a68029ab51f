"""Rule accuracy against labelled calls: precision, recall and F1 per kind.

The labels are truth files (``<stem>.truth.json``, as the call generator writes them): each
lists the defects in the call as events with a kind and a time span. Findings are matched
to them two ways:

- **call level**: does the call have the kind at all, in the truth and in the findings;
- **event level**: a finding is right when it overlaps (within ``slack`` seconds) a truth
  event of its kind, and a truth event is found when some finding of its kind overlaps it.

A truth file says which kinds were labelled (``labelled_kinds``); a kind it does not
label is left out for that call, so a rule the labels know nothing about is not counted
wrong. Files without the key label the generator's first eight kinds.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Mapping

from ..errors import BadInput
from ..records import Finding

# What truth files from the first generator version label (they have no labelled_kinds).
DEFAULT_LABELLED = ("missing_greeting", "missing_closing", "filler", "fast_speech", "long_hold",
                    "unannounced_hold", "forbidden_phrase", "interruption")
NONE = "(none)"


@dataclass(frozen=True)
class TruthEvent:
    kind: str
    start_s: float
    end_s: float


@dataclass(frozen=True)
class TruthCall:
    call_id: str
    events: tuple[TruthEvent, ...]
    labelled: frozenset[str]
    conditions: Mapping[str, object] = field(default_factory=dict)


def load_truth(path: str | Path) -> list[TruthCall]:
    """Truth files from a folder (``*.truth.json``) or one file."""
    path = Path(path)
    files = sorted(path.glob("*.truth.json")) if path.is_dir() else [path]
    if not files:
        raise BadInput(f"{path}: no *.truth.json files")
    return [_read_truth(f) for f in files]


def _read_truth(path: Path) -> TruthCall:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        events = tuple(TruthEvent(e["kind"], float(e["start_s"]), float(e["end_s"])) for e in data.get("events", ()))
        return TruthCall(str(data["call_id"]), events, frozenset(data.get("labelled_kinds") or DEFAULT_LABELLED),
                         _conditions(data))
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise BadInput(f"{path}: not a truth file: {e}") from e


def _conditions(data: dict) -> dict:
    """The generator settings a call was made with, to break figures down by condition."""
    voices, levels = data.get("voices") or {}, data.get("levels") or {}
    found = dict(data.get("conditions") or {})
    if "agent" in voices:
        found["agent_speed_ratio"] = voices["agent"].get("speed_ratio")
    noise = (levels.get("noise_dbfs") or {}).get("agent")
    if noise is not None:
        found["noise_dbfs"] = noise
    return found


@dataclass(frozen=True)
class Counts:
    """tp/fn count truth items found/missed; fp counts findings that match nothing.

    At event level several findings may cover one event (a fast turn heard as two
    utterances), so precision there is over findings: ``matched`` / (``matched`` + fp).
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0
    matched: int | None = None  # findings that match a truth item (None: same as tp)

    def __add__(self, other: "Counts") -> "Counts":
        matched = None if self.matched is None and other.matched is None else \
            (self.tp if self.matched is None else self.matched) + (other.tp if other.matched is None else other.matched)
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn, matched)

    @property
    def precision(self) -> float | None:
        right = self.tp if self.matched is None else self.matched
        return right / (right + self.fp) if right + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        """None where there was nothing to find and nothing found; 0 where something was to be found
        and nothing was (no findings leave precision undefined, but that kind failed: set 28's
        closings were left out of the macro F1 before)."""
        p, r = self.precision, self.recall
        if r == 0:
            return 0.0
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class KindScore:
    kind: str
    calls: Counts  # call level
    events: Counts  # event level: tp = truth events found; fp = findings matching nothing
    n_calls: int  # calls where the kind is labelled
    n_events: int
    n_findings: int


@dataclass(frozen=True)
class EvalReport:
    kinds: tuple[KindScore, ...]
    confusion: Mapping[tuple[str, str], int]  # (found kind, truth kind) → unmatched items overlapping
    missing: tuple[str, ...]  # truth calls not in the store
    held: Mapping[str, int] = field(default_factory=dict)  # kind → findings below min_confidence (not counted)
    min_confidence: float = 0.0
    clean_calls: int = 0  # truth calls without any event
    clean_to_review: int = 0  # … of which a finding below min_confidence sends to review

    def macro_f1(self, level: str = "calls") -> float | None:
        """Mean F1 over the kinds that have one (the measure the independent sets are held to)."""
        values = [f for k in self.kinds if (f := getattr(k, level).f1) is not None]
        return sum(values) / len(values) if values else None

    def kind(self, name: str) -> KindScore:
        return next(k for k in self.kinds if k.kind == name)

    def micro(self) -> tuple[Counts, Counts]:
        calls = sum((k.calls for k in self.kinds), Counts())
        events = sum((k.events for k in self.kinds), Counts())
        return calls, events


def _overlaps(a0: float, a1: float, b0: float, b1: float, slack: float) -> bool:
    return a0 <= b1 + slack and b0 <= a1 + slack


def evaluate(truths: Iterable[TruthCall], findings: Mapping[str, list[Finding]], *,
             kinds: Iterable[str] | None = None, slack: float = 1.0, min_confidence: float = 0.0) -> EvalReport:
    """Score ``findings`` (call id → findings) against ``truths``; calls missing from ``findings`` are skipped.

    Findings less sure than ``min_confidence`` are what the scorecard sends to review rather
    than deducting: they are counted apart (``held``), not as flags.
    """
    truths = list(truths)
    held = Counter(f.kind for found in findings.values() for f in found if f.confidence < min_confidence)
    clean = [t for t in truths if t.call_id in findings and not t.events]
    clean_to_review = sum(any(f.confidence < min_confidence for f in findings[t.call_id]) for t in clean)
    findings = {cid: [f for f in found if f.confidence >= min_confidence] for cid, found in findings.items()}
    present = [t for t in truths if t.call_id in findings]
    all_kinds = sorted(set(kinds) if kinds is not None else
                       {k for t in present for k in t.labelled} | {f.kind for t in present for f in findings[t.call_id]})
    call_counts: dict[str, Counter] = defaultdict(Counter)
    event_counts: dict[str, Counter] = defaultdict(Counter)
    confusion: Counter = Counter()
    for truth in present:
        for kind in all_kinds:
            if kind in truth.labelled:
                _count(truth, findings[truth.call_id], kind, slack, call_counts[kind], event_counts[kind], confusion)
    scores = tuple(
        KindScore(kind, Counts(call_counts[kind]["tp"], call_counts[kind]["fp"], call_counts[kind]["fn"]),
                  Counts(event_counts[kind]["tp"], event_counts[kind]["fp"], event_counts[kind]["fn"],
                         event_counts[kind]["matched"]),
                  call_counts[kind]["n"], event_counts[kind]["events"], event_counts[kind]["findings"])
        for kind in all_kinds
    )
    missing = tuple(t.call_id for t in truths if t.call_id not in findings)
    return EvalReport(scores, dict(confusion), missing, dict(held), min_confidence, len(clean), clean_to_review)


def _count(truth: TruthCall, found: list[Finding], kind: str, slack: float,
           c: Counter, e: Counter, confusion: Counter) -> None:
    """Add one call's figures for ``kind`` to the call-level (``c``) and event-level (``e``) counts."""
    def near(a, b) -> bool:
        return _overlaps(a.start_s, a.end_s, b.start_s, b.end_s, slack)

    events = [ev for ev in truth.events if ev.kind == kind]
    hits = [f for f in found if f.kind == kind]
    c["n"] += 1
    c["tp" if events and hits else "fp" if hits else "fn" if events else "tn"] += 1
    e["events"] += len(events)
    e["findings"] += len(hits)
    for f in hits:
        if any(near(f, ev) for ev in events):
            e["matched"] += 1
        else:
            e["fp"] += 1
            others = {ev.kind for ev in truth.events if near(f, ev)}
            confusion.update((kind, other) for other in (others or {NONE}))
    for ev in events:
        if any(near(f, ev) for f in hits):
            e["tp"] += 1
        else:
            e["fn"] += 1
            others = {f.kind for f in found if near(f, ev)}
            confusion.update((other, kind) for other in (others or {NONE}))


def format_report(report: EvalReport) -> str:
    def pct(x: float | None) -> str:
        return "   –" if x is None else f"{x:4.2f}"

    lines = []
    if report.min_confidence > 0:
        held = sum(report.held.values())
        lines += [f"flags: findings with confidence ≥ {report.min_confidence:g} (what the scorecard deducts); "
                  f"{held} below it, sent to review, are not counted" + (
                      f" ({', '.join(f'{k} {n}' for k, n in sorted(report.held.items()))})" if held else ""), ""]
    lines += [f"{'kind':20s} {'calls':>5s} {'P':>5s} {'R':>5s} {'F1':>5s}   {'events':>6s} {'found':>5s} "
             f"{'P':>5s} {'R':>5s} {'F1':>5s}", "-" * 78]
    for k in report.kinds:
        lines.append(f"{k.kind:20s} {k.n_calls:5d} {pct(k.calls.precision):>5s} {pct(k.calls.recall):>5s} "
                     f"{pct(k.calls.f1):>5s}   {k.n_events:6d} {k.n_findings:5d} {pct(k.events.precision):>5s} "
                     f"{pct(k.events.recall):>5s} {pct(k.events.f1):>5s}")
    calls, events = report.micro()
    lines.append("-" * 78)
    lines.append(f"{'all kinds (micro)':20s} {'':5s} {pct(calls.precision):>5s} {pct(calls.recall):>5s} "
                 f"{pct(calls.f1):>5s}   {'':6s} {'':5s} {pct(events.precision):>5s} {pct(events.recall):>5s} "
                 f"{pct(events.f1):>5s}")
    lines.append(f"{'all kinds (macro F1)':20s} {'':5s} {'':5s} {'':5s} {pct(report.macro_f1('calls')):>5s}   "
                 f"{'':6s} {'':5s} {'':5s} {'':5s} {pct(report.macro_f1('events')):>5s}")
    if report.clean_calls:
        lines.append(f"clean calls sent to review: {report.clean_to_review} of {report.clean_calls} "
                     f"({report.clean_to_review / report.clean_calls:.0%})")
    if report.confusion:
        lines += ["", "confusion (errors only): found kind → truth kind at that time, with counts;",
                  f"{NONE} as truth: a false alarm; {NONE} as found: a miss"]
        for (found, truth), n in sorted(report.confusion.items(), key=lambda kv: (-kv[1], kv[0])):
            lines.append(f"  {found:20s} → {truth:20s} {n:4d}")
    if report.missing:
        lines += ["", f"not in the store ({len(report.missing)}): {', '.join(report.missing[:10])}"
                      + (" …" if len(report.missing) > 10 else "")]
    return "\n".join(lines)
