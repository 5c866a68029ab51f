"""The web app in a real browser (Debian's chromium through Playwright), served by uvicorn:
an agent seeks to a finding and appeals, a specialist rejects a finding and sees the score
change, a trainer sees the common errors, an admin the users. Screenshots of each view go to
$QA_SCREENSHOTS (default: the test's tmp dir)."""

from __future__ import annotations

import os
import re
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(),
                                reason="Debian's chromium is not installed (scripts/setup.sh installs it as root)")
pytest.importorskip("fastapi", reason="the web app's dependencies are not installed")
pytest.importorskip("playwright", reason="playwright is not installed (dev extra)")

from test_web_access import ACCOUNTS, build_site  # noqa: E402


@pytest.fixture(scope="module")
def server(tmp_path_factory, config):
    """The app on a free loopback port, in a thread; yields (base URL, site)."""
    import uvicorn

    folder = tmp_path_factory.mktemp("webui")
    site = build_site(folder, config, f"sqlite:///{folder / 'qa.sqlite'}")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(site.app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", site
    server.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    out = Path(os.environ.get("QA_SCREENSHOTS") or tmp_path_factory.mktemp("screenshots"))
    out.mkdir(parents=True, exist_ok=True)
    return out


def signed_in(browser, base: str, name: str, problems: list[str], password: str | None = None):
    """A page in a fresh browser context, logged in as ``name`` through the form."""
    context = browser.new_context(viewport={"width": 1360, "height": 900}, base_url=base)
    page = context.new_page()
    # console errors include CSP violations; failed requests are named by their URL
    page.on("console", lambda m: problems.append(f"{name}: {m.text}") if m.type == "error" else None)
    page.on("response", lambda r: problems.append(f"{name}: {r.status} {r.url}") if r.status >= 400 else None)
    page.on("pageerror", lambda e: problems.append(f"{name}: {e}"))
    page.goto("/login")
    page.fill("input[name=username]", name)
    page.fill("input[name=password]", password or ACCOUNTS[name][2])
    page.click("form[action='/login'] button")
    page.wait_for_load_state()
    assert "/login" not in page.url, page.content()[:500]
    return page


def until(page, expression: str, timeout: float = 10.0) -> None:
    """Poll ``expression`` in the page from here: Playwright's wait_for_function evaluates a
    string, which the app's Content-Security-Policy (rightly) forbids."""
    deadline = time.monotonic() + timeout
    while not page.evaluate(expression):
        assert time.monotonic() < deadline, f"timed out waiting for {expression}"
        time.sleep(0.05)


def show(capsys, *paths: Path) -> None:
    with capsys.disabled():  # on the terminal even without -s
        for path in paths:
            print(f"\nscreenshot: {path}")


def listens(site, user: str) -> list:
    from sqlalchemy import select

    from qa_pipeline.store.schema import audit_log

    with site.store.engine.connect() as conn:
        return conn.execute(select(audit_log.c.id).where(audit_log.c.user == user, audit_log.c.action == "listen")).all()


def current_time(page) -> float:
    return page.evaluate("document.getElementById('player').currentTime")


def player_state(page) -> dict:
    """What the player says of itself, for a failure's message."""
    return page.evaluate("(p => ({readyState: p.readyState, networkState: p.networkState, seeking: p.seeking, "
                         "paused: p.paused, error: p.error && p.error.code}))(document.getElementById('player'))")


def test_agent_seeks_to_a_finding_and_appeals(server, browser, shots, capsys):
    base, site = server
    problems: list[str] = []
    page = signed_in(browser, base, "agent_a", problems)
    until(page, "document.querySelector('figure.chart img').complete")
    assert page.locator("figure.chart img").evaluate("img => img.naturalWidth > 0")  # own control chart
    listened = len(listens(site, "agent_a"))
    page.click("a[href='/calls/A-AUDIO']")
    until(page, "document.getElementById('waveform').complete")
    # opening the page fetches no audio, so it logs no listen (issue 16 §4); ▶ or a seek will
    assert page.evaluate("document.getElementById('player').readyState") == 0
    assert len(listens(site, "agent_a")) == listened
    assert page.locator("#waveform").evaluate("img => img.naturalWidth > 0")
    taboo = site.finding("A-AUDIO", 0)  # 不知道 at 2.0 s
    page.click(f"#f{taboo} button.seek")
    # the seek has landed (not only been asked for: a seek under way already reads 2.0)
    until(page, "(p => !p.seeking && p.readyState >= 2 && Math.abs(p.currentTime - 2.0) < 0.75)"
                "(document.getElementById('player'))")
    page.evaluate("document.getElementById('player').pause()")
    t = current_time(page)
    assert 2.0 <= t < 2.75, (t, player_state(page), problems)
    assert len(listens(site, "agent_a")) == listened + 1  # the playback, once, however many Range requests
    # the transcript's marked evidence seeks too, and so does a link with #t=SECONDS
    page.click("mark[data-seek='2.0']")
    assert 2.0 <= current_time(page) < 2.75
    page.evaluate("document.getElementById('player').pause()")  # a playing player would run past 4.5 at once
    page.goto("/calls/A-AUDIO#t=4.5")  # opens at that second once ▶ is pressed
    page.evaluate("document.getElementById('player').play()")
    until(page, "document.getElementById('player').currentTime >= 4.5")
    page.evaluate("document.getElementById('player').pause()")
    assert 4.5 <= current_time(page) < 5.5
    page.screenshot(path=str(shots / "agent_call.png"), full_page=True)
    # appeal the closing finding
    closing = site.finding("A-AUDIO", 2)  # (3 has an open appeal already)
    page.fill(f"#f{closing} .appeal-form input[name=comment]", "我说了“感谢来电，再见”")
    with page.expect_navigation():
        page.click(f"#f{closing} .appeal-form button")
    assert "感谢来电，再见" in page.locator(f"#f{closing}").inner_text()
    assert "待处理 open" in page.locator(f"#f{closing}").inner_text()
    page.context.close()
    show(capsys, shots / "agent_call.png")
    assert not problems, problems


def test_specialist_rejects_a_finding_and_the_score_changes(server, browser, shots, capsys):
    base, site = server
    problems: list[str] = []
    page = signed_in(browser, base, "specialist", problems)
    page.goto("/calls?day=2026-11-25")
    assert page.locator("table.list tbody tr").count() == 3
    page.goto("/calls")
    page.screenshot(path=str(shots / "specialist_list.png"), full_page=False)
    page.goto("/calls/B-AUDIO")
    assert page.locator("#score").count() == 1, page.content()[-800:]
    before = int(page.locator("#score").inner_text().split()[0])
    taboo = site.finding("B-AUDIO", 0)
    page.fill(f"#f{taboo} .review-form input[name=comment]", "是客户说的")
    asked: list[str] = []
    page.once("dialog", lambda d: (asked.append(d.message), d.dismiss()))  # cancelling keeps the finding
    page.click(f"#f{taboo} .review-form button[value=rejected]")
    assert asked and "不再扣分" in asked[0] and int(page.locator("#score").inner_text().split()[0]) == before
    page.once("dialog", lambda d: d.accept())
    with page.expect_navigation():
        page.click(f"#f{taboo} .review-form button[value=rejected]")
    assert page.locator("#score").count() == 1, page.content()[-800:]
    after = int(page.locator("#score").inner_text().split()[0])
    assert after == before + 10
    assert "已判为误报" in page.locator(f"#f{taboo}").inner_text()
    assert "服务禁语" not in page.locator("#deductions").inner_text()
    page.screenshot(path=str(shots / "specialist_call.png"), full_page=True)
    page.context.close()
    show(capsys, shots / "specialist_list.png", shots / "specialist_call.png")
    assert not problems, problems


def test_trainer_sees_the_common_errors(server, browser, shots, capsys):
    base, _site = server
    problems: list[str] = []
    page = signed_in(browser, base, "trainer", problems)
    assert page.url.endswith("/trainer")
    rows = page.locator("#kinds tbody tr")
    assert rows.count() >= 2 and "口头禅" in rows.first.inner_text()
    assert "8003" in page.locator("#weakness").inner_text()
    example = page.locator("a.example").first
    href = example.get_attribute("href")
    assert re.search(r"#t=\d+\.\d$", href)
    page.screenshot(path=str(shots / "trainer.png"), full_page=True)
    page.context.close()
    show(capsys, shots / "trainer.png")
    assert not problems, problems


def test_admin_sees_users_and_rule_set_versions(server, browser, shots, capsys):
    base, site = server
    problems: list[str] = []
    page = signed_in(browser, base, "admin", problems)
    assert page.url.endswith("/admin/users")
    assert page.locator("#users tbody tr").count() >= len(ACCOUNTS)
    assert site.config.ruleset_for("default").version in page.content()
    page.screenshot(path=str(shots / "admin_users.png"), full_page=True)
    page.context.close()
    show(capsys, shots / "admin_users.png")
    assert not problems, problems


def test_three_specialists_calibrate_on_ten_calls_and_the_labels_train(server, browser, shots, capsys, config, tmp_path):
    """Issue 16 §1 end to end: a lead sets 10 calls for 3 specialists, each grades blind in the
    browser, the lead reads the agreement, and the majority grades train a model."""
    from qa_pipeline.pipeline import train_from_store
    from qa_pipeline.web.auth import add_user
    from qa_pipeline.web.reviews import record_grade

    base, site = server
    problems: list[str] = []
    passwords = {"cal_b": "cal-b-password", "cal_c": "cal-c-password"}
    for name, password in passwords.items():
        add_user(site.store, name, password, "specialist")
    calls = ["A-AUDIO", "B-AUDIO", "A-XSS"] + [f"C{i:05d}" for i in range(200, 270, 10)]
    lead = signed_in(browser, base, "trainer", problems)
    lead.goto("/calibration")
    lead.fill("input[name=title]", "十一月校准")
    lead.fill("textarea[name=call_ids]", "\n".join(calls))
    for name in ("specialist", "cal_b", "cal_c"):
        lead.check(f"input[name=graders][value={name}]")
    with lead.expect_navigation():
        lead.click("#new-session button")
    session_id = int(lead.url.rsplit("/", 1)[1])
    # each grader: the first call from the session page, then "save and next" through all ten
    verdicts = {"specialist": ("不合格", "合格"), "cal_b": ("不合格", "合格"), "cal_c": ("合格", "合格")}
    for name, (first, rest) in verdicts.items():
        page = signed_in(browser, base, name, problems, passwords.get(name))
        page.goto(f"/calibration/{session_id}")
        page.click("#my-calls a >> nth=0")
        for n in range(len(calls)):
            assert page.locator("#calibration-grade").count() == 1, page.url
            assert page.locator("#deductions, .finding, #waveform").count() == 0  # blind
            if name == "specialist" and n == 0:
                page.screenshot(path=str(shots / "calibration_grade.png"), full_page=True)
            page.fill("input[name=score]", "70" if n == 0 else str(80 + n))
            page.select_option("select[name=grade]", first if n == 0 else rest)
            if n % 3 == 0 or name != "cal_c":
                page.check("input[name=breached][value=filler]")
            with page.expect_navigation():
                page.click("#calibration-grade button")
        assert page.url.endswith(f"/calibration/{session_id}"), page.url
        page.context.close()
    lead.goto(f"/calibration/{session_id}")
    assert lead.locator("#results").count() == 1
    assert lead.locator("#agreement tbody tr").count() == 2 and lead.locator("#pairs tbody tr").count() == 3
    assert lead.locator("#call-disagreement tbody tr").first.inner_text().startswith("A-AUDIO")  # the one split grade
    assert "口头禅" in lead.locator("#item-disagreement tbody tr").first.inner_text()
    lead.screenshot(path=str(shots / "calibration_results.png"), full_page=True)
    lead.goto("/calibration")
    assert lead.locator("#trend tbody tr").count() >= 1 and lead.locator("figure.trend svg").count() == 1
    lead.screenshot(path=str(shots / "calibration_list.png"), full_page=True)
    lead.context.close()
    # the majority grades are labels: with the team's 抽检 grades they train a model
    for i in range(60):
        record_grade(site.store, f"C{300 + i:05d}", ("优秀", "合格", "不合格")[i % 3], "", "specialist")
    spec = signed_in(browser, base, "specialist", problems)
    labels = spec.request.get(f"{base}/exports/manual_grades.csv").text()
    spec.context.close()
    rows = dict(line.split(",")[:2] for line in labels.lstrip("\ufeff").splitlines()[1:])
    assert rows["A-AUDIO"] == "不合格" and all(rows[c] == "合格" for c in calls[1:])
    (tmp_path / "labels.csv").write_text(labels, encoding="utf-8")
    model, missing = train_from_store(config, site.store, tmp_path / "labels.csv")
    assert not missing and model.trained_on >= 70
    show(capsys, shots / "calibration_grade.png", shots / "calibration_results.png", shots / "calibration_list.png")
    assert not problems, problems
