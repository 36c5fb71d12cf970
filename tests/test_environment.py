"""The installed environment itself: known-bad builds of our dependencies must not be there."""

import subprocess
import sys

EMITS = 30_000

PROBE = f"""
import sys
import PySide6.QtCore  # noqa: F401  (the crash needs Qt loaded, as in the workstation)
from psygnal import Signal

class Model:
    changed = Signal(str)

m = Model()
m.changed.connect(lambda value: None)
before = sys.getrefcount(None)
for _ in range({EMITS}):
    m.changed.emit("x")
print(before - sys.getrefcount(None))
"""


def test_signals_do_not_leak_references_with_qt_loaded():
    """psygnal's compiled wheels lose a reference to None per emit with PySide6 loaded; the
    process aborts ('none_dealloc') after ~20,000 emits. installer/setup.sh installs the
    pure-Python build; this fails if the bad build comes back."""
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert int(result.stdout.strip()) < EMITS // 100
