"""The demo CT phantom: a valid CT series whose anatomy is where the documentation says."""

from __future__ import annotations

import subprocess

import numpy as np
import pydicom
import pytest

from workstation.dicom.assemble import load_series_dir
from workstation.phantom import (
    PHANTOM_AORTA_CENTER_XY_MM,
    PHANTOM_LESION_CENTER_MM,
    PHANTOM_LESION_RADIUS_MM,
    PHANTOM_SPINE_CENTER_XY_MM,
    write_phantom_series,
)


@pytest.fixture(scope="module")
def phantom(tmp_path_factory):
    out = tmp_path_factory.mktemp("phantom")
    files = write_phantom_series(out, size=160, slices=80, spacing=(1.1, 1.1, 2.0))
    return out, files


def test_phantom_is_a_proper_ct_series(phantom):
    out, files = phantom
    assert len(files) == 80
    ds = pydicom.dcmread(files[0])
    assert ds.file_meta.MediaStorageSOPClassUID == pydicom.uid.CTImageStorage
    assert ds.file_meta.TransferSyntaxUID == pydicom.uid.ExplicitVRLittleEndian
    assert ds.preamble is not None and ds.Modality == "CT" and ds.SpecificCharacterSet == "ISO_IR 192"
    assert str(ds.PatientName) == "Nguyễn^Văn An"
    assert ds.pixel_array.shape == (160, 160)
    assert len({pydicom.dcmread(f, stop_before_pixels=True).SOPInstanceUID for f in files}) == 80
    run = subprocess.run(["dcm2niix", "-z", "n", "-f", "%s", "-o", str(out.parent), str(out)],
                         capture_output=True, text=True)
    assert run.returncode == 0
    text = (run.stdout + run.stderr).lower()
    assert "warning" not in text and "error" not in text, text
    assert "160x160x80" in text


def test_lesion_bone_aorta_and_air_where_documented(phantom):
    out, _ = phantom
    (vol,) = load_series_dir(out)
    assert vol.units == "HU" and vol.array.dtype == np.int16
    assert vol.meta["window"] == (400.0, 40.0)
    # lesion: hypodense (10-20 HU) inside a 60 HU liver, mean over a sphere within the lesion
    idx = np.indices(vol.array.shape).reshape(3, -1).T[:, ::-1]  # (i, j, k)
    centre = np.asarray(PHANTOM_LESION_CENTER_MM)
    dist = np.linalg.norm(vol.index_to_patient(idx) - centre, axis=1).reshape(vol.array.shape)
    inside = vol.array[dist < PHANTOM_LESION_RADIUS_MM - 2.5]
    assert inside.size > 50 and 10 <= inside.mean() <= 20
    ring = vol.array[(dist > PHANTOM_LESION_RADIUS_MM + 3) & (dist < PHANTOM_LESION_RADIUS_MM + 6)]
    assert 50 <= np.median(ring) <= 70  # surrounded by liver
    assert 0 <= vol.value_at(PHANTOM_LESION_CENTER_MM) <= 30
    sx, sy = PHANTOM_SPINE_CENTER_XY_MM
    assert vol.value_at((sx, sy, 0)) >= 600 and vol.value_at((sx - 11, sy, 20)) >= 1000  # cancellous, cortex
    ax, ay = PHANTOM_AORTA_CENTER_XY_MM
    assert 220 <= vol.value_at((ax, ay, 0)) <= 280
    assert vol.value_at((85, 0, 0)) <= -950  # air outside the body, on the patient's left


def test_uids_are_stable_for_a_seed(tmp_path):
    a = write_phantom_series(tmp_path / "a", size=32, slices=3)
    b = write_phantom_series(tmp_path / "b", size=32, slices=3)
    c = write_phantom_series(tmp_path / "c", size=32, slices=3, seed=2)
    uid = lambda f: pydicom.dcmread(f, stop_before_pixels=True).SOPInstanceUID  # noqa: E731
    assert [uid(f) for f in a] == [uid(f) for f in b]
    assert not {uid(f) for f in a} & {uid(f) for f in c}
