#!/usr/bin/env bash
# Set up everything (system packages, .venv), start the device stand-ins (Xvfb, PulseAudio
# null sink) and run the whole test suite. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash installer/setup.sh
source installer/devices.sh
start_virtual_display
start_null_audio || echo "run-tests: continuing without PulseAudio" >&2
export QT_QPA_PLATFORM=xcb
.venv/bin/lint-imports --config pyproject.toml
exec .venv/bin/python -m pytest -p no:cacheprovider "$@"
