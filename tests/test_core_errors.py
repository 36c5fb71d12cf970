"""Every refusal of the core that reaches a person has a code (workstation.errors): the import
reasons of the damaged files the issue lists, the de-identification refusals of real files, and
the hub's refusals as the admission policy words them. The interface translates the codes
(tests/test_ui_i18n.py checks every code in every language)."""

from __future__ import annotations

import pydicom
import pytest
from damaged_dicom import damaged_variants
from dicom_fixtures import decubitus_dir

from workstation import policy
from workstation.deid import Deidentifier, DeidError
from workstation.dicom.catalog import Catalog
from workstation.dicom.records import ImportReport
from workstation.errors import KNOWN_SENTENCES, NESTED, CoreError, describe


def test_every_import_reason_of_the_damaged_files_has_a_code(tmp_path):
    expect = damaged_variants(tmp_path / "damaged")
    (tmp_path / "damaged" / "empty.dcm").write_bytes(b"")
    with Catalog(tmp_path / "catalog") as cat:
        report = cat.import_paths([tmp_path / "damaged", tmp_path / "gone"])
    assert len(report.rejected) >= len(expect)
    codes = {}
    for name, reason in report.rejected:
        found = describe(reason)
        assert found is not None, f"{name}: no code for {reason!r}"
        assert found[0].startswith("import."), (name, reason, found)
        codes[name.rsplit("/", 1)[-1]] = found
    assert codes["vr_xx.dcm"] == ("import.unknown_vr", ("'XX'", "(0008,0060) Modality"))
    assert codes["modality_fd.dcm"] == ("import.element_length", ("(0008,0060) Modality", "2", "FD", "8"))
    assert codes["notes.txt"] == ("import.not_dicom", ())
    assert codes["gone"] == ("import.missing", ())
    assert codes["corrupt_jpeg.dcm"][0] == "import.frame_undecodable"

    # the list cut short: its last line has a code too
    many = ImportReport(rejected=[(f"f{i}.dcm", "not a DICOM file") for i in range(25)])
    assert describe(many.rejected_lines(limit=20)[-1]) == ("list.more", ("5",))


def test_every_de_identification_refusal_has_a_code(tmp_path):
    mr = sorted(decubitus_dir("HFP").iterdir())
    notes = tmp_path / "notes.txt"
    notes.write_text("not an image", encoding="utf-8")
    no_sop = tmp_path / "no_sop.dcm"
    ds = pydicom.dcmread(mr[0])
    del ds.SOPInstanceUID
    ds.save_as(no_sop)
    cut = tmp_path / "cut.dcm"
    cut.write_bytes(mr[1].read_bytes()[:-2000])
    burned = tmp_path / "burned.dcm"
    ds = pydicom.dcmread(mr[2])
    ds.BurnedInAnnotation = "YES"
    ds.save_as(burned)
    us = tmp_path / "us.dcm"
    ds = pydicom.dcmread(mr[3])
    ds.Modality = "US"
    ds.SOPInstanceUID = pydicom.uid.generate_uid()
    ds.save_as(us)

    with Deidentifier(tmp_path / "keys.sqlite") as d:
        report = d.deidentify_files([notes, no_sop, cut, burned, us], tmp_path / "out")
    refused = {r.source.name: describe(r.reason) for r in report.refused}
    assert refused["notes.txt"][0] == "deid.unreadable" and refused["notes.txt"][1][0] == str(notes)
    assert refused["no_sop.dcm"] == ("deid.no_sop", (str(no_sop),))
    # the cut file: "not a readable DICOM file: the file is truncated: ..." -- the detail has its code too
    assert refused["cut.dcm"][0] == "deid.unreadable"
    assert describe(refused["cut.dcm"][1][1])[0] == "deid.truncated"
    held = {h.source.name: describe(h.reason) for h in report.needs_confirmation}
    assert held == {"burned.dcm": ("deid.burned_in", ()),
                    "us.dcm": ("deid.burned_in_likely", ("an ultrasound image",))}

    with pytest.raises(DeidError) as err:
        from workstation.deid import _read
        _read(cut)
    assert isinstance(err.value, CoreError) and describe(err.value)[0] == "deid.truncated"

    # the consult's refusal to share lists them: its parameter is that list, translated item by item
    reasons = "; ".join(f"{r.source.name}: {r.reason}" for r in report.refused)
    code, params = describe(f"nothing could be de-identified ({reasons})")
    assert code == "consult.nothing_deidentified" and NESTED[code] == (1,) and params == (reasons,)


def test_the_hubs_refusals_have_codes():
    trainee = policy.Person(id="u-minh", role="trainee", hospital="Hue Central")
    consult = policy.Room(id="consult-7f3a", kind="consult", created_by="u-lan")
    assert describe(policy.admits(consult, trainee))[0] in ("hub.not_invited", "hub.role_may_not_join")
    specialist = policy.Person(id="u-som", role="specialist", hospital="Mahosot")
    assert describe(policy.admits(consult, specialist)) == ("hub.not_invited", ("u-som", "consult", "consult-7f3a"))
    assert describe(policy.refuses_watch_link(None, specialist)) == ("hub.no_such_broadcast", ())
    for sentence, code in [("no such room consult-1", "hub.no_such_room"),
                           ("you were removed from consult-1 by Dr Lan", "hub.removed"),
                           ("role trainee may not publish 'consult.case.shared'", "hub.role_may_not_publish"),
                           ("refused by the hub: key revoked", "hub.refused")]:
        assert describe(sentence)[0] == code
    assert describe("something nobody said before") is None
    assert len({code for code, _ in KNOWN_SENTENCES}) == len(KNOWN_SENTENCES)  # one pattern per code


def test_words_of_a_known_vocabulary_in_a_refusal_are_named(tmp_path):
    """The role, the room's kind and the kind of image a refusal names are words the interface
    translates (workstation.errors.VOCABULARY): each such parameter holds one of those words."""
    from workstation.deid import _BURNED_IN_MODALITIES
    from workstation.errors import VOCABULARY

    trainee = policy.Person(id="u-minh", role="trainee", hospital="Hue Central")
    room = policy.Room(id="referral-1", kind="referral", created_by="u-lan")
    code, params = describe(policy.admits(room, trainee))
    for i, kind in VOCABULARY.get(code, {}).items():
        assert params[i - 1] in {"role": policy.ROLES, "room_kind": {"consult", "broadcast", "cohort", "referral"},
                                 "image_kind": set(_BURNED_IN_MODALITIES.values())}[kind], (code, params)
    assert VOCABULARY["deid.burned_in_likely"] == {1: "image_kind"}
