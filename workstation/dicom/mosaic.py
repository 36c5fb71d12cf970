"""Siemens MOSAIC images: one stored image holding a grid of slices (EPI, fMRI, DWI).

The number of slices and the slice direction come from the Siemens CSA image header, read with
nibabel's maintained parser (``nibabel.nicom.csareader``). The geometry follows the Siemens
convention that dcm2niix and nibabel use:

* ImagePositionPatient of a mosaic is the top-left corner of the *whole* grid; the first slice
  starts ``(mosaic size - tile size) / 2`` pixels further along the rows and columns;
* slices are stored tile by tile (left to right, top to bottom) in the direction of the CSA
  ``SliceNormalVector`` (which may point against row x column: descending acquisitions), one
  SpacingBetweenSlices (else SliceThickness) apart.
"""

from __future__ import annotations

import math
import warnings
from dataclasses import dataclass

import numpy as np

MOSAIC_TAGS = ["ImageType", "Manufacturer", (0x0029, 0x0010), (0x0029, 0x1010), "SpacingBetweenSlices",
               "SliceThickness"]


class MosaicError(ValueError):
    """A MOSAIC image whose CSA header does not describe a usable grid."""


@dataclass(frozen=True)
class Mosaic:
    n: int  # slices stored in the grid
    per_row: int  # tiles per grid row (and column): ceil(sqrt(n))
    tile_rows: int
    tile_cols: int
    normal: tuple[float, float, float]  # LPS unit vector, the direction of increasing slice index
    spacing: float  # mm between slice centres


def is_mosaic(ds) -> bool:
    return "MOSAIC" in [str(v).upper() for v in (ds.get("ImageType") or [])]


def _csareader():
    with warnings.catch_warnings():  # nibabel warns that its DICOM *readers* are experimental;
        warnings.simplefilter("ignore")  # the CSA parser is what dcm2niix's tests validate
        from nibabel.nicom import csareader
    return csareader


def _csa(ds) -> dict | None:
    csareader = _csareader()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return csareader.get_csa_header(ds, "image")
        except Exception as exc:  # a damaged CSA header: say so rather than guess
            raise MosaicError(f"unreadable Siemens CSA image header ({type(exc).__name__}: {exc})") from exc


def mosaic_of(ds, rows: int, cols: int, iop) -> Mosaic:
    """The grid of a MOSAIC image (header only), or MosaicError with the reason."""
    csareader = _csareader()

    csa = _csa(ds)
    if csa is None:
        raise MosaicError("a MOSAIC image without the Siemens CSA image header (0029,1010)")
    try:
        n = csareader.get_n_mosaic(csa)
        normal = csareader.get_slice_normal(csa)
    except Exception as exc:  # values of the wrong kind in a parsable header
        raise MosaicError(f"unusable Siemens CSA image header ({type(exc).__name__}: {exc})") from exc
    if not isinstance(n, (int, float)) or not math.isfinite(n) or not 1 <= int(n) <= 4096:
        raise MosaicError(f"the CSA header gives no usable NumberOfImagesInMosaic ({n!r})")
    n = int(n)
    per_row = math.ceil(math.sqrt(n))
    if rows % per_row or cols % per_row:
        raise MosaicError(f"a {rows}x{cols} mosaic cannot hold a {per_row}x{per_row} grid of {n} slices")
    if iop is None:
        raise MosaicError("a MOSAIC image without ImageOrientationPatient")
    iop = np.asarray(iop, dtype=float)
    cross = np.cross(iop[:3], iop[3:])
    try:
        normal = np.asarray(normal, dtype=float).reshape(3)
    except (TypeError, ValueError):
        normal = cross  # no (usable) SliceNormalVector: the image plane's own normal
    if not np.all(np.isfinite(normal)):
        normal = cross
    length = float(np.linalg.norm(normal))
    if length < 1e-6 or abs(abs(float(np.dot(normal / length, cross))) - 1) > 1e-3:
        raise MosaicError("the CSA SliceNormalVector is not perpendicular to the image plane")
    normal = normal / length
    spacing = None
    for keyword in ("SpacingBetweenSlices", "SliceThickness"):
        try:
            value = float(ds.get(keyword) or 0)
        except (TypeError, ValueError):
            value = 0.0
        if math.isfinite(value) and value > 0:
            spacing = value
            break
    if spacing is None:
        raise MosaicError("a MOSAIC image with neither SpacingBetweenSlices nor SliceThickness")
    return Mosaic(n, per_row, rows // per_row, cols // per_row, tuple(float(v) for v in normal), spacing)


def slice_positions(m: Mosaic, ipp, iop, pixel_spacing) -> np.ndarray:
    """(n, 3) LPS positions of the first voxel of each slice in the grid."""
    ipp = np.asarray(ipp, dtype=float)
    iop = np.asarray(iop, dtype=float)
    row_sp, col_sp = (float(v) for v in pixel_spacing)
    rows, cols = m.tile_rows * m.per_row, m.tile_cols * m.per_row
    shift_r, shift_c = (rows - m.tile_rows) / 2, (cols - m.tile_cols) / 2
    first = ipp + iop[:3] * col_sp * shift_c + iop[3:] * row_sp * shift_r
    return first + np.outer(np.arange(m.n), np.asarray(m.normal) * m.spacing)


def untile(image: np.ndarray, m: Mosaic) -> np.ndarray:
    """(rows, cols) mosaic -> (n, tile_rows, tile_cols), a copy in slice order."""
    if image.shape[:2] != (m.tile_rows * m.per_row, m.tile_cols * m.per_row):
        raise MosaicError(f"a mosaic of shape {image.shape} does not match its {m.per_row}x{m.per_row} grid")
    grid = image.reshape(m.per_row, m.tile_rows, m.per_row, m.tile_cols).swapaxes(1, 2)
    return grid.reshape(m.per_row * m.per_row, m.tile_rows, m.tile_cols)[:m.n]


def csa_diffusion(ds) -> tuple[float | None, tuple[float, float, float] | None]:
    """(b-value, gradient direction in LPS) from the CSA header of a Siemens image, or Nones."""
    csareader = _csareader()

    try:
        csa = _csa(ds)
    except MosaicError:
        return None, None
    if csa is None:
        return None, None
    b = csareader.get_b_value(csa)
    g = csareader.get_g_vector(csa)
    bval = float(b) if isinstance(b, (int, float)) and math.isfinite(b) else None
    vec = tuple(float(v) for v in g) if g is not None and len(g) == 3 else None
    return bval, vec
