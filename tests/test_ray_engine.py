"""``run --engine ray`` on a Ray started here (2 CPUs): the local run's results, skip key and
per-call transactions, and a dead ASR worker that costs only its own calls.

Two of the committed samples keep it to about a minute and a half of ASR on a 2-core machine.
"""

from __future__ import annotations

import logging
import shutil
import sys
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from conftest import SAMPLES
from qa_pipeline import pipeline
from qa_pipeline.asr.transcribe import Transcriber
from qa_pipeline.store import Store
from qa_pipeline.store.schema import calls, findings, transcripts

ray = pytest.importorskip("ray", reason="ray is not installed (pip install ray==2.60.0; the dev extra has it)")
from qa_pipeline.distributed import LOST, RayEngine  # noqa: E402  (needs ray)

pytestmark = pytest.mark.slow
CALLS = ("C0003", "C0005")  # two agents, 46 and 47 s
FINDING_SLACK_S = 0.5  # ASR in an actor runs on its own thread count: word times may move a little


@pytest.fixture(scope="module")
def local_ray():
    try:
        ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    except Exception as e:  # noqa: BLE001 (any reason Ray cannot start here is a skip, with the reason)
        pytest.skip(f"a local Ray could not be started: {type(e).__name__}: {e}")
    # With pytest's logging plugin capturing Ray Data's records, a run stalled for minutes
    # (with `-p no:logging` the module passes in under a minute): no records while Ray runs here.
    logging.disable(logging.CRITICAL)
    yield
    logging.disable(logging.NOTSET)
    ray.shutdown()


@pytest.fixture(scope="module")
def recordings(tmp_path_factory):
    folder = tmp_path_factory.mktemp("recordings")
    for call_id in CALLS:
        source = next(SAMPLES.glob(f"*_{call_id}.flac"), None)
        if source is None:
            pytest.skip(f"sample {call_id} is not in data/samples")
        shutil.copy(source, folder / source.name)
    return folder


@pytest.fixture(scope="module")
def transcriber(config):
    return Transcriber(config.asr, config.vad)


def new_store(tmp_path_factory, name: str) -> Store:
    return Store(f"sqlite:///{tmp_path_factory.mktemp(name) / 'qa.sqlite'}")


@pytest.fixture(scope="module")
def local_run(tmp_path_factory, recordings, config, transcriber):
    store = new_store(tmp_path_factory, "local")
    result = pipeline.run_batch(recordings, tmp_path_factory.mktemp("local-out"), config, store,
                                transcriber_factory=lambda: transcriber, progress=False)
    return store, result


@pytest.fixture(scope="module")
def ray_run(local_ray, tmp_path_factory, recordings, config):
    store = new_store(tmp_path_factory, "ray")
    out = tmp_path_factory.mktemp("ray-out")
    result = pipeline.run_batch(recordings, out, config, store, engine=RayEngine(), progress=False)
    return store, out, result


def stored(store: Store) -> dict[str, tuple]:
    """Per call: status, score, grade and its findings (kind, rule, start, end), as stored."""
    found = store.findings_for([r["call_id"] for r in store.iter_calls()])
    return {r["call_id"]: (r["status"], r["score"], r["grade"], r["asr_key"], r["ruleset_version"],
                           sorted((f.finding.kind, f.finding.rule_id, f.finding.start_s, f.finding.end_s)
                                  for f in found.get(r["call_id"], [])))
            for r in store.iter_calls()}


def count(store: Store, table) -> int:
    with store.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar()


def test_a_ray_run_stores_what_the_local_run_stores(local_run, ray_run):
    local_store, local_result = local_run
    ray_store, out, ray_result = ray_run
    assert sorted(ray_result.done) == sorted(local_result.done) == sorted(CALLS)
    assert not ray_result.failed and ray_result.audio_s == pytest.approx(local_result.audio_s)
    local, distributed = stored(local_store), stored(ray_store)
    assert distributed.keys() == local.keys()
    for call_id, (status, score, grade, asr_key, ruleset, found) in local.items():
        r_status, r_score, r_grade, r_asr_key, r_ruleset, r_found = distributed[call_id]
        assert (r_status, r_score, r_grade, r_asr_key, r_ruleset) == (status, score, grade, asr_key, ruleset), call_id
        assert [f[:2] for f in r_found] == [f[:2] for f in found], call_id  # the same findings, by kind and rule
        for (_, _, start, end), (_, _, r_start, r_end) in zip(found, r_found):
            assert r_start == pytest.approx(start, abs=FINDING_SLACK_S) and r_end == pytest.approx(end, abs=FINDING_SLACK_S)
    assert {p.name for p in ray_result.exports} >= {"calls.csv", "findings.csv"}
    assert all(p.exists() and p.parent == out for p in ray_result.exports)


def test_a_second_run_skips_every_call_on_either_engine(ray_run, recordings, config, tmp_path):
    store, _out, _result = ray_run
    again = pipeline.run_batch(recordings, tmp_path / "again", config, store, engine=RayEngine(), progress=False)
    assert sorted(again.skipped) == sorted(CALLS) and not again.done and not again.failed
    # the same skip key: the local engine skips what the Ray engine stored, without loading a model
    local = pipeline.run_batch(recordings, tmp_path / "local", config, store,
                               transcriber_factory=_no_asr_wanted, progress=False)
    assert sorted(local.skipped) == sorted(CALLS)
    assert count(store, calls) == count(store, transcripts) == len(CALLS)


def _no_asr_wanted() -> Transcriber:
    raise AssertionError("a call that was already scored went to ASR again")


class FailsOn:
    """A transcriber factory whose transcriber breaks down in its worker (as a model that runs out
    of memory does) when it is given the call of ``duration_s``; other calls it transcribes as usual."""

    def __init__(self, duration_s: float, config):
        self.duration_s, self.config = duration_s, config

    def __call__(self) -> Transcriber:
        transcriber = Transcriber(self.config.asr, self.config.vad)
        transcribe_many = transcriber.transcribe_many

        def failing(decoded):
            if any(abs(d.duration - self.duration_s) < 0.01 for d in decoded):
                raise MemoryError("injected: the ASR worker broke down on this batch")
            return transcribe_many(decoded)

        transcriber.transcribe_many = failing
        return transcriber


def test_a_broken_asr_worker_loses_only_its_calls_and_the_rerun_finishes_them(local_ray, recordings, config,
                                                                            tmp_path):
    import soundfile as sf

    # FailsOn travels to the actors by value: Ray's worker processes cannot import a test module
    ray.cloudpickle.register_pickle_by_value(sys.modules[__name__])

    config = replace(config, asr=replace(config.asr, calls_per_batch=1))  # one call per ASR batch
    # the second batch: the actor finishes the first, then breaks down on this one
    victim_path = next(recordings.glob(f"*_{CALLS[1]}.flac"))
    store = Store(f"sqlite:///{tmp_path / 'qa.sqlite'}")
    engine = RayEngine(transcriber_factory=FailsOn(sf.info(str(victim_path)).duration, config))
    first = pipeline.run_batch(recordings, tmp_path / "first", config, store, engine=engine, progress=False)
    assert first.done == [CALLS[0]]
    assert first.failed == [(CALLS[1], f"{victim_path}: {LOST}")]  # one line, naming the file, saying what to do
    assert store.call_row(CALLS[1])["status"] == "failed"

    rerun = pipeline.run_batch(recordings, tmp_path / "rerun", config, store, engine=RayEngine(), progress=False)
    assert rerun.done == [CALLS[1]] and rerun.skipped == [CALLS[0]] and not rerun.failed
    assert {r["call_id"]: r["status"] for r in store.iter_calls()} == {c: "done" for c in CALLS}
    assert count(store, calls) == count(store, transcripts) == len(CALLS)  # no duplicates
    with store.engine.connect() as conn:  # each finding once: the re-run replaced, not added
        rows = conn.execute(select(findings.c.call_id, findings.c.rule_id, findings.c.start_s)).all()
    assert len(rows) == len(set(rows))
