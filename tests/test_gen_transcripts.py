"""tools/gen_calls/transcripts.py: labelled synthetic transcripts for the grade/category classifier.

Checks that the corpus is deterministic, reads back through the transcripts export reader,
has the label balance it promises, looks like ASR output, and, most of all, that the project's
own rules find the defects it injects and leave its clean calls alone.
"""

from __future__ import annotations

import csv
import random
import sys
from collections import Counter
from pathlib import Path

import pytest

from qa_pipeline.config import load_config
from qa_pipeline.export import read_transcripts
from qa_pipeline.rules import KINDS, compile_ruleset
from qa_pipeline.rules.context import voiced_seconds

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tools" / "gen_calls"))

import categories as CAT  # noqa: E402
import transcripts as G  # noqa: E402

N_RULES = 600  # calls checked against the rules (enough for ≥ 10 of every defect kind)
SEED = 20261001


@pytest.fixture(scope="module")
def corpus():
    return G.generate_corpus(N_RULES, seed=SEED)


@pytest.fixture(scope="module")
def found(corpus):
    rules = compile_ruleset(load_config().ruleset_for("default"))
    return [{f.kind for f in rules.run(c.transcript)} for c in corpus]


def test_same_seed_same_bytes(tmp_path):
    a, b = G.generate_corpus(40, seed=3), G.generate_corpus(40, seed=3)
    G.write_corpus(a, tmp_path / "a")
    G.write_corpus(b, tmp_path / "b")
    for name in ("transcripts.jsonl.gz", "labels.csv"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    assert [G.call_to_json(c) for c in G.generate_corpus(40, seed=4)] != [G.call_to_json(c) for c in a]
    # call i depends on (seed, i) only: a smaller corpus is a prefix of a bigger one
    assert G.generate_corpus(10, seed=3) == a[:10]
    assert not list(tmp_path.glob("*/*.tmp")) and not list(tmp_path.glob("*/.*"))


def test_round_trip_through_the_export_reader(tmp_path):
    calls = G.generate_corpus(30, seed=11)
    G.write_corpus(calls, tmp_path)
    read = list(read_transcripts(tmp_path / "transcripts.jsonl.gz"))
    assert len(read) == len(calls)
    for (stored, transcript), call in zip(read, calls):
        assert transcript == call.transcript
        assert (stored.call_id, stored.agent_id, stored.started_at) == (call.call_id, call.agent_id, call.started_at)
    with open(tmp_path / "labels.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == ["call_id", "grade", "category", "grader"]
    assert [(r["call_id"], r["grade"], r["category"], r["grader"]) for r in rows] == \
        [(c.call_id, c.grade, c.category, c.grader) for c in calls]


def test_cli_writes_both_files(tmp_path):
    assert G.main(["--n", "3", "--seed", "2", "--out", str(tmp_path)]) == 0
    assert len(list(read_transcripts(tmp_path / "transcripts.jsonl.gz"))) == 3
    assert (tmp_path / "labels.csv").read_text(encoding="utf-8").count("\n") == 4


def test_label_balance(corpus):
    calls = corpus[:400]
    n = len(calls)
    share = Counter(c.category for c in calls)
    for category, target in CAT.CATEGORY_WEIGHTS.items():
        assert abs(share[category] / n - target) < 0.07, (category, share)
    clean = sum(not c.defects for c in calls) / n
    assert 0.27 < clean < 0.43
    # 1-3 injected kinds (an unannounced hold also lacks the thanks after it: one more)
    assert all(len(c.defects) <= 4 and set(c.defects) <= set(G.DEFECT_KINDS) for c in calls)
    grades = Counter(c.grade for c in calls)
    assert set(grades) == {"优秀", "合格", "不合格"} and grades["优秀"] > grades["合格"] > grades["不合格"]
    assert Counter(c.grader for c in calls).keys() == {"G1", "G2", "G3"}
    assert len({c.agent_id for c in calls}) == 12
    # complaints get missing_empathy more often than the rest
    def rate(cs):
        return sum("missing_empathy" in c.defects for c in cs) / max(len(cs), 1)
    assert rate([c for c in calls if c.category == "投诉"]) > 1.5 * rate([c for c in calls if c.category != "投诉"])
    # graders: the grade follows the true points (noise and flips aside)
    for c in calls:
        assert c.true_points == max(0.0, 100 - sum(G.DEFECT_WEIGHTS[k] for k in c.defects))
    agree = sum(G._grade(c.true_points) == c.grade for c in calls) / n
    assert 0.6 < agree < 0.97


def test_looks_like_asr_output(corpus):
    for c in corpus[:150]:
        t = c.transcript
        assert t.layout == "agent_left" and 88 <= t.duration_s <= 380
        assert [u.start for u in t.utterances] == sorted(u.start for u in t.utterances)
        assert [s.start for s in t.speech] == sorted(s.start for s in t.speech)
        assert {u.role for u in t.utterances} == {"agent", "customer"}
        for u in t.utterances:
            assert u.words and "".join(w.text for w in u.words) == u.text
            assert u.start == u.words[0].start and u.end == u.words[-1].end
            assert all(a.end <= b.start for a, b in zip(u.words, u.words[1:]))
            assert all(0.5 <= w.probability <= 1.0 and 1 <= sum(ch.isalnum() for ch in w.text) <= 2 for w in u.words)
            assert abs(u.confidence - sum(w.probability for w in u.words) / len(u.words)) < 1e-3
            # every utterance is inside its own side's voice activity
            assert any(s.role == u.role and s.start <= u.start + 1e-9 and u.start < s.end for s in t.speech)
            n = sum(ch.isalnum() for ch in u.text)
            if n >= 12 and "fast_speech" not in c.defects:
                lo, hi = (225, 295) if u.role == "agent" else (215, 305)
                assert lo <= 60 * n / voiced_seconds(u) <= hi, (u.role, u.text)


def test_clean_agent_lines_have_no_tics_or_taboo():
    """categories.py: what an agent says in a clean call opens no clause with a tic and says no taboo."""
    from qa_pipeline.rules import rule_params
    from qa_pipeline.rules.filler import tics_in
    from qa_pipeline.rules.taboo import _taboo_in

    rules = {r.kind: r for r in load_config().ruleset_for("default").enabled()}
    filler, taboo = rule_params(rules["filler"]), rule_params(rules["forbidden_phrase"])
    slots = G._slots(random.Random(0), "8001", "测试热线", True, "户号")
    lines = list(CAT.GREETINGS) + list(CAT.CLOSING_ASK) + list(CAT.EMPATHY_PREFIX) + list(CAT.COLD_REPLIES)
    lines += list(CAT.COLD_ANSWERS) + [a for v in CAT.FOLLOW_UPS.values() for _, a in v]
    lines += [a for _, _, a in CAT.NEW_VALUE] + [q for q, _, _ in CAT.CONTACT_VERIFY]
    for issues in list(CAT.ISSUES.values()) + [CAT.ANY_DOMAIN_ISSUES]:
        for issue in issues:
            lines += list(issue["result"]) + [a for _, a in issue.get("qa", ())]
    rng = random.Random(1)
    for template in lines:
        for _ in range(3 if "[" in template else 1):  # [a|b] alternatives
            text = G._fill(template, rng, slots)
            assert not tics_in(text, filler), text
            assert _taboo_in(text, taboo) is None, text
    for _, line, phrase in CAT.FORBIDDEN_EXTRA:
        assert _taboo_in(line, taboo) is not None, line


def test_rules_find_the_injected_defects(corpus, found):
    """Call level: a kind injected into a call is found there (recall ≥ 0.7); a kind not in a
    call is rarely reported (≤ 0.1); clean calls keep clear of the major findings (≥ 90 %)."""
    positives, hits, negatives, false = Counter(), Counter(), Counter(), Counter()
    for call, kinds in zip(corpus, found):
        truth = set(call.defects)
        for kind in KINDS:
            if kind in truth:
                positives[kind] += 1
                hits[kind] += kind in kinds
            else:
                negatives[kind] += 1
                false[kind] += kind in kinds
    table = {k: (positives[k], round(hits[k] / max(positives[k], 1), 3), round(false[k] / max(negatives[k], 1), 3))
             for k in KINDS}
    for kind, (n, recall, false_alarm) in table.items():
        assert n >= 10, (kind, table)
        assert recall >= 0.7, (kind, table)
        assert false_alarm <= 0.1, (kind, table)
    clean = [kinds for call, kinds in zip(corpus, found) if not call.defects]
    spotless = sum(not kinds & {"missing_greeting", "forbidden_phrase", "long_hold"} for kinds in clean)
    assert len(clean) > 100 and spotless / len(clean) >= 0.9
