"""The records that flow between pipeline stages.

intake → ``Call`` → audio → ``ChannelAudio`` + ``SpeechSpan`` → asr → ``Utterance`` (with
``Word``) → rules → ``Finding`` → scoring → ``CallScore``. All frozen: a stage never edits
what an earlier stage produced, it makes a new record.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal, NamedTuple

Role = Literal["agent", "customer", "unknown"]
# The four call types calls are filed under (咨询类、建议类、投诉类、求助类): the category
# classifier's classes and the specialists' choices.
CATEGORIES = ("咨询", "建议", "投诉", "求助")


@dataclass(frozen=True)
class Call:
    """One recording to score, as found by intake (manifest row or file name)."""

    call_id: str
    path: str
    agent_id: str = ""
    started_at: datetime | None = None
    business_line: str = "default"
    metadata: tuple[tuple[str, str], ...] = ()  # extra manifest columns, in order


@dataclass(frozen=True)
class SpeechSpan:
    """A stretch of one channel where voice activity was detected (seconds from call start)."""

    role: Role
    start: float
    end: float

    @property
    def duration(self) -> float:
        return self.end - self.start


class Word(NamedTuple):
    """One word with its time. A named tuple, not a dataclass: a call has thousands, and
    ``rescore`` rebuilds them from the store at thousands of calls a second."""

    start: float  # seconds from call start
    end: float
    text: str
    probability: float
    # What Whisper wrote, where the service-vocabulary corrector replaced it (功号 for the 工号 in
    # ``text``); "" where the word is as heard. The rules read ``text``; a reviewer sees both.
    heard: str = ""


@dataclass(frozen=True)
class Utterance:
    """One speaker's continuous stretch of speech with its transcript."""

    role: Role
    start: float
    end: float
    text: str  # Simplified Chinese, as heard and corrected (punctuation kept; the words keep what was heard)
    confidence: float  # mean word probability, 0..1
    words: tuple[Word, ...] = ()
    tokens: str = ""  # jieba words of ``text``, space-joined ("": not tokenised yet); the classifiers' input


@dataclass(frozen=True)
class Transcript:
    """Everything ASR and voice activity produced for one call: the input to the rules."""

    duration_s: float
    layout: str  # "agent_left", "agent_right" or "mono"
    utterances: tuple[Utterance, ...]
    speech: tuple[SpeechSpan, ...]  # voice activity per role, sorted by start
    asr_key: str = ""  # identifies the model and settings that produced it
    # Voice activity pads each span for ASR's sake; the sound itself starts this much later
    # and ends this much earlier (0: not known, transcripts stored before it was kept).
    speech_pad_s: float = 0.0

    def by_role(self, role: Role) -> tuple[Utterance, ...]:
        return tuple(u for u in self.utterances if u.role == role)

    @property
    def has_roles(self) -> bool:
        return self.layout != "mono"


@dataclass(frozen=True)
class Finding:
    """One breach of the service code found by a rule."""

    rule_id: str
    kind: str  # stable vocabulary: missing_greeting, missing_closing, filler, …
    severity: str  # "minor", "major" or "fatal"
    start_s: float
    end_s: float
    text: str  # the evidence: what was (or was not) said there
    confidence: float  # how sure the evidence is, 0..1 (ASR confidence, role certainty)
    detail: str = ""  # a sentence for the reviewer


@dataclass(frozen=True)
class Deduction:
    rule_id: str
    kind: str
    points: float
    count: int
    needs_review: int  # findings held back from deduction for low confidence


@dataclass(frozen=True)
class CallScore:
    score: float
    grade: str
    fatal: bool
    needs_review: bool
    deductions: tuple[Deduction, ...] = field(default_factory=tuple)

    @property
    def n_findings(self) -> int:
        """Findings that stand: deducted, confirmed or held for review (not rejected)."""
        return sum(d.count + d.needs_review for d in self.deductions)


@dataclass(frozen=True)
class Prediction:
    """What the learned classifiers say of a call."""

    grade: str  # the grade the QA team would most likely give
    p_fail: float | None  # probability of a failing grade (None: the model has no failing grade)
    category: str  # 咨询 / 建议 / 投诉 / 求助 ("" without a category model)
    reasons: tuple[tuple[str, float], ...]  # features that pushed the predicted grade most, with their push
    model_version: str


@dataclass(frozen=True)
class ScoredCall:
    """What rules and scoring made of one call's transcript, ready to store."""

    findings: tuple[Finding, ...]
    score: CallScore
    ruleset_version: str
    agent_cpm: float | None = None  # the agent's speaking rate, kept as their baseline for later calls
    prediction: Prediction | None = None


@dataclass(frozen=True)
class StoredCall:
    """A call as the store gives it back (``Store.load``): the same records that went in."""

    call: Call
    status: str  # "done" or "failed"
    error: str = ""  # why a failed call could not be scored
    duration_s: float | None = None
    layout: str | None = None
    score: CallScore | None = None  # None: not scored
    ruleset_version: str | None = None
    prediction: Prediction | None = None  # None: no classifier was active
    findings: tuple[Finding, ...] = ()
    transcript: Transcript | None = None
