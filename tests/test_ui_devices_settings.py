"""Settings → Devices… after the first-run wizard: the window's menu opens the device page, the
microphone and speaker chosen there are saved by name and are the ones the next call opens; a
device chosen before and unplugged now is shown as not connected and kept. Real devices:
PulseAudio's null sink (installer/devices.sh start_null_audio) gives named inputs and outputs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox, QMenu

from comms.audio import microphones, speakers
from workstation.settings import Settings


@pytest.fixture
def window(qtbot, tmp_path, silkbridge_home, display):
    from ui.mainwindow import MainWindow
    from workstation.dicom.catalog import Catalog

    win = MainWindow(Catalog(tmp_path / "catalog"))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def open_devices(qtbot, win):
    from ui.setup.devices import DevicesDialog

    action = win.findChild(QAction, "devicesAction")
    assert action is not None and action in win.findChild(QMenu, "settingsMenu").actions()
    action.trigger()
    qtbot.waitUntil(lambda: isinstance(getattr(win, "devices_dialog", None), DevicesDialog)
                    and win.devices_dialog.isVisible(), timeout=5_000)
    return win.devices_dialog


def test_devices_chosen_in_the_settings_are_the_ones_a_call_opens(qtbot, window):
    from ui.consult.videocall import VideoCallLauncher

    mics, outs = microphones(), speakers()
    if len(mics) < 2 or len(outs) < 2:
        pytest.fail("too few devices listed: run with `source installer/devices.sh; start_null_audio`")
    dialog = open_devices(qtbot, window)
    assert dialog.combos["microphone"].currentData() == "" and dialog.combos["camera"].itemText(0)
    dialog.combos["microphone"].setCurrentIndex(dialog.combos["microphone"].findData(mics[-1]))
    dialog.combos["speaker"].setCurrentIndex(dialog.combos["speaker"].findData(outs[-1]))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Save), Qt.LeftButton)
    assert not dialog.isVisible()
    s = Settings.load()
    assert (s.microphone, s.speaker, s.camera) == (mics[-1], outs[-1], "")

    lc = VideoCallLauncher(client=None, room="consult-x", display="Dr X")
    try:
        audio, _ = lc._sources()
        spk = lc._open_speaker()
        assert audio is not None and audio.read() is not None and spk is not None
        assert (lc.microphone, lc.speaker) == (mics[-1], outs[-1])  # what the call opens
    finally:
        lc._close_devices()

    # a speaker chosen before and unplugged now: shown as such, kept, and the call falls back
    s.speaker = "USB headset that was unplugged"
    s.save()
    dialog = open_devices(qtbot, window)
    assert dialog.combos["speaker"].currentText() == "USB headset that was unplugged (not connected)"
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Save), Qt.LeftButton)
    assert Settings.load().speaker == "USB headset that was unplugged"
    lc = VideoCallLauncher(client=None, room="consult-x", display="Dr X")
    try:
        assert lc._open_speaker() is not None and lc.speaker is None  # the system default
    finally:
        lc._close_devices()
