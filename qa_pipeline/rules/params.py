"""Rule parameters as declared fields: the YAML each takes, and what its check reads.

A rule kind's ``*Params`` is a frozen dataclass whose fields are its parameters (name,
type, default), loaded by ``config.typed`` like every other section of the settings. Most
fields are plain; the ones below are written in YAML as text and read as something made
from it (phrases, normalised words, compiled patterns). The conversion runs once, when a
rule set is compiled, so no check re-reads text per call, and a value that cannot be used
is refused then with a ConfigError naming the rule and the key.
"""

from __future__ import annotations

import re
from types import MappingProxyType
from typing import Any, Iterable, Mapping

from ..config import param, typed
from ..errors import ConfigError
from ..text import normalise_for_matching
from .phrases import Phrase, Shape

_NONE: Mapping = MappingProxyType({})
_TEXTS, _NAMED_TEXTS = tuple[str, ...], Mapping[str, tuple[str, ...]]


def section(cls) -> Any:
    """A group of parameters written as a mapping of their own (``unworded: {max_s: 0.5}``):
    an instance of dataclass ``cls``, its keys checked like the rule's."""
    return param(cls(), accepts=Mapping[str, Any], convert=lambda raw: typed(cls, raw, cls.__name__))


def phrase_list() -> Any:
    """A list of text matched as phrases (by sound too): tuple[Phrase, ...]."""
    return param((), accepts=_TEXTS, convert=_phrases)


def named_phrase_lists() -> Any:
    """name → list of text (a script's elements, a slot's nouns): Mapping[str, tuple[Phrase, ...]]."""
    return param(_NONE, accepts=_NAMED_TEXTS,
                 convert=lambda named: MappingProxyType({k: _phrases(v) for k, v in named.items()}))


def word_list() -> Any:
    """A list of words as heard text is matched (no punctuation, Simplified): tuple[str, ...]."""
    return param((), accepts=_TEXTS, convert=normalised)


def word_set() -> Any:
    """``word_list`` where only membership counts: frozenset[str]."""
    return param(frozenset(), accepts=_TEXTS, convert=lambda texts: frozenset(normalised(texts)))


_NOTHING = re.compile("(?!)")


def pattern() -> Any:
    """One regular expression, searched as written (by default one that finds nothing): re.Pattern."""
    return param(_NOTHING, accepts=str, convert=_pattern)


def named_patterns() -> Any:
    """name → one regular expression (what a slot's value looks like): Mapping[str, re.Pattern]."""
    return param(_NONE, accepts=Mapping[str, str],
                 convert=lambda named: MappingProxyType({k: _pattern(v) for k, v in named.items()}))


def named_shape_lists() -> Any:
    """name → regular expressions matched over characters and sounds (an element recognised by
    its shape): Mapping[str, tuple[Shape, ...]]."""
    return param(_NONE, accepts=_NAMED_TEXTS,
                 convert=lambda named: MappingProxyType({k: tuple(map(_shape, v)) for k, v in named.items()}))


def normalised(texts: Iterable[str]) -> tuple[str, ...]:
    return tuple(normalise_for_matching(x) for x in texts)


def _phrases(texts: Iterable[str]) -> tuple[Phrase, ...]:
    return tuple(Phrase.of(x) for x in texts)


def _pattern(expression: str) -> re.Pattern:
    try:
        return re.compile(expression)
    except re.error as e:
        raise ConfigError(f"bad pattern: {e}") from e


def any_of(patterns: Iterable[re.Pattern]) -> tuple[re.Pattern, ...]:
    """Patterns whose ``search`` finds something exactly where one of ``patterns``' does, fewer of
    them: those without capturing groups joined into one alternation (at each offset an
    alternation matches where one of its branches does), each with groups alone (joined, their
    back-references would point at other groups). One search instead of thirty a turn (issue 17)."""
    patterns = tuple(patterns)
    plain = [x for x in patterns if x.groups == 0 and x.flags == re.UNICODE]
    joined = (re.compile("|".join(f"(?:{x.pattern})" for x in plain)),) if len(plain) > 1 else tuple(plain)
    return joined + tuple(x for x in patterns if not (x.groups == 0 and x.flags == re.UNICODE))


def _shape(expression: str) -> Shape:
    try:
        return Shape.of(expression)
    except re.error as e:
        raise ConfigError(f"bad pattern: {e}") from e


def set_derived(params, **values) -> None:
    """Set fields worked out from the other parameters, in a frozen Params' ``__post_init__``:
    once, at load, not per call (``object.__setattr__`` is the documented way past ``frozen``)."""
    for name, value in values.items():
        object.__setattr__(params, name, value)
