"""``qa-pipeline``: a thin command line over the library functions.

Exit status: 0 all well; 1 some calls failed (each named on stderr, the rest scored);
2 usage, configuration or input error (one line); 3 internal error (a bug: one line, the
traceback with -v); 4 no space left on a disk (one line naming the file); 130 interrupted.
"""

from __future__ import annotations

import errno
import importlib.util
import logging
import os
import sys
from pathlib import Path

import click

from . import pipeline
from .config import load_config
from .errors import ConfigError, NoSpace, QAError
from .export import read_transcripts
from .files import sweep_stale_temps
from .privacy import Masker
from .rules.evaluate import format_report
from .scoring.model_store import active_model
from .store import Store, StoredCall
from .text import clock

_common = [
    click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Settings YAML (default: configs/default.yaml)."),
    click.option("--db", "db_url", default="", help="Store URL (default: $QA_PIPELINE_DB or sqlite file qa-pipeline.sqlite here)."),
]


def common(f):
    for option in reversed(_common):
        f = option(f)
    return f


_engine_options = [
    click.option("--engine", type=click.Choice(["local", "ray"]), default="local", show_default=True,
                 help="Where calls are checked and scored: this machine, or a Ray cluster."),
    click.option("--address", help="With --engine ray: the cluster (auto: the one `ray start` joined this machine "
                                   "to; default: a Ray started here for this command)."),
]


def engine_options(f):
    for option in reversed(_engine_options):
        f = option(f)
    return f


def _setup(config_path, db_url, **overrides):
    config = load_config(config_path, overrides={k: v for k, v in overrides.items() if v})
    return config, Store(db_url or config.store_url)


@click.group()
@click.option("-v", "--verbose", is_flag=True, help="Log what each stage does.")
def cli(verbose: bool) -> None:
    """Quality assurance for Mandarin call-centre recordings."""
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(message)s")


@cli.command()
@click.argument("recordings", type=click.Path(exists=True, file_okay=False))
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False), help="Folder for the exports.")
@click.option("--layout", type=click.Choice(["agent_left", "agent_right", "mono"]), help="Channel layout (overrides the config).")
@click.option("--backend", type=click.Choice(["faster-whisper", "openai-whisper"]), help="ASR backend.")
@click.option("--model", help="ASR model: embedded, a local model directory, or a size name.")
@click.option("--quiet", is_flag=True, help="No progress bar.")
@click.option("--redact-audio", is_flag=True, help="Also write OUT/audio/CALL_ID.wav with personal data under a tone.")
@engine_options
@common
def run(recordings, out_dir, layout, backend, model, quiet, redact_audio, engine, address, config_path,
        db_url) -> None:
    """Transcribe, check and score every call in RECORDINGS; write exports to --out."""
    if address and engine != "ray":
        raise click.UsageError("--address needs --engine ray")
    ray_engine = _ray_engine(address) if engine == "ray" else None  # before the store: a missing Ray is a usage error
    config, store = _setup(config_path, db_url, audio={"channel_layout": layout} if layout else None,
                           asr={k: v for k, v in (("backend", backend), ("model", model)) if v})
    result = pipeline.run_batch(recordings, out_dir, config, store, progress=not quiet,
                                engine=ray_engine)
    failed = list(result.failed)
    if redact_audio:
        failed += _export_audio(store, result.call_ids, out_dir, config)
    for call_id, reason in failed:  # every failure, also entries intake could not use
        click.echo(f"FAILED {call_id}: {reason}", err=True)
    click.echo(f"{len(result.done)} scored, {len(result.skipped)} unchanged, {len(result.failed)} failed; "
               f"{result.audio_s / 60:.1f} min of audio; exports in {out_dir}")
    sys.exit(1 if failed else 0)


def _ray_engine(address):
    if importlib.util.find_spec("ray") is None:  # an optional dependency
        raise ConfigError("--engine ray needs Ray, which is not installed: pip install ray==2.60.0")
    from .distributed import RayEngine

    return RayEngine(address)


def _export_audio(store, call_ids, out_dir, config) -> list[tuple[str, str]]:
    written, failed = pipeline.export_audio(store, call_ids, out_dir, config)
    click.echo(f"{len(written)} recordings with personal data under a tone in {Path(out_dir) / 'audio'}")
    return failed


@cli.command()
@click.option("--out", "out_dir", type=click.Path(file_okay=False), help="Also rewrite the exports here.")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Only calls started on this day or later.")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="Only calls started on this day or earlier.")
@click.option("--workers", type=int, default=0, help="Processes checking calls (default: one per CPU core; "
                                                     "with --engine ray, the cluster's CPUs).")
@click.option("--redact-audio", is_flag=True, help="Also write OUT/audio/CALL_ID.wav with personal data under a tone.")
@click.option("--full", is_flag=True, help="Run every rule on every call again, not only what changed.")
@engine_options
@common
def rescore(out_dir, since, until, workers, redact_audio, full, engine, address, config_path, db_url) -> None:
    """Re-run rules and scoring on stored transcripts (no ASR): after a rule change.

    Only the rules whose settings, code or input changed run again; the others' stored
    findings are kept (--full: all of them run)."""
    if address and engine != "ray":
        raise click.UsageError("--address needs --engine ray")
    if since and until and since > until:
        raise click.UsageError(f"--since {since:%Y-%m-%d} is after --until {until:%Y-%m-%d}")
    if redact_audio and not out_dir:
        raise click.UsageError("--redact-audio writes into --out: give both")
    ray_engine = _ray_engine(address) if engine == "ray" else None
    config, store = _setup(config_path, db_url)
    model = active_model()  # once, for the scores and the exports
    done = pipeline.rescore(config, store, since=since.date() if since else None,
                            until=until.date() if until else None, workers=workers or os.cpu_count() or 1,
                            model=model, engine=ray_engine, full=full)
    call_ids = done.call_ids
    failed = []
    if out_dir:
        sweep_stale_temps(Path(out_dir))
        pipeline.export_results(store, call_ids, out_dir, config, model)
        failed = _export_audio(store, call_ids, out_dir, config) if redact_audio else []
    for call_id, reason in failed:
        click.echo(f"FAILED {call_id}: {reason}", err=True)
    days = "".join([f" from {since:%Y-%m-%d}" if since else "", f" to {until:%Y-%m-%d}" if until else ""])
    click.echo(f"rescored {len(call_ids)} calls" + (f" started{days}" if days else "") + f": {done.tally.summary()}")
    sys.exit(1 if failed else 0)


@cli.group()
def rules() -> None:
    """Rule set tools."""


@rules.command("eval")
@click.argument("truth", type=click.Path(exists=True))
@click.option("--slack", default=1.0, show_default=True, help="Seconds of tolerance when matching time spans.")
@click.option("--transcripts", type=click.Path(exists=True, dir_okay=False),
              help="Read the calls from an exported transcripts.jsonl(.gz) instead of the store.")
@click.option("--min-confidence", type=float, default=None,
              help="Count findings at least this sure as flags (default: scoring.review_below_confidence; 0: all).")
@common
def rules_eval(truth, slack, transcripts, min_confidence, config_path, db_url) -> None:
    """Precision, recall and F1 of the rules on labelled calls (TRUTH: *.truth.json file or folder).

    The calls must be in the store (run them first) or in --transcripts; the rules are those
    in the config now, so a rule change can be measured before rescoring anything.
    """
    if transcripts:
        config, source = load_config(config_path), transcripts
        calls = read_transcripts(transcripts)
    else:
        config, store = _setup(config_path, db_url)
        source, calls = store.url, store.iter_transcripts()
    report = pipeline.evaluate_rules(config, truth, calls, slack=slack, min_confidence=min_confidence)
    click.echo(format_report(report))
    if not any(k.n_calls for k in report.kinds):
        raise click.ClickException(f"none of the labelled calls is in {source}: run them first")


@cli.command()
@click.option("--labels", "labels_path", required=True, type=click.Path(exists=True, dir_okay=False),
              help="CSV with call_id,grade[,category]: the QA team's own grades of stored calls.")
@common
def train(labels_path, config_path, db_url) -> None:
    """Learn the QA team's grades (and call categories) from graded calls; save a new model version."""
    from .scoring.model_store import models_dir, save_model

    config, store = _setup(config_path, db_url)
    model, missing = pipeline.train_from_store(config, store, labels_path)
    if missing:
        click.echo(f"{len(missing)} graded calls are not in the store and were left out: "
                   f"{', '.join(missing[:5])}{' …' if len(missing) > 5 else ''}", err=True)
    click.echo(format_metrics("grade", model.grade_metrics))
    if model.category_metrics:
        click.echo("")
        click.echo(format_metrics("category", model.category_metrics))
    path = save_model(model, models_dir())
    click.echo(f"\nsaved {path}; `qa-pipeline rescore` applies it to the stored calls")


def format_metrics(what: str, m) -> str:
    auc = "–" if m.roc_auc is None else f"{m.roc_auc:.3f}"
    lines = [f"{what}: {m.n} calls, 5-fold cross-validated: accuracy {m.accuracy:.3f}, macro-F1 {m.macro_f1:.3f}, "
             f"ROC AUC {auc}" + (f", Brier {m.brier:.3f}" if m.brier is not None else ""),
             "  confusion (rows: given, columns: predicted): " + " ".join(m.classes)]
    width = max(len(c) for c in m.classes) + 2
    for name, row in zip(m.classes, m.confusion):
        lines.append(f"  {name:{width}s}" + "".join(f"{v:>{width + 2}d}" for v in row))
    if m.calibration:
        lines.append("  calibration (predicted p_fail → observed fail rate, calls): " +
                     ", ".join(f"{p:.2f}→{o:.2f} ({n})" for p, o, n in m.calibration))
    return "\n".join(lines)


@cli.command("review-queue")
@click.option("--date", "day", type=click.DateTime(["%Y-%m-%d"]), help="Only calls of this day (default: all).")
@click.option("--limit", default=20, show_default=True)
@common
def review_queue_command(day, limit, config_path, db_url) -> None:
    """Calls a specialist should listen to first: unsure, contradicted, or on unclear speech."""
    config, store = _setup(config_path, db_url)
    items = pipeline.review(config, store, day.date() if day else None, limit)
    if not items:
        click.echo("nothing to review")
    for rank, item in enumerate(items, 1):
        p = "–" if item.p_fail is None else f"{item.p_fail:.2f}"
        click.echo(f"{rank:3d}. {item.call_id}  agent {item.agent_id}  score {item.score:.0f} {item.grade}  "
                   f"predicted {item.predicted_grade or '–'} (p_fail {p})  priority {item.priority:.2f}")
        click.echo(f"      {'; '.join(item.reasons)}")


@cli.command()
@click.option("--agent", "agents", multiple=True, help="Only this agent (repeatable).")
@click.option("--from", "date_from", type=click.DateTime(["%Y-%m-%d"]), help="First day.")
@click.option("--to", "date_to", type=click.DateTime(["%Y-%m-%d"]), help="Last day.")
@click.option("--out", "out_dir", type=click.Path(file_okay=False), help="Write charts (PNG, SVG) and their data (CSV) here.")
@click.option("--rebaseline", is_flag=True, help="Recompute the frozen control limits from the baseline periods.")
@common
def trends(agents, date_from, date_to, out_dir, rebaseline, config_path, db_url) -> None:
    """Agents' control charts: signals that tell a real change from noise."""
    from .trends.analysis import first_signals, trends_view

    config, store = _setup(config_path, db_url)
    view = trends_view(store, config, agents=agents, date_from=date_from.date() if date_from else None,
                       date_to=date_to.date() if date_to else None, rebaseline=rebaseline)
    if view is None:
        raise click.ClickException(f"no scored calls with a start time in {store.url}")
    for agent_id in view.agents:
        signals = view.adverse.get(agent_id, ())
        click.echo(f"工号{agent_id}: " + (f"{len(signals)} signal(s)" if signals else "no signal"))
        for line in first_signals(signals):
            click.echo(f"  {line}")
    click.echo("\nrising across the team:" + ("" if view.rising else " nothing"))
    for line in first_signals(view.rising):
        click.echo(f"  {line}")
    if out_dir:
        from .trends.charts import draw_all

        written = draw_all(list(view.charts), Path(out_dir))
        click.echo(f"{len(written)} chart files in {out_dir}")


@cli.command()
@click.argument("call_id")
@click.option("--unmasked", is_flag=True,
              help="Show phone, 身份证 and card numbers as said (whoever can run this can read the store).")
@common
def show(call_id, unmasked, config_path, db_url) -> None:
    """Transcript and findings of one call (personal data masked unless --unmasked)."""
    config, store = _setup(config_path, db_url)
    stored = store.load(call_id)
    if stored is None:
        raise click.ClickException(f"no call {call_id!r} in {store.url}")
    if not unmasked:
        stored = Masker.for_call(stored.transcript, config.privacy, stored.call.business_line).call(stored)
    click.echo(format_call(stored))


def format_call(stored: StoredCall) -> str:
    call, score, p = stored.call, stored.score, stored.prediction
    lines = [f"{call.call_id}  agent {call.agent_id or '?'}  {call.started_at or ''}  "
             f"{(stored.duration_s or 0):.1f} s  status {stored.status}"]
    if stored.status != "done" or score is None:
        return "\n".join(lines + [f"error: {stored.error}"])
    review = "  (needs review)" if score.needs_review else ""
    lines.append(f"score {score.score:.0f}  grade {score.grade}{review}  rules {stored.ruleset_version}")
    for d in score.deductions:
        held = f", {d.needs_review} held for review" if d.needs_review else ""
        lines.append(f"  -{d.points:g}  {d.kind} ×{d.count}{held}")
    if p:
        p_fail = "" if p.p_fail is None else f" (p_fail {p.p_fail:.2f})"
        lines.append(f"classifier: {p.grade}{p_fail}  category {p.category or '–'}  model {p.model_version}")
        if p.reasons:
            lines.append("  because: " + ", ".join(f"{name} (+{push:.2f})" for name, push in p.reasons))
    lines.append("")
    lines.append("findings:" if stored.findings else "findings: none")
    for f in stored.findings:
        lines.append(f"  [{clock(f.start_s)}-{clock(f.end_s)}] {f.kind} ({f.severity}, "
                     f"confidence {f.confidence:.2f}) {f.detail}")
        if f.text:
            lines.append(f"      「{f.text}」")
    lines.append("")
    lines.append("transcript:")
    separation = stored.transcript.separation if stored.transcript else None
    if separation:
        swapped = ", swapped by a specialist" if separation.swapped else ""
        if separation.named_by:
            swapped += (f", {separation.named_by}'s naming no longer matches the speech: as separated, to review"
                        if separation.naming_lost else f", named by {separation.named_by}")
        lines.append(f"  mono: speakers told apart by voice; roles {separation.role_confidence:.2f} sure{swapped} "
                     f"({separation.evidence})")
    names = {"agent": "坐席", "customer": "客户", "unknown": "未知"}
    for u in stored.transcript.utterances if stored.transcript else ():
        flag = " ?" if u.confidence < 0.5 else ""
        who = "?" if u.speaker_confidence < 0.7 else ""  # a speaker told by voice, unsurely
        lines.append(f"  [{clock(u.start)}] {names.get(u.role, u.role)}{who}: {u.text}{flag}")
        if fixed := [f"{w.heard}→{w.text}" for w in u.words if w.heard]:  # the corrector's work, for the reviewer
            lines.append(f"      heard as: {', '.join(fixed)}")
    return "\n".join(lines)



@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--secure-cookies", is_flag=True,
              help="Mark the session cookie Secure (when users reach the app over https, e.g. through a TLS proxy).")
@click.option("--session-hours", default=8.0, show_default=True, help="A login lasts this long.")
@click.option("--forwarded-allow-ips", default="",
              help="Addresses of your reverse proxy (comma-separated): only requests from these may name the "
                   "client with X-Forwarded-For / X-Forwarded-Proto. Default: none, the peer address counts.")
@common
def serve(host, port, secure_cookies, session_hours, forwarded_allow_ips, config_path, db_url) -> None:
    """Web app on the store: agents, QA specialists (复核, 申诉, 抽检), trainers, admins.

    Create the first account with `qa-pipeline users add NAME --role admin`.
    """
    import uvicorn

    from .web.app import create_app
    from .web.auth import list_users

    config, store = _setup(config_path, db_url)
    app = create_app(config, store, secure_cookies=secure_cookies, session_hours=session_hours)
    if not any(u["active"] for u in list_users(store)):
        click.echo("no active account yet: create one with `qa-pipeline users add NAME --role admin`", err=True)
    # uvicorn believes X-Forwarded-For from 127.0.0.1 by default: anyone on the machine (or a
    # local proxy that passes the header on) could then pick the address the login rate limit
    # and the audit log see. Proxy headers are read only from the proxies named.
    proxies = [ip.strip() for ip in forwarded_allow_ips.split(",") if ip.strip()]
    uvicorn.run(app, host=host, port=port, log_level="info", server_header=False,
                proxy_headers=bool(proxies), forwarded_allow_ips=proxies or None)


@cli.group()
def db() -> None:
    """The store's schema."""


@db.command("upgrade")
@common
def db_upgrade(config_path, db_url) -> None:
    """Apply the schema migrations the store lacks (also adopts a store made before migrations).

    Safe to run while other commands start: they wait for it."""
    config = load_config(config_path)
    store = Store(db_url or config.store_url, upgrade=True)
    before, after = store.revisions
    click.echo(f"store {store.shown_url}: " + (f"at {after}, nothing to do" if before == after else
                                               f"upgraded from {before or 'no revision'} to {after}"))


@cli.group()
def users() -> None:
    """Accounts of the web app (`qa-pipeline serve`)."""


@users.command("add")
@click.argument("username")
@click.option("--role", required=True, type=click.Choice(["agent", "specialist", "trainer", "admin"]))
@click.option("--agent-id", default="", help="For agents: their 工号 (the agent_id of their calls).")
@click.option("--password-stdin", is_flag=True, help="Read the password from the first line of standard input.")
@common
def users_add(username, role, agent_id, password_stdin, config_path, db_url) -> None:
    """Create an account; the password is asked twice (never an argument: it would sit in the shell history)."""
    from .web.auth import AccountError, add_user, audit, unknown_agent_id

    _config, store = _setup(config_path, db_url)
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    try:
        user_id = add_user(store, username, password, role, agent_id or None)
    except AccountError as e:
        raise click.ClickException(str(e)) from None
    audit(store, "cli", "user_create", f"user {user_id} {username}", detail=role)
    click.echo(f"created {role} {username}" + (f" (工号 {agent_id})" if role == "agent" else ""))
    if warning := unknown_agent_id(store, role, agent_id):
        click.echo(f"warning: {warning}", err=True)


@users.command("list")
@common
def users_list(config_path, db_url) -> None:
    """Accounts with their role, 工号 and state."""
    from .web.auth import list_users

    _config, store = _setup(config_path, db_url)
    for u in list_users(store):
        click.echo(f"{u['username']:20s} {u['role']:11s} {u['agent_id'] or '':8s} "
                   f"{'active' if u['active'] else 'inactive'}")


@users.command("deactivate")
@click.argument("username")
@common
def users_deactivate(username, config_path, db_url) -> None:
    """Disable an account and end its sessions (kept for the audit log, never deleted)."""
    from .web.auth import audit, set_active, user_by_name

    _config, store = _setup(config_path, db_url)
    user = user_by_name(store, username)
    if user is None:
        raise click.ClickException(f"no user {username!r}")
    set_active(store, user["id"], False)
    audit(store, "cli", "user_deactivate", f"user {user['id']} {username}")
    click.echo(f"deactivated {username}")


EXIT_FAILED_CALLS, EXIT_USAGE, EXIT_INTERNAL, EXIT_NO_SPACE = 1, 2, 3, 4


def main() -> None:
    try:
        cli(standalone_mode=False)
    except click.exceptions.Exit as e:
        sys.exit(e.exit_code)
    except click.ClickException as e:
        e.show()
        sys.exit(e.exit_code)
    except (click.Abort, KeyboardInterrupt):
        sys.exit(130)
    except NoSpace as e:
        click.echo(f"error: {e}", err=True)
        sys.exit(EXIT_NO_SPACE)
    except QAError as e:
        click.echo(f"error: {e}", err=True)
        sys.exit(EXIT_USAGE)
    except OSError as e:
        if e.errno in (errno.ENOSPC, errno.EDQUOT):  # a write no stage turned into NoSpace yet
            click.echo(f"error: no space left writing {e.filename or 'a file'}", err=True)
            sys.exit(EXIT_NO_SPACE)
        _internal_error(e)
    except Exception as e:  # a bug: its own status, never mistaken for "some calls failed"
        _internal_error(e)


def _internal_error(error: Exception) -> None:
    logging.getLogger(__name__).info("traceback of the internal error:", exc_info=error)
    where = "" if logging.getLogger().isEnabledFor(logging.INFO) else " (run with -v for the traceback)"
    message = " ".join(str(error).split())[:300]
    click.echo(f"internal error: {type(error).__name__}: {message}{where}", err=True)
    sys.exit(EXIT_INTERNAL)
