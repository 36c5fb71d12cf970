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
from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

log = logging.getLogger(__name__)

#: Glass-to-glass latency thresholds from the surgical telementoring literature (ms).
IDEAL_LATENCY_MS = 200.0
ACCEPTABLE_LATENCY_MS = 300.0
LATENCY_COLOURS = {"ideal": "#1a7f37", "acceptable": "#b58100", "too slow": "#cf222e"}
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
    def set_latency(self, ms: float | None) -> None:
        """Show the glass-to-glass latency, coloured by the surgical thresholds."""
        self.latency_ms = ms
        if ms is None:
            self.latency_grade = None
            self.latency_label.hide()
            return
        grade = self.latency_grade = latency_grade(ms)
        self.latency_label.setText(self.tr("Glass-to-glass %1 ms (%2)").replace("%1", f"{ms:.0f}")
                                   .replace("%2", self.tr(grade)))
        self.latency_label.setStyleSheet(
            f"background: rgba(0, 0, 0, 170); color: {LATENCY_COLOURS[grade]}; font-weight: bold; "
            "padding: 2px 5px; border-radius: 3px")
        self.latency_label.show()

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
                pen = QPen(colour, max(1.0, float(width) * r.height()), Qt.SolidLine, Qt.RoundCap, Qt.RoundJoin)
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

    def set_drawing(self, target) -> None:
        """``target`` (with pen_down/pen_move/pen_up(x, y)) receives the pen; None stops drawing."""
        if target is None and self._pen and self._target is not None:
            self._pen = False
            try:
                self._target.pen_up(*self._last_xy)
            except Exception as exc:
                log.warning("pen up: %s", exc)
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
        self._target.pen_down(*xy)
        ev.accept()

    def mouseMoveEvent(self, ev):
        if not self._pen or self._target is None:
            return super().mouseMoveEvent(ev)
        self._last_xy = self.to_picture(ev.position(), clamp=True)
        self._target.pen_move(*self._last_xy)
        ev.accept()

    def mouseReleaseEvent(self, ev):
        if not self._pen or self._target is None or ev.button() != Qt.LeftButton:
            return super().mouseReleaseEvent(ev)
        self._pen = False
        self._last_xy = self.to_picture(ev.position(), clamp=True)
        self._target.pen_up(*self._last_xy)
        ev.accept()
