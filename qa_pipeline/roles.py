"""Which of a mono call's two speakers is the agent, and a specialist's swap of that choice.

The agent is told from what each speaker says: agents greet, name their 工号, ask the caller
to wait (请稍等), thank them for waiting and close with the scripted lines; callers say 我想、
我的、你们. Each distinct cue a speaker says counts for them (``SeparationConfig.agent_cues``,
``customer_cues``, matched by sound too, as the rules match phrases), and speaking time
adds a little (agents talk more), and so does speaking first (agents usually open). The
margin between the two readings gives how sure the choice is (``Separation.role_confidence``).

A specialist who hears that the roles are the wrong way round swaps them in the web app; the
store keeps the swap (``Store.set_roles_swapped``) and applies it to the call's transcript
whenever it is read or scored again (``with_swap``), also after a re-run.
"""

from __future__ import annotations

import functools
import math
from dataclasses import replace
from typing import Sequence

from .config import SeparationConfig
from .records import SpeechSpan, Transcript, Utterance
from .rules.phrases import HeardText, Phrase, find_all, find_phrase

SHORT_CUE = 3  # cues this short must be heard exactly (by sound); longer ones may differ in a syllable
FUZZY_CUE = 0.8  # syllable similarity at which a longer cue counts as said


@functools.lru_cache(maxsize=8)
def _phrases(texts: tuple[str, ...]) -> tuple[Phrase, ...]:
    return tuple(Phrase.of(t) for t in texts)


def _said(heard: HeardText, phrases: tuple[Phrase, ...]) -> list[str]:
    """The cues of ``phrases`` that ``heard`` says (each counted once)."""
    found = []
    for p in phrases:
        hit = find_all(heard, p, 1.0, first_only=True) if len(p.chars) <= SHORT_CUE else find_phrase(heard, p, FUZZY_CUE)
        if hit:
            found.append(p.text)
    return found


def _reading(pieces: Sequence[tuple[int, Utterance]], speaker: int, config: SeparationConfig) -> tuple[float, str]:
    """How much ``speaker`` sounds like the agent (a score) and why (the cues heard)."""
    heard = HeardText.of("。".join(u.text for s, u in pieces if s == speaker))
    agent = _said(heard, _phrases(config.agent_cues))
    customer = _said(heard, _phrases(config.customer_cues))
    talk = sum(u.end - u.start for s, u in pieces if s == speaker)
    total = sum(u.end - u.start for _, u in pieces) or 1.0
    first = next((s for s, _ in pieces), None) == speaker
    score = (len(agent) - len(customer) + config.talk_weight * (2 * talk / total - 1)
             + (config.first_speaker_weight if first else 0.0))
    why = f"{'、'.join(agent) or '—'} / {'、'.join(customer) or '—'}, {100 * talk / total:.0f} % of speech"
    return score, why


def assign_roles(pieces: Sequence[tuple[int, Utterance]], config: SeparationConfig) -> tuple[int, float, str]:
    """(the agent's speaker number, how sure, the evidence) for utterances tagged by speaker 0/1."""
    (s0, why0), (s1, why1) = _reading(pieces, 0, config), _reading(pieces, 1, config)
    agent = 0 if s0 >= s1 else 1
    sure = 1.0 / (1.0 + math.exp(-config.role_steepness * abs(s0 - s1)))
    whys = {0: why0, 1: why1}
    evidence = f"agent: {whys[agent]}; customer: {whys[1 - agent]} (agent cues / customer cues)"
    return agent, round(sure, 3), evidence


_OTHER = {"agent": "customer", "customer": "agent", "unknown": "unknown"}


def with_swap(transcript: Transcript, swapped: bool) -> Transcript:
    """``transcript`` with its roles the way a specialist left them: swapped or as assigned.

    Idempotent: a transcript already in that state comes back unchanged. Only a separated mono
    transcript has roles a person may swap; any other is returned as it is.
    """
    sep = transcript.separation
    if sep is None or sep.swapped == swapped:
        return transcript
    return replace(
        transcript,
        utterances=tuple(replace(u, role=_OTHER[u.role]) for u in transcript.utterances),
        speech=tuple(SpeechSpan(_OTHER[s.role], s.start, s.end) for s in transcript.speech),
        islands=tuple(replace(i, role=_OTHER[i.role]) for i in transcript.islands),
        separation=replace(sep, swapped=swapped))


def as_assigned(transcript: Transcript) -> Transcript:
    """The transcript as the separation stage made it (what the transcript cache keeps)."""
    return with_swap(transcript, False)
