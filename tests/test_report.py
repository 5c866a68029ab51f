"""The static HTML report: complete, escaped, and its charts render in a real browser."""

import re
import shutil
from pathlib import Path

import pytest

from qa_pipeline.report import write_report

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


@pytest.fixture(scope="module")
def report(tmp_path_factory, config):
    import sys

    sys.path.insert(0, str(Path(__file__).parent))
    from test_trends import simulate

    from qa_pipeline.store import Store

    store = Store(f"sqlite:///{tmp_path_factory.mktemp('report') / 'qa.sqlite'}")
    simulate(store)
    ids = [r["call_id"] for r in store.iter_calls()]
    return write_report(store, ids, tmp_path_factory.mktemp("out"), config)


def test_report_is_one_self_contained_file_with_every_section(report):
    html = report.read_text(encoding="utf-8")
    for section in ("Summary", "Flagged calls", "Most common errors", "control charts"):
        assert section in html
    assert "<svg" in html and not re.search(r'(src|href)="https?:|url\(https?:|<link', html)  # nothing fetched
    assert "工号8003" in html and "口头禅" in html
    assert html.index("工号8003") < html.index("工号8001")  # agents with signals first


def test_transcript_text_is_escaped(tmp_path, config, store):
    from conftest import transcript, utt
    from qa_pipeline.records import Call, CallScore, Finding, ScoredCall

    evil = "<script>alert(1)</script>"
    t = transcript(utt("agent", 0.5, 3.0, evil))
    found = (Finding("forbidden_phrase", "forbidden_phrase", "major", 0.5, 3.0, evil, 0.9),)
    store.save_done(Call("X1", "x.wav", "8001"), audio_sha256="f" * 64, transcript=t,
                    scored=ScoredCall(found, CallScore(90.0, "优秀", False, False), "base-1"), run_id=None)
    html = write_report(store, ["X1"], tmp_path, config).read_text(encoding="utf-8")
    assert evil not in html and "&lt;script&gt;" in html


@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed (scripts/setup.sh installs it as root)")
def test_report_opens_in_a_headless_browser_and_its_charts_render(report, tmp_path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        errors = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(report.as_uri())
        charts = page.locator("figure.chart svg")
        assert charts.count() >= 3
        for i in range(charts.count()):
            box = charts.nth(i).bounding_box()
            assert box and box["width"] > 300 and box["height"] > 100
        assert page.locator("#errors tr").count() >= 2  # header and the fillers
        page.screenshot(path=str(tmp_path / "report.png"), full_page=True)
        shutil.copy(tmp_path / "report.png", Path(report).with_name("report.png"))
        browser.close()
    assert not errors and (tmp_path / "report.png").stat().st_size > 20_000
