"""The consult video call's window: a gallery of participants (or the active speaker large),
mute, camera off and leave. Shows and forwards only: the call is a ``comms.webrtc.CallSession``.

Frames and audio arrive on the call's thread; they are kept (latest frame and a voice level per
participant) under a lock and painted by a timer on the GUI thread, so a burst of frames never
floods the Qt event queue and a slow paint never holds the media back.
"""

from __future__ import annotations

import logging
import math
import threading
import time

import numpy as np
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QCheckBox, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.common.qthreading import Task

log = logging.getLogger("silkbridge.ui.consult.videocall")

__all__ = ["VideoCallWidget", "VideoCallLauncher", "active_speaker"]

SPEAKING_RMS = 0.02     # a voice level above this is speaking (float PCM, full scale 1.0)
LEVEL_HOLD_S = 1.5      # the active speaker keeps the large tile this long after falling silent


def active_speaker(levels: dict[int, tuple[float, float]], now: float, current: int | None) -> int | None:
    """The feed to show large: the loudest one speaking now; else the last speaker for a while."""
    speaking = {f: lvl for f, (lvl, t) in levels.items() if lvl > SPEAKING_RMS and now - t < 0.5}
    if speaking:
        return max(speaking, key=speaking.get)
    if current is not None and current in levels and now - levels[current][1] < LEVEL_HOLD_S:
        return current
    return current if current in levels else (min(levels) if levels else None)


class _Bridge(QObject):
    participants = Signal(list)
    ended = Signal(str)
    audio_only = Signal(bool)


class _Tile(QWidget):
    def __init__(self, name: str, parent=None):
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(2, 2, 2, 2)
        self.picture = QLabel(objectName="picture", alignment=Qt.AlignCenter)
        self.picture.setMinimumSize(160, 90)
        self.picture.setStyleSheet("background: black")
        self.name = QLabel(name, objectName="name", alignment=Qt.AlignCenter)
        lay.addWidget(self.picture, 1)
        lay.addWidget(self.name)

    def show_frame(self, frame: np.ndarray) -> None:
        h, w = frame.shape[:2]
        img = QImage(frame.data, w, h, 3 * w, QImage.Format_RGB888).copy()
        size = self.picture.size()
        self.picture.setPixmap(QPixmap.fromImage(img).scaled(size, Qt.KeepAspectRatio, Qt.SmoothTransformation))


class VideoCallWidget(QWidget):
    """The call of one consult. ``call``: a started (or starting) CallSession."""

    left = Signal(str)  # the call ended: "left", "revoked", "server lost: ..."

    def __init__(self, call, parent=None, fps: float = 15.0):
        super().__init__(parent)
        self.call = call
        self._lock = threading.Lock()
        self._frames: dict[int, np.ndarray] = {}
        self._levels: dict[int, tuple[float, float]] = {}
        self._names: dict[int, str] = {}
        self._tiles: dict[int, _Tile] = {}
        self.speaker: int | None = None
        self.painted = 0

        lay = QVBoxLayout(self)
        self.grid_host = QWidget(objectName="gallery")
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.empty = QLabel(self.tr("Waiting for the other participants…"), objectName="empty",
                            alignment=Qt.AlignCenter)
        self.grid.addWidget(self.empty, 0, 0)
        lay.addWidget(self.grid_host, 1)
        self.audio_only = QLabel(self.tr("Audio only: the connection is too slow for your video. "
                                         "It resumes by itself when the bandwidth returns."),
                                 objectName="audioOnly", wordWrap=True)
        self.audio_only.setStyleSheet("background: #fff3cd; color: #664d03; padding: 4px")
        self.audio_only.hide()
        lay.addWidget(self.audio_only)
        row = QHBoxLayout()
        self.mute = QCheckBox(self.tr("Mute"), objectName="mute")
        self.camera = QCheckBox(self.tr("Camera"), objectName="camera", checked=True)
        self.speaker_view = QCheckBox(self.tr("Active speaker"), objectName="speakerView")
        self.status = QLabel(objectName="status")
        self.leave = QPushButton(self.tr("Leave call"), objectName="leave")
        for w in (self.mute, self.camera, self.speaker_view):
            row.addWidget(w)
        row.addWidget(self.status, 1)
        row.addWidget(self.leave)
        lay.addLayout(row)

        self.mute.toggled.connect(self.call.set_muted)
        self.camera.toggled.connect(self.call.set_camera)
        self.speaker_view.toggled.connect(lambda _on: self._relayout())
        self.leave.clicked.connect(self._leave)

        self._bridge = _Bridge()
        self._bridge.participants.connect(self._participants, Qt.QueuedConnection)
        self._bridge.ended.connect(self._ended, Qt.QueuedConnection)
        call.participants_changed.connect(self._bridge.participants.emit)
        call.ended.connect(self._bridge.ended.emit)
        self._bridge.audio_only.connect(self.audio_only.setVisible, Qt.QueuedConnection)
        if hasattr(call, "audio_only"):  # the sender paused its video: the bandwidth is short
            call.audio_only.connect(self._bridge.audio_only.emit)
        call.remote_video.connect(self._on_video)
        call.remote_audio.connect(self._on_audio)
        self._timer = QTimer(self, interval=max(10, int(1000 / fps)))
        self._timer.timeout.connect(self._paint)
        self._timer.start()
        self._participants(call.participants)

    # call thread
    def _on_video(self, feed, frame, _t) -> None:
        with self._lock:
            self._frames[feed] = frame

    def _on_audio(self, feed, pcm, _t) -> None:
        rms = math.sqrt(float(np.mean(np.square(pcm)))) if len(pcm) else 0.0
        with self._lock:
            old = self._levels.get(feed, (0.0, 0.0))[0]
            self._levels[feed] = (0.7 * old + 0.3 * rms, time.monotonic())

    # GUI thread
    def _participants(self, people) -> None:
        self._names = {p.feed_id: p.display for p in people}
        for feed in list(self._tiles):
            if feed not in self._names:
                tile = self._tiles.pop(feed)
                tile.setParent(None)
                tile.deleteLater()
                with self._lock:
                    self._frames.pop(feed, None)
                    self._levels.pop(feed, None)
        for feed, name in self._names.items():
            if feed not in self._tiles:
                self._tiles[feed] = _Tile(name, self.grid_host)
            self._tiles[feed].name.setText(name)
        self._relayout()

    def _relayout(self) -> None:
        while self.grid.count():
            self.grid.takeAt(0)
        feeds = sorted(self._tiles)
        self.empty.setVisible(not feeds)
        if not feeds:
            self.grid.addWidget(self.empty, 0, 0)
            return
        if self.speaker_view.isChecked() and self.speaker in self._tiles:
            others = [f for f in feeds if f != self.speaker]
            self.grid.addWidget(self._tiles[self.speaker], 0, 0, 1, max(1, len(others)))
            for i, f in enumerate(others):
                self.grid.addWidget(self._tiles[f], 1, i)
                self.grid.setRowStretch(1, 1)
            self.grid.setRowStretch(0, 4)
        else:
            cols = max(1, math.ceil(math.sqrt(len(feeds))))
            for i, f in enumerate(feeds):
                self.grid.addWidget(self._tiles[f], i // cols, i % cols)
            for r in range(self.grid.rowCount()):
                self.grid.setRowStretch(r, 1)
        for t in self._tiles.values():
            t.show()

    def _paint(self) -> None:
        with self._lock:
            frames, self._frames = self._frames, {}
            levels = dict(self._levels)
        for feed, frame in frames.items():
            tile = self._tiles.get(feed)
            if tile is not None:
                tile.show_frame(frame)
                self.painted += 1
        speaker = active_speaker(levels, time.monotonic(), self.speaker)
        if speaker != self.speaker:
            self.speaker = speaker
            for f, t in self._tiles.items():
                t.name.setStyleSheet("font-weight: bold; color: #2a7" if f == speaker else "")
            if self.speaker_view.isChecked():
                self._relayout()
        n = len(self._tiles)
        self.status.setText(self.tr("%n participant(s)", "", n + 1))

    def _leave(self) -> None:
        self.leave.setEnabled(False)  # leaving takes a few requests: never in the GUI thread
        Task.plain(self.call.stop).start()

    def _ended(self, reason: str) -> None:
        self._timer.stop()
        self.mute.setEnabled(False)
        self.camera.setEnabled(False)
        self.leave.setEnabled(False)
        self.audio_only.hide()
        self.status.setText(self.tr("Call ended: %1").replace("%1", reason))
        self.left.emit(reason)

    def closeEvent(self, event) -> None:
        self._timer.stop()
        super().closeEvent(event)


class VideoCallLauncher(QObject):
    """Joins the video call of a consult: asks the hub for a grant over the link, starts the call
    off the GUI thread, then emits ``opened`` with the call's window (or ``failed`` with why).

    ``audio_source`` / ``video_source``: a call source (tests and demos: a tone, the test pattern);
    None = the microphone (audio only when there is none) and the first camera (none, or ``camera``
    False: no video).
    Remote voices go to the speaker (mixed per participant) when there is one."""

    opened = Signal(object)   # VideoCallWidget
    failed = Signal(str)
    _granted = Signal(object, str)

    def __init__(self, client, room: str, display: str, *, audio_source=None, video_source=None,
                 speaker: bool = True, camera: bool = True, parent=None):
        super().__init__(parent)
        self.client, self.room, self.display = client, room, display
        self.audio_source, self.video_source, self.use_speaker = audio_source, video_source, speaker
        self.camera = camera  # False: voice only (no camera opened, none sent)
        self.widget: VideoCallWidget | None = None
        self._owned = []  # devices opened here, closed when the call ends
        self.microphone: str | None = None  # the input device opened for the call (None: default)
        self.speaker: str | None = None  # the output device opened for the call (None: default)
        self._granted.connect(self._on_grant, Qt.QueuedConnection)

    def start(self) -> None:
        self.client.media_grant.connect(self._grant_from_link)
        self.client.request_media_grant(self.room)

    def _grant_from_link(self, room, grant, reason) -> None:  # link thread
        if room == self.room:
            self.client.media_grant.disconnect(self._grant_from_link)
            self._granted.emit(grant, reason)

    def _on_grant(self, grant, reason) -> None:
        if not grant:
            self.failed.emit(reason or self.tr("the hub gave no video call"))
            return
        task = Task.plain(self._start_call, grant)  # start() waits on the network: a worker thread
        task.finished.connect(lambda call: self._on_started(call, ""))
        task.raised.connect(lambda exc: self._on_started(None, str(exc)))
        task.start()

    def _sources(self):
        """The microphone and camera chosen in the settings (``microphone``, ``camera`` by name; the
        system's default when none is chosen or the chosen one is not there)."""
        audio, video = self.audio_source, self.video_source
        from workstation.settings import Settings

        settings = Settings.load()
        if audio is None:
            from comms.audio import Microphone
            from comms.webrtc.call import MicrophoneSource

            for device in dict.fromkeys([settings.microphone or None, None]):
                try:
                    mic = Microphone(device=device).start()
                    self._owned.append(mic)
                    audio = MicrophoneSource(mic)
                    self.microphone = device
                    break
                except Exception as exc:  # noqa: BLE001 - that one is missing: the default, else listen only
                    log.warning("microphone %s: %s", device or "(default)", exc)
        if video is None and self.camera:
            from comms.video import CameraSource, camera_index

            chosen = camera_index(settings.camera) if settings.camera else None
            for index in dict.fromkeys([chosen if chosen is not None else 0, 0]):
                try:
                    video = CameraSource(index, 640, 360)
                    video.read()
                    self._owned.append(video)
                    break
                except Exception as exc:  # noqa: BLE001 - no camera: voice only
                    log.warning("camera %s: %s", index, exc)
                    video = None
        return audio, video

    def _start_call(self, grant):  # worker thread: the started call, or raises (nothing left open)
        from comms.webrtc.call import CallSession

        try:
            audio, video = self._sources()
            call = CallSession(grant, self.display, audio_source=audio, video_source=video)
            if self.use_speaker:
                spk = self._open_speaker()
                if spk is not None:
                    call.remote_audio.connect(lambda feed, pcm, t: spk.feed(str(feed), pcm, t))
            call.start()
        except Exception:
            self._close_devices()
            raise
        return call

    def _open_speaker(self):
        """The speaker chosen in the settings (Settings → Devices), else the system's default, else
        None (no output device: the pictures still come)."""
        from comms.audio import Speaker
        from workstation.settings import Settings

        for device in dict.fromkeys([Settings.load().speaker or None, None]):
            try:
                spk = Speaker(device=device).start()
            except Exception as exc:  # noqa: BLE001 - that one is missing: the default, else none
                log.warning("speaker %s: %s", device or "(default)", exc)
                continue
            self._owned.append(spk)
            self.speaker = device
            return spk
        return None

    def _on_started(self, call, reason) -> None:
        if call is None:
            self.failed.emit(reason)
            return
        self.widget = VideoCallWidget(call)
        self.widget.setWindowTitle(self.tr("Video call"))
        self.widget.left.connect(lambda _r: self._close_devices())
        self.opened.emit(self.widget)

    def stop(self) -> None:
        if self.widget is not None:
            Task.plain(self.widget.call.stop).start()

    def _close_devices(self) -> None:
        for dev in self._owned:
            try:
                (getattr(dev, "stop", None) or dev.close)()
            except Exception:  # noqa: BLE001
                pass
        self._owned.clear()
