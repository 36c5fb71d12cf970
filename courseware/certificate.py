"""The course certificate: a one-page PDF (reportlab) with the verification code the hub checks.

The certificate names the trainee, the course title in the chosen language, the completion date,
the score and the verification code (:func:`workstation.coursestate.certificate_code` of the
course completion statement; the hub finds the statement again with
:func:`workstation.coursestate.verify_certificate`). Its labels are in English, Simplified
Chinese, Vietnamese, Thai, Lao, Khmer, Burmese, Malay or Indonesian (:data:`LABELS`, English for any
other language); names and titles in any
script of the region are set with the font chain of :mod:`workstation.report` (Noto Sans for
Latin and Vietnamese, Noto Sans Thai / Lao / Khmer, a TrueType CJK font), so the text stays
searchable and can be read back from the PDF.

The PDF is written to a temporary file beside ``path`` and renamed when complete: a failure
leaves no file behind, and an existing certificate is replaced only by a complete one.
"""

from __future__ import annotations

import datetime as _dt
import math
import os
import threading
from pathlib import Path

from workstation.coursestate import normalize_code
from workstation.report import ReportError, report_fonts, rich

DEFAULT_ISSUER = "Silkbridge training network"

LABELS: dict[str, dict[str, str]] = {
    "en": {"title": "Certificate of completion", "certifies": "This certifies that",
           "completed": "has completed the course", "version": "version", "date": "Date", "score": "Score",
           "code": "Verification code",
           "verify": "The issuing hub confirms this certificate from its verification code."},
    "zh-Hans": {"title": "结业证书", "certifies": "兹证明", "completed": "已完成课程", "version": "版本",
                "date": "日期", "score": "成绩", "code": "验证码", "verify": "颁发机构可凭验证码核实本证书。"},
    "vi": {"title": "Giấy chứng nhận hoàn thành", "certifies": "Chứng nhận", "completed": "đã hoàn thành khóa học",
           "version": "phiên bản", "date": "Ngày", "score": "Điểm", "code": "Mã xác minh",
           "verify": "Đơn vị cấp xác minh giấy chứng nhận này bằng mã xác minh."},
    "th": {"title": "ประกาศนียบัตรสำเร็จการศึกษา", "certifies": "ขอรับรองว่า", "completed": "ได้เรียนจบหลักสูตร",
           "version": "ฉบับ", "date": "วันที่", "score": "คะแนน", "code": "รหัสยืนยัน",
           "verify": "ศูนย์กลางผู้ออกประกาศนียบัตรยืนยันประกาศนียบัตรนี้ได้จากรหัสยืนยัน"},
    "lo": {"title": "ໃບຢັ້ງຢືນການຮຽນຈົບ", "certifies": "ຂໍຢັ້ງຢືນວ່າ", "completed": "ໄດ້ຮຽນຈົບຫຼັກສູດ",
           "version": "ສະບັບ", "date": "ວັນທີ", "score": "ຄະແນນ", "code": "ລະຫັດຢືນຢັນ",
           "verify": "ສູນກາງຜູ້ອອກໃບຢັ້ງຢືນຢືນຢັນໃບຢັ້ງຢືນນີ້ໄດ້ຈາກລະຫັດຢືນຢັນ."},
    "km": {"title": "វិញ្ញាបនបត្របញ្ចប់វគ្គសិក្សា", "certifies": "សូមបញ្ជាក់ថា", "completed": "បានបញ្ចប់វគ្គសិក្សា",
           "version": "កំណែ", "date": "កាលបរិច្ឆេទ", "score": "ពិន្ទុ", "code": "លេខកូដផ្ទៀងផ្ទាត់",
           "verify": "មជ្ឈមណ្ឌលចេញវិញ្ញាបនបត្របញ្ជាក់វិញ្ញាបនបត្រនេះតាមលេខកូដផ្ទៀងផ្ទាត់។"},
    "my": {"title": "သင်တန်းပြီးဆုံးကြောင်း လက်မှတ်", "certifies": "ဤလက်မှတ်ဖြင့် အောက်ပါပုဂ္ဂိုလ်သည်",
           "completed": "သင်တန်းကို ပြီးဆုံးကြောင်း အသိအမှတ်ပြုသည်", "version": "ဗားရှင်း", "date": "ရက်စွဲ",
           "score": "ရမှတ်", "code": "အတည်ပြုကုဒ်",
           "verify": "ထုတ်ပေးသော ဗဟိုဌာနက အတည်ပြုကုဒ်ဖြင့် ဤလက်မှတ်ကို စစ်ဆေးအတည်ပြုနိုင်သည်။"},
    "ms": {"title": "Sijil tamat kursus", "certifies": "Dengan ini disahkan bahawa", "completed": "telah menamatkan kursus",
           "version": "versi", "date": "Tarikh", "score": "Skor", "code": "Kod pengesahan",
           "verify": "Hab yang mengeluarkan sijil ini mengesahkannya melalui kod pengesahan."},
    "id": {"title": "Sertifikat kelulusan", "certifies": "Dengan ini menyatakan bahwa", "completed": "telah menyelesaikan kursus",
           "version": "versi", "date": "Tanggal", "score": "Skor", "code": "Kode verifikasi",
           "verify": "Hub penerbit mengonfirmasi sertifikat ini melalui kode verifikasinya."},
}


class CertificateError(ValueError):
    """The certificate cannot be written (the message says why); no file was written."""


def labels(language: str) -> dict[str, str]:
    """The certificate's labels in ``language`` ("zh", "zh-CN" and "zh-Hans" are Simplified Chinese)."""
    if language in LABELS:
        return LABELS[language]
    base = language.split("-")[0].lower()
    if base == "zh" and not language.lower().endswith(("hant", "tw", "hk")):
        return LABELS["zh-Hans"]
    return next((v for k, v in LABELS.items() if k.split("-")[0] == base), LABELS["en"])


def _date_text(date, tz) -> str:
    if isinstance(date, _dt.datetime):
        d = date if date.tzinfo else date.replace(tzinfo=_dt.timezone.utc)
    elif isinstance(date, _dt.date):
        return date.isoformat()
    else:
        try:
            d = _dt.datetime.fromtimestamp(float(date), _dt.timezone.utc)
        except (TypeError, ValueError, OverflowError, OSError):
            raise CertificateError(f"the completion date {date!r} is not a date") from None
    return d.astimezone(tz).date().isoformat()


def write_certificate(path: str | os.PathLike, *, trainee: str, course_title: str, date, score: float | None,
                      code: str, language: str = "en", course_version: str | None = None,
                      issuer: str = DEFAULT_ISSUER, tz: _dt.tzinfo | None = None) -> Path:
    """Write the certificate to ``path`` and return it.

    ``date``: a datetime / date / epoch seconds (printed as YYYY-MM-DD in ``tz``, default this
    computer's zone); ``score``: 0..1 (printed as a percentage) or None; ``code``: the
    verification code (normalised; a malformed one raises :class:`CertificateError`)."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    if not str(trainee).strip():
        raise CertificateError("the certificate needs the trainee's name")
    if not str(course_title).strip():
        raise CertificateError("the certificate needs the course title")
    try:
        code = normalize_code(code)
    except ValueError as exc:
        raise CertificateError(str(exc)) from None
    if score is not None and (not isinstance(score, (int, float)) or not math.isfinite(score)
                              or not 0.0 <= float(score) <= 1.0):
        raise CertificateError(f"the score is a fraction between 0 and 1, got {score!r}")
    when = _date_text(date, tz)
    lab = labels(language)
    try:
        body_font, bold_font = report_fonts(False)[0], report_fonts(True)[0]
    except ReportError as exc:
        raise CertificateError(str(exc)) from None

    base = ParagraphStyle("cert-body", fontName=body_font, fontSize=13, leading=18, alignment=TA_CENTER)
    small = ParagraphStyle("cert-small", parent=base, fontSize=9.5, leading=13, textColor=colors.HexColor("#555555"))
    title = ParagraphStyle("cert-title", parent=base, fontName=bold_font, fontSize=28, leading=34,
                           textColor=colors.HexColor("#1d4e89"))
    name = ParagraphStyle("cert-name", parent=base, fontName=bold_font, fontSize=24, leading=30)
    course = ParagraphStyle("cert-course", parent=base, fontName=bold_font, fontSize=18, leading=24)
    code_style = ParagraphStyle("cert-code", parent=base, fontName=bold_font, fontSize=16, leading=22)

    def P(text, style, bold=False):
        return Paragraph(rich(text, bold=bold), style)

    version = f" ({lab['version']} {course_version})" if course_version else ""
    pct = "—" if score is None else f"{100.0 * float(score):.0f}%"
    story = [
        P(issuer, small), Spacer(1, 8 * mm),
        P(lab["title"], title, bold=True), Spacer(1, 10 * mm),
        P(lab["certifies"], base), Spacer(1, 3 * mm),
        P(str(trainee).strip(), name, bold=True), Spacer(1, 3 * mm),
        P(lab["completed"], base), Spacer(1, 3 * mm),
        P(str(course_title).strip() + version, course, bold=True), Spacer(1, 10 * mm),
        P(f"{lab['date']}: {when}     {lab['score']}: {pct}", base), Spacer(1, 8 * mm),
        P(f"{lab['code']}: {code}", code_style, bold=True), Spacer(1, 2 * mm),
        P(lab["verify"], small),
    ]

    def frame(canvas, doc):
        canvas.saveState()
        w, h = landscape(A4)
        canvas.setStrokeColor(colors.HexColor("#1d4e89"))
        canvas.setLineWidth(3)
        canvas.rect(10 * mm, 10 * mm, w - 20 * mm, h - 20 * mm)
        canvas.setLineWidth(0.8)
        canvas.rect(13 * mm, 13 * mm, w - 26 * mm, h - 26 * mm)
        canvas.restoreState()

    out = Path(path)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CertificateError(f"cannot write the certificate to {out}: {exc}") from None
    tmp = out.with_name(f".{out.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        doc = SimpleDocTemplate(str(tmp), pagesize=landscape(A4), leftMargin=25 * mm, rightMargin=25 * mm,
                                topMargin=22 * mm, bottomMargin=20 * mm, title=f"{lab['title']} — {course_title}",
                                author=issuer, subject=f"{trainee} — {code}")
        doc.build(story, onFirstPage=frame, onLaterPages=frame)
        os.replace(tmp, out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise CertificateError(f"cannot write the certificate to {out}: {exc}") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return out


__all__ = ["write_certificate", "CertificateError", "LABELS", "labels", "DEFAULT_ISSUER"]
