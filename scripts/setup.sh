#!/usr/bin/env bash
# Set up everything kompare needs, from scratch, on a Debian/Ubuntu machine (or any machine
# with Python 3.11+): Qt's system libraries and the tools the tests use (when we may install
# them), a virtual environment in .venv, and kompare with its test dependencies.
# Safe to run again: it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

# Qt's xcb platform needs these on a bare Debian (without libxcb-icccm4 and libxcb-keysyms1
# Qt aborts with a misleading message about xcb-cursor0); the tests read PDFs with poppler.
APT_PACKAGES=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 fonts-dejavu-core
  libdbus-1-3 libglib2.0-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 poppler-utils fonts-noto-cjk
  xvfb x11-utils imagemagick)

if command -v apt-get >/dev/null 2>&1 && command -v dpkg-query >/dev/null 2>&1; then
  missing=()
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    echo "setup: installing system packages: ${missing[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
else
  echo "setup: no apt-get here; install Qt's runtime libraries and poppler-utils yourself" >&2
fi

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
# The stock pip mis-resolves some extras: upgrade it first.
.venv/bin/python -m pip install -q --disable-pip-version-check -U pip
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test]'
echo "setup: ready (.venv/bin/kompare)"
