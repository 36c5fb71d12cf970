"""The surgeon's broadcast studio without a screen: what going live assembles and what it drives.

:class:`StudioSession` owns, for one broadcast at a time: the room session
(:class:`comms.broadcast.BroadcastSession`: create, go live, stop, grants, answers, drawings), the
WebRTC publication through the hub's Janus (``comms.webrtc.broadcast``: the composed picture
:class:`~comms.webrtc.broadcast.StudioPicture` and :class:`~comms.webrtc.broadcast.BroadcastPublisher`)
with its two sources (main picture and picture-in-picture, switched live; opening a camera or a
stream happens in the background and a failure keeps the previous source), the microphone (or a
stand-in audio source), the ear and speaker for the viewers allowed to speak
(``comms.webrtc.audience.FloorListener``), and the MP4 recorder (``comms.recording``). A hub that
offers no ``webrtc`` service ([webrtc] not enabled in its hub.toml) cannot carry a broadcast:
going live is refused and said.
ui/broadcast/panel.py's studio widget only shows this and forwards clicks; tests drive it headless.

Nothing here speaks a language: what the surgeon should read is a :class:`Notice` (a stable
``code``, its parameters and whether it is an error) on the ``said`` signal; ui/broadcast/panel.py says it
in the interface language (``STUDIO_MESSAGES``), ``Notice.text`` is the English for logs.

Threading: signals are psygnal. ``dispatch(fn)`` is where the session's own state changes happen
(a GUI passes a hop to its thread; the default runs at once, on whatever thread). Blocking work
(opening a source, stopping the media and finalising the recording) runs through
``run(fn, done, failed)`` -- a GUI passes its threading helper; the default is a daemon thread --
and ``done(result)`` / ``failed(exception)`` come back through ``dispatch``; ``run`` returns a job
not yet started (``start()``, ``cancel`` event, ``done`` flag: a :class:`ui.common.qthreading.Task` fits). ``frame_sent`` is
emitted on the sender's thread (a preview keeps only the newest frame).
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from psygnal import Signal

from workstation.errors import CoreError
from workstation.policy import Access, PolicyError

from .video import VideoSourceError

log = logging.getLogger(__name__)

SLOTS = ("main", "pip")
SOURCE_KINDS = ("pattern", "file", "url", "camera", "view3d")
DEFAULT_TITLE = "Surgical demonstration"

#: The English of every notice (ui.broadcast.panel.STUDIO_MESSAGES holds the same sentences for translation).
MESSAGES = {
    "title_too_long": "Cannot go live: the title is too long (%1 characters, at most %2)",
    "cannot_go_live": "Cannot go live: %1",
    "still_stopping": "The last broadcast is still stopping; try again in a moment",
    # the hub offers no "webrtc" service (Janus: [webrtc] enabled in its hub.toml)
    "no_webrtc": "the hub offers no WebRTC media server (not connected to the hub yet?)",
    "no_sound": "Broadcasting without sound: %1",
    "live": "Live: %1",
    "recording_to": "Recording to %1",
    "stopped": "The broadcast has stopped",
    "no_view3d": "No reading-room window: the 3-D view cannot be broadcast",
    "no_such_file": "Cannot use %1: no such file",
    "opening": "Opening %1…",
    "broadcasting": "Broadcasting %1",
    "no_camera": "No camera: %1",
    "open_failed_keep": "The source could not be opened, the previous one stays: %1",
    "open_failed": "The source could not be opened: %1 — choose another",
    "record_exists": "a recording of that name already exists",
    "cannot_record_to": "Cannot record to %1: %2",
    "will_record": "Will record to %1 when live",
    "cannot_record": "Cannot record: %1",
    "recording_stopped": "The recording stopped: %1",
    "recording_saved": "Recording saved: %1",
    "source.no_arg": "no video file or stream URL given",
    "source.no_opencv": "OpenCV is not installed, so no camera can be used: %1",
    "source.unknown": "unknown video source %1",
    "plain": "%1",  # a sentence handed over as is (the sender's or a teardown's error)
    "no_watch_link": "No watch link: %1",
    "not_live": "the broadcast is not live",
    "no_watch_links": "this hub serves no watch page",
    "links_taken_back": "The watch links were taken back: they no longer work",
}


@dataclass(frozen=True)
class Source:
    """A source choice: ``kind`` (SOURCE_KINDS, or "none" for no picture-in-picture) and its
    ``arg`` (the file path, stream URL or camera index)."""

    kind: str
    arg: str | None = None

    @property
    def text(self) -> str:
        return f"{self.kind} {self.arg}" if self.arg and self.kind in ("file", "url") else self.kind


@dataclass(frozen=True)
class Notice:
    """Something the surgeon should read: ``code`` (a key of MESSAGES), ``params`` for its %1, %2
    (strings, paths, :class:`Source`, exceptions or nested Notices) and whether it is an error."""

    code: str
    params: tuple = ()
    error: bool = False

    @property
    def text(self) -> str:
        """In English (logs, the command line, tests)."""
        out = MESSAGES.get(self.code, self.code)
        for i, p in enumerate(self.params, 1):
            out = out.replace(f"%{i}", _english(p))
        return out


def _english(p) -> str:
    if isinstance(p, (Notice, Source)):
        return p.text
    return str(p)


class StudioSourceError(VideoSourceError, CoreError):
    """A source cannot be opened for a reason the studio names (``code`` a key of MESSAGES)."""

    def __init__(self, code: str, *params):
        CoreError.__init__(self, Notice(code, params).text, code, params)


def open_source(kind: str, arg: str | None = None):
    """Open a video source of ``kind`` (blocking: a camera or a stream may take seconds).
    Raises :class:`comms.video.VideoSourceError` with a clear message."""
    from .video import CameraSource, FileSource, TestPatternSource

    if kind == "pattern":
        return TestPatternSource(1280, 720, 30)
    if kind in ("file", "url"):
        if not arg:
            raise StudioSourceError("source.no_arg")
        return FileSource(arg, loop=True)
    if kind == "camera":
        try:
            return CameraSource(int(arg or 0))
        except ImportError as exc:
            raise StudioSourceError("source.no_opencv", exc) from None
    raise StudioSourceError("source.unknown", repr(kind))


def teardown(objects, progress=None, cancel=None):
    """Stop media objects in order (joins threads, finalises the MP4): each is stopped even if
    another fails. Returns the recording's path (from a recorder's close)."""
    result, errors = None, []
    for obj, method in objects:
        if obj is None:
            continue
        try:
            out = getattr(obj, method)()
            if method == "close" and out is not None:
                result = out
        except Exception as exc:
            log.warning("%s.%s: %s", type(obj).__name__, method, exc)
            errors.append(str(exc))
    if errors:
        raise RuntimeError("; ".join(errors))
    return result


class _Job:
    """The default background runner's handle: a daemon thread; ``cancel`` and ``done`` as a Task's."""

    def __init__(self, fn, done, failed, dispatch):
        self.cancel = threading.Event()
        self.done = False
        self._args = fn, done, failed, dispatch
        self._thread = threading.Thread(target=self._run, name=getattr(fn, "__name__", "studio-job"), daemon=True)

    def start(self) -> "_Job":
        self._thread.start()
        return self

    def _run(self) -> None:
        fn, done, failed, dispatch = self._args
        try:
            result = fn()
        except Exception as exc:
            self.done = True
            if not self.cancel.is_set():
                dispatch(lambda e=exc: failed(e))  # the name is gone after the except block
        else:
            self.done = True
            if not self.cancel.is_set():
                dispatch(lambda: done(result))

    def wait(self, timeout: float | None = None) -> bool:
        self._thread.join(timeout)
        return not self._thread.is_alive()


def _direct(fn) -> None:
    fn()


def ask_watch_link(client, room: str, answered: Callable[[str, str], None], *, revoke: bool = False,
                   dispatch: Callable = None) -> None:
    """Ask the hub over the link for a one-time browser link to broadcast ``room`` (or, with
    ``revoke``, take back the sender's links); ``answered(url, reason)`` runs through ``dispatch``
    (url "" with the hub's reason when refused). Used by the studio and by anyone watching."""
    dispatch = dispatch or _direct

    def on_link(r, url, reason):  # the link's thread
        if r != room:
            return
        client.watch_link.disconnect(on_link)
        dispatch(lambda: answered(url, reason))

    client.watch_link.connect(on_link)
    client.request_watch_link(room, revoke=revoke)


class StudioSession:
    """One surgeon's studio (see the module docstring). ``view_source()`` returns a source of the
    reading room's 3-D view, or is None without a reading room."""

    said = Signal(object)  # Notice
    live_changed = Signal(bool)
    source_changed = Signal(str)  # slot: show sources[slot] again (chosen, switched, or refused)
    recording_changed = Signal(bool)  # a recording is planned or running
    recording_saved = Signal(str)  # the finished MP4
    lists_changed = Signal()  # viewers, rights, hands or questions changed
    frame_sent = Signal(object, float)  # sender thread: the frame sent and its capture time
    #: the hub's answer to request_watch_link: (url, "") or ("", the reason) -- via ``dispatch``
    watch_link_ready = Signal(str, str)

    def __init__(self, client, bundle: dict, profile, *, dispatch: Callable | None = None,
                 run: Callable | None = None, view_source: Callable[[], Any] | None = None,
                 opener: Callable = open_source):
        self.client, self.bundle, self.profile = client, bundle, profile
        self.dispatch = dispatch or _direct
        self._run = run or (lambda fn, done, failed: _Job(fn, done, failed, self.dispatch))
        self.view_source = view_source
        self.opener = opener
        self.session = None  # comms.broadcast.BroadcastSession of the current (or last) broadcast
        self.sender = self.capture = self.recorder = self.speaker = None  # sender: the StudioPicture
        self.publisher = None  # comms.webrtc.broadcast.BroadcastPublisher, once published
        self.ear = None  # comms.webrtc.audience.FloorListener: the viewers allowed to speak
        self._audio_out = None  # its microphone queue
        self.webrtc_picture = ((1280, 720), 30.0)  # the WebRTC broadcast's size and frame rate
        self.audio_source = None  # replaces the microphone (a tone or WAV file: demos and tests)
        self.muted = False
        self.audio_heard = 0  # audio frames of the viewers allowed to speak, handed to the speaker
        self.frames_recorded = 0
        self.record_path: Path | None = None
        self._record_overwrite = False
        self.last_recording: str | None = None
        self.sources = {"main": Source("pattern"), "pip": Source("none")}
        self.in_use: dict[str, str | None] = {"main": None, "pip": None}  # the kind the sender shows
        self._opening: dict[str, Any] = {}  # slot -> the job opening its latest choice
        self.teardown_job = None

    # ------------------------------------------------------------------ state
    @property
    def live(self) -> bool:
        return self.sender is not None

    @property
    def state(self):
        return self.session.state if self.session is not None else None

    @property
    def room(self) -> str | None:
        return self.session.room if self.session is not None else None

    def _say(self, code: str, *params, error: bool = False) -> None:
        notice = Notice(code, params, error)
        (log.warning if error else log.info)("studio: %s", notice.text)
        self.said.emit(notice)

    def set_muted(self, muted: bool) -> None:
        self.muted = bool(muted)
        if self.capture is not None:
            self.capture.muted = self.muted

    # ------------------------------------------------------------------ sources
    def choose(self, slot: str, kind: str, arg: str | None = None):
        """Use ``kind`` as the ``slot`` ("main" or "pip") source; switched live when broadcasting.
        Opening happens in the background; a failure keeps the previous source and says why.
        Returns the job opening it (None when immediate)."""
        if slot not in SLOTS:
            raise ValueError(f"unknown source slot {slot!r}")
        if kind == "none" and slot == "main":
            raise ValueError("the main picture needs a source")
        if kind == "none":
            self._use(slot, Source(kind, arg), None)
            return None
        if kind == "pattern":  # generated: nothing to wait for
            self._use(slot, Source(kind, arg), self.opener(kind) if self.live else None)
            return None
        if kind == "view3d":
            if self.view_source is None:
                self._say("no_view3d", error=True)
                self.source_changed.emit(slot)
                return None
            self._use(slot, Source(kind, arg), self.view_source() if self.live else None)
            return None
        if not self.live:  # opened when going live; check a file exists now to say so early
            if kind == "file" and not Path(arg or "").is_file():
                self._say("no_such_file", str(arg), error=True)
                self.source_changed.emit(slot)
                return None
            self._use(slot, Source(kind, arg), None)
            return None
        choice = Source(kind, arg)
        self._say("opening", choice)
        job = None

        def opened(src):
            if self._opening.get(slot) is not job or not self.live:  # superseded, or stopped meanwhile
                _close_quietly(src)
                return
            del self._opening[slot]
            self._use(slot, choice, src)
            self._say("broadcasting", self.sources["main"])

        def failed(exc):
            if self._opening.get(slot) is not job:
                return
            del self._opening[slot]
            why = Notice("no_camera", (exc,)) if kind == "camera" and isinstance(exc, VideoSourceError) else exc
            self._say("open_failed_keep" if self.in_use[slot] is not None else "open_failed", why, error=True)
            self.source_changed.emit(slot)

        job = self._run(lambda: self.opener(kind, arg), opened, failed)
        self._opening[slot] = job  # a choice made meanwhile supersedes this one
        return job.start()

    def _use(self, slot: str, choice: Source, source) -> None:
        """Record the choice; when live, hand the opened ``source`` to the sender (which owns it)."""
        self.sources[slot] = choice
        self.source_changed.emit(slot)
        if self.sender is None:
            return
        self._opening.pop(slot, None)  # an earlier choice still opening is superseded
        if slot == "main":
            if source is not None:
                self.sender.set_main(source)
                self.in_use[slot] = choice.kind
        else:
            self.sender.set_pip(source)
            self.in_use[slot] = choice.kind if source is not None else None

    def _open_now_or_later(self, slot: str) -> None:
        choice = self.sources[slot]
        if choice.kind != "none":
            self.choose(slot, choice.kind, choice.arg)

    # ------------------------------------------------------------------ going live
    def go_live(self, title: str = "", description: str = "", access: dict | None = None) -> str | None:
        """Create the broadcast room, list it, go live and start sending. Returns the room, or
        None (and the reason said) when it cannot. ``access``: who may watch besides the
        surgeon's hospital and the moderators (workstation.policy)."""
        if self.live:
            return self.session.room
        if self.teardown_job is not None and not self.teardown_job.done:
            self._say("still_stopping", error=True)
            return None
        from workstation.broadcast import MAX_TITLE

        from .broadcast import BroadcastError, BroadcastSession, new_broadcast_id

        title = (title or "").strip() or DEFAULT_TITLE
        description = (description or "").strip()
        if len(title) > MAX_TITLE:
            self._say("title_too_long", str(len(title)), str(MAX_TITLE), error=True)
            return None
        if not self.client.services.get("webrtc"):  # no Janus on this hub, or not connected yet
            self._say("cannot_go_live", Notice("no_webrtc"), error=True)
            return None
        room = new_broadcast_id()
        s = BroadcastSession(self.client, room, self.profile, dispatch=self.dispatch)
        try:
            access = Access.parse(access or {"hospitals": [self.profile.hospital], "roles": []}).to_dict()
            s.create(title, description, access=access)  # checks before sending
        except (BroadcastError, PolicyError) as exc:
            s.close()
            self._say("cannot_go_live", exc, error=True)
            return None
        if self.session is not None:
            self.session.close()
        self.session = s
        st = s.state
        st.changed.connect(lambda *_: self.lists_changed.emit())
        st.live_changed.connect(lambda live: self.live_changed.emit(self.live))
        s.start()
        from .webrtc.broadcast import PcmQueue, StudioPicture

        size, fps = self.webrtc_picture
        self.sender = StudioPicture(size=size, fps=fps)
        self._audio_out = PcmQueue()
        self.sender.frame_sent.connect(self._frame_sent)
        self.sender.error.connect(lambda msg: self.dispatch(lambda: self._say("plain", msg, error=True)))
        self.sender.start()
        self._open_now_or_later("main")
        self._open_now_or_later("pip")
        self._start_audio()
        self._publish(room, self.sender, self._audio_out)
        try:
            from .audio import Speaker

            self.speaker = Speaker().start()
        except Exception as exc:
            log.warning("no speaker: %s", exc)
        if self.record_path is not None:
            self._open_recorder()
        self._say("live", title, str(self.record_path) if self.recorder is not None else None)
        self.live_changed.emit(True)
        self.lists_changed.emit()
        return room

    def _publish(self, room: str, picture, audio, attempts: int = 20) -> None:
        """Ask the hub for the room's WebRTC grant (once the hub has the surgeon online in the new
        room: refused until then, asked again) and publish the picture and the microphone."""
        from .webrtc.broadcast import BroadcastPublisher

        def on_grant(r, grant, reason):  # the link's thread
            if r != room:
                return
            self.client.media_grant.disconnect(on_grant)
            self.dispatch(lambda: answered(grant, reason))

        def answered(grant, reason):
            if self.sender is not picture:  # stopped meanwhile
                return
            if grant is None:
                if attempts > 1 and "online" in (reason or ""):
                    threading.Timer(0.25, lambda: self.dispatch(
                        lambda: self.sender is picture and self._publish(room, picture, audio, attempts - 1))).start()
                    return
                self._say("cannot_go_live", reason or "no media grant", error=True)
                return
            # the capture marks go on the hub's clock (the viewers put them back on theirs)
            offset = getattr(self.client, "clock_offset", 0.0)
            pub = BroadcastPublisher(grant, self.profile.name or self.profile.user_id, audio_source=audio,
                                     video_source=picture, video_size=picture.size,
                                     clock_offset=offset if isinstance(offset, float) else 0.0)

            def published(_):
                if self.sender is not picture:
                    teardown([(pub, "stop")])
                    return
                self.publisher = picture.publisher = pub
                self._listen_to_floor(grant, picture)

            def failed(exc):
                teardown([(pub, "stop")])
                if self.sender is picture:
                    self._say("cannot_go_live", exc, error=True)

            self._run(lambda: pub.start(30.0), published, failed).start()

        self.client.media_grant.connect(on_grant)
        self.client.request_media_grant(room)

    def _listen_to_floor(self, grant, picture) -> None:
        """The viewers the surgeon lets speak on WebRTC: their ``speak:`` feeds to the speaker."""
        from .webrtc.audience import FloorListener

        ear = FloorListener(grant, self.profile.name or self.profile.user_id)
        ear.remote_audio.connect(lambda feed, pcm, t: self._audio_heard(f"floor:{ear.name_of(feed)}", pcm, t))

        def listening(_):
            if self.sender is not picture:
                teardown([(ear, "stop")])
            else:
                self.ear = ear

        def deaf(exc):
            teardown([(ear, "stop")])
            log.warning("the studio cannot hear the viewers allowed to speak: %s", exc)

        self._run(lambda: ear.start(30.0), listening, deaf).start()

    def _start_audio(self) -> None:
        from .audio import Microphone, SourcePump

        try:
            if self.audio_source is not None:
                self.capture = SourcePump(self.audio_source, self._audio_captured).start()
            else:
                self.capture = Microphone(on_frames=self._audio_captured).start()
            self.capture.muted = self.muted
        except Exception as exc:  # a broadcast without sound is still a broadcast
            self.capture = None
            self._say("no_sound", exc, error=True)

    def _audio_captured(self, pcm, capture_time: float) -> None:  # audio thread
        rec, out = self.recorder, self._audio_out
        if out is not None:
            out.feed(pcm, capture_time)
        if rec is not None:
            rec.add_audio(pcm, capture_time)

    def _audio_heard(self, sender: str, pcm, capture_time: float) -> None:  # the ear's thread
        spk = self.speaker
        if spk is not None:
            spk.feed(sender, pcm, capture_time)
        self.audio_heard += 1

    def _frame_sent(self, frame, capture_time: float) -> None:  # sender thread
        self.frame_sent.emit(frame, capture_time)
        rec = self.recorder
        if rec is not None:
            rec.add_video(frame, capture_time)
            self.frames_recorded += 1

    def stop_broadcast(self):
        """Stop sending and tell the viewers; the media and the recording close in the background.
        Returns the teardown job (None when nothing was being sent)."""
        for job in self._opening.values():
            job.cancel.set()
        self._opening = {}
        self.in_use = {"main": None, "pip": None}
        if self.session is not None and self.state is not None and self.state.live:
            self.session.stop()
        if self.sender is None:
            return None
        objects = [(self.capture, "stop"), (self.ear, "stop"), (self.publisher, "stop"), (self.sender, "stop"),
                   (self.recorder, "close"), (self.speaker, "stop")]
        self.capture = self.sender = self.recorder = self.speaker = self.publisher = self.ear = None
        self._audio_out = None
        self.record_path = None
        self.recording_changed.emit(False)
        self._say("stopped")
        job = self._finish(objects)
        self.live_changed.emit(False)
        return job

    def close(self, timeout: float = 30.0) -> None:
        """Stop everything and wait for the teardown (headless use; a GUI lets it finish in the background)."""
        job = self.stop_broadcast()
        if isinstance(job, _Job):
            job.wait(timeout)
        if self.session is not None:
            self.session.close()

    # ------------------------------------------------------------------ recording
    @staticmethod
    def default_record_path() -> Path:
        from workstation.settings import home

        return home() / "recordings" / time.strftime("broadcast-%Y%m%d-%H%M%S.mp4")

    def record_to(self, path, overwrite: bool = False) -> bool:
        """Record what is sent (telestration composited) to ``path`` (an .mp4 file): now if live,
        else from the moment the broadcast goes live. False (and the reason said) when the file
        cannot be written; an existing recording is kept unless ``overwrite``."""
        from .recording import part_path_for

        path = Path(path).expanduser()
        if path.suffix.lower() != ".mp4":
            path = path.with_name(path.name + ".mp4")
        problem = None
        if not overwrite and (path.exists() or part_path_for(path).exists()):
            problem = Notice("record_exists")
        else:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                problem = exc.strerror or str(exc)
        if problem is not None:
            self._say("cannot_record_to", str(path), problem, error=True)
            self.recording_changed.emit(False)
            return False
        self.record_path, self._record_overwrite = path, overwrite
        self.recording_changed.emit(True)
        if self.live:
            return self._open_recorder()
        self._say("will_record", str(path))
        return True

    def _open_recorder(self) -> bool:
        from .recording import Mp4Recorder

        (width, height), fps = self.webrtc_picture  # the picture sent: one size for the whole file
        path = self.record_path
        try:
            rec = Mp4Recorder(path, width, height, fps, overlay=self.state.telestration.strokes_at,
                              overwrite=self._record_overwrite)
        except Exception as exc:  # RecordingError, ValueError: the reason names the file
            self.record_path = None
            self._say("cannot_record", exc, error=True)
            self.recording_changed.emit(False)
            return False
        rec.failed.connect(lambda msg: self.dispatch(lambda: self._recording_failed(rec, msg)))
        self.frames_recorded = 0
        self.recorder = rec
        self._say("recording_to", str(path))
        return True

    def _recording_failed(self, rec, message: str) -> None:
        if self.recorder is rec:
            self.recorder = None
            self.recording_changed.emit(False)
        self._say("recording_stopped", message, error=True)

    def stop_recording(self):
        """Finish the recording (in the background). Returns the job, or None."""
        rec, self.recorder = self.recorder, None
        self.record_path = None
        self.recording_changed.emit(False)
        if rec is None:
            return None
        return self._finish([(rec, "close")])

    def _finish(self, objects):
        """Tear ``objects`` down in the background and say how it went (the recording's file)."""
        def done(result):
            if result:
                self.last_recording = str(result)
                self._say("recording_saved", str(result))
                self.recording_saved.emit(str(result))

        job = self.teardown_job = self._run(lambda: teardown(objects), done,
                                            lambda exc: self._say("plain", exc, error=True))
        return job.start()

    # ------------------------------------------------------------------ watch links
    @property
    def watch_links_offered(self) -> bool:
        """The hub serves watch pages ([webrtc] watch_port) and this broadcast is on WebRTC."""
        return bool(self.client.services.get("watch-links")) and self.publisher is not None

    def request_watch_link(self, revoke: bool = False) -> bool:
        """Ask the hub for a one-time link a trainee without a workstation opens in a browser
        (``watch_link_ready(url, reason)`` comes back through ``dispatch``); with ``revoke``, take
        back every link this surgeon handed out for the broadcast. False (and why said) when not live."""
        room = self.room if self.live else None
        if room is None or not self.client.services.get("watch-links"):
            self._say("no_watch_link", Notice("not_live" if room is None else "no_watch_links"), error=True)
            return False

        def answered(url, reason):
            if revoke and not reason:
                self._say("links_taken_back")
            elif reason:
                self._say("no_watch_link", reason, error=True)
            self.watch_link_ready.emit(url, reason)

        ask_watch_link(self.client, room, answered, revoke=revoke, dispatch=self.dispatch)
        return True

    # ------------------------------------------------------------------ viewers, rights, questions
    def viewers(self) -> list:
        return self.session.viewers() if self.session is not None else []

    def toggle_draw(self, user: str) -> None:
        if self.session is not None and user:
            self.session.grant_draw(user, user not in self.state.mentors)

    def toggle_speak(self, user: str) -> None:
        if self.session is not None and user:
            self.session.grant_speak(user, user not in self.state.speakers)

    def answer(self, question_seq: int) -> None:
        if self.session is not None:
            self.session.answer(question_seq)

    def clear_drawings(self) -> None:
        if self.session is not None:
            self.session.clear_drawings()

    def stats(self) -> dict | None:
        """The sender's figures for the status line (None when not live)."""
        sender = self.sender
        if sender is None:
            return None
        s = sender.stats
        return {"rung": s["rung"], "bitrate_kbps": s["bitrate_kbps"], "fps": s["fps"],
                "viewers": len(self.viewers()), "recording": self.recorder is not None}


def _close_quietly(obj) -> None:
    if obj is None:
        return
    try:
        obj.close()
    except Exception as exc:
        log.warning("%s.close: %s", type(obj).__name__, exc)
