#!/usr/bin/env bash
# Install everything (first time) and run the whole test suite headless: ruff, pytest, then
# the packaged app's smoke test (PyInstaller build; set BKK_SKIP_BUILD=1 to leave it out
# while iterating locally — CI always runs it).
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh test
export QT_QPA_PLATFORM=offscreen
.venv/bin/python -m ruff check bkk_relations tests bench scripts
.venv/bin/python -m pytest -q "$@"
if [ "${BKK_SKIP_BUILD:-0}" != "1" ]; then
  scripts/build.sh
  scripts/smoke_test.sh
fi
