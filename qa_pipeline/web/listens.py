"""When fetching a recording counts as a *listen* in the audit log.

A player fetches a recording in pieces (HTTP Range): its first request on ▶ asks for the
whole file (``bytes=0-``), and each seek for the rest from there. The call page fetches
nothing before ▶ (``preload="none"``), so opening or reloading it is no listen. A request is
a listen when

- it delivers at least ``FULL_SHARE`` of the file, however its Range header splits it
  (``bytes=0-``, ``bytes=1-``, many small ranges, or more ranges than Starlette serves one
  by one, which gets the whole file): a playback's start, or a download; or
- it is the first request of this user for this call's recording in ``QUIET_S``, whatever
  its range: whoever gathers a recording in small pieces is on record once.

Seeks within a playback are neither. The memory of first requests is the process's (a
restart forgets it and logs the next request again: more entries, never fewer).
"""

from __future__ import annotations

import threading
import time

from starlette.datastructures import Headers
from starlette.responses import FileResponse, MalformedRangeHeader, RangeNotSatisfiable

FULL_SHARE = 0.9  # of the file's bytes: a request delivering this much is a download
QUIET_S = 30 * 60.0  # a user's first request for a recording after this long is a listen
_REMEMBERED = 10_000  # (user, call) pairs kept before the stale ones are forgotten


def bytes_served(response: FileResponse, headers: Headers) -> int:
    """How many bytes of its file ``response`` will send for a request with ``headers``, decided
    as Starlette decides it (its own Range parser): the whole file without a Range, with an
    If-Range that no longer matches, or with more than ``FileResponse.max_ranges`` ranges; 0
    for a malformed or unsatisfiable Range (400 / 416)."""
    size = response.stat_result.st_size
    span, if_range = headers.get("range"), headers.get("if-range")
    if span is None or (if_range is not None and not response._should_use_range(if_range)):
        return size
    try:
        ranges = FileResponse._parse_range_header(span, size)
    except (MalformedRangeHeader, RangeNotSatisfiable):
        return 0
    return sum(end - start for start, end in ranges) if ranges else size


class Listens:
    """Which requests for a recording are listens (see the module's docstring)."""

    def __init__(self):
        self._last: dict[tuple[str, str], float] = {}  # (user, call id) → when last logged (monotonic)
        self._lock = threading.Lock()  # routes run in a thread pool

    def is_listen(self, user: str, call_id: str, served: int, size: int) -> bool:
        if served <= 0:
            return False  # nothing is sent
        now, key = time.monotonic(), (user, call_id)
        with self._lock:
            first = now - self._last.get(key, -QUIET_S - 1) > QUIET_S
            if not (first or served >= FULL_SHARE * size):
                return False
            self._last[key] = now
            if len(self._last) > _REMEMBERED:
                self._last = {k: t for k, t in self._last.items() if now - t <= QUIET_S}
        return True
