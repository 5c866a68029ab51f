"""Shared fixtures: small real artefacts, no network."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from qa_pipeline.config import load_config
from qa_pipeline.records import Transcript, Utterance, Word

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "data" / "samples"
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def config():
    return load_config()


@pytest.fixture(scope="session")
def embedded_dir() -> Path:
    """The embedded model, assembled once into the user's cache (it is a core dependency)."""
    from qa_pipeline.asr.model import embedded_model_dir

    return embedded_model_dir()


@pytest.fixture
def store(tmp_path):
    from qa_pipeline.store import Store

    return Store(f"sqlite:///{tmp_path / 'qa.sqlite'}")


# Both stores: the embedded SQLite and a real PostgreSQL (started once per session; the
# PostgreSQL cases skip, saying why, where no server can be started).
BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(scope="session")
def pg_server():
    from pg import Unavailable, start

    try:
        server = start()
    except Unavailable as e:
        server = e
    yield server
    if not isinstance(server, Exception):
        server.stop()


def new_store_url(request, backend: str, directory: Path) -> str:
    """A URL of an empty store on ``backend``: a SQLite file in ``directory`` or a new PostgreSQL database."""
    if backend == "sqlite":
        return f"sqlite:///{directory / 'qa.sqlite'}"
    server = request.getfixturevalue("pg_server")
    if isinstance(server, Exception):
        pytest.skip(f"PostgreSQL: {server}")
    return server.database()


@pytest.fixture(params=BACKENDS)
def store_url(request, tmp_path) -> str:
    return new_store_url(request, request.param, tmp_path)


@pytest.fixture(scope="module", params=BACKENDS)
def module_store_url(request, tmp_path_factory) -> str:
    """``store_url`` shared by a module's tests (for fixtures that fill a store once)."""
    return new_store_url(request, request.param, tmp_path_factory.mktemp(request.param))


@pytest.fixture
def any_store(store_url):
    """A fresh store, once on SQLite and once on PostgreSQL."""
    from qa_pipeline.store import Store

    return Store(store_url)


def benchmark(name: str):
    """A script of benchmarks/ loaded as a module, for a test that runs a sample of it."""
    spec = importlib.util.spec_from_file_location(name, REPO / "benchmarks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def utt(role: str, start: float, end: float, text: str, confidence: float = 0.9) -> Utterance:
    """An utterance with one evenly spaced word per character, as ASR would give."""
    step = (end - start) / max(len(text), 1)
    words = tuple(Word(round(start + i * step, 3), round(start + (i + 1) * step, 3), ch, confidence)
                  for i, ch in enumerate(text))
    return Utterance(role, start, end, text, confidence, words)


def spoken(role: str, start: float, end: float, *parts: tuple[str, float]) -> Utterance:
    """An utterance from (text, probability) parts, one word per character: Whisper sure of some
    words and not of others."""
    chars = [(ch, p) for text, p in parts for ch in text]
    step = (end - start) / len(chars)
    words = tuple(Word(round(start + i * step, 3), round(start + (i + 1) * step, 3), ch, p)
                  for i, (ch, p) in enumerate(chars))
    text = "".join(ch for ch, _ in chars)
    return Utterance(role, start, end, text, round(sum(p for _, p in chars) / len(chars), 4), words)


def transcript(*utterances: Utterance, layout: str = "agent_left", duration: float | None = None) -> Transcript:
    from qa_pipeline.records import SpeechSpan

    duration = duration if duration is not None else max((u.end for u in utterances), default=0.0) + 1.0
    speech = tuple(SpeechSpan(u.role, u.start, u.end) for u in utterances)
    return Transcript(duration, layout, tuple(utterances), speech, asr_key="test")


def rules_without(config, kind: str, *keys: str):
    """The default rule set compiled with ``keys`` left out of every ``kind`` rule's parameters:
    what the rules find without one mechanism (a learned classifier, say)."""
    import dataclasses
    from types import MappingProxyType

    from qa_pipeline.rules import compile_ruleset

    ruleset = config.ruleset_for("default")
    return compile_ruleset(dataclasses.replace(ruleset, rules=tuple(
        dataclasses.replace(r, params=MappingProxyType({k: v for k, v in r.params.items() if k not in keys}))
        if r.kind == kind else r for r in ruleset.rules)))
