#!/usr/bin/env bash
# Install everything (first time) and run the whole test suite headless: ruff, pytest (on a
# SQLite file and on a throw-away PostgreSQL server), then
# the packaged app's smoke test (PyInstaller build; set BKK_SKIP_BUILD=1 to leave it out
# while iterating locally — CI always runs it).
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh test
export QT_QPA_PLATFORM=offscreen
.venv/bin/python -m ruff check bkk_relations tests bench scripts
.venv/bin/python -m mypy  # the core's types (configuration in pyproject.toml)
# The core and CLI suites also run against a throw-away PostgreSQL server; when it cannot
# be installed or started, those tests are reported as skipped with the reason.
pg_started=""
if scripts/pg_test_server.sh start; then
  pg_started=1
  trap 'scripts/pg_test_server.sh stop' EXIT
else
  echo "PostgreSQL test server could not be started: server tests will be skipped." >&2
fi
# Two worker processes, one test file each at a time (a file's fixtures are built once).
.venv/bin/python -m pytest -q -n 2 --dist loadfile "$@"
# The real window (Qt's xcb platform, as on an officer's Linux desktop) on a virtual screen:
# fails if a library the window needs is missing.
if command -v xvfb-run >/dev/null 2>&1; then
  QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1366x768x24" \
    .venv/bin/python -m bkk_relations --smoke-test
fi
if [ "${BKK_SKIP_BUILD:-0}" != "1" ]; then
  scripts/build.sh
  scripts/smoke_test.sh
  if [ -n "${pg_started:-}" ]; then  # the bundled server driver, on the test server
    smoke_db=$(.venv/bin/python tests/pg_support.py new-database bkk_smoke)
    scripts/smoke_test.sh --db "$smoke_db"
  fi
fi
