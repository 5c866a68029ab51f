"""The learned classifiers' fits are kept on disk (rules/learned.py, issue 17): fitting five
questions was the largest fixed cost of a run, and a kept fit must score exactly as a fresh one."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from conftest import REPO
from qa_pipeline.rules import learned
from qa_pipeline.rules.phrases import HeardText

EXAMPLES = (("爱买不买", True), ("您自己看说明书", True), ("跟我说没用", True), ("您好，请问有什么可以帮您", False),
            ("好的，我帮您查一下", False), ("感谢您的耐心等待", False))
LINES = ["爱买不买", "您自己去看", "我帮您查一下", "好的"]


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("QA_PIPELINE_CACHE", str(tmp_path))
    learned._fitted.cache_clear()  # a new process, as far as the fits go
    yield tmp_path / "learned"
    learned._fitted.cache_clear()


def scores(model: learned.LearnedClauses) -> list[float]:
    return [model.probability(HeardText.of(x)) for x in LINES]


def fit_in_a_new_process(examples=EXAMPLES) -> learned.LearnedClauses:
    learned._fitted.cache_clear()
    return learned.LearnedClauses.fit(examples)


def test_a_kept_fit_is_read_back_and_scores_as_the_fit_it_was_kept_from(cache, monkeypatch):
    fresh = scores(fit_in_a_new_process())
    assert len(list(cache.glob("*.json"))) == 1
    monkeypatch.setattr(learned, "sklearn_model", lambda examples: pytest.fail("fitted again"))
    assert scores(fit_in_a_new_process()) == fresh


def test_other_examples_are_fitted_anew(cache):
    fit_in_a_new_process()
    other = fit_in_a_new_process(EXAMPLES + (("你听不懂吗", True),))
    assert len(list(cache.glob("*.json"))) == 2
    assert other.probability(HeardText.of("你听不懂吗")) > fit_in_a_new_process().probability(HeardText.of("你听不懂吗"))


def test_a_damaged_kept_fit_is_fitted_again_and_replaced(cache):
    fresh = scores(fit_in_a_new_process())
    kept = next(cache.glob("*.json"))
    kept.write_text('{"tables": [{"c爱买": [1.0', encoding="utf-8")  # a writer killed half-way, say
    assert scores(fit_in_a_new_process()) == fresh
    assert scores(learned._read_fit(kept)) == fresh


def test_a_cache_that_cannot_be_written_costs_only_the_fit(tmp_path, monkeypatch):
    (tmp_path / "a-file").write_text("")
    monkeypatch.setenv("QA_PIPELINE_CACHE", str(tmp_path / "a-file"))  # no folder can be made under it
    learned._fitted.cache_clear()
    try:
        assert scores(learned.LearnedClauses.fit(EXAMPLES)) == pytest.approx(scores(learned._fitted.__wrapped__(EXAMPLES)))
    finally:
        learned._fitted.cache_clear()


def test_only_the_last_used_fits_are_kept(cache, monkeypatch):
    monkeypatch.setattr(learned, "KEPT_FITS", 2)
    for k in range(4):
        fit_in_a_new_process(EXAMPLES + ((f"第{k}句不耐烦的话", True),))
    assert len(list(cache.glob("*.json"))) == 2


SCORE_IN_A_PROCESS = """
import json, sys
from qa_pipeline.rules.phrases import HeardText
for said in sys.argv[1:]:
    HeardText.of(said)  # syllables met first are coded first: the codes differ from process to process
from qa_pipeline.rules import learned
model = learned.LearnedClauses.fit(%r)
print(json.dumps([model.probability(HeardText.of(x)) for x in %r]))
""" % (EXAMPLES, LINES)


def test_a_fit_kept_by_one_process_scores_the_same_in_another_that_codes_syllables_otherwise(tmp_path):
    def score(*first_heard):
        env = {**os.environ, "QA_PIPELINE_CACHE": str(tmp_path)}
        out = subprocess.run([sys.executable, "-c", SCORE_IN_A_PROCESS, *first_heard], env=env, check=True,
                             capture_output=True, text=True, cwd=REPO).stdout
        return json.loads(out)

    fitted = score()  # fits and keeps the fit
    assert len(list((tmp_path / "learned").glob("*.json"))) == 1
    assert score("我帮您查一下", "跟我说没用", "欢迎致电") == fitted  # reads it back
