"""Script rules: the agent's standard opening and closing (规范用语).

A script is a set of *elements* (greeting, company, 工号, offer of help …), each a list of
accepted phrasings. A call breaks the rule when a required element is missing from the
scope, or fewer than ``min_elements`` elements are there at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Mapping

from ..config import RuleConfig, param
from ..errors import ConfigError
from ..records import Finding
from .context import UNSURE, CallContext
from .learned import CLAUSE, LearnedClauses, read_examples
from .params import named_phrase_lists, named_shape_lists, pattern, section, set_derived
from .phrases import Phrase, Shape, find_phrase

GARBLED_MIN_CHARS = 20  # an opening this long that has the required parts was probably the full script


@dataclass(frozen=True)
class ImpliedElement:
    """An element said in words no list, shape or classifier holds, known by where it stands:
    a script that has every *other* element and, in a clause of its own, also speaks to the
    caller (您听着不清楚就叫我重讲, 假期前一晚的变动我这边都能接) said it. One that names the
    centre and the agent and stops did not."""

    element: str = ""  # "": none
    clause: re.Pattern = pattern()  # a clause that speaks to the caller …
    unless: re.Pattern = pattern()  # … and says none of the other elements
    min_chars: int = 5  # after the greeting's own words: 您好 alone speaks to no one

    def said_in(self, turns: tuple[str, ...]) -> bool:
        return any(len(rest := _GREETING_WORDS.sub("", clause)) >= self.min_chars
                   and self.clause.search(rest) and not self.unless.search(rest)
                   for turn in turns for clause in CLAUSE.split(turn))


_GREETING_WORDS = re.compile(r"[您你]好")


@dataclass(frozen=True)
class ScriptParams:
    elements: Mapping[str, tuple[Phrase, ...]] = named_phrase_lists()  # element → its accepted phrasings
    required: tuple[str, ...] = ()  # elements that must all be there …
    min_elements: int = param(None, accepts=int)  # … and at least this many in all (default: every element)
    similarity: float = 0.8
    # Elements said in a shape rather than in words: an agent number is any number next to 号
    # (工号六零七一, 我是客服8001号), however Whisper spells the 工 (功/公/高).
    patterns: Mapping[str, tuple[Shape, ...]] = named_shape_lists()
    # Elements a classifier recognises in words no list or shape holds (learned.py): element →
    # the probability from which a turn or clause of the scope says it (还有哪件事要一起处理的)
    learned: Mapping[str, float] = param(MappingProxyType({}), accepts=Mapping[str, float])
    implied: ImpliedElement = section(ImpliedElement)
    classifiers: Mapping[str, LearnedClauses] = field(init=False)

    def __post_init__(self):
        if not self.elements:
            raise ConfigError("needs at least one entry under elements")
        for key, names in (("required", self.required), ("patterns", self.patterns), ("learned", self.learned)):
            if unknown := [name for name in names if name not in self.elements]:
                raise ConfigError(f"{key} names unknown element(s): {', '.join(unknown)}")
        if self.implied.element and self.implied.element not in self.elements:
            raise ConfigError(f"implied names an unknown element: {self.implied.element}")
        if self.min_elements is None:
            set_derived(self, min_elements=len(self.elements))
        # each fitted on its examples file and the element's own phrases (a centre's list is its first example)
        set_derived(self, classifiers=MappingProxyType({
            name: LearnedClauses.fit(read_examples(name) + tuple((p.text, True) for p in self.elements[name]))
            for name in self.learned}))

    def passes(self, present: list[str]) -> bool:
        """Whether a script with the elements ``present`` is complete enough."""
        return all(r in present for r in self.required) and len(present) >= self.min_elements

    def present(self, heard) -> list[str]:
        """The elements said in ``heard``: word for word, by sound, or in their shape."""
        return list(self.said(heard))

    def said(self, heard, turns: tuple[str, ...] = (), opening: tuple[str, ...] = ()) -> dict[str, int | None]:
        """The elements said in ``heard`` (the scope's ``turns`` as one text; ``opening``, those of
        them before anyone replied), each with where its words begin: None for one found by its
        shape, by a classifier or by where it stands (a shape's first characters are any words, so
        they mark no place)."""
        found: dict[str, int | None] = {}
        for name, phrases in self.elements.items():
            if m := _in_words(heard, phrases, 1.0):
                found[name] = m.start
            elif any(x.search(heard) or x.chars.search(heard.digits) for x in self.patterns.get(name, ())):
                found[name] = None
            elif m := _in_words(heard, phrases, self.similarity):
                found[name] = m.start
            elif name in self.classifiers and any(
                    self.classifiers[name].best(turn)[0] >= self.learned[name] for turn in turns):
                found[name] = None
        if (implied := self.implied.element) and implied not in found and len(found) == len(self.elements) - 1 \
                and self.implied.said_in(opening):  # later, a reply speaks to the caller too
            found[implied] = None
        return found

    def greeting_place(self, said: dict[str, int | None], missing: list[str]) -> tuple[int, int] | None:
        """Where the script's first element (the greeting) belongs when it alone is missing: the
        opening's first ``GREETING_CHARS`` characters, up to any element heard in words there."""
        if missing != list(self.elements)[:1]:
            return None
        return 0, min([GREETING_CHARS, *(at for at in said.values() if at is not None)])


def _in_words(heard, phrases: tuple[Phrase, ...], similarity: float):
    return next((m for p in phrases if (m := find_phrase(heard, p, similarity))), None)


GREETING_CHARS = 4  # 您好, 上午好, 下午好呀: where a greeting is said, before anything else
MIN_PLACE_CHARS = 2  # a lone 喂/嗯 before the company is not a greeting misheard


def _unsure_place(ctx: CallContext, scope, place: tuple[int, int] | None) -> bool:
    return (place is not None and place[1] - place[0] >= MIN_PLACE_CHARS
            and ctx.heard_confidence(scope, *place) < UNSURE)


def _before_reply(ctx: CallContext, scope: tuple) -> tuple[str, ...]:
    """The scope's turns before anyone else spoke after its first one began."""
    first = scope[0]
    reply = min((u.start for u in ctx.transcript.utterances if u.role != first.role and u.start > first.start),
                default=float("inf"))
    return tuple(u.text for u in scope if u.start < reply)


def check_script(rule: RuleConfig, params: ScriptParams, ctx: CallContext) -> list[Finding]:
    scope = ctx.in_scope(rule.scope)
    if not scope:
        return [Finding.of(rule, 0.0, 0.0, confidence=0.3,
                           detail=f"no {rule.scope.role} speech was heard, so the script could not be checked")]
    heard = ctx.heard(*scope)
    said = params.said(heard, tuple(u.text for u in scope), _before_reply(ctx, scope))
    present = list(said)
    if params.passes(present):
        return []
    # What may be there but misheard: only worked out for calls that break the rule
    near = {name: m for name, phrases in params.elements.items()
            if name not in present and (m := ctx.misheard(scope, phrases))}
    missing = [name for name in params.elements if name not in present]
    confidence = sum(u.confidence for u in scope) / len(scope)
    detail = f"missing: {', '.join(missing)}; found: {', '.join(present) or 'none'}"
    if near:
        heard_as = ', '.join(f"{name}≈{m.phrase} (heard 「{heard.chars[m.start:m.end]}」)" for name, m in near.items())
        if params.passes([*present, *near]):
            confidence *= 0.5
            detail += f"; possibly misheard: {heard_as}"
        else:  # a misheard part would not save the call: the doubt is not about this defect
            confidence, why = ctx.absent(confidence)
            detail += f"; even if misheard ({heard_as}), the script would still lack parts{why}"
    elif (all(r in present for r in params.required) and len(present) == params.min_elements - 1 and len(heard.chars) >= GARBLED_MIN_CHARS
          and ctx.unsure_words(scope)):
        # A full-length opening that has the required parts, lacks one more and has words
        # Whisper was unsure of was most likely said and misheard (欢迎致电 → 关迎这店).
        confidence *= 0.5
        detail += "; the turn is full length and partly unsure: the missing part may have been misheard"
    elif rule.scope.first_s is not None and _unsure_place(ctx, scope, params.greeting_place(said, missing)):
        # An opening with all of its script but the greeting, where the greeting belongs
        # (its first syllables) Whisper wrote words it was unsure of (低善物后，欢迎来电… for
        # 上午好，欢迎来电…): a call's first syllables are what it hears worst, with nothing
        # before them to go by. A reviewer listens.
        confidence *= 0.5
        detail += "; where it belongs Whisper was unsure of the words: it may have been said and misheard"
    else:
        confidence, why = ctx.absent(confidence, parts=1 if present else len(missing))
        detail += why
    confidence, detail = ctx.for_roles(confidence, detail)
    text = heard.chars if len(heard.chars) <= 80 else heard.chars[:80] + "…"
    # Point the reviewer at the turn where the script belonged: the opening or the last turn.
    turn = scope[-1] if rule.scope.last_s is not None else scope[0]
    return [Finding.of(rule, turn.start, turn.end, text=text, confidence=confidence, detail=detail)]
