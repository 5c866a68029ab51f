"""The view of a call that every rule shares: which utterances a rule's scope covers, and whether
roles are known. Per-call precomputation shared by rules (pinyin, tokens) belongs here too."""

from __future__ import annotations

from dataclasses import dataclass

from ..config import Scope
from ..records import Transcript, Utterance


@dataclass(frozen=True)
class CallContext:
    transcript: Transcript

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
