"""Service taboo phrases (服务禁语) said by the agent, matched on pinyin like the scripts.

``families`` group the phrases as the trade's lists do (refusing responsibility, blaming the
customer's understanding, "read it yourself", take-it-or-leave-it, impatience …).
``exclude`` lists contexts where a phrase is not a taboo (不知道您是否方便 is polite, 想办法 is
not 没办法): a match inside an excluded phrase's occurrence does not count.

Agents say a family's sentences in words no list holds (这事不归我们部门管). With
``meaning_similarity`` set, a clause whose syllable n-grams (TF-IDF, cosine) are that close to
a listed phrase, and closer to it than to every ``innocent`` sentence, counts too. Sounds,
not characters: Whisper's homophones keep their syllables.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Mapping

from ..config import ConfigError, RuleConfig, param
from ..records import Finding, Utterance
from ..text import normalise_for_matching
from .context import CallContext
from .learned import CLAUSE as _CLAUSE, LearnedClauses, read_examples
from .params import any_of, named_shape_lists, phrase_list, set_derived
from .phrases import HeardText, Phrase, Shape, find_phrase


Hit = tuple[str, float, "str | None"]  # what was said (the listed phrase, or the words of a shape), similarity, family


MIN_MEANING_CHARS = 4  # shorter clauses share too few n-grams to be judged by meaning
# … and clauses shorter than this are too little for the classifier alone: 不会太久 (of 请您稍后，
# 不会太久) and 不是雷 read as taboos at p 0.94–0.98 (sets 13 and 36, post hoc); a short taboo
# (我不知道, 没办法) is in the lists
MIN_LEARNED_CHARS = 5
LEARNED = "learned"  # the "family" of a classifier's hit: it names none


@dataclass(frozen=True)
class TabooParams:
    phrases: tuple[str, ...] = ()  # taboo phrases of no family
    families: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # family → its taboo phrases
    exclude: tuple[Phrase, ...] = phrase_list()  # contexts where a phrase is no taboo (不知道您…)
    similarity: float = 1.0
    # cosine at which a clause says a listed phrase in other words; absent: not looked for
    meaning_similarity: float | None = param(None, accepts=float)
    innocent: tuple[str, ...] = ()  # sentences near a taboo in sound that are not one
    # P(taboo) from which the learned classifier's judgement counts (learned.py); absent: not asked
    learned_threshold: float | None = param(None, accepts=float)
    # family → regular expressions over the heard characters: a family's sentences by their shape
    # (爱买不买 as 爱(.)不\1), in whatever words fill it; ``exclude`` holds for them as for phrases
    patterns: Mapping[str, tuple[Shape, ...]] = named_shape_lists()
    taboo: tuple[Phrase, ...] = field(init=False)  # every listed phrase, the families' first
    taboo_set: frozenset[Phrase] = field(init=False)  # the same, for one look-up of them all (CallContext.said_any)
    family: Mapping[str, str] = field(init=False)  # phrase text → its family
    meaning: "MeaningMatcher | None" = field(init=False)
    learned: "LearnedClauses | None" = field(init=False)
    # every family's shapes as few searches (params.any_of): over the characters, over the sounds
    any_shape: tuple[tuple[re.Pattern, ...], tuple[re.Pattern, ...]] = field(init=False)

    def __post_init__(self):
        family = {x: name for name, xs in self.families.items() for x in xs}
        texts = list(dict.fromkeys([*family, *self.phrases]))
        meaning = None
        if self.meaning_similarity is not None and texts:
            meaning = MeaningMatcher(texts, list(self.innocent), self.meaning_similarity)
        if unknown := [name for name in self.patterns if name not in self.families]:
            raise ConfigError(f"patterns names unknown famil(ies): {', '.join(unknown)}")
        learned = None
        if self.learned_threshold is not None:
            # the rule set's own phrases teach it too: a centre's list is its first example
            own = tuple((x, True) for x in texts) + tuple((x, False) for x in self.innocent)
            learned = LearnedClauses.fit(read_examples("taboo") + own)
        taboo = tuple(Phrase.of(x) for x in texts)
        set_derived(self, taboo=taboo, taboo_set=frozenset(taboo), family=family, meaning=meaning, learned=learned,
                    any_shape=(any_of(x.chars for xs in self.patterns.values() for x in xs),
                               any_of(x.sounds for xs in self.patterns.values() for x in xs)))


class MeaningMatcher:
    """Nearest listed taboo phrase to a clause: cosine of TF-IDF vectors over syllable 2–3-grams.

    sklearn's weighting (sublinear tf, smoothed idf, l2 norm) written out over dicts rather
    than its vectoriser: the vectors hold a dozen n-grams, and the vectoriser's per-call checks
    cost more than the arithmetic, for every call a rescore re-checks. An n-gram no listed
    sentence has gets the highest idf, so it weighs in a clause's norm: 「如果您还有不清楚的地方」
    is not 不清楚.
    """

    def __init__(self, phrases: list[str], innocent: list[str], threshold: float):
        self.phrases, self.threshold = phrases, threshold
        docs = [Counter(_ngrams(_sounds(x))) for x in phrases + innocent]
        df = Counter(g for d in docs for g in d)
        self.idf = {g: math.log((1 + len(docs)) / (1 + k)) + 1 for g, k in df.items()}
        self.unseen_idf = math.log(1 + len(docs)) + 1
        vectors = [self._vector(d) for d in docs]
        self.taboo, self.innocent = vectors[:len(phrases)], vectors[len(phrases):]
        self.ngrams = frozenset(g for v in self.taboo for g in v)
        # n-gram → [(sentence, its weight)]: a clause's cosines touch only the sentences that
        # share one of its n-grams, not all sixty for each of its dozen n-grams (issue 17)
        self._postings: dict[str, list[tuple[int, float]]] = {}
        for k, vector in enumerate(vectors):
            for g, w in vector.items():
                self._postings.setdefault(g, []).append((k, w))

    def _vector(self, counts: Counter) -> dict[str, float]:
        weights = {g: (1 + math.log(c)) * self.idf.get(g, self.unseen_idf) for g, c in counts.items()}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        return {g: w / norm for g, w in weights.items()}

    def may_match(self, heard: HeardText) -> bool:
        """A cheap test that spares most clauses the vectors: a clause of four or more
        syllables that shares no three-syllable run and fewer than two n-grams with the listed
        phrases stays well under any useful threshold (about 0.4 at best)."""
        shared = [g for g in _ngrams(heard.code) if g in self.ngrams]
        return len(shared) >= 2 and any(len(g) == 3 for g in shared)

    def nearest(self, clause: HeardText) -> tuple[str, float] | None:
        """(listed phrase, cosine) when ``clause`` says it in other words, else None."""
        sims = self._cosines(self._vector(Counter(_ngrams(clause.code))))
        n = len(self.phrases)
        best = max(range(n), key=sims.__getitem__)
        if sims[best] < self.threshold:
            return None
        # nearer to something innocent: 我帮您问一下相关部门 is not 你问别人
        if any(sim >= sims[best] for sim in sims[n:]):
            return None
        return self.phrases[best], sims[best]

    def _cosines(self, v: dict[str, float]) -> list[float]:
        """The cosine of ``v`` with every listed sentence, the taboo phrases' first, then the innocent ones.

        Summed over ``v``'s n-grams in their order, skipping the zero terms: the same floats
        as ``sum(w * t.get(g, 0.0) for g, w in v.items())`` for each sentence ``t``."""
        sims = [0] * (len(self.taboo) + len(self.innocent))
        for g, w in v.items():
            for k, t in self._postings.get(g, ()):
                sims[k] += w * t
        return sims


def _sounds(text: str) -> str:
    return HeardText.of(text).code


def _ngrams(code: str) -> list[str]:
    return [code[i:i + n] for n in (2, 3) for i in range(len(code) - n + 1)]


def check_forbidden_phrase(rule: RuleConfig, params: TabooParams, ctx: CallContext) -> list[Finding]:
    scope = ctx.in_scope(rule.scope)
    said = scope
    if params.similarity >= 1.0:
        # One search of the whole call per phrase: most calls say no taboo phrase at all.
        hits = ctx.said_any(params.taboo_set)
        said = tuple(u for u in scope if ctx.index(u) in hits)
    found = {id(u): hit for u in said if (hit := _taboo_in(u.text, params))}
    if params.patterns:
        # the shapes over the whole turn first: most turns fit none, and need no clause work
        fits = [u for u in scope if id(u) not in found and _fits_a_shape(ctx.heard(u), params.any_shape)]
        found.update(_by_shape(params, fits))
    if params.meaning is not None:
        found.update(_by_meaning(params, [u for u in scope if id(u) not in found]))
    if params.learned is not None:
        found.update(_by_learning(params, [u for u in scope if id(u) not in found]))
    findings = []
    for u in scope:
        if (phrase := found.get(id(u))) is None:
            continue
        text, similarity, family = phrase
        confidence = variant_confidence(u.confidence, similarity, learned=family == LEARNED)
        detail = f"taboo phrase 「{text}」" + (f" ({family})" if family else "")
        if family == LEARNED:
            detail = f"「{text}」 reads as a service taboo to the classifier learned from the trade's lists (p {similarity:.2f})"
        elif similarity < 1.0:
            detail += f", said in other words (similarity {similarity:.2f})"
        elif text not in params.family and text not in params.phrases:
            detail += ", said in the family's shape"
        confidence, detail = ctx.for_roles(confidence, detail)
        findings.append(Finding.of(rule, u.start, u.end, text=u.text, confidence=confidence, detail=detail))
    return findings


def variant_confidence(heard: float, similarity: float, learned: bool = False) -> float:
    """A finding's confidence: how well the turn was heard, times how sure the match is — 1 for the
    same words or a shape; the classifier's probability counts from half (at its threshold 0.9,
    0.95); a variant by meaning counts its cosine itself, so that one near the threshold is held
    for review: on fourteen labelled sets the only one was false (「不能，不用您出」 for 你能不能快点
    at 0.46, set 22). The detail gives the similarity."""
    if similarity >= 1.0:
        return heard
    return heard * ((0.5 + similarity / 2) if learned else similarity)


def _fits_a_shape(heard: HeardText, shapes: tuple[tuple[re.Pattern, ...], tuple[re.Pattern, ...]]) -> bool:
    """Whether some shape matches ``heard`` in characters or in sounds (``Shape.search`` of each)."""
    over_chars, over_sounds = shapes
    return any(x.search(heard.chars) for x in over_chars) or any(x.search(heard.code) for x in over_sounds)


def _by_shape(params: TabooParams, utterances: list[Utterance]) -> dict[int, Hit]:
    """Utterances with a clause in the shape of a family's taboo, or with the shape across one
    of Whisper's commas (「…满大街，都是…」: its punctuation is not the speaker's): id → hit."""
    found: dict[int, Hit] = {}
    for u in utterances:
        clauses = [HeardText.of(clause) for clause in _CLAUSE.split(u.text)]
        pieces = [(heard, _contexts(heard, params)) for heard in clauses]
        for heard, contexts in [*pieces, _joined(pieces)]:
            hit = next(((heard.chars[start:end], 1.0, family) for family, shapes in params.patterns.items()
                        for x in shapes for start, end in x.spans(heard)
                        if not any(a <= start and end <= b for a, b in contexts)), None)
            if hit:
                found[id(u)] = hit
                break
    return found


def _joined(pieces: list[tuple[HeardText, list[tuple[int, int]]]]) -> tuple[HeardText, list[tuple[int, int]]]:
    """A turn's clauses as one text, each clause's excluded contexts at their place in it (an
    exclusion still holds only where its own clause said it)."""
    contexts, at = [], 0
    for heard, spans in pieces:
        contexts += [(at + a, at + b) for a, b in spans]
        at += len(heard.chars)
    return HeardText.of_normalised("".join(heard.chars for heard, _ in pieces)), contexts


def _by_meaning(params: TabooParams, utterances: list[Utterance]) -> dict[int, Hit]:
    """Utterances with a clause that says a listed taboo in other words: id → hit."""
    found: dict[int, Hit] = {}
    for u in utterances:
        for piece in _CLAUSE.split(u.text):
            heard = HeardText.of(piece)
            if len(heard.chars) < MIN_MEANING_CHARS or not params.meaning.may_match(heard):
                continue
            # a context that excuses a phrase excuses its variants (您不用再去找别的部门了); looked
            # for only in the few clauses that may match at all (issue 17: a tenth of a full rescore)
            if any(find_phrase(heard, p, 1.0) for p in params.exclude):
                continue
            if (hit := params.meaning.nearest(heard)) and _keeps_negation(hit[0], heard.chars):
                found[id(u)] = (*hit, params.family.get(hit[0]))
                break
    return found


def _by_learning(params: TabooParams, utterances: list[Utterance]) -> dict[int, Hit]:
    """Utterances the classifier judges a taboo, as a whole or by one of its clauses: id → hit.

    The "similarity" of the hit is the probability: a reviewer reads it in the detail."""
    found: dict[int, Hit] = {}
    for u in utterances:
        p, said = params.learned.best(u.text)
        # a clause holding an ``exclude`` context is no taboo to the classifier either, as it is to
        # the phrases and shapes (set 24: 有事您吩咐 heard 「有是您分副」, p 0.96)
        if p >= params.learned_threshold and len(said) >= MIN_LEARNED_CHARS and not _apologised_for(u.text, said) \
                and not _contexts(HeardText.of_normalised(said), params):
            found[id(u)] = (said, p, LEARNED)
    return found


_APOLOGIES = ("对不起", "对不住", "抱歉", "不好意思", "过意不去", "添麻烦")


def _apologised_for(text: str, said: str) -> bool:
    """Whether the clause the classifier judged (``said``, normalised) is followed in its turn by an
    apology: 「让您打了这么多遍，真对不住您」 names the trouble caused, to say sorry for it (set 21,
    post hoc). The classifier reads a clause alone; no writer's or list's taboo line holds an apology."""
    pieces = [normalise_for_matching(x) for x in _CLAUSE.split(text)]
    at = next((i for i, x in enumerate(pieces) if x and x in said), len(pieces))
    after = pieces[at + 1] if at + 1 < len(pieces) else ""
    return any(a in after for a in _APOLOGIES)


_NEGATIONS = frozenset("不没别无非甭")


def _keeps_negation(phrase: str, chars: str) -> bool:
    """A taboo that is a refusal (不归我们管, 没办法) said in other words still refuses: a clause
    with no negation at all says the opposite (这事归我们管, set 10), however close its sounds."""
    return not _NEGATIONS.intersection(phrase) or bool(_NEGATIONS.intersection(chars))


def _taboo_in(text: str, params: TabooParams) -> Hit | None:
    """The first taboo phrase in ``text`` and its similarity, clause by clause.

    Clauses keep exclusions honest: in 「这个我也不知道，您等通知吧」 the 不知道 ends a clause,
    so it must not be excused as the polite 不知道您….
    """
    for clause in _CLAUSE.split(text):
        heard = HeardText.of(clause)
        excused = _excused(heard, params)
        for phrase in params.taboo:
            m = find_phrase(heard, phrase, params.similarity)
            if m is not None and not excused(m.start, m.end):
                return phrase.text, m.similarity, params.family.get(phrase.text)
    return None


def _contexts(heard: HeardText, params: TabooParams) -> list[tuple[int, int]]:
    """The spans of ``heard`` where an ``exclude`` context is said."""
    return [(m.start, m.end) for p in params.exclude if (m := find_phrase(heard, p, 1.0))]


def _excused(heard: HeardText, params: TabooParams):
    """Whether characters ``start:end`` of ``heard`` lie inside an ``exclude`` context said there."""
    contexts = _contexts(heard, params)
    return lambda start, end: any(a <= start and end <= b for a, b in contexts)
