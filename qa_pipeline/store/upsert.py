"""INSERT … ON CONFLICT DO UPDATE, for the rows two requests may write at the same instant.

A delete-then-insert of a row under a unique key lets two concurrent writers both insert:
PostgreSQL then refuses the second (a 500 in the web app). The dialects' upsert is one
atomic statement on PostgreSQL (≥ 9.5) and SQLite (≥ 3.24), the two stores this package runs on.
"""

from __future__ import annotations

from sqlalchemy import Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

_INSERTS = {"postgresql": postgresql.insert, "sqlite": sqlite.insert}


def insert_or_update(conn: Connection, table: Table, key: tuple[str, ...], values: dict, set_: dict | None = None):
    """The statement inserting ``values``, or, where a row with the same ``key`` columns exists,
    updating it with ``set_`` (default: every other column of ``values``). Not executed: the
    caller may add ``.returning(…)``."""
    statement = _INSERTS[conn.dialect.name](table).values(**values)
    if set_ is None:
        set_ = {name: statement.excluded[name] for name in values if name not in key}
    return statement.on_conflict_do_update(index_elements=[table.c[name] for name in key], set_=set_)


def upsert(conn: Connection, table: Table, key: tuple[str, ...], values: dict) -> None:
    """Insert ``values``, or overwrite the row with the same ``key`` columns."""
    conn.execute(insert_or_update(conn, table, key, values))
