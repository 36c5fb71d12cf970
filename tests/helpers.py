"""Small helpers shared by the tests (fixtures are in conftest.py)."""

from __future__ import annotations

import time


def wait_for(cond, timeout: float = 10.0, step: float = 0.02) -> bool:
    """Poll ``cond()`` until it is true or ``timeout`` s pass; its last value."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if cond():
            return True
        time.sleep(step)
    return bool(cond())


def dominant_hz(x, rate: int = 48_000) -> float:
    """The strongest frequency (Hz) in a mono signal."""
    import numpy as np

    x = np.asarray(x, np.float64)
    spec = np.abs(np.fft.rfft(x * np.hanning(x.size)))
    return float(np.argmax(spec) * rate / x.size)


def wait_until(cond, timeout: float = 30.0, what: str = "condition") -> None:
    """Poll ``cond()`` until it is true; fail the test naming ``what`` after ``timeout`` s."""
    if not wait_for(cond, timeout):
        raise AssertionError(f"timed out waiting for {what}")


class Station:
    """One workstation at the session level: enrolled at a real hub, its own link client (real
    sockets, optionally through a link emulator at ``via``), catalog and consult store."""

    def __init__(self, hub, tmp_path, name: str, role: str, hospital: str, country: str = "VN",
                 language: str = "vi", via: str | None = None):
        from comms.client import LinkClient
        from comms.consult import Profile
        from workstation.dicom.catalog import Catalog

        self.bundle = hub.enrol(name, role=role, hospital=hospital, country=country, language=language)
        if via is not None:
            self.bundle = dict(self.bundle, hub_address=via)
        self.dir = tmp_path / name.replace(" ", "_")
        self.client = LinkClient(self.bundle, self.dir / "link")
        self.client.start()
        self.profile = Profile.from_bundle(self.bundle)
        self.catalog = Catalog(self.dir / "catalog")

    def session(self, room):
        from comms.consult import ConsultSession

        return ConsultSession(self.client, room, self.profile, self.dir / "consults")

    def wait_online(self, timeout: float = 30.0) -> None:
        wait_until(lambda: self.client.state in ("online", "degraded"), timeout, f"{self.profile.user_id} online")

    def stop(self) -> None:
        self.client.stop()


def start_webrtc_hub(tmp_path, **extra):
    """A real hub process with ``[webrtc]`` enabled (it starts Janus and coturn on free ports), as
    hub.toml says it; ``extra`` adds keys to that section (e.g. ``credential_ttl=300``,
    ``watch_port=...``). The caller stops it."""
    from comms.hub import DEFAULT_CONFIG
    from comms.local import LocalHub, local_webrtc_table

    data = tmp_path / "hub"
    data.mkdir()
    table = local_webrtc_table() + "".join(f"{k} = {v}\n" for k, v in extra.items())
    (data / "hub.toml").write_text(DEFAULT_CONFIG + "\n" + table)
    return LocalHub(data, module="comms.hub_cli").start()


def hub_answer(signal, ask, room: str, timeout: float = 10.0) -> tuple:
    """Call ``ask()`` and wait for the hub's answer about ``room`` on the link's ``signal`` (whose
    first argument is the room): the answer's other arguments."""
    import threading

    got, answer = threading.Event(), []

    def on_answer(r, *rest):
        if r == room:
            answer[:] = rest
            got.set()

    signal.connect(on_answer)
    try:
        ask()
        assert got.wait(timeout), "no answer from the hub"
    finally:
        signal.disconnect(on_answer)
    return tuple(answer)


def media_grant(link, room: str, timeout: float = 10.0) -> tuple:
    """(grant dict or None, reason): what the hub answers ``link``'s request for a media grant in ``room``."""
    return hub_answer(link.media_grant, lambda: link.request_media_grant(room), room, timeout)


def hub_audit(hub, action: str | None = None, user: str | None = None) -> list[dict]:
    """The hub's audit rows (``detail`` decoded), read from its store as an administrator would."""
    import json

    from comms.store import Store

    s = Store(hub.data_dir)
    try:
        return [dict(e, detail=json.loads(e["detail"])) for e in s.audit_entries(action, user)]
    finally:
        s.close()
