#!/usr/bin/env bash
# Start the built app (dist/bkk_relations/) offscreen with --smoke-test: it writes the demo
# database to a temporary folder, renders the main window (and the graph) and exits 0.
# Runs with a throw-away HOME so that no settings or files of the user are read or written.
# The app's exit code is this script's exit code. Build first with scripts/build.sh.
set -uo pipefail
cd "$(dirname "$0")/.."

exe=dist/bkk_relations/bkk_relations
[ -x "$exe" ] || exe=dist/bkk_relations/bkk_relations.exe
if [ ! -x "$exe" ]; then
  echo "smoke test: no built app in dist/bkk_relations/; run scripts/build.sh first" >&2
  exit 2
fi

# Everything under resources/ (but the translation sources and the lists of translations
# still to merge) must be in the bundle: the app
# would start without a font or a translation, just looking wrong.
internal=dist/bkk_relations/_internal
missing=0
while IFS= read -r f; do
  if [ ! -f "$internal/$f" ]; then
    echo "smoke test: $f is not in the bundle" >&2
    missing=1
  fi
done < <(find resources -type f ! -name '*.ts' ! -path 'resources/i18n/pending/*')
[ "$missing" -eq 0 ] || exit 1

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/home" "$tmp/config" "$tmp/data" "$tmp/cache" "$tmp/runtime" "$tmp/tmp"
chmod 700 "$tmp/runtime"

started=$(date +%s%N)
env HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" \
    XDG_CACHE_HOME="$tmp/cache" XDG_RUNTIME_DIR="$tmp/runtime" TMPDIR="$tmp/tmp" \
    QT_QPA_PLATFORM=offscreen \
    timeout 300 "$exe" --smoke-test "$@"
rc=$?
elapsed_ms=$(( ($(date +%s%N) - started) / 1000000 ))
echo "smoke test: exit code $rc after ${elapsed_ms} ms" >&2
exit "$rc"
