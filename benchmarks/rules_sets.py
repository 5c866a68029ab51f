"""The rules on every labelled set kept in the repository, one line per set (issue 11).

A set is a folder with ``truth/*.truth.json`` and the ``transcripts.jsonl.gz`` that
``qa-pipeline rescore --out`` exported when its audio was transcribed: ``data/eval``,
``data/heldout`` (set 1) and ``data/blind/<set>`` (the blind writers' sets, kept once measured).
Prints call- and event-level macro F1, clean calls sent to review and each kind's call-level F1,
with the rules of the config now, flags counted as the scorecard deducts (confidence ≥ 0.5) and
events located within ``--slack`` seconds.

    python benchmarks/rules_sets.py [--slack 3] [--config my.yaml] [SET ...]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from qa_pipeline import pipeline
from qa_pipeline.config import load_config
from qa_pipeline.export import read_transcripts

DATA = Path(__file__).resolve().parents[1] / "data"


def labelled_sets() -> list[Path]:
    found = [DATA / "eval", DATA / "heldout", *sorted((DATA / "blind").glob("*"))]
    return [d for d in found if (d / "truth").is_dir() and (d / "transcripts.jsonl.gz").exists()]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="*", type=Path, help="set folders (default: every one in data/)")
    ap.add_argument("--slack", type=float, default=3.0)
    ap.add_argument("--config")
    args = ap.parse_args()
    config = load_config(args.config)
    print(f"{'set':14s} {'calls':>5s} {'call F1':>7s} {'event F1':>8s} {'clean→review':>12s}  per kind (call F1)")
    for folder in args.sets or labelled_sets():
        report = pipeline.evaluate_rules(config, folder / "truth", read_transcripts(folder / "transcripts.jsonl.gz"),
                                         slack=args.slack)
        n = len(list((folder / "truth").glob("*.truth.json")))
        kinds = " ".join(f"{k.kind}={k.calls.f1:.2f}" for k in report.kinds if k.calls.f1 is not None)
        print(f"{folder.name:14s} {n:5d} {report.macro_f1('calls'):7.2f} {report.macro_f1('events'):8.2f} "
              f"{report.clean_to_review:>6d} of {report.clean_calls:<3d}  {kinds}")


if __name__ == "__main__":
    main()
