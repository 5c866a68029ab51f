"""Speaker separation on one channel: who of the two spoke when, on a mono recording.

A mono call is told apart before it is transcribed:

1. every stretch of the mix's speech is cut into overlapping windows (``window_s`` every
   ``hop_s``) and each window becomes a speaker embedding (resemblyzer's GE2E encoder; its
   weights ship in the wheel, it runs on the CPU torch the project installs);
2. the stretches of speech, each the mean of its windows, are clustered into two speakers
   (scikit-learn's k-means weighted by duration: whole turns are steadier points than 1-s
   windows, and a lone odd window cannot become a "speaker" of its own);
3. every 10-ms frame gets the evidence of the windows over it, and a two-state Viterbi path
   with a price on switching inside continuous speech decides who spoke: a turn does not
   flip speaker on one noisy window, while a pause lets the speaker change freely;
4. the mix is then kept twice, each copy only where one speaker speaks (``speaker_tracks``),
   and the two copies are transcribed as a stereo call's two channels are: Whisper hears one
   speaker at a time, so the other's 嗯 is not written into a turn, and a turn's words are
   timed on that speaker's speech alone (on the mix, a customer's 嗯 at an agent's turn edge
   became the agent's tic, and word times came out tighter than on the speaker's own line);
5. ``roles`` decides which speaker is the agent from what each said (``named``); each
   utterance keeps how sure its speaker is (``Utterance.speaker_confidence``), and the lone
   short sounds the filler rule reads, found on the mix, take the speaker of their frames.

Each change of speaker without a pause (a cut-in) is kept in ``Separation.overlaps``: on one
channel that is the only trace talking over leaves (README, "Mono recordings").
"""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass, replace

import numpy as np
from scipy.ndimage import binary_dilation

from .audio import SAMPLE_RATE, ChannelAudio, detect_speech
from .config import SeparationConfig, VadConfig
from .records import Island, Separation, SpeechSpan, Transcript
from .roles import assign_roles

logger = logging.getLogger(__name__)

FRAME_S = 0.01  # the encoder's mel frames: 10 ms (resemblyzer hparams.mel_window_step)
SAMPLES_PER_FRAME = int(SAMPLE_RATE * FRAME_S)  # 160
TARGET_DBFS = -30.0  # resemblyzer normalises its input to this loudness before embedding
MIN_WINDOW_FRAMES = 30  # a stretch shorter than 0.3 s is embedded with its neighbours' help only
BATCH = 1024  # windows per encoder call: the LSTM's small steps run far faster in big batches; bounds memory


@dataclass(frozen=True)
class FrameLabels:
    """Who speaks at each 10-ms frame of the call (-1: nobody), and how clearly."""

    speaker: np.ndarray  # int8 per frame: 0, 1 or -1 (no speech)
    evidence: np.ndarray  # float32 per frame: similarity to speaker 0 minus to speaker 1 (0 off speech)
    overlap: np.ndarray  # bool per frame: around a change of speaker without a pause (both may sound)
    centroid_similarity: float  # cosine of the two speakers' mean voices (1: indistinguishable)


@functools.lru_cache(maxsize=1)
def _encoder():
    """The GE2E encoder, loaded once per process (weights from the resemblyzer wheel).

    (int8 dynamic quantization was tried: it moved the embeddings so far, cosine 0.87 to the
    float ones, that a quarter of the speech went to the wrong speaker.)
    """
    from resemblyzer import VoiceEncoder

    return VoiceEncoder("cpu", verbose=False).eval()


N_FFT = 400  # 25-ms analysis window at 16 kHz (resemblyzer hparams.mel_window_length)
N_MELS = 40


@functools.lru_cache(maxsize=1)
def _mel_basis() -> np.ndarray:
    from librosa.filters import mel

    return mel(sr=SAMPLE_RATE, n_fft=N_FFT, n_mels=N_MELS).astype(np.float32)


def _mel(samples: np.ndarray) -> np.ndarray:
    """The encoder's input, (frames × 40) power mel spectrogram: what resemblyzer's
    ``wav_to_mel_spectrogram`` computes through librosa, here in numpy (librosa's STFT compiles
    with numba on first use: seconds per process)."""
    rms = float(np.sqrt(np.mean(np.square(samples, dtype=np.float64)))) or 1.0
    wav = np.pad(samples * np.float32(10 ** (TARGET_DBFS / 20) / rms), N_FFT // 2)
    frames = np.lib.stride_tricks.sliding_window_view(wav, N_FFT)[::SAMPLES_PER_FRAME]
    window = np.hanning(N_FFT + 1)[:-1].astype(np.float32)  # periodic Hann, as librosa's
    power = np.abs(np.fft.rfft(frames * window, axis=1)) ** 2
    return (power.astype(np.float32) @ _mel_basis().T).astype(np.float32)


def _windows(spans: list[tuple[int, int]], width: int, hop: int) -> tuple[list[tuple[int, int]], list[int]]:
    """(first frame, end frame) of each window, and the stretch of speech it belongs to."""
    windows, owner = [], []
    for k, (a, b) in enumerate(spans):
        if b - a <= width:
            starts = [a]
        else:
            starts = list(range(a, b - width + 1, hop))
            if starts[-1] + width < b:
                starts.append(b - width)  # the stretch's end gets a window of its own
        windows += [(s, min(s + width, b) if b - a > width else b) for s in starts]
        owner += [k] * len(starts)
    return windows, owner


def _embed(mel: np.ndarray, windows: list[tuple[int, int]]) -> np.ndarray:
    """One L2-normed embedding per window; windows of one length share an encoder batch.

    On one thread: the LSTM's steps are small matrix products, and a second thread only
    waits on the first (4.6× slower with two on a loaded 2-core machine; ASR is not running
    meanwhile, it has finished the call).
    """
    import torch

    encoder = _encoder()
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        return _embed_batches(encoder, mel, windows)
    finally:
        torch.set_num_threads(threads)


def _embed_batches(encoder, mel: np.ndarray, windows: list[tuple[int, int]]) -> np.ndarray:
    import torch

    out = np.zeros((len(windows), 256), np.float32)
    by_length: dict[int, list[int]] = {}
    for i, (a, b) in enumerate(windows):
        by_length.setdefault(max(b - a, MIN_WINDOW_FRAMES), []).append(i)
    padded = np.pad(mel, ((0, MIN_WINDOW_FRAMES), (0, 0)))
    for length, ids in by_length.items():
        for j in range(0, len(ids), BATCH):
            chunk = ids[j : j + BATCH]
            batch = np.stack([padded[windows[i][0] : windows[i][0] + length] for i in chunk])
            with torch.inference_mode():
                out[chunk] = encoder(torch.from_numpy(batch)).numpy()
    return out


def _two_voices(embeddings: np.ndarray, owner: np.ndarray, durations: np.ndarray) -> np.ndarray:
    """The two speakers' mean voices (2 × 256, L2-normed), from stretches clustered by k-means."""
    from sklearn.cluster import KMeans

    n = len(durations)
    stretch = np.zeros((n, embeddings.shape[1]), np.float32)
    np.add.at(stretch, owner, embeddings)
    stretch /= np.maximum(np.linalg.norm(stretch, axis=1, keepdims=True), 1e-9)
    if n < 2:
        return np.stack([stretch[0], stretch[0]])
    labels = KMeans(2, n_init=10, random_state=0).fit_predict(stretch, sample_weight=durations)
    if len(set(labels)) < 2:
        return np.stack([stretch[0], stretch[0]])
    centroids = np.stack([(stretch[labels == k] * durations[labels == k, None]).sum(0) for k in (0, 1)])
    return centroids / np.linalg.norm(centroids, axis=1, keepdims=True)


def _viterbi(evidence: np.ndarray, stretch: np.ndarray, switch_cost: float) -> np.ndarray:
    """Speaker per frame (0/1, -1 off speech): the path that best follows ``evidence`` (> 0 says
    speaker 0), paying ``switch_cost`` for each change inside one stretch of speech (``stretch``:
    its number per frame, -1 off speech); between stretches, across a pause, a change is free."""
    labels = np.full(len(evidence), -1, np.int8)
    idx = np.flatnonzero(stretch >= 0)
    if not len(idx):
        return labels
    gain = np.stack([evidence[idx], -evidence[idx]], axis=1)  # what each state earns per frame
    same = stretch[idx[1:]] == stretch[idx[:-1]]
    score = gain[0].copy()
    back = np.zeros((len(idx), 2), np.int8)
    for t in range(1, len(idx)):
        move = score[::-1] - (switch_cost if same[t - 1] else 0.0)
        back[t] = (score < move) * np.array([1, 1], np.int8)  # 1: came from the other state
        score = np.maximum(score, move) + gain[t]
    state = int(np.argmax(score))
    path = np.empty(len(idx), np.int8)
    for t in range(len(idx) - 1, -1, -1):
        path[t] = state
        state = state ^ int(back[t, state])
    labels[idx] = path
    return labels


def _cut_ins(labels: np.ndarray, stretch: np.ndarray, reach: int) -> np.ndarray:
    """Frames around each change of speaker inside one stretch of speech (no pause between the
    two): where one voice took over from the other without a gap, both may have sounded."""
    marks = np.zeros(len(labels), bool)
    change = np.flatnonzero((labels[1:] != labels[:-1]) & (labels[1:] >= 0) & (labels[:-1] >= 0)
                            & (stretch[1:] == stretch[:-1]))
    for t in change:
        marks[max(t + 1 - reach, 0) : t + 1 + reach] = True
    return marks & (stretch >= 0)


def label_frames(samples: np.ndarray, speech: list[SpeechSpan], config: SeparationConfig) -> FrameLabels:
    """Who speaks in each 10-ms frame of ``samples`` (16 kHz mono), within ``speech``."""
    n = len(samples) // SAMPLES_PER_FRAME + 1
    spans = [(max(int(s.start / FRAME_S), 0), min(int(np.ceil(s.end / FRAME_S)), n)) for s in speech]
    spans = [(a, b) for a, b in spans if b > a]
    stretch = np.full(n, -1, np.int32)
    for k, (a, b) in enumerate(spans):
        stretch[a:b] = k
    if not spans:
        return FrameLabels(np.full(n, -1, np.int8), np.zeros(n, np.float32), np.zeros(n, bool), 1.0)
    windows, owner = _windows(spans, int(config.window_s / FRAME_S), max(1, int(config.hop_s / FRAME_S)))
    embeddings = _embed(_mel(samples), windows)
    centroids = _two_voices(embeddings, np.asarray(owner), np.array([(b - a) * FRAME_S for a, b in spans]))
    similarity = embeddings @ centroids.T  # window × speaker
    total, covered = np.zeros(n, np.float32), np.zeros(n, np.float32)
    for (a, b), (s0, s1) in zip(windows, similarity):
        total[a:b] += s0 - s1
        covered[a:b] += 1
    evidence = np.where(covered > 0, total / np.maximum(covered, 1), 0.0).astype(np.float32)
    labels = _viterbi(evidence, stretch, config.switch_cost)
    overlap = _cut_ins(labels, stretch, int(config.cut_in_reach_s / FRAME_S))
    return FrameLabels(labels, evidence, overlap, float(centroids[0] @ centroids[1]))


def _speaker_at(frames: FrameLabels, start: float, end: float) -> int:
    """The speaker most of the frames from ``start`` to ``end`` belong to."""
    a, b = int(start / FRAME_S), max(int(start / FRAME_S) + 1, int(np.ceil(end / FRAME_S)))
    votes = frames.speaker[a:b]
    votes = votes[votes >= 0]
    if not len(votes):  # a sound timed into a pause: the evidence nearest it decides
        return 0 if float(frames.evidence[max(a - 20, 0) : b + 20].sum()) >= 0 else 1
    return int(np.bincount(votes, minlength=2).argmax())


def _sureness(frames: FrameLabels, speaker: int, start: float, end: float, steepness: float,
              offset: float) -> float:
    """How sure the speaker of ``start``–``end`` is: a logistic of the mean evidence for them.

    Fitted on the tuning calls (data/samples, held-out H0001–H0010: 239 utterances, one wrong):
    the Viterbi path's context makes even weakly evidenced turns right, hence the offset."""
    a, b = int(start / FRAME_S), max(int(start / FRAME_S) + 1, int(np.ceil(end / FRAME_S)))
    ev = frames.evidence[a:b]
    ev = ev[ev != 0]
    mean = float(ev.mean()) if len(ev) else 0.0
    signed = mean if speaker == 0 else -mean
    return round(1.0 / (1.0 + np.exp(-(steepness * signed + offset))), 3)


def _island_speaker(frames: FrameLabels, island: Island, steepness: float, offset: float) -> tuple[int, Island]:
    """A lone short sound (a dropped 嗯 the filler rule may count) given the speaker of its frames,
    and how sure that is. Its own second of evidence is mostly its neighbours',
    but the Viterbi path decides it with the turn it opens or answers: on held-out set 4 every one
    of the 189 clause-opening sounds of the mixdowns went to the channel it was said on (post hoc)."""
    speaker = _speaker_at(frames, island.start, island.end)
    sure = _sureness(frames, speaker, island.start, island.end, steepness, offset)
    return speaker, replace(island, speaker_confidence=sure)


def _runs(mask: np.ndarray, min_frames: int) -> tuple[tuple[float, float], ...]:
    edges = np.flatnonzero(np.diff(np.concatenate([[0], mask.astype(np.int8), [0]])))
    return tuple((round(a * FRAME_S, 2), round(b * FRAME_S, 2)) for a, b in zip(edges[::2], edges[1::2])
                 if b - a >= min_frames)


def speaker_tracks(samples: np.ndarray, frames: FrameLabels, config: SeparationConfig) -> tuple[np.ndarray, np.ndarray]:
    """The mix twice: speaker 0's copy silent wherever speaker 1 alone speaks or no one does, and
    the reverse. Each keeps ``track_pad_s`` past its speaker's frames, so that a syllable cut
    at a change of speaker is still whole for Whisper."""
    pad = int(round(config.track_pad_s / FRAME_S))
    out = []
    for who in (0, 1):
        mask = frames.speaker == who
        if pad:
            mask = binary_dilation(mask, iterations=pad)  # every run of their frames, ``pad`` longer each side
        keep = np.repeat(mask, SAMPLES_PER_FRAME)[: len(samples)]
        out.append(np.where(keep, samples, 0.0).astype(np.float32))
    return out[0], out[1]


SPEAKER_ROLES = ("agent", "customer")  # the two speaker tracks' roles until ``named`` names them


def told_apart(mix: ChannelAudio, vad: VadConfig, config: SeparationConfig) -> tuple[FrameLabels, tuple[ChannelAudio, ...]]:
    """A mono call's speakers told apart on the mix (its frame labels), and the mix kept once per
    speaker, as the two channels to transcribe (speaker 0 as ``agent``, 1 as ``customer``)."""
    frames = label_frames(mix.samples, detect_speech(mix, vad), config)
    tracks = speaker_tracks(mix.samples, frames, config)
    return frames, tuple(ChannelAudio(role, samples) for role, samples in zip(SPEAKER_ROLES, tracks))


def named(transcript: Transcript, frames: FrameLabels, config: SeparationConfig) -> Transcript:
    """``transcript`` of a mono call's two speaker tracks (speaker 0 as ``agent``, 1 as
    ``customer``, its lone sounds the mix's, role ``unknown``) with the agent named from what
    each said, every utterance and lone sound as sure as its frames' evidence."""
    number = {role: k for k, role in enumerate(SPEAKER_ROLES)}
    pieces = [(number[u.role], u) for u in transcript.utterances]
    agent, role_confidence, evidence = assign_roles(pieces, config)
    role = {agent: "agent", 1 - agent: "customer"}
    steep, offset = config.confidence_steepness, config.confidence_offset
    utterances = tuple(replace(u, role=role[s], speaker_confidence=_sureness(frames, s, u.start, u.end, steep, offset))
                       for s, u in pieces)
    # each speaker's speech is the voice activity of their own track, not their frames: the
    # track's edges are the voice's own (the mix's voice activity bridges the gap at a change of
    # speaker), and its pad keeps a cut-in's first syllables the speaker's
    speech = tuple(replace(s, role=role[number[s.role]]) for s in transcript.speech)
    islands = tuple(replace(x, role=role[s]) for s, x in (
        _island_speaker(frames, i, steep, offset) for i in transcript.islands))
    separation = Separation(
        role_confidence=role_confidence, evidence=evidence,
        overlaps=_runs(frames.overlap, int(config.min_overlap_s / FRAME_S)),
        voice_similarity=round(frames.centroid_similarity, 3))
    return replace(transcript, utterances=tuple(sorted(utterances, key=lambda u: (u.start, u.role))),
                   speech=speech, islands=islands, separation=separation)
