"""``run --engine ray`` on a Ray started here (2 CPUs): the local run's results, skip key and
per-call transactions, on SQLite and on a real PostgreSQL; an ASR worker killed mid-batch that
costs only its own calls; ``rescore --engine ray`` over a date range.

Two of the committed samples keep it to a few minutes of ASR on a 2-core machine.
"""

from __future__ import annotations

import csv
import json
import logging
import os
import shutil
import signal
import sys
from dataclasses import replace
from datetime import date

import pytest
from click.testing import CliRunner
from sqlalchemy import func, select

from conftest import SAMPLES
from test_rescore_range import rescored, store_stale_calls
from qa_pipeline import cli as cli_module
from qa_pipeline import pipeline
from qa_pipeline.asr.metrics import cer
from qa_pipeline.asr.transcribe import Transcriber
from qa_pipeline.store import Store
from qa_pipeline.store.schema import calls, findings, transcripts

ray = pytest.importorskip("ray", reason="ray is not installed (pip install ray==2.60.0; the dev extra has it)")
from qa_pipeline.distributed import LOST, RayEngine  # noqa: E402  (needs ray)

pytestmark = pytest.mark.slow
CALLS = ("C0003", "C0005")  # two agents, 46 and 47 s
# ASR in an actor runs on its own thread count (one, not one per core): word times may move a
# little, and with them the findings' spans and the agent's speaking rate.
FINDING_SLACK_S = 0.5
RATE_SLACK = 0.05  # relative, of agent_cpm (字/分)
TEXT_CER = 0.05  # the transcripts' text, call by call
RUN_ONLY = {"run_id", "updated_at"}  # what differs between two runs of the same calls by design
# The classifier reads the ASR's word probabilities and the agent's voiced time (asr_confidence,
# fillers_per_min …): on an AMD EPYC the actor's one thread moved C0003's p_fail 0.7084 → 0.7025.
P_FAIL_SLACK = 0.05
ASR_READ = {"p_fail": None, "reasons": None}


def same_prediction(r_row: dict, row: dict, call_id: str) -> None:
    """The same reasons (the features, in their order), p_fail give or take the slack."""
    assert r_row["p_fail"] == pytest.approx(row["p_fail"], abs=P_FAIL_SLACK), call_id
    assert [name for name, _ in json.loads(r_row["reasons"])] == [name for name, _ in json.loads(row["reasons"])], call_id


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
def local_run_exports(tmp_path_factory, local_run, config):
    store, result = local_run
    out = tmp_path_factory.mktemp("local-exports")
    pipeline.export_results(store, result.call_ids, out, config, None)
    return out


@pytest.fixture(scope="module")
def ray_run(local_ray, module_store_url, tmp_path_factory, recordings, config):
    """The Ray run, once into SQLite and once into PostgreSQL (the cluster's store)."""
    store = Store(module_store_url)
    out = tmp_path_factory.mktemp("ray-out")
    result = pipeline.run_batch(recordings, out, config, store, engine=RayEngine(), progress=False)
    return store, out, result


def count(store: Store, table) -> int:
    with store.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar()


def call_rows(store: Store) -> dict[str, dict]:
    return {r["call_id"]: {k: v for k, v in r.items() if k not in RUN_ONLY} for r in store.iter_calls()}


def test_a_ray_run_stores_what_the_local_run_stores(local_run, ray_run):
    local_store, local_result = local_run
    ray_store, _out, ray_result = ray_run
    assert sorted(ray_result.done) == sorted(local_result.done) == sorted(CALLS)
    assert not ray_result.failed and ray_result.audio_s == pytest.approx(local_result.audio_s)
    local, distributed = call_rows(local_store), call_rows(ray_store)
    assert distributed.keys() == local.keys()
    for call_id, row in local.items():
        r_row = distributed[call_id]
        assert r_row["agent_cpm"] == pytest.approx(row["agent_cpm"], rel=RATE_SLACK), call_id
        # the digests cover the agent's earlier rates (the fast_speech baseline), which differ as much
        rate_based = {"agent_cpm": None, "rule_digests": None, "score_digest": None}
        same_prediction(r_row, row, call_id)
        assert {**r_row, **rate_based, **ASR_READ} == {**row, **rate_based, **ASR_READ}, call_id  # scores, grades, keys, paths …
    local_found, ray_found = (store.findings_for(CALLS) for store in (local_store, ray_store))
    for call_id in CALLS:
        same_findings(facts(local_found.get(call_id, [])), facts(ray_found.get(call_id, [])), call_id)
    for call_id in CALLS:
        local_t = local_store.transcript_for(local_store.call_row(call_id))
        ray_t = ray_store.transcript_for(ray_store.call_row(call_id))
        assert [u.role for u in ray_t.utterances] == [u.role for u in local_t.utterances], call_id
        assert cer("".join(u.text for u in ray_t.utterances), "".join(u.text for u in local_t.utterances)) <= TEXT_CER


def same_findings(local: list[tuple], distributed: list[tuple], call_id: str) -> None:
    """The same findings (kind, rule, severity), at the same times (start, end) give or take the slack."""
    local, distributed = sorted(local), sorted(distributed)
    assert [f[:3] for f in distributed] == [f[:3] for f in local], call_id
    for f, r in zip(local, distributed):
        assert r[3] == pytest.approx(f[3], abs=FINDING_SLACK_S), call_id
        assert r[4] == pytest.approx(f[4], abs=FINDING_SLACK_S), call_id


def facts(stored_findings) -> list[tuple]:
    return [(s.finding.kind, s.finding.rule_id, s.finding.severity, s.finding.start_s, s.finding.end_s)
            for s in stored_findings]


def read_csv(path) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def test_a_ray_run_exports_what_the_local_run_exports(local_run_exports, ray_run):
    _store, out, _result = ray_run
    local_calls, ray_calls = read_csv(local_run_exports / "calls.csv"), read_csv(out / "calls.csv")
    assert [r["call_id"] for r in sorted(ray_calls, key=lambda r: r["call_id"])] == sorted(CALLS)
    for r_row, row in zip(sorted(ray_calls, key=lambda r: r["call_id"]), sorted(local_calls, key=lambda r: r["call_id"])):
        assert float(r_row["p_fail"]) == pytest.approx(float(row["p_fail"]), abs=P_FAIL_SLACK), row["call_id"]
        assert {**r_row, "p_fail": None} == {**row, "p_fail": None}, row["call_id"]  # scores, grades, files …
    local_found, ray_found = read_csv(local_run_exports / "findings.csv"), read_csv(out / "findings.csv")
    for call_id in CALLS:
        def of(rows):
            return [r for r in rows if r["call_id"] == call_id]

        def csv_facts(rows):
            return [(r["kind"], r["rule_id"], r["severity"], float(r["start_s"]), float(r["end_s"])) for r in of(rows)]

        same_findings(csv_facts(local_found), csv_facts(ray_found), call_id)
        assert sorted(r["standing"] for r in of(ray_found)) == sorted(r["standing"] for r in of(local_found))
    ids = [json.loads(line)["call_id"] for line in (out / "transcripts.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(ids) == sorted(CALLS) and (out / "report.xlsx").exists()


def test_a_second_run_skips_every_call_on_either_engine(ray_run, recordings, config, tmp_path):
    store, _out, _result = ray_run
    # its one ASR actor holds both CPUs: triage and settle must still find room (ray-project/ray#44687)
    again = pipeline.run_batch(recordings, tmp_path / "again", config, store, engine=RayEngine(cpus_per_actor=2),
                               progress=False)
    assert sorted(again.skipped) == sorted(CALLS) and not again.done and not again.failed
    # the same skip key: the local engine skips what the Ray engine stored, without loading a model
    local = pipeline.run_batch(recordings, tmp_path / "local", config, store,
                               transcriber_factory=_no_asr_wanted, progress=False)
    assert sorted(local.skipped) == sorted(CALLS)
    assert count(store, calls) == count(store, transcripts) == len(CALLS)


def _no_asr_wanted() -> Transcriber:
    raise AssertionError("a call that was already scored went to ASR again")


class DiesOnSecondBatch:
    """A transcriber factory whose transcriber kills its own process (SIGKILL: no exception, no
    clean-up, as the kernel's OOM killer or a lost node ends a worker) when it is given its
    second batch of calls; the first it transcribes as usual."""

    def __init__(self, config):
        self.config = config

    def __call__(self) -> Transcriber:
        transcriber = Transcriber(self.config.asr, self.config.vad)
        transcribe_many, batches = transcriber.transcribe_many, []

        def dying(decoded):
            batches.append(len(decoded))
            if len(batches) == 2:
                os.kill(os.getpid(), signal.SIGKILL)
            return transcribe_many(decoded)

        transcriber.transcribe_many = dying
        return transcriber


def test_an_asr_worker_killed_mid_batch_loses_only_its_calls_and_the_rerun_finishes_them(
        local_ray, recordings, config, tmp_path, monkeypatch):
    # DiesOnSecondBatch travels to the actor by value: Ray's worker processes cannot import a test module
    ray.cloudpickle.register_pickle_by_value(sys.modules[__name__])
    # one call per ASR batch and one actor: it finishes the first batch, then dies on the second
    config = replace(config, asr=replace(config.asr, calls_per_batch=1))
    monkeypatch.setattr(cli_module, "load_config", lambda *a, **k: config)
    monkeypatch.setattr(cli_module, "_ray_engine",
                        lambda address: RayEngine(address, max_actors=1, transcriber_factory=DiesOnSecondBatch(config)))
    url = f"sqlite:///{tmp_path / 'qa.sqlite'}"
    command = ["run", str(recordings), "--out", str(tmp_path / "out"), "--engine", "ray", "--quiet", "--db", url]
    first = CliRunner().invoke(cli_module.cli, command)
    assert first.exit_code == 1, first.output
    store = Store(url)
    status = {r["call_id"]: r["status"] for r in store.iter_calls()}
    assert sorted(status.values()) == ["done", "failed"]  # one batch done, the one in the dead worker failed
    (lost,) = [c for c, s in status.items() if s == "failed"]
    lost_path = next(recordings.glob(f"*_{lost}.flac"))
    failed_lines = [line for line in first.output.splitlines() if line.startswith("FAILED")]
    assert failed_lines == [f"FAILED {lost}: {lost_path}: {LOST}"]  # one line, naming the file, saying what to do
    # nothing half-written: the lost call has no transcript, no findings, no score
    assert count(store, transcripts) == 1 and store.call_row(lost)["score"] is None
    assert not store.findings_for([lost])

    monkeypatch.setattr(cli_module, "_ray_engine", lambda address: RayEngine(address))
    rerun = CliRunner().invoke(cli_module.cli, command)
    assert rerun.exit_code == 0, rerun.output
    assert "1 scored, 1 unchanged, 0 failed" in rerun.output
    assert {r["call_id"]: r["status"] for r in store.iter_calls()} == {c: "done" for c in CALLS}
    assert count(store, calls) == count(store, transcripts) == len(CALLS)  # no duplicates
    with store.engine.connect() as conn:  # each finding once: the re-run replaced, not added
        rows = conn.execute(select(findings.c.call_id, findings.c.rule_id, findings.c.start_s)).all()
    assert len(rows) == len(set(rows))


def snapshot(store: Store) -> dict[str, tuple]:
    """Per call: its stored row (less what differs by run) and its findings."""
    found = store.findings_for([r["call_id"] for r in store.iter_calls()])
    return {call_id: (row, sorted((s.finding.kind, s.finding.rule_id, s.finding.start_s, s.finding.end_s,
                                   s.finding.confidence) for s in found.get(call_id, [])))
            for call_id, row in call_rows(store).items()}


def test_rescore_on_ray_over_a_date_range_writes_what_the_local_rescore_writes(local_ray, any_store, config):
    store_stale_calls(any_store)
    days = dict(since=date(2026, 11, 20), until=date(2026, 11, 21))
    ids = pipeline.rescore(config, any_store, **days, chunk=1, engine=RayEngine()).call_ids  # a task per call
    assert sorted(ids) == ["D20a", "D20b", "D21"] and rescored(any_store) == set(ids)
    on_ray = snapshot(any_store)
    assert all(found for call_id, (_row, found) in on_ray.items() if call_id in ids)
    pipeline.rescore(config, any_store, **days, workers=1)  # the same days again, in this process
    assert snapshot(any_store) == on_ray
