"""The per-call steps of ``run``, shared by every engine (this process, or a Ray cluster).

A call goes through three steps, each a function of frozen records:

1. ``triage``: can the file be read, is it already scored (same audio SHA-256, ASR key and
   rule set: the skip key), is its transcript cached?
2. ``transcribe``: decode, voice activity and ASR for the calls that need it, pooled; then the
   service-vocabulary corrector.
3. ``settle``: rules and scoring for the calls together, then each call stored in its own
   transaction (``Store.save_done`` / ``save_failed``); an ``Outcome`` per call.

``pipeline`` runs them in this process; ``distributed`` runs the same functions in Ray tasks
and actors. Neither engine decides anything about a call itself.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Literal, Sequence

from .asr.correct import Corrector
from .asr.transcribe import Transcriber
from .audio import Decoder, unreadable
from .config import Config
from .errors import BadInput, QAError
from .files import file_sha256
from .records import Call, ScoredCall, Transcript
from .roles import naming_key, with_naming
from .scoring.digests import call_inputs
from .scoring.scorer import Scorer
from .store import Store

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Job:
    """A call on its way through ``run``: what the steps so far have made of it."""

    call: Call
    sha: str = ""  # the audio's SHA-256: with the ASR key and the rule set, the skip key
    transcript: Transcript | None = None  # from the cache or from ASR
    error: str = ""  # one line: why the call failed; it goes no further
    unchanged_s: float | None = None  # already scored from this audio, ASR and rules: its stored length

    @property
    def needs_asr(self) -> bool:
        return not self.error and self.unchanged_s is None and self.transcript is None


@dataclass(frozen=True)
class Outcome:
    """What became of a call; the engines count these into a ``BatchResult``."""

    call_id: str
    status: Literal["done", "skipped", "failed"]
    reason: str = ""  # one line, for "failed"
    audio_s: float = 0.0


def one_line(call: Call, error: Exception) -> str:
    """The reason a call failed, on one line and naming the file."""
    reason = str(error) if isinstance(error, QAError) else f"{call.path}: {error}"
    return " ".join(reason.split())


def triage(call: Call, *, config: Config, store: Store, asr_key: str) -> Job:
    """Read the file's hash and decide: skip it, reuse its cached transcript, or transcribe it."""
    try:
        if problem := unreadable(Path(call.path)):  # a broken link, a loop, a folder named x.wav
            raise BadInput(f"{call.path}: {problem}")
        sha = file_sha256(call.path)
        was = store.stored_run(call.call_id)
        version = config.ruleset_for(call.business_line).version
        if was and was.status == "done" and (was.audio_sha256, was.asr_key, was.ruleset_version) == (sha, asr_key, version):
            return Job(call, sha, unchanged_s=was.duration_s or 0.0)
        return Job(call, sha, transcript=store.cached_transcript(sha, asr_key))
    except (QAError, OSError) as e:
        return Job(call, error=one_line(call, e))


def transcribe(jobs: Sequence[Job], *, decoder: Decoder, layout: str,
               transcriber: Callable[[], Transcriber], corrector: Corrector | None = None) -> list[Job]:
    """Decode the jobs that need ASR and transcribe them together (their windows share batches);
    then the corrector, with each call's business line, turns what Whisper heard into the transcript.

    ``transcriber`` gives the loaded model; it is asked for only when some job needs ASR.
    A file that cannot be decoded fails alone; the other jobs pass through unchanged.
    """
    out = list(jobs)
    decoded = {}
    for i, job in enumerate(jobs):
        if job.needs_asr:
            try:
                decoded[i] = decoder.decode(job.call.path, layout)
            except (QAError, OSError) as e:
                out[i] = replace(job, error=one_line(job.call, e))
    if decoded:
        for i, transcript in zip(decoded, transcriber().transcribe_many(list(decoded.values()))):
            if corrector is not None:
                transcript = corrector.correct(transcript, jobs[i].call.business_line)
            out[i] = replace(out[i], transcript=transcript)
    return out


def settle(jobs: Sequence[Job], *, scorer: Scorer, store: Store, run_id: int) -> list[Outcome]:
    """Score the transcribed jobs in one batch, then store each job in its own transaction."""
    named = {j.call.call_id: store.role_naming(j.call.call_id) for j in jobs if _separated(j)}
    jobs = [replace(j, transcript=with_naming(j.transcript, named[j.call.call_id])) if _separated(j) else j for j in jobs]
    ready = [j for j in jobs if j.transcript is not None and not j.error and j.unchanged_s is None]
    try:
        # with what it was computed from (``scoring.digests``): a later rescore reuses what is unchanged
        results: list[ScoredCall | QAError] = scorer.score_many(
            [(j.transcript, j.call.business_line, j.call) for j in ready],
            inputs=[call_inputs(j.sha, j.transcript.asr_key, naming_key(named.get(j.call.call_id))) for j in ready])
    except QAError as e:  # a model that cannot score these calls: fail them, not the batch
        results = [e] * len(ready)
    scored = {j.call.call_id: s for j, s in zip(ready, results)}
    return [_store(job, scored.get(job.call.call_id), store, run_id) for job in jobs]


def _separated(job: Job) -> bool:
    """A separated mono call: a specialist may have named its roles (``roles.with_naming``
    applies that naming to a new transcript too: a swap outlives re-runs)."""
    return job.transcript is not None and job.transcript.separation is not None


def _store(job: Job, scored: ScoredCall | QAError | None, store: Store, run_id: int) -> Outcome:
    call = job.call
    if job.unchanged_s is not None:
        return Outcome(call.call_id, "skipped", audio_s=job.unchanged_s)
    try:
        if job.error:
            raise BadInput(job.error)
        if isinstance(scored, QAError):
            raise scored
        store.save_done(call, audio_sha256=job.sha, transcript=job.transcript, scored=scored, run_id=run_id)
        return Outcome(call.call_id, "done", audio_s=job.transcript.duration_s)
    except QAError as e:
        return fail(store, call, e, run_id)


def fail(store: Store, call: Call, error: Exception, run_id: int) -> Outcome:
    """Store ``call`` as failed with the one-line reason (logged too)."""
    reason = one_line(call, error)
    logger.error("%s", reason)
    store.save_failed(call, reason, run_id)
    return Outcome(call.call_id, "failed", reason)
