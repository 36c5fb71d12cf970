"""Escalation of referrals that pass their target, kept by the hub (Qt-free, no sockets).

The hub feeds :class:`EscalationWatch` every ``referral.listed`` line it stores in the referral
directory (the status of each referral after each change, at the hub's time) and every escalation
it published; its housekeeping asks :meth:`EscalationWatch.due` twice a second. The watch keeps a
heap by due time, so a check costs nothing until a target passes, however many referrals are open.

A referral is escalated **once per reason**:

* ``unclaimed``: still sent/received (nobody claimed it) past its answer target (``created`` plus
  the urgency's ``[referral] <urgency>_hours``);
* ``unreported``: claimed but not reported past the report target counted from the claim
  (``[referral] report_<urgency>_hours``), only when the hub's config sets one for that urgency.

The hub publishes each escalation as a ``referral.escalated`` event in the referral directory
(the coordinators, and everyone who may see that referral, get it); no workstation may publish
that kind itself.

:class:`EscalationHook` is how the hub runs it (a :class:`comms.service.RoomHook`, registered
here): the ``[referral]`` targets of ``hub.toml`` (checked before the hub starts, announced in
``Welcome.services["referral-targets"]``), the index rebuilt from the referral directory at start,
each stored listing fed to it, due escalations published from housekeeping, and the referral
rules on publishing (``workstation.policy.refuses_publish``; ``referral.escalated`` by the hub only).
"""

from __future__ import annotations

import heapq
import logging
import math
import time
from dataclasses import dataclass, field

import msgspec

from workstation import policy
from workstation.referral import ESCALATION_REASONS as REASONS
from workstation.referral import encode_targets, report_targets_from_config, targets_from_config

from .service import RoomHook, register_hook

KIND = "referral.escalated"
_OPEN = ("sent", "received")


@dataclass
class _Tracked:
    urgency: str = "routine"
    status: str = "sent"
    created: float = 0.0
    claimed_at: float | None = None
    escalated: set = field(default_factory=set)


class EscalationWatch:
    def __init__(self, targets: dict[str, float], report_targets: dict[str, float] | None = None):
        self.targets = dict(targets)
        self.report_targets = dict(report_targets or {})
        self._rooms: dict[str, _Tracked] = {}
        self._heap: list[tuple[float, str, str]] = []  # (due, room, reason); stale entries are skipped

    def __len__(self) -> int:
        return len(self._rooms)

    def listed(self, body, at: float) -> None:
        """A ``referral.listed`` line the hub stored at hub time ``at`` (a workstation wrote the body:
        anything malformed is ignored, and a 'created' in the future counts from ``at``)."""
        if not isinstance(body, dict):
            return
        room, status, urgency = body.get("room"), body.get("status"), body.get("urgency")
        if not isinstance(room, str) or not isinstance(status, str):
            return
        t = self._rooms.get(room)
        if t is None:
            created = body.get("created")
            ok = isinstance(created, (int, float)) and not isinstance(created, bool) and math.isfinite(created)
            t = self._rooms[room] = _Tracked(created=min(float(created), at) if ok else at)
        if isinstance(urgency, str) and urgency in self.targets:
            t.urgency = urgency
        if status == "claimed" and t.status != "claimed":
            t.claimed_at = at
        elif status != "claimed":
            t.claimed_at = None
        t.status = status
        self._schedule(room, t)

    def escalated(self, body) -> None:
        """An escalation already published (the hub replays its directory at start): never again."""
        if isinstance(body, dict) and isinstance(body.get("room"), str) and body.get("reason") in REASONS:
            self._rooms.setdefault(body["room"], _Tracked()).escalated.add(body["reason"])

    def _schedule(self, room: str, t: _Tracked) -> None:
        due = self._due(t)
        if due is not None:
            heapq.heappush(self._heap, (due[0], room, due[1]))

    def _due(self, t: _Tracked) -> tuple[float, str] | None:
        if t.status in _OPEN and "unclaimed" not in t.escalated:
            return t.created + self.targets.get(t.urgency, self.targets.get("routine", 72 * 3600.0)), "unclaimed"
        if t.status == "claimed" and t.claimed_at is not None and "unreported" not in t.escalated \
                and t.urgency in self.report_targets:
            return t.claimed_at + self.report_targets[t.urgency], "unreported"
        return None

    def due(self, now: float) -> list[dict]:
        """The escalations to publish now (each marked done: asked again, they are not repeated)."""
        out = []
        while self._heap and self._heap[0][0] <= now:
            when, room, reason = heapq.heappop(self._heap)
            t = self._rooms.get(room)
            if t is None or self._due(t) != (when, reason):
                continue  # the referral moved on (claimed, reported, withdrawn...) or was escalated
            t.escalated.add(reason)
            out.append({"room": room, "reason": reason, "urgency": t.urgency, "status": t.status,
                        "due": when, "created": t.created})
        return out


class EscalationHook(RoomHook):
    """The hub's side of referrals: escalation and who may publish what in a referral."""

    DIRECTORY = policy.directory_of("referral")
    LISTED = "referral.listed"

    def __init__(self) -> None:
        self.targets: dict[str, float] = {}
        self.watch = EscalationWatch({})

    def check(self, config) -> None:
        targets_from_config(config.referral)  # ValueError naming the bad [referral] entry
        report_targets_from_config(config.referral)

    def start(self, kernel) -> None:
        self.targets = targets_from_config(kernel.config.referral)
        self.watch = EscalationWatch(self.targets, report_targets_from_config(kernel.config.referral))
        after = 0  # the index from the referral directory as stored (listings and escalations)
        while batch := kernel.store.events_after(self.DIRECTORY, after, 10_000):
            for ev in batch:
                if ev.kind in (self.LISTED, KIND):
                    try:
                        body = msgspec.msgpack.decode(ev.body)
                    except Exception:  # noqa: BLE001 - an unreadable line lists nothing
                        continue
                    if ev.kind == KIND:
                        self.watch.escalated(body)
                    else:
                        self.watch.listed(body, ev.time)
            after = batch[-1].seq

    def announce(self) -> dict[str, str]:
        return {"referral-targets": encode_targets(self.targets)}

    def refuse_publish(self, kernel, conn, msg) -> tuple[str, str] | None:
        if msg.kind == KIND:
            return f"only the hub publishes {KIND}", "forbidden"
        if msg.kind.startswith("referral.") and (
                why := policy.refuses_publish(kernel.room_policy(msg.room), kernel.person(conn), msg.kind)):
            return f"{msg.room}: {why}", "forbidden"
        return None

    def stored(self, kernel, conn, msg, seq: int, now: float) -> None:
        if msg.kind == self.LISTED and msg.room == self.DIRECTORY:
            self.watch.listed(msg.body, now)  # its target, in the index by due time

    def housekeeping(self, kernel, now: float) -> None:
        """Referrals past their target: one ``referral.escalated`` each in the referral directory,
        seen by the coordinators and whoever may see that referral."""
        for body in self.watch.due(time.time()):
            seq = kernel.publish_as_hub(self.DIRECTORY, KIND, body, f"escalation-{body['room']}-{body['reason']}")
            kernel.audit("hub", "referral.escalated", {"referral": body["room"], "reason": body["reason"], "seq": seq},
                         logging.WARNING)


register_hook("referral-escalation", EscalationHook)
