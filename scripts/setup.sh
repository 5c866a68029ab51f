#!/usr/bin/env bash
# Creates .venv (once) and installs the project with its test and openai-whisper extras.
# Idempotent: re-running only installs what changed.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
. .venv/bin/activate
python -m pip install -q --upgrade pip
# torch first and pinned: this version's CPU wheel is on the machine; an unpinned torch
# (asked for by openai-whisper) would pull a multi-GB CUDA build.
python -m pip install -q torch==2.13.0
python -m pip install -q -e ".[dev]"
# the speaker encoder for mono recordings; its own requirements are in pyproject.toml (see there)
python -m pip install -q --no-deps "resemblyzer==0.1.4"
# openai-whisper without its triton requirement (1 GB, used only for CUDA kernels): its other
# dependencies are installed by name. On a GPU machine use `pip install -e '.[openai]'`.
python -m pip install -q --no-deps "openai-whisper==20250625"
python -m pip install -q numba tiktoken more-itertools
# The report's browser test drives Debian's chromium (Playwright's own browser download does
# not work offline); CJK fonts so Chinese renders in screenshots. Needs root: skipped otherwise.
if ! command -v chromium >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
fi
# The store tests also run against a real PostgreSQL, which the suite starts itself from Debian's
# server binaries (tests/pg.py); without them those cases skip and say why. Needs root: skipped otherwise.
if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
