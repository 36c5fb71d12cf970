"""The courses dock driven as a trainee and a coordinator would, through a real hub: enrol in a
cohort, download and install the sample course, read a lesson, open the case in the real viewer,
answer the quiz (a choice question wrong, then the lesion clicked in the axial view), save the
certificate; enrol and learn offline, the hub receiving each statement once when the link is back,
and the coordinator's view of the cohort; a course with a video lesson, the content language, and
bad input refused with its reason."""

from __future__ import annotations

import collections
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QUrl, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDockWidget, QFileDialog

from qt_helpers import click, wheel
from render.label_layout import intersects

pytestmark = pytest.mark.gui

SAMPLE_ID = "reading-chest-abdomen-ct"


@pytest.fixture(scope="module")
def sample_course(tmp_path_factory) -> Path:
    """The shipped sample course, built as a course author does: ``python -m workstation course sample``."""
    out = tmp_path_factory.mktemp("sample") / "sample.silkcourse"
    proc = subprocess.run([sys.executable, "-m", "workstation", "course", "sample", str(out)], capture_output=True,
                          text=True, timeout=300, cwd=Path(__file__).resolve().parent.parent)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return out


@pytest.fixture
def stations(qtbot, silkbridge_home, display):
    """Stations opened by a test, closed (window or panel, link) at its end, newest first."""
    opened: list = []
    yield opened
    from ui.common.qthreading import cancel_all

    for ctl in reversed(opened):
        if ctl.window is not None:
            ctl.window.close()
        else:
            ctl.shutdown()
            if ctl.bridge is not None:
                ctl.bridge.stop()
            ctl.panel.close()
    cancel_all()


def _station(qtbot, stations, tmp_path, bundle=None, *, window=True, start_link=True, language="en", name="",
             blobs=None):
    """A workstation: its own home (catalog, courses, progress), its link when ``bundle`` is given,
    and either a reading-room window with the Courses dock or the courses panel alone."""
    from comms.client import LinkClient
    from ui.courses.panel import CoursesController
    from ui.common.link import LinkBridge

    home = tmp_path / (name or (bundle["user_id"] if bundle else "offline"))
    home.mkdir(parents=True, exist_ok=True)
    bridge = LinkBridge(LinkClient(bundle, home / "link")) if bundle is not None else None
    if window:
        from ui.mainwindow import MainWindow
        from workstation.dicom.catalog import Catalog

        win = MainWindow(Catalog(home / "catalog"), link=bridge)
        ctl = CoursesController(win, bridge, bundle, home=home, language=language, blobs=blobs)
        win.attach_courses(ctl)
        qtbot.addWidget(win)
        win.resize(1500, 950)
        win.show()
        qtbot.waitExposed(win)
        win.findChild(QDockWidget, "coursesDock").raise_()
    else:
        ctl = CoursesController(None, bridge, bundle, home=home, language=language, blobs=blobs)
        ctl.start()
        qtbot.addWidget(ctl.panel)
        ctl.panel.resize(1000, 700)
        ctl.panel.show()
        qtbot.waitExposed(ctl.panel)
    stations.append(ctl)
    if bridge is not None and start_link:
        bridge.start()
    return ctl


def _online(qtbot, ctl):
    qtbot.waitUntil(lambda: ctl.client.state == "online" and "blob" in ctl.client.services, timeout=20_000)


def _click(qtbot, widget):
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.LeftButton)


def _texts(lst) -> list[str]:
    return [lst.item(i).text() for i in range(lst.count())]


def _select(qtbot, lst, text) -> None:
    for i in range(lst.count()):
        if text in lst.item(i).text():
            rect = lst.visualItemRect(lst.item(i))
            qtbot.mouseClick(lst.viewport(), Qt.LeftButton, pos=rect.center())
            assert lst.currentRow() == i
            return
    raise AssertionError(f"{text!r} not in {_texts(lst)}")


def _lesson(qtbot, ctl, title) -> None:
    """Click a lesson in the tree and wait until it is on screen."""
    page = ctl.player_page
    qtbot.waitUntil(lambda: page.tree.topLevelItemCount() > 0, timeout=10_000)
    for i in range(page.tree.topLevelItemCount()):
        top = page.tree.topLevelItem(i)
        for j in range(top.childCount()):
            item = top.child(j)
            if title in item.text(0):
                page.tree.scrollToItem(item)
                rect = page.tree.visualItemRect(item)
                qtbot.mouseClick(page.tree.viewport(), Qt.LeftButton, pos=rect.center())
                qtbot.waitUntil(lambda: page.lesson_title.text() == ctl.lesson.title and title in ctl.lesson.title
                                if ctl.lesson else False, timeout=10_000)
                return
    raise AssertionError(f"no lesson {title!r} in the tree")


def _mark(ctl, title) -> str:
    item = next(ctl.player_page.tree.topLevelItem(i).child(j) for i in range(ctl.player_page.tree.topLevelItemCount())
                for j in range(ctl.player_page.tree.topLevelItem(i).childCount())
                if title in ctl.player_page.tree.topLevelItem(i).child(j).text(0))
    return item.text(0).split(" ", 1)[0]


def _answer_choices(qtbot, ctl, question_id, choice_ids) -> None:
    page = ctl.player_page
    qtbot.waitUntil(lambda: ctl.question is not None and ctl.question.id == question_id and
                    page.question_box.isVisible(), timeout=10_000)
    for cid in choice_ids:
        b = page.choice_buttons[cid]
        assert b.isVisible() and b.isEnabled()
        qtbot.mouseClick(b, Qt.LeftButton, pos=QPoint(8, b.height() // 2))  # on the box, as a user does
    assert page.chosen() == sorted(choice_ids, key=list(page.choice_buttons).index), page.chosen()
    _click(qtbot, page.submit_button)
    try:
        qtbot.waitUntil(lambda: page.feedback_box.isVisible(), timeout=10_000)
    except qtbot.TimeoutError:
        raise AssertionError(f"no feedback: {ctl.panel.message.text()!r}") from None


def _next(qtbot, ctl) -> None:
    _click(qtbot, ctl.player_page.next_button)
    qtbot.waitUntil(lambda: not ctl.player_page.feedback_box.isVisible(), timeout=10_000)


def _click_in_axial(qtbot, ctl, point) -> None:
    """Scroll the axial view to the slice of ``point`` with the wheel, then click where the point is shown."""
    win = ctl.window
    view = win.viewer.slices["axial"]
    page = ctl.player_page
    qtbot.waitUntil(lambda: "Scroll the series" in page.pick_label.text(), timeout=120_000)
    normal = view.scene.plane_normal()
    step = view.scene.slice_step_mm()
    target = float(np.dot(point, normal))
    here = float(np.dot(win.state.position, normal))
    notches = round((target - here) / step)
    if notches:
        wheel(view, (view.width() / 2, view.height() / 2), notches)
    qtbot.waitUntil(lambda: abs(float(np.dot(win.state.position, normal)) - target) <= step / 2 + 1e-6)
    qtbot.wait(200)  # the view renders the new slice
    x, y = view.scene.patient_to_display(point)[:2]
    ratio = view.devicePixelRatioF()
    click(view, (x / ratio, view.height() - 1 - y / ratio))
    qtbot.waitUntil(lambda: page.submit_button.isEnabled() and "Your point" in page.pick_label.text(),
                    timeout=10_000)


def _hub_statement_counts(hub, room) -> collections.Counter:
    """How many times the hub stored each statement id in the cohort room (its raw log)."""
    from comms.courses import STATEMENT, hub_cohort_events

    return collections.Counter(ev.body["statement"]["id"] for ev in hub_cohort_events(hub.data_dir, room)
                               if ev.kind == STATEMENT)


def _published_cohort(qtbot, stations, hub, tmp_path, sample_course, title="Radiology residents 2025"):
    """A coordinator's station (the panel alone) with a cohort and the sample course published in it."""
    from comms.courses import create_cohort, new_cohort_id, publish_course
    from courseware.package import CoursePackage

    bundle = hub.enrol("Dr Chen Coordinator", role="coordinator", hospital="Guangxi Medical", country="CN")
    coord = _station(qtbot, stations, tmp_path, bundle, window=False, name="coordinator")
    _online(qtbot, coord)
    room = create_cohort(coord.client, new_cohort_id(), title, "Chest and abdomen CT reading",
                         access={"roles": ["trainee"]})  # every trainee of the network is invited
    with CoursePackage.open(sample_course) as p:
        m = p.manifest
    publish_course(coord.client, room, sample_course, course_id=m.id, version=m.version, title=m.title,
                   languages=m.languages, default_language=m.default_language, description=m.description)
    return coord, room, m


# ============================================================================ tests
def test_a_trainee_downloads_the_sample_course_and_takes_it_in_the_viewer(qtbot, hub, tmp_path, stations,
                                                                          sample_course, monkeypatch):
    from comms.courses import hub_cohort_statements
    from workstation import coursestate as xs
    from workstation.phantom import PHANTOM_LESION_CENTER_MM

    coord, room, manifest = _published_cohort(qtbot, stations, hub, tmp_path, sample_course)
    bundle = hub.enrol("Nguyen Thi Lan", role="trainee", hospital="Bach Mai", country="VN", language="vi")
    lan = _station(qtbot, stations, tmp_path, bundle)
    _online(qtbot, lan)
    cat = lan.catalogue_page

    # the cohort is listed at the hub: enrol, and its course appears with its size
    qtbot.waitUntil(lambda: any("Radiology residents 2025" in t for t in _texts(cat.cohort_list)), timeout=20_000)
    _select(qtbot, cat.cohort_list, "Radiology residents 2025")
    _click(qtbot, cat.enrol_button)
    qtbot.waitUntil(lambda: "✓ Radiology residents 2025" in _texts(cat.cohort_list), timeout=5_000)
    qtbot.waitUntil(lambda: any("Reading chest/abdomen CT" in t and "available" in t for t in
                                _texts(cat.course_list)), timeout=20_000)
    size_mb = f"{sample_course.stat().st_size / 1e6:.1f} MB"
    assert size_mb in _texts(cat.course_list)[0]
    assert not cat.open_button.isEnabled()  # not installed yet

    # download and install, with progress shown
    _select(qtbot, cat.course_list, "Reading chest/abdomen CT")
    _click(qtbot, cat.download_button)
    qtbot.waitUntil(lambda: cat.progress.isVisible() or "installed" in _texts(cat.course_list)[0], timeout=10_000)
    qtbot.waitUntil(lambda: "v1.0.0 installed · 0/3 lessons" in _texts(cat.course_list)[0], timeout=60_000)
    assert not cat.progress.isVisible()
    assert "works offline" in lan.panel.message.text()
    assert (tmp_path / bundle["user_id"] / "courses" / SAMPLE_ID / "1.0.0" / "manifest.json").is_file()

    # open it: the modules and lessons, nothing done yet
    _click(qtbot, cat.open_button)
    page = lan.player_page
    qtbot.waitUntil(lambda: page.tree.topLevelItemCount() == 2, timeout=10_000)
    assert page.course_title.text() == "Reading chest/abdomen CT"
    assert _mark(lan, "Hounsfield units") == "○"

    # the text lesson: the Markdown as formatted text, its figure loaded from the installed package
    _lesson(qtbot, lan, "Hounsfield units and windows")
    text = page.browser.toPlainText()
    assert "Every voxel of a CT image holds a density in Hounsfield units" in text
    assert page.browser.isVisible() and not page.quiz_scroll.isVisible()
    (src,) = re.findall(r'<img src="([^"]+)"', lan.lesson.html)
    assert src.startswith("file://") and src.endswith("images/windows.png")
    image = page.browser.document().resource(QTextDocument.ImageResource, QUrl(src))
    assert image is not None and not image.isNull() and image.width() > 300  # three windows side by side
    assert _mark(lan, "Hounsfield units") == "◐"  # opened
    _click(qtbot, page.complete_button)
    qtbot.waitUntil(lambda: _mark(lan, "Hounsfield units") == "✓", timeout=10_000)
    assert "1 of 3 lessons completed" in page.course_status.text()

    # the case lesson: the phantom is imported and opened in the real viewer with the abdomen window
    win = lan.window
    with qtbot.waitSignal(lan.case_opened, timeout=120_000):
        _lesson(qtbot, lan, "hypodense lesion in the liver")
    assert win.volume is not None and "Training" in str(win.volume.meta.get("patient_name"))
    assert (win.state.window, win.state.level) == (400.0, 40.0)
    assert win.window_combo.currentData() == "abdomen"
    assert "open in the viewer" in page.case_state.text()
    _click(qtbot, page.complete_button)
    qtbot.waitUntil(lambda: _mark(lan, "hypodense lesion") == "✓", timeout=10_000)

    # the quiz: pass mark and attempts, then a choice question answered wrong shows the explanation
    _lesson(qtbot, lan, "Quiz: windows and liver lesions")
    qtbot.waitUntil(lambda: page.start_button.isVisible(), timeout=10_000)
    assert "Pass mark 75 %" in page.quiz_info.text() and re.search(r"\b3 attempt(\(s\)|s) left", page.quiz_info.text())
    _click(qtbot, page.start_button)
    _answer_choices(qtbot, lan, "q-window", ["lung"])
    assert page.verdict.text() == "✗ Incorrect"
    assert page.correct_answer.text() == "Correct answer: Abdomen window (W 400 / L 40)"
    q_window = next(q for q in manifest.modules[1].lessons[1].questions if q.id == "q-window")
    assert page.explanation.text() == q_window.explanation["en"] and page.explanation.isVisible()
    assert not page.submit_button.isVisible() and not page.choice_buttons["abdomen"].isEnabled()
    _next(qtbot, lan)
    _answer_choices(qtbot, lan, "q-density", ["water"])
    assert page.verdict.text() == "✓ Correct"
    _next(qtbot, lan)
    assert page.choice_buttons["margin"].__class__.__name__ == "QCheckBox"  # multiple choice: check boxes
    _answer_choices(qtbot, lan, "q-cyst", ["margin", "homogeneous"])
    assert page.verdict.text() == "✓ Correct"
    _next(qtbot, lan)

    # the image question: scroll the axial view to the lesion and click it
    qtbot.waitUntil(lambda: ctl_question(lan) == "q-find-lesion", timeout=10_000)
    assert "click the centre of the liver lesion" in page.prompt.text()
    assert not page.submit_button.isEnabled()  # nothing clicked yet
    _click_in_axial(qtbot, lan, PHANTOM_LESION_CENTER_MM)
    assert np.linalg.norm(np.subtract(lan.picked, PHANTOM_LESION_CENTER_MM)) < 3.0
    _click(qtbot, page.submit_button)
    qtbot.waitUntil(lambda: page.feedback_box.isVisible(), timeout=10_000)
    assert page.verdict.text() == "✓ Correct"
    # The finding and her point a few millimetres apart: their labels are drawn inside the view and
    # apart (they used to cover each other and be clipped), as VTK draws them.
    axial = lan.window.viewer.slices["axial"]
    qtbot.waitUntil(lambda: len(axial.layer.label_boxes()) == 2, timeout=10_000)
    boxes = list(axial.layer.label_boxes().values())
    w, h = axial.layer.scene.renderer.GetSize()
    assert all(b[0] >= 0 and b[1] >= 0 and b[2] <= w and b[3] <= h for b in boxes), (boxes, w, h)
    assert not intersects(*boxes), boxes
    assert "right lobe of the liver" in page.explanation.text()
    assert page.result.text().startswith("Attempt 1: 3 of 4 correct (75 %) — passed")
    assert "course completed" in page.result.text()
    qtbot.waitUntil(lambda: page.certificate_button.isVisible(), timeout=10_000)
    assert "Course completed · score 75 %" in page.course_status.text()
    assert _mark(lan, "Quiz: windows") == "✓"

    # the certificate PDF, with the verification code the hub can check
    cert = tmp_path / "lan-certificate.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(cert), "PDF (*.pdf)")))
    with qtbot.waitSignal(lan.certificate_saved, timeout=60_000):
        _click(qtbot, page.certificate_button)
    code = lan.status.certificate_code
    pdf_text = subprocess.run(["pdftotext", str(cert), "-"], capture_output=True, text=True, check=True).stdout
    assert "Nguyen Thi Lan" in pdf_text and "Reading chest/abdomen CT" in pdf_text and code in pdf_text
    assert code in page.course_status.text()

    # every statement reaches the hub, each once; the coordinator sees the trainee's completion
    qtbot.waitUntil(lambda: lan.panel.sync_label.text() == "All progress synced", timeout=30_000)
    mine = [s["id"] for s in lan.store.statements(user=bundle["user_id"])]
    counts = _hub_statement_counts(hub, room)
    assert set(counts) == set(mine) and set(counts.values()) == {1}
    assert xs.verify_certificate(code, hub_cohort_statements(hub.data_dir, room)).user == bundle["user_id"]
    coord.coordinator_page.refresh_cohorts()
    coord.coordinator_page.choose(room)
    qtbot.waitUntil(lambda: any("Nguyen Thi Lan" in r[0] and r[3] == "completed" for r in
                                coord.coordinator_page.table_rows()), timeout=20_000)
    (row,) = [r for r in coord.coordinator_page.table_rows() if "Nguyen Thi Lan" in r[0]]
    assert row[1] == "Bach Mai" and row[4] == "3/3" and row[7] == "75 %" and row[8] == code


def ctl_question(ctl) -> str | None:
    return ctl.question.id if ctl.question is not None else None


def test_a_trainee_enrols_and_learns_offline_and_the_hub_gets_each_statement_once(qtbot, hub, tmp_path, stations,
                                                                                   sample_course, monkeypatch):
    from workstation.phantom import PHANTOM_LESION_CENTER_MM

    # the coordinator prepared the cohort; the trainee was handed the package and the cohort code
    coord, room, _ = _published_cohort(qtbot, stations, hub, tmp_path, sample_course, "Residents offline")
    coord_bundle = coord.bundle
    stations.remove(coord)
    coord.shutdown()
    coord.bridge.stop()
    coord.panel.close()
    bundle = hub.enrol("Souksavanh Phommachanh", role="trainee", hospital="Mahosot", country="LA")
    uid = bundle["user_id"]
    hub.stop()  # the link is down

    lao = _station(qtbot, stations, tmp_path, bundle)
    cat = lao.catalogue_page
    qtbot.wait(300)
    assert lao.client.state != "online"

    # install from the file, offline
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(sample_course), "Course packages (*.silkcourse)")))
    _click(qtbot, cat.file_button)
    qtbot.waitUntil(lambda: any("v1.0.0 installed" in t for t in _texts(cat.course_list)), timeout=60_000)

    # a wrong cohort code is refused with the reason, nothing is enrolled
    cat.code_edit.setText("residents 2025")
    _click(qtbot, cat.code_button)
    assert "is not a cohort code" in lao.panel.message.text() and lao.panel.message.isVisible()
    assert lao.choices.cohorts == {} and cat.code_edit.text() == "residents 2025"
    # the right one: enrolled at once, the hub hears of it later
    cat.code_edit.setText(room)
    _click(qtbot, cat.code_button)
    assert "when the link is back" in lao.panel.message.text()
    assert cat.code_edit.text() == "" and list(lao.choices.cohorts) == [room]
    assert json.loads((tmp_path / uid / "courses-ui.json").read_text())["cohorts"][room]
    qtbot.waitUntil(lambda: any(room in t or t.startswith("✓") for t in _texts(cat.cohort_list)), timeout=5_000)

    # learn offline: a lesson and the quiz (one question right, three wrong -- the image one clicked beside
    # the lesion)
    _select(qtbot, cat.course_list, "Reading chest/abdomen CT")
    _click(qtbot, cat.open_button)
    page = lao.player_page
    _lesson(qtbot, lao, "Hounsfield units and windows")
    _click(qtbot, page.complete_button)
    qtbot.waitUntil(lambda: _mark(lao, "Hounsfield units") == "✓", timeout=10_000)
    _lesson(qtbot, lao, "Quiz: windows and liver lesions")
    qtbot.waitUntil(lambda: page.start_button.isVisible(), timeout=10_000)
    _click(qtbot, page.start_button)
    _answer_choices(qtbot, lao, "q-window", ["abdomen"])
    assert page.verdict.text() == "✓ Correct"
    _next(qtbot, lao)
    _answer_choices(qtbot, lao, "q-density", ["fat"])
    assert page.verdict.text() == "✗ Incorrect" and "near-water density" in page.explanation.text()
    _next(qtbot, lao)
    _answer_choices(qtbot, lao, "q-cyst", ["margin", "wall"])
    assert page.verdict.text() == "✗ Incorrect"
    _next(qtbot, lao)
    qtbot.waitUntil(lambda: ctl_question(lao) == "q-find-lesion", timeout=10_000)
    x, y, z = PHANTOM_LESION_CENTER_MM
    _click_in_axial(qtbot, lao, (-x, y, z))  # the mirror image: the left lobe, no lesion there
    _click(qtbot, page.submit_button)
    qtbot.waitUntil(lambda: page.feedback_box.isVisible(), timeout=10_000)
    assert page.verdict.text() == "✗ Incorrect"
    distance = int(re.search(r"(\d+) mm from your point", page.correct_answer.text()).group(1))
    assert 66 <= distance <= 74  # 70 mm across the midline
    assert "Attempt 1: 1 of 4 correct (25 %) — not passed" in page.result.text()
    _next(qtbot, lao)
    qtbot.waitUntil(lambda: page.start_button.isVisible() and page.start_button.text() == "Try again",
                    timeout=10_000)
    assert re.search(r"\b2 attempt(\(s\)|s) left", page.quiz_info.text()) and "best 25 %" in page.quiz_info.text()

    # everything waits here, shown to the trainee
    pending = lao.store.pending(user=uid)
    assert len(pending) >= 10
    qtbot.waitUntil(lambda: bool(re.match(rf"{len(pending)} statement(\(s\)|s) waiting to sync",
                                          lao.panel.sync_label.text())), timeout=10_000)
    assert "offline" in lao.panel.sync_label.text()

    # the hub comes back: each statement arrives once, the trainee sees it synced
    hub.start()
    qtbot.waitUntil(lambda: lao.panel.sync_label.text() == "All progress synced", timeout=60_000)
    mine = [s["id"] for s in lao.store.statements(user=uid)]
    counts = _hub_statement_counts(hub, room)
    assert set(counts) == set(mine) and set(counts.values()) == {1}, counts

    # the coordinator's view: the trainee's progress and score, the hardest questions, CSV
    coord = _station(qtbot, stations, tmp_path, coord_bundle, window=False, name="coordinator")
    _online(qtbot, coord)
    cp = coord.coordinator_page
    qtbot.waitUntil(lambda: cp.cohort_combo.findData(room) >= 0, timeout=20_000)
    cp.choose(room)
    qtbot.waitUntil(lambda: any("Souksavanh" in r[0] for r in cp.table_rows()), timeout=20_000)
    (row,) = [r for r in cp.table_rows() if "Souksavanh" in r[0]]
    assert row[1] == "Mahosot" and row[3] == "in progress" and row[4] == "1/3" and row[5] == "1"
    assert row[6] == "25 %" and row[7] == ""  # best quiz score; no course score yet
    hardest = [cp.hardest.item(r, 0).text() for r in range(cp.hardest.rowCount())]
    assert len(hardest) == 4 and "click the centre of the liver lesion" in " ".join(hardest[:3])
    assert cp.hardest.item(3, 0).text().startswith("In which window")  # the one answered right
    coord.panel.tabs.setCurrentWidget(cp)
    chosen = {"path": str(tmp_path / "no-such-folder" / "cohort.csv")}
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (chosen["path"], "CSV")))
    _click(qtbot, cp.export_button)  # a folder that does not exist: said, nothing written
    assert coord.panel.message.text().startswith("Export failed") and "no-such-folder" in coord.panel.message.text()
    out = tmp_path / "cohort.csv"
    chosen["path"] = str(out)
    _click(qtbot, cp.export_button)
    assert coord.panel.message.text() == f"Exported {out}"
    table = out.read_text(encoding="utf-8-sig")
    assert uid in table and "Souksavanh Phommachanh" in table and ",in progress," in table
    assert (tmp_path / "cohort-questions.csv").read_text(encoding="utf-8-sig").count("\n") == 5

    # a statement answered now goes straight through (online)
    _click(qtbot, page.start_button)
    qtbot.waitUntil(lambda: ctl_question(lao) == "q-window", timeout=10_000)
    qtbot.waitUntil(lambda: lao.panel.sync_label.text() == "All progress synced", timeout=30_000)
    assert set(_hub_statement_counts(hub, room).values()) == {1}


def test_a_download_cancelled_half_way_and_cut_resumes_from_what_was_received(qtbot, hub, tmp_path, stations,
                                                                              sample_course):
    """Over a slow link: Cancel keeps what was received; Download again resumes from there, rides out a
    cut link, and installs the course; nothing travels twice."""
    from comms.blobs import BlobClient
    from comms.linkemu import LinkEmulator, LinkProfile

    coord, room, manifest = _published_cohort(qtbot, stations, hub, tmp_path, sample_course)
    size = sample_course.stat().st_size
    bundle = hub.enrol("Dr Aung", role="trainee", hospital="Yangon General", country="MM")
    port = int(hub.services["blob"].rsplit(":", 1)[1])
    profile = LinkProfile(delay_ms=10, jitter_ms=0, bandwidth_kbit=8_000, loss_pct=0)  # ~1 MB/s: a few seconds
    with LinkEmulator("127.0.0.1", port, profile=profile, seed=3) as link:
        blobs = BlobClient(bundle, f"tcp://127.0.0.1:{link.port}")
        aung = _station(qtbot, stations, tmp_path, bundle, window=False, blobs=blobs)
        _online(qtbot, aung)
        cat = aung.catalogue_page
        qtbot.waitUntil(lambda: cat.cohort_list.count() == 1, timeout=20_000)
        _select(qtbot, cat.cohort_list, "Radiology residents 2025")
        _click(qtbot, cat.enrol_button)
        qtbot.waitUntil(lambda: any("available" in t for t in _texts(cat.course_list)), timeout=20_000)
        _select(qtbot, cat.course_list, "Reading chest/abdomen CT")

        # Cancel at about a quarter: the part is kept, the course is still only available
        _click(qtbot, cat.download_button)
        qtbot.waitUntil(lambda: cat.progress.isVisible() and cat.progress.value() >= 250, timeout=30_000)
        _click(qtbot, cat.cancel_button)
        qtbot.waitUntil(lambda: "paused" in aung.panel.message.text(), timeout=20_000)
        part = aung.downloads_dir / f"{manifest.id}-{manifest.version}.silkcourse.part"
        kept = part.stat().st_size
        assert 0.2 * size <= kept < size
        assert not cat.progress.isVisible() and cat.download_button.isEnabled()
        assert "available" in _texts(cat.course_list)[0]

        # Download again: resumes from the part; the link is cut half way and the download rides it out
        _click(qtbot, cat.download_button)
        qtbot.waitUntil(lambda: cat.progress.value() >= 600, timeout=30_000)
        assert link.reset_all() >= 1
        qtbot.waitUntil(lambda: "v1.0.0 installed" in _texts(cat.course_list)[0], timeout=60_000)
        assert blobs.stats["resumed_from"][0] == kept and blobs.stats["reconnects"] >= 1
        assert link.stats.bytes_down <= size + blobs.window * blobs.chunk_size + 256 * 1024  # nothing twice
        assert not part.exists() and not list(aung.downloads_dir.glob("*.silkcourse"))
        assert (aung.courses_dir / manifest.id / manifest.version / "manifest.json").is_file()
        assert aung.choices.course_cohort == {manifest.id: room}


def _video(path: Path, frames: int = 40, fps: int = 20) -> Path:
    import av

    with av.open(str(path), "w") as out:
        stream = out.add_stream("mpeg4", rate=fps)
        stream.width, stream.height, stream.pix_fmt = 160, 120, "yuv420p"
        for n in range(frames):
            img = np.zeros((120, 160, 3), np.uint8)
            img[:, : 4 * (n + 1)] = (0, 200, 0)
            for packet in stream.encode(av.VideoFrame.from_ndarray(img, format="rgb24")):
                out.mux(packet)
        for packet in stream.encode():
            out.mux(packet)
    return path


def _video_course(folder: Path) -> Path:
    """A small course with a text lesson that tries raw HTML and outside images, a video lesson
    and a one-question quiz, in English, Simplified Chinese and Vietnamese."""
    from PIL import Image

    from courseware.package import build

    content = folder / "content"
    (content / "images").mkdir(parents=True)
    Image.new("RGB", (64, 32), (200, 30, 30)).save(content / "images" / "red.png")
    _video(content / "demo.mp4")
    body = {"en": "# Ultrasound basics\n\nProbe <script>alert('x')</script> handling.\n\n"
                  "![probe](images/red.png) <img src=\"https://example.org/t.png\">\n",
            "zh-Hans": "# 超声基础\n\n探头的使用。\n", "vi": "# Cơ bản về siêu âm\n\nCách cầm đầu dò.\n"}
    for lang, text in body.items():
        (content / f"intro.{lang}.md").write_text(text, encoding="utf-8")
    t = lambda en, zh, vi: {"en": en, "zh-Hans": zh, "vi": vi}  # noqa: E731
    manifest = {
        "format": "silkbridge-course", "format_version": 1, "id": "us-basics", "version": "0.1.0",
        "default_language": "en", "languages": ["en", "zh-Hans", "vi"],
        "title": t("Ultrasound basics", "超声基础", "Siêu âm cơ bản"),
        "description": t("Probe handling", "探头使用", "Cách cầm đầu dò"),
        "modules": [{"id": "m1", "title": t("Basics", "基础", "Cơ bản"), "lessons": [
            {"kind": "text", "id": "intro", "title": t("Holding the probe", "握持探头", "Cầm đầu dò"),
             "body": {lang: f"content/intro.{lang}.md" for lang in body}},
            {"kind": "video", "id": "clip", "title": t("A sweep", "扫查", "Một lượt quét"), "video": "content/demo.mp4"},
            {"kind": "quiz", "id": "quiz", "title": t("Check", "测验", "Kiểm tra"), "pass_mark": 1.0,
             "max_attempts": 1, "questions": [
                 {"type": "single", "id": "q1", "prompt": t("Gel?", "耦合剂？", "Gel?"),
                  "choices": [{"id": "yes", "text": t("Yes", "是", "Có")}, {"id": "no", "text": t("No", "否", "Không")}],
                  "answer": ["yes"], "explanation": t("Gel removes air.", "耦合剂排除空气。", "Gel loại bỏ không khí.")}]}]}]}
    (folder / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    return build(folder, folder.parent / "us-basics-0.1.0.silkcourse")


def test_offline_course_with_video_follows_the_language_and_refuses_bad_input(qtbot, tmp_path, stations, display):
    """No hub at all: a course installed from a file, its text lesson shown safely, the video played
    and paused, the language following the interface with a per-course choice; a tampered package
    refused with the reason and nothing installed; the only quiz attempt used fails the course."""
    pkg = _video_course(tmp_path / "src")
    ctl = _station(qtbot, stations, tmp_path, None, language="zh", name="offline")
    cat = ctl.catalogue_page
    assert not cat.enrol_button.isEnabled() and not cat.code_button.isEnabled()
    qtbot.waitUntil(lambda: ctl.panel.sync_label.text() == "Progress is kept on this workstation (no hub link)")

    # a tampered package: refused, nothing installed, the message names the damaged file
    bad = tmp_path / "tampered.silkcourse"
    with zipfile.ZipFile(pkg) as src, zipfile.ZipFile(bad, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "content/intro.en.md":
                data = data.replace(b"Probe", b"Prob3")
            dst.writestr(info, data)
    ctl.install_file(bad)
    qtbot.waitUntil(lambda: "Could not install tampered.silkcourse" in ctl.panel.message.text(), timeout=30_000)
    assert "content/intro.en.md" in ctl.panel.message.text()
    assert cat.course_list.count() == 0 and not (tmp_path / "offline" / "courses" / "us-basics").exists()
    # a file that is not there
    ctl.install_file(tmp_path / "missing.silkcourse")
    qtbot.waitUntil(lambda: "no such file" in ctl.panel.message.text(), timeout=30_000)

    # the good one, in the interface language (Chinese: zh -> zh-Hans)
    ctl.install_file(pkg)
    qtbot.waitUntil(lambda: _texts(cat.course_list) == ["超声基础 — v0.1.0 installed · 0/3 lessons"], timeout=10_000)
    _select(qtbot, cat.course_list, "超声基础")
    _click(qtbot, cat.open_button)
    page = ctl.player_page
    _lesson(qtbot, ctl, "握持探头")
    assert "探头的使用" in page.browser.toPlainText()
    assert page.language_combo.currentIndex() == 0 and "简体中文" in page.language_combo.currentText()

    # the course's own language choice: English, whatever the interface says; remembered
    page.language_combo.setCurrentIndex(page.language_combo.findData("en"))
    page.language_combo.activated.emit(page.language_combo.currentIndex())
    qtbot.waitUntil(lambda: page.lesson_title.text() == "Holding the probe", timeout=10_000)
    text = page.browser.toPlainText()
    assert "Probe <script>alert('x')</script> handling." in text  # raw HTML shown as text, never run
    html = ctl.lesson.html
    assert "<script>" not in html and '<img src="https://example.org' not in html
    (src,) = [s for s in re.findall(r'<img src="([^"]*)"', html) if s]
    assert not page.browser.document().resource(QTextDocument.ImageResource, QUrl(src)).isNull()
    assert json.loads((tmp_path / "offline" / "courses-ui.json").read_text())["language"] == {"us-basics": "en"}
    assert page.course_title.text() == "Ultrasound basics"
    # the interface is switched to Vietnamese (Settings -> Language): this course stays English...
    from ui.common.i18n import switch_language

    try:
        switch_language("vi")
        qtbot.wait(300)
        assert page.lesson_title.text() == "Holding the probe" and ctl.ui_language == "vi"
        # ...until it follows the interface again
        page.language_combo.setCurrentIndex(0)
        page.language_combo.activated.emit(0)
        qtbot.waitUntil(lambda: page.lesson_title.text() == "Cầm đầu dò", timeout=10_000)
        assert "Tiếng Việt" in page.language_combo.currentText()
        assert _texts(cat.course_list)[0].startswith("Siêu âm cơ bản — ")
    finally:
        switch_language("en")
    qtbot.waitUntil(lambda: page.lesson_title.text() == "Holding the probe", timeout=10_000)

    # the video lesson: play, pause (no new frames), play to the end
    _lesson(qtbot, ctl, "A sweep")
    assert page.video.isVisible() and not page.browser.isVisible()
    _click(qtbot, page.play_button)
    qtbot.waitUntil(lambda: page.video.frames_shown >= 5, timeout=20_000)
    frame = page.video.frame
    assert frame.shape == (120, 160, 3) and frame[60, 2, 1] > 150  # the growing green bar, decoded
    _click(qtbot, page.play_button)
    qtbot.waitUntil(lambda: page.video_state.text() == "Paused", timeout=5_000)
    qtbot.wait(300)  # a frame read before the pause may still arrive
    paused_at = page.video.frames_received
    qtbot.wait(600)
    assert page.video.frames_received == paused_at < 40
    _click(qtbot, page.play_button)
    qtbot.waitUntil(lambda: page.video_state.text() == "End of the video", timeout=30_000)
    assert page.video.frames_received == 40
    _click(qtbot, page.complete_button)
    qtbot.waitUntil(lambda: _mark(ctl, "A sweep") == "✓", timeout=10_000)

    # the only attempt, answered wrong: the quiz and the course are failed, no attempt is offered
    _lesson(qtbot, ctl, "Check")
    qtbot.waitUntil(lambda: page.start_button.isVisible(), timeout=10_000)
    _click(qtbot, page.start_button)
    _answer_choices(qtbot, ctl, "q1", ["no"])
    assert page.explanation.text() == "Gel removes air."
    _next(qtbot, ctl)
    qtbot.waitUntil(lambda: page.start_button.isVisible() and not page.start_button.isEnabled(), timeout=10_000)
    assert re.search(r"\b0 attempt(\(s\)|s) left", page.quiz_info.text())
    assert _mark(ctl, "Check") == "✗"
    assert page.course_status.text() == "Course failed: a quiz has no attempt left"
    assert not page.certificate_button.isVisible()
    # statements are kept locally (no hub): nothing is lost
    assert len(ctl.store.pending(user="local")) >= 8
