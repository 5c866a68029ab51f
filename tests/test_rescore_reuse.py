"""``rescore`` recomputes only what changed (issue 17): each rule whose digest changed, on each
call whose score digest changed; the stored findings of the other rules are reused.

Every case edits what one input of the digests covers, rescores, and checks two things: that
only what that input concerns ran again, and that the store then holds exactly what a full
recompute (``rescore --full``) writes. A digest that ignored the input would leave stale
findings behind and the second check would fail. SQLite and PostgreSQL alike.
"""

from __future__ import annotations

import functools
import shutil
from collections import Counter
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from sqlalchemy import select, update

from conftest import REPO, transcript, utt
from qa_pipeline import pipeline, rules
from qa_pipeline.cli import cli
from qa_pipeline.config import load_config
from qa_pipeline.export import read_transcripts
from qa_pipeline.records import Call, CallScore, RescoreTally, ScoredCall, Separation
from qa_pipeline.scoring import digests
from qa_pipeline.store import Store
from qa_pipeline.store.schema import calls, findings

HELDOUT = REPO / "data" / "heldout" / "transcripts.jsonl.gz"
CARD_LINE = {"rules": {"business_lines": {"card": "bank_cards"}}}  # every fourth call is on it
NEVER_SCORED = ScoredCall((), CallScore(0.0, "不合格", False, False, ()), "never")  # no digests: as an older store


def config_with(tmp_path: Path, ruleset: str | None = None, edit=None):
    """The shipped settings with ``edit`` applied to ``rulesets/RULESET.yaml`` (as a user edits it)."""
    where = tmp_path / f"configs-{len(list(tmp_path.glob('configs-*')))}"
    shutil.copytree(REPO / "configs", where)
    if ruleset is not None:
        path = where / "rulesets" / f"{ruleset}.yaml"
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        edit(data["rules"])
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return load_config(where / "default.yaml", overrides=CARD_LINE)


def separated_call():
    """A mono call whose separation named the caller agent (the real agent greets as "customer")."""
    t = transcript(utt("customer", 0.5, 5.0, "您好，惠民水务，工号六五二零，很高兴为您服务。"),
                   utt("agent", 5.5, 8.0, "我想查一下水费。"),
                   utt("customer", 8.5, 12.0, "好的，已经为您查到了，感谢您的来电，再见。"), layout="mono")
    return Call("M1", "m1.wav", "6246", datetime(2026, 11, 3, 9)), replace(t, separation=Separation(0.6, "test"),
                                                                          asr_key="mono-test")


@pytest.fixture
def checks(monkeypatch) -> Counter:
    """How many calls each rule kind's check runs on (cleared by ``counted_rescore``)."""
    counts = Counter()

    def counting(kind, check):
        @functools.wraps(check)  # the same __module__: the rule's code digest is unchanged
        def wrapper(rule, params, ctx):
            counts[kind] += 1
            return check(rule, params, ctx)
        return wrapper

    for kind, k in list(rules._KINDS.items()):
        monkeypatch.setitem(rules._KINDS, kind, replace(k, check=counting(kind, k.check)))
    return counts


def counted_rescore(checks: Counter, config, store, model=None, **kw) -> Counter:
    """The rule kinds that ran in one ``rescore``, with the number of calls each ran on."""
    checks.clear()
    pipeline.rescore(config, store, model=model, **kw)
    return +checks


@pytest.fixture
def store(any_store, checks, tmp_path):
    """The 40 held-out calls (every fourth on the card line) and one separated mono call, as an
    older store left them (no digests), then rescored once: every digest stored."""
    stored = list(read_transcripts(HELDOUT)) + [separated_call()]
    for i, (call, t) in enumerate(stored):
        call = replace(call, business_line="card" if i % 4 == 0 else "default")
        any_store.save_done(call, audio_sha256=f"{i:064x}", transcript=t, scored=NEVER_SCORED, run_id=None)
    assert {r["score_digest"] for r in any_store.iter_calls()} == {None}
    ran = counted_rescore(checks, config_with(tmp_path), any_store)
    assert ran["missing_greeting"] == len(stored) and ran["fast_speech"] == len(stored)  # a missing digest: recompute
    return any_store


def contents(store: Store) -> dict:
    """Everything rescore writes: each call's columns (not when) and its findings in written order."""
    with store.engine.connect() as conn:
        rows = {r["call_id"]: {k: v for k, v in r.items() if k != "updated_at"}
                for r in conn.execute(select(calls)).mappings()}
        for r in conn.execute(select(findings).order_by(findings.c.id)).mappings():
            rows[r["call_id"]].setdefault("findings", []).append({k: v for k, v in r.items() if k != "id"})
    return rows


def written_at(store: Store) -> dict[str, datetime]:
    return {r["call_id"]: r["updated_at"] for r in store.iter_calls()}


def assert_same_as_full_recompute(config, store, model=None) -> None:
    incremental = contents(store)
    pipeline.rescore(config, store, model=model, full=True)
    assert contents(store) == incremental


def kinds_of(store: Store, call_id: str) -> Counter:
    return Counter(f.kind for f in store.load(call_id).findings)


def test_nothing_changed_nothing_is_checked_or_written(store, checks, tmp_path):
    config = config_with(tmp_path)
    was = written_at(store)
    assert counted_rescore(checks, config, store) == Counter()
    assert written_at(store) == was
    assert_same_as_full_recompute(config, store)


def test_a_changed_parameter_reruns_that_rule_alone(store, checks, tmp_path):
    before = {r["call_id"]: r for r in contents(store).values()}

    def shorter_holds(r):
        r["long_hold"]["max_s"] = 8  # was 30
    config = config_with(tmp_path, "base", shorter_holds)  # the card line extends base: it changes too
    ran = counted_rescore(checks, config, store)
    assert set(ran) == {"long_hold"} and ran["long_hold"] == 41
    after = contents(store)
    assert sum(len(r.get("findings", [])) for r in after.values()) > sum(len(r.get("findings", [])) for r in before.values())
    assert_same_as_full_recompute(config, store)


def test_a_changed_phrase_list_reruns_that_rule_alone(store, checks, tmp_path):
    def taboo_count():
        return sum(kinds_of(store, r["call_id"])["forbidden_phrase"] for r in store.iter_calls())

    before = taboo_count()

    def one_more_taboo(r):
        r["forbidden_phrase"]["phrases"].append("请问")  # said in many calls
    config = config_with(tmp_path, "base", one_more_taboo)
    ran = counted_rescore(checks, config, store)
    assert set(ran) == {"forbidden_phrase"} and taboo_count() > before
    assert_same_as_full_recompute(config, store)


def test_a_business_lines_rule_set_change_touches_its_calls_only(store, checks, tmp_path):
    def stricter_pace(r):
        r["fast_speech"]["max_cpm"] = 150  # the card line's own setting (280)
    config = config_with(tmp_path, "bank_cards", stricter_pace)
    was = written_at(store)
    ran = counted_rescore(checks, config, store)
    card = {r["call_id"] for r in store.iter_calls() if r["business_line"] == "card"}
    assert set(ran) == {"fast_speech"} and ran["fast_speech"] == len(card)
    assert {c for c, at in written_at(store).items() if at != was[c]} == card
    assert_same_as_full_recompute(config, store)


def test_a_role_swap_rechecks_that_call(store, checks, tmp_path):
    config = config_with(tmp_path)
    assert kinds_of(store, "M1")["missing_greeting"] == 1  # the "agent" never greeted
    store.swap_roles("M1", "qa")
    ran = counted_rescore(checks, config, store)
    assert ran["missing_greeting"] >= 1 and kinds_of(store, "M1")["missing_greeting"] == 0
    assert_same_as_full_recompute(config, store)


def test_a_new_transcript_rechecks_that_call(store, checks, tmp_path):
    config = config_with(tmp_path)
    with store.engine.begin() as conn:  # H0012 now reads H0008's transcript (a re-run under new ASR settings)
        other = conn.execute(select(calls.c.audio_sha256, calls.c.asr_key).where(calls.c.call_id == "H0008")).one()
        conn.execute(update(calls).where(calls.c.call_id == "H0012").values(audio_sha256=other[0], asr_key=other[1]))
    ran = counted_rescore(checks, config, store)
    assert ran["missing_greeting"] >= 1
    assert_same_as_full_recompute(config, store)


def deducted_alone(stored: dict):
    """A deducted finding that is the only one of its rule deducted in its call, so that rejecting
    it must raise the score (where several share a rule, the rule's cap can hide one of them)."""
    return next(f for fs in stored.values() for f in fs if f.standing == "deducted"
                and sum(g.finding.rule_id == f.finding.rule_id and g.standing == "deducted" for g in fs) == 1)


def test_a_specialists_decision_rescores_the_call(store, checks, tmp_path):
    config = config_with(tmp_path)
    stored = store.findings_for([r["call_id"] for r in store.iter_calls()], config.scoring)
    finding = deducted_alone(stored)
    score = store.call_row(finding.call_id)["score"]
    store.reviews.decide(finding, "rejected", "qa", "")
    assert counted_rescore(checks, config, store) == Counter()  # no rule runs again …
    assert store.call_row(finding.call_id)["score"] > score  # … but the score no longer counts it
    assert_same_as_full_recompute(config, store)


def test_a_weight_change_rescores_without_rerunning_rules(store, checks, tmp_path):
    def lighter(r):
        r["long_hold"]["weight"] = 1
    config = config_with(tmp_path, "base", lighter)
    assert counted_rescore(checks, config, store) == Counter()
    assert_same_as_full_recompute(config, store)


def test_a_new_version_alone_is_written_without_rerunning_rules(store, checks, tmp_path):
    where = tmp_path / "bumped"
    shutil.copytree(REPO / "configs", where)
    path = where / "rulesets" / "base.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("version: base-1", "version: base-2"), encoding="utf-8")
    config = load_config(where / "default.yaml", overrides=CARD_LINE)
    assert counted_rescore(checks, config, store) == Counter()
    assert {r["ruleset_version"].split("+")[0] for r in store.iter_calls()} == {"base-2", "bank-cards-1"}
    assert_same_as_full_recompute(config, store)


def test_full_reruns_every_rule_and_workers_agree(store, checks, tmp_path):
    def shorter_holds(r):
        r["long_hold"]["max_s"] = 8
    config = config_with(tmp_path, "base", shorter_holds)
    pipeline.rescore(config, store, model=None, workers=2, chunk=8)
    with_workers = contents(store)
    ran = counted_rescore(checks, config, store, full=True)
    assert ran["missing_greeting"] == 41 and contents(store) == with_workers


def test_the_command_reruns_everything_with_full(store):
    def rescore(*more) -> str:
        r = CliRunner().invoke(cli, ["rescore", "--workers", "1", "--db", store.url, *more])
        assert r.exit_code == 0 and "rescored 41 calls" in r.output, r.output
        return r.output.strip().splitlines()[-1]

    rescore()  # the shipped classifiers (not None) and the shipped settings: every score digest changed
    was = written_at(store)
    assert rescore() == ("rescored 41 calls: 0 recomputed, 41 unchanged (digests equal), 0 changed score; "
                         "rules run again (calls): none")
    assert written_at(store) == was
    every_rule = sorted(rule.rule_id for rule in load_config().ruleset_for("default").enabled())
    assert rescore("--full") == ("rescored 41 calls: 41 recomputed, 0 unchanged (digests equal), 0 changed score; "
                                 f"rules run again (calls): {', '.join(f'{r} (41)' for r in every_rule)}")
    assert all(at != was[c] for c, at in written_at(store).items())


def test_rescore_tells_what_it_recomputed_left_alone_and_changed(store, tmp_path):
    def scores() -> dict:
        return {call_id: row["score"] for call_id, row in contents(store).items()}

    before = scores()

    def shorter_holds(r):
        r["long_hold"]["max_s"] = 8  # was 30: more holds found, fewer points
    config = config_with(tmp_path, "base", shorter_holds)
    done = pipeline.rescore(config, store, model=None)
    changed = sum(score != before[call_id] for call_id, score in scores().items())
    assert changed > 0
    assert done.tally == RescoreTally(recomputed=41, unchanged=0, score_changed=changed, rules_run=(("long_hold", 41),))
    assert pipeline.rescore(config, store, model=None).tally == RescoreTally(unchanged=41)

    stored = store.findings_for([call_id for call_id in before], config.scoring)
    finding = deducted_alone(stored)
    store.reviews.decide(finding, "rejected", "qa", "")  # that call's score alone, no rule
    assert pipeline.rescore(config, store, model=None).tally == RescoreTally(recomputed=1, unchanged=40, score_changed=1)


def test_a_rules_code_change_invalidates_that_kind_only(monkeypatch):
    before = {m: digests.rule_code(m) for m in ("qa_pipeline.rules.holds", "qa_pipeline.rules.taboo")}
    source = digests._source
    monkeypatch.setattr(digests, "_source", lambda m: source(m) + ("\n# edited" if m == "qa_pipeline.rules.holds" else ""))
    digests.rule_code.cache_clear()
    digests.code_digest.cache_clear()
    try:
        after = {m: digests.rule_code(m) for m in before}
    finally:
        digests.rule_code.cache_clear()
        digests.code_digest.cache_clear()
    assert after["qa_pipeline.rules.holds"] != before["qa_pipeline.rules.holds"]
    assert after["qa_pipeline.rules.taboo"] == before["qa_pipeline.rules.taboo"]


def test_an_earlier_calls_new_transcript_moves_the_agents_baseline(any_store, checks, tmp_path):
    """fast_speech compares a call with the agent's earlier calls: when an earlier call is heard
    again (a re-run stores a new transcript), the later calls' baseline moves with it."""
    def paced(seconds):  # the agent says 20 characters in ``seconds``: 1,200 / seconds 字/分
        return transcript(utt("agent", 1.0, 1.0 + seconds, "您好这里是客服中心请问有什么可以帮您的"),
                          utt("customer", 12.0, 14.0, "我想查一下账单。"))

    def two_calls_make_a_baseline(r):
        r["fast_speech"]["baseline_min_calls"] = 2
    config = config_with(tmp_path, "base", two_calls_make_a_baseline)
    for i, seconds in enumerate((4.4, 4.4, 4.4)):  # 270 字/分 each: as usual, nothing to flag
        call = Call(f"P{i}", f"p{i}.wav", "7777", datetime(2026, 11, 10 + i, 9))
        any_store.save_done(call, audio_sha256=f"{i:064x}", transcript=paced(seconds), scored=NEVER_SCORED, run_id=None)
    counted_rescore(checks, config, any_store)
    assert kinds_of(any_store, "P2")["fast_speech"] == 0
    # P0 now reads a transcript at 150 字/分 (its stored rate still says 270 until it is checked
    # again); P2's usual becomes the median of 150 and 270, and 270 is 1.29× that
    any_store.save_done(Call("S", "s.wav", "8888"), audio_sha256="f" * 64, transcript=paced(8.0),
                        scored=NEVER_SCORED, run_id=None)
    with any_store.engine.begin() as conn:
        conn.execute(update(calls).where(calls.c.call_id == "P0").values(audio_sha256="f" * 64))
    counted_rescore(checks, config, any_store)
    assert kinds_of(any_store, "P2")["fast_speech"] == 1
    assert_same_as_full_recompute(config, any_store)


@pytest.fixture(scope="module")
def model():
    from qa_pipeline.scoring.model_store import active_model

    return active_model()  # the shipped classifiers


@pytest.fixture
def predicted(monkeypatch) -> list[int]:
    """How many calls each batch of the classifiers predicts."""
    from qa_pipeline.scoring import scorer

    batches, predict = [], scorer.predict
    monkeypatch.setattr(scorer, "predict", lambda model, rows: batches.append(len(rows)) or predict(model, rows))
    return batches


def test_the_classifiers_predict_again_only_calls_whose_findings_changed(store, checks, tmp_path, model, predicted):
    config = config_with(tmp_path)
    counted_rescore(checks, config, store, model=model)
    assert sum(predicted) == 41  # the classifiers' version is new to every call
    before = contents(store)

    def shorter_holds(r):
        r["long_hold"]["max_s"] = 8
    config = config_with(tmp_path, "base", shorter_holds)
    predicted.clear()
    assert set(counted_rescore(checks, config, store, model=model)) == {"long_hold"}
    changed = {c for c, row in contents(store).items()
               if [f["start_s"] for f in row.get("findings", [])] != [f["start_s"] for f in before[c].get("findings", [])]}
    assert 0 < len(changed) <= sum(predicted) < 41
    assert_same_as_full_recompute(config, store, model)


def test_new_classifiers_predict_every_call_again(store, checks, tmp_path, model, predicted):
    config = config_with(tmp_path)
    counted_rescore(checks, config, store, model=model)
    retrained = replace(model, version=f"{model.version}-retrained")
    predicted.clear()
    assert counted_rescore(checks, config, store, model=retrained) == Counter()  # no rule runs again …
    assert sum(predicted) == 41  # … but every call is predicted again
    assert {r["model_version"] for r in store.iter_calls()} == {retrained.version}
    assert_same_as_full_recompute(config, store, retrained)
