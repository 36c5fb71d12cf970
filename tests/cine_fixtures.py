"""A real ultrasound frame (pydicom-data US1_UNCR, 480 x 640 RGB) made into a 30 fps cine loop:
Ultrasound Multi-frame Image Storage, Frame Time 33.3 ms, each frame the image shifted sideways
so every frame differs from the one before."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pydicom
from pydicom.uid import generate_uid

from dicom_fixtures import dicom_file  # tests/ is on sys.path (pytest, benchmarks)

US_MULTIFRAME = "1.2.840.10008.5.1.4.1.1.3.1"


def us_cine(dest: Path, frames: int = 60, frame_time_ms: float = 33.3, name: str = "us_cine.dcm") -> Path:
    ds = pydicom.dcmread(dicom_file("US1_UNCR.dcm"))
    image = ds.pixel_array  # rows x cols x 3, uint8
    cine = np.stack([np.roll(image, 8 * k, axis=1) for k in range(frames)])
    ds.SOPClassUID = ds.file_meta.MediaStorageSOPClassUID = US_MULTIFRAME
    ds.SOPInstanceUID = ds.file_meta.MediaStorageSOPInstanceUID = generate_uid()
    ds.SeriesInstanceUID, ds.StudyInstanceUID = generate_uid(), generate_uid()
    ds.NumberOfFrames = frames
    ds.FrameTime = f"{frame_time_ms:g}"
    ds.FrameIncrementPointer = 0x00181063  # Frame Time
    ds.PlanarConfiguration = 0
    ds.PixelData = np.ascontiguousarray(cine).tobytes()
    dest.mkdir(parents=True, exist_ok=True)
    out = dest / name
    ds.save_as(out, enforce_file_format=True)
    return out
