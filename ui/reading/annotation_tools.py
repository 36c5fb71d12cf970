"""Drawing tools of the 2-D views: one per annotation kind (length, angle, ellipse, polygon, arrow,
text, and any kind registered later), laser pointer and select. A tool turns mouse gestures (in
patient millimetres, via the view's scene) into ``Annotation`` objects, following its kind's
``gesture`` (drag, clicks or text) and ``drag_points``; the window decides where a finished one
goes (the local reading set, or the consult through the hub)."""

from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from workstation.annotations import (
    KINDS, LENGTH, Annotation, AnnotationKind, GeometryError, kind_class, registered,
)
from workstation.annotations.image import NOTE_TEMPLATES

NAVIGATE, SELECT, POINTER = "navigate", "select", "pointer"
TOOLS = (NAVIGATE, SELECT, POINTER, *KINDS)
MIN_SIZE_MM = 0.5


#: The built-in kinds' label templates, for lupdate (context "AnnotationLabel"); the strings are
#: the kinds' own ``label_templates`` (workstation/annotations/kinds.py).
_LABEL_TEMPLATES = (
    QT_TRANSLATE_NOOP("AnnotationLabel", "{length_mm} mm"),
    QT_TRANSLATE_NOOP("AnnotationLabel", "{angle_deg}\u00b0"),
    QT_TRANSLATE_NOOP("AnnotationLabel", "A {area_mm2} mm\u00b2"),
    QT_TRANSLATE_NOOP("AnnotationLabel", "mean {mean} \u00b1 {sd}{units}"),
    QT_TRANSLATE_NOOP("AnnotationLabel", "[{minimum}, {maximum}]"),
)
#: The calibration notes of measurements on 2-D images (workstation/annotations/image.py).
_NOTE_TEMPLATES = (
    QT_TRANSLATE_NOOP("AnnotationLabel", "at detector"),
    QT_TRANSLATE_NOOP("AnnotationLabel", "at detector \u00f7 magnification %1"),
    QT_TRANSLATE_NOOP("AnnotationLabel", "ultrasound region %1"),
    QT_TRANSLATE_NOOP("AnnotationLabel", "uncalibrated: outside the ultrasound regions"),
    QT_TRANSLATE_NOOP("AnnotationLabel", "uncalibrated"),
    QT_TRANSLATE_NOOP("AnnotationLabel", "ultrasound region %1 measures %2: not a distance"),
    QT_TRANSLATE_NOOP("AnnotationLabel", "ultrasound region %1: not a distance, spans %2"),
)


def label_templates() -> dict[str, str]:
    """Every registered kind's label templates and the 2-D calibration notes in the interface language (for
    ``render.annotations.AnnotationLayer.label_templates``)."""
    out = {}
    for name in registered():
        for tpl in kind_class(name).label_templates:
            out[tpl] = QCoreApplication.translate("AnnotationLabel", tpl)
    for tpl in NOTE_TEMPLATES:  # how a 2-D image measurement is calibrated
        out[tpl] = QCoreApplication.translate("AnnotationLabel", tpl)
    return out


class _NoKind(AnnotationKind):
    """What a gesture of an unknown tool name draws: nothing."""

    gesture = ""


def _p(xyz) -> tuple[float, float, float]:
    return tuple(float(v) for v in xyz)


class DrawingGesture:
    """The annotation being drawn in one view. Feed it press/move/release/click positions in
    patient mm; ``draft`` is what to show meanwhile; ``finished`` the annotation once complete."""

    def __init__(self, kind: str, normal, right, up, owner: str, owner_name: str, series_uid: str):
        self.kind = kind
        try:
            self.kind_class = kind_class(kind)
        except GeometryError:  # not an annotation kind: the gesture draws nothing
            self.kind_class = _NoKind
        self.normal, self.right, self.up = (np.asarray(v, dtype=float) for v in (normal, right, up))
        self.owner, self.owner_name, self.series_uid = owner, owner_name, series_uid
        self.points: list[tuple[float, float, float]] = []
        self.cursor: tuple[float, float, float] | None = None
        self.finished: Annotation | None = None

    # A drag draws two-point shapes and ellipses; clicks place angle and polygon vertices.
    @property
    def _drag(self) -> bool:
        return self.kind_class.gesture == "drag"

    @property
    def _clicks(self) -> bool:
        return self.kind_class.gesture == "click"

    @property
    def wants_text(self) -> bool:
        """The click places text: ask for it, then :meth:`place_text`."""
        return self.kind_class.gesture == "text"

    @property
    def closes_on_double_click(self) -> bool:
        """Drawn by clicks with no fixed number of points (a polygon): a double click closes it."""
        return self._clicks and self.kind_class.max_points > self.kind_class.min_points

    def press(self, xyz) -> None:
        if self._drag and not self.points:
            self.points = [_p(xyz)]
        self.cursor = _p(xyz)

    def move(self, xyz) -> None:
        self.cursor = _p(xyz)

    def release(self, xyz) -> None:
        self.cursor = _p(xyz)
        if self._drag and self.points:
            if np.linalg.norm(np.subtract(xyz, self.points[0])) >= MIN_SIZE_MM:
                self._finish(self._shape_points(self.points[0], xyz))
            else:
                self.points = []
        elif self._clicks:
            self.points.append(_p(xyz))
            if len(self.points) == self.kind_class.max_points:
                self._finish(self.points)

    def close_polygon(self) -> None:
        """Finish a shape drawn by clicks that takes more points (a polygon)."""
        if self._clicks and len(self.points) >= self.kind_class.min_points:
            self._finish(self.points)

    def place_text(self, xyz, text: str) -> None:
        if text.strip():
            self.points = [_p(xyz)]
            self._finish(self.points, text=text.strip())

    def _shape_points(self, a, b):
        return [_p(p) for p in self.kind_class.drag_points(a, b, self.right, self.up, MIN_SIZE_MM)]

    def _make(self, points, text: str = "") -> Annotation:
        now = time.time()
        return Annotation(kind=self.kind, points=[_p(p) for p in points], text=text, owner=self.owner,
                          owner_name=self.owner_name, series_uid=self.series_uid, plane_normal=_p(self.normal),
                          created=now, modified=now)

    def _finish(self, points, text: str = "") -> None:
        ann = self._make(points, text)
        try:
            ann.validate()
        except GeometryError:
            self.points = []
            return
        self.finished = ann

    @property
    def draft(self) -> Annotation | None:
        if self.finished is not None or self.cursor is None:
            return None
        if self._drag and self.points:
            pts = self._shape_points(self.points[0], self.cursor)
        elif self._clicks and self.points:
            pts = self.points + [self.cursor]
        else:
            return None
        if self._clicks and len(pts) < self.kind_class.min_points:
            draft_kind = LENGTH  # not a shape yet: shown as a line with its length
        else:
            draft_kind = self.kind
        return Annotation(kind=draft_kind, points=[_p(p) for p in pts], owner=self.owner, series_uid=self.series_uid,
                          plane_normal=_p(self.normal), id="draft")
