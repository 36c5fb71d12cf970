"""Viewers speaking on WebRTC: a real hub ([webrtc] enabled) runs Janus; the studio broadcasts a
440 Hz tone; the surgeon gives trainee A the floor (the link event the hub enforces) and A's
microphone (a 660 Hz tone) is published: the studio hears it and so does trainee B. B, without the
floor, tries to speak anyway (a modified client): the hub kicks the feed and the studio stops
hearing it; so is trainee C, given the floor, when it renames its feed as the studio's picture. The
surgeon takes A's floor back while A keeps sending: A's voice stops within 2 s."""

from __future__ import annotations

import threading
import time

import numpy as np

from comms.audio import ToneSource
from comms.consult import Profile
from comms.studio import StudioSession
from comms.webrtc.audience import SpeakingViewer, ViewerMedia
from helpers import dominant_hz, wait_for
from test_studio_webrtc import H, W, _grant, _online, hub, small_pattern  # noqa: F401 - the hub with [webrtc]


class Voice:
    """A microphone stand-in: ``tone`` blocks of 20 ms to ``media.send_audio`` in real time, until stopped."""

    def __init__(self, media, freq):
        self.media, self.tone, self.stopped = media, ToneSource(freq), threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self):
        t = time.monotonic()
        while not self.stopped.is_set():
            self.media.send_audio(self.tone.read(960), time.time())
            t += 0.02
            time.sleep(max(0.0, t - time.monotonic()))

    def start(self):
        self.thread.start()
        return self

    def stop(self):
        self.stopped.set()
        self.thread.join(2)


class Imposter(SpeakingViewer):
    """A modified client: a second participant, numbered by the media server, named like the low feed."""

    async def _join(self):
        await self._open_room(sending=False)
        await self._join_room(self._pub, f"low:{self.display}", feed_id=False)
        self._set_state("in-call")

    def _on_room_event(self, data, jsep):
        if "kicked" in data or data.get("leaving") == "ok":
            self._loop.create_task(self._leave("revoked"))


def heard_tone(blocks, since, freq):
    recent = [pcm for t, pcm in blocks if t >= since]
    return len(recent) > 25 and abs(dominant_hz(np.concatenate(recent[-25:]), 48000) - freq) <= 5.0


def test_a_viewer_given_the_floor_is_heard_and_silenced_when_it_is_taken_back(hub, tmp_path):  # noqa: F811
    bundle, link = _online(hub, tmp_path, "Dr Wei (surgeon)", role="surgeon", hospital="Guangxi Medical")
    studio = StudioSession(link, bundle, Profile.from_bundle(bundle), opener=small_pattern)
    studio.audio_source = ToneSource(440.0)
    studio.webrtc_picture = ((W, H), 15)
    a_bundle, a_link = _online(hub, tmp_path, "Trainee Anh", role="trainee", hospital="Guangxi Medical")
    b_bundle, b_link = _online(hub, tmp_path, "Trainee Bao", role="trainee", hospital="Guangxi Medical")
    medias, voices, links_extra = [], [], []
    try:
        room = studio.go_live("Floor test", access={"hospitals": ["Guangxi Medical"], "roles": []})
        assert room and wait_for(lambda: studio.publisher is not None and studio.publisher.state == "in-call", 30)
        assert wait_for(lambda: studio.ear is not None and studio.ear.state == "in-call", 20)
        studio_heard = []  # (arrival, pcm) of the viewers' voices at the studio
        studio.ear.remote_audio.connect(lambda feed, pcm, t: studio_heard.append((time.monotonic(), pcm)))
        b_heard = {}  # sender -> [(arrival, pcm)]
        for lk in (a_link, b_link):
            lk.join(room, "broadcast")
            assert wait_for(lambda: lk.room_role(room) is not None, 10)
        a = ViewerMedia(a_link, bundle["user_id"], "Trainee Anh")
        b = ViewerMedia(b_link, bundle["user_id"], "Trainee Bao")
        b.audio.connect(lambda sender, pcm, t: b_heard.setdefault(sender, []).append((time.monotonic(), pcm)))
        for m in (a, b):
            medias.append(m)
            m.join(room)
        assert wait_for(lambda: all(m.state == "in-call" for m in (a, b)), 30)
        assert wait_for(lambda: heard_tone(b_heard.get(bundle["user_id"], []), 0, 440.0), 20)  # the broadcast

        # the surgeon gives A the floor: A's voice reaches the studio and B
        studio.toggle_speak(a_bundle["user_id"])
        assert wait_for(lambda: a_bundle["user_id"] in studio.state.speakers, 10)
        time.sleep(0.6)  # the hub has the grant (it came back to the studio through the hub)
        voices.append(Voice(a, 660.0).start())
        assert wait_for(lambda: a.speaking, 15)
        t0 = time.monotonic()
        assert wait_for(lambda: heard_tone(studio_heard, t0, 660.0), 15), len(studio_heard)
        assert wait_for(lambda: heard_tone(b_heard.get("floor:Trainee Anh", []), t0, 660.0), 15), list(b_heard)
        assert studio.audio_heard > 25  # handed to the studio's speaker as well

        # B has no floor and publishes anyway (a modified client): the hub kicks it
        b_ended = []
        b.viewer.ended.connect(b_ended.append)
        voices.append(Voice(b, 880.0).start())
        assert wait_for(lambda: b_ended, 10), "a viewer without the floor was not stopped"
        assert b_ended == ["revoked"]
        voices.pop().stop()
        # nor can B pose as the broadcast's low feed (a participant the media server numbers): kicked too,
        # while the studio's own low feed stays
        grant, reason = _grant(b_link, room)
        assert grant is not None, reason
        imposter = Imposter(grant, "Dr Wei (surgeon)")
        imposter_ended = []
        imposter.ended.connect(imposter_ended.append)
        imposter.start(30)
        try:
            imposter.speak(ToneSource(880.0))
            assert wait_for(lambda: imposter_ended, 10), "a participant posing as the low feed was not stopped"
            assert imposter_ended == ["revoked"]
        finally:
            imposter.stop()
        assert studio.publisher.state == "in-call" and studio.publisher.frames_sent_low > 0

        # C is given the floor, then renames its feed as the studio's picture (a modified client):
        # the hub kicks it, and a viewer already watching keeps the studio's feeds
        c_bundle, c_link = _online(hub, tmp_path, "Trainee Chi", role="trainee", hospital="Guangxi Medical")
        links_extra.append(c_link)
        c_link.join(room, "broadcast")
        assert wait_for(lambda: c_link.room_role(room) is not None, 10)
        c = ViewerMedia(c_link, bundle["user_id"], "Trainee Chi")
        medias.append(c)
        c.join(room)
        assert wait_for(lambda: c.state == "in-call", 30)
        studio.toggle_speak(c_bundle["user_id"])
        assert wait_for(lambda: c_bundle["user_id"] in studio.state.speakers, 10)
        time.sleep(0.6)
        voices.append(Voice(c, 550.0).start())
        assert wait_for(lambda: c.speaking, 15)
        studio_feeds = dict(a.viewer.feeds)
        c_ended = []
        c.viewer.ended.connect(c_ended.append)
        c.viewer._run(c.viewer._pub.send({"request": "configure", "display": "full:Dr Wei (surgeon)"}), 10)
        assert wait_for(lambda: c_ended, 10), "a speaker posing as the studio's picture was not stopped"
        assert c_ended == ["revoked"]
        voices.pop().stop()
        assert a.viewer.feeds == studio_feeds and a.viewer.state == "in-call"
        assert studio.publisher.state == "in-call"

        # the surgeon takes A's floor back; A keeps sending: within 2 s the studio hears A no more
        studio.toggle_speak(a_bundle["user_id"])
        t_revoke = time.monotonic()
        assert wait_for(lambda: a_bundle["user_id"] not in studio.state.speakers, 10)
        time.sleep(3.0)
        last = max(t for t, _ in studio_heard)
        assert last - t_revoke < 2.0, last - t_revoke
    finally:
        for v in voices:
            v.stop()
        for m in medias:
            m.stop()
        studio.close()
        for lk in (link, a_link, b_link, *links_extra):
            lk.stop()
