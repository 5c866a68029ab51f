"""The package reads like the pipeline (issue 18): a stage imports only the stages before it.

Audio, the configuration, the rules, scoring and privacy never load the recogniser, so the
sample rate and the ASR options live in ``audio`` and ``config``, not in ``asr``. Checked in
a fresh interpreter: what a module pulls in is what ``sys.modules`` holds after importing it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def loaded_by(module: str) -> set[str]:
    """The modules a fresh interpreter holds after ``import module``."""
    code = f"import json, sys; import {module}; print(json.dumps(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True,
                          env={**os.environ, "PYTHONPATH": str(REPO)})
    return set(json.loads(done.stdout))


@pytest.mark.parametrize("module", ["qa_pipeline.config", "qa_pipeline.audio", "qa_pipeline.privacy",
                                    "qa_pipeline.rules", "qa_pipeline.scoring.scorecard"])
def test_stages_before_the_recogniser_never_import_it(module):
    loaded = loaded_by(module)
    assert module in loaded
    assert not {m for m in loaded if m == "qa_pipeline.asr" or m.startswith("qa_pipeline.asr.")}


def test_masking_text_does_not_load_the_voice_activity_model():
    """privacy reads audio's sample rate; the VAD (faster-whisper) loads only where speech is detected."""
    assert "faster_whisper" not in loaded_by("qa_pipeline.privacy")


def test_the_check_sees_an_import_of_the_recogniser():
    assert "qa_pipeline.asr.base" in loaded_by("qa_pipeline.asr.transcribe")


def test_every_backend_takes_the_options_the_config_builds():
    from qa_pipeline.asr import base
    from qa_pipeline.audio import SAMPLE_RATE
    from qa_pipeline.config import AsrOptions
    from qa_pipeline.decode_worker import SAMPLE_RATE as DECODED_RATE

    assert base.AsrOptions is AsrOptions
    assert base.WINDOW_SAMPLES == 30 * SAMPLE_RATE == 480_000
    assert DECODED_RATE == SAMPLE_RATE  # the decoder's own copy, kept free of the package's imports
