# -*- coding: utf-8 -*-
"""Counts of a held-out / blind set for its README, from the truth files only (dev only).

    python tools/gen_calls/set_counts.py /work/heldout5 [--manifest]

Prints Markdown: calls, durations, centres, voices, calls and events per kind, the variants of
the injected defects and the hard negatives (all calls / clean calls).  Never a sentence: a
blind set measures generalisation only while nobody reads its phrasings.  ``--manifest`` also
writes manifest.csv (the columns of generate.finish_set), which ``--only`` runs leave alone.
"""
from __future__ import annotations

import argparse
import json
import re
import statistics
from collections import Counter
from pathlib import Path

from generate import EVAL_KINDS, write_manifest

NEGATIVES = {
    "agent backchannels inside customer speech": lambda t: len(t["backchannels"]),
    "customer backchannels inside agent speech": lambda t: len(t["customer_backchannels"]),
    "agent look-alikes (taboo-ish words in acceptable service language)":
        lambda t: sum(x.get("role") != "customer" for x in t["lookalikes"]),
    "customers rude or using taboo-like words": lambda t: sum(x.get("role") == "customer" for x in t["lookalikes"]),
    "agent read-backs ending with a confirmation question":
        lambda t: sum(s["type"] == "readback" for s in t["slot_turns"]),
    "customer turns opening with 嗯/呃/啊":
        lambda t: sum(u["role"] == "customer" and u["text"][:1] in "嗯呃啊" for u in t["utterances"]),
    "announced holds under 30 s": lambda t: sum(h["announced"] and h["end_s"] - h["start_s"] < 30 for h in t["holds"]),
    "agent thinking pauses (over 2.5 s, under 5 s) before an answer": lambda t: len(t.get("think_pauses", [])),
    "agent 啊 ending a word (是啊, 好啊), never alone":
        lambda t: sum(len(c) > 1 and c.endswith("啊") for u in agent_utts(t) for c in clauses(u["text"])),
    "agent 嗯 fused into a yes (嗯对, 嗯嗯)": lambda t: sum(u["text"].startswith(("嗯对", "嗯嗯")) for u in agent_utts(t)),
}
SHORT_TURN = 12   # 字: an agent turn this short is a short one for the filler counts


def agent_utts(t: dict) -> list[dict]:
    return [u for u in t["utterances"] if u["role"] == "agent"]


def clauses(text: str) -> list[str]:
    """The clauses of a sentence without their punctuation."""
    return [re.sub(r"[，、。！？；：]", "", c) for c in re.findall(r"[^，、。！？；：]+[，、。！？；：]*", text)]


def tic_places(t: dict) -> list[tuple[str, str, str]]:
    """Per filler event of call t: (turn start | after a comma, short | long turn, third of the call)."""
    out = []
    for e in t["events"]:
        if e["kind"] != "filler":
            continue
        u = next(u for u in agent_utts(t) if u["start_s"] <= e["start_s"] < u["end_s"])
        turn = [x for x in agent_utts(t) if x["turn"] == u["turn"]]
        first = u is turn[0] and clauses(u["text"])[0] == e["detail"]
        chars = sum(len(re.sub(r"[，、。！？；：]", "", x["text"])) - 1 for x in turn)   # without the tic
        third = ("first", "middle", "last")[min(2, int(3 * e["start_s"] / t["duration_s"]))]
        out.append(("turn start" if first else "after a comma", "short" if chars <= SHORT_TURN else "long", third))
    return out


def load(d: Path) -> list[dict]:
    return sorted((json.loads(p.read_text(encoding="utf-8")) for p in d.glob("*.truth.json")),
                  key=lambda t: t["call_id"])


def events(trs: list[dict], kind: str) -> list[dict]:
    return [e for t in trs for e in t["events"] if e["kind"] == kind]


def span(xs: list[float], fmt: str = ".1f") -> str:
    return f"{min(xs):{fmt}}-{max(xs):{fmt}}" if xs else "none"


def report(trs: list[dict]) -> str:
    clean = [t for t in trs if not t["kinds"]]
    durs = [t["duration_s"] for t in trs]
    voices = lambda role: Counter(t["voices"][role]["voice"] for t in trs)  # noqa: E731
    pairs = {(t["voices"]["agent"]["voice"], t["voices"]["customer"]["voice"]) for t in trs}
    per_agent = Counter(t["agent_id"] for t in trs)
    L = [f"- {len(trs)} calls, {len(clean)} clean; {span(durs, '.0f')} s (median {statistics.median(durs):.0f} s), "
         f"{sum(durs) / 60:.1f} min in all.",
         f"- {len({t['company'] for t in trs})} centres in {len({t['domain'] for t in trs})} business lines, "
         f"{len(per_agent)} agents (" + ", ".join(f"{n} with {c} call{'s' if c > 1 else ''}" for c, n in
                                               sorted(Counter(per_agent.values()).items())) + ").",
         f"- Agent voices {dict(sorted(voices('agent').items()))}; customer voices "
         f"{dict(sorted(voices('customer').items()))}; {len(pairs)} distinct pairings.",
         "", "| kind | calls | events |", "|---|---|---|"]
    kc = Counter(k for t in trs for k in set(t["kinds"]))
    L += [f"| {k} | {kc[k]} | {len(events(trs, k))} |" for k in EVAL_KINDS]
    holds = [(h["end_s"] - h["start_s"], h["announced"], h["audio"]) for t in trs for h in t["holds"]]
    fast = [e["chars_per_min"] for e in events(trs, "fast_speech")]
    inter = events(trs, "interruption")
    fillers = [dict(e, call=t["call_id"]) for t in trs for e in t["events"] if e["kind"] == "filler"]
    L += ["",
          f"- forbidden_phrase families: {dict(Counter(e.get('family') for e in events(trs, 'forbidden_phrase')))}.",
          f"- filler tics: {dict(Counter(e['detail'] for e in events(trs, 'filler')))}; per filler call "
          f"{sorted(Counter(e['call'] for e in fillers).values())}; "
          + "; ".join(f"{dict(Counter(p[i] for t in trs for p in tic_places(t)))}" for i in range(3))
          + f" (short: an agent turn of <= {SHORT_TURN} 字 besides the tic; thirds of the call).",
          f"- interruption: {dict(Counter(e.get('mode') for e in inter))}; overlap "
          f"{span([e['overlap_s'] for e in inter])} s; agent-first leads "
          f"{span([e['lead_s'] for e in inter if e.get('mode') == 'agent_first'], '.2f')} s.",
          f"- fast_speech: {span(fast, '.0f')} 字/分 over each fast turn's span.",
          f"- holds: {len(holds)} ({sum(h[1] for h in holds)} announced, "
          f"{sum(h[2] == 'music' for h in holds)} with music), {span([h[0] for h in holds], '.0f')} s; "
          f"long holds {span([e['end_s'] - e['start_s'] for e in events(trs, 'long_hold')], '.0f')} s, "
          f"unannounced {span([e['end_s'] - e['start_s'] for e in events(trs, 'unannounced_hold')], '.0f')} s.",
          "", "| hard negative (never an event) | all calls | clean calls |", "|---|---|---|"]
    L += [f"| {name} | {sum(map(f, trs))} | {sum(map(f, clean))} |" for name, f in NEGATIVES.items()]
    return "\n".join(L)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dir", type=Path)
    ap.add_argument("--manifest", action="store_true", help="also write manifest.csv")
    args = ap.parse_args(argv)
    trs = load(args.dir)
    if not trs:
        raise SystemExit(f"{args.dir}: no truth files")
    if args.manifest:
        write_manifest(args.dir, trs)
    print(report(trs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
