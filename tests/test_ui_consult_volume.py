"""A 4-D series in an MDT consult, as participants work: two real workstation windows and a real
hub process. The presenter shares a GE fMRI (10 volumes) and moves the volume slider; the follower's
volume bar and views follow to the same volume (its own downloaded copy, same pixels)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from test_ui_consult_follow import _click, _station

pytestmark = pytest.mark.gui

GE_FMRI = Path(__file__).resolve().parent / "data" / "multivolume" / "ge-fmri-10vol"


def test_the_follower_is_on_the_presenters_volume(qtbot, hub, tmp_path, silkbridge_home, display):
    chen, c_ctl = _station(qtbot, hub, tmp_path, "Dr Chen", "coordinator", "Guangxi Medical", "CN", "zh")
    lan, l_ctl = _station(qtbot, hub, tmp_path, "Dr Lan", "specialist", "Bach Mai", "VN", "vi")
    try:
        qtbot.waitUntil(lambda: "online" in chen.link_label.text() and "online" in lan.link_label.text(),
                        timeout=20_000)
        with qtbot.waitSignal(chen.import_finished, timeout=120_000):
            chen.import_paths([GE_FMRI])
        original = chen.browser.series.item(0).data(Qt.UserRole)
        with qtbot.waitSignal(chen.volume_loaded, timeout=120_000):
            chen.open_series(original)
        assert chen.volume_bar.slider.maximum() == 9
        c_ctl.create("Neuro board", [{"case_id": "case-1", "title": "fMRI", "question": "Activation?"}],
                     access={"hospitals": ["Bach Mai"]})
        c_ctl.share_open_study("case-1")
        qtbot.waitUntil(lambda: l_ctl.panel.consults.count() == 1, timeout=20_000)
        l_ctl.panel.consults.setCurrentRow(0)
        _click(qtbot, l_ctl.panel.join_button)
        qtbot.waitUntil(lambda: l_ctl.state is not None and "case-1" in l_ctl.state.cases and l_ctl.state.cases["case-1"].shared, timeout=60_000)
        case = l_ctl.state.cases["case-1"]
        qtbot.waitUntil(lambda: not chen.progress.isVisible(), timeout=20_000)
        _click(qtbot, l_ctl.panel.fetch_button)
        qtbot.waitUntil(lambda: len(lan.catalog.instances(case.series[0].series_uid)) == 150, timeout=120_000)

        c_ctl.open_case("case-1")
        _click(qtbot, c_ctl.panel.take_button)
        qtbot.waitUntil(lambda: l_ctl.state.presenter == c_ctl.profile.user_id, timeout=20_000)
        c_ctl.publish_full_view()
        qtbot.waitUntil(lambda: lan.state.series_uid == case.series[0].series_uid and lan.volume is not None
                        and lan.volume_toolbar.isVisible(), timeout=120_000)
        assert lan.volume_bar.slider.maximum() == 9 and lan.volume_bar.current() == 0

        # the presenter moves his volume slider to the last volume with the keyboard
        slider = chen.volume_bar.slider
        slider.setFocus()
        qtbot.keyClick(slider, Qt.Key_End)
        assert chen.volume_bar.current() == 9
        qtbot.waitUntil(lambda: lan.volume_bar.current() == 9, timeout=20_000)
        assert lan.volume_bar.label.text().strip() == "10/10"
        np.testing.assert_array_equal(lan.volume.array, chen.volume.array)
        assert all(v.volume is lan.volume for v in lan.viewer.slices.values())
        assert l_ctl.following  # the volume followed is no looking around

        # and back to volume 4
        chen.volume_bar.go(3)
        qtbot.waitUntil(lambda: lan.volume_bar.current() == 3, timeout=20_000)
        np.testing.assert_array_equal(lan.volume.array, chen.volume.array)
        assert not np.array_equal(lan.volume.array, chen.volume_bar.series.volume(9).array)
    finally:
        for ctl in (c_ctl, l_ctl):
            if ctl.session is not None:
                ctl.leave()
        for w in (chen, lan):
            w.close()
