"""Store: calls, transcripts, findings and scores in SQLite (default) or PostgreSQL by URL.

The only gateway to the database. ``schema`` declares every table (the batch's, the trends'
and the web app's); ``migrations`` (Alembic) create and change them, run by ``migrate``;
``Store`` (``db``) and the repositories it reaches (``accounts``, ``reviews``, ``browse``,
``baselines``, ``calibration``) hold every query; ``codec`` turns stored rows back into the records of
``qa_pipeline.records``.
"""

from ..records import StoredCall
from .db import RescoredRows, Store, rescored_rows
from .migrate import StoreBehind

__all__ = ["RescoredRows", "Store", "StoredCall", "StoreBehind", "rescored_rows"]
