"""Room for the images: at 1366x768, with the studies, PACS, consult and courses docks open, the
viewer keeps at least 60 % of the window; docks close (and come back from the View menu), and the
arrangement is remembered the next time the window opens; a 2-D image opens in one pane."""

from __future__ import annotations

import pydicom
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QTabBar

from comms.client import LinkClient
from dicom_fixtures import dicom_file
from ui.consult.panel import ConsultController
from ui.courses.panel import attach_courses
from ui.common.link import LinkBridge
from ui.mainwindow import MainWindow
from workstation.dicom.catalog import Catalog
from workstation.phantom import write_phantom_series

pytestmark = pytest.mark.gui


def _window(qtbot, hub, home, bundle):
    bridge = LinkBridge(LinkClient(bundle, home / "link"))
    win = MainWindow(Catalog(home / "catalog"), link=bridge)
    win.attach_consult(ConsultController(win, bridge, bundle, home, home / "reid.sqlite"))
    attach_courses(win, bridge, bundle)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    bridge.start()
    return win, bridge


def _image_share(win) -> float:
    v = win.viewer
    return v.width() * v.height() / (win.width() * win.height())


def test_the_images_keep_sixty_percent_at_1366x768_and_closed_docks_stay_closed(qtbot, hub, tmp_path,
                                                                                silkbridge_home, display):
    bundle = hub.enrol("Dr Lan", role="specialist", hospital="Bach Mai", country="VN", language="vi")
    phantom = tmp_path / "phantom"
    write_phantom_series(phantom, size=64, slices=16, spacing=(3.0, 3.0, 5.0))
    win, bridge = _window(qtbot, hub, silkbridge_home, bundle)
    try:
        with qtbot.waitSignal(win.import_finished, timeout=60_000):
            win.import_paths([phantom])
        with qtbot.waitSignal(win.volume_loaded, timeout=60_000):
            win.open_series(win.browser.series.item(0).data(Qt.UserRole))
        qtbot.wait(200)
        docks = {d.objectName(): d for d in win.findChildren(QDockWidget)}
        assert {"studiesDock", "pacsDock", "consultDock", "coursesDock"} <= set(docks)
        assert all(not d.isFloating() for d in docks.values())
        share = _image_share(win)
        assert share >= 0.60, (share, win.viewer.size(), win.size())
        # The dock tabs say their whole names (scrolling when they do not fit), not "St…".
        bars = [b for b in win.findChildren(QTabBar) if b.parent() is win and b.isVisible()]
        assert bars and all(b.elideMode() == Qt.ElideNone and b.usesScrollButtons() for b in bars)
        assert {"Studies", "MDT consult"} <= {b.tabText(i) for b in bars for i in range(b.count())}
        # Each pane of the 2x2 layout is a usable size, and so is each of the 1x3 layout.
        assert min(win.viewer.slices["axial"].width(), win.viewer.slices["axial"].height()) >= 300
        win.layout_combo.setCurrentText("1x3")
        qtbot.waitUntil(lambda: win.viewer.slices["sagittal"].isVisible(), timeout=5000)
        assert win.viewer.slices["sagittal"].width() >= 280

        # She closes the docks (their close buttons): the images take the whole width.
        for name in ("studiesDock", "pacsDock", "consultDock", "coursesDock"):
            docks[name].close()
        qtbot.waitUntil(lambda: not any(d.isVisible() for d in docks.values()), timeout=5000)
        qtbot.waitUntil(lambda: _image_share(win) > 0.75, timeout=5000)
        assert not docks["consultDock"].toggleViewAction().isChecked()  # the View menu shows it closed
        assert docks["consultDock"].toggleViewAction() in win.view_menu.actions()
    finally:
        bridge.stop()
        win.close()

    # The next time the window opens, the docks are as she left them ...
    again, bridge = _window(qtbot, hub, silkbridge_home, bundle)
    try:
        qtbot.wait(200)
        docks = {d.objectName(): d for d in again.findChildren(QDockWidget)}
        assert not any(d.isVisible() for d in docks.values())
        assert _image_share(again) > 0.75
        # ... and one click in the View menu brings the consult back.
        docks["consultDock"].toggleViewAction().trigger()
        qtbot.waitUntil(lambda: docks["consultDock"].isVisible(), timeout=5000)
        # A radiograph (a 2-D image) opens in a single pane.
        with qtbot.waitSignal(again.import_finished, timeout=60_000):
            again.import_paths([dicom_file("RG3_UNCR.dcm")])
        cr = pydicom.dcmread(dicom_file("RG3_UNCR.dcm"), stop_before_pixels=True)
        again.open_series(cr.SeriesInstanceUID)
        qtbot.waitUntil(lambda: again.viewer.image_view.isVisible(), timeout=20_000)
        assert not any(v.isVisible() for v in again.viewer.views.values())
    finally:
        bridge.stop()
        again.close()

    # A layout file that is not one is ignored: the default arrangement.
    MainWindow.layout_path().write_bytes(b"\x00garbage[docks]\nnot=a state\n")
    third, bridge = _window(qtbot, hub, silkbridge_home, bundle)
    try:
        qtbot.wait(200)
        assert third.findChild(QDockWidget, "consultDock").isVisible()
        assert _image_share(third) >= 0.60
    finally:
        bridge.stop()
        third.close()
