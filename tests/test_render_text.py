"""Viewport text layout (render.corner_text): four corner blocks and the edge labels never
overlap and stay inside the viewport at any size; long values are elided, lines shrink then go
by priority. The pure layout is checked with VTK's real FreeType metrics (no window), then the
drawn text actors' own bounding boxes are checked in an offscreen render."""

from __future__ import annotations

import itertools

import pytest

from render.corner_text import (
    CORNERS,
    ELLIPSIS,
    FONT_SIZES,
    GAP,
    TEMPLATES,
    Line,
    fill,
    intersects,
    layout,
)
from render.text import measure_text

LABELS = {"left": "R", "right": "L", "top": "A", "bottom": "P"}
LONG = "Department of Radiology and Nuclear Medicine, Bach Mai University Hospital, Hanoi"


def measure(text, size, bold):
    return measure_text(text, size, bold, 72)


def crowded_corners():
    return {
        "top_left": [Line("NGUYỄN VĂN AN TRƯỜNG GIANG", 0), Line("HN-0042-2026-000000017", 1),
                     Line("M 1957-03-02", 3), Line("王小明 (Wang Xiaoming)", 4), Line("မြန်မာ ကြည့်", 5)],
        "top_right": [Line(LONG, 4), Line("2026-11-23", 2),
                      Line("MRI BRAIN WITH AND WITHOUT CONTRAST, STROKE PROTOCOL", 3)],
        "bottom_left": [Line("t1_mprage_sag_p2_iso_1.0mm_with_a_very_long_series_description", 3),
                        Line("S: -123.4 mm", 0), Line("MIP slab 10 mm", 0)],
        "bottom_right": [Line("W 1500  L -600", 0), Line("Zoom 1.00", 2)],
    }


def assert_clean(lay, size):
    w, h = size
    boxes = lay.boxes()
    for key, b in boxes:
        assert 0 <= b[0] and 0 <= b[1] and b[2] <= w and b[3] <= h, (key, b, size)
        assert b[2] > b[0] and b[3] > b[1], (key, b)
    for (ka, a), (kb, b) in itertools.combinations(boxes, 2):
        assert not intersects(a, b), (ka, a, kb, b, size)


SIZES = [(120, 120), (160, 400), (330, 650), (455, 340), (640, 180), (800, 800), (1920, 1080), (2000, 130)]


@pytest.mark.parametrize("size", SIZES)
def test_no_two_boxes_intersect_and_all_are_inside(size):
    lay = layout(size, crowded_corners(), LABELS, measure)
    assert_clean(lay, size)
    # The orientation labels are always there (they are what a reader checks first).
    assert set(lay.labels) == set(LABELS)
    # Every drawn line is a prefix of its source (elided at the end), never garbled.
    for placed in itertools.chain.from_iterable(lay.lines.values()):
        text = placed.text[:-1] if placed.text.endswith(ELLIPSIS) else placed.text
        assert placed.source.startswith(text.rstrip())


def test_a_big_viewport_shows_everything_in_full_at_the_normal_size():
    lay = layout((1920, 1080), crowded_corners(), LABELS, measure)
    assert lay.font_size == FONT_SIZES[0] and not lay.dropped
    shown = {c: [p.text for p in lay.lines[c]] for c in CORNERS}
    assert shown["top_left"][0] == "NGUYỄN VĂN AN TRƯỜNG GIANG"
    assert shown["bottom_left"] == ["t1_mprage_sag_p2_iso_1.0mm_with_a_very_long_series_description",
                                    "S: -123.4 mm", "MIP slab 10 mm"]
    # Top corners read downwards from the top, bottom corners end at the bottom.
    tl = lay.lines["top_left"]
    assert all(a.box[1] > b.box[3] for a, b in zip(tl, tl[1:]))
    bl = lay.lines["bottom_left"]
    assert bl[-1].box[1] < bl[0].box[1]


def test_long_values_are_elided_to_their_half_of_the_viewport():
    size = (330, 650)  # one pane of 1x3 in a 1000 px window
    lay = layout(size, crowded_corners(), LABELS, measure)
    institution = lay.lines["top_right"][0]
    assert institution.text.endswith(ELLIPSIS) and institution.source == LONG
    assert institution.box[0] >= size[0] / 2  # never crosses the middle into the patient's name
    # A line facing nothing across the viewport may use that room too (still elided here).
    series = lay.lines["bottom_left"][0]
    assert series.text.endswith(ELLIPSIS) and size[0] / 2 < series.box[2] <= size[0] - 4
    # The name stops before the "A" at the top, or sits below the row of that label.
    name, top = lay.lines["top_left"][0], lay.labels["top"].box
    assert name.box[2] <= top[0] - GAP or name.box[3] <= top[1] - GAP


def test_the_font_shrinks_before_lines_are_dropped_then_least_important_go_first():
    lines = {"top_left": [Line(f"line {i}", i) for i in range(4)]}
    # Four 14 pt lines need ~88 px above the left label: a 230 px viewport has room for them.
    assert layout((400, 230), lines, LABELS, measure).font_size == FONT_SIZES[0]
    shrunk = layout((400, 190), lines, LABELS, measure)
    assert shrunk.font_size < FONT_SIZES[0] and not shrunk.dropped
    tight = layout((400, 130), lines, LABELS, measure)  # no size fits all four: two go
    kept = [p.text for p in tight.lines["top_left"]]
    assert kept and kept == [f"line {i}" for i in range(len(kept))]  # the most important, in order
    assert [ln.text for _, ln in tight.dropped] == [f"line {i}" for i in range(len(kept), 4)]
    assert_clean(tight, (400, 130))


def test_a_narrow_pane_gives_the_window_line_the_width_before_the_series_name():
    """1x3 in a 1000 px window leaves panes ~154 px wide: W/L (most important) is shown in full
    and the series description facing it is elided, the bottom lines moving above the "P"."""
    corners = {"bottom_left": [Line("t1_fl2d_sag", 3), Line("S: 0.5 mm", 0)],
               "bottom_right": [Line("W 1550  L 801", 0), Line("Zoom 1.00", 2)]}
    lay = layout((154, 615), corners, LABELS, measure)
    assert_clean(lay, (154, 615))
    shown = {p.source: p for ps in lay.lines.values() for p in ps}
    assert shown["W 1550  L 801"].text == "W 1550  L 801" and shown["S: 0.5 mm"].text == "S: 0.5 mm"
    assert shown["t1_fl2d_sag"].text.endswith(ELLIPSIS) and lay.font_size == FONT_SIZES[0]
    assert min(p.box[1] for p in shown.values()) >= lay.labels["bottom"].box[3] + GAP


def test_priority_not_position_decides_what_is_dropped():
    corners = {"bottom_left": [Line("series description", 3), Line("S: 12.0 mm", 0), Line("MIP slab 10 mm", 0)]}
    lay = layout((300, 120), corners, LABELS, measure)
    kept = [p.text for p in lay.lines["bottom_left"]]
    assert "S: 12.0 mm" in kept and "series description" not in kept
    assert [ln.text for _, ln in lay.dropped] == ["series description"]


@pytest.mark.parametrize("name", ["မြန်မာ ကြည့်", "ស្ត្រី ក្សត្រ", "ปู่ที่ญี่ปุ่น", "Nguyễn Ỹ", "王小明"])
def test_lines_in_every_script_of_the_region_keep_apart(name):
    """Burmese and Khmer stack marks far above and below: the line pitch grows with the ink."""
    corners = {c: [Line(name, 0), Line(name + " 2", 1), Line(name + " 3", 2)] for c in CORNERS}
    for size in [(200, 260), (600, 500)]:
        assert_clean(layout(size, corners, LABELS, measure), size)


def test_hostile_text_never_breaks_the_layout():
    huge = "X" * 20_000
    corners = {"top_left": huge, "top_right": "\n".join(["a"] * 500), "bottom_left": "\x00\x1b[31m ctl",
               "bottom_right": "   "}
    lay = layout((200, 200), corners, LABELS, measure)
    assert_clean(lay, (200, 200))
    assert lay.lines["top_left"][0].text.endswith(ELLIPSIS)
    assert lay.lines["bottom_right"] == []  # blank lines take no room
    with pytest.raises(ValueError, match="corner"):
        layout((200, 200), {"middle": "x"}, LABELS, measure)
    # A value with a line break, tab or NUL inside stays one line of one line's height.
    lay = layout((600, 400), {"top_left": [Line("DOE\r\nJOHN\tQ\x00", 0), Line("ID-1", 1)]}, LABELS, measure)
    assert [p.text for p in lay.lines["top_left"]] == ["DOE  JOHN Q ", "ID-1"]
    # Edge labels from a malformed file (Patient Orientation is free text there): one that does
    # not fit is left out rather than drawn over the others or out of the viewport.
    odd = {"left": "R" * 300, "right": "L", "top": "A\nB", "bottom": ""}
    lay = layout((300, 300), crowded_corners(), odd, measure)
    assert_clean(lay, (300, 300))
    assert "left" not in lay.labels and lay.labels["right"].text == "L"
    # A viewport too small for anything: nothing drawn, nothing overlapping, no error.
    assert_clean(layout((10, 10), crowded_corners(), LABELS, measure), (10, 10))


def test_templates_fill_in_any_order_and_the_ui_translates_the_same_keys():
    assert fill(TEMPLATES["frame_of_image"], 2, 30, 1, 12) == "Frame 2/30  (image 1/12)"
    assert fill("%2 / %1 / %10", *range(1, 11)) == "2 / 1 / 10"
    from ui.reading.viewports import CORNER_TEMPLATES

    assert CORNER_TEMPLATES == TEMPLATES  # the English of the .ts files is the render default


@pytest.fixture(scope="module")
def mr_volume():
    from dicom_fixtures import decubitus_dir
    from workstation.dicom.assemble import load_series_dir

    return load_series_dir(decubitus_dir("HFS"))[0]  # a real MR series


@pytest.mark.parametrize("size", [(140, 140), (330, 650), (640, 200), (1200, 800)])
def test_drawn_text_actors_do_not_overlap(size, mr_volume, display):
    """The same guarantee on what VTK draws: every text actor's own bounding box."""
    import numpy as np
    from vtkmodules.vtkRenderingCore import vtkRenderWindow

    from render.offscreen import snapshot
    from render.slice_view import SliceScene
    from workstation.viewstate import ViewState

    vol = mr_volume
    scene = SliceScene("sagittal")
    scene.set_volume(vol)
    scene.set_overlay_text(crowded_corners())
    state = ViewState(position=tuple(vol.center()))
    img = snapshot(scene, size, state)
    assert img[size[1] // 3: 2 * size[1] // 3, size[0] // 3: 2 * size[0] // 3].max() > 50  # the image

    window = vtkRenderWindow()  # boxes need the renderer in a window of that size
    window.SetOffScreenRendering(1)
    window.SetSize(*size)
    window.AddRenderer(scene.renderer)
    scene.update(state)
    window.Render()
    boxes = scene.text_boxes()
    window.RemoveRenderer(scene.renderer)
    window.Finalize()
    assert len(boxes) >= 6 and img.shape[:2] == (size[1], size[0])
    for key, b in boxes:
        assert 0 <= b[0] and 0 <= b[1] and b[2] <= size[0] and b[3] <= size[1], (key, b)
    for (ka, a), (kb, b) in itertools.combinations(boxes, 2):
        assert not intersects(a, b), (ka, a, kb, b)
    # VTK draws each box where the layout put it (to the pixel: positions are whole pixels).
    planned = dict(scene.text.layout.boxes())
    for key, b in boxes:
        assert np.allclose(b, planned[key], atol=1), (key, b, planned[key])
