"""Scoring stage: the rule scorecard, and the classifier learned from the QA team's own grades.

- ``scorecard``: 100 minus each finding's weight (``score_call``); ``standing``: whether a finding counts;
- ``scorer``: rules, scorecard and classifier over one call's transcript;
- ``features``: what the classifiers see of a call; ``classifier``: the scikit-learn estimator;
- ``labels``: the team's grades to learn from; ``training``: fitting (``train``);
  ``validation``: cross-validated figures; ``model_store``: saved versions and the active one;
  ``prediction``: a model's grade, p_fail and category for calls;
- ``review``: the review queue.
"""

from .scorecard import score_call

__all__ = ["score_call"]
