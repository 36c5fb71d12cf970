"""The surgical broadcast on the SFU: the studio publishes, viewers take the layer their link carries.

aiortc cannot send simulcast, so :class:`BroadcastPublisher` publishes **two feeds** in the
broadcast room's Janus VideoRoom: ``full`` (the studio's composed picture -- main + PiP, as
:func:`comms.video.compose` makes it -- with the microphone) and ``low`` (the same frames scaled
down by ``low_scale``, video only, at a low bitrate). Feeds are told apart by their display name
(``full:<name>`` / ``low:<name>``).

:class:`BroadcastViewer` joins the room (it never publishes), subscribes in one Janus multistream
subscription to the full feed's audio and to one feed's video, and watches its own receiving side
every ``check_s``: when more than ``loss_down`` of the video packets were lost over the window
(retransmitted ones count: each froze the picture a round trip) it **switches** the subscription's
video to the low feed (Janus' ``switch`` request: no renegotiation, the picture continues at the
next keyframe), whose lost packets the studio's copy of it fills in (:class:`CopyMerger`); after
``up_after`` seconds without loss it tries the full feed again, waiting twice as long each time the
full feed had to be left again. Both are :class:`comms.webrtc.call.CallSession`\\ s (private asyncio
loop, psygnal signals, Qt-free), joined with the grant the hub gives any member online in the
broadcast room (``media_grant`` request; the broadcaster, speakers and viewers alike, revoked with
the user).
"""

from __future__ import annotations

import asyncio
import copy
import logging
import threading
import time

import numpy as np
from psygnal import Signal

from .call import (CallError, CallSession, LowDelayAudioBuffer, VideoFrameBuffer, _replace_buffers, _tracks,
                   vp8_info)
from .feeds import COPY, FULL, LOW, STUDIO_TAGS, tag_of
from .janus import VIDEOROOM, JanusError

log = logging.getLogger("silkbridge.webrtc.broadcast")

__all__ = ["BroadcastPublisher", "BroadcastViewer", "StudioPicture", "PcmQueue", "CaptureMarks", "CopyMerger",
           "FULL", "LOW", "COPY"]


#: label of the publisher's data channel that carries the capture marks (Janus relays it to subscribers)
MARKS_CHANNEL = "capture-marks"


class CaptureMarks:
    """The exact capture time of the broadcast's frames, for the viewer's glass-to-glass readout.

    Janus rewrites RTP timestamps (a different constant per subscription and per ``switch``) and
    its Sender Reports to subscribers map them to the time *Janus* forwarded the first packet, not to
    the capture; neither aiortc nor Janus carries abs-capture-time. What passes Janus unchanged is
    the **VP8 picture id** each frame's payload descriptor carries (15 bits, counted by the
    publisher's encoder from a random start). So the publisher sends, over a data channel relayed by
    Janus to every subscriber, one mark per encoded frame: ``"<layer> <picture id> <capture time>"``,
    the capture time on the hub's clock (the station's wall clock plus its offset to the hub); the
    viewer looks the picture id of each frame it shows up here.

    ``note`` / ``parse`` are thread-safe; at most ``keep`` marks per layer are kept (the oldest go:
    a mark comes before its frame, and the fewer are kept the rarer an id both feeds' counters have);
    a malformed mark is ignored (counted in ``rejected``)."""

    def __init__(self, keep: int = 150):
        import collections

        self.keep = keep
        self._marks = {FULL: collections.OrderedDict(), LOW: collections.OrderedDict()}
        self._lock = threading.Lock()
        self.rejected = 0

    @staticmethod
    def format(layer: str, picture_id: int, capture: float) -> str:
        return f"{layer} {picture_id} {capture:.6f}"

    def note(self, layer: str, picture_id: int, capture: float) -> None:
        with self._lock:
            marks = self._marks[layer]
            marks[picture_id] = capture
            marks.move_to_end(picture_id)
            while len(marks) > self.keep:
                marks.popitem(last=False)

    def parse(self, message) -> bool:
        """Take one mark as the data channel delivered it; False (and counted) if it is not one."""
        try:
            layer, pid, capture = message.split(" ") if isinstance(message, str) and len(message) < 64 else ("",) * 3
            pid, capture = int(pid), float(capture)
            ok = layer in self._marks and 0 <= pid < (1 << 15) and capture == capture and abs(capture) != float("inf")
        except ValueError:
            ok = False
        if not ok:
            self.rejected += 1
            return False
        self.note(layer, pid, capture)
        return True

    def capture_of(self, picture_id, layer: str) -> float | None:
        """The capture time (hub clock) of the frame ``picture_id``, None if no mark has it. The two
        feeds count from random starts, so an id is almost always one feed's; if both have it, the
        one of ``layer`` (the feed shown) is taken -- else the other (the frames of a ``switch``
        arrive a moment before the viewer's layer says so)."""
        if picture_id is None:
            return None
        with self._lock:
            t = self._marks[layer].get(picture_id)
            return t if t is not None else self._marks[LOW if layer == FULL else FULL].get(picture_id)


def _mark_frames(pc, layer: str, capture_of, send, encoded=None) -> None:
    """Give ``pc``'s video sender its VP8 encoder now, one that calls ``send(layer, picture id,
    capture)`` for each frame it encodes (``capture_of()``: the capture time of the frame the track
    just gave; aiortc encodes a track's frames one at a time, right after reading each), and
    ``encoded(payloads, timestamp)`` with each frame's RTP payloads once encoded (the copy feed's)."""
    from aiortc.codecs.vpx import Vp8Encoder

    for sender in pc.getSenders():
        if sender.track is None or sender.track.kind != "video":
            continue
        enc = Vp8Encoder()
        encode = enc.encode

        def marked(frame, force_keyframe=False, enc=enc, encode=encode):
            capture = capture_of()
            if capture is not None:  # sent before the frame is encoded: it is there before the frame
                send(layer, enc.picture_id, capture)
            out = encode(frame, force_keyframe)
            if encoded is not None and out[0]:
                encoded(*out)
            return out

        enc.encode = marked
        sender._RTCRtpSender__encoder = enc  # aiortc creates it at the first frame unless one is there


def _ssrcs_of(sdp: str, mid: str) -> set[int]:
    """The SSRCs an SDP announces for the media section ``mid`` (aiortc's SDP parser)."""
    from aiortc.sdp import SessionDescription

    return {s.ssrc for m in SessionDescription.parse(sdp).media if m.rtp.muxId == mid for s in m.ssrc}


def _layer_of(display) -> tuple[str, str] | None:
    """(layer, name) of a broadcast feed's display name (the studio's feeds), None for anything else."""
    tag = tag_of(display)
    return tag if tag is not None and tag[0] in STUDIO_TAGS else None


async def _keep_alive(call: CallSession, every: float = 5.0) -> None:
    """Janus ends a session after ``session_timeout`` (15 s) without a request; a long poll with no
    event in it does not count, and a broadcast's sessions can be quiet for that long."""
    while not call._closing and call._janus is not None and call._janus.url:
        await asyncio.sleep(every)
        try:
            await call._janus._post(call._janus.url, {"janus": "keepalive"}, 5.0)
        except JanusError as exc:
            log.debug("keepalive: %s", exc)


class _Tee:
    """One source read once per frame, for two tracks: the full track reads the source, the low
    track gets each new frame (never the same twice), so both feeds carry the same pictures."""

    def __init__(self, source):
        self.source = source
        self._cond = threading.Condition()
        self._frame = None
        self._n = 0
        self.capture: float | None = None  # the capture time of the frame read last

    def read(self):
        frame = self.source.read()
        with self._cond:
            self._frame, self._n = frame, self._n + 1
            self.capture = frame[1]
            self._cond.notify_all()
        return frame

    def next_after(self, n: int, timeout: float = 1.0):
        """(n, frame) of the first frame newer than ``n`` (None after ``timeout`` without one)."""
        with self._cond:
            if not self._cond.wait_for(lambda: self._n > n, timeout):
                return None
            return self._n, self._frame


def _low_track(tee: _Tee, size: tuple[int, int]):
    import fractions

    import av
    from aiortc import MediaStreamTrack

    class LowVideoTrack(MediaStreamTrack):
        kind = "video"

        def __init__(self):
            super().__init__()
            self._seen = 0
            self._t0 = time.monotonic()
            self._last = None
            self.sent = 0
            self.capture: float | None = None

        async def recv(self):
            got = await asyncio.to_thread(tee.next_after, self._seen)
            if got is not None:
                self._seen, (img, self.capture) = got[0], got[1]
                self._last = av.VideoFrame.from_ndarray(np.ascontiguousarray(img), format="rgb24").reformat(
                    width=size[0], height=size[1], interpolation="AREA")
            elif self._last is None:  # no picture yet: black
                self._last = av.VideoFrame.from_ndarray(np.zeros((size[1], size[0], 3), np.uint8), format="rgb24")
            frame = self._last
            frame.pts = int((time.monotonic() - self._t0) * 90000)
            frame.time_base = fractions.Fraction(1, 90000)
            self.sent += 1
            return frame

    return LowVideoTrack()


class _Encoded:
    """One frame already encoded and cut into RTP payloads, for the copy feed's sender."""

    __slots__ = ("payloads", "timestamp")

    def __init__(self, payloads: list[bytes], timestamp: int):
        self.payloads, self.timestamp = payloads, timestamp


class _PassThrough:
    """The copy feed's "encoder": aiortc's sender packs what a track gives that is not a frame with
    ``pack``; here that is the low feed's payloads, unchanged (same VP8 picture ids, same cuts)."""

    def pack(self, item: _Encoded) -> tuple[list[bytes], int]:
        return item.payloads, item.timestamp


def _copy_track(loop: asyncio.AbstractEventLoop, delay: float):
    """The low feed's packets again, each frame ``delay`` seconds after the original: ``put`` (any
    thread) hands it a frame's payloads, the copy feed's sender reads them from ``recv``."""
    from aiortc import MediaStreamTrack

    class CopyTrack(MediaStreamTrack):
        kind = "video"

        def __init__(self):
            super().__init__()
            self._queue: asyncio.Queue = asyncio.Queue(maxsize=120)
            self.sent = 0

        def put(self, payloads: list[bytes], timestamp: int) -> None:
            due = time.monotonic() + delay

            def queue():
                if not self._queue.full():  # a sender that stopped reading holds no more than 4 s
                    self._queue.put_nowait((due, _Encoded(list(payloads), timestamp)))

            try:
                loop.call_soon_threadsafe(queue)
            except RuntimeError:  # the loop closed: the broadcast is over
                pass

        async def recv(self):
            due, item = await self._queue.get()
            wait = due - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
            self.sent += 1
            return item

    return CopyTrack()


def _vp8_start(receiver, packet) -> tuple[int, bool] | None:
    """(VP8 picture id of ``packet``'s frame -- every packet of a frame carries it --, whether the
    packet starts the frame), None if the payload is not VP8 or carries no picture id."""
    codec = receiver._RTCRtpReceiver__codecs.get(packet.payload_type)  # aiortc has no public accessor
    if codec is None or codec.mimeType.lower() != "video/vp8":
        return None
    frame = vp8_info(packet)
    if frame is None or frame[0] is None:
        return None
    return frame[0], frame[1]


class PlayoutBuffer(VideoFrameBuffer):
    """The broadcast viewer's video buffer: :class:`comms.webrtc.call.VideoFrameBuffer` (a hole is
    waited for ``max_wait`` -- one NACK retransmission over the link -- then skipped with a PLI)
    that hands the decoder **every** frame completed by a packet, not one per packet.

    aiortc's receiver takes at most one frame from its buffer per packet received, so after a
    retransmission fills a hole the frames held behind it came out one per later packet: at 1.3
    packets per frame the backlog of a 300 ms hole took a second to drain, and every frame in that
    second was shown late. Here the buffer puts all complete frames into the receiver's decoder
    queue itself, in order, at once.

    ``timing`` keeps, per frame (by the timestamp the decoded frame carries as ``pts``), when its
    first and last packet arrived, when it went to the decoder (wall clock), whether one of its
    own packets came late (a retransmission: sequence older than one already seen) and its packet
    count: where the time of a late picture went, and its VP8 picture id (see :class:`CaptureMarks`).

    ``firsts`` keeps the sequence number and timestamp of the first packet of the last frames, by
    picture id (how :class:`CopyMerger` finds where the copy's packets belong); ``recovered``
    counts the packets the copy feed filled in (the others that came late are ``retransmitted``)."""

    def __init__(self, receiver, max_wait: float = 0.6, renack: float = 0.35, keep: int = 600):
        super().__init__(max_wait=max_wait)
        self.renack, self._last_ask, self.asked_again = renack, 0.0, 0
        self._receiver = receiver
        self._newest: int | None = None
        self._arrivals: dict[int, list] = {}   # rtp timestamp -> [first, last, packets, retransmitted]
        self.timing: dict[int, tuple] = {}      # mapped timestamp (= decoded pts) -> (first, last, released, packets, retx, picture id)
        self._keep = keep
        self.retransmitted = self.recovered = 0
        #: packets that came the first time / that did not (sequence numbers skipped): the link's loss
        self.arrived = self.missed = 0
        self.newest = -1  # the newest frame's (mapped) timestamp handed to the decoder
        self.firsts: dict[int, tuple[int, int]] = {}  # picture id -> (sequence, timestamp) of its first packet
        self.payload_type: int | None = None
        self.ssrc: int | None = None
        #: packets of these SSRCs are not the picture's: they go to their own buffer (the copy's)
        self.divert: dict[int, object] = {}

    def needs(self, seq: int) -> bool:
        """True while packet ``seq`` is neither here nor passed on (nor given up)."""
        return self._next is not None and ((seq - self._next) & 0xFFFF) < 0x8000 and seq not in self._packets

    def add(self, packet, recovered: bool = False):
        other = self.divert.get(packet.ssrc)
        if other is not None:
            return other.add(packet)
        now = time.time()
        seq = packet.sequence_number
        retx = self._newest is not None and ((seq - self._newest) & 0xFFFF) >= 0x8000
        if not retx:
            skipped = ((seq - self._newest) & 0xFFFF) - 1 if self._newest is not None else 0
            if not recovered and skipped < 1000:  # (more: the stream was renumbered, not lost)
                self.missed += skipped
            self.arrived += not recovered
            self._newest = seq
        elif recovered:
            self.recovered += 1
        else:
            self.retransmitted += 1
        if not recovered:
            self.payload_type, self.ssrc = packet.payload_type, packet.ssrc
        rec = self._arrivals.get(packet.timestamp)
        if rec is None:
            rec = self._arrivals[packet.timestamp] = [now, now, 0, False, None]
            if len(self._arrivals) > self._keep:
                del self._arrivals[next(iter(self._arrivals))]
        if rec[4] is None:
            start = _vp8_start(self._receiver, packet)
            if start is not None:
                rec[4] = start[0]
                if start[1] and not recovered:
                    self.firsts[start[0]] = (seq, packet.timestamp)
                    if len(self.firsts) > 64:
                        del self.firsts[next(iter(self.firsts))]
        rec[1], rec[2], rec[3] = now, rec[2] + 1, rec[3] or retx or recovered
        pli, frame = super().add(packet)
        if frame is None and self._hole_since is not None:
            self._ask_again(packet.ssrc)
        frames = [] if frame is None else [frame]
        while frames and (more := self._take()) is not None:  # every frame the packet completed
            frames.append(more)
        for f in frames:
            self._decode(packet.payload_type, f, now)
        return pli, None

    def _ask_again(self, ssrc: int) -> None:
        """aiortc asks for a lost packet (NACK) once, when the gap is seen; if the request or the
        retransmission is lost too (2 % each way across the border) the frame waited ``max_wait``
        and was given up for a keyframe a round trip later. Ask again every ``renack`` seconds
        while the frame is still incomplete (Janus resends a packet at most every 200 ms)."""
        now = time.monotonic()
        if now - self._hole_since < self.renack or now - self._last_ask < self.renack or self._newest is None:
            return
        span = (self._newest - self._next) & 0xFFFF
        missing = [(self._next + i) & 0xFFFF for i in range(min(span, 256))
                   if (self._next + i) & 0xFFFF not in self._packets]
        if missing:
            self._last_ask = now
            self.asked_again += 1
            asyncio.ensure_future(self._receiver._send_rtcp_nack(ssrc, missing))

    def _decode(self, payload_type: int, frame, now: float) -> None:
        r = self._receiver
        codec = r._RTCRtpReceiver__codecs.get(payload_type)  # aiortc has no public hook for this
        if codec is None or r._RTCRtpReceiver__decoder_thread is None:
            return
        rec = self._arrivals.pop(frame.timestamp, None)
        frame.timestamp = r._RTCRtpReceiver__timestamp_mapper.map(frame.timestamp)
        self.newest = max(self.newest, frame.timestamp)
        if rec is not None:
            self.timing[frame.timestamp] = (rec[0], rec[1], now, rec[2], rec[3], rec[4])
            if len(self.timing) > self._keep:
                del self.timing[next(iter(self.timing))]
        r._RTCRtpReceiver__decoder_queue.put((codec, frame))


class CopyMerger:
    """Stands in for the jitter buffer of the copy feed's receiver: each packet of the copy that the
    picture's :class:`PlayoutBuffer` still lacks goes into it, as if the packet had come the first time.

    Across the border a lost packet, asked for again (NACK), comes back one round trip later (~340
    ms), and the picture waits for it: at 2 % loss that froze the picture a quarter of the time.
    aiortc sends no FEC for video and Janus adds none, so the studio sends the low feed twice: the
    copy carries the very same RTP payloads (same VP8 picture ids, same cuts), ``delay`` after the
    original (a burst of loss rarely takes both). Janus renumbers each subscription's packets with
    an offset of its own, so the offset between the copy and the original (sequence number and
    timestamp) is learnt from the first packet of a frame both delivered (same picture id) and
    checked again at every such frame. The copy is used while ``active()`` (the picture is the low
    feed); the copy's own frames are never decoded.

    It takes the copy's packets from the copy's receiver, or from the picture's buffer
    (``PlayoutBuffer.divert``): aiortc starts no receiver for a video section that follows the data
    channel's in Janus' offer, and routes its packets by payload type to the picture's receiver."""

    def __init__(self, primary: PlayoutBuffer, active=lambda: True):
        self.primary, self.active = primary, active
        self.offset: tuple[int, int] | None = None  # (sequence, timestamp): copy - original
        self.received = self.used = 0

    def reset(self) -> None:
        """The original's numbering changed (a switch of feed): learn the offset again."""
        self.offset = None
        self.primary.firsts.clear()

    def add(self, packet):
        self.received += 1
        if not self.active():
            return False, None
        start = _vp8_start(self.primary._receiver, packet)
        if start is not None and start[1]:
            first = self.primary.firsts.get(start[0])
            if first is not None:
                self.offset = ((packet.sequence_number - first[0]) & 0xFFFF,
                               (packet.timestamp - first[1]) & 0xFFFFFFFF)
        if self.offset is None or self.primary.payload_type is None:
            return False, None
        seq = (packet.sequence_number - self.offset[0]) & 0xFFFF
        if not self.primary.needs(seq):
            return False, None
        mine = copy.copy(packet)  # aiortc's RtpPacket: plain attributes (depayloaded data in _data)
        mine.sequence_number, mine.payload_type, mine.ssrc = seq, self.primary.payload_type, self.primary.ssrc
        mine.timestamp = (packet.timestamp - self.offset[1]) & 0xFFFFFFFF
        self.used += 1
        # a frame given up meanwhile asks for a keyframe: on the copy's own stream, which the
        # studio serves from the low feed's encoder (both carry the same frames)
        return self.primary.add(mine, recovered=True)


def _limit_keyframes(pc, loop: asyncio.AbstractEventLoop, every: float) -> None:
    """At most one keyframe per ``every`` seconds on ``pc``'s video sender: Janus passes on each
    subscriber's PLI (a join, a switch of layer, a given-up frame), and fifty viewers joining or a
    lossy link's viewers asking together made one large keyframe after another. A request inside
    the interval is kept and served when it ends (a viewer asking is never left without one)."""
    for sender in pc.getSenders():
        if sender.track is None or sender.track.kind != "video":
            continue
        ask = sender._send_keyframe  # aiortc: the PLI handler's hook, sets "next frame is a keyframe"
        state = {"last": float("-inf"), "pending": False}

        def limited(ask=ask, state=state):
            now = loop.time()
            if now - state["last"] >= every:
                state["last"] = now
                ask()
            elif not state["pending"]:
                state["pending"] = True

                def later():
                    state["pending"], state["last"] = False, loop.time()
                    ask()

                loop.call_later(state["last"] + every - now, later)

        sender._send_keyframe = limited


class BroadcastPublisher(CallSession):
    """The studio's side: publishes the full and the low feed; subscribes to nobody.

    ``video_source.read() -> (rgb frame, capture time)`` is the composed picture (the studio's
    :class:`StudioPicture`, or any source); ``audio_source.read(n)`` the microphone. Each frame's capture time goes to the viewers
    as a :class:`CaptureMarks` mark, put on the hub's clock with ``clock_offset`` (hub - this
    station's wall clock, s)."""

    def __init__(self, grant, display: str, *, audio_source=None, video_source=None,
                 video_size: tuple[int, int] = (1280, 720), low_scale: int = 2,
                 full_kbps: int = 1500, low_kbps: int = 300, keyframe_every: float = 0.5,
                 clock_offset: float = 0.0, copy_delay: float | None = 0.04, **kw):
        if video_source is None:
            raise CallError("a broadcast needs a picture")
        if low_scale not in (2, 3, 4) or video_size[0] % (2 * low_scale) or video_size[1] % (2 * low_scale):
            raise CallError(f"low_scale {low_scale!r} does not divide {video_size[0]}x{video_size[1]} evenly")
        self._tee = _Tee(video_source)
        super().__init__(grant, display, audio_source=audio_source, video_source=self._tee,
                         video_size=video_size, max_video_kbps=full_kbps, **kw)
        self.low_size = (video_size[0] // low_scale, video_size[1] // low_scale)
        #: full: what aiortc's VP8 encoder gives at most (it clamps any cap to 1.5 Mbit/s), for links
        #: of 2.5 Mbit/s and more; low: 300 kbit/s + ~50 of sound, about 17 % of a 2 Mbit/s
        #: cross-border link (room for retransmissions and keyframes)
        self.low_kbps = low_kbps
        #: at most one keyframe per this many seconds per feed, however many viewers ask (PLI)
        self.keyframe_every = keyframe_every
        self._low_handle = self._low_pc = self._low_track = None
        self.low_feed_id: int | None = None
        #: the low feed is sent again this long after (s) as the copy feed (:class:`CopyMerger`); None: not
        self.copy_delay = copy_delay
        self._copy_handle = self._copy_pc = self._copy_track = None
        self.copy_feed_id: int | None = None
        self.clock_offset = clock_offset
        self._marks_channel = None
        self.marks_sent = 0

    def _send_mark(self, layer: str, picture_id: int, capture: float) -> None:
        """From the encoder's thread: the mark goes out on the session's loop."""
        text = CaptureMarks.format(layer, picture_id, capture + self.clock_offset)

        def send():
            ch = self._marks_channel
            if ch is not None and ch.readyState == "open":
                ch.send(text)
                self.marks_sent += 1

        try:
            self._loop.call_soon_threadsafe(send)
        except RuntimeError:  # the loop closed: the broadcast is over
            pass

    @property
    def frames_sent_low(self) -> int:
        return self._low_track.sent if self._low_track is not None else 0

    async def _publish(self, handle, pc, display: str, kbps: int) -> None:
        from aiortc import RTCSessionDescription

        await pc.setLocalDescription(await pc.createOffer())
        body = {"request": "publish", "audiocodec": "opus", "videocodec": "vp8", "display": display,
                "bitrate": kbps * 1000}
        _, jsep = await handle.send(body, {"type": "offer", "sdp": pc.localDescription.sdp, "trickle": False},
                                    timeout=15.0)
        if not jsep:
            raise CallError("the media server did not answer the offer")
        await pc.setRemoteDescription(RTCSessionDescription(sdp=jsep["sdp"], type=jsep["type"]))

    async def _join(self) -> None:
        await self._open_room()
        try:
            self._low_handle = await self._janus.attach(VIDEOROOM)
        except JanusError as exc:
            raise CallError(f"the media server refused this station: {exc}") from None
        name = self.display[:56]
        await self._join_room(self._pub, f"{FULL}:{name}")
        data = await self._join_room(self._low_handle, f"{LOW}:{name}", feed_id=False)
        self.low_feed_id = data.get("id")
        if self.copy_delay is not None:
            try:
                self._copy_handle = await self._janus.attach(VIDEOROOM)
            except JanusError as exc:
                raise CallError(f"the media server refused this station: {exc}") from None
            self.copy_feed_id = (await self._join_room(self._copy_handle, f"{COPY}:{name}", feed_id=False)).get("id")
        audio_cls, video_cls = _tracks()
        pc = self._pub_pc = self._pc()
        self._audio_track = audio_cls(self.audio_source)
        pc.addTrack(self._audio_track)
        self._video_track = video_cls(self._tee, self.video_size)
        pc.addTrack(self._video_track)
        self._low_pc = self._pc()
        self._low_track = _low_track(self._tee, self.low_size)
        self._low_pc.addTrack(self._low_track)
        # the capture marks ride the full feed's data channel (unordered: a lost mark holds up no other)
        self._marks_channel = pc.createDataChannel(MARKS_CHANNEL, ordered=False)
        _mark_frames(pc, FULL, lambda: self._tee.capture, self._send_mark)
        if self._copy_handle is not None:
            self._copy_pc = self._pc()
            self._copy_track = _copy_track(self._loop, self.copy_delay)
            copy_sender = self._copy_pc.addTrack(self._copy_track)
            copy_sender._RTCRtpSender__encoder = _PassThrough()  # aiortc would make a VP8 encoder
        _mark_frames(self._low_pc, LOW, lambda: self._low_track.capture, self._send_mark,
                     self._copy_track.put if self._copy_track is not None else None)
        try:
            await self._publish(self._pub, pc, f"{FULL}:{name}", self.max_video_kbps)
            await self._publish(self._low_handle, self._low_pc, f"{LOW}:{name}", self.low_kbps)
            if self._copy_pc is not None:
                await self._publish(self._copy_handle, self._copy_pc, f"{COPY}:{name}", self.low_kbps)
        except JanusError as exc:
            raise CallError(f"the media server refused the broadcast: {exc}") from None
        for p in (pc, self._low_pc):
            _limit_keyframes(p, self._loop, self.keyframe_every)
        if self._copy_pc is not None:  # a keyframe asked on the copy comes from the low feed's encoder
            low_sender = next(x for x in self._low_pc.getSenders() if x.track is self._low_track)
            copy_sender._send_keyframe = low_sender._send_keyframe
        self._loop.create_task(_keep_alive(self))
        self._set_state("in-call")

    def _on_room_event(self, data: dict, jsep) -> None:
        if data.get("kicked") == self.grant.feed_id or data.get("leaving") == "ok":
            self._loop.create_task(self._leave("revoked"))

    async def _leave(self, reason: str) -> None:
        if not self._closing:
            for p in (self._low_pc, self._copy_pc):
                if p is not None:
                    await p.close()
        await super()._leave(reason)


class BroadcastViewer(CallSession):
    """A trainee's side: the broadcast's sound and the layer of its picture this link carries.

    ``remote_video`` / ``remote_audio`` as in :class:`CallSession` (the feed id is the one whose
    picture it is); ``layer_changed(layer)`` when the picture moves between ``"full"`` and ``"low"``."""

    layer_changed = Signal(str)

    def __init__(self, grant, display: str, *, loss_down: float = 0.01, delay_down: float = 0.25,
                 check_s: float = 1.0, window_s: float = 2.0, up_after: float = 15.0, start_layer: str = FULL,
                 hole_wait: float = 0.8, late_drop: float = 0.05, **kw):
        super().__init__(grant, display, **kw)
        #: how long a frame missing a packet is waited for (a NACK retransmission) before it is given up
        self.hole_wait = hole_wait
        #: a decoded frame this far (s, media time) behind the newest one sent to the decoder is not shown
        self.late_drop = late_drop
        self.frames_dropped = 0
        self.video_buffer: PlayoutBuffer | None = None
        #: fills the low feed's lost packets from the studio's copy feed (None: the studio sends none)
        self.copy: CopyMerger | None = None
        self._copy_mid: str | None = None
        #: the shown frame's (first packet, last packet, to decoder, packets, retransmitted), wall clock,
        #: set just before ``remote_video`` is emitted (for measuring where a picture's time went)
        self.last_timing: tuple | None = None
        #: the capture marks the studio sends (:class:`CaptureMarks`); ``last_capture``: the capture
        #: time (hub clock) of the frame ``remote_video`` gives, set just before it is emitted, None
        #: while its mark is not known (then only an estimate can be shown)
        self.marks = CaptureMarks()
        self.last_capture: float | None = None
        self._marks_mid: str | None = None
        if start_layer not in (FULL, LOW):
            raise ValueError(f"start_layer must be {FULL!r} or {LOW!r}")
        self.loss_down, self.check_s, self.window_s = loss_down, check_s, window_s
        #: a queue building on the link: frames arriving this much later (median over the window)
        #: than the fastest frame of the last 10 s also move the picture down
        self.delay_down = delay_down
        self._delays: list[tuple[float, float]] = []  # (monotonic arrival, arrival - RTP time)
        self.up_after = self._up_after0 = up_after
        self.layer = start_layer
        self.feeds: dict[str, int] = {}           # layer -> publisher id
        self.switches: list[tuple[float, str]] = []  # (time.time(), new layer)
        self._sub = self._sub_pc = None
        self._video_mid: str | None = None
        self._history: list[tuple[float, int, int]] = []  # (t, arrived, missed) of the picture's packets
        self._clean_since = time.monotonic()
        self._watch: asyncio.Task | None = None

    async def _join(self) -> None:
        await self._open_room(sending=False)
        # joins as a participant that never publishes: hears of the feeds, can be kicked
        data = await self._join_room(self._pub, f"viewer:{self.display}")
        self._loop.create_task(_keep_alive(self))
        self._set_state("in-call")
        await self._feeds(data.get("publishers") or [])
        self._watch = self._loop.create_task(self._watch_link())

    def _on_room_event(self, data: dict, jsep) -> None:
        if data.get("kicked") == self.grant.feed_id or data.get("leaving") == "ok":
            self._loop.create_task(self._leave("revoked"))
            return
        if data.get("publishers"):
            self._loop.create_task(self._feeds(data["publishers"]))
        gone = data.get("unpublished") or data.get("leaving")
        if isinstance(gone, int) and gone in self.feeds.values():
            if gone == self.feeds.get(FULL):
                self._loop.create_task(self._leave("the broadcast ended"))
            else:
                self.feeds = {k: v for k, v in self.feeds.items() if v != gone}

    async def _feeds(self, publishers: list) -> None:
        for pub in publishers:
            tag = _layer_of(pub.get("display")) if isinstance(pub, dict) else None
            if tag is not None and isinstance(pub.get("id"), int) and tag[0] not in self.feeds:
                # the first feed of each tag stays: one posing as the studio's later is not taken
                # (and the hub kicks it: only the broadcaster may publish the studio's tags)
                self.feeds[tag[0]] = pub["id"]
                if tag[0] == FULL:  # the studio's data channel (the capture marks), if it has one
                    self._marks_mid = next((str(st.get("mid")) for st in pub.get("streams") or []
                                            if isinstance(st, dict) and st.get("type") == "data"), None)
        if self._sub is None and FULL in self.feeds and (self.layer == FULL or LOW in self.feeds):
            await self._subscribe_broadcast()

    async def _subscribe_broadcast(self) -> None:
        from aiortc import RTCSessionDescription

        full = self.feeds[FULL]
        video_feed = self.feeds[self.layer]
        self._sub = True  # taken: one subscription only
        try:
            handle = await self._janus.attach(VIDEOROOM)
            streams = [{"feed": full, "mid": "0"}, {"feed": video_feed, "mid": "1" if video_feed == full else "0"}]
            if self._marks_mid is not None:
                streams.append({"feed": full, "mid": self._marks_mid})
            copy_feed = self.feeds.get(COPY)
            if copy_feed is not None:
                streams.append({"feed": copy_feed, "mid": "0"})
            data, offer = await handle.send({
                "request": "join", "ptype": "subscriber", "room": self.grant.janus_room, "token": self.grant.token,
                "streams": streams})
            if not offer:
                raise CallError("no offer for the subscription")
            for s in data.get("streams") or []:
                if isinstance(s, dict) and s.get("type") == "video":
                    if copy_feed is not None and s.get("feed_id") == copy_feed:
                        self._copy_mid = str(s.get("mid"))
                    else:
                        self._video_mid = str(s.get("mid"))
            pc = self._pc()
            tasks: list[asyncio.Task] = []

            @pc.on("track")
            def on_track(track):
                tasks.append(self._loop.create_task(self._pump_broadcast(track)))

            @pc.on("datachannel")
            def on_channel(channel):
                # Janus opens the relayed channel under a label of its own (the feed's id): the
                # studio's data channel carries nothing but marks, and anything else is rejected
                channel.on("message", self.marks.parse)

            await pc.setRemoteDescription(RTCSessionDescription(sdp=offer["sdp"], type=offer["type"]))
            if self._marks_mid is not None:
                # Janus relays a publisher's data to a subscriber only once the subscriber has opened
                # a channel of its own (it is what tells Janus the subscriber's side is ready)
                pc.createDataChannel(MARKS_CHANNEL)
            if self.low_delay_audio:
                self.audio_buffers[full] = [b for b in _replace_buffers(pc) if isinstance(b, LowDelayAudioBuffer)]
            video = {t.mid: t.receiver for t in pc.getTransceivers() if t.kind == "video"}
            r = video.get(self._video_mid)
            if r is not None and hasattr(r, "_RTCRtpReceiver__jitter_buffer"):  # aiortc has no public hook
                self.video_buffer = r._RTCRtpReceiver__jitter_buffer = PlayoutBuffer(r, self.hole_wait)
                c = video.get(self._copy_mid)
                if c is not None and hasattr(c, "_RTCRtpReceiver__jitter_buffer"):
                    self.copy = c._RTCRtpReceiver__jitter_buffer = CopyMerger(
                        self.video_buffer, active=lambda: self.layer == LOW)
                    self.video_buffer.divert = dict.fromkeys(_ssrcs_of(offer["sdp"], self._copy_mid), self.copy)
            await pc.setLocalDescription(await pc.createAnswer())
            await handle.send({"request": "start"}, {"type": "answer", "sdp": pc.localDescription.sdp,
                                                     "trickle": False})
            if self.copy is not None and self.layer != LOW:  # the copy is of the low feed: not needed now
                await self._take_copy(handle, False)
        except (JanusError, CallError, ValueError) as exc:
            log.warning("cannot receive the broadcast: %s", exc)
            self._sub = None
            return
        self._sub, self._sub_pc = handle, pc
        self._subs[full] = (handle, pc, tasks)

    async def _pump_broadcast(self, track) -> None:
        from aiortc.mediastreams import MediaStreamError

        try:
            while True:
                frame = await track.recv()
                now = time.time()
                if track.kind == "audio":
                    pcm = frame.to_ndarray().reshape(-1)
                    self.remote_audio.emit(self.feeds.get(FULL, 0), pcm.astype(np.float32) / 32768.0, now)
                else:
                    buf = self.video_buffer
                    timing = self.last_timing = buf.timing.pop(frame.pts, None) if buf is not None else None
                    if frame.pts is not None:
                        # the link's queue: when the frame's last packet arrived (not when a hole
                        # before it let it out), against its media time; frames not shown count too
                        arrived = timing[1] if timing else now
                        self._delays.append((time.monotonic(), arrived - float(frame.pts * frame.time_base)))
                        if len(self._delays) > 600:
                            del self._delays[:100]
                    if buf is not None and frame.pts is not None and buf.newest - frame.pts > self.late_drop * 90000:
                        # missed its display deadline: frames held behind a retransmission come out
                        # together, and the newest of them is already decoding; shown, this one would
                        # only replay the past (decoded all the same: the next frames refer to it)
                        self.frames_dropped += 1
                        continue
                    self.last_capture = self.marks.capture_of(timing[5] if timing else None, self.layer)
                    self.remote_video.emit(self.feeds.get(self.layer, 0), frame.to_ndarray(format="rgb24"), now)
        except (MediaStreamError, asyncio.CancelledError):
            return

    async def switch_to(self, layer: str) -> bool:
        """Move the picture to ``layer``'s feed (the sound stays); False if that feed is not there."""
        feed = self.feeds.get(layer)
        if feed is None or self._sub_pc is None or self._video_mid is None or layer == self.layer:
            return False
        try:
            await self._sub.send({"request": "switch", "streams": [
                {"feed": feed, "mid": "1" if layer == FULL else "0", "sub_mid": self._video_mid}]})
        except JanusError as exc:
            log.warning("switching the broadcast picture to %s: %s", layer, exc)
            return False
        self.layer = layer
        if self.copy is not None:
            self.copy.reset()
            await self._take_copy(self._sub, layer == LOW)
        self.switches.append((time.time(), layer))
        self._history.clear()
        self._delays.clear()
        self._clean_since = time.monotonic()
        self.layer_changed.emit(layer)
        return True

    async def _take_copy(self, handle, send: bool) -> None:
        """Have Janus send the copy feed (while the picture is the low feed) or pause it."""
        try:
            await handle.send({"request": "configure", "streams": [{"mid": self._copy_mid, "send": send}]})
        except JanusError as exc:
            log.warning("%s the low feed's copy: %s", "taking" if send else "pausing", exc)

    def request_layer(self, layer: str, timeout: float = 10.0) -> bool:
        """Thread-safe :meth:`switch_to` (a viewer's own choice, or a test)."""
        return self._run(self.switch_to(layer), timeout)

    async def _watch_link(self) -> None:
        """Every ``check_s``: the video's loss over ``window_s`` decides the layer."""
        while not self._closing:
            await asyncio.sleep(self.check_s)
            buf = self.video_buffer
            if buf is None:
                continue
            # the picture's own packets missed the first time, recovered later or not: each froze
            # the picture (aiortc's statistics count a retransmission received, and once a packet
            # came again they describe the retransmissions' stream instead of the picture's)
            now = time.monotonic()
            self._history.append((now, buf.arrived, buf.missed))
            self._history = [h for h in self._history if now - h[0] <= self.window_s + 0.01]
            t0, r0, l0 = self._history[0]
            if now - t0 < self.window_s * 0.9:
                continue
            got, lost = buf.arrived - r0, buf.missed - l0
            loss = lost / (got + lost) if got + lost else 1.0
            if loss > self.loss_down or self._queueing(now) > self.delay_down:
                self._clean_since = now
                if self.layer == FULL and await self.switch_to(LOW):
                    log.info("broadcast: %.1f %% of the picture lost, moved to the low feed", 100 * loss)
                    if len(self.switches) > 2:  # came down again: wait longer before the next try
                        self.up_after *= 2
            elif self.layer == LOW and loss < self.loss_down / 4 and now - self._clean_since > self.up_after:
                await self.switch_to(FULL)

    def _queueing(self, now: float) -> float:
        """Median delay of the last window's frames over the fastest frame of the last 10 s (s)."""
        recent = [d for t, d in self._delays if now - t <= 10.0]
        window = [d for t, d in self._delays if now - t <= self.window_s]
        if len(recent) < 20 or not window:
            return 0.0
        return float(np.median(window)) - min(recent)

    async def _leave(self, reason: str) -> None:
        if self._watch is not None and self._watch is not asyncio.current_task():
            self._watch.cancel()
        await super()._leave(reason)


class PcmQueue:
    """The studio's microphone blocks (any size, from the capture thread) as a publisher's audio
    source: ``read(n)`` returns the next ``n`` samples, or silence if they do not come within
    ``wait`` seconds (a gap, never a stall); at most ``max_s`` seconds are kept (the oldest go)."""

    def __init__(self, rate: int = 48000, wait: float = 0.03, max_s: float = 0.5):
        import collections

        self.rate, self.wait, self.max_samples = rate, wait, int(rate * max_s)
        self._chunks: collections.deque = collections.deque()
        self._n = 0
        self._cond = threading.Condition()

    def feed(self, pcm, capture_time: float | None = None) -> None:
        x = np.asarray(pcm, np.float32).reshape(-1)
        with self._cond:
            self._chunks.append(x)
            self._n += x.size
            while self._n - self._chunks[0].size >= self.max_samples:
                self._n -= self._chunks.popleft().size
            self._cond.notify_all()

    def read(self, n: int) -> np.ndarray:
        with self._cond:
            if not self._cond.wait_for(lambda: self._n >= n, self.wait):
                return np.zeros(n, np.float32)
            out, got = [], 0
            while got < n:
                c = self._chunks.popleft()
                take = min(n - got, c.size)
                out.append(c[:take])
                if take < c.size:
                    self._chunks.appendleft(c[take:])
                got += take
            self._n -= n
            return np.concatenate(out)


class StudioPicture:
    """The broadcast picture for the WebRTC path: main source (+ picture-in-picture) composed at
    ``size`` (:func:`comms.video.compose`), read by the publisher's video track, paced by the main
    source and capped at ``fps``. For the studio: ``set_main`` / ``set_pip`` (it owns the sources it is given), ``frame_sent`` (each
    composed frame: preview, recording), ``error`` (a failing main source: a slate instead), ``stats``."""

    frame_sent = Signal(object, float)
    error = Signal(str)

    def __init__(self, main_source=None, pip_source=None, *, size: tuple[int, int] = (1280, 720), fps: float = 30.0):
        self.size, self.fps = size, float(fps)
        self._main = main_source
        self._pip = None
        self._retired: list = []
        self._lock = threading.Lock()
        self._times: list[float] = []
        self._next_slot = 0.0
        self.frames = 0
        self.publisher: BroadcastPublisher | None = None
        if pip_source is not None:
            self.set_pip(pip_source)

    def set_main(self, source) -> None:
        with self._lock:
            old, self._main = self._main, source
            if old is not None and old is not source:
                self._retired.append(old)

    def set_pip(self, source) -> None:
        from comms.video import _LatestFrame

        with self._lock:
            old = self._pip
            self._pip = _LatestFrame(source, self.error.emit) if source is not None else None
        if old is not None:
            old.stop()

    def start(self) -> "StudioPicture":
        return self

    def _close_retired(self) -> None:
        from comms.video import _close_quietly

        with self._lock:
            retired, self._retired = self._retired, []
        for src in retired:
            _close_quietly(src)

    def read(self):
        """The next composed frame and its capture time (called by the publisher's video track)."""
        from comms.video import _close_quietly, _slate, compose, wall_clock

        w, h = self.size
        while True:
            if self._retired:
                self._close_retired()
            src = self._main
            if src is None:
                time.sleep(1.0 / self.fps)
                frame, capture = _slate(w, h, "No video source"), wall_clock()
            else:
                try:
                    frame, capture = src.read()
                except Exception as exc:  # noqa: BLE001 - keep the broadcast (and its sound) alive on a slate
                    with self._lock:
                        if self._main is src:
                            self._main = None
                    _close_quietly(src)
                    self.error.emit(f"video source stopped: {exc}")
                    continue
            now = time.monotonic()
            if now < self._next_slot - 0.004:  # the source runs faster than the broadcast: skip
                continue
            self._next_slot = max(self._next_slot + 1.0 / self.fps, now - 1.0 / self.fps)
            pip = self._pip.frame if self._pip is not None else None
            if pip is not None or frame.shape[:2] != (h, w):
                frame = compose(frame, pip, w, h)
            self.frames += 1
            self._times = [t for t in self._times if now - t < 2.0] + [now]
            self.frame_sent.emit(frame, capture)
            return frame, capture

    def stop(self, timeout: float = 5.0) -> None:
        with self._lock:
            pip, self._pip = self._pip, None
            main, self._main = self._main, None
        if pip is not None:
            pip.stop(wait=2.0)
        if main is not None:
            self._retired.append(main)
        self._close_retired()

    close = stop

    @property
    def stats(self) -> dict:
        now = time.monotonic()
        fps = len([t for t in self._times if now - t < 2.0]) / 2.0
        pub = self.publisher
        return {"fps": fps, "bitrate_kbps": float(pub.max_video_kbps) if pub is not None else 0.0,
                "rung": f"{self.size[1]}p{self.fps:g} WebRTC", "width": self.size[0], "height": self.size[1],
                "frames": self.frames, "keyframes": 0, "viewers": 0, "codec": "vp8",
                "low_layer": f"{pub.low_size[1]}p" if pub is not None else None}
