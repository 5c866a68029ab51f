"""The learned classifiers (rules/learned.py) on writers they have not read: leave each writer out in turn.

Written lines (``--question taboo`` or ``offer_more``): for each generator writer in the
question's examples file, the classifier is fitted without that writer's rows and scores them,
as the rules do (the line and each clause; the highest counts). Prints per writer and in all:
the lines that say it found, the other lines flagged, at each threshold.

Heard calls (``--set``, taboo only): for every labelled set given, the classifier is fitted
without that set's writer's rows (its generator lines and, for the committed sets, its heard
turns), then scores the set's agent turns as Whisper heard them. A turn is taboo when it
overlaps a forbidden_phrase event of the truth (1 s slack). Prints taboo turns found, other
agent turns flagged, and calls without a taboo that got a flag.

    python benchmarks/learned_writers.py --question offer_more
    python benchmarks/learned_writers.py \\
        --set writer:blind8_text /work/heldout8 sqlite:////tmp/h8.sqlite \\
        --set writer:eval,heard:eval data/eval/truth data/eval/transcripts.jsonl.gz

WRITER is the examples' source column (comma-separated when a set's writer has several); SOURCE
is a store URL or an exported transcripts.jsonl(.gz).
"""

from __future__ import annotations

import argparse
import csv
import json
from pathlib import Path

from qa_pipeline.export import read_transcripts
from qa_pipeline.rules.learned import LearnedClauses, examples_path, with_clauses
from qa_pipeline.store import Store


def heard_turns(truth: Path, source: str) -> list[tuple[str, bool, str]]:
    """(agent turn, says a taboo, call id) for each labelled call found in ``source``."""
    calls = Store(source).iter_transcripts(None) if "://" in source else read_transcripts(source)
    calls = {c.call_id: t for c, t in calls}
    turns = []
    for path in sorted(truth.glob("*.truth.json")):
        labels = json.loads(path.read_text(encoding="utf-8"))
        if (transcript := calls.get(labels["call_id"])) is None:
            continue
        said = [(e["start_s"], e["end_s"]) for e in labels["events"] if e["kind"] == "forbidden_phrase"]
        turns += [(u.text, any(u.start < b + 1 and a - 1 < u.end for a, b in said), labels["call_id"])
                  for u in transcript.utterances if u.role == "agent"]
    return turns


def fitted_without(rows: list[list[str]], sources: set[str], question: str = "taboo") -> LearnedClauses:
    return LearnedClauses.fit(with_clauses([(text, label == question) for label, source, text in rows
                                            if source not in sources]))


def read_rows(question: str) -> list[list[str]]:
    with examples_path(question).open(encoding="utf-8", newline="") as f:
        return list(csv.reader(f, delimiter="\t"))


def written(question: str, thresholds: list[float]) -> None:
    rows = read_rows(question)
    writers = sorted({source for _, source, _ in rows if source.startswith("writer:")})
    total = {th: [0, 0, 0, 0] for th in thresholds}
    for writer in writers:
        model = fitted_without(rows, {writer}, question)
        scored = [(model.best(text)[0], label == question) for label, source, text in rows if source == writer]
        line = []
        for th in thresholds:
            counts = (sum(1 for p, yes in scored if yes and p >= th), sum(1 for _, yes in scored if yes),
                      sum(1 for p, yes in scored if not yes and p >= th), sum(1 for _, yes in scored if not yes))
            total[th] = [a + b for a, b in zip(total[th], counts)]
            line.append(f"≥{th}: {question} {counts[0]}/{counts[1]}, other lines flagged {counts[2]}/{counts[3]}")
        print(f"{writer:28s} " + " | ".join(line))
    for th, (found, n_yes, false, n_no) in total.items():
        print(f"all writers ≥{th}: {question} {found}/{n_yes} ({found / max(n_yes, 1):.2f}), other lines flagged {false}/{n_no}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--question", help="written lines of this question's examples file (taboo, offer_more)")
    ap.add_argument("--set", nargs=3, action="append", metavar=("WRITER", "TRUTH", "SOURCE"))
    ap.add_argument("--thresholds", type=float, nargs="+", default=[0.5, 0.9, 0.95])
    args = ap.parse_args()
    if args.question:
        written(args.question, args.thresholds)
    if args.set:
        heard(args.set, args.thresholds)


def heard(sets: list[list[str]], thresholds: list[float]) -> None:
    rows = read_rows("taboo")
    total = {th: [0, 0, 0, 0, 0, 0] for th in thresholds}
    for writer, truth, source in sets:
        model = fitted_without(rows, set(writer.split(",")))
        turns = heard_turns(Path(truth), source)
        scored = [(model.best(text)[0], taboo, call) for text, taboo, call in turns]
        clean_calls = {c for _, _, c in turns} - {c for _, taboo, c in turns if taboo}
        line = []
        for th in thresholds:
            found = sum(1 for p, taboo, _ in scored if taboo and p >= th)
            false = sum(1 for p, taboo, _ in scored if not taboo and p >= th)
            calls = len({c for p, _, c in scored if c in clean_calls and p >= th})
            n_taboo = sum(1 for _, taboo, _ in scored if taboo)
            counts = (found, n_taboo, false, len(scored) - n_taboo, calls, len(clean_calls))
            total[th] = [a + b for a, b in zip(total[th], counts)]
            line.append(f"≥{th}: taboo turns {found}/{n_taboo}, other turns flagged {false}/{counts[3]}, "
                        f"calls without a taboo flagged {calls}/{len(clean_calls)}")
        print(f"{writer:28s} " + " | ".join(line))
    for th, (found, n_taboo, false, n_other, calls, n_clean) in total.items():
        print(f"all writers ≥{th}: taboo turns {found}/{n_taboo} ({found / max(n_taboo, 1):.2f}), other turns "
              f"flagged {false}/{n_other}, calls without a taboo flagged {calls}/{n_clean}")


if __name__ == "__main__":
    main()
