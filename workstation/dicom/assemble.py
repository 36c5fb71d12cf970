"""Series -> Volume(s): geometry from the headers, pixels straight into one preallocated array.

Which frames form which volume is decided by ``multivolume.plan_stacks`` (stacks by orientation,
4-D stacks of several volumes at the same positions, Siemens MOSAIC tiles); this module reads
the pixels. Values are rescaled to real units (HU for CT) into int16 when slope and intercept
allow it exactly, else float32.

Loading is progressive: the geometry is known before any pixel is read, the (4-D) array is
allocated once, the first volume is read first -- its middle slice first -- and
``on_slice(volume, k)`` is called from the reading threads after each slice lands; the other
volumes of a 4-D series follow in order (``MultiVolume.loaded`` counts the finished ones).
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pydicom

from workstation.dicom.catalog import default_window
from workstation.dicom.mosaic import untile
from workstation.dicom.multivolume import (  # noqa: F401  (re-exported: the planning API)
    Frame,
    MultiVolume,
    SeriesError,
    Stack,
    frames_of,
    multivolume_of,
    plan_stacks,
    usable_spacing,
    volume_infos,
)
from workstation.dicom.pixels import read_all_frames, read_stored_frame, to_grey
from workstation.dicom.records import InstanceRecord, RejectedFile, header_text, read_instance
from workstation.model import Volume

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]
OnSlice = Callable[[Volume, int], None]

META_KEYS = {
    "patient_name": "PatientName", "patient_id": "PatientID", "patient_sex": "PatientSex",
    "patient_birth_date": "PatientBirthDate", "study_date": "StudyDate",
    "study_description": "StudyDescription", "series_description": "SeriesDescription",
    "series_uid": "SeriesInstanceUID", "study_uid": "StudyInstanceUID", "modality": "Modality",
    "institution": "InstitutionName", "patient_position": "PatientPosition",
    "manufacturer": "Manufacturer", "series_number": "SeriesNumber",
}


class LoadCancelled(Exception):
    pass


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
    """Rescales frames into the (volumes, slices, rows, cols) array, promoting it to float32 if
    a value does not fit."""

    def __init__(self, series: MultiVolume, checked: bool):
        self.series = series
        self.checked = checked
        self.lock = threading.Lock()

    def put(self, t: int, k: int, stored: np.ndarray, f: Frame) -> None:
        if stored.ndim == 3:
            stored = to_grey(stored)
        if f.slope == 1.0 and f.intercept == 0.0:
            values = stored
        elif stored.dtype.kind == "f" or self.series.array.dtype.kind == "f":
            values = stored.astype(np.float32) * np.float32(f.slope) + np.float32(f.intercept)
        else:
            values = stored.astype(np.int32)
            if f.slope != 1.0:
                values *= int(f.slope)
            values += int(f.intercept)
        with self.lock:
            arr = self.series.array
            if arr.dtype.kind != "f" and (self.checked or values.dtype.kind == "f"):
                info = np.iinfo(arr.dtype)
                if values.dtype.kind == "f" or values.min() < info.min or values.max() > info.max:
                    log.info("promoting %s to float32 (values out of %s range)", self.series.meta.get("series_uid"),
                             arr.dtype)
                    self.series.set_array(arr.astype(np.float32))
                    arr = self.series.array
            np.copyto(arr[t, k], values, casting="unsafe")


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
    if any(f.mosaic is not None for f in stack.frames):
        meta["mosaic"] = True
    try:
        tr = float(ds.get("RepetitionTime") or 0)
    except (TypeError, ValueError):
        tr = 0.0
    if np.isfinite(tr) and tr > 0:
        meta["repetition_time_ms"] = tr
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


def _volume_tasks(t: int, frames: list[Frame], writer: _Writer, landed, cancel) -> list[Callable[[], None]]:
    """Reading tasks for volume t, its middle slice first: one per single-frame slice, one per
    multi-frame compressed file (decoded whole, once), one per MOSAIC image (cut into its tiles)."""
    by_file: dict[str, list[tuple[int, Frame]]] = {}
    singles: dict[int, Frame] = {}
    for k, f in enumerate(frames):
        if f.mosaic is not None or (f.rec.frames > 1 and f.rec.pixel_offset < 0):
            by_file.setdefault(f.rec.path, []).append((k, f))
        else:
            singles[k] = f

    def one(k: int, f: Frame) -> None:
        if cancel is not None and cancel.is_set():
            return
        writer.put(t, k, _decode(lambda: read_stored_frame(f.rec, f.index), f.rec), f)
        landed(t, k, Path(f.rec.path).name)

    def whole(items: list[tuple[int, Frame]]) -> None:
        if cancel is not None and cancel.is_set():
            return
        rec = items[0][1].rec
        if items[0][1].mosaic is not None:
            tiles = _decode(lambda: untile(read_stored_frame(rec, 0), items[0][1].mosaic), rec)
            for k, f in items:
                writer.put(t, k, tiles[f.tile], f)
                landed(t, k, f"{Path(rec.path).name} slice {f.tile + 1}")
            return
        data = _decode(lambda: read_all_frames(rec), rec)
        for k, f in items:
            writer.put(t, k, data[f.index], f)
            landed(t, k, f"{Path(rec.path).name} frame {f.index + 1}")

    tasks: list[Callable[[], None]] = [lambda k=k: one(k, singles[k]) for k in _reading_order(len(frames))
                                       if k in singles]
    tasks += [lambda items=items: whole(items) for items in by_file.values()]
    return tasks


def _run(tasks: list[Callable[[], None]], threads: int, first_alone: bool) -> None:
    if threads > 1 and len(tasks) > 1:
        if first_alone:  # the first (middle) slice alone, so that it lands as early as possible
            tasks[0]()
            tasks = tasks[1:]
        with ThreadPoolExecutor(max_workers=threads) as pool:
            for fut in [pool.submit(t) for t in tasks]:
                fut.result()
    else:
        for t in tasks:
            t()


def load_series(instances: list[InstanceRecord], on_slice: OnSlice | None = None,
                progress: Progress | None = None, cancel: threading.Event | None = None,
                threads: int = 2) -> list[Volume]:
    """Assemble the images of one series into consistent volumes (biggest stack first).

    A 4-D stack (several volumes at the same positions) is returned as its first volume; the
    others are ``multivolume_of(volume).volume(t)`` (one array, no copies)."""
    what = f"series {instances[0].series_uid}" if instances else "series"
    stacks = plan_stacks(list(instances), what)
    total = sum(len(v) for s in stacks for v in s.volumes)
    done = 0
    count_lock = threading.Lock()
    volumes = []
    for stack in stacks:
        frames = stack.frames
        nt = len(stack.volumes)
        rec0 = frames[len(frames) // 2].rec
        rows, cols = frames[0].shape
        dtype, checked = _choose_dtype([f for v in stack.volumes for f in v])
        array = np.zeros((nt, len(frames), rows, cols), dtype=dtype)
        modality = header_text(pydicom.dcmread(rec0.path, stop_before_pixels=True, specific_tags=["Modality"]),
                               "Modality")
        meta = _meta_from(rec0, stack)
        if len(stacks) > 1:
            meta["stack"] = (len(volumes) + 1, len(stacks))
        series = MultiVolume(array, stack.affine, units="HU" if modality == "CT" else "", modality=modality,
                             meta=meta)
        first = series.volume(0)
        if nt == 1:
            del first.meta["multivolume"], first.meta["volume"]
        writer = _Writer(series, checked)

        def landed(t: int, k: int, label: str, series=series) -> None:
            nonlocal done
            if on_slice:
                on_slice(series.volume(t) if t else first, k)
            with count_lock:  # in order, so the last call reports total/total
                done += 1
                if progress:
                    progress(done, total, label)

        _run(_volume_tasks(0, frames, writer, landed, cancel), threads, first_alone=True)
        series.loaded = 1
        if nt > 1:
            series.set_labels(volume_infos(stack))
            for t in range(1, nt):
                if cancel is not None and cancel.is_set():
                    break
                _run(_volume_tasks(t, stack.volumes[t], writer, landed, cancel), threads, first_alone=False)
                series.loaded = t + 1
        if cancel is not None and cancel.is_set():
            raise LoadCancelled("loading cancelled")
        if "window" not in series.meta:
            sample = series.array[0, :: max(1, len(frames) // 16), ::4, ::4]
            lo, hi = (float(v) for v in np.percentile(sample, [1, 99]))
            series.meta["window"] = (max(hi - lo, 1.0), (hi + lo) / 2)
            for view in series._views.values():
                view.meta["window"] = series.meta["window"]
        volumes.append(first)
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
