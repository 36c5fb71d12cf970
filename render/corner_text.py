"""What a viewport writes in its four corners, and where, so that no two texts ever overlap.

Pure Python (no VTK, no Qt): the scenes (``render.slice_view``, ``render.image_view``) measure
text with VTK's FreeType renderer and place one text actor per line where :func:`layout` says.

* :func:`mpr_corners` / :func:`image_corners` decide which lines go in which corner and how
  important each is (``Line.priority``: 0 is kept longest). Fixed words come from a table of
  templates (:data:`TEMPLATES`, English, ``%1``-style arguments) that the UI passes in already
  translated into the interface language.
* :func:`layout` places the orientation labels (edge centres) and the corner blocks inside a
  viewport of any size: top blocks grow down from the top, bottom blocks up from the bottom,
  none crosses the edge labels' band; a line gets its half of the width, or more when the line
  facing it across the viewport leaves room; a line still too wide is elided ("…"). The font
  shrinks (14, 12, 10 pt) while lines would be dropped or a most important one elided; at the
  smallest size the least important lines are dropped.

Geometry is in viewport pixels with the origin at the bottom left (VTK's display convention);
a box is ``(x0, y0, x1, y1)``.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass, field
from typing import Callable

import numpy as np

from workstation.model import dicom_date, person_name

CORNERS = ("bottom_left", "bottom_right", "top_left", "top_right")  # vtkCornerAnnotation order
EDGES = ("left", "right", "top", "bottom")
FONT_SIZES = (14, 12, 10)  # tried in turn when a block does not fit
LABEL_FONT_SIZE = 18
MARGIN = 4  # px between the viewport edge and any text
GAP = 6  # px kept free between two texts
ELLIPSIS = "…"

# Fixed words of the corner texts, English; the UI passes the same keys translated.
TEMPLATES: dict[str, str] = {
    "slice": "%1: %2 mm",  # axis letter, position
    "slab": "%1 slab %2 mm",  # MIP/MINIP/MEAN, thickness
    "window": "W %1  L %2",
    "zoom": "Zoom %1",
    "image": "Image %1/%2",
    "frame": "Frame %1/%2",
    "frame_of_image": "Frame %1/%2  (image %3/%4)",
    "voi_lut": "VOI LUT: %1",
    "voi_lut_default": "VOI LUT",
    "inverse": "(inverse)",
    "calibrated": "%1 x %2 mm/pixel",
    "detector": "%1 x %2 mm/pixel at detector",
    "magnification": "(not corrected for magnification)",
    "magnified": "\u00f7 %1 estimated magnification",
    "us_regions": "mm in %1 ultrasound region(s) in cm",
    "uncalibrated": "uncalibrated: measurements in pixels",
}

Measure = Callable[[str, int, bool], tuple[float, float]]  # text, font size, bold -> (w, h) px


def fill(template: str, *args) -> str:
    """Qt-style arguments: ``fill("Image %1/%2", 3, 9)`` -> "Image 3/9" (%10 before %1)."""
    out = template
    for i in sorted(range(len(args)), reverse=True):
        out = out.replace(f"%{i + 1}", str(args[i]))
    return out


@dataclass(frozen=True)
class Line:
    text: str
    priority: int = 0  # 0: kept longest; higher numbers are dropped first when room runs out


@dataclass(frozen=True)
class Placed:
    """A line (or edge label) as drawn: its possibly elided text and its ink box."""

    key: str  # corner name or edge name
    text: str
    box: tuple[float, float, float, float]
    align: str  # "left", "right" or "center": the x of ``anchor`` is that side of the box
    anchor: tuple[float, float]  # (x, y): y is the vertical centre of the box
    font_size: int
    bold: bool = False
    source: str = ""  # the full text before eliding
    priority: int = 0


@dataclass
class TextLayout:
    size: tuple[int, int]
    font_size: int
    labels: dict[str, Placed] = field(default_factory=dict)
    lines: dict[str, list[Placed]] = field(default_factory=dict)  # corner -> lines, reading order
    dropped: list[tuple[str, Line]] = field(default_factory=list)  # (corner, line) left out

    def boxes(self) -> list[tuple[str, tuple[float, float, float, float]]]:
        out = [(f"label:{k}", p.box) for k, p in self.labels.items()]
        out += [(f"{c}:{i}", p.box) for c, ps in self.lines.items() for i, p in enumerate(ps)]
        return out


def intersects(a, b) -> bool:
    """True when two boxes share interior area (touching edges do not count)."""
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _one_line(text: str) -> str:
    """Control characters (a line break, tab or NUL inside a DICOM value) drawn as spaces: one
    line stays one line of one height."""
    return "".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in str(text))


def as_lines(value) -> list[Line]:
    """A corner's content: a string (one line per ``\\n``, earlier lines more important), or a
    list of ``Line`` / strings."""
    if isinstance(value, str):
        return [Line(_one_line(t), i) for i, t in enumerate(value.split("\n"))] if value else []
    return [Line(_one_line(v.text), v.priority) if isinstance(v, Line) else Line(_one_line(v), i)
            for i, v in enumerate(value)]


def line_pitch(font_size: int) -> int:
    """Vertical room of one corner line (room for Thai/CJK/Vietnamese marks above and below)."""
    return int(math.ceil(font_size * 1.55))


def elide(text: str, max_width: float, width_of: Callable[[str], float]) -> str:
    """``text`` cut at the end with "…" so it is at most ``max_width`` px wide ("" if even "…"
    does not fit)."""
    if width_of(text) <= max_width:
        return text
    if width_of(ELLIPSIS) > max_width:
        return ""
    lo, hi = 0, len(text)  # longest prefix that fits with the ellipsis: binary search
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if width_of(text[:mid].rstrip() + ELLIPSIS) <= max_width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + ELLIPSIS


def _keep_by_priority(lines: list[Line], room: int) -> tuple[list[Line], list[Line]]:
    """The ``room`` most important lines in their original order, and the dropped ones."""
    if len(lines) <= room:
        return list(lines), []
    order = sorted(range(len(lines)), key=lambda i: (lines[i].priority, i))
    keep = sorted(order[:max(room, 0)])
    kept = [lines[i] for i in keep]
    return kept, [lines[i] for i in range(len(lines)) if i not in set(keep)]


def _label_boxes(width: float, height: float, labels: dict[str, str], measure: Measure,
                 size: int) -> dict[str, Placed]:
    out = {}
    for edge in EDGES:
        text = labels.get(edge, "")
        if not text:
            continue
        w, h = measure(text, size, True)
        if edge in ("top", "bottom"):
            yc = height - MARGIN - h / 2 if edge == "top" else MARGIN + h / 2
            box = (width / 2 - w / 2, yc - h / 2, width / 2 + w / 2, yc + h / 2)
            anchor, align = (width / 2, yc), "center"
        else:
            yc = height / 2
            if edge == "left":
                box, anchor, align = (MARGIN, yc - h / 2, MARGIN + w, yc + h / 2), (MARGIN, yc), "left"
            else:
                x1 = width - MARGIN
                box, anchor, align = (x1 - w, yc - h / 2, x1, yc + h / 2), (x1, yc), "right"
        out[edge] = Placed(edge, text, box, align, anchor, size, True, text)
    return out


def _band(corner: str, width: float, height: float, labels: dict[str, Placed],
          clear: bool = False) -> tuple[float, float]:
    """(low, high) y of the room a corner block may use: its half of the height, short of the
    label at the middle of its side; with ``clear``, also clear of the top/bottom label's row
    (a narrow viewport then gives its lines the whole width)."""
    side = labels.get("left" if corner.endswith("left") else "right")
    if corner.startswith("top"):
        low = side.box[3] + GAP if side else height / 2 + GAP / 2
        high = labels["top"].box[1] - GAP if clear and "top" in labels else height - MARGIN
        return low, high
    high = side.box[1] - GAP if side else height / 2 - GAP / 2
    low = labels["bottom"].box[3] + GAP if clear and "bottom" in labels else MARGIN
    return low, high


def _x_limits(corner: str, y0: float, y1: float, width: float, labels: dict[str, Placed]) -> tuple[float, float]:
    """(x0, x1) a line of ``corner`` spanning y0..y1 may use: its half of the width, short of any
    edge label at that height."""
    left = corner.endswith("left")
    lo, hi = (MARGIN, width / 2 - GAP / 2) if left else (width / 2 + GAP / 2, width - MARGIN)
    for edge, p in labels.items():
        b = p.box
        if b[1] - GAP < y1 and y0 < b[3] + GAP:  # the label is at this height
            if left and b[0] > MARGIN:
                hi = min(hi, b[0] - GAP)
            elif not left and b[2] < width - MARGIN:
                lo = max(lo, b[2] + GAP)
    return lo, hi


def layout(size: tuple[int, int], corners: dict, labels: dict[str, str], measure: Measure, *,
           font_sizes=FONT_SIZES, label_font_size: int = LABEL_FONT_SIZE) -> TextLayout:
    """Place the edge labels and the corner lines in a viewport of ``size`` (w, h) pixels.

    ``corners``: corner -> text or list of ``Line``; ``labels``: edge -> orientation label;
    ``measure(text, font_size, bold)`` -> ink (width, height) in pixels. Guarantees: every box
    inside the viewport, no two boxes intersecting (at least ``GAP`` apart across corners)."""
    width, height = float(size[0]), float(size[1])
    for key in corners:
        if key not in CORNERS:
            raise ValueError(f"unknown corner {key!r}; expected one of {sorted(CORNERS)}")
    content = {c: [ln for ln in as_lines(corners.get(c, "")) if ln.text.strip()] for c in CORNERS}
    placed_labels = _label_boxes(width, height, labels, measure, label_font_size)
    # Edge labels first: they are tiny and say which way the patient faces. One that does not
    # fit (a viewport smaller than any reader uses) is left out rather than drawn over another.
    for edge in list(placed_labels):
        b = placed_labels[edge].box
        others = [p.box for e, p in placed_labels.items() if e != edge]
        if b[0] < 0 or b[1] < 0 or b[2] > width or b[3] > height or any(intersects(b, o) for o in others):
            del placed_labels[edge]

    # The largest font at which nothing is dropped nor a most important line elided, the blocks
    # beside the top/bottom labels or (narrow viewports) clear of their row; else the least bad.
    best, best_score = None, None
    for fs in font_sizes:
        for clear in (False, True):
            result = _place(width, height, content, placed_labels, measure, fs, clear)
            placed = [p for ps in result.lines.values() for p in ps]
            score = (sum(p.text != p.source and p.priority == 0 for p in placed), len(result.dropped),
                     sum(p.text != p.source for p in placed))
            if score[:2] == (0, 0):
                return result
            if best_score is None or score < best_score:
                best, best_score = result, score
    return best


def _place(width, height, content, placed_labels, measure: Measure, fs: int, clear: bool) -> TextLayout:
    # One pitch for every line (facing lines share a row), tall enough for the tallest line
    # (Burmese stacks ~1.6 em of ink).
    tallest = max((measure(ln.text, fs, False)[1] for c in CORNERS for ln in content[c]), default=0.0)
    pitch = max(line_pitch(fs), int(math.ceil(tallest)) + 2)
    result = TextLayout((int(width), int(height)), fs, placed_labels)
    kept = {}
    for c in CORNERS:
        low, high = _band(c, width, height, placed_labels, clear)
        kept[c], dropped = _keep_by_priority(content[c], max(0, int((high - low) // pitch)))
        result.dropped += [(c, ln) for ln in dropped]
    for c in CORNERS:
        result.lines[c] = []
    for top in (True, False):
        left, right = ("top_left", "top_right") if top else ("bottom_left", "bottom_right")
        for side in (left, right):
            other = right if side == left else left
            low, high = _band(side, width, height, placed_labels, clear)
            lines = kept[side]
            for i, ln in enumerate(lines):
                slot = i if top else len(lines) - 1 - i  # slots counted away from the corner
                y1 = high - slot * pitch if top else low + (slot + 1) * pitch
                y0 = y1 - pitch
                x0, x1 = _x_limits(side, y0, y1, width, placed_labels)
                # The line facing it across the viewport (same slot) may leave it more room.
                o_lines = kept[other]
                o_i = slot if top else len(o_lines) - 1 - slot
                facing = o_lines[o_i] if 0 <= o_i < len(o_lines) else None
                o_need = measure(facing.text, fs, False)[0] if facing is not None else 0.0
                need = measure(ln.text, fs, False)[0]
                share = _split(need, ln.priority, o_need, facing.priority if facing else 99,
                               width - 2 * MARGIN - GAP)[0]
                share = max(share, x1 - x0) if o_need == 0 else share
                if side.endswith("left"):
                    x1 = min(MARGIN + share, _label_limit(side, y0, y1, width, placed_labels))
                else:
                    x0 = max(width - MARGIN - share, _label_limit(side, y0, y1, width, placed_labels))
                text = elide(ln.text, x1 - x0, lambda t: measure(t, fs, False)[0])
                if not text:
                    result.dropped.append((side, ln))
                    continue
                w, h = measure(text, fs, False)
                yc = (y0 + y1) / 2
                if side.endswith("left"):
                    box, anchor, align = (x0, yc - h / 2, x0 + w, yc + h / 2), (x0, yc), "left"
                else:
                    box, anchor, align = (x1 - w, yc - h / 2, x1, yc + h / 2), (x1, yc), "right"
                result.lines[side].append(Placed(side, text, box, align, anchor, fs, False, ln.text, ln.priority))
    return result


def _split(need_a: float, prio_a: int, need_b: float, prio_b: int, span: float) -> tuple[float, float]:
    """Widths for two lines facing each other across ``span`` pixels (symmetric: swapping the
    arguments swaps the result; the two never add up to more than ``span``). Each gets what it
    needs when both fit. Otherwise the more important line gets what it needs, leaving the other
    at least a quarter of the span (to show the start of it); between equals a short line keeps
    its width and the other gets the rest, two long ones get half each."""
    if need_a + need_b <= span:
        return need_a, need_b
    if prio_a != prio_b:
        if prio_a < prio_b:
            wa = min(need_a, span - min(need_b, span / 4))
            return wa, span - wa
        wb = min(need_b, span - min(need_a, span / 4))
        return span - wb, wb
    half = span / 2
    if need_a <= half:
        return need_a, span - need_a
    if need_b <= half:
        return span - need_b, need_b
    return half, half


def _label_limit(corner: str, y0: float, y1: float, width: float, labels: dict[str, Placed]) -> float:
    """How far a line of ``corner`` at y0..y1 may reach across the viewport: to the far margin,
    short of any edge label at that height."""
    left = corner.endswith("left")
    limit = width - MARGIN if left else MARGIN
    for p in labels.values():
        b = p.box
        if b[1] - GAP < y1 and y0 < b[3] + GAP:
            if left and b[0] > MARGIN:
                limit = min(limit, b[0] - GAP)
            elif not left and b[2] < width - MARGIN:
                limit = max(limit, b[2] + GAP)
    return limit


# --------------------------------------------------------------------------- what goes where
def _t(templates: dict | None, key: str) -> str:
    return (templates or {}).get(key) or TEMPLATES[key]


def mpr_corners(meta: dict, state, normal, templates: dict | None = None) -> dict[str, list[Line]]:
    """Corner lines of an MPR slice view: patient top left, study top right, series and slice
    bottom left, display settings bottom right."""
    m = meta
    normal = np.asarray(normal, dtype=float)
    axis = "LPS"[int(np.argmax(np.abs(normal)))]
    sex_birth = " ".join(x for x in (m.get("patient_sex", ""), dicom_date(m.get("patient_birth_date"))) if x)
    bottom_left = [Line(m.get("series_description", "") or "", 3),
                   Line(fill(_t(templates, "slice"), axis, f"{float(np.dot(state.position, normal)):.1f}"), 0)]
    if state.slab_mm:
        bottom_left.append(Line(fill(_t(templates, "slab"), state.slab_mode.upper(), f"{state.slab_mm:g}"), 0))
    return {
        "top_left": [Line(person_name(m.get("patient_name")), 0), Line(m.get("patient_id", "") or "", 1),
                     Line(sex_birth, 3)],
        "top_right": [Line(m.get("institution", "") or "", 4), Line(dicom_date(m.get("study_date")), 2),
                      Line(m.get("study_description", "") or "", 3)],
        "bottom_left": bottom_left,
        "bottom_right": [Line(fill(_t(templates, "window"), f"{state.window:.0f}", f"{state.level:.0f}"), 0),
                         Line(fill(_t(templates, "zoom"), f"{state.zoom:.2f}"), 2)],
    }


def image_corners(stack, shown, templates: dict | None = None) -> dict[str, list[Line]]:
    """Corner lines of the 2-D image viewer (``workstation.dicom.display`` stack and frame)."""
    h = shown.header
    m = h.meta
    image, frame = stack.items[stack.index]
    if h.frames > 1 and len(stack.records) > 1:
        where = fill(_t(templates, "frame_of_image"), frame + 1, h.frames, image + 1, len(stack.records))
    elif h.frames > 1:
        where = fill(_t(templates, "frame"), frame + 1, h.frames)
    else:
        where = fill(_t(templates, "image"), stack.index + 1, len(stack))
    if h.colour:
        display = h.photometric
    elif shown.window is None:
        label = next((p.label for p in h.presets if p.lut_index == stack.voi_lut), None)
        display = fill(_t(templates, "voi_lut"), label) if label else _t(templates, "voi_lut_default")
    else:
        display = fill(_t(templates, "window"), f"{shown.window[1]:.0f}", f"{shown.window[0]:.0f}")
    if h.inverted and not h.colour:
        display += f"  ({h.photometric.lower()})" if h.photometric == "MONOCHROME1" else "  " + _t(templates, "inverse")
    cal = h.calibration
    spatial = [r for r in getattr(h, "regions", []) if r.spatial]
    if spatial:  # ultrasound: each region its own scale (workstation.dicom.usregions)
        calibration = [Line(fill(_t(templates, "us_regions"), str(len(spatial))), 1)]
    elif cal.kind == "patient":
        calibration = [Line(fill(_t(templates, "calibrated"), f"{cal.col_mm:.3g}", f"{cal.row_mm:.3g}"), 1)]
    elif cal.kind == "detector":
        calibration = [Line(fill(_t(templates, "detector"), f"{cal.col_mm:.3g}", f"{cal.row_mm:.3g}"), 1),
                       Line(fill(_t(templates, "magnified"), f"{cal.magnification:.4g}") if cal.magnification
                            else _t(templates, "magnification"), 2)]
    else:
        calibration = [Line(_t(templates, "uncalibrated"), 1)]
    return {
        "top_left": [Line(person_name(m.get("patient_name")), 0), Line(m.get("patient_id", "") or "", 1)],
        "top_right": [Line(m.get("institution", "") or "", 4), Line(dicom_date(m.get("study_date")), 2),
                      Line(m.get("series_description", "") or "", 3)],
        "bottom_left": [Line(f"{h.modality} {where}".strip(), 0)] + calibration,
        "bottom_right": [Line(display, 0)] + ([Line(shown.note, 1)] if getattr(shown, "note", "") else []),
    }
