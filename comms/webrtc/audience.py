"""The broadcast's audience on WebRTC: watching, and speaking when the surgeon gives the floor.

* :class:`SpeakingViewer` is a :class:`comms.webrtc.broadcast.BroadcastViewer` that can also
  **publish its microphone** (audio only, on the participant the hub's grant names, display
  ``speak:<name>``) and that **hears the others who have the floor** (it subscribes to every
  ``speak:`` feed besides the broadcast).
* :class:`FloorListener` is the studio's ear: a participant that never publishes and subscribes to
  every ``speak:`` feed of the room (the surgeon hears the trainee asking).
* :class:`ViewerMedia` is what the viewer widget drives: ``video``/``audio`` signals per sender,
  :meth:`ViewerMedia.join`,
  :meth:`ViewerMedia.send_audio` (the microphone's blocks while the viewer speaks: the first block
  publishes, half a second without any unpublishes), :meth:`ViewerMedia.stop`.

The floor is the surgeon's ``broadcast.speak.grant`` link event; the hub enforces it on the media
server (:class:`comms.webrtc.grants.CallGrants` kicks a publishing participant whose user has no
floor), so a revoked or modified client is silenced within about a second even if it keeps sending.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time

from psygnal import Signal

from .broadcast import FULL, BroadcastViewer, PcmQueue, _keep_alive
from .call import CallError, CallSession, _tracks, _tune_opus
from .feeds import SPEAK, has_tag
from .janus import JanusError

log = logging.getLogger("silkbridge.webrtc.audience")

__all__ = ["SpeakingViewer", "FloorListener", "ViewerMedia", "SPEAK"]


def _is_floor(pub) -> bool:
    return isinstance(pub, dict) and isinstance(pub.get("id"), int) and has_tag(pub.get("display"), SPEAK)


def _floor_events(session: CallSession, data: dict) -> None:
    """Subscribe to new ``speak:`` feeds, drop the ones that left (on the session's loop)."""
    for pub in data.get("publishers") or []:
        if _is_floor(pub):
            session._loop.create_task(session._subscribe(pub))
    for key in ("unpublished", "leaving", "kicked"):
        gone = data.get(key)
        if isinstance(gone, int) and not isinstance(gone, bool) and gone in session._people:
            session._loop.create_task(session._unsubscribe(gone))


class SpeakingViewer(BroadcastViewer):
    """A viewer that can take the floor (see the module docstring). ``speak(source)`` publishes
    ``source.read(n)`` (e.g. a :class:`PcmQueue`), ``stop_speaking()`` unpublishes; both thread-safe."""

    speaking_changed = Signal(bool)

    def __init__(self, grant, display: str, **kw):
        super().__init__(grant, display, **kw)
        self.speaking = False
        self._floor_lock: asyncio.Lock | None = None

    def name_of(self, feed: int) -> str:
        p = self._people.get(feed)
        return p.display.partition(":")[2] if p is not None and ":" in p.display else str(feed)

    async def _feeds(self, publishers: list) -> None:
        await super()._feeds(publishers)
        for pub in publishers:
            if _is_floor(pub):
                await self._subscribe(pub)

    def _on_room_event(self, data: dict, jsep) -> None:
        super()._on_room_event(data, jsep)
        if not self._closing:
            for key in ("unpublished", "leaving", "kicked"):
                gone = data.get(key)
                if isinstance(gone, int) and not isinstance(gone, bool) and gone in self._people:
                    self._loop.create_task(self._unsubscribe(gone))

    async def _speak(self, source) -> None:
        from aiortc import RTCSessionDescription

        self._floor_lock = self._floor_lock or asyncio.Lock()
        async with self._floor_lock:
            if self.speaking or self._closing or self._pub is None:
                return
            _tune_opus()
            audio_cls, _ = _tracks()
            pc = self._pc()
            track = audio_cls(source)
            pc.addTrack(track)
            try:
                await pc.setLocalDescription(await pc.createOffer())
                _, jsep = await self._pub.send(
                    {"request": "publish", "audiocodec": "opus", "display": f"{SPEAK}:{self.display}"[:64]},
                    {"type": "offer", "sdp": pc.localDescription.sdp, "trickle": False}, timeout=15.0)
                if not jsep:
                    raise CallError("the media server did not answer the offer")
                await pc.setRemoteDescription(RTCSessionDescription(sdp=jsep["sdp"], type=jsep["type"]))
            except (JanusError, CallError, ValueError) as exc:
                await pc.close()
                raise CallError(f"the media server refused the microphone: {exc}") from None
            self._pub_pc, self._audio_track = pc, track
            self.speaking = True
        self.speaking_changed.emit(True)

    async def _unspeak(self) -> None:
        self._floor_lock = self._floor_lock or asyncio.Lock()
        async with self._floor_lock:
            if not self.speaking:
                return
            pc, self._pub_pc, self._audio_track = self._pub_pc, None, None
            self.speaking = False
            try:
                if not self._closing:
                    await self._pub.send({"request": "unpublish"}, timeout=5.0)
            except JanusError as exc:  # kicked or already unpublished: nothing is sent either way
                log.debug("unpublish: %s", exc)
            finally:
                if pc is not None:
                    await pc.close()
        self.speaking_changed.emit(False)

    def speak(self, source, timeout: float = 20.0) -> None:
        self._run(self._speak(source), timeout)

    def stop_speaking(self, timeout: float = 10.0) -> None:
        self._run(self._unspeak(), timeout)


class FloorListener(CallSession):
    """The studio's ear: joins the broadcast room without publishing (a participant id the media
    server picks) and subscribes to every ``speak:`` feed; ``remote_audio(feed, pcm, t)``,
    :meth:`name_of` gives the speaker's name."""

    def __init__(self, grant, display: str, **kw):
        super().__init__(grant, display, **kw)

    def name_of(self, feed: int) -> str:
        p = self._people.get(feed)
        return p.display.partition(":")[2] if p is not None and ":" in p.display else str(feed)

    async def _join(self) -> None:
        await self._open_room(sending=False)
        data = await self._join_room(self._pub, f"ear:{self.display}", feed_id=False)
        self._loop.create_task(_keep_alive(self))
        self._set_state("in-call")
        for pub in data.get("publishers") or []:
            if _is_floor(pub):
                await self._subscribe(pub)

    def _on_room_event(self, data: dict, jsep) -> None:
        if data.get("leaving") == "ok":
            self._loop.create_task(self._leave("revoked"))
            return
        _floor_events(self, data)


class ViewerMedia:
    """A workstation viewer's broadcast media on WebRTC, as the viewer widget uses it:
    ``video(sender, frame, capture_time)`` and
    ``audio(sender, pcm, capture_time)`` signals (sender = the broadcaster's user id for the
    broadcast, ``"floor:<name>"`` for someone speaking with the floor; a video frame's capture
    time is the studio's own, sent with the picture -- :meth:`capture_estimate` until it comes,
    ``latency_estimated`` says which --, audio's NaN), :meth:`join`, :meth:`stop`, ``stats``, :meth:`send_audio` (publishes
    the microphone while blocks come, see the module docstring). The grant is asked over the link
    (``client.request_media_grant``); joining and the subscription run in the background."""

    video = Signal(str, object, float)
    audio = Signal(str, object, float)
    error = Signal(str)
    speaking_changed = Signal(bool)

    #: the microphone is unpublished after this long without a block (the viewer stopped speaking)
    idle_s = 0.5

    def __init__(self, client, broadcaster: str, display: str = "viewer", **viewer_kw):
        self.client, self.display = client, display
        #: the broadcaster's user id, or a callable giving it (the room's state learns it after joining)
        self._who = broadcaster if callable(broadcaster) else (lambda: broadcaster)
        self.viewer_kw = viewer_kw
        self.viewer: SpeakingViewer | None = None
        self.room: str | None = None
        self._stopped = False
        self._times: list[float] = []
        self._size = (0, 0)
        self._voice: PcmQueue | None = None
        self._last_block = 0.0
        self._floor_busy = False
        self._floor_lock = threading.Lock()

    def start(self) -> "ViewerMedia":
        return self

    def join(self, room: str, attempts: int = 20) -> None:
        self.room = room

        def on_grant(r, grant, reason):
            if r != room:
                return
            self.client.media_grant.disconnect(on_grant)
            if self._stopped:
                return
            if grant is None:
                if attempts > 1 and "online" in (reason or ""):  # the hub has not seen our join yet
                    threading.Timer(0.25, lambda: self.join(room, attempts - 1)).start()
                else:
                    self.error.emit(f"no picture or sound: {reason}")
                return
            threading.Thread(target=self._watch, args=(grant,), name="broadcast-viewer", daemon=True).start()

        self.client.media_grant.connect(on_grant)
        self.client.request_media_grant(room)

    def _watch(self, grant) -> None:
        try:
            v = SpeakingViewer(grant, self.display, **self.viewer_kw)
        except CallError as exc:
            self.error.emit(f"no picture or sound: {exc}")
            return
        v.remote_video.connect(self._on_video)
        v.remote_audio.connect(lambda feed, pcm, t: self.audio.emit(self._sender(v, feed), pcm, float("nan")))
        v.speaking_changed.connect(self.speaking_changed.emit)
        try:
            v.start(30.0)
        except Exception as exc:  # noqa: BLE001 - said to the viewer, never raised into a thread
            self.error.emit(f"no picture or sound: {exc}")
            return
        if self._stopped:
            v.stop()
            return
        self.viewer = v

    def _sender(self, v: SpeakingViewer, feed: int) -> str:
        return self._who() if feed == v.feeds.get(FULL, 0) else f"floor:{v.name_of(feed)}"

    #: True while the capture times :meth:`_on_video` gives are estimates (:meth:`capture_estimate`),
    #: False once they are exact (the studio's capture marks, :class:`comms.webrtc.broadcast.CaptureMarks`)
    latency_estimated = True
    #: frames without a mark count no latency for this long after the last one with a mark (s);
    #: after that (a studio that sends none) the estimate is shown again
    marks_wait = 2.0
    _last_exact = float("-inf")

    def _hub_offset(self) -> float:
        """The hub's clock minus this station's (s): what the link learnt, 0 when the clocks agree."""
        off = getattr(self.client, "clock_offset", 0.0)
        return float(off) if isinstance(off, (int, float)) and off == off else 0.0

    def capture_estimate(self, arrived: float) -> float:
        """When the studio captured a frame that arrived at ``arrived`` (time.time()), on
        :func:`comms.clock.wall_clock`, for the frames whose capture mark has not come (the first
        ones): the network is counted as the round trip of this station's link to the hub (the media
        server is there: half the round trip down to here, the studio's half up assumed alike); the
        studio's encoding is not counted. NaN while no round trip was measured."""
        from ..clock import wall_clock

        rtt = getattr(self.client, "rtt_ms", None)
        if not isinstance(rtt, (int, float)) or rtt != rtt:
            return float("nan")
        return wall_clock() - (time.time() - arrived) - rtt / 1000.0

    def _on_video(self, feed, frame, t) -> None:
        now = time.monotonic()
        self._times = [x for x in self._times if now - x < 2.0] + [now]
        self._size = (frame.shape[1], frame.shape[0])
        exact = getattr(self.viewer, "last_capture", None)  # the studio's mark for this frame (hub clock)
        if isinstance(exact, float):
            self.latency_estimated, self._last_exact = False, now
            self.video.emit(self._who(), frame, exact - self._hub_offset())
            return
        if now - self._last_exact < self.marks_wait:
            # its mark is late (lost on a lossy link, resent behind the frame): no figure for this
            # one rather than an estimate mixed into the exact ones
            self.video.emit(self._who(), frame, float("nan"))
            return
        self.latency_estimated = True
        timing = getattr(self.viewer, "last_timing", None)  # (first packet, ...) of this frame, when known
        arrived = timing[0] if isinstance(timing, tuple) and timing else t
        self.video.emit(self._who(), frame, self.capture_estimate(arrived))

    # ------------------------------------------------------------------ speaking
    @property
    def speaking(self) -> bool:
        v = self.viewer
        return v is not None and v.speaking

    def send_audio(self, pcm, capture_time: float | None = None) -> None:
        """A block of the microphone (any thread): the first publishes it on the media server."""
        v = self.viewer
        if v is None or self._stopped:
            return
        self._last_block = time.monotonic()
        with self._floor_lock:
            if self._voice is None:
                self._voice = PcmQueue()
            voice = self._voice
            start = not v.speaking and not self._floor_busy
            if start:
                self._floor_busy = True
        voice.feed(pcm, capture_time)
        if start:
            threading.Thread(target=self._floor, args=(v, voice), name="broadcast-floor", daemon=True).start()

    def _floor(self, v: SpeakingViewer, voice: PcmQueue) -> None:
        """Publish while blocks come; unpublish ``idle_s`` after the last one (a thread)."""
        try:
            v.speak(voice)
        except Exception as exc:  # noqa: BLE001 - told to the viewer
            self.error.emit(f"cannot speak: {exc}")
            with self._floor_lock:
                self._floor_busy = False
            return
        while not self._stopped and v.speaking and time.monotonic() - self._last_block < self.idle_s:
            time.sleep(0.05)
        try:
            v.stop_speaking()
        except Exception as exc:  # noqa: BLE001 - the session is ending anyway
            log.debug("stop speaking: %s", exc)
        with self._floor_lock:
            self._floor_busy = False
            self._voice = None

    def stop_speaking(self) -> None:
        """Stop publishing the microphone now (the floor was taken back, or Speak unticked)."""
        self._last_block = 0.0

    # ------------------------------------------------------------------ state
    @property
    def state(self) -> str:
        v = self.viewer
        return "stopped" if self._stopped else (v.state if v is not None else "joining")

    @property
    def stats(self) -> dict:
        v = self.viewer
        fps = len(self._times) / 2.0
        video = {"width": self._size[0], "height": self._size[1], "fps": fps,
                 "layer": v.layer if v is not None else None, "bitrate_kbps": 0}
        return {"senders": {self._who(): {"video": video}}}

    def stop(self) -> None:
        self._stopped = True
        v, self.viewer = self.viewer, None
        if v is not None:
            v.stop()
