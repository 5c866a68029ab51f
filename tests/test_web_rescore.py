"""A specialist's rejection survives the batch: rescore keeps the finding out of the score."""

from datetime import datetime

from sqlalchemy import insert, select

from conftest import transcript, utt
from qa_pipeline import pipeline
from qa_pipeline.records import Call
from qa_pipeline.store.db import findings
from qa_pipeline.web.tables import create_tables, finding_reviews


def reject_taboo(store, call_id: str) -> dict:
    """A specialist rejects the call's taboo-phrase finding (as the web app records it); returns the finding."""
    create_tables(store.engine)
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
