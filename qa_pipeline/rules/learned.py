"""Agent sentences told by what many writers' wordings have in common, not by one listed wording.

Every new writer (and every new call centre) says its 服务禁语, asks whether there is anything
else and asks the caller to hold in words no phrase list and no shape holds: blind, the lists
and shapes found 1 of 8 and 0 of 8 taboo lines of the last two new writers, and held 9 of set
10's 12 closings for review (issue 11). A classifier per question ("is this a taboo?", "does
this offer more help?", "does this ask the caller to hold?") is fitted on ``data/<question>_examples.tsv`` (each generator writer's lines, the
trade's lists, agent turns as Whisper heard them; ``tools/learned_examples.py`` writes the
files) and on the rule set's own phrases: scikit-learn's TF-IDF over character and syllable
2–3-grams (so Whisper's homophones keep their weight) and a logistic regression,
class-balanced.

Scoring is written out over dicts from the fitted model, as ``MeaningMatcher`` does: a
clause holds a dozen n-grams, and sklearn's per-call checks would cost more than the
arithmetic on every call a rescore re-checks. ``probability`` gives sklearn's
``predict_proba`` to rounding (a test holds them together).
"""

from __future__ import annotations

import csv
import hashlib
import json
import math
import re
from collections import Counter
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path

from ..errors import ConfigError, NoSpace
from ..files import atomic_path, cache_root
from .phrases import HeardText, code_of_syllables, syllable_names

DATA = Path(__file__).with_name("data")
CLAUSE = re.compile(r"[，。？！；、,.?!;\s]+")
MIN_CHARS = 3  # a clause of two characters (好的, 对吧) carries no judgement of its own
# A longer turn is judged by its clauses alone: as a whole it dilutes any one of them (every
# hit of the whole turn and of none of its clauses, on eleven sets' heard turns, had ≤ 22), and
# long turns were half the characters scored (issue 17: a full rescore's cost)
WHOLE_MAX_CHARS = 30
C = 10.0  # little regularisation: the examples are few and each n-gram of a rare wording counts


def char_grams(heard: HeardText) -> list[str]:
    chars = heard.chars
    return ["c" + chars[i:i + n] for n in (2, 3) for i in range(len(chars) - n + 1)]


def sound_grams(heard: HeardText) -> list[str]:
    code = heard.code
    return ["s" + code[i:i + n] for n in (2, 3) for i in range(len(code) - n + 1)]


ANALYSERS = (char_grams, sound_grams)


def examples_path(question: str) -> Path:
    return DATA / f"{question}_examples.tsv"


@lru_cache(maxsize=None)
def read_examples(question: str) -> tuple[tuple[str, bool], ...]:
    """(sentence, answers yes) for each row of the question's examples file (label ``question``:
    yes; any other label: no), as ``with_clauses`` gives them; read once per process."""
    path = examples_path(question)
    if not path.exists():
        raise ConfigError(f"learned: no examples for {question!r} (looked for {path})")
    with path.open(encoding="utf-8", newline="") as f:
        return with_clauses([(text, label == question) for label, _source, text in csv.reader(f, delimiter="\t")])


def with_clauses(rows: list[tuple[str, bool]]) -> tuple[tuple[str, bool], ...]:
    """``rows`` and each clause of a "no" sentence as "no" too: the rules judge clauses alone, and
    「这不是您造成的」 alone must read as the kind half of 「这不是您造成的，是系统的问题」 (a "yes"
    sentence's clauses do not all say it)."""
    clauses = [(x, False) for text, yes in rows if not yes for x in clauses_of(text) if x != text]
    return tuple(dict.fromkeys([*rows, *clauses]))


def clauses_of(text: str) -> list[str]:
    """The clauses of ``text`` long enough to carry a judgement of their own."""
    return [x for x in CLAUSE.split(text) if len(x) >= MIN_CHARS]


class LearnedClauses:
    """How likely a clause answers a question yes, from a model fitted once per set of examples.

    ``tables`` holds, per analyser, n-gram → (idf², idf × coefficient): one look-up per n-gram."""

    def __init__(self, tables: tuple[dict[str, tuple[float, float]], ...], intercept: float):
        self.tables, self.intercept = tables, intercept

    @classmethod
    def fit(cls, examples: tuple[tuple[str, bool], ...]) -> "LearnedClauses":
        return _fitted(examples)

    def best(self, text: str) -> tuple[float, str]:
        """The highest probability among ``text`` as a whole and its clauses, and what scored it."""
        return max(self.scored(text))

    def scored(self, text: str) -> list[tuple[float, str]]:
        """(probability, piece) for each clause of ``text`` and, from ``MIN_CHARS`` up to
        ``WHOLE_MAX_CHARS``, for the text as a whole, as normalised characters (a one-clause text is
        its clause, scored once); (0, "") when nothing is that long (也是, 好的)."""
        whole = HeardText.of(text)
        pieces = {heard.chars: heard for heard in map(HeardText.of, clauses_of(text))}
        if len(whole.chars) >= MIN_CHARS and (len(whole.chars) <= WHOLE_MAX_CHARS or not pieces):
            pieces[whole.chars] = whole
        if not pieces:
            return [(0.0, "")]
        return [(self.probability(heard), chars) for chars, heard in pieces.items()]

    def probability(self, heard: HeardText) -> float:
        """P(yes) of one clause."""
        return 1 / (1 + math.exp(-self.log_odds(heard)))

    def log_odds(self, heard: HeardText) -> float:
        """The log-odds of yes for one clause: each analyser's sublinear tf-idf, l2-normalised over
        the n-grams the model knows (sklearn drops the others), dotted with the coefficients."""
        z = self.intercept
        for analyse, table in zip(ANALYSERS, self.tables):
            dot = square = 0.0
            for g, k in Counter(analyse(heard)).items():
                if (entry := table.get(g)) is not None:
                    if k == 1:  # most n-grams of a clause: no logarithm to take
                        dot += entry[1]
                        square += entry[0]
                    else:
                        tf = 1 + math.log(k)
                        dot += tf * entry[1]
                        square += tf * tf * entry[0]
            if square:
                z += dot / math.sqrt(square)
        return z


@lru_cache(maxsize=None)
def _fitted(examples: tuple[tuple[str, bool], ...]) -> LearnedClauses:
    """Fitted once per set of examples and kept on disk: a process reads the fit back (0.2 s a
    question) instead of fitting again (1–2 CPU-s a question, five questions: the largest fixed
    cost of a run, issue 17), and every rule set compiled after the first reuses it. Unbounded:
    there is one set per question and rule set (a bound of four refitted the first ones each
    time the fifth came)."""
    path = cache_root() / "learned" / f"{_fit_key(examples)}.json"
    if (kept := _read_fit(path)) is not None:
        return kept
    model, features = sklearn_model(examples)
    coef = iter(model.coef_[0])
    tables = tuple({g: (idf * idf, idf * c) for g, idf, c in zip(v.get_feature_names_out(), v.idf_, coef)}
                   for _, v in features.transformer_list)
    fitted = LearnedClauses(tables, float(model.intercept_[0]))
    _keep_fit(path, fitted)
    return fitted


# what a fit depends on besides its examples: this module (the analysers, C), the code that
# normalises and sounds out the text, and the libraries that fit and sound; a change to any is a new key
_FIT_SOURCES = (Path(__file__), Path(__file__).with_name("phrases.py"), Path(__file__).parents[1] / "text.py")
_FIT_LIBRARIES = ("scikit-learn", "pypinyin", "numpy", "scipy")


def _fit_key(examples: tuple[tuple[str, bool], ...]) -> str:
    digest = hashlib.sha256(json.dumps(examples, ensure_ascii=False).encode())
    for source in _FIT_SOURCES:
        digest.update(source.read_bytes())
    digest.update(" ".join(version(name) for name in _FIT_LIBRARIES).encode())
    return digest.hexdigest()[:32]


KEPT_FITS = 12  # fits kept on disk (about 5 MB each), the last used: the default questions and a few rule sets


def _read_fit(path: Path) -> LearnedClauses | None:
    """The fit kept at ``path``; None where there is none or it cannot be read (refitted then)."""
    try:
        kept = json.loads(path.read_text(encoding="utf-8"))
        chars, sounds = kept["tables"]
        fitted = LearnedClauses(({g: (a, b) for g, (a, b) in chars.items()},
                                 {"s" + code_of_syllables(g.split(" ")): (a, b) for g, (a, b) in sounds.items()}),
                                float(kept["intercept"]))
        path.touch()  # used now: the last to go
        return fitted
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _kept_form(fitted: LearnedClauses) -> dict:
    """A fit as kept on disk: its sound n-grams by their syllables' names (s + "zhao bu dao"), as
    the codes that stand for them in this process stand for other syllables in the next one."""
    chars, sounds = fitted.tables
    names = syllable_names()
    return {"tables": [chars, {" ".join(names.get(c, c) for c in g[1:]): v for g, v in sounds.items()}],
            "intercept": fitted.intercept}


def _keep_fit(path: Path, fitted: LearnedClauses) -> None:
    """Keep a fit for later processes, written whole or not at all, and only the ``KEPT_FITS``
    last used; a cache that cannot be written (read-only home, full disk) only costs the next
    process the fit."""
    try:
        with atomic_path(path) as tmp:
            tmp.write_text(json.dumps(_kept_form(fitted), ensure_ascii=False), encoding="utf-8")
        for old in sorted(path.parent.glob("*.json"), key=lambda p: p.stat().st_mtime)[:-KEPT_FITS]:
            old.unlink(missing_ok=True)
    except (OSError, NoSpace):
        pass


def sklearn_model(examples: tuple[tuple[str, bool], ...]):
    """The fitted (LogisticRegression, FeatureUnion) itself; ``LearnedClauses`` scores with its numbers."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion

    features = FeatureUnion([(f.__name__, TfidfVectorizer(analyzer=f, sublinear_tf=True)) for f in ANALYSERS])
    heard = [HeardText.of(text) for text, _ in examples]
    x = features.fit_transform(heard)
    model = LogisticRegression(C=C, class_weight="balanced", max_iter=5000).fit(x, [t for _, t in examples])
    return model, features
