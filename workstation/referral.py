"""A referral: a case sent by a partner hospital with a clinical question, answered in writing by a
consultant of the hub hospital -- a pure reducer over the hub-ordered events of its room.

A referral is a room of kind ``referral`` (``workstation.policy``): it admits the referring
hospital, the consultants enrolled for the specialty it asks for, and the moderators (coordinators).
Every workstation feeds the room's events in hub order to its own :class:`ReferralState`, which is a
pure function of them (no I/O, no clock: every time is the hub-stamped ``event.time``), on the model
of :class:`workstation.consult.ConsultState` (same :class:`~workstation.room.RoomReducer` base:
duplicates ignored, gaps refused, refusals deterministic).

Events (the hub checks who may publish them, ``policy.refuses_publish``; the reducer checks the
order of things):

* ``referral.meta`` {specialty, urgency, question, history, language, referring_hospital,
  referrer_name, title}: the first event, from the referring side (its sender is the referrer).
  Status **sent**.
* ``referral.study`` {blob_id, size, pseudonym, modality, description, series, attachments}: the
  de-identified study (and attachments) arrived at the hub. Once. Status **received**.
* ``referral.claim`` {} / ``referral.release`` {}: a consultant takes the case (others see it
  claimed; a second claim is refused), or gives it back (the claimer or a moderator). **claimed**.
* ``referral.report`` {base_version, findings, impression, recommendation, language, signed,
  original?, measurements?, key_images?, sr_blob?, kos_blob?}: the claimer's structured report,
  versioned (``base_version`` must be the current version: a stale edit is refused); ``signed``
  closes it (no later version). ``original`` keeps the consultant's own wording {language,
  findings, impression, recommendation} when the report is written in the referrer's language.
  A signed report makes the status **reported**.
* ``referral.ack`` {}: the referring side acknowledges the signed report. **acknowledged**.
* ``referral.message`` {text, language}: questions and answers back and forth, any time.
* ``referral.mdt`` {consult, title}: the case was put on an MDT consult's agenda.
* ``referral.withdraw`` {reason}: the referring side withdraws it before it is reported.

The directory (``referral-directory``) carries one ``referral.listed`` line per change of status
{room, specialty, urgency, status, created, question, referring_hospital, claimed_by...}; the hub
shows each line only to those the referral admits. :class:`Worklist` folds them into the
consultants' worklist (urgency, then waiting time, with the time left to the target).
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass, field

import msgspec
from psygnal import Signal

from .room import ChatMessage, Event, Refused, RoomReducer, SeriesInfo, checked_text, convert_body

__all__ = ["ReferralState", "Worklist", "WorklistRow", "Report", "URGENCIES", "STATUSES", "Event",
           "targets_from_config", "report_targets_from_config", "encode_targets", "decode_targets", "DEFAULT_TARGET_HOURS"]

URGENCIES = ("routine", "urgent", "emergency")
#: rank in the worklist: emergency first
URGENCY_RANK = {"emergency": 0, "urgent": 1, "routine": 2}
STATUSES = ("composed", "sent", "received", "claimed", "reported", "acknowledged", "withdrawn")
#: hours to answer per urgency, unless the hub's ``[referral]`` table says otherwise
DEFAULT_TARGET_HOURS = {"routine": 72.0, "urgent": 24.0, "emergency": 2.0}
KINDS = ("referral.meta", "referral.study", "referral.claim", "referral.release", "referral.report",
         "referral.ack", "referral.message", "referral.mdt", "referral.withdraw")
REPORT_FIELDS = ("findings", "impression", "recommendation")
#: why the hub escalates a referral (comms.referral_escalation): nobody claimed it in time, or the
#: consultant who claimed it did not report in time
ESCALATION_REASONS = ("unclaimed", "unreported")
MAX_SPECIALTY = 100


# ----------------------------------------------------------------------------- targets
def targets_from_config(table: dict | None) -> dict[str, float]:
    """Seconds to answer per urgency from the hub's ``[referral]`` table (``routine_hours`` ...)."""
    table = dict(table or {})
    known = [f"{u}_hours" for u in URGENCIES] + [f"report_{u}_hours" for u in URGENCIES]
    unknown = set(table) - set(known)
    if unknown:
        raise ValueError(f"[referral]: unknown setting(s) {', '.join(sorted(unknown))} "
                         f"(expected {', '.join(known)})")
    out = {}
    for u in URGENCIES:
        out[u] = _hours(table, f"{u}_hours", DEFAULT_TARGET_HOURS[u]) * 3600.0
    report_targets_from_config(table)  # a bad report target stops the hub's start too
    return out


def report_targets_from_config(table: dict | None) -> dict[str, float]:
    """Seconds from a claim to the report per urgency (``report_urgent_hours`` ...), only for the
    urgencies the hub's ``[referral]`` table sets: a claimed referral unreported past it is escalated."""
    table = dict(table or {})
    return {u: _hours(table, f"report_{u}_hours", None) * 3600.0 for u in URGENCIES if f"report_{u}_hours" in table}


def _hours(table: dict, key: str, default) -> float:
    hours = table.get(key, default)
    if isinstance(hours, bool) or not isinstance(hours, (int, float)) or not 0 < hours <= 24 * 365:
        raise ValueError(f"[referral] {key}: a number of hours between 0 and 8760, not {hours!r}")
    return float(hours)


def encode_targets(targets: dict[str, float]) -> str:
    """As the hub advertises them in ``Welcome.services["referral-targets"]``."""
    return ",".join(f"{u}={targets[u]:g}" for u in URGENCIES)


def decode_targets(text: str | None) -> dict[str, float]:
    out = {u: h * 3600.0 for u, h in DEFAULT_TARGET_HOURS.items()}
    for part in (text or "").split(","):
        name, _, value = part.partition("=")
        try:
            if name in out and float(value) > 0:
                out[name] = float(value)
        except ValueError:
            continue
    return out


# ----------------------------------------------------------------------------- bodies
class _Meta(msgspec.Struct, kw_only=True):
    specialty: str
    urgency: str = "routine"
    question: str
    history: str = ""
    language: str = "en"
    referring_hospital: str = ""
    referrer_name: str = ""
    title: str = ""


class Attachment(msgspec.Struct, kw_only=True):
    name: str
    size: int = 0
    media_type: str = ""
    deidentified: bool = False  # DICOM de-identified; False: confirmed by the sender


class _Study(msgspec.Struct, kw_only=True):
    blob_id: str
    size: int = 0
    pseudonym: str = ""
    modality: str = ""
    description: str = ""
    series: list[SeriesInfo] = []
    attachments: list[Attachment] = []
    attachments_blob: str = ""


class _Original(msgspec.Struct, kw_only=True):
    language: str = ""
    findings: str = ""
    impression: str = ""
    recommendation: str = ""


class ReportText(msgspec.Struct, kw_only=True):
    """What a consultant writes: the same fields in the ``referral.report`` event and the kept report."""
    findings: str = ""
    impression: str = ""
    recommendation: str = ""
    language: str = ""
    signed: bool = False
    original: _Original | None = None
    measurements: list[dict] = []  # workstation.annotations Annotation dicts (patient mm)
    key_images: list[dict] = []  # {caption, series_uid, view}
    sr_blob: str = ""
    kos_blob: str = ""


class _ReportBody(ReportText, kw_only=True):
    base_version: int


class Report(ReportText, kw_only=True):
    version: int
    author: str = ""
    author_name: str = ""
    time: float = 0.0
    seq: int = 0


class _Mdt(msgspec.Struct, kw_only=True):
    consult: str
    title: str = ""


class _Withdraw(msgspec.Struct, kw_only=True):
    reason: str = ""


class Step(msgspec.Struct, kw_only=True):
    """One line of the timeline."""
    status: str  # a STATUSES value, or "message", "mdt", "released", "draft"
    time: float
    by: str = ""
    by_name: str = ""
    seq: int = 0


def _clean_specialty(s: str) -> str:
    s = s.strip().lower()
    if not s or len(s) > MAX_SPECIALTY:
        raise Refused("referral.meta: a specialty is required (at most 100 characters)")
    return s


# ----------------------------------------------------------------------------- the reducer
class ReferralState(RoomReducer):
    """One referral's shared state (see the module docstring)."""

    changed = Signal(str)
    rejected = Signal(str, str)
    status_changed = Signal(str)
    message_received = Signal(object)  # ChatMessage

    def __init__(self, room: str = "", strict_order: bool = True) -> None:
        self.room = room
        self.strict_order = strict_order
        self.referrer = ""  # sender of the meta
        self.referrer_name = ""
        self.specialty = ""
        self.urgency = "routine"
        self.question = ""
        self.history = ""
        self.language = "en"  # of the answer, chosen by the referrer
        self.referring_hospital = ""
        self.title = ""
        self.created: float | None = None
        self.study: _Study | None = None
        self.received_at: float | None = None
        self.claimed_by = ""
        self.claimed_by_name = ""
        self.claimed_at: float | None = None
        self.report: Report | None = None
        self.report_history: list[Report] = []
        self.reported_at: float | None = None
        self.acknowledged_at: float | None = None
        self.withdrawn_at: float | None = None
        self.messages: list[ChatMessage] = []
        self.mdt: list[dict] = []
        self.timeline: list[Step] = []
        self.last_seq = 0
        self.last_time = 0.0
        self.last_reason = ""
        self._lock = threading.RLock()

    # -- reading ----------------------------------------------------------------------------
    @property
    def status(self) -> str:
        if self.withdrawn_at is not None:
            return "withdrawn"
        if self.acknowledged_at is not None:
            return "acknowledged"
        if self.reported_at is not None:
            return "reported"
        if self.claimed_by:
            return "claimed"
        if self.study is not None:
            return "received"
        if self.created is not None:
            return "sent"
        return "composed"

    def deadline(self, targets: dict[str, float] | None = None) -> float | None:
        if self.created is None:
            return None
        t = (targets or decode_targets(None)).get(self.urgency, DEFAULT_TARGET_HOURS["routine"] * 3600)
        return self.created + t

    def listing(self) -> dict:
        """The directory line of this referral as it stands (the status after each change)."""
        return {"room": self.room, "specialty": self.specialty, "urgency": self.urgency, "status": self.status,
                "created": self.created, "title": self.title, "question": self.question[:300],
                "referring_hospital": self.referring_hospital, "referrer": self.referrer,
                "claimed_by": self.claimed_by, "claimed_by_name": self.claimed_by_name,
                "reported_at": self.reported_at, "modality": self.study.modality if self.study else "",
                "pseudonym": self.study.pseudonym if self.study else ""}

    def to_dict(self) -> dict:
        return {"room": self.room, "status": self.status, "specialty": self.specialty, "urgency": self.urgency,
                "question": self.question, "history": self.history, "language": self.language,
                "referring_hospital": self.referring_hospital, "referrer": self.referrer,
                "referrer_name": self.referrer_name, "title": self.title, "created": self.created,
                "study": msgspec.to_builtins(self.study), "claimed_by": self.claimed_by,
                "claimed_by_name": self.claimed_by_name, "claimed_at": self.claimed_at,
                "report": msgspec.to_builtins(self.report),
                "report_history": msgspec.to_builtins(self.report_history),
                "reported_at": self.reported_at, "acknowledged_at": self.acknowledged_at,
                "withdrawn_at": self.withdrawn_at, "messages": msgspec.to_builtins(self.messages),
                "mdt": list(self.mdt), "timeline": msgspec.to_builtins(self.timeline), "last_seq": self.last_seq}

    def digest(self) -> str:
        return hashlib.sha256(msgspec.json.encode(self.to_dict(), order="sorted")).hexdigest()

    # -- applying -----------------------------------------------------------------------------
    def _apply(self, ev, emits: list) -> str | None:
        if reason := self._envelope(ev):
            return reason
        if ev.seq == 0:
            return f"{getattr(ev, 'kind', '')}: nothing in a referral is ephemeral"
        if reason := self._in_order(ev.seq, ev.time):
            return reason
        kind = getattr(ev, "kind", "")
        handler = _HANDLERS.get(kind)
        if handler is None:
            return f"unknown event kind {kind!r}"
        if kind != "referral.meta" and self.created is None:
            return f"{kind}: the referral has not been described yet (referral.meta first)"
        before = self.status
        handler(self, ev, getattr(ev, "body", None), emits)
        if self.status != before:
            emits.append((self.status_changed, (self.status,)))
        return None

    def _step(self, status: str, ev) -> None:
        self.timeline.append(Step(status=status, time=float(ev.time), by=ev.sender,
                                  by_name=getattr(ev, "sender_name", "") or "", seq=ev.seq))

    def _is_referrer(self, ev) -> bool:
        return ev.sender == self.referrer or self._is_moderator(ev)

    def _on_meta(self, ev, body, emits) -> None:
        if self.created is not None:
            raise Refused("referral.meta: the referral is already described (send a message to add to it)")
        m = convert_body(body, _Meta, "referral.meta")
        if m.urgency not in URGENCIES:
            raise Refused(f"referral.meta: urgency {m.urgency!r} is not one of {', '.join(URGENCIES)}")
        specialty = _clean_specialty(m.specialty)  # every check before any change
        question = checked_text(m.question, "the clinical question", required=True)
        history = checked_text(m.history, "the history")
        title = checked_text(m.title, "the title")[:500]
        self.specialty, self.question, self.history, self.title = specialty, question, history, title
        self.urgency, self.language = m.urgency, (m.language or "en")[:35]
        self.referring_hospital, self.referrer_name = m.referring_hospital[:200], m.referrer_name[:200]
        self.referrer, self.created = ev.sender, float(ev.time)
        self._step("sent", ev)

    def _on_study(self, ev, body, emits) -> None:
        if not self._is_referrer(ev):
            raise Refused("referral.study: only the referrer sends the study")
        if self.study is not None:
            raise Refused("referral.study: the study of this referral was already sent")
        s = convert_body(body, _Study, "referral.study")
        if len(s.blob_id) != 64:
            raise Refused("referral.study: blob_id is not a sha256")
        self.study, self.received_at = s, float(ev.time)
        self._step("received", ev)

    def _on_claim(self, ev, body, emits) -> None:
        if self.withdrawn_at is not None:
            raise Refused("referral.claim: the referral was withdrawn")
        if self.reported_at is not None:
            raise Refused("referral.claim: the referral is already reported")
        if self.claimed_by and self.claimed_by != ev.sender:
            raise Refused(f"referral.claim: already claimed by {self.claimed_by_name or self.claimed_by}")
        if ev.sender == self.referrer:
            raise Refused("referral.claim: the referrer cannot answer their own referral")
        self.claimed_by, self.claimed_by_name = ev.sender, getattr(ev, "sender_name", "") or ev.sender
        self.claimed_at = float(ev.time)
        self._step("claimed", ev)

    def _on_release(self, ev, body, emits) -> None:
        if not self.claimed_by:
            raise Refused("referral.release: nobody has claimed it")
        if ev.sender != self.claimed_by and not self._is_moderator(ev):
            raise Refused("referral.release: only the consultant who claimed it (or a coordinator)")
        if self.reported_at is not None:
            raise Refused("referral.release: the report is signed")
        self.claimed_by = self.claimed_by_name = ""
        self.claimed_at = None
        self._step("released", ev)

    def _on_report(self, ev, body, emits) -> None:
        if ev.sender != self.claimed_by:
            raise Refused("referral.report: claim the referral before writing its report"
                          if not self.claimed_by else
                          f"referral.report: {self.claimed_by_name or self.claimed_by} has claimed it")
        r = convert_body(body, _ReportBody, "referral.report")
        current = self.report.version if self.report is not None else 0
        if self.report is not None and self.report.signed:
            raise Refused("referral.report: the report is signed; nothing can change it")
        if r.base_version != current:
            raise Refused(f"referral.report: edited from version {r.base_version}, but the report is at version "
                          f"{current} (a stale edit is refused, reload it)")
        for f in REPORT_FIELDS:
            checked_text(getattr(r, f), f"the {f}")
        if r.signed and not (r.findings.strip() and r.impression.strip()):
            raise Refused("referral.report: a signed report needs findings and an impression")
        rep = Report(version=current + 1, findings=r.findings, impression=r.impression,
                     recommendation=r.recommendation, language=(r.language or self.language)[:35], signed=r.signed,
                     original=r.original, measurements=r.measurements[:500], key_images=r.key_images[:100],
                     sr_blob=r.sr_blob, kos_blob=r.kos_blob, author=ev.sender,
                     author_name=getattr(ev, "sender_name", "") or "", time=float(ev.time), seq=ev.seq)
        if self.report is not None:
            self.report_history.append(self.report)
        self.report = rep
        if r.signed:
            self.reported_at = float(ev.time)
            self._step("reported", ev)
        else:
            self._step("draft", ev)

    def _on_ack(self, ev, body, emits) -> None:
        if self.reported_at is None:
            raise Refused("referral.ack: there is no signed report to acknowledge")
        if not self._is_referrer(ev) and getattr(ev, "sender", "") != self.referrer:
            raise Refused("referral.ack: only the referring side acknowledges")
        if self.acknowledged_at is None:
            self.acknowledged_at = float(ev.time)
            self._step("acknowledged", ev)

    def _on_message(self, ev, body, emits) -> None:
        msg = self._chat_message(ev, body, "referral.message")
        self.messages.append(msg)
        self._step("message", ev)
        emits.append((self.message_received, (msg,)))

    def _on_mdt(self, ev, body, emits) -> None:
        m = convert_body(body, _Mdt, "referral.mdt")
        if not m.consult.startswith("consult-"):
            raise Refused("referral.mdt: not a consult room")
        self.mdt.append({"consult": m.consult, "title": m.title[:500], "by": ev.sender, "time": float(ev.time)})
        self._step("mdt", ev)

    def _on_withdraw(self, ev, body, emits) -> None:
        convert_body(body, _Withdraw, "referral.withdraw")
        if not self._is_referrer(ev):
            raise Refused("referral.withdraw: only the referring side withdraws")
        if self.reported_at is not None:
            raise Refused("referral.withdraw: the report is already signed")
        if self.withdrawn_at is None:
            self.withdrawn_at = float(ev.time)
            self._step("withdrawn", ev)


_HANDLERS = {
    "referral.meta": ReferralState._on_meta, "referral.study": ReferralState._on_study,
    "referral.claim": ReferralState._on_claim, "referral.release": ReferralState._on_release,
    "referral.report": ReferralState._on_report, "referral.ack": ReferralState._on_ack,
    "referral.message": ReferralState._on_message, "referral.mdt": ReferralState._on_mdt,
    "referral.withdraw": ReferralState._on_withdraw,
}


# ----------------------------------------------------------------------------- the worklist
@dataclass
class WorklistRow:
    room: str
    specialty: str = ""
    urgency: str = "routine"
    status: str = "sent"
    created: float | None = None
    title: str = ""
    question: str = ""
    referring_hospital: str = ""
    referrer: str = ""
    claimed_by: str = ""
    claimed_by_name: str = ""
    reported_at: float | None = None
    modality: str = ""
    pseudonym: str = ""
    seq: int = 0
    extra: dict = field(default_factory=dict)
    #: why the hub escalated it to the coordinators ("unclaimed", "unreported"), in order; [] if never
    escalated: list = field(default_factory=list)

    def time_left(self, now: float, targets: dict[str, float]) -> float | None:
        """Seconds to the target answer time (negative: overdue), None once reported or undated."""
        if self.created is None or self.status in ("reported", "acknowledged", "withdrawn"):
            return None
        return self.created + targets.get(self.urgency, targets.get("routine", 72 * 3600.0)) - now

    def overdue(self, now: float, targets: dict[str, float]) -> bool:
        left = self.time_left(now, targets)
        return left is not None and left < 0


_ROW_FIELDS = ("specialty", "urgency", "status", "created", "title", "question", "referring_hospital", "referrer",
               "claimed_by", "claimed_by_name", "reported_at", "modality", "pseudonym")


class Worklist:
    """The referrals this user may see, from the directory's ``referral.listed`` lines (the latest
    line of each referral wins). :meth:`rows` sorts them as consultants work: open ones first,
    by urgency (emergency first), then by waiting time (oldest first)."""

    def __init__(self) -> None:
        self.rows_by_room: dict[str, WorklistRow] = {}
        #: room -> the hub's escalations of it (``referral.escalated`` bodies), in order
        self.escalations: dict[str, list[dict]] = {}

    def apply_listing(self, body: dict, seq: int = 0) -> bool:
        room = body.get("room")
        if not isinstance(room, str):
            return False
        row = self.rows_by_room.get(room)
        if row is not None and seq and seq <= row.seq:
            return False
        new = WorklistRow(room=room, seq=seq)
        for k in _ROW_FIELDS:
            v = body.get(k, getattr(new, k))
            if k in ("created", "reported_at"):
                v = float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else None
            elif not isinstance(v, str):
                v = getattr(new, k)
            setattr(new, k, v[:500] if isinstance(v, str) else v)
        if new.urgency not in URGENCIES:
            new.urgency = "routine"
        if new.status not in STATUSES:
            new.status = "sent"
        new.escalated = [e["reason"] for e in self.escalations.get(room, ())]
        self.rows_by_room[room] = new
        return True

    def apply_escalation(self, body: dict, sender: str) -> bool:
        """The hub's ``referral.escalated`` {room, reason, ...}: the referral passed its target (only
        the hub's own events count; a reason is recorded once)."""
        room, reason = body.get("room"), body.get("reason")
        if sender != "hub" or not isinstance(room, str) or reason not in ESCALATION_REASONS:
            return False
        known = self.escalations.setdefault(room, [])
        if any(e["reason"] == reason for e in known):
            return False
        due = body.get("due")
        known.append({"room": room, "reason": reason,
                      "due": float(due) if isinstance(due, (int, float)) and not isinstance(due, bool) else None})
        row = self.rows_by_room.get(room)
        if row is not None:
            row.escalated = [e["reason"] for e in known]
        return True

    def rows(self, now: float | None = None, specialties=None, open_only: bool = False) -> list[WorklistRow]:
        rows = list(self.rows_by_room.values())
        if specialties:
            wanted = {s.lower() for s in specialties}
            rows = [r for r in rows if r.specialty in wanted]
        if open_only:
            rows = [r for r in rows if r.status in ("sent", "received", "claimed")]
        done = ("reported", "acknowledged", "withdrawn")
        rows.sort(key=lambda r: (r.status in done, URGENCY_RANK.get(r.urgency, 9),
                                 r.created if r.created is not None else float("inf"), r.room))
        return rows


def status_from_listing(body: dict) -> str:
    s = body.get("status") if isinstance(body, dict) else None
    return s if s in STATUSES else "sent"
