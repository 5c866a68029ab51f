"""tools/gen_calls --profile blind5: the fifth blind evaluation set's text, kind plan and labels (issue 11).

Kokoro lives in the generator's own venv, so the calls here are spoken by a stand-in voice (a
voiced buzz at a Kokoro-like 240 字/分): what is under test is the phrase tables, the profile's
wiring and the truth labels, which ``generate.py --check`` holds against the audio.  These tests
never print or compare against the sentences themselves.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools" / "gen_calls"))

import blind4  # noqa: E402
import blind4_text  # noqa: E402
import blind5_text as B  # noqa: E402
import generate as G  # noqa: E402
import heldout  # noqa: E402
import heldout_text  # noqa: E402
import set_counts  # noqa: E402

RULE_KINDS = ["missing_greeting", "missing_closing", "filler", "fast_speech", "long_hold",
              "unannounced_hold", "forbidden_phrase", "interruption"]
EARLIER = {"heldout": heldout_text, "blind4": blind4_text}


class StandInVoice:
    """KokoroEngine's interface: a voiced buzz (harmonics of a per-voice f0, 4 Hz syllable
    envelope, 40 ms onset and decay) lasting as long as Kokoro would speak the text at 240 字/分."""

    hits, synth_seconds, synth_audio_s = 0, 0.0, 0.0

    def unit_cpm(self, voice: str) -> float:
        return 240.0

    def phrase(self, text: str, voice: str, speed: float) -> np.ndarray:
        t = np.arange(int(G.n_chars(text) / 4.0 / speed * G.SR)) / G.SR
        f0 = 120 + 100 * (sum(map(ord, voice)) % 7) / 7
        y = sum(np.sin(2 * np.pi * k * f0 * t) / k for k in range(1, 6))
        y *= 0.6 + 0.4 * np.abs(np.sin(4 * np.pi * t + 0.5))
        # voices decay at a phrase's end: a cut-off buzz rings through the line's band filter
        # past the clip and reads as an edge in the wrong place
        n = min(len(y) // 4, G.SR * 40 // 1000)
        ramp = np.sin(np.linspace(0, np.pi / 2, n)) ** 2
        y[:n] *= ramp
        y[len(y) - n:] *= ramp[::-1]
        return heldout.fade(0.3 * y / np.abs(y).max())


def one_call(out: Path, kinds: list[str], seed: int = 5) -> dict:
    out.mkdir(exist_ok=True)
    P = dict(blind4.BLIND5_DEFAULTS, voices=heldout.ALL_VOICES, pace="calibrated")
    engine = StandInVoice()
    agents = heldout.make_agents_heldout(random.Random(seed), P["n_agents"], P, engine, H=B)
    spread = heldout.spread_plan([kinds], H=B, taboo_lines=P["taboo_lines"])[0]
    return heldout.generate_call_heldout(engine, call_id="R0001", agent=agents[seed % len(agents)], kinds=kinds,
                                         seed=seed, started_at=dt.datetime(2026, 11, 20, 10, 0, 0), target_s=70,
                                         extra_holds=1, out=out, P=P, spread=spread, profile="blind5", H=B)


def test_phrase_tables_keep_the_invariants_the_labels_rely_on():
    assert B.lint() > 100


def test_lint_catches_a_taboo_key_in_a_clean_agent_line(monkeypatch):
    key = B.HO_FORBIDDEN[0][3]
    monkeypatch.setattr(B, "HO_ACK_AGENT", B.HO_ACK_AGENT + [f"好的，{key}。"])
    with pytest.raises(AssertionError, match=key):
        B.lint()


def test_lint_catches_a_return_without_thanks_that_thanks(monkeypatch):
    monkeypatch.setattr(B, "HO_RESUME_NO_THANKS", B.HO_RESUME_NO_THANKS + ["感谢您，结果出来了。"])
    with pytest.raises(AssertionError, match="no-thanks resume"):
        B.lint()


def test_lint_catches_a_standard_closing_whose_last_sentence_only_thanks(monkeypatch):
    monkeypatch.setitem(B.HO_CLOSING_BYE, None, B.HO_CLOSING_BYE[None] + ["祝您顺利，再见。谢谢。"])
    with pytest.raises(AssertionError, match="last sentence"):
        B.lint()


@pytest.mark.parametrize("seed", range(40))
def test_every_rule_kind_is_in_two_calls_and_three_of_twelve_are_clean(seed):
    plan = blind4.plan_kinds_blind4(random.Random(seed), 12, None, blind4.BLIND5_DEFAULTS)
    per_kind = Counter(k for ks in plan for k in ks)
    assert len(plan) == 12
    assert sum(not ks for ks in plan) == 3
    assert set(per_kind) == set(RULE_KINDS)
    assert min(per_kind.values()) >= 2
    assert all(len(ks) == 2 == len(set(ks)) for ks in plan if ks)


def test_blind_profiles_are_registered_once():
    assert_registered("blind5", B)


AGENT_TABLES = ["HO_GREETINGS", "HO_BAD_GREETINGS", "HO_CLOSING_ASK", "HO_BAD_CLOSINGS", "HO_HOLD_ANNOUNCE",
                "HO_HOLD_THANKS", "HO_RESUME_NO_THANKS", "HO_UNANNOUNCED_PRE", "HO_ACK_AGENT", "HO_INTERRUPT_AGENT",
                "HO_EARLY_AGENT", "HO_AFTER_EARLY_AGENT", "HO_INTERRUPT_CUST"]


def assert_new_to(B, E, tables: list[str]) -> None:
    """Phrase tables ``B`` share no line of ``tables``, no closing, taboo key, business line, centre
    or generic answer with the earlier profile's ``E`` (also used by the later profiles' tests)."""
    for name in tables:
        assert not set(getattr(B, name)) - {None} & set(getattr(E, name)), name
    closings = lambda m: {c for v in m.HO_CLOSING_BYE.values() for c in v}  # noqa: E731
    assert not closings(B) & closings(E)
    keys = {k for _, _, _, k in E.HO_FORBIDDEN}
    assert not [old for _, _, line, _ in B.HO_FORBIDDEN for old in keys if old in line]
    assert not set(B.HO_DOMAINS_LIST) & set(E.HO_DOMAINS_LIST)
    centres = lambda m: {c for d in m.HO_DOMAINS.values() for c, _ in d["companies"]}  # noqa: E731
    assert not centres(B) & centres(E)
    assert not {a for _, a in B.HO_GENERIC_QA} & {a for _, a in E.HO_GENERIC_QA}


def assert_registered(profile: str, B) -> None:
    assert set(G.BLIND_PROFILES) == set(blind4.PROFILES)
    assert blind4.PROFILES[profile][0] is B
    assert heldout.phrase_tables(profile) is B


@pytest.mark.parametrize("earlier", sorted(EARLIER))
def test_agent_phrasings_centres_and_lines_are_new_to_the_earlier_sets(earlier):
    assert_new_to(B, EARLIER[earlier], AGENT_TABLES)


def test_six_taboo_families_three_wordings_each():
    families = Counter(f for f, _, _, _ in B.HO_FORBIDDEN)
    assert set(families) == {"blame_customer", "refuse_responsibility", "do_it_yourself", "take_or_leave",
                             "impatience", "sarcasm"}
    assert min(families.values()) >= 3


def test_read_backs_are_not_questions_for_a_slot():
    for sl, lines in B.HO_READBACK.items():
        for line in lines:
            assert B.slot_asked(line) is None, sl
    assert B.slot_asked("请问您的资金账号是多少？") == "account"


# every rule kind in one of three calls (the set's calls have two kinds; four here keep the test short)
THREE_CALLS = [[], ["missing_greeting", "fast_speech", "forbidden_phrase", "interruption"],
               ["missing_closing", "filler", "long_hold", "unannounced_hold"]]


@pytest.fixture(scope="module")
def three_calls(tmp_path_factory):
    out = tmp_path_factory.mktemp("blind5")
    return out, [one_call(out, kinds, seed=i) for i, kinds in enumerate(THREE_CALLS)]


def test_blind5_calls_pass_the_generators_check(three_calls):
    out, trs = three_calls
    for kinds, tr in zip(THREE_CALLS, trs):
        assert tr["conditions"]["profile"] == "blind5"
        assert set(kinds) <= {e["kind"] for e in tr["events"]}
    assert G.check_dir(out) == 0


def counts_without_a_sentence(out: Path, trs: list[dict]) -> str:
    """The set's counts (``set_counts.report``), checked to quote no sentence of the calls: a
    blind set's README must not teach its phrasings (also used by the later profiles' tests)."""
    text = set_counts.report(set_counts.load(out))
    spoken = {u["text"] for tr in trs for u in tr["utterances"]} | {x["text"] for tr in trs for x in tr["lookalikes"]}
    assert not [t for t in spoken if len(t) > 4 and t in text]
    return text


def assert_same_from_the_same_seed(make_call, tmp_path: Path) -> None:
    """Two calls made by ``make_call`` from one seed: the same truth and the same audio bytes."""
    a = make_call(tmp_path / "a", ["filler"], seed=9)
    b = make_call(tmp_path / "b", ["filler"], seed=9)
    assert a == b
    assert (tmp_path / "a" / a["file"]).read_bytes() == (tmp_path / "b" / b["file"]).read_bytes()


def test_the_set_counts_count_without_a_sentence(three_calls):
    text = counts_without_a_sentence(*three_calls)
    assert "| forbidden_phrase | 1 | 3 |" in text          # three taboo lines in the one call
    assert "3 calls, 1 clean" in text


def test_a_blind5_call_is_the_same_from_the_same_seed(tmp_path):
    assert_same_from_the_same_seed(one_call, tmp_path)
