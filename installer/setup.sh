#!/usr/bin/env bash
# Set up Silkbridge on a fresh Debian/Ubuntu machine: system packages (when root), a virtual
# environment in .venv, and the project with its test extras. Safe to run again: it only
# installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  # virtual display and the Qt xcb platform plugin's libraries
  xvfb xauth x11-utils libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libdbus-1-3 libfontconfig1
  # OpenGL (Mesa llvmpipe) for VTK
  libegl1 libgl1 libglx-mesa0 libgl1-mesa-dri libopengl0
  # audio: PortAudio for sounddevice, PulseAudio for a null sink
  libportaudio2 pulseaudio pulseaudio-utils
  # fonts for Chinese, Thai, Lao, Khmer, Burmese, Vietnamese text (WenQuanYi: TrueType CJK for PDF reports)
  fonts-noto-core fonts-noto-cjk fonts-wqy-microhei
  # Thai word breaking in Qt's text layout
  libthai0
  # pdftotext/pdftoppm: the tests read the consult reports back
  poppler-utils
  # real-time media: the Janus SFU (VideoRoom) and the coturn TURN server for calls
  janus coturn
  # the browser viewer test: a real headless browser watches a broadcast (Playwright drives it)
  chromium
  # the reference converter the geometry tests compare with
  dcm2niix
  # a virtual environment with Debian's Python when no other Python 3.11 is installed
  python3-venv
  # PACS tests and benchmark: a real Orthanc (with its DICOMweb plugin) and dcmtk's findscu/getscu/movescu to compare with
  orthanc orthanc-dicomweb dcmtk
  # installer tests: PyInstaller's binary analysis (binutils), systemd-analyze for the hub's unit, logrotate
  # for its log, desktop-file-validate for the desktop entry, passwd's useradd --prefix for install-hub.sh
  binutils systemd logrotate desktop-file-utils passwd
)

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  if [ "$(id -u)" = 0 ]; then
    echo "setup: installing system packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "setup: please install (as root): apt-get install ${missing[*]}" >&2
  fi
fi

PY=${PYTHON:-python3.11}
command -v "$PY" >/dev/null || PY=python3
if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv with $($PY --version)"
  "$PY" -m venv .venv
fi
stamp=.venv/.silkbridge-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  echo "setup: installing Silkbridge and its test extras into .venv"
  .venv/bin/python -m pip install -q --upgrade pip
  # psygnal's compiled (mypyc) wheels drop a reference to None on every emit once PySide6 is
  # loaded, and the process aborts after ~20,000 emits: use its pure-Python build.
  .venv/bin/python -m pip install -q --no-binary psygnal -e ".[test]"
  touch "$stamp"
fi
if ! .venv/bin/python -c "import psygnal, sys; sys.exit(bool(psygnal._compiled))"; then
  echo "setup: replacing psygnal's compiled build by its pure-Python build"
  .venv/bin/python -m pip install -q --force-reinstall --no-deps --no-binary psygnal psygnal
fi
echo "setup: ready (.venv/bin/python -m workstation --help)"
