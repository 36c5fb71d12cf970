"""First run of the workstation: a short wizard that chooses the interface language, imports the
enrolment bundle, checks the connection to the hub, the sound and the camera.

``gui`` shows it when no enrolment has been imported yet (:func:`needs_first_run`). Pages:

0. *Language* (first, so that everything after it is read in that language): the nine interface
   languages, each named in its own; the saved language, else the system's, is preselected. The
   wizard switches to the chosen one at once, its own Back/Next/Finish/Cancel buttons included.
1. *Enrolment*: the bundle the hub administrator handed over (``python -m workstation enrol``),
   chosen with a file chooser; a file that is not a bundle is refused with the reason.
2. *Hub*: connects with :class:`comms.client.LinkClient` (a throw-away link state) and shows the
   round-trip time, or why it failed (refused key, wrong hub key, no answer in time).
3. *Sound*: plays a short tone (:class:`comms.audio.Speaker`) and captures it back
   (:class:`comms.audio.Microphone`); shows the captured level and whether the tone was heard.
4. *Camera*: opens :class:`comms.video.CameraSource` and shows a frame, or says clearly that
   there is no camera (everything but sending video works without one).

Nothing is saved before *Finish*: then the bundle is copied into the Silkbridge data directory
as ``enrolment.json`` (mode 0600; a different earlier one is kept beside it) and the settings get
its path and the language. *Cancel* leaves the settings as they were (and the language too).
The checks never block the window: devices and the link are opened in worker threads.
"""

from __future__ import annotations

import json
import logging
import re
import shutil
import tempfile
import time
from pathlib import Path

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from workstation.settings import Settings, SettingsError, home, normalize_language

from ui.common.i18n import core_message
from ui.common.qthreading import Task

log = logging.getLogger(__name__)

ENROLMENT_FILE = "enrolment.json"
_Z85_KEY = re.compile(r"^[0-9a-zA-Z.\-:+=^!/*?&<>()\[\]{}@%$#]{40}$")


def needs_first_run(settings: Settings | None = None) -> bool:
    """True when no enrolment bundle has been imported (or the imported file is gone)."""
    settings = settings or Settings.load()
    return not settings.enrolment_bundle or not Path(settings.enrolment_bundle).is_file()


def _say(reason: str, *args) -> str:
    """A reason of :func:`read_bundle` (:data:`_BUNDLE_REASONS`) in the interface language, %1,
    %2... filled in."""
    from PySide6.QtCore import QCoreApplication

    text = QCoreApplication.translate("EnrolmentBundle", _BUNDLE_REASONS[reason])
    for i, value in enumerate(args, 1):
        text = text.replace(f"%{i}", str(value))
    return text


#: The reasons an enrolment file is refused, translated where they are shown (:func:`_say`).
_BUNDLE_REASONS = {
    "missing": QT_TRANSLATE_NOOP("EnrolmentBundle", "%1: no such file"),
    "binary": QT_TRANSLATE_NOOP("EnrolmentBundle", "not a text file"),
    "unreadable": QT_TRANSLATE_NOOP("EnrolmentBundle", "%1: not a readable enrolment bundle (%2)"),
    "no_object": QT_TRANSLATE_NOOP("EnrolmentBundle", "no JSON object"),
    "format": QT_TRANSLATE_NOOP("EnrolmentBundle", "%1: format %2 is not a Silkbridge enrolment bundle"),
    "key": QT_TRANSLATE_NOOP("EnrolmentBundle",
                             "%1: %2 is not a CURVE key (40 Z85 characters); the file is damaged"),
    "address": QT_TRANSLATE_NOOP("EnrolmentBundle", "%1: hub_address %2 is not an address like tcp://host:port"),
    "user": QT_TRANSLATE_NOOP("EnrolmentBundle", "%1: user_id is empty"),
}


def read_bundle(path: str | Path) -> dict:
    """The enrolment bundle in ``path``, checked; ValueError with the reason (in the interface
    language) otherwise."""
    from comms.enrol import load_bundle

    path = Path(path)
    if not path.is_file():
        raise ValueError(_say("missing", path))
    try:
        raw = json.loads(path.read_bytes().decode("utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        reason = _say("binary") if isinstance(exc, UnicodeDecodeError) else str(exc)
        raise ValueError(_say("unreadable", path.name, reason)) from None
    if not isinstance(raw, dict):
        raise ValueError(_say("unreadable", path.name, _say("no_object")))
    bundle = load_bundle(path)  # ValueError naming the required fields missing
    fmt = bundle.get("format", "silkbridge-enrolment/1")
    if fmt != "silkbridge-enrolment/1":
        raise ValueError(_say("format", path.name, repr(fmt)))
    for key in ("hub_public_key", "public_key", "secret_key"):
        if not isinstance(bundle[key], str) or not _Z85_KEY.match(bundle[key]):
            raise ValueError(_say("key", path.name, key))
    address = bundle["hub_address"]
    if not isinstance(address, str) or not re.match(r"^tcp://[^:/\s]+:\d+$", address):
        raise ValueError(_say("address", path.name, repr(address)))
    if not isinstance(bundle["user_id"], str) or not bundle["user_id"]:
        raise ValueError(_say("user", path.name))
    return bundle


# ----------------------------------------------------------------------------- pages
class EnrolmentPage(QWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.bundle: dict | None = None
        self.path: Path | None = None
        self.dialog: QFileDialog | None = None
        self._error = ""
        lay = QVBoxLayout(self)
        self.intro = QLabel(wordWrap=True)
        lay.addWidget(self.intro)
        row = QHBoxLayout()
        self.path_edit = QLineEdit(objectName="enrolmentPath")
        self.path_edit.returnPressed.connect(lambda: self.load(self.path_edit.text().strip()))
        self.choose_button = QPushButton(objectName="chooseEnrolment")
        self.choose_button.clicked.connect(self.choose)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.choose_button)
        lay.addLayout(row)
        self.status = QLabel(wordWrap=True, objectName="enrolmentStatus")
        self.status.setTextInteractionFlags(Qt.TextSelectableByMouse)
        lay.addWidget(self.status)
        lay.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Your enrolment"))
        self.intro.setText(self.tr("Your hub administrator gave you an enrolment file (.json). It connects this "
                                   "workstation to the hub in your name: choose it here."))
        self.path_edit.setPlaceholderText(self.tr("Enrolment file"))
        self.choose_button.setText(self.tr("Choose file…"))
        self._show()

    def choose(self) -> None:
        """The file chooser (Qt's own dialog, the same on every desktop); opened, not run modally."""
        start = str(self.path.parent) if self.path else str(Path.home())
        dlg = QFileDialog(self, self.tr("Choose your enrolment file"), start,
                          self.tr("Enrolment files (*.json);;All files (*)"))
        dlg.setOption(QFileDialog.DontUseNativeDialog, True)
        dlg.setFileMode(QFileDialog.ExistingFile)
        dlg.setAttribute(Qt.WA_DeleteOnClose)
        dlg.fileSelected.connect(self.load)
        self.dialog = dlg
        dlg.open()

    def load(self, path: str) -> bool:
        if not path:
            return False
        self.path = Path(path)
        self.path_edit.setText(str(self.path))
        try:
            self.bundle, self._error = read_bundle(self.path), ""
        except ValueError as exc:
            self.bundle, self._error = None, str(exc)
        self._show()
        self.completeChanged.emit()
        return self.bundle is not None

    def _show(self) -> None:
        from ui.common.i18n import role_name

        if self._error:
            self.status.setStyleSheet("color: #b00020;")
            self.status.setText(self.tr("This file cannot be used: %1").replace("%1", self._error))
        elif self.bundle is not None:
            b = self.bundle
            self.status.setStyleSheet("color: #1b5e20;")
            self.status.setText(self.tr("Enrolled as %1 (%2), %3, %4. Hub: %5")
                                .replace("%1", b.get("display_name") or b["user_id"])
                                .replace("%2", role_name(b.get("role", "")))
                                .replace("%3", b.get("hospital", "")).replace("%4", b.get("country", ""))
                                .replace("%5", b["hub_address"]))
        else:
            self.status.setStyleSheet("")
            self.status.setText("")

    def isComplete(self) -> bool:  # noqa: N802 (Qt)
        return self.bundle is not None


class HubPage(QWizardPage):
    """Connects to the hub of the bundle and shows the round trip, or why it failed."""

    #: seconds to wait for the hub's answer
    timeout_s = 10.0

    def __init__(self, parent=None):
        super().__init__(parent)
        self.result: tuple[str, object] | None = None  # ("ok", rtt ms) | ("failed", reason)
        self._client = None
        self._state_dir: str | None = None
        self._errors: list[str] = []
        self._started = 0.0
        lay = QVBoxLayout(self)
        self.status = QLabel(wordWrap=True, objectName="hubStatus")
        self.status.setTextInteractionFlags(Qt.TextSelectableByMouse)
        lay.addWidget(self.status)
        self.retry_button = QPushButton(objectName="retryHub")
        self.retry_button.clicked.connect(self.check)
        lay.addWidget(self.retry_button, 0, Qt.AlignLeft)
        lay.addStretch(1)
        self._timer = QTimer(self, interval=100)
        self._timer.timeout.connect(self._poll)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Connection to the hub"))
        self.retry_button.setText(self.tr("Check again"))
        self._show()

    def initializePage(self) -> None:  # noqa: N802 (Qt)
        self.check()

    def cleanupPage(self) -> None:  # noqa: N802 (Qt): Back
        self.stop()

    def check(self) -> None:
        from comms.client import LinkClient

        self.stop()
        bundle = self.wizard().enrolment_page.bundle
        self._address = bundle["hub_address"]
        self.result, self._errors = None, []
        self._state_dir = tempfile.mkdtemp(prefix="silkbridge-hubcheck-")
        self._client = LinkClient(bundle, self._state_dir)
        errors = self._errors
        self._client.error.connect(lambda message: errors.append(message))  # link thread; append is atomic
        self._started = time.monotonic()
        self._client.start()
        self._timer.start()
        self._show()
        self.completeChanged.emit()

    def _poll(self) -> None:
        c = self._client
        if c is None:
            return
        if c.state in ("online", "degraded") and c.rtt_ms is not None:
            self._finish(("ok", c.rtt_ms))
        elif c.state in ("refused", "revoked") or (self._errors and c.state not in ("online", "degraded")):
            # refused by the hub's allow-list, revoked, or the secure handshake failed (wrong hub key)
            self._finish(("failed", self._errors[-1] if self._errors else c.state))
        elif time.monotonic() - self._started > self.timeout_s:
            why = self._errors[-1] if self._errors else None
            self._finish(("failed", why or self.tr("no answer from the hub within %1 s: check the address, this "
                                                   "computer's network and the hospital's firewall")
                          .replace("%1", f"{self.timeout_s:.0f}")))

    def _finish(self, result) -> None:
        self.result = result
        self.stop()
        self._show()
        self.completeChanged.emit()

    def stop(self) -> None:
        self._timer.stop()
        client, self._client = self._client, None
        if client is not None:
            Task.plain(self._close, client, self._state_dir).start()  # stopping may wait on the network
            self._state_dir = None

    @staticmethod
    def _close(client, state_dir) -> None:
        client.stop()
        if state_dir:
            shutil.rmtree(state_dir, ignore_errors=True)

    def _show(self) -> None:
        if self.result is None:
            self.status.setStyleSheet("")
            self.status.setText(self.tr("Connecting to the hub at %1…").replace("%1", getattr(self, "_address", "")))
        elif self.result[0] == "ok":
            self.status.setStyleSheet("color: #1b5e20;")
            self.status.setText(self.tr("Connected to the hub at %1. Round trip: %2 ms.")
                                .replace("%1", self._address).replace("%2", f"{self.result[1]:.1f}"))
        else:
            self.status.setStyleSheet("color: #b00020;")
            self.status.setText(self.tr("Could not connect to the hub at %1: %2. You can finish now and connect "
                                        "later.").replace("%1", self._address).replace("%2", core_message(self.result[1])))
        self.retry_button.setEnabled(self.result is not None)

    def isComplete(self) -> bool:  # noqa: N802 (Qt)
        return self.result is not None


def _microphones() -> list[str]:
    from comms.audio import microphones

    return microphones()


def _cameras() -> list[tuple[int, str]]:
    from comms.video import cameras

    return cameras()


def _fill_devices(combo, default_text: str, devices: list[tuple[str, str]]) -> None:
    """(Re)fill a device list: the default first, then ``(label, saved name)``; keeps the choice,
    else the one saved in the settings."""
    keep = combo.currentData() if combo.count() else None
    if keep is None:
        saved = Settings.load()
        keep = saved.microphone if combo.objectName() == "microphoneChoice" else saved.camera
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(default_text, "")
    for label, name in devices:
        combo.addItem(label, name)
    at = combo.findData(keep or "")
    combo.setCurrentIndex(max(0, at))
    combo.blockSignals(False)


class AudioPage(QWizardPage):
    """Plays a tone and captures it back: the speakers and the microphone in one check."""

    TONE_HZ = 1000.0

    def __init__(self, parent=None):
        super().__init__(parent)
        self.result: dict | None = None
        self._running = False
        lay = QVBoxLayout(self)
        self.intro = QLabel(wordWrap=True)
        lay.addWidget(self.intro)
        row = QHBoxLayout()
        self.mic_label = QLabel()
        self.mic_choice = QComboBox(objectName="microphoneChoice")
        row.addWidget(self.mic_label)
        row.addWidget(self.mic_choice, 1)
        lay.addLayout(row)
        self.play_button = QPushButton(objectName="playTone")
        self.play_button.clicked.connect(self.check)
        lay.addWidget(self.play_button, 0, Qt.AlignLeft)
        self.level = QProgressBar(objectName="audioLevel", minimum=0, maximum=60, textVisible=False)
        lay.addWidget(self.level)
        self.status = QLabel(wordWrap=True, objectName="audioStatus")
        lay.addWidget(self.status)
        lay.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Sound"))
        self.intro.setText(self.tr("Silkbridge plays a short tone and listens with the microphone: turn the "
                                   "speakers on (or put the headset near the microphone)."))
        self.play_button.setText(self.tr("Play the test tone"))
        self.mic_label.setText(self.tr("Microphone for calls:"))
        _fill_devices(self.mic_choice, self.tr("System default"), [(n, n) for n in _microphones()])
        self._show()

    @property
    def microphone(self) -> str:
        """The chosen microphone's name ("" = the system default)."""
        return self.mic_choice.currentData() or ""

    def check(self) -> None:
        if self._running:
            return
        self._running = True
        self.result = None
        self.play_button.setEnabled(False)
        self._show()
        task = Task.plain(self._measure, self.TONE_HZ, self.microphone or None)
        task.finished.connect(self._finished)  # on the GUI thread; dropped if the wizard was closed
        task.start()

    @staticmethod
    def _measure(tone_hz: float, device=None) -> dict:
        try:
            return measure_tone(tone_hz, device=device)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            return {"error": exc}  # said in the interface language when shown (ui.common.i18n.core_message)

    def _finished(self, result: dict) -> None:
        self._running = False
        self.result = result
        self.play_button.setEnabled(True)
        self._show()

    def _show(self) -> None:
        r = self.result
        if self._running:
            self.status.setStyleSheet("")
            self.status.setText(self.tr("Playing the tone and listening…"))
            return
        if r is None:
            self.status.setText("")
            self.level.setValue(0)
            return
        if "error" in r:
            self.status.setStyleSheet("color: #b00020;")
            self.level.setValue(0)
            self.status.setText(self.tr("No sound device: %1").replace("%1", r["error"]))
            return
        self.level.setValue(int(max(0.0, min(60.0, r["level_dbfs"] + 60.0))))
        level = f"{r['level_dbfs']:.0f}"
        if r["heard"]:
            self.status.setStyleSheet("color: #1b5e20;")
            self.status.setText(self.tr("The microphone heard the test tone: level %1 dBFS.").replace("%1", level))
        else:
            self.status.setStyleSheet("color: #b00020;")
            self.status.setText(self.tr("The tone was played but the microphone did not hear it (level %1 dBFS): "
                                        "check that the speakers are on and the microphone is connected and not "
                                        "muted.").replace("%1", level))


def measure_tone(freq: float = 1000.0, seconds: float = 1.0, device=None) -> dict:
    """Play a tone on the default output while recording ``device`` (the default input if None):
    the level (dBFS) of the loudest quarter second captured, its dominant frequency and whether
    that is the tone."""
    from comms.audio import RATE, Microphone, Speaker, ToneSource

    mic = Microphone(device=device).start()
    try:
        deadline = time.monotonic() + 5.0
        while mic.blocks < 5 and time.monotonic() < deadline:
            time.sleep(0.02)
        if mic.blocks < 5:
            raise RuntimeError("the microphone delivers no sound blocks")
        spk = Speaker(max_backlog_s=seconds + 1.0).start()
        try:
            spk.play(ToneSource(freq, amplitude=0.5).read(int(RATE * seconds)))
            captured = mic.record(seconds + 0.6)
        finally:
            spk.stop()
    finally:
        mic.stop()
    win = RATE // 4
    if captured.size < win:
        raise RuntimeError("the microphone captured almost nothing")
    power = np.convolve(captured.astype(np.float64) ** 2, np.ones(win) / win, mode="valid")
    start = int(np.argmax(power))
    rms = float(np.sqrt(power[start]))
    level = 20 * np.log10(max(rms, 1e-6))
    part = captured[start:start + win].astype(np.float64)
    spectrum = np.abs(np.fft.rfft(part * np.hanning(part.size)))
    dominant = float(np.argmax(spectrum) * RATE / part.size)
    return {"level_dbfs": float(level), "dominant_hz": dominant,
            "heard": bool(level > -45.0 and abs(dominant - freq) < 30.0)}


class CameraPage(QWizardPage):
    """Grabs one frame from the first camera and shows it (or why there is none)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.result: dict | None = None
        self._running = False
        lay = QVBoxLayout(self)
        row = QHBoxLayout()
        self.camera_label = QLabel()
        self.camera_choice = QComboBox(objectName="cameraChoice")
        row.addWidget(self.camera_label)
        row.addWidget(self.camera_choice, 1)
        lay.addLayout(row)
        self.status = QLabel(wordWrap=True, objectName="cameraStatus")
        lay.addWidget(self.status)
        self.preview = QLabel(objectName="cameraPreview", alignment=Qt.AlignCenter)
        self.preview.setMinimumSize(320, 180)
        lay.addWidget(self.preview, 1)
        self.retry_button = QPushButton(objectName="retryCamera")
        self.retry_button.clicked.connect(self.check)
        lay.addWidget(self.retry_button, 0, Qt.AlignLeft)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Camera"))
        self.retry_button.setText(self.tr("Check again"))
        self.camera_label.setText(self.tr("Camera for calls:"))
        _fill_devices(self.camera_choice, self.tr("The first camera"), [(n, n) for _i, n in _cameras()])
        self._show()

    @property
    def camera(self) -> str:
        """The chosen camera's name ("" = the first camera)."""
        return self.camera_choice.currentData() or ""

    def initializePage(self) -> None:  # noqa: N802 (Qt)
        if self.result is None:
            self.check()

    def check(self) -> None:
        if self._running:
            return
        self._running = True
        self.result = None
        self.retry_button.setEnabled(False)
        self._show()
        task = Task.plain(self._grab, self.camera)
        task.finished.connect(self._finished)  # on the GUI thread; dropped if the wizard was closed
        task.start()

    @staticmethod
    def _grab(name: str = "") -> dict:
        try:
            from comms.video import CameraSource, camera_index

            index = camera_index(name) if name else 0
            cam = CameraSource(0 if index is None else index)
            try:
                frame, _t = cam.read()
            finally:
                cam.close()
            return {"frame": np.ascontiguousarray(frame)}
        except Exception as exc:  # noqa: BLE001 - CameraUnavailable, OpenCV missing...: shown
            return {"error": exc}  # said in the interface language when shown (ui.common.i18n.core_message)

    def _finished(self, result: dict) -> None:
        self._running = False
        self.result = result
        self.retry_button.setEnabled(True)
        self._show()

    def _show(self) -> None:
        r = self.result
        if self._running or r is None:
            self.status.setStyleSheet("")
            self.status.setText(self.tr("Looking for a camera…"))
            self.preview.clear()
        elif "error" in r:
            self.status.setStyleSheet("color: #b00020; font-weight: bold;")
            self.status.setText(self.tr("No camera found (%1). Everything else works without one: reading "
                                        "studies, consults with voice, watching broadcasts. To send video, "
                                        "connect a camera and check again.").replace("%1", core_message(r["error"])))
            self.preview.setText(self.tr("no camera"))
        else:
            frame = r["frame"]
            h, w = frame.shape[:2]
            img = QImage(frame.data, w, h, 3 * w, QImage.Format_RGB888).copy()
            self.preview.setPixmap(QPixmap.fromImage(img).scaled(self.preview.size(), Qt.KeepAspectRatio,
                                                                 Qt.SmoothTransformation))
            self.status.setStyleSheet("color: #1b5e20;")
            self.status.setText(self.tr("Camera 0 works: %1 × %2 pixels.").replace("%1", str(w)).replace("%2", str(h)))


def proposed_language() -> str:
    """The language the wizard starts in: the saved one if the settings file names one, else the
    system's (QLocale.system(), e.g. th_TH -> "th"), else English."""
    from PySide6.QtCore import QLocale

    if Settings.path().exists():
        return Settings.load().language
    for name in [QLocale.system().name(), *QLocale.system().uiLanguages()]:
        for candidate in (name, name.split("_")[0].split("-")[0]):
            try:
                return normalize_language(candidate.replace("_", "-"))
            except SettingsError:
                continue
    return "en"


class LanguagePage(QWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        from ui.common.i18n import LANGUAGES

        lay = QVBoxLayout(self)
        self.intro = QLabel(wordWrap=True)
        lay.addWidget(self.intro)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for code, name in LANGUAGES:  # each named in its own language
            b = QRadioButton(name, objectName=f"language-{code}")
            self.group.addButton(b)
            self.buttons[code] = b
            lay.addWidget(b)
            b.toggled.connect(lambda on, c=code: on and self.wizard() is not None and self.wizard().preview_language(c))
        lay.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Language"))
        self.intro.setText(self.tr("The language of the interface (you can change it later in Settings → "
                                   "Language)."))

    def initializePage(self) -> None:  # noqa: N802 (Qt)
        if self.group.checkedButton() is None:
            self.buttons.get(proposed_language(), self.buttons["en"]).setChecked(True)

    @property
    def language(self) -> str:
        return next((c for c, b in self.buttons.items() if b.isChecked()), "en")


# ----------------------------------------------------------------------------- the wizard
class FirstRunWizard(QWizard):
    """The first-run wizard; ``saved`` is the path of the imported bundle after Finish."""

    def __init__(self, parent=None):
        super().__init__(parent)
        from ui.common.i18n import current_language

        self.saved: Path | None = None
        self._start_language = current_language()
        self.setObjectName("firstRunWizard")
        self.setOption(QWizard.NoBackButtonOnStartPage, True)
        self.language_page = LanguagePage()
        self.enrolment_page = EnrolmentPage()
        self.hub_page = HubPage()
        self.audio_page = AudioPage()
        self.camera_page = CameraPage()
        for page in (self.language_page, self.enrolment_page, self.hub_page, self.audio_page, self.camera_page):
            self.addPage(page)
        self.resize(640, 460)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Silkbridge — first run"))
        # QWizard names its buttons once, in the language of the moment: named here again, so that
        # they follow the language chosen on the first page.
        for which, text in ((QWizard.BackButton, self.tr("< &Back")), (QWizard.NextButton, self.tr("&Next >")),
                            (QWizard.FinishButton, self.tr("&Finish")), (QWizard.CancelButton, self.tr("Cancel"))):
            self.setButtonText(which, text)

    def preview_language(self, code: str) -> None:
        """Show the wizard in ``code`` at once (saved only by Finish)."""
        from ui.common.i18n import apply_language, current_language, retranslate

        if code == current_language():
            return
        try:
            apply_language(code)
        except SettingsError as exc:  # a damaged translation file: keep the current language
            log.error("cannot show the interface in %s: %s", code, exc)
            return
        retranslate([self])

    def save(self) -> Path:
        """Import the bundle into the data directory and remember it and the language."""
        bundle = self.enrolment_page.bundle
        if bundle is None:
            raise ValueError("no enrolment bundle chosen")
        from comms.enrol import write_bundle

        dest = home() / ENROLMENT_FILE
        if dest.exists():
            try:
                same = json.loads(dest.read_text(encoding="utf-8")) == bundle
            except (OSError, ValueError):
                same = False
            if not same:  # an earlier enrolment is kept, never overwritten
                dest.replace(dest.with_name(f"enrolment-{time.strftime('%Y%m%d-%H%M%S')}.json"))
        write_bundle(bundle, dest)
        settings = Settings.load()
        settings.enrolment_bundle = str(dest)
        settings.set_language(self.language_page.language)
        settings.microphone = self.audio_page.microphone
        settings.camera = self.camera_page.camera
        settings.save()
        return dest

    def accept(self) -> None:
        try:
            self.saved = self.save()
        except (OSError, ValueError) as exc:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(self, self.windowTitle(), self.tr("Could not save the enrolment: %1")
                                 .replace("%1", str(exc)))
            return
        super().accept()

    def done(self, result: int) -> None:
        self.hub_page.stop()
        if result != QWizard.Accepted:  # Cancel: the language the application had
            self.preview_language(self._start_language)
        super().done(result)


def run_first_run(parent=None) -> bool:
    """Show the wizard modally; True when the user finished it (the enrolment is then imported)."""
    wizard = FirstRunWizard(parent)
    return wizard.exec() == QWizard.Accepted
