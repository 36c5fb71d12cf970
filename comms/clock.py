"""The media clock: monotonic time mapped onto the wall clock once per process. Steady, and
comparable across machines whose clocks are NTP-synchronised: capture timestamps of audio and
video use it (comms.audio, comms.video, comms.webrtc) so glass-to-glass times can be measured."""

from __future__ import annotations

import time

_T0_WALL = time.time()
_T0_MONO = time.monotonic()


def wall_clock() -> float:
    """Seconds on the wall clock, advancing with the monotonic clock."""
    return _T0_WALL + (time.monotonic() - _T0_MONO)
