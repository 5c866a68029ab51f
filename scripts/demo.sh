#!/usr/bin/env bash
# Set-up plus the main job: score the committed sample calls with the embedded model.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
. .venv/bin/activate
# Broken inputs live in the tests only, not in data/samples, so a non-zero exit here is a
# real failure. The store is qa-pipeline.sqlite here; `qa-pipeline show CALL_ID` reads it.
qa-pipeline run data/samples --out results "$@"
