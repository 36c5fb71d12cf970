"""Limits and their audit for every socket of the hub (link, blobs, media): how many audit rows a
flood may write, and the failed CURVE handshakes nobody else sees.

* :class:`AuditLimiter`: at most ``burst`` rows per ``window`` seconds per key (a user, a key); the
  rest counted and summarised in one row when the window closes (``expired()``, called by the
  service's housekeeping, so the summary is written within seconds even if the flood stopped).
* :class:`HandshakeAudit`: a ZeroMQ socket monitor (``get_monitor_socket``) on a CURVE server socket;
  a peer that connects without CURVE, with a wrong server key or a garbled greeting never reaches
  ZAP (which audits unknown and revoked keys) and would leave no trace: each is an audit row
  ``handshake.failed`` (rate-limited, then ``handshake.failed.suppressed``).
"""

from __future__ import annotations

import logging
import time

import zmq
from zmq.utils.monitor import recv_monitor_message

log = logging.getLogger("silkbridge.hub")


class AuditLimiter:
    """Bounds audit rows written for floods (dropped frames, ZAP denials): at most ``burst`` rows
    per ``window`` seconds per key; the rest are counted and summarised in one row when the
    window rolls over, so an attacker cannot fill the disk but nothing goes unrecorded."""

    def __init__(self, burst: int = 200, window: float = 10.0):
        self.burst, self.window = burst, window
        self._windows: dict[str, list] = {}  # key -> [window start, rows, suppressed]

    def allow(self, key: str, now: float | None = None) -> tuple[bool, int]:
        """(write this row?, suppressed count of the previous window to summarise)."""
        now = time.monotonic() if now is None else now
        w = self._windows.get(key)
        summary = 0
        if w is None or now - w[0] > self.window:
            summary = w[2] if w else 0
            w = self._windows[key] = [now, 0, 0]
            if len(self._windows) > 10_000:
                self._windows = {key: w}
        if w[1] < self.burst:
            w[1] += 1
            return True, summary
        w[2] += 1
        return False, summary

    def expired(self, now: float | None = None) -> list[tuple[str, int]]:
        """Close finished windows; returns (key, suppressed) for those that suppressed rows."""
        now = time.monotonic() if now is None else now
        out = []
        for key, w in list(self._windows.items()):
            if now - w[0] > self.window:
                if w[2]:
                    out.append((key, w[2]))
                del self._windows[key]
        return out


def _protocol_error_names() -> dict[int, str]:
    return {getattr(zmq, n): n[len("PROTOCOL_ERROR_"):].lower() for n in dir(zmq) if n.startswith("PROTOCOL_ERROR_")}


class HandshakeAudit:
    """Failed handshakes on ``sock`` (a CURVE server), read from its monitor by :meth:`poll` in the
    service's own thread; ZAP denials (HANDSHAKE_FAILED_AUTH) are audited by ZAP itself."""

    EVENTS = zmq.EVENT_HANDSHAKE_FAILED_NO_DETAIL | zmq.EVENT_HANDSHAKE_FAILED_PROTOCOL

    def __init__(self, sock: zmq.Socket, service: str, burst: int = 20, window: float = 5.0):
        self.sock, self.service = sock, service
        self.mon = sock.get_monitor_socket(self.EVENTS)
        self.limit = AuditLimiter(burst=burst, window=window)
        self._names = _protocol_error_names()
        self.count = 0

    def poll(self, store) -> None:
        """Audit the failures seen since the last call (and the summary of a closed window)."""
        for _ in range(10_000):
            try:
                evt = recv_monitor_message(self.mon, zmq.NOBLOCK)
            except zmq.Again:
                break
            except zmq.ZMQError:
                return
            self.count += 1
            event = evt["event"]
            if event == zmq.EVENT_HANDSHAKE_FAILED_PROTOCOL:
                why = self._names.get(evt["value"], f"protocol error {evt['value']}")
            else:
                why = zmq.strerror(evt["value"]) if evt["value"] else "no detail"
            write, _ = self.limit.allow("handshake")
            if write:
                store.begin()
                store.audit("", "handshake.failed", {"service": self.service, "reason": why,
                                                     "endpoint": evt["endpoint"].decode(errors="replace")})
                log.warning("handshake.failed", extra={"fields": {"service": self.service, "reason": why}})
        for _key, count in self.limit.expired():
            store.begin()
            store.audit("", "handshake.failed.suppressed", {"service": self.service, "count": count})

    def close(self) -> None:
        try:
            self.sock.disable_monitor()
        except zmq.ZMQError:
            pass
        self.mon.close(linger=0)
