"""The surgeon's studio without a screen (comms.studio.StudioSession) against a real hub process:
going live sends the picture and the tone to a trainee's media client; a source that cannot be
opened keeps the previous one and says why; the picture-in-picture switches live; the surgeon lets
the trainee speak; the recording is a playable MP4; stopping tears everything down. Refusals
(too long a title, unknown slot, an existing recording) change nothing."""

from __future__ import annotations

import time

import numpy as np
import pytest

from comms.audio import ToneSource
from comms.client import LinkClient
from comms.consult import Profile
from comms.media import RATE
from comms.studio import Notice, StudioSession
from comms.video import read_frame_number
from helpers import dominant_hz, wait_for


class Screen:
    def __init__(self):
        self.numbers: list[int] = []
        self.audio: list[np.ndarray] = []

    def on_video(self, sender, frame, capture):
        n = read_frame_number(frame)
        if n is not None:
            self.numbers.append(n)

    def on_audio(self, sender, pcm, capture):
        self.audio.append(pcm)


@pytest.fixture
def studio(hub, tmp_path):
    bundle = hub.enrol("Dr Wei (surgeon)", role="surgeon", hospital="Guangxi Medical")
    link = LinkClient(bundle, tmp_path / "surgeon-link").start()
    assert wait_for(lambda: link.state in ("online", "degraded"), 20)
    s = StudioSession(link, bundle, Profile.from_bundle(bundle))
    s.audio_source = ToneSource(440.0)  # stands in for the theatre microphone
    said: list[Notice] = []
    s.said.connect(said.append)
    s.heard = said
    yield s
    s.close()
    link.stop()


def test_the_studio_goes_live_switches_sources_grants_speech_records_and_stops(hub, studio, people, tmp_path):
    member, media, track = people
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

    trainee = member("Trainee Somsak", role="trainee", room=room, kind="broadcast")
    screen = Screen()
    mt = media(trainee, room=room, tracks=("audio",), on_video=screen.on_video, on_audio=screen.on_audio)
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

    # the surgeon lets the trainee speak: the media relay makes them a speaker
    studio.toggle_speak(trainee["user_id"])
    assert wait_for(lambda: mt.role == "speaker", 10), mt.role
    studio.toggle_speak(trainee["user_id"])
    assert wait_for(lambda: mt.role == "viewer", 10), mt.role

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
    assert not studio.live and studio.media is None and said[-1].code in ("stopped", "recording_saved")
    assert wait_for(lambda: not studio.state.live, 10)
    shown = len(screen.numbers)
    time.sleep(0.5)
    assert len(screen.numbers) <= shown + 2  # nothing more is sent
