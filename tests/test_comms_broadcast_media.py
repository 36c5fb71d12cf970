"""The broadcast's media path through a real hub process: a generated picture (with its frame
number as a barcode) and a tone from the surgeon reach two viewers, decoded, lip-synced and in
order; a late viewer starts at once (keyframe on join); a stalled viewer neither slows the surgeon
nor the other viewer and gets a decodable picture back; the surgeon's ladder steps down on a
congested uplink and the audio keeps flowing; a failing source leaves a live slate."""

from __future__ import annotations

import json
import time

import numpy as np

from comms.audio import SourcePump, ToneSource
from comms.linkemu import LinkEmulator, LinkProfile
from comms.media import RATE, MediaJoined, RawMediaPeer
from comms.video import (BitrateLadder, CallableSource, Rung, TestPatternSource, VideoSender, read_frame_number)
from helpers import dominant_hz, wait_for

ROOM = "broadcast-media-test"
SMALL = (Rung("360p30", 640, 360, 30, 900), Rung("240p15", 426, 240, 15, 250))


class Screen:
    """What a viewer's screen got: frame numbers in the order shown, and the audio played."""

    def __init__(self):
        self.numbers: list[int] = []
        self.frames = 0
        self.last = None
        self.audio: list[np.ndarray] = []
        self.audio_t: list[float] = []
        self.video_t: list[tuple[int, float]] = []

    def on_video(self, sender, frame, capture):
        self.frames += 1
        self.last = frame
        n = read_frame_number(frame)
        if n is not None:
            self.numbers.append(n)
            self.video_t.append((n, capture))

    def on_audio(self, sender, pcm, capture):
        self.audio.append(pcm)


def broadcast(people, n_viewers=2, ladder=None, source=None):
    member, media, track = people
    surgeon = member("Dr Wei (surgeon)", role="surgeon", room=ROOM, kind="broadcast")
    viewers = [member(f"Trainee {i}", role="trainee", room=ROOM, kind="broadcast") for i in range(n_viewers)]
    ms = media(surgeon, room=ROOM, tracks=("audio", "video"))
    screens = [Screen() for _ in viewers]
    mvs = [media(v, room=ROOM, on_video=s.on_video, on_audio=s.on_audio) for v, s in zip(viewers, screens)]
    src = source or TestPatternSource(640, 360, 30)
    sender = track(VideoSender(ms, src, ladder=ladder or BitrateLadder(SMALL, start=0)).start())
    pump = track(SourcePump(ToneSource(440.0), ms.send_audio).start())
    return surgeon, viewers, ms, mvs, screens, sender, pump


def test_picture_and_tone_reach_two_viewers_in_order_and_in_sync(hub, people):
    surgeon, viewers, ms, mvs, screens, sender, pump = broadcast(people)
    assert wait_for(lambda: all(len(s.numbers) >= 90 for s in screens), 30), [len(s.numbers) for s in screens]

    for s, mv in zip(screens, mvs):
        # every frame shown was decoded intact (barcode readable), in capture order
        assert s.numbers == sorted(s.numbers) and len(set(s.numbers)) == len(s.numbers)
        assert len(s.numbers) >= 0.9 * s.frames
        # the frames shown are the pattern's colours, not a grey decoder start-up picture
        assert s.last.shape == (360, 640, 3) and s.last[:, :, :].std() > 30
        st = mv.stats["senders"][surgeon["user_id"]]
        v = st["video"]
        assert v["codec"] == "h264" and (v["width"], v["height"]) == (640, 360)
        assert v["latency_ms"] is not None and 0 < v["latency_ms"] < 1000, v
        audio = np.concatenate(s.audio[-100:])  # the last 2 s
        assert abs(dominant_hz(audio, RATE) - 440.0) <= 5.0
        # lip sync: the picture is shown at the audio's playout delay (within two frames)
        lat = np.median(mv.video_latencies(surgeon["user_id"])[-30:])
        aud = np.median(mv.playout_delays(surgeon["user_id"])[-50:])
        assert abs(lat - aud) < 0.07, (lat, aud)

    st = sender.stats
    assert st["viewers"] == 2 and st["rung"] == "360p30" and st["codec"] == "h264"
    assert st["keyframes"] >= 1 and st["frames"] >= 90
    assert 0 < st["bitrate_kbps"] < 1.2 * 900


def test_a_late_viewer_gets_a_picture_at_once_from_a_keyframe(hub, people):
    member, media, track = people
    surgeon, viewers, ms, mvs, screens, sender, pump = broadcast(people, n_viewers=1,
                                                                 ladder=BitrateLadder(SMALL, start=0))
    assert wait_for(lambda: len(screens[0].numbers) > 30, 20)
    late_bundle = member("Late trainee", role="trainee", room=ROOM, kind="broadcast")
    late = Screen()
    keyframes = sender.keyframes
    t0 = time.monotonic()
    media(late_bundle, room=ROOM, on_video=late.on_video)
    # the GOP is 2 s: a picture within well under a second means the join forced a keyframe
    assert wait_for(lambda: late.numbers, 10)
    assert sender.keyframes > keyframes
    assert time.monotonic() - t0 < 1.9
    assert late.numbers[0] > screens[0].numbers[0]


def test_a_stalled_viewer_slows_nobody_and_gets_a_decodable_picture_back(hub, people):
    member, media, track = people
    surgeon, viewers, ms, mvs, screens, sender, pump = broadcast(people, n_viewers=1)
    stalled_bundle = member("Stalled trainee", role="trainee", room=ROOM, kind="broadcast")
    stalled = track(RawMediaPeer(stalled_bundle, hub.services["media"], rcvhwm=2, rcvbuf=4096))
    assert isinstance(stalled.join(ROOM), MediaJoined)  # ... and then reads nothing for 4 s
    n0 = len(screens[0].numbers)
    time.sleep(4.0)
    shown = screens[0].numbers[n0:]
    assert len(shown) >= 60, len(shown)  # the good viewer kept ~30 fps
    assert ms.counters["video_send_dropped"] == 0  # the surgeon never blocked
    gaps = np.diff(shown)
    assert gaps.max() <= 5, gaps.max()

    # the stalled viewer reads again: after its stale packets it gets a keyframe, then a clean stream
    from comms import media as M

    got = []
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and len(got) < 50:
        if stalled.sock.poll(200):
            frames = stalled.sock.recv_multipart()
            if frames[0] == b"p":
                h = M._hdr_decoder.decode(frames[2])
                if h.track == "video":
                    got.append(h)
    assert len(got) >= 30, "the stalled viewer gets video again when it reads"
    # what was in flight, then a hole (the relay dropped the stale frames) that starts at a keyframe:
    # the relay never sends a picture the viewer cannot decode
    holes = [i for i in range(1, len(got)) if got[i].seq != got[i - 1].seq + 1]
    assert holes, [h.seq for h in got]
    assert all(got[i].flags & M.KEYFRAME for i in holes), [(got[i].seq, got[i].flags) for i in holes]


def test_a_congested_uplink_steps_the_picture_down_and_keeps_the_audio(hub, people):
    member, media, track = people
    surgeon = member("Dr Wei (surgeon)", role="surgeon", room=ROOM, kind="broadcast")
    viewer = member("Trainee", role="trainee", room=ROOM, kind="broadcast")
    host, port = hub.services["media"].removeprefix("tcp://").rsplit(":", 1)
    # the surgeon's uplink: 600 kbit/s, far below the 720p rung
    profile = LinkProfile(delay_ms=20, jitter_ms=0, bandwidth_kbit=600, loss_pct=0)
    emu = track(LinkEmulator(host, int(port), profile=profile).start())
    ms = media(surgeon, address=f"tcp://127.0.0.1:{emu.port}", room=ROOM, tracks=("audio", "video"))
    screen = Screen()
    mv = media(viewer, room=ROOM, on_video=screen.on_video, on_audio=screen.on_audio)
    ladder = BitrateLadder(start=0)
    sender = track(VideoSender(ms, TestPatternSource(1280, 720, 30, detail=True), ladder=ladder).start())
    track(SourcePump(ToneSource(440.0), ms.send_audio).start())
    assert wait_for(lambda: ladder.current.kbps <= 600, 20), sender.stats
    # once the backlog of the first seconds has drained, the picture is the smaller rung and the voice
    # plays steadily again
    n = len(screen.audio)
    assert wait_for(lambda: len(screen.audio) > n + 150, 20), (mv.stats, sender.stats, dict(ms.counters))
    st = mv.stats["senders"][surgeon["user_id"]]
    assert st["video"]["width"] < 1280, (st, sender.stats, dict(ms.counters), emu.stats)
    audio = np.concatenate(screen.audio[-100:])
    assert abs(dominant_hz(audio, RATE) - 440.0) <= 5.0


def test_a_failing_source_leaves_a_live_slate_and_says_why(hub, people):
    calls = {"n": 0}

    def flaky():
        calls["n"] += 1
        if calls["n"] > 20:
            raise RuntimeError("camera unplugged")
        return TestPatternSource(640, 360).frame(calls["n"])

    errors = []
    surgeon, viewers, ms, mvs, screens, sender, pump = broadcast(people, n_viewers=1,
                                                                 source=CallableSource(flaky, fps=30))
    sender.error.connect(errors.append)
    assert wait_for(lambda: errors, 10)
    assert "camera unplugged" in errors[0]
    n = screens[0].frames
    assert wait_for(lambda: screens[0].frames > n + 20, 10)  # the stream stays live
    assert read_frame_number(screens[0].last) is None  # ... showing the slate, not the pattern
    sender.set_main(TestPatternSource(640, 360, 30))  # the surgeon picks another source
    assert wait_for(lambda: read_frame_number(screens[0].last) is not None, 10)


def test_only_the_broadcaster_sends_video_and_viewers_speak_when_allowed(hub, people, tmp_path):
    from comms.broadcast import BroadcastSession
    from comms.client import LinkClient
    from comms.consult import Profile

    member, media, track = people
    surgeon = hub.enrol("Dr Wei (surgeon)", role="surgeon")
    link = track(LinkClient(surgeon, tmp_path / "surgeon-link").start())
    session = BroadcastSession(link, ROOM, Profile.from_bundle(surgeon))
    session.create("Laparoscopic cholecystectomy", "live from theatre 3")
    assert wait_for(lambda: link.room_role(ROOM) is not None)
    mentor = member("Dr Lan (specialist)", role="specialist", room=ROOM, kind="broadcast")
    trainee = member("Trainee Somsak", role="trainee", room=ROOM, kind="broadcast")
    ms = media(surgeon, room=ROOM, tracks=("audio", "video"))
    mm = media(mentor, room=ROOM, tracks=("audio", "video"))
    heard = []
    mt = media(trainee, room=ROOM, tracks=("audio",), on_audio=lambda s, pcm, t: heard.append(s))
    assert ms.role == "broadcaster" and ms._can_send == ("audio", "video")
    assert mm.role == "viewer" and mm._can_send == () and mt._can_send == ()  # nobody else talks yet

    session.grant_speak(mentor["user_id"])  # the surgeon lets the mentor speak: audio only
    assert wait_for(lambda: mm.role == "speaker" and mm.state == "joined", 10), (mm.role, mm.state)
    assert mm._can_send == ("audio",)
    track(SourcePump(ToneSource(550.0), mm.send_audio).start())
    assert wait_for(lambda: mentor["user_id"] in heard, 10)

    session.grant_speak(mentor["user_id"], allowed=False)
    assert wait_for(lambda: mm.role == "viewer" and mm.state == "joined", 10)

    # the grant outlives a hub restart (replayed from the log)
    session.grant_speak(trainee["user_id"])
    assert wait_for(lambda: mt.role == "speaker", 10)
    hub.restart()
    assert wait_for(lambda: mt.state == "joined" and mt.role == "speaker", 30), (mt.state, mt.role)
    assert wait_for(lambda: mm.state == "joined" and mm.role == "viewer", 30)
    # every grant and withdrawal is in the audit: who gave what to whom, where
    from comms.store import Store

    store = Store(hub.data_dir)
    try:
        grants = [json.loads(e["detail"]) for e in store.audit_entries("grant", surgeon["user_id"])]
    finally:
        store.close()
    assert [(g["kind"], g["user"], g["room"]) for g in grants] == [
        ("broadcast.speak.grant", mentor["user_id"], ROOM), ("broadcast.speak.revoke", mentor["user_id"], ROOM),
        ("broadcast.speak.grant", trainee["user_id"], ROOM)]


def test_a_viewer_on_a_poor_link_gets_the_low_layer_and_the_others_keep_the_full_picture(hub, people):
    member, media, track = people
    surgeon = member("Dr Wei (surgeon)", role="surgeon", room=ROOM, kind="broadcast")
    near, far = (member(n, role="trainee", room=ROOM, kind="broadcast") for n in ("Near trainee", "Far trainee"))
    host, port = hub.services["media"].removeprefix("tcp://").rsplit(":", 1)
    # the far viewer's downlink: 1 Mbit/s, well below the 720p30 rung's 2 Mbit/s
    emu = track(LinkEmulator(host, int(port), profile=LinkProfile(delay_ms=60, jitter_ms=0, bandwidth_kbit=1000,
                                                                  loss_pct=0)).start())
    ms = media(surgeon, room=ROOM, tracks=("audio", "video"))
    sn, sf = Screen(), Screen()
    mn = media(near, room=ROOM, on_video=sn.on_video, on_audio=sn.on_audio)
    mf = media(far, address=f"tcp://127.0.0.1:{emu.port}", room=ROOM, on_video=sf.on_video, on_audio=sf.on_audio)
    ladder = BitrateLadder(start=0)
    # camera-like detail: the picture needs its rung's ~2 Mbit/s
    sender = track(VideoSender(ms, TestPatternSource(1280, 720, 30, detail=True), ladder=ladder).start())
    track(SourcePump(ToneSource(440.0), ms.send_audio).start())

    uid = surgeon["user_id"]
    assert wait_for(lambda: mf.stats["senders"].get(uid, {}).get("video", {}).get("width") == 426, 20), \
        (mf.stats["senders"].get(uid), sender.stats, hub_log_tail(hub))
    n_far, n_near = sf.frames, sn.frames
    time.sleep(1.0)  # the backlog queued before the switch drains
    a0 = dict(mf.stats["senders"][uid])
    time.sleep(4.0)
    far_v, near_v = mf.stats["senders"][uid]["video"], mn.stats["senders"][uid]["video"]
    assert far_v["width"] == 426 and sf.frames - n_far >= 4 * 10, far_v  # the low layer flows (15 fps)
    assert near_v["width"] == 1280 and sn.frames - n_near >= 4 * 25, near_v  # the full picture, unharmed
    assert ladder.current.name == "720p30"  # the surgeon was not slowed down by the far viewer
    # the far viewer's voice keeps playing (audio first)
    assert abs(dominant_hz(np.concatenate(sf.audio[-100:]), RATE) - 440.0) <= 5.0
    a1 = mf.stats["senders"][uid]
    # (a low-layer keyframe in the pipe still delays a few audio frames past their playout time)
    assert a1["late"] - a0["late"] <= 0.1 * (a1["received"] - a0["received"]), (a0, a1)


def hub_log_tail(hub, n=15):
    logs = sorted(hub.data_dir.rglob("*.log"))
    return [ln for p in logs for ln in p.read_text(errors="replace").splitlines() if "media" in ln][-n:]


def test_the_theatre_microphone_tone_reaches_two_viewers_through_the_sound_devices(hub, people):
    """A 660 Hz tone is played into the PulseAudio null sink (the theatre), the surgeon's microphone
    (the sink's monitor) captures it, and two viewers receive it with the picture."""
    from comms.audio import AudioDeviceError, Microphone, Speaker

    member, media, track = people
    surgeon = member("Dr Wei (surgeon)", role="surgeon", room=ROOM, kind="broadcast")
    viewers = [member(f"Trainee {i}", role="trainee", room=ROOM, kind="broadcast") for i in range(2)]
    ms = media(surgeon, room=ROOM, tracks=("audio", "video"))
    screens = [Screen() for _ in viewers]
    for v, s in zip(viewers, screens):
        media(v, room=ROOM, on_video=s.on_video, on_audio=s.on_audio)
    try:
        theatre = track(Speaker().start())
        mic = track(Microphone(on_frames=ms.send_audio).start())
    except AudioDeviceError as exc:
        raise AssertionError(f"{exc}: run through installer/run-tests.sh (PulseAudio null sink)") from None
    track(VideoSender(ms, TestPatternSource(640, 360, 30), ladder=BitrateLadder(SMALL, start=0)).start())
    track(SourcePump(ToneSource(660.0, amplitude=0.4), lambda pcm, t: theatre.feed("theatre", pcm, t)).start())
    assert wait_for(lambda: mic.blocks > 50, 10)
    for s in screens:
        s.audio.clear()
    assert wait_for(lambda: all(len(s.audio) >= 100 and len(s.numbers) >= 30 for s in screens), 20), \
        [(len(s.audio), len(s.numbers)) for s in screens]
    for s in screens:
        heard = np.concatenate(s.audio[-75:])
        assert np.sqrt(np.mean(heard ** 2)) > 0.05, "silence: the tone did not go through the devices"
        assert abs(dominant_hz(heard, RATE) - 660.0) <= 5.0
        assert s.numbers == sorted(s.numbers)


def test_a_viewer_on_the_low_layer_keeps_a_picture_when_the_surgeon_stops_sending_it(hub, people):
    """The far viewer is on the low layer; then the surgeon's own rung drops to 240p15, below which no
    low layer is sent: the viewer gets that (now small) full picture at once, not nothing until the
    relay's next try of the full picture (10 s)."""
    member, media, track = people
    surgeon = member("Dr Wei (surgeon)", role="surgeon", room=ROOM, kind="broadcast")
    far = member("Far trainee", role="trainee", room=ROOM, kind="broadcast")
    host, port = hub.services["media"].removeprefix("tcp://").rsplit(":", 1)
    emu = track(LinkEmulator(host, int(port), profile=LinkProfile(delay_ms=60, jitter_ms=0, bandwidth_kbit=1000,
                                                                  loss_pct=0)).start())
    ms = media(surgeon, room=ROOM, tracks=("audio", "video"))
    sf = Screen()
    mf = media(far, address=f"tcp://127.0.0.1:{emu.port}", room=ROOM, on_video=sf.on_video)
    ladder = BitrateLadder(start=0)
    sender = track(VideoSender(ms, TestPatternSource(1280, 720, 30, detail=True), ladder=ladder).start())
    uid = surgeon["user_id"]
    assert wait_for(lambda: mf.stats["senders"].get(uid, {}).get("video", {}).get("width") == 426, 20)
    ladder.index = len(ladder.rungs) - 1
    assert wait_for(lambda: sender.stats["low_layer"] is None, 5)
    time.sleep(2.5)  # what was in flight arrives; the relay sees the low layer has stopped (2 s)
    n = sf.frames
    # a steady picture again within seconds, not at the relay's next try of the full picture (10 s)
    assert wait_for(lambda: sf.frames > n + 15, 4), (sf.frames, mf.stats["senders"][uid]["video"])
