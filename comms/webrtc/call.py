"""A consult video call through Janus' VideoRoom: Qt-free, on its own asyncio thread.

:class:`CallSession` publishes this station's microphone and camera (any source with ``read``:
the sources of :mod:`comms.audio` / :mod:`comms.video`) and subscribes to every other
participant's feed. WebRTC is aiortc: Opus (in-band FEC, DTX, voice mode), VP8/H.264, RTCP NACK
and PLI, receiver-side bandwidth estimation (REMB) driving the video encoder's bitrate.

Everything runs on a private asyncio loop in a daemon thread, so the GUI thread never waits on
the network; results come out as psygnal signals emitted on that thread (a Qt widget connects
with a queued connection, see ``ui/consult/videocall.py``). Public methods may be called from any thread.

Typical use::

    call = CallSession(grant, "Dr Tran", audio_source=ToneSource(), video_source=TestPatternSource(640, 360, 15))
    call.remote_video.connect(show)        # (feed_id, rgb frame, arrival time)
    call.start()                           # returns once published (or raises CallError)
    ...
    call.stop()
"""

from __future__ import annotations

import asyncio
import fractions
import logging
import threading
import time
from concurrent.futures import Future
from dataclasses import dataclass

import numpy as np
from psygnal import Signal

from .janus import VIDEOROOM, JanusError, JanusSession
from .sfu import MediaGrant
from .voice import VoiceCounters, VoiceFrame, decoder_factory

log = logging.getLogger("silkbridge.webrtc.call")

__all__ = ["CallSession", "CallError", "Participant", "MicrophoneSource", "BandwidthGuard", "RATE", "PTIME"]

RATE = 48000
PTIME = 0.020
SAMPLES = int(RATE * PTIME)


class CallError(RuntimeError):
    """The call could not start or continue; the message says why (token refused, no server...)."""


_opus_tuned = False


def _tune_opus() -> None:
    """aiortc's Opus encoder is fixed at 96 kbit/s without FEC; set voice settings for lossy links:
    in-band FEC sized for 10 % loss, DTX (silence costs almost nothing), 32 kbit/s. Its decoder
    ignores FEC: received Opus goes to :class:`comms.webrtc.voice.FecOpusDecoder` instead."""
    global _opus_tuned
    if _opus_tuned:
        return
    from aiortc.codecs import opus

    original = opus.OpusEncoder.__init__

    def __init__(self, *a, **kw):
        original(self, *a, **kw)
        self.codec.bit_rate = 32000
        self.codec.options = {"application": "voip", "fec": "1", "packet_loss": "10", "dtx": "1"}

    opus.OpusEncoder.__init__ = __init__
    # received voice: our decoder, which uses the FEC data and conceals losses (comms.webrtc.voice)
    from aiortc import rtcrtpreceiver

    make = decoder_factory()
    if make is not None:
        original_get = rtcrtpreceiver.get_decoder
        rtcrtpreceiver.get_decoder = lambda codec: make() if codec.name.lower() == "opus" else original_get(codec)
    _opus_tuned = True


def _transport(url: str) -> str:
    """'udp', 'tcp' or 'tls' (a ``turns:`` url: TURN over TLS, port 443 in production)."""
    if url.startswith("turns:"):
        return "tls"
    q = url.partition("?")[2]
    for part in q.split("&"):
        k, _, v = part.partition("=")
        if k == "transport":
            return v
    return "udp"


class LowDelayAudioBuffer(VoiceCounters):
    """Replaces aiortc's audio jitter buffer on received voice.

    aiortc's holds every frame behind a lost packet until 16 more have arrived (320 ms) and keeps
    that delay afterwards, so on a lossy link the voice drifts up to a third of a second late.
    This one hands each packet (one Opus frame) to the decoder at once, in order: a packet older
    than one already passed on is dropped (``late``), a lost one is a gap (``gaps``); the speaker's
    short per-participant queue absorbs the jitter. Each packet goes out as a
    :class:`~comms.webrtc.voice.VoiceFrame` saying how many were lost just before it, so the
    decoder (:class:`~comms.webrtc.voice.FecOpusDecoder`) rebuilds the last of them from the
    packet's FEC data (``recovered``) and conceals the older ones (``concealed``)."""

    def __init__(self):
        super().__init__()
        self.last: int | None = None

    def add(self, packet):
        seq = packet.sequence_number
        lost = 0
        if self.last is not None:
            step = (seq - self.last) & 0xFFFF
            if step == 0 or step >= 0x8000:  # a duplicate or older than what was played
                self.late += 1
                return False, None
            lost = step - 1 if step < 100 else 0  # a long jump is a new stream, not a loss
            self.gaps += lost
        self.last = seq
        self.frames += 1
        return False, VoiceFrame(packet._data, packet.timestamp, lost, self)


def vp8_info(packet) -> tuple[int | None, bool, bool] | None:
    """(the VP8 picture id of ``packet``'s frame -- every packet of a frame carries it, None when
    absent --, whether ``packet`` starts the frame, whether that frame is a keyframe), from its
    payload descriptor and the first byte of the frame (RFC 7741: partition 0 starts, P bit 0);
    None when the payload is not VP8-shaped."""
    from aiortc.codecs.vpx import VpxPayloadDescriptor

    try:
        descriptor, rest = VpxPayloadDescriptor.parse(packet.payload)
    except ValueError:
        return None
    start = bool(descriptor.partition_start) and descriptor.partition_id == 0
    return descriptor.picture_id, start, start and len(rest) > 0 and not rest[0] & 0x01


class VideoFrameBuffer:
    """Replaces aiortc's video jitter buffer, which stops for good at the first packet that never
    comes (aiortc issue #1418: ``_remove_frame`` never moves past a hole): here a hole is waited
    for ``max_wait`` seconds (time for a NACK retransmission over the link), then skipped to the
    next frame's first packet, with a PLI so the sender's next frame is a keyframe.

    A VP8 picture decodes only from a keyframe on: until one is here -- at the start, and after a
    frame was given up (the frames after it refer to it) -- frames are not handed to the decoder
    (``dropped``; aiortc's decoder would fail on them, or show a damaged picture) and a keyframe is
    asked for (PLI) every ``key_every`` seconds, the request itself may be lost across the border
    (the first time ``max_wait`` after the first packet: Janus asks the sender for a keyframe for
    each new subscriber). The buffer starts at the first packet that starts a frame (the first
    packets received may be the middle of one)."""

    def __init__(self, max_wait: float = 0.6, max_packets: int = 2048, key_every: float = 0.5):
        self.max_wait, self.max_packets, self.key_every = max_wait, max_packets, key_every
        self._packets: dict[int, object] = {}
        self._next: int | None = None          # first sequence number of the next frame
        self._hole_since: float | None = None
        self.frames = self.skipped = self.dropped = 0
        self.awaiting_key = True               # no keyframe decoded since the start or a skip
        self._asked_key = float("-inf")

    def _ask_key(self) -> bool:
        """True (send a PLI) while waiting for a keyframe, at most every ``key_every`` seconds."""
        if not self.awaiting_key:  # (every packet asks: the common answer first)
            return False
        now = time.monotonic()
        if now - self._asked_key < self.key_every:
            return False
        self._asked_key = now
        return True

    def add(self, packet):
        seq = packet.sequence_number
        if self._next is None:
            if self._asked_key == float("-inf"):  # the first packet: the media server asked for a
                self._asked_key = time.monotonic() + self.max_wait - self.key_every  # keyframe already
            kind = vp8_info(packet)
            if kind is not None and not kind[1]:
                return self._ask_key(), None  # the middle of a frame: wait for one that starts
            self._next = seq
        if ((seq - self._next) & 0xFFFF) >= 0x8000:  # older than what was passed on
            return False, None
        self._packets[seq] = packet
        if len(self._packets) > self.max_packets:  # bounded: forget the oldest
            for old in sorted(self._packets, key=lambda s: (s - self._next) & 0xFFFF)[:len(self._packets) - self.max_packets]:
                del self._packets[old]
        frame = self._take()
        if frame is not None:
            self._hole_since = None
            return self._ask_key(), frame
        # blocked: the next frame is incomplete (a packet missing or not here yet)
        now = time.monotonic()
        if self._hole_since is None:
            self._hole_since = now
        elif now - self._hole_since > self.max_wait and self._skip():
            self._hole_since = now
            self._asked_key = now  # (this PLI)
            return True, self._take()
        return self._ask_key(), None

    def _take(self):
        """The next complete frame the decoder can use, or None (the next one is incomplete);
        complete frames it cannot use (VP8 deltas before a keyframe) are dropped on the way."""
        while True:
            frame, key = self._assemble()
            if frame is None:
                return None
            if key is False and self.awaiting_key:
                self.dropped += 1
                continue
            self.awaiting_key = False
            self.frames += 1
            return frame

    def _assemble(self):
        """(the frame at ``_next`` if all its packets are here, whether it is a VP8 keyframe --
        None when not VP8), taking its packets out; (None, None) when incomplete."""
        from aiortc.jitterbuffer import JitterFrame

        seq, parts = self._next, []
        first = self._packets.get(seq)
        if first is None:
            return None, None
        while True:
            p = self._packets.get(seq)
            if p is None or p.timestamp != first.timestamp:
                return None, None  # incomplete (the rest, or the next frame's first packet, not here yet)
            parts.append(p)
            if p.marker:  # the frame's last packet
                break
            seq = (seq + 1) & 0xFFFF
        for p in parts:
            del self._packets[p.sequence_number]
        self._next = (seq + 1) & 0xFFFF
        kind = vp8_info(first)
        return JitterFrame(data=b"".join(p._data for p in parts), timestamp=first.timestamp), \
            (None if kind is None else kind[2])

    def _skip(self) -> bool:
        """Give up the incomplete frame at ``_next``: move to the first later packet that starts a
        frame (its predecessor ended one), else to the first packet of a later frame. The frames
        after it refer to it: none is decoded until a keyframe."""
        cur = self._packets.get(self._next)
        ahead = sorted(self._packets, key=lambda s: (s - self._next) & 0xFFFF)
        target = None
        for s in ahead:
            prev = self._packets.get((s - 1) & 0xFFFF)
            if s != self._next and prev is not None and prev.marker:
                target = s
                break
        if target is None:
            target = next((s for s in ahead if cur is None or self._packets[s].timestamp != cur.timestamp), None)
        if target is None:
            return False
        for old in ahead:
            if old == target:
                break
            del self._packets[old]
        self._next = target
        self.skipped += 1
        self.awaiting_key = True
        return True


def _replace_buffers(pc) -> list:
    buffers = []
    for receiver in pc.getReceivers():
        if receiver.track is not None and hasattr(receiver, "_RTCRtpReceiver__jitter_buffer"):
            buf = LowDelayAudioBuffer() if receiver.track.kind == "audio" else VideoFrameBuffer()
            receiver._RTCRtpReceiver__jitter_buffer = buf  # aiortc has no public hook for it
            buffers.append(buf)
    return buffers


class BandwidthGuard:
    """When to send audio only: the sender's own decision from the RTCP receiver reports the media
    server returns for what it sends (loss fraction, round-trip time), checked once a second.

    Video is paused when its loss exceeds ``max_loss`` or the round trip has grown by more than
    ``max_queueing`` seconds over the call's best (the uplink's queue fills: the link is narrower
    than the video) on two checks in a row. While paused, the voice's reports are watched: once they
    have been clean (loss < ``resume_loss``, round trip back near the best) for ``hold`` seconds,
    video resumes; if it has to pause again within a minute, the next hold is twice as long (up to
    ``max_hold``), so a link that cannot carry video does not flap. Qt-free and clock-free:
    ``update(kind, loss, rtt, now)`` returns the decision."""

    def __init__(self, max_loss: float = 0.10, max_queueing: float = 0.35, resume_loss: float = 0.03,
                 hold: float = 8.0, max_hold: float = 64.0):
        self.max_loss, self.max_queueing, self.resume_loss = max_loss, max_queueing, resume_loss
        self.base_hold, self.hold, self.max_hold = hold, hold, max_hold
        self.paused = False
        self.best_rtt: float | None = None
        self._bad = 0
        self._clean_since: float | None = None
        self._resumed_at: float | None = None

    def update(self, kind: str, loss: float | None, rtt: float | None, now: float) -> bool:
        """Feed one report (``kind`` "audio"/"video"); returns True while video should be paused."""
        if rtt is not None and rtt > 0:
            self.best_rtt = rtt if self.best_rtt is None else min(self.best_rtt, rtt)
        queueing = (rtt - self.best_rtt) if rtt is not None and self.best_rtt is not None else 0.0
        loss = loss or 0.0
        if not self.paused:
            if kind != "video":
                return False
            self._bad = self._bad + 1 if (loss > self.max_loss or queueing > self.max_queueing) else 0
            if self._bad >= 2:
                self.paused, self._bad, self._clean_since = True, 0, None
                if self._resumed_at is not None and now - self._resumed_at < 60.0:
                    self.hold = min(self.hold * 2, self.max_hold)
                else:
                    self.hold = self.base_hold
            return self.paused
        if kind != "audio":
            return True
        if loss < self.resume_loss and queueing < self.max_queueing / 3:
            if self._clean_since is None:
                self._clean_since = now
            elif now - self._clean_since >= self.hold:
                self.paused, self._resumed_at, self._clean_since = False, now, None
                self.best_rtt = None  # judge the resumed video afresh
        else:
            self._clean_since = None
        return self.paused


class MicrophoneSource:
    """A started :class:`comms.audio.Microphone` as a call's audio source: ``read(n)`` is its next
    20 ms block (silence if none came in time: a gap, never a stall of the call)."""

    def __init__(self, mic):
        self.mic = mic

    def read(self, n: int = SAMPLES) -> np.ndarray:
        got = self.mic.read(timeout=0.03)
        if got is None:
            return np.zeros(n, np.float32)
        pcm = np.asarray(got[0], np.float32).reshape(-1)
        return pcm[:n] if pcm.size >= n else np.pad(pcm, (0, n - pcm.size))

    def close(self) -> None:
        self.mic.stop()


@dataclass
class Participant:
    feed_id: int
    display: str
    talking: bool = False


def _tracks():
    """The aiortc track classes (imported lazily: aiortc and PyAV are heavy)."""
    import av
    from aiortc import MediaStreamTrack

    class SourceAudioTrack(MediaStreamTrack):
        """20 ms Opus-ready frames from ``source.read(n) -> float32 mono``; silence while muted."""

        kind = "audio"

        def __init__(self, source):
            super().__init__()
            self.source, self.muted = source, False
            self._pts = 0
            self._t0: float | None = None

        async def recv(self):
            if self._t0 is None:
                self._t0 = time.monotonic()
            else:
                wait = self._t0 + (self._pts + SAMPLES) / RATE - time.monotonic()
                if wait > 0:
                    await asyncio.sleep(wait)
                self._pts += SAMPLES
            pcm = None if self.muted or self.source is None else self.source.read(SAMPLES)
            if pcm is None or len(pcm) != SAMPLES:
                pcm = np.zeros(SAMPLES, np.float32)
            s16 = (np.clip(np.asarray(pcm, np.float32), -1, 1) * 32767).astype(np.int16)
            frame = av.AudioFrame.from_ndarray(s16.reshape(1, -1), format="s16", layout="mono")
            frame.sample_rate, frame.pts = RATE, self._pts
            frame.time_base = fractions.Fraction(1, RATE)
            return frame

    class SourceVideoTrack(MediaStreamTrack):
        """Frames from ``source.read() -> (rgb uint8, t)`` (read in a worker thread: sources pace
        themselves); black frames at 2 fps while the camera is off."""

        kind = "video"

        def __init__(self, source, size: tuple[int, int]):
            super().__init__()
            self.source, self.size, self.camera_off = source, size, False
            self.paused = False  # audio only (bandwidth short): no video at all until resumed
            self._t0 = time.monotonic()
            self.sent = 0

        async def recv(self):
            while self.paused:
                await asyncio.sleep(0.1)
            if self.camera_off or self.source is None:
                await asyncio.sleep(0.5)
                img = np.zeros((self.size[1], self.size[0], 3), np.uint8)
            else:
                img, _ = await asyncio.to_thread(self.source.read)
            frame = av.VideoFrame.from_ndarray(np.ascontiguousarray(img), format="rgb24")
            frame.pts = int((time.monotonic() - self._t0) * 90000)
            frame.time_base = fractions.Fraction(1, 90000)
            self.sent += 1
            return frame

    return SourceAudioTrack, SourceVideoTrack


class CallSession:
    """One station in one room's call. See the module docstring."""

    participants_changed = Signal(list)          # [Participant] (remote ones)
    remote_audio = Signal(int, object, float)    # feed id, float32 mono 48 kHz block, arrival time
    remote_video = Signal(int, object, float)    # feed id, rgb uint8 frame, arrival time
    state_changed = Signal(str)                  # "connecting", "in-call", "ended"
    ended = Signal(str)                          # reason: "left", "revoked", "server lost: ..."
    audio_only = Signal(bool)                    # True: video paused, the bandwidth is short

    def __init__(self, grant: MediaGrant | dict, display: str, *, audio_source=None, video_source=None,
                 video_size: tuple[int, int] = (640, 360), relay_only: bool = False,
                 max_video_kbps: int = 800, turn_transport: str | None = None,
                 turn_probe_timeout: float = 3.0, low_delay_audio: bool = True,
                 bandwidth_guard: BandwidthGuard | None | bool = True):
        try:
            self.grant = grant if isinstance(grant, MediaGrant) else MediaGrant.from_dict(grant)
        except (TypeError, ValueError) as exc:
            raise CallError(f"the hub's call grant is unusable: {exc}") from None
        self.display = str(display)[:64]
        self.audio_source, self.video_source = audio_source, video_source
        self.video_size, self.relay_only, self.max_video_kbps = video_size, relay_only, max_video_kbps
        #: "udp", "tcp" or "tls": which TURN url to use; None = probe UDP, TCP, TLS in turn (relay_only) or any
        self.turn_transport, self.turn_probe_timeout = turn_transport, turn_probe_timeout
        self.state = "idle"
        #: received voice and video through our buffers (:class:`LowDelayAudioBuffer`,
        #: :class:`VideoFrameBuffer`) instead of aiortc's; per feed, the audio buffers' counters
        self.low_delay_audio = low_delay_audio
        self.audio_buffers: dict[int, list[LowDelayAudioBuffer]] = {}
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._janus: JanusSession | None = None
        self._pub = None
        self._pub_pc = None
        self._subs: dict[int, tuple] = {}   # feed -> (handle, pc, tasks)
        self._people: dict[int, Participant] = {}
        self._audio_track = self._video_track = None
        self._closing = False
        #: pauses video when the uplink is short (:class:`BandwidthGuard`); False: never
        self.guard = BandwidthGuard() if bandwidth_guard is True else (bandwidth_guard or None)

    # ----------------------------------------------------------------------------- public API
    def start(self, timeout: float = 20.0) -> "CallSession":
        if self._thread is not None:
            raise RuntimeError("call already started")
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="webrtc-call", daemon=True)
        self._thread.start()
        try:
            self._run(self._join(), timeout)
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self, timeout: float = 10.0) -> None:
        if self._loop is None:
            return
        if not self._closing:
            try:
                self._run(self._leave("left"), timeout)
            except Exception as exc:  # leaving must never raise into the GUI
                log.warning("leaving the call: %s", exc)
        try:
            self._run(self._drain(), 5.0)
        except Exception as exc:  # noqa: BLE001 - best effort: the loop stops anyway
            log.debug("draining the call's tasks: %s", exc)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout)
        self._loop.close()
        self._loop = self._thread = None

    def set_muted(self, muted: bool) -> None:
        if self._audio_track is not None:
            self._audio_track.muted = bool(muted)

    def set_camera(self, on: bool) -> None:
        if self._video_track is not None:
            self._video_track.camera_off = not on

    @property
    def participants(self) -> list[Participant]:
        return list(self._people.values())

    @property
    def frames_sent(self) -> int:
        return self._video_track.sent if self._video_track is not None else 0

    def stats(self, timeout: float = 5.0) -> dict:
        """WebRTC statistics of every peer connection (``{"publish": ..., feed_id: ...}``)."""
        async def collect():
            out = {}
            if self._pub_pc is not None:
                out["publish"] = {k: vars(v) for k, v in (await self._pub_pc.getStats()).items()}
            for feed, (_, pc, _) in list(self._subs.items()):
                out[feed] = {k: vars(v) for k, v in (await pc.getStats()).items()}
            return out

        return self._run(collect(), timeout)

    # ----------------------------------------------------------------------------- internals
    def _run(self, coro, timeout: float):
        fut: Future = asyncio.run_coroutine_threadsafe(coro, self._loop)
        try:
            return fut.result(timeout)
        except TimeoutError:
            fut.cancel()
            raise CallError(f"the media server did not answer in {timeout:.0f} s") from None

    @staticmethod
    async def _drain() -> None:
        """Cancel what is left on the loop (ICE checks, TURN refreshes) so it closes cleanly."""
        me = asyncio.current_task()
        tasks = [t for t in asyncio.all_tasks() if t is not me]
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    def _set_state(self, state: str) -> None:
        self.state = state
        self.state_changed.emit(state)

    def _pc(self):
        from aiortc import RTCConfiguration, RTCIceServer, RTCPeerConnection
        from aiortc.rtcconfiguration import RTCIceTransportPolicy

        servers = []
        for s in self.grant.ice_servers or []:
            urls = [u for u in ([s["urls"]] if isinstance(s["urls"], str) else s["urls"])
                    if self.turn_transport is None or not u.startswith("turn")
                    or _transport(u) == self.turn_transport]
            if urls:  # aiortc uses one TURN url: the one for the transport that gets through
                servers.append(RTCIceServer(urls=urls, username=s.get("username"), credential=s.get("credential")))
        policy = RTCIceTransportPolicy.RELAY if self.relay_only else RTCIceTransportPolicy.ALL
        return RTCPeerConnection(RTCConfiguration(iceServers=servers or None, iceTransportPolicy=policy))

    async def _probe_turn(self) -> str | None:
        """The first way to the TURN server that allocates a relay within ``turn_probe_timeout``:
        'udp', else 'tcp' (UDP blocked by a firewall), else 'tls' (only TLS gets through, e.g. on
        443); 'tcp' if none does (ICE then fails with its own error); None without TURN servers."""
        from aioice import Connection

        found = None
        for want in ("udp", "tcp", "tls"):
            for s in self.grant.ice_servers or []:
                urls = [s["urls"]] if isinstance(s["urls"], str) else s["urls"]
                for u in urls:
                    if not u.startswith(("turn:", "turns:")) or _transport(u) != want:
                        continue
                    found = found or want
                    host, port = u.split(":", 1)[1].split("?")[0].rsplit(":", 1)
                    conn = Connection(ice_controlling=True, turn_server=(host, int(port)),
                                      turn_username=s.get("username"), turn_password=s.get("credential"),
                                      turn_transport="udp" if want == "udp" else "tcp",
                                      turn_ssl=want == "tls", use_ipv6=False)
                    try:
                        await asyncio.wait_for(conn.gather_candidates(), self.turn_probe_timeout)
                        ok = any(c.type == "relay" for c in conn.local_candidates)
                    except (asyncio.TimeoutError, OSError, Exception) as exc:  # noqa: BLE001 - not usable
                        log.info("TURN over %s at %s:%s: %s", want, host, port, exc or type(exc).__name__)
                        ok = False
                    finally:
                        await conn.close()
                    if ok:
                        return want
        return None if found is None else "tcp"

    async def _open_room(self, sending: bool = True) -> None:
        """This station's session on the media server and its handle in the grant's room
        (``self._pub``), TURN probed first when only relays are allowed; a lost server or a kick
        from the room ends the call. Calls, broadcast publishers and viewers all start here."""
        if sending:
            _tune_opus()
        self._set_state("connecting")
        g = self.grant
        if self.turn_transport is None and self.relay_only:
            self.turn_transport = await self._probe_turn()
        self._janus = JanusSession(g.janus_url, g.token)
        try:
            await self._janus.create()
            self._pub = await self._janus.attach(VIDEOROOM)
        except JanusError as exc:
            raise CallError(f"the media server refused this station: {exc}") from None
        self._janus.on_lost = lambda reason: self._loop.create_task(self._leave(f"server lost: {reason}"))
        self._pub.on_event = self._on_room_event
        self._pub.on_hangup = lambda reason: self._loop.create_task(self._leave("revoked"))

    async def _join_room(self, handle, display: str, feed_id: bool = True) -> dict:
        """Join the grant's room on ``handle`` as a participant named ``display`` (with the feed id
        the hub granted, or one the media server picks); the server's answer."""
        g = self.grant
        body = {"request": "join", "ptype": "publisher", "room": g.janus_room, "display": display, "token": g.token}
        if feed_id:
            body["id"] = g.feed_id
        try:
            data, _ = await handle.send(body)
        except JanusError as exc:
            raise CallError(f"the room refused this station: {exc}") from None
        return data

    async def _join(self) -> None:
        await self._open_room()
        data = await self._join_room(self._pub, self.display)
        audio_cls, video_cls = _tracks()
        pc = self._pub_pc = self._pc()
        self._audio_track = audio_cls(self.audio_source)
        pc.addTrack(self._audio_track)
        if self.video_source is not None:
            self._video_track = video_cls(self.video_source, self.video_size)
            pc.addTrack(self._video_track)
        await pc.setLocalDescription(await pc.createOffer())
        body = {"request": "publish", "audiocodec": "opus", "videocodec": "vp8", "display": self.display,
                "bitrate": self.max_video_kbps * 1000}
        _, jsep = await self._pub.send(body, {"type": "offer", "sdp": pc.localDescription.sdp, "trickle": False},
                                       timeout=15.0)
        if not jsep:
            raise CallError("the media server did not answer the offer")
        from aiortc import RTCSessionDescription

        await pc.setRemoteDescription(RTCSessionDescription(sdp=jsep["sdp"], type=jsep["type"]))
        self._set_state("in-call")
        if self.guard is not None and self._video_track is not None:
            self._loop.create_task(self._watch_bandwidth())
        for pub in data.get("publishers", []) or []:
            await self._subscribe(pub)

    @property
    def is_audio_only(self) -> bool:
        return self._video_track is not None and self._video_track.paused

    async def _watch_bandwidth(self, period: float = 1.0) -> None:
        """Once a second, the RTCP receiver reports for what we send -> :class:`BandwidthGuard`."""
        seen: dict[str, object] = {}
        while not self._closing and self._pub_pc is not None:
            await asyncio.sleep(period)
            try:
                report = await self._pub_pc.getStats()
            except Exception as exc:  # noqa: BLE001 - a closing connection: stop watching
                log.debug("call stats: %s", exc)
                return
            now = time.monotonic()
            for st in report.values():
                if getattr(st, "type", None) != "remote-inbound-rtp":
                    continue
                key = (st.kind, st.packetsLost, st.packetsReceived)
                if seen.get(st.kind) == key:  # no new report since the last check
                    continue
                seen[st.kind] = key
                loss = (st.fractionLost or 0) / 256.0  # aiortc passes RTCP's 8-bit fixed point as is
                was = self.guard.paused
                paused = self.guard.update(st.kind, loss, st.roundTripTime, now)
                if paused != was and self._video_track is not None:
                    self._video_track.paused = paused
                    log.info("video %s: loss %.0f %%, rtt %.0f ms", "paused (bandwidth short)" if paused
                             else "resumed", 100 * loss, 1000 * (st.roundTripTime or 0))
                    self.audio_only.emit(paused)

    def _on_room_event(self, data: dict, jsep) -> None:
        for pub in data.get("publishers", []) or []:
            self._loop.create_task(self._subscribe(pub))
        gone = data.get("unpublished") or data.get("leaving")
        if gone == "ok" or data.get("kicked") == self.grant.feed_id:  # we were removed
            self._loop.create_task(self._leave("revoked"))
        elif isinstance(gone, int):
            self._loop.create_task(self._unsubscribe(gone))
        if "kicked" in data and isinstance(data["kicked"], int) and data["kicked"] != self.grant.feed_id:
            self._loop.create_task(self._unsubscribe(data["kicked"]))
        if data.get("videoroom") == "talking" or data.get("videoroom") == "stopped-talking":
            p = self._people.get(data.get("id"))
            if p is not None:
                p.talking = data["videoroom"] == "talking"
                self.participants_changed.emit(self.participants)

    async def _subscribe(self, pub: dict) -> None:
        feed = pub.get("id")
        if not isinstance(feed, int) or feed == self.grant.feed_id or feed in self._subs or self._closing:
            return
        self._subs[feed] = (None, None, [])
        try:
            handle = await self._janus.attach(VIDEOROOM)
            _, offer = await handle.send({"request": "join", "ptype": "subscriber", "room": self.grant.janus_room,
                                          "streams": [{"feed": feed}], "token": self.grant.token})
            if not offer:
                raise CallError("no offer for the subscription")
            from aiortc import RTCSessionDescription

            pc = self._pc()
            tasks: list[asyncio.Task] = []

            @pc.on("track")
            def on_track(track):
                tasks.append(self._loop.create_task(self._pump(feed, track)))

            await pc.setRemoteDescription(RTCSessionDescription(sdp=offer["sdp"], type=offer["type"]))
            if self.low_delay_audio:
                self.audio_buffers[feed] = [b for b in _replace_buffers(pc) if isinstance(b, LowDelayAudioBuffer)]
            await pc.setLocalDescription(await pc.createAnswer())
            await handle.send({"request": "start"}, {"type": "answer", "sdp": pc.localDescription.sdp,
                                                     "trickle": False})
        except (JanusError, CallError, ValueError) as exc:
            log.warning("cannot receive feed %s: %s", feed, exc)
            self._subs.pop(feed, None)
            return
        self._subs[feed] = (handle, pc, tasks)
        self._people[feed] = Participant(feed, str(pub.get("display") or feed)[:64])
        self.participants_changed.emit(self.participants)

    async def _pump(self, feed: int, track) -> None:
        from aiortc.mediastreams import MediaStreamError

        try:
            while True:
                frame = await track.recv()
                now = time.time()
                if track.kind == "audio":
                    pcm = frame.to_ndarray()
                    pcm = pcm.reshape(-1, len(frame.layout.channels))[:, 0] if pcm.ndim == 2 and pcm.shape[0] == 1 \
                        else pcm.reshape(-1)
                    self.remote_audio.emit(feed, pcm.astype(np.float32) / 32768.0, now)
                else:
                    self.remote_video.emit(feed, frame.to_ndarray(format="rgb24"), now)
        except (MediaStreamError, asyncio.CancelledError):
            return

    async def _unsubscribe(self, feed: int) -> None:
        handle, pc, tasks = self._subs.pop(feed, (None, None, []))
        for t in tasks:
            t.cancel()
        if pc is not None:
            await pc.close()
        if handle is not None:
            try:
                await handle.detach()
            except JanusError:
                pass
        if self._people.pop(feed, None) is not None:
            self.participants_changed.emit(self.participants)

    async def _leave(self, reason: str) -> None:
        if self._closing:
            return
        self._closing = True
        for feed in list(self._subs):
            await self._unsubscribe(feed)
        if self._pub_pc is not None:
            await self._pub_pc.close()
        if self._janus is not None:
            await self._janus.destroy()
        self._set_state("ended")
        self.ended.emit(reason)
