"""File helpers shared by the stages: content hashes and write-then-rename."""

from __future__ import annotations

import errno
import hashlib
import os
import re
import socket
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from .errors import NoSpace

# A temporary file is named after its target, this machine and the writing process —
# ``.report.xlsx.tmp-HOST-PID-XXXXXXXX`` — so a later run can tell one whose writer died
# (killed while exporting) from one a live run is still writing.
_TEMP = re.compile(r"^\.(?P<target>.+)\.tmp-(?P<host>[^-]+)-(?P<pid>\d+)-[^.-]+$")
# earlier versions' names (``.report.xlsx.XXXXXXXX``), recognised for the exports only
_OLD_TEMP = re.compile(r"^\.(calls\.csv|findings\.csv|review_queue\.csv|transcripts\.jsonl|report\.xlsx|report\.html)"
                       r"\.[a-z0-9_]{8}$")
OLD_TEMP_AGE_S = 3600  # such a file this old has no writer left
_FULL = (errno.ENOSPC, errno.EDQUOT)


def cache_root() -> Path:
    """Where the tool keeps what it derives once and reuses: ``$QA_PIPELINE_CACHE``, else
    ``$XDG_CACHE_HOME/qa-pipeline`` (``~/.cache/qa-pipeline``)."""
    if explicit := os.environ.get("QA_PIPELINE_CACHE"):
        return Path(explicit)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "qa-pipeline"


def file_sha256(path: str | Path, chunk: int = 1 << 20) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(chunk):
            digest.update(block)
    return digest.hexdigest()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _host() -> str:
    return re.sub(r"[^A-Za-z0-9_]", "_", socket.gethostname())[:40] or "host"


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; rename it onto ``target`` on success.

    A full disk is one line naming the target (``NoSpace``), and the partial file is gone."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.tmp-{_host()}-{os.getpid()}-", dir=target.parent)
        os.close(fd)
    except OSError as e:
        _raise_if_full(e, target)
        raise
    os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes owner-only files; results are for the team
    try:
        yield Path(tmp)
        os.replace(tmp, target)
    except OSError as e:
        _raise_if_full(e, target)
        raise
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _raise_if_full(error: OSError, target: Path) -> None:
    if error.errno in _FULL:
        raise NoSpace(f"no space left writing {target}") from error


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    return True


def sweep_stale_temps(folder: Path) -> list[Path]:
    """Remove the temporary files in ``folder`` whose writer is dead; return them.

    Only this machine's files are judged by process id (another machine's processes cannot
    be seen); files named the earlier way, without one, go once they are an hour old."""
    if not folder.is_dir():
        return []
    removed, host, now = [], _host(), time.time()
    for path in folder.iterdir():
        if m := _TEMP.match(path.name):
            stale = m["host"] == host and not _alive(int(m["pid"]))
        elif _OLD_TEMP.match(path.name):
            stale = now - path.lstat().st_mtime > OLD_TEMP_AGE_S
        else:
            continue
        if stale and path.is_file():
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed
