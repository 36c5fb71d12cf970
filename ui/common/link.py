"""Qt bridge of the link: LinkClient runs its own I/O thread; this re-emits its events as Qt
signals, which Qt delivers queued in the GUI thread, so the window never blocks on the network."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class LinkBridge(QObject):
    state_changed = Signal(str)
    rtt_changed = Signal(float)
    presence_changed = Signal(str, object)
    event_received = Signal(object)
    error = Signal(str)
    set_aside = Signal(str, int, str)  # room, seq, why: an event this workstation could not use

    def __init__(self, client, parent=None):
        super().__init__(parent)
        self.client = client
        client.state_changed.connect(self.state_changed.emit)
        client.rtt_changed.connect(self.rtt_changed.emit)
        client.presence_changed.connect(self.presence_changed.emit)
        client.event_received.connect(self.event_received.emit)
        client.error.connect(self.error.emit)
        client.set_aside.connect(self.set_aside.emit)

    def start(self) -> None:
        self.client.start()

    def stop(self) -> None:
        self.client.stop()
