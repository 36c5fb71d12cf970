"""Multi-volume (4-D) series, Siemens MOSAIC and 4-D NIfTI export, judged by dcm2niix volume by
volume on real scanner data (tests/data/multivolume, see its README)."""

from __future__ import annotations

import itertools
import shutil
import subprocess
import sys
from pathlib import Path

import nibabel as nib
import numpy as np
import pydicom
import pytest
from dicom_fixtures import decubitus_dir

from workstation.dicom.assemble import SeriesError, load_series, load_series_dir, multivolume_of, scan_dir

MULTIVOLUME = Path(__file__).resolve().parent / "data" / "multivolume"
GE_FMRI = MULTIVOLUME / "ge-fmri-10vol"
MOSAICS = ("siemens-mosaic-axasc35", "siemens-mosaic-corint36", "siemens-mosaic-sagdesc35")


def _dcm2niix(folder: Path, out: Path) -> Path:
    out.mkdir()
    run = subprocess.run(["dcm2niix", "-z", "n", "-f", "ref", "-o", str(out), str(folder)],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    return out / "ref.nii"


def _export(folder: Path, out: Path, *extra) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "workstation", "export-nifti", str(folder), str(out), *extra],
                          capture_output=True, text=True, timeout=120)


def _world_values(img: nib.Nifti1Image, t: int) -> dict[tuple, float]:
    """World (RAS mm, rounded) of the 8 corner voxels of volume t -> value."""
    data = np.asarray(img.dataobj)
    n = img.shape[:3]
    out = {}
    for ijk in itertools.product(*[(0, m - 1) for m in n]):
        xyz = img.affine @ np.array([*ijk, 1.0])
        out[tuple(np.round(xyz[:3], 2))] = float(data[(*ijk, t)])
    return out


def _assert_same_4d(ours: nib.Nifti1Image, ref: nib.Nifti1Image) -> None:
    assert ours.shape == ref.shape, (ours.shape, ref.shape)
    ours_c, ref_c = nib.as_closest_canonical(ours), nib.as_closest_canonical(ref)
    np.testing.assert_allclose(ours_c.affine, ref_c.affine, atol=1e-3)
    a, b = np.asarray(ours_c.dataobj), np.asarray(ref_c.dataobj)
    for t in range(ours.shape[3]):  # volume by volume
        np.testing.assert_array_equal(a[..., t], b[..., t], err_msg=f"volume {t + 1}")
        # the same voxels sit at the same patient points, in the files as written
        mine, theirs = _world_values(ours, t), _world_values(ref, t)
        for xyz, value in mine.items():
            match = [v for p, v in theirs.items() if np.allclose(p, xyz, atol=1e-2)]
            assert match == [value], (t, xyz, value, match)


def test_ge_fmri_is_one_series_of_ten_volumes():
    (first,) = load_series_dir(GE_FMRI)
    series = multivolume_of(first)
    assert series is not None and len(series) == 10 and series.loaded == 10
    assert series.array.shape == (10, 15, 64, 64)
    assert first.array.shape == (15, 64, 64) and series.volume(0) is first
    # every volume holds its own 15 files (150 files, one per slice, volume after volume), in
    # slice order along the normal -- read here straight with pydicom
    files = sorted(GE_FMRI.glob("*.dcm"), key=lambda f: int(pydicom.dcmread(f, stop_before_pixels=True)
                                                           .InstanceNumber))
    for t in (0, 4, 9):
        block = [pydicom.dcmread(f) for f in files[t * 15:(t + 1) * 15]]
        block.sort(key=lambda d: float(d.ImagePositionPatient[2]))
        want = np.stack([d.pixel_array for d in block])
        np.testing.assert_array_equal(series.volume(t).array, want)
        assert series.volume(t).meta["volume"] == (t + 1, 10)
    assert not np.array_equal(series.volume(0).array, series.volume(9).array)
    # all views share the one 4-D array (no copies)
    assert all(np.shares_memory(series.volume(t).array, series.array) for t in range(10))


@pytest.mark.parametrize("name", ("ge-fmri-10vol", *MOSAICS))
def test_4d_export_agrees_with_dcm2niix_volume_by_volume(name, tmp_path):
    folder = MULTIVOLUME / name
    ref = nib.load(_dcm2niix(folder, tmp_path / "ref"))
    out = tmp_path / "ours.nii.gz"
    run = _export(folder, out)
    assert run.returncode == 0, run.stderr
    assert f"x{ref.shape[3]} volumes" in run.stdout
    ours = nib.load(out)
    assert ours.ndim == 4
    _assert_same_4d(ours, ref)
    assert ours.header.get_zooms()[3] == pytest.approx(ref.header.get_zooms()[3])  # TR (s) between volumes
    assert not (tmp_path / "ours.bval").exists()  # not a diffusion series


@pytest.mark.parametrize("name", MOSAICS)
def test_mosaic_is_cut_into_slices_with_the_geometry_of_dcm2niix(name, tmp_path):
    (first,) = load_series_dir(MULTIVOLUME / name)
    series = multivolume_of(first)
    ref = nib.load(_dcm2niix(MULTIVOLUME / name, tmp_path / "ref"))
    assert (*first.shape_ijk, len(series)) == ref.shape  # 64x64x35 (or 36) slices, not one 384x384 image
    assert first.meta["mosaic"] is True
    # the voxel size as dcm2niix (3.25 mm in plane, SpacingBetweenSlices across)
    np.testing.assert_allclose(sorted(first.spacing), sorted(np.linalg.norm(ref.affine[:3, :3], axis=0)),
                               atol=1e-3)
    # each slice of each volume at the same world point as dcm2niix's slice holding the same pixels
    data = np.asarray(ref.dataobj)
    inv = np.linalg.inv(ref.affine)
    for t in range(len(series)):
        vol = series.volume(t)
        for k in (0, vol.array.shape[0] // 2, vol.array.shape[0] - 1):
            for i, j in ((0, 0), (63, 0), (0, 63), (31, 40)):
                lps = vol.index_to_patient([i, j, k])
                ras_pt = np.array([-lps[0], -lps[1], lps[2], 1.0])
                ijk = np.rint(inv @ ras_pt)[:3].astype(int)
                assert data[(*ijk, t)] == vol.array[k, j, i], (t, k, i, j)


def test_enhanced_multiframe_fmri_is_the_same_4d_series(tmp_path):
    """The GE fMRI converted by highdicom into one Legacy Converted Enhanced MR file (150 frames,
    dimension index = instance number): the same 10 volumes as the single-frame files (which agree
    with dcm2niix above). dcm2niix itself is no judge here: it finds no stack or temporal dimension
    in this file and its frames come out in another order."""
    import warnings

    from highdicom.legacy import LegacyConvertedEnhancedMRImage
    from pydicom.uid import generate_uid

    dest = tmp_path / "enhanced"
    dest.mkdir()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        frames = [pydicom.dcmread(f) for f in sorted(GE_FMRI.glob("*.dcm"))]
        LegacyConvertedEnhancedMRImage(frames, series_instance_uid=generate_uid(), series_number=99,
                                       sop_instance_uid=generate_uid(), instance_number=1).save_as(dest / "fmri.dcm")
    (enhanced,) = load_series_dir(dest)
    (single,) = load_series_dir(GE_FMRI)
    np.testing.assert_array_equal(multivolume_of(enhanced).array, multivolume_of(single).array)
    np.testing.assert_allclose(enhanced.affine, single.affine)
    run = _export(dest, tmp_path / "ours.nii")
    assert run.returncode == 0, run.stderr
    ours = nib.load(tmp_path / "ours.nii")
    assert ours.shape == (64, 64, 15, 10)
    np.testing.assert_array_equal(np.asarray(ours.dataobj), multivolume_of(single).array.transpose(3, 2, 1, 0))


def test_a_single_mosaic_image_is_a_volume_not_a_2d_picture(tmp_path):
    """One MOSAIC file (a one-volume EPI) opens as its 35 slices, not as the tile grid in the 2-D
    viewer; a plain single MR slice still goes to the 2-D viewer."""
    from workstation.dicom.display import is_image_series

    dest = tmp_path / "one"
    dest.mkdir()
    first = sorted((MULTIVOLUME / MOSAICS[0]).iterdir())[0]
    shutil.copy(first, dest / first.name)
    records = next(iter(scan_dir(dest)[0].values()))
    assert not is_image_series(records)
    (vol,) = load_series(records)
    assert vol.array.shape == (35, 64, 64) and multivolume_of(vol) is None
    slice_dir = tmp_path / "slice"
    slice_dir.mkdir()
    shutil.copy(sorted(GE_FMRI.glob("*.dcm"))[0], slice_dir / "one.dcm")
    assert is_image_series(next(iter(scan_dir(slice_dir)[0].values())))


def _synthesize_dwi(dest: Path) -> tuple[list[float], np.ndarray]:
    """The GE fMRI rewritten as a diffusion series: b=0 then 9 directions at b=1000, with the
    standard DICOM attributes (DiffusionBValue, DiffusionGradientOrientation), vendor 'TOSHIBA'
    whose standard attributes dcm2niix reads (GE's private ones would be read instead)."""
    rng = np.random.default_rng(7)
    dirs = rng.normal(size=(10, 3))
    dirs /= np.linalg.norm(dirs, axis=1, keepdims=True)
    dirs[0] = 0
    bvals = [0.0] + [1000.0] * 9
    dest.mkdir()
    files = sorted(GE_FMRI.glob("*.dcm"))
    for n, f in enumerate(files):
        ds = pydicom.dcmread(f)
        t = (int(ds.InstanceNumber) - 1) // 15
        ds.Manufacturer = "TOSHIBA"
        for tag in [tag for tag in ds.keys() if tag.group % 2 == 1]:
            del ds[tag]
        ds.add_new((0x0018, 0x9087), "FD", bvals[t])
        ds.add_new((0x0018, 0x9089), "FD", [float(v) for v in dirs[t]])
        ds.save_as(dest / f"{n:04d}.dcm")
    return bvals, dirs


def _bvecs_in_world(img: nib.Nifti1Image, bvec: np.ndarray) -> np.ndarray:
    """FSL b-vectors (voxel axes, x negated when det > 0) -> RAS world directions."""
    axes = img.affine[:3, :3] / np.linalg.norm(img.affine[:3, :3], axis=0)
    v = bvec.copy()
    if np.linalg.det(axes) > 0:
        v[0] = -v[0]
    return axes @ v


def test_synthesized_dwi_exports_bval_bvec_agreeing_with_dcm2niix(tmp_path):
    bvals, dirs = _synthesize_dwi(tmp_path / "dwi")
    ref = nib.load(_dcm2niix(tmp_path / "dwi", tmp_path / "ref"))
    ref_bval = np.loadtxt(tmp_path / "ref" / "ref.bval")
    ref_bvec = np.loadtxt(tmp_path / "ref" / "ref.bvec")
    run = _export(tmp_path / "dwi", tmp_path / "dwi.nii.gz")
    assert run.returncode == 0, run.stderr
    assert "dwi.bval" in run.stdout and "dwi.bvec" in run.stdout
    ours = nib.load(tmp_path / "dwi.nii.gz")
    _assert_same_4d(ours, ref)
    our_bval = np.loadtxt(tmp_path / "dwi.bval")
    our_bvec = np.loadtxt(tmp_path / "dwi.bvec")
    np.testing.assert_allclose(our_bval, ref_bval)
    np.testing.assert_allclose(our_bval, bvals)
    assert our_bvec.shape == ref_bvec.shape == (3, 10)
    # the same gradient directions in the patient, each file read in its own voxel axes
    np.testing.assert_allclose(_bvecs_in_world(ours, our_bvec), _bvecs_in_world(ref, ref_bvec), atol=1e-4)
    # and what the reading room shows beside the volume slider
    (first,) = load_series_dir(tmp_path / "dwi")
    series = multivolume_of(first)
    assert series.labels[0] == "b=0"
    assert series.labels[3].startswith("b=1000 (") and first.meta["volume_label"] == "b=0"
    assert series.volume(5).meta["volume_label"] == series.labels[5]
    np.testing.assert_allclose(series.infos[4].bvec, dirs[4], atol=1e-6)


PLANES = {"axial": [1, 0, 0, 0, 1, 0], "coronal": [1, 0, 0, 0, 0, -1], "sagittal": [0, 1, 0, 0, 0, -1],
          "oblique": [0.96, 0.28, 0, -0.252, 0.864, -0.436]}


def _vendor_dwi(dest: Path, vendor: str, plane: str, phase: str = "COL") -> tuple[list[float], np.ndarray]:
    """The real GE fMRI rewritten as a diffusion series (b=0, then 9 directions at b=1000, one of
    them a half-length vector: b=250 on GE) in the vendor's private attributes, turned to ``plane``:
    what GE and Philips scanners write instead of the standard attributes."""
    rng = np.random.default_rng(11)
    dirs = rng.normal(size=(10, 3))
    dirs /= np.linalg.norm(dirs, axis=1, keepdims=True)
    dirs[0] = 0
    bvals = [0.0] + [1000.0] * 9
    if vendor == "GE":
        dirs[4] *= 0.5
        bvals[4] = 250.0
    iop = np.array(PLANES[plane], float)
    row, col = iop[:3] / np.linalg.norm(iop[:3]), iop[3:] / np.linalg.norm(iop[3:])
    normal = np.cross(row, col)
    dest.mkdir()
    for n, f in enumerate(sorted(GE_FMRI.glob("*.dcm"))):
        ds = pydicom.dcmread(f)
        t, k = divmod(int(ds.InstanceNumber) - 1, 15)
        ds.ImageOrientationPatient = [float(v) for v in np.r_[row, col]]
        ds.ImagePositionPatient = [float(v) for v in np.array([-100.0, -100.0, 50.0]) + 4 * k * normal]
        ds.InPlanePhaseEncodingDirection = phase
        if vendor == "GE":  # the file's own GE blocks: (0043,xx39) b-value (+10^9), (0019,xxbb-bd)
            acq = ds.private_block(0x0019, "GEMS_ACQU_01")
            for value, element in zip(dirs[t], (0xBB, 0xBC, 0xBD)):
                acq[element].value = f"{value:.6f}"
            parm = ds.private_block(0x0043, "GEMS_PARM_01")
            parm[0x39].value = [int(1000 if t else 0) + (1_000_000_000 if t % 2 else 0), 8, 0, 0]
        else:
            for tag in [tag for tag in ds.keys() if tag.group % 2 == 1]:
                del ds[tag]
            ds.Manufacturer = "Philips Medical Systems"
            ds.private_block(0x2001, "Philips Imaging DD 001", create=True).add_new(0x03, "FL", bvals[t])
            grad = ds.private_block(0x2005, "Philips MR Imaging DD 001", create=True)
            for value, element in zip(dirs[t], (0xB0, 0xB1, 0xB2)):
                grad.add_new(element, "FL", float(value))
        ds.save_as(dest / f"{n:04d}.dcm")
    return bvals, dirs


@pytest.mark.parametrize("vendor,plane,phase", [
    ("GE", "axial", "COL"), ("GE", "axial", "ROW"), ("GE", "coronal", "COL"), ("GE", "sagittal", "ROW"),
    ("GE", "oblique", "COL"), ("Philips", "axial", "COL"), ("Philips", "sagittal", "COL"),
    ("Philips", "oblique", "ROW")])
def test_ge_and_philips_private_diffusion_attributes_agree_with_dcm2niix(vendor, plane, phase, tmp_path):
    bvals, dirs = _vendor_dwi(tmp_path / "dwi", vendor, plane, phase)
    ref = nib.load(_dcm2niix(tmp_path / "dwi", tmp_path / "ref"))
    ref_bval = np.loadtxt(tmp_path / "ref" / "ref.bval")
    ref_bvec = np.loadtxt(tmp_path / "ref" / "ref.bvec")
    run = _export(tmp_path / "dwi", tmp_path / "dwi.nii.gz")
    assert run.returncode == 0, run.stderr
    ours = nib.load(tmp_path / "dwi.nii.gz")
    _assert_same_4d(ours, ref)
    our_bval = np.loadtxt(tmp_path / "dwi.bval")
    np.testing.assert_allclose(our_bval, ref_bval, atol=0.5)
    np.testing.assert_allclose(our_bval, bvals, atol=0.5)
    np.testing.assert_allclose(_bvecs_in_world(ours, np.loadtxt(tmp_path / "dwi.bvec")),
                               _bvecs_in_world(ref, ref_bvec), atol=1e-4)
    (first,) = load_series_dir(tmp_path / "dwi")
    labels = multivolume_of(first).labels
    assert labels[0] == "b=0" and labels[1].startswith("b=1000 (")


def test_a_ge_fmri_whose_private_b_values_are_all_zero_is_not_a_diffusion_series(tmp_path):
    (first,) = load_series_dir(GE_FMRI)  # GE writes (0043,xx39) b=0 and a zero vector in every EPI
    series = multivolume_of(first)
    assert all(i.bval is None for i in series.infos) and not series.is_diffusion
    assert not any(label.startswith("b=") for label in series.labels)


def _three_plane_scout(dest: Path) -> Path:
    """A scout-like series (one series UID): 3 axial, 3 coronal and 3 sagittal real slices."""
    dest.mkdir()
    files = sorted(GE_FMRI.glob("*.dcm"))[:9]
    planes = {"axial": [1, 0, 0, 0, 1, 0], "coronal": [1, 0, 0, 0, 0, -1], "sagittal": [0, 1, 0, 0, 0, -1]}
    for n, f in enumerate(files):
        ds = pydicom.dcmread(f)
        name = list(planes)[n // 3]
        iop = np.array(planes[name], float)
        normal = np.cross(iop[:3], iop[3:])
        ds.ImageOrientationPatient = [float(v) for v in iop]
        ds.ImagePositionPatient = [float(v) for v in np.array([-100.0, -100.0, 100.0]) + normal * 10 * (n % 3)]
        ds.InstanceNumber = n + 1
        ds.save_as(dest / f"{n}.dcm")
    return dest


def test_localizer_with_three_orientations_is_three_stacks(tmp_path):
    dest = _three_plane_scout(tmp_path / "scout")
    volumes = load_series_dir(dest)
    assert len(volumes) == 3
    assert all(v.array.shape == (3, 64, 64) for v in volumes)
    assert sorted(v.meta["stack"] for v in volumes) == [(1, 3), (2, 3), (3, 3)]
    normals = {tuple(np.round(np.abs(v.direction[:, 2]))) for v in volumes}
    assert normals == {(0.0, 0.0, 1.0), (0.0, 1.0, 0.0), (1.0, 0.0, 0.0)}
    assert all(multivolume_of(v) is None for v in volumes)
    # the CLI does not pick one silently; --stack does
    refused = _export(dest, tmp_path / "x.nii.gz")
    assert refused.returncode == 1 and "--stack" in refused.stderr
    picked = _export(dest, tmp_path / "x.nii.gz", "--stack", "2")
    assert picked.returncode == 0, picked.stderr
    assert nib.load(tmp_path / "x.nii.gz").shape == (64, 64, 3)


# -- hostile and damaged input --------------------------------------------------------------------

def test_a_4d_series_missing_one_slice_is_refused_with_the_reason(tmp_path):
    dest = tmp_path / "fmri"
    shutil.copytree(GE_FMRI, dest)
    (dest / "axial_epi_fmri_sequential_i_to_s-00077.dcm").unlink()
    with pytest.raises(SeriesError, match="several images .* consistent volumes"):
        load_series_dir(dest)
    run = _export(dest, tmp_path / "x.nii.gz")
    assert run.returncode == 1 and "refusing" in run.stderr and not (tmp_path / "x.nii.gz").exists()


def _mosaic_copy(tmp_path: Path) -> Path:
    dest = tmp_path / "mosaic"
    shutil.copytree(MULTIVOLUME / MOSAICS[0], dest)
    return dest


def test_a_mosaic_without_its_csa_header_is_refused_not_shown_as_one_slice(tmp_path):
    dest = _mosaic_copy(tmp_path)
    for f in dest.iterdir():
        ds = pydicom.dcmread(f)
        del ds[(0x0029, 0x1010)]
        ds.save_as(f)
    with pytest.raises(SeriesError, match="MOSAIC.*CSA"):
        load_series_dir(dest)


def test_a_mosaic_with_a_lying_csa_header_is_refused(tmp_path):
    dest = _mosaic_copy(tmp_path)
    for f in dest.iterdir():
        raw = f.read_bytes()
        # NumberOfImagesInMosaic 35 -> 99: a 6x6 grid cannot hold 99 slices in 384x384... it would
        # need 10x10 tiles that do not divide 384 rows
        assert b"NumberOfImagesInMosaic" in raw
        ds = pydicom.dcmread(f)
        csa = ds[(0x0029, 0x1010)].value
        at = csa.index(b"NumberOfImagesInMosaic")
        pos = csa.index(b"35", at)
        ds[(0x0029, 0x1010)].value = csa[:pos] + b"99" + csa[pos + 2:]
        ds.save_as(f)
    with pytest.raises(SeriesError, match="cannot hold"):
        load_series_dir(dest)


def test_garbage_in_the_csa_header_is_a_clear_refusal(tmp_path):
    dest = _mosaic_copy(tmp_path)
    for f in dest.iterdir():
        ds = pydicom.dcmread(f)
        ds[(0x0029, 0x1010)].value = b"SV10\x04\x03\x02\x01" + bytes(range(256)) * 4
        ds.save_as(f)
    with pytest.raises(SeriesError, match="MOSAIC"):
        load_series_dir(dest)


def test_fuzzed_csa_headers_load_or_are_refused_never_crash(tmp_path):
    """1-3 bytes of the CSA header changed at random (seeded): the series either loads as 64x64
    slices or is refused with a SeriesError (nibabel's parser refuses a damaged length) --
    nothing else escapes."""
    src = MULTIVOLUME / MOSAICS[0]
    originals = {f.name: pydicom.dcmread(f) for f in src.iterdir()}
    rng = np.random.default_rng(2026)
    outcomes = {"loaded": 0, "refused": 0}
    for round_ in range(25):
        dest = tmp_path / f"r{round_}"
        dest.mkdir()
        for name, ds in originals.items():
            ds = ds.copy()
            csa = bytearray(ds[(0x0029, 0x1010)].value)
            for at in rng.integers(0, len(csa), size=int(rng.integers(1, 4))):
                csa[at] = int(rng.integers(0, 256))
            ds[(0x0029, 0x1010)].value = bytes(csa)
            ds.save_as(dest / name)
        try:
            volumes = load_series_dir(dest)
        except SeriesError as exc:
            assert str(exc)
            outcomes["refused"] += 1
            continue
        outcomes["loaded"] += 1
        for v in volumes:
            assert v.array.shape[1:] == (64, 64)  # never the grid shown as one image
            assert np.all(np.isfinite(v.affine)) and abs(np.linalg.det(v.affine[:3, :3])) > 1e-6
    assert outcomes["loaded"] and outcomes["refused"], outcomes  # both paths exercised


def test_volumes_load_in_order_first_volume_first(tmp_path):
    seen = []
    (first,) = load_series(next(iter(scan_dir(GE_FMRI)[0].values())),
                           on_slice=lambda v, k: seen.append((v.meta["volume"][0], k)))
    assert [t for t, _ in seen[:15]] == [1] * 15  # the whole first volume before any other
    assert seen[0] == (1, 7)  # its middle slice first
    assert sorted(seen) == [(t, k) for t in range(1, 11) for k in range(15)]


def test_single_volume_series_stay_plain_volumes():
    (vol,) = load_series_dir(decubitus_dir("HFS"))
    assert multivolume_of(vol) is None and "volume" not in vol.meta


@pytest.mark.parametrize("vendor", ["GE", "Philips"])
def test_damaged_private_diffusion_attributes_give_no_b_value_never_an_error(vendor, tmp_path):
    from pydicom.uid import ImplicitVRLittleEndian

    from workstation.dicom.diffusion import diffusion_of

    _vendor_dwi(tmp_path / "dwi", vendor, "axial")
    path = sorted((tmp_path / "dwi").glob("*.dcm"))[-1]  # a b=1000 volume
    good = pydicom.dcmread(path)
    b, g = diffusion_of(good)
    assert b == 1000 and np.isclose(np.linalg.norm(g), 1.0)
    # the same file written without VRs (implicit VR): the private values come back as they were
    good.file_meta.TransferSyntaxUID = ImplicitVRLittleEndian
    good.save_as(tmp_path / "implicit.dcm", enforce_file_format=True)
    b2, g2 = diffusion_of(pydicom.dcmread(tmp_path / "implicit.dcm"))
    assert b2 == b and np.allclose(g2, g, atol=1e-5)
    if vendor == "GE":
        group, creator, b_element, g_element = 0x0043, "GEMS_PARM_01", 0x39, (0x0019, "GEMS_ACQU_01", 0xBB)
    else:
        group, creator, b_element = 0x2001, "Philips Imaging DD 001", 0x03
        g_element = (0x2005, "Philips MR Imaging DD 001", 0xB0)

    def damaged(element, value):  # the file as a broken scanner or editor would leave it on disk
        ds = pydicom.dcmread(path)
        tag = ds.private_block(element[0], element[1]).get_tag(element[2])
        if value is None:
            del ds[tag]
        else:
            ds[tag] = pydicom.DataElement(tag, "UN", value)
        out = tmp_path / "damaged.dcm"
        ds.save_as(out)
        return pydicom.dcmread(out)

    # GE's are text numbers (IS, DS), Philips' binary (FL): NaN and infinity written each way
    nan, inf = (b"nan ", b"1e400 ") if vendor == "GE" else (b"\x00\x00\xc0\x7f", b"\x00\x00\x80\x7f")
    for value in (b"not a number", nan, inf, b"\x00\x01", None):
        b, g = diffusion_of(damaged((group, creator, b_element), value))
        assert b is None, value  # no b-value: the volume is not labelled as diffusion
    for value in (b"x ", inf, nan, b"\x00", None):
        b, g = diffusion_of(damaged(g_element, value))
        assert b == 1000 and g is None, value  # the b-value stays; no direction rather than a wrong one
