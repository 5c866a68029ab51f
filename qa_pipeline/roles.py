"""Which of a mono call's two speakers is the agent, and a specialist's swap of that choice.

The agent is told from what each speaker says: agents greet, name their 工号, ask the caller
to wait (请稍等), thank them for waiting and close with the scripted lines; callers say 我想、
我的、你们. Each distinct cue a speaker says counts for them (``SeparationConfig.agent_cues``,
``customer_cues``, matched by sound too, as the rules match phrases), and speaking time
adds a little (agents talk more), and so does speaking first (agents usually open). The
margin between the two readings gives how sure the choice is (``Separation.role_confidence``).

A specialist who hears that the roles are the wrong way round swaps them in the web app. The
store keeps what they named (``RoleNaming``: the times of the speech they called the agent's
and the customer's, ``Store.swap_roles``) and applies it whenever the call's transcript is
read or scored again (``with_naming``), also after a re-run: the transcript's speaker whose
speech overlaps theirs most is the agent, so a re-run that names the two voices the other way
round keeps the specialist's agent. Where the speech no longer matches (another recording,
other voice activity) the naming is not applied: the call goes to review.
"""

from __future__ import annotations

import functools
import hashlib
import math
from dataclasses import replace
from typing import Sequence

from .config import SeparationConfig
from .records import RoleNaming, SpeechSpan, Transcript, Utterance
from .rules.learned import LearnedClauses, read_examples
from .rules.phrases import HeardText, Phrase, find_all, find_phrase

SHORT_CUE = 3  # cues this short must be heard exactly (by sound); longer ones may differ in a syllable
FUZZY_CUE = 0.8  # syllable similarity at which a longer cue counts as said


@functools.lru_cache(maxsize=8)
def _phrases(texts: tuple[str, ...]) -> tuple[Phrase, ...]:
    return tuple(Phrase.of(t) for t in texts)


def _said(heard: HeardText, phrases: tuple[Phrase, ...]) -> list[str]:
    """The cues of ``phrases`` that ``heard`` says (each counted once). A cue of one character
    counts only as written: by its sound alone 喂 is also the agent's 为您 (set 18, mono)."""
    found = []
    for p in phrases:
        if len(p.chars) == 1:
            hit = p.chars in heard.chars
        elif len(p.chars) <= SHORT_CUE:
            hit = find_all(heard, p, 1.0, first_only=True)
        else:
            hit = find_phrase(heard, p, FUZZY_CUE)
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
    reads = _reads_as_agent([u.text for s, u in pieces if s == speaker]) if config.learned_weight else 0.0
    score = (len(agent) - len(customer) + config.talk_weight * (2 * talk / total - 1)
             + (config.first_speaker_weight if first else 0.0) + config.learned_weight * reads)
    why = (f"{'、'.join(agent) or '—'} / {'、'.join(customer) or '—'}, {100 * talk / total:.0f} % of speech"
           + (f", reads as the agent's {reads:+.1f}" if config.learned_weight else ""))
    return score, why


LOG_ODDS_CLIP = 4.0  # one utterance's say, either way: no single sentence names a speaker


def _reads_as_agent(texts: Sequence[str]) -> float:
    """The summed log-odds that each of ``texts`` is an agent's sentence rather than a caller's,
    as a classifier fitted on agents' and callers' turns reads them (``rules/learned.py``):
    a curt or rude agent who never greets still explains, asks for details and answers like one."""
    model = LearnedClauses.fit(read_examples("agent"))
    heard = (HeardText.of(text) for text in texts)
    # 嗯, 好 (one character): anyone's
    return sum(max(-LOG_ODDS_CLIP, min(LOG_ODDS_CLIP, model.log_odds(h))) for h in heard if len(h.chars) >= 2)


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
    t = with_swap(transcript, False)
    if t.separation is None or not t.separation.named_by:
        return t
    return replace(t, separation=replace(t.separation, named_by="", naming_match=None, naming_lost=False))


# A specialist's naming applies where at least this share of the speech they named is named the
# same way: the separation's confusion on the held-out sets was 0.2–1.3 % of speech (worst call
# 12.5 %) and a re-run's voice activity moves by a few per cent, while another recording's turns
# fall on the named ones by chance only (about half of the speech either way).
NAMING_MATCH = 0.7


def spans_of(transcript: Transcript, role: str) -> tuple[tuple[float, float], ...]:
    return tuple((s.start, s.end) for s in transcript.speech if s.role == role)


def naming_as_heard(transcript: Transcript, user: str, *, swap: bool) -> RoleNaming:
    """A specialist's naming of ``transcript``'s roles as they stand: swapped (the speech shown as
    the customer's is the agent's) or kept as shown (a lost naming they listened to again)."""
    agent, customer = ("customer", "agent") if swap else ("agent", "customer")
    return RoleNaming(agent=spans_of(transcript, agent), customer=spans_of(transcript, customer), user=user,
                      asr_key=transcript.asr_key)


def naming_key(naming: RoleNaming | None) -> str:
    """What identifies a naming for the digests of what a call was checked on ("": none)."""
    if naming is None:
        return ""
    if naming.is_bare_flip:
        return "swapped"
    return "named:" + hashlib.blake2b(repr((naming.agent, naming.customer)).encode(), digest_size=8).hexdigest()


def shared_seconds(a: Sequence[tuple[float, float]], b: Sequence[tuple[float, float]]) -> float:
    """Seconds two lists of (start, end) spans, each sorted by start, share (both sides' speech
    at once, or a naming's speech on a transcript's)."""
    total, j = 0.0, 0
    for start, end in a:
        while j < len(b) and b[j][1] <= start:
            j += 1
        k = j
        while k < len(b) and b[k][0] < end:
            total += max(0.0, min(end, b[k][1]) - max(start, b[k][0]))
            k += 1
    return total


def naming_match(transcript: Transcript, naming: RoleNaming) -> tuple[float, float]:
    """(as named, the other way round): how much of the speech ``naming`` gives each role
    ``transcript`` (as the separation named it) gives the same role, and the other one; the
    less of the two roles' shares, so that a transcript naming all speech one voice matches
    neither way."""
    agent, customer = (sorted(spans_of(transcript, r)) for r in ("agent", "customer"))
    shares = {"same": [], "other": []}
    for named, same, other in ((naming.agent, agent, customer), (naming.customer, customer, agent)):
        if (total := sum(e - s for s, e in named)) > 0:
            shares["same"].append(shared_seconds(sorted(named), same) / total)
            shares["other"].append(shared_seconds(sorted(named), other) / total)
    return min(shares["same"], default=0.0), min(shares["other"], default=0.0)


def with_naming(transcript: Transcript, naming: RoleNaming | None) -> Transcript:
    """``transcript`` with its roles as a specialist named them, where one did (``naming``).

    The speaker whose speech matches the one they called the agent's is the agent, whichever
    way the separation named the two; where neither way matches ``NAMING_MATCH`` of it, the
    roles stay as the separation named them and the transcript says the naming was lost."""
    t = as_assigned(transcript)
    if t.separation is None or naming is None:
        return t
    if naming.is_bare_flip:
        t = with_swap(t, True)
        return replace(t, separation=replace(t.separation, named_by=naming.user))
    same, other = naming_match(t, naming)
    if max(same, other) < NAMING_MATCH:
        return replace(t, separation=replace(t.separation, named_by=naming.user, naming_match=round(max(same, other), 3),
                                             naming_lost=True))
    t = with_swap(t, other > same)
    return replace(t, separation=replace(t.separation, named_by=naming.user, naming_match=round(max(same, other), 3)))
