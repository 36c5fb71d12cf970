"""Series -> Volume: geometry from the headers, pixels straight into one preallocated array.

Rules (never show a series wrong):

* frames are grouped by size, orientation and pixel spacing; each group is one stack (a series
  holding a localizer plus an axial stack gives two volumes, the biggest first);
* within a stack, frames are sorted by their position along the slice normal; several frames at
  the same positions are split into as many stacks when every position holds the same number of
  frames (echoes, phases), and refused otherwise;
* the slice step comes from the positions (not SliceThickness); a missing slice (uneven spacing)
  or positions off the stacking line are refused with :class:`SeriesError`;
* values are rescaled to real units (HU for CT) into int16 when slope and intercept allow it
  exactly, else float32.

Loading is progressive: the geometry is known before any pixel is read, the volume is allocated
once, the middle slice is read first and ``on_slice(volume, k)`` is called from the reading
threads after each slice lands.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pydicom

from workstation.dicom.catalog import default_window
from workstation.dicom.pixels import read_all_frames, read_stored_frame, to_grey
from workstation.dicom.records import InstanceRecord, RejectedFile, header_text, read_instance
from workstation.model import Volume

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]
OnSlice = Callable[[Volume, int], None]

POSITION_TOL_MM = 0.01  # frames closer than this along the normal are "at the same position"
SPACING_TOL = 0.02  # relative tolerance on the slice step
LINE_TOL_MM = 0.1  # how far a slice origin may sit off the stacking line

META_KEYS = {
    "patient_name": "PatientName", "patient_id": "PatientID", "patient_sex": "PatientSex",
    "patient_birth_date": "PatientBirthDate", "study_date": "StudyDate",
    "study_description": "StudyDescription", "series_description": "SeriesDescription",
    "series_uid": "SeriesInstanceUID", "study_uid": "StudyInstanceUID", "modality": "Modality",
    "institution": "InstitutionName", "patient_position": "PatientPosition",
    "manufacturer": "Manufacturer", "series_number": "SeriesNumber",
}


class SeriesError(ValueError):
    """The series cannot be shown as (a) consistent volume(s); the message says why."""


class LoadCancelled(Exception):
    pass


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
    hint: tuple  # orders frames sharing a position (echo, phase, ...)
    window: tuple[float, float] | None = None

    @property
    def normal(self) -> np.ndarray:
        return np.cross(self.iop[:3], self.iop[3:])


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
            hint = (str(content.get("StackID", "")), int(content.get("TemporalPositionIndex", 0) or 0),
                    tuple(int(v) for v in (content.get("DimensionIndexValues") or [])))
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


def frames_of(rec: InstanceRecord) -> list[Frame]:
    if rec.frames > 1:
        return _enhanced_frames(rec)
    hint = (rec.temporal_position or 0, rec.echo_number or 0, rec.acquisition_number or 0, rec.instance_number or 0)
    return [Frame(rec, 0,
                  np.array(rec.image_position) if rec.image_position else None,
                  np.array(rec.image_orientation) if rec.image_orientation else None,
                  rec.pixel_spacing, rec.slice_thickness, rec.rescale_slope, rec.rescale_intercept, hint)]


# -- stacking ---------------------------------------------------------------------------------

@dataclass
class Stack:
    frames: list[Frame]
    affine: np.ndarray
    geometry_known: bool


def _group_key(f: Frame):
    iop = tuple(np.round(f.iop, 3)) if f.iop is not None else None
    ps = tuple(round(v, 4) for v in f.spacing) if f.spacing else None
    return (f.rec.rows, f.rec.cols, f.rec.samples_per_pixel, iop, ps, f.ipp is None)


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


def _stack_affine(frames: list[Frame]) -> np.ndarray:
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


def plan_stacks(records: list[InstanceRecord], what: str = "series") -> list[Stack]:
    """Split the images of a series into consistent stacks (biggest first) or raise SeriesError."""
    images = [r for r in records if r.has_pixels]
    if not images:
        raise SeriesError(f"{what}: no images")
    for r in images:
        if r.photometric == "PALETTE COLOR":
            raise SeriesError(f"{what}: {Path(r.path).name} is a PALETTE COLOR image, not a volume")
    frames = [f for r in images for f in frames_of(r)]
    groups: dict[tuple, list[Frame]] = {}
    for f in frames:
        groups.setdefault(_group_key(f), []).append(f)
    stacks: list[Stack] = []
    for key, members in groups.items():
        if key[-1]:  # no geometry: keep file / frame order
            members.sort(key=lambda f: (f.rec.instance_number or 0, f.rec.path, f.index))
            stacks.append(Stack(members, _stack_affine(members), False))
            continue
        normal = members[0].normal
        pos = np.array([float(np.dot(normal, f.ipp)) for f in members])
        order = np.argsort(pos, kind="stable")
        members = [members[i] for i in order]
        pos = pos[order]
        # clusters of frames at the same position
        cluster_ids = np.concatenate([[0], np.cumsum(np.diff(pos) > POSITION_TOL_MM)])
        counts = np.bincount(cluster_ids)
        if counts.max() > 1:
            if counts.min() != counts.max():
                crowded = int((counts > 1).sum())
                raise SeriesError(
                    f"{what}: {crowded} of {len(counts)} slice positions hold several images "
                    f"({counts.min()} to {counts.max()} each), so the images cannot be split into "
                    "consistent stacks; refusing to show it")
            per = int(counts.max())
            sub: list[list[Frame]] = [[] for _ in range(per)]
            sub_pos: list[list[float]] = [[] for _ in range(per)]
            for c in range(len(counts)):
                idx = np.nonzero(cluster_ids == c)[0]
                ranked = sorted(idx, key=lambda i: (members[i].hint, members[i].rec.path, members[i].index))
                for n, i in enumerate(ranked):
                    sub[n].append(members[i])
                    sub_pos[n].append(pos[i])
            for n in range(per):
                _check_stack(sub[n], np.array(sub_pos[n]), f"{what} (stack {n + 1} of {per})")
                stacks.append(Stack(sub[n], _stack_affine(sub[n]), True))
        else:
            _check_stack(members, pos, what)
            stacks.append(Stack(members, _stack_affine(members), True))
    stacks.sort(key=lambda s: -len(s.frames))
    return stacks


# -- loading ----------------------------------------------------------------------------------

def _stored_range(rec: InstanceRecord) -> tuple[int, int]:
    bits = rec.bits_stored or rec.bits_allocated or 16
    if rec.pixel_representation == 1:
        return -(1 << (bits - 1)), (1 << (bits - 1)) - 1
    return 0, (1 << bits) - 1


def _choose_dtype(frames: list[Frame]) -> tuple[np.dtype, bool]:
    """(dtype, checked): checked=True means values must be range-checked slice by slice."""
    if any(f.rec.samples_per_pixel != 1 for f in frames):
        return np.dtype(np.float32), False
    lo = hi = None
    for f in frames:
        if not (float(f.slope).is_integer() and float(f.intercept).is_integer()):
            return np.dtype(np.float32), False
        a, b = _stored_range(f.rec)
        vals = (a * f.slope + f.intercept, b * f.slope + f.intercept)
        lo = min(vals) if lo is None else min(lo, *vals)
        hi = max(vals) if hi is None else max(hi, *vals)
    if lo >= -32768 and hi <= 32767:
        return np.dtype(np.int16), False
    if lo >= 0 and hi <= 65535:
        return np.dtype(np.uint16), False
    return np.dtype(np.int16), True  # e.g. 16-bit signed CT: values almost always fit; promote if not


class _Writer:
    """Rescales frames into the volume, promoting it to float32 if a value does not fit."""

    def __init__(self, volume: Volume, checked: bool):
        self.volume = volume
        self.checked = checked
        self.lock = threading.Lock()

    def put(self, k: int, stored: np.ndarray, f: Frame) -> None:
        if stored.ndim == 3:
            stored = to_grey(stored)
        if f.slope == 1.0 and f.intercept == 0.0:
            values = stored
        elif stored.dtype.kind == "f" or self.volume.array.dtype.kind == "f":
            values = stored.astype(np.float32) * np.float32(f.slope) + np.float32(f.intercept)
        else:
            values = stored.astype(np.int32)
            if f.slope != 1.0:
                values *= int(f.slope)
            values += int(f.intercept)
        with self.lock:
            arr = self.volume.array
            if arr.dtype.kind != "f" and (self.checked or values.dtype.kind == "f"):
                info = np.iinfo(arr.dtype)
                if values.dtype.kind == "f" or values.min() < info.min or values.max() > info.max:
                    log.info("promoting %s to float32 (values out of %s range)", self.volume.meta.get("series_uid"),
                             arr.dtype)
                    self.volume.array = arr = arr.astype(np.float32)
            np.copyto(arr[k], values, casting="unsafe")


def _meta_from(rec: InstanceRecord, stack: Stack) -> dict:
    ds = pydicom.dcmread(rec.path, stop_before_pixels=True)
    meta = {}
    for key, keyword in META_KEYS.items():
        value = header_text(ds, keyword)
        if value:
            meta[key] = int(value) if key == "series_number" and value.lstrip("-").isdigit() else value
    window = default_window(ds) or next((f.window for f in stack.frames if f.window), None)
    if window:
        meta["window"] = window
    meta["photometric"] = rec.photometric
    meta["geometry_known"] = stack.geometry_known
    if usable_spacing(rec.pixel_spacing) is None and usable_spacing(stack.frames[0].spacing) is None:
        meta["pixel_spacing_known"] = False
    meta["rescale_type"] = header_text(ds, "RescaleType")
    return meta


def _reading_order(n: int) -> list[int]:
    mid = n // 2
    order = [mid]
    for d in range(1, n):
        for k in (mid + d, mid - d):
            if 0 <= k < n:
                order.append(k)
    return order


def _decode(read: Callable[[], np.ndarray], rec: InstanceRecord) -> np.ndarray:
    try:
        return read()
    except Exception as exc:
        raise SeriesError(f"{rec.path}: cannot read the pixel data ({type(exc).__name__}: {exc})") from exc


def load_series(instances: list[InstanceRecord], on_slice: OnSlice | None = None,
                progress: Progress | None = None, cancel: threading.Event | None = None,
                threads: int = 2) -> list[Volume]:
    """Assemble the images of one series into consistent volumes (biggest first)."""
    what = f"series {instances[0].series_uid}" if instances else "series"
    stacks = plan_stacks(list(instances), what)
    total = sum(len(s.frames) for s in stacks)
    done = 0
    count_lock = threading.Lock()
    volumes = []
    for stack in stacks:
        frames = stack.frames
        rec0 = frames[len(frames) // 2].rec
        dtype, checked = _choose_dtype(frames)
        array = np.zeros((len(frames), rec0.rows, rec0.cols), dtype=dtype)
        modality = header_text(pydicom.dcmread(rec0.path, stop_before_pixels=True, specific_tags=["Modality"]),
                               "Modality")
        volume = Volume(array, stack.affine, units="HU" if modality == "CT" else "", modality=modality,
                        meta=_meta_from(rec0, stack))
        if len(stacks) > 1:
            volume.meta["stack"] = (len(volumes) + 1, len(stacks))
        writer = _Writer(volume, checked)

        def landed(k: int, label: str) -> None:
            nonlocal done
            if on_slice:
                on_slice(volume, k)
            with count_lock:  # in order, so the last call reports total/total
                done += 1
                if progress:
                    progress(done, total, label)

        # multi-frame compressed files are decoded whole, once; everything else frame by frame
        by_file: dict[str, list[tuple[int, Frame]]] = {}
        singles: list[tuple[int, Frame]] = []
        for k, f in enumerate(frames):
            if f.rec.frames > 1 and f.rec.pixel_offset < 0:
                by_file.setdefault(f.rec.path, []).append((k, f))
            else:
                singles.append((k, f))
        k_of = {k: f for k, f in singles}
        tasks: list[Callable[[], None]] = []

        def one(k: int, f: Frame) -> None:
            if cancel is not None and cancel.is_set():
                return
            writer.put(k, _decode(lambda: read_stored_frame(f.rec, f.index), f.rec), f)
            landed(k, Path(f.rec.path).name)

        def whole(items: list[tuple[int, Frame]]) -> None:
            if cancel is not None and cancel.is_set():
                return
            data = _decode(lambda: read_all_frames(items[0][1].rec), items[0][1].rec)
            for k, f in items:
                writer.put(k, data[f.index], f)
                landed(k, f"{Path(f.rec.path).name} frame {f.index + 1}")

        for k in _reading_order(len(frames)):
            if k in k_of:
                tasks.append(lambda k=k: one(k, k_of[k]))
        for items in by_file.values():
            tasks.append(lambda items=items: whole(items))
        if threads > 1 and len(tasks) > 1:
            # the first (middle) slice alone, so that it lands as early as possible
            tasks[0]()
            with ThreadPoolExecutor(max_workers=threads) as pool:
                for fut in [pool.submit(t) for t in tasks[1:]]:
                    fut.result()
        else:
            for t in tasks:
                t()
        if cancel is not None and cancel.is_set():
            raise LoadCancelled("loading cancelled")
        if "window" not in volume.meta:
            sample = volume.array[:: max(1, len(frames) // 16), ::4, ::4]
            lo, hi = (float(v) for v in np.percentile(sample, [1, 99]))
            volume.meta["window"] = (max(hi - lo, 1.0), (hi + lo) / 2)
        volumes.append(volume)
    return volumes


def load_series_from_catalog(catalog, series_uid: str, **kwargs) -> list[Volume]:
    instances = catalog.instances(series_uid)
    if not instances:
        raise SeriesError(f"series {series_uid} is not in the catalog")
    return load_series(instances, **kwargs)


def scan_dir(path: str | os.PathLike) -> tuple[dict[str, list[InstanceRecord]], list[tuple[str, str]]]:
    """Headers of every DICOM file under a folder, grouped by series; plus rejected files."""
    path = Path(path)
    files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
    by_series: dict[str, list[InstanceRecord]] = {}
    rejected = []
    for f in files:
        if f.name.upper() == "DICOMDIR":
            continue
        try:
            rec, _ = read_instance(f)
        except RejectedFile as exc:
            rejected.append((str(f), str(exc)))
            continue
        by_series.setdefault(rec.series_uid, []).append(rec)
    return by_series, rejected


def load_series_dir(path: str | os.PathLike, series_uid: str | None = None, **kwargs) -> list[Volume]:
    """Load the series in a plain folder (one series, or the one named by ``series_uid``)."""
    by_series, rejected = scan_dir(path)
    if series_uid is not None:
        by_series = {k: v for k, v in by_series.items() if k == series_uid}
    if not by_series:
        reasons = "; ".join(f"{Path(n).name}: {r}" for n, r in rejected[:5])
        raise SeriesError(f"{path}: no DICOM series found" + (f" ({reasons})" if reasons else ""))
    if len(by_series) > 1:
        raise SeriesError(f"{path}: holds {len(by_series)} series ({', '.join(sorted(by_series))}); "
                          "choose one")
    for name, reason in rejected:
        log.warning("skipped %s: %s", name, reason)
    return load_series(next(iter(by_series.values())), **kwargs)
