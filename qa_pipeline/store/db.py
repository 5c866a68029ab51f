"""The store, on SQLAlchemy Core so that SQLite and PostgreSQL take the same code.

Every call is written in one transaction (call row, transcript, findings together), so a
crash mid-batch leaves each call either fully stored or not at all. Transcripts are cached
by (audio SHA-256, ASR settings key): ``rescore`` and re-runs never decode audio twice.
"""

from __future__ import annotations

import json
import os
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Iterable, Iterator, NamedTuple

from sqlalchemy import bindparam, create_engine, delete, event, insert, select, update
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError

from ..config import ScoringConfig
from ..errors import ConfigError, NoSpace, NotSeparated
from ..records import (Call, CallScore, Finding, KeptFindings, LastScoring, Prediction, RescoreTally, RoleNaming, ScoredCall,
                       StoredCall, StoredFinding, Transcript)
from ..roles import as_assigned, naming_as_heard, naming_key, with_naming
from ..scoring.standing import FindingKey, standing_of
from . import migrate
from .accounts import Accounts, utcnow
from .baselines import Baselines
from .browse import Browse
from .calibration import Calibration
from .codec import (PREDICTION_COLUMNS, call_from_row, finding_from_row, naming_from_row, naming_row, prediction_from_row,
                    score_to_json, stored_call_from_row, stored_finding_from_row, transcript_from_json, transcript_to_json)
from .reviews import Reviews, reattach_reviews
from .schema import calls, findings, role_swaps, runs, transcripts

DEFAULT_DB_FILE = "qa-pipeline.sqlite"


def _now() -> datetime:
    return datetime.now(timezone.utc)


def default_url() -> str:
    return os.environ.get("QA_PIPELINE_DB") or f"sqlite:///{Path.cwd() / DEFAULT_DB_FILE}"


def _engine_url(url: str) -> URL:
    """The URL SQLAlchemy opens; a bad one is a one-line ``ConfigError``."""
    try:
        parsed = make_url(url)
    except ArgumentError as e:
        raise ConfigError(f"bad store URL {url!r}: use sqlite:///FILE or postgresql+psycopg://USER@HOST/DB") from e
    # a bare postgresql:// means psycopg2 to SQLAlchemy; the driver installed with the project is psycopg 3
    return parsed.set(drivername="postgresql+psycopg") if parsed.drivername == "postgresql" else parsed


class FindingMark(NamedTuple):
    """Where a stored finding is and how sure: what the trends count."""

    call_id: str
    kind: str
    rule_id: str
    start_s: float | None
    confidence: float | None


class StoredRun(NamedTuple):
    """How a call was last stored: what a re-run compares to skip a call scored already."""

    status: str  # "done" or "failed"
    audio_sha256: str | None
    asr_key: str | None
    ruleset_version: str | None
    duration_s: float | None
    run_id: int | None


class Store:
    """The one gateway to the database: every query of the package goes through a Store
    method or one of its repositories (``accounts``, ``reviews``, ``browse``, ``baselines``,
    ``calibration``).

    Opening a store checks its schema revision: a fresh store is created, one that is behind
    is refused (``migrate.StoreBehind``, naming ``qa-pipeline db upgrade``). With ``upgrade``
    it is migrated instead, and ``revisions`` says from which revision to which."""

    def __init__(self, url: str = "", *, upgrade: bool = False):
        self.url = url or default_url()
        self.engine: Engine = create_engine(_engine_url(self.url), future=True)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self.revisions: tuple[str | None, str] | None = None
        with self._openable(), self.no_space_is_one_line():
            if upgrade:
                self.revisions = migrate.upgrade(self.engine)
            else:
                migrate.ensure_current(self.engine)
        # the repositories: every query of the web app and the trends goes through one of them
        self.accounts = Accounts(self.engine)
        self.reviews = Reviews(self.engine)
        self.browse = Browse(self.engine)
        self.baselines = Baselines(self.engine)
        self.calibration = Calibration(self.engine)

    @property
    def shown_url(self) -> str:
        """The URL without its password, for messages."""
        return migrate.shown(self.engine)

    @contextmanager
    def _openable(self):
        """A store that cannot be reached or opened (server down, wrong password, a folder that is
        not there): one line naming it (``ConfigError``), not an internal error."""
        try:
            yield
        except OperationalError as e:
            reason = " ".join(str(e.orig).split())[:200]
            raise ConfigError(f"cannot open the store {self.shown_url}: {reason}") from e

    @contextmanager
    def no_space_is_one_line(self):
        """A full disk under the store: one line naming it (``NoSpace``), not a traceback."""
        try:
            yield
        except DBAPIError as e:
            if _disk_full(e):
                raise NoSpace(f"no space left writing the store {self.shown_url}") from e
            raise

    # runs ---------------------------------------------------------------------------------
    def start_run(self, command: str, input_: str) -> int:
        with self.engine.begin() as conn:
            return conn.execute(insert(runs).values(command=command, input=input_, started_at=_now())).inserted_primary_key[0]

    def finish_run(self, run_id: int, *, done: int, failed: int, skipped: int) -> None:
        with self.engine.begin() as conn:
            conn.execute(update(runs).where(runs.c.id == run_id).values(
                finished_at=_now(), n_done=done, n_failed=failed, n_skipped=skipped))

    # transcripts cache ----------------------------------------------------------------------
    def cached_transcript(self, audio_sha256: str, asr_key: str) -> Transcript | None:
        with self.engine.connect() as conn:
            body = conn.execute(select(transcripts.c.body).where(
                transcripts.c.audio_sha256 == audio_sha256, transcripts.c.asr_key == asr_key)).scalar()
        return transcript_from_json(body) if body else None

    # calls --------------------------------------------------------------------------------
    def call_row(self, call_id: str) -> dict | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(calls).where(calls.c.call_id == call_id)).mappings().first()
        return dict(row) if row else None

    def stored_run(self, call_id: str) -> StoredRun | None:
        """How the call was last stored; None for a call not in the store."""
        query = select(*(calls.c[c] for c in StoredRun._fields)).where(calls.c.call_id == call_id)
        with self.engine.connect() as conn:
            row = conn.execute(query).first()
        return StoredRun(*row) if row else None

    def save_done(self, call: Call, *, audio_sha256: str, transcript: Transcript, scored: ScoredCall,
                  run_id: int | None) -> None:
        """Store a scored call, its transcript (also into the cache), findings and score at once.

        The cache keeps the transcript as the pipeline made it (the same audio may be another
        call's); a specialist's swap of roles is the call's own (``role_swaps``)."""
        with self.engine.begin() as conn:
            exists = conn.execute(select(transcripts.c.audio_sha256).where(
                transcripts.c.audio_sha256 == audio_sha256, transcripts.c.asr_key == transcript.asr_key)).first()
            if not exists:
                conn.execute(insert(transcripts).values(audio_sha256=audio_sha256, asr_key=transcript.asr_key,
                                                        body=transcript_to_json(as_assigned(transcript)),
                                                        created_at=_now()))
            self._replace_call(conn, call, status="done", error="", run_id=run_id, extra=dict(
                audio_sha256=audio_sha256, asr_key=transcript.asr_key, duration_s=round(transcript.duration_s, 3),
                layout=transcript.layout))
            self._write_score(conn, call.call_id, scored)
            reattach_reviews(conn, [call.call_id])

    def save_failed(self, call: Call, error: str, run_id: int | None) -> None:
        with self.engine.begin() as conn:
            self._replace_call(conn, call, status="failed", error=error, run_id=run_id, extra={})

    def rescore_many(self, results: list[tuple[str, ScoredCall]]) -> None:
        """Replace the findings and scores of many calls in one transaction."""
        self.write_rescored(rescored_rows(results))

    def write_rescored(self, rows: "RescoredRows") -> None:
        """``rescore_many`` of results already turned into rows (``rescored_rows``, which a
        worker process can run: this process then only writes)."""
        if not rows.call_ids:
            return
        with self.engine.begin() as conn:
            conn.execute(delete(findings).where(findings.c.call_id.in_(rows.call_ids)))
            if rows.findings:
                conn.execute(insert(findings), rows.findings)
            now = _now()
            conn.execute(update(calls).where(calls.c.call_id == bindparam("b_call_id")),
                         [dict(values, updated_at=now) for values in rows.scores])
            reattach_reviews(conn, rows.call_ids)

    def _replace_call(self, conn, call: Call, *, status: str, error: str, run_id: int | None, extra: dict) -> None:
        conn.execute(delete(findings).where(findings.c.call_id == call.call_id))
        conn.execute(delete(calls).where(calls.c.call_id == call.call_id))
        conn.execute(insert(calls).values(
            call_id=call.call_id, path=call.path, agent_id=call.agent_id, started_at=call.started_at,
            business_line=call.business_line, metadata=json.dumps(dict(call.metadata), ensure_ascii=False),
            status=status, error=error, run_id=run_id, updated_at=_now(), **extra))

    @staticmethod
    def _write_score(conn, call_id: str, scored: ScoredCall) -> None:
        if scored.findings:
            conn.execute(insert(findings), [_finding_row(call_id, f, scored.ruleset_version) for f in scored.findings])
        conn.execute(update(calls).where(calls.c.call_id == call_id).values(updated_at=_now(), **_score_values(scored)))

    # roles of mono calls --------------------------------------------------------------------
    def role_naming(self, call_id: str) -> RoleNaming | None:
        """A specialist's naming of the call's speakers (``roles.with_naming`` applies it); None: none."""
        with self.engine.connect() as conn:
            row = conn.execute(select(role_swaps).where(role_swaps.c.call_id == call_id)).mappings().first()
        return naming_from_row(row) if row else None

    def name_roles(self, call_id: str, naming: RoleNaming | None) -> None:
        """Keep a specialist's naming of the call's speakers, replacing an earlier one (None: forget it).

        Scores and findings are not touched here: the caller rescores the call."""
        with self.engine.begin() as conn:
            conn.execute(delete(role_swaps).where(role_swaps.c.call_id == call_id))
            if naming is not None:
                conn.execute(insert(role_swaps).values(call_id=call_id, at=utcnow(), **naming_row(naming)))

    def swap_roles(self, call_id: str, user: str, *, keep: bool = False) -> bool:
        """A specialist's swap of the call's roles as they stand now: the speech shown as the
        customer's is named the agent's (kept by its times); ``keep``: the roles as shown are
        right (a naming lost on a new transcript, heard again). Returns whether the roles now
        stand the other way round from the separation's naming; ``NotSeparated`` for a call
        without two separated speakers."""
        row = self.call_row(call_id)
        shown = self.transcript_for(row) if row else None
        if shown is None or shown.separation is None:
            raise NotSeparated(f"{call_id}: not a mono call whose speakers were told apart by voice")
        naming = naming_as_heard(shown, user, swap=not keep)
        self.name_roles(call_id, naming)
        return with_naming(shown, naming).separation.swapped

    # reading ------------------------------------------------------------------------------
    def iter_calls(self, call_ids: Iterable[str] | None = None, status: str | None = None, *,
                   since: date | None = None, until: date | None = None) -> Iterator[dict]:
        """Call rows, oldest first; ``since``/``until``: only calls started on those days or between
        them (both included), which leaves out calls without a start time."""
        with self.engine.connect() as conn:
            for row in conn.execute(_calls_query(select(calls), call_ids, status, since, until)).mappings():
                yield dict(row)

    def call_ids(self, call_ids: Iterable[str] | None = None, status: str | None = None, *,
                 since: date | None = None, until: date | None = None) -> list[str]:
        """The ids of the stored calls (of ``call_ids`` only, unless None; of one ``status``; started
        ``since``–``until``, both days included), oldest first."""
        with self.engine.connect() as conn:
            return list(conn.execute(_calls_query(select(calls.c.call_id), call_ids, status, since, until)).scalars())

    def findings_for(self, call_ids: Iterable[str], scoring: ScoringConfig | None = None) -> dict[str, list[StoredFinding]]:
        """Stored findings per call, in time order; with ``scoring``, each says where it stands
        (``scoring.standing``): deducted, held, confirmed or rejected."""
        ids = list(call_ids)
        out: dict[str, list[StoredFinding]] = {}
        query = select(findings).where(findings.c.call_id.in_(ids)).order_by(findings.c.call_id, findings.c.start_s)
        decisions = self.finding_decisions(ids) if scoring is not None else {}
        with self.engine.connect() as conn:
            for row in conn.execute(query).mappings():
                stored = stored_finding_from_row(row)
                if scoring is not None:
                    stored = replace(stored, standing=standing_of(stored.finding, decisions.get(stored.call_id, {}), scoring))
                out.setdefault(stored.call_id, []).append(stored)
        return out

    def agent_rates(self) -> dict[str, list[tuple[datetime, str, float]]]:
        """Each agent's speaking rate per scored call: (started_at, call id, 字/分), oldest first."""
        query = (select(calls.c.agent_id, calls.c.started_at, calls.c.call_id, calls.c.agent_cpm)
                 .where(calls.c.status == "done", calls.c.agent_cpm.is_not(None), calls.c.started_at.is_not(None))
                 .order_by(calls.c.started_at, calls.c.call_id))
        rates: dict[str, list[tuple[datetime, str, float]]] = {}
        with self.engine.connect() as conn:
            for agent_id, started_at, call_id, cpm in conn.execute(query):
                rates.setdefault(agent_id or "", []).append((started_at, call_id, cpm))
        return rates

    def dated_scores(self) -> list[tuple[str, str, datetime, float]]:
        """(call id, agent id, started at, score) of every scored call with a start time: the trends' points."""
        query = (select(calls.c.call_id, calls.c.agent_id, calls.c.started_at, calls.c.score)
                 .where(calls.c.status == "done", calls.c.started_at.is_not(None)))
        with self.engine.connect() as conn:
            return [tuple(r) for r in conn.execute(query)]

    def finding_marks(self) -> list[FindingMark]:
        """Every stored finding, as much of it as counting needs (``scoring.standing.counts``)."""
        query = select(findings.c.call_id, findings.c.kind, findings.c.rule_id, findings.c.start_s, findings.c.confidence)
        with self.engine.connect() as conn:
            return [FindingMark(*r) for r in conn.execute(query)]

    def stored_findings(self, call_id: str) -> tuple[str | None, tuple[Finding, ...]]:
        """(business line, findings) of one stored call, as the rules made them."""
        with self.engine.connect() as conn:
            line = conn.execute(select(calls.c.business_line).where(calls.c.call_id == call_id)).scalar()
            rows = conn.execute(select(findings).where(findings.c.call_id == call_id)).mappings().all()
        return line, tuple(finding_from_row(r) for r in rows)

    def set_score(self, call_id: str, score: CallScore) -> None:
        """A call's score after a specialist's decision (its findings and the classifier's view stay)."""
        with self.engine.begin() as conn:
            conn.execute(update(calls).where(calls.c.call_id == call_id).values(
                score=score.score, grade=score.grade, fatal=score.fatal, needs_review=score.needs_review,
                deductions=score_to_json(score), n_findings=score.n_findings, updated_at=_now()))

    def set_prediction(self, call_id: str, prediction: Prediction) -> None:
        """The classifiers' view of a call after a specialist's decision changed what it sees."""
        with self.engine.begin() as conn:
            conn.execute(update(calls).where(calls.c.call_id == call_id).values(
                predicted_grade=prediction.grade, p_fail=prediction.p_fail, category=prediction.category,
                model_version=prediction.model_version, reasons=json.dumps(prediction.reasons, ensure_ascii=False),
                updated_at=_now()))

    # specialists' decisions ---------------------------------------------------------------
    def finding_decisions(self, call_ids: Iterable[str] | None = None) -> dict[str, dict[FindingKey, str]]:
        """Specialists' decisions (confirmed / rejected) per call, by (rule id, start s to 0.01),
        for ``call_ids`` (None: every call): what ``scoring.standing`` needs."""
        return self.reviews.decisions(call_ids)

    def last_scorings(self, call_ids: Iterable[str]) -> list[LastScoring]:
        """How each scored call of ``call_ids`` was last scored, oldest first (what ``rescore``
        compares to recompute only what changed)."""
        query = (select(calls.c.call_id, calls.c.agent_id, calls.c.started_at, calls.c.business_line,
                        calls.c.audio_sha256, calls.c.asr_key, calls.c.rule_digests, calls.c.score_digest, calls.c.score,
                        *NAMING_COLUMNS)
                 .outerjoin(role_swaps, role_swaps.c.call_id == calls.c.call_id)
                 .where(calls.c.status == "done", calls.c.call_id.in_(list(call_ids)))
                 .order_by(calls.c.started_at, calls.c.call_id))
        with self.engine.connect() as conn:
            return [LastScoring(call_from_row(row), row["audio_sha256"], row["asr_key"], naming_key(_naming_of(row)),
                                tuple(json.loads(row["rule_digests"]).items()) if row["rule_digests"] else (),
                                row["score_digest"] or "", row["score"])
                    for row in conn.execute(query).mappings()]

    def kept_findings(self, last: Iterable[LastScoring]) -> dict[str, KeptFindings]:
        """What the last scoring of calls scored with digests left (findings in the order they
        were written, the classifiers' view), for ``rescore`` to reuse what is unchanged."""
        with_digests = {s.call.call_id: s for s in last if s.rule_digests}
        if not with_digests:
            return {}
        found: dict[str, list[Finding]] = {call_id: [] for call_id in with_digests}
        ids = list(with_digests)
        with self.engine.connect() as conn:
            query = select(findings).where(findings.c.call_id.in_(ids)).order_by(findings.c.call_id, findings.c.id)
            for row in conn.execute(query).mappings():
                found[row["call_id"]].append(finding_from_row(row))
            predictions = {row["call_id"]: prediction_from_row(row) for row in conn.execute(
                select(calls.c.call_id, *(calls.c[c] for c in PREDICTION_COLUMNS)).where(calls.c.call_id.in_(ids))).mappings()}
        return {call_id: KeptFindings(call_id, s.rule_digests, s.score_digest, tuple(found[call_id]),
                                      predictions.get(call_id))
                for call_id, s in with_digests.items()}

    def iter_transcripts(self, call_ids: Iterable[str] | None = None) -> Iterator[tuple[Call, Transcript]]:
        """Scored calls with their transcripts, read in one streamed query (for rescore)."""
        query = (select(calls, transcripts.c.body, *NAMING_COLUMNS)
                 .join(transcripts, (transcripts.c.audio_sha256 == calls.c.audio_sha256)
                       & (transcripts.c.asr_key == calls.c.asr_key))
                 .outerjoin(role_swaps, role_swaps.c.call_id == calls.c.call_id)
                 .where(calls.c.status == "done").order_by(calls.c.started_at, calls.c.call_id))
        if call_ids is not None:
            query = query.where(calls.c.call_id.in_(list(call_ids)))
        with self.engine.connect() as conn:
            for row in conn.execution_options(yield_per=500).execute(query).mappings():
                yield call_from_row(row), with_naming(transcript_from_json(row["body"]), _naming_of(row))

    def transcript_for(self, row: dict) -> Transcript | None:
        """The call's transcript, with its roles as a specialist left them."""
        if not row.get("audio_sha256"):
            return None
        transcript = self.cached_transcript(row["audio_sha256"], row["asr_key"])
        if transcript is None or transcript.separation is None:
            return transcript
        return with_naming(transcript, self.role_naming(row["call_id"]))

    def load(self, call_id: str) -> StoredCall | None:
        """One call with its findings and transcript, as the records that were stored."""
        row = self.call_row(call_id)
        if row is None:
            return None
        found = tuple(f.finding for f in self.findings_for([call_id]).get(call_id, []))
        return stored_call_from_row(row, found, self.transcript_for(row))

    def iter_stored(self, call_ids: Iterable[str] | None = None, status: str | None = None, *,
                    transcripts: bool = False) -> Iterator[StoredCall]:
        """Calls as records without their findings (scores, predictions), oldest first; with
        ``transcripts``, each scored call's transcript too (``transcript_for``)."""
        for row in self.iter_calls(call_ids, status):
            transcript = self.transcript_for(row) if transcripts and row["status"] == "done" else None
            yield stored_call_from_row(row, transcript=transcript)


class RescoredRows(NamedTuple):
    """Rescored calls as the rows ``Store.write_rescored`` writes: plain values, cheap to pickle."""

    call_ids: list[str]
    findings: list[dict]  # rows of the findings table
    scores: list[dict]  # each call's new score columns, its id as ``b_call_id``
    unchanged: tuple[str, ...] = ()  # calls found with nothing to recompute: not written
    # what the check did besides, for rescore's summary: (rule id, calls it ran on) and the
    # recomputed calls whose score came out other than the stored one
    rules_run: tuple[tuple[str, int], ...] = ()
    score_changed: int = 0

    def tally(self) -> RescoreTally:
        return RescoreTally(len(self.call_ids), len(self.unchanged), self.score_changed, self.rules_run)


def rescored_rows(results: list[tuple[str, ScoredCall]], unchanged: Iterable[str] = (), *,
                  rules_run: Iterable[tuple[str, int]] = (), score_changed: int = 0) -> RescoredRows:
    return RescoredRows([call_id for call_id, _ in results],
                        [_finding_row(call_id, f, s.ruleset_version) for call_id, s in results for f in s.findings],
                        [dict(b_call_id=call_id, **_score_values(s)) for call_id, s in results], tuple(unchanged),
                        tuple(rules_run), score_changed)


def _calls_query(query, call_ids: Iterable[str] | None, status: str | None, since: date | None = None,
                 until: date | None = None):
    """``query`` over ``calls`` narrowed to ``call_ids`` (None: all), ``status`` and the days
    ``since``–``until`` (both included; a range leaves out calls without a start time), oldest first."""
    query = query.order_by(calls.c.started_at, calls.c.call_id)
    if call_ids is not None:
        query = query.where(calls.c.call_id.in_(list(call_ids)))
    if status:
        query = query.where(calls.c.status == status)
    if since is not None:
        query = query.where(calls.c.started_at >= datetime.combine(since, time()))
    if until is not None:  # before the next midnight: the whole last day, whatever its last call's second
        query = query.where(calls.c.started_at < datetime.combine(until + timedelta(days=1), time()))
    return query


def _finding_row(call_id: str, f: Finding, ruleset_version: str) -> dict:
    return dict(call_id=call_id, rule_id=f.rule_id, kind=f.kind, severity=f.severity, start_s=f.start_s,
                end_s=f.end_s, text=f.text, confidence=f.confidence, detail=f.detail, ruleset_version=ruleset_version)


def _score_values(s: ScoredCall) -> dict:
    p = s.prediction
    return dict(score=s.score.score, grade=s.score.grade, fatal=s.score.fatal, needs_review=s.score.needs_review,
                n_findings=s.score.n_findings, deductions=score_to_json(s.score), ruleset_version=s.ruleset_version,
                # unrounded: the next rescore's baselines read it back as this one's later calls saw it
                agent_cpm=s.agent_cpm,
                predicted_grade=p.grade if p else None, p_fail=p.p_fail if p else None,
                category=p.category if p else None, model_version=p.model_version if p else None,
                reasons=json.dumps(p.reasons, ensure_ascii=False) if p else None,
                rule_digests=json.dumps(dict(s.rule_digests)) if s.rule_digests else None,
                score_digest=s.score_digest or None)


def _disk_full(error: DBAPIError) -> bool:
    text_ = str(error.orig).lower()  # SQLite: "database or disk is full"; PostgreSQL: "No space left on device"
    return "disk is full" in text_ or "no space left" in text_ or getattr(error.orig, "sqlite_errorname", "") == "SQLITE_FULL"


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")  # per connection; WAL mode is the file's, set by migrate
    cursor.close()


# a call's ``role_swaps`` columns, read alongside it (``_naming_of``)
NAMING_COLUMNS = (role_swaps.c.call_id.label("named_call"), role_swaps.c.user.label("named_by"), role_swaps.c.agent_speech,
                  role_swaps.c.customer_speech, role_swaps.c.asr_key.label("named_asr_key"))


def _naming_of(row) -> RoleNaming | None:
    """The specialist's naming in a row read with ``NAMING_COLUMNS``; None where there is none."""
    if row["named_call"] is None:
        return None
    return naming_from_row({"user": row["named_by"], "agent_speech": row["agent_speech"],
                            "customer_speech": row["customer_speech"], "asr_key": row["named_asr_key"]})
