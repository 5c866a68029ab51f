"""A specialist's rejection survives the batch: rescore keeps the finding out of the score."""

from datetime import datetime

import pytest
from sqlalchemy import insert, select

from conftest import transcript, utt
from qa_pipeline import pipeline
from qa_pipeline.records import Call
from qa_pipeline.store.schema import finding_reviews, findings


@pytest.fixture
def store(any_store):
    """Every test here runs on SQLite and on PostgreSQL."""
    return any_store


def reject_taboo(store, call_id: str) -> dict:
    """A specialist rejects the call's taboo-phrase finding (as the web app records it); returns the finding."""
    with store.engine.begin() as conn:
        taboo = conn.execute(select(findings).where(findings.c.call_id == call_id,
                                                    findings.c.kind == "forbidden_phrase")).mappings().one()
        conn.execute(insert(finding_reviews).values(
            finding_id=taboo["id"], call_id=call_id, rule_id=taboo["rule_id"], kind=taboo["kind"], start_s=taboo["start_s"],
            end_s=taboo["end_s"], text=taboo["text"], decision="rejected", user="qa1", at=datetime(2026, 11, 21)))
    return dict(taboo)


def test_a_rejected_finding_stays_rejected_after_rescore(store, config):
    t = transcript(utt("agent", 0.5, 4.0, "您好，请问有什么可以帮您？"), utt("customer", 4.5, 6.0, "我想查账单。"),
                   utt("agent", 6.5, 9.0, "这个我也不知道。"))
    call = Call("R1", "x.wav", "8001", datetime(2026, 11, 20, 9))
    store.save_done(call, audio_sha256="a" * 64, transcript=t, scored=pipeline.Scorer(config).score(t, "default", call),
                    run_id=None)
    later = Call("R2", "y.wav", "8002", datetime(2026, 11, 20, 10))  # its findings take the ids after R1's
    store.save_done(later, audio_sha256="b" * 64, transcript=t, scored=pipeline.Scorer(config).score(t, "default", later),
                    run_id=None)
    taboo = reject_taboo(store, "R1")
    before = store.call_row("R1")["score"]
    pipeline.rescore(config, store, ["R1"], workers=1)
    with store.engine.connect() as conn:
        new = conn.execute(select(findings.c.id).where(findings.c.call_id == "R1", findings.c.kind == "forbidden_phrase")).scalar_one()
        review = conn.execute(select(finding_reviews.c.finding_id)).scalar_one()
    assert new != taboo["id"] and review == new  # the decision follows the re-written finding
    assert store.call_row("R1")["score"] == before + 10  # …and keeps the taboo phrase out of the score


def test_a_decision_follows_a_finding_written_again_a_few_milliseconds_away(store, config):
    """Rules that rounded to 0.01 s now keep milliseconds: after a rescore the stored decision takes the
    finding's new start, so the SQL counts (exact start) agree with ``standing`` (start to 0.01 s)."""
    from sqlalchemy import update

    t = transcript(utt("agent", 0.5, 4.0, "您好，请问有什么可以帮您？"), utt("agent", 6.5, 9.004, "这个我也不知道。"))
    call = Call("M1", "x.wav", "8001", datetime(2026, 11, 20, 9))
    store.save_done(call, audio_sha256="d" * 64, transcript=t, scored=pipeline.Scorer(config).score(t, "default", call),
                    run_id=None)
    with store.engine.begin() as conn:  # as an older rule wrote it: 6.5 s to 0.01 s, here 6.504
        conn.execute(update(findings).where(findings.c.call_id == "M1").values(start_s=findings.c.start_s + 0.004))
    taboo = reject_taboo(store, "M1")
    assert taboo["start_s"] == pytest.approx(6.504)
    pipeline.rescore(config, store, ["M1"], workers=1)
    with store.engine.connect() as conn:
        new_start = conn.execute(select(findings.c.start_s).where(findings.c.call_id == "M1",
                                                                 findings.c.kind == "forbidden_phrase")).scalar_one()
        review_start = conn.execute(select(finding_reviews.c.start_s)).scalar_one()
    assert new_start == review_start == 6.5
    assert "forbidden_phrase" not in {kind for kind, *_ in store.browse.kind_counts(config.scoring)}


def test_a_rejected_finding_is_not_a_point_on_the_trend_charts(store, config):
    from qa_pipeline.trends.analysis import call_table

    t = transcript(utt("agent", 0.5, 4.0, "您好，请问有什么可以帮您？"), utt("agent", 6.5, 9.0, "这个我也不知道。"))
    call = Call("T1", "x.wav", "8001", datetime(2026, 11, 20, 9))
    store.save_done(call, audio_sha256="c" * 64, transcript=t, scored=pipeline.Scorer(config).score(t, "default", call),
                    run_id=None)
    assert call_table(store).set_index("call_id").loc["T1", "forbidden_phrase"] == 1
    reject_taboo(store, "T1")
    table = call_table(store).set_index("call_id")
    assert "forbidden_phrase" not in table.columns or table.loc["T1", "forbidden_phrase"] == 0


# --- Issue 11, patterns 6 and 7: the review loop closes, and every part counts alike ----------

def held_call(store, config, call_id="H1"):
    """A call whose only finding (a missing closing) was heard too unsurely to deduct."""
    t = transcript(utt("agent", 0.5, 9.0, "您好，欢迎致电南方燃气客户服务热线，工号8001为您服务，请问有什么可以帮您？", confidence=0.25),
                   utt("customer", 9.5, 11.0, "我想查账单。"), utt("agent", 11.5, 15.0, "好的，已经发到您的手机上了。", confidence=0.25))
    call = Call(call_id, "x.wav", "8001", datetime(2026, 11, 20, 9))
    scored = pipeline.Scorer(config).score(t, "default", call)
    assert [(f.kind, f.confidence < 0.5) for f in scored.findings] == [("missing_closing", True)]
    store.save_done(call, audio_sha256="d" * 64, transcript=t, scored=scored, run_id=None)
    (found,) = store.browse.findings_with_reviews(call_id)
    return found


def test_confirming_a_held_finding_deducts_it_and_the_call_leaves_the_queue(store, config):
    from qa_pipeline.web.reviews import review_finding

    finding = held_call(store, config)
    row = store.call_row("H1")
    assert row["score"] == 100 and row["needs_review"]
    assert [q.call_id for q in pipeline.review(config, store, limit=None)] == ["H1"]
    review_finding(store, config, finding, "confirmed", "qa1")
    row = store.call_row("H1")
    assert row["score"] == 90 and not row["needs_review"] and row["n_findings"] == 1
    assert pipeline.review(config, store, limit=None) == []
    pipeline.rescore(config, store, ["H1"], workers=1)  # and the decision survives the rules running again
    assert store.call_row("H1")["score"] == 90


def test_charts_report_and_exports_count_only_findings_that_count(store, config, tmp_path):
    """A held finding is not a breach until confirmed: not on a chart, not a common error."""
    import csv

    from qa_pipeline.export import write_exports
    from qa_pipeline.trends.analysis import call_table
    from qa_pipeline.web.reviews import review_finding

    finding = held_call(store, config)
    table = call_table(store, scoring=config.scoring).set_index("call_id")
    assert "missing_closing" not in table.columns or table.loc["H1", "missing_closing"] == 0
    write_exports(store, ["H1"], tmp_path, scoring=config.scoring)
    with (tmp_path / "findings.csv").open(encoding="utf-8-sig") as f:
        assert [r["standing"] for r in csv.DictReader(f)] == ["held"]
    review_finding(store, config, finding, "confirmed", "qa1")
    assert call_table(store, scoring=config.scoring).set_index("call_id").loc["H1", "missing_closing"] == 1
    write_exports(store, ["H1"], tmp_path, scoring=config.scoring)
    with (tmp_path / "findings.csv").open(encoding="utf-8-sig") as f:
        assert [r["standing"] for r in csv.DictReader(f)] == ["confirmed"]


def test_rescore_does_not_count_rejected_findings_in_n_findings(store, config):
    t = transcript(utt("agent", 0.5, 4.0, "您好，请问有什么可以帮您？"), utt("agent", 6.5, 9.0, "这个我也不知道。"))
    call = Call("N1", "x.wav", "8001", datetime(2026, 11, 20, 9))
    store.save_done(call, audio_sha256="e" * 64, transcript=t, scored=pipeline.Scorer(config).score(t, "default", call),
                    run_id=None)
    before = store.call_row("N1")["n_findings"]
    reject_taboo(store, "N1")
    pipeline.rescore(config, store, ["N1"], workers=1)
    assert store.call_row("N1")["n_findings"] == before - 1


def test_the_trainer_view_counts_in_sql_what_standing_counts(store, config):
    """web.access.is_counting is scoring.standing.counts in SQL: the two must not drift."""
    from qa_pipeline.trends.analysis import call_table
    from qa_pipeline.web.insights import trainer_view
    from qa_pipeline.web.reviews import review_finding

    def trainer_kinds():
        return {k.kind for k in trainer_view(store, call_table(store, scoring=config.scoring), config)[1]}

    finding = held_call(store, config)
    assert "missing_closing" not in trainer_kinds()
    review_finding(store, config, finding, "confirmed", "qa1")
    assert "missing_closing" in trainer_kinds()
    review_finding(store, config, finding, "rejected", "qa1")
    assert "missing_closing" not in trainer_kinds()
