"""What every room's state shares (consult, broadcast, referral): the event as plain data, the
refusal, chat messages, the series summary of a shared study, the checks every body goes through,
and :class:`RoomReducer`, the base of each room kind's reducer (apply under a lock, refusal reason
kept and signalled, the event envelope, the hub's order)."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import msgspec

from .annotations import MODERATOR_ROLES

MAX_TEXT = 20_000  # characters of one chat message / conclusion field


@dataclass
class Event:
    """A room event as plain data (for tests and callers holding dicts)."""

    seq: int
    sender: str
    kind: str
    body: dict = field(default_factory=dict)
    time: float = 0.0
    sender_role: str = ""
    sender_name: str = ""
    room: str = ""


class Refused(Exception):
    """Raised inside the reducer; becomes ``last_reason``."""


class SeriesInfo(msgspec.Struct, kw_only=True):
    series_uid: str
    n_images: int = 0
    modality: str = ""
    description: str = ""


class ChatMessage(msgspec.Struct, kw_only=True):
    seq: int
    sender: str
    sender_name: str
    language: str
    text: str
    time: float


class ChatBody(msgspec.Struct, kw_only=True):
    text: str
    language: str = ""


def convert_body(body: Any, typ: type, what: str):
    if not isinstance(body, dict):
        raise Refused(f"{what}: the body is not a mapping but {type(body).__name__}")
    try:
        return msgspec.convert(body, typ)
    except msgspec.ValidationError as exc:
        raise Refused(f"{what}: {exc}") from None


def check_finite(obj: Any, where: str) -> None:
    if isinstance(obj, float) and not math.isfinite(obj):
        raise Refused(f"{where}: not a finite number")
    if isinstance(obj, dict):
        for k, v in obj.items():
            check_finite(v, f"{where}.{k}")
    elif isinstance(obj, (list, tuple)):
        for v in obj:
            check_finite(v, where)


def checked_text(value: str, what: str, required: bool = False) -> str:
    if required and not value.strip():
        raise Refused(f"{what} is empty")
    if len(value) > MAX_TEXT:
        raise Refused(f"{what} is too long ({len(value)} characters, at most {MAX_TEXT})")
    return value


def emit(signal, *args) -> None:
    """Emit only when something listens: replaying a long log costs nothing when nobody watches,
    and it keeps clear of a None-refcount bug of the mypyc-compiled psygnal wheels in processes
    that imported PySide6 (every emit there drops one reference to None; see the report)."""
    if len(signal):
        signal.emit(*args)


class RoomReducer:
    """What every room's state reducer shares (consult, broadcast): :meth:`apply` under the lock,
    with the refusal reason kept and signalled; the event envelope checks; the hub order. A
    subclass defines ``_apply(ev, emits) -> reason | None`` and has ``room``, ``last_seq``,
    ``last_time``, ``strict_order``, ``last_reason``, ``_lock`` and the ``changed`` and
    ``rejected`` signals."""

    def apply(self, event) -> bool:
        """Apply one hub-ordered event. False (reason in ``last_reason``, ``rejected`` emitted)
        when it is refused or ignored; the state is then unchanged (apart from ``last_seq``)."""
        emits: list = []
        with self._lock:
            kind = str(getattr(event, "kind", ""))
            try:
                reason = self._apply(event, emits)
            except Refused as exc:
                reason = str(exc)
            except Exception as exc:  # never let a malformed event escape (handlers check first)
                reason = f"{kind}: cannot be applied ({type(exc).__name__}: {exc})"
            self.last_reason = reason or ""
        if reason:
            emit(self.rejected, kind, reason)
            return False
        for sig, args in emits:
            emit(sig, *args)
        emit(self.changed, kind)
        return True

    def apply_all(self, events: Iterable) -> list[bool]:
        return [self.apply(e) for e in events]

    def _envelope(self, ev) -> str | None:
        """Why ``ev`` is not a well-formed event of this room (None if it is)."""
        seq = getattr(ev, "seq", None)
        if not isinstance(seq, int) or isinstance(seq, bool) or seq < 0:
            return f"not a room event: seq {seq!r}"
        sender = getattr(ev, "sender", "")
        t = getattr(ev, "time", 0.0)
        if not isinstance(sender, str) or not sender:
            return "the event has no sender"
        if not isinstance(t, (int, float)) or isinstance(t, bool) or not math.isfinite(t):
            return f"the event time {t!r} is not a number"
        room = getattr(ev, "room", "")
        if self.room and room and room != self.room:
            return f"an event of room {room} cannot be applied to room {self.room}"
        return None

    @staticmethod
    def _role(ev) -> str:
        role = getattr(ev, "sender_role", "")
        return role if isinstance(role, str) else ""

    def _name(self, ev) -> str:
        """The sender's display name (the hub stamps it; the user id when it is missing)."""
        name = getattr(ev, "sender_name", "")
        return name if isinstance(name, str) and name else ev.sender

    def _is_moderator(self, ev) -> bool:
        return self._role(ev) in MODERATOR_ROLES

    def _in_order(self, seq: int, t: float) -> str | None:
        """Why a sequenced event is out of the hub's order (None: it is next, and is consumed)."""
        if seq <= self.last_seq:
            return f"duplicate event seq {seq} (already at {self.last_seq})"
        if self.strict_order and seq != self.last_seq + 1:
            return (f"events are missing: expected seq {self.last_seq + 1}, got {seq} "
                    "(resume the room or replay its stored history first)")
        # From here the event is in order: it is consumed whether accepted or refused.
        self.last_seq = seq
        self.last_time = max(self.last_time, float(t))
        return None

    def _chat_message(self, ev, body, what: str) -> ChatMessage:
        """The chat message an event carries (refused when its body or text is not one)."""
        b = convert_body(body, ChatBody, what)
        return ChatMessage(seq=ev.seq, sender=ev.sender, sender_name=self._name(ev),
                           language=b.language[:35], text=checked_text(b.text, f"{what} text", required=True),
                           time=float(ev.time))
