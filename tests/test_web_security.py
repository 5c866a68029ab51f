"""Issue 16 §4, the gaps a first audit found, each as the attack that found it: forged proxy
headers, concurrent wrong logins, formulas in the grades export, huge ids, pages and dates,
listens that went unlogged, two specialists resolving one appeal at once, a login token the
client picks. On SQLite and on PostgreSQL."""

from __future__ import annotations

import re
import threading
from datetime import datetime
from urllib.parse import quote

import pytest
from sqlalchemy import select

pytest.importorskip("fastapi", reason="the web app's dependencies are not installed")
from starlette.testclient import TestClient  # noqa: E402

from qa_pipeline.store.schema import appeals, audit_log, finding_reviews, manual_grades  # noqa: E402
from qa_pipeline.web.app import create_app  # noqa: E402
from qa_pipeline.web.reviews import file_appeal  # noqa: E402
from test_web_access import (ACCOUNTS, SECURITY_HEADERS, add_call, build_site, call_findings, csrf_of,  # noqa: E402
                             login)

HUGE_ID = "9223372036854775808"  # one past the largest 64-bit integer a database row id can be
HUGE_PAGE = "99999999999999999999"
SPARE = "spare-specialist-password"  # build_site's second specialist
FORMULAS = ['=HYPERLINK("evil.example","点我")', "@SUM(1+1)", "+86 (tel)", "-1"]


@pytest.fixture(scope="module")
def site(tmp_path_factory, config, module_store_url):
    site = build_site(tmp_path_factory.mktemp("security"), config, module_store_url)
    for n, call_id in enumerate(FORMULAS):
        add_call(site.store, config, call_id, "8003", site.wav, datetime(2026, 11, 26, 9, n), "您好，请讲。", [])
    return site


def audit_rows(site, **where) -> list[dict]:
    query = select(audit_log).where(*(getattr(audit_log.c, k) == v for k, v in where.items()))
    with site.store.engine.connect() as conn:
        return [dict(r) for r in conn.execute(query.order_by(audit_log.c.id)).mappings()]


def login_form(app, ip: str) -> tuple[TestClient, str]:
    """A fresh client at ``ip`` holding the login form's token (cookie and field)."""
    client = TestClient(app, follow_redirects=False, client=(ip, 40000))
    return client, csrf_of(client.get("/login").text)


def at_once(n: int, attempt) -> list:
    """``attempt(i)`` in ``n`` threads released together; their results (an exception counts as a 500)."""
    gate, results = threading.Barrier(n), [None] * n

    def run(i):
        gate.wait()
        try:
            results[i] = attempt(i)
        except Exception as e:  # noqa: BLE001 - a server error is what some of these tests look for
            results[i] = f"500 {type(e).__name__}: {e}"

    threads = [threading.Thread(target=run, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    return results


# medium: X-Forwarded-For from loopback ----------------------------------------------------------
def served(site, monkeypatch, *options: str):
    """The ASGI app as ``qa-pipeline serve OPTIONS`` would run it: uvicorn's config, loaded, with
    whatever proxy-header middleware it wraps around the app."""
    import uvicorn
    from click.testing import CliRunner

    from qa_pipeline.cli import cli

    captured = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: captured.update(app=app, kwargs=kwargs))
    result = CliRunner().invoke(cli, ["serve", "--db", site.store.url, *options])
    assert result.exit_code == 0, result.output
    config = uvicorn.Config(captured["app"], **captured["kwargs"])
    config.load()
    return config.loaded_app


def test_forged_forwarded_for_from_loopback_neither_escapes_the_rate_limit_nor_lands_in_the_audit_log(site, monkeypatch):
    app = served(site, monkeypatch)
    client, token = login_form(app, "127.0.0.1")
    statuses = [client.post("/login", headers={"X-Forwarded-For": f"203.0.113.{n}"},
                            data={"username": "ghost", "password": "wrong-password", "csrf_token": token}).status_code
                for n in range(12)]
    assert statuses == [401] * 5 + [429] * 7
    assert {r["ip"] for r in audit_rows(site, user="ghost")} == {"127.0.0.1"}


def test_a_named_reverse_proxy_is_believed_and_nobody_else(site, monkeypatch):
    app = served(site, monkeypatch, "--forwarded-allow-ips", "10.0.0.5")
    proxy, token = login_form(app, "10.0.0.5")
    proxy.post("/login", headers={"X-Forwarded-For": "198.51.100.7"},
               data={"username": "ghost_proxied", "password": "wrong-password", "csrf_token": token})
    other, token = login_form(app, "127.0.0.1")
    other.post("/login", headers={"X-Forwarded-For": "198.51.100.8"},
               data={"username": "ghost_proxied", "password": "wrong-password", "csrf_token": token})
    assert [r["ip"] for r in audit_rows(site, user="ghost_proxied")] == ["198.51.100.7", "127.0.0.1"]


# low: concurrent wrong logins ---------------------------------------------------------------------
def test_ten_wrong_logins_at_once_all_count_and_five_are_refused(site):
    forms = [login_form(site.app, "10.8.8.8") for _ in range(10)]

    def attempt(i):
        client, token = forms[i]
        return client.post("/login", data={"username": "trainer", "password": "wrong-password",
                                           "csrf_token": token}).status_code

    assert sorted(at_once(10, attempt)) == [401] * 5 + [429] * 5
    client, token = forms[0]
    right = {"username": "trainer", "password": ACCOUNTS["trainer"][2], "csrf_token": token}
    assert client.post("/login", data=right).status_code == 429


# low: the grades export and formulas ---------------------------------------------------------------
def test_the_manual_grades_export_is_formula_safe_with_a_bom_and_still_trains(site, tmp_path):
    from qa_pipeline.scoring.labels import load_labels

    spec = login(site.app, "specialist")
    for call_id in FORMULAS:
        r = spec.post(f"/calls/{quote(call_id, safe='')}/grade", data={"grade": "合格", "csrf_token": spec.csrf})
        assert r.status_code == 303, (call_id, r.status_code)
    body = spec.get("/exports/manual_grades.csv").text
    assert body.startswith("\ufeffcall_id,grade,category\n")
    cells = [line.split(",")[0] for line in body.splitlines()[1:]]
    assert not [c for c in cells if c.lstrip('"').startswith(("=", "+", "-", "@"))], cells
    assert '"\'=HYPERLINK(""evil.example"",""点我"")"' in body  # quoted: Excel shows it as text
    (tmp_path / "labels.csv").write_text(body, encoding="utf-8")
    assert set(FORMULAS) <= set(load_labels(tmp_path / "labels.csv")["call_id"])  # train finds the calls


# low: huge ids, pages and dates; headers on every response --------------------------------------
NOT_FOUND = [f"/findings/{HUGE_ID}", f"/appeals/{HUGE_ID}", f"/calibration/{HUGE_ID}",
             f"/calibration/{HUGE_ID}/calls/A-AUDIO", f"/findings/-{HUGE_ID}",
             "/findings/2147483648", "/appeals/-2147483649"]  # past PostgreSQL's INTEGER
BAD_REQUEST = [f"/calls?page={HUGE_PAGE}", f"/appeals?page={HUGE_PAGE}", f"/sample?page={HUGE_PAGE}",
               "/calls?day=9999-12-31", "/calls?date_from=0001-01-01", "/calls?date_to=9999-12-31",
               "/exports/calls.csv?day=9999-12-31"]
ADMIN_BAD_REQUEST = [f"/admin/audit?page={HUGE_PAGE}", "/admin/audit?date_to=9999-12-31",
                     "/admin/audit?date_from=0001-01-01", "/admin/audit.csv?date_to=9999-12-31"]


def test_huge_ids_pages_and_dates_are_not_found_or_bad_requests_with_the_security_headers(site):
    spec, admin = login(site.app, "specialist"), login(site.app, "admin")
    got = {url: spec.get(url) for url in NOT_FOUND + BAD_REQUEST} | {url: admin.get(url) for url in ADMIN_BAD_REQUEST}
    posts = {f"/findings/{HUGE_ID}/review": (spec, {"decision": "confirmed"}),
             f"/appeals/{HUGE_ID}/resolve": (spec, {"outcome": "dismissed"}),
             f"/calibration/{HUGE_ID}/close": (spec, {}),
             f"/admin/users/{HUGE_ID}": (admin, {"action": "activate"}),
             "/sample": (spec, {"per_agent": "1", "day": "9999-12-31"})}
    got |= {url: client.post(url, data={**form, "csrf_token": client.csrf}) for url, (client, form) in posts.items()}
    wanted = {url: 404 for url in NOT_FOUND} | {url: 400 for url in BAD_REQUEST + ADMIN_BAD_REQUEST} | {
        url: 400 if url == "/sample" else 404 for url in posts}
    assert {url: r.status_code for url, r in got.items()} == wanted
    assert not {url: [h for h in SECURITY_HEADERS if h not in r.headers] for url, r in got.items()
                if any(h not in r.headers for h in SECURITY_HEADERS)}


def test_an_internal_error_is_a_plain_500_page_with_the_security_headers(site, monkeypatch):
    def broken(*_args, **_kwargs):
        raise RuntimeError("the database went away")

    spec = login(site.app, "specialist")
    monkeypatch.setattr(site.store.browse, "call_page", broken)
    r = TestClient(site.app, raise_server_exceptions=False, cookies=spec.cookies).get("/calls")
    assert r.status_code == 500 and "the database went away" not in r.text and "Traceback" not in r.text
    assert [h for h in SECURITY_HEADERS if h not in r.headers] == [] and r.headers["cache-control"] == "no-store"


# low: listens -------------------------------------------------------------------------------------
def listens(site, user: str, call_id: str) -> int:
    return len(audit_rows(site, user=user, action="listen", target=call_id))


def test_a_listen_is_the_first_playback_or_any_full_download_not_a_page_load(site):
    client, size = login(site.app, "trainer"), site.wav.stat().st_size
    heard = lambda: listens(site, "trainer", "B-AUDIO")  # noqa: E731
    for _ in range(3):  # the page and its reloads fetch no audio until ▶ is pressed
        assert 'preload="none"' in client.get("/calls/B-AUDIO").text
    assert heard() == 0
    assert client.get("/calls/B-AUDIO/audio", headers={"Range": "bytes=0-"}).status_code == 206  # ▶
    assert heard() == 1
    for span in (f"bytes={size // 2}-", "bytes=100-199", f"bytes={size - 500}-"):  # seeks within the playback
        assert client.get("/calls/B-AUDIO/audio", headers={"Range": span}).status_code == 206
    assert heard() == 1
    downloads = ["bytes=1-",  # all but the first byte
                 "bytes=" + ",".join(f"{i}-{i}" for i in range(1, 800, 2)),  # 400 ranges: Starlette sends the whole file
                 "bytes=" + ",".join(f"{i}-{i + size // 20}" for i in range(1, size, size // 20 + 1))]  # 20 pieces
    for n, span in enumerate(downloads, 2):
        assert client.get("/calls/B-AUDIO/audio", headers={"Range": span}).status_code in (200, 206)
        assert heard() == n, span
    assert client.get("/calls/B-AUDIO/audio").status_code == 200  # no Range: the file
    assert heard() == 5


def test_the_first_piece_of_a_recording_someone_fetches_is_a_listen(site):
    """Whoever fetches a call's recording in small pieces, none of them the start, is on record once."""
    client, size = login(site.app, "admin"), site.wav.stat().st_size
    for start in range(size // 3, size, size // 10):
        client.get("/calls/B-AUDIO/audio", headers={"Range": f"bytes={start}-{start + size // 10 - 1}"})
    assert listens(site, "admin", "B-AUDIO") == 1


# low: two specialists on one appeal ----------------------------------------------------------------
def test_an_appeal_resolved_from_a_stale_view_is_a_conflict(site):
    from qa_pipeline.store.codec import appeal_from_row
    from qa_pipeline.store.reviews import Conflict

    finding = site.findings["B-AUDIO", 1]
    appeal_id = file_appeal(site.store, finding, "agent_b", "我没有说")
    with site.store.engine.connect() as conn:
        seen = appeal_from_row(conn.execute(select(appeals).where(appeals.c.id == appeal_id)).mappings().one())  # both read it open
    site.store.reviews.close_appeal(seen, "dismissed", "specialist", "维持")
    with pytest.raises(Conflict):
        site.store.reviews.close_appeal(seen, "upheld", "spare_specialist", "成立")


def test_two_specialists_resolving_one_appeal_at_once_one_wins_and_the_finding_agrees(site):
    finding = site.findings["B-AUDIO", 2]
    appeal_id = file_appeal(site.store, finding, "agent_b", "这是正常用语")
    specialists = [login(site.app, "specialist"), login(site.app, "spare_specialist", SPARE)]

    def resolve(i):
        client = specialists[i]
        return client.post(f"/appeals/{appeal_id}/resolve", data={"outcome": ("upheld", "dismissed")[i],
                                                                   "csrf_token": client.csrf}).status_code

    assert sorted(at_once(2, resolve)) == [303, 409]
    with site.store.engine.connect() as conn:
        status = conn.execute(select(appeals.c.status).where(appeals.c.id == appeal_id)).scalar()
        decision = conn.execute(select(finding_reviews.c.decision)
                                .where(finding_reviews.c.finding_id == finding.id)).scalar()
    assert (status, decision) in (("upheld", "rejected"), ("dismissed", None))
    assert len(audit_rows(site, action="resolve", target=f"appeal {appeal_id}")) == 1


def test_grades_and_decisions_saved_at_the_same_instant_end_cleanly(site):
    graders = [login(site.app, "specialist") for _ in range(4)] + [login(site.app, "spare_specialist", SPARE) for _ in range(4)]
    grades = ["优秀", "合格", "不合格", "合格"] * 2

    def save(i):
        client = graders[i]
        return client.post("/calls/A-AUDIO/grade", data={"grade": grades[i], "csrf_token": client.csrf}).status_code

    assert at_once(8, save) == [303] * 8
    with site.store.engine.connect() as conn:
        rows = conn.execute(select(manual_grades.c.user).where(manual_grades.c.call_id == "A-AUDIO")).scalars().all()
    assert sorted(rows) == ["spare_specialist", "specialist"]  # one grade per grader

    taboo = site.finding("A-AUDIO", 0)

    def decide(i):
        client = graders[i]
        return client.post(f"/findings/{taboo}/review", data={"decision": ("confirmed", "rejected")[i % 2],
                                                              "csrf_token": client.csrf}).status_code

    assert at_once(8, decide) == [303] * 8
    with site.store.engine.connect() as conn:
        assert len(conn.execute(select(finding_reviews).where(finding_reviews.c.finding_id == taboo)).all()) == 1


# info: the login form's token ---------------------------------------------------------------------
def test_a_login_token_the_client_made_up_is_refused(site):
    right = {"username": "trainer", "password": ACCOUNTS["trainer"][2]}
    chosen = TestClient(site.app, follow_redirects=False, cookies={"qa_login_csrf": "chosen-by-me"})
    assert chosen.post("/login", data={**right, "csrf_token": "chosen-by-me"}).status_code == 403
    # a token another server (another secret) issued is no better
    elsewhere, token = login_form(create_app(site.config, site.store), "testclient")
    stray = TestClient(site.app, follow_redirects=False, cookies={"qa_login_csrf": token})
    assert stray.post("/login", data={**right, "csrf_token": token}).status_code == 403
    # the form's own token, in its cookie, still signs in
    client, token = login_form(site.app, "testclient")
    assert client.post("/login", data={**right, "csrf_token": token}).status_code == 303


# blind grading (issue 16 §1, found with §4) ---------------------------------------------------------
def test_a_grader_does_not_see_the_tools_view_of_a_call_they_grade_blind(site):
    session, call = site.ids["calibration"], "C00000"  # build_site's open session: specialist grades it
    spec, trainer = login(site.app, "specialist"), login(site.app, "trainer")
    for url in (f"/calls/{call}", f"/calls/{call}/waveform.svg"):
        r = spec.get(url)
        assert r.status_code == 403 and f"/calibration/{session}" in r.text, url
    assert trainer.get(f"/calls/{call}").status_code == 200  # not a grader: the tool's view as usual
    row = re.search(rf'<tr[^>]*>\s*<td><a href="/calls/{call}">.*?</tr>', spec.get(f"/calls?q={call}").text, re.S).group(0)
    assert "盲评中" in row and site.store.call_row(call)["grade"] not in row
    exported = spec.get(f"/exports/calls.csv?q={call}").text.splitlines()[1].split(",")
    assert exported[0] == call and exported[3:8] == ["", "", "", "", ""]  # score … predicted grade
    # what grading needs stays: the grading page and the recording
    assert spec.get(f"/calibration/{session}/calls/{call}").status_code == 200
    assert spec.get(f"/calls/{call}/audio", headers={"Range": "bytes=0-99"}).status_code in (206, 404)
    site.store.calibration.close(session)  # the session ends: the tool's view is back
    assert spec.get(f"/calls/{call}").status_code == 200
