"""The web app masks personal data on every page and in the recording, except for a permitted role that asks."""

from __future__ import annotations

import dataclasses
import hashlib
import io
from datetime import datetime

import numpy as np
import pytest

from conftest import transcript, utt
from qa_pipeline.records import Call, Finding, ScoredCall
from qa_pipeline.scoring import score_call
from test_privacy_outputs import CARD, ID_SPOKEN

pytest.importorskip("fastapi", reason="the web app's dependencies are not installed")
from test_web_access import login, write_recording  # noqa: E402
from qa_pipeline.web.app import create_app  # noqa: E402
from qa_pipeline.web.auth import add_user  # noqa: E402

SECRETS = (ID_SPOKEN[:9], ID_SPOKEN[9:-1], CARD[:8], CARD[8:])
NUMBER_S = (3.5, 5.5)  # when the customer reads the numbers in the recording
PASSWORD = "a-long-password-1"


@pytest.fixture(scope="module")
def site(tmp_path_factory, config):
    from qa_pipeline.store import Store

    tmp = tmp_path_factory.mktemp("webprivacy")
    store = Store(f"sqlite:///{tmp / 'store.sqlite'}")
    wav = write_recording(tmp / "8001_call.wav")
    card_turn = f"卡号是{CARD[:8]} {CARD[8:]}"
    t = transcript(utt("agent", 0.5, 3.0, "请问您的身份证号和卡号？"),
                   utt("customer", 3.5, 4.4, f"身份证{ID_SPOKEN[:9]}，"), utt("customer", 4.5, 5.5, f"{ID_SPOKEN[9:]}。{card_turn}"),
                   duration=6.0)
    found = [Finding("repeated_question", "repeated_question", "minor", 3.5, 5.5, card_turn, 0.95, f"gave 「{card_turn}」")]
    ruleset = config.ruleset_for("default")
    store.save_done(Call("P1", str(wav), "8001", datetime(2026, 11, 25, 10)), transcript=t, run_id=None,
                    scored=ScoredCall(tuple(found), score_call(found, ruleset, config.scoring), ruleset.version),
                    audio_sha256=hashlib.sha256(b"P1").hexdigest())
    permitted = dataclasses.replace(config, privacy=dataclasses.replace(config.privacy, view_roles=("admin",)))
    app = create_app(permitted, store)
    for name, role in (("specialist", "specialist"), ("trainer", "trainer"), ("admin", "admin")):
        add_user(store, name, PASSWORD, role, None)
    return app, store, wav


def page(app, user: str, url: str):
    response = login(app, user, PASSWORD).get(url)
    assert response.status_code == 200, response.text
    return response


@pytest.mark.parametrize("user, url", [("specialist", "/calls/P1"), ("specialist", "/calls/P1?personal=1"),
                                       ("specialist", "/calls"), ("specialist", "/appeals"), ("specialist", "/sample"),
                                       ("specialist", "/exports/calls.csv"), ("trainer", "/trainer"),
                                       ("admin", "/calls/P1"), ("admin", "/admin/audit")])
def test_pages_show_no_personal_data(site, user, url):
    app, _, _ = site
    html = page(app, user, url).text
    assert not [s for s in SECRETS if s in html]


def test_a_permitted_role_sees_it_when_asking_and_the_view_is_audit_logged(site):
    app, store, _ = site
    html = page(app, "admin", "/calls/P1?personal=1").text
    assert CARD[:8] in html and "audit" in html
    _, entries = store.accounts.audit_page("admin", "view personal data", 0, 10)
    assert [e["target"] for e in entries] == ["P1"]


def played(app, user: str, url: str) -> tuple[np.ndarray, int]:
    import soundfile as sf

    data, rate = sf.read(io.BytesIO(page(app, user, url).content), always_2d=True)
    return data, rate


def test_the_recording_played_has_the_numbers_under_a_tone(site):
    import soundfile as sf

    app, _, wav = site
    original, original_rate = sf.read(wav, always_2d=True)
    heard, rate = played(app, "specialist", "/calls/P1/audio")
    a, b = int((NUMBER_S[0] + 0.2) * rate), int((NUMBER_S[1] - 0.2) * rate)
    customer = heard[a:b, 1]
    spectrum = np.abs(np.fft.rfft(customer))
    assert np.argmax(spectrum) == pytest.approx(1000 * len(customer) / rate, abs=2)  # the tone, not the voice at 180 Hz
    # outside the numbers the recording is as it was (the agent's question at 0.5–3 s)
    agent_before = heard[int(1.0 * rate):int(2.5 * rate), 0]
    agent_original = original[int(1.0 * original_rate):int(2.5 * original_rate), 0]
    assert np.corrcoef(agent_before, agent_original[: len(agent_before)])[0, 1] > 0.95
    # a permitted role asking hears the original file
    assert page(app, "admin", "/calls/P1/audio?personal=1").content == wav.read_bytes()
