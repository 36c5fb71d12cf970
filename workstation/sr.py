"""Export a case's annotations and measurements as a DICOM Structured Report (TID 1500).

The report is a Comprehensive 3D SR built with highdicom: a TID 1500 "Imaging Measurement
Report" whose observer is the exporting clinician (name, hospital), whose evidence is the source
series (study / series / SOP instance UIDs, header-only datasets are enough), and which holds one
TID 1410 "Planar ROI Measurements" group per visible annotation. Geometry is SCOORD3D in the
source series' Frame of Reference (patient LPS mm, exactly ``Annotation.points``):

============  ===============================  =====================================================
annotation    Image Region (SCOORD3D)          measurements (UCUM units)
============  ===============================  =====================================================
length        POLYLINE, 2 points               Length (SCT 410668003) [mm]
angle         POLYLINE, 3 points (vertex 2nd)  Angle (SCT 1483009) [deg]
ellipse       ELLIPSE, major then minor axis   Area [mm2]; Mean, Standard Deviation, Minimum,
              end points                       Maximum in the volume's unit ([hnsf'U] for HU,
polygon       POLYGON, closed (first = last)   "1" when the values have no unit)
arrow         POLYLINE, 2 points (tail, head)  none
text          POINT (the anchor)               none
============  ===============================  =====================================================

Every group's Tracking Identifier carries the annotation's text (or its kind when it has no text)
and its Tracking UID is the annotation's uuid as a DICOM UID (``2.25.<int>``), so a report
read back maps onto the live annotations. An annotation drawn on a 2-D image (a radiograph,
ultrasound, photo: ``Annotation.sop_instance_uid``) is an SCOORD Image Region on that image (and
frame) instead, in image pixel coordinates, its lengths and areas in mm when the image is
calibrated (:mod:`workstation.annotations.image`) and in ``{pixels}`` otherwise; a length in an
ultrasound region that is not in centimetres is left out. Each measurement references the source image(s) whose
slice contains all of the annotation's points (an ROI drawn on a native slice references that
slice). ROI pixel statistics are computed as in :mod:`workstation.annotations` (nearest
neighbour samples on the ROI plane); the number of samples is not exported (no standard code).

The mapping of each kind is its class's (:mod:`workstation.annotations.kinds`: ``sr_graphic_data``,
``sr_measurements``, ``sr_match``, ``points_from_sr``); this module only writes and reads the report.

:func:`read_sr` reads a report back (pydicom + highdicom parsing) into plain dicts;
:func:`annotation_from_sr` turns one of them back into an :class:`~workstation.annotations.Annotation`.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterable, Sequence
from pathlib import Path

import highdicom as hd
import msgspec
import numpy as np
import pydicom
from pydicom.sr.codedict import codes

from .annotations import (
    Annotation, AnnotationSet, GeometryError, MeasuredImage, kind_class, kind_from_sr, kind_of, measure,
    measure_on_image,
)
from .dicom.charset import clean_text, save_with_fitted_charset, source_character_set
from .model import Volume

MANUFACTURER = "Silkbridge"

_UNITS = {"HU": codes.UCUM.HounsfieldUnit, "": codes.UCUM.NoUnits, "mm": codes.UCUM.Millimeter}
#: Lengths and areas on an uncalibrated 2-D image (UCUM annotations, as highdicom's own "{pixels}").
_PIXELS = hd.sr.CodedConcept(value="{pixels}", scheme_designator="UCUM", meaning="pixels")
_SQUARE_PIXELS = hd.sr.CodedConcept(value="{square pixels}", scheme_designator="UCUM", meaning="square pixels")


class Observer(msgspec.Struct, frozen=True, kw_only=True):
    """The clinician signing the report. ``name`` in DICOM form ("Family^Given") or free text."""

    name: str
    hospital: str = ""
    login: str = ""


class SRError(ValueError):
    """A report that cannot be written or read; the message names the file / annotation and why."""


def clean_observer(observer: Observer | dict) -> Observer:
    """The observer as valid DICOM text (:func:`~workstation.dicom.charset.clean_text`: no control
    characters, no value-splitting backslash, VR lengths); refused when no name is left."""
    if isinstance(observer, dict):
        observer = msgspec.convert(observer, Observer)
    cleaned = Observer(name=clean_text(observer.name, "PN"), hospital=clean_text(observer.hospital, "LO"),
                       login=clean_text(observer.login, "LO"))
    if not cleaned.name.replace("^", "").replace("=", "").strip():
        raise SRError(f"the observer needs a name (got {observer.name!r})")
    return cleaned


def annotation_uid(annotation_id: str) -> str:
    """The DICOM UID (2.25 form) of an annotation uuid; any other id gets a stable hash UID."""
    try:
        return f"2.25.{uuid.UUID(annotation_id).int}"
    except ValueError:
        return pydicom.uid.generate_uid(prefix="2.25.", entropy_srcs=[annotation_id])


def _annotation_id(uid: str) -> str | None:
    if uid.startswith("2.25."):
        try:
            return str(uuid.UUID(int=int(uid[5:])))
        except ValueError:
            return None
    return None


def _unit_code(units: str):
    if units in _UNITS:
        return _UNITS[units]
    return hd.sr.CodedConcept(value=units, scheme_designator="UCUM", meaning=units)


def _frame_of_reference(source_datasets: Sequence[pydicom.Dataset]) -> str:
    uids = {str(ds.get("FrameOfReferenceUID", "")) for ds in source_datasets}
    uids.discard("")
    if not uids:
        raise SRError("the source datasets have no FrameOfReferenceUID: cannot place patient-mm geometry")
    if len(uids) > 1:
        raise SRError(f"the source datasets belong to {len(uids)} frames of reference: pass one series")
    return uids.pop()


def images_containing(points: np.ndarray, source_datasets) -> list[pydicom.Dataset]:
    """Source images whose slice (plane +- half the slice thickness) holds all the points."""
    hits = []
    for ds in source_datasets:
        try:
            iop = np.asarray(ds.ImageOrientationPatient, float)
            ipp = np.asarray(ds.ImagePositionPatient, float)
        except AttributeError:
            continue
        normal = np.cross(iop[:3], iop[3:])
        half = float(ds.get("SliceThickness", 0) or 0) / 2 or 0.5
        if np.all(np.abs((points - ipp) @ normal) <= half + 1e-6):
            hits.append(ds)
    return hits


def _region(ann: Annotation, frame_uid: str) -> hd.sr.ImageRegion3D:
    kind = kind_of(ann)
    data = kind.sr_graphic_data(np.asarray(ann.points, dtype=float))
    return hd.sr.ImageRegion3D(graphic_type=kind.sr_graphic_type, graphic_data=data, frame_of_reference_uid=frame_uid)


def _group(ann: Annotation, volume: Volume, frame_uid: str, source_datasets):
    m = measure(ann, volume)
    refs = [hd.sr.SourceImageForMeasurement.from_source_image(ds)
            for ds in images_containing(np.asarray(ann.points, float), source_datasets)]
    common = {"referenced_images": refs or None}
    items = [hd.sr.Measurement(name=name, value=value, unit=_unit_code(volume.units) if unit is None else unit,
                               **common)
             for name, value, unit in kind_of(ann).sr_measurements(m)]
    return _planar_group(ann, _region(ann, frame_uid), items)


def _planar_group(ann: Annotation, region, items):
    label = clean_text(ann.text, "UT") or ann.kind
    return hd.sr.PlanarROIMeasurementsAndQualitativeEvaluations(
        tracking_identifier=hd.sr.TrackingIdentifier(uid=annotation_uid(ann.id), identifier=label[:1024]),
        referenced_region=region,
        measurements=items or None,
    )


def _image_group(ann: Annotation, source_datasets):
    """The TID 1410 group of an annotation drawn on a 2-D image: an SCOORD Image Region on that
    image (and frame), measurements in mm or, uncalibrated, in pixels (no SCOORD3D, no Frame of
    Reference: a radiograph has none)."""
    ds = next((d for d in source_datasets if str(d.get("SOPInstanceUID", "")) == ann.sop_instance_uid), None)
    if ds is None:
        raise SRError(f"annotation {ann.id} ({ann.kind}) was drawn on image {ann.sop_instance_uid}, "
                      "which is not among the source datasets")
    frames = [ann.frame_number] if ann.frame_number else None
    try:
        hd.sr.SourceImageForRegion.from_source_image(ds, referenced_frame_numbers=frames)
    except TypeError:  # frames in an image of a single-frame IOD (pydicom-data's OBXXXX1A_2frame):
        frames = None  # the image is referenced whole
    image = MeasuredImage.from_dataset(ds, ann.frame_number)
    m = measure_on_image(ann, image)
    units = {codes.UCUM.Millimeter: _PIXELS, codes.UCUM.SquareMillimeter: _SQUARE_PIXELS}
    refs = [hd.sr.SourceImageForMeasurement.from_source_image(ds, referenced_frame_numbers=frames)]
    items = []
    for name, value, unit in kind_of(ann).sr_measurements(m):
        if value is None:  # no length/area here (an ultrasound region in seconds, ...)
            continue
        if unit is None:
            unit = _unit_code(image.units)
        elif m.length_unit == "px":
            unit = units.get(unit, unit)
        items.append(hd.sr.Measurement(name=name, value=value, unit=unit, referenced_images=refs))
    kind = kind_of(ann)
    data = kind.sr_graphic_data(np.asarray(ann.points, dtype=float))[:, :2]
    region = hd.sr.ImageRegion(graphic_type=kind.sr_image_graphic_type(), graphic_data=data,
                               source_image=hd.sr.SourceImageForRegion.from_source_image(
                                   ds, referenced_frame_numbers=frames))
    return _planar_group(ann, region, items)


#: Type 2 patient and study attributes the report copies from its first source image; a real file
#: may leave one out or give it several values (deid-data's multi-frame ultrasound has no Study
#: Time and two Accession Numbers): the report has each once, empty when missing.
_STUDY_TYPE2 = ("PatientName", "PatientID", "PatientBirthDate", "PatientSex", "AccessionNumber", "StudyID",
                "StudyDate", "StudyTime", "ReferringPhysicianName")


def _with_study_attributes(ds: pydicom.Dataset) -> pydicom.Dataset:
    missing = [k for k in _STUDY_TYPE2 if k not in ds]
    multiple = [k for k in _STUDY_TYPE2 if k in ds and ds[k].VM > 1]
    if not missing and not multiple:
        return ds
    out = pydicom.Dataset()
    out.update(ds)  # a shallow copy: the source stays as it is
    for keyword in missing:
        setattr(out, keyword, "")
    for keyword in multiple:
        setattr(out, keyword, ds[keyword].value[0])
    return out


def export_sr(annotations: AnnotationSet | Iterable[Annotation], volume: Volume | None,
              source_datasets: Sequence[pydicom.Dataset], observer: Observer | dict,
              out_path: str | os.PathLike, *, series_number: int = 900,
              series_description: str = "Silkbridge measurements") -> Path:
    """Write the visible annotations as a TID 1500 Comprehensive 3D SR to ``out_path``.

    ``source_datasets``: the series the annotations were drawn on (pydicom datasets, headers are
    enough; an ROI on a 2-D image needs the image's pixels for its statistics). ``volume``: the
    volume the volume annotations were drawn on (None when there are only 2-D image ones).
    Raises :class:`SRError` naming the reason (nothing is written then)."""
    out_path = Path(out_path)
    observer = clean_observer(observer)
    source_datasets = list(source_datasets)
    if not source_datasets:
        raise SRError("no source datasets: the report must reference the series that was measured")
    series_uids = {str(ds.SeriesInstanceUID) for ds in source_datasets}
    anns = [a for a in annotations if not a.deleted]
    # Volume annotations are SCOORD3D in the series' frame of reference; 2-D image ones need none.
    frame_uid = _frame_of_reference(source_datasets) if any(not a.sop_instance_uid for a in anns) else ""
    groups = []
    for ann in anns:
        if ann.series_uid and ann.series_uid not in series_uids:
            raise SRError(f"annotation {ann.id} ({ann.kind}) was drawn on series {ann.series_uid}, "
                          "which is not among the source datasets")
        try:
            if ann.sop_instance_uid:
                groups.append(_image_group(ann, source_datasets))
            else:
                if volume is None:
                    raise SRError(f"annotation {ann.id} ({ann.kind}) was drawn on a volume: pass the volume")
                groups.append(_group(ann, volume, frame_uid, source_datasets))
        except GeometryError as exc:
            raise SRError(f"annotation {ann.id}: {exc}") from None

    person = hd.sr.PersonObserverIdentifyingAttributes(
        name=observer.name, login_name=observer.login or None, organization_name=observer.hospital or None)
    context = hd.sr.ObservationContext(
        observer_person_context=hd.sr.ObserverContext(observer_type=codes.DCM.Person,
                                                      observer_identifying_attributes=person))
    modality = str(source_datasets[0].get("Modality", ""))
    procedure = {"CT": codes.LN.CTUnspecifiedBodyRegion, "MR": codes.LN.MRIUnspecifiedBodyRegion}.get(
        modality, codes.SCT.ImagingProcedure)
    report = hd.sr.MeasurementReport(observation_context=context, procedure_reported=procedure,
                                     imaging_measurements=groups)
    try:
        sr = hd.sr.Comprehensive3DSR(
            evidence=[_with_study_attributes(source_datasets[0]), *source_datasets[1:]],
            content=report[0],
            series_instance_uid=hd.UID(),
            series_number=series_number,
            sop_instance_uid=hd.UID(),
            instance_number=1,
            manufacturer=MANUFACTURER,
            is_complete=True,
            institution_name=observer.hospital or None,
            series_description=clean_text(series_description, "LO"),
            specific_character_set=source_character_set(source_datasets[0]),
        )
    except (AttributeError, ValueError, TypeError) as exc:  # highdicom's checks of the source's header
        raise SRError(f"cannot build the report on these source images: {exc}") from None
    return save_with_fitted_charset(sr, out_path)  # UTF-8 when a name/label is outside the source's set


def read_sr(path: str | os.PathLike) -> list[dict]:
    """The measurement groups of a TID 1500 SR, one dict per annotation:

    ``annotation_id`` (None for reports not written by Silkbridge), ``tracking_uid``, ``label``,
    ``kind`` (inferred from geometry and measurements), ``graphic_type``, ``points`` (list of LPS
    triplets as stored), ``frame_of_reference_uid``, ``measurements`` (list of dicts ``name``,
    ``value``, ``unit``, ``code``, ``referenced_sop_instance_uids``)."""
    path = Path(path)
    try:
        sr = hd.sr.srread(path)
    except Exception as exc:  # pydicom / highdicom raise many types for foreign files
        raise SRError(f"{path}: not a readable DICOM SR ({exc})") from None
    try:
        groups = sr.content.get_planar_roi_measurement_groups()
    except Exception as exc:
        raise SRError(f"{path}: not a TID 1500 measurement report ({exc})") from None
    out = []
    for g in groups:
        roi = g.roi
        gtype = roi.graphic_type.value if roi is not None else ""
        points = roi.value.tolist() if roi is not None else []
        sop_uid, frame_number = "", 0
        if isinstance(roi, hd.sr.ImageRegion):  # SCOORD on a 2-D image: (column, row) -> (x, y, 0)
            points = [[float(p[0]), float(p[1]), 0.0] for p in points]
            ref = roi.ContentSequence[0].ReferencedSOPSequence[0] if "ContentSequence" in roi else None
            if ref is not None:
                sop_uid = str(ref.ReferencedSOPInstanceUID)
                frame_number = int(ref.get("ReferencedFrameNumber") or 0)
        meas = []
        for m in g.get_measurements():
            refs = [str(r.referenced_sop_instance_uid) for r in (m.referenced_images or [])]
            meas.append({"name": m.name.meaning, "value": float(m.value), "unit": m.unit.value,
                         "code": (m.name.scheme_designator, m.name.value),
                         "referenced_sop_instance_uids": refs})
        kind = kind_from_sr(gtype, len(points), (m["name"] for m in meas))
        tracking_uid = str(g.tracking_uid) if g.tracking_uid is not None else ""
        out.append({
            "annotation_id": _annotation_id(tracking_uid),
            "tracking_uid": tracking_uid,
            "label": g.tracking_identifier or "",
            "kind": kind,
            "graphic_type": gtype,
            "points": points,
            "frame_of_reference_uid": str(getattr(roi, "frame_of_reference_uid", "") or ""),
            "sop_instance_uid": sop_uid,
            "frame_number": frame_number,
            "measurements": meas,
        })
    return out


def annotation_from_sr(group: dict, **fields) -> Annotation:
    """The annotation a measurement group of :func:`read_sr` describes (its kind's class turns the
    stored graphic data back into annotation points); ``fields`` set the rest (owner, series_uid...).
    GeometryError when the group's kind is unknown or its geometry is unusable."""
    kind = kind_class(group.get("kind", ""))
    try:
        pts = kind.points_from_sr(np.asarray(group["points"], dtype=float).reshape(-1, 3))
    except (KeyError, ValueError, IndexError) as exc:
        raise GeometryError(f"measurement group {group.get('tracking_uid', '')}: unusable geometry ({exc})") from None
    label = group.get("label", "")
    text = "" if label == kind.name else label
    if group.get("sop_instance_uid"):  # drawn on a 2-D image
        fields = {"sop_instance_uid": group["sop_instance_uid"], "frame_number": int(group.get("frame_number") or 0),
                  **fields}
    ann = Annotation(kind=kind.name, points=[tuple(float(v) for v in p) for p in pts], text=text,
                     **({"id": group["annotation_id"]} if group.get("annotation_id") else {}), **fields)
    ann.validate()
    return ann


def read_sr_observer(path: str | os.PathLike) -> Observer:
    """The observer (person name, organization, login) and, when the organization is not given in
    the content tree, the Institution Name of a report written by :func:`export_sr`."""
    path = Path(path)
    try:
        sr = hd.sr.srread(path)
    except Exception as exc:  # pydicom / highdicom raise many types for foreign files
        raise SRError(f"{path}: not a readable DICOM SR ({exc})") from None
    try:
        (obs,) = sr.content.get_observer_contexts(observer_type=codes.DCM.Person)[:1] or [None]
    except Exception as exc:
        raise SRError(f"{path}: unreadable observer context ({exc})") from None
    if obs is None:
        raise SRError(f"{path}: the report names no person observer")
    attrs = obs.observer_identifying_attributes
    return Observer(name=str(attrs.name), hospital=attrs.organization_name or str(sr.get("InstitutionName", "")),
                    login=attrs.login_name or "")
