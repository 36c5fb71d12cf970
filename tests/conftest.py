"""Shared fixtures. GUI tests need an X display: installer/run-tests.sh starts Xvfb and a
PulseAudio null sink before pytest (never inside it)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = ROOT.parent / "shared" / "data"
DECUBITUS = SHARED_DATA / "decubitus"
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
