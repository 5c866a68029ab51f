"""Calibration sessions (issue 16 §1): a lead sets N calls for M specialists, each grades blind,
and the results compare the graders with each other (κ, α, ICC from the libraries) and with
the tool; finished sessions feed ``train`` and the team's trend. On SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
import re

import numpy as np
import pytest
from sqlalchemy import select

pytest.importorskip("fastapi", reason="the web app's dependencies are not installed")

from test_web_access import ACCOUNTS, build_site, login  # noqa: E402

from qa_pipeline.scoring.agreement import icc  # noqa: E402
from qa_pipeline.store.schema import audit_log  # noqa: E402
from qa_pipeline.web.auth import add_user  # noqa: E402

GRADERS = ("specialist", "spec2", "spec3")
PASSWORDS = {"spec2": "spec2-password", "spec3": "spec3-password", "spec9": "spec9-password"}
CALLS = ["A-AUDIO", "B-AUDIO", "A-XSS"] + [f"C{i:05d}" for i in range(0, 70, 10)]
# what each grader says of each call: (score, grade, breached rule ids); spec3 dissents now and then
SAY = {
    "specialist": [(70, "不合格", {"forbidden_phrase", "filler"}), (72, "不合格", {"forbidden_phrase"}), (60, "不合格", {"forbidden_phrase"}),
                   (95, "优秀", set()), (96, "优秀", set()), (85, "合格", {"filler"}), (94, "优秀", set()), (80, "合格", {"filler"}),
                   (97, "优秀", set()), (78, "合格", {"filler"})],
    "spec2": [(74, "不合格", {"forbidden_phrase", "filler"}), (70, "不合格", {"forbidden_phrase", "filler"}), (65, "不合格", {"forbidden_phrase"}),
              (93, "优秀", set()), (98, "优秀", set()), (84, "合格", {"filler"}), (92, "优秀", set()), (83, "合格", {"filler"}),
              (95, "优秀", set()), (76, "合格", {"filler"})],
    "spec3": [(80, "合格", {"forbidden_phrase"}), (71, "不合格", {"forbidden_phrase"}), (62, "不合格", {"forbidden_phrase"}),
              (88, "合格", set()), (94, "优秀", set()), (90, "优秀", set()), (91, "优秀", {"filler"}), (84, "合格", {"filler"}),
              (96, "优秀", set()), (77, "合格", set())],
}


@pytest.fixture(scope="module")
def site(tmp_path_factory, config, module_store_url):
    site = build_site(tmp_path_factory.mktemp("calibration"), config, module_store_url)
    for name, password in PASSWORDS.items():
        add_user(site.store, name, password, "specialist")
    return site


@pytest.fixture(scope="module")
def graders(site):
    return {name: login(site.app, name, PASSWORDS.get(name)) for name in (*GRADERS, "spec9", "trainer", "agent_a", "admin")}


def create(client, calls=CALLS, graders=GRADERS, **extra) -> int:
    form = {"title": "第一次校准", "call_ids": "\n".join(calls), "graders": list(graders), "csrf_token": client.csrf, **extra}
    r = client.post("/calibration", data=form)
    assert r.status_code == 303, r.text
    return int(r.headers["location"].rsplit("/", 1)[1])


def grade(client, session_id: int, call_id: str, score, grade, breached):
    return client.post(f"/calibration/{session_id}/calls/{call_id}", data={
        "score": str(score), "grade": grade, "breached": sorted(breached), "csrf_token": client.csrf})


def grade_all(clients, session_id: int, say=SAY, names=GRADERS):
    for name in names:
        for call_id, (score, g, breached) in zip(CALLS, say[name]):
            assert grade(clients[name], session_id, call_id, score, g, breached).status_code == 303


def table(html: str, table_id: str) -> list[list[str]]:
    body = re.search(rf'<table[^>]*id="{table_id}".*?<tbody>(.*?)</tbody>', html, re.S).group(1)
    return [[re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]
            for row in re.findall(r"<tr>(.*?)</tr>", body, re.S)]


def test_graders_grade_blind_and_the_results_are_the_libraries_figures(site, graders):
    lead = graders["trainer"]
    session_id = create(lead)
    spec = graders["specialist"]
    page = spec.get(f"/calibration/{session_id}/calls/A-AUDIO").text
    # blind: no tool score, no findings, no deductions on the grading page
    for shown_elsewhere in ('id="score"', 'id="deductions"', 'class="finding', "waveform.svg", "模型预测"):
        assert shown_elsewhere not in page, shown_elsewhere
    assert 'name="breached" value="forbidden_phrase"' in page and "/calls/A-AUDIO/audio" in page
    grade_all(graders, session_id, names=GRADERS[:2])
    waiting = spec.get(f"/calibration/{session_id}").text
    assert 'id="results"' not in waiting and "不合格" not in waiting  # two of three in: still nothing shown
    assert "10 / 10" in waiting and "0 / 10" in waiting
    grade_all(graders, session_id, names=GRADERS[2:])
    html = lead.get(f"/calibration/{session_id}").text
    assert 'id="results"' in html

    # the same figures straight from the libraries, on the graders' grades
    from sklearn.metrics import cohen_kappa_score
    from statsmodels.stats.inter_rater import aggregate_raters, fleiss_kappa
    import krippendorff

    order = ["优秀", "合格", "不合格"]
    names = sorted(GRADERS)  # a session lists its graders by name
    grades = np.array([[order.index(SAY[g][i][1]) for g in names] for i in range(len(CALLS))])
    fleiss = fleiss_kappa(aggregate_raters(grades, n_cat=3)[0])
    alpha = krippendorff.alpha(reliability_data=grades.T, level_of_measurement="ordinal", value_domain=[0, 1, 2])
    pairs = [cohen_kappa_score(grades[:, i], grades[:, j]) for i, j in ((0, 1), (0, 2), (1, 2))]
    scores = icc([[SAY[g][i][0] for g in names] for i in range(len(CALLS))])
    grade_row = table(html, "agreement")[0]
    assert grade_row[2] == f"{fleiss:.2f}" and grade_row[3].startswith(f"{alpha:.2f}")
    assert grade_row[4] == f"{np.mean(pairs):.2f}"
    assert [row[3] for row in table(html, "pairs")] == [f"{k:.2f}" for k in pairs]
    assert f"ICC(2,1) <strong>{scores.icc2:.2f}</strong>" in html
    # ranked disagreement: the calls where spec3 differs come first, unanimous ones last
    calls = [row[0] for row in table(html, "call-disagreement")]
    assert calls[0] == "A-AUDIO" and set(calls[:3]) == {"A-AUDIO", "C00000", "C00020"}  # spec3 gave another grade
    assert set(calls[3:6]) == {"B-AUDIO", "C00030", "C00060"}  # same grade, the filler item split
    items = table(html, "item-disagreement")
    assert items[0][0].endswith("filler") and items[0][1] == "5"  # filler splits the graders most (5 calls)
    # the tool against the majority: A-AUDIO and B-AUDIO carry forbidden_phrase findings, A-XSS too
    tool = table(html, "tool")
    assert tool[0][1].endswith("/ 10")
    with site.store.engine.connect() as conn:
        assert conn.execute(select(audit_log).where(audit_log.c.action == "calibration_grade")).first()


def test_a_new_grade_replaces_the_graders_earlier_one_and_the_audit_log_keeps_both(site, graders):
    session_id = create(graders["specialist"], calls=CALLS[:3])
    spec2 = graders["spec2"]
    assert grade(spec2, session_id, "A-AUDIO", 70, "不合格", {"filler"}).status_code == 303
    assert grade(spec2, session_id, "A-AUDIO", 90, "优秀", set()).status_code == 303
    [mine] = [g for g in site.store.calibration.grades([session_id])[session_id] if g.grader == "spec2"]
    assert (mine.score, mine.grade, mine.breached("filler")) == (90, "优秀", False)
    with site.store.engine.connect() as conn:
        logged = conn.execute(select(audit_log.c.detail).where(audit_log.c.action == "calibration_grade",
                                                               audit_log.c.target == f"session {session_id} A-AUDIO")).scalars().all()
    assert logged == ["70 不合格; breached filler", "90 优秀; breached none"]
    page = spec2.get(f"/calibration/{session_id}/calls/A-AUDIO").text
    assert re.search(r'<option selected>优秀</option>', page)  # the form shows the grader's own grade back


def test_only_the_sessions_specialists_grade_and_a_finished_session_is_frozen(site, graders):
    session_id = create(graders["specialist"], calls=CALLS[:2], graders=GRADERS[:2])
    assert graders["spec9"].get(f"/calibration/{session_id}/calls/A-AUDIO").status_code == 404  # not a grader here
    assert grade(graders["spec9"], session_id, "A-AUDIO", 90, "优秀", set()).status_code == 404
    assert grade(graders["spec2"], session_id, "C00050", 90, "优秀", set()).status_code == 404  # not a call of it
    assert grade(graders["trainer"], session_id, "A-AUDIO", 90, "优秀", set()).status_code == 403
    assert graders["agent_a"].get("/calibration").status_code == 403
    assert graders["agent_a"].get(f"/calibration/{session_id}").status_code == 403
    assert grade(graders["spec2"], session_id, "A-AUDIO", 101, "优秀", set()).status_code == 400
    assert grade(graders["spec2"], session_id, "A-AUDIO", 90, "满分", set()).status_code == 400
    assert grade(graders["spec2"], session_id, "A-AUDIO", 90, "优秀", {"no_such_rule"}).status_code == 400
    # only its lead (or an admin) ends it; then grades are frozen and the results show
    spec2 = graders["spec2"]
    assert spec2.post(f"/calibration/{session_id}/close", data={"csrf_token": spec2.csrf}).status_code == 403
    assert grade(spec2, session_id, "A-AUDIO", 90, "优秀", set()).status_code == 303
    lead = graders["specialist"]
    assert lead.post(f"/calibration/{session_id}/close", data={"csrf_token": lead.csrf}).status_code == 303
    assert grade(spec2, session_id, "B-AUDIO", 90, "优秀", set()).status_code == 409
    assert 'id="results"' in lead.get(f"/calibration/{session_id}").text


@pytest.mark.parametrize("form, reason", [
    ({"call_ids": "A-AUDIO\nNO-SUCH-CALL"}, "NO-SUCH-CALL"),
    ({"graders": ["specialist"]}, "2–20"),
    ({"graders": ["specialist", "trainer"]}, "not an active specialist: trainer"),
    ({"call_ids": "", "n_sample": "5", "day_from": "2030-01-01"}, "draw between 2 and 0"),
])
def test_a_session_that_cannot_be_made_is_refused_in_one_line(graders, form, reason):
    lead = graders["trainer"]
    data = {"title": "x", "call_ids": "A-AUDIO\nB-AUDIO", "graders": list(GRADERS), "csrf_token": lead.csrf, **form}
    r = lead.post("/calibration", data=data)
    assert r.status_code == 400 and reason in r.text


def test_a_session_can_draw_its_calls_from_a_period(site, graders):
    session_id = create(graders["trainer"], calls=[], n_sample="6", day_from="2026-11-10", day_to="2026-11-11")
    session = site.store.calibration.session(session_id)
    assert len(set(session.call_ids)) == 6 and session.graders == tuple(sorted(GRADERS))
    started = {c: site.store.call_row(c)["started_at"].date().isoformat() for c in session.call_ids}
    assert set(started.values()) <= {"2026-11-10", "2026-11-11"}


def test_finished_sessions_give_training_labels_and_a_rising_trend(site, graders, config, tmp_path):
    from qa_pipeline.pipeline import train_from_store
    from qa_pipeline.web.calibration import trend

    noisy = {g: [(s, {"优秀": "不合格", "不合格": "优秀"}.get(gr, gr) if g == "spec3" else gr, b) for s, gr, b in SAY[g]]
             for g in GRADERS}
    first = create(graders["trainer"])
    grade_all(graders, first, say=noisy)
    second = create(graders["trainer"])
    agreed = {g: SAY["specialist"] for g in GRADERS}
    grade_all(graders, second, say=agreed)
    points = {p.session.id: p for p in trend(site.store, config)}
    assert points[second].grade_fleiss == pytest.approx(1.0) and points[first].grade_fleiss < 0.6
    html = graders["trainer"].get("/calibration").text
    assert f"#{first}" in html and "<svg" in html and "κ = 0.8" in html
    # the latest finished session's majority grade is each call's training label
    spec = graders["specialist"]
    labels = {r["call_id"]: r["grade"] for r in csv.DictReader(io.StringIO(spec.get("/exports/manual_grades.csv").text.lstrip("\ufeff")))}
    assert {c: labels[c] for c in CALLS} == {c: SAY["specialist"][i][1] for i, c in enumerate(CALLS)}
    # and train learns from them beside the team's 抽检 grades
    from qa_pipeline.web.reviews import record_grade

    others = [f"C{i:05d}" for i in range(100, 160)]
    for i, call_id in enumerate(others):
        record_grade(site.store, call_id, ("优秀", "合格", "不合格")[i % 3], "", "specialist")
    path = tmp_path / "labels.csv"
    path.write_text(spec.get("/exports/manual_grades.csv").text, encoding="utf-8")
    model, missing = train_from_store(config, site.store, path)
    assert not missing and model.trained_on >= len(CALLS) + len(others)
