"""Compare with prior: the current and a prior series of one patient side by side.

Only shows and forwards: the synchronization is ``workstation.compare.Comparison``. The left pane
shows the reading window's own series on the window's ViewState (so a consult presenter's
scrolling travels as usual); the right pane has its own ViewState. Opened from the study
browser ("Compare with…") or by a consult follower (:meth:`CompareView.apply_message`).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from workstation.compare import CompareError, CompareState, Comparison, frame_of_reference, matching_series
from workstation.dicom.assemble import load_series_from_catalog
from workstation.dicom.display import is_image_series
from workstation.model import dicom_date
from workstation.viewstate import ViewState

from ui.common.qthreading import Task
from ui.reading.viewports import SliceViewport

log = logging.getLogger(__name__)


def _describe(volume) -> str:
    m = volume.meta
    return " ".join(x for x in (dicom_date(m.get("study_date")), m.get("modality", ""),
                                m.get("series_description", "")) if x)


class CompareView(QWidget):
    """A window with two slice panes (current | prior), a W/L link and "Pair these slices"."""

    ready = Signal()  # both series are shown and synchronized
    changed = Signal(object)  # the comparison as a consult message (dict), None when closed
    failed = Signal(str)

    def __init__(self, window, parent=None):
        super().__init__(parent or window, Qt.Window)
        self.setObjectName("compareView")
        self.setWindowTitle(self.tr("Compare with prior"))
        self.resize(1200, 700)
        self.window_ = window
        self.catalog = window.catalog
        self.prior_state = ViewState()
        self.state = CompareState()
        self.comparison: Comparison | None = None
        self.current_pane: SliceViewport | None = None
        self.prior_pane: SliceViewport | None = None
        self.prior_volume = None
        self._task: Task | None = None
        self._wanted: tuple[str, str] | None = None
        self._pending_message: dict | None = None

        self.current_label = QLabel(objectName="compareCurrentLabel")
        self.prior_label = QLabel(objectName="comparePriorLabel")
        self.link_wl = QCheckBox(self.tr("Link W/L"), objectName="compareLinkWL")
        self.link_wl.toggled.connect(lambda on: self.comparison is not None and self.comparison.set_link_wl(on))
        self.pair_button = QPushButton(self.tr("Pair these slices"), objectName="comparePair")
        self.pair_button.setToolTip(self.tr("The two slices shown are the same anatomy: scroll them together "
                                            "from now on"))
        self.pair_button.clicked.connect(self.pair)
        self.unpair_button = QPushButton(self.tr("Unpair"), objectName="compareUnpair")
        self.unpair_button.clicked.connect(lambda: self.comparison is not None and self.comparison.unpair())
        self.sync_label = QLabel(objectName="compareSyncLabel")
        self.sync_label.setWordWrap(True)
        bar = QHBoxLayout()
        for w in (self.link_wl, self.pair_button, self.unpair_button):
            bar.addWidget(w)
        bar.addWidget(self.sync_label, 1)
        labels = QHBoxLayout()
        labels.addWidget(self.current_label, 1)
        labels.addWidget(self.prior_label, 1)
        self.panes = QHBoxLayout()
        self.panes.setSpacing(2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addLayout(labels)
        layout.addLayout(self.panes, 1)
        self.state.events.connect(self._compare_changed)
        window.state.events.connect(self._render)
        window.volume_loaded.connect(self._window_volume_loaded)
        self.prior_state.events.connect(self._render)
        self._refresh_controls()

    # ------------------------------------------------------------------ opening
    def open_studies(self, study_uid: str, prior_study_uid: str) -> None:
        """Compare the study's series open in the window (or its largest) with the prior's best match."""
        series = self.catalog.series(study_uid)
        prior = self.catalog.series(prior_study_uid)
        if not series or not prior:
            self._fail(self.tr("One of the two studies has no series."))
            return
        open_uid = self.window_.state.series_uid
        current = next((s for s in series if s.series_uid == open_uid), None) or max(series, key=lambda s: s.n_images)
        self.open_series(current.series_uid, matching_series(current, prior).series_uid)

    def open_series(self, current_uid: str, prior_uid: str, message: dict | None = None) -> None:
        """Show ``current_uid`` (in the reading window too) beside ``prior_uid``; ``message``: a
        consult presenter's comparison to apply once both are shown."""
        if current_uid == prior_uid:
            self._fail(self.tr("Choose another series to compare with."))
            return
        for uid in (current_uid, prior_uid):
            records = self.catalog.instances(uid)
            if not records:
                self._fail(self.tr("The series %1 is not in the catalog.").replace("%1", uid))
                return
            if is_image_series(records):
                self._fail(self.tr("Compare with prior shows series of slices (CT, MR, PET…); "
                                   "this series holds separate images: open it on its own."))
                return
        if message is not None:
            self._pending_message = message
        if self._wanted == (current_uid, prior_uid):  # shown already, or on its way
            self.show()
            self._apply_pending()
            return
        self._wanted = (current_uid, prior_uid)
        self._close_comparison()
        self.sync_label.setText(self.tr("Loading…"))
        self.show()
        w = self.window_
        if w.volume is None or w.volume.meta.get("series_uid") != current_uid or w.state.series_uid != current_uid:
            w.volume_loaded.connect(self._current_loaded)
            w.open_series(current_uid)
        if self.prior_volume is not None and self.prior_volume.meta.get("series_uid") == prior_uid:
            self._try_start()
            return
        self.prior_volume = None
        if self._task is not None and not self._task.done:
            self._task.cancel.set()
        task = self._task = Task(lambda progress, cancel: load_series_from_catalog(
            self.catalog, prior_uid, progress=progress, cancel=cancel))
        task.finished.connect(lambda vols, t=task: self._prior_loaded(vols, t))
        task.failed.connect(lambda msg: self._fail(self.tr("Could not open the prior series: %1").replace("%1", msg)))
        task.start()

    def _window_volume_loaded(self, volume) -> None:
        """The reading window opened another series: this comparison no longer shows it."""
        if self.comparison is not None and self._wanted is not None \
                and volume.meta.get("series_uid") != self._wanted[0]:
            self.close()

    def _current_loaded(self, _volume) -> None:
        try:
            self.window_.volume_loaded.disconnect(self._current_loaded)
        except (RuntimeError, TypeError):
            pass
        self._try_start()

    def _prior_loaded(self, volumes, task) -> None:
        if task is not self._task:
            return
        if not volumes:
            self._fail(self.tr("The prior series holds no images."))
            return
        self.prior_volume = volumes[0]
        self._try_start()

    def _try_start(self) -> None:
        w = self.window_
        if self._wanted is None or self.prior_volume is None or w.volume is None:
            return
        current_uid, prior_uid = self._wanted
        if w.volume.meta.get("series_uid") != current_uid or self.prior_volume.meta.get("series_uid") != prior_uid:
            return
        try:
            frames = [frame_of_reference(self.catalog.instances(uid)[0].path) for uid in (current_uid, prior_uid)]
        except Exception as exc:  # an unreadable header: compare without shared coordinates
            log.warning("compare: frame of reference unknown: %s", exc)
            frames = ["", ""]
        pv = self.prior_volume
        ps = self.prior_state
        ps.series_uid = prior_uid
        ps.position = tuple(float(v) for v in pv.center())
        ps.zoom, ps.pan = w.state.zoom, (0.0, 0.0)
        ps.window, ps.level = w._default_window(pv)
        self.state.offset_mm = None
        self.state.link_wl = self.link_wl.isChecked()
        self.comparison = Comparison(w.volume, pv, w.state, ps, current_frame=frames[0], prior_frame=frames[1],
                                     state=self.state)
        orientation = self.state.orientation
        self.current_pane = SliceViewport(orientation, w.state)
        self.current_pane.setObjectName("compare-current")
        self.prior_pane = SliceViewport(orientation, ps)
        self.prior_pane.setObjectName("compare-prior")
        for pane in (self.current_pane, self.prior_pane):
            pane.scene.set_crosshair_visible(False)  # one plane each: no other planes to cross
            self.panes.addWidget(pane, 1)
            pane.show()
        self.current_pane.set_volume(w.volume)
        self.prior_pane.set_volume(pv)
        self.current_label.setText(self.tr("Current: %1").replace("%1", _describe(w.volume)))
        self.prior_label.setText(self.tr("Prior: %1").replace("%1", _describe(pv)))
        self._apply_pending()
        self._refresh_controls()
        self.ready.emit()
        self.changed.emit(self.state.to_message())

    def _fail(self, message: str) -> None:
        self._wanted = None  # asking again tries again
        self.sync_label.setText(message)
        self.window_.statusBar().showMessage(message, 15000)
        self.failed.emit(message)

    # ------------------------------------------------------------------ actions
    def pair(self) -> None:
        if self.comparison is not None:
            self.comparison.pair()

    def message(self) -> dict | None:
        return self.state.to_message() if self.comparison is not None else None

    def apply_message(self, message: dict) -> None:
        """A consult presenter's comparison (``workstation.compare.CompareState.to_message``)."""
        self._pending_message = message
        self._apply_pending()

    def _apply_pending(self) -> None:
        msg, self._pending_message = self._pending_message, None
        if not msg or self.comparison is None:
            self._pending_message = msg
            return
        try:
            self.comparison.set_offset(msg.get("offset_mm"))
        except CompareError as exc:
            log.warning("compare: %s", exc)
        self.link_wl.setChecked(bool(msg.get("link_wl")))

    # ------------------------------------------------------------------ display
    def _compare_changed(self, info) -> None:
        self._refresh_controls()
        if self.comparison is not None:
            self.changed.emit(self.state.to_message())

    def _refresh_controls(self) -> None:
        s = self.state
        started = self.comparison is not None
        self.pair_button.setEnabled(started)
        self.unpair_button.setEnabled(started and not s.same_frame and s.offset_mm is not None)
        self.link_wl.blockSignals(True)
        self.link_wl.setChecked(s.link_wl)
        self.link_wl.blockSignals(False)
        if not started:
            return
        if s.same_frame and s.offset_mm == 0.0:
            text = self.tr("Scrolling together by patient position (same frame of reference).")
        elif s.offset_mm is None:
            text = self.tr("Different frame of reference: scroll each side to the same anatomy, then "
                           "Pair these slices.")
        else:
            text = self.tr("Paired: scrolling together (prior %1 mm).").replace("%1", f"{s.offset_mm:+.1f}")
        self.sync_label.setText(text)

    def _render(self, *_):
        for pane in (self.current_pane, self.prior_pane):
            if pane is not None:
                pane.schedule_render()

    def _close_comparison(self) -> None:
        if self.comparison is not None:
            self.comparison.close()
            self.comparison = None
        for pane in (self.current_pane, self.prior_pane):
            if pane is not None:
                self.panes.removeWidget(pane)
                pane.close_vtk()
                pane.deleteLater()
        self.current_pane = self.prior_pane = None

    def closeEvent(self, ev):
        if self._task is not None and not self._task.done:
            self._task.cancel.set()
        self._close_comparison()
        self._wanted = None
        self.changed.emit(None)
        super().closeEvent(ev)
