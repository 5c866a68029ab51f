"""Checks over a phrase-table module (``heldout_text``, ``blind4_text``): what the truth labels of
the held-out profiles rely on, written once for every table module."""

from __future__ import annotations

import re
from types import ModuleType

_CLAUSE = r"[^，、。！？；：]+[，、。！？；：]*"


def standard_greeting(first_sentence: str) -> bool:
    return bool(re.search("您好|上午好|下午好|晚上好", first_sentence))


def standard_closing(last_sentence: str) -> bool:
    return ("感谢" in last_sentence or "谢谢" in last_sentence) and ("再见" in last_sentence or "祝您" in last_sentence)


def taboo_keys(T: ModuleType) -> list[str]:
    """The key phrase of each of ``T``'s taboo lines."""
    return [k for _, _, _, k in T.HO_FORBIDDEN]


def has_filler(text: str, T: ModuleType) -> list[str]:
    """The tics of ``T`` in ``text``: its substrings, and its words standing as a clause alone."""
    found = [w for w in T.HO_FILLER_SUBSTR if w in text]
    for p in re.findall(_CLAUSE, text):
        w = re.sub(r"[，、。！？；：]", "", p)
        if w in T.HO_FILLER_ALONE:
            found.append(w)
    return found
