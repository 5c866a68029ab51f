"""Store: calls, transcripts, findings and scores in SQLite (default) or PostgreSQL by URL."""

from ..records import StoredCall
from .db import Store

__all__ = ["Store", "StoredCall"]
