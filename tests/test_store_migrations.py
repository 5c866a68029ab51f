"""The schema is owned by Alembic migrations (issue 13): a fresh store is created at the newest
revision, an older one is refused until ``qa-pipeline db upgrade``, which also adopts a store
made before migrations, and processes starting at once on a fresh store do not race."""

from __future__ import annotations

import multiprocessing
import shutil
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from qa_pipeline import cli
from qa_pipeline.store import Store
from qa_pipeline.store.migrate import StoreBehind, head
from qa_pipeline.store.schema import metadata

# Made by main at 597261b (create_all plus create_tables, before migrations): two scored calls,
# a specialist's rejection on L0, an admin account, frozen chart limits.
BEFORE_MIGRATIONS = Path(__file__).parent / "data" / "store-before-migrations.sqlite"


def schema_differences(url: str) -> list:
    """What Alembic's autogenerate would change to make the store match ``store/schema.py``."""
    engine = create_engine(url)
    with engine.connect() as conn:
        found = compare_metadata(MigrationContext.configure(conn), metadata)
    engine.dispose()
    return found


def revision_rows(url: str) -> list:
    engine = create_engine(url)
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    engine.dispose()
    return rows


def cli_main(monkeypatch, *args) -> int:
    """The command's exit status (0 when it returns without exiting)."""
    monkeypatch.setattr(sys, "argv", ["qa-pipeline", *args])
    try:
        cli.main()
    except SystemExit as e:
        return e.code
    return 0


def test_a_fresh_store_is_created_at_the_newest_revision_with_the_declared_schema(store_url):
    Store(store_url)
    assert revision_rows(store_url) == [head()]
    assert schema_differences(store_url) == []
    if store_url.startswith("sqlite"):  # readers never block a batch
        assert journal_mode(store_url) == "wal"


def journal_mode(url: str) -> str:
    engine = create_engine(url)
    with engine.connect() as conn:
        mode = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
    engine.dispose()
    return mode


def test_a_store_made_before_migrations_is_refused_until_db_upgrade_and_keeps_its_data(tmp_path, monkeypatch, capsys):
    path = tmp_path / "old.sqlite"
    shutil.copy(BEFORE_MIGRATIONS, path)
    url = f"sqlite:///{path}"
    for command in (["run", str(tmp_path), "--out", str(tmp_path / "out")], ["rescore"], ["serve"], ["show", "L0"]):
        assert cli_main(monkeypatch, *command, "--db", url) == 2
        err = capsys.readouterr().err.strip()
        assert err == (f"error: the store {url} was made before schema migrations, behind this qa-pipeline ({head()}): "
                       f"run `qa-pipeline db upgrade --db {url}`")
    assert cli_main(monkeypatch, "db", "upgrade", "--db", url) == 0
    assert capsys.readouterr().out.strip() == f"store {url}: upgraded from no revision to {head()}"
    assert revision_rows(url) == [head()] and schema_differences(url) == [] and journal_mode(url) == "wal"
    store = Store(url)
    from qa_pipeline.web.auth import authenticate

    assert store.load("L0").score.score == 80 and store.load("L1").score.score == 70  # L0's rejection kept
    assert authenticate(store, "admin1", "correct horse battery") is not None
    assert store.baselines.get("team", "score") is not None
    from qa_pipeline import pipeline
    from qa_pipeline.config import load_config

    pipeline.rescore(load_config(), store, workers=1, model=None)  # the rejection survives the rules again
    assert store.load("L0").score.score == 80


def test_db_upgrade_twice_does_nothing_the_second_time(store_url, monkeypatch, capsys):
    assert cli_main(monkeypatch, "db", "upgrade", "--db", store_url) == 0
    assert "upgraded from no revision" in capsys.readouterr().out
    assert cli_main(monkeypatch, "db", "upgrade", "--db", store_url) == 0
    assert capsys.readouterr().out.strip().endswith(f": at {head()}, nothing to do")


def older_store(url: str) -> None:
    """A store as an older version's create_all made it: migration 1's batch tables without the
    columns added since (agent_cpm, the classifier's), and no web tables."""
    from qa_pipeline.store.migrate import MIGRATIONS
    import importlib.util

    spec = importlib.util.spec_from_file_location("m0001", MIGRATIONS / "versions" / "0001_initial.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    tables = module.tables()
    for name in ("web_users", "web_sessions", "web_login_failures", "finding_reviews", "appeals", "manual_grades",
                 "sample_draws", "audit_log", "chart_baselines"):
        tables.remove(tables.tables[name])
    calls = tables.tables["calls"]
    for column in ("agent_cpm", "predicted_grade", "p_fail", "category", "reasons", "model_version"):
        calls._columns.remove(calls.c[column])
    for index in [i for i in calls.indexes if i.name.startswith("ix_web_")]:
        calls.indexes.discard(index)
    engine = create_engine(url)
    tables.create_all(engine)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO calls (call_id, path, status, score, updated_at) "
                          "VALUES ('OLD1', 'x.wav', 'done', 85, '2026-11-01 09:00:00')"))
    engine.dispose()


def test_an_older_store_is_brought_to_the_declared_schema_by_db_upgrade(store_url):
    older_store(store_url)
    assert "agent_cpm" not in {c["name"] for c in inspect(create_engine(store_url)).get_columns("calls")}
    with pytest.raises(StoreBehind, match=r"was made before schema migrations.*run `qa-pipeline db upgrade"):
        Store(store_url)
    store = Store(store_url, upgrade=True)
    assert store.revisions == (None, head())
    assert schema_differences(store_url) == [] and revision_rows(store_url) == [head()]
    assert store.call_row("OLD1")["score"] == 85 and store.call_row("OLD1")["agent_cpm"] is None


def test_the_unread_utterances_table_is_dropped_and_transcripts_still_load(store_url):
    """Revision 0002: transcripts are read from ``transcripts``; the row-by-row copy goes."""
    from alembic import command
    from datetime import datetime

    from conftest import transcript, utt
    from qa_pipeline.records import Call, CallScore, ScoredCall
    from qa_pipeline.store.migrate import _config

    t = transcript(utt("agent", 0.5, 3.0, "您好，请问有什么可以帮您？"))
    Store(store_url).save_done(Call("U1", "u.wav", "8001", datetime(2026, 11, 20, 9)), audio_sha256="u" * 64,
                               transcript=t, scored=ScoredCall((), CallScore(100.0, "优秀", False, False), "base-1"),
                               run_id=None)
    engine = create_engine(store_url)
    with engine.begin() as conn:  # back to 0001, whose code wrote each utterance as a row too
        command.downgrade(_config(conn), "0001")
        conn.execute(text("INSERT INTO utterances (call_id, idx, role, start_s, end_s, text) "
                          "VALUES ('U1', 0, 'agent', 0.5, 3.0, '您好')"))
    engine.dispose()
    with pytest.raises(StoreBehind, match="is at revision 0001"):
        Store(store_url)
    store = Store(store_url, upgrade=True)
    assert store.revisions == ("0001", head()) and "utterances" not in inspect(store.engine).get_table_names()
    assert schema_differences(store_url) == [] and store.load("U1").transcript == t


def test_a_store_newer_than_the_code_is_refused(store_url):
    Store(store_url)
    engine = create_engine(store_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(StoreBehind, match="at revision 9999, newer than this qa-pipeline knows"):
        Store(store_url)


def _open_and_write(url: str, barrier, upgrade: bool) -> None:
    barrier.wait()  # every process opens the store at the same moment
    store = Store(url, upgrade=upgrade)
    store.start_run("run", "concurrent")


@pytest.mark.parametrize("upgrade", [False, True], ids=["run", "db-upgrade"])
def test_processes_starting_at_once_on_a_fresh_store_do_not_race(store_url, upgrade):
    """The old ``table runs already exists``: each process waits for the one that migrates."""
    n = 6
    context = multiprocessing.get_context("fork")
    barrier = context.Barrier(n)
    workers = [context.Process(target=_open_and_write, args=(store_url, barrier, upgrade)) for _ in range(n)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(120)
    assert [w.exitcode for w in workers] == [0] * n
    assert revision_rows(store_url) == [head()]
    engine = create_engine(store_url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM runs")).scalar() == n
    engine.dispose()


@pytest.mark.parametrize("url, reason", [
    ("nonsense", "bad store URL 'nonsense': use sqlite:///FILE or postgresql+psycopg://USER@HOST/DB"),
    ("sqlite:////nonexistent/folder/qa.sqlite", "cannot open the store sqlite:////nonexistent/folder/qa.sqlite: "
                                                 "unable to open database file"),
    ("postgresql://qa:secret@127.0.0.1:1/qa", "cannot open the store postgresql+psycopg://qa:***@127.0.0.1:1/qa: "
                                              "connection failed"),
])
def test_a_store_that_cannot_be_opened_is_one_line_without_its_password(url, reason, monkeypatch, capsys):
    assert cli_main(monkeypatch, "show", "C1", "--db", url) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: {reason}") and len(err.strip().splitlines()) == 1 and "secret" not in err
