"""The records that flow between pipeline stages.

intake → ``Call`` → audio → ``ChannelAudio`` + ``SpeechSpan`` → asr → ``Utterance`` (with
``Word``) → rules → ``Finding`` → scoring → ``CallScore``. All frozen: a stage never edits
what an earlier stage produced, it makes a new record.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Literal, NamedTuple

if TYPE_CHECKING:
    from .config import RuleConfig

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
    # How sure the speaker is (0.5: a guess, 1: certain): below 1 only on a mono recording whose
    # speakers were told apart by their voices (``separation``); stereo channels are certain.
    speaker_confidence: float = 1.0


@dataclass(frozen=True)
class Separation:
    """How a mono recording's two speakers were told apart, and which one was named the agent."""

    role_confidence: float  # how sure the agent is the speaker named so (0.5: a guess, 1: certain)
    evidence: str  # why: the cues each speaker said and their share of the speech
    swapped: bool = False  # a specialist swapped the roles the separation assigned
    # cut-ins: (start, end s) around each change of speaker without a pause, where both may have
    # spoken at once (one channel does not tell how long)
    overlaps: tuple[tuple[float, float], ...] = ()
    voice_similarity: float = 0.0  # cosine of the two speakers' mean voices (near 1: hard to tell apart)
    # A specialist's naming of the agent (``RoleNaming``), where one is kept for the call: who
    # named them, and how much of the speech they named this transcript names the same way
    # (``roles.with_naming``; 1: all of it). Too little, and the naming is not applied: the
    # roles stay as the separation named them and the call goes to review (``naming_lost``).
    named_by: str = ""
    naming_match: float | None = None
    naming_lost: bool = False


@dataclass(frozen=True)
class RoleNaming:
    """Which speech of a mono call a specialist called the agent's, and which the customer's.

    Tied to the speech they heard rather than to "the other way round": a re-run whose
    separation names the two voices the other way (new ASR, another clustering order) is
    matched against these times, not flipped again (``roles.with_naming``).
    """

    agent: tuple[tuple[float, float], ...]  # (start, end s) of the speech they called the agent's
    customer: tuple[tuple[float, float], ...]  # … and the customer's
    user: str
    asr_key: str = ""  # the transcript they heard it on (provenance)

    @property
    def is_bare_flip(self) -> bool:
        """A swap kept by code older than the naming, with no speech to match (applied as "the other way round")."""
        return not self.agent and not self.customer


@dataclass(frozen=True)
class Island:
    """A short burst of sound on one channel with quiet on both sides (seconds from call start).

    Kept because Whisper leaves most clause-initial 嗯/啊/呃 out of its text (it learnt from
    transcripts that do), while the sound is still there: one syllable alone, then the pause
    of a comma. The filler rule looks for islands that no heard word accounts for.
    """

    role: Role
    start: float
    end: float
    quiet_before: float  # seconds of quiet before it on this channel (capped: see ``audio.sound_islands``)
    quiet_after: float  # … and after it
    # On a separated mono call, how sure the speaker (``role``) of the sound is, as for an
    # utterance (``separation``); 1 on stereo, where the channel says whose it is.
    speaker_confidence: float = 1.0
    # Seconds of hiss it opens with (``audio.sound_islands``): a consonant's frication (请, 行, 是),
    # which no 嗯/啊/呃 has; 0 where none, or where it was stored before this was measured.
    hiss_s: float = 0.0
    # How much of a voice's pitch it has, 0-1 (``audio._voicing``): a held 嗯/啊/呃 has one through
    # most of it, a key, a click or a knock none; 1 where it was stored before this was measured.
    voicing: float = 1.0


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
    islands: tuple[Island, ...] = ()  # () in transcripts stored before islands were kept
    separation: Separation | None = None  # a mono recording whose speakers were told apart (None: stereo, or not)

    def by_role(self, role: Role) -> tuple[Utterance, ...]:
        return tuple(u for u in self.utterances if u.role == role)

    @property
    def has_roles(self) -> bool:
        """Whether utterances carry agent and customer: stereo channels, or a separated mono call."""
        return self.layout != "mono" or self.separation is not None


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

    @classmethod
    def of(cls, rule: RuleConfig, start_s: float, end_s: float, *, text: str = "", confidence: float,
           detail: str = "") -> Finding:
        """What every rule reports: ``rule``'s id, kind and severity, times to the millisecond
        (the transcripts' precision) and confidence to three places, rounded here once."""
        return cls(rule.rule_id, rule.kind, rule.severity, round(start_s, 3), round(end_s, 3), text,
                   round(confidence, 3), detail)


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
    # what it was computed from (``scoring.digests``); empty where the transcript's identity
    # was not known (``rules eval``): then nothing of it is reused later
    rule_digests: tuple[tuple[str, str], ...] = ()  # (rule id, digest), in check order
    score_digest: str = ""


@dataclass(frozen=True)
class LastScoring:
    """How a stored call was last scored: what ``rescore`` compares to recompute only what changed."""

    call: Call
    audio_sha256: str | None  # with the ASR key: the cached transcript it is checked on
    asr_key: str | None
    naming: str  # a specialist's naming of its speakers (``RoleNaming``, ``roles.naming_key``): "" none
    rule_digests: tuple[tuple[str, str], ...]  # as stored; () for a call stored before digests were kept
    score_digest: str  # "" likewise
    score: float | None = None  # the points it was given: rescore tells how many came out different


@dataclass(frozen=True)
class RescoreTally:
    """What ``rescore`` did to some calls (a chunk's, or all of them added up)."""

    recomputed: int = 0  # calls whose rules or score were worked out again
    unchanged: int = 0  # calls left as stored: every digest equal, neither read nor written
    score_changed: int = 0  # recomputed calls whose score came out other than the stored one
    rules_run: tuple[tuple[str, int], ...] = ()  # (rule id, calls it ran on again), by rule id

    def __add__(self, other: "RescoreTally") -> "RescoreTally":
        ran = dict(self.rules_run)
        for rule_id, n in other.rules_run:
            ran[rule_id] = ran.get(rule_id, 0) + n
        return RescoreTally(self.recomputed + other.recomputed, self.unchanged + other.unchanged,
                            self.score_changed + other.score_changed, tuple(sorted(ran.items())))

    def summary(self) -> str:
        """「N recomputed, N unchanged (digests equal), N changed score; rules run again: …」"""
        rules = ", ".join(f"{rule_id} ({n})" for rule_id, n in self.rules_run) or "none"
        return (f"{self.recomputed} recomputed, {self.unchanged} unchanged (digests equal), "
                f"{self.score_changed} changed score; rules run again (calls): {rules}")


@dataclass(frozen=True)
class KeptFindings:
    """What a stored call's last scoring left that ``rescore`` may reuse."""

    call_id: str
    rule_digests: tuple[tuple[str, str], ...]
    score_digest: str
    findings: tuple[Finding, ...]  # as stored, in the order they were written (the order scoring gave)
    prediction: Prediction | None

    def matching(self, digests: dict[str, str]) -> dict[str, tuple[Finding, ...]]:
        """The findings of each rule whose digest is still ``digests``' one: reused as they are
        (a rule that found nothing: ())."""
        by_rule: dict[str, list[Finding]] = {}
        for f in self.findings:
            by_rule.setdefault(f.rule_id, []).append(f)
        return {rule_id: tuple(by_rule.get(rule_id, ())) for rule_id, d in self.rule_digests if digests.get(rule_id) == d}


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


@dataclass(frozen=True)
class Review:
    """A specialist's decision on a stored finding (复核)."""

    decision: str  # "confirmed" or "rejected"
    user: str
    comment: str = ""


@dataclass(frozen=True)
class Appeal:
    """An agent's 申诉 against a stored finding, and how it was resolved."""

    id: int
    finding_id: int  # the ``StoredFinding.id`` it is about
    call_id: str
    rule_id: str
    kind: str
    user: str  # the agent who filed it
    comment: str
    status: str  # "open", "upheld" or "dismissed"
    created_at: datetime  # naive UTC, like every web table
    resolved_by: str | None = None
    resolved_at: datetime | None = None
    resolution: str | None = None
    agent_id: str = ""  # the call's agent, where a list of appeals shows it ("": not read)

    @property
    def is_open(self) -> bool:
        return self.status == "open"


@dataclass(frozen=True)
class StoredFinding:
    """A finding as the store keeps it: its id (what decisions and appeals point at), its call,
    and what specialists and agents made of it."""

    id: int
    call_id: str
    finding: Finding
    review: Review | None = None  # None: no specialist has decided
    appeals: tuple[Appeal, ...] = ()  # oldest first
    # where it stands (``scoring.standing``): deducted, held, confirmed or rejected ("": not worked out)
    standing: str = ""

    @property
    def decision(self) -> str | None:
        return self.review.decision if self.review else None

    @property
    def open_appeal(self) -> Appeal | None:
        return next((a for a in self.appeals if a.is_open), None)


# calibration: several specialists grade the same calls blind ---------------------------------
@dataclass(frozen=True)
class CalibrationSession:
    """A calibration session as the store keeps it: which calls, which graders, which items."""

    id: int
    title: str
    created_by: str  # the lead
    created_at: datetime  # naive UTC, like every web table
    closed_at: datetime | None  # the lead ended grading (None: open until every grade is in)
    items: tuple[tuple[str, str], ...]  # (rule id, kind): the scorecard's rules when it was created
    call_ids: tuple[str, ...]  # in the order graders see them
    graders: tuple[str, ...]  # usernames of the specialists grading


@dataclass(frozen=True)
class CalibrationGrade:
    """One grader's blind judgement of one call in a session."""

    call_id: str
    grader: str
    score: float  # 0–100
    grade: str
    items: tuple[tuple[str, bool], ...]  # (rule id, breached), for each item of the session
    at: datetime

    def breached(self, rule_id: str) -> bool | None:
        return dict(self.items).get(rule_id)
