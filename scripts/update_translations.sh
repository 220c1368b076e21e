#!/usr/bin/env bash
# Refresh the Thai translation source from the code, then compile it for the app.
# New strings appear in the .ts as unfinished: translate them (Qt Linguist or an editor).
set -euo pipefail
cd "$(dirname "$0")/.."
# The core's messages (bkk_relations/core/messages/) share the one catalogue, context "messages".
.venv/bin/pyside6-lupdate -no-obsolete bkk_relations/ui/*.py bkk_relations/core/messages/*.py \
    scripts/qt_strings.py \
    -ts resources/i18n/bkk_relations_th.ts
.venv/bin/pyside6-lrelease resources/i18n/bkk_relations_th.ts -qm resources/i18n/bkk_relations_th.qm
