"""ASR stage: turn each channel's speech into utterances with word timings.

Only speech is decoded: voice activity picks the turns of each channel, the turns are
packed into windows of at most ``max_window_s`` (holds, silences and the silent side of a
stereo call never reach the model), and all windows of a call are decoded in one batch.
The output is then guarded against Whisper's known Mandarin failures before it becomes an
``Utterance``: invented text over silence or music, prompt echoes, subtitle credits,
repetition loops and answers in the wrong language.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import asdict, dataclass
from typing import Sequence

import numpy as np

from ..audio import ChannelAudio, DecodedCall, detect_speech, merge_spans, sound_islands
from ..config import SeparationConfig, VadConfig
from ..errors import ConfigError
from ..records import SpeechSpan, Transcript, Utterance, Word
from .base import SAMPLE_RATE, AsrBackend, AsrOptions, RawSegment, RawWord
from .model import resolve_model
from ..text import drop_foreign_letters, looks_like_wrong_language, normalise_for_matching, to_simplified, tokens

logger = logging.getLogger(__name__)

PIECE_GAP_S = 0.5  # silence laid between packed turns: Whisper then keeps them apart
MIN_RETRY_PIECE_S = 0.5  # shorter pieces that came back empty are not decoded again
MAX_RETRIES = 2
# Whisper also ends a window early inside one piece: after 「没有了，谢谢」 it stops, and the
# agent's 「感谢您的来电，再见」 that follows without a pause (one piece on a mono call) is never
# written. A piece whose words end this long before its speech does is decoded again from
# just after its last word.
TAIL_RETRY_S = 2.0
TAIL_MARGIN_S = 0.1
# Whisper's word edges may overshoot the audio by a few frames; a word whose middle lies
# further outside its window than this was not placed by the audio, and is not kept there.
TRACE_TOLERANCE_S = 0.5
# Part of every transcript's cache key: bump it when this stage's output changes for the same
# settings (2: misaligned packed windows are decoded piece by piece; 3: words are traced to their
# window by the chunk faster-whisper decoded them from, not by their times; words in another
# script dropped; 4: the VAD padding kept; 5: short sounds alone kept, for the tics Whisper
# drops; 6: the untranscribed tail of a piece decoded again; 7: what packing lost in every
# retry decoded alone in the last, and a mono call's lone sounds found 12 dB over its floor and
# given a speaker; 8: each lone sound's opening hiss measured; 9: a mono call told apart before
# it is transcribed, each speaker's copy of the mix decoded as a channel; 10: a mono speaker's
# speech is their copy's voice activity, not their frames; 11: a channel whose voice activity
# misses most of its loud sound is checked again in windows, Silero's state fresh in each; 12:
# each lone sound's voicing measured), so
# stored transcripts made by older code are decoded again instead of being reused.
ASR_STAGE_VERSION = 12


def load_backend(options: AsrOptions) -> AsrBackend:
    """Load the configured backend and model (the embedded model by default), offline."""
    if options.backend == "faster-whisper":
        from .faster_backend import FasterWhisperBackend

        return FasterWhisperBackend(options, resolve_model(options.model))
    if options.backend == "openai-whisper":
        from .openai_backend import OpenAIWhisperBackend

        return OpenAIWhisperBackend(options, resolve_model(options.model))
    raise ConfigError(f"asr.backend must be faster-whisper or openai-whisper, not {options.backend!r}")


def asr_key(options: AsrOptions, vad: VadConfig, separation: SeparationConfig = SeparationConfig()) -> str:
    """Identifies everything that changes what Whisper hears and who said it: the cache key beside the
    audio hash (a corrector adds its own part: ``correct.corrected_key``).

    The separation settings count too: they decide a mono call's speakers and roles.
    """
    # unset: the key as before these options existed
    asr = {k: v for k, v in asdict(options).items() if v or k not in ("hotwords", "encode_pad_s")}
    settings = {"asr": asr, "vad": asdict(vad), "version": ASR_STAGE_VERSION, "separation": asdict(separation)}
    return hashlib.sha256(json.dumps(settings, sort_keys=True, default=str).encode()).hexdigest()[:16]


@dataclass(frozen=True)
class _Piece:
    turn: int  # index into the call's turn list
    start: float  # seconds in the call
    end: float
    offset: float  # seconds from the window start where this piece begins


@dataclass(frozen=True)
class _Window:
    track: int  # a channel of one of the calls decoded together
    pieces: tuple[_Piece, ...]

    @property
    def duration(self) -> float:
        last = self.pieces[-1]
        return last.offset + last.end - last.start

    def holds(self, t: float) -> bool:
        """Whether a window-relative time lies in this window's audio (edges drift a little)."""
        return -TRACE_TOLERANCE_S <= t <= self.duration + TRACE_TOLERANCE_S

    def piece_at(self, t: float) -> _Piece:
        """The piece a time inside the window belongs to (the gaps are split halfway)."""
        piece = self.pieces[0]
        for candidate in self.pieces[1:]:
            if candidate.offset - PIECE_GAP_S / 2 <= t:
                piece = candidate
        return piece

    @staticmethod
    def call_time(piece: _Piece, t: float) -> float:
        return round(min(max(piece.start + t - piece.offset, piece.start), piece.end), 3)


def _split_turn(turn: SpeechSpan, spans: list[SpeechSpan], max_s: float) -> list[tuple[float, float]]:
    """Cut a turn longer than a window at voice-activity pauses, else at fixed lengths."""
    if turn.duration <= max_s:
        return [(turn.start, turn.end)]
    inner = [s for s in spans if s.start >= turn.start - 1e-6 and s.end <= turn.end + 1e-6]
    parts: list[tuple[float, float]] = []
    for span in inner or [turn]:
        start = span.start
        while span.end - start > max_s:
            parts.append((start, start + max_s))
            start += max_s
        if parts and span.end - parts[-1][0] <= max_s and span.start - parts[-1][1] < 1.0:
            parts[-1] = (parts[-1][0], span.end)
        else:
            parts.append((start, span.end))
    return parts


def _pack(track: int, turns: list[tuple[int, float, float]], max_s: float) -> list[_Window]:
    windows: list[_Window] = []
    pieces: list[_Piece] = []
    used = 0.0
    for turn, start, end in turns:
        length = end - start
        if pieces and used + PIECE_GAP_S + length > max_s:
            windows.append(_Window(track, tuple(pieces)))
            pieces, used = [], 0.0
        offset = used + (PIECE_GAP_S if pieces else 0.0)
        pieces.append(_Piece(turn, start, end, offset))
        used = offset + length
    if pieces:
        windows.append(_Window(track, tuple(pieces)))
    return windows


def _window_audio(window: _Window, samples: np.ndarray) -> np.ndarray:
    last = window.pieces[-1]
    out = np.zeros(int(round((last.offset + last.end - last.start) * SAMPLE_RATE)) + 1, dtype=np.float32)
    for p in window.pieces:
        chunk = samples[int(p.start * SAMPLE_RATE) : int(p.end * SAMPLE_RATE)]
        at = int(round(p.offset * SAMPLE_RATE))
        out[at : at + len(chunk)] = chunk[: len(out) - at]
    return out


MAX_CHARS_PER_S = 9.0  # about 540 字/分: twice a fast agent; more means misplaced words


def _too_dense(piece: _Piece, words: list[Word]) -> bool:
    chars = sum(len(normalise_for_matching(w.text)) for w in words)
    return chars > 4 and chars / max(piece.end - piece.start, 0.3) > MAX_CHARS_PER_S


def _keep_segment(seg: RawSegment, options: AsrOptions, blocked: tuple[str, ...]) -> bool:
    text = normalise_for_matching(seg.text)
    if not text:
        return False
    if seg.no_speech_prob > options.no_speech_threshold and seg.avg_logprob < options.log_prob_threshold:
        return False  # Whisper's own silence test, applied per segment
    if seg.compression_ratio > options.compression_ratio_threshold:
        return False  # a repetition loop
    if any(b and b in text for b in blocked):
        return False  # subtitle credits and other text invented over silence or music
    if looks_like_wrong_language(seg.text):
        return False
    return True


def _window_words(seg: RawSegment) -> list[tuple[RawWord, str]]:
    """A segment's words (window-relative times) with their text in Simplified Chinese.

    Letters of another script (Whisper's сегодня inside Mandarin) are dropped: never the wrong language.
    """
    if not seg.words:  # word timestamps off: the whole segment is one "word"
        text = drop_foreign_letters(to_simplified(seg.text.strip()))
        return [(RawWord(seg.start, seg.end, text, float(np.exp(seg.avg_logprob))), text)] if text else []
    out = []
    for w in seg.words:
        text = drop_foreign_letters(to_simplified(w.text.strip()))
        if text.strip():
            out.append((w, text.strip()))
    return out


def _spread_over(timed: list[tuple[RawWord, str]], duration: float) -> list[tuple[RawWord, str]]:
    """Scale a one-piece window's word times into its audio, keeping their order and spacing.

    Whisper sometimes times a window's words past its end; they were still heard in it.
    """
    last = max(w.end for w, _ in timed)
    scale = duration / last if last > duration else 1.0
    return [(RawWord(max(w.start, 0.0) * scale, max(w.end, 0.0) * scale, w.text, w.probability), text)
            for w, text in timed]


class Transcriber:
    """Decodes calls with one loaded backend; reuse it across a batch."""

    def __init__(self, options: AsrOptions, vad: VadConfig, backend: AsrBackend | None = None,
                 separation: SeparationConfig = SeparationConfig()):
        self.options = options
        self.vad = vad
        self.separation = separation
        self.backend = backend or load_backend(options)
        self.key = asr_key(options, vad, separation)
        prompts = [p for p in map(normalise_for_matching, (options.initial_prompt, options.hotwords)) if p]
        # A segment that only repeats the decoding prompt (or the hint words) was not said.
        self._blocked = tuple(normalise_for_matching(b) for b in options.blocklist) + tuple(prompts)

    def transcribe(self, decoded: DecodedCall) -> Transcript:
        return self.transcribe_many([decoded])[0]

    def transcribe_many(self, calls: Sequence[DecodedCall]) -> list[Transcript]:
        """Transcribe several calls together: their windows share batches.

        On a CPU a batch of 4 windows costs about 0.55 s a window to encode, one alone 0.8 s,
        so pooling the windows (and the retries) of a few calls fills the batches.
        """
        # a mono call is told apart first and transcribed as its two speakers' tracks
        told_apart = {i: self._told_apart(call) for i, call in enumerate(calls) if self._separates(call)}
        channels = [told_apart[i][1] if i in told_apart else call.channels for i, call in enumerate(calls)]
        tracks = [channel for call_channels in channels for channel in call_channels]
        call_of_track = [i for i, call_channels in enumerate(channels) for _ in call_channels]
        spans = [detect_speech(track, self.vad) for track in tracks]
        turns = [merge_spans(s, self.vad.utterance_gap_s) for s in spans]
        flat_turns = [(track, turn) for track, track_turns in enumerate(turns) for turn in track_turns]
        words = self._decode_rounds(tracks, self._parts(turns, spans), [track for track, _ in flat_turns])
        transcripts = []
        for i, call in enumerate(calls):
            utterances = [
                self._utterance(turn, sorted(words[n], key=lambda w: w.start))
                for n, (track, turn) in enumerate(flat_turns)
                if call_of_track[track] == i and words[n]
            ]
            speech = [s for track, track_spans in enumerate(spans) if call_of_track[track] == i for s in track_spans]
            # a mono call's lone sounds are the mix's: a speaker's copy of it is cut silent around them
            islands = [x for channel in call.channels for x in sound_islands(channel, mixed=call.layout == "mono")]
            transcript = Transcript(
                duration_s=call.duration,
                layout=call.layout,
                utterances=tuple(sorted(utterances, key=lambda u: (u.start, u.role))),
                speech=tuple(sorted(speech, key=lambda s: s.start)),
                asr_key=self.key,
                speech_pad_s=self.vad.speech_pad_ms / 1000,
                islands=tuple(sorted(islands, key=lambda x: x.start)),
            )
            transcripts.append(self._named(transcript, told_apart[i][0]) if i in told_apart else transcript)
        return transcripts

    def _separates(self, call: DecodedCall) -> bool:
        return call.layout == "mono" and self.separation.enabled

    def _told_apart(self, call: DecodedCall) -> tuple:
        from ..separation import told_apart  # torch and the speaker encoder: mono calls only

        return told_apart(call.channels[0], self.vad, self.separation)

    def _named(self, transcript: Transcript, frames) -> Transcript:
        from ..separation import named

        return named(transcript, frames, self.separation)

    def _decode_rounds(self, tracks: Sequence[ChannelAudio], all_parts: dict[int, list[tuple[int, float, float]]],
                       turn_track: list[int]) -> dict[int, list[Word]]:
        """Decode every piece, retrying what Whisper dropped or misplaced; words per turn.

        ``turn_track[n]`` is the track (a channel of one call) that turn ``n`` was cut from.
        """
        words: dict[int, list[Word]] = {i: [] for i in range(len(turn_track))}
        parts, solo = all_parts, {}
        for round_ in range(1 + MAX_RETRIES):
            windows = [w for track, ps in parts.items() for w in _pack(track, ps, self.options.max_window_s)]
            windows += [_Window(track, (_Piece(turn, a, b, 0.0),)) for track, ps in solo.items() for turn, a, b in ps]
            heard, misplaced, tails = self._decode(windows, tracks, words, turn_track)
            # Whisper often ends a window after its first sentence and leaves the rest
            # untranscribed; whatever came back empty, and the unwritten tail of a piece that
            # did not, is packed again and decoded again.
            # A window whose words pile up in one piece was misaligned: its pieces go alone.
            parts = {
                track: [p for p in ps if (p[0], p[1]) not in heard | misplaced and p[2] - p[1] >= MIN_RETRY_PIECE_S]
                + [(turn, a, b) for t, turn, a, b in sorted(tails) if t == track]
                for track, ps in parts.items()
            }
            solo = {track: [p for p in ps if (p[0], p[1]) in misplaced] for track, ps in all_parts.items()}
            if round_ == MAX_RETRIES - 1:
                # The last round: a piece packed behind others may be lost in every window
                # (Whisper stops at the same early point), so what is left goes alone.
                solo = {track: solo.get(track, []) + ps for track, ps in parts.items()}
                parts = {track: [] for track in parts}
            if not any(parts.values()) and not any(solo.values()):
                break
        return words

    def _parts(self, turns, spans) -> dict[int, list[tuple[int, float, float]]]:
        """(turn index, start, end) per track (a channel of a call): turns cut to fit a window."""
        parts: dict[int, list[tuple[int, float, float]]] = {}
        index = 0
        for track, track_turns in enumerate(turns):
            parts[track] = []
            for turn in track_turns:
                parts[track] += [(index, s, e) for s, e in _split_turn(turn, spans[track], self.options.max_window_s)]
                index += 1
        return parts

    def _decode(self, windows: list[_Window], tracks: Sequence[ChannelAudio], words: dict[int, list[Word]],
                turn_track: list[int]) -> tuple[set[tuple[int, float]], set[tuple[int, float]],
                                                 set[tuple[int, int, float, float]]]:
        """Decode ``windows`` and add their words to ``words``.

        Returns the pieces that got words; the pieces of packed windows whose words
        cannot be traced to one piece: words placed past the window's audio, or piled up
        implausibly densely in one piece (Whisper's timestamps put another piece's text
        there), whose words are dropped so their pieces can be decoded alone; and the
        tails left untranscribed after a piece's last word, as (track, turn, start, end).
        """
        audio = [_window_audio(w, tracks[w.track].samples) for w in windows]
        results = self.backend.transcribe_windows(audio, self.options) if audio else []
        if len(results) != len(windows):  # a window's text could land in another call's
            raise RuntimeError(f"ASR backend {self.backend.name} answered {len(results)} of {len(windows)} windows")
        heard: set[tuple[int, float]] = set()
        misplaced: set[tuple[int, float]] = set()
        tails: set[tuple[int, int, float, float]] = set()
        for window, segments in zip(windows, results):
            found = self._placed(window, segments)
            if found is None:
                misplaced |= {(p.turn, p.start) for p in window.pieces}
                continue
            for piece, piece_words in found.items():
                if turn_track[piece.turn] != window.track:  # the invariant: a turn's words come from its own audio
                    raise RuntimeError(f"internal: a piece of track {window.track} names turn {piece.turn} "
                                       f"of track {turn_track[piece.turn]}")
                words[piece.turn] += piece_words
                heard.add((piece.turn, piece.start))
                last = max(w.end for w in piece_words)
                if piece.end - last >= TAIL_RETRY_S:
                    tails.add((window.track, piece.turn, round(last + TAIL_MARGIN_S, 3), piece.end))
        return heard, misplaced, tails

    def _placed(self, window: _Window, segments: list[RawSegment]) -> dict[_Piece, list[Word]] | None:
        """The window's kept words by the piece they were heard in, in call time.

        None when a packed window's words cannot all be traced to one of its pieces. A
        window of one piece keeps its words whatever their times: that piece's audio is the
        only audio it holds.
        """
        timed = [(seg_word, text) for seg in segments if _keep_segment(seg, self.options, self._blocked)
                 for seg_word, text in _window_words(seg)]
        untraced = [text for w, text in timed if not window.holds((w.start + w.end) / 2)]
        if untraced and len(window.pieces) > 1:
            logger.warning("track %d: %d words decoded outside their %.1f-s window (%s); its %d pieces are decoded alone",
                           window.track, len(untraced), window.duration, "".join(untraced)[:30], len(window.pieces))
            return None
        if untraced:
            timed = _spread_over(timed, window.duration)
        found: dict[_Piece, list[Word]] = {}
        for w, text in timed:
            # The midpoint decides the piece: Whisper's word edges drift across the gaps.
            piece = window.piece_at((w.start + w.end) / 2)
            word = Word(window.call_time(piece, w.start), window.call_time(piece, w.end), text, round(w.probability, 4))
            found.setdefault(piece, []).append(word)
        if len(window.pieces) > 1 and any(_too_dense(p, ws) for p, ws in found.items()):
            logger.info("track %d: words piled into one piece of a packed window; its pieces are decoded alone",
                        window.track)
            return None
        return found

    @staticmethod
    def _utterance(turn: SpeechSpan, words: list[Word]) -> Utterance:
        text = "".join(w.text for w in words)
        return Utterance(
            role=turn.role,
            start=round(turn.start, 3),
            end=round(turn.end, 3),
            text=text,
            confidence=round(float(np.mean([w.probability for w in words])), 4),
            words=tuple(words),
            tokens=tokens(text),  # once here, so rescoring and training never segment again
        )
