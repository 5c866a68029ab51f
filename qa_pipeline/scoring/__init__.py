"""Scoring stage. ``score_call`` is the rule scorecard; the learned classifier trained on the
QA team's own grades will sit beside it here (``classifier.py``) and add ``predicted_grade``
and ``p_fail`` to each call."""

from .scorecard import score_call

__all__ = ["score_call"]
