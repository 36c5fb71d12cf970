"""Settings → Devices…: the camera, microphone and speaker calls use, changed after the first-run wizard.

Lists what the system has (cameras by their V4L2 names, PortAudio's input and output devices),
shows the saved choice (kept even when that device is unplugged now: "not connected" is shown
beside it), and saves by name in the settings (``camera``, ``microphone``, ``speaker``); the next
call opens them (``ui.consult.videocall.VideoCallLauncher``), falling back to the system default
when one is gone. Only shows and saves: the devices are listed by ``comms.audio``/``comms.video``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from workstation.settings import Settings, SettingsError

__all__ = ["DevicesDialog", "add_devices_action"]


def _devices() -> dict[str, list[str]]:
    from comms.audio import microphones, speakers
    from comms.video import cameras

    return {"camera": [name for _, name in cameras()], "microphone": microphones(), "speaker": speakers()}


class DevicesDialog(QDialog):
    """The three device lists and Save (see the module docstring)."""

    KINDS = ("camera", "microphone", "speaker")

    def __init__(self, parent=None, devices: dict[str, list[str]] | None = None):
        super().__init__(parent)
        self.setObjectName("devicesDialog")
        self.setWindowTitle(self.tr("Devices for calls"))
        found = devices if devices is not None else _devices()
        saved = Settings.load()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The devices video calls use. The system's default is used when the "
                                        "chosen one is not connected."), wordWrap=True))
        form = QFormLayout()
        labels = {"camera": self.tr("Camera"), "microphone": self.tr("Microphone"), "speaker": self.tr("Speaker")}
        defaults = {"camera": self.tr("The first camera"), "microphone": self.tr("System default"),
                    "speaker": self.tr("System default")}
        self.combos: dict[str, QComboBox] = {}
        for kind in self.KINDS:
            combo = QComboBox(objectName=f"{kind}Device")
            combo.addItem(defaults[kind], "")
            for name in found.get(kind, []):
                combo.addItem(name, name)
            keep = getattr(saved, kind)
            if keep and combo.findData(keep) < 0:  # chosen before, not connected now: kept
                combo.addItem(self.tr("%1 (not connected)").replace("%1", keep), keep)
            combo.setCurrentIndex(max(0, combo.findData(keep)))
            form.addRow(labels[kind], combo)
            self.combos[kind] = combo
        layout.addLayout(form)
        self.status = QLabel(objectName="devicesStatus", wordWrap=True)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def choice(self) -> dict[str, str]:
        return {kind: self.combos[kind].currentData() or "" for kind in self.KINDS}

    def save(self) -> bool:
        """Write the choice to the settings; stays open with the reason if it cannot."""
        try:
            settings = Settings.load()
            for kind, name in self.choice().items():
                setattr(settings, kind, name)
            settings.save()
        except (OSError, SettingsError) as exc:
            self.status.setText(self.tr("The devices could not be saved: %1").replace("%1", str(exc)))
            self.status.setStyleSheet("color: #cf222e")
            return False
        self.accept()
        return True


def add_devices_action(window, menu) -> QAction:
    """*Settings → Devices…* in the main window's settings menu (opens :class:`DevicesDialog`)."""
    action = QAction(QCoreApplication.translate("DevicesDialog", "&Devices…"), menu)
    action.setObjectName("devicesAction")

    def open_dialog():
        window.devices_dialog = DevicesDialog(window)
        window.devices_dialog.open()

    action.triggered.connect(open_dialog)
    menu.addAction(action)
    return action
