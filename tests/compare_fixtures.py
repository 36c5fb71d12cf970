"""Two studies of one patient made from the real decubitus MR series (tests/data/decubitus):
a current study and a prior one written with pydicom (new Study/Series/SOP UIDs, an earlier
StudyDate), optionally in the current's Frame of Reference and with fewer slices."""

from __future__ import annotations

from pathlib import Path

import pydicom
from pydicom.uid import generate_uid

from dicom_fixtures import decubitus_dir

PATIENT_ID = "CMP-0001"


def write_study(position: str, dest: Path, *, study_date: str, frame_uid: str | None = None, every: int = 1,
                description: str = "") -> dict:
    """Copy the decubitus series ``position`` as a new study of PATIENT_ID into ``dest``; keep
    every ``every``-th slice (so the slice spacing is ``every`` times the original). Returns the
    new UIDs and the Frame of Reference UID written."""
    dest.mkdir(parents=True, exist_ok=True)
    study, series = generate_uid(), generate_uid()
    files = sorted(decubitus_dir(position).iterdir(),
                   key=lambda p: float(pydicom.dcmread(p, stop_before_pixels=True).ImagePositionPatient[0]))
    frame = None
    for n, src in enumerate(files[::every]):
        ds = pydicom.dcmread(src)
        ds.PatientID = PATIENT_ID
        ds.PatientName = "Compare^Patient"
        ds.StudyInstanceUID, ds.SeriesInstanceUID = study, series
        ds.SOPInstanceUID = ds.file_meta.MediaStorageSOPInstanceUID = generate_uid()
        ds.StudyDate = ds.SeriesDate = study_date
        ds.StudyDescription = description or f"MR {position} {study_date}"
        ds.InstanceNumber = n + 1
        if frame_uid is not None:
            ds.FrameOfReferenceUID = frame_uid
        frame = str(ds.FrameOfReferenceUID)
        ds.save_as(dest / f"{n:03d}.dcm", enforce_file_format=True)
    return {"study_uid": study, "series_uid": series, "frame_uid": frame, "dir": dest}
