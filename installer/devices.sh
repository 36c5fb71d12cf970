#!/usr/bin/env bash
# Stand-ins for the devices this machine lacks, for tests and headless demos.
# Source it: it exports DISPLAY (Xvfb) when there is none, and starts PulseAudio with a null
# sink whose monitor is the default input, so what is played can be captured back.
start_virtual_display() {
  if [ -n "${DISPLAY:-}" ] && xdpyinfo >/dev/null 2>&1; then return 0; fi
  # Let Xvfb pick a free display number itself (-displayfd) and tell us which: fixed numbers
  # collide with other X servers and with stale lock files on shared machines.
  local numfile n
  numfile=$(mktemp /tmp/silkbridge-xvfb.XXXXXX)
  Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$numfile" >/tmp/silkbridge-xvfb.log 2>&1 &
  local pid=$!
  for _ in $(seq 100); do
    n=$(tr -dc '0-9' <"$numfile")
    if [ -n "$n" ]; then
      export DISPLAY=":$n"
      rm -f "$numfile"
      for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && return 0; sleep 0.1; done
      echo "devices: Xvfb $DISPLAY does not answer (see /tmp/silkbridge-xvfb.log)" >&2; return 1
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  rm -f "$numfile"
  echo "devices: Xvfb did not start (see /tmp/silkbridge-xvfb.log)" >&2; return 1
}

start_null_audio() {
  if ! pactl info >/dev/null 2>&1; then
    pulseaudio --daemonize=yes --exit-idle-time=-1 --disallow-exit --log-target=file:/tmp/silkbridge-pulse.log \
      >/dev/null 2>&1 || true
    for _ in $(seq 50); do pactl info >/dev/null 2>&1 && break; sleep 0.1; done
  fi
  pactl info >/dev/null 2>&1 || { echo "devices: PulseAudio did not start" >&2; return 1; }
  if ! pactl list short sinks | grep -q silkbridge_null; then
    pactl load-module module-null-sink sink_name=silkbridge_null \
      sink_properties=device.description=SilkbridgeNull >/dev/null
  fi
  pactl set-default-sink silkbridge_null
  pactl set-default-source silkbridge_null.monitor
}
