"""Verbal tics (口头禅): 嗯、啊、呃、那个、就是(说)、然后 … used by the agent as fillers.

What counts as a tic is positional. A tic opens a clause (「嗯，就是，请您提供…」) and
carries no meaning; the same characters elsewhere are words (那个问题, 就是这样, 好的啊, 额度).
So a tic is a filler form at the start of a clause, possibly several in a row; forms that
are also ordinary words (``ambiguous``: 那个, 这个, 就是, 然后, 额, 阿) count only when the
clause ends there (「那个，」) or goes on with a pronoun or function word (「那个我们已经…」),
never with a noun (「那个问题」).

Whisper rewrites fillers (嗯 → 恩/摁, 呃 → 额, 啊 → 阿); ``heard_as`` lists those spellings.
A turn that is only a backchannel (嗯, 嗯嗯, 好的, 对) is listening, not a tic. The service
codes forbid 嗯/啊/呃 outright (``strict``): each one at a clause start is a finding. The
other tics are also ordinary words, so only a habit of them breaks the rule: ``min_count``
tics and either ``max_per_min`` (per minute of the agent's voiced time) or
``max_per_utterance`` in one turn. One finding per tic, so a reviewer can hear each.

More often than it rewrites them, Whisper leaves 嗯/啊/呃 out of its text altogether. The
sound is still there: a syllable alone at a clause start, then the pause of a comma, and
no heard word that accounts for it (``unworded``). Such a sound counts as a strict tic,
with the confidence ``unworded.confidence`` says, since which tic it was is not known.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Mapping

from ..text import normalise_for_matching, strip_punctuation
from ..config import RuleConfig, param
from ..records import Finding, Island, Utterance
from .context import CallContext
from .params import section, set_derived, word_list, word_set

_CLAUSE = re.compile(r"[，。？！；、,.?!;：:\s…]+")


def _spellings(heard_as: Mapping[str, tuple[str, ...]]) -> tuple[tuple[str, str], ...]:
    """YAML's tic → spellings as (spelling, tic) pairs, in the order written (a later pair wins a clash)."""
    return tuple((normalise_for_matching(s), normalise_for_matching(tic)) for tic, spellings in heard_as.items()
                 for s in spellings)


@dataclass(frozen=True)
class UnwordedParams:
    """When a short sound alone, that Whisper wrote no word for, is taken for a dropped tic."""

    enabled: bool = True
    min_s: float = 0.08  # its length: one short syllable …
    max_s: float = 0.5
    # … and at least this share of the speaker's own mean syllable (voiced time per character):
    # a tic is a held syllable, while the onset of a word (请's q, 谢's x) or a click is shorter
    # than the syllables around it, however fast the speaker.
    min_syllables: float = 0.0
    # a sound that opens with this much hiss (``Island.hiss_s``) is a word: 嗯/啊/呃 are voiced from
    # their first frame, and Whisper's half-heard 请 over 「行，」 and over 「呃，」 look alike in the text
    max_hiss_s: float = 0.08
    # … and one with less of a voice's pitch than this (``Island.voicing``) is no voice at all:
    # a key, a click or a knock on the agent's desk
    min_voicing: float = 0.45
    quiet_before_s: float = 0.18  # a clause starts with it: quiet before …
    quiet_after_s: float = 0.13  # … and the pause of a comma after it …
    goes_on_within_s: float = 0.4  # … before the same speaker goes on (a longer pause ends a sentence)
    # The heard text must open a clause there too: a word ending this close before the sound,
    # without a clause's punctuation, runs on into it (a syllable of 在线 or of a phone number
    # that Whisper timed inside a longer word), whatever the pause.
    clause_gap_s: float = 1.0
    # A heard word this sure, timed inside the sound, accounts for it (好，/ 请): Whisper
    # puts a tic it half-heard under a low-probability word.
    word_probability: float = 0.3
    confidence: float = 0.6  # the finding's confidence: deducted (README, "Rule accuracy", has its precision) …
    unsure_confidence: float = 0.4  # … or held for review, where a half-heard word is a clause of its own (「行，」?)


@dataclass(frozen=True)
class FillerParams:
    tics: tuple[str, ...] = word_list()  # what counts as a tic at a clause start
    # how Whisper writes them: (spelling, the tic it is)
    heard_as: tuple[tuple[str, str], ...] = param((), accepts=Mapping[str, tuple[str, ...]], convert=_spellings)
    ambiguous: frozenset[str] = word_set()  # tics that are also words: need a clause end or an ``after`` word
    after: tuple[str, ...] = word_list()  # what may follow an ambiguous tic inside its clause
    backchannels: frozenset[str] = word_set()  # a turn that is only these (and tics) is listening
    particles: frozenset[str] = word_set()  # … and so is a clause of tics and one of these said while the customer talks
    max_per_min: float = 4.0
    max_per_utterance: int = 3
    min_count: int = 3
    strict: frozenset[str] = word_set()  # tics the service code forbids outright: each one counts
    # A tic Whisper wrote but gave less than this probability is as likely line noise or the
    # onset of the next word (啊 before 好的, at 0.04) as a tic: held for review, not deducted,
    # unless the sound under it is a syllable alone (``unworded``'s shape): then both say tic.
    heard_probability: float = 0.0
    # A strict tic run into the next word with no pause (「啊好的」) is the shape Whisper gives a
    # word's onset or a breath too; heard at less than this it is held for review as well.
    run_on_probability: float = 0.0
    unsure_confidence: float = 0.4
    unworded: UnwordedParams = section(UnwordedParams)  # the tics Whisper dropped, found in the sound
    forms: tuple[tuple[str, str], ...] = field(init=False)  # (heard form, the tic it is), longest form first

    def __post_init__(self):
        forms = {t: t for t in self.tics} | dict(self.heard_as)
        set_derived(self, forms=tuple(sorted(forms.items(), key=lambda kv: -len(kv[0]))))

    @functools.cached_property
    def first_chars(self) -> frozenset[str]:
        return frozenset(form[0] for form, _ in self.forms)

    def form_at(self, text: str, at: int) -> tuple[str, str] | None:
        return next(((f, t) for f, t in self.forms if text.startswith(f, at)), None)


def tics_in(text: str, params: FillerParams, chars: str | None = None) -> list[tuple[int, int, str]]:
    """(start, end, tic) for each tic in ``text``, as offsets into its normalised characters.

    ``chars`` is ``normalise_for_matching(text)`` when the caller has it already.
    """
    chars = normalise_for_matching(text) if chars is None else chars
    if not params.first_chars.intersection(chars):
        return []
    found = []
    for offset, clause_end in clauses(text, chars):
        clause, at = chars[offset:clause_end], 0
        while (form := params.form_at(clause, at)) is not None:
            heard, tic = form
            rest = clause[at + len(heard):]
            # the form as heard decides: 阿 (阿姨) and 爱 (爱好) are words, however sure 啊 is a tic
            if (heard in params.ambiguous or tic in params.ambiguous) and rest and not (
                    rest.startswith(params.after) or params.form_at(rest, 0) is not None):
                break
            found.append((offset + at, offset + at + len(heard), tic))
            at += len(heard)
    if _without(chars, found) in params.backchannels | {""}:
        return []  # 嗯 / 嗯，好的: a backchannel or an answer, not a tic
    return found


def clauses(text: str, chars: str):
    """(start, end) of each clause of ``text`` as offsets into ``chars``, its normalised characters."""
    offset = 0
    for piece in _CLAUSE.split(text):
        end = offset + len(strip_punctuation(piece))
        yield offset, end
        offset = end


def _without(chars: str, tics: list[tuple[int, int, str]], start: int = 0, end: int | None = None) -> str:
    """``chars[start:end]`` with the tics taken out."""
    end = len(chars) if end is None else end
    return "".join(c for i, c in enumerate(chars[start:end], start) if not any(a <= i < b for a, b, _ in tics))


def _listening(u: Utterance, tic: tuple[int, int, str], tics: list[tuple[int, int, str]], params: FillerParams,
               ctx: CallContext) -> bool:
    """Whether a tic is the agent listening: its clause holds nothing but tics, backchannels and
    particles (「恩恩呢，」), the customer is talking all through it, and the agent's next words, if
    any, come after the customer has finished. The codes' ban is on filling one's own speech; 嗯
    under the customer's sentence says "go on". (「嗯，您先听我说」 over the customer opens the
    agent's own words: a tic.)"""
    chars = ctx.chars(u)
    start, end = next((a, b) for a, b in clauses(u.text, chars) if a <= tic[0] < b)
    if not _listens(_without(chars, tics, start, end), params):
        return False
    if not ctx.other_side_speaking(u.role, *_where_voiced(ctx, u.role, *ctx.span_of(u, start, end))):
        return False
    # What the agent says next opens their own words: listening if the customer had finished by then
    said_next = next((a for a, b in clauses(u.text, chars) if a >= end and not _listens(_without(chars, tics, a, b), params)),
                     None)
    if said_next is None:
        return True
    if (len(_without(chars, tics, said_next)) <= HALF_HEARD_CHARS
            and ctx.other_side_speaking(u.role, u.end - LISTEN_OVERLAP_S, u.end)):
        return True  # 「恩，那呢？」 wholly under the customer's sentence: a backchannel half-heard, not words of one's own
    next_start = ctx.span_of(u, said_next, said_next + 1)[0]
    return not ctx.other_side_speaking(u.role, next_start, next_start + LISTEN_OVERLAP_S)


def _where_voiced(ctx: CallContext, role: str, t0: float, t1: float) -> tuple[float, float]:
    """Where ``role``'s voice was for words Whisper timed at ``t0``–``t1``.

    Whisper stretches a word's edges into the pause after it: a 嗯 said under the customer's
    words and run into the agent's next turn is timed up to that turn's first word. Where its
    time holds none of the speaker's voice, the voiced stretch ending just before it is the word.
    """
    spans = ctx.heard_speech(role)
    if any(min(s.end, t1) - max(s.start, t0) >= VOICED_MIN_S for s in spans):
        return t0, t1
    before = [s for s in spans if s.end <= t1 and t0 - s.end <= HEARD_NEARBY_S]
    if not before:
        return t0, t1
    voiced = max(before, key=lambda s: s.end)
    return max(voiced.start, voiced.end - (t1 - t0)), voiced.end


VOICED_MIN_S = 0.1  # this much of the speaker's voice inside a word's time: Whisper timed it where it was said
LISTEN_OVERLAP_S = 0.3  # the agent's next words this long inside the customer's speech: talking over it, not after it
HALF_HEARD_CHARS = 2  # a turn's words after its 嗯 this short, said under the customer, are more of the backchannel


def _listens(rest: str, params: FillerParams) -> bool:
    return not rest or rest in params.backchannels or rest in params.particles


def _tics_said(u: Utterance, params: FillerParams, ctx: CallContext) -> list[tuple[int, int, str]]:
    tics = tics_in(u.text, params, ctx.chars(u))
    return [t for t in tics if not _listening(u, t, tics, params, ctx)]


def check_filler(rule: RuleConfig, params: FillerParams, ctx: CallContext) -> list[Finding]:
    scope = ctx.in_scope(rule.scope)
    per_turn: list[tuple[Utterance, list[tuple[int, int, str]]]] = [(u, _tics_said(u, params, ctx)) for u in scope]
    count = sum(len(t) for _, t in per_turn)
    minutes = sum(ctx.voiced_seconds(u) for u in scope) / 60
    rate = count / minutes if minutes > 0 else float("inf")
    worst = max((len(t) for _, t in per_turn), default=0)
    habit = count >= params.min_count and (rate >= params.max_per_min or worst >= params.max_per_utterance)
    # 那个/然后 are also words: only a habit of them is a breach; 嗯/啊/呃 count where they stand alone
    counted = [(u, [t for t in tics if habit or (t[2] in params.strict and _stands_alone(u.text, ctx.chars(u), t[1], params))])
               for u, tics in per_turn]
    heard = [ctx.span_of(u, start, end) for u, tics in counted for start, end, _ in tics]
    # A strict tic the text holds but does not count, since Whisper ran it into a syllable
    # (「恩怜，」「哎呀，」), is left to its sound: one syllable alone, then a pause, says it was a tic.
    half_heard = [ctx.span_of(u, start, end) for (u, tics), (_, kept) in zip(per_turn, counted)
                  for start, end, tic in tics if tic in params.strict and (start, end, tic) not in kept]
    # Sounds count only where the code forbids 嗯/啊/呃 outright: which tic a sound was is not
    # known, so it never makes a habit of 那个/然后 out of words.
    sounds = unworded_tics(params, ctx, scope, heard, half_heard) if params.strict else []
    if not any(tics for _, tics in counted) and not sounds:
        return []
    detail = f"{count} tics, {rate:.1f} per minute of agent speech (limit {params.max_per_min:g}), " \
             f"up to {worst} in one turn (limit {params.max_per_utterance})"
    if not habit:
        detail = f"{'/'.join(sorted(params.strict))} are not to be said at all; {detail}"
    findings = []
    for u, tics in counted:
        for start, end, tic in tics:
            t0, t1 = ctx.span_of(u, start, end)
            confidence, doubt = u.confidence, ""
            p = min(ctx.char_probabilities(u)[start:end])
            if p < params.heard_probability and not (
                    tic in params.strict and _sounded_alone(ctx, u.role, t0, t1, params.unworded)):
                confidence, doubt = min(confidence, params.unsure_confidence), f" (Whisper barely heard it: {p:.2f})"
            elif tic in params.strict and p < params.run_on_probability and _runs_into_next(u.text, ctx.chars(u), end):
                confidence = min(confidence, params.unsure_confidence)
                doubt = f" (run into the next word with no pause, heard at {p:.2f}: a tic or the word's onset?)"
            confidence, said = ctx.for_roles(confidence, f"「{tic}」{doubt} in 「{u.text}」; {detail}")
            findings.append(Finding.of(rule, t0, t1, text=tic, confidence=confidence, detail=said))
    for u, sound, confidence in sounds:
        said = (f"a short sound alone ({sound.end - sound.start:.2f} s, then {sound.quiet_after:.2f} s of quiet) "
                f"before 「{u.text}」 that no heard word accounts for: most likely {'/'.join(sorted(params.strict))}, "
                f"which Whisper leaves out of its text; listen to confirm; {detail}")
        findings.append(Finding.of(rule, sound.start, sound.end, text=UNWORDED_TEXT, confidence=confidence,
                                   detail=said))
    return sorted(findings, key=lambda f: f.start_s)


UNWORDED_TEXT = "（短音）"  # a finding's evidence when the tic was heard in the sound, not in the text


def unworded_tics(params: FillerParams, ctx: CallContext, turns: tuple[Utterance, ...],
                  heard: list[tuple[float, float]],
                  half_heard: list[tuple[float, float]] = ()) -> list[tuple[Utterance, Island, float]]:
    """Short sounds alone at the start of a clause of ``turns`` that no heard word accounts for,
    with the turn each opens and the finding's confidence; tics the text holds and counts
    (``heard``: their times) are not counted again, and a word there that is a strict tic the
    text did not count (``half_heard``) is that tic, not a word accounting for the sound.

    On one mixed channel a lone sound may be the customer's 嗯: there it counts only once the
    separation gave it a speaker (``Island.role``), where it lies inside or right before a turn
    of the agent's, and it is only as sure as the less sure of the two speakers.
    """
    p = params.unworded
    if not p.enabled or not ctx.roles_known or not turns:
        return []
    roles = {u.role for u in turns}
    syllable = _mean_syllable_s(ctx, turns)
    found = []
    for sound in ctx.transcript.islands:
        if sound.role not in roles or not _alone_at_clause_start(sound, p, after_comma=True):
            continue
        if not (_alone_at_clause_start(sound, p) or _after_comma(sound, turns)):
            continue  # (the heard words are looked at last: most sounds fail on their own shape)
        if sound.end - sound.start < p.min_syllables * syllable:
            continue  # shorter than the speaker's syllables: a word's onset, not a held 嗯/呃
        if sound.hiss_s >= p.max_hiss_s:
            continue  # it opens with a consonant's hiss (行, 请): a word, whatever Whisper wrote over it
        if sound.voicing < p.min_voicing:
            continue  # no pitch: a key or a click, not a voice
        if ctx.other_side_speaking(sound.role, sound.start, sound.end) or _runs_on(sound, turns, p):
            continue  # said while listening, or inside a clause the heard words run through
        goes_on = sound.end + sound.quiet_after
        turn = next((u for u in turns if u.end >= sound.start and u.start <= goes_on + OPENS_TURN_S), None)
        if turn is None or ctx.chars(turn) in params.backchannels:
            continue  # no speech of this speaker around it, or a turn that is only 嗯/好的
        if not _words_follow(sound, turns, goes_on + FOLLOWS_WITHIN_S):
            continue  # nothing of theirs after it: the end of a turn (on one channel, the next speaker's first sound)
        if _near(sound, heard):
            continue
        if (words := "tic" if _near(sound, half_heard) else _accounted(sound, turns, p, params.backchannels)) != "word":
            confidence = p.unsure_confidence if words == "unsure" else p.confidence
            # whose sound it is: the sound's own frames are few, so it is only as sure as the
            # less sure of it and the turn it opens (1 on stereo)
            found.append((turn, sound, round(confidence * min(sound.speaker_confidence, turn.speaker_confidence), 3)))
    return found


def _sounded_alone(ctx: CallContext, role: str, t0: float, t1: float, p: UnwordedParams) -> bool:
    """Whether the sound under a tic Whisper wrote at ``t0``–``t1`` is one syllable alone, voiced
    from its first frame and with a voice's pitch: what a tic sounds like, whatever probability Whisper gave its spelling."""
    return any(sound.role == role and _near(sound, [(t0, t1)]) and sound.hiss_s < p.max_hiss_s
               and sound.voicing >= p.min_voicing and _alone_at_clause_start(sound, p)
               for sound in ctx.transcript.islands)


def _words_follow(sound: Island, turns: tuple[Utterance, ...], by: float) -> bool:
    """Whether the speaker's heard words go on after ``sound``, beginning by ``by``: a tic opens a clause
    of one's own. On one mixed channel the separation gives the other speaker's first syllable (不，/
    是的) to the one who was talking, and their turn seems to end on a lone sound (set 21 on mono, post hoc)."""
    after = [u for u in turns if u.start <= by and u.end >= sound.start]
    return any(sound.end - WORD_EDGE_S <= at <= by for u in after for at in (u.start, *(w.start for w in u.words)))


OPENS_TURN_S = 0.6  # the speech after a sound opens a turn if that turn's first word is this close
FOLLOWS_WITHIN_S = 1.0  # … and its words go on this soon after the pause (Whisper times a first word late)
HEARD_NEARBY_S = 0.6  # a tic in the text this close is the same one


def _alone_at_clause_start(sound: Island, p: UnwordedParams, after_comma: bool = False) -> bool:
    """One syllable alone: quiet before it, then the pause of a comma. Where the heard text has a
    clause break just before it (「…保留一下，嗯，您别走开」), a comma's pause on that side is as good
    a clause start as the longer quiet asked of a sound with no heard break before it."""
    quiet_before = min(p.quiet_before_s, p.quiet_after_s) if after_comma else p.quiet_before_s
    return (p.min_s <= sound.end - sound.start <= p.max_s and sound.quiet_before >= quiet_before
            and p.quiet_after_s <= sound.quiet_after <= p.goes_on_within_s)


def _mean_syllable_s(ctx: CallContext, turns: tuple[Utterance, ...]) -> float:
    """The speaker's mean time per character over ``turns`` (0 when nothing was heard)."""
    chars = sum(len(ctx.chars(u)) for u in turns)
    return sum(ctx.voiced_seconds(u) for u in turns) / chars if chars else 0.0


def _word_before(sound: Island, turns: tuple[Utterance, ...]):
    """The speaker's last heard word ending by the sound's start (Whisper's edges: a few frames' slack)."""
    before = [w for u in turns if u.start <= sound.start for w in u.words if w.end <= sound.start + WORD_EDGE_S]
    return max(before, key=lambda w: w.end, default=None)


def _runs_on(sound: Island, turns: tuple[Utterance, ...], p: UnwordedParams) -> bool:
    """Whether the speaker's heard words run on into ``sound`` with no clause break: the word
    before it ends within ``clause_gap_s`` and without a comma or full stop."""
    last = _word_before(sound, turns)
    return (last is not None and sound.start - last.end < p.clause_gap_s
            and not _CLAUSE.fullmatch(last.text[-1:]))


def _after_comma(sound: Island, turns: tuple[Utterance, ...]) -> bool:
    """Whether the heard word just before ``sound`` ends a clause, right before it (the same turn's pause)."""
    last = _word_before(sound, turns)
    return (last is not None and sound.start - last.end < COMMA_GAP_S
            and bool(_CLAUSE.fullmatch(last.text[-1:])))


COMMA_GAP_S = 0.6  # a clause break heard this close before a sound is the pause in front of it


WORD_EDGE_S = 0.05  # Whisper's word edges are good to a few frames


def _accounted(sound: Island, turns: tuple[Utterance, ...], p: UnwordedParams, answers: frozenset[str]) -> str:
    """What the heard words say of ``sound``: "word" (a sure word was said in it), "unsure" (a
    half-heard one-word answer that is a clause of its own, 「行,」/「好,」: the answer or a tic,
    one cannot tell) or "" (no word; a half-heard one running on into the clause, Whisper's way of
    swallowing a tic; or a half-heard clause that is no answer, 「你,」/「因呢,」: Whisper's guess
    at a sound it could not place). Whisper's word edges are good to a few frames, hence the margins.
    """
    goes_on = sound.end + sound.quiet_after
    inside = [w for u in turns if u.start - 1.0 <= sound.end and u.end >= sound.start - 1.0 for w in u.words
              if w.start < sound.end - 0.03 and w.end > sound.start - 0.1 and w.end <= goes_on + 0.05]
    if any(w.probability >= p.word_probability for w in inside):
        return "word"
    clause_end = next((i + 1 for i, w in enumerate(inside) if _CLAUSE.fullmatch(w.text[-1:])), 0)
    said = normalise_for_matching("".join(w.text for w in inside[:clause_end]))
    return "unsure" if said and said in answers else ""


def _near(sound: Island, spans) -> bool:
    """Whether a tic heard at one of ``spans`` (start, end s) is the one ``sound`` made: it starts
    close to the sound (``HEARD_NEARBY_S``) or Whisper timed it over the sound."""
    return any(abs(t0 - sound.start) <= HEARD_NEARBY_S or (t0 < sound.end and sound.start < t1) for t0, t1 in spans)


def _runs_into_next(text: str, chars: str, end: int) -> bool:
    """Whether characters go on right after ``end`` of ``chars`` in the same clause (no comma)."""
    return end < len(chars) and all(clause_end != end for _, clause_end in clauses(text, chars))


def _stands_alone(text: str, chars: str, end: int, params: FillerParams) -> bool:
    """Whether a tic ending at ``end`` of ``chars`` is an interjection, not a word's first sound.

    A tic counted on its own must look like one: its clause ends there (「嗯，」), or what
    follows is a pronoun or function word (嗯我这边…) or another tic; 恩人 is a word.
    """
    if end >= len(chars) or chars.startswith(params.after, end) or params.form_at(chars, end) is not None:
        return True
    return any(clause_end == end for _, clause_end in clauses(text, chars))
