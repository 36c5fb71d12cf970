#!/usr/bin/env bash
# Build the self-contained Silkbridge bundle (PyInstaller one-folder) from .venv.
#
#   bash installer/build-bundle.sh [DIST_DIR]        (default: dist)
#
# Result: DIST_DIR/silkbridge/ with the program `silkbridge` (all `python -m workstation`
# commands: gui, demo, hub, enrol, import...), its libraries in _internal/, the desktop entry,
# the icon and install-desktop-entry.sh (adds Silkbridge to the user's application menu).
# The target machine needs no Python; it needs what every desktop has: glibc, X11/xcb, OpenGL
# (Mesa), fontconfig and, for sound, PulseAudio or ALSA.
# Nothing is reused from an earlier build: the work directory is temporary and --clean drops
# PyInstaller's cache.
set -euo pipefail
cd "$(dirname "$0")/.."
DIST=$(realpath -m "${1:-dist}")
PY=${PYTHON:-.venv/bin/python}
if ! "$PY" -c "import PyInstaller" 2>/dev/null; then
  echo "build-bundle: PyInstaller is missing; run installer/setup.sh (it installs the test extras)" >&2
  exit 1
fi
WORK=$(mktemp -d /tmp/silkbridge-build.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
# PyInstaller keeps a binary cache in its config dir: use a fresh one so nothing carries over.
export PYINSTALLER_CONFIG_DIR="$WORK/config"
mkdir -p "$DIST"
rm -rf "$DIST/silkbridge"
echo "build-bundle: building into $DIST/silkbridge (takes a few minutes)"
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN --distpath "$DIST" --workpath "$WORK/build" \
  installer/silkbridge.spec
B="$DIST/silkbridge"
cp installer/silkbridge.desktop installer/silkbridge.svg installer/silkbridge.png "$B/"
install -m 0755 installer/install-desktop-entry.sh "$B/install-desktop-entry.sh"
echo "build-bundle: done: $B/silkbridge ($(du -sh "$B" | cut -f1))"
