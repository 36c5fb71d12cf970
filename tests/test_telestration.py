"""Telestration: vector strokes over the live picture, replicated by a pure reducer, composited."""

import math

import numpy as np

from workstation.telestration import (Event, StrokeRecorder, TelestrationState, composite, simplify)

RED = (255, 0, 0)


def scripted_drawing(recorder, path, t0, rate_hz=120.0, duration=1.0):
    """Pointer samples along ``path(u)`` (u in 0..1) at ``rate_hz``; returns [(t, kind, body)]."""
    out = []
    n = int(duration * rate_hz)
    for i in range(n + 1):
        t = t0 + i / rate_hz
        x, y = path(i / n)
        if i == 0:
            evs = recorder.down(x, y, t)
        elif i == n:
            evs = recorder.up(x, y, t)
        else:
            evs = recorder.move(x, y, t)
        out += [(t, k, b) for k, b in evs]
    return out


def l_shape(u):  # (0.2, 0.3) -> (0.7, 0.3) -> (0.7, 0.8)
    return (0.2 + u, 0.3) if u <= 0.5 else (0.7, 0.3 + (u - 0.5))


def as_events(timed, sender="dr.li", role="surgeon", latency=0.15):
    return [Event(sender=sender, kind=k, body=b, time=t + latency, sender_role=role) for t, k, b in timed]


def black(w, h):
    return np.zeros((h, w, 3), np.uint8)


def red_mask(frame):
    return (frame[..., 0] > 128) & (frame[..., 1] < 60) & (frame[..., 2] < 60)


def test_scripted_surgeon_replicates_and_composites_along_the_path_only():
    rec = StrokeRecorder(colour="#ff0000", width=0.008)
    events = as_events(scripted_drawing(rec, l_shape, t0=100.0))
    a, b = TelestrationState(), TelestrationState()
    assert a.apply_all(events) == [None] * len(events)
    assert b.apply_all(events) == [None] * len(events)
    assert a.digest() == b.digest()
    # Simplified: the L travels as its 3 corners.
    (pts, colour, width, alpha), = a.strokes_at(events[-1].time)
    assert colour == RED and alpha == 1.0
    assert np.allclose(pts, [[0.2, 0.3], [0.7, 0.3], [0.7, 0.8]], atol=0.01)

    w, h = 1280, 720
    frame = composite(black(w, h), a.strokes_at(events[-1].time))
    for u in np.linspace(0.02, 0.98, 40):  # along the path: the stroke colour
        x, y = l_shape(u)
        assert tuple(frame[round(y * (h - 1)), round(x * (w - 1))]) == RED, (u, x, y)
    # Nothing elsewhere: every drawn pixel lies within the stroke's half width of the path.
    ys, xs = np.nonzero(frame.any(axis=2))
    nx, ny = xs / (w - 1), ys / (h - 1)
    d_horizontal = np.where((nx >= 0.2) & (nx <= 0.7), np.abs(ny - 0.3), np.inf)
    d_vertical = np.where((ny >= 0.3) & (ny <= 0.8), np.abs(nx - 0.7) * w / h, np.inf)
    d_corners = np.min([np.hypot((nx - cx) * w / h, ny - cy) for cx, cy in [(0.2, 0.3), (0.7, 0.3), (0.7, 0.8)]],
                       axis=0)
    assert np.max(np.minimum(np.minimum(d_horizontal, d_vertical), d_corners)) < 0.008
    assert red_mask(frame)[round(0.6 * h), :round(0.6 * w)].sum() == 0  # an empty area stays black


def test_stroke_fades_then_is_gone():
    rec = StrokeRecorder(colour="#ff0000", width=0.01)
    events = as_events(scripted_drawing(rec, l_shape, t0=10.0))
    st = TelestrationState()
    st.apply_all(events)
    end = events[-1].time
    on_path = (round(0.3 * 359), round(0.45 * 639))  # (row, col) at 640x360
    assert st.strokes_at(end + 3.9)[0][3] == 1.0
    half = composite(black(640, 360), st.strokes_at(end + 4.5))
    assert st.strokes_at(end + 4.5)[0][3] == 0.5
    assert 110 <= half[on_path][0] <= 145  # half-faded red over black
    assert st.strokes_at(end + 4.0 + 1.0) == []
    assert not composite(black(640, 360), st.strokes_at(end + 5.0)).any()
    # Before the stroke began it is not shown either (compositing a recording frame by frame).
    assert st.strokes_at(events[0].time - 1.0) == []


def test_clear_removes_all_strokes():
    st = TelestrationState()
    rec = StrokeRecorder()
    st.apply_all(as_events(scripted_drawing(rec, l_shape, t0=0.0)))
    st.apply_all(as_events(scripted_drawing(rec, lambda u: (0.1 + 0.5 * u, 0.9 - 0.5 * u), t0=1.5)))
    assert len(st.strokes_at(3.0)) == 2
    assert st.apply(Event("dr.li", "strokes.clear", {"t": 3.0}, time=3.1, sender_role="surgeon")) is None
    assert st.strokes_at(3.2) == []
    assert not composite(black(320, 180), st.strokes_at(3.2)).any()


def test_only_the_surgeon_and_granted_mentors_draw():
    st = TelestrationState()
    line = lambda u: (0.1 + 0.8 * u, 0.5)  # noqa: E731
    trainee = as_events(scripted_drawing(StrokeRecorder(), line, t0=1.0), sender="trainee.an", role="trainee")
    reasons = st.apply_all(trainee)
    assert all(r and "may not draw" in r for r in reasons), reasons
    assert st.strokes_at(3.0) == []
    # A trainee cannot grant himself.
    assert "only the surgeon" in st.apply(Event("trainee.an", "telestration.grant", {"user": "trainee.an"},
                                                time=3.0, sender_role="trainee"))
    assert st.apply(Event("dr.li", "telestration.grant", {"user": "prof.tran"}, time=4.0,
                          sender_role="surgeon")) is None
    mentor = as_events(scripted_drawing(StrokeRecorder(), line, t0=5.0), sender="prof.tran", role="doctor")
    assert st.apply_all(mentor) == [None] * len(mentor)
    assert len(st.strokes_at(6.5)) == 1
    assert st.apply(Event("dr.li", "telestration.revoke", {"user": "prof.tran"}, time=7.0,
                          sender_role="surgeon")) is None
    again = as_events(scripted_drawing(StrokeRecorder(id_prefix="m"), line, t0=8.0), sender="prof.tran",
                      role="doctor")
    assert all(r and "may not draw" in r for r in st.apply_all(again))
    assert len(st.strokes_at(9.5)) == 1  # only the stroke drawn while granted (still fading in time)


def test_normalised_coordinates_land_at_the_same_relative_place_at_any_resolution():
    st = TelestrationState()
    st.apply_all(as_events(scripted_drawing(StrokeRecorder(colour="#ff0000", width=0.01),
                                            lambda u: (0.6 + 0.2 * math.cos(6.28 * u), 0.4 + 0.2 * math.sin(6.28 * u)),
                                            t0=0.0)))
    strokes = st.strokes_at(2.0)
    centres = []
    for w, h in ((1280, 720), (640, 360)):
        ys, xs = np.nonzero(red_mask(composite(black(w, h), strokes)))
        centres.append((xs.mean() / (w - 1), ys.mean() / (h - 1), (xs.max() - xs.min()) / (w - 1)))
    (x1, y1, s1), (x2, y2, s2) = centres
    assert abs(x1 - 0.6) < 0.01 and abs(y1 - 0.4) < 0.01
    assert abs(x1 - x2) < 0.005 and abs(y1 - y2) < 0.005 and abs(s1 - s2) < 0.01


def test_recorder_batches_at_most_ten_events_per_second_and_keeps_the_pen_live():
    timed = scripted_drawing(StrokeRecorder(), lambda u: (0.1 + 0.8 * u, 0.5 + 0.3 * math.sin(12 * u)),
                             t0=0.0, rate_hz=200.0, duration=3.0)
    batches = [t for t, k, _ in timed if k == "stroke.points"]
    assert len(batches) >= 25
    assert all(sum(1 for u in batches if s <= u < s + 1.0) <= 10 for s in batches)
    times = [t for t, k, _ in timed if k != "stroke.begin"]  # + the final stroke.end
    assert all(sum(1 for u in times if s <= u < s + 1.0) <= 11 for s in times)
    gaps = np.diff([timed[0][0], *times])
    assert gaps.max() <= 0.1 + 1 / 200 + 1e-9  # the viewers see the pen at least every ~100 ms
    n_points = sum(len(b.get("points", [])) for _, _, b in timed)
    assert n_points < 200 * 3 / 4  # simplified well below the 600 raw samples


def test_straight_line_simplifies_to_two_points_however_long_it_is_drawn():
    timed = scripted_drawing(StrokeRecorder(), lambda u: (0.1 + 0.8 * u, 0.2 + 0.6 * u), t0=0.0, duration=2.0)
    assert sum(1 for _, k, _ in timed if k == "stroke.points") >= 15  # live batches kept flowing
    st = TelestrationState()
    assert st.apply_all(as_events(timed)) == [None] * len(timed)
    (pts, _, _, _), = st.strokes_at(3.0)
    assert np.allclose(pts, [[0.1, 0.2], [0.9, 0.8]])
    assert len(simplify(np.column_stack([np.linspace(0, 1, 50), np.linspace(0, 1, 50)]), 0.001)) == 2


def test_malformed_bodies_are_refused_with_a_reason_never_an_exception():
    st = TelestrationState()
    ok_begin = {"stroke_id": "a", "colour": "#00ff00", "width": 0.01, "x": 0.5, "y": 0.5, "t": 0.0}
    bad = [
        ("stroke.begin", None),
        ("stroke.begin", ["not", "a", "dict"]),
        ("stroke.begin", {"stroke_id": "a"}),
        ("stroke.begin", {**ok_begin, "colour": "red"}),
        ("stroke.begin", {**ok_begin, "x": 1.5}),
        ("stroke.begin", {**ok_begin, "y": float("nan")}),
        ("stroke.begin", {**ok_begin, "width": -1}),
        ("stroke.begin", {**ok_begin, "width": "thick"}),
        ("stroke.points", {"stroke_id": "nope", "points": [[0.1, 0.1, 0.0]]}),
        ("stroke.end", {"stroke_id": "nope", "t": 1.0}),
        ("strokes.clear", {}),
        ("telestration.grant", {"user": 7}),
    ]
    before = st.digest()
    for kind, body in bad:
        reason = st.apply(Event("dr.li", kind, body, time=1.0, sender_role="surgeon"))
        assert isinstance(reason, str) and kind in reason, (kind, body, reason)
    assert st.digest() == before
    assert st.apply(Event("dr.li", "stroke.begin", ok_begin, time=1.0, sender_role="surgeon")) is None
    for body in ({"stroke_id": "a", "points": [[0.1, 0.2]]}, {"stroke_id": "a", "points": [[0.1, 2.0, 0.0]]},
                 {"stroke_id": "a", "points": "lots"}, {"stroke_id": "a", "points": []},
                 {"stroke_id": "a", "points": [[0.1, 0.1, 0.1]] * 501},
                 {"stroke_id": "a", "points": [[0.1, 0.1, 0.1]], "replace_last": True}):
        reason = st.apply(Event("dr.li", "stroke.points", body, time=1.1, sender_role="surgeon"))
        assert isinstance(reason, str) and "stroke.points" in reason, (body, reason)
    assert len(st.strokes["dr.li", "a"].points) == 1
    assert "already exists" in st.apply(Event("dr.li", "stroke.begin", ok_begin, time=1.2, sender_role="surgeon"))
    assert st.apply(Event("dr.li", "stroke.end", {"stroke_id": "a", "t": 1.3}, time=1.3, sender_role="surgeon")) is None
    assert "has ended" in st.apply(Event("dr.li", "stroke.points", {"stroke_id": "a", "points": [[0.2, 0.2, 1.4]]},
                                         time=1.4, sender_role="surgeon"))
    assert st.apply(object()) is not None  # not even an event


def test_lifting_the_pen_where_it_rests_adds_no_second_point():
    rec = StrokeRecorder(interval_s=0.0)
    events = rec.down(0.1, 0.1, 0.0) + rec.move(0.5, 0.5, 0.1) + rec.up(0.5, 0.5, 0.3)
    st = TelestrationState()
    for i, (kind, body) in enumerate(events, 1):
        assert st.apply(Event("dr-surgeon", kind, body, time=float(i), sender_role="surgeon", seq=i)) is None
    (stroke,) = st.strokes.values()
    xy = [(p[0], p[1]) for p in stroke.points]
    assert xy == [(0.1, 0.1), (0.5, 0.5)]
