"""A referral's written second opinion as PDF (any script: the fonts of workstation.report).

The patient's real name and ID are printed only when the caller passes them -- that is, at the
referring hospital, from its own key store; elsewhere the report shows the pseudonym."""

from __future__ import annotations

import datetime as _dt
import os
from pathlib import Path

from .report import ReportError, format_time, language_name, report_fonts, rich

__all__ = ["write_referral_report", "ReportError"]


def write_referral_report(state, out_pdf: str | os.PathLike, *, patient_name: str | None = None,
                          patient_id: str | None = None, tz: _dt.tzinfo | None = None) -> Path:
    """Write the referral (question, history, status timeline, the signed or draft report with the
    consultant's own wording, messages) to ``out_pdf``; returns its path."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    if getattr(state, "created", None) is None:
        raise ReportError(f"referral {getattr(state, 'room', '?')}: nothing to report yet (not described)")
    out = Path(out_pdf)
    body_font, bold_font = report_fonts(False)[0], report_fonts(True)[0]
    base = ParagraphStyle("rf-body", fontName=body_font, fontSize=10, leading=13.5)
    small = ParagraphStyle("rf-small", parent=base, fontSize=8.5, leading=11)
    h1 = ParagraphStyle("rf-h1", parent=base, fontName=bold_font, fontSize=16, leading=20, spaceAfter=4)
    h2 = ParagraphStyle("rf-h2", parent=base, fontName=bold_font, fontSize=12, leading=15, spaceBefore=10,
                        spaceAfter=4, textColor=colors.HexColor("#1d4e89"))

    def para(text, style=base, bold=False):
        return Paragraph(rich(text, bold=bold), style)

    study = state.study
    who = patient_name or (study.pseudonym if study else "")
    story = [para(f"Second opinion: {state.specialty}", h1),
             para(f"Patient: {who}" + (f" (ID {patient_id})" if patient_id else
                                        " (pseudonym; the real identity is kept by the referring hospital)")),
             para(f"Referring hospital: {state.referring_hospital}   Referrer: {state.referrer_name or state.referrer}"),
             para(f"Urgency: {state.urgency}   Status: {state.status}   Sent: {format_time(state.created, tz)}"),
             para(f"Answer requested in: {language_name(state.language)}"),
             para("Clinical question", h2), para(state.question)]
    if state.history:
        story += [para("History", h2), para(state.history)]
    if study is not None:
        story += [para("Study", h2), para(f"{study.modality} {study.description} - "
                                          + ", ".join(f"{s.description or s.series_uid} ({s.n_images} images)"
                                                      for s in study.series))]
        if study.attachments:
            story.append(para("Attachments: " + ", ".join(a.name for a in study.attachments), small))
    rep = state.report
    story.append(para("Report" + ("" if rep is None or rep.signed else " (draft, not signed)"), h2))
    if rep is None:
        story.append(para("No report yet."))
    else:
        for label, text in (("Findings", rep.findings), ("Impression", rep.impression),
                            ("Recommendation", rep.recommendation)):
            if text:
                story += [para(label, base, bold=True), para(text), Spacer(1, 2 * mm)]
        story.append(para(f"{'Signed' if rep.signed else 'Written'} by {rep.author_name or rep.author} on "
                          f"{format_time(rep.time, tz)} ({language_name(rep.language)}, version {rep.version})", small))
        if rep.original is not None and rep.original.language and rep.original.language != rep.language:
            story.append(para(f"The consultant's own wording ({language_name(rep.original.language)})", h2))
            for label, text in (("Findings", rep.original.findings), ("Impression", rep.original.impression),
                                ("Recommendation", rep.original.recommendation)):
                if text:
                    story += [para(label, base, bold=True), para(text)]
    story.append(para("Timeline", h2))
    rows = [[para(format_time(s.time, tz), small), para(s.status, small), para(s.by_name or s.by, small)]
            for s in state.timeline]
    if rows:
        t = Table(rows, colWidths=[50 * mm, 35 * mm, 80 * mm])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.25, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(t)
    if state.messages:
        story.append(para("Questions and answers", h2))
        for m in state.messages:
            story.append(para(f"{m.sender_name} ({format_time(m.time, tz)}): {m.text}", small))
    tmp = out.with_name(out.name + ".part")
    try:
        doc = SimpleDocTemplate(str(tmp), pagesize=A4, title=f"Second opinion {state.room}",
                                leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=16 * mm)
        doc.build(story)
        tmp.replace(out)
    finally:
        tmp.unlink(missing_ok=True)
    return out


def write_referral_dicom(state, study_dir: str | os.PathLike, out_dir: str | os.PathLike, observer, *,
                         keys=None) -> list[Path]:
    """The report's measurements as a TID 1500 SR and the measured slices as a Key Object Selection,
    written against the referral's (de-identified) study in ``study_dir``. With ``keys`` (the
    referring hospital's :class:`workstation.deid.Deidentifier`) the objects get the patient's real
    identity back and reference the original study, series and images, so they file into the
    patient's own record in the hospital's PACS. [] when the report has no measurements."""
    import pydicom

    from .annotations import Annotation, GeometryError
    from .dicom.assemble import load_series_dir
    from .kos import export_key_objects
    from .sr import export_sr

    rep = state.report
    if rep is None or not rep.measurements:
        return []
    try:
        anns = [Annotation.from_dict(d) for d in rep.measurements]
        for a in anns:
            a.validate()
    except GeometryError as exc:
        raise ReportError(f"referral {state.room}: a measurement of the report is not usable: {exc}") from None
    series_uid = anns[0].series_uid or (state.study.series[0].series_uid if state.study and state.study.series else "")
    files, headers = [], []
    measured_images = {a.sop_instance_uid for a in anns if a.sop_instance_uid}
    for f in sorted(Path(study_dir).iterdir()):
        ds = pydicom.dcmread(f, stop_before_pixels=True)
        if str(ds.SeriesInstanceUID) == series_uid:
            if str(ds.get("SOPInstanceUID", "")) in measured_images:
                ds = pydicom.dcmread(f)  # a 2-D image measured: its pixels give the ROI statistics
            files.append(f)
            headers.append(ds)
    if not headers:
        raise ReportError(f"referral {state.room}: the measured series {series_uid} is not in {study_dir}")
    # Measurements on 2-D images (radiographs, ultrasound) need no volume: their image is enough.
    volume = None if all(a.sop_instance_uid for a in anns) else load_series_dir(study_dir, series_uid)[0]
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = [export_sr(anns, volume, headers, observer, out / f"{state.room}-measurements-sr.dcm")]
    written += export_key_objects(anns, headers, out, stem=f"{state.room}-key-images", observer=observer,
                                  description=f"Second opinion {state.specialty}")
    if keys is not None and state.study is not None and state.study.pseudonym:
        for p in written:
            restore_identity(p, keys, state.study.pseudonym)
    return written


def restore_identity(path: str | os.PathLike, keys, pseudonym: str) -> Path:
    """Put the real patient back into a DICOM object written against de-identified images: name and ID,
    the study date shifted back, and every UID the key store issued mapped to its original."""
    import pydicom

    from .deid import _shift_da

    ident = keys.reidentify(pseudonym)
    shift = keys.day_shift(pseudonym)
    ds = pydicom.dcmread(path)

    def walk(d):
        for elem in d:
            if elem.VR == "SQ":
                for item in elem.value:
                    walk(item)
            elif elem.VR == "UI" and elem.value:
                values = list(elem.value) if elem.VM > 1 else [elem.value]
                mapped = []
                for v in values:
                    try:
                        mapped.append(keys.original_uid(str(v)))
                    except KeyError:
                        mapped.append(str(v))
                elem.value = mapped if elem.VM > 1 else mapped[0]

    walk(ds)
    ds.PatientName, ds.PatientID = ident.patient_name, ident.patient_id
    for kw in ("StudyDate", "PatientBirthDate"):
        if ds.get(kw):
            setattr(ds, kw, _shift_da(str(ds.get(kw)), -shift))
    ds.save_as(path, enforce_file_format=True)
    return Path(path)
