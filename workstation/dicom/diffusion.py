"""Diffusion b-value and gradient direction of a (classic, one frame per file) MR image.

Where each vendor puts them, first found wins:

* the standard attributes, Diffusion b-value (0018,9087) and Diffusion Gradient Orientation
  (0018,9089), patient LPS (Canon/Toshiba, recent Philips and Siemens, any converter);
* Siemens: the CSA image header (``mosaic.csa_diffusion``, nibabel's parser);
* GE: b-value as the first value of (0043,xx39) in the "GEMS_PARM_01" block (GE adds 10^9 to it
  on some systems), direction in (0019,xxbb/xxbc/xxbd) of "GEMS_ACQU_01" -- relative to the
  image's frequency, phase and slice axes, not the patient. The mapping to the patient follows
  dcm2niix (``geCorrectBvecs``): the vector is swapped when the phase is encoded along the rows
  (0018,1312 ROW), then each image axis gets a sign that depends on which patient axis the slice
  normal is closest to (axial, coronal, sagittal). A vector shorter than one (0.03 to 0.97) scales
  the b-value by its squared length, as GE's multi-shell tensor files do. dcm2niix says it has
  validated axial acquisitions with the phase along the columns; the other cases follow its code.
* Philips: b-value in (2001,xx03) of "Philips Imaging DD 001", direction (RL, AP, FH -- patient
  LPS) in (2005,xxb0/xxb1/xxb2) of "Philips MR Imaging DD 001".

tests/test_dicom_multivolume.py checks each against dcm2niix's .bval/.bvec on real GE images
rewritten as diffusion series, in every plane and both phase directions.
"""

from __future__ import annotations

import math

import numpy as np

from workstation.dicom.mosaic import csa_diffusion

Diffusion = tuple[float | None, tuple[float, float, float] | None]

GE_B_FLAG = 1_000_000_000  # added to the b-value by some GE software versions
# dcm2niix's signs per plane (the patient axis the slice normal is closest to), applied to the
# GE vector along (row, column, normal) of the image
GE_SIGNS = {"sagittal": (1.0, 1.0, -1.0), "coronal": (-1.0, 1.0, 1.0), "axial": (-1.0, -1.0, 1.0)}


def _private(ds, group: int, creator: str, element: int, binary: str | None = None):
    """The value of a private element (by its creator, wherever the block was placed), or None.
    An element read without its VR (implicit VR, unknown to pydicom) comes as bytes: decoded as
    text numbers (DS/IS), or as little-endian ``binary`` numbers ("<f4" for FL) when given."""
    try:
        value = ds.private_block(group, creator)[element].value
    except Exception:  # absent, or a damaged value pydicom cannot convert (e.g. IS "1e400")
        return None
    if isinstance(value, bytes):
        if binary:
            return [float(v) for v in np.frombuffer(value[: len(value) // 4 * 4], dtype=binary)]
        return value.decode("ascii", "replace").strip(" \0").split("\\")
    return value


def _floats(value, n: int) -> list[float] | None:
    """``n`` finite numbers from a DICOM value (one number, a multi-value or text), else None."""
    if value is None or isinstance(value, (bytes, bytearray)):
        return None
    items = [value] if isinstance(value, (str, int, float)) or not hasattr(value, "__iter__") else list(value)
    try:
        out = [float(v) for v in items]
    except (TypeError, ValueError):
        return None
    return out if len(out) == n and all(math.isfinite(v) for v in out) else None


def _standard(ds) -> Diffusion:
    b = _floats(ds[(0x0018, 0x9087)].value, 1) if (0x0018, 0x9087) in ds else None
    g = _floats(ds[(0x0018, 0x9089)].value, 3) if (0x0018, 0x9089) in ds else None
    return (b[0] if b else None), (tuple(g) if g else None)


def _image_axes(ds) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    iop = _floats(ds.get("ImageOrientationPatient"), 6)
    if iop is None:
        return None
    row, col = np.array(iop[:3]), np.array(iop[3:])
    normal = np.cross(row, col)
    if min(np.linalg.norm(row), np.linalg.norm(col), np.linalg.norm(normal)) < 1e-6:
        return None
    return row / np.linalg.norm(row), col / np.linalg.norm(col), normal / np.linalg.norm(normal)


def _ge(ds) -> Diffusion:
    raw = _private(ds, 0x0043, "GEMS_PARM_01", 0x39)
    first = _floats(raw if isinstance(raw, (str, int, float)) or raw is None else list(raw)[:1], 1)
    if first is None:
        return None, None
    b = first[0] % GE_B_FLAG if first[0] >= GE_B_FLAG else first[0]
    parts = [_floats(_private(ds, 0x0019, "GEMS_ACQU_01", e), 1) for e in (0xBB, 0xBC, 0xBD)]
    axes = _image_axes(ds)
    if any(p is None for p in parts) or axes is None:
        return b, None
    g = np.array([p[0] for p in parts])
    length = float(np.linalg.norm(g))
    if b <= 0 or length < 1e-6:
        return b, (0.0, 0.0, 0.0)
    if 0.03 < length < 0.97:  # a shell of a multi-shell scheme: b scales with |g|^2
        b *= length * length
    phase = str(ds.get("InPlanePhaseEncodingDirection", "")).upper()
    if phase == "ROW":
        g = np.array([g[1], -g[0], g[2]])
    elif phase != "COL":
        return b, None  # the frequency/phase axes are unknown: no direction rather than a guess
    row, col, normal = axes
    plane = ("sagittal", "coronal", "axial")[int(np.argmax(np.abs(normal)))]
    signs = GE_SIGNS[plane]
    lps = signs[0] * g[0] * row + signs[1] * g[1] * col + signs[2] * g[2] * normal
    return b, tuple(float(v) for v in lps)


def _philips(ds) -> Diffusion:
    b = _floats(_private(ds, 0x2001, "Philips Imaging DD 001", 0x03, "<f4"), 1)
    if b is None:
        return None, None
    parts = [_floats(_private(ds, 0x2005, "Philips MR Imaging DD 001", e, "<f4"), 1) for e in (0xB0, 0xB1, 0xB2)]
    g = tuple(p[0] for p in parts) if all(p is not None for p in parts) else None
    return b[0], g


def diffusion_of(ds) -> Diffusion:
    """(b-value in s/mm², gradient direction in patient LPS) of one image, Nones when it says none."""
    b, g = _standard(ds)
    if b is not None:
        return b, g
    maker = str(ds.get("Manufacturer", "")).upper()
    if maker.startswith("SIEMENS"):
        return csa_diffusion(ds)
    if maker.startswith("GE"):
        return _ge(ds)
    if maker.startswith("PHILIPS"):
        return _philips(ds)
    return None, None
