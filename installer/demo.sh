#!/usr/bin/env bash
# Set up everything and start the workstation with a local hub and the demo study.
# With no display (a server), it runs on a virtual screen and saves a screenshot instead.
set -euo pipefail
cd "$(dirname "$0")/.."
bash installer/setup.sh
source installer/devices.sh
if [ -z "${DISPLAY:-}" ]; then
  start_virtual_display
  echo "demo: no display here; rendering the workstation on a virtual screen to silkbridge-demo.png"
  exec .venv/bin/python -m workstation demo --screenshot silkbridge-demo.png "$@"
fi
exec .venv/bin/python -m workstation demo "$@"
