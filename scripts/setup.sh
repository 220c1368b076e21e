#!/usr/bin/env bash
# Installs what bkk_relations needs into ./.venv (and the few Debian libraries Qt needs).
# Safe to run again: it skips work that is already done.
set -euo pipefail
cd "$(dirname "$0")/.."
extras="${1:-}"

# Qt's window on a Linux desktop (the xcb platform, Qt's own list of X11 libraries) and its
# offscreen platform need these shared libraries; a fresh desktop lacks several of them.
debs=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 libdbus-1-3
      libglib2.0-0 libx11-6 libx11-xcb1 libxext6 libxrender1 libxi6 libxcb1 libxcb-cursor0
      libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
      libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-xfixes0 libxcb-xinerama0 libxcb-xkb1
      libxcb-glx0 libxcb-util1
      # A Thai font for what the desktop draws itself (the window's title bar, the task
      # bar): the app's own text uses its bundled fonts.
      fonts-tlwg-loma-otf)
python="${PYTHON:-python3}"
# Debian and Ubuntu ship venv (with ensurepip) separately from python3.
if ! "$python" -c "import ensurepip, venv" >/dev/null 2>&1; then
  debs+=("python3-venv")
fi
# The tests also start the real window on a virtual screen (Xvfb).
[ "$extras" = "test" ] && debs+=(xvfb xauth)
missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for d in "${debs[@]}"; do
    dpkg-query -W -f='${Status}' "$d" 2>/dev/null | grep -q "install ok installed" || missing+=("$d")
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${missing[*]}"
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
fi

[ -x .venv/bin/python ] || "$python" -m venv .venv
stamp=".venv/.installed${extras:+-$extras}"
want="$(cat pyproject.toml | sha256sum | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".${extras:+[$extras]}"
  echo "$want" > "$stamp"
fi
