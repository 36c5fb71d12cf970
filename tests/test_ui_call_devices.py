"""Device choice for calls: the microphone and camera saved in the settings (by name) are the ones
a call opens; a saved device that is gone falls back to the system's default, never to no sound.
Real devices: PulseAudio's null sink (installer/devices.sh start_null_audio) gives named inputs."""

from __future__ import annotations

import pytest

from comms.audio import microphones
from comms.video import camera_index, cameras
from workstation.settings import Settings


def launcher():
    from ui.consult.videocall import VideoCallLauncher

    return VideoCallLauncher(client=None, room="consult-x", display="Dr X", speaker=False)


def open_devices(qtbot):
    lc = launcher()
    audio, video = lc._sources()
    try:
        assert audio is not None, "a microphone opened"
        assert audio.read() is not None  # it delivers 20 ms blocks
    finally:
        lc._close_devices()
    return lc


def test_the_call_opens_the_microphone_chosen_in_the_settings(qtbot, silkbridge_home):
    mics = microphones()
    if not mics:
        pytest.fail("no microphone listed: run with `source installer/devices.sh; start_null_audio`")
    s = Settings.load()
    s.microphone = mics[-1]
    s.save()
    assert open_devices(qtbot).microphone == mics[-1]

    s.microphone = "USB headset that was unplugged"
    s.save()
    assert open_devices(qtbot).microphone is None  # the system default instead
    assert Settings.load().microphone == "USB headset that was unplugged"  # the choice is kept


def test_cameras_are_listed_by_name_from_v4l2(tmp_path):
    sys_class = tmp_path / "video4linux"
    for n, name in ((2, "Integrated Webcam: metadata"), (0, "Integrated Webcam"), (10, "Logitech BRIO")):
        (sys_class / f"video{n}").mkdir(parents=True)
        (sys_class / f"video{n}" / "name").write_text(name + "\n")
    (sys_class / "not-a-camera").mkdir()
    assert cameras(sys_class) == [(0, "Integrated Webcam"), (2, "Integrated Webcam: metadata"), (10, "Logitech BRIO")]
    assert camera_index("Logitech BRIO", sys_class) == 10 and camera_index("gone", sys_class) is None
    assert cameras(tmp_path / "no-such-dir") == []
