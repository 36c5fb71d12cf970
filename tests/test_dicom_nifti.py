"""Our NIfTI export agrees with dcm2niix (an independent converter) in every patient position."""

from __future__ import annotations

import itertools
import subprocess

import nibabel as nib
import numpy as np
import pydicom
import pytest
from dicom_fixtures import POSITIONS, decubitus_dir

from workstation.dicom.assemble import load_series_dir
from workstation.dicom.nifti import export_nifti


def _corners(img: nib.Nifti1Image) -> dict[tuple, float]:
    """World (RAS mm, rounded to 1e-3) of the 8 corner voxels -> voxel value."""
    data = np.asarray(img.dataobj)
    out = {}
    for ijk in itertools.product(*[(0, n - 1) for n in img.shape[:3]]):
        xyz = img.affine @ np.array([*ijk, 1.0])
        out[tuple(np.round(xyz[:3], 3))] = float(data[ijk])
    return out


@pytest.mark.parametrize("position", POSITIONS)
def test_export_matches_dcm2niix(position, tmp_path):
    series = decubitus_dir(position)
    ref_dir = tmp_path / "dcm2niix"
    ref_dir.mkdir()
    run = subprocess.run(["dcm2niix", "-z", "n", "-f", "%p_%s", "-o", str(ref_dir), str(series)],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    (ref_path,) = ref_dir.glob("*.nii")
    (volume,) = load_series_dir(series)
    ours_path = tmp_path / "ours.nii.gz"
    export_nifti(volume, ours_path)

    ref, ours = nib.load(ref_path), nib.load(ours_path)
    assert ours.shape == volume.shape_ijk
    # the same grid up to an axis permutation/flip: compare in the closest canonical (RAS+) layout
    ref_c, ours_c = nib.as_closest_canonical(ref), nib.as_closest_canonical(ours)
    assert ref_c.shape[:3] == ours_c.shape[:3]
    np.testing.assert_allclose(ours_c.affine, ref_c.affine, atol=1e-3)
    np.testing.assert_array_equal(np.asarray(ours_c.dataobj), np.asarray(ref_c.dataobj).reshape(ours_c.shape))
    # and the 8 corner voxels sit at the same world points with the same values
    ref_corners, our_corners = _corners(ref), _corners(ours)
    assert len(our_corners) == 8
    for xyz, value in our_corners.items():
        match = [v for p, v in ref_corners.items() if np.allclose(p, xyz, atol=1e-3)]
        assert match == [value], (xyz, value)


@pytest.mark.parametrize("position", POSITIONS)
def test_lps_axes_agree_with_the_dicom_orientation(position, tmp_path):
    (volume,) = load_series_dir(decubitus_dir(position))
    files = sorted(decubitus_dir(position).iterdir())
    headers = [pydicom.dcmread(f, stop_before_pixels=True) for f in files]
    iop = np.array(headers[0].ImageOrientationPatient, float)
    assert volume.meta["patient_position"] == position
    # i runs along the DICOM row direction, j along the column direction (LPS)
    np.testing.assert_allclose(volume.direction[:, 0], iop[:3], atol=1e-6)
    np.testing.assert_allclose(volume.direction[:, 1], iop[3:], atol=1e-6)
    # k runs along the slice normal, through the first and last slice positions
    normal = np.cross(iop[:3], iop[3:])
    positions = [np.array(h.ImagePositionPatient, float) for h in headers]
    positions.sort(key=lambda p: float(np.dot(p, normal)))
    np.testing.assert_allclose(volume.direction[:, 2], normal, atol=1e-4)
    np.testing.assert_allclose(volume.origin, positions[0], atol=1e-3)
    np.testing.assert_allclose(volume.index_to_patient([0, 0, 34]), positions[-1], atol=1e-3)
    # exported affine is RAS = LPS with x and y negated
    export_nifti(volume, tmp_path / "v.nii")
    img = nib.load(tmp_path / "v.nii")
    np.testing.assert_allclose(img.affine, np.diag([-1, -1, 1, 1]) @ volume.affine)
    # the label on screen: the dominant LPS letter of each axis
    letters = "".join("LPS"[int(np.argmax(np.abs(d)))] for d in volume.direction.T)
    dominant = "".join("LPS"[int(np.argmax(np.abs(v)))] for v in (iop[:3], iop[3:], normal))
    assert letters == dominant

