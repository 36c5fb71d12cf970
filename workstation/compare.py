"""Compare with prior: two series of the same patient side by side, scrolled together.

Qt-free logic (the compare view in ``ui/reading/compare.py`` only shows and forwards):

* :func:`prior_studies` -- the other studies of the same patient (Patient ID), newest first.
* :func:`matching_series` -- in the prior study, the series that best matches the current one.
* :class:`Comparison` -- keeps two :class:`~workstation.viewstate.ViewState` (current, prior) in
  step. Scrolling is compared along one patient axis, the normal of the plane both panes show
  (the current series' acquisition plane: sagittal, coronal or axial).

  - Same Frame of Reference UID: the two series share patient coordinates, so a slice position of
    one maps to the nearest slice of the other at the same position (offset 0 mm).
  - Different Frame of Reference: positions mean nothing across series until the user scrolls each
    to the same anatomy and *pairs* the two slices (:meth:`Comparison.pair`); the offset
    (prior minus current, mm along the shared normal) is kept and applied from then on.
  - Window/level linked on request (:attr:`CompareState.link_wl`).

The evented :class:`CompareState` is what a consult carries to followers (:meth:`CompareState.to_message`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from psygnal import evented

from .model import Volume
from .viewstate import AXIAL, CORONAL, SAGITTAL, ViewState

ORIENTATION_OF_AXIS = {0: SAGITTAL, 1: CORONAL, 2: AXIAL}  # LPS axis of the plane normal -> view
AXIS_OF_ORIENTATION = {v: k for k, v in ORIENTATION_OF_AXIS.items()}


class CompareError(ValueError):
    """The two series cannot be compared (the message says why)."""


@evented
@dataclass
class CompareState:
    """What defines a comparison (and travels in a consult): the prior series, the pairing
    offset (None: not paired, the panes scroll independently) and the W/L link."""

    current_series_uid: str = ""
    prior_series_uid: str = ""
    orientation: str = SAGITTAL
    same_frame: bool = False  # the two series share a Frame of Reference UID
    offset_mm: float | None = None  # prior minus current along the plane normal; None: not paired
    link_wl: bool = False

    @property
    def synchronized(self) -> bool:
        return self.offset_mm is not None

    def to_message(self) -> dict:
        """The comparison as plain data for a consult's ``consult.view`` (``compare`` field)."""
        return {"series_uid": self.prior_series_uid, "orientation": self.orientation,
                "offset_mm": self.offset_mm, "link_wl": self.link_wl, "same_frame": self.same_frame}


# -- choosing what to compare ------------------------------------------------------------------

def prior_studies(studies, study) -> list:
    """The other studies of ``study``'s patient (same non-empty Patient ID) among ``studies``
    (``StudyRecord``-like: ``patient_id``, ``study_uid``, ``study_date``), newest first."""
    pid = (study.patient_id or "").strip()
    if not pid:
        return []
    others = [s for s in studies if (s.patient_id or "").strip() == pid and s.study_uid != study.study_uid]
    return sorted(others, key=lambda s: (s.study_date or "", s.study_uid), reverse=True)


def matching_series(current, candidates):
    """The series of ``candidates`` (``SeriesRecord``-like) to show beside ``current``: same modality
    and description first, then same modality, then the one with the most images; None if empty."""
    if not candidates:
        return None

    def score(s):
        same_mod = (s.modality or "") == (current.modality or "")
        same_desc = (s.series_description or "").strip().casefold() == (current.series_description or "").strip().casefold()
        return (same_mod and same_desc, same_mod, s.n_images)

    return max(candidates, key=score)


def frame_of_reference(path) -> str:
    """The Frame of Reference UID of a DICOM file ("" when it has none)."""
    import pydicom

    ds = pydicom.dcmread(path, stop_before_pixels=True, specific_tags=["FrameOfReferenceUID"])
    return str(ds.get("FrameOfReferenceUID", "") or "").strip()


# -- geometry ----------------------------------------------------------------------------------

def acquisition_orientation(volume: Volume) -> str:
    """The view plane closest to the volume's slices (its slice normal's main LPS axis)."""
    d = volume.direction
    normal = np.cross(d[:, 0], d[:, 1])
    return ORIENTATION_OF_AXIS[int(np.argmax(np.abs(normal)))]


def slice_positions(volume: Volume, orientation: str) -> np.ndarray:
    """Positions (mm along the LPS axis normal to ``orientation``) of the planes a view of that
    orientation shows for ``volume``: one per voxel layer along that axis, ascending."""
    axis = AXIS_OF_ORIENTATION[orientation]
    a = int(np.argmax(np.abs(volume.affine[axis, :3])))  # the index axis running along it
    step = abs(float(volume.affine[axis, a]))
    n = volume.shape_ijk[a]
    nx, ny, nz = volume.shape_ijk
    corners = np.array([[i, j, k] for i in (0, nx - 1) for j in (0, ny - 1) for k in (0, nz - 1)], dtype=float)
    proj = volume.index_to_patient(corners)[:, axis]
    first = float((proj.min() + proj.max()) / 2 - step * (n - 1) / 2)
    return first + step * np.arange(n)


def nearest(positions: np.ndarray, coord: float) -> float:
    """The position of ``positions`` nearest to ``coord`` (ties: the lower one)."""
    return float(positions[int(np.argmin(np.abs(np.asarray(positions) - coord)))])


def _finite(value, what: str) -> float:
    v = float(value)
    if not math.isfinite(v):
        raise CompareError(f"{what} must be a finite number, got {value!r}")
    return v


class Comparison:
    """Keeps the prior pane in step with the current pane (and back).

    ``current_view`` and ``prior_view`` are the ViewStates the two panes render; a change of the
    position along the shared normal in one moves the other to its nearest slice at the same
    patient position (plus the pairing offset). With ``link_wl`` window and level follow too.
    Call :meth:`close` to stop listening.
    """

    def __init__(self, current: Volume, prior: Volume, current_view: ViewState, prior_view: ViewState, *,
                 current_frame: str = "", prior_frame: str = "", orientation: str | None = None,
                 state: CompareState | None = None):
        self.current, self.prior = current, prior
        self.current_view, self.prior_view = current_view, prior_view
        orientation = orientation or acquisition_orientation(current)
        if orientation not in AXIS_OF_ORIENTATION:
            raise CompareError(f"unknown orientation {orientation!r}")
        same = bool(current_frame) and current_frame == prior_frame
        self.state = state if state is not None else CompareState()
        s = self.state
        s.current_series_uid = current.meta.get("series_uid", s.current_series_uid)
        s.prior_series_uid = prior.meta.get("series_uid", s.prior_series_uid)
        s.orientation = orientation
        s.same_frame = same
        if same and s.offset_mm is None:
            s.offset_mm = 0.0
        self.axis = AXIS_OF_ORIENTATION[orientation]
        self.current_slices = slice_positions(current, orientation)
        self.prior_slices = slice_positions(prior, orientation)
        self._syncing = False
        current_view.events.connect(self._current_changed)
        prior_view.events.connect(self._prior_changed)
        s.events.connect(self._state_changed)
        self.sync_from_current()
        if s.link_wl:
            self._copy_wl(current_view, prior_view)

    def close(self) -> None:
        self.current_view.events.disconnect(self._current_changed)
        self.prior_view.events.disconnect(self._prior_changed)
        self.state.events.disconnect(self._state_changed)

    # --- what each pane shows, along the shared normal
    def current_position(self) -> float:
        return float(self.current_view.position[self.axis])

    def prior_position(self) -> float:
        return float(self.prior_view.position[self.axis])

    def prior_slice_for(self, current_mm: float) -> float | None:
        """The prior's slice shown for a current position (None when not paired)."""
        if self.state.offset_mm is None:
            return None
        return nearest(self.prior_slices, current_mm + self.state.offset_mm)

    def current_slice_for(self, prior_mm: float) -> float | None:
        if self.state.offset_mm is None:
            return None
        return nearest(self.current_slices, prior_mm - self.state.offset_mm)

    # --- user actions
    def pair(self) -> float:
        """The two slices shown now show the same anatomy: keep their offset (mm) from now on."""
        offset = round(self.prior_position() - self.current_position(), 3)
        self.state.offset_mm = offset
        return offset

    def unpair(self) -> None:
        """Scroll the panes independently (a different Frame of Reference only)."""
        if self.state.same_frame:
            self.state.offset_mm = 0.0
        else:
            self.state.offset_mm = None

    def set_offset(self, offset_mm: float | None) -> None:
        """An offset received from elsewhere (a consult presenter); None unpairs."""
        self.state.offset_mm = None if offset_mm is None else _finite(offset_mm, "the pairing offset")

    def set_link_wl(self, on: bool) -> None:
        self.state.link_wl = bool(on)

    def apply_message(self, message: dict) -> None:
        """A comparison received from a consult presenter (:meth:`CompareState.to_message`): its
        pairing offset and W/L link. Raises CompareError for another prior series or a bad offset."""
        uid = message.get("series_uid", "")
        if uid != self.state.prior_series_uid:
            raise CompareError(f"the comparison is with series {uid}, not {self.state.prior_series_uid}")
        self.set_offset(message.get("offset_mm"))
        self.set_link_wl(bool(message.get("link_wl")))

    # --- synchronization
    def sync_from_current(self) -> None:
        target = self.prior_slice_for(self.current_position())
        if target is not None:
            self._move(self.prior_view, target)

    def sync_from_prior(self) -> None:
        target = self.current_slice_for(self.prior_position())
        if target is not None:
            self._move(self.current_view, target)

    def _move(self, view: ViewState, coord: float) -> None:
        pos = list(view.position)
        if abs(pos[self.axis] - coord) < 1e-6:
            return
        pos[self.axis] = float(coord)
        self._syncing = True
        try:
            view.position = tuple(float(v) for v in pos)
        finally:
            self._syncing = False

    def _copy_wl(self, src: ViewState, dst: ViewState) -> None:
        self._syncing = True
        try:
            dst.window, dst.level = float(src.window), float(src.level)
        finally:
            self._syncing = False

    def _current_changed(self, info) -> None:
        if self._syncing:
            return
        name = info.signal.name
        if name == "position":
            self.sync_from_current()
        elif name in ("window", "level") and self.state.link_wl:
            self._copy_wl(self.current_view, self.prior_view)

    def _prior_changed(self, info) -> None:
        if self._syncing:
            return
        name = info.signal.name
        if name == "position":
            self.sync_from_prior()
        elif name in ("window", "level") and self.state.link_wl:
            self._copy_wl(self.prior_view, self.current_view)

    def _state_changed(self, info) -> None:
        name = info.signal.name
        if name == "offset_mm":
            self.sync_from_current()
        elif name == "link_wl" and self.state.link_wl:
            self._copy_wl(self.current_view, self.prior_view)
