"""The surgeon's studio without a screen (comms.studio.StudioSession) against a real hub process
with [webrtc] enabled (Janus): going live publishes the picture and the tone, which an admitted
trainee's WebRTC viewer sees and hears; a source that cannot be opened keeps the previous one and
says why; the picture-in-picture switches live; the surgeon lets the trainee speak; the recording
is a playable MP4; stopping tears everything down. Refusals (too long a title, unknown slot, an
existing recording) change nothing."""

from __future__ import annotations

import time

import numpy as np
import pytest

from comms.audio import ToneSource
from comms.client import LinkClient
from comms.consult import Profile
from comms.audio import RATE
from comms.studio import Notice, StudioSession
from comms.video import read_frame_number
from comms.webrtc.broadcast import BroadcastViewer
from helpers import dominant_hz, wait_for
from test_studio_webrtc import W, H, _grant, _online, hub, small_pattern  # noqa: F401 - the hub with [webrtc]


class Screen:
    def __init__(self):
        self.numbers: list[int] = []
        self.audio: list[np.ndarray] = []

    def on_video(self, feed, frame, capture):
        n = read_frame_number(frame)
        if n is not None:
            self.numbers.append(n)

    def on_audio(self, feed, pcm, capture):
        self.audio.append(pcm)


@pytest.fixture
def studio(hub, tmp_path):
    bundle = hub.enrol("Dr Wei (surgeon)", role="surgeon", hospital="Guangxi Medical")
    link = LinkClient(bundle, tmp_path / "surgeon-link").start()
    assert wait_for(lambda: link.state in ("online", "degraded"), 20)
    s = StudioSession(link, bundle, Profile.from_bundle(bundle), opener=small_pattern)
    s.audio_source = ToneSource(440.0)  # stands in for the theatre microphone
    s.webrtc_picture = ((W, H), 15)
    said: list[Notice] = []
    s.said.connect(said.append)
    s.heard = said
    yield s
    s.close()
    link.stop()


def test_the_studio_goes_live_switches_sources_grants_speech_records_and_stops(hub, studio, tmp_path):  # noqa: F811
    said = studio.heard

    # refused before anything is created or sent
    assert studio.go_live("x" * 600) is None
    assert said[-1].code == "title_too_long" and said[-1].error and studio.session is None and not studio.live
    with pytest.raises(ValueError):
        studio.choose("side", "pattern")
    with pytest.raises(ValueError):
        studio.choose("main", "none")
    existing = tmp_path / "earlier.mp4"
    existing.write_bytes(b"an earlier recording")
    assert not studio.record_to(existing)
    assert said[-1].code == "cannot_record_to" and existing.read_bytes() == b"an earlier recording"
    recording = tmp_path / "rec" / "cholecystectomy.mp4"
    assert studio.record_to(recording) and said[-1].code == "will_record"

    saved: list[str] = []
    studio.recording_saved.connect(saved.append)
    room = studio.go_live("Laparoscopic cholecystectomy", "theatre 3",
                          access={"hospitals": ["Guangxi Medical"], "roles": ["trainee"]})
    assert room and studio.live and studio.recorder is not None
    assert any(n.code == "live" and n.params[1] == str(recording.with_suffix(".mp4")) for n in said)
    assert wait_for(lambda: studio.state is not None and studio.state.live, 20)

    assert wait_for(lambda: studio.publisher is not None and studio.publisher.state == "in-call", 30), \
        [n.text for n in said]
    trainee, t_link = _online(hub, tmp_path, "Trainee Somsak", role="trainee", hospital="Guangxi Medical")
    viewer = None
    try:
        t_link.join(room, "broadcast")
        assert wait_for(lambda: t_link.room_role(room) is not None, 10)
        grant, reason = _grant(t_link, room)
        assert grant is not None, reason
        screen = Screen()
        viewer = BroadcastViewer(grant, "Trainee Somsak")
        viewer.remote_video.connect(screen.on_video)
        viewer.remote_audio.connect(screen.on_audio)
        viewer.start(30)
        _on_air(studio, said, trainee, screen, tmp_path, recording, saved)
    finally:
        if viewer is not None:
            viewer.stop()
        t_link.stop()


def _on_air(studio, said, trainee, screen, tmp_path, recording, saved):
    """What the surgeon does while the trainee watches (``screen``: what the trainee sees and hears)."""
    assert wait_for(lambda: len(screen.numbers) > 30 and len(screen.audio) > 100, 30), \
        (len(screen.numbers), len(screen.audio))
    assert screen.numbers == sorted(screen.numbers)  # the test pattern, in capture order
    assert abs(dominant_hz(np.concatenate(screen.audio[-50:]), RATE) - 440.0) <= 5.0
    assert wait_for(lambda: any(v.user == trainee["user_id"] for v in studio.viewers()), 10)

    # a file that does not exist: the pattern stays on air and the reason is said
    job = studio.choose("main", "file", str(tmp_path / "missing.mp4"))
    assert job is not None and job.wait(20)
    assert wait_for(lambda: said[-1].code in ("open_failed_keep",), 10), said[-1]
    assert said[-1].error and "missing.mp4" in said[-1].text
    assert studio.sources["main"].kind == "pattern" and studio.in_use["main"] == "pattern"
    shown = len(screen.numbers)
    assert wait_for(lambda: len(screen.numbers) > shown + 10, 10)  # still on air

    assert studio.choose("pip", "pattern") is None
    assert studio.in_use["pip"] == "pattern"
    studio.choose("pip", "none")
    assert studio.in_use["pip"] is None

    # the surgeon lets the trainee speak, then takes the floor back: the room (the hub's word) says so
    # (that the studio then hears the trainee, and no more once taken back: tests/test_broadcast_floor.py)
    studio.toggle_speak(trainee["user_id"])
    assert wait_for(lambda: trainee["user_id"] in studio.state.speakers, 10), studio.state.speakers
    studio.toggle_speak(trainee["user_id"])
    assert wait_for(lambda: trainee["user_id"] not in studio.state.speakers, 10), studio.state.speakers

    stats = studio.stats()
    assert stats["viewers"] == 1 and stats["recording"] and stats["fps"] > 0

    # the recording: finished in the background, a playable MP4 with the picture and the tone
    assert wait_for(lambda: studio.frames_recorded > 45, 20)
    job = studio.stop_recording()
    assert job.wait(60) and saved == [str(recording)]
    import av

    with av.open(str(recording)) as f:
        kinds = {s.type for s in f.streams}
        frames = sum(1 for _ in f.decode(video=0))
    assert kinds == {"video", "audio"} and frames > 30

    job = studio.stop_broadcast()
    assert job is not None and job.wait(30)
    assert not studio.live and studio.publisher is None and said[-1].code in ("stopped", "recording_saved")
    assert wait_for(lambda: not studio.state.live, 10)
    shown = len(screen.numbers)
    time.sleep(0.5)
    assert len(screen.numbers) <= shown + 2  # nothing more is sent
