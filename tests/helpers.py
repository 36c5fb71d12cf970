"""Small helpers shared by the tests (fixtures are in conftest.py)."""

from __future__ import annotations

import time


def wait_for(cond, timeout: float = 10.0, step: float = 0.02) -> bool:
    """Poll ``cond()`` until it is true or ``timeout`` s pass; its last value."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if cond():
            return True
        time.sleep(step)
    return bool(cond())


def dominant_hz(x, rate: int = 48_000) -> float:
    """The strongest frequency (Hz) in a mono signal."""
    import numpy as np

    x = np.asarray(x, np.float64)
    spec = np.abs(np.fft.rfft(x * np.hanning(x.size)))
    return float(np.argmax(spec) * rate / x.size)
