"""The reading room with a 4-D series, driven as a user would: import the GE fMRI (10 volumes of
15 slices), open it from the study browser, move the volume slider; the views show that volume's
pixels (checked against the DICOM files read with pydicom)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pydicom
import pytest
from PySide6.QtCore import Qt

from render.offscreen import capture

pytestmark = pytest.mark.gui

GE_FMRI = Path(__file__).resolve().parent / "data" / "multivolume" / "ge-fmri-10vol"


def _volume_from_files(t: int) -> np.ndarray:
    """Volume t of the fMRI read straight from its 15 files (instance order, then along z)."""
    files = sorted(GE_FMRI.glob("*.dcm"))
    block = [pydicom.dcmread(f) for f in files]
    block = [d for d in block if (int(d.InstanceNumber) - 1) // 15 == t]
    block.sort(key=lambda d: float(d.ImagePositionPatient[2]))
    return np.stack([d.pixel_array for d in block])


def _shown(view) -> np.ndarray:
    view.GetRenderWindow().Render()
    return capture(view.GetRenderWindow())


def _grey_at(view, img, xyz) -> float:
    x, y = view.scene.patient_to_display(xyz)[:2]
    return float(img[int(round(img.shape[0] - 1 - y)), int(round(x))][:3].mean())


def test_volume_slider_shows_each_volume_of_an_fmri(qtbot, window):
    with qtbot.waitSignal(window.import_finished, timeout=120_000):
        window.import_paths([GE_FMRI])
    lst = window.browser.series
    qtbot.waitUntil(lambda: lst.count() == 1, timeout=10_000)
    rect = lst.visualItemRect(lst.item(0))
    with qtbot.waitSignal(window.volume_loaded, timeout=120_000):
        qtbot.mouseClick(lst.viewport(), Qt.LeftButton, pos=rect.center())
        qtbot.mouseDClick(lst.viewport(), Qt.LeftButton, pos=rect.center())

    bar = window.volume_bar
    slider = bar.slider
    assert window.volume_toolbar.isVisible() and slider.isVisible()
    assert (slider.minimum(), slider.maximum(), slider.value()) == (0, 9, 0)  # 10 volumes
    assert bar.label.text().strip() == "1/10"
    assert not bar.stack_combo.isVisible()  # one stack, no choice to offer
    np.testing.assert_array_equal(window.volume.array, _volume_from_files(0))

    # a fixed window so that grey levels can be predicted from the stored values
    state = window.state
    state.window, state.level = 8000.0, 4000.0
    axial = window.viewer.slices["axial"]
    k = 7
    volume0 = window.volume
    centre = volume0.index_to_patient([31.5, 31.5, k])
    state.position = tuple(centre)
    qtbot.wait(50)
    before = _shown(axial)

    # move the slider with the keyboard to the last volume
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key_End)
    qtbot.waitUntil(lambda: window.volume is not volume0, timeout=5000)
    assert slider.value() == 9 and bar.label.text().strip() == "10/10"
    last = _volume_from_files(9)
    np.testing.assert_array_equal(window.volume.array, last)
    assert all(v.volume is window.volume for v in window.viewer.slices.values())
    assert np.allclose(state.position, centre)  # same place, same window: only the volume changed
    assert (state.window, state.level) == (8000.0, 4000.0)
    qtbot.wait(50)
    after = _shown(axial)
    assert np.abs(after.astype(int) - before.astype(int)).mean() > 0.5

    # where the two volumes differ most, the screen shows volume 10's value under the window
    first = _volume_from_files(0)
    diff = np.abs(last[k].astype(int) - first[k].astype(int))
    diff[28:36, :] = 0  # away from the crosshair lines
    diff[:, 28:36] = 0
    for j, i in zip(*np.unravel_index(np.argsort(diff, axis=None)[-3:], diff.shape)):
        xyz = volume0.index_to_patient([i, j, k])
        grey = {id(vol): np.clip(float(vol[k, j, i]) / 8000.0 * 255.0, 0, 255) for vol in (first, last)}
        for img, vol, other in ((before, first, last), (after, last, first)):
            shown = _grey_at(axial, img, xyz)  # (the view interpolates: a few grey levels of slack)
            assert abs(shown - grey[id(vol)]) <= 10 < abs(shown - grey[id(other)]), (i, j, shown, grey)

    # the probe reads the volume on screen
    assert window.volume.value_at(xyz) == float(last[k, j, i])

    # Home goes back to the first volume; cine plays through the volumes and wraps round
    qtbot.keyClick(slider, Qt.Key_Home)
    assert window.volume is volume0
    bar.cine_button.click()
    qtbot.waitUntil(lambda: slider.value() >= 3, timeout=5000)
    seen = set()
    qtbot.waitUntil(lambda: seen.add(slider.value()) or (0 in seen and 9 in seen), timeout=10_000)
    bar.cine_button.click()
    assert not bar.timer.isActive()

    # the 3-D view follows the volume too, keeping its camera
    view3d = window.viewer.volume3d
    qtbot.waitUntil(lambda: view3d.volume is not None, timeout=30_000)
    cam = tuple(state.camera.position)
    bar.go(4)
    assert view3d.volume is window.volume and window.volume.meta["volume"] == (5, 10)
    assert tuple(state.camera.position) == cam


def _open(qtbot, window, folder):
    with qtbot.waitSignal(window.import_finished, timeout=120_000):
        window.import_paths([folder])
    lst = window.browser.series
    qtbot.waitUntil(lambda: lst.count() >= 1, timeout=10_000)  # a scout lists each of its stacks
    rect = lst.visualItemRect(lst.item(0))
    with qtbot.waitSignal(window.volume_loaded, timeout=120_000):
        qtbot.mouseClick(lst.viewport(), Qt.LeftButton, pos=rect.center())
        qtbot.mouseDClick(lst.viewport(), Qt.LeftButton, pos=rect.center())


def test_diffusion_b_values_beside_the_slider(qtbot, window, tmp_path):
    from test_dicom_multivolume import _synthesize_dwi

    bvals, _ = _synthesize_dwi(tmp_path / "dwi")
    _open(qtbot, window, tmp_path / "dwi")
    bar = window.volume_bar
    assert bar.slider.maximum() == 9
    assert bar.label.text().strip() == "1/10  b=0"
    bar.slider.setFocus()
    qtbot.keyClick(bar.slider, Qt.Key_Right)
    assert bar.label.text().strip().startswith("2/10  b=1000 (")
    assert window.volume.meta["volume_label"].startswith("b=1000")


def test_localizer_stacks_are_picked_in_the_stack_list(qtbot, window, tmp_path):
    from test_dicom_multivolume import _three_plane_scout

    _three_plane_scout(tmp_path / "scout")
    _open(qtbot, window, tmp_path / "scout")
    bar = window.volume_bar
    combo = bar.stack_combo
    assert window.volume_toolbar.isVisible() and combo.isVisible() and not bar.slider.isVisible()
    assert combo.count() == 3 and all("3 slices" in combo.itemText(i) for i in range(3))
    assert {combo.itemText(i).split(": ")[1].split(",")[0] for i in range(3)} == {"axial", "coronal", "sagittal"}
    normals = set()
    for i in range(3):
        combo.setFocus()
        while combo.currentIndex() != i:
            qtbot.keyClick(combo, Qt.Key_Down if combo.currentIndex() < i else Qt.Key_Up)
        assert window.volume is window.stacks[i] and window.viewer.slices["axial"].volume is window.volume
        assert window.state.series_uid == window.volume.meta["series_uid"]
        normals.add(tuple(np.round(np.abs(window.volume.direction[:, 2]))))
    assert len(normals) == 3  # three different stacks shown, none mixed into one volume
