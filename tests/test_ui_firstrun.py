"""The first-run wizard, clicked through like a new user would, against a real hub: the language
first (the wizard, its own buttons and the core's error messages switch to it at once), importing
the enrolment bundle with the file chooser (bad files refused with the reason), the hub check
(round trip, or why not), the sound check through the PulseAudio null sink (tone played and
captured back), the camera check (none on this machine: said clearly), the language saved at
Finish; Cancel saves nothing; ``gui`` opens it only without an enrolment."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import zmq
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog, QRadioButton, QWizard

from comms.enrol import write_bundle
from helpers import wait_for

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.gui


@pytest.fixture
def wizard(qtbot, silkbridge_home, display):
    from ui.setup.firstrun import FirstRunWizard
    from ui.common.i18n import apply_language, current_language

    w = FirstRunWizard()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.hub_page.stop()
    if current_language() != "en":  # the next test starts in English
        apply_language("en")


def click(qtbot, button):
    assert button.isVisible() and button.isEnabled(), button.text()
    if isinstance(button, QRadioButton):  # on its round indicator (the row is wider than its label)
        qtbot.mouseClick(button, Qt.LeftButton, pos=QPoint(8, button.height() // 2))
    else:
        qtbot.mouseClick(button, Qt.LeftButton)


def next_page(qtbot, wizard):
    page = wizard.currentPage()
    click(qtbot, wizard.button(QWizard.NextButton))
    assert wizard.currentPage() is not page


def choose_file(qtbot, page, path: Path):
    """Choose ``path`` in the real file chooser the page opens."""
    click(qtbot, page.choose_button)
    dlg = page.dialog
    assert isinstance(dlg, QFileDialog)
    qtbot.waitUntil(dlg.isVisible)
    dlg.selectFile(str(path))
    dlg.accept()


def test_first_run_through_every_page_with_a_real_hub(qtbot, hub, wizard, tmp_path, silkbridge_home):
    from ui.setup.firstrun import needs_first_run
    from workstation.settings import Settings

    assert needs_first_run()
    bundle = hub.enrol("Dr Lan", role="specialist", hospital="Bach Mai", country="VN", language="vi")
    good = write_bundle(bundle, tmp_path / "from-the-admin" / "lan.json")
    not_json = tmp_path / "photo.json"
    not_json.write_bytes(b"\x89PNG\r\n\x1a\n not an enrolment")
    partial = tmp_path / "partial.json"
    partial.write_text(json.dumps({k: v for k, v in bundle.items() if k != "hmac_secret"}))
    damaged = tmp_path / "damaged.json"
    damaged.write_text(json.dumps(dict(bundle, secret_key="short")))

    lang = wizard.language_page
    assert wizard.currentPage() is lang  # the language comes first
    assert lang.buttons["en"].isChecked() and lang.title() == "Language"  # no settings, an English system
    next_page(qtbot, wizard)
    page = wizard.enrolment_page
    assert wizard.currentPage() is page
    next_button = wizard.button(QWizard.NextButton)
    assert not next_button.isEnabled()  # no bundle yet
    for path, reason in ((not_json, "not a readable enrolment bundle"), (partial, "lacks hmac_secret"),
                         (damaged, "secret_key is not a CURVE key")):
        choose_file(qtbot, page, path)
        assert page.status.text().startswith("This file cannot be used:") and reason in page.status.text(), \
            page.status.text()
        assert not next_button.isEnabled()
    choose_file(qtbot, page, good)
    assert page.status.text() == f"Enrolled as Dr Lan (specialist), Bach Mai, VN. Hub: {hub.address}"
    assert next_button.isEnabled()
    next_page(qtbot, wizard)

    hub_page = wizard.hub_page
    assert hub_page.status.text().startswith("Connecting to the hub at")
    qtbot.waitUntil(lambda: hub_page.result is not None, timeout=20_000)
    assert hub_page.result[0] == "ok", hub_page.status.text()
    text = hub_page.status.text()
    assert text.startswith(f"Connected to the hub at {hub.address}. Round trip: ") and text.endswith(" ms."), text
    next_page(qtbot, wizard)

    audio = wizard.audio_page
    from comms.audio import microphones

    mics = microphones()
    assert mics, "PulseAudio's inputs (installer/devices.sh start_null_audio) are listed"
    combo = audio.mic_choice
    assert [combo.itemText(i) for i in range(combo.count())] == ["System default", *mics]
    assert combo.currentIndex() == 0
    qtbot.keyClick(combo, Qt.Key_Down)  # the user picks the first named microphone
    assert audio.microphone == mics[0]
    click(qtbot, audio.play_button)
    assert not audio.play_button.isEnabled()  # one check at a time
    qtbot.waitUntil(lambda: audio.result is not None, timeout=30_000)
    if "error" in audio.result:
        pytest.fail(f"{audio.result['error']}: this test needs PulseAudio with the null sink whose monitor is the "
                    "default input (installer/run-tests.sh, or `source installer/devices.sh; start_null_audio`)")
    assert audio.result["heard"], audio.result
    assert audio.status.text().startswith("The microphone heard the test tone: level ")
    assert audio.level.value() > 20  # louder than -40 dBFS
    next_page(qtbot, wizard)

    camera = wizard.camera_page
    qtbot.waitUntil(lambda: camera.result is not None, timeout=30_000)
    if list(Path("/dev").glob("video*")):
        assert "frame" in camera.result and camera.status.text().startswith("Camera 0 works")
    else:  # this machine has no camera: said plainly, and what still works
        assert camera.status.text().startswith("No camera found (camera 0:"), camera.status.text()
        assert "connect a camera and check again" in camera.status.text()
        assert camera.preview.text() == "no camera"
    assert Settings.load().language == "en" and needs_first_run()  # nothing saved before Finish
    click(qtbot, wizard.button(QWizard.FinishButton))  # the camera is the last page

    assert not wizard.isVisible() and wizard.result() == QWizard.Accepted
    settings = Settings.load()
    assert settings.language == "en"
    assert settings.microphone == mics[0] and settings.camera == ""  # calls use that microphone
    imported = Path(settings.enrolment_bundle)
    assert imported == silkbridge_home / "enrolment.json"
    assert json.loads(imported.read_text()) == bundle and imported.stat().st_mode & 0o777 == 0o600
    assert not needs_first_run()


def unused_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_hub_check_says_why_it_cannot_connect(qtbot, hub, wizard, tmp_path):
    revoked = hub.enrol("Dr Gone")
    hub.revoke(revoked["user_id"])
    other_hub_key = zmq.curve_keypair()[0].decode()
    cases = [
        ("revoked", revoked, "the hub refused this key (not enrolled or revoked)"),
        ("wrong-key", dict(hub.enrol("Dr Wrongkey"), hub_public_key=other_hub_key), "wrong hub key"),
        ("nobody", dict(hub.enrol("Dr Far"), hub_address=f"tcp://127.0.0.1:{unused_port()}"),
         "no answer from the hub within 3 s"),
    ]
    wizard.hub_page.timeout_s = 3.0
    next_page(qtbot, wizard)  # the language page: English
    for name, bundle, reason in cases:
        page = wizard.enrolment_page
        assert wizard.currentPage() is page
        path = write_bundle(bundle, tmp_path / f"{name}.json")
        page.path_edit.setText(str(path))  # typed or pasted, then Enter: read, and on to the next page
        qtbot.keyClick(page.path_edit, Qt.Key_Return)
        assert wizard.currentPage() is wizard.hub_page
        hub_page = wizard.hub_page
        qtbot.waitUntil(lambda: hub_page.result is not None, timeout=30_000)
        text = hub_page.status.text()
        assert hub_page.result[0] == "failed" and text.startswith(f"Could not connect to the hub at {bundle['hub_address']}: ")
        assert reason in text and text.endswith("You can finish now and connect later."), (name, text)
        assert wizard.button(QWizard.NextButton).isEnabled()  # a hospital offline today can still finish
        click(qtbot, hub_page.retry_button)  # checks again, with the same answer
        assert hub_page.result is None
        qtbot.waitUntil(lambda: hub_page.result is not None, timeout=30_000)
        assert reason in hub_page.status.text()
        click(qtbot, wizard.button(QWizard.BackButton))


def test_cancel_saves_nothing_and_keeps_the_language(qtbot, hub, wizard, tmp_path, silkbridge_home):
    from ui.common.i18n import current_language
    from workstation.settings import Settings

    click(qtbot, wizard.language_page.buttons["zh-Hans"])
    assert current_language() == "zh-Hans"
    next_page(qtbot, wizard)
    bundle = hub.enrol("Dr Chen", language="zh-Hans")
    page = wizard.enrolment_page
    assert page.load(str(write_bundle(bundle, tmp_path / "chen.json")))
    wizard.hub_page.timeout_s = 3.0
    while wizard.currentPage() is not wizard.camera_page:
        page = wizard.currentPage()
        qtbot.waitUntil(page.isComplete, timeout=30_000)
        next_page(qtbot, wizard)
    assert wizard.button(QWizard.CancelButton).text() == "取消"
    click(qtbot, wizard.button(QWizard.CancelButton))
    assert wizard.result() == QWizard.Rejected
    assert current_language() == "en"
    assert not Settings.path().exists() and not (silkbridge_home / "enrolment.json").exists()


LANGUAGE_PAGE = {  # what a person reads after choosing the language on the first page
    "th": {"title": "ภาษา", "next": "ถัดไป(&N) >", "back": "< ย้อนกลับ(&B)", "cancel": "ยกเลิก",
           "enrolment": "การลงทะเบียนของคุณ", "camera": "กล้อง 0: เปิดอุปกรณ์วิดีโอไม่ได้",
           "refused": ("ใช้ไฟล์นี้ไม่ได้: ", "photo.json: ไม่ใช่ไฟล์ลงทะเบียนที่อ่านได้ (ไม่ใช่ไฟล์ข้อความ)")},
    "km": {"title": "ភាសា", "next": "បន្ទាប់(&N) >", "back": "< ថយក្រោយ(&B)", "cancel": "បោះបង់",
           "enrolment": "ការចុះឈ្មោះរបស់អ្នក", "camera": "កាមេរ៉ា 0៖ មិនអាចបើកឧបករណ៍វីដេអូបានទេ",
           "refused": ("មិនអាចប្រើឯកសារនេះបានទេ៖ ",
                       "photo.json៖ មិនមែនជាឯកសារចុះឈ្មោះដែលអាចអានបានទេ (មិនមែនជាឯកសារអត្ថបទទេ)")},
    "id": {"title": "Bahasa", "next": "&Berikutnya >", "back": "< &Kembali", "cancel": "Batal",
           "enrolment": "Pendaftaran Anda", "camera": "kamera 0: tidak dapat membuka perangkat video",
           "refused": ("Berkas ini tidak dapat dipakai: ",
                       "photo.json: bukan berkas pendaftaran yang dapat dibaca (bukan berkas teks)")},
}


@pytest.mark.parametrize("code", sorted(LANGUAGE_PAGE))
def test_the_language_comes_first_and_the_whole_wizard_speaks_it(qtbot, wizard, tmp_path, code):
    """Choosing the language on the first page: the page, the next ones, the wizard's own
    Back/Next/Cancel buttons and the camera's error (a message of the core) are in that language."""
    from ui.common.i18n import LANGUAGES, current_language

    e = LANGUAGE_PAGE[code]
    lang = wizard.language_page
    assert wizard.currentPage() is lang and wizard.startId() == wizard.pageIds()[0]
    assert [lang.buttons[c].text() for c, _ in LANGUAGES] == [name for _, name in LANGUAGES]  # each in its own
    assert wizard.button(QWizard.NextButton).text() == "&Next >"
    click(qtbot, lang.buttons[code])
    assert current_language() == code
    assert lang.title() == e["title"]
    assert wizard.button(QWizard.NextButton).text() == e["next"]
    assert wizard.button(QWizard.CancelButton).text() == e["cancel"]
    next_page(qtbot, wizard)
    assert wizard.enrolment_page.title() == e["enrolment"]
    assert wizard.button(QWizard.BackButton).text() == e["back"]
    photo = tmp_path / "photo.json"  # not an enrolment file: refused with the reason, in that language
    photo.write_bytes(b"\x89PNG\r\n\x1a\n not an enrolment")
    choose_file(qtbot, wizard.enrolment_page, photo)
    assert wizard.enrolment_page.status.text() == e["refused"][0] + e["refused"][1]

    camera = wizard.camera_page  # the camera check, as the camera page runs it
    camera.check()
    qtbot.waitUntil(lambda: camera.result is not None, timeout=30_000)
    if list(Path("/dev").glob("video*")):
        assert "frame" in camera.result
    else:  # no camera here: the core's error in the chosen language, no English left in it
        text = camera.status.text()
        assert e["camera"] in text, text
        assert "cannot open video device" not in text and "no camera at index" not in text

    click(qtbot, wizard.button(QWizard.BackButton))
    click(qtbot, lang.buttons["en"])  # and back to English: the buttons follow
    assert wizard.button(QWizard.NextButton).text() == "&Next >" and lang.title() == "Language"


def _windows() -> str:
    r = subprocess.run(["xwininfo", "-root", "-tree"], capture_output=True, timeout=30)
    return r.stdout.decode("utf-8", "replace")


def _gui(home: Path, display: str) -> subprocess.Popen:
    env = dict(os.environ, SILKBRIDGE_HOME=str(home), DISPLAY=display, QT_QPA_PLATFORM="xcb")
    return subprocess.Popen([sys.executable, "-m", "workstation", "gui"], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def test_gui_opens_the_wizard_only_without_an_enrolment(hub, tmp_path, display):
    home = tmp_path / "home"
    proc = _gui(home, display)
    try:
        assert wait_for(lambda: "first run" in _windows() or proc.poll() is not None, 60), "no first-run wizard"
        assert proc.poll() is None
        assert "reading room" not in _windows()  # the wizard comes first
    finally:
        proc.terminate()
        proc.wait(30)

    ready = hub.enrol("Dr Ready")
    bundle = write_bundle(ready, home / "enrolment.json")
    (home / "settings.json").write_text(json.dumps({"schema_version": 1, "enrolment_bundle": str(bundle)}))
    proc = _gui(home, display)
    try:
        assert wait_for(lambda: "reading room" in _windows() or proc.poll() is not None, 60), \
            proc.stderr.read().decode() if proc.poll() is not None else "no main window"
        time.sleep(1.0)
        assert "first run" not in _windows()
        # enrolled: the window connects to its hub by itself (consults, broadcasts, courses over the link)
        from comms.store import Store

        def connected():
            store = Store(hub.data_dir)
            try:
                return any(e["user"] == ready["user_id"] for e in store.audit_entries("connect"))
            finally:
                store.close()

        assert wait_for(connected, 30), "the enrolled workstation never connected to the hub"
    finally:
        proc.terminate()
        proc.wait(30)
