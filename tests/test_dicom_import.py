"""Importing into the catalog: folders, zips, DICOMDIR, bad files, duplicates, cancel, charsets."""

from __future__ import annotations

import shutil
import threading
import zipfile

import cv2
import numpy as np
import pydicom
import pytest
from dicom_fixtures import PYDICOM_CHARSET, PYDICOM_TEST, copy_series, decubitus_dir, dicom_file

from workstation.dicom.catalog import Catalog


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
    assert [reason for _, reason in report.rejected] == ["not a DICOM file (no DICM preamble)"]
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
