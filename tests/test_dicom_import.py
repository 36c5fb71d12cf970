"""Importing into the catalog: folders, zips, DICOMDIR, bad files, duplicates, cancel, charsets."""

from __future__ import annotations

import io
import random
import shutil
import subprocess
import sys
import threading
import time
import zipfile

import cv2
import numpy as np
import pydicom
import pytest
from damaged_dicom import damaged_variants, mutate, no_meta_copy
from dicom_fixtures import PYDICOM_CHARSET, PYDICOM_TEST, copy_series, decubitus_dir, dicom_file

from workstation.dicom.catalog import Catalog
from workstation.dicom.pixels import read_stored_frame


@pytest.fixture
def catalog(tmp_path):
    with Catalog(tmp_path / "catalog") as cat:
        yield cat


def test_folder_with_bad_files_reports_each_and_imports_the_rest(tmp_path, catalog):
    src = copy_series("HFS", tmp_path / "incoming" / "mr")
    (src / "notes.txt").write_text("not an image", encoding="utf-8")
    ct = dicom_file("CT_small.dcm").read_bytes()
    (src / "truncated.dcm").write_bytes(ct[: len(ct) // 2])
    corrupt = bytearray(dicom_file("MR_small.dcm").read_bytes())
    corrupt[400:440] = b"\xff" * 40  # damage the header right after the file meta
    (src / "corrupt.dcm").write_bytes(bytes(corrupt))

    report = catalog.import_paths([tmp_path / "incoming"])

    assert report.imported == 35 and report.duplicates == 0 and not report.cancelled
    reasons = {name.rsplit("/", 1)[-1]: reason for name, reason in report.rejected}
    assert set(reasons) == {"notes.txt", "truncated.dcm", "corrupt.dcm"}
    assert "not a DICOM file" in reasons["notes.txt"]
    assert "truncated" in reasons["truncated.dcm"]
    assert "corrupt" in reasons["corrupt.dcm"] or "truncated" in reasons["corrupt.dcm"]

    (study,) = catalog.studies()
    assert (study.n_series, study.n_images, study.modalities) == (1, 35, ("MR",))
    (series,) = catalog.series(study.study_uid)
    assert (series.n_images, series.rows, series.columns) == (35, 256, 256)
    instances = catalog.instances(series.series_uid)
    assert len({i.sop_uid for i in instances}) == 35
    # the catalog keeps its own copies: the source may go away
    shutil.rmtree(tmp_path / "incoming")
    assert all(pydicom.dcmread(i.path).SOPInstanceUID == i.sop_uid for i in instances)
    png = cv2.imdecode(np.frombuffer(catalog.thumbnail(series.series_uid), np.uint8), cv2.IMREAD_UNCHANGED)
    assert png is not None and max(png.shape[:2]) == 128 and png.std() > 10  # an image, not a flat square


def test_reimport_creates_no_duplicates(tmp_path, catalog):
    first = catalog.import_paths([decubitus_dir("HFP")])
    again = catalog.import_paths([decubitus_dir("HFP"), decubitus_dir("HFP") / sorted(
        p.name for p in decubitus_dir("HFP").iterdir())[0]])
    assert first.imported == 35
    assert again.imported == 0 and again.duplicates == 36
    (study,) = catalog.studies()
    assert study.n_images == 35


def test_zip_import(tmp_path, catalog):
    archive = tmp_path / "cd.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for f in decubitus_dir("HFDL").iterdir():
            zf.write(f, f"export/{f.name}")
        zf.writestr("export/README.TXT", "burned by the PACS")
    report = catalog.import_paths([archive])
    assert report.imported == 35
    assert [reason for _, reason in report.rejected] == ["not a DICOM file"]
    assert "cd.zip:" in report.rejected[0][0]
    archive.unlink()
    (study,) = catalog.studies()
    (series,) = catalog.series(study.study_uid)
    assert all(pydicom.dcmread(i.path, stop_before_pixels=True).PatientPosition == "HFDL"
               for i in catalog.instances(series.series_uid))
    assert not list((tmp_path / "catalog").glob("unzip-*"))  # the temporary extraction is gone


def test_dicomdir_import(catalog):
    dicomdir = PYDICOM_TEST / "dicomdirtests" / "DICOMDIR"
    listed = [r for r in pydicom.dcmread(dicomdir).DirectoryRecordSequence if "ReferencedFileID" in r]
    report = catalog.import_paths([dicomdir])
    assert report.rejected == []
    assert report.imported == len(listed)
    patients = {s.patient_name for s in catalog.studies()}
    assert patients == {"Doe^Archibald", "Doe^Peter"}
    assert sum(s.n_images for s in catalog.studies()) == len(listed)


def test_cancel_mid_import_keeps_a_consistent_catalog(tmp_path, catalog):
    cancel = threading.Event()

    def progress(done, total, label):
        if done == 10:
            cancel.set()

    report = catalog.import_paths([decubitus_dir("HFDR")], progress=progress, cancel=cancel)
    assert report.cancelled and report.imported == 10
    (study,) = catalog.studies()
    assert study.n_images == 10
    (series,) = catalog.series(study.study_uid)
    for inst in catalog.instances(series.series_uid):  # every row points at a complete file
        assert pydicom.dcmread(inst.path).pixel_array.shape == (256, 256)
    rest = catalog.import_paths([decubitus_dir("HFDR")])
    assert (rest.imported, rest.duplicates, rest.cancelled) == (25, 10, False)
    assert catalog.studies()[0].n_images == 35


EXPECTED_NAMES = {
    "chrX1.dcm": "Wang^XiaoDong=王^小東",  # ISO_IR 192 (UTF-8)
    "chrX2.dcm": "Wang^XiaoDong=王^小东",  # GB18030
    "chrH31.dcm": "Yamada^Tarou=山田^太郎=やまだ^たろう",  # ISO 2022 IR 87 (Japanese)
    "chrH32.dcm": "ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう",  # ISO 2022 IR 13 + 87
    "chrI2.dcm": "Hong^Gildong=洪^吉洞=홍^길동",  # ISO 2022 IR 149 (Korean)
    "chrRuss.dcm": "Люкceмбypг",  # ISO_IR 144
    "chrGreek.dcm": "Διονυσιος",  # ISO_IR 126
    "chrArab.dcm": "قباني^لنزار",  # ISO_IR 127
    "chrFren.dcm": "Buc^Jérôme",  # ISO_IR 100
}


def _thai_copy(tmp_path):
    """A real CT file re-labelled with a Thai name in TIS 620 (ISO_IR 166), as Thai PACS write it."""
    ds = pydicom.dcmread(dicom_file("CT_small.dcm"))
    ds.SpecificCharacterSet = "ISO_IR 166"
    ds.PatientName = "สมชาย^ใจดี"
    ds.PatientID = "TH-166"
    ds.StudyDescription = "ซีทีช่องท้อง"
    path = tmp_path / "thai.dcm"
    ds.save_as(path)
    assert "สมชาย".encode("tis-620") in path.read_bytes()  # really stored as TIS 620
    return path


def test_character_sets_are_decoded(tmp_path, catalog):
    files = [PYDICOM_CHARSET / n for n in EXPECTED_NAMES] + [_thai_copy(tmp_path)]
    report = catalog.import_paths(files)
    assert report.rejected == []
    by_id = {s.patient_id: s for s in catalog.studies()}
    for name, expected in EXPECTED_NAMES.items():
        pid = str(pydicom.dcmread(PYDICOM_CHARSET / name, stop_before_pixels=True).PatientID)
        assert by_id[pid].patient_name == expected, name
    assert by_id["TH-166"].patient_name == "สมชาย^ใจดี"
    assert by_id["TH-166"].study_description == "ซีทีช่องท้อง"
    # search: case-insensitive, CJK, Cyrillic, Thai
    assert {s.patient_name for s in catalog.studies("王")} == {EXPECTED_NAMES["chrX1.dcm"],
                                                               EXPECTED_NAMES["chrX2.dcm"]}
    assert len(catalog.studies("wang xiaodong")) == 2
    assert [s.patient_name for s in catalog.studies("люк")] == ["Люкceмбypг"]
    assert [s.patient_id for s in catalog.studies("ใจดี")] == ["TH-166"]
    assert [s.patient_name for s in catalog.studies("홍")] == [EXPECTED_NAMES["chrI2.dcm"]]


def test_search_by_modality_date_and_description(catalog):
    catalog.import_paths([decubitus_dir("HFS"), dicom_file("CT_small.dcm")])
    assert len(catalog.studies()) == 2
    assert [s.modalities for s in catalog.studies("mr")] == [("MR",)]
    assert [s.modalities for s in catalog.studies("CT")] == [("CT",)]
    date = catalog.studies("mr")[0].study_date
    iso = f"{date[:4]}-{date[4:6]}-{date[6:]}"
    assert [s.study_date for s in catalog.studies(iso)] == [date]
    assert catalog.studies("no such patient anywhere") == []


# -- damaged files: each one reported with a reason, the rest imported, nothing catalogued that
#    cannot be shown (bytes edits of real files, as a tester corrupting them would make) ---------

def _mixed_import_folder(tmp_path):
    incoming = tmp_path / "incoming"
    expect = damaged_variants(incoming / "damaged")
    copy_series("HFS", incoming / "good" / "mr")
    for name in ("CT_small.dcm", "SC_rgb_jpeg_dcmtk.dcm", "MR_small_jp2klossless.dcm"):
        shutil.copy(dicom_file(name), incoming / "good" / name)
    no_meta_copy(sorted(decubitus_dir("HFDL").iterdir())[0], incoming / "good" / "no_meta.dcm")
    return incoming, expect, 35 + 3 + 1


def test_damaged_files_are_each_reported_and_the_originals_import(tmp_path, catalog):
    incoming, expect, n_good = _mixed_import_folder(tmp_path)

    report = catalog.import_paths([incoming])

    reasons = {name.rsplit("/", 1)[-1]: reason for name, reason in report.rejected}
    assert set(reasons) == set(expect)
    for name, words in expect.items():
        assert words in reasons[name], (name, reasons[name])
        assert "Traceback" not in reasons[name]
    assert (report.imported, report.duplicates) == (n_good, 0)  # no damaged copy took an original's place
    for study in catalog.studies():
        for series in catalog.series(study.study_uid):
            for rec in catalog.instances(series.series_uid):
                frame = read_stored_frame(rec, 0)  # what the viewer reads
                assert frame.shape[:2] == (rec.rows, rec.cols)


def test_a_dataset_without_preamble_or_meta_imports_as_a_conformant_copy(tmp_path, catalog):
    source = sorted(decubitus_dir("HFDL").iterdir())[3]
    bare = no_meta_copy(source, tmp_path / "bare.dcm")
    with pytest.raises(pydicom.errors.InvalidDicomError):
        pydicom.dcmread(bare)  # not a DICOM *file*: pydicom needs force=True, as dcmtk reads it

    report = catalog.import_paths([bare])

    assert (report.imported, report.rejected) == (1, [])
    (study,) = catalog.studies()
    (series,) = catalog.series(study.study_uid)
    (rec,) = catalog.instances(series.series_uid)
    stored = pydicom.dcmread(rec.path)  # the catalog's copy is a conformant file now
    assert stored.file_meta.TransferSyntaxUID == pydicom.uid.ImplicitVRLittleEndian
    assert stored.file_meta.MediaStorageSOPInstanceUID == stored.SOPInstanceUID == rec.sop_uid
    np.testing.assert_array_equal(read_stored_frame(rec, 0), pydicom.dcmread(source).pixel_array)
    dump = subprocess.run(["dcmdump", rec.path], capture_output=True, text=True, check=True).stdout
    assert "(0002,0010) UI =LittleEndianImplicit" in dump  # dcmtk, the judge, reads the file meta
    png = tmp_path / "stored.png"
    subprocess.run(["dcmj2pnm", "+on", rec.path, png], capture_output=True, check=True)
    assert cv2.imread(str(png), cv2.IMREAD_UNCHANGED).shape[:2] == (rec.rows, rec.cols)


def test_objects_without_pixels_still_import(tmp_path, catalog):
    spectroscopy = pydicom.dcmread(dicom_file("MR_small.dcm"))  # Rows and Columns, but no Pixel Data
    spectroscopy.SOPClassUID = spectroscopy.file_meta.MediaStorageSOPClassUID = "1.2.840.10008.5.1.4.1.1.4.2"
    del spectroscopy.PixelData
    spectroscopy.save_as(tmp_path / "spectroscopy.dcm")
    files = [dicom_file(n) for n in ("reportsi.dcm", "test-SR.dcm", "rtplan.dcm", "rtstruct.dcm")]
    report = catalog.import_paths(files + [tmp_path / "spectroscopy.dcm"])
    assert (report.imported, report.rejected) == (5, [])  # rtstruct.dcm has no preamble: read as dcmtk does
    records = [r for s in catalog.studies() for se in catalog.series(s.study_uid)
               for r in catalog.instances(se.series_uid)]
    assert len(records) == 5 and not any(r.has_pixels for r in records)


def test_cli_import_of_damaged_files_exits_cleanly_with_the_report(tmp_path):
    incoming, expect, n_good = _mixed_import_folder(tmp_path)
    run = subprocess.run([sys.executable, "-m", "workstation", "import", str(incoming),
                          "--catalog", str(tmp_path / "cat")], capture_output=True, text=True, timeout=300)
    assert run.returncode == 3, run.stderr  # some files rejected, the rest imported
    assert "Traceback" not in run.stderr
    assert f"imported {n_good}, duplicates 0, rejected {len(expect)}" in run.stdout
    lines = [line for line in run.stdout.splitlines() if line.startswith("rejected ")]
    assert len(lines) == len(expect)
    for name, words in expect.items():
        (line,) = [line for line in lines if f"/{name}: " in line]
        assert words in line
    only_bad = subprocess.run([sys.executable, "-m", "workstation", "import", str(incoming / "damaged"),
                               "--catalog", str(tmp_path / "cat2")], capture_output=True, text=True, timeout=300)
    assert only_bad.returncode == 1 and "imported 0," in only_bad.stdout  # nothing could be imported


# -- fuzz: random damage to real files never stops an import, and whatever is catalogued shows --

def test_fuzzed_files_never_stop_an_import_and_catalogued_images_show(tmp_path, catalog):
    rng = random.Random(20261205)
    sources = [sorted(decubitus_dir("HFS").iterdir())[0]] + [dicom_file(name) for name in (
        "CT_small.dcm", "SC_rgb_jpeg_dcmtk.dcm", "MR_small_RLE.dcm", "MR_small_jp2klossless.dcm", "rtplan.dcm",
        "JPGExtended.dcm", "SC_rgb_rle_2frame.dcm", "MR_small_bigendian.dcm", "image_dfl.dcm",
        "MR_small_jpeg_ls_lossless.dcm")]  # native, big endian, deflated, JPEG, JPEG-LS, J2K, RLE, no pixels
    folder = tmp_path / "fuzz"
    folder.mkdir()
    n = 440
    for i in range(n):
        ds = pydicom.dcmread(sources[i % len(sources)])
        ds.SOPInstanceUID = f"2.25.{20261205000 + i}"  # each its own instance: none hides as a duplicate
        buf = io.BytesIO()
        ds.save_as(buf)
        (folder / f"f{i:03d}.dcm").write_bytes(mutate(rng, buf.getvalue()))

    started = time.monotonic()
    report = catalog.import_paths([folder])  # must not raise
    assert time.monotonic() - started < 60

    assert report.imported + report.duplicates + len(report.rejected) == n
    assert all(reason and "Traceback" not in reason for _, reason in report.rejected)
    shown = 0
    for study in catalog.studies():
        for series in catalog.series(study.study_uid):
            for rec in catalog.instances(series.series_uid):
                if rec.has_pixels:
                    frame = read_stored_frame(rec, 0)  # the viewer's read path decodes it
                    assert frame.shape[:2] == (rec.rows, rec.cols), rec.path
                    shown += 1
    assert report.rejected and shown > n // 10  # the damage was real, and so are the survivors
