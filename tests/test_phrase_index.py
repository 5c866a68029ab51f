"""The faster phrase matcher finds exactly what the straightforward one found (issue 17).

The references below are the matchers the speed-ups replaced: each needle of a phrase (its
characters, its readings) searched with ``str.find`` from every next offset, instead of one
Aho–Corasick pass for all phrases; and every reading compared with every window of the text
whose syllables leave it a chance, by the old looser test.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import transcript, utt
from qa_pipeline.config import load_config
from qa_pipeline.export import read_transcripts
from qa_pipeline.rules import context, phrases
from qa_pipeline.records import Call
from qa_pipeline.rules.context import CallContext
from qa_pipeline.rules.phrases import HeardText, Match, Phrase, PhraseIndex, find_phrase
from rapidfuzz.distance import Levenshtein
from qa_pipeline.scoring.scorer import Scorer

needs_index = pytest.mark.skipif(phrases.ahocorasick is None, reason="pyahocorasick is not installed")

DATA = Path(__file__).resolve().parents[1] / "data"
SETS = [DATA / "eval" / "transcripts.jsonl.gz", DATA / "heldout" / "transcripts.jsonl.gz"]


def reference_find_all(heard: HeardText, phrase: Phrase) -> list[Match]:
    n = len(phrase.chars)
    if not phrase.chars or len(heard.chars) < n - 1:
        return []
    found: dict[int, Match] = {}
    for needle, how in phrase.needles:
        haystack = heard.code if how else heard.chars
        at = haystack.find(needle)
        while at >= 0:
            if at not in found and phrases._credible(heard, phrase, at, how):
                found[at] = Match(phrase.text, at, at + n, 1.0)
            at = haystack.find(needle, at + 1)
    return [found[at] for at in sorted(found)]


def reference_find_fuzzy(heard: HeardText, phrase: Phrase, min_similarity: float) -> Match | None:
    best = None
    for variant in phrase.variants:
        n = len(variant)
        if 1.0 - 1.0 / n < min_similarity:
            continue
        if len(set(variant) - heard.sounds) > int(n * (1.0 - min_similarity) + 1e-9) + 1:
            continue
        for length in (n, n - 1, n + 1) if n > 2 else (n,):
            windows = [heard.code[i : i + length] for i in range(len(heard.code) - length + 1)]
            if phrase.short:
                windows = [w if heard.is_word(i, i + length) else "" for i, w in enumerate(windows)]
            # every window scored, no cutoff: the first of the best that reaches the bar (≥, not >)
            scores = [Levenshtein.normalized_similarity(variant, w) if w else 0.0 for w in windows]
            top = max(scores, default=0.0)
            if top >= min_similarity - 1e-9 and (best is None or top > best.similarity):
                at = scores.index(top)
                best = Match(phrase.text, at, at + length, top)
    return best


def _reference_said_anywhere(self, heard, phrase):
    return reference_find_all(heard, phrase)


@pytest.fixture(scope="module")
def calls():
    return [item for path in SETS for item in read_transcripts(path)]


def _findings(config, calls):
    scorer = Scorer(config)
    return {call.call_id: scorer.score(t, call.business_line, call).findings for call, t in calls}


@needs_index
def test_rescoring_the_labelled_sets_gives_the_findings_of_the_reference_matcher(calls, monkeypatch):
    config = load_config()
    _findings(config, calls)  # the first pass records the phrases the rule sets ask for
    assert phrases.shared_index(next(iter(phrases._wanted))) is not None  # the index is in use
    indexed = _findings(config, calls)
    # no index anywhere: each whole-call look-up by the reference, each scope's exact look-up by str.find
    monkeypatch.setattr(phrases, "shared_index", lambda phrase: None)
    monkeypatch.setattr(context, "shared_index", lambda phrase: None)
    monkeypatch.setattr(CallContext, "_said_anywhere", _reference_said_anywhere)
    monkeypatch.setattr(phrases, "_find_fuzzy", reference_find_fuzzy)
    reference = _findings(config, calls)
    assert sum(len(f) for f in reference.values()) > 100  # the sets do have findings to compare
    assert indexed == reference


@needs_index
def test_the_index_finds_what_each_phrase_alone_finds(calls):
    load_config()
    wanted = list(phrases._wanted) or [Phrase.of(x) for x in ("工号", "再见", "请稍等", "还款", "为您服务")]
    wanted += [Phrase.of(x) for x in ("工号", "再见", "请稍等", "还款", "为您服务", "8001", "vip会员", "")]
    index = PhraseIndex(wanted)
    texts = ["".join(u.text for u in t.utterances) for _, t in calls]
    # homophones, a sound-alike across words (正在检修: zai jian), digits and letters
    texts += ["您好供好八零零一位您服务请稍等", "正在检修再见", "环款还款在线", "工号8001vip会员", "", "再"]
    hits = 0
    for text in texts:
        heard = HeardText.of(text)
        found = index.search(heard)
        for phrase in set(wanted):
            assert found.get(phrase, []) == reference_find_all(heard, phrase), (phrase.text, text[:40])
            hits += bool(found.get(phrase))
    assert hits > 50


def test_fuzzy_look_ups_find_what_the_reference_finds(calls, monkeypatch):
    wanted = [Phrase.of(x) for x in ("欢迎致电", "工号为您服务", "请问还有什么可以帮您", "感谢您的来电", "请稍等",
                                     "再见", "不好意思让您久等了", "有什么可以帮您")]
    texts = [u.text for _, t in calls[:60] for u in t.utterances]
    texts += ["关迎这店供好八零零一位您服务", "请稍登一下", "在见"]
    fast = {(text, p.text, s): find_phrase(HeardText.of(text), p, s)
            for text in texts for p in wanted for s in (0.6, 0.75, 0.8)}
    monkeypatch.setattr(phrases, "_find_fuzzy", reference_find_fuzzy)
    slow = {(text, p.text, s): find_phrase(HeardText.of(text), p, s)
            for text in texts for p in wanted for s in (0.6, 0.75, 0.8)}
    assert sum(1 for m in slow.values() if m and not m.exact) > 20  # fuzzy matches do happen
    assert fast == slow


def test_one_phrase_object_per_text_and_every_rule_phrase_is_indexed():
    # phrases compare by identity (a cheap hash), so Phrase.of must give one object per text
    assert Phrase.of("请稍等") is Phrase.of("请稍等") and Phrase.of("请稍等") != Phrase.of("请稍候")
    config = load_config()
    from qa_pipeline.rules import compile_ruleset

    compiled = compile_ruleset(config.rulesets["default"])
    taboo = next(params for rule, params, _ in compiled.checks if rule.kind == "forbidden_phrase")
    script = next(params for rule, params, _ in compiled.checks if rule.kind == "missing_greeting")
    listed = set(taboo.taboo) | set(taboo.exclude) | {p for ps in script.elements.values() for p in ps}
    assert len(listed) > 60 and listed <= phrases._wanted
    if phrases.ahocorasick is not None:
        assert listed <= phrases.shared_index_now().phrases | {p for p in listed if not p.chars}


def reference_digits_by_sound(text: str) -> str:
    """What digits_by_sound did before it read words once per process: lazy_pinyin on each text."""
    from pypinyin import lazy_pinyin

    from qa_pipeline.text import DIGIT_SOUNDS

    syllables = lazy_pinyin(text, errors=lambda chunk: [""] * len(chunk))
    return "".join(DIGIT_SOUNDS.get(syllable, ch) for ch, syllable in zip(text, syllables))


def test_digits_by_sound_reads_as_lazy_pinyin_does(calls):
    from qa_pipeline.text import digits_by_sound, normalise_for_matching

    texts = [u.text for _, t in calls for u in t.utterances]
    texts += [normalise_for_matching(x) for x in texts]
    # heteronyms read by their word (奇数 is ji shu, not 7; 银行 hang), digits, letters, nothing
    texts += ["工号留灵留二号", "专员物以物而好", "我们银行一行人去重庆", "单号是奇数", "长城还款", "vip8001号", "", "零"]
    assert sum(digits_by_sound(x) != x for x in texts) > 100  # digits are read into many of them
    assert [digits_by_sound(x) for x in texts] == [reference_digits_by_sound(x) for x in texts]


def test_joined_shapes_find_what_each_shape_finds(calls):
    from qa_pipeline.rules.params import any_of
    from qa_pipeline.rules.phrases import Shape
    from qa_pipeline.rules.taboo import _fits_a_shape

    config = load_config()
    shapes = [Shape.of(x) for rule in config.ruleset_for("default").rules if rule.kind == "forbidden_phrase"
              for xs in rule.params["patterns"].values() for x in xs]
    joined = (any_of(x.chars for x in shapes), any_of(x.sounds for x in shapes))
    assert len(joined[0]) < len(shapes) and any(x.groups for x in joined[0])  # 爱(.)不\1 keeps its group, alone
    texts = [u.text for _, t in calls for u in t.utterances]
    # in characters, in sounds only (爱卖不买), at the end of a turn ($), and none
    texts += ["爱买不买", "爱卖不买", "爱要不要的", "你要投诉吧", "你要投诉吧好", "跟我们没关系", "这么简单的事都不会", ""]
    heard = [HeardText.of(text) for text in texts]
    found = [any(x.search(h) for x in shapes) for h in heard]
    assert sum(found) >= 7  # the constructed ones at least
    assert [_fits_a_shape(h, joined) for h in heard] == found


def reference_by_meaning(params, utterances):
    """The meaning match as it was: each clause's exclusions looked up before its n-grams."""
    from qa_pipeline.rules import taboo

    found = {}
    for u in utterances:
        for piece in taboo._CLAUSE.split(u.text):
            heard = HeardText.of(piece)
            if any(find_phrase(heard, p, 1.0) for p in params.exclude):
                continue
            if len(heard.chars) >= taboo.MIN_MEANING_CHARS and params.meaning.may_match(heard):
                if hit := params.meaning.nearest(heard):
                    found[id(u)] = (*hit, params.family.get(hit[0]))
                    break
    return found


def test_the_taboo_rule_finds_what_its_reference_finds(calls, monkeypatch):
    from qa_pipeline.rules import taboo

    config = load_config()
    # said in other words, and the same excused by the context around it (「您不用再去找…」)
    said = ["你再去找别的部门问问", "您不用再去找别的部门问了", "你自己上网去查一下", "您不用自己上网去查的。好吧"]
    calls = calls + [(Call(f"T{i}", "", "a1"), transcript(utt("agent", 1.0, 4.0, text))) for i, text in enumerate(said)]
    fast = _findings(config, calls)
    assert [any(f.kind == "forbidden_phrase" for f in fast[f"T{i}"]) for i in range(len(said))] == [True, False, True, False]
    monkeypatch.setattr(taboo, "_by_meaning", reference_by_meaning)
    monkeypatch.setattr(CallContext, "said_any", lambda ctx, phrases: set().union(*(ctx.said_in(p) for p in phrases)))
    monkeypatch.setattr(taboo, "any_of", lambda shapes: tuple(shapes))
    slow = _findings(config, calls)
    assert sum(f.kind == "forbidden_phrase" for fs in slow.values() for f in fs) >= 5  # the sets' taboo calls
    assert fast == slow
