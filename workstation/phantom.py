"""Synthetic CT phantom written as a real CT Image Storage series (demo, courseware, benchmarks).

Anatomy is defined in patient millimetres (LPS, head-first supine, axial slices), centred on
the patient origin, so the landmarks below hold for every matrix size and slice count (as long as
the volume covers them: the default 256 x 256 x 120 at 0.7 x 0.7 x 1.5 mm spans
x, y in [-89, 89] and z in [-89, 89]).

* body: elliptic torso, semi-axes 80 mm (left-right) x 60 mm (antero-posterior), soft tissue
  40 HU inside an 8 mm fat layer (-100 HU); air outside (-1000 HU)
* lungs (-850 HU), liver (60 HU, patient right), contrast-filled aorta (250 HU)
* spine (cancellous 700 HU, cortex 1200 HU) and ribs (900 HU)
* a hypodense liver lesion (15 HU), sphere of radius ``PHANTOM_LESION_RADIUS_MM`` centred at
  ``PHANTOM_LESION_CENTER_MM``
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import numpy as np
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import CTImageStorage, ExplicitVRLittleEndian, generate_uid

PHANTOM_LESION_CENTER_MM = (-35.0, -5.0, -35.0)  # LPS: patient right, slightly anterior, below the lungs
PHANTOM_LESION_RADIUS_MM = 10.0
PHANTOM_LESION_HU = 15
PHANTOM_SPINE_CENTER_XY_MM = (0.0, 40.0)  # vertebral bodies, every slice
PHANTOM_AORTA_CENTER_XY_MM = (12.0, 22.0)

_AIR, _FAT, _SOFT, _LUNG, _LIVER, _AORTA = -1000, -100, 40, -850, 60, 250
_CANCELLOUS, _CORTEX, _RIB = 700, 1200, 900


def _ellipse(x, y, cx, cy, a, b):
    return ((x - cx) / a) ** 2 + ((y - cy) / b) ** 2 <= 1.0


def phantom_slice_hu(x: np.ndarray, y: np.ndarray, z: float) -> np.ndarray:
    """HU of one axial slice at height z (mm) on the grid x, y (mm, 2-D arrays)."""
    hu = np.full(x.shape, _AIR, dtype=np.int16)
    hu[_ellipse(x, y, 0, 0, 80, 60)] = _FAT
    hu[_ellipse(x, y, 0, 0, 72, 52)] = _SOFT
    # liver: ellipsoid on the patient's right (x < 0)
    lz = 1 - ((z + 35) / 40) ** 2
    if lz > 0:
        hu[_ellipse(x, y, -30, 0, 35 * np.sqrt(lz), 40 * np.sqrt(lz))] = _LIVER
    # lungs: two ellipsoids in the upper half
    for cx in (-35, 35):
        q = 1 - ((z - 40) / 50) ** 2
        if q > 0:
            hu[_ellipse(x, y, cx, -2, 25 * np.sqrt(q), 35 * np.sqrt(q))] = _LUNG
    # ribs: a posterior/lateral arc every 25 mm, 10 mm high
    if (z + 1000) % 25 < 10:
        ring = _ellipse(x, y, 0, 0, 68, 48) & ~_ellipse(x, y, 0, 0, 63, 43) & (y > -20)
        hu[ring] = _RIB
    sx, sy = PHANTOM_SPINE_CENTER_XY_MM
    hu[_ellipse(x, y, sx, sy, 12, 12)] = _CORTEX
    hu[_ellipse(x, y, sx, sy, 10, 10)] = _CANCELLOUS
    hu[_ellipse(x, y, sx, sy + 17, 4, 4)] = 10  # spinal canal, behind the vertebral body
    ax, ay = PHANTOM_AORTA_CENTER_XY_MM
    hu[_ellipse(x, y, ax, ay, 10, 10)] = _AORTA
    lx, ly, lzc = PHANTOM_LESION_CENTER_MM
    dz = z - lzc
    if abs(dz) < PHANTOM_LESION_RADIUS_MM:
        r = np.sqrt(PHANTOM_LESION_RADIUS_MM ** 2 - dz ** 2)
        hu[_ellipse(x, y, lx, ly, r, r)] = PHANTOM_LESION_HU
    return hu


def write_phantom_series(out_dir, size: int = 256, slices: int = 120,
                         spacing: tuple[float, float, float] = (0.7, 0.7, 1.5),
                         patient_name: str = "Nguyễn^Văn An", patient_id: str = "SB-PHANTOM-001",
                         seed: int = 1, noise_hu: float = 5.0, progress=None) -> list[Path]:
    """Write the phantom as ``slices`` CT images (IM0001.dcm ...) and return their paths.

    ``spacing`` is (column spacing x, row spacing y, slice step z) in mm. UIDs derive from
    ``seed`` (same seed, same UIDs), so re-writing the phantom re-imports as duplicates.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    sx, sy, sz = (float(v) for v in spacing)
    rng = np.random.default_rng(seed)
    xs = (np.arange(size) - (size - 1) / 2) * sx
    ys = (np.arange(size) - (size - 1) / 2) * sy
    x, y = np.meshgrid(xs, ys)  # x varies along columns, y along rows
    z0 = -(slices - 1) / 2 * sz

    def uid(*parts) -> str:
        return generate_uid(entropy_srcs=["silkbridge-phantom", str(seed), *map(str, parts)])

    study_uid, series_uid, frame_uid = uid("study"), uid("series", size, slices, spacing), uid("frame", size)
    today = _dt.date(2026, 1, 15)

    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = CTImageStorage
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    meta.ImplementationClassUID = generate_uid(entropy_srcs=["silkbridge"])
    meta.ImplementationVersionName = "SILKBRIDGE_01"

    ds = Dataset()
    ds.file_meta = meta
    ds.SpecificCharacterSet = "ISO_IR 192"
    ds.ImageType = ["ORIGINAL", "PRIMARY", "AXIAL"]
    ds.SOPClassUID = CTImageStorage
    ds.StudyDate = ds.SeriesDate = ds.AcquisitionDate = ds.ContentDate = today.strftime("%Y%m%d")
    ds.StudyTime = ds.SeriesTime = ds.AcquisitionTime = ds.ContentTime = "093000"
    ds.AccessionNumber = "PH0001"
    ds.Modality = "CT"
    ds.Manufacturer = "Silkbridge"
    ds.ManufacturerModelName = "Synthetic phantom"
    ds.InstitutionName = "Silkbridge training"
    ds.ReferringPhysicianName = ""
    ds.StudyDescription = "CT chest-abdomen phantom"
    ds.SeriesDescription = "Phantom axial 1.5 mm"
    ds.PatientName = patient_name
    ds.PatientID = patient_id
    ds.PatientBirthDate = "19700101"
    ds.PatientSex = "M"
    ds.BodyPartExamined = "CHEST"
    ds.SliceThickness = f"{sz:g}"
    ds.KVP = "120"
    ds.PatientPosition = "HFS"
    ds.StudyInstanceUID = study_uid
    ds.SeriesInstanceUID = series_uid
    ds.StudyID = "1"
    ds.SeriesNumber = 2
    ds.AcquisitionNumber = 1
    ds.FrameOfReferenceUID = frame_uid
    ds.PositionReferenceIndicator = ""
    ds.ImageOrientationPatient = [1, 0, 0, 0, 1, 0]
    ds.SamplesPerPixel = 1
    ds.PhotometricInterpretation = "MONOCHROME2"
    ds.Rows = size
    ds.Columns = size
    ds.PixelSpacing = [f"{sy:g}", f"{sx:g}"]  # row spacing, column spacing
    ds.BitsAllocated = 16
    ds.BitsStored = 12
    ds.HighBit = 11
    ds.PixelRepresentation = 0
    ds.WindowCenter = "40"
    ds.WindowWidth = "400"
    ds.RescaleIntercept = "-1024"
    ds.RescaleSlope = "1"
    ds.RescaleType = "HU"

    paths = []
    for k in range(slices):
        z = z0 + k * sz
        hu = phantom_slice_hu(x, y, z).astype(np.float32)
        if noise_hu:
            hu += rng.standard_normal(hu.shape, dtype=np.float32) * np.float32(noise_hu)
        stored = np.clip(np.rint(hu) + 1024, 0, 4095).astype("<u2")
        sop_uid = uid("image", size, slices, spacing, k)
        ds.file_meta.MediaStorageSOPInstanceUID = sop_uid
        ds.SOPInstanceUID = sop_uid
        ds.InstanceNumber = k + 1
        ds.ImagePositionPatient = [f"{xs[0]:.4f}", f"{ys[0]:.4f}", f"{z:.4f}"]
        ds.SliceLocation = f"{z:.4f}"
        ds.PixelData = stored.tobytes()
        ds["PixelData"].VR = "OW"
        path = out / f"IM{k + 1:04d}.dcm"
        ds.save_as(path, enforce_file_format=True)
        paths.append(path)
        if progress:
            progress(k + 1, slices, path.name)
    return paths


__all__ = ["write_phantom_series", "phantom_slice_hu", "PHANTOM_LESION_CENTER_MM", "PHANTOM_LESION_RADIUS_MM",
           "PHANTOM_LESION_HU", "PHANTOM_SPINE_CENTER_XY_MM", "PHANTOM_AORTA_CENTER_XY_MM"]
