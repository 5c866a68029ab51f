"""The web app's access rules: every route × every role, object scoping, CSRF, rate limit,
sessions, Range requests, headers, escaping; and the specialist's actions end to end."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from zoneinfo import ZoneInfo
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import select

from conftest import transcript, utt
from qa_pipeline.records import Call, Finding, ScoredCall
from qa_pipeline.scoring import score_call
from test_trends import simulate

pytest.importorskip("fastapi", reason="the web app's dependencies are not installed")
from starlette.testclient import TestClient  # noqa: E402
from starlette.routing import Mount  # noqa: E402

from qa_pipeline.web.app import create_app  # noqa: E402
from qa_pipeline.web.auth import add_user, user_by_name  # noqa: E402
from qa_pipeline.web.reviews import file_appeal  # noqa: E402
from qa_pipeline.store.schema import appeals, audit_log, finding_reviews, users  # noqa: E402

ACCOUNTS = {  # name: (role, 工号, password)
    "agent_a": ("agent", "8001", "agent-a-password"),
    "agent_b": ("agent", "8002", "agent-b-password"),
    "specialist": ("specialist", None, "specialist-password"),
    "trainer": ("trainer", None, "trainer-password"),
    "admin": ("admin", None, "admin-password-1"),
}
ROLES = ["anon", *ACCOUNTS]
EVIL = "<script>alert(1)</script>"
SECURITY_HEADERS = ("content-security-policy", "x-content-type-options", "x-frame-options", "referrer-policy")


# a store like the batch writes, plus calls with a real recording ------------------------------
def write_recording(path: Path, seconds: float = 6.0, rate: int = 16000) -> Path:
    """Stereo speech-like bursts: agent (left) 0.5–3 s, customer (right) 3.5–5.5 s."""
    import soundfile as sf

    t = np.arange(int(seconds * rate)) / rate
    noise = np.random.default_rng(0).standard_normal(len(t))

    def voice(start, end, pitch):
        envelope = ((t >= start) & (t < end)) * (0.55 + 0.45 * np.sin(2 * np.pi * 3 * t))
        return envelope * (0.3 * np.sin(2 * np.pi * pitch * t) + 0.05 * noise)

    sf.write(path, np.stack([voice(0.5, 3.0, 220), voice(3.5, 5.5, 180)], 1).astype(np.float32), rate, subtype="PCM_16")
    return path


def add_call(store, config, call_id: str, agent: str, path: Path, started: datetime, agent_text: str,
             found: list[Finding]) -> None:
    t = transcript(utt("agent", 0.5, 3.0, agent_text), utt("customer", 3.5, 5.5, "那怎么办？我等了很久。"), duration=6.0)
    ruleset = config.ruleset_for("default")
    scored = ScoredCall(tuple(found), score_call(found, ruleset, config.scoring), ruleset.version)
    store.save_done(Call(call_id, str(path), agent, started), transcript=t, scored=scored, run_id=None,
                    audio_sha256=hashlib.sha256(call_id.encode()).hexdigest())


def call_findings() -> list[Finding]:
    return [Finding("forbidden_phrase", "forbidden_phrase", "major", 2.0, 2.8, "不知道", 0.9, "服务禁语"),
            Finding("filler", "filler", "minor", 0.9, 1.1, "嗯", 0.9),
            Finding("filler", "filler", "minor", 1.5, 1.8, "这个", 0.9),
            Finding("missing_closing", "missing_closing", "major", 4.0, 5.5, "", 0.9, "no farewell")]


@dataclass
class Site:
    app: object
    store: object
    config: object
    wav: Path
    ids: dict = field(default_factory=dict)  # accounts, appeals: name → id
    findings: dict = field(default_factory=dict)  # (call id, index in the call) → StoredFinding

    def finding(self, call_id: str, index: int) -> int:
        return self.findings[call_id, index].id


def build_site(tmp: Path, config, url: str) -> Site:
    """720 simulated calls (agents 8001–8003) plus A-AUDIO, A-XSS (agent 8001) and B-AUDIO (8002)
    on a real recording; the five accounts; one open appeal per agent."""
    from qa_pipeline.store import Store

    store = Store(url)
    simulate(store)
    wav = write_recording(tmp / "8001_call.wav")
    add_call(store, config, "A-AUDIO", "8001", wav, datetime(2026, 11, 25, 10), "您好，嗯，这个我不知道。", call_findings())
    add_call(store, config, "B-AUDIO", "8002", wav, datetime(2026, 11, 25, 11), "您好，嗯，这个我不知道。", call_findings())
    add_call(store, config, "A-XSS", "8001", wav, datetime(2026, 11, 25, 12), EVIL,
             [Finding("forbidden_phrase", "forbidden_phrase", "major", 0.5, 3.0, EVIL, 0.9, EVIL)])
    site = Site(create_app(config, store), store, config, wav)
    for call_id in ("A-AUDIO", "B-AUDIO", "A-XSS"):  # in the order they were written
        found = sorted(store.browse.findings_with_reviews(call_id), key=lambda f: f.id)
        site.findings.update({(call_id, i): f for i, f in enumerate(found)})
    for name, (role, agent_id, password) in ACCOUNTS.items():
        site.ids[name] = add_user(store, name, password, role, agent_id)
    site.ids["spare"] = add_user(store, "spare", "spare-password", "trainer")
    site.ids["spare_specialist"] = add_user(store, "spare_specialist", "spare-specialist-password", "specialist")
    # an open session: its graders grade C00000 and C00001 blind (they see A-AUDIO and B-AUDIO as usual)
    site.ids["calibration"] = store.calibration.create("矩阵", "admin", [("filler", "filler")], ["C00000", "C00001"],
                                                       ["specialist", "spare_specialist"])
    site.ids["appeal_a"] = file_appeal(store, site.findings["A-AUDIO", 3], "agent_a", "我说了再见")
    site.ids["appeal_b"] = file_appeal(store, site.findings["B-AUDIO", 3], "agent_b", "我说了再见")
    return site


def csrf_of(html: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]*)"', html).group(1)


def login(app, name: str, password: str | None = None, ip: str = "testclient"):
    """A client signed in as ``name`` (its session cookie kept), with its CSRF token as ``.csrf``."""
    client = TestClient(app, follow_redirects=False, client=(ip, 50000))
    token = csrf_of(client.get("/login").text)
    r = client.post("/login", data={"username": name, "password": password or ACCOUNTS[name][2], "csrf_token": token})
    assert r.status_code == 303, r.text
    client.csrf = csrf_of(client.get("/appeals").text)
    return client


def anonymous(app):
    client = TestClient(app, follow_redirects=False)
    client.csrf = ""
    return client


@pytest.fixture(scope="module")
def site(tmp_path_factory, config, module_store_url) -> Site:
    """The site on SQLite, then on PostgreSQL."""
    return build_site(tmp_path_factory.mktemp("web"), config, module_store_url)


@pytest.fixture(scope="module")
def clients(site):
    return {"anon": anonymous(site.app), **{name: login(site.app, name) for name in ACCOUNTS}}


# the matrix ------------------------------------------------------------------------------------
LOGIN = "login"  # 303 to the login form
L, OK, R, NF, FB = LOGIN, 200, 303, 404, 403
#                        anon agent_a agent_b specialist trainer admin
EXPECTED = {
    ("GET", "/"):                                  [L, R, R, R, R, R],
    ("GET", "/login"):                             [OK, R, R, R, R, R],
    ("POST", "/login"):                            [401, FB, FB, FB, FB, FB],  # logged-in clients hold no login-form token
    ("POST", "/logout"):                           [L, R, R, R, R, R],
    ("GET", "/calls"):                             [L, OK, OK, OK, OK, OK],
    ("GET", "/exports/calls.csv"):                 [401, OK, NF, OK, OK, OK],  # ?agent=8001
    ("GET", "/calls/{call_id}"):                   [L, OK, NF, OK, OK, OK],
    ("GET", "/calls/{call_id}/audio"):             [401, OK, NF, OK, OK, OK],
    ("GET", "/calls/{call_id}/waveform.svg"):      [401, OK, NF, OK, OK, OK],
    ("GET", "/agents/{agent_id}/chart.svg"):       [401, OK, NF, OK, OK, OK],
    ("GET", "/findings/{finding_id}"):             [L, R, NF, R, R, R],
    ("POST", "/findings/{finding_id}/appeal"):     [L, R, NF, FB, FB, FB],
    ("POST", "/findings/{finding_id}/review"):     [L, FB, NF, R, FB, FB],
    ("GET", "/appeals"):                           [L, OK, OK, OK, OK, OK],
    ("GET", "/appeals/{appeal_id}"):               [L, R, NF, R, R, R],
    ("POST", "/appeals/{appeal_id}/resolve"):      [L, FB, NF, R, FB, FB],
    ("GET", "/sample"):                            [L, FB, FB, OK, FB, FB],
    ("POST", "/sample"):                           [L, FB, FB, R, FB, FB],
    ("POST", "/calls/{call_id}/grade"):            [L, FB, NF, R, FB, FB],
    ("POST", "/calls/{call_id}/swap-roles"):       [L, FB, NF, 400, FB, FB],  # A-AUDIO is stereo: no roles to swap
    ("GET", "/exports/manual_grades.csv"):         [401, FB, FB, OK, FB, OK],
    ("GET", "/trainer"):                           [L, FB, FB, OK, OK, OK],
    ("GET", "/calibration"):                       [L, FB, FB, OK, OK, OK],
    ("POST", "/calibration"):                      [L, FB, FB, R, R, R],
    ("GET", "/calibration/{session_id}"):          [L, FB, FB, OK, OK, OK],
    ("GET", "/calibration/{session_id}/calls/{call_id}"): [L, FB, FB, OK, FB, FB],  # its graders only
    ("POST", "/calibration/{session_id}/calls/{call_id}"): [L, FB, FB, R, FB, FB],
    ("POST", "/calibration/{session_id}/close"):   [L, FB, FB, FB, FB, R],  # its lead (admin here) or an admin
    ("GET", "/admin/users"):                       [L, FB, FB, FB, FB, OK],
    ("POST", "/admin/users"):                      [L, FB, FB, FB, FB, R],
    ("POST", "/admin/users/{user_id}"):            [L, FB, FB, FB, FB, R],
    ("GET", "/admin/audit"):                       [L, FB, FB, FB, FB, OK],
    ("GET", "/admin/audit.csv"):                   [401, FB, FB, FB, FB, OK],
    ("GET", "/static/{path}"):                     [OK, OK, OK, OK, OK, OK],
}


def app_routes(app) -> set[tuple[str, str]]:
    """(method, path) of every route, included routers flattened."""
    try:
        from fastapi.routing import iter_route_contexts  # FastAPI ≥ 0.16x keeps included routers lazily
        routes = list(iter_route_contexts(app.routes))
    except ImportError:
        routes = app.routes
    found = set()
    for route in routes:
        if isinstance(getattr(route, "original_route", route), Mount):
            found.add(("GET", route.path + "/{path}"))
        else:
            found |= {(method, route.path) for method in route.methods if method != "HEAD"}
    return found


def request_for(site: Site, method: str, path: str, role: str, n: int):
    """The concrete URL and form of one cell: objects of agent A (8001), harmless valid forms."""
    ids = site.ids
    url = path.format(call_id="C00000" if path.startswith("/calibration/") else "A-AUDIO", agent_id="8001", path="app.js", user_id=ids["spare"], appeal_id=ids["appeal_a"],
                      session_id=ids["calibration"],
                      finding_id={"/findings/{finding_id}/appeal": site.finding("A-AUDIO", 2),
                                  "/findings/{finding_id}/review": site.finding("A-AUDIO", 1)}.get(path, site.finding("A-AUDIO", 0)))
    form = {
        "/login": {"username": "nobody", "password": "wrong-password"},
        "/findings/{finding_id}/appeal": {"comment": "不同意"},
        "/findings/{finding_id}/review": {"decision": "confirmed"},
        "/appeals/{appeal_id}/resolve": {"outcome": "dismissed"},
        "/sample": {"per_agent": "1"},
        "/calls/{call_id}/grade": {"grade": "合格", "category": "咨询"},
        "/admin/users": {"username": f"new_{role}_{n}", "role": "trainer", "password": "a-long-password"},
        "/admin/users/{user_id}": {"action": "activate"},
        "/calibration": {"call_ids": "C00002\nC00003", "graders": ["specialist", "spare_specialist"]},
        "/calibration/{session_id}/calls/{call_id}": {"score": "90", "grade": "优秀"},
    }.get(path, {})
    if path == "/exports/calls.csv":
        url += "?agent=8001"
    return url, form


def test_every_route_for_every_role(site, clients):
    assert app_routes(site.app) == set(EXPECTED), "a route was added or removed: give it its row in EXPECTED"
    failures = []
    for n, ((method, path), expected) in enumerate(sorted(EXPECTED.items())):
        for role, want in zip(ROLES, expected):
            client = clients[role]
            if path == "/logout" and role != "anon":
                client = login(site.app, role)  # its own session: logging out must not end the shared one
            if path == "/login" and role == "anon":
                client = anonymous(site.app)
                client.get("/login")
                client.csrf = client.cookies.get("qa_login_csrf")
            url, form = request_for(site, method, path, role, n)
            r = client.request(method, url, data={**form, "csrf_token": client.csrf} if method == "POST" else None)
            to_login = r.status_code == 303 and r.headers["location"].startswith("/login")
            own_logout = path == "/logout" and role != "anon"  # which also lands on the login form
            status = LOGIN if to_login and not own_logout else r.status_code
            if status != want:
                failures.append(f"{method} {url} as {role}: {r.status_code} (expected {want})")
            missing = [h for h in SECURITY_HEADERS if h not in r.headers]
            if missing:
                failures.append(f"{method} {url} as {role}: no {', '.join(missing)}")
    assert not failures, "\n".join(failures)


def test_another_agents_objects_are_not_found_whatever_the_route(site, clients):
    b = clients["agent_b"]
    finding, appeal = site.finding("A-AUDIO", 0), site.ids["appeal_a"]
    for url in ("/calls/A-AUDIO", "/calls/A-AUDIO/audio", "/calls/A-AUDIO/waveform.svg", f"/findings/{finding}",
                f"/appeals/{appeal}", "/agents/8001/chart.svg", "/calls?agent=8001", "/exports/calls.csv?agent=8001"):
        assert b.get(url).status_code == 404, url
    for url, form in ((f"/findings/{finding}/appeal", {"comment": "x"}), (f"/findings/{finding}/review", {"decision": "rejected"}),
                      (f"/appeals/{appeal}/resolve", {"outcome": "upheld"}), ("/calls/A-AUDIO/grade", {"grade": "合格"})):
        assert b.post(url, data={**form, "csrf_token": b.csrf}).status_code == 404, url
    # and agent A cannot reach B's either; nobody reaches a call that does not exist
    a = clients["agent_a"]
    assert a.get("/calls/B-AUDIO").status_code == a.get("/calls/B-AUDIO/audio").status_code == 404
    assert a.get(f"/appeals/{site.ids['appeal_b']}").status_code == 404
    assert clients["specialist"].get("/calls/NO-SUCH-CALL").status_code == 404
    with site.store.engine.connect() as conn:  # B's attempts left nothing behind
        assert not conn.execute(select(appeals).where(appeals.c.user == "agent_b", appeals.c.call_id == "A-AUDIO")).first()


def test_an_agent_lists_only_their_own_flagged_calls_newest_first(site, clients):
    from qa_pipeline.store.schema import calls

    listed = re.findall(r'href="/calls/([^"]+)"', clients["agent_a"].get("/calls").text)
    query = (select(calls.c.call_id).where(calls.c.agent_id == "8001", calls.c.n_findings > 0)
             .order_by(calls.c.started_at.desc()))
    with site.store.engine.connect() as conn:
        assert listed == [c for (c,) in conn.execute(query)] and listed[0] == "A-XSS"
    assert "/agents/8001/chart.svg" in clients["agent_a"].get("/calls").text


def test_lists_are_paginated_fifty_a_page(clients):
    spec = clients["specialist"]
    first = re.findall(r'href="/calls/([^"]+)"', spec.get("/calls").text)
    second = re.findall(r'href="/calls/([^"]+)"', spec.get("/calls?page=2").text)
    assert len(first) == len(second) == 50 and not set(first) & set(second)
    assert "第 1 / 15 页" in spec.get("/calls").text  # 723 calls


def test_state_changing_requests_need_the_csrf_token(site, clients):
    posts = {path: form for (method, path) in EXPECTED if method == "POST"
             for _, form in [request_for(site, method, path, "x", 0)]}
    allowed = {"/findings/{finding_id}/appeal": "agent_a", "/admin/users": "admin", "/admin/users/{user_id}": "admin",
               "/logout": "trainer"}
    for path, form in posts.items():
        if path == "/login":
            continue
        client = clients[allowed.get(path, "specialist")]
        url, form = request_for(site, "POST", path, "csrf", 0)
        assert client.post(url, data=form).status_code == 403, path
        assert client.post(url, data={**form, "csrf_token": "forged"}).status_code == 403, path
    # the session survived: the failed logout above did not log out
    assert clients["trainer"].get("/trainer").status_code == 200
    # the login form carries its own token (double-submit cookie)
    fresh = anonymous(site.app)
    assert fresh.post("/login", data={"username": "admin", "password": ACCOUNTS["admin"][2]}).status_code == 403


def test_every_form_on_every_page_carries_the_session_token(clients):
    pages = {"agent_a": ["/calls/A-AUDIO"], "specialist": ["/calls/A-AUDIO", "/sample"], "admin": ["/admin/users"]}
    for name, urls in pages.items():
        for url in urls:
            html = clients[name].get(url).text
            forms = re.findall(r'<form method="post".*?</form>', html, re.S)
            assert len(forms) > 1, url
            for form in forms:
                assert f'name="csrf_token" value="{clients[name].csrf}"' in form, (name, url, form[:200])


def test_login_is_rate_limited_per_username_and_address(site):
    client = TestClient(site.app, follow_redirects=False, client=("10.9.9.9", 1))
    token = csrf_of(client.get("/login").text)
    for _ in range(5):
        assert client.post("/login", data={"username": "trainer", "password": "wrong", "csrf_token": token}).status_code == 401
    right = {"username": "trainer", "password": ACCOUNTS["trainer"][2], "csrf_token": token}
    assert client.post("/login", data=right).status_code == 429  # even the right password, for 5 minutes
    assert login(site.app, "trainer", ip="10.9.9.10").get("/trainer").status_code == 200  # another address is not blocked
    with site.store.engine.connect() as conn:
        actions = [r.action for r in conn.execute(select(audit_log).where(audit_log.c.ip == "10.9.9.9"))]
    assert actions.count("login_failed") == 5 and "login_blocked" in actions


def test_sessions_cookie_flags_and_logout(site, config):
    client = TestClient(site.app, follow_redirects=False)
    token = csrf_of(client.get("/login").text)
    r = client.post("/login", data={"username": "trainer", "password": ACCOUNTS["trainer"][2], "csrf_token": token})
    cookie = next(c for c in r.headers.get_list("set-cookie") if c.startswith("qa_session="))
    assert "httponly" in cookie.lower() and "samesite=lax" in cookie.lower() and "secure" not in cookie.lower()
    session = client.cookies["qa_session"]
    csrf = csrf_of(client.get("/trainer").text)
    assert client.post("/logout", data={"csrf_token": csrf}).status_code == 303
    replay = TestClient(site.app, follow_redirects=False, cookies={"qa_session": session})
    assert replay.get("/trainer").headers["location"].startswith("/login")  # the session row is gone
    secure_app = create_app(config, site.store, secure_cookies=True)
    client = TestClient(secure_app, follow_redirects=False, base_url="https://testserver")  # Secure cookies need https
    token = csrf_of(client.get("/login").text)
    r = client.post("/login", data={"username": "trainer", "password": ACCOUNTS["trainer"][2], "csrf_token": token})
    assert "secure" in next(c for c in r.headers.get_list("set-cookie") if c.startswith("qa_session=")).lower()
    assert "strict-transport-security" in r.headers


def listens(site, user: str) -> int:
    with site.store.engine.connect() as conn:
        return len(conn.execute(select(audit_log).where(audit_log.c.user == user, audit_log.c.action == "listen",
                                                        audit_log.c.target == "A-AUDIO")).all())


def test_audio_answers_range_requests_with_206_and_logs_one_listen(site, clients):
    client, data = clients["trainer"], site.wav.read_bytes()
    before = listens(site, "trainer")
    whole = client.get("/calls/A-AUDIO/audio")
    assert whole.status_code == 200 and whole.content == data and whole.headers["accept-ranges"] == "bytes"
    part = client.get("/calls/A-AUDIO/audio", headers={"Range": "bytes=100-199"})
    assert part.status_code == 206 and part.headers["content-range"] == f"bytes 100-199/{len(data)}"
    assert part.content == data[100:200]
    # a seek past the first tenth (one nearer the start asks for most of the file: a download, a listen)
    middle = len(data) // 2
    tail = client.get("/calls/A-AUDIO/audio", headers={"Range": f"bytes={middle}-"})
    assert tail.status_code == 206 and tail.headers["content-range"] == f"bytes {middle}-{len(data) - 1}/{len(data)}"
    assert listens(site, "trainer") == before + 1  # seeks are not listens
    svg = client.get("/calls/A-AUDIO/waveform.svg")
    assert svg.headers["content-type"].startswith("image/svg+xml") and svg.text.count("<path") == 2


def test_passwords_are_stored_as_argon2id_only(site):
    with site.store.engine.connect() as conn:
        hashes = [h for (h,) in conn.execute(select(users.c.password_hash))]
    assert hashes and all(h.startswith("$argon2id$") for h in hashes)
    assert not any(password in h for h in hashes for _, _, password in ACCOUNTS.values())


def test_transcripts_are_escaped(clients):
    html = clients["specialist"].get("/calls/A-XSS").text
    assert EVIL not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_the_call_page_has_player_waveform_transcript_and_seekable_findings(clients, site):
    html = clients["agent_a"].get("/calls/A-AUDIO").text
    assert 'id="player"' in html and 'src="/calls/A-AUDIO/audio"' in html and "/calls/A-AUDIO/waveform.svg" in html
    assert 'class="utt agent flagged"' in html and 'class="utt customer' in html
    assert '<mark data-seek="2.0"' in html  # 不知道, marked in the agent's line
    assert 'data-seek="2.0"' in html and "申诉 Appeal" in html and "<script>" not in html.replace('<script src="/static/app.js" defer></script>', "")
    assert site.config.ruleset_for("default").version in html


def test_rejecting_a_finding_rescores_the_call_and_keeps_the_label(site, clients):
    spec = clients["specialist"]
    before = site.store.call_row("B-AUDIO")
    taboo = site.finding("B-AUDIO", 0)  # forbidden_phrase, weight 10
    r = spec.post(f"/findings/{taboo}/review", data={"decision": "rejected", "comment": "客户说的", "csrf_token": spec.csrf})
    assert r.status_code == 303
    after = site.store.call_row("B-AUDIO")
    assert after["score"] == before["score"] + 10 and after["n_findings"] == before["n_findings"] - 1
    assert "forbidden_phrase" not in after["deductions"]
    with site.store.engine.connect() as conn:
        label = conn.execute(select(finding_reviews).where(finding_reviews.c.finding_id == taboo)).mappings().one()
        assert (label["decision"], label["call_id"], label["kind"], label["user"]) == ("rejected", "B-AUDIO", "forbidden_phrase", "specialist")
        assert conn.execute(select(audit_log).where(audit_log.c.action == "reject")).first()
    assert "已判为误报" in spec.get("/calls/B-AUDIO").text
    assert "B-AUDIO" not in spec.get("/calls?kind=forbidden_phrase").text  # filters count standing findings only
    # confirming it again makes it count again
    spec.post(f"/findings/{taboo}/review", data={"decision": "confirmed", "csrf_token": spec.csrf})
    assert site.store.call_row("B-AUDIO")["score"] == before["score"]


def test_an_upheld_appeal_rejects_the_finding(site, clients):
    agent, spec = clients["agent_b"], clients["specialist"]
    filler = site.finding("B-AUDIO", 2)
    assert agent.post(f"/findings/{filler}/appeal", data={"comment": "这是正常用语", "csrf_token": agent.csrf}).status_code == 303
    assert agent.post(f"/findings/{filler}/appeal", data={"comment": "again", "csrf_token": agent.csrf}).status_code == 409
    with site.store.engine.connect() as conn:
        appeal_id = conn.execute(select(appeals.c.id).where(appeals.c.finding_id == filler)).scalar()
    before = site.store.call_row("B-AUDIO")["score"]
    r = spec.post(f"/appeals/{appeal_id}/resolve", data={"outcome": "upheld", "comment": "同意", "csrf_token": spec.csrf})
    assert r.status_code == 303
    assert site.store.call_row("B-AUDIO")["score"] == before + 1  # one filler tic less
    assert "成立 upheld" in agent.get("/appeals?status=all").text
    assert spec.post(f"/appeals/{appeal_id}/resolve", data={"outcome": "dismissed", "csrf_token": spec.csrf}).status_code == 409


def test_sampled_and_graded_calls_export_as_training_labels(site, clients, tmp_path):
    from qa_pipeline.scoring.labels import load_labels

    spec = clients["specialist"]
    assert spec.post("/sample", data={"per_agent": "2", "day": "2026-11-10", "csrf_token": spec.csrf}).status_code == 303
    drawn = re.findall(r'action="/calls/([^"/]+)/grade"', spec.get("/sample").text)
    assert len(drawn) >= 6  # two per agent of that day (plus any drawn by the matrix)
    for call_id, grade in zip(drawn[:3], ("优秀", "合格", "不合格")):
        r = spec.post(f"/calls/{call_id}/grade", data={"grade": grade, "category": "投诉", "back": "/sample", "csrf_token": spec.csrf})
        assert r.status_code == 303 and r.headers["location"] == "/sample"
    assert spec.post(f"/calls/{drawn[0]}/grade", data={"grade": "满分", "csrf_token": spec.csrf}).status_code == 400
    body = spec.get("/exports/manual_grades.csv").text
    (tmp_path / "labels.csv").write_text(body, encoding="utf-8")
    labels = load_labels(tmp_path / "labels.csv")
    assert list(labels.columns) == ["call_id", "grade", "category"] and set(drawn[:3]) <= set(labels["call_id"])
    assert not set(drawn[:3]) & set(re.findall(r'action="/calls/([^"/]+)/grade"', spec.get("/sample").text))


def test_the_review_queue_and_filters(site, clients):
    spec = clients["specialist"]
    html = spec.get("/calls?day=2026-11-25&agent=8002").text
    assert re.findall(r'href="/calls/([^"]+)"', html) == ["B-AUDIO"]
    html = spec.get("/calls?kind=forbidden_phrase&score_max=95").text
    assert {"A-AUDIO", "A-XSS"} <= set(re.findall(r'href="/calls/([^"]+)"', html))
    assert spec.get("/calls?score_min=abc").status_code == 400
    assert spec.get("/calls?queue=1").status_code == 200


def test_trainer_sees_common_errors_wording_examples_and_weaknesses(clients):
    html = clients["trainer"].get("/trainer").text
    assert "口头禅" in html and "<q>嗯</q>" in html
    assert re.search(r'href="/calls/[^"#]+#t=\d+\.\d"', html)
    weakness = html[html.index('id="weakness"'):html.index("典型说法与示例")]
    fillers = re.search(r'<h3>口头禅.*?</ul>', weakness, re.S).group(0)
    assert re.findall(r"agent=(\d+)", fillers) == ["8003"]  # the drifting agent, and only they, for fillers


def test_admin_manages_users_and_sees_the_audit_log(site, clients):
    admin = clients["admin"]
    r = admin.post("/admin/users", data={"username": "newagent", "role": "agent", "agent_id": "8003",
                                         "password": "newagent-pass", "csrf_token": admin.csrf})
    assert r.status_code == 303
    assert admin.post("/admin/users", data={"username": "x", "role": "agent", "password": "long-enough-pw",
                                            "csrf_token": admin.csrf}).status_code == 400  # an agent needs a 工号
    assert admin.post("/admin/users", data={"username": "y", "role": "trainer", "password": "short",
                                            "csrf_token": admin.csrf}).status_code == 400
    new = user_by_name(site.store, "newagent")
    agent = login(site.app, "newagent", "newagent-pass")
    assert agent.get("/calls/A-AUDIO").status_code == 404 and agent.get("/agents/8003/chart.svg").status_code == 200
    admin.post(f"/admin/users/{new['id']}", data={"action": "password", "password": "another-password", "csrf_token": admin.csrf})
    assert agent.get("/calls").headers["location"].startswith("/login")  # a reset ends the sessions
    admin.post(f"/admin/users/{new['id']}", data={"action": "role", "role": "trainer", "csrf_token": admin.csrf})
    assert user_by_name(site.store, "newagent")["role"] == "trainer"
    admin.post(f"/admin/users/{new['id']}", data={"action": "deactivate", "csrf_token": admin.csrf})
    client = anonymous(site.app)
    token = csrf_of(client.get("/login").text)
    assert client.post("/login", data={"username": "newagent", "password": "another-password", "csrf_token": token}).status_code == 401
    me = site.ids["admin"]
    assert admin.post(f"/admin/users/{me}", data={"action": "deactivate", "csrf_token": admin.csrf}).status_code == 400
    html = admin.get("/admin/audit").text
    for action in ("login", "listen", "user_create", "user_password", "user_role", "user_deactivate"):
        assert f"<td>{action}</td>" in html, action
    assert site.config.ruleset_for("default").version in admin.get("/admin/users").text


def test_users_command_line(site, tmp_path):
    from click.testing import CliRunner

    from qa_pipeline.cli import cli

    db = ["--db", site.store.url]
    runner = CliRunner()
    r = runner.invoke(cli, ["users", "add", "boss", "--role", "admin", "--password-stdin", *db], input="boss-password-1\n")
    assert r.exit_code == 0, r.output
    r = runner.invoke(cli, ["users", "add", "a9", "--role", "agent", *db], input="pw-for-agent-9\npw-for-agent-9\n")
    assert r.exit_code != 0 and "工号" in r.output
    r = runner.invoke(cli, ["users", "add", "a9", "--role", "agent", "--agent-id", "8009", *db],
                      input="pw-for-agent-9\npw-for-agent-9\n")
    assert r.exit_code == 0, r.output
    assert user_by_name(site.store, "a9")["password_hash"].startswith("$argon2id$")
    assert "boss" in runner.invoke(cli, ["users", "list", *db]).output
    assert runner.invoke(cli, ["users", "deactivate", "boss", *db]).exit_code == 0
    assert not user_by_name(site.store, "boss")["active"]
    assert login(site.app, "a9", "pw-for-agent-9").get("/calls").status_code == 200



def test_the_manual_grade_starts_empty_and_an_empty_grade_is_refused(site, clients):
    """Issue 16: a specialist must choose a grade; the form does not pre-select 优秀."""
    spec = clients["specialist"]
    for page in ("/calls/A-AUDIO", "/sample"):
        for form in re.findall(r'<select name="grade"[^>]*>(.*?)</select>', spec.get(page).text, re.S):
            options = re.findall(r"<option([^>]*)>([^<]*)</option>", form)
            assert options[0] == (' value="" selected', "评级 grade…")
            assert not any("selected" in attrs for attrs, _ in options[1:])
    assert spec.post("/calls/A-AUDIO/grade", data={"grade": "", "csrf_token": spec.csrf}).status_code == 400


# finding calls (issue 16 §3) ---------------------------------------------------------------------
def listed(client, url: str) -> list[str]:
    r = client.get(url)
    assert r.status_code == 200, (url, r.status_code)
    return re.findall(r'<td><a href="/calls/([^"]+)">', r.text)


def test_calls_are_found_by_part_of_their_id_within_the_readers_scope(clients):
    assert set(listed(clients["specialist"], "/calls?q=AUDIO")) == {"A-AUDIO", "B-AUDIO"}
    assert listed(clients["specialist"], "/calls?q=C0071") == [f"C0071{i}" for i in range(9, -1, -1)]
    assert listed(clients["specialist"], "/calls?q=%25") == []  # % is a character, not a wildcard
    assert listed(clients["agent_a"], "/calls?q=AUDIO") == ["A-AUDIO"]  # an agent finds only their own


def test_a_date_range_lists_the_calls_of_those_days(site, clients):
    from qa_pipeline.store.schema import calls

    spec = clients["specialist"]
    html = spec.get("/calls?date_from=2026-11-10&date_to=2026-11-11").text
    with site.store.engine.connect() as conn:
        expected = conn.execute(select(calls.c.call_id).where(calls.c.started_at >= datetime(2026, 11, 10),
                                                              calls.c.started_at < datetime(2026, 11, 12))).scalars().all()
    assert f"{len(expected)} 通 calls" in html and 0 < len(expected) < 723
    shown = listed(spec, "/calls?date_from=2026-11-10&date_to=2026-11-11")
    assert set(shown) <= set(expected) and len(shown) == min(50, len(expected))
    assert listed(spec, "/calls?date_from=2026-11-25") == ["A-XSS", "B-AUDIO", "A-AUDIO"]  # open-ended: from that day on
    assert listed(spec, "/calls?day=2026-11-25") == ["A-XSS", "B-AUDIO", "A-AUDIO"]  # one day, as older links say
    assert spec.get("/calls?date_from=2026-11-12&date_to=2026-11-10").status_code == 400
    assert spec.get("/calls?date_to=2026-13-01").status_code == 400


def test_lists_sort_by_score_findings_agent_and_id_and_keep_the_order_across_pages(site, clients):
    spec = clients["specialist"]
    rows = {c: site.store.call_row(c) for c in listed(spec, "/calls?sort=score")}
    scores = [rows[c]["score"] for c in rows]
    assert scores == sorted(scores) and len(scores) == 50
    highest = [site.store.call_row(c)["score"] for c in listed(spec, "/calls?sort=-score")]
    assert highest == sorted(highest, reverse=True) and highest[0] >= scores[-1]
    found = [site.store.call_row(c)["n_findings"] for c in listed(spec, "/calls?sort=findings")]
    assert found == sorted(found, reverse=True) and found[0] >= 3
    assert listed(spec, "/calls?sort=call&q=C0000") == [f"C0000{i}" for i in range(10)]
    html = spec.get("/calls?sort=score").text
    assert "page=2" in html and "sort=score&amp;page=2" in html  # the pager keeps the order
    second = [site.store.call_row(c)["score"] for c in listed(spec, "/calls?sort=score&page=2")]
    assert min(second) >= max(scores)
    body = spec.get("/exports/calls.csv?sort=score&date_from=2026-11-10&date_to=2026-11-10").text
    exported = [float(line.split(",")[3]) for line in body.splitlines()[1:]]
    assert exported == sorted(exported) and exported
    assert spec.get("/calls?sort=password").status_code == 400


def test_agents_filter_their_own_calls_too(clients):
    agent = clients["agent_a"]
    html = agent.get("/calls").text
    form = re.search(r'<form method="get" action="/calls".*?</form>', html, re.S).group(0)
    assert 'name="q"' in form and 'name="date_from"' in form and 'name="sort"' in form
    assert 'name="agent"' not in form and 'name="queue"' not in form  # their own calls; no queue
    assert listed(agent, "/calls?q=XSS") == ["A-XSS"]
    assert listed(agent, "/calls?sort=oldest")[-1] == "A-XSS"
    assert listed(agent, "/calls?kind=forbidden_phrase&date_from=2026-11-25") == ["A-XSS", "A-AUDIO"]


def test_the_audit_log_filters_by_date_range_and_exports_formula_safe(site, clients):
    from qa_pipeline.store.schema import audit_log as log

    with site.store.engine.begin() as conn:
        conn.execute(log.insert(), [dict(at=datetime(2026, 1, d, 12), user="old_admin", action="export", target="x",
                                         ip="10.0.0.1", detail=detail)
                                    for d, detail in ((1, "first"), (2, "=HYPERLINK(\"http://evil\")"), (3, "third"))])
    admin = clients["admin"]
    html = admin.get("/admin/audit?who=old_admin&date_from=2026-01-02&date_to=2026-01-03").text
    assert "2 条 entries" in html and "first" not in html and "third" in html
    assert 'href="/admin/audit.csv?who=old_admin&amp;date_from=2026-01-02&amp;date_to=2026-01-03"' in html
    r = admin.get("/admin/audit.csv?who=old_admin&date_from=2026-01-02")
    assert r.status_code == 200 and r.text.startswith("\ufeffat (Asia/Shanghai),user,action,target,ip,detail\n")
    lines = r.text.splitlines()[1:]
    # oldest first, in the call centre's time (kept in UTC: 12:00 there is 20:00 in Shanghai)
    assert [line.split(",")[0] for line in lines] == ["2026-01-02 20:00:00", "2026-01-03 20:00:00"]
    assert "'=HYPERLINK" in lines[0]  # a formula is text in Excel
    assert admin.get("/admin/audit?date_from=2026-02-30").status_code == 400
    with site.store.engine.connect() as conn:  # the export itself is on record
        assert conn.execute(select(log).where(log.c.action == "export", log.c.target == "audit.csv")).first()


def test_every_time_is_shown_in_the_configured_zone_and_says_so(site, clients):
    """Call times are local already; appeal, grade and audit times are kept in UTC and converted."""
    with site.store.engine.connect() as conn:
        filed = conn.execute(select(appeals.c.created_at).where(appeals.c.id == site.ids["appeal_b"])).scalar()
    local = (filed.replace(tzinfo=timezone.utc)).astimezone(ZoneInfo("Asia/Shanghai")).strftime("%Y-%m-%d %H:%M")
    html = clients["agent_b"].get("/appeals?status=all").text
    assert local in html and "提交 Filed (Asia/Shanghai)" in html
    assert filed.strftime("%Y-%m-%d %H:%M") not in html or filed.hour == (filed.hour + 8) % 24
    call = clients["specialist"].get("/calls/A-AUDIO").text
    assert "2026-11-25 10:00 Asia/Shanghai" in call  # as the file name said it: not shifted
    for url in ("/calls", "/sample", "/calibration"):
        assert "(Asia/Shanghai)" in clients["specialist"].get(url).text, url
    for url in ("/admin/users", "/admin/audit"):
        page = clients["admin"].get(url).text
        assert "(Asia/Shanghai)" in page and "(UTC)" not in page, url
