"""The batch: intake → audio → ASR → rules → scoring → store → exports.

``run_batch`` is what ``qa-pipeline run`` calls. It is idempotent: a call already scored
from the same audio with the same ASR settings and rule set is skipped; a call whose
transcript is cached is only re-checked; every call is stored in its own transaction, so
an interrupted batch resumes where it stopped.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from tqdm import tqdm

from .asr.transcribe import Transcriber, asr_key
from .audio import decode_call
from .config import Config
from .errors import QAError
from .export import write_exports
from .intake import discover
from .records import Call, Transcript
from .rules import CompiledRuleSet, compile_ruleset
from .scoring import score_call
from .store import Store

logger = logging.getLogger(__name__)


@dataclass
class BatchResult:
    done: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # already scored, nothing changed
    failed: list[tuple[str, str]] = field(default_factory=list)  # (call id, one-line reason)
    audio_s: float = 0.0
    exports: list[Path] = field(default_factory=list)

    @property
    def call_ids(self) -> list[str]:
        return self.done + self.skipped + [cid for cid, _ in self.failed]


def file_sha256(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


class Scorer:
    """Rules and scorecard for every business line, compiled once per batch."""

    def __init__(self, config: Config):
        self.config = config
        self._compiled: dict[str, CompiledRuleSet] = {}

    def ruleset(self, business_line: str) -> CompiledRuleSet:
        ruleset = self.config.ruleset_for(business_line)
        if ruleset.name not in self._compiled:
            self._compiled[ruleset.name] = compile_ruleset(ruleset)
        return self._compiled[ruleset.name]

    def score(self, transcript: Transcript, business_line: str):
        compiled = self.ruleset(business_line)
        found = compiled.run(transcript)
        return found, score_call(found, compiled.ruleset, self.config.scoring), compiled.ruleset.version


def run_batch(recordings: str | Path, out_dir: str | Path | None, config: Config, store: Store, *,
              transcriber_factory: Callable[[], Transcriber] | None = None, progress: bool = True) -> BatchResult:
    calls = discover(recordings, config.intake)
    scorer = Scorer(config)
    key = asr_key(config.asr, config.vad)
    transcriber: Transcriber | None = None
    result = BatchResult()
    run_id = store.start_run("run", str(recordings))
    bar = tqdm(total=len(calls), unit="call", disable=not progress, dynamic_ncols=True)
    try:
        for call in calls:
            try:
                sha = file_sha256(call.path)
                row = store.call_row(call.call_id)
                version = scorer.ruleset(call.business_line).ruleset.version
                if row and row["status"] == "done" and (row["audio_sha256"], row["asr_key"], row["ruleset_version"]) == (sha, key, version):
                    result.skipped.append(call.call_id)
                    result.audio_s += row["duration_s"] or 0.0
                    continue
                transcript = store.cached_transcript(sha, key)
                if transcript is None:
                    if transcriber is None:  # the model loads only when some call needs ASR
                        transcriber = (transcriber_factory or (lambda: Transcriber(config.asr, config.vad)))()
                    transcript = transcriber.transcribe(decode_call(call.path, config.audio.channel_layout))
                found, score, version = scorer.score(transcript, call.business_line)
                store.save_done(call, audio_sha256=sha, transcript=transcript, found=found, score=score,
                                ruleset_version=version, run_id=run_id)
                result.done.append(call.call_id)
                result.audio_s += transcript.duration_s
            except (QAError, OSError) as e:
                _fail(store, call, str(e) if isinstance(e, QAError) else f"{call.path}: {e}", run_id, result)
            finally:
                bar.update(1)
                bar.set_postfix_str(f"audio {result.audio_s / 3600:.2f} h, failed {len(result.failed)}")
    finally:
        bar.close()
        store.finish_run(run_id, done=len(result.done), failed=len(result.failed), skipped=len(result.skipped))
    if out_dir is not None:
        result.exports = write_exports(store, result.call_ids, out_dir)
    return result


def _fail(store: Store, call: Call, reason: str, run_id: int, result: BatchResult) -> None:
    reason = " ".join(reason.split())  # one line, always
    logger.error("%s", reason)
    store.save_failed(call, reason, run_id)
    result.failed.append((call.call_id, reason))


def rescore(config: Config, store: Store, call_ids: list[str] | None = None) -> list[str]:
    """Re-run rules and scoring on stored transcripts, without ASR. Returns the call ids."""
    scorer = Scorer(config)
    done = []
    for row in store.iter_calls(call_ids, status="done"):
        transcript = store.transcript_for(row)
        if transcript is None:
            continue
        found, score, version = scorer.score(transcript, row["business_line"] or "default")
        store.rescore(row["call_id"], found, score, version)
        done.append(row["call_id"])
    return done
