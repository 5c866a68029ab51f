"""The review loop closes (issue 16 §2): rejecting a finding settles its appeal, the two verbs
read differently and ask first, one manual grade per grader per call, the classifier's view
follows a review, agents read plain Chinese, and an agent account's 工号 is checked."""

from __future__ import annotations

import re
from datetime import datetime

import pytest
from sqlalchemy import create_engine, select, text

pytest.importorskip("fastapi", reason="the web app's dependencies are not installed")

from conftest import transcript, utt  # noqa: E402
from test_web_access import build_site, login  # noqa: E402

from qa_pipeline import pipeline  # noqa: E402
from qa_pipeline.records import Call, Prediction  # noqa: E402
from qa_pipeline.rules import KINDS  # noqa: E402
from qa_pipeline.store.schema import appeals, audit_log, findings, manual_grades  # noqa: E402


@pytest.fixture(scope="module")
def site(tmp_path_factory, config, module_store_url):
    return build_site(tmp_path_factory.mktemp("loop"), config, module_store_url)


@pytest.fixture(scope="module")
def clients(site):
    return {name: login(site.app, name) for name in ("agent_a", "agent_b", "specialist", "admin")}


def appeal_row(site, appeal_id: int) -> dict:
    with site.store.engine.connect() as conn:
        return dict(conn.execute(select(appeals).where(appeals.c.id == appeal_id)).mappings().one())


def test_rejecting_a_finding_upholds_its_open_appeal_and_confirming_leaves_it_open(site, clients):
    spec = clients["specialist"]
    closing_a, closing_b = site.finding("A-AUDIO", 3), site.finding("B-AUDIO", 3)  # each has an open appeal
    assert spec.post(f"/findings/{closing_b}/review", data={"decision": "confirmed", "csrf_token": spec.csrf}).status_code == 303
    assert appeal_row(site, site.ids["appeal_b"])["status"] == "open"  # the specialist still owes the agent an answer
    r = spec.post(f"/findings/{closing_a}/review", data={"decision": "rejected", "comment": "说了再见", "csrf_token": spec.csrf})
    assert r.status_code == 303
    appeal = appeal_row(site, site.ids["appeal_a"])
    assert (appeal["status"], appeal["resolved_by"]) == ("upheld", "specialist") and "说了再见" in appeal["resolution"]
    assert "申诉成立 upheld" in clients["agent_a"].get("/appeals?status=upheld").text
    with site.store.engine.connect() as conn:
        assert conn.execute(select(audit_log).where(audit_log.c.action == "resolve",
                                                    audit_log.c.target == f"appeal {site.ids['appeal_a']}")).first()
    # the appeal is closed: resolving it again is a conflict, and no form offers it
    assert spec.post(f"/appeals/{site.ids['appeal_a']}/resolve",
                     data={"outcome": "dismissed", "csrf_token": spec.csrf}).status_code == 409
    assert f'action="/appeals/{site.ids["appeal_a"]}/resolve"' not in spec.get("/calls/A-AUDIO").text


def test_reject_finding_and_dismiss_appeal_read_differently_and_ask_first(clients):
    html = clients["specialist"].get("/calls/B-AUDIO").text
    buttons = re.findall(r"<button[^>]*>[^<]*</button>", html)
    reject = [b for b in buttons if 'value="rejected"' in b]
    dismiss = [b for b in buttons if 'value="dismissed"' in b]
    assert reject and dismiss
    assert all("误报，不扣分" in b and "data-confirm=" in b for b in reject)
    assert all("申诉不成立，维持扣分" in b and "data-confirm=" in b for b in dismiss)
    assert not any(re.search(r">\s*驳回", b) for b in buttons)  # no bare 驳回 for either


def test_one_grade_per_grader_per_call_and_the_audit_log_keeps_them_all(site, clients, config):
    from qa_pipeline.web.auth import add_user

    spec = clients["specialist"]
    for grade in ("合格", "不合格"):
        assert spec.post("/calls/C00007/grade", data={"grade": grade, "csrf_token": spec.csrf}).status_code == 303
    add_user(site.store, "second_spec", "second-spec-password", "specialist")
    other = login(site.app, "second_spec", "second-spec-password")
    assert other.post("/calls/C00007/grade", data={"grade": "优秀", "csrf_token": other.csrf}).status_code == 303
    with site.store.engine.connect() as conn:
        rows = conn.execute(select(manual_grades.c.user, manual_grades.c.grade).where(manual_grades.c.call_id == "C00007")
                            .order_by(manual_grades.c.user)).all()
        logged = conn.execute(select(audit_log.c.detail).where(audit_log.c.action == "grade", audit_log.c.target == "C00007",
                                                               audit_log.c.user == "specialist")).scalars().all()
    assert [tuple(r) for r in rows] == [("second_spec", "优秀"), ("specialist", "不合格")]
    assert logged == ["合格", "不合格"]


def test_db_upgrade_keeps_each_graders_latest_grade(tmp_path):
    """A store from before migration 4 may hold a grader's grade of a call twice: the upgrade
    keeps the latest, then one grade per grader per call holds."""
    from alembic import command

    from qa_pipeline.store import Store
    from qa_pipeline.store.migrate import _config

    url = f"sqlite:///{tmp_path / 'old.sqlite'}"
    engine = create_engine(url)
    with engine.begin() as conn:
        command.upgrade(_config(conn), "0003_calibration")
        for call_id, grade, user in (("C1", "合格", "wang"), ("C1", "优秀", "li"), ("C1", "不合格", "wang"), ("C2", "合格", "wang")):
            conn.execute(text("INSERT INTO manual_grades (call_id, grade, category, user, at) "
                              "VALUES (:c, :g, '', :u, '2026-11-20')"), dict(c=call_id, g=grade, u=user))
    engine.dispose()
    store = Store(url, upgrade=True)
    with store.engine.connect() as conn:
        rows = conn.execute(select(manual_grades.c.call_id, manual_grades.c.user, manual_grades.c.grade)
                            .order_by(manual_grades.c.call_id, manual_grades.c.user)).all()
    assert [tuple(r) for r in rows] == [("C1", "li", "优秀"), ("C1", "wang", "不合格"), ("C2", "wang", "合格")]


def test_a_review_refreshes_the_prediction_as_a_rescore_would(site, clients, config):
    from qa_pipeline.scoring.training import active_model

    t = transcript(utt("agent", 0.5, 6.0, "您好，欢迎致电客服中心，工号8001，请问有什么可以帮您？"),
                   utt("customer", 6.5, 8.0, "我的账单不对。"), utt("agent", 8.5, 11.0, "这个我也不知道，你自己看吧。"),
                   utt("agent", 11.5, 14.0, "感谢您的来电，再见。"))
    call = Call("P-1", str(site.wav), "8001", datetime(2026, 11, 25, 13))
    store, model = site.store, active_model()
    store.save_done(call, audio_sha256="f" * 64, transcript=t, scored=pipeline.Scorer(config).score(t, "default", call),
                    run_id=None)
    pipeline.rescore(config, store, ["P-1"], model=model)
    before = store.call_row("P-1")
    with store.engine.connect() as conn:
        taboo = conn.execute(select(findings.c.id).where(findings.c.call_id == "P-1", findings.c.kind == "forbidden_phrase")
                             ).scalars().first()
    assert taboo is not None and before["p_fail"] is not None
    spec = clients["specialist"]
    assert spec.post(f"/findings/{taboo}/review", data={"decision": "rejected", "csrf_token": spec.csrf}).status_code == 303
    after_review = store.call_row("P-1")
    assert after_review["p_fail"] < before["p_fail"]  # the classifier no longer sees the taboo phrase
    assert "forbidden_phrase" not in after_review["reasons"]
    pipeline.rescore(config, store, ["P-1"], model=model)  # the batch agrees with what the review wrote
    assert store.call_row("P-1")["p_fail"] == pytest.approx(after_review["p_fail"])
    assert store.call_row("P-1")["predicted_grade"] == after_review["predicted_grade"]


def test_agents_read_plain_chinese_and_staff_see_the_keys_too(site, clients):
    site.store.set_prediction("A-XSS", Prediction("不合格", 0.81, "", (("n_forbidden_phrase", 5.74), ("不 知道", 1.2)), "test-1"))
    agent = clients["agent_a"].get("/calls/A-XSS").text
    assert "主要依据：服务禁语、用语「不知道」" in agent and "81%" in agent
    assert "5.74" not in agent and "n_forbidden_phrase" not in agent and "p_fail" not in agent
    visible = re.sub(r"<[^>]+>", " ", agent)
    assert not [k for k in KINDS if k in visible], "an agent sees rule keys"
    assert "使用了服务禁语" in visible  # the kind's plain advice, not the reviewer's detail
    staff = clients["specialist"].get("/calls/A-XSS").text
    assert "n_forbidden_phrase +5.74" in staff and "服务禁语" in staff


def test_an_agent_account_whose_agent_id_has_no_calls_is_flagged(site, clients, tmp_path):
    from click.testing import CliRunner

    from qa_pipeline.cli import cli

    admin = clients["admin"]
    r = admin.post("/admin/users", data={"username": "typo_agent", "role": "agent", "agent_id": "80001",
                                         "password": "typo-agent-password", "csrf_token": admin.csrf})
    assert r.status_code == 303
    rows = {m.group(1): m.group(0) for m in re.finditer(r"<tr[^>]*>\s*<td>([^<]+)</td>.*?</tr>",
                                                         admin.get("/admin/users").text, re.S)}
    assert "unknown-agent" in rows["typo_agent"] and "unknown-agent" not in rows["agent_a"]
    runner = CliRunner()
    r = runner.invoke(cli, ["users", "add", "typo2", "--role", "agent", "--agent-id", "8O01", "--password-stdin",
                            "--db", site.store.url], input="typo2-password\n")
    assert r.exit_code == 0 and "no call in the store has agent id 8O01" in r.output
    r = runner.invoke(cli, ["users", "add", "right", "--role", "agent", "--agent-id", "8001", "--password-stdin",
                            "--db", site.store.url], input="right-password\n")
    assert r.exit_code == 0 and "warning" not in r.output
