"""The surgical demonstration broadcast: the surgeon's studio and the viewers' screen.

* :class:`VideoView` paints the newest decoded (or sent) RGB frame, letterboxed with its aspect
  ratio kept, the telestration strokes over it (vector events from the hub, drawn here, never
  burned into the pixels), the glass-to-glass latency coloured by the surgical thresholds
  (<= 200 ms ideal, <= 300 ms acceptable) and fps/bitrate. Frames arrive from media threads:
  :meth:`VideoView.set_frame` keeps only the newest one and hops to the GUI thread with one
  queued signal, so a slow GUI skips frames instead of queueing them. With a drawing target the
  mouse draws: widget pixels -> normalised picture coordinates (0..1, letterbox aware).
"""

from __future__ import annotations

import logging
import threading
import time

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from workstation.policy import BROADCASTER_ROLE, Access, PolicyError

from ui.common.i18n import core_message, role_name
from ui.common.qthreading import Task

log = logging.getLogger(__name__)

#: Glass-to-glass latency thresholds from the surgical telementoring literature (ms).
IDEAL_LATENCY_MS = 200.0
ACCEPTABLE_LATENCY_MS = 300.0
LATENCY_COLOURS = {"ideal": "#1a7f37", "acceptable": "#b58100", "too slow": "#cf222e"}
LATENCY_GRADE_NAMES = {"ideal": QT_TRANSLATE_NOOP("VideoView", "ideal"),
                       "acceptable": QT_TRANSLATE_NOOP("VideoView", "acceptable"),
                       "too slow": QT_TRANSLATE_NOOP("VideoView", "too slow")}
STROKE_REPAINT_MS = 66  # ~15 Hz: fading strokes visibly fade


def latency_grade(ms: float) -> str:
    """``"ideal"`` (<= 200 ms), ``"acceptable"`` (<= 300 ms) or ``"too slow"``."""
    if ms <= IDEAL_LATENCY_MS:
        return "ideal"
    if ms <= ACCEPTABLE_LATENCY_MS:
        return "acceptable"
    return "too slow"


def _overlay_label(name: str) -> QLabel:
    label = QLabel(objectName=name)
    label.setAttribute(Qt.WA_TransparentForMouseEvents)  # the pen draws through it
    label.setStyleSheet("background: rgba(0, 0, 0, 150); color: white; padding: 2px 5px; border-radius: 3px")
    label.hide()
    return label


class VideoView(QWidget):
    """The live picture with the telestration over it.

    ``set_frame(frame, capture_time)`` may be called from any thread. ``telestration`` is any
    object with ``strokes_at(t)`` (a :class:`workstation.telestration.TelestrationState`), read
    at ``clock()`` (hub time: the wall clock). ``set_drawing(target)`` lets the mouse draw: the
    target's ``pen_down/pen_move/pen_up(x, y)`` get normalised picture coordinates.
    """

    frame_shown = Signal(float)  # the capture time of the frame now shown
    _frame_ready = Signal()

    def __init__(self, parent=None, *, placeholder: str = "", clock=time.time):
        super().__init__(parent)
        self.setAttribute(Qt.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.setMinimumSize(160, 90)
        self.clock = clock
        self.placeholder = placeholder or self.tr("No video")
        self.telestration = None
        self.frame: np.ndarray | None = None  # the frame shown (kept: the QImage uses its memory)
        self.capture_time: float | None = None
        self.frames_received = 0
        self.frames_shown = 0
        self.frames_skipped = 0  # replaced by a newer frame before the GUI got to them
        self.bad_frames = 0
        self.last_error = ""
        self.latency_ms: float | None = None
        self.latency_estimated = False
        self.latency_grade: str | None = None
        self._image: QImage | None = None
        self._aspect = 16 / 9  # before the first frame (the surgeon may draw on an empty preview)
        self._lock = threading.Lock()
        self._pending: tuple[np.ndarray, float | None] | None = None
        self._hop_pending = False
        self._frame_ready.connect(self._take_frame, Qt.QueuedConnection)
        self._target = None
        self._pen = False
        self._last_xy = (0.0, 0.0)
        self._had_strokes = False

        self.latency_label = _overlay_label("latencyLabel")
        self.stats_label = _overlay_label("videoStats")
        top = QHBoxLayout()
        top.addWidget(self.latency_label, 0, Qt.AlignLeft | Qt.AlignTop)
        top.addStretch(1)
        top.addWidget(self.stats_label, 0, Qt.AlignRight | Qt.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addStretch(1)

        self._stroke_timer = QTimer(self, interval=STROKE_REPAINT_MS)
        self._stroke_timer.timeout.connect(self._repaint_strokes)
        self._stroke_timer.start()

    # ------------------------------------------------------------------ frames (any thread)
    def set_frame(self, frame, capture_time: float | None = None) -> None:
        """Show ``frame`` (HxWx3 uint8 RGB) soon; only the newest frame waits for the GUI thread."""
        with self._lock:
            self.frames_received += 1
            if self._pending is not None:
                self.frames_skipped += 1
            self._pending = (frame, capture_time)
            if self._hop_pending:
                return
            self._hop_pending = True
        try:
            self._frame_ready.emit()
        except RuntimeError:  # the widget is gone (window closed while media still flows)
            pass

    def _take_frame(self) -> None:
        with self._lock:
            item, self._pending = self._pending, None
            self._hop_pending = False
        if item is None:
            return
        frame, t = item
        frame = np.asarray(frame)
        if frame.ndim != 3 or frame.shape[2] not in (3, 4) or frame.dtype != np.uint8 or 0 in frame.shape:
            self.bad_frames += 1
            self.last_error = f"not an HxWx3 uint8 RGB frame: shape {frame.shape}, {frame.dtype}"
            log.warning("video view: %s", self.last_error)
            return
        frame = np.ascontiguousarray(frame[:, :, :3])
        h, w = frame.shape[:2]
        self._image = QImage(frame.data, w, h, 3 * w, QImage.Format_RGB888)
        self.frame, self.capture_time = frame, t
        self._aspect = w / h
        self.frames_shown += 1
        self.update()
        self.frame_shown.emit(float(t) if t is not None else float("nan"))

    def clear(self) -> None:
        with self._lock:
            self._pending = None
        self._image = self.frame = self.capture_time = None
        self.set_latency(None)
        self.set_stats("")
        self.update()

    # ------------------------------------------------------------------ labels
    def set_latency(self, ms: float | None, estimated: bool = False) -> None:
        """Show the glass-to-glass latency, coloured by the surgical thresholds (``estimated``: "≈",
        on WebRTC until the studio's first capture mark arrives: the network part is then estimated
        from the link's round trip; exact afterwards)."""
        self.latency_ms, self.latency_estimated = ms, estimated
        if ms is None:
            self.latency_grade = None
            self.latency_label.hide()
            return
        grade = self.latency_grade = latency_grade(ms)
        text = self.tr("Glass-to-glass ≈%1 ms (%2)") if estimated else self.tr("Glass-to-glass %1 ms (%2)")
        self.latency_label.setText(text.replace("%1", f"{ms:.0f}").replace("%2", self.tr(LATENCY_GRADE_NAMES[grade])))
        self.latency_label.setStyleSheet(
            f"background: rgba(0, 0, 0, 170); color: {LATENCY_COLOURS[grade]}; font-weight: bold; "
            "padding: 2px 5px; border-radius: 3px")
        self.latency_label.show()

    def retranslate_ui(self) -> None:
        """The interface language changed (ui.common.i18n): the latency line is composed here."""
        if self.latency_ms is not None:
            self.set_latency(self.latency_ms, self.latency_estimated)

    def set_stats(self, text: str) -> None:
        self.stats_label.setText(text)
        self.stats_label.setVisible(bool(text))

    # ------------------------------------------------------------------ geometry
    def picture_rect(self) -> QRectF:
        """Where the picture is drawn: the largest rectangle of the frame's aspect ratio, centred."""
        w, h = max(1, self.width()), max(1, self.height())
        if w / h > self._aspect:
            pw, ph = h * self._aspect, float(h)
        else:
            pw, ph = float(w), w / self._aspect
        return QRectF((w - pw) / 2, (h - ph) / 2, pw, ph)

    def to_picture(self, pos, clamp: bool = False) -> tuple[float, float] | None:
        """Widget position -> normalised picture coordinates (None outside unless ``clamp``)."""
        r = self.picture_rect()
        x = (pos.x() - r.x()) / r.width()
        y = (pos.y() - r.y()) / r.height()
        if clamp:
            return min(1.0, max(0.0, x)), min(1.0, max(0.0, y))
        if 0.0 <= x <= 1.0 and 0.0 <= y <= 1.0:
            return x, y
        return None

    def to_widget(self, x: float, y: float) -> QPointF:
        r = self.picture_rect()
        return QPointF(r.x() + x * r.width(), r.y() + y * r.height())

    # ------------------------------------------------------------------ painting
    def _strokes(self):
        if self.telestration is None:
            return []
        try:
            return self.telestration.strokes_at(self.clock())
        except Exception as exc:  # a drawing must never take the picture down
            log.warning("telestration: %s", exc)
            return []

    def _repaint_strokes(self) -> None:
        if self.telestration is None or not self.isVisible():
            return
        has = bool(self._strokes())
        if has or self._had_strokes:  # one more repaint after the last one faded out
            self.update()
        self._had_strokes = has

    def paintEvent(self, ev):
        p = QPainter(self)
        p.fillRect(self.rect(), Qt.black)
        r = self.picture_rect()
        if self._image is not None:
            p.setRenderHint(QPainter.SmoothPixmapTransform)
            p.drawImage(r, self._image)
        else:
            p.setPen(QColor("#8c959f"))
            p.drawText(r, Qt.AlignCenter | Qt.TextWordWrap, self.placeholder)
        strokes = self._strokes()
        if strokes:
            p.setRenderHint(QPainter.Antialiasing)
            for points, rgb, width, alpha in strokes:
                pts = np.asarray(points, dtype=float)
                if len(pts) == 0:
                    continue
                colour = QColor(int(rgb[0]), int(rgb[1]), int(rgb[2]), int(round(255 * min(1.0, alpha))))
                # at least 2 px: a thin stroke stays visible on a small preview
                pen = QPen(colour, max(2.0, float(width) * r.height()), Qt.SolidLine, Qt.RoundCap, Qt.RoundJoin)
                p.setPen(pen)
                poly = QPolygonF([QPointF(r.x() + x * r.width(), r.y() + y * r.height()) for x, y in pts[:, :2]])
                if len(pts) == 1:
                    p.drawPoint(poly[0])
                else:
                    p.drawPolyline(poly)
        if self.drawing_enabled:
            p.setPen(QPen(QColor(255, 208, 0, 160), 1, Qt.DashLine))
            p.drawRect(r.adjusted(0.5, 0.5, -0.5, -0.5))
        p.end()

    # ------------------------------------------------------------------ drawing with the mouse
    @property
    def drawing_enabled(self) -> bool:
        return self._target is not None

    def _send_pen(self, what: str, xy) -> None:
        try:
            getattr(self._target, what)(*xy)
        except Exception as exc:  # the pen never takes the window down; say why it did not draw
            self.last_error = f"{what}: {exc}"
            log.warning("video view %s", self.last_error)

    def set_drawing(self, target) -> None:
        """``target`` (with pen_down/pen_move/pen_up(x, y)) receives the pen; None stops drawing."""
        if target is None and self._pen and self._target is not None:
            self._pen = False
            self._send_pen("pen_up", self._last_xy)
        self._target = target
        self.setCursor(Qt.CrossCursor if target is not None else Qt.ArrowCursor)
        self.update()

    def mousePressEvent(self, ev):
        if self._target is None or ev.button() != Qt.LeftButton:
            return super().mousePressEvent(ev)
        xy = self.to_picture(ev.position())
        if xy is None:  # pressed on the letterbox: not on the picture
            return
        self._pen, self._last_xy = True, xy
        self._send_pen("pen_down", xy)
        ev.accept()

    def mouseMoveEvent(self, ev):
        if not self._pen or self._target is None:
            return super().mouseMoveEvent(ev)
        self._last_xy = self.to_picture(ev.position(), clamp=True)
        self._send_pen("pen_move", self._last_xy)
        ev.accept()

    def mouseReleaseEvent(self, ev):
        if not self._pen or self._target is None or ev.button() != Qt.LeftButton:
            return super().mouseReleaseEvent(ev)
        self._pen = False
        self._last_xy = self.to_picture(ev.position(), clamp=True)
        self._send_pen("pen_up", self._last_xy)
        ev.accept()


# ============================================================================ sources
SOURCE_KINDS = (  # (key, label); the picture-in-picture chooser adds "none" first
    ("pattern", QT_TRANSLATE_NOOP("BroadcastStudio", "Test pattern")),
    ("file", QT_TRANSLATE_NOOP("BroadcastStudio", "Video file…")),
    ("url", QT_TRANSLATE_NOOP("BroadcastStudio", "Stream URL…")),
    ("camera", QT_TRANSLATE_NOOP("BroadcastStudio", "Camera 0 (OpenCV)")),
    ("view3d", QT_TRANSLATE_NOOP("BroadcastStudio", "3-D view of the open study")),
)


def _rgb_of(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format_RGB888)
    w, h, bpl = image.width(), image.height(), image.bytesPerLine()
    arr = np.frombuffer(image.constBits(), np.uint8, bpl * h).reshape(h, bpl)
    return arr[:, :w * 3].reshape(h, w, 3).copy()


def slate(text: str, width: int = 1280, height: int = 720) -> np.ndarray:
    """A dark picture with a centred message (drawn with Qt on the calling thread)."""
    image = QImage(width, height, QImage.Format_RGB888)
    image.fill(QColor(28, 32, 38))
    p = QPainter(image)
    p.setPen(QColor(220, 224, 230))
    font = p.font()
    font.setPixelSize(max(12, height // 18))
    p.setFont(font)
    p.drawText(QRectF(0, 0, width, height), Qt.AlignCenter | Qt.TextWordWrap, text)
    p.end()
    return _rgb_of(image)


def grab_render_window(render_window) -> np.ndarray:
    """The picture a VTK render window last rendered, as HxWx3 uint8 RGB (top row first), read
    back without rendering again (GUI thread only; ~1-3 ms for a viewport)."""
    from vtkmodules.util import numpy_support
    from vtkmodules.vtkRenderingCore import vtkWindowToImageFilter

    f = vtkWindowToImageFilter()
    f.SetInput(render_window)
    f.SetInputBufferTypeToRGB()
    f.ReadFrontBufferOff()
    f.ShouldRerenderOff()
    f.Update()
    img = f.GetOutput()
    w, h, _ = img.GetDimensions()
    arr = numpy_support.vtk_to_numpy(img.GetPointData().GetScalars()).reshape(h, w, -1)
    return np.ascontiguousarray(arr[::-1, :, :3])


class ViewGrabber(QObject):
    """Grabs the window's 3-D viewport on the GUI thread (a QTimer at ``fps``) so that a video
    source in the sender's thread can take the latest picture without touching VTK.

    ``frame()`` is safe from any thread. While no study is open, or the 3-D view is hidden by the
    layout, it returns a slate saying so. Counted users: the grabber runs while a source uses it."""

    def __init__(self, window, fps: float = 15.0):
        super().__init__(window)
        self.window = window
        self.fps = float(fps)
        self.grabs = 0
        self._users = 0
        self._slates: dict[str, np.ndarray] = {}
        self._frame = self._slate(self.tr("Open a study to show its 3-D view"))
        self._watched = None  # the render window observed for new renders
        self._dirty = True
        self._live = False  # the frame is the view's picture (not a slate)
        self._timer = QTimer(self, interval=max(10, int(1000 / self.fps)))
        self._timer.timeout.connect(self.grab)

    def _slate(self, text: str) -> np.ndarray:
        if text not in self._slates:
            self._slates[text] = slate(text)
        return self._slates[text]

    def frame(self) -> np.ndarray:
        return self._frame

    def acquire(self) -> None:
        self._users += 1
        if not self._timer.isActive():
            self._dirty = True
            self.grab()
            self._timer.start()

    def release(self) -> None:
        self._users = max(0, self._users - 1)
        if self._users == 0:
            self._timer.stop()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def _rendered(self, *_) -> None:
        self._dirty = True

    def grab(self) -> None:
        """Take the view's picture if it rendered since the last grab (else keep the last one)."""
        view = self.window.viewer.volume3d
        if view.volume is None:
            self._frame, self._live = self._slate(self.tr("Open a study to show its 3-D view")), False
            return
        if not view.isVisible():
            self._frame, self._live = self._slate(self.tr("The 3-D view is hidden: choose a layout that shows it")), False
            return
        rw = view.GetRenderWindow()
        if self._watched is not rw:  # re-read only after the viewport rendered something new
            rw.AddObserver("EndEvent", self._rendered)
            self._watched, self._dirty = rw, True
        if self._live and not self._dirty:
            return
        try:
            self._frame = grab_render_window(rw)
            self._dirty, self._live = False, True
            self.grabs += 1
        except Exception as exc:  # never let a grab break the GUI
            log.warning("3-D view grab: %s", exc)


class _ViewSource:
    """The 3-D view as a video source (a CallableSource whose frames the GUI thread grabbed)."""

    def __init__(self, grabber: ViewGrabber, dispatch):
        from comms.video import CallableSource

        self._grabber, self._dispatch = grabber, dispatch
        self._src = CallableSource(grabber.frame, fps=grabber.fps)
        self.fps = grabber.fps
        self._closed = False
        grabber.acquire()

    def read(self):
        return self._src.read()

    def close(self) -> None:  # from the sender's thread: the grabber is released on the GUI thread
        if not self._closed:
            self._closed = True
            self._dispatch(self._grabber.release)


#: What the studio session says (comms.studio.Notice codes), in the studio's translation context.
STUDIO_MESSAGES = {
    "title_too_long": QT_TRANSLATE_NOOP("BroadcastStudio", "Cannot go live: the title is too long (%1 characters, at most %2)"),
    "cannot_go_live": QT_TRANSLATE_NOOP("BroadcastStudio", "Cannot go live: %1"),
    # the hub offers no WebRTC (Janus) service: no broadcast can be sent or watched
    "no_webrtc": QT_TRANSLATE_NOOP("BroadcastStudio",
                                   "the hub offers no WebRTC media server (not connected to the hub yet?)"),
    "still_stopping": QT_TRANSLATE_NOOP("BroadcastStudio", "The last broadcast is still stopping; try again in a moment"),
    "no_sound": QT_TRANSLATE_NOOP("BroadcastStudio", "Broadcasting without sound: %1"),
    "recording_to": QT_TRANSLATE_NOOP("BroadcastStudio", "Recording to %1"),
    "stopped": QT_TRANSLATE_NOOP("BroadcastStudio", "The broadcast has stopped"),
    "no_view3d": QT_TRANSLATE_NOOP("BroadcastStudio", "No reading-room window: the 3-D view cannot be broadcast"),
    "no_such_file": QT_TRANSLATE_NOOP("BroadcastStudio", "Cannot use %1: no such file"),
    "opening": QT_TRANSLATE_NOOP("BroadcastStudio", "Opening %1…"),
    "broadcasting": QT_TRANSLATE_NOOP("BroadcastStudio", "Broadcasting %1"),
    "no_camera": QT_TRANSLATE_NOOP("BroadcastStudio", "No camera: %1"),
    "open_failed_keep": QT_TRANSLATE_NOOP("BroadcastStudio",
                                          "The source could not be opened, the previous one stays: %1"),
    "open_failed": QT_TRANSLATE_NOOP("BroadcastStudio", "The source could not be opened: %1 — choose another"),
    "record_exists": QT_TRANSLATE_NOOP("BroadcastStudio", "a recording of that name already exists"),
    "cannot_record_to": QT_TRANSLATE_NOOP("BroadcastStudio", "Cannot record to %1: %2"),
    "will_record": QT_TRANSLATE_NOOP("BroadcastStudio", "Will record to %1 when live"),
    "cannot_record": QT_TRANSLATE_NOOP("BroadcastStudio", "Cannot record: %1"),
    "recording_stopped": QT_TRANSLATE_NOOP("BroadcastStudio", "The recording stopped: %1"),
    "recording_saved": QT_TRANSLATE_NOOP("BroadcastStudio", "Recording saved: %1"),
    "no_watch_link": QT_TRANSLATE_NOOP("BroadcastStudio", "No watch link: %1"),
    "not_live": QT_TRANSLATE_NOOP("BroadcastStudio", "the broadcast is not live"),
    "no_watch_links": QT_TRANSLATE_NOOP("BroadcastStudio", "this hub serves no watch page"),
    "links_taken_back": QT_TRANSLATE_NOOP("BroadcastStudio", "The watch links were taken back: they no longer work"),
}


class WatchLinkDialog(QWidget):
    """Shows a one-time watch link to hand to a trainee without the workstation: the URL
    (selected, read-only), *Copy* (to the clipboard) and *Take links back*. Only shows and forwards:
    the link comes from :meth:`comms.studio.StudioSession.request_watch_link`."""

    def __init__(self, parent, url: str, take_back):
        from PySide6.QtWidgets import QLineEdit, QPushButton

        super().__init__(parent, Qt.Dialog)
        self.setObjectName("watchLinkDialog")
        self.setWindowTitle(self.tr("Watch link"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Send this link to one person: it opens the broadcast in a web browser "
                                        "once, and stops working when the broadcast ends."), wordWrap=True))
        self.url = QLineEdit(url, objectName="watchLinkUrl", readOnly=True)
        self.url.setMinimumWidth(420)
        self.url.selectAll()
        layout.addWidget(self.url)
        row = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("Copy"), objectName="copyWatchLink")
        self.take_back_button = QPushButton(self.tr("Take links back"), objectName="takeBackWatchLinks")
        self.close_button = QPushButton(self.tr("Close"), objectName="closeWatchLink")
        for b in (self.copy_button, self.take_back_button, self.close_button):
            row.addWidget(b)
        layout.addLayout(row)
        self.copy_button.clicked.connect(self.copy)
        self.take_back_button.clicked.connect(lambda: (take_back(), self.close()))
        self.close_button.clicked.connect(self.close)

    def copy(self) -> None:
        from PySide6.QtWidgets import QApplication

        QApplication.clipboard().setText(self.url.text())
        self.copy_button.setText(self.tr("Copied"))


def _run_task(fn, done, failed) -> Task:
    """The studio session's background runner: a Task (cancel_all at exit waits for it)."""
    task = Task.plain(fn)
    task.finished.connect(done)
    task.raised.connect(failed)
    return task


def _bt(text: str) -> str:
    """A studio message in the interface language (for code outside the studio's methods)."""
    return QCoreApplication.translate("BroadcastStudio", text)


# ============================================================================ controller
def _call_quietly(obj, method: str = "stop") -> None:
    if obj is None:
        return
    try:
        getattr(obj, method)()
    except Exception as exc:
        log.warning("%s.%s: %s", type(obj).__name__, method, exc)


def _require_webrtc(client) -> None:
    """Broadcast media go through the hub's Janus only: say so when the hub offers none."""
    if not client.services.get("webrtc"):
        raise RuntimeError(_bt(STUDIO_MESSAGES["no_webrtc"]))


class BroadcastController(QObject):
    """One workstation's broadcasts: the directory of live broadcasts, the surgeon's studio and
    the viewer's screen (both in :attr:`panel`). ``window`` (the reading room) is optional: it
    gives the studio the 3-D view of the open study as a video source."""

    def __init__(self, bridge, bundle: dict, *, window=None):
        super().__init__(window)
        from comms.broadcast import BroadcastDirectory
        from comms.consult import Profile

        from ui.common.qthreading import GuiDispatcher

        self.bridge = bridge
        self.client = bridge.client
        self.bundle = bundle
        self.window = window
        self.profile = Profile.from_bundle(bundle)
        self.dispatch = GuiDispatcher()
        self.directory = BroadcastDirectory(self.client, dispatch=self.dispatch)
        self.grabber = ViewGrabber(window) if window is not None else None
        self._shut = False
        self.studio = BroadcastStudio(self) if self.can_broadcast else None
        self.viewer = BroadcastViewer(self)
        self.panel = BroadcastPanel(self)
        # the hub refused us a broadcast (not invited) or removed us: say why (link thread -> GUI thread)
        self.client.room_refused.connect(lambda room, why: self.dispatch(lambda: self.viewer.refused(room, why)))

    @property
    def can_broadcast(self) -> bool:
        return self.profile.role == BROADCASTER_ROLE  # workstation.policy: the role that broadcasts

    def start(self) -> None:
        self.directory.subscribe(self.viewer.refresh_directory)
        self.directory.open()
        self.viewer.refresh_directory()

    def message(self, text: str, ms: int = 10000) -> None:
        if self.window is not None:
            self.window.statusBar().showMessage(text, ms)

    def shutdown(self) -> None:
        """Leave and stop everything (window closing); the teardown finishes in the background."""
        if self._shut:
            return
        self._shut = True
        if self.studio is not None:
            self.studio.stop_broadcast()
        self.viewer.leave()
        self.directory.close()


class BroadcastStudio(QWidget):
    """The surgeon's side: sources, go live / stop, record, telestration on the preview, who
    watches (drawing and speaking rights), raised hands and questions. What it drives -- media,
    sender, microphone, recorder, source switching, grants -- is :class:`comms.studio.StudioSession`
    (:attr:`logic`); this widget shows it and forwards the surgeon's clicks."""

    recording_saved = Signal(str)  # the finished MP4

    def __init__(self, controller: BroadcastController):
        super().__init__()
        from comms.studio import StudioSession

        self.c = controller
        self.logic = StudioSession(
            controller.client, controller.bundle, controller.profile, dispatch=controller.dispatch,
            run=_run_task,
            view_source=(lambda: _ViewSource(controller.grabber, controller.dispatch))
            if controller.grabber is not None else None)

        from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGridLayout, QLineEdit, QListWidget,
                                       QPushButton)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        form = QFormLayout()
        from workstation.broadcast import MAX_TITLE

        self.title_edit = QLineEdit(objectName="broadcastTitle", placeholderText=self.tr("What you demonstrate"),
                                    maxLength=MAX_TITLE)
        self.description_edit = QLineEdit(objectName="broadcastDescription")
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Description"), self.description_edit)
        # who may watch besides my hospital and the moderators (workstation.policy: secure by default)
        self.invite_edit = QLineEdit(objectName="broadcastInvite",
                                     placeholderText=self.tr("Other hospitals invited, comma-separated"))
        self.invite_trainees = QCheckBox(self.tr("Every trainee of the network"), objectName="broadcastAllTrainees")
        form.addRow(self.tr("Invite"), self.invite_edit)
        form.addRow("", self.invite_trainees)
        self.main_combo = QComboBox(objectName="mainSource")
        self.pip_combo = QComboBox(objectName="pipSource")
        self.pip_combo.addItem(self.tr("None"), "none")
        for key, label in SOURCE_KINDS:
            if key == "view3d" and controller.window is None:
                continue
            self.main_combo.addItem(self.tr(label), key)
            self.pip_combo.addItem(self.tr(label), key)
        self.main_combo.activated.connect(lambda i: self._chosen("main", self.main_combo))
        self.pip_combo.activated.connect(lambda i: self._chosen("pip", self.pip_combo))
        form.addRow(self.tr("Main picture"), self.main_combo)
        form.addRow(self.tr("Picture-in-picture"), self.pip_combo)
        layout.addLayout(form)

        # two rows of three: six in one row made the studio ~590 px wide (the dock scrolled sideways)
        # and left each ~95 px, too little for the longer translations
        row = QGridLayout()
        self.live_button = QPushButton(self.tr("Go live"), objectName="goLive")
        self.stop_button = QPushButton(self.tr("Stop broadcast"), objectName="stopBroadcast", enabled=False)
        self.microphone = QCheckBox(self.tr("Microphone"), objectName="microphone", checked=True)
        self.record_button = QPushButton(self.tr("Record to MP4"), objectName="recordButton", checkable=True)
        self.clear_button = QPushButton(self.tr("Clear drawings"), objectName="clearDrawings", enabled=False)
        self.watch_link_button = QPushButton(self.tr("Watch link…"), objectName="watchLink", enabled=False)
        self.watch_link_button.setToolTip(self.tr("A one-time link for someone without the workstation to "
                                                  "watch in a web browser"))
        for i, w in enumerate((self.live_button, self.stop_button, self.microphone, self.record_button,
                               self.clear_button, self.watch_link_button)):
            row.addWidget(w, i // 3, i % 3)
        layout.addLayout(row)
        self.watch_link_dialog: WatchLinkDialog | None = None
        self.watch_link_button.clicked.connect(lambda: self.logic.request_watch_link())
        self.live_button.clicked.connect(lambda: self.go_live())
        self.stop_button.clicked.connect(self.stop_broadcast)
        self.record_button.toggled.connect(self._record_toggled)
        self.clear_button.clicked.connect(self.logic.clear_drawings)
        self.microphone.toggled.connect(lambda on: self.logic.set_muted(not on))

        self.status = QLabel(objectName="studioStatus", wordWrap=True)
        layout.addWidget(self.status)
        self.preview = VideoView(placeholder=self.tr("Preview: what the viewers see"))
        self.preview.setObjectName("studioPreview")
        self.preview.setMinimumSize(320, 180)
        layout.addWidget(self.preview, 3)
        self.stats = QLabel(objectName="broadcastStats")
        layout.addWidget(self.stats)

        lists = QHBoxLayout()
        col = QVBoxLayout()
        col.addWidget(QLabel(self.tr("Viewers")))
        self.viewers = QListWidget(objectName="viewerList")
        col.addWidget(self.viewers)
        buttons = QVBoxLayout()  # below each other: side by side they make the column too wide
        self.draw_button = QPushButton(self.tr("Allow drawing"), objectName="allowDrawing", enabled=False)
        self.speak_button = QPushButton(self.tr("Allow speaking"), objectName="allowSpeaking", enabled=False)
        buttons.addWidget(self.draw_button)
        buttons.addWidget(self.speak_button)
        col.addLayout(buttons)
        lists.addLayout(col)
        self.viewers.currentItemChanged.connect(lambda *_: self._refresh_rights_buttons())
        self.draw_button.clicked.connect(lambda: self.logic.toggle_draw(self._selected_viewer()[0]))
        self.speak_button.clicked.connect(lambda: self.logic.toggle_speak(self._selected_viewer()[0]))
        col = QVBoxLayout()
        col.addWidget(QLabel(self.tr("Raised hands")))
        self.hands = QListWidget(objectName="handsList")
        self.hands.setMaximumHeight(80)
        col.addWidget(self.hands)
        col.addWidget(QLabel(self.tr("Questions")))
        self.questions = QListWidget(objectName="questionList")
        col.addWidget(self.questions)
        self.answer_button = QPushButton(self.tr("Mark answered"), objectName="answerQuestion", enabled=False)
        col.addWidget(self.answer_button)
        lists.addLayout(col)
        layout.addLayout(lists, 2)
        self.questions.currentItemChanged.connect(lambda *_: self._refresh_answer_button())
        self.answer_button.clicked.connect(self._answer)

        self._timer = QTimer(self, interval=500)
        self._timer.timeout.connect(self.refresh_stats)
        controller.bridge.presence_changed.connect(
            lambda room, _m: self.session is not None and room == self.session.room and self.refresh_lists())
        # what the session says and changes: every signal but the preview's frames comes on the GUI thread
        lg = self.logic
        lg.said.connect(self._said)
        lg.source_changed.connect(self._select)
        lg.recording_changed.connect(self._set_record_button)
        lg.recording_saved.connect(self.recording_saved.emit)
        lg.lists_changed.connect(self.refresh_lists)
        lg.live_changed.connect(self._live_changed)
        lg.frame_sent.connect(self.preview.set_frame)  # sender thread: set_frame hops to the GUI thread
        lg.watch_link_ready.connect(self._show_watch_link)

    # ------------------------------------------------------------------ what the session holds
    @property
    def live(self) -> bool:
        return self.logic.live

    @property
    def session(self):
        return self.logic.session

    @property
    def state(self):
        return self.logic.state

    @property
    def sender(self):
        return self.logic.sender

    @property
    def recorder(self):
        return self.logic.recorder

    @property
    def audio_heard(self) -> int:
        return self.logic.audio_heard

    @property
    def audio_source(self):
        return self.logic.audio_source

    @audio_source.setter
    def audio_source(self, source) -> None:  # replaces the microphone (a tone or WAV file: demos and tests)
        self.logic.audio_source = source

    @property
    def last_recording(self):
        return self.logic.last_recording

    # ------------------------------------------------------------------ what is said
    def _text(self, item) -> str:
        """A notice, a source or an exception from the session, in the interface language."""
        from comms.studio import MESSAGES, Notice, Source
        from workstation.errors import CoreError

        if isinstance(item, Source):
            return self._label(item.kind, item.arg)
        if isinstance(item, CoreError) and item.code in STUDIO_MESSAGES:
            item = Notice(item.code, item.params)
        if isinstance(item, BaseException):
            return core_message(item)
        if not isinstance(item, Notice):
            return str(item)
        if item.code == "live":  # "Live: <title>", and where it records
            title, path = (tuple(item.params) + (None, None))[:2]
            text = self.tr("Live: %1").replace("%1", str(title))
            return text + (" — " + self.tr("Recording to %1").replace("%1", str(path)) if path else "")
        text = _bt(STUDIO_MESSAGES[item.code]) if item.code in STUDIO_MESSAGES else MESSAGES.get(item.code, item.code)
        for i, p in enumerate(item.params, 1):
            text = text.replace(f"%{i}", self._text(p))
        return text

    def _said(self, notice) -> None:
        if notice.code == "live" and self.status.styleSheet():
            return  # keep an error (no sound, no recording) in view
        self._say(self._text(notice), error=notice.error)

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #cf222e" if error else "")
        if error:
            self.c.message(text, 15000)

    # ------------------------------------------------------------------ sources
    def _chosen(self, slot: str, combo) -> None:
        kind = combo.currentData()
        arg = None
        if kind == "file":
            from PySide6.QtWidgets import QFileDialog

            arg, _ = QFileDialog.getOpenFileName(self, self.tr("A video file"), "",
                                                 self.tr("Video (*.mp4 *.mkv *.mov *.avi *.webm *.ts);;All files (*)"))
        elif kind == "url":
            from PySide6.QtWidgets import QInputDialog

            arg, ok = QInputDialog.getText(self, self.tr("Stream URL"),
                                           self.tr("rtsp://, http:// or udp:// address of the stream"))
            arg = arg.strip() if ok else ""
        if kind in ("file", "url") and not arg:
            self._select(slot)  # cancelled: the combo shows the source in use again
            return
        self.choose(slot, kind, arg)

    def _select(self, slot: str) -> None:
        combo = self.main_combo if slot == "main" else self.pip_combo
        combo.setCurrentIndex(max(0, combo.findData(self.logic.sources[slot].kind)))

    def choose(self, slot: str, kind: str, arg: str | None = None):
        """Use ``kind`` ("pattern", "file", "url", "camera", "view3d"; "none" for the
        picture-in-picture) as the ``slot`` ("main" or "pip") source (StudioSession.choose).
        Returns the Task opening it (None when immediate)."""
        return self.logic.choose(slot, kind, arg)

    def _label(self, kind: str, arg) -> str:
        label = self.tr(dict(SOURCE_KINDS)[kind]).rstrip("…") if kind in dict(SOURCE_KINDS) else kind
        return f"{label} {arg}" if arg and kind in ("file", "url") else label

    # ------------------------------------------------------------------ going live
    def access(self) -> dict:
        """Who may watch: my hospital, the hospitals listed, every trainee if ticked (workstation.policy)."""
        hospitals = [self.c.profile.hospital] + [h.strip() for h in self.invite_edit.text().split(",") if h.strip()]
        return {"hospitals": [h for h in hospitals if h], "roles": ["trainee"] if self.invite_trainees.isChecked() else []}

    def go_live(self, title: str | None = None, description: str | None = None) -> str | None:
        """Create the broadcast room, list it, go live and start sending. Returns the room."""
        if self.live:
            return self.session.room
        title = (title if title is not None else self.title_edit.text()).strip() or self.tr("Surgical demonstration")
        description = (description if description is not None else self.description_edit.text()).strip()
        self.status.setStyleSheet("")  # what is said from here on is about this broadcast
        self.logic.set_muted(not self.microphone.isChecked())
        room = self.logic.go_live(title, description, access=self.access())
        if room is None:
            return None
        self.preview.telestration = self.state.telestration
        self.preview.set_drawing(self.session)
        self._timer.start()
        self.title_edit.setText(title)
        self._refresh_buttons()
        self.refresh_lists()
        return room

    def stop_broadcast(self) -> None:
        """Stop sending and tell the viewers; the media and the recording close in the background."""
        if self.live:
            self._timer.stop()
            self.preview.set_drawing(None)
        self.logic.stop_broadcast()
        self._refresh_buttons()
        self.refresh_stats()

    def _live_changed(self, _live: bool) -> None:
        self._refresh_buttons()

    # ------------------------------------------------------------------ recording
    def default_record_path(self):
        return self.logic.default_record_path()

    def _record_toggled(self, on: bool) -> None:
        if not on:
            self.stop_recording()
            return
        from PySide6.QtWidgets import QFileDialog

        default = self.default_record_path()
        default.parent.mkdir(parents=True, exist_ok=True)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Record the broadcast to"), str(default),
                                              self.tr("MP4 video (*.mp4)"))
        if not path:
            self._set_record_button(False)
            return
        self.record_to(path, overwrite=True)  # the dialog asked before replacing a file

    def record_to(self, path, overwrite: bool = False) -> bool:
        """Record what is sent to ``path`` (StudioSession.record_to): False, and why, if it cannot."""
        return self.logic.record_to(path, overwrite=overwrite)

    def _set_record_button(self, on: bool) -> None:
        self.record_button.blockSignals(True)
        self.record_button.setChecked(on)
        self.record_button.blockSignals(False)

    def stop_recording(self):
        """Finish the recording (in the background). Returns the Task, or None."""
        return self.logic.stop_recording()

    # ------------------------------------------------------------------ viewers, hands, questions
    def refresh_lists(self) -> None:
        from PySide6.QtWidgets import QListWidgetItem

        st = self.state
        if st is None:
            return
        selected = self.viewers.currentItem().data(Qt.UserRole) if self.viewers.currentItem() else None
        self.viewers.clear()
        hands = {h.user for h in st.raised_hands()}
        for m in self.session.viewers():
            marks = []
            if m.user in st.mentors:
                marks.append(self.tr("may draw"))
            if m.user in st.speakers:
                marks.append(self.tr("may speak"))
            if m.user in hands:
                marks.append(self.tr("hand raised"))
            rtt = f" · {m.rtt_ms:.0f} ms" if m.rtt_ms is not None else ""
            extra = f" — {', '.join(marks)}" if marks else ""
            item = QListWidgetItem(f"{m.name} ({m.hospital}, {m.country}) · {role_name(m.role)}{rtt}{extra}")
            item.setToolTip(item.text())
            item.setData(Qt.UserRole, m.user)
            item.setData(Qt.UserRole + 1, m.role)
            self.viewers.addItem(item)
            if m.user == selected:
                self.viewers.setCurrentItem(item)
        self.hands.clear()
        for h in st.raised_hands():
            self.hands.addItem(f"✋ {h.name} · {time.strftime('%H:%M:%S', time.localtime(h.time))}")
        selected_q = self.questions.currentItem().data(Qt.UserRole) if self.questions.currentItem() else None
        self.questions.clear()
        for q in st.questions:
            mark = "✓ " if q.answered else ""
            lang = f" [{q.language}]" if q.language else ""
            item = QListWidgetItem(f"{mark}{q.sender_name}{lang}: {q.text}")
            item.setToolTip(item.text())
            item.setData(Qt.UserRole, q.seq)
            self.questions.addItem(item)
            if q.seq == selected_q:
                self.questions.setCurrentItem(item)
        self._refresh_rights_buttons()
        self._refresh_answer_button()

    def retranslate_ui(self) -> None:
        """The interface language changed (ui.common.i18n): rebuild the texts composed here."""
        self.refresh_lists()
        self.refresh_stats()

    def _selected_viewer(self):
        item = self.viewers.currentItem()
        return (item.data(Qt.UserRole), item.data(Qt.UserRole + 1)) if item is not None else (None, None)

    def _refresh_rights_buttons(self) -> None:
        st = self.state
        user, _role = self._selected_viewer()
        ok = st is not None and user is not None
        self.draw_button.setEnabled(ok)
        self.speak_button.setEnabled(ok)
        if ok:
            self.draw_button.setText(self.tr("Stop drawing") if user in st.mentors else self.tr("Allow drawing"))
            self.speak_button.setText(self.tr("Stop speaking") if user in st.speakers else self.tr("Allow speaking"))

    def _refresh_answer_button(self) -> None:
        item = self.questions.currentItem()
        q = self.state.question(item.data(Qt.UserRole)) if item is not None and self.state is not None else None
        self.answer_button.setEnabled(q is not None and not q.answered)

    def _answer(self) -> None:
        item = self.questions.currentItem()
        if item is not None:
            self.logic.answer(item.data(Qt.UserRole))

    def _show_watch_link(self, url: str, reason: str) -> None:
        if not url:
            return  # refused (said in the status line) or links taken back
        if self.watch_link_dialog is not None:
            self.watch_link_dialog.close()
        self.watch_link_dialog = WatchLinkDialog(self, url, lambda: self.logic.request_watch_link(revoke=True))
        self.watch_link_dialog.show()

    def _refresh_buttons(self) -> None:
        live = self.live
        self.watch_link_button.setEnabled(live and self.logic.watch_links_offered)
        self.live_button.setEnabled(not live)
        self.stop_button.setEnabled(live)
        self.clear_button.setEnabled(live)
        self.title_edit.setEnabled(not live)
        self.description_edit.setEnabled(not live)
        self.invite_edit.setEnabled(not live)
        self.invite_trainees.setEnabled(not live)

    def refresh_stats(self) -> None:
        self.watch_link_button.setEnabled(self.live and self.logic.watch_links_offered)  # once published
        s = self.logic.stats()
        if s is None:
            self.stats.setText("")
            return
        viewers = s["viewers"]
        text = (f"{s['rung']} · {s['bitrate_kbps']:.0f} kbit/s · {s['fps']:.0f} fps · "
                + self.tr("%n viewer(s)", "", viewers).replace("%n", str(viewers)))
        if s["recording"]:
            text += " · ● " + self.tr("REC")
        self.stats.setText(text)


class BroadcastViewer(QWidget):
    """A viewer's side: the list of broadcasts, the live picture with the surgeon's drawings and
    sound, raise a hand, ask a question; draw or speak once the surgeon allows it."""

    def __init__(self, controller: BroadcastController):
        super().__init__()
        self.c = controller
        self.session = None
        self.media = self.speaker = self.capture = None
        self.audio_frames = 0  # audio frames handed to the speaker
        self.audio_source = None  # replaces the microphone when speaking (tests, demos)
        self._latencies: list[float] = []
        self._lat_lock = threading.Lock()
        self._last_shown: float | None = None
        self._joined_at = time.monotonic()
        self._teardown_task = None

        from PySide6.QtWidgets import QCheckBox, QLineEdit, QListWidget, QPushButton, QStackedWidget

        self.stack = QStackedWidget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        outer.addWidget(self.stack)

        d = QWidget()
        dl = QVBoxLayout(d)
        dl.addWidget(QLabel(self.tr("Live surgical demonstrations")))
        self.broadcasts = QListWidget(objectName="broadcastList")
        dl.addWidget(self.broadcasts, 1)
        self.join_button = QPushButton(self.tr("Watch"), objectName="joinBroadcast")
        dl.addWidget(self.join_button)
        self.join_button.clicked.connect(self._join_selected)
        self.broadcasts.itemDoubleClicked.connect(lambda *_: self._join_selected())
        self.stack.addWidget(d)

        w = QWidget()
        wl = QVBoxLayout(w)
        wl.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(objectName="broadcastHeading", wordWrap=True)
        wl.addWidget(self.heading)
        self.view = VideoView(placeholder=self.tr("Waiting for the surgeon's picture…"))
        self.view.setObjectName("viewerVideo")
        self.view.setMinimumSize(320, 180)
        wl.addWidget(self.view, 3)
        row = QHBoxLayout()
        self.hand_button = QPushButton(self.tr("Raise hand"), objectName="raiseHand", checkable=True)
        self.speak_check = QCheckBox(self.tr("Speak"), objectName="speak", enabled=False)
        self.rights = QLabel(objectName="viewerRights")
        self.leave_button = QPushButton(self.tr("Leave"), objectName="leaveBroadcast")
        # a one-time browser link for someone without the workstation (the hub decides who may)
        self.watch_link_button = QPushButton(QCoreApplication.translate("BroadcastStudio", "Watch link…"),
                                             objectName="viewerWatchLink")  # the studio's words
        self.watch_link_dialog: WatchLinkDialog | None = None
        row.addWidget(self.hand_button)
        row.addWidget(self.speak_check)
        row.addWidget(self.rights, 1)
        row.addWidget(self.watch_link_button)
        row.addWidget(self.leave_button)
        self.watch_link_button.clicked.connect(lambda: self.ask_watch_link())
        wl.addLayout(row)
        self.hand_button.toggled.connect(self._hand_toggled)
        self.speak_check.toggled.connect(self._speak_toggled)
        self.leave_button.clicked.connect(self.leave)
        row = QHBoxLayout()
        self.question_input = QLineEdit(objectName="questionInput", placeholderText=self.tr("Ask the surgeon…"))
        self.send_button = QPushButton(self.tr("Send"), objectName="sendQuestion")
        row.addWidget(self.question_input, 1)
        row.addWidget(self.send_button)
        wl.addLayout(row)
        self.question_input.returnPressed.connect(self.send_question)
        self.send_button.clicked.connect(self.send_question)
        self.status = QLabel(objectName="viewerStatus", wordWrap=True)
        self.status.setStyleSheet("color: #cf222e")
        self.status.hide()
        wl.addWidget(self.status)
        self.questions = QListWidget(objectName="viewerQuestions")
        self.questions.setMaximumHeight(110)
        wl.addWidget(self.questions)
        self.stack.addWidget(w)

        self.view.frame_shown.connect(self._frame_shown)
        self._timer = QTimer(self, interval=500)
        self._timer.timeout.connect(self.refresh_stats)

    @property
    def state(self):
        return self.session.state if self.session is not None else None

    def _error(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()
        self.c.message(text, 15000)

    def ask_watch_link(self, revoke: bool = False) -> None:
        """Ask the hub for a one-time watch link of this broadcast: shown to copy, or why not."""
        from comms.studio import ask_watch_link

        if self.session is None:
            return

        def answered(url, reason):
            if reason:
                self._error(QCoreApplication.translate("BroadcastStudio", "No watch link: %1").replace("%1", reason))
            elif url:
                if self.watch_link_dialog is not None:
                    self.watch_link_dialog.close()
                self.watch_link_dialog = WatchLinkDialog(self, url, lambda: self.ask_watch_link(revoke=True))
                self.watch_link_dialog.show()

        ask_watch_link(self.c.client, self.session.room, answered, revoke=revoke, dispatch=self.c.dispatch)

    def refused(self, room: str, reason: str) -> None:
        """The hub refused (or cut) us from ``room``: back to the list, with the hub's reason."""
        if not room.startswith("broadcast-"):
            return
        if self.session is not None and self.session.room == room:
            self.leave()
        self._error(reason)

    # ------------------------------------------------------------------ directory
    def refresh_directory(self) -> None:
        from PySide6.QtWidgets import QListWidgetItem

        selected = self.broadcasts.currentItem().data(Qt.UserRole) if self.broadcasts.currentItem() else None
        self.broadcasts.clear()
        me = self.c.profile.user_id
        listings = sorted(self.c.directory.listings.items(), key=lambda kv: (not kv[1].get("live"),
                                                                             -kv[1].get("seq", 0)))
        for room, b in listings:
            if b.get("surgeon") == me:
                continue  # one's own broadcast is in the studio
            live = self.tr("LIVE") if b.get("live") else self.tr("ended")
            item = QListWidgetItem(f"● {live} — {b.get('title', room)}\n{b.get('surgeon_name', '')}"
                                   f" ({b.get('hospital', '')})")
            item.setData(Qt.UserRole, room)
            self.broadcasts.addItem(item)
            if room == selected:
                self.broadcasts.setCurrentItem(item)
        if self.broadcasts.currentItem() is None and self.broadcasts.count():
            self.broadcasts.setCurrentRow(0)

    def retranslate_ui(self) -> None:
        """The interface language changed (ui.common.i18n): rebuild the texts composed here."""
        self.refresh_directory()
        self.refresh()
        self.refresh_stats()

    def _join_selected(self) -> None:
        item = self.broadcasts.currentItem()
        if item is not None:
            self.join(item.data(Qt.UserRole))

    # ------------------------------------------------------------------ joining
    def join(self, room: str) -> None:
        """Watch a broadcast: its room (state, drawings, questions) and its media (picture, sound)."""
        from comms.broadcast import BroadcastSession

        if self.session is not None:
            self.leave()
        s = self.session = BroadcastSession(self.c.client, room, self.c.profile, dispatch=self.c.dispatch)
        st = s.state
        st.changed.connect(lambda *_: self.refresh())
        s.join()
        self.view.clear()
        self.view.telestration = st.telestration
        with self._lat_lock:
            self._latencies = []
        self._last_shown, self._joined_at = None, time.monotonic()
        self.audio_frames = 0
        self.questions.clear()
        self.status.hide()
        self.stack.setCurrentIndex(1)
        try:
            _require_webrtc(self.c.client)  # the studio publishes through the hub's Janus
            from comms.webrtc.audience import ViewerMedia

            self.media = ViewerMedia(self.c.client, lambda: st.broadcaster, self.c.profile.name)
            self.media.error.connect(lambda msg: self.c.dispatch(lambda: self._error(msg)))
            self.media.video.connect(self._video)
            self.media.audio.connect(self._audio)
            self.media.join(room)
        except Exception as exc:
            self.media = None
            self._error(self.tr("No picture or sound: %1").replace("%1", str(exc)))
        try:
            from comms.audio import Speaker

            self.speaker = Speaker().start()
        except Exception as exc:  # watching without sound
            self.speaker = None
            log.warning("no speaker: %s", exc)
        self._timer.start()
        self.refresh()

    def leave(self) -> None:
        s = self.session
        if s is None:
            return
        self._timer.stop()
        self.view.set_drawing(None)
        self.view.telestration = None
        try:
            s.leave()
        finally:
            s.close()
        self.session = None
        objects = [(self.capture, "stop"), (self.media, "stop"), (self.speaker, "stop")]
        self.capture = self.media = self.speaker = None
        from comms.studio import teardown

        self._teardown_task = Task(teardown, objects).start()
        self.hand_button.blockSignals(True)
        self.hand_button.setChecked(False)
        self.hand_button.blockSignals(False)
        self.speak_check.blockSignals(True)
        self.speak_check.setChecked(False)
        self.speak_check.blockSignals(False)
        self.view.clear()
        self.stack.setCurrentIndex(0)
        self.refresh_directory()

    # ------------------------------------------------------------------ media (media threads)
    def _video(self, sender: str, frame, capture_time: float) -> None:
        st = self.state
        if st is not None and sender == st.broadcaster:
            self.view.set_frame(frame, capture_time)

    def _audio(self, sender: str, pcm, capture_time: float) -> None:
        spk = self.speaker
        if spk is not None:
            spk.feed(sender, pcm, capture_time)
            self.audio_frames += 1

    def _frame_shown(self, capture_time: float) -> None:  # GUI thread: the frame is on screen now
        from comms.clock import wall_clock

        self._last_shown = time.monotonic()
        if capture_time == capture_time:  # not NaN
            with self._lat_lock:
                self._latencies.append((wall_clock() - capture_time) * 1000.0)
                del self._latencies[:-30]

    # ------------------------------------------------------------------ actions
    def _hand_toggled(self, raised: bool) -> None:
        if self.session is not None:
            self.session.raise_hand(raised)
        self.hand_button.setText(self.tr("Lower hand") if raised else self.tr("Raise hand"))

    def send_question(self) -> bool:
        """Ask the surgeon what is typed; a question that cannot be sent stays in the box."""
        from comms.broadcast import BroadcastError

        text = self.question_input.text().strip()
        if not text or self.session is None:
            return False
        try:
            self.session.ask(text)
        except BroadcastError as exc:
            self._error(str(exc))
            return False
        self.status.hide()
        self.question_input.clear()
        return True

    def _speak_toggled(self, on: bool) -> None:
        _call_quietly(self.capture)
        self.capture = None
        if not on and self.media is not None:  # unpublish the microphone now
            self.media.stop_speaking()
        if not on or self.media is None:
            return
        from comms.audio import Microphone, SourcePump

        try:
            self.capture = (SourcePump(self.audio_source, self.media.send_audio).start() if self.audio_source
                            else Microphone(on_frames=self.media.send_audio).start())
        except Exception as exc:
            self._error(self.tr("No microphone: %1").replace("%1", str(exc)))
            self.speak_check.blockSignals(True)
            self.speak_check.setChecked(False)
            self.speak_check.blockSignals(False)

    # ------------------------------------------------------------------ showing the state
    def refresh(self) -> None:
        from PySide6.QtWidgets import QListWidgetItem

        st = self.state
        if st is None:
            return
        me = self.c.profile.user_id
        self.watch_link_button.setVisible(bool(self.c.client.services.get("watch-links")))
        meta = st.meta
        title = meta.title if meta is not None else self.tr("Broadcast")
        who = f"{meta.surgeon_name} ({meta.hospital})" if meta is not None else ""
        live = self.tr("LIVE") if st.live else self.tr("not live")
        self.heading.setText(f"<b>{_escape(title)}</b> — {_escape(who)} · {live}")
        may_draw = st.may_draw(me)
        if may_draw != self.view.drawing_enabled:
            self.view.set_drawing(self.session if may_draw else None)
        may_speak = me in st.speakers
        self.speak_check.setEnabled(may_speak)
        if not may_speak and self.speak_check.isChecked():
            self.speak_check.setChecked(False)
        rights = [self.tr("you may draw on the picture")] if may_draw else []
        if may_speak:
            rights.append(self.tr("you may speak"))
        self.rights.setText("; ".join(rights))
        raised = me in st.hands
        if raised != self.hand_button.isChecked():
            self.hand_button.blockSignals(True)
            self.hand_button.setChecked(raised)
            self.hand_button.setText(self.tr("Lower hand") if raised else self.tr("Raise hand"))
            self.hand_button.blockSignals(False)
        self.questions.clear()
        for q in st.questions:
            mark = "✓ " if q.answered else ""
            item = QListWidgetItem(f"{mark}{q.sender_name}: {q.text}")
            item.setData(Qt.UserRole, q.seq)
            self.questions.addItem(item)

    def refresh_stats(self) -> None:
        with self._lat_lock:
            lat = sorted(self._latencies)
        if lat:
            self.view.set_latency(lat[len(lat) // 2], bool(getattr(self.media, "latency_estimated", False)))
        media, st = self.media, self.state
        if media is None or st is None:
            return
        stalled = time.monotonic() - (self._last_shown or self._joined_at)
        if st.live and stalled > 2.0:
            self.view.set_latency(None)
            self.view.set_stats(self.tr("No picture for %1 s").replace("%1", f"{stalled:.0f}"))
            return
        v = media.stats.get("senders", {}).get(st.broadcaster, {}).get("video")
        if v:
            self.view.set_stats(f"{v.get('width', 0)}x{v.get('height', 0)} · {v.get('fps', 0):.0f} fps · "
                                f"{v.get('bitrate_kbps', 0):.0f} kbit/s")


class BroadcastPanel(QWidget):
    """The "Broadcasts" dock: watch (everyone) and broadcast (surgeons)."""

    def __init__(self, controller: BroadcastController):
        super().__init__()
        from PySide6.QtWidgets import QTabWidget

        self.c = controller
        self.tabs = QTabWidget(objectName="broadcastTabs")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        if controller.studio is not None:
            self.tabs.addTab(controller.studio, self.tr("Broadcast"))
        self.tabs.addTab(controller.viewer, self.tr("Watch"))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
