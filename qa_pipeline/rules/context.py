"""What every rule needs from a call, computed once per call rather than once per rule."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from ..config import Scope
from ..records import Transcript, Utterance
from .phrases import HeardText


@dataclass(frozen=True)
class CallContext:
    transcript: Transcript

    @functools.cached_property
    def heard(self) -> dict[int, HeardText]:
        """Pinyin-ready text of every utterance, keyed by its index in the transcript."""
        return {i: HeardText.of(u.text) for i, u in enumerate(self.transcript.utterances)}

    def in_scope(self, scope: Scope) -> tuple[Utterance, ...]:
        """Utterances a rule with ``scope`` looks at.

        On a mono recording roles are unknown, so a role-bound scope takes everyone's speech;
        rules say so in their findings (``roles_known`` is False).
        """
        utterances = self.transcript.utterances
        if self.roles_known and scope.role in ("agent", "customer"):
            utterances = tuple(u for u in utterances if u.role == scope.role)
        if not utterances:
            return ()
        if scope.first_s is not None:
            limit = utterances[0].start + scope.first_s
            utterances = tuple(u for u in utterances if u.start < limit)
        if scope.last_s is not None:
            limit = utterances[-1].end - scope.last_s
            utterances = tuple(u for u in utterances if u.end > limit)
        return utterances

    @property
    def roles_known(self) -> bool:
        return self.transcript.has_roles
