"""Checks over a phrase-table module (``heldout_text``, ``blind4_text``, ``blind5_text``): what the truth labels of
the held-out profiles rely on, written once for every table module."""

from __future__ import annotations

import re
from types import ModuleType

_CLAUSE = r"[^，、。！？；：]+[，、。！？；：]*"


def standard_greeting(first_sentence: str) -> bool:
    return bool(re.search("您好|上午好|下午好|晚上好", first_sentence))


def standard_closing(last_sentence: str) -> bool:
    return ("感谢" in last_sentence or "谢谢" in last_sentence) and ("再见" in last_sentence or "祝您" in last_sentence)


def slot_asker(keywords, markers, read_backs):
    """A writer's ``slot_asked(text)``: the slot an agent line asks for (a question, or a line with
    one of ``markers``, naming one of the slot's ``keywords``: [(slot, [keyword, ...]), ...]), or
    None; a line with one of ``read_backs`` in it (the writer's 「我复述一遍…」) reads a detail back and
    asks nothing."""
    def slot_asked(text: str):
        if any(r in text for r in read_backs):
            return None
        if not ("？" in text or any(m in text for m in markers)):
            return None
        return next((slot for slot, kws in keywords if any(k in text for k in kws)), None)

    return slot_asked


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


# what a non-standard closing of a blind table must not say
FAREWELL_WORDS = ["再见", "感谢", "谢谢", "来电", "祝您", "拜拜"]


def clean_agent_lines(T: ModuleType) -> list[str]:
    """Every agent template of ``T`` that can appear outside an injected defect."""
    out = list(T.HO_GREETINGS) + T.HO_CLOSING_ASK + [b for v in T.HO_CLOSING_BYE.values() for b in v]
    out += T.HO_HOLD_ANNOUNCE + T.HO_HOLD_THANKS + T.HO_RESUME_NO_THANKS + [x for x in T.HO_UNANNOUNCED_PRE if x]
    out += T.HO_ACK_AGENT + [a for _, a in T.HO_GENERIC_QA] + [a for _, _, a in T.HO_LOOKALIKES]
    out += [a for _, a in getattr(T, "HO_CUST_RUDE", [])]
    out += T.HO_INTERRUPT_AGENT + T.HO_EARLY_AGENT + T.HO_AFTER_EARLY_AGENT
    out += [t for v in T.HO_READBACK.values() for t in v] + [w for _, _, _, w in T.HO_NEW_ASK.values()]
    out += [T.HOLD2_AGENT]
    for d in T.HO_DOMAINS.values():
        for iss in d["issues"]:
            out += iss["result"] + [a for _, a in iss["qa"]]
    return out


def lint_tables(T: ModuleType) -> int:
    """The invariants the truth labels of a blind table module ``T`` rely on: no tic or taboo key
    outside the injected defects, slot questions recognised as such (read-backs not), standard
    openings/closings/hold thanks standard and the others not, announcements announcing
    (``T.ANNOUNCE_RE``) and unthanked returns not (``T.NOT_ANNOUNCING``).  Raises AssertionError
    listing every violation; returns the number of lines checked."""
    bad = []
    clean = clean_agent_lines(T)
    asks = [q for d in T.HO_DOMAINS.values() for q, _, _ in d["verify"]] + [a for _, a, _, _ in T.HO_NEW_ASK.values()]
    keys = taboo_keys(T)
    for line in clean + asks + [t for v in T.HO_REPEAT_ASK.values() for t in v] + T.HO_BAD_GREETINGS + T.HO_BAD_CLOSINGS:
        for w in has_filler(line, T) + [k for k in keys if k in line]:
            bad.append((line, w))
    for line in clean:
        if T.slot_asked(line):
            bad.append((line, f"asks a slot ({T.slot_asked(line)})"))
    for d in T.HO_DOMAINS.values():
        for q, _, slots in d["verify"]:
            if T.slot_asked(q) not in slots:
                bad.append((q, f"verify recognised as {T.slot_asked(q)}"))
    labels = {d["acct_label"] for d in T.HO_DOMAINS.values()}
    for sl, tmpls in T.HO_REPEAT_ASK.items():
        for t in tmpls:
            for lab in labels:
                if T.slot_asked(t.replace("{acct_label}", lab)) != sl:
                    bad.append((t, f"re-ask with {lab} recognised as {T.slot_asked(t.replace('{acct_label}', lab))}"))
    for lab in labels:
        if not any(k in lab for k in dict(T.HO_SLOT_KEYWORDS)["account"]):
            bad.append((lab, "account label not recognised as an account"))
    for sl, (_, ask, _, _) in T.HO_NEW_ASK.items():
        if T.slot_asked(ask) != sl:
            bad.append((ask, "first ask not recognised"))
    for fam, trig, line, key in T.HO_FORBIDDEN:
        if key not in line:
            bad.append((line, "taboo line lacks its key"))
        if has_filler(line, T):
            bad.append((line, "filler in taboo line"))
    for g in T.HO_GREETINGS:
        first = re.split("[。！？]", g.replace("{tod}", "上午好"))[0]
        if not (standard_greeting(first) and "{agent_zh}" in g and "{hotline}" in g):
            bad.append((g, "standard greeting lacks an element"))
    for g in T.HO_BAD_GREETINGS:
        if standard_greeting(g) or "号" in g or "服务" in g or "{hotline}" in g:
            bad.append((g, "bad greeting has a standard element"))
    for c in [b for v in T.HO_CLOSING_BYE.values() for b in v]:
        if not standard_closing(re.split("(?<=[。！？])", c.strip("。！？"))[-1]):
            bad.append((c, "standard closing lacks thanks/farewell in its last sentence"))
    for c in T.HO_BAD_CLOSINGS:
        if any(w in c for w in FAREWELL_WORDS):
            bad.append((c, "bad closing has farewell elements"))
    for t in T.HO_HOLD_THANKS:
        if not any(w in t for w in T.HO_THANKS_WORDS):
            bad.append((t, "hold thanks without thanks"))
    for t in T.HO_RESUME_NO_THANKS + [x for x in T.HO_UNANNOUNCED_PRE if x]:
        if any(w in t for w in T.HO_THANKS_WORDS + T.NOT_ANNOUNCING):
            bad.append((t, "no-thanks resume / unannounced pre-line thanks or announces"))
    for t in T.HO_HOLD_ANNOUNCE:
        if not re.search(T.ANNOUNCE_RE, t):
            bad.append((t, "hold announcement does not announce"))
    for t in T.HO_AGENT_BC + T.HO_CUST_BC:
        if len(re.sub("[。，]", "", t)) > 2:
            bad.append((t, "backchannel too long"))
    if set(T.HO_DOMAINS) != set(T.HO_DOMAINS_LIST):
        bad.append((sorted(T.HO_DOMAINS), "domains vs HO_DOMAINS_LIST"))
    if bad:
        raise AssertionError(f"{T.__name__} lint: {bad}")
    return len(clean) + len(asks)
