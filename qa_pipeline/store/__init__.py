"""Store: calls, transcripts, findings and scores in SQLite (default) or PostgreSQL by URL."""

from .db import Store, StoredCall

__all__ = ["Store", "StoredCall"]
