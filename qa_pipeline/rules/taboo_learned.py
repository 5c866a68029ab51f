"""A taboo sentence told by what the trade's lists have in common, not by one listed wording.

Every new writer (and every new call centre) says its 服务禁语 in words no phrase list and no
shape holds: blind, the listed phrases and shapes found 1 of 8 and 0 of 8 lines of the last
two new writers (issue 11). This classifier is fitted on the examples in
``data/taboo_examples.tsv`` (each generator writer's taboo and service lines, the trade's
lists, agent turns as Whisper heard them; ``tools/taboo_examples.py`` writes the file) and on
the rule set's own phrases: scikit-learn's TF-IDF over characters and over syllables (so
Whisper's homophones keep their weight) and a logistic regression, class-balanced.

Scoring is written out over dicts from the fitted model, as ``MeaningMatcher`` does: a
clause holds a dozen n-grams, and sklearn's per-call checks would cost more than the
arithmetic on every call a rescore re-checks. ``probability`` gives sklearn's
``predict_proba`` to rounding (a test holds them together).
"""

from __future__ import annotations

import csv
import math
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

from .phrases import HeardText

EXAMPLES = Path(__file__).with_name("data") / "taboo_examples.tsv"
CLAUSE = re.compile(r"[，。？！；、,.?!;\s]+")
MIN_CHARS = 3  # a clause of two characters (好的, 对吧) carries no judgement of its own
C = 10.0  # little regularisation: the examples are few and each n-gram of a taboo line counts


def char_grams(heard: HeardText) -> list[str]:
    chars = heard.chars
    return ["c" + chars[i:i + n] for n in (2, 3) for i in range(len(chars) - n + 1)]


def sound_grams(heard: HeardText) -> list[str]:
    code = heard.code
    return ["s" + code[i:i + n] for n in (2, 3) for i in range(len(code) - n + 1)]


ANALYSERS = (char_grams, sound_grams)


def read_examples(path: Path = EXAMPLES) -> tuple[tuple[str, bool], ...]:
    """(sentence, is taboo) for each row of the examples file, and each clause of a service
    sentence as service too: the rule judges clauses alone, and 「这不是您造成的」 alone must read
    as the kind half of 「这不是您造成的，是系统的问题」 (a taboo sentence's clauses are not all taboo)."""
    with path.open(encoding="utf-8", newline="") as f:
        rows = [(text, label == "taboo") for label, _source, text in csv.reader(f, delimiter="\t")]
    clauses = [(x, False) for text, taboo in rows if not taboo for x in clauses_of(text) if x != text]
    return tuple(dict.fromkeys(rows + clauses))


def clauses_of(text: str) -> list[str]:
    """The clauses of ``text`` long enough to carry a judgement of their own."""
    return [x for x in CLAUSE.split(text) if len(x) >= MIN_CHARS]


class LearnedTaboo:
    """How likely a clause is a service taboo, from a model fitted once per set of examples.

    ``tables`` holds, per analyser, n-gram → (idf, idf × coefficient): one look-up per n-gram."""

    def __init__(self, tables: tuple[dict[str, tuple[float, float]], ...], intercept: float):
        self.tables, self.intercept = tables, intercept

    @classmethod
    def fit(cls, examples: tuple[tuple[str, bool], ...]) -> "LearnedTaboo":
        return _fitted(examples)

    def probability(self, heard: HeardText) -> float:
        """P(taboo) of one clause: each analyser's sublinear tf-idf, l2-normalised over the
        n-grams the model knows (sklearn drops the others), dotted with the coefficients."""
        z = self.intercept
        for analyse, table in zip(ANALYSERS, self.tables):
            dot = square = 0.0
            for g, k in Counter(analyse(heard)).items():
                if (entry := table.get(g)) is not None:
                    tf = 1.0 if k == 1 else 1 + math.log(k)
                    dot += tf * entry[1]
                    square += (tf * entry[0]) ** 2
            if square:
                z += dot / math.sqrt(square)
        return 1 / (1 + math.exp(-z))


@lru_cache(maxsize=4)
def _fitted(examples: tuple[tuple[str, bool], ...]) -> LearnedTaboo:
    """Fitted once per process and set of examples: every rule set compiled after the first
    reuses it (about a second's work)."""
    model, features = sklearn_model(examples)
    coef = iter(model.coef_[0])
    tables = tuple({g: (idf, idf * c) for g, idf, c in zip(v.get_feature_names_out(), v.idf_, coef)}
                   for _, v in features.transformer_list)
    return LearnedTaboo(tables, float(model.intercept_[0]))


def sklearn_model(examples: tuple[tuple[str, bool], ...]):
    """The fitted (LogisticRegression, FeatureUnion) itself; ``LearnedTaboo`` scores with its numbers."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion

    features = FeatureUnion([(f.__name__, TfidfVectorizer(analyzer=f, sublinear_tf=True)) for f in ANALYSERS])
    heard = [HeardText.of(text) for text, _ in examples]
    x = features.fit_transform(heard)
    model = LogisticRegression(C=C, class_weight="balanced", max_iter=5000).fit(x, [t for _, t in examples])
    return model, features
