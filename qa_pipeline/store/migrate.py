"""The store's schema version: Alembic migrations (``store/migrations``), run from code.

- A fresh (empty) store is created by upgrading it to the newest revision.
- A store at an older revision, or one made before migrations existed (by ``create_all``
  and hand-added columns), is *behind*: commands refuse it until ``qa-pipeline db upgrade``,
  which adopts an unversioned store as revision 0001 and upgrades it.
- Migrating holds a lock (PostgreSQL: an advisory lock; SQLite: a lock file beside the
  database), so that several processes starting at once on a fresh store never race: the
  others wait, then find it made (the old ``table runs already exists``).
"""

from __future__ import annotations

import fcntl
import time
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Iterator

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import OperationalError

from ..errors import QAError

MIGRATIONS = Path(__file__).parent / "migrations"
WAL_ATTEMPTS = 20  # about 10 s of retries in all
ADOPTED_REVISION = "0001"  # what a store made before migrations is: the schema migration 1 creates
_PG_LOCK_KEY = 0x5141_7069  # any fixed 64-bit number: pg_advisory_lock's key for "migrating the qa-pipeline store"


class StoreBehind(QAError):
    """The store's schema is older than this code's (or newer): a one-line refusal naming the fix."""


def _config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


@cache
def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(_config())


def head() -> str:
    """The newest revision this code knows."""
    return _script().get_current_head()


def current(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def _is_empty(conn: Connection) -> bool:
    return not inspect(conn).get_table_names()


def shown(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=True)


def ensure_current(engine: Engine, *, create: bool = True) -> None:
    """Return when the store is at the newest revision; create a fresh store (``create``);
    else raise ``StoreBehind`` with the command that fixes it."""
    with engine.connect() as conn:
        if current(conn) == head():  # the usual case, without the lock
            return
    with _exclusive(engine), engine.connect() as conn:
        revision = current(conn)
        if revision == head():
            return  # another process made it while this one waited
        if revision is None and _is_empty(conn) and create:
            conn.commit()  # end the inspection's transaction: the upgrade starts its own
            _upgrade(engine)
            return
        raise StoreBehind(_behind(engine, revision, adopted=revision is None and not _is_empty(conn)))


def _behind(engine: Engine, revision: str | None, *, adopted: bool) -> str:
    url = shown(engine)
    known = {s.revision for s in _script().walk_revisions()}
    if revision is not None and revision not in known:
        return f"the store {url} is at revision {revision}, newer than this qa-pipeline knows: upgrade qa-pipeline"
    what = "was made before schema migrations" if adopted else f"is at revision {revision or 'none'}"
    return f"the store {url} {what}, behind this qa-pipeline ({head()}): run `qa-pipeline db upgrade --db {url}`"


def upgrade(engine: Engine) -> tuple[str | None, str]:
    """Bring the store to the newest revision, adopting one made before migrations.
    Returns (revision before, revision after); safe to run while others start."""
    with _exclusive(engine):
        with engine.connect() as conn:
            before = current(conn)
            legacy = before is None and not _is_empty(conn)
        if legacy:
            _adopt(engine)
        _upgrade(engine)
    return before, head()


def _upgrade(engine: Engine) -> None:
    with engine.begin() as conn:
        command.upgrade(_config(conn), "head")
    _write_ahead_log(engine)


def _write_ahead_log(engine: Engine) -> None:
    """A SQLite store is kept in WAL mode, so that readers (show, the web app) never block a
    batch. The mode stays with the file; it is set here, under the migration lock, and not on
    every connect: switching needs the file to itself, and processes opening a new store at
    once failed with 'database is locked'. A process reading the revision at that moment can
    still refuse the switch without waiting (SQLite does not call the busy handler for it):
    try again for a few seconds."""
    if engine.dialect.name != "sqlite":
        return
    for attempt in range(WAL_ATTEMPTS):
        try:
            with engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA journal_mode=WAL")
            return
        except OperationalError as e:
            if "locked" not in str(e.orig) or attempt == WAL_ATTEMPTS - 1:
                raise
            time.sleep(0.05 * (attempt + 1))

def _adopt(engine: Engine) -> None:
    """Make an unversioned store what migration 1 creates, in place (tables, columns and indexes
    added; nothing dropped, no row touched), then stamp it as that revision."""
    script = _script().get_revision(ADOPTED_REVISION)
    target = script.module.tables()
    with engine.begin() as conn:
        had = set(inspect(conn).get_table_names())
        target.create_all(conn, checkfirst=True)
        for table in (t for t in target.sorted_tables if t.name in had):
            _add_missing(conn, table)
        command.stamp(_config(conn), ADOPTED_REVISION)


def _add_missing(conn: Connection, table) -> None:
    """Columns and indexes an older version's ``create_all`` did not make (all columns added
    since are nullable, so ADD COLUMN suffices)."""
    found = inspect(conn)
    have = {c["name"] for c in found.get_columns(table.name)}
    for column in table.columns:
        if column.name not in have:
            kind, quote = column.type.compile(dialect=conn.dialect), conn.dialect.identifier_preparer.quote
            conn.execute(text(f"ALTER TABLE {quote(table.name)} ADD COLUMN {quote(column.name)} {kind}"))
    indexes = {i["name"] for i in found.get_indexes(table.name)}
    for index in table.indexes:
        if index.name not in indexes:
            index.create(conn)


@contextmanager
def _exclusive(engine: Engine) -> Iterator[None]:
    """One migrating process at a time per store."""
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            conn.execute(text("SELECT pg_advisory_lock(:key)"), {"key": _PG_LOCK_KEY})
            try:
                yield
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": _PG_LOCK_KEY})
                conn.commit()
    elif engine.dialect.name == "sqlite" and engine.url.database not in (None, "", ":memory:"):
        with open(f"{engine.url.database}.migrate-lock", "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes, also if the process dies
            yield
    else:
        yield
