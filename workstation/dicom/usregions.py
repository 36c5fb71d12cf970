"""Ultrasound calibration: the Sequence of Ultrasound Regions (0018,6011), PS3.3 C.8.5.5.

An ultrasound picture is several regions side by side -- a B-mode sector, a second sector, a
Doppler or M-mode strip -- each with its own scale: Physical Units X/Y Direction (0018,6024/6026)
and Physical Delta X/Y (0018,602C/602E), the size of one pixel in those units. A distance is in
millimetres only inside a region whose X and Y units are both centimetres (code 3; ×10 for mm);
a strip whose axes are seconds, cm/s, Hz... has no millimetres (:attr:`UltrasoundRegion.spatial`
is False), and outside every region the picture is uncalibrated.

Qt-free and VTK-free; read by :mod:`workstation.dicom.display` and used by the measurements on
2-D images (:mod:`workstation.annotations.image`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from pydicom.dataset import Dataset

#: Physical Units X/Y Direction (PS3.3 C.8.5.5.1.15), code -> unit as shown.
UNITS = {0: "", 1: "%", 2: "dB", 3: "cm", 4: "s", 5: "Hz", 6: "dB/s", 7: "cm/s", 8: "cm\u00b2",
         9: "cm\u00b2/s", 10: "cm\u00b3", 11: "cm\u00b3/s", 12: "\u00b0"}
CM = 3
_US_CLASSES = ("1.2.840.10008.5.1.4.1.1.6.", "1.2.840.10008.5.1.4.1.1.3.")  # US image, US multi-frame (and retired)


@dataclass(frozen=True)
class UltrasoundRegion:
    """One region: its pixel box (columns x0..x1, rows y0..y1, inclusive, as in the file) and scale."""

    index: int  # position in the sequence (0-based)
    x0: int
    y0: int
    x1: int
    y1: int
    units_x: int
    units_y: int
    delta_x: float  # size of one pixel along x, in units_x (0: not given)
    delta_y: float
    spatial_format: int = 0  # 1 2-D, 2 M-mode, 3 spectral, 4 waveform...
    data_type: int = 0

    @property
    def unit_x(self) -> str:
        return UNITS.get(self.units_x, f"unit {self.units_x}")

    @property
    def unit_y(self) -> str:
        return UNITS.get(self.units_y, f"unit {self.units_y}")

    @property
    def spatial(self) -> bool:
        """Both axes are centimetres with a size: distances and areas are in mm here."""
        return self.units_x == CM and self.units_y == CM and self.delta_x > 0 and self.delta_y > 0

    @property
    def mm_per_pixel(self) -> tuple[float, float] | None:
        """(row, column) pixel size in mm, None when the region is not spatial."""
        return (self.delta_y * 10.0, self.delta_x * 10.0) if self.spatial else None

    def describe(self) -> str:
        """What the region measures, e.g. "s × —" for a Doppler strip (— : no unit)."""
        none = "\u2014"
        return f"{self.unit_x or none} \u00d7 {self.unit_y or none}"

    def contains(self, x: float, y: float) -> bool:
        """Is image point (x, y) -- column and row in SCOORD form, (0, 0) the top-left corner of
        the top-left pixel -- on a pixel of the region?"""
        return self.x0 <= x <= self.x1 + 1 and self.y0 <= y <= self.y1 + 1


def _int(item: Dataset, keyword: str) -> int | None:
    try:
        value = item.get(keyword)
        return None if value is None else int(value)
    except (TypeError, ValueError):
        return None


def _float(item: Dataset, keyword: str) -> float:
    try:
        value = float(item.get(keyword))
    except (TypeError, ValueError):
        return 0.0
    return value if math.isfinite(value) else 0.0


def ultrasound_regions(ds: Dataset) -> list[UltrasoundRegion]:
    """The usable regions of an ultrasound image (none for other images: the module belongs to
    ultrasound, and a radiograph carrying one -- deid-data's cat DX does -- is calibrated by its
    spacing). A region without its box is skipped; a negative or missing delta counts as 0."""
    out = []
    sop_class = str(ds.get("SOPClassUID", ""))
    if str(ds.get("Modality", "")).upper() != "US" and not sop_class.startswith(_US_CLASSES):
        return []
    try:
        items = list(ds.get("SequenceOfUltrasoundRegions") or [])
    except (TypeError, ValueError, AttributeError):
        return []
    for i, item in enumerate(items):
        box = [_int(item, k) for k in ("RegionLocationMinX0", "RegionLocationMinY0",
                                       "RegionLocationMaxX1", "RegionLocationMaxY1")]
        if any(v is None for v in box) or box[2] < box[0] or box[3] < box[1]:
            continue
        out.append(UltrasoundRegion(
            index=i, x0=box[0], y0=box[1], x1=box[2], y1=box[3],
            units_x=_int(item, "PhysicalUnitsXDirection") or 0, units_y=_int(item, "PhysicalUnitsYDirection") or 0,
            delta_x=max(_float(item, "PhysicalDeltaX"), 0.0), delta_y=max(_float(item, "PhysicalDeltaY"), 0.0),
            spatial_format=_int(item, "RegionSpatialFormat") or 0, data_type=_int(item, "RegionDataType") or 0))
    return out


def region_of(regions: list[UltrasoundRegion], points) -> UltrasoundRegion | None:
    """The region holding every point ((x, y, ...) in SCOORD form); None when no region holds
    them all. Overlapping regions: the first in the file holding them all."""
    for region in regions:
        if all(region.contains(float(p[0]), float(p[1])) for p in points):
            return region
    return None
