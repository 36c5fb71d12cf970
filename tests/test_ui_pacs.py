"""The query/retrieve panel driven as a radiographer would: type a name, search the real Orthanc,
pick the study, retrieve it into the catalog; and what the panel says when the PACS answers badly."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from orthanc_helpers import HFS_DIR, loaded_orthanc  # noqa: F401 - fixture
from ui.reading.pacs import PacsPanel
from workstation.dicom.catalog import Catalog

pytestmark = pytest.mark.gui
N = len(sorted(HFS_DIR.rglob("*.dcm")))


def _panel(qtbot, catalog, nodes):
    panel = PacsPanel(catalog, nodes)
    qtbot.addWidget(panel)
    panel.resize(900, 800)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _cell(view, row, col):
    return view.model().item(row, col).text()


def _search(qtbot, panel, name):
    panel.patient_name.clear()
    qtbot.keyClicks(panel.patient_name, name)
    qtbot.mouseClick(panel.search_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not panel.busy and panel.search_button.isEnabled(), timeout=30_000)


@pytest.mark.parametrize("kind", ["dimse", "dicomweb"])
def test_search_pick_and_retrieve_into_the_catalog(qtbot, display, loaded_orthanc, tmp_path, kind):
    catalog = Catalog(tmp_path / "catalog")
    panel = _panel(qtbot, catalog, [loaded_orthanc.node(kind=kind)])
    assert panel.node.currentText() == "Test Orthanc"

    _search(qtbot, panel, "nobody*")
    assert panel.studies.model().rowCount() == 0 and panel.status.text() == "No study matches."

    _search(qtbot, panel, "HF*")
    assert panel.studies.model().rowCount() == 1
    assert [_cell(panel.studies, 0, c) for c in range(4)] == ["HFS", "crlab", "2022-04-07", "MR"]
    assert _cell(panel.studies, 0, 7) == str(N) and _cell(panel.studies, 0, 8) == ""  # not in the catalog yet
    assert not panel.retrieve_button.isEnabled()

    panel.studies.selectRow(0)
    qtbot.waitUntil(lambda: panel.series.model().rowCount() == 1 and not panel.busy, timeout=30_000)
    assert [_cell(panel.series, 0, c) for c in range(4)] == ["3", "MR", "t1_fl2d_sag", str(N)]
    assert panel.retrieve_button.isEnabled()

    seen = []
    panel.progress.valueChanged.connect(seen.append)
    with qtbot.waitSignal(panel.retrieved, timeout=120_000) as done:
        qtbot.mouseClick(panel.retrieve_button, Qt.LeftButton)
        assert panel.progress.isVisible() and panel.cancel_button.isVisible()
        assert not panel.search_button.isEnabled()
    report = done.args[0]
    assert report.complete and report.imported == N
    assert f"Retrieved {N} of {N}" in panel.status.text()
    assert max(seen) == N and not panel.progress.isVisible()
    (study,) = catalog.studies()
    assert study.patient_name == "HFS" and study.n_images == N
    assert _cell(panel.studies, 0, 8) == str(N)  # now in the catalog
    assert panel.search_button.isEnabled() and panel.retrieve_button.isEnabled()


def test_errors_are_shown_and_nothing_is_added(qtbot, display, loaded_orthanc, tmp_path):
    catalog = Catalog(tmp_path / "catalog")
    wrong = loaded_orthanc.node(name="Wrong AE", ae_title="NOT-ORTHANC")
    panel = _panel(qtbot, catalog, [wrong, loaded_orthanc.node()])

    qtbot.mouseClick(panel.echo_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: "rejected" in panel.status.text(), timeout=30_000)
    assert "Called AE title not recognised" in panel.status.text()
    assert "c62828" in panel.status.styleSheet()  # shown as an error

    _search(qtbot, panel, "HF*")
    assert "rejected the association" in panel.status.text() and panel.studies.model().rowCount() == 0

    qtbot.keyClicks(panel.date_from, "2022-13-45")
    qtbot.mouseClick(panel.search_button, Qt.LeftButton)
    assert "Study date from: '2022-13-45' is not a date" in panel.status.text()
    panel.date_from.clear()

    panel.node.setCurrentIndex(1)  # the right PACS
    qtbot.mouseClick(panel.echo_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: "answers" in panel.status.text(), timeout=30_000)
    assert "c62828" not in panel.status.styleSheet()
    assert catalog.studies() == []


def test_no_pacs_configured(qtbot, display, silkbridge_home, tmp_path):
    panel = _panel(qtbot, Catalog(tmp_path / "catalog"), None)  # from the (empty) settings
    assert "No PACS is configured" in panel.status.text()
    assert not panel.search_button.isEnabled() and not panel.retrieve_button.isEnabled()


def test_the_reading_room_retrieves_from_its_pacs_tab_into_the_study_browser(qtbot, display, loaded_orthanc,
                                                                             silkbridge_home, tmp_path):
    from ui.mainwindow import MainWindow
    from workstation.settings import Settings

    settings = Settings.load()
    settings.set_pacs([loaded_orthanc.node(kind="dimse")])
    settings.save()
    win = MainWindow(Catalog(tmp_path / "catalog"))
    qtbot.addWidget(win)
    win.resize(1500, 950)
    win.show()
    qtbot.waitExposed(win)
    from PySide6.QtWidgets import QDockWidget

    dock = win.findChild(QDockWidget, "pacsDock")
    assert dock is not None and win.tabifiedDockWidgets(dock)  # beside the Studies dock
    dock.raise_()
    panel = win.pacs
    assert panel.node.currentText() == "Test Orthanc"  # from the settings
    _search(qtbot, panel, "HF*")
    panel.studies.selectRow(0)
    qtbot.waitUntil(lambda: panel.series.model().rowCount() == 1 and not panel.busy, timeout=30_000)
    assert "HFS" not in _browser_text(win.browser)
    with qtbot.waitSignal(panel.retrieved, timeout=120_000):
        qtbot.mouseClick(panel.retrieve_button, Qt.LeftButton)
    # the study browser lists the retrieved study at once
    qtbot.waitUntil(lambda: any(s.patient_name == "HFS" for s in win.catalog.studies()), timeout=10_000)
    qtbot.waitUntil(lambda: "HFS" in _browser_text(win.browser), timeout=10_000)
    win.close()


def _browser_text(browser) -> str:
    m = browser.model  # the studies table
    return " ".join(str(m.item(r, c).text()) for r in range(m.rowCount()) for c in range(m.columnCount())
                    if m.item(r, c) is not None)
