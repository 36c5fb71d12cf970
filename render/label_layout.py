"""Where text labels go in a viewport so that none is cut off at an edge and none covers another.

Pure geometry in viewport pixels (origin bottom-left, y up), no VTK: :class:`~render.annotations.
AnnotationLayer` measures its labels (annotation measurements, laser pointer and quiz names) and
the corner text blocks (``render.text.ViewportText``), asks :func:`place_labels` for the boxes
and moves its text actors there.

Each label wants a box at a preferred place beside its anchor (a measurement to the right of the
line's end, a pointer's name above-right of its dot). When that place is taken or leaves the
viewport, the label tries the other sides of its anchor, then further out; if nothing fits, it
goes to the free place nearest its preferred one inside the viewport (overlap as small as the
room allows). Labels are placed in order: earlier ones (the selected annotation, the quiz's
finding) keep their preferred place.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

Box = tuple[float, float, float, float]  # (x0, y0, x1, y1)

GAP_PX = 2.0  # labels keep this far apart and from the viewport's edges


@dataclass(frozen=True)
class LabelRequest:
    key: str
    anchor: tuple[float, float]  # the point the label belongs to
    size: tuple[float, float]  # (width, height) of its box
    preferred: tuple[float, float]  # lower-left corner of its preferred box


def intersects(a: Box, b: Box, gap: float = 0.0) -> bool:
    """True when the boxes share interior area, or come closer than ``gap``."""
    return a[0] < b[2] + gap and b[0] < a[2] + gap and a[1] < b[3] + gap and b[1] < a[3] + gap


def overlap_area(a: Box, b: Box) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0.0


def inside(box: Box, width: float, height: float, margin: float = 0.0) -> bool:
    return box[0] >= margin and box[1] >= margin and box[2] <= width - margin and box[3] <= height - margin


def clamp(box: Box, width: float, height: float, margin: float = GAP_PX) -> Box:
    """The box moved (not resized) into the viewport; a box wider/taller than it keeps its
    left/bottom edge at the margin, so the start of the text stays readable."""
    w, h = box[2] - box[0], box[3] - box[1]
    x0 = min(max(box[0], margin), width - margin - w)
    y0 = min(max(box[1], margin), height - margin - h)
    x0, y0 = max(x0, margin if w <= width else 0.0), max(y0, margin if h <= height else 0.0)
    return (x0, y0, x0 + w, y0 + h)


def _candidates(req: LabelRequest, gap: float):
    """Lower-left corners to try, the preferred one first, then the other sides of the anchor at
    growing distances."""
    w, h = req.size
    ax, ay = req.anchor
    px, py = req.preferred
    yield px, py
    dx = max(abs(px - ax), abs(px + w - ax), 4.0)  # how far the preferred box stands off the anchor
    for step in (1.0, 2.0, 3.5, 5.0):
        d = dx * step if step > 1 else dx
        off = 4.0 * step
        yield ax + off, ay - h / 2  # right
        yield ax - off - w, ay - h / 2  # left
        yield ax - w / 2, ay + off  # above
        yield ax - w / 2, ay - off - h  # below
        yield ax + off, ay + off  # above right
        yield ax - off - w, ay + off  # above left
        yield ax + off, ay - off - h  # below right
        yield ax - off - w, ay - off - h  # below left
        yield px, py + (h + gap) * step  # the preferred place, shifted up or down a line or more
        yield px, py - (h + gap) * step
        yield px - d, py
        yield px + d, py


def _sane(req: LabelRequest, width: float, height: float) -> LabelRequest:
    """The request with sizes >= 0 and an anchor and preferred place that are numbers (a point
    that projects to nowhere goes to the viewport's centre)."""
    def num(v, default):
        v = float(v)
        return v if math.isfinite(v) else default

    w, h = max(num(req.size[0], 0.0), 0.0), max(num(req.size[1], 0.0), 0.0)
    ax, ay = num(req.anchor[0], width / 2), num(req.anchor[1], height / 2)
    px, py = num(req.preferred[0], ax), num(req.preferred[1], ay)
    return replace(req, anchor=(ax, ay), size=(w, h), preferred=(px, py))


class _Taken:
    """The boxes placed so far, in a uniform grid: a candidate is compared only with the boxes of
    the cells it (widened by the gap) touches, so placing n labels costs ~n, not n^2, comparisons
    (200 measurements on one slice: 0.9 s per frame before). Same answers as comparing with all."""

    CELL = 64.0

    def __init__(self, gap: float):
        self.gap = gap
        self.cells: dict[tuple[int, int], list[int]] = {}
        self.boxes: list[Box] = []

    def _span(self, box: Box, pad: float) -> tuple[range, range]:
        c = self.CELL
        return (range(math.floor((box[0] - pad) / c), math.floor((box[2] + pad) / c) + 1),
                range(math.floor((box[1] - pad) / c), math.floor((box[3] + pad) / c) + 1))

    def add(self, box: Box) -> None:
        index = len(self.boxes)
        self.boxes.append(box)
        xs, ys = self._span(box, 0.0)
        if len(xs) * len(ys) > 4096:  # a huge box (an obstacle wider than the viewport): checked always
            self.cells.setdefault(None, []).append(index)
            return
        for cx in xs:
            for cy in ys:
                self.cells.setdefault((cx, cy), []).append(index)

    def near(self, box: Box):
        found = set(self.cells.get(None, ()))
        xs, ys = self._span(box, self.gap)
        if len(xs) * len(ys) > 4096:
            return self.boxes
        for cx in xs:
            for cy in ys:
                found.update(self.cells.get((cx, cy), ()))
        return [self.boxes[i] for i in sorted(found)]


def place_labels(requests: list[LabelRequest], width: float, height: float,
                 obstacles: list[Box] = (), gap: float = GAP_PX) -> dict[str, Box]:
    """Boxes for the labels in ``requests`` (placed in that order), inside the ``width`` x
    ``height`` viewport, apart from each other and from the ``obstacles`` (corner text) whenever
    the viewport has the room."""
    taken = _Taken(gap)
    for b in obstacles:
        if all(map(math.isfinite, map(float, b))):
            taken.add(tuple(map(float, b)))
    out: dict[str, Box] = {}
    for req in requests:
        req = _sane(req, width, height)
        w, h = req.size
        best, best_cost = None, None
        for i, (x, y) in enumerate(_candidates(req, gap)):
            box = clamp((x, y, x + w, y + h), width, height, gap)
            moved = abs(box[0] - x) + abs(box[1] - y)
            cost = sum(overlap_area(box, t) + (1.0 if intersects(box, t, gap) else 0.0) for t in taken.near(box))
            if cost == 0 and moved == 0:
                best = box
                break
            # overlapping is worse than any move; a clamped or later candidate is worse than an earlier one
            score = (cost, moved + i)
            if best_cost is None or score < best_cost:
                best, best_cost = box, score
        out[req.key] = best
        taken.add(best)
    return out
