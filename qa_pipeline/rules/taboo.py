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

import re
from dataclasses import dataclass, field
from typing import Mapping

from ..config import RuleConfig
from ..records import Finding, Utterance
from .context import CallContext
from .phrases import HeardText, Phrase, find_phrase


_CLAUSE = re.compile(r"[，。？！；、,.?!;\s]+")


MIN_MEANING_CHARS = 4  # shorter clauses share too few n-grams to be judged by meaning
# the parameters TabooParams.of reads, with their types: anything else is refused at load
TABOO_PARAMS = {"phrases": tuple[str, ...], "exclude": tuple[str, ...], "similarity": float,
                "families": Mapping[str, tuple[str, ...]], "meaning_similarity": float, "innocent": tuple[str, ...]}


@dataclass(frozen=True)
class TabooParams:
    phrases: tuple[Phrase, ...]
    exclude: tuple[Phrase, ...]
    similarity: float
    family: Mapping[str, str] = field(default_factory=dict)  # phrase text → its family
    meaning: "MeaningMatcher | None" = None

    @classmethod
    def of(cls, rule: RuleConfig) -> "TabooParams":
        p = rule.params
        family = {str(x): name for name, xs in (p.get("families") or {}).items() for x in xs}
        texts = list(dict.fromkeys([*family, *(str(x) for x in p.get("phrases") or ())]))
        meaning = None
        if p.get("meaning_similarity") is not None and texts:
            meaning = MeaningMatcher(texts, [str(x) for x in p.get("innocent") or ()], float(p["meaning_similarity"]))
        return cls(tuple(Phrase.of(x) for x in texts), tuple(Phrase.of(x) for x in p.get("exclude") or ()),
                   float(p.get("similarity", 1.0)), family, meaning)


class MeaningMatcher:
    """Nearest listed taboo phrase to a clause, by TF-IDF over syllable n-grams."""

    def __init__(self, phrases: list[str], innocent: list[str], threshold: float):
        from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer

        self.phrases, self.threshold = phrases, threshold
        # Hashed n-grams, not a vocabulary fitted on the lists: a clause's n-grams that no
        # listed phrase has must still weigh in its norm, or 「如果您还有不清楚的地方」 would be
        # exactly 不清楚. Unseen n-grams get the highest IDF.
        self.hasher = HashingVectorizer(analyzer="char", ngram_range=(2, 3), alternate_sign=False, norm=None)
        self.idf = TfidfTransformer(sublinear_tf=True).fit(self.hasher.transform([_sounds(x) for x in phrases + innocent]))
        # transposed once here: converting them for every call's product cost more than the rest
        self.taboo = self._vectors([_sounds(x) for x in phrases]).T.tocsr()
        self.innocent = self._vectors([_sounds(x) for x in innocent]).T.tocsr() if innocent else None
        self.ngrams = frozenset(g for x in phrases for g in _ngrams(_sounds(x)))

    def may_match(self, heard: HeardText) -> bool:
        """A cheap test that spares most clauses the vectoriser: a clause of four or more
        syllables that shares no three-syllable run and fewer than two n-grams with the listed
        phrases stays well under any useful threshold (about 0.4 at best)."""
        shared = [g for g in _ngrams(heard.code) if g in self.ngrams]
        return len(shared) >= 2 and any(len(g) == 3 for g in shared)

    def _vectors(self, codes: list[str]):
        return self.idf.transform(self.hasher.transform(codes))

    def nearest(self, clauses: list[HeardText]) -> list[tuple[str, float] | None]:
        """Per clause, (listed phrase, cosine) when it is a variant of that phrase, else None.

        One transform for all the clauses of a call: a call has dozens, and rescoring a month
        of calls cannot afford one vectoriser call per clause.
        """
        if not clauses:
            return []
        v = self._vectors([c.code for c in clauses])
        sims = (v @ self.taboo).toarray()
        innocent = (v @ self.innocent).toarray().max(axis=1) if self.innocent is not None else None
        out: list[tuple[str, float] | None] = []
        for i, row in enumerate(sims):
            best = int(row.argmax())
            # nearer to something innocent: 我帮您问一下相关部门 is not 你问别人
            close = row[best] >= self.threshold and (innocent is None or innocent[i] < row[best])
            out.append((self.phrases[best], float(row[best])) if close else None)
        return out


def _sounds(text: str) -> str:
    return HeardText.of(text).code


def _ngrams(code: str) -> list[str]:
    return [code[i:i + n] for n in (2, 3) for i in range(len(code) - n + 1)]


def check_forbidden_phrase(rule: RuleConfig, params: TabooParams, ctx: CallContext) -> list[Finding]:
    scope = ctx.in_scope(rule.scope)
    said = scope
    if params.similarity >= 1.0:
        # One search of the whole call per phrase: most calls say no taboo phrase at all.
        hits = set().union(*(ctx.said_in(p) for p in params.phrases))
        said = tuple(u for u in scope if ctx.index(u) in hits)
    found = {id(u): hit for u in said if (hit := _taboo_in(u.text, params))}
    if params.meaning is not None:
        found.update(_by_meaning(params, [u for u in scope if id(u) not in found]))
    findings = []
    for u in scope:
        if (phrase := found.get(id(u))) is None:
            continue
        # A variant said in other words counts by how close it is: at the threshold, three
        # quarters of what the same words would (a reviewer reads the similarity in the detail).
        confidence = u.confidence * (phrase[1] if phrase[1] >= 1.0 else 0.5 + phrase[1] / 2)
        detail = f"taboo phrase 「{phrase[0]}」" + (f" ({params.family[phrase[0]]})" if phrase[0] in params.family else "")
        if phrase[1] < 1.0:
            detail += f", said in other words (similarity {phrase[1]:.2f})"
        confidence, detail = ctx.for_roles(confidence, detail)
        findings.append(Finding(rule.rule_id, rule.kind, rule.severity, u.start, u.end, u.text,
                                round(confidence, 3), detail))
    return findings


def _by_meaning(params: TabooParams, utterances: list[Utterance]) -> dict[int, tuple[str, float]]:
    """Utterances with a clause that says a listed taboo in other words: id → (phrase, similarity)."""
    clauses = [(u, heard) for u in utterances for piece in _CLAUSE.split(u.text)
               if len((heard := HeardText.of(piece)).chars) >= MIN_MEANING_CHARS and params.meaning.may_match(heard)]
    found: dict[int, tuple[str, float]] = {}
    for (u, _), hit in zip(clauses, params.meaning.nearest([h for _, h in clauses])):
        if hit and id(u) not in found:
            found[id(u)] = hit
    return found


def _taboo_in(text: str, params: TabooParams) -> tuple[str, float] | None:
    """The first taboo phrase in ``text`` and its similarity, clause by clause.

    Clauses keep exclusions honest: in 「这个我也不知道，您等通知吧」 the 不知道 ends a clause,
    so it must not be excused as the polite 不知道您….
    """
    for clause in _CLAUSE.split(text):
        heard = HeardText.of(clause)
        excluded = [m for p in params.exclude if (m := find_phrase(heard, p, 1.0))]
        for phrase in params.phrases:
            m = find_phrase(heard, phrase, params.similarity)
            if m is not None and not any(x.start <= m.start and m.end <= x.end for x in excluded):
                return phrase.text, m.similarity
    return None
