"""Mono recordings: mixdowns of stereo calls, separated, against their own stereo channels.

For every stereo call of a folder (agent left, with ``*.truth.json``):

- the two channels are mixed into one (their mean) and taken as a mono call is: told apart on
  the mix (``qa_pipeline.separation``), each speaker's copy of the mix transcribed as a channel,
  and named (``qa_pipeline.roles``);
- **DER**: the stereo channels' voice activity is the truth (Silero VAD on each channel, the
  pipeline's settings); per 10-ms frame, error = max(#truth speakers, #found speakers) −
  #correctly attributed, over the truth's speech time (overlaps count twice), no collar; also with
  NIST md-eval's 0.25 s collar around the truth turns' edges. Printed
  with the best mapping of the two found speakers (diarization) and with the roles as named;
- **agent identified**: the speaker named agent is the one the agent channel maps to;
- **rules**: per-kind call-level F1 (`rules eval`, findings the scorecard would deduct) on the
  mono transcripts next to the same calls in stereo;
- **speed**: separation time against the mono call's ASR time.

ASR of the speakers' tracks (per separation setting) and of the stereo calls (without
``--stereo-transcripts``) is cached in ``--cache``, so that a run again decodes nothing.

    python benchmarks/mono_separation.py data/samples --cache /tmp/mono-cache
    python benchmarks/mono_separation.py /work/heldout_audio --stereo-transcripts data/heldout/transcripts.jsonl.gz \\
        --calls 'H00(0[1-9]|10)' --cache /tmp/mono-cache        # the tuning part; the rest: --skip the same
    cp /tmp/heldout4.sqlite /tmp/mono14/h4.sqlite && python benchmarks/mono_separation.py /work/heldout4 \
        --stereo-store sqlite:////tmp/mono14/h4.sqlite --cache /tmp/mono14/cache4 --per-call
    python benchmarks/mono_separation.py /work/heldout24 /work/heldout25 --cache /tmp/mono24/cache \
        --cache /tmp/mono25/cache --stereo-store sqlite:////tmp/h24.sqlite --stereo-store sqlite:////tmp/h25.sqlite

Several folders are measured one by one and then pooled: DER over all their calls, and per-kind F1
from the call counts summed over the folders. Twelve calls make a kind's F1 move by 0.1 or more per
call, so "within 0.05 of stereo" can only be read on the pool.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from dataclasses import asdict, replace
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from machine import cpu_name, load  # noqa: E402

from qa_pipeline.audio import ChannelAudio, DecodedCall, Decoder, detect_speech, sound_islands  # noqa: E402
from qa_pipeline.asr.transcribe import Transcriber  # noqa: E402
from qa_pipeline.config import load_config  # noqa: E402
from qa_pipeline.export import read_transcripts  # noqa: E402
from qa_pipeline.pipeline import evaluate_rules  # noqa: E402
from qa_pipeline.rules.evaluate import Counts  # noqa: E402
from qa_pipeline.records import Call  # noqa: E402
from qa_pipeline.separation import FRAME_S, _encoder, label_frames, named, told_apart  # noqa: E402
from qa_pipeline.store import Store  # noqa: E402
from qa_pipeline.store.codec import transcript_from_json, transcript_to_json  # noqa: E402

ROLES = ("agent", "customer")


def frames_of(spans, n: int) -> np.ndarray:
    """(n × 2) bool: agent / customer speaking in each 10-ms frame."""
    out = np.zeros((n, 2), bool)
    for s in spans:
        if s.role in ROLES:
            out[int(s.start / FRAME_S) : int(np.ceil(s.end / FRAME_S)), ROLES.index(s.role)] = True
    return out


COLLAR_S = 0.25  # NIST's md-eval default: this much either side of a truth turn's edge is not scored


def scored(ref: np.ndarray, collar_s: float) -> np.ndarray:
    """(n,) bool: the frames a DER scores, those farther than ``collar_s`` from any edge of a
    truth turn (where one speaker starts or stops), all of them with no collar."""
    keep = np.ones(len(ref), bool)
    k = int(round(collar_s / FRAME_S))
    if k:
        for edge in np.flatnonzero(np.diff(ref.astype(np.int8), axis=0).any(1)) + 1:
            keep[max(0, edge - k):edge + k] = False
    return keep


def der(ref: np.ndarray, hyp: np.ndarray, collar_s: float = 0.0) -> tuple[float, float, float, float]:
    """(DER, missed, false alarm, confusion) as shares of the truth's speech time, frames within
    ``collar_s`` of a truth turn's edge left out."""
    keep = scored(ref, collar_s)
    ref, hyp = ref[keep], hyp[keep]
    total = ref.sum()
    correct = (ref & hyp).sum(1)
    error = np.maximum(ref.sum(1), hyp.sum(1)) - correct
    missed = np.maximum(ref.sum(1) - hyp.sum(1), 0)
    false_alarm = np.maximum(hyp.sum(1) - ref.sum(1), 0)
    confusion = np.minimum(ref.sum(1), hyp.sum(1)) - correct
    return tuple(float(x.sum() / total) for x in (error, missed, false_alarm, confusion))


def cached(cache: Path, name: str, make):
    path = cache / f"{name}.json"
    if path.exists():
        d = json.loads(path.read_text())
        return transcript_from_json(d["t"]), d["s"]
    t0 = time.perf_counter()
    transcript = make()
    seconds = time.perf_counter() - t0
    path.write_text(json.dumps({"t": transcript_to_json(transcript), "s": seconds}))
    return transcript, seconds


def measure(folder: Path, cache: Path, stereo_given: dict, config, plain, args) -> tuple[list, list, list, dict]:
    """One folder's calls: (rows of figures, mono transcripts, stereo transcripts, time totals)."""
    cache.mkdir(parents=True, exist_ok=True)
    truths = {json.loads(p.read_text())["call_id"]: p for p in sorted(folder.glob("*.truth.json"))}
    ids = [c for c in truths if re.search(args.calls, c) and not (args.skip and re.search(args.skip, c))]
    rows, monos, stereos = [], [], []
    totals = {"asr": 0.0, "sep": 0.0, "speech": 0.0}
    # the speaker tracks depend on the separation settings: their transcripts are kept per setting
    settings = hashlib.sha1(json.dumps(asdict(config.separation), sort_keys=True).encode()).hexdigest()[:8]
    print(f"{len(ids)} calls from {folder}; {cpu_name()}; load {load()}")
    with Decoder(config.audio) as decoder:
        for cid in ids:
            truth = json.loads(truths[cid].read_text())
            stereo = decoder.decode(folder / truth["file"], "agent_left")
            a, c = (ch.samples for ch in stereo.channels)
            mix = ChannelAudio("unknown", ((a + c) / 2).astype(np.float32))
            # as Transcriber does for a mono call, each part timed on its own: told apart on the
            # mix, the speakers' copies of it transcribed as two channels, then named
            t0 = time.perf_counter()
            frames, tracks = told_apart(mix, config.vad, config.separation)
            sep_s = time.perf_counter() - t0
            two = DecodedCall("mono", tracks)
            heard, asr_s = cached(cache, f"{cid}.tracks-{settings}", lambda: plain.transcribe(two))
            # the lone sounds are the mix's, measured by this code (no decoding in them)
            heard = replace(heard, islands=tuple(sound_islands(mix, mixed=True)))
            t0 = time.perf_counter()
            separated = named(heard, frames, config.separation)
            sep_s += time.perf_counter() - t0
            if args.dump:
                args.dump.mkdir(parents=True, exist_ok=True)
                (args.dump / f"{cid}.json").write_text(json.dumps(transcript_to_json(separated)))
            n = len(a) // 160 + 1
            ref = frames_of([s for ch in stereo.channels for s in detect_speech(ch, config.vad)], n)
            hyp = frames_of(separated.speech, n)
            as_named = der(ref, hyp)
            swapped = der(ref, hyp[:, ::-1])
            best = min(as_named, swapped)
            collared = min(der(ref, hyp, COLLAR_S), der(ref, hyp[:, ::-1], COLLAR_S))
            row = Call(cid, "", agent_id=truth.get("agent_id", ""))
            if cid in stereo_given:
                stereo_t = stereo_given[cid][1]
            else:
                stereo_t, _ = cached(cache, f"{cid}.stereo", lambda: plain.transcribe(stereo))
            monos.append((row, separated))
            stereos.append((row, stereo_t))
            totals["asr"] += asr_s
            totals["sep"] += sep_s
            totals["speech"] += ref.any(1).sum() * FRAME_S
            sep = separated.separation
            both_ref, both_hyp = ref.all(1), np.zeros(n, bool)
            for a_, b_ in separated.separation.overlaps:  # where separation marked possible talking over
                both_hyp[int(a_ / FRAME_S) : int(np.ceil(b_ / FRAME_S))] = True
            overlap = (int((both_ref & both_hyp).sum()), int(both_hyp.sum()), int(both_ref.sum()))
            rows.append({"call": cid, "overlap": overlap, "der": best[0], "miss": best[1], "fa": best[2], "conf": best[3],
                         "der_collar": collared[0], "conf_collar": collared[3],
                         "der_roles": as_named[0], "agent_ok": as_named[0] <= swapped[0],
                         "role_conf": sep.role_confidence, "voices": sep.voice_similarity,
                         "overlaps": len(sep.overlaps), "asr_s": asr_s, "sep_s": sep_s})
            if args.per_call:
                r = rows[-1]
                print(f"  {cid}: DER {r['der']:.3f} (miss {r['miss']:.3f} FA {r['fa']:.3f} confusion {r['conf']:.3f}) "
                      f"agent {'ok' if r['agent_ok'] else 'WRONG'} ({r['role_conf']:.2f}) voices {r['voices']:.2f} "
                      f"sep {sep_s:.1f}s asr {asr_s:.1f}s | {sep.evidence}")
    return rows, monos, stereos, totals


def print_separation(rows: list, totals: dict) -> None:
    speech = totals["speech"]
    print(f"\nDER (best mapping, per call): mean {np.mean([r['der'] for r in rows]):.3f}, "
          f"median {np.median([r['der'] for r in rows]):.3f}, max {max(r['der'] for r in rows):.3f} "
          f"(missed {np.mean([r['miss'] for r in rows]):.3f}, false alarm {np.mean([r['fa'] for r in rows]):.3f}, "
          f"confusion {np.mean([r['conf'] for r in rows]):.3f})")
    print(f"DER with NIST's {COLLAR_S:g} s collar (edges of truth turns not scored): mean "
          f"{np.mean([r['der_collar'] for r in rows]):.3f}, max {max(r['der_collar'] for r in rows):.3f} "
          f"(confusion {np.mean([r['conf_collar'] for r in rows]):.3f})")
    hit, found, there = (sum(r["overlap"][i] for r in rows) for i in range(3))
    print(f"overlapped speech (both channels speak): {there * FRAME_S:.0f} s in the truth; cut-ins marked "
          f"(a change of speaker without a pause) {found * FRAME_S:.0f} s, "
          f"precision {hit / max(found, 1):.2f}, recall {hit / max(there, 1):.2f}")
    print(f"DER with the roles as named: mean {np.mean([r['der_roles'] for r in rows]):.3f}")
    ok = sum(r["agent_ok"] for r in rows)
    print(f"agent identified: {ok}/{len(rows)} ({ok / len(rows):.1%}); role confidence median "
          f"{np.median([r['role_conf'] for r in rows]):.2f}, least {min(r['role_conf'] for r in rows):.2f}")
    print(f"separation {totals['sep']:.1f} s vs mono ASR {totals['asr']:.1f} s: {totals['sep'] / totals['asr']:.1%} "
          f"of ASR time ({speech / 60:.1f} min of speech; ASR times cached from earlier runs count as measured then)")


def print_kinds(stereo_counts: dict, mono_counts: dict, slack: float) -> None:
    """Per-kind call-level F1 from counts (kind → Counts), summed over the folders when there are several."""
    print(f"\n{'kind':<20} {'calls':>5} {'stereo F1':>9} {'mono F1':>8} {'diff':>6}   (call level, --slack {slack:g})")
    show = lambda f: "–" if f is None else f"{f:.2f}"  # noqa: E731
    for kind, k in stereo_counts.items():
        fs, fm = k.f1, mono_counts[kind].f1 if kind in mono_counts else None
        diff = f"{fm - fs:+.2f}" if fs is not None and fm is not None else "–"
        print(f"{kind:<20} {k.tp + k.fn:>5} {show(fs):>9} {show(fm):>8} {diff:>6}")
    # interruption is not looked for on one channel (it would score 0 there): both macros leave it out
    macro = lambda counts: np.mean([f for kind, c in counts.items()  # noqa: E731
                                    if kind != "interruption" and (f := c.f1) is not None])
    print(f"{'macro but interruption':<20} {'':>5} {macro(stereo_counts):>9.2f} {macro(mono_counts):>8.2f}")
    drops = [(mono_counts[kind].f1 or 0.0) - k.f1 for kind, k in stereo_counts.items()
             if kind != "interruption" and k.f1 is not None and kind in mono_counts]
    # three places: a drop printed as -0.05 may be -0.054, outside the target
    print(f"kinds but interruption: largest drop mono vs stereo {min(drops):+.3f} (target: within 0.05)")


def pool(per_folder: list[dict]) -> dict:
    """kind → Counts summed over the folders (a kind one folder lacks counts nothing there)."""
    sums: dict = {}
    for counts in per_folder:
        for kind, c in counts.items():
            sums[kind] = sums.get(kind, Counts()) + c
    return sums


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", type=Path, nargs="+", help="one or more folders; several are also pooled at the end")
    ap.add_argument("--cache", type=Path, required=True, action="append",
                    help="one per folder (or one for all): ASR of the speakers' tracks is kept here")
    ap.add_argument("--stereo-transcripts", type=Path, help="a transcripts export of the same calls in stereo")
    ap.add_argument("--stereo-store", action="append", default=[],
                    help="or a store (URL) holding them, one per folder or one for all: its text unmasked, as the "
                         "rules read it; give a copy, it may be upgraded")
    ap.add_argument("--calls", default="", help="only call ids matching this pattern")
    ap.add_argument("--skip", default="", help="leave out call ids matching this pattern")
    ap.add_argument("--slack", type=float, default=3.0)
    ap.add_argument("--per-call", action="store_true")
    ap.add_argument("--separation", default="{}", help='separation settings to try, as JSON: {"switch_cost": 5}')
    ap.add_argument("--dump", type=Path, help="also write each separated mono transcript here (CALL.json), "
                                              "to try rule changes on them with `rules eval`-like scripts")
    args = ap.parse_args()
    config = load_config(overrides={"separation": json.loads(args.separation)})
    n = len(args.folders)
    caches = args.cache * n if len(args.cache) == 1 else args.cache
    stores = args.stereo_store * n if len(args.stereo_store) == 1 else args.stereo_store or [None] * n
    if len(caches) != n or len(stores) != n:
        ap.error("give --cache and --stereo-store once, or once per folder")
    plain = Transcriber(config.asr, config.vad, separation=replace(config.separation, enabled=False))
    _encoder()  # loaded once per process (with torch, librosa, scikit-learn): not a call's cost
    label_frames(np.zeros(32000, np.float32), [], config.separation)
    all_rows, all_totals, per_folder = [], {"asr": 0.0, "sep": 0.0, "speech": 0.0}, []
    for folder, cache, store in zip(args.folders, caches, stores):
        stereo_given = {call.call_id: (call, t) for call, t in read_transcripts(args.stereo_transcripts)} \
            if args.stereo_transcripts else {}
        if store:
            stereo_given.update({call.call_id: (call, t) for call, t in Store(store).iter_transcripts()})
        rows, monos, stereos, totals = measure(folder, cache, stereo_given, config, plain, args)
        print_separation(rows, totals)
        counts = [{k.kind: k.calls for k in evaluate_rules(config, folder, t, slack=args.slack).kinds}
                  for t in (stereos, monos)]
        print_kinds(*counts, args.slack)
        all_rows += rows
        for key in all_totals:
            all_totals[key] += totals[key]
        per_folder.append(counts)
    if n > 1:
        print(f"\n=== pooled over {n} folders, {len(all_rows)} calls (counts summed, then F1) ===")
        print_separation(all_rows, all_totals)
        print_kinds(pool([c[0] for c in per_folder]), pool([c[1] for c in per_folder]), args.slack)


if __name__ == "__main__":
    main()
