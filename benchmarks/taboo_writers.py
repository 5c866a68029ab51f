"""The learned taboo classifier on writers it has not read: leave each writer out in turn.

For every labelled set given, the classifier is fitted on ``rules/data/taboo_examples.tsv``
without that set's writer's rows (its generator lines and, for the committed sets, its heard
turns), then scores the set's agent turns as Whisper heard them, as the rule does (the turn and
each clause; the highest counts). A turn is taboo when it overlaps a forbidden_phrase event of
the truth (1 s slack). Prints per writer and in all: taboo turns found, other agent turns
flagged, calls without a taboo that got a flag, at each threshold.

    python benchmarks/taboo_writers.py \\
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
from qa_pipeline.rules.learned import LearnedClauses, clauses_of, examples_path
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


def fitted_without(rows: list[list[str]], sources: set[str]) -> LearnedClauses:
    kept = [(text, label == "taboo") for label, source, text in rows if source not in sources]
    clauses = [(x, False) for text, taboo in kept if not taboo for x in clauses_of(text) if x != text]
    return LearnedClauses.fit(tuple(dict.fromkeys(kept + clauses)))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", nargs=3, action="append", required=True, metavar=("WRITER", "TRUTH", "SOURCE"))
    ap.add_argument("--thresholds", type=float, nargs="+", default=[0.9, 0.95])
    args = ap.parse_args()
    with examples_path("taboo").open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t"))
    total = {th: [0, 0, 0, 0, 0, 0] for th in args.thresholds}
    for writer, truth, source in args.set:
        model = fitted_without(rows, set(writer.split(",")))
        turns = heard_turns(Path(truth), source)
        scored = [(model.best(text)[0], taboo, call) for text, taboo, call in turns]
        clean_calls = {c for _, _, c in turns} - {c for _, taboo, c in turns if taboo}
        line = []
        for th in args.thresholds:
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
