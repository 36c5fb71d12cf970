"""Key images of a case for a PACS: a Key Object Selection document and, on request, secondary captures.

A PACS knows "key images" as a **Key Object Selection** (KOS) document (PS3.3 A.35.4, TID 2010):
a small SR-like object titled with a CID 7010 code (here 113000 DCM "Of Interest") that references
the selected instances by SOP class / instance UID. :func:`export_kos` writes one with highdicom
(``hd.ko.KeyObjectSelectionDocument``) in the source study, its own series; the observer (the
clinician who selected the images) and a free-text description (the case title) go into its
content tree. Any instances can be referenced: the source slices a reader annotated, and the
secondary captures below.

:func:`export_key_image_sc` writes an annotated key image as it appears in the PDF report (the
annotations and measurements burned in, RGB) as a **Secondary Capture** (``hd.sc.SCImage``) in
the source study: Conversion Type WSD (workstation), Burned In Annotation YES, derived from (Source
Image Sequence) the slice it shows.

:func:`key_instances` picks the source slices that hold the case's annotations (one per slice, in
the order the annotations were drawn), the same slices as the report's key images.

Every object is written with the Specific Character Set fitted to its text
(:mod:`workstation.dicom.charset`): the source's set when everything fits, else UTF-8.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import NamedTuple

import highdicom as hd
import numpy as np
import pydicom
from pydicom.sr.codedict import codes
from pydicom.uid import ExplicitVRLittleEndian

from .annotations import Annotation
from .dicom.charset import clean_text, save_with_fitted_charset, source_character_set
from .sr import MANUFACTURER, Observer, SRError, clean_observer, images_containing

OF_INTEREST = codes.DCM.OfInterest  # CID 7010 "Key Object Selection Document Title": 113000
KOS_SERIES_NUMBER = 902
SC_SERIES_NUMBER = 901


# Patient directions of the rows (left to right) and columns (top to bottom) of a view as the
# reading room shows it (radiological convention), and the normal of its plane (LPS).
VIEWS = {"axial": (("L", "P"), (0.0, 0.0, 1.0)), "coronal": (("L", "F"), (0.0, 1.0, 0.0)),
         "sagittal": (("P", "F"), (1.0, 0.0, 0.0))}


class KeyRender(NamedTuple):
    """A key image as the report shows it: ``rgb`` (rows, columns, 3) uint8 with the annotations
    burned in, the patient ``position`` (LPS mm) its ``view`` plane passes through, a caption. A
    key image of a 2-D image (radiograph, ultrasound) names that image instead (``sop_instance_uid``,
    view "image", ``position`` unused): the picture is the image's frame as the 2-D view shows it."""

    rgb: np.ndarray
    position: Sequence[float]
    caption: str = ""
    view: str = "axial"
    sop_instance_uid: str = ""


class KOSError(ValueError):
    """Key images that cannot be written; the message says which and why."""


def _check_sources(datasets: Sequence[pydicom.Dataset], what: str) -> None:
    for i, ds in enumerate(datasets):
        missing = [k for k in ("StudyInstanceUID", "SeriesInstanceUID", "SOPInstanceUID", "SOPClassUID")
                   if not str(ds.get(k, "") or "")]
        if missing:
            name = getattr(ds, "filename", None) or f"{what} #{i + 1}"
            raise KOSError(f"{name}: no {', '.join(missing)}: cannot be referenced")


def _normal(ds: pydicom.Dataset) -> np.ndarray:
    iop = np.asarray(ds.ImageOrientationPatient, float)
    return np.cross(iop[:3], iop[3:])


def slice_at(position, source_datasets: Sequence[pydicom.Dataset]) -> pydicom.Dataset:
    """The source image whose plane is nearest to ``position`` (patient LPS mm)."""
    p = np.asarray(position, float)
    best, best_d = None, np.inf
    for ds in source_datasets:
        try:
            iop = np.asarray(ds.ImageOrientationPatient, float)
            ipp = np.asarray(ds.ImagePositionPatient, float)
        except (AttributeError, ValueError, TypeError):
            continue
        if iop.shape != (6,) or ipp.shape != (3,):
            continue
        d = abs(float((p - ipp) @ _normal(ds)))
        if d < best_d:
            best, best_d = ds, d
    if best is None:
        raise KOSError("no source image has a position and orientation: cannot tell which slice is shown")
    return best


def key_instances(annotations: Iterable[Annotation], source_datasets: Sequence[pydicom.Dataset]) -> list[pydicom.Dataset]:
    """The source slices holding the (not deleted) annotations' first points, one per slice, in
    the order the annotations come; annotations off every slice are left out. An annotation drawn
    on a 2-D image (``sop_instance_uid``) selects that image."""
    out: list[pydicom.Dataset] = []
    seen: set[str] = set()
    for ann in annotations:
        if ann.deleted or not ann.points:
            continue
        if ann.sop_instance_uid:  # image coordinates, not patient mm: the image it was drawn on
            hits = [ds for ds in source_datasets if str(ds.get("SOPInstanceUID", "")) == ann.sop_instance_uid]
        else:
            hits = images_containing(np.asarray(ann.points[:1], float), source_datasets)
        for ds in hits:
            uid = str(ds.SOPInstanceUID)
            if uid not in seen:
                seen.add(uid)
                out.append(ds)
                break
    return out


def _person(observer: Observer | None):
    if observer is None:
        return None
    attrs = hd.sr.PersonObserverIdentifyingAttributes(
        name=observer.name, login_name=observer.login or None, organization_name=observer.hospital or None)
    return hd.sr.ObserverContext(observer_type=codes.DCM.Person, observer_identifying_attributes=attrs)


def export_kos(key_images: Sequence[pydicom.Dataset], out_path: str | os.PathLike, *,
               observer: Observer | dict | None = None, description: str = "", title=OF_INTEREST,
               series_number: int = KOS_SERIES_NUMBER, series_description: str = "Silkbridge key images",
               institution_name: str = "") -> Path:
    """Write a Key Object Selection document referencing ``key_images`` (header-only datasets are
    enough: SOP class / instance, series, study UIDs) to ``out_path``.

    Patient and study come from the first key image. ``title`` is a CID 7010 code (default "Of
    Interest"); ``description`` (e.g. the case title) becomes the Key Object Description."""
    key_images = list(key_images)
    if not key_images:
        raise KOSError("no key images to reference")
    _check_sources(key_images, "key image")
    studies = {str(ds.StudyInstanceUID) for ds in key_images}
    if len(studies) > 1:  # one document per study: that is where a PACS files it
        raise KOSError(f"the key images belong to {len(studies)} studies: write one document per study")
    uids = [str(ds.SOPInstanceUID) for ds in key_images]
    if len(set(uids)) != len(uids):
        raise KOSError("an instance is referenced twice")
    try:
        observer = clean_observer(observer) if observer is not None else None
    except SRError as exc:
        raise KOSError(str(exc)) from None
    institution_name = clean_text(institution_name or (observer.hospital if observer else ""), "LO")
    try:
        content = hd.ko.KeyObjectSelection(document_title=title, referenced_objects=key_images,
                                           observer_person_context=_person(observer),
                                           description=clean_text(description, "UT") or None)
        kos = hd.ko.KeyObjectSelectionDocument(
            evidence=key_images, content=content, series_instance_uid=hd.UID(), series_number=series_number,
            sop_instance_uid=hd.UID(), instance_number=1, manufacturer=MANUFACTURER,
            institution_name=institution_name or None,
            specific_character_set=source_character_set(key_images[0]))
    except (ValueError, TypeError, AttributeError) as exc:  # highdicom's checks of names, codes, references
        raise KOSError(f"cannot build the key object selection: {exc}") from None
    kos.SeriesDescription = clean_text(series_description, "LO")
    return save_with_fitted_charset(kos, Path(out_path))


def export_key_image_sc(rgb: np.ndarray, source: pydicom.Dataset, out_path: str | os.PathLike, *,
                        series_instance_uid: str, instance_number: int = 1,
                        series_number: int = SC_SERIES_NUMBER, patient_orientation: tuple[str, str] | None = ("L", "P"),
                        caption: str = "", series_description: str = "Silkbridge annotated key images",
                        institution_name: str = "", derived_from: Sequence[pydicom.Dataset] = ()) -> Path:
    """Write ``rgb`` ((rows, columns, 3) uint8, annotations burned in) as a Secondary Capture image
    in ``source``'s study, derived from ``source`` (the slice it shows). All the key images of one
    export share ``series_instance_uid``. ``patient_orientation`` is the patient direction of the
    image's rows and columns (default: an axial slice in radiological display; None: ``source``'s own,
    a 2-D image shown as it is). ``derived_from``:
    the source images the picture was made from (default: ``source``; a reformat lists them all)."""
    rgb = np.asarray(rgb)
    if rgb.ndim != 3 or rgb.shape[2] != 3 or rgb.dtype != np.uint8 or min(rgb.shape[:2]) < 1:
        raise KOSError(f"a key image must be (rows, columns, 3) uint8 RGB, not {rgb.shape} {rgb.dtype}")
    _check_sources([source], "source image")
    try:
        sc = hd.sc.SCImage.from_ref_dataset(
            ref_dataset=source, pixel_array=np.ascontiguousarray(rgb), photometric_interpretation="RGB",
            bits_allocated=8, coordinate_system="PATIENT", series_instance_uid=series_instance_uid,
            series_number=series_number, sop_instance_uid=hd.UID(), instance_number=instance_number,
            manufacturer=MANUFACTURER, patient_orientation=tuple(patient_orientation or ("L", "P")),
            transfer_syntax_uid=ExplicitVRLittleEndian, specific_character_set=source_character_set(source))
    except (ValueError, TypeError, AttributeError) as exc:
        raise KOSError(f"cannot build the secondary capture: {exc}") from None
    if patient_orientation is None:  # the 2-D image's own (Type 2C: empty when unknown)
        given = [str(v) for v in (source.get("PatientOrientation") or [])]
        sc.PatientOrientation = given if len(given) == 2 and all(given) else ""
    sc.ConversionType = "WSD"  # rendered on this workstation, not digitized film
    sc.BurnedInAnnotation = "YES"  # the annotations (and their labels) are in the pixels
    sc.SeriesDescription = clean_text(series_description, "LO")
    if clean_text(institution_name, "LO"):
        sc.InstitutionName = clean_text(institution_name, "LO")
    if clean_text(caption, "LT"):
        sc.ImageComments = clean_text(caption, "LT")
    for keyword in ("BodyPartExamined", "Laterality", "ImageLaterality"):  # what the image shows
        if str(source.get(keyword, "") or ""):
            setattr(sc, keyword, source.get(keyword))
    if "Laterality" not in sc and "ImageLaterality" not in sc:
        sc.ImageLaterality = "U"  # unknown or unpaired: stated, so no reader guesses (General Image, Type 3)
    sc.DerivationDescription = "Slice rendered with the case's annotations and measurements burned in"
    refs = []
    for ds in derived_from or [source]:
        ref = pydicom.Dataset()
        ref.ReferencedSOPClassUID = ds.SOPClassUID
        ref.ReferencedSOPInstanceUID = ds.SOPInstanceUID
        refs.append(ref)
    sc.SourceImageSequence = refs
    return save_with_fitted_charset(sc, Path(out_path))


def export_key_objects(annotations: Iterable[Annotation], source_datasets: Sequence[pydicom.Dataset],
                       out_dir: str | os.PathLike, *, stem: str, observer: Observer | dict | None = None,
                       description: str = "", renders: Sequence[KeyRender] = (),
                       current_position: Sequence[float] | None = None, institution_name: str = "") -> list[Path]:
    """The key images of a case (consult, referral) as DICOM for the PACS: a KOS ``<stem>-kos.dcm``
    referencing the annotated source slices (:func:`key_instances`; the slice at ``current_position``
    when nothing is annotated) and, for each of ``renders`` (:class:`KeyRender`: the annotated key
    images of the report), a secondary capture ``<stem>-key-<n>.dcm`` in the source study, derived
    from the source slice it shows (from the whole series when its view is a reformat), referenced
    by the KOS too; a render naming a 2-D image (``sop_instance_uid``) is derived from that image,
    which the KOS selects as well. Returns [KOS, SC...]; on an error nothing that was started is
    left behind."""
    sources = list(source_datasets)
    if not sources:
        raise KOSError("no source images")
    keys = key_instances(annotations, sources)
    if not keys and current_position is not None:
        keys = [slice_at(current_position, sources)]
    if not keys and not renders:
        raise KOSError("nothing to select: no annotation on the source images and no view position")
    out_dir = Path(out_dir)
    written: list[Path] = []
    try:
        sc_headers = []
        series_uid = hd.UID()
        for n, render in enumerate(renders, start=1):
            render = KeyRender(*render)
            if render.sop_instance_uid:  # a 2-D image's frame: derived from that image
                shown = next((ds for ds in sources if str(ds.get("SOPInstanceUID", "")) == render.sop_instance_uid),
                             None)
                if shown is None:
                    raise KOSError(f"key image {n}: image {render.sop_instance_uid} is not among the source images")
                if all(k.SOPInstanceUID != shown.SOPInstanceUID for k in keys):
                    keys.append(shown)  # the image it shows is a key image too (nothing drawn on it)
                path = export_key_image_sc(render.rgb, shown, out_dir / f"{stem}-key-{n}.dcm",
                                           series_instance_uid=series_uid, instance_number=n, caption=render.caption,
                                           institution_name=institution_name, patient_orientation=None,
                                           derived_from=[shown])
                written.append(path)
                sc_headers.append(pydicom.dcmread(path, stop_before_pixels=True))
                continue
            if render.view not in VIEWS:
                raise KOSError(f"key image {n}: unknown view {render.view!r} (one of {', '.join(VIEWS)})")
            orientation, normal = VIEWS[render.view]
            shown = slice_at(render.position, sources)
            native = abs(float(np.dot(_normal(shown), normal))) > 0.99
            path = export_key_image_sc(render.rgb, shown, out_dir / f"{stem}-key-{n}.dcm",
                                       series_instance_uid=series_uid, instance_number=n, caption=render.caption,
                                       institution_name=institution_name, patient_orientation=orientation,
                                       derived_from=[shown] if native else sources)
            written.append(path)
            sc_headers.append(pydicom.dcmread(path, stop_before_pixels=True))
        kos = export_kos(keys + sc_headers, out_dir / f"{stem}-kos.dcm", observer=observer,
                         description=description, institution_name=institution_name)
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return [kos, *written]


def read_kos(path: str | os.PathLike) -> dict:
    """A Key Object Selection document read back: ``title`` (code value, meaning), ``description``,
    ``observer`` (Observer or None) and ``references``: one dict per selected instance
    (``study_uid``, ``series_uid``, ``sop_class_uid``, ``sop_instance_uid``) in document order."""
    path = Path(path)
    try:
        kos = hd.ko.KeyObjectSelectionDocument.from_dataset(pydicom.dcmread(path))
    except Exception as exc:  # pydicom / highdicom raise many types for foreign files
        raise KOSError(f"{path}: not a readable Key Object Selection document ({exc})") from None
    root = kos.content[0]
    description = ""
    for item in getattr(root, "ContentSequence", []):
        if item.ValueType == "TEXT" and item.ConceptNameCodeSequence[0].CodeValue == "113012":
            description = str(item.TextValue)
    observer = None
    people = kos.content.get_observer_contexts(observer_type=codes.DCM.Person)
    if people:
        attrs = people[0].observer_identifying_attributes
        observer = Observer(name=str(attrs.name), hospital=attrs.organization_name or "", login=attrs.login_name or "")
    refs = []
    for item in kos.content.get_references():
        sop_uid = str(item.referenced_sop_instance_uid)
        study_uid, series_uid, _ = kos.resolve_reference(sop_uid)
        refs.append({"study_uid": str(study_uid), "series_uid": str(series_uid),
                     "sop_class_uid": str(item.referenced_sop_class_uid), "sop_instance_uid": sop_uid})
    title = root.ConceptNameCodeSequence[0]
    return {"title": (str(title.CodeValue), str(title.CodeMeaning)), "description": description,
            "observer": observer, "references": refs}
