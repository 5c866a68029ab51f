"""The learned classifiers' examples (rules/data/<question>_examples.tsv, issue 11).

Each row is a sentence an agent or caller could say, its answer and where it comes from. A row
that is not a sentence teaches the classifier its Chinese n-grams under the wrong answer: the
taboo file once held 23 taboo lines suffixed with a test's parameter id (「不办拉倒。-take_it_or_leave_it」)
under "service", which pulled take-it-or-leave-it lines toward service.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from qa_pipeline.rules.learned import DATA
from qa_pipeline.rules.phrases import HeardText

FILES = sorted(DATA.glob("*_examples.tsv"))
TEST_ID = re.compile(r"::|\.py\b|-[a-z]+(_[a-z]+)+$")  # a pytest node id, or a parameter id appended


def rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.reader(f, delimiter="\t"))


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_example_is_an_answer_a_source_and_a_sentence(path):
    assert all(len(row) == 3 for row in rows(path))
    assert [text for _, _, text in rows(path) if TEST_ID.search(text)] == []


# "agent" is the one question whose examples are heard turns labelled by their channel: both sides
# say 嗯, 对 and 好的
@pytest.mark.parametrize("path", [p for p in FILES if p.name != "agent_examples.tsv"], ids=lambda p: p.name)
def test_no_sentence_gets_both_answers(path):
    answers: dict[str, set[str]] = {}
    for label, _, text in rows(path):
        answers.setdefault(HeardText.of(text).chars, set()).add(label)
    assert {chars: labels for chars, labels in answers.items() if len(labels) > 1} == {}


def test_there_are_examples_for_every_question():
    assert {p.name for p in FILES} >= {f"{q}_examples.tsv" for q in ("taboo", "offer_more", "announce", "offer_help", "thanks", "agent")}
