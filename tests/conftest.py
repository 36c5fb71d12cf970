"""Shared fixtures. GUI tests need an X display: installer/run-tests.sh starts Xvfb and a
PulseAudio null sink before pytest (never inside it)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DECUBITUS = ROOT / "tests" / "data" / "decubitus"  # real data shipped with the tests
PYTHON = sys.executable


@pytest.fixture
def silkbridge_home(tmp_path, monkeypatch) -> Path:
    """A private SILKBRIDGE_HOME (settings, catalog, link state) for one test."""
    home = tmp_path / "silkbridge-home"
    home.mkdir()
    monkeypatch.setenv("SILKBRIDGE_HOME", str(home))
    return home


@pytest.fixture
def display() -> str:
    disp = os.environ.get("DISPLAY")
    if not disp:
        pytest.fail("this test drives a real window: run it through installer/run-tests.sh (starts Xvfb)")
    return disp


@pytest.fixture(scope="session")
def small_phantom(tmp_path_factory) -> Path:
    """The demo CT phantom as a small DICOM series (128 x 128 x 48) covering the whole body."""
    from workstation.phantom import write_phantom_series

    out = tmp_path_factory.mktemp("phantom")
    write_phantom_series(out, size=128, slices=48, spacing=(1.4, 1.4, 3.0))
    return out


@pytest.fixture
def window(qtbot, silkbridge_home, display):
    """A real reading-room window on the Xvfb display, with a private catalog."""
    from ui.mainwindow import MainWindow
    from workstation.dicom.catalog import Catalog

    win = MainWindow(Catalog(silkbridge_home / "catalog"))
    qtbot.addWidget(win)
    win.resize(1300, 900)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


@pytest.fixture
def hub(tmp_path):
    """A real hub process (``python -m workstation hub``) with its own data directory."""
    from comms.local import start_local_hub

    h = start_local_hub(tmp_path / "hub")
    yield h
    if h.proc is not None and h.proc.poll() is None:
        h.kill()
