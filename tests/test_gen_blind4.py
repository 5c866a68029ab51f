"""tools/gen_calls --profile blind4: the blind evaluation set's text and kind plan (issue 11).

No audio here (Kokoro lives in the generator's own venv): these check what the truth labels rely
on, that the set is balanced as promised, and that its phrasings are new.  They never print or
compare against the sentences themselves.
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools" / "gen_calls"))

import blind4  # noqa: E402
import blind4_text as B  # noqa: E402
import heldout_text as H  # noqa: E402

RULE_KINDS = ["missing_greeting", "missing_closing", "filler", "fast_speech", "long_hold",
              "unannounced_hold", "forbidden_phrase", "interruption"]


def test_phrase_tables_keep_the_invariants_the_labels_rely_on():
    assert B.lint() > 100


def test_lint_catches_a_tic_in_a_clean_agent_line(monkeypatch):
    monkeypatch.setattr(B, "HO_ACK_AGENT", B.HO_ACK_AGENT + ["嗯，好的，我记下了。"])
    with pytest.raises(AssertionError, match="嗯"):
        B.lint()


def test_lint_catches_a_bad_closing_that_says_goodbye(monkeypatch):
    monkeypatch.setattr(B, "HO_BAD_CLOSINGS", B.HO_BAD_CLOSINGS + ["行，再见。"])
    with pytest.raises(AssertionError, match="farewell"):
        B.lint()


@pytest.mark.parametrize("seed", range(40))
def test_every_rule_kind_is_in_three_calls_and_a_quarter_are_clean(seed):
    plan = blind4.plan_kinds_blind4(random.Random(seed), 16, None, blind4.BLIND4_DEFAULTS)
    per_kind = Counter(k for ks in plan for k in ks)
    assert len(plan) == 16
    assert sum(not ks for ks in plan) == 4
    assert set(per_kind) == set(RULE_KINDS)
    assert min(per_kind.values()) >= 3
    assert all(len(set(ks)) == len(ks) for ks in plan)


def test_the_plan_is_deterministic_from_the_seed():
    a = blind4.plan_kinds_blind4(random.Random(7), 16, None, blind4.BLIND4_DEFAULTS)
    b = blind4.plan_kinds_blind4(random.Random(7), 16, None, blind4.BLIND4_DEFAULTS)
    assert a == b


def test_agent_phrasings_are_new_to_the_held_out_sets():
    tables = ["HO_GREETINGS", "HO_BAD_GREETINGS", "HO_CLOSING_ASK", "HO_BAD_CLOSINGS", "HO_HOLD_ANNOUNCE",
              "HO_HOLD_THANKS", "HO_RESUME_NO_THANKS", "HO_INTERRUPT_AGENT", "HO_EARLY_AGENT"]
    for name in tables:
        assert not set(getattr(B, name)) & set(getattr(H, name)), name
    closings = lambda m: {c for v in m.HO_CLOSING_BYE.values() for c in v}  # noqa: E731
    assert not closings(B) & closings(H)
    assert not {k for _, _, _, k in B.HO_FORBIDDEN} & {k for _, _, _, k in H.HO_FORBIDDEN}
    assert not set(B.HO_DOMAINS_LIST) & set(H.HO_DOMAINS_LIST)


def test_every_taboo_family_of_the_trade_is_there():
    families = Counter(f for f, _, _, _ in B.HO_FORBIDDEN)
    assert set(families) == {"blame_understanding", "refuse_responsibility", "read_yourself", "take_or_leave",
                             "impatience"}
    assert min(families.values()) >= 3


def test_read_backs_are_not_questions_for_a_slot():
    for sl, lines in B.HO_READBACK.items():
        for line in lines:
            assert B.slot_asked(line) is None, sl
    assert B.slot_asked("请问您的保单号是多少？") == "account"
