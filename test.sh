#!/usr/bin/env bash
# Install everything (first time) and run the whole test suite headless.
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh test
export QT_QPA_PLATFORM=offscreen
.venv/bin/python -m ruff check bkk_relations tests bench
exec .venv/bin/python -m pytest -q "$@"
