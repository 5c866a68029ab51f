"""``run --engine ray``: the steps of ``stages`` on a Ray cluster, through Ray Data.

The driver (where ``qa-pipeline run`` was started) finds the calls, opens the run and writes
the exports, as the local run does (``pipeline.run_batch``). In between, one dataset streams
the calls through the cluster:

- ``triage`` in tasks: hash the file, skip what is already scored, find cached transcripts;
- ``_Transcribing`` actors: decode, voice activity and ASR, one model per actor, loaded once,
  each actor holding ``cpus_per_actor`` CPUs and using that many threads;
- ``settle`` in tasks: rules and scoring, then each call stored in its own transaction in the
  shared store (PostgreSQL for a real cluster), with the local run's skip key.

``rescore --engine ray`` (``RayEngine.rescore``) runs ``rescore``'s chunks of stored calls in
tasks: each task reads its chunk's transcripts, runs rules and scoring and writes the chunk.

A worker that dies takes only its in-flight batch with it (Ray Data drops that block and goes
on); the driver fails those calls with a reason that says to re-run, and the re-run does them.
Every worker must read the recordings at the paths intake found (a shared file system) and
reach the store by its URL.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import uuid
import warnings
from dataclasses import replace
from typing import Callable

import ray
import ray.data
from tqdm import tqdm

from .asr.correct import Corrector
from .asr.transcribe import Transcriber, load_backend
from .audio import Decoder
from .config import Config
from .errors import QAError
from .pipeline import Batch, score_stored
from .records import Call, RescoreTally
from .scoring.scorer import Scorer
from .scoring.model_store import LoadedModel
from .stages import Outcome, fail, settle, transcribe, triage
from .store import Store

logger = logging.getLogger(__name__)

# Triage, rules and scoring take under 1 % of a call's time (README, "Where the time goes"):
# their tasks ask for no CPU, and at most one of each kind runs per ASR actor. A share of a CPU
# would hang the run wherever the actors hold every CPU (a 1-CPU cluster, or a pool grown to
# the cluster's size): Ray starts the actors first and the tasks then wait for ever
# (ray-project/ray#44687; reproduced here with ray 2.60 on `ray.init(num_cpus=1)`).
LIGHT_TASK_CPUS = 0
# A batch whose actor died is not retried: a call that kills its worker (a file that crashes
# the model) would kill the next one too. Its calls fail with LOST; the next run does them.
ASR_RETRIES = 0


class WorkerLost(QAError):
    """A call's batch was lost with the Ray worker that held it."""


LOST = "lost with its Ray worker before it was stored; run again to finish it"


class RayEngine:
    """Runs a batch's calls on the Ray cluster at ``address`` (None: a local Ray on this machine;
    "auto": the cluster this machine belongs to, started with ``ray start``)."""

    def __init__(self, address: str | None = None, *, cpus_per_actor: float = 1.0, max_actors: int | None = None,
                 transcriber_factory: Callable[[], Transcriber] | None = None):
        self.address, self.cpus_per_actor, self.max_actors = address, cpus_per_actor, max_actors
        self.factory = transcriber_factory

    def __call__(self, batch: Batch, calls: list[Call], progress: bool) -> None:
        if not calls:
            return
        _connect(self.address)
        model = batch.model()  # loaded once here, shipped to every scoring task
        bar = tqdm(total=len(calls), unit="call", disable=not progress, dynamic_ncols=True)
        seen: set[str] = set()
        try:
            with _run_settings(), warnings.catch_warnings():
                # a run of fewer batches than actors is no mistake: not a warning per run
                warnings.filterwarnings("ignore", message="The maximum number of concurrent tasks")
                for row in self._dataset(batch, calls, model).iter_rows():
                    for outcome in row["outcomes"]:
                        batch.result.add(outcome)
                        seen.add(outcome.call_id)
                        bar.update(1)
        finally:
            bar.close()
        for call in calls:
            if call.call_id not in seen:
                batch.result.add(_lost(batch, call))

    def _dataset(self, batch: Batch, calls: list[Call], model: LoadedModel | None) -> ray.data.Dataset:
        """One row per ASR batch (the ``calls_per_batch`` calls a local run pools), one row per block:
        a dead actor loses the batches it holds (the one it works on, and those queued at it), no more."""
        config, size = batch.config, max(1, batch.config.asr.calls_per_batch)
        chunks = [{"calls": calls[i : i + size]} for i in range(0, len(calls), size)]
        ds = ray.data.from_items(chunks, override_num_blocks=len(chunks))
        actors = self._actors()
        ds = ds.map(_triage, fn_kwargs=dict(config=config, url=batch.store.url, asr_key=batch.key),
                    num_cpus=LIGHT_TASK_CPUS, compute=ray.data.TaskPoolStrategy(size=actors))
        with warnings.catch_warnings():  # max_task_retries has no named parameter in ray 2.60 yet
            warnings.simplefilter("ignore", DeprecationWarning)
            ds = ds.map(_Transcribing, fn_constructor_kwargs=dict(config=config, cpus=self.cpus_per_actor,
                                                                  factory=self.factory),
                        num_cpus=self.cpus_per_actor, max_task_retries=ASR_RETRIES,
                        compute=ray.data.ActorPoolStrategy(min_size=1, max_size=actors))
        return ds.map(_settle, fn_kwargs=dict(config=config, url=batch.store.url, run_id=batch.run_id, model=model),
                      num_cpus=LIGHT_TASK_CPUS, compute=ray.data.TaskPoolStrategy(size=actors))

    def rescore(self, config: Config, store: Store, chunks: list[list[str]], model: LoadedModel | None,
                full: bool = False) -> RescoreTally:
        """``rescore``'s chunks of call ids, one Ray task each: read the transcripts, run the rules
        and scoring, write the chunk in one transaction (``Store.write_rescored``), as ``rescore``'s
        worker processes do on one machine. A chunk written twice (a task retried after its worker
        died) is written the same: rescoring is idempotent. Any error ends the command."""
        if not chunks:
            return RescoreTally()
        _connect(self.address)
        ds = ray.data.from_items([{"ids": c} for c in chunks], override_num_blocks=len(chunks))
        # rules are pure Python: a whole CPU per task, as many tasks at once as the cluster has CPUs
        ds = ds.map(_rescore, fn_kwargs=dict(config=config, url=store.url, model=model, token=uuid.uuid4().hex, full=full),
                    num_cpus=1)
        with _run_settings(max_errored_blocks=0):
            tally = sum((row["tally"] for row in ds.iter_rows()), RescoreTally())
        written = tally.recomputed + tally.unchanged
        if written != sum(map(len, chunks)):  # a chunk whose calls left the store meanwhile
            logger.warning("rescored %d of %d calls: the others are no longer scored calls in the store",
                           written, sum(map(len, chunks)))
        return tally

    def _actors(self) -> int:
        """As many ASR actors as the cluster has CPUs for (or ``max_actors``)."""
        fit = int(ray.cluster_resources().get("CPU", 1) // self.cpus_per_actor)
        return max(1, min(fit, self.max_actors or fit))


def _connect(address: str | None) -> None:
    if not ray.is_initialized():
        ray.init(address=address, include_dashboard=False, log_to_driver=False)
    # The rows hold the stages' frozen records, which Arrow cannot type: Ray Data pickles them,
    # as intended, but says so at every stage.
    logging.getLogger("ray.data._internal.tensor_extensions.arrow").setLevel(logging.ERROR)


# Per run, on the driver: a block whose worker died is dropped and the dataset goes on (the
# driver fails its calls), and Ray Data's own progress lines give way to the run's bar.
_RUN_SETTINGS = {"max_errored_blocks": -1, "enable_progress_bars": False, "print_on_execution_start": False}


@contextlib.contextmanager
def _run_settings(**changes):
    """``_RUN_SETTINGS`` (with ``changes``) for this run only: other datasets of the driver keep theirs."""
    settings = {**_RUN_SETTINGS, **changes}
    context = ray.data.DataContext.get_current()
    before = {k: getattr(context, k) for k in settings}
    for k, v in settings.items():
        setattr(context, k, v)
    try:
        yield
    finally:
        for k, v in before.items():
            setattr(context, k, v)


def _lost(batch: Batch, call: Call) -> Outcome:
    """A call that never came back: stored already (its worker died after the commit), or failed."""
    was = batch.store.stored_run(call.call_id)
    if was and was.status == "done" and was.run_id == batch.run_id:
        return Outcome(call.call_id, "done", audio_s=was.duration_s or 0.0)
    return fail(batch.store, call, WorkerLost(f"{call.path}: {LOST}"), batch.run_id)


# The stages as Ray Data functions of a row: one ASR batch, {"calls"}, then {"jobs"}, then {"outcomes"}.

@functools.lru_cache(maxsize=1)
def _store(url: str) -> Store:
    """One store (one connection pool) per worker process, not one per task."""
    return Store(url)


def _triage(row: dict, *, config: Config, url: str, asr_key: str) -> dict:
    store = _store(url)
    return {"jobs": [triage(call, config=config, store=store, asr_key=asr_key) for call in row["calls"]]}


class _Transcribing:
    """An ASR actor: its own decoder process and model, both kept for every batch it gets."""

    def __init__(self, config: Config, cpus: float, factory: Callable[[], Transcriber] | None):
        self.config, self.cpus, self.factory = config, cpus, factory
        self.decoder = Decoder(config.audio)
        self._transcriber: Transcriber | None = None  # loaded at the first call that needs ASR
        self.corrector = Corrector.from_config(config)

    def __call__(self, row: dict) -> dict:
        return {"jobs": transcribe(list(row["jobs"]), decoder=self.decoder, layout=self.config.audio.channel_layout,
                                   transcriber=self.transcriber, corrector=self.corrector)}

    def transcriber(self) -> Transcriber:
        if self._transcriber is None:
            self._transcriber = self.factory() if self.factory else self._load()
        return self._transcriber

    def _load(self) -> Transcriber:
        asr = self.config.asr
        if asr.cpu_threads:
            return Transcriber(asr, self.config.vad, separation=self.config.separation)
        # "0: the backend decides" means every core of the node, which the node's other actors
        # hold too: the model gets this actor's share. The options keep cpu_threads 0 for the
        # transcripts' cache key, so a Ray run and a local run skip each other's calls.
        threads = max(1, int(self.cpus))
        return Transcriber(asr, self.config.vad, backend=load_backend(replace(asr, cpu_threads=threads)),
                           separation=self.config.separation)


_scoring: tuple[tuple, Scorer] | None = None


def _scorer(key: tuple, url: str, config: Config, model: LoadedModel | None) -> Scorer:
    """One scorer per worker process and command (``key``: the run, or the rescore), as
    ``rescore``'s worker processes have: the agents' speaking-rate baselines are read once, and
    the calls this worker scores join them."""
    global _scoring
    if _scoring is None or _scoring[0] != key:
        _scoring = (key, Scorer(config, _store(url), model))
    return _scoring[1]


def _settle(row: dict, *, config: Config, url: str, run_id: int, model: LoadedModel | None) -> dict:
    scorer = _scorer((url, run_id), url, config, model)
    return {"outcomes": settle(list(row["jobs"]), scorer=scorer, store=_store(url), run_id=run_id)}


def _rescore(row: dict, *, config: Config, url: str, model: LoadedModel | None, token: str, full: bool) -> dict:
    store = _store(url)
    rows = score_stored(_scorer((url, token), url, config, model), store, list(row["ids"]), full=full)
    store.write_rescored(rows)
    return {"tally": rows.tally()}
