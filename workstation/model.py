"""Domain model shared by every layer.

Geometry convention (used everywhere in Silkbridge):

* ``Volume.array`` is C-ordered with shape ``(nz, ny, nx)``: slice, row, column.
* ``Volume.affine`` maps a column vector ``(i, j, k, 1)`` -- i = column, j = row, k = slice --
  to DICOM patient coordinates (LPS) in millimetres.
* Every view position, measurement and annotation is stored in patient millimetres.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np


@dataclass(eq=False)
class Volume:
    array: np.ndarray
    affine: np.ndarray
    units: str = ""  # "HU" for CT, "" when the values have no physical unit
    modality: str = ""
    meta: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.array.ndim != 3:
            raise ValueError(f"a volume is 3-D, got an array of shape {self.array.shape}")
        self.affine = np.asarray(self.affine, dtype=float)
        if self.affine.shape != (4, 4):
            raise ValueError("the affine must be 4x4")

    @property
    def shape_ijk(self) -> tuple[int, int, int]:
        nz, ny, nx = self.array.shape
        return nx, ny, nz

    @property
    def spacing(self) -> np.ndarray:
        """Voxel size along i, j, k in mm."""
        return np.linalg.norm(self.affine[:3, :3], axis=0)

    @property
    def origin(self) -> np.ndarray:
        """Patient position (LPS mm) of voxel (0, 0, 0)."""
        return self.affine[:3, 3].copy()

    @property
    def direction(self) -> np.ndarray:
        """Unit column vectors of the i, j, k axes in LPS."""
        return self.affine[:3, :3] / self.spacing

    def index_to_patient(self, ijk) -> np.ndarray:
        ijk = np.asarray(ijk, dtype=float)
        return ijk @ self.affine[:3, :3].T + self.affine[:3, 3]

    def patient_to_index(self, xyz) -> np.ndarray:
        xyz = np.asarray(xyz, dtype=float)
        inv = np.linalg.inv(self.affine)
        return xyz @ inv[:3, :3].T + inv[:3, 3]

    def value_at(self, xyz) -> float | None:
        """Value of the voxel nearest to a patient position, None outside the volume."""
        i, j, k = np.rint(self.patient_to_index(xyz)).astype(int)
        nz, ny, nx = self.array.shape
        if 0 <= i < nx and 0 <= j < ny and 0 <= k < nz:
            return float(self.array[k, j, i])
        return None

    def center(self) -> np.ndarray:
        nx, ny, nz = self.shape_ijk
        return self.index_to_patient([(nx - 1) / 2, (ny - 1) / 2, (nz - 1) / 2])

    def bounds(self) -> tuple[np.ndarray, np.ndarray]:
        """Axis-aligned LPS bounding box (min, max) of the voxel centres."""
        nx, ny, nz = self.shape_ijk
        corners = np.array([[i, j, k] for i in (0, nx - 1) for j in (0, ny - 1) for k in (0, nz - 1)])
        pts = self.index_to_patient(corners)
        return pts.min(axis=0), pts.max(axis=0)


def person_name(pn: str | None) -> str:
    """A DICOM person name (PN) as people read it: 'Nguyễn^Văn An' -> 'Nguyễn Văn An',
    'Yamada^Tarou=山田^太郎=やまだ^たろう' -> 'Yamada Tarou (山田 太郎)'. Family name first, as
    Chinese, Vietnamese and DICOM order it."""
    groups = [" ".join(p for p in g.split("^") if p).strip() for g in str(pn or "").split("=")]
    groups = [g for g in groups if g]
    if not groups:
        return ""
    return groups[0] if len(groups) == 1 else f"{groups[0]} ({groups[1]})"


def dicom_date(d: str | None) -> str:
    """'20261123' -> '2026-11-23' (other strings unchanged)."""
    d = str(d or "")
    return f"{d[:4]}-{d[4:6]}-{d[6:8]}" if len(d) == 8 and d.isdigit() else d
