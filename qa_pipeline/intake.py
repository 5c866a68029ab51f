"""Intake: which calls a recordings folder holds, with their call id, agent and start time.

From ``manifest.csv`` (``call_id,file,agent_id,started_at`` plus any extra columns, kept as
metadata) when there is one; otherwise from each file name through the configured pattern,
e.g. ``{agent_id}_{started_at:%Y%m%d-%H%M%S}_{call_id}``.
"""

from __future__ import annotations

import csv
import logging
import re
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


def _from_manifest(folder: Path, config: IntakeConfig) -> list[Call]:
    path = folder / MANIFEST
    try:
        with path.open(newline="", encoding="utf-8-sig") as f:
            rows = list(csv.DictReader(f))
    except (OSError, UnicodeDecodeError, csv.Error) as e:
        raise BadInput(f"{path}: cannot read manifest: {e}") from e
    if rows and not {"call_id", "file"} <= set(rows[0]):
        raise BadInput(f"{path}: manifest needs at least the columns call_id,file")
    calls = []
    for n, row in enumerate(rows, start=2):
        where = f"{path}:{n}"
        extra = tuple((k, v or "") for k, v in row.items() if k not in _KNOWN_FIELDS | {"file"} and k)
        calls.append(Call(
            call_id=row["call_id"].strip(), path=str(folder / row["file"].strip()),
            agent_id=(row.get("agent_id") or "").strip(),
            started_at=_parse_time(row.get("started_at") or "", where),
            business_line=(row.get("business_line") or config.business_line).strip(),
            metadata=extra,
        ))
    return calls


def _from_names(folder: Path, config: IntakeConfig) -> list[Call]:
    pattern = FilenamePattern(config.filename_pattern)
    extensions = {"." + e.lower().lstrip(".") for e in config.extensions}
    calls = []
    for path in sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in extensions):
        fields = pattern.parse(path.stem)
        if fields is None:
            logger.warning("%s: name does not match %r; using the file name as call id", path, pattern.pattern)
            fields = {"call_id": path.stem}
        calls.append(Call(
            call_id=str(fields.get("call_id") or path.stem), path=str(path),
            agent_id=str(fields.get("agent_id") or ""), started_at=fields.get("started_at"),  # type: ignore[arg-type]
            business_line=str(fields.get("business_line") or config.business_line),
        ))
    return calls


def discover(folder: str | Path, config: IntakeConfig) -> list[Call]:
    """The calls in ``folder``, in a stable order; duplicate call ids are refused."""
    folder = Path(folder)
    if not folder.is_dir():
        raise BadInput(f"{folder}: not a directory")
    calls = _from_manifest(folder, config) if (folder / MANIFEST).exists() else _from_names(folder, config)
    seen: dict[str, str] = {}
    for call in calls:
        if call.call_id in seen:
            raise BadInput(f"{call.path}: call id {call.call_id!r} already used by {seen[call.call_id]}")
        seen[call.call_id] = call.path
    return calls
