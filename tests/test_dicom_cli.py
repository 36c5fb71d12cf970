"""The core CLI subcommands, run the way a user runs them."""

from __future__ import annotations

import shutil
import subprocess
import sys

import nibabel as nib
import numpy as np
import pydicom
from dicom_fixtures import copy_series, decubitus_dir, dicom_file


def _run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "workstation", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, timeout=120)


def test_import_prints_summary_and_rejected_files(tmp_path):
    src = copy_series("HFP", tmp_path / "in")
    (src / "scan.pdf").write_bytes(b"%PDF-1.4 not dicom")
    ct = dicom_file("CT_small.dcm").read_bytes()
    (src / "cut.dcm").write_bytes(ct[:-5000])
    run = _run("import", src, "--catalog", tmp_path / "cat")
    assert run.returncode == 3, run.stderr  # some files rejected, the rest imported
    out = run.stdout
    assert "imported 35, duplicates 0, rejected 2" in out
    assert "scan.pdf: not a DICOM file" in out
    assert "cut.dcm: truncated" in out
    assert "35 images" in out
    again = _run("import", src / sorted(p.name for p in src.glob("*.dcm") if p.name != "cut.dcm")[0],
                 "--catalog", tmp_path / "cat")
    assert "imported 0, duplicates 1, rejected 0" in again.stdout
    assert again.returncode == 0, again.stderr


def test_export_nifti(tmp_path):
    out = tmp_path / "hfs.nii.gz"
    run = _run("export-nifti", decubitus_dir("HFS"), out)
    assert run.returncode == 0, run.stderr
    img = nib.load(out)
    assert img.shape == (256, 256, 35)
    np.testing.assert_allclose(np.linalg.norm(img.affine[:3, :3], axis=0)[:2], [1.015625, 1.015625], atol=1e-5)


def test_export_nifti_refuses_a_series_with_a_missing_slice(tmp_path):
    src = copy_series("HFDL", tmp_path / "gap")
    victim = sorted(src.iterdir(), key=lambda f: float(pydicom.dcmread(f, stop_before_pixels=True)
                                                        .ImagePositionPatient[0]))[20]
    victim.unlink()
    out = tmp_path / "x.nii.gz"
    run = _run("export-nifti", src, out)
    assert run.returncode == 1
    assert "uneven slice spacing" in run.stderr and "missing" in run.stderr
    assert not out.exists()


def test_phantom_command(tmp_path):
    run = _run("phantom", tmp_path / "ph", "--size", "64", "--slices", "10")
    assert run.returncode == 0, run.stderr
    files = sorted((tmp_path / "ph").glob("*.dcm"))
    assert len(files) == 10
    assert pydicom.dcmread(files[0]).pixel_array.shape == (64, 64)
    shutil.rmtree(tmp_path / "ph")
