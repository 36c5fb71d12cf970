"""The volume bar of the reading room: which volume of a 4-D series (fMRI time point, diffusion
direction, echo...) every view shows, cine across the volumes, and which stack of a series of
several orientations (localizers) is open. Only shows and forwards: the volumes are the Qt-free
``workstation.dicom.multivolume.MultiVolume``; the window puts the chosen volume in the views."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSlider, QWidget

from workstation.dicom.multivolume import MultiVolume

CINE_MS = 200  # volumes per second in cine: 5


class VolumeBar(QWidget):
    volume_chosen = Signal(int)  # index of the volume in the 4-D series
    stack_chosen = Signal(int)  # index of the stack in the series

    def __init__(self, parent=None):
        super().__init__(parent)
        self.series: MultiVolume | None = None
        self.stacks: list = []
        lay = QHBoxLayout(self)
        lay.setContentsMargins(4, 0, 4, 0)
        self.stack_combo = QComboBox(objectName="stackCombo")
        self.stack_combo.setToolTip(self.tr("This series holds images in several orientations or sizes: "
                                            "each is a separate stack"))
        self.stack_combo.activated.connect(self.stack_chosen.emit)
        self.title = QLabel(self.tr(" Volume "))
        self.slider = QSlider(Qt.Horizontal, objectName="volumeSlider", minimumWidth=140)
        self.slider.setToolTip(self.tr("Volume of the series shown in every view (time point, diffusion "
                                       "direction, echo…)"))
        self.slider.valueChanged.connect(self._moved)
        self.label = QLabel(objectName="volumeLabel")
        self.cine_button = QPushButton(self.tr("Volumes ▶"), objectName="volumeCineButton", checkable=True)
        self.cine_button.setToolTip(self.tr("Play through the volumes"))
        self.cine_button.toggled.connect(self.set_cine)
        for w in (self.stack_combo, self.title, self.slider, self.label, self.cine_button):
            lay.addWidget(w)
        self.timer = QTimer(self)
        self.timer.setInterval(CINE_MS)
        self.timer.timeout.connect(self.step)
        self._update_visibility()

    # -- what is shown
    def set_stacks(self, volumes: list, current: int = 0) -> None:
        """The stacks of the open series (a list of Volumes; one entry: no choice to offer)."""
        self.stacks = list(volumes)
        self.stack_combo.blockSignals(True)
        self.stack_combo.clear()
        for n, v in enumerate(self.stacks):
            nx, ny, nz = v.shape_ijk
            axis = "LPS"[int(abs(v.direction[:, 2]).argmax())]
            plane = {"S": self.tr("axial"), "P": self.tr("coronal"), "L": self.tr("sagittal")}[axis]
            self.stack_combo.addItem(self.tr("Stack %1/%2: %3, %4 slices").replace("%1", str(n + 1))
                                     .replace("%2", str(len(self.stacks))).replace("%3", plane)
                                     .replace("%4", str(nz)))
        self.stack_combo.setCurrentIndex(current if self.stacks else -1)
        self.stack_combo.blockSignals(False)
        self._update_visibility()

    def set_series(self, series: MultiVolume | None, current: int = 0) -> None:
        if series is not self.series:
            self.set_cine(False)
        self.series = series if series is not None and len(series) > 1 else None
        if self.series is not None:
            self.slider.blockSignals(True)
            self.slider.setRange(0, len(self.series) - 1)
            self.slider.setValue(current)
            self.slider.blockSignals(False)
        self.refresh()
        self._update_visibility()

    def refresh(self) -> None:
        """Label of the current volume (with '(loading)' until its pixels are all read)."""
        if self.series is None:
            self.label.clear()
            return
        t = self.slider.value()
        text = " " + self.series.label(t)
        if t >= self.series.loaded:
            text += " " + self.tr("(loading)")
        self.label.setText(text + " ")

    def current(self) -> int:
        return self.slider.value() if self.series is not None else 0

    def _update_visibility(self) -> None:
        many = self.series is not None
        for w in (self.title, self.slider, self.label, self.cine_button):
            w.setVisible(many)
        self.stack_combo.setVisible(len(self.stacks) > 1)

    def needed(self) -> bool:
        """Whether there is anything to choose (the window shows the bar's tool bar only then)."""
        return self.series is not None or len(self.stacks) > 1

    # -- user actions
    def _moved(self, t: int) -> None:
        self.refresh()
        self.volume_chosen.emit(t)

    def go(self, t: int) -> None:
        if self.series is not None:
            self.slider.setValue(max(0, min(int(t), len(self.series) - 1)))

    def step(self) -> None:
        """Next volume among those already read, wrapping round."""
        if self.series is None:
            self.set_cine(False)
            return
        ready = max(1, min(self.series.loaded, len(self.series)))
        self.go((self.slider.value() + 1) % ready)

    def set_cine(self, on: bool) -> None:
        if self.cine_button.isChecked() != on:
            self.cine_button.setChecked(on)  # toggled() comes back here
            return
        if on and self.series is not None:
            self.timer.start()
        else:
            self.timer.stop()
