"""Series -> Volume: transfer syntaxes, multi-frame, geometry, inconsistent series, progressive load."""

from __future__ import annotations

import shutil
import threading

import numpy as np
import pydicom
import pytest
import SimpleITK as sitk
from dicom_fixtures import POSITIONS, copy_series, decubitus_dir, dicom_file

from workstation.dicom.assemble import LoadCancelled, SeriesError, load_series, load_series_dir, \
    load_series_from_catalog, multivolume_of, scan_dir
from workstation.dicom.catalog import Catalog


def _one(path):
    (volume,) = load_series_dir(path)
    return volume


# pairs (compressed or otherwise encoded, uncompressed reference of the same image)
LOSSLESS_PAIRS = [
    ("MR_small_RLE.dcm", "MR_small.dcm"),  # RLE
    ("MR_small_implicit.dcm", "MR_small.dcm"),  # implicit VR little endian
    ("MR_small_bigendian.dcm", "MR_small.dcm"),  # explicit VR big endian
    ("MR_small_jp2klossless.dcm", "MR_small.dcm"),  # JPEG 2000 lossless
    ("MR_small_jpeg_ls_lossless.dcm", "MR_small.dcm"),  # JPEG-LS lossless
    ("JPEG2000.dcm", "JPEG2000_UNC.dcm"),  # JPEG 2000
    ("RG1_J2KR.dcm", "RG1_UNCR.dcm"),  # JPEG 2000 lossless, 15 bit MONOCHROME1
    ("emri_small_RLE.dcm", "emri_small.dcm"),  # multi-frame RLE
    ("emri_small_jpeg_2k_lossless.dcm", "emri_small.dcm"),
    ("emri_small_jpeg_ls_lossless.dcm", "emri_small.dcm"),
    ("emri_small_big_endian.dcm", "emri_small.dcm"),
]


@pytest.mark.parametrize("encoded,reference", LOSSLESS_PAIRS)
def test_lossless_transfer_syntaxes_decode_to_the_reference_pixels(encoded, reference):
    a, b = _one(dicom_file(encoded)), _one(dicom_file(reference))
    assert a.array.shape == b.array.shape
    np.testing.assert_array_equal(a.array, b.array)
    np.testing.assert_allclose(a.affine, b.affine)


@pytest.mark.parametrize("name", ["JPEG-LL.dcm", "JPGLosslessP14SV1_1s_1f_8b.dcm"])
def test_jpeg_lossless_matches_an_independent_decoder(name):
    """JPEG lossless (process 14) has no uncompressed twin: compare with GDCM via SimpleITK."""
    ours = _one(dicom_file(name)).array
    theirs = sitk.GetArrayFromImage(sitk.ReadImage(str(dicom_file(name))))
    np.testing.assert_array_equal(ours, theirs.reshape(ours.shape))


def test_jpeg_baseline_lossy_is_close_to_the_original():
    ours = _one(dicom_file("SC_rgb_jpeg_dcmtk.dcm")).array  # colour -> luminance
    ref = _one(dicom_file("SC_rgb.dcm")).array
    assert ours.shape == ref.shape == (1, 100, 100)
    assert np.abs(ours - ref).mean() < 2.0 and ref.std() > 50


def test_jpeg_extended_12bit_is_close_to_the_original():
    ours = _one(dicom_file("JPGExtended.dcm")).array.astype(float)
    ref = _one(dicom_file("JPEG2000_UNC.dcm")).array.astype(float)
    assert ours.shape == ref.shape
    assert np.abs(ours - ref).mean() < 0.3 * ref.std()


def test_deflated_explicit_vr(tmp_path):
    """Deflate: compare with the same data set re-written uncompressed (read by the numpy fast path)."""
    ds = pydicom.dcmread(dicom_file("image_dfl.dcm"))
    plain = tmp_path / "plain.dcm"
    ds.file_meta.TransferSyntaxUID = pydicom.uid.ExplicitVRLittleEndian
    ds.save_as(plain, enforce_file_format=True)
    ((rec,),) = scan_dir(plain)[0].values()
    assert rec.pixel_offset > 0  # really the fast path
    np.testing.assert_array_equal(_one(dicom_file("image_dfl.dcm")).array, _one(plain).array)


def test_ct_is_rescaled_to_hounsfield_units_in_int16():
    ct = _one(dicom_file("CT_small.dcm"))
    ds = pydicom.dcmread(dicom_file("CT_small.dcm"))
    assert ct.units == "HU" and ct.array.dtype == np.int16
    expected = ds.pixel_array * float(ds.RescaleSlope) + float(ds.RescaleIntercept)
    np.testing.assert_array_equal(ct.array[0], expected)


def test_fractional_rescale_gives_float32(tmp_path):
    ds = pydicom.dcmread(dicom_file("CT_small.dcm"))
    ds.RescaleSlope = "0.5"
    ds.save_as(tmp_path / "ct.dcm")
    vol = _one(tmp_path / "ct.dcm")
    assert vol.array.dtype == np.float32
    np.testing.assert_allclose(vol.array[0], ds.pixel_array * 0.5 + float(ds.RescaleIntercept))


def test_enhanced_ct_multiframe_geometry_from_functional_groups():
    path = dicom_file("eCT_Supplemental.dcm")
    vol = _one(path)
    ds = pydicom.dcmread(path)
    assert vol.array.shape == (2, 512, 512) and vol.units == "HU"
    shared = ds.SharedFunctionalGroupsSequence[0]
    iop = np.array(shared.PlaneOrientationSequence[0].ImageOrientationPatient, float)
    row_sp, col_sp = (float(v) for v in shared.PixelMeasuresSequence[0].PixelSpacing)
    np.testing.assert_allclose(vol.direction[:, 0], iop[:3])
    np.testing.assert_allclose(vol.direction[:, 1], iop[3:])
    np.testing.assert_allclose(vol.spacing[:2], [col_sp, row_sp])
    pixels = ds.pixel_array
    for f, item in enumerate(ds.PerFrameFunctionalGroupsSequence):
        ipp = np.array(item.PlanePositionSequence[0].ImagePositionPatient, float)
        k = int(np.rint(vol.patient_to_index(ipp)[2]))
        np.testing.assert_allclose(vol.index_to_patient([0, 0, k]), ipp, atol=1e-4)
        tr = item.get("PixelValueTransformationSequence") or shared.PixelValueTransformationSequence
        expected = pixels[f] * float(tr[0].RescaleSlope) + float(tr[0].RescaleIntercept)
        np.testing.assert_array_equal(vol.array[k], expected)
    # right-handed: k runs along the slice normal
    assert np.dot(np.cross(vol.direction[:, 0], vol.direction[:, 1]), vol.direction[:, 2]) > 0.99


def test_slices_sorted_by_position_not_by_file_name_or_instance_number(tmp_path):
    src = decubitus_dir("HFS")
    dest = tmp_path / "shuffled"
    dest.mkdir()
    files = sorted(src.iterdir())
    rng = np.random.default_rng(3)
    for n, f in zip(rng.permutation(len(files)), files):
        ds = pydicom.dcmread(f)
        ds.InstanceNumber = int(n) + 1  # lies about the order
        ds.save_as(dest / f"x{n:03d}.dcm")
    shuffled, original = _one(dest), _one(src)
    np.testing.assert_array_equal(shuffled.array, original.array)
    np.testing.assert_allclose(shuffled.affine, original.affine)
    # positions come from ImagePositionPatient, spacing from positions
    ipps = sorted((np.array(pydicom.dcmread(f, stop_before_pixels=True).ImagePositionPatient, float) for f in files),
                  key=lambda p: float(np.dot(p, original.direction[:, 2])))
    for k in (0, 17, 34):
        np.testing.assert_allclose(original.index_to_patient([0, 0, k]), ipps[k], atol=1e-3)


def test_missing_slice_is_refused(tmp_path):
    dest = copy_series("HFS", tmp_path / "gap")
    sorted(dest.iterdir(), key=lambda f: float(pydicom.dcmread(f, stop_before_pixels=True)
                                               .ImagePositionPatient[0]))[12].unlink()
    with pytest.raises(SeriesError, match="uneven slice spacing"):
        load_series_dir(dest)


def test_mixed_sizes_are_split_into_stacks():
    mr = scan_dir(decubitus_dir("HFS"))[0]
    ct = scan_dir(dicom_file("CT_small.dcm"))[0]
    records = next(iter(mr.values())) + next(iter(ct.values()))
    volumes = load_series(records)
    assert [v.array.shape for v in volumes] == [(35, 256, 256), (1, 128, 128)]
    assert volumes[0].meta["stack"] == (1, 2)


def test_two_acquisitions_at_the_same_positions_are_two_volumes_of_one_series():
    hfs = next(iter(scan_dir(decubitus_dir("HFS"))[0].values()))
    hfp = next(iter(scan_dir(decubitus_dir("HFP"))[0].values()))
    # sanity: both acquisitions share the slice positions
    assert {r.image_position for r in hfs} == {r.image_position for r in hfp}
    (first,) = load_series(hfs + hfp)
    series = multivolume_of(first)
    assert len(series) == 2 and series.volume(0) is first
    singles = [_one(decubitus_dir("HFS")).array, _one(decubitus_dir("HFP")).array]
    got = sorted((series.volume(t).array for t in range(2)), key=lambda a: int(a.sum()))
    want = sorted(singles, key=lambda a: int(a.sum()))
    for a, b in zip(got, want):
        np.testing.assert_array_equal(a, b)


def test_partial_second_stack_is_refused():
    hfs = next(iter(scan_dir(decubitus_dir("HFS"))[0].values()))
    hfp = next(iter(scan_dir(decubitus_dir("HFP"))[0].values()))
    with pytest.raises(SeriesError, match="several images"):
        load_series(hfs + hfp[:5])


def test_progressive_load_shows_the_middle_slice_first(tmp_path):
    final = _one(decubitus_dir("HFDL")).array
    seen = []

    def on_slice(volume, k):
        if not seen:
            seen.append((k, volume.array[k].copy()))
        else:
            seen.append((k, None))

    (vol,) = load_series_dir(decubitus_dir("HFDL"), on_slice=on_slice)
    first_k, first_pixels = seen[0]
    assert first_k == 35 // 2
    np.testing.assert_array_equal(first_pixels, final[first_k])
    assert sorted(k for k, _ in seen) == list(range(35))
    np.testing.assert_array_equal(vol.array, final)


def test_cancel_while_loading():
    cancel = threading.Event()
    with pytest.raises(LoadCancelled):
        load_series_dir(decubitus_dir("HFDR"), on_slice=lambda v, k: cancel.set(), cancel=cancel)


def test_catalog_load_equals_folder_load_and_fills_meta(tmp_path):
    with Catalog(tmp_path / "cat") as cat:
        cat.import_paths([decubitus_dir("HFDR")])
        (study,) = cat.studies()
        (series,) = cat.series(study.study_uid)
        progress = []
        (vol,) = load_series_from_catalog(cat, series.series_uid, progress=lambda d, t, n: progress.append((d, t)))
    ref = _one(decubitus_dir("HFDR"))
    np.testing.assert_array_equal(vol.array, ref.array)
    np.testing.assert_allclose(vol.affine, ref.affine)
    assert progress[-1] == (35, 35)
    ds = pydicom.dcmread(next(decubitus_dir("HFDR").iterdir()), stop_before_pixels=True)
    assert vol.modality == "MR" and vol.units == ""
    assert vol.meta["patient_position"] == "HFDR"
    assert vol.meta["series_uid"] == ds.SeriesInstanceUID == series.series_uid
    assert vol.meta["study_uid"] == ds.StudyInstanceUID
    middle = [f for f in decubitus_dir("HFDR").iterdir() if np.allclose(
        pydicom.dcmread(f, stop_before_pixels=True).ImagePositionPatient, vol.index_to_patient([0, 0, 17]),
        atol=1e-3)]
    mds = pydicom.dcmread(middle[0], stop_before_pixels=True)
    assert vol.meta["window"] == (float(mds.WindowWidth), float(mds.WindowCenter))  # the middle image's
    assert vol.meta["series_number"] == int(ds.SeriesNumber)
    assert vol.meta["manufacturer"] == ds.Manufacturer


@pytest.mark.parametrize("position", POSITIONS)
def test_direction_follows_image_orientation(position):
    vol = _one(decubitus_dir(position))
    ds = pydicom.dcmread(next(decubitus_dir(position).iterdir()), stop_before_pixels=True)
    iop = np.array(ds.ImageOrientationPatient, float)
    np.testing.assert_allclose(vol.direction[:, 0], iop[:3], atol=1e-6)
    np.testing.assert_allclose(vol.direction[:, 1], iop[3:], atol=1e-6)
    np.testing.assert_allclose(abs(np.dot(vol.direction[:, 2], np.cross(iop[:3], iop[3:]))), 1, atol=1e-4)
    np.testing.assert_allclose(vol.spacing[:2], [float(ds.PixelSpacing[1]), float(ds.PixelSpacing[0])])


def test_undecodable_pixel_data_names_the_file(tmp_path):
    data = bytearray(dicom_file("MR_small_RLE.dcm").read_bytes())
    ds = pydicom.dcmread(dicom_file("MR_small_RLE.dcm"), defer_size=64)
    tell = ds.get_item(0x7FE00010, keep_deferred=True).value_tell
    # basic offset table item (8 bytes + its length), then the first fragment: its RLE header
    bot_len = int.from_bytes(data[tell + 4: tell + 8], "little")
    header = tell + 8 + bot_len + 8
    data[header + 8: header + 12] = (0xFFFFFF).to_bytes(4, "little")  # 2nd segment offset past the end
    bad = tmp_path / "bad_rle.dcm"
    bad.write_bytes(bytes(data))
    with pytest.raises(SeriesError, match="bad_rle.dcm: cannot read the pixel data"):
        load_series_dir(bad)


def test_zero_pixel_spacing_is_uncalibrated_not_a_singular_matrix(tmp_path):
    """Some CR/secondary objects write Pixel Spacing 0\\0: the volume gets 1 mm (said to be
    unknown) instead of a singular affine (LinAlgError when the views map positions)."""
    series = copy_series("HFS", tmp_path / "zero")
    for path in series.iterdir():
        ds = pydicom.dcmread(path)
        ds.PixelSpacing = [0, 0]
        ds.save_as(path)
    vol = _one(series)
    assert np.all(vol.spacing[:2] == 1.0) and vol.meta["pixel_spacing_known"] is False
    centre = vol.center()
    np.testing.assert_allclose(vol.index_to_patient(vol.patient_to_index(centre)), centre, atol=1e-6)
