"""Service vocabulary after Whisper (issue 17): the corrector and faster-whisper's hotwords.

On labelled calls (``*.truth.json`` with the scripts that were spoken), prints side by side:
the CER of the agent's turns (all the agent's text of a call against the script's agent lines)
and the rules' F1 (``rules eval``: call-level and event-level micro F1, macro F1), for each
variant of the recognition stage:

* from committed transcripts (``--transcripts``): as stored, through the corrector with its
  service words only (``corrector.homophones`` off), and through the whole corrector;
* from audio (``--audio DIR``, the recordings beside their truth files): decoded plainly and
  with ``asr.hotwords`` (the corrector's lexicon for the default line), each as heard and
  through the corrector — the two decodings in one run, sharing one loaded model.

    python benchmarks/vocabulary_eval.py --transcripts data/eval/transcripts.jsonl.gz --truth data/eval/truth
    python benchmarks/vocabulary_eval.py --audio /path/to/heldout_audio [--slack 3]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import time
from pathlib import Path

from qa_pipeline.asr.correct import Corrector, corrections
from qa_pipeline.asr.metrics import corpus_cer
from qa_pipeline.asr.transcribe import Transcriber
from qa_pipeline.audio import Decoder
from qa_pipeline.config import Config, load_config
from qa_pipeline.export import read_transcripts
from qa_pipeline.intake import read_folder
from qa_pipeline.pipeline import evaluate_rules


def agent_script(truth_dir: Path) -> dict[str, str]:
    scripts = {}
    for path in truth_dir.glob("*.truth.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        scripts[str(data["call_id"])] = "".join(u["text"] for u in data["utterances"] if u["role"] == "agent")
    return scripts


def measure(name: str, calls: list[tuple[dict, object]], config: Config, truth: Path, scripts: dict[str, str],
            slack: float) -> None:
    pairs = [("".join(u.text for u in t.utterances if u.role == "agent"), scripts[row.call_id])
             for row, t in calls if row.call_id in scripts]
    report = evaluate_rules(config, truth, calls, slack=slack)
    by_calls, by_events = report.micro()
    changed = sum(1 for _, t in calls for _ in corrections(t))
    print(f"  {name:28s} {corpus_cer(pairs):9.4f} {by_calls.f1:8.3f} {by_events.f1:9.3f} "
          f"{report.macro_f1('calls'):8.3f} {report.macro_f1('events'):9.3f} {changed:8d}", flush=True)


def corrected(calls, corrector: Corrector):
    return [(row, corrector.correct(t, row.business_line)) for row, t in calls]


def decoded(audio: Path, config: Config, hotwords: str) -> dict[str, list]:
    """Each call of ``audio`` decoded plainly and with ``hotwords``, by one loaded model."""
    calls = read_folder(audio, config.intake).calls
    plain = Transcriber(config.asr, config.vad)
    hinted = Transcriber(dataclasses.replace(config.asr, hotwords=hotwords), config.vad, backend=plain.backend)
    out: dict[str, list] = {"as heard": [], "hotwords": []}
    size = config.asr.calls_per_batch
    with Decoder(config.audio) as decoder:
        for i in range(0, len(calls), size):
            chunk = calls[i : i + size]
            audio_chunk = [decoder.decode(c.path, config.audio.channel_layout) for c in chunk]
            rows = list(chunk)  # the calls themselves: what rules eval reads beside each transcript
            for name, transcriber in (("as heard", plain), ("hotwords", hinted)):
                t0 = time.perf_counter()
                out[name] += list(zip(rows, transcriber.transcribe_many(audio_chunk)))
                print(f"    {name}: calls {i + 1}–{i + len(chunk)} in {time.perf_counter() - t0:.0f} s", flush=True)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--transcripts", type=Path, help="an exported transcripts.jsonl(.gz)")
    source.add_argument("--audio", type=Path, help="a folder of recordings with their *.truth.json")
    parser.add_argument("--truth", type=Path, help="the truth files (default: the --audio folder)")
    parser.add_argument("--slack", type=float, default=1.0, help="seconds of tolerance for events (rules eval --slack)")
    parser.add_argument("--config", type=Path)
    args = parser.parse_args()
    config = load_config(args.config)
    corrector = Corrector(config.corrector, Corrector.from_config(
        dataclasses.replace(config, corrector=dataclasses.replace(config.corrector, enabled=True))).vocabularies)
    truth = args.truth or args.audio
    scripts = agent_script(truth)
    if args.transcripts:
        variants = {"as stored": list(read_transcripts(args.transcripts))}
    else:
        variants = decoded(args.audio, config, " ".join(config.corrector.words_for("default")))
    print(f"{len(scripts)} labelled calls in {truth}; slack {args.slack:g} s")
    print(f"  {'variant':28s} {'agent CER':>9s} {'call F1':>8s} {'event F1':>9s} {'macro c':>8s} {'macro ev':>9s} "
          f"{'changed':>8s}")
    # The corrector with its dictionary homophones switched off: the service words alone, as before them.
    service_only = Corrector(dataclasses.replace(corrector.config, homophones=False), corrector.vocabularies)
    for name, calls in variants.items():
        measure(name, calls, config, truth, scripts, args.slack)
        measure(f"{name} + service words", corrected(calls, service_only), config, truth, scripts, args.slack)
        measure(f"{name} + corrector", corrected(calls, corrector), config, truth, scripts, args.slack)


if __name__ == "__main__":
    main()
