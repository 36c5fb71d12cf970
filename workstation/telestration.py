"""Telestration: the surgeon (and a granted mentor) draws over the live video picture.

Drawings are VECTOR events carried by the hub's ordered room events -- never burned into the
video pixels. Every viewer feeds the room's events in hub order to its own
:class:`TelestrationState` (a pure reducer: no I/O, no clock; every fading time is the
hub-stamped ``event.time``) and draws :meth:`TelestrationState.strokes_at` over its picture;
the recording composites them into the MP4 frames with :func:`composite`.

Coordinates are NORMALISED to the video picture: ``x`` in 0..1 to the right, ``y`` in 0..1
down, so a drawing stays at the same place on every rung of the adaptive bitrate ladder.
``width`` is a fraction of the picture HEIGHT (0.006 = 4.3 px at 720 lines) for the same reason.

Event kinds and bodies (``t`` is the drawer's pointer clock in seconds, kept for replay; the
fading uses the hub time of the events):

* ``stroke.begin {stroke_id, colour, width, x, y, t}`` -- ``colour`` is ``"#rrggbb"``;
* ``stroke.points {stroke_id, points: [[x, y, t], ...]}`` -- batched by :class:`StrokeRecorder`
  (at most 10 events/s, at most :data:`MAX_POINTS_PER_EVENT` points each);
* ``stroke.end {stroke_id, t, points?, replace_last?}`` -- the optional ``points`` carry the
  last pointer positions so that lifting the pen never costs an extra event;
* ``replace_last`` (optional, on points and end): the stroke's last point was the provisional
  pen tip of the previous batch and is replaced by ``points`` -- so a straight line drawn over
  several batches still travels as 2 points (the simplification spans batches);
* ``strokes.clear {t}`` -- removes every stroke (surgeon, or a granted mentor);
* ``telestration.grant {user}`` / ``telestration.revoke {user}`` -- from the surgeon only.

Who may draw: the broadcaster (enrolment role ``"surgeon"``, read from the hub-stamped
``sender_role``) and users the surgeon granted ``mentor``. A stroke belongs to its sender
(strokes are keyed by ``(sender, stroke_id)``); nobody else can extend or end it.

A stroke is fully visible while drawn and for ``fade_after_s`` (default 4 s) after its last
activity (hub time of its last event), then fades linearly to nothing over ``fade_s`` (1 s).
A refused event never changes the state and never raises: :meth:`TelestrationState.apply`
returns the reason (also kept in ``last_reason``).
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import cv2
import msgspec
import numpy as np

from .policy import BROADCASTER_ROLE

SURGEON_ROLE = BROADCASTER_ROLE
KINDS = ("stroke.begin", "stroke.points", "stroke.end", "strokes.clear", "telestration.grant",
         "telestration.revoke")
FADE_AFTER_S = 4.0
FADE_S = 1.0
MAX_POINTS_PER_EVENT = 500
MAX_POINTS_PER_STROKE = 20_000
MAX_STROKES = 500
MAX_WIDTH = 0.1
DEFAULT_WIDTH = 0.006
DEFAULT_TOLERANCE = 0.002  # simplification tolerance, in normalised picture units (~1.4 px at 720p)
BATCH_INTERVAL_S = 0.1  # at most 10 points events per second, at least one every 100 ms while drawing

_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


# -- event bodies (msgspec validates the types; ranges are checked by the reducer) --------------

class StrokeBegin(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    stroke_id: str
    colour: str
    width: float
    x: float
    y: float
    t: float


class StrokePoints(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    stroke_id: str
    points: list[tuple[float, float, float]]
    replace_last: bool = False


class StrokeEnd(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    stroke_id: str
    t: float
    points: list[tuple[float, float, float]] = []
    replace_last: bool = False


class StrokesClear(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    t: float


class Grant(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    user: str


_BODIES = {"stroke.begin": StrokeBegin, "stroke.points": StrokePoints, "stroke.end": StrokeEnd,
           "strokes.clear": StrokesClear, "telestration.grant": Grant, "telestration.revoke": Grant}


@dataclass
class Event:
    """A room event as plain data (for tests and callers holding dicts)."""

    sender: str
    kind: str
    body: dict = field(default_factory=dict)
    time: float = 0.0
    sender_role: str = ""
    seq: int = 0


@dataclass
class Stroke:
    sender: str
    stroke_id: str
    colour: str
    width: float
    points: list[tuple[float, float, float]]  # (x, y, t) normalised picture coordinates
    begun_at: float  # hub time
    last_at: float  # hub time of the last event on this stroke
    ended: bool = False


class _Refused(Exception):
    pass


def _check_xy(x: float, y: float, t: float, what: str) -> None:
    for name, v in (("x", x), ("y", y), ("t", t)):
        if not math.isfinite(v):
            raise _Refused(f"{what}: {name} is not a finite number")
    if not (0.0 <= x <= 1.0 and 0.0 <= y <= 1.0):
        raise _Refused(f"{what}: point ({x:g}, {y:g}) lies outside the picture (0..1)")


def hex_to_rgb(colour: str) -> tuple[int, int, int]:
    """``"#rrggbb"`` -> ``(r, g, b)``."""
    if not isinstance(colour, str) or not _COLOUR.match(colour):
        raise ValueError(f"colour {colour!r} is not of the form #rrggbb")
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


class TelestrationState:
    """The drawings over one broadcast: a pure reducer over the hub-ordered room events."""

    def __init__(self, fade_after_s: float = FADE_AFTER_S, fade_s: float = FADE_S) -> None:
        self.fade_after_s = float(fade_after_s)
        self.fade_s = float(fade_s)
        self.strokes: dict[tuple[str, str], Stroke] = {}
        self.mentors: set[str] = set()
        self.last_seq = 0
        self.last_time = 0.0
        self.last_reason: str | None = None

    # -- the reducer ----------------------------------------------------------------------------
    def apply(self, event: Any) -> str | None:
        """Apply one event; returns ``None`` when accepted, else the reason it was refused.

        Never raises on bad input. Events of other kinds are ignored (returns None, changes nothing).
        A repeated ``seq`` (> 0 and <= the last one seen) is a duplicate and ignored.
        """
        try:
            reason = self._apply(event)
        except _Refused as exc:
            reason = str(exc)
        except Exception as exc:  # noqa: BLE001 -- a malformed event must never break a viewer
            reason = f"malformed event: {type(exc).__name__}: {exc}"
        self.last_reason = reason
        return reason

    def apply_all(self, events: Iterable[Any]) -> list[str | None]:
        return [self.apply(e) for e in events]

    def _apply(self, ev: Any) -> str | None:
        kind = getattr(ev, "kind", None)
        if kind not in _BODIES:
            return None if isinstance(kind, str) else "malformed event: no kind"
        sender = getattr(ev, "sender", None)
        if not isinstance(sender, str) or not sender:
            return f"{kind}: the event has no sender"
        t = getattr(ev, "time", None)
        if isinstance(t, bool) or not isinstance(t, (int, float)) or not math.isfinite(t):
            return f"{kind}: the event has no hub time"
        seq = getattr(ev, "seq", 0)
        if isinstance(seq, int) and seq > 0:
            if seq <= self.last_seq:
                return f"{kind}: duplicate event (seq {seq} already applied)"
        body = getattr(ev, "body", None)
        if not isinstance(body, dict):
            return f"{kind}: the body is not a mapping but {type(body).__name__}"
        try:
            msg = msgspec.convert(body, _BODIES[kind])
        except msgspec.ValidationError as exc:
            return f"{kind}: {exc}"
        role = getattr(ev, "sender_role", "")
        is_surgeon = role == SURGEON_ROLE
        if kind in ("telestration.grant", "telestration.revoke"):
            if not is_surgeon:
                return f"{kind}: only the surgeon may grant or revoke drawing, not {sender} ({role or 'no role'})"
            if not msg.user:
                return f"{kind}: no user"
        elif not (is_surgeon or sender in self.mentors):
            return f"{kind}: {sender} ({role or 'no role'}) may not draw: only the surgeon or a granted mentor"
        handler = getattr(self, "_" + kind.replace(".", "_"))
        handler(sender, float(t), msg)  # checks everything first, then changes
        if isinstance(seq, int) and seq > 0:
            self.last_seq = seq
        self.last_time = max(self.last_time, float(t))
        self._prune(float(t))
        return None

    def _stroke_begin(self, sender: str, t: float, m: StrokeBegin) -> None:
        if not m.stroke_id:
            raise _Refused("stroke.begin: no stroke_id")
        if (sender, m.stroke_id) in self.strokes:
            raise _Refused(f"stroke.begin: stroke {m.stroke_id!r} of {sender} already exists")
        if not _COLOUR.match(m.colour):
            raise _Refused(f"stroke.begin: colour {m.colour!r} is not of the form #rrggbb")
        if not (math.isfinite(m.width) and 0.0 < m.width <= MAX_WIDTH):
            raise _Refused(f"stroke.begin: width {m.width!r} is not in (0, {MAX_WIDTH}] of the picture height")
        _check_xy(m.x, m.y, m.t, "stroke.begin")
        if len(self.strokes) >= MAX_STROKES:
            raise _Refused(f"stroke.begin: too many strokes on the picture ({MAX_STROKES}); clear first")
        self.strokes[(sender, m.stroke_id)] = Stroke(sender, m.stroke_id, m.colour.lower(), float(m.width),
                                                     [(m.x, m.y, m.t)], t, t)

    def _open_stroke(self, sender: str, stroke_id: str, what: str) -> Stroke:
        s = self.strokes.get((sender, stroke_id))
        if s is None:
            raise _Refused(f"{what}: {sender} has no stroke {stroke_id!r} (never begun, cleared or faded)")
        if s.ended:
            raise _Refused(f"{what}: stroke {stroke_id!r} has ended")
        return s

    def _check_points(self, s: Stroke, points: Sequence[tuple[float, float, float]], what: str) -> None:
        if len(points) > MAX_POINTS_PER_EVENT:
            raise _Refused(f"{what}: {len(points)} points in one event (at most {MAX_POINTS_PER_EVENT})")
        if len(s.points) + len(points) > MAX_POINTS_PER_STROKE:
            raise _Refused(f"{what}: the stroke would exceed {MAX_POINTS_PER_STROKE} points")
        for i, (x, y, pt) in enumerate(points):
            _check_xy(x, y, pt, f"{what} point {i}")

    @staticmethod
    def _extend(s: Stroke, m: StrokePoints | StrokeEnd, what: str) -> None:
        if m.replace_last:
            if len(s.points) < 2:
                raise _Refused(f"{what}: replace_last but the stroke has no point after its start")
            if not m.points:
                raise _Refused(f"{what}: replace_last without points")
            s.points.pop()
        s.points.extend(tuple(p) for p in m.points)

    def _stroke_points(self, sender: str, t: float, m: StrokePoints) -> None:
        s = self._open_stroke(sender, m.stroke_id, "stroke.points")
        if not m.points:
            raise _Refused("stroke.points: no points")
        self._check_points(s, m.points, "stroke.points")
        self._extend(s, m, "stroke.points")
        s.last_at = t

    def _stroke_end(self, sender: str, t: float, m: StrokeEnd) -> None:
        s = self._open_stroke(sender, m.stroke_id, "stroke.end")
        if not math.isfinite(m.t):
            raise _Refused("stroke.end: t is not a finite number")
        self._check_points(s, m.points, "stroke.end")
        self._extend(s, m, "stroke.end")
        s.ended = True
        s.last_at = t

    def _strokes_clear(self, sender: str, t: float, m: StrokesClear) -> None:
        if not math.isfinite(m.t):
            raise _Refused("strokes.clear: t is not a finite number")
        self.strokes.clear()

    def _telestration_grant(self, sender: str, t: float, m: Grant) -> None:
        self.mentors.add(m.user)

    def _telestration_revoke(self, sender: str, t: float, m: Grant) -> None:
        if m.user not in self.mentors:
            raise _Refused(f"telestration.revoke: {m.user} was not granted drawing")
        self.mentors.discard(m.user)
        # A stroke the mentor is still drawing is closed (they may not extend it any more).
        for s in self.strokes.values():
            if s.sender == m.user and not s.ended:
                s.ended = True
                s.last_at = t

    def _prune(self, now: float) -> None:
        """Forget strokes fully faded at hub time ``now`` (deterministic: hub times only)."""
        gone = [k for k, s in self.strokes.items() if self._alpha(s, now) <= 0.0 and s.ended]
        for k in gone:
            del self.strokes[k]

    # -- reading --------------------------------------------------------------------------------
    def _alpha(self, s: Stroke, t: float) -> float:
        if t < s.begun_at:
            return 0.0
        if not s.ended:
            return 1.0
        fade_start = s.last_at + self.fade_after_s
        if t <= fade_start:
            return 1.0
        if t >= fade_start + self.fade_s:
            return 0.0
        return max(0.0, min(1.0, 1.0 - (t - fade_start) / self.fade_s))

    def strokes_at(self, t: float) -> list[tuple[np.ndarray, tuple[int, int, int], float, float]]:
        """The strokes to draw at hub time ``t``: ``(points (N, 2) normalised x/y, (r, g, b),
        width (fraction of the picture height), alpha 0..1)``, in drawing order."""
        out = []
        # safe beside apply() in another thread (a recorder's overlay): sorted() copies the values
        # in one step under the GIL, and a stroke's point list only grows or has its tip replaced
        for s in sorted(self.strokes.values(), key=lambda s: (s.begun_at, s.sender, s.stroke_id)):
            a = self._alpha(s, t)
            if a > 0.0:
                pts = np.asarray([(p[0], p[1]) for p in s.points], dtype=float)
                out.append((pts, hex_to_rgb(s.colour), s.width, a))
        return out

    def snapshot(self) -> dict:
        return {"mentors": sorted(self.mentors), "last_seq": self.last_seq, "last_time": self.last_time,
                "strokes": [{"sender": s.sender, "stroke_id": s.stroke_id, "colour": s.colour, "width": s.width,
                             "points": [list(p) for p in s.points], "begun_at": s.begun_at,
                             "last_at": s.last_at, "ended": s.ended}
                            for s in sorted(self.strokes.values(), key=lambda s: (s.sender, s.stroke_id))]}

    def digest(self) -> str:
        """SHA-256 of the canonical content: equal on every replica fed the same events."""
        return hashlib.sha256(msgspec.json.encode(self.snapshot(), order="sorted")).hexdigest()


# -- the drawer's side ----------------------------------------------------------------------------

def simplify_indices(points: np.ndarray, tolerance: float) -> np.ndarray:
    """Indices of the points kept by Ramer-Douglas-Peucker (``cv2.approxPolyDP``, open curve);
    the first and the last point are always kept."""
    pts = np.asarray(points, dtype=float)
    n = len(pts)
    if n <= 2 or tolerance <= 0:
        return np.arange(n)
    scale = 1e6  # approxPolyDP on float32: scale normalised coordinates up for precision
    curve = (pts[:, :2] * scale).astype(np.float32).reshape(-1, 1, 2)
    approx = cv2.approxPolyDP(curve, tolerance * scale, False).reshape(-1, 2)
    keep, j = [], 0  # approxPolyDP returns input points, in order: find their indices
    for v in approx:
        while j < n and not np.array_equal(curve[j, 0], v):
            j += 1
        if j < n:
            keep.append(j)
            j += 1
    if not keep or keep[0] != 0:
        keep.insert(0, 0)
    if keep[-1] != n - 1:
        keep.append(n - 1)
    return np.asarray(keep)


def simplify(points: np.ndarray, tolerance: float) -> np.ndarray:
    """Ramer-Douglas-Peucker on (N, 2+) points; extra columns (t) follow their point."""
    pts = np.asarray(points, dtype=float)
    return pts[simplify_indices(pts, tolerance)]


class StrokeRecorder:
    """Turns the drawer's pointer input into ``(kind, body)`` events.

    ``down(x, y, t)`` starts a stroke, ``move(x, y, t)`` adds pointer samples, ``tick(t)`` (call
    it from a timer) and ``move`` send a ``stroke.points`` batch once ``interval_s`` (0.1 s) has
    passed since the last event of the stroke (so at most 10 events/s, and the viewers see the
    pen at least every 100 ms while it moves), ``up(x, y, t)`` ends the stroke (the remaining
    points ride on ``stroke.end``). Coordinates are clamped to the picture (0..1).

    Simplification (Ramer-Douglas-Peucker, ``tolerance`` in normalised units) spans batches: the
    raw samples since the last settled vertex are kept; each batch re-simplifies them and, when
    the previous batch's pen tip is no longer a vertex, replaces it (``replace_last``). A straight
    line therefore arrives as 2 points however long it took to draw.
    Every method returns a list of ``(kind, body)`` to publish (often empty).
    """

    MAX_RAW = 4000  # raw samples kept since the last settled vertex (then the tip settles)

    def __init__(self, colour: str = "#ffd000", width: float = DEFAULT_WIDTH,
                 tolerance: float = DEFAULT_TOLERANCE, interval_s: float = BATCH_INTERVAL_S,
                 id_prefix: str = "s") -> None:
        hex_to_rgb(colour)
        if not (0.0 < width <= MAX_WIDTH):
            raise ValueError(f"width {width!r} is not in (0, {MAX_WIDTH}] of the picture height")
        self.colour, self.width = colour, float(width)
        self.tolerance, self.interval_s = float(tolerance), float(interval_s)
        self.id_prefix = id_prefix
        self._n = 0
        self.stroke_id: str | None = None
        self._vertex: tuple[float, float, float] | None = None  # the last settled vertex sent
        self._raw: list[tuple[float, float, float]] = []  # every sample after it
        self._tip_sent = False  # the wire's last point is a provisional tip after _vertex
        self._new = False  # samples arrived since the last batch
        self._last_emit = 0.0

    @staticmethod
    def _clamp(x: float, y: float, t: float) -> tuple[float, float, float]:
        return min(1.0, max(0.0, float(x))), min(1.0, max(0.0, float(y))), float(t)

    @property
    def drawing(self) -> bool:
        return self.stroke_id is not None

    def down(self, x: float, y: float, t: float) -> list[tuple[str, dict]]:
        out = self.up(x, y, t) if self.drawing else []
        self._n += 1
        self.stroke_id = f"{self.id_prefix}{self._n}"
        p = self._clamp(x, y, t)
        self._vertex, self._raw, self._tip_sent, self._new, self._last_emit = p, [], False, False, p[2]
        out.append(("stroke.begin", {"stroke_id": self.stroke_id, "colour": self.colour, "width": self.width,
                                     "x": p[0], "y": p[1], "t": p[2]}))
        return out

    def move(self, x: float, y: float, t: float) -> list[tuple[str, dict]]:
        if not self.drawing:
            return []
        self._raw.append(self._clamp(x, y, t))
        self._new = True
        return self.tick(t)

    def tick(self, t: float) -> list[tuple[str, dict]]:
        if not self.drawing or not self._new or t - self._last_emit < self.interval_s:
            return []
        self._last_emit = float(t)
        body = self._batch()
        return [("stroke.points", {"stroke_id": self.stroke_id, **body})] if body else []

    def up(self, x: float, y: float, t: float) -> list[tuple[str, dict]]:
        if not self.drawing:
            return []
        p = self._clamp(x, y, t)
        if self._raw and self._raw[-1][:2] == p[:2]:
            self._raw[-1] = p  # lifted where the pen last was: no second point at the same place
        elif self._raw or self._vertex[:2] != p[:2]:
            self._raw.append(p)
        self._new = True
        body = {"stroke_id": self.stroke_id, "t": float(t), **self._batch()}
        self.stroke_id = None
        return [("stroke.end", body)]

    def _batch(self) -> dict:
        self._new = False
        pts = np.asarray([self._vertex, *self._raw], dtype=float)
        idx = simplify_indices(pts, self.tolerance)
        kept = [[float(v) for v in pts[i]] for i in idx[1:]]
        if len(kept) == 1 and kept[0][:2] == [self._vertex[0], self._vertex[1]]:
            return {}  # the pen held still on the vertex: nothing to draw
        body: dict = {"points": kept}
        if self._tip_sent:
            body["replace_last"] = True
        # Every vertex but the tip settles; keep the raw samples after the last settled one.
        settle = int(idx[-2]) if len(idx) >= 3 else 0
        if len(self._raw) - settle > self.MAX_RAW:
            settle = len(pts) - 1  # a very long straight run: settle the tip too
        if settle > 0:
            self._vertex = tuple(pts[settle])
            self._raw = [tuple(p) for p in pts[settle + 1:]]
        self._tip_sent = settle < len(pts) - 1
        return body


# -- compositing (the recording, and the reference for the viewers' overlay) ----------------------

def composite(frame_rgb: np.ndarray, strokes: Iterable[tuple[Any, Any, float, float]]) -> np.ndarray:
    """Draw ``strokes`` (as from :meth:`TelestrationState.strokes_at`) over an (H, W, 3) uint8
    RGB frame: anti-aliased polylines blended with their alpha. Returns a new frame."""
    frame = np.asarray(frame_rgb)
    if frame.ndim != 3 or frame.shape[2] != 3 or frame.dtype != np.uint8:
        raise ValueError(f"composite: expected an (H, W, 3) uint8 RGB frame, got {frame.shape} {frame.dtype}")
    out = frame.copy()
    h, w = out.shape[:2]
    shift = 4  # sub-pixel precision of cv2 drawing (1/16 px)
    for points, colour, width, alpha in strokes:
        if alpha <= 0.0:
            continue
        rgb = hex_to_rgb(colour) if isinstance(colour, str) else tuple(int(c) for c in colour)
        pts = np.asarray(points, dtype=float)[:, :2]
        if len(pts) == 0:
            continue
        px = np.round(np.column_stack([pts[:, 0] * (w - 1), pts[:, 1] * (h - 1)]) * (1 << shift)).astype(np.int32)
        thickness = max(1, int(round(float(width) * h)))
        # Draw on a mask-limited overlay: only the stroke's bounding box is blended.
        pad = thickness + 2
        x0 = max(0, int(px[:, 0].min() >> shift) - pad)
        y0 = max(0, int(px[:, 1].min() >> shift) - pad)
        x1 = min(w, int(px[:, 0].max() >> shift) + pad + 1)
        y1 = min(h, int(px[:, 1].max() >> shift) + pad + 1)
        if x1 <= x0 or y1 <= y0:
            continue
        local = px - np.array([x0 << shift, y0 << shift], dtype=np.int32)
        cover = np.zeros((y1 - y0, x1 - x0), dtype=np.uint8)
        if len(local) == 1:
            cv2.circle(cover, tuple(int(v) for v in local[0]), max(1, thickness // 2) << shift, 255, -1,
                       cv2.LINE_AA, shift)
        else:
            cv2.polylines(cover, [local.reshape(-1, 1, 2)], False, 255, thickness, cv2.LINE_AA, shift)
        a = (cover.astype(np.float32) / 255.0 * float(min(1.0, alpha)))[..., None]
        roi = out[y0:y1, x0:x1].astype(np.float32)
        out[y0:y1, x0:x1] = np.clip(roi * (1.0 - a) + np.array(rgb, np.float32) * a + 0.5, 0, 255).astype(np.uint8)
    return out
