import csv
import dataclasses
import json

import pytest
from datetime import datetime

import openpyxl

from conftest import transcript, utt
from qa_pipeline.export import neutralise_formula, write_exports
from qa_pipeline.records import Call, CallScore, Deduction, Finding, Island, ScoredCall


@pytest.fixture
def store(any_store):
    """Every test here runs on SQLite and on PostgreSQL."""
    return any_store


def save(store, call_id="C1", text="您好，工号8001为您服务。", run_id=None):
    t = transcript(utt("agent", 0.5, 3.0, text), utt("customer", 3.5, 5.0, "我想查账单。"))
    # kept for the filler rule: one as stored before voicing was measured, one that opens with a hiss, one without a pitch
    t = dataclasses.replace(t, islands=(Island("agent", 0.1, 0.3, 0.1, 0.2), Island("agent", 3.1, 3.3, 0.2, 0.2, hiss_s=0.1),
                                          Island("agent", 4.1, 4.3, 0.2, 0.2, voicing=0.31)))
    found = [Finding("missing_closing", "missing_closing", "major", 0.5, 3.0, text, 0.9, "missing: farewell")]
    score = CallScore(90.0, "优秀", False, False, (Deduction("missing_closing", "missing_closing", 10, 1, 0),))
    call = Call(call_id, f"/x/{call_id}.wav", "8001", datetime(2026, 11, 20, 9, 30), metadata=(("queue", "cards"),))
    store.save_done(call, audio_sha256="ab" * 32, transcript=t, scored=ScoredCall(tuple(found), score, "base-1", 250.0),
                    run_id=run_id)
    return t


def test_transcript_round_trips_through_the_store(store):
    t = save(store)
    loaded = store.load("C1")
    assert loaded.transcript == t
    assert loaded.score.score == 90.0 and loaded.status == "done"
    assert [f.kind for f in loaded.findings] == ["missing_closing"]
    assert store.cached_transcript("ab" * 32, "test") == t


def test_stored_calls_come_with_their_transcripts_when_asked_and_a_failed_call_has_none(store):
    t = save(store)
    store.save_failed(Call("F1", "/x/F1.wav", "8002", datetime(2026, 11, 20, 10)), "not audio", None)
    assert [(s.call.call_id, s.transcript) for s in store.iter_stored()] == [("C1", None), ("F1", None)]
    assert [(s.call.call_id, s.status, s.transcript) for s in store.iter_stored(transcripts=True)] == \
        [("C1", "done", t), ("F1", "failed", None)]


def test_a_stored_call_holds_the_records_that_went_in(store):
    import dataclasses

    from qa_pipeline.records import Prediction

    t = transcript(utt("agent", 0.5, 3.0, "您好。"))
    found = (Finding("missing_closing", "missing_closing", "major", 0.5, 3.0, "您好。", 0.9, "missing: farewell"),)
    score = CallScore(90.0, "良好", False, True, (Deduction("missing_closing", "missing_closing", 10.0, 1, 0),))
    prediction = Prediction("合格", 0.25, "咨询", (("n_fillers", 0.5),), "grade-1")
    call = Call("C7", "/x/C7.wav", "8001", datetime(2026, 11, 20, 9, 30))
    store.save_done(call, audio_sha256="cd" * 32, transcript=t,
                    scored=ScoredCall(found, score, "base-1", None, prediction), run_id=None)
    loaded = store.load("C7")
    assert (loaded.call.call_id, loaded.call.agent_id, loaded.call.started_at) == ("C7", "8001", call.started_at)
    assert loaded.score == score and loaded.findings == found and loaded.prediction == prediction
    assert loaded.transcript == t and loaded.ruleset_version == "base-1"
    with pytest.raises(dataclasses.FrozenInstanceError):
        loaded.status = "failed"


def test_show_prints_a_call_from_its_records(store):
    from qa_pipeline.cli import format_call

    save(store)
    text = format_call(store.load("C1"))
    assert "score 90  grade 优秀  rules base-1" in text
    assert "  -10  missing_closing ×1" in text
    assert "missing_closing (major, confidence 0.90) missing: farewell" in text


def test_a_corrected_word_keeps_what_was_heard_through_the_store_and_show(store):
    import dataclasses

    from qa_pipeline.cli import format_call
    from qa_pipeline.records import Word

    t = transcript(utt("agent", 0.5, 3.0, "您好，工号8001为您服务。"))
    u = t.utterances[0]
    words = tuple(w._replace(heard="功") if w.text == "工" else w for w in u.words)
    t = dataclasses.replace(t, utterances=(dataclasses.replace(u, words=words),))
    call = Call("C8", "/x/C8.wav", "8001", datetime(2026, 11, 20, 9, 30))
    score = CallScore(100.0, "优秀", False, False, ())
    store.save_done(call, audio_sha256="ef" * 32, transcript=t, scored=ScoredCall((), score, "base-1"), run_id=None)
    loaded = store.load("C8")
    assert loaded.transcript == t
    assert [w for w in loaded.transcript.utterances[0].words if w.heard] == [Word(*words[3][:4], heard="功")]
    assert "heard as: 功→工" in format_call(loaded)


def test_saving_a_call_again_replaces_it_instead_of_adding(store):
    save(store)
    save(store)
    assert len(list(store.iter_calls())) == 1
    assert len(store.findings_for(["C1"])["C1"]) == 1


def test_failed_call_is_stored_with_its_reason(store):
    store.save_failed(Call("C9", "/x/bad.wav"), "/x/bad.wav: empty file", None)
    row = store.call_row("C9")
    assert row["status"] == "failed" and row["error"] == "/x/bad.wav: empty file"


def test_exports_have_required_columns_and_guard_formulas(store, tmp_path):
    save(store, text='=HYPERLINK("http://evil")您好')
    store.save_failed(Call("C2", "/x/bad.wav", "8002"), "/x/bad.wav: empty file", None)
    out = tmp_path / "out"
    write_exports(store, ["C1", "C2"], out)
    with (out / "calls.csv").open(encoding="utf-8-sig") as f:
        calls = list(csv.DictReader(f))
    assert {"call_id", "agent_id", "started_at", "duration_s", "score", "grade", "n_findings", "status"} <= set(calls[0])
    assert sorted((c["call_id"], c["status"]) for c in calls) == [("C1", "done"), ("C2", "failed")]
    with (out / "findings.csv").open(encoding="utf-8-sig") as f:
        found = list(csv.DictReader(f))
    assert {"call_id", "agent_id", "rule_id", "kind", "severity", "start_s", "end_s", "text", "confidence"} <= set(found[0])
    assert found[0]["text"].startswith("'=")
    lines = (out / "transcripts.jsonl").read_text(encoding="utf-8").splitlines()
    assert {json.loads(line)["call_id"] for line in lines} == {"C1", "C2"}
    book = openpyxl.load_workbook(out / "report.xlsx")
    cells = [c.value for row in book["findings 问题"].iter_rows() for c in row]
    assert not any(isinstance(v, str) and v.startswith("=") for v in cells)
    assert not list(out.glob(".*"))  # no temporary files left behind


def test_formula_guard_leaves_ordinary_text_and_numbers_alone():
    assert neutralise_formula("您好") == "您好"
    assert neutralise_formula(-3.5) == -3.5
    assert neutralise_formula("+86 138") == "'+86 138"
    assert neutralise_formula("@SUM(A1)") == "'@SUM(A1)"


def test_each_agents_speaking_rate_is_kept_oldest_first(store):
    save(store, "C2")
    save(store, "C1")
    assert store.agent_rates() == {"8001": [(datetime(2026, 11, 20, 9, 30), "C1", 250.0),
                                            (datetime(2026, 11, 20, 9, 30), "C2", 250.0)]}


def test_a_store_from_before_a_new_column_gets_it_added_by_db_upgrade(tmp_path):
    import sqlite3

    from qa_pipeline.store import Store
    from qa_pipeline.store.migrate import StoreBehind

    path = tmp_path / "old.sqlite"
    with sqlite3.connect(path) as conn:  # a calls table as the first version made it: no agent_cpm
        conn.execute("CREATE TABLE calls (call_id VARCHAR(128) PRIMARY KEY, path TEXT NOT NULL, status VARCHAR(16) "
                     "NOT NULL, updated_at DATETIME NOT NULL)")
    with pytest.raises(StoreBehind, match="run `qa-pipeline db upgrade"):
        Store(f"sqlite:///{path}")
    store = Store(f"sqlite:///{path}", upgrade=True)
    with sqlite3.connect(path) as conn:
        columns = {row[1] for row in conn.execute("PRAGMA table_info(calls)")}
    assert "agent_cpm" in columns and store.agent_rates() == {}


def test_exported_transcripts_read_back_as_whole_transcripts(store, tmp_path):
    import gzip

    from qa_pipeline.errors import BadInput
    from qa_pipeline.export import read_transcripts

    t = save(store)
    write_exports(store, ["C1"], tmp_path)
    ((call, back),) = list(read_transcripts(tmp_path / "transcripts.jsonl"))
    assert back == t and call.call_id == "C1" and call.started_at == datetime(2026, 11, 20, 9, 30)
    packed = tmp_path / "t.jsonl.gz"
    packed.write_bytes(gzip.compress((tmp_path / "transcripts.jsonl").read_bytes()))
    assert [b for _, b in read_transcripts(packed)] == [t]
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"call_id": "C1", "status": "done"}\n', encoding="utf-8")
    with pytest.raises(BadInput, match="bad.jsonl.*line 1"):
        list(read_transcripts(bad))


def test_rescore_in_worker_processes_gives_what_one_process_gives(store, config):
    from qa_pipeline import pipeline

    for i, text in enumerate(["您好，工号8001为您服务。", "喂，什么事？", "您好，请问有什么可以帮您？", "说吧。", "你好。"]):
        save(store, f"C{i}", text)
    serial = {cid: store.load(cid) for cid in pipeline.rescore(config, store).call_ids}
    with store.engine.begin() as conn:  # forget the results and what they came from, so the workers must redo them
        conn.exec_driver_sql("DELETE FROM findings")
        conn.exec_driver_sql("UPDATE calls SET score = NULL, n_findings = 0, rule_digests = NULL, score_digest = NULL")
    ids = pipeline.rescore(config, store, workers=2, chunk=2).call_ids
    assert sorted(ids) == sorted(serial)
    for cid in ids:
        again = store.load(cid)
        assert again.score is not None and again.score.score == serial[cid].score.score
        assert [f.kind for f in again.findings] == [f.kind for f in serial[cid].findings]


def test_the_excel_report_has_chinese_headers_a_frozen_filtered_header_row_and_fitting_widths(store, tmp_path):
    import openpyxl

    save(store, "C1")
    out = tmp_path / "out"
    write_exports(store, ["C1"], out)
    book = openpyxl.load_workbook(out / "report.xlsx")
    for sheet in book.worksheets:
        headers = [c.value for c in sheet[1]]
        assert headers[0] == "通话号 call_id", sheet.title
        assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == sheet.dimensions
        widths = {col: sheet.column_dimensions[col].width for col in "ABC"}
        assert all(8 <= w <= 60 for w in widths.values()), (sheet.title, widths)
    calls = book["calls 通话"]
    headers = [c.value for c in calls[1]]
    assert "得分 score" in headers and "工号 agent_id" in headers
    file_column = headers.index("文件 file") + 1
    path_width = max(len(str(calls.cell(r, file_column).value or "")) for r in range(1, calls.max_row + 1))
    assert calls.column_dimensions[openpyxl.utils.get_column_letter(file_column)].width >= min(path_width, 58)
