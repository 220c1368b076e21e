#!/usr/bin/env bash
# Build the one-folder desktop app with PyInstaller (build.spec): dist/bkk_relations/.
# Installs the project and PyInstaller into .venv if needed. Then check the result with
# scripts/smoke_test.sh. Linux; for the Windows executable see docs/building.md.
set -euo pipefail
cd "$(dirname "$0")/.."

[ -x .venv/bin/python ] || scripts/setup.sh
if ! .venv/bin/python -c "import PyInstaller" >/dev/null 2>&1; then
  echo "Installing PyInstaller into .venv"
  .venv/bin/python -m pip install -q "pyinstaller>=6.6"
fi

started=$(date +%s)
.venv/bin/python -m PyInstaller --noconfirm --clean --log-level WARN build.spec
echo "Built dist/bkk_relations/ in $(( $(date +%s) - started )) s" \
     "($(du -sh dist/bkk_relations | cut -f1))"
