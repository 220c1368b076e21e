#!/usr/bin/env bash
# Install (first time) and start bkk_relations. Extra arguments go to the app, e.g. --db FILE.
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh
exec .venv/bin/python -m bkk_relations "$@"
