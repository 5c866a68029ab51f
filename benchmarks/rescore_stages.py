"""Where a full rescore's CPU time goes, stage by stage (issue 17).

Copies the scored calls of a store N times into a fresh SQLite file (as ``rescore_speed.py``
does), rescores them once with ``--full`` to store every digest, then once more under timers:
each stage's own CPU time (a stage timed inside another is subtracted from it), per call.

    python benchmarks/rescore_stages.py --db sqlite:///heldout.sqlite --calls 1000

Stages: reading (the rows, the transcript's JSON → records), normalising text and coding its
syllables, the call-level phrase search, fuzzy phrase look-ups, pypinyin's digit readings,
jieba's word boundaries, each rule's own code, the scorecard, the classifiers (features,
prediction), the digests, and writing. "other" is the rest: rescore's own loop, SQLAlchemy,
records built between stages. The timers cost time too (about a tenth): compare stages, not
totals, and take end-to-end rates from ``rescore_speed.py``.
"""

from __future__ import annotations

import argparse
import collections
import functools
import sys
import tempfile
import time
from pathlib import Path

if "--src" in sys.argv:  # measure another checkout (e.g. main), with this file's code
    sys.path.insert(0, sys.argv[sys.argv.index("--src") + 1])
else:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from qa_pipeline import pipeline, rules  # noqa: E402
from qa_pipeline.config import load_config  # noqa: E402
from qa_pipeline.rules import phrases  # noqa: E402
from qa_pipeline.scoring import scorer as scorer_module  # noqa: E402
from qa_pipeline.scoring.model_store import active_model  # noqa: E402
from qa_pipeline.store import Store, db  # noqa: E402

from machine import cpu_name, load  # noqa: E402
from rescore_speed import build_corpus  # noqa: E402

SECONDS: collections.Counter = collections.Counter()
_inner: list[float] = []  # CPU seconds of the stages timed inside the running one


def timed(name: str, fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        _inner.append(0.0)
        t0 = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            spent = time.process_time() - t0
            SECONDS[name] += spent - _inner.pop()
            if _inner:
                _inner[-1] += spent
    return wrapper


def instrument() -> None:
    """Timers around each stage, where the code looks its functions up at call time."""
    from qa_pipeline.rules import context

    db.transcript_from_json = timed("read: transcript JSON → records", db.transcript_from_json)
    for method in ("last_scorings", "finding_decisions", "kept_findings"):
        setattr(db.Store, method, timed("read: what the last scoring left", getattr(db.Store, method)))
    db.Store.write_rescored = timed("write: findings and scores", db.Store.write_rescored)
    pipeline.rescored_rows = timed("write: rows", pipeline.rescored_rows)
    for module in (phrases, context):
        module.normalise_for_matching = timed("text: normalise", module.normalise_for_matching)
        module.code_of = timed("text: syllable codes", module.code_of)
    phrases.PhraseIndex.search = timed("phrases: call-level Aho–Corasick search", phrases.PhraseIndex.search)
    phrases._find_fuzzy = timed("phrases: fuzzy look-ups", phrases._find_fuzzy)
    phrases.digits_by_sound = timed("text: digits by sound (pypinyin)", phrases.digits_by_sound)
    phrases.HeardText.is_word = timed("text: word boundaries (jieba)", phrases.HeardText.is_word)
    scorer_module.score_call = timed("scorecard", scorer_module.score_call)
    scorer_module.call_features = timed("classifiers: features", scorer_module.call_features)
    scorer_module.predict = timed("classifiers: prediction", scorer_module.predict)
    for method in ("for_call", "score"):
        setattr(scorer_module.RuleSetDigests, method, timed("digests", getattr(scorer_module.RuleSetDigests, method)))
    compile_ruleset = scorer_module.compile_ruleset

    def compiled_with_timers(ruleset):
        c = compile_ruleset(ruleset)
        return rules.CompiledRuleSet(c.ruleset, tuple((r, p, timed(f"rule: {r.rule_id}", check)) for r, p, check in c.checks))

    scorer_module.compile_ruleset = compiled_with_timers


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True, help="store URL holding transcribed calls to copy")
    ap.add_argument("--calls", type=int, default=1000)
    ap.add_argument("--src", help="another checkout to measure (default: this one)")
    args = ap.parse_args()
    instrument()
    config = load_config()
    print(f"machine: {cpu_name()}; load average before: {load()}; code: {pipeline.__file__}")
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(f"sqlite:///{tmp}/stages.sqlite")
        build_corpus(args.db, store, args.calls)
        model = active_model()
        pipeline.rescore(config, store, model=model, full=True)  # every digest stored, every cache warm
        SECONDS.clear()
        t0 = time.process_time()
        pipeline.rescore(config, store, model=model, full=True)
        total = time.process_time() - t0
    n = args.calls
    SECONDS["other"] = total - sum(SECONDS.values())
    print(f"rescore --full, one process, {n} calls: {1000 * total / n:.2f} ms of CPU a call (timers on)")
    for name, spent in SECONDS.most_common():
        print(f"  {name:42s} {1000 * spent / n:6.3f} ms  {100 * spent / total:5.1f} %")
    print(f"load average after: {load()}")


if __name__ == "__main__":
    main()
