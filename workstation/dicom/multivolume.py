"""Images of a series -> stacks of frames, each stack one volume or several volumes at the same
positions (a 4-D series: fMRI time points, diffusion directions, echoes, magnitude/phase, cardiac
phases, enhanced multi-frame dimensions). Qt-free; pixels are read by ``assemble``.

Rules (never show a series wrong):

* frames are grouped by size, orientation and pixel spacing; each group is one stack (a localizer
  with three orientations gives three stacks, the biggest first), picked in the series browser;
* Siemens MOSAIC images are cut into their slices first (``mosaic``), each slice a frame;
* within a stack, frames are sorted by their position along the slice normal; when every
  position holds the same number n of frames, they are n volumes of one 4-D stack, ranked at
  each position by (temporal position, echo, acquisition number, instance number / enhanced
  dimension index); an uneven count is refused;
* the slice step comes from the positions (not SliceThickness); a missing slice (uneven spacing)
  or positions off the stacking line are refused with :class:`SeriesError`.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pydicom

from workstation.dicom.diffusion import diffusion_of
from workstation.dicom.mosaic import Mosaic, MosaicError, is_mosaic, mosaic_of, slice_positions
from workstation.dicom.records import InstanceRecord
from workstation.model import Volume

log = logging.getLogger(__name__)

POSITION_TOL_MM = 0.01  # frames closer than this along the normal are "at the same position"
SPACING_TOL = 0.02  # relative tolerance on the slice step
LINE_TOL_MM = 0.1  # how far a slice origin may sit off the stacking line
MR_IMAGE = "1.2.840.10008.5.1.4.1.1.4"


class SeriesError(ValueError):
    """The series cannot be shown as (a) consistent volume(s); the message says why."""


@dataclass
class Frame:
    rec: InstanceRecord
    index: int  # frame number inside the file
    ipp: np.ndarray | None
    iop: np.ndarray | None
    spacing: tuple[float, float] | None  # (row spacing, column spacing) as PixelSpacing
    thickness: float | None
    slope: float
    intercept: float
    hint: tuple  # orders frames sharing a position (time, echo, ...)
    window: tuple[float, float] | None = None
    mosaic: Mosaic | None = None  # set when the frame is one tile of a Siemens MOSAIC image
    tile: int = 0  # which slice of the mosaic

    @property
    def normal(self) -> np.ndarray:
        if self.mosaic is not None:
            return np.asarray(self.mosaic.normal)
        return np.cross(self.iop[:3], self.iop[3:])

    @property
    def shape(self) -> tuple[int, int]:
        if self.mosaic is not None:
            return self.mosaic.tile_rows, self.mosaic.tile_cols
        return self.rec.rows, self.rec.cols


# -- frames -----------------------------------------------------------------------------------

def _seq_item(item, *names):
    for name in names:
        seq = item.get(name) if item is not None else None
        if seq:
            return seq[0]
    return None


def _enhanced_frames(rec: InstanceRecord) -> list[Frame]:
    ds = pydicom.dcmread(rec.path, stop_before_pixels=True)
    shared = ds.get("SharedFunctionalGroupsSequence")
    shared = shared[0] if shared else None
    per_frame = ds.get("PerFrameFunctionalGroupsSequence")
    frames = []
    if per_frame is None and "GridFrameOffsetVector" in ds and rec.image_position and rec.image_orientation:
        iop = np.array(rec.image_orientation)
        normal = np.cross(iop[:3], iop[3:])
        for i, off in enumerate(ds.GridFrameOffsetVector):
            frames.append(Frame(rec, i, np.array(rec.image_position) + float(off) * normal, iop,
                                rec.pixel_spacing, rec.slice_thickness, rec.rescale_slope,
                                rec.rescale_intercept, (i,)))
        return frames
    for i in range(rec.frames):
        item = per_frame[i] if per_frame is not None and i < len(per_frame) else None

        def find(seq_name, keyword, n=None, _item=item):
            for src in (_item, shared):
                sub = _seq_item(src, seq_name)
                if sub is not None and keyword in sub:
                    value = sub.get(keyword)
                    if n is None:
                        return value
                    values = [float(v) for v in value]
                    return np.array(values) if len(values) == n else None
            return None

        ipp = find("PlanePositionSequence", "ImagePositionPatient", 3)
        iop = find("PlaneOrientationSequence", "ImageOrientationPatient", 6)
        ps = find("PixelMeasuresSequence", "PixelSpacing", 2)
        thick = find("PixelMeasuresSequence", "SliceThickness")
        slope = find("PixelValueTransformationSequence", "RescaleSlope")
        intercept = find("PixelValueTransformationSequence", "RescaleIntercept")
        wc = find("FrameVOILUTSequence", "WindowCenter")
        ww = find("FrameVOILUTSequence", "WindowWidth")
        content = _seq_item(item, "FrameContentSequence")
        hint = ()
        if content is not None:
            hint = (str(content.get("StackID", "")), _num(content.get("TemporalPositionIndex"), int) or 0,
                    _ints(content.get("DimensionIndexValues")))
        if ipp is None and rec.image_position:
            ipp = np.array(rec.image_position)
        if iop is None and rec.image_orientation:
            iop = np.array(rec.image_orientation)
        window = None
        if wc is not None and ww is not None:
            wc = wc[0] if isinstance(wc, pydicom.multival.MultiValue) else wc
            ww = ww[0] if isinstance(ww, pydicom.multival.MultiValue) else ww
            window = (float(ww), float(wc))
        frames.append(Frame(
            rec, i, ipp, iop,
            tuple(ps) if ps is not None else rec.pixel_spacing,
            float(thick) if thick not in (None, "") else rec.slice_thickness,
            float(slope) if slope not in (None, "") else rec.rescale_slope,
            float(intercept) if intercept not in (None, "") else rec.rescale_intercept,
            hint, window))
    return frames


def _ints(value) -> tuple[int, ...]:
    """A multi-valued integer attribute (one value comes back as a bare int) as a tuple; values that
    are not integers count as 0, so that a damaged index orders frames instead of failing."""
    if value is None or value == "":
        return ()
    values = value if isinstance(value, (list, tuple, pydicom.multival.MultiValue)) else [value]
    return tuple(_num(v, int) or 0 for v in values)


def _hint(rec: InstanceRecord) -> tuple:
    return (rec.temporal_position or 0, rec.echo_number or 0, rec.acquisition_number or 0, rec.instance_number or 0)


def frames_of(rec: InstanceRecord, mosaic: Mosaic | None = None) -> list[Frame]:
    if rec.frames > 1:
        return _enhanced_frames(rec)
    ipp = np.array(rec.image_position) if rec.image_position else None
    iop = np.array(rec.image_orientation) if rec.image_orientation else None
    if mosaic is not None:
        positions = slice_positions(mosaic, ipp, iop, rec.pixel_spacing)
        return [Frame(rec, 0, positions[t], iop, rec.pixel_spacing, rec.slice_thickness, rec.rescale_slope,
                      rec.rescale_intercept, _hint(rec), mosaic=mosaic, tile=t) for t in range(mosaic.n)]
    return [Frame(rec, 0, ipp, iop, rec.pixel_spacing, rec.slice_thickness, rec.rescale_slope,
                  rec.rescale_intercept, _hint(rec))]


def find_mosaics(images: list[InstanceRecord], what: str) -> dict[str, Mosaic]:
    """Path -> Mosaic for the Siemens MOSAIC images among single-frame MR images. One header is read
    per group of equal size, orientation and spacing (a mosaic series is mosaic throughout)."""
    groups: dict[tuple, list[InstanceRecord]] = {}
    for r in images:
        if (r.frames == 1 and r.sop_class_uid == MR_IMAGE and r.image_orientation and r.image_position
                and usable_spacing(r.pixel_spacing)):
            groups.setdefault((r.rows, r.cols, r.image_orientation, r.pixel_spacing), []).append(r)
    found: dict[str, Mosaic] = {}
    for (rows, cols, iop, _), members in groups.items():
        try:
            ds = pydicom.dcmread(members[0].path, stop_before_pixels=True)
        except Exception as exc:
            raise SeriesError(f"{what}: cannot read the header of {Path(members[0].path).name} ({exc})") from exc
        if not is_mosaic(ds):
            continue
        try:
            m = mosaic_of(ds, rows, cols, iop)
        except MosaicError as exc:
            raise SeriesError(f"{what}: {Path(members[0].path).name} is a Siemens MOSAIC image but {exc}; "
                              "refusing to show the grid as one slice") from exc
        for r in members:
            found[r.path] = m
    return found


# -- stacking ---------------------------------------------------------------------------------

@dataclass
class Stack:
    frames: list[Frame]  # the first volume, in slice order
    affine: np.ndarray
    geometry_known: bool
    volumes: list[list[Frame]] = field(default_factory=list)  # every volume (volumes[0] is frames)

    def __post_init__(self) -> None:
        if not self.volumes:
            self.volumes = [self.frames]


def _group_key(f: Frame):
    iop = tuple(np.round(f.iop, 3)) if f.iop is not None else None
    ps = tuple(round(v, 4) for v in f.spacing) if f.spacing else None
    return (*f.shape, f.rec.samples_per_pixel, iop, ps, f.ipp is None)


def usable_spacing(spacing) -> tuple[float, float] | None:
    """Pixel Spacing when it is two positive finite numbers; None for missing, zero (some CR
    write 0\\0) or malformed values -- which would make the affine singular."""
    if not spacing or len(spacing) != 2:
        return None
    try:
        values = tuple(float(v) for v in spacing)
    except (TypeError, ValueError):
        return None
    return values if all(np.isfinite(v) and v > 0 for v in values) else None


def stack_affine(frames: list[Frame]) -> np.ndarray:
    f0 = frames[0]
    row_sp, col_sp = usable_spacing(f0.spacing) or (1.0, 1.0)
    affine = np.eye(4)
    if f0.iop is None or f0.ipp is None:
        affine[:3, :3] = np.diag([col_sp, row_sp, f0.thickness if f0.thickness and f0.thickness > 0 else 1.0])
        return affine
    affine[:3, 0] = f0.iop[:3] * col_sp
    affine[:3, 1] = f0.iop[3:] * row_sp
    if len(frames) > 1:
        affine[:3, 2] = (frames[-1].ipp - f0.ipp) / (len(frames) - 1)
    elif f0.mosaic is not None:
        affine[:3, 2] = f0.normal * f0.mosaic.spacing
    else:
        affine[:3, 2] = f0.normal * (f0.thickness if f0.thickness and f0.thickness > 0 else 1.0)
    affine[:3, 3] = f0.ipp
    return affine


def _check_stack(frames: list[Frame], pos: np.ndarray, what: str) -> None:
    if len(frames) < 2:
        return
    steps = np.diff(pos)
    step = float(np.median(steps))
    bad = np.nonzero(np.abs(steps - step) > max(SPACING_TOL * abs(step), POSITION_TOL_MM))[0]
    if len(bad):
        b = int(bad[0])
        raise SeriesError(
            f"{what}: uneven slice spacing, {steps[b]:.2f} mm between the slices at {pos[b]:.2f} and "
            f"{pos[b + 1]:.2f} mm along the normal where the series steps {step:.2f} mm "
            f"(a missing or extra slice?); refusing to show it")
    start, end = frames[0].ipp, frames[-1].ipp
    for k, f in enumerate(frames):
        expected = start + (end - start) * k / (len(frames) - 1)
        off = float(np.linalg.norm(f.ipp - expected))
        if off > LINE_TOL_MM:
            raise SeriesError(f"{what}: slice {k} sits {off:.2f} mm off the line of the other slices; "
                              "refusing to show it")


def _sortable(value) -> tuple:
    """A hint as a key that always compares (numbers before text, nested tuples flattened), so that
    frames of different kinds (enhanced and classic) at one position rank instead of failing."""
    if isinstance(value, (tuple, list)):
        return tuple(x for v in value for x in _sortable(v))
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return ((0, float(value), ""),)
    return ((1, 0.0, str(value)),)


def plan_stacks(records: list[InstanceRecord], what: str = "series") -> list[Stack]:
    """Split the images of a series into consistent stacks (biggest first) or raise SeriesError.
    A stack holds one volume, or several at the same positions (``Stack.volumes``)."""
    images = [r for r in records if r.has_pixels]
    if not images:
        raise SeriesError(f"{what}: no images")
    for r in images:
        if r.photometric == "PALETTE COLOR":
            raise SeriesError(f"{what}: {Path(r.path).name} is a PALETTE COLOR image, not a volume")
    mosaics = find_mosaics(images, what)
    frames = [f for r in images for f in frames_of(r, mosaics.get(r.path))]
    groups: dict[tuple, list[Frame]] = {}
    for f in frames:
        groups.setdefault(_group_key(f), []).append(f)
    stacks: list[Stack] = []
    for key, members in groups.items():
        if key[-1]:  # no geometry: keep file / frame order
            members.sort(key=lambda f: (f.rec.instance_number or 0, f.rec.path, f.index))
            stacks.append(Stack(members, stack_affine(members), False))
            continue
        normal = members[0].normal
        pos = np.array([float(np.dot(normal, f.ipp)) for f in members])
        order = np.argsort(pos, kind="stable")
        members = [members[i] for i in order]
        pos = pos[order]
        # clusters of frames at the same position
        cluster_ids = np.concatenate([[0], np.cumsum(np.diff(pos) > POSITION_TOL_MM)])
        counts = np.bincount(cluster_ids)
        per = int(counts.max())
        if per > 1 and counts.min() != per:
            crowded = int((counts > 1).sum())
            raise SeriesError(
                f"{what}: {crowded} of {len(counts)} slice positions hold several images "
                f"({counts.min()} to {counts.max()} each), so the images cannot be split into "
                "consistent volumes; refusing to show it")
        sub: list[list[Frame]] = [[] for _ in range(per)]
        sub_pos: list[list[float]] = [[] for _ in range(per)]
        starts = np.concatenate([[0], np.cumsum(counts)])
        for c in range(len(counts)):
            idx = range(int(starts[c]), int(starts[c + 1]))
            ranked = sorted(idx, key=lambda i: (_sortable(members[i].hint), members[i].rec.path, members[i].index,
                                                members[i].tile)) if per > 1 else idx
            for n, i in enumerate(ranked):
                sub[n].append(members[i])
                sub_pos[n].append(pos[i])
        for n in range(per):
            label = what if per == 1 else f"{what} (volume {n + 1} of {per})"
            _check_stack(sub[n], np.array(sub_pos[n]), label)
        stacks.append(Stack(sub[0], stack_affine(sub[0]), True, sub))
    stacks.sort(key=lambda s: -sum(len(v) for v in s.volumes))
    return stacks


# -- what tells the volumes apart ---------------------------------------------------------------

@dataclass
class VolumeInfo:
    bval: float | None = None
    bvec: tuple[float, float, float] | None = None  # LPS unit vector, None when not diffusion-weighted
    temporal: int | None = None
    trigger_ms: float | None = None
    echo: int | None = None
    echo_ms: float | None = None
    image_type: str = ""  # M / P / R / I (magnitude, phase, real, imaginary) when the file says
    acquisition: int | None = None


def _num(value, kind=float):
    try:
        v = kind(value)
    except (TypeError, ValueError):
        return None
    return v if math.isfinite(v) else None


def _diffusion_item(item):
    """(b, direction) from an MRDiffusionSequence item."""
    if item is None:
        return None, None
    b = _num(item.get("DiffusionBValue"))
    g = None
    dirs = _seq_item(item, "DiffusionGradientDirectionSequence")
    if dirs is not None and "DiffusionGradientOrientation" in dirs:
        g = dirs.DiffusionGradientOrientation
    return b, g


def _info_from(ds, frame: Frame, cache: dict) -> VolumeInfo:
    info = VolumeInfo()
    b, g = None, None
    if frame.rec.frames > 1:  # enhanced: per-frame functional groups, then shared
        per = ds.get("PerFrameFunctionalGroupsSequence")
        shared = ds.get("SharedFunctionalGroupsSequence")
        items = [per[frame.index] if per is not None and frame.index < len(per) else None,
                 shared[0] if shared else None]
        for item in items:
            if item is None:
                continue
            if b is None:
                b, g = _diffusion_item(_seq_item(item, "MRDiffusionSequence"))
            echo = _seq_item(item, "MREchoSequence")
            if echo is not None and info.echo_ms is None:
                info.echo_ms = _num(echo.get("EffectiveEchoTime"))
            content = _seq_item(item, "FrameContentSequence")
            if content is not None and info.temporal is None:
                info.temporal = _num(content.get("TemporalPositionIndex"), int)
            timing = _seq_item(item, "CardiacSynchronizationSequence")
            if timing is not None and info.trigger_ms is None:
                info.trigger_ms = _num(timing.get("NominalCardiacTriggerDelayTime"))
            ftype = _seq_item(item, "MRImageFrameTypeSequence")
            if ftype is not None and not info.image_type:
                info.image_type = str(ftype.get("ComplexImageComponent", "") or "")[:1]
    else:
        b, g = diffusion_of(ds)
        info.temporal = _num(ds.get("TemporalPositionIdentifier"), int)
        info.trigger_ms = _num(ds.get("TriggerTime"))
        info.echo = _num(ds.get("EchoNumbers"), int) if not isinstance(ds.get("EchoNumbers"), list) else None
        info.echo_ms = _num(ds.get("EchoTime"))
        info.acquisition = _num(ds.get("AcquisitionNumber"), int)
        types = [str(v).upper() for v in (ds.get("ImageType") or [])]
        info.image_type = next((t for t in types[2:] if t in ("M", "P", "R", "I")), "")
    info.bval = b
    if g is not None:
        try:
            vec = np.array([float(v) for v in g], dtype=float)
        except (TypeError, ValueError):
            vec = np.zeros(0)
        if vec.shape == (3,) and np.all(np.isfinite(vec)):
            norm = float(np.linalg.norm(vec))
            info.bvec = tuple(float(v) for v in vec / norm) if norm > 1e-6 else (0.0, 0.0, 0.0)
    if info.bval is not None and info.bvec is None:
        info.bvec = (0.0, 0.0, 0.0)
    return info


def volume_infos(stack: Stack) -> list[VolumeInfo]:
    """What sets each volume of a stack apart, from the header of its first slice."""
    out = []
    cache: dict[str, Any] = {}
    for frames in stack.volumes:
        f = frames[0]
        try:
            ds = cache.get(f.rec.path)
            if ds is None:
                ds = cache[f.rec.path] = pydicom.dcmread(f.rec.path, stop_before_pixels=True)
            out.append(_info_from(ds, f, cache))
        except Exception as exc:  # a label is a nicety: never lose the volume for it
            log.warning("%s: cannot read what sets this volume apart (%s)", f.rec.path, exc)
            out.append(VolumeInfo())
    if not any(i.bval for i in out):  # b = 0 throughout (GE writes it in every EPI): not diffusion
        for i in out:
            i.bval = i.bvec = None
    return out


def volume_labels(infos: list[VolumeInfo]) -> list[str]:
    """A short label per volume: the b-value (and direction) for diffusion, else whatever varies
    between the volumes (echo, trigger time, magnitude/phase, temporal position)."""
    def varies(get):
        values = {get(i) for i in infos}
        return len(values) > 1 and None not in values

    labels = []
    for i in infos:
        parts = []
        if any(x.bval is not None for x in infos) and i.bval is not None:
            parts.append(f"b={i.bval:g}")
            if i.bvec is not None and any(i.bvec):
                parts.append("(" + ", ".join(f"{v:.2f}" for v in i.bvec) + ")")
        if varies(lambda x: x.echo_ms):
            parts.append(f"TE {i.echo_ms:g} ms")
        elif varies(lambda x: x.echo):
            parts.append(f"echo {i.echo}")
        if varies(lambda x: x.trigger_ms):
            parts.append(f"trigger {i.trigger_ms:g} ms")
        if varies(lambda x: x.image_type):
            parts.append({"M": "magnitude", "P": "phase", "R": "real", "I": "imaginary"}.get(i.image_type,
                                                                                               i.image_type))
        labels.append(" ".join(parts))
    return labels


# -- the 4-D result ------------------------------------------------------------------------------

@dataclass(eq=False)
class MultiVolume:
    """Several volumes on one grid: ``array`` is (volumes, slices, rows, cols), one block of memory;
    ``volume(t)`` is a :class:`Volume` viewing volume t (no copy), carrying this object in
    ``meta["multivolume"]`` so that every view can reach the others."""

    array: np.ndarray
    affine: np.ndarray
    units: str = ""
    modality: str = ""
    meta: dict = field(default_factory=dict)
    infos: list[VolumeInfo] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    loaded: int = 0  # volumes fully read so far (in order)
    _views: dict = field(default_factory=dict, repr=False)

    def __len__(self) -> int:
        return int(self.array.shape[0])

    def volume(self, t: int) -> Volume:
        if not 0 <= t < len(self):
            raise IndexError(f"volume {t + 1} of a series of {len(self)}")
        view = self._views.get(t)
        if view is None:
            meta = dict(self.meta)
            meta["volume"] = (t + 1, len(self))
            meta["multivolume"] = self
            if t < len(self.labels) and self.labels[t]:
                meta["volume_label"] = self.labels[t]
            view = self._views[t] = Volume(self.array[t], self.affine, units=self.units, modality=self.modality,
                                           meta=meta)
        return view

    def volume_index(self, volume: Volume | None) -> int:
        """Which volume of this series ``volume`` is (0 when it is none of them)."""
        return next((t for t, v in self._views.items() if v is volume), 0)

    def set_array(self, array: np.ndarray) -> None:
        """Replace the data (e.g. promoted to float32); the Volumes already handed out follow."""
        self.array = array
        for t, view in self._views.items():
            view.array = array[t]

    def set_labels(self, infos: list[VolumeInfo]) -> None:
        self.infos = list(infos)
        self.labels = volume_labels(self.infos)
        for t, view in self._views.items():
            if self.labels[t]:
                view.meta["volume_label"] = self.labels[t]

    @property
    def is_diffusion(self) -> bool:
        return any(i.bval is not None for i in self.infos) and len(self.infos) == len(self)

    def label(self, t: int) -> str:
        text = f"{t + 1}/{len(self)}"
        return f"{text}  {self.labels[t]}" if t < len(self.labels) and self.labels[t] else text


def multivolume_of(volume: Volume | None) -> MultiVolume | None:
    return volume.meta.get("multivolume") if volume is not None else None


# -- the stacks a series opens as (the series browser lists them) ----------------------------------

PLANES = {0: "sagittal", 1: "coronal", 2: "axial"}  # LPS axis nearest the slice normal


@dataclass(frozen=True)
class StackSummary:
    """One stack of a series that holds several (localizers, scouts, mixed sizes)."""

    index: int  # 0-based, in :func:`plan_stacks` order (biggest first; ``Volume.meta["stack"][0] - 1``)
    plane: str  # "axial", "coronal" or "sagittal": the nearest to its slices
    slices: int
    volumes: int = 1


def stack_summaries(records: list[InstanceRecord]) -> list[StackSummary]:
    """The stacks a volume series would open as, from the catalog's headers (no pixels read);
    [] when it is one stack, has no geometry, or cannot be planned (opening it says why)."""
    images = [r for r in records if r.has_pixels]
    kinds = {(r.image_orientation and tuple(round(v, 3) for v in r.image_orientation), r.rows, r.cols,
              r.pixel_spacing) for r in images}
    if len(kinds) < 2:  # one orientation and size: one stack (the common case costs nothing)
        return []
    try:
        stacks = plan_stacks(images)
    except (SeriesError, OSError, ValueError, AttributeError, TypeError) as exc:
        log.info("stacks not listed (%s: %s)", type(exc).__name__, exc)
        return []
    if len(stacks) < 2 or not all(s.geometry_known for s in stacks):
        return []
    out = []
    for n, s in enumerate(stacks):
        normal = np.asarray(s.affine, dtype=float)[:3, 2]
        out.append(StackSummary(n, PLANES[int(np.abs(normal).argmax())], len(s.frames), len(s.volumes)))
    return out


def stacks_text(summaries: list[StackSummary]) -> str:
    """'axial 20, coronal 1, sagittal 1' (English plane names; the UI translates its own)."""
    return ", ".join(f"{s.plane} {s.slices}" for s in summaries)
