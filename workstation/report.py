"""PDF report of one case of an MDT consult (reportlab).

The report is written at the hospital that asked for the consult, from its own replica of the
shared :class:`workstation.consult.ConsultState`: the agenda item (question, referring hospital,
the case's pseudonym -- the patient's real name only when the caller passes it, since only the
sending hospital can re-identify), who took part (hospital, country, time present), the
conclusion (with its language and author), the measurements, the key images with their
captions and, optionally, an excerpt of the chat.

Text in any script of the region: every run of characters is set in the first font of a chain
that has glyphs for it (Noto Sans for Latin/Vietnamese, Noto Sans Thai / Lao / Khmer, then a CJK
font with TrueType outlines -- reportlab cannot embed the CFF-based Noto Sans CJK, so WenQuanYi
Micro Hei or AR PL UMing is used). Fonts are found with fontconfig (``fc-match`` / ``fc-list``).
Vietnamese is NFC-normalised first so precomposed glyphs are used. Paragraphs with Khmer text are
shaped with HarfBuzz when ``uharfbuzz`` is installed (stacked subscript consonants); shaped text
cannot be searched or copied from the PDF, so other scripts are set unshaped (Thai and Lao tone
marks then keep the font's default positions: readable, and searchable).

The PDF is written to a temporary file next to ``out_pdf`` and renamed when complete: an error
(unknown case, unreadable key image...) leaves no file behind.
"""

from __future__ import annotations

import datetime as _dt
import io
import os
import shutil
import subprocess
import threading
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from .annotations import GeometryError, Measurement, kind_of, measure
from .report_text import REPORT_TEXT, language_endonym, report_text

LANGUAGES = {"en": "English", "vi": "Vietnamese", "zh": "Chinese", "th": "Thai", "lo": "Lao", "km": "Khmer",
             "fr": "French", "my": "Burmese", "ms": "Malay", "id": "Indonesian"}

# (fontconfig language, script) in fallback order; the first is the body font.
_FONT_LANGS = (("vi", "latin"), ("th", "thai"), ("lo", "lao"), ("km", "khmer"), ("my", "myanmar"),
               ("zh-cn", "cjk"))
_CJK_PREFERRED = ("wqy-microhei", "wqy-zenhei", "uming", "ukai", "droidsansfallback")


class ReportError(ValueError):
    """The report cannot be written (the message names the case / image and the reason)."""


# -- fonts ----------------------------------------------------------------------------------------

class _Font:
    def __init__(self, name: str, path: str, ttfont) -> None:
        self.name, self.path = name, path
        self.cmap = ttfont.face.charToGlyph

    def has(self, ch: str) -> bool:
        return ord(ch) in self.cmap


_fonts_lock = threading.RLock()
_fonts: dict[bool, list[_Font]] = {}


def _fc(*args: str) -> list[str]:
    exe = shutil.which(args[0])
    if exe is None:
        return []
    try:
        out = subprocess.run([exe, *args[1:]], capture_output=True, text=True, timeout=20, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    return [line.strip() for line in out.splitlines() if line.strip()]


def _load(path: str, name: str):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont, TTFError

    try:
        font = TTFont(name, path, subfontIndex=0)
    except (TTFError, OSError, ValueError, KeyError, IndexError):
        return None  # e.g. CFF (PostScript) outlines, which reportlab cannot embed
    pdfmetrics.registerFont(font)
    return font


def _candidates(lang: str, script: str, bold: bool) -> list[str]:
    style = ":bold" if bold else ""
    files = []
    noto = f"Noto Sans {script.title()}" if script in ("thai", "lao", "khmer", "myanmar") \
        else "Noto Sans"
    for family in (noto, "sans"):  # Noto first: fontconfig may prefer DejaVu for some scripts
        files += _fc("fc-match", "-f", "%{file}\n", f"{family}{style}:lang={lang}")
    if script == "cjk":  # fc-match usually names the CFF Noto CJK: also try every font of the language
        listed = _fc("fc-list", f":lang={lang}{style}", "file")
        listed = [f.rstrip(":").strip() for f in listed]
        listed.sort(key=lambda f: next((i for i, k in enumerate(_CJK_PREFERRED) if k in f.lower()),
                                       len(_CJK_PREFERRED)))
        files += listed
    return [f for f in files if f.lower().endswith((".ttf", ".ttc", ".otf"))]


def report_fonts(bold: bool = False) -> list[str]:
    """Names of the registered fonts of the fallback chain (body font first). Raises
    :class:`ReportError` when no usable TrueType font is installed."""
    return [f.name for f in _chain(bold)]


def _chain(bold: bool) -> list[_Font]:
    with _fonts_lock:
        if bold in _fonts:
            return _fonts[bold]
        chain: list[_Font] = []
        seen: set[str] = set()
        for lang, script in _FONT_LANGS:
            for path in _candidates(lang, script, bold):
                if path in seen:
                    continue
                name = f"SB-{script}{'-bold' if bold else ''}"
                tt = _load(path, name)
                if tt is None:
                    continue
                font = _Font(name, path, tt)
                if script != "latin" and not any(font.has(ch) for ch in _SAMPLES[script]):
                    continue  # fontconfig fell back to a font without this script
                seen.add(path)
                chain.append(font)
                break
        if bold:  # scripts without a bold face (e.g. WenQuanYi) stay in the regular one
            regular = _chain(False)
            scripts = {f.name.split("-")[1] for f in chain}
            chain += [f for f in regular if f.name.split("-")[1] not in scripts]
        if not chain:
            raise ReportError("no TrueType font found for the report (install fonts-noto-core and "
                              "fonts-wqy-microhei)")
        _fonts[bold] = chain
        return chain


try:  # optional: HarfBuzz shaping in reportlab
    import uharfbuzz  # noqa: F401

    _SHAPING = True
except ImportError:
    _SHAPING = False

_SAMPLES = {"latin": "A", "thai": "ก", "lao": "ກ", "khmer": "ក", "myanmar": "က", "cjk": "肝"}


def rich(text: str, bold: bool = False) -> str:
    """reportlab paragraph markup for ``text`` in any script: runs of characters in the first
    font of the chain that has them; XML-escaped; newlines become line breaks."""
    chain = _chain(bold)
    text = unicodedata.normalize("NFC", str(text))
    out: list[str] = []
    cur: _Font | None = None
    run: list[str] = []

    def flush():
        if run:
            body = escape("".join(run)).replace("\n", "<br/>")
            out.append(f'<font face="{cur.name}">{body}</font>')
            run.clear()

    for ch in text:
        if ch == "\n" or (cur is not None and cur.has(ch)):
            run.append(ch)
            continue
        font = next((f for f in chain if f.has(ch)), chain[0])
        if font is not cur:
            flush()
            cur = font
        run.append(ch)
    flush()
    return "".join(out)


# -- formatting -----------------------------------------------------------------------------------

def _tz(tz):
    return tz if tz is not None else _dt.datetime.now().astimezone().tzinfo


def format_time(t: float | None, tz=None, with_date: bool = True, zone: bool = True) -> str:
    if t is None:
        return "—"
    d = _dt.datetime.fromtimestamp(float(t), _tz(tz))
    off = d.utcoffset() or _dt.timedelta(0)
    minutes = int(off.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    name = f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    text = d.strftime("%Y-%m-%d %H:%M" if with_date else "%H:%M")
    return f"{text} ({name})" if zone else text


def _settings_language() -> str:
    """The interface language of this workstation's settings (English if they cannot be read)."""
    try:
        from .settings import Settings

        return Settings.load().language
    except Exception:  # noqa: BLE001 - a report is still written, in English
        return "en"


def language_name(code: str) -> str:
    if not code:
        return "an unspecified language"
    return LANGUAGES.get(code.split("-")[0].lower(), code)


def measurement_value(m: Measurement) -> tuple[str, str]:
    """(value, units) as printed in the measurements table."""
    if m.length_mm is not None:
        return f"{m.length_mm:.1f}", "mm"
    if m.angle_deg is not None:
        return f"{m.angle_deg:.1f}", "°"
    if m.area_mm2 is not None:
        parts = [f"area {m.area_mm2:.1f} mm²"]
        if m.mean is not None:
            parts.append(f"mean {m.mean:.1f} ± {m.sd:.1f}")
            parts.append(f"min {m.minimum:.1f}, max {m.maximum:.1f}")
        if m.n_voxels is not None:
            parts.append(f"n = {m.n_voxels}")
        return "; ".join(parts), m.units or "mm²"
    return m.text, ""


# -- the report -----------------------------------------------------------------------------------

def write_case_report(state, case_id: str, out_pdf: str | os.PathLike,
                      key_images: Sequence[tuple[bytes, str]] = (),
                      measurements: Sequence[Measurement] | None = None,
                      hospital_name: str = "Silkbridge teleconsultation network", *,
                      patient_name: str | None = None, include_chat: bool = False, chat_limit: int = 40,
                      tz: _dt.tzinfo | None = None, generated: float | None = None,
                      language: str | None = None) -> Path:
    """Write the consult report of ``case_id`` to ``out_pdf``; returns its path.

    ``language``: the language of the report's own texts (headings, labels, footer;
    :mod:`workstation.report_text`), by default the interface language of the settings; what
    people wrote (conclusion, captions, chat) is printed as written.

    ``key_images``: (PNG/JPEG bytes, caption) pairs, e.g. from the render layer's key images with
    the annotations burned in. ``measurements``: from :func:`workstation.annotations.measure` (with
    the volume, for ROI statistics); by default the case's visible annotations are measured
    without the volume (lengths, angles, areas). ``patient_name``: the re-identified name, only at
    the sending hospital. ``tz``: time zone of the printed times (default: this computer's).
    Raises :class:`ReportError` (no file written) for an unknown case or an unreadable image.
    """
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import (Image, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)

    out = Path(out_pdf)
    cases = getattr(state, "cases", None)
    if not isinstance(cases, dict):
        raise ReportError(f"cannot write the report of {case_id!r}: {type(state).__name__} is not a consult state")
    case = cases.get(case_id)
    if case is None:
        known = ", ".join(sorted(cases)) or "none"
        raise ReportError(f"cannot write the report of case {case_id!r}: the consult has no such case "
                          f"(cases: {known})")

    # Check the images before anything is written.
    images = []
    for i, item in enumerate(key_images, 1):
        try:
            data, caption = item
        except (TypeError, ValueError):
            raise ReportError(f"key image {i}: expected (image bytes, caption), got {type(item).__name__}") from None
        if not isinstance(data, (bytes, bytearray)) or not isinstance(caption, str):
            raise ReportError(f"key image {i}: expected (image bytes, caption), got "
                              f"({type(data).__name__}, {type(caption).__name__})")
        try:
            reader = ImageReader(io.BytesIO(bytes(data)))
            w, h = reader.getSize()
        except Exception as exc:  # PIL raises several types for a damaged file
            raise ReportError(f"key image {i} ({caption!r}) of case {case_id} is not a readable image: "
                              f"{exc}") from None
        if w <= 0 or h <= 0:
            raise ReportError(f"key image {i} ({caption!r}) of case {case_id} is empty")
        images.append((bytes(data), caption, w, h))

    if measurements is None:
        measurements = []
        for ann in case.annotations:
            try:
                if not kind_of(ann).measures:
                    continue
                measurements.append(measure(ann))
            except GeometryError:
                continue

    body_font, bold_font = report_fonts(False)[0], report_fonts(True)[0]
    base = ParagraphStyle("sb-body", fontName=body_font, fontSize=9.5, leading=12.5)
    small = ParagraphStyle("sb-small", parent=base, fontSize=8.5, leading=11)
    cell = ParagraphStyle("sb-cell", parent=base, fontSize=8.5, leading=10.5)
    h1 = ParagraphStyle("sb-h1", parent=base, fontName=bold_font, fontSize=16, leading=20, spaceAfter=2)
    h2 = ParagraphStyle("sb-h2", parent=base, fontName=bold_font, fontSize=12, leading=15, spaceBefore=10,
                        spaceAfter=4, textColor=colors.HexColor("#1d4e89"))
    label = ParagraphStyle("sb-label", parent=cell, fontName=bold_font)

    def P(text, style=base, bold=False):
        if _SHAPING and any("\u1780" <= ch <= "\u17ff" for ch in str(text)):
            # Khmer needs shaping (stacked subscript consonants); shaped text is not searchable in
            # the PDF, so only such paragraphs are shaped.
            style = ParagraphStyle(style.name + "-shaped", parent=style, shaping=1)
        return Paragraph(rich(text, bold=bold), style)

    def kv_table(rows):
        t = Table([[P(k, label, bold=True), P(v, cell)] for k, v in rows], colWidths=[42 * mm, 132 * mm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                               ("TOPPADDING", (0, 0), (-1, -1), 2)]))
        return t

    def grid(header, rows, widths):
        data = [[P(h, label, bold=True) for h in header]] + [[P(c, cell) for c in r] for r in rows]
        t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa5b1")),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return t

    meta = state.meta
    T = report_text(language if language is not None else _settings_language())
    story = [P(hospital_name, h1, bold=True), P(T["subtitle"], base)]
    story.append(Spacer(1, 4 * mm))

    ended_at = getattr(state, "ended_at", None)
    coordinator = meta.coordinator if meta is not None else ""
    story.append(kv_table([
        (T["consult"], meta.title if meta is not None else T["untitled"]),
        (T["scheduled"], format_time(meta.scheduled if meta is not None else None, tz)),
        (T["ended"], format_time(ended_at, tz) if ended_at is not None else T["not_ended"]),
        (T["coordinator"], state.display_name(coordinator) if coordinator else "—"),
        (T["consult_id"], getattr(state, "room", "") or "—"),
    ]))

    # -- the case
    story.append(P(T["case"].format(title=case.title or case.case_id), h2, bold=True))
    rows = [(T["question"], case.question or "—"), (T["referring"], case.referring_hospital or "—"),
            (T["pseudonym"], case.pseudonym or "—")]
    if patient_name:
        rows.append((T["patient"], patient_name))
    if case.modality or case.description:
        rows.append((T["study"], " — ".join(x for x in (case.modality, case.description) if x)))
    for s in case.series:
        rows.append((T["series"], T["series_row"].format(name=s.description or s.modality or T["series_word"],
                                                         n=s.n_images, uid=s.series_uid)))
    if case.shared_by:
        rows.append((T["shared_by"], f"{state.display_name(case.shared_by)}, {format_time(case.shared_at, tz)}"))
    story.append(kv_table(rows))

    # -- participants and attendance
    story.append(P(T["participants"], h2, bold=True))
    now = ended_at if ended_at is not None else getattr(state, "last_time", None)
    prows = []
    attendees = sorted(state.attendance.values(), key=lambda a: (a.first_join or 0.0, a.user))
    for a in attendees:
        left = T["present"] if a.present else format_time(a.left, tz, with_date=False, zone=False)
        prows.append([a.name or a.user, a.hospital or "—", a.country or "—", a.role or "—",
                      format_time(a.first_join, tz, with_date=False, zone=False), left,
                      f"{a.seconds_present(now) / 60:.0f}"])
    if meta is not None:
        for p in meta.participants:
            if p.user not in state.attendance:
                prows.append([p.name or p.user, p.hospital or "—", "—", "—", T["absent"], "—", "0"])
    if prows:
        zone = format_time(now if now is not None else 0.0, tz, with_date=False).split(" ", 1)[1]
        story.append(grid([T[k] for k in ("name", "hospital", "country", "role", "joined", "left", "minutes")],
                          prows, [38, 34, 18, 24, 20, 20, 20]))
        story.append(P(T["times"].format(zone=zone.strip("()")), small))
    else:
        story.append(P(T["no_attendance"], small))

    # -- conclusion
    story.append(P(T["conclusion"], h2, bold=True))
    c = case.conclusion
    if c is None:
        story.append(P(T["no_conclusion"], base))
    else:
        story.append(kv_table([(T["findings"], c.findings or "—"), (T["diagnosis"], c.diagnosis or "—"),
                               (T["recommendation"], c.recommendation or "—"), (T["follow_up"], c.follow_up or "—"),
                               (T["responsible"], c.responsible_clinician or "—")]))
        story.append(Spacer(1, 2 * mm))
        if T is REPORT_TEXT["en"]:
            written_in = language_name(c.language)
        else:
            written_in = language_endonym(c.language) or c.language or T["unspecified"]
        story.append(P(T["written"].format(language=written_in, author=c.author_name or c.author,
                                           version=c.version, time=format_time(c.time, tz)), small))

    # -- measurements
    story.append(P(T["measurements"], h2, bold=True))
    mrows = []
    for m in measurements:
        value, units = measurement_value(m)
        if not value:
            continue
        ann = case.annotations.get(m.annotation_id)
        author = (ann.owner_name or ann.owner) if ann is not None else "—"
        kind = m.kind + (f" — {m.text}" if m.text else "")
        mrows.append([kind, value, units, author])
    if mrows:
        story.append(grid([T["measurement"], T["value"], T["units"], T["author"]], mrows, [44, 76, 16, 38]))
    else:
        story.append(P(T["no_measurements"], small))

    # -- key images
    if images:
        max_w, max_h = 170 * mm, 105 * mm
        for i, (data, caption, w, h) in enumerate(images, 1):
            scale = min(max_w / w, max_h / h)
            img = Image(io.BytesIO(data), width=w * scale, height=h * scale)
            head = [P(T["key_images"], h2, bold=True)] if i == 1 else []  # the heading stays with figure 1
            story.append(KeepTogether([*head, img, Spacer(1, 1.5 * mm), P(T["figure"].format(i=i, caption=caption), small),
                                       Spacer(1, 4 * mm)]))

    # -- chat
    if include_chat and state.chat:
        story.append(P(T["discussion"], h2, bold=True))
        msgs = state.chat[-chat_limit:] if chat_limit > 0 else []
        if len(state.chat) > len(msgs):
            story.append(P(T["last"].format(n=len(msgs), total=len(state.chat)), small))
        for m in msgs:
            story.append(P(f"{format_time(m.time, tz, with_date=False)}  {m.sender_name}: {m.text}", small))

    gen = format_time(generated if generated is not None else _dt.datetime.now().timestamp(), tz)
    foot = ParagraphStyle("foot", fontName=body_font, fontSize=7.5, leading=9,
                          textColor=colors.HexColor("#555555"))
    foot_right = ParagraphStyle("foot-right", parent=foot, alignment=TA_RIGHT)

    def footer(canvas, doc):  # paragraphs: each script in its font, as in the body
        canvas.saveState()
        for text, style in ((T["footer"].format(time=gen), foot), (T["page"].format(n=doc.page), foot_right)):
            para = P(text, style)
            _w, h = para.wrap(A4[0] - 36 * mm, 20 * mm)
            para.drawOn(canvas, 18 * mm, 12 * mm - h)
        canvas.restoreState()

    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        doc = SimpleDocTemplate(str(tmp), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                                bottomMargin=18 * mm, title=T["doc_title"].format(title=case.title or case.case_id),
                                author=hospital_name, subject=case.pseudonym or case.case_id)
        doc.build(story, onFirstPage=footer, onLaterPages=footer)
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return out
