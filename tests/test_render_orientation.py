"""Orientation labels and anatomy on screen for the real decubitus MR series (HFS, HFP, HFDL, HFDR).

The series are read here with pydicom (a small test helper, independent of the importer), their
affine is checked against dcm2niix, and the rendered views are checked against the radiological
convention and against the DICOM geometry.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import nibabel as nib
import numpy as np
import pydicom
import pytest

from render_helpers import OffscreenViewport
from render.presets import auto_window, window_to_uint8
from render.slice_view import SliceScene, direction_label
from workstation.model import Volume
from workstation.viewstate import ViewState

DATA = Path(__file__).resolve().parent / "data" / "decubitus"
POSITIONS = ("HFS", "HFP", "HFDL", "HFDR")
CONVENTION = {  # radiological convention: (left, right, top, bottom) of the screen
    "axial": ("R", "L", "A", "P"),
    "coronal": ("R", "L", "S", "I"),
    "sagittal": ("A", "P", "S", "I"),
}
SIZE = 512


@pytest.fixture(autouse=True)
def _display():
    if not os.environ.get("DISPLAY"):
        pytest.fail("render tests need an X display: start Xvfb and set DISPLAY (e.g. Xvfb :52 & export DISPLAY=:52)")


def read_series(folder: Path):
    files = [f for f in folder.rglob("*") if f.is_file()]
    datasets = [pydicom.dcmread(f) for f in files]
    iop = np.array(datasets[0].ImageOrientationPatient, dtype=float)
    row, col = iop[:3], iop[3:]
    normal = np.cross(row, col)
    datasets.sort(key=lambda d: float(normal @ np.array(d.ImagePositionPatient, dtype=float)))
    array = np.stack([d.pixel_array for d in datasets])
    dr, dc = (float(x) for x in datasets[0].PixelSpacing)  # row spacing, column spacing
    first = np.array(datasets[0].ImagePositionPatient, dtype=float)
    last = np.array(datasets[-1].ImagePositionPatient, dtype=float)
    affine = np.eye(4)
    affine[:3, 0] = row * dc
    affine[:3, 1] = col * dr
    affine[:3, 2] = (last - first) / (len(datasets) - 1)
    affine[:3, 3] = first
    return Volume(array, affine, "", "MR"), datasets[0]


@pytest.fixture(scope="module")
def series():
    return {pos: read_series(DATA / pos) for pos in POSITIONS}


class Viewport(OffscreenViewport):
    def __init__(self, scene):
        super().__init__(scene, (SIZE, SIZE))


@pytest.mark.parametrize("position", POSITIONS)
def test_our_geometry_agrees_with_dcm2niix(series, position, tmp_path):
    volume, _ = series[position]
    subprocess.run(["dcm2niix", "-z", "n", "-b", "n", "-f", "out", "-o", str(tmp_path), str(DATA / position)],
                   check=True, capture_output=True)
    nii = nib.load(tmp_path / "out.nii")
    data = np.asarray(nii.dataobj)
    ras_to_lps = np.diag([-1.0, -1.0, 1.0, 1.0])
    affine_lps = ras_to_lps @ nii.affine
    rng = np.random.default_rng(1)
    shape = np.array(data.shape[:3])
    for idx in rng.integers(0, shape, size=(200, 3)):
        p = affine_lps[:3, :3] @ idx + affine_lps[:3, 3]
        assert volume.value_at(p) == data[tuple(idx)], (position, idx)


@pytest.mark.parametrize("position", POSITIONS)
@pytest.mark.parametrize("orientation", ("axial", "coronal", "sagittal"))
def test_labels_follow_the_radiological_convention(series, position, orientation):
    volume, ds = series[position]
    scene = SliceScene(orientation)
    scene.set_volume(volume)
    labels = scene.orientation_labels()
    assert (labels["left"], labels["right"], labels["top"], labels["bottom"]) == CONVENTION[orientation]
    assert [scene.label_actors[e].GetInput() for e in ("left", "right", "top", "bottom")] == list(
        CONVENTION[orientation])
    if orientation == "sagittal":
        # Sagittal acquisition: the scanner wrote patient-based cosines for every patient position
        # (PatientPosition is recorded, IOP already accounts for it). Its rows run along the screen's
        # right edge direction and its columns towards the bottom edge.
        assert ds.PatientPosition == position
        iop = np.array(ds.ImageOrientationPatient, dtype=float)
        assert labels["right"] == direction_label(iop[:3])
        assert labels["bottom"] == direction_label(iop[3:])


@pytest.mark.parametrize("position", POSITIONS)
def test_every_pixel_shows_the_voxel_at_its_patient_position(series, position):
    volume, _ = series[position]
    width, level = auto_window(volume)
    rng = np.random.default_rng(7)
    for orientation in ("axial", "coronal", "sagittal"):
        scene = SliceScene(orientation)
        scene.set_volume(volume)
        scene.set_crosshair_visible(False)
        scene.actor.GetProperty().SetInterpolationTypeToNearest()
        vp = Viewport(scene)
        nx, ny, nz = volume.shape_ijk
        for ijk in rng.integers([2, 2, 1], [nx - 2, ny - 2, nz - 1], size=(12, 3)):
            p = volume.index_to_patient(ijk)
            img = vp.show(ViewState(position=tuple(p), window=width, level=level))
            x, y = scene.patient_to_display(p)
            shown = img[SIZE - 1 - int(np.floor(y)), int(np.floor(x)), 0]
            expected = window_to_uint8(np.array([volume.array[ijk[2], ijk[1], ijk[0]]]), width, level)[0]
            assert abs(int(shown) - int(expected)) <= 1, (position, orientation, ijk)


@pytest.mark.parametrize("position", POSITIONS)
def test_head_is_up_in_every_position(series, position):
    """Anatomy, not just letters: the top of the skull is at the top of the sagittal and coronal
    views (the field of view cuts through the neck, so the bottom rows are full of tissue while the
    rows above the vertex are empty) in every patient position."""
    volume, _ = series[position]
    width, level = auto_window(volume)
    centre = volume.center()
    for orientation in ("sagittal", "coronal"):
        scene = SliceScene(orientation)
        scene.set_volume(volume)
        scene.set_crosshair_visible(False)
        vp = Viewport(scene)
        img = vp.show(ViewState(position=tuple(centre), window=width, level=level))[..., 0].astype(float)
        lo, hi = volume.bounds()
        # Rows of the image that are inside the volume.
        y_top = int(scene.patient_to_display(hi)[1])
        y_bottom = int(scene.patient_to_display(lo)[1])
        top = SIZE - 1 - y_top
        bottom = SIZE - 1 - y_bottom
        band = (bottom - top) // 8
        assert img[top:top + band].mean() < 0.5 * img[bottom - band:bottom].mean(), orientation
