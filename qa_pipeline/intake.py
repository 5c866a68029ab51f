"""Intake: which calls a recordings folder holds, with their call id, agent and start time.

From ``manifest.csv`` (``call_id,file,agent_id,started_at`` plus any extra columns, kept as
metadata) when there is one; otherwise from each file name through the configured pattern,
e.g. ``{agent_id}_{started_at:%Y%m%d-%H%M%S}_{call_id}``.

Nothing is dropped silently: a manifest row that cannot be used (bad ``started_at``, a call
id used before, no call id or file) is *rejected* with its line number and the other rows go
on; every name with an audio extension is a call, even a broken link or a folder, so that
decoding fails it with the reason.
"""

from __future__ import annotations

import csv
import logging
import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from .config import IntakeConfig
from .errors import BadInput, ConfigError
from .records import Call

logger = logging.getLogger(__name__)

MANIFEST = "manifest.csv"
_FIELD = re.compile(r"\{(\w+)(?::([^}]*))?\}")
_KNOWN_FIELDS = {"call_id", "agent_id", "started_at", "business_line"}


class FilenamePattern:
    """A ``str.format``-like pattern read backwards: file stem → fields."""

    def __init__(self, pattern: str):
        self.pattern = pattern
        self.formats: dict[str, str] = {}
        regex, pos = "", 0
        for m in _FIELD.finditer(pattern):
            name, fmt = m.group(1), m.group(2)
            if name not in _KNOWN_FIELDS:
                raise ConfigError(f"intake.filename_pattern: unknown field {{{name}}}")
            regex += re.escape(pattern[pos : m.start()]) + f"(?P<{name}>.+?)"
            if fmt:
                self.formats[name] = fmt
            pos = m.end()
        self.regex = re.compile(regex + re.escape(pattern[pos:]) + r"$")

    def parse(self, stem: str) -> dict[str, object] | None:
        m = self.regex.match(stem)
        if not m:
            return None
        fields: dict[str, object] = dict(m.groupdict())
        for name, fmt in self.formats.items():
            try:
                fields[name] = datetime.strptime(str(fields[name]), fmt)
            except ValueError:
                return None
        return fields


def _parse_time(value: str, where: str) -> datetime | None:
    if not value.strip():
        return None
    try:
        return datetime.fromisoformat(value.strip())
    except ValueError as e:
        raise BadInput(f"{where}: started_at {value!r} is not an ISO date-time") from e


@dataclass(frozen=True)
class Rejected:
    """An entry intake could not make a call of; ``reason`` names the file or manifest line."""

    call_id: str  # "" when the row gives none
    path: str
    reason: str
    agent_id: str = ""


@dataclass
class Intake:
    calls: list[Call] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)


def _from_manifest(folder: Path, config: IntakeConfig) -> Intake:
    path = folder / MANIFEST
    try:
        with path.open(newline="", encoding="utf-8-sig") as f:
            rows = list(csv.DictReader(f))
    except (OSError, UnicodeDecodeError, csv.Error) as e:
        raise BadInput(f"{path}: cannot read manifest: {e}") from e
    if rows and not {"call_id", "file"} <= set(rows[0]):
        raise BadInput(f"{path}: manifest needs at least the columns call_id,file")
    intake, first_line = Intake(), {}
    for n, row in enumerate(rows, start=2):
        call_id, file = (row.get("call_id") or "").strip(), (row.get("file") or "").strip()
        agent_id = (row.get("agent_id") or "").strip()
        audio = str(folder / file) if file else ""
        try:
            if not call_id or not file:
                raise BadInput(f"{path}:{n}: no {'call_id' if not call_id else 'file'} in this row")
            if call_id in first_line:  # the first row keeps the id; this one fails alone
                raise BadInput(f"{path}:{n}: call id {call_id!r} already used on line {first_line[call_id]}")
            extra = tuple((k, v or "") for k, v in row.items() if k not in _KNOWN_FIELDS | {"file"} and k)
            first_line[call_id] = n
            intake.calls.append(Call(
                call_id=call_id, path=audio, agent_id=agent_id,
                started_at=_parse_time(row.get("started_at") or "", f"{path}:{n}"),
                business_line=(row.get("business_line") or config.business_line).strip(),
                metadata=extra,
            ))
        except BadInput as e:
            intake.rejected.append(Rejected(call_id, audio, str(e), agent_id))
    return intake


def _from_names(folder: Path, config: IntakeConfig) -> Intake:
    pattern = FilenamePattern(config.filename_pattern)
    extensions = {"." + e.lower().lstrip(".") for e in config.extensions}
    intake, seen = Intake(), {}
    # Every audio name, even a broken link, a link loop or a folder: decoding fails it with
    # the reason, where a filter on is_file() would drop it without a word.
    for path in sorted(p for p in folder.iterdir() if p.suffix.lower() in extensions and p.name != MANIFEST):
        fields = pattern.parse(path.stem)
        if fields is None:
            logger.warning("%s: name does not match %r; using the file name as call id", path, pattern.pattern)
            fields = {"call_id": path.stem}
        call = Call(
            call_id=str(fields.get("call_id") or path.stem), path=str(path),
            agent_id=str(fields.get("agent_id") or ""), started_at=fields.get("started_at"),  # type: ignore[arg-type]
            business_line=str(fields.get("business_line") or config.business_line),
        )
        if call.call_id in seen:  # a.wav and a.flac: the first keeps the id
            intake.rejected.append(Rejected(call.call_id, call.path, f"{path}: call id {call.call_id!r} "
                                            f"already used by {seen[call.call_id]}", call.agent_id))
            continue
        seen[call.call_id] = call.path
        intake.calls.append(call)
    return intake


def read_folder(folder: str | Path, config: IntakeConfig) -> Intake:
    """The calls in ``folder``, in a stable order, and the entries rejected (with the reason).

    A call id used twice keeps its first call; the later ones are rejected."""
    folder = Path(folder)
    if not folder.is_dir():
        raise BadInput(f"{folder}: not a directory")
    return _from_manifest(folder, config) if (folder / MANIFEST).exists() else _from_names(folder, config)


def discover(folder: str | Path, config: IntakeConfig) -> list[Call]:
    """The calls ``read_folder`` accepts (what the rejected entries were is lost: for callers
    that only need a list)."""
    return read_folder(folder, config).calls
