"""The batch: intake → audio → ASR → rules → scoring → store → exports.

``run_batch`` is what ``qa-pipeline run`` calls. It is idempotent: a call already scored
from the same audio with the same ASR settings and rule set is skipped; a call whose
transcript is cached is only re-checked; every call is stored in its own transaction, so
an interrupted batch resumes where it stopped.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import multiprocessing
from collections import Counter
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable, Iterable, Literal, Protocol, Sequence

from tqdm import tqdm

from .asr.correct import Corrector, corrected_key
from .asr.transcribe import Transcriber, asr_key
from .audio import Decoder
from .config import Config
from .errors import BadInput, QAError
from .export import write_exports
from .report import write_report
from .files import sweep_stale_temps
from .intake import Rejected, read_folder
from .privacy import Masker, write_covered
from .records import Call, LastScoring, RescoreTally, ScoredCall, Transcript
from .stages import Outcome, fail, settle, transcribe, triage
from .scoring.digests import call_inputs
from .scoring.scorer import Scorer
from .scoring.review import fail_grades, review_queue
from .scoring.model_store import LoadedModel, active_fail_grades, active_model
from .store import RescoredRows, Store, rescored_rows

logger = logging.getLogger(__name__)


@dataclass
class BatchResult:
    done: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # already scored, nothing changed
    failed: list[tuple[str, str]] = field(default_factory=list)  # (call id, one-line reason)
    # failed entries that could not be stored (a call id used twice, none at all): calls.csv lists them
    unstored: list[Rejected] = field(default_factory=list)
    audio_s: float = 0.0
    exports: list[Path] = field(default_factory=list)

    @property
    def call_ids(self) -> list[str]:
        return self.done + self.skipped + [cid for cid, _ in self.failed]

    def add(self, outcome: Outcome) -> None:
        if outcome.status == "failed":
            self.failed.append((outcome.call_id, outcome.reason))
        else:
            (self.done if outcome.status == "done" else self.skipped).append(outcome.call_id)
        self.audio_s += outcome.audio_s


class Engine(Protocol):
    """Where a run's calls are transcribed and scored: this process (``LocalEngine``) or a Ray
    cluster (``distributed.RayEngine``). It adds an ``Outcome`` per call to ``batch``."""

    def __call__(self, batch: "Batch", calls: list[Call], progress: bool) -> None: ...


def run_batch(recordings: str | Path, out_dir: str | Path | None, config: Config, store: Store, *,
              transcriber_factory: Callable[[], Transcriber] | None = None, progress: bool = True,
              engine: Engine | None = None) -> BatchResult:
    """``qa-pipeline run``: intake here, the calls on ``engine`` (default: this process), exports here."""
    if out_dir is not None:
        for stale in sweep_stale_temps(Path(out_dir)):  # left by a run killed while exporting
            logger.info("removed %s, a temporary file of a run that died", stale)
    intake = read_folder(recordings, config.intake)
    with store.no_space_is_one_line():
        batch = Batch(config, store, run_id=store.start_run("run", str(recordings)))
        batch.reject(intake.rejected, {c.call_id for c in intake.calls})
        try:
            (engine or LocalEngine(transcriber_factory))(batch, intake.calls, progress)
        finally:
            r = batch.result
            store.finish_run(batch.run_id, done=len(r.done), failed=len(r.failed), skipped=len(r.skipped))
    if out_dir is not None:
        batch.result.exports = export_results(store, batch.result.call_ids, out_dir, config, batch.model(),
                                              unstored=batch.result.unstored)
    return batch.result


def export_results(store: Store, call_ids: Sequence[str], out_dir: str | Path, config: Config,
                   model: LoadedModel | None, unstored: Sequence = ()) -> list[Path]:
    """The exports and the report of ``call_ids``: what ``run`` and ``rescore --out`` write."""
    grades = fail_grades(config.scoring, model.fail_grades if model else ())
    paths = write_exports(store, call_ids, out_dir, grades, scoring=config.scoring, unstored=unstored,
                          privacy=config.privacy)
    paths.append(write_report(store, call_ids, out_dir, config, grades, model.version if model else ""))
    return paths


def export_audio(store: Store, call_ids: Sequence[str], out_dir: str | Path,
                 config: Config) -> tuple[list[Path], list[tuple[str, str]]]:
    """``OUT/audio/CALL_ID.wav`` for each scored call, its personal data under a tone (``--redact-audio``).

    Returns the files written and (call id, reason) for each recording that could not be read.
    """
    written, failed = [], []
    for call_id in call_ids:
        stored = store.load(call_id)
        if stored is None or stored.status != "done":
            continue
        masker = Masker.for_call(stored.transcript, config.privacy, stored.call.business_line)
        target = Path(out_dir) / "audio" / f"{call_id}.wav"
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            written.append(write_covered(stored.call.path, stored.layout or config.audio.channel_layout,
                                         masker.spans_s(), target, config.audio))
        except (QAError, OSError) as e:
            failed.append((call_id, f"{stored.call.path}: audio not exported: {e}"))
    return written, failed


class LocalEngine:
    """This process: ``calls_per_batch`` calls at a time through triage, ASR and settle."""

    def __init__(self, transcriber_factory: Callable[[], Transcriber] | None = None):
        self.factory = transcriber_factory
        self._transcriber: Transcriber | None = None  # loaded only when some call needs ASR

    def __call__(self, batch: "Batch", calls: list[Call], progress: bool) -> None:
        config = batch.config
        scorer = Scorer(config, batch.store, None)
        bar = tqdm(total=len(calls), unit="call", disable=not progress, dynamic_ncols=True)
        try:
            with Decoder(config.audio) as decoder:
                size = max(1, config.asr.calls_per_batch)
                for i in range(0, len(calls), size):
                    jobs = [triage(c, config=config, store=batch.store, asr_key=batch.key) for c in calls[i : i + size]]
                    jobs = transcribe(jobs, decoder=decoder, layout=config.audio.channel_layout,
                                      transcriber=lambda: self.transcriber(config), corrector=batch.corrector)
                    scorer.model = batch.model()  # a model that cannot be loaded fails the batch, as it always did
                    for outcome in settle(jobs, scorer=scorer, store=batch.store, run_id=batch.run_id):
                        batch.result.add(outcome)
                        bar.update(1)
                    bar.set_postfix_str(f"audio {batch.result.audio_s / 3600:.2f} h, failed {len(batch.result.failed)}")
        finally:
            bar.close()

    def transcriber(self, config: Config) -> Transcriber:
        if self._transcriber is None:
            self._transcriber = (self.factory or (lambda: Transcriber(config.asr, config.vad, separation=config.separation)))()
        return self._transcriber


class Batch:
    """One ``run``: its id in the store, its tally, and the classifiers it scores with."""

    def __init__(self, config: Config, store: Store, run_id: int):
        self.config, self.store, self.run_id = config, store, run_id
        # The classifiers take seconds to load (skops audits every node) and are wanted only
        # when the first calls are scored: they load in a thread while those calls are decoded,
        # which runs in CTranslate2 without the GIL (issue 17).
        self._model: Future = _in_background(active_model)
        self.corrector = Corrector.from_config(config)  # None: off (corrector.enabled)
        self.key = corrected_key(asr_key(config.asr, config.vad, config.separation), self.corrector)
        self.result = BatchResult()

    def model(self) -> LoadedModel | None:
        """The classifiers, once loaded (a load error surfaces here, at the first scoring)."""
        return self._model.result()

    def reject(self, rejected: list[Rejected], accepted_ids: set[str]) -> None:
        """Entries intake could not use fail like calls; one whose call id belongs to an accepted
        call (or to none) cannot be stored without hiding that call, so calls.csv lists it apart."""
        for r in rejected:
            if r.call_id and r.call_id not in accepted_ids:
                accepted_ids.add(r.call_id)
                self.result.add(fail(self.store, Call(r.call_id, r.path, r.agent_id), BadInput(r.reason), self.run_id))
            else:
                logger.error("%s", r.reason)
                self.result.failed.append((r.call_id or r.reason.split(": ")[0], r.reason))
                self.result.unstored.append(r)


def _in_background(load: Callable[[], LoadedModel | None]) -> Future:
    pool = ThreadPoolExecutor(1, thread_name_prefix="load-model")
    future = pool.submit(load)
    pool.shutdown(wait=False)  # its thread ends once the load is done
    return future


RESCORE_CHUNK = 500  # calls per transaction, and at most per task for a worker process
TASKS_PER_WORKER = 4  # smaller tasks than that: the workers' last results are not left to write alone


@dataclass(frozen=True)
class Rescored:
    """What one ``rescore`` did: the calls it covered, oldest first, and what it did to them."""

    call_ids: list[str]
    tally: RescoreTally = RescoreTally()


class RescoreEngine(Protocol):
    """Where ``rescore``'s chunks are checked and written when not in this machine's processes
    (``distributed.RayEngine``): each chunk read, scored and written in one transaction; returns
    what was done to them (each chunk's ``RescoredRows.tally``, added up)."""

    def rescore(self, config: Config, store: Store, chunks: list[list[str]], model: LoadedModel | None,
                full: bool = False) -> RescoreTally: ...


def rescore(config: Config, store: Store, call_ids: list[str] | None = None, *, since: date | None = None,
            until: date | None = None, workers: int = 1, chunk: int = RESCORE_CHUNK,
            model: LoadedModel | None | Literal["active"] = "active", engine: RescoreEngine | None = None,
            full: bool = False) -> Rescored:
    """Re-run rules and scoring on stored transcripts, without ASR: the calls, and what was done.

    Only what changed is recomputed (``score_stored``); ``full``: every rule of every call.
    ``since``/``until``: only the calls started on those days or between them (a rule change
    applied to the months it concerns). With ``workers`` > 1, worker processes read and check
    chunks of calls and turn the results into rows, while this process only writes them: the
    rules are pure Python, so cores, not threads, make it faster, and SQLite takes one writer at
    a time. ``engine``: the chunks on a Ray cluster instead.
    ``model``: the classifiers to predict with (default: the active ones, loaded here).
    """
    ids = store.call_ids(call_ids, status="done", since=since, until=until)
    model = active_model() if model == "active" else model
    if engine is not None:
        return Rescored(ids, engine.rescore(config, store, [ids[i : i + chunk] for i in range(0, len(ids), chunk)],
                                            model, full))
    scorer = Scorer(config, store, model)
    if workers > 1:
        chunk = max(1, min(chunk, -(-len(ids) // (workers * TASKS_PER_WORKER))))
    chunks = [ids[i : i + chunk] for i in range(0, len(ids), chunk)]
    tally = RescoreTally()
    if workers <= 1 or len(chunks) <= 1:
        for part in chunks:
            tally += _written(store, score_stored(scorer, store, part, full=full))
        return Rescored(ids, tally)
    scorer.prepare()  # once here, not in each worker: they are forked with it
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker,
                             initargs=(scorer, store.url, full)) as pool:
        for rows in pool.map(_score_chunk_in_worker, chunks):
            tally += _written(store, rows)
    return Rescored(ids, tally)


def _written(store: Store, rows: RescoredRows) -> RescoreTally:
    store.write_rescored(rows)
    return rows.tally()


@contextlib.contextmanager
def _collector_paused():
    """Python's cycle collector off while a chunk is read and checked (issue 17).

    A chunk allocates about a million small tuples and lists (words, matches, findings),
    none of them in reference cycles; each allocation burst set off collections that walked
    every live object of the chunk again: a fifth of ``rescore``'s time. It runs once after.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def score_stored(scorer: Scorer, store: Store, call_ids: list[str], *, full: bool = False) -> RescoredRows:
    """Rules and scoring of stored calls, from their stored transcripts: the rows ``rescore`` writes.

    Only what changed since a call was last scored is recomputed (``scoring.digests``): a call
    whose score digest is unchanged is neither read nor written; in the others, only the rules
    whose digest changed run, the stored findings of the rest are reused. Where a call checked
    again changed its agent's speaking rate, that agent's later calls are compared again (their
    fast_speech baseline moved). ``full``: every rule of every call, whatever the digests say.
    """
    with _collector_paused():
        last = store.last_scorings(call_ids)
        decisions = {} if full else store.finding_decisions(call_ids)
        todo = last if full else [s for s in last if scorer.is_stale(s, decisions)]
        results: dict[str, ScoredCall] = {}
        tried: set[str] = set()
        scorer.rules_run.clear()
        while todo:
            tried.update(s.call.call_id for s in todo)
            scorer.changed_agents.clear()
            results.update(_check_again(scorer, store, todo, full))
            todo = [s for s in last if s.call.call_id not in tried and s.call.agent_id in scorer.changed_agents
                    and scorer.is_stale(s, decisions)]
        return rescored_rows([(s.call.call_id, results[s.call.call_id]) for s in last if s.call.call_id in results],
                             [s.call.call_id for s in last if s.call.call_id not in tried],
                             rules_run=_by_rule(scorer.rules_run),
                             score_changed=sum(1 for s in last if s.call.call_id in results
                                               and results[s.call.call_id].score.score != s.score))


def _by_rule(rules_run: Counter[tuple[str, ...]]) -> tuple[tuple[str, int], ...]:
    """(rule ids that ran on a call → calls) as (rule id, calls it ran on), by rule id."""
    out: Counter[str] = Counter()
    for rule_ids, n in rules_run.items():
        for rule_id in rule_ids:
            out[rule_id] += n
    return tuple(sorted(out.items()))


def _check_again(scorer: Scorer, store: Store, last: list[LastScoring], full: bool) -> dict[str, ScoredCall]:
    """Rules and scoring of ``last``'s calls from their transcripts, reusing (unless ``full``) the
    stored findings of every rule whose digest is unchanged."""
    kept = {} if full else store.kept_findings(last)
    inputs = {s.call.call_id: call_inputs(s.audio_sha256, s.asr_key, s.naming) for s in last}
    rows = list(store.iter_transcripts(list(inputs)))
    scored = scorer.score_many([(t, call.business_line, call) for call, t in rows],
                               inputs=[inputs[call.call_id] for call, _ in rows],
                               kept=[kept.get(call.call_id) for call, _ in rows])
    return {call.call_id: s for (call, _), s in zip(rows, scored)}


_worker: tuple[Scorer, Store, bool] | None = None


def _start_worker(scorer: Scorer, url: str, full: bool) -> None:
    """A forked worker: the parent's prepared scorer, reading through a connection of its own."""
    global _worker
    store = Store(url)
    scorer.store = store
    _worker = (scorer, store, full)


def _score_chunk_in_worker(call_ids: list[str]) -> RescoredRows:
    scorer, store, full = _worker
    return score_stored(scorer, store, call_ids, full=full)


def evaluate_rules(config: Config, truth_path: str | Path, calls: Iterable[tuple[Call, Transcript]], *,
                   slack: float = 1.0, min_confidence: float | None = None):
    """Run the configured rules on the transcripts of labelled calls; score them against the labels.

    ``calls`` is (call, transcript) pairs: ``Store.iter_transcripts`` or ``export.read_transcripts``.
    By default only findings the scorecard would deduct count as flags (see ``evaluate``).
    """
    if min_confidence is None:
        scoring = config.scoring
        min_confidence = 0.0 if scoring.deduct_low_confidence else scoring.review_below_confidence
    from .rules.evaluate import evaluate, load_truth

    truths = load_truth(truth_path)
    wanted = {t.call_id for t in truths}
    scorer = Scorer(config)
    findings = {call.call_id: list(scorer.score(transcript, call.business_line, call).findings)
                for call, transcript in calls if call.call_id in wanted}
    return evaluate(truths, findings, slack=slack, min_confidence=min_confidence)


def training_features(config: Config, store: Store, call_ids: Sequence[str]):
    """Feature rows (indexed by call id) of stored calls, under the rules configured now."""
    import pandas as pd

    from .scoring.features import call_features, feature_frame

    scorer = Scorer(config, store)
    rows, ids = [], []
    for call, transcript in store.iter_transcripts(call_ids):
        scored = scorer.score(transcript, call.business_line, call)
        rows.append(call_features(transcript, scored.findings, config.scoring.review_below_confidence))
        ids.append(call.call_id)
    return feature_frame(rows).set_axis(pd.Index(ids, name="call_id"))


def train_from_store(config: Config, store: Store, labels_path: str | Path):
    """Fit the classifiers on the store's calls graded in ``labels_path``. Returns (model, ungraded ids)."""
    from .scoring.labels import load_labels
    from .scoring.training import train

    labels = load_labels(labels_path)
    features = training_features(config, store, labels["call_id"].tolist())
    missing = sorted(set(labels["call_id"]) - set(features.index))
    model = train(features, labels, source=f"{len(features)} graded calls from {labels_path}")
    return model, missing


def review(config: Config, store: Store, day=None, limit: int | None = 20):
    """The review queue of ``day`` (a date; None: every day)."""
    calls = [s for s in store.iter_stored(status="done")
             if day is None or (s.call.started_at is not None and s.call.started_at.date() == day)]
    reviewed = store.finding_decisions([s.call.call_id for s in calls]).keys()
    return review_queue(calls, fail_grades(config.scoring, active_fail_grades()), limit, reviewed)
