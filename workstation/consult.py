"""The shared state of an MDT consult: a pure reducer over the hub-ordered room events.

Every participant feeds the room's events, in hub order (``seq`` 1, 2, 3...), to its own
:class:`ConsultState`; :meth:`ConsultState.apply` is a pure function of (current state, event),
so all participants -- and a late joiner replaying the log, or a client restored from a
:meth:`~ConsultState.snapshot` -- end in the same state (compare with :meth:`~ConsultState.digest`).
No I/O, no clocks: every time comes from the hub-stamped ``event.time``.

The reducer takes any object with ``seq, sender, kind, body, time`` (a ``comms.protocol.RoomEvent``,
or :class:`Event` here for plain dicts) and trusts only the hub-stamped ``sender`` and
``sender_role`` (read with ``getattr(event, "sender_role", "")``), never identities in the body.

Ordering: an event with ``seq <= last_seq`` is a duplicate and ignored; an event with
``seq > last_seq + 1`` is refused as a gap (events are missing: resume or replay the stored
history first) so that a replica never skips events it would later ignore as duplicates.
``seq == 0`` is ephemeral (the laser pointer): kept in :attr:`ConsultState.pointers`, outside
the digest and the order. Every in-order event advances ``last_seq``, accepted or refused
(refusals are deterministic, so every replica refuses the same events).

Rules (refused with ``last_reason``; a refused event never changes the state):

* ``consult.meta``: the first meta of the room from anyone (that sender is the room's creator);
  then only from the coordinator named in the current meta, the creator, or a moderator
  (enrolment role ``coordinator`` or ``administrator``). The agenda creates a :class:`Case`
  per item (not shared yet: ``blob_id == ""``); an item dropped from the agenda removes its
  case only when nothing was done on it (not shared, no annotation, no conclusion).
* ``consult.case.shared``: from anyone in the room (the hub authorised the publish; the sharer
  need not have joined the meeting yet); a case already shared cannot be replaced.
* ``consult.join`` / ``consult.leave``: attendance sessions (join time, leave time); a second
  join while present updates the details but keeps the session; leaving closes it.
* Presenter: ``request`` queues a present participant; ``handover {to}`` by the presenter or a
  moderator, ``to`` must be present; ``take`` by a moderator at any time, or by any present
  participant when there is no presenter; ``release`` by the presenter. When the presenter
  leaves, there is no presenter. A presenter removed from the room's queue when they present.
  Here "moderator" also includes the coordinator named in the meta (they chair this consult).
* ``consult.view``: only from the current presenter, on a shared case (and one of its series
  when the case lists series); the partial view is merged into the followed view (reset when the
  case or series changes). Keys and types are those of :class:`workstation.viewstate.ViewState`.
  An optional ``compare`` {series_uid, orientation, offset_mm, link_wl, same_frame} is the
  presenter's comparison with a prior series (``workstation.compare``; the prior must be another
  series of the case): absent keeps the current one (for the same case and series), None closes it.
  An optional ``volume`` (int >= 0) is the volume of a 4-D series the presenter shows (fMRI time
  point, diffusion direction...; ``workstation.dicom.multivolume``): absent keeps the current one
  (for the same case and series, else 0).
* ``consult.annotation``: ``op`` is an :class:`workstation.annotations.Op` as a dict; its
  ``author``/``role`` are replaced by the event's sender/sender_role and ``at`` by the hub time;
  the case's :class:`~workstation.annotations.AnnotationSet` decides (owner/moderator, stale edit).
* ``consult.conclusion``: per case, versioned from 1; ``base_version`` must equal the current
  version (0 when there is none) -- a stale edit is refused, never a silent overwrite. Earlier
  versions are kept in ``Case.conclusion_history``.
* ``consult.key_image`` {case_id, caption, series_uid, view}: a key image as view state (only
  view state travels; each participant renders it, with the annotations burned in).
* ``consult.chat`` {text, language}.
* ``consult.ended``: by the named coordinator or a moderator. Everyone still present is marked
  as leaving at that time. **After the end** only ``consult.conclusion`` and
  ``consult.annotation`` are accepted, and only from moderators (the named coordinator, role
  coordinator/administrator): the conclusion may be finalised after the meeting, but the
  record of the meeting (attendance, presenter, chat, views) is closed.
"""

from __future__ import annotations

import copy
import hashlib
import math
import threading
from dataclasses import dataclass, field

import msgspec
from psygnal import Signal

from .annotations import AnnotationSet, Op
from .room import ChatMessage, Refused, RoomReducer, SeriesInfo, check_finite, checked_text, convert_body
from .room import MAX_TEXT, Event  # noqa: F401 - re-exported: callers of the consult reducer use them
from .viewstate import AXIAL, CORONAL, LAYOUTS, SAGITTAL, VOLUME3D

VIEWS = (AXIAL, CORONAL, SAGITTAL, VOLUME3D)
IMAGE_VIEW = "image"  # the 2-D viewer (radiographs, ultrasound): a pointer there names the image and frame
SLAB_MODES = ("mip", "minip", "mean")
MAX_VOLUMES = 100_000  # volumes of one 4-D series (a bound, so a hostile index is refused)
CONCLUSION_FIELDS = ("findings", "diagnosis", "recommendation", "follow_up", "responsible_clinician")

KINDS = ("consult.meta", "consult.case.shared", "consult.join", "consult.leave", "consult.presenter.request",
         "consult.presenter.handover", "consult.presenter.take", "consult.presenter.release", "consult.view",
         "consult.pointer", "consult.annotation", "consult.key_image", "consult.chat", "consult.conclusion",
         "consult.ended")


# -- the content (plain data; msgspec Structs are validated from the bodies) ------------------

class Participant(msgspec.Struct, kw_only=True):
    user: str
    name: str = ""
    hospital: str = ""


class AgendaItem(msgspec.Struct, kw_only=True):
    case_id: str
    title: str = ""
    question: str = ""
    referring_hospital: str = ""


class Meta(msgspec.Struct, kw_only=True):
    title: str
    scheduled: float | None = None
    coordinator: str = ""
    participants: list[Participant] = []
    agenda: list[AgendaItem] = []


class _CaseShared(msgspec.Struct, kw_only=True):
    case_id: str
    blob_id: str
    title: str = ""
    question: str = ""
    referring_hospital: str = ""
    pseudonym: str = ""
    modality: str = ""
    description: str = ""
    size: int = 0
    series: list[SeriesInfo] = []


class _Join(msgspec.Struct, kw_only=True):
    name: str = ""
    hospital: str = ""
    country: str = ""
    language: str = ""


class _Handover(msgspec.Struct, kw_only=True):
    to: str


class _CameraPatch(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, omit_defaults=True):
    position: tuple[float, float, float] | msgspec.UnsetType = msgspec.UNSET
    focal_point: tuple[float, float, float] | msgspec.UnsetType = msgspec.UNSET
    view_up: tuple[float, float, float] | msgspec.UnsetType = msgspec.UNSET
    parallel_scale: float | msgspec.UnsetType = msgspec.UNSET


class _ViewPatch(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, omit_defaults=True):
    position: tuple[float, float, float] | msgspec.UnsetType = msgspec.UNSET
    window: float | msgspec.UnsetType = msgspec.UNSET
    level: float | msgspec.UnsetType = msgspec.UNSET
    zoom: float | msgspec.UnsetType = msgspec.UNSET
    pan: tuple[float, float] | msgspec.UnsetType = msgspec.UNSET
    layout: str | msgspec.UnsetType = msgspec.UNSET
    active_view: str | msgspec.UnsetType = msgspec.UNSET
    slab_mm: float | msgspec.UnsetType = msgspec.UNSET
    slab_mode: str | msgspec.UnsetType = msgspec.UNSET
    volume_preset: str | msgspec.UnsetType = msgspec.UNSET
    crop: tuple[float, float, float, float, float, float] | None | msgspec.UnsetType = msgspec.UNSET
    camera: _CameraPatch | msgspec.UnsetType = msgspec.UNSET


class _Compare(msgspec.Struct, kw_only=True):
    """The presenter's comparison (workstation.compare.CompareState.to_message): the prior series
    beside ``series_uid``, the pairing offset (prior minus current, mm along the view normal; None:
    not paired) and the W/L link."""
    series_uid: str
    orientation: str = ""
    offset_mm: float | None = None
    link_wl: bool = False
    same_frame: bool = False


class _View(msgspec.Struct, kw_only=True):
    case_id: str
    series_uid: str = ""
    view: _ViewPatch = msgspec.field(default_factory=_ViewPatch)
    # absent: unchanged (older presenters never send it, older replicas ignore it); None: closed
    compare: _Compare | None | msgspec.UnsetType = msgspec.UNSET
    # the volume of a 4-D series; absent: unchanged (older presenters never send it, older replicas ignore it)
    volume: int | msgspec.UnsetType = msgspec.UNSET


class _Pointer(msgspec.Struct, kw_only=True):
    case_id: str
    view: str
    position: tuple[float, float, float] | None = None
    sop_instance_uid: str = ""  # view "image": the 2-D image (the case's shared copy) pointed at ...
    frame_number: int = 0  # ... its frame (1-based, 0 for a single frame); position is (column, row, 0)


class _ConclusionBody(msgspec.Struct, kw_only=True):
    case_id: str
    base_version: int
    findings: str = ""
    diagnosis: str = ""
    recommendation: str = ""
    follow_up: str = ""
    responsible_clinician: str = ""
    language: str = ""


class _KeyImageBody(msgspec.Struct, kw_only=True):
    case_id: str
    caption: str = ""
    series_uid: str = ""
    view: _ViewPatch = msgspec.field(default_factory=_ViewPatch)


class Conclusion(msgspec.Struct, kw_only=True):
    case_id: str
    version: int
    findings: str = ""
    diagnosis: str = ""
    recommendation: str = ""
    follow_up: str = ""
    responsible_clinician: str = ""
    language: str = ""
    author: str = ""
    author_name: str = ""
    author_role: str = ""
    time: float = 0.0
    seq: int = 0


class KeyImage(msgspec.Struct, kw_only=True):
    id: str  # "<seq>": unique and the same on every replica
    case_id: str
    caption: str = ""
    series_uid: str = ""
    view: dict = {}
    author: str = ""
    author_name: str = ""
    time: float = 0.0


class Attendee(msgspec.Struct, kw_only=True):
    user: str
    name: str = ""
    hospital: str = ""
    country: str = ""
    language: str = ""
    role: str = ""
    sessions: list[list] = []  # [[join_time, leave_time or None], ...]

    @property
    def present(self) -> bool:
        return bool(self.sessions) and self.sessions[-1][1] is None

    @property
    def first_join(self) -> float | None:
        return self.sessions[0][0] if self.sessions else None

    @property
    def last_join(self) -> float | None:
        return self.sessions[-1][0] if self.sessions else None

    @property
    def left(self) -> float | None:
        """Time of the last leave (None while present or never joined)."""
        return self.sessions[-1][1] if self.sessions else None

    def seconds_present(self, now: float | None = None) -> float:
        """Total time present: the closed sessions, plus the open one up to ``now`` if given."""
        total = 0.0
        for start, end in self.sessions:
            if end is None:
                end = now if now is not None else start
            total += max(0.0, end - start)
        return total


class FollowedView(msgspec.Struct, kw_only=True):
    case_id: str = ""
    series_uid: str = ""
    view: dict = {}
    presenter: str = ""  # who set it last
    seq: int = 0
    compare: dict = {}  # the presenter's comparison with a prior series ({} when none), see _Compare
    volume: int = 0  # the volume of a 4-D series the presenter shows (0 for any other series)


class Pointer(msgspec.Struct, kw_only=True):
    case_id: str
    view: str
    position: tuple[float, float, float] | None
    time: float
    sop_instance_uid: str = ""  # on a 2-D image (view IMAGE_VIEW): image point (column, row, 0)
    frame_number: int = 0


@dataclass(eq=False)
class Case:
    case_id: str
    title: str = ""
    question: str = ""
    referring_hospital: str = ""
    pseudonym: str = ""
    modality: str = ""
    description: str = ""
    blob_id: str = ""  # "" until the study is shared
    size: int = 0
    series: list[SeriesInfo] = field(default_factory=list)
    shared_by: str = ""
    shared_at: float | None = None
    annotations: AnnotationSet = field(default_factory=AnnotationSet)
    conclusion: Conclusion | None = None
    conclusion_history: list[Conclusion] = field(default_factory=list)
    key_images: list[KeyImage] = field(default_factory=list)

    @property
    def shared(self) -> bool:
        return bool(self.blob_id)

    def to_dict(self) -> dict:
        d = {k: getattr(self, k) for k in ("case_id", "title", "question", "referring_hospital", "pseudonym",
                                             "modality", "description", "blob_id", "size", "shared_by",
                                             "shared_at")}
        d["series"] = msgspec.to_builtins(self.series)
        d["annotations"] = self.annotations.to_dict()
        d["conclusion"] = msgspec.to_builtins(self.conclusion)
        d["conclusion_history"] = msgspec.to_builtins(self.conclusion_history)
        d["key_images"] = msgspec.to_builtins(self.key_images)
        return d

    @classmethod
    def from_dict(cls, d: dict) -> "Case":
        c = cls(**{k: d[k] for k in ("case_id", "title", "question", "referring_hospital", "pseudonym",
                                      "modality", "description", "blob_id", "size", "shared_by", "shared_at")})
        c.series = msgspec.convert(d["series"], list[SeriesInfo])
        c.annotations = AnnotationSet.from_dict(d["annotations"])
        c.conclusion = msgspec.convert(d["conclusion"], Conclusion | None)
        c.conclusion_history = msgspec.convert(d["conclusion_history"], list[Conclusion])
        c.key_images = msgspec.convert(d["key_images"], list[KeyImage])
        return c


def _view_patch(patch: _ViewPatch, what: str) -> dict:
    check_finite(msgspec.to_builtins(patch), what)
    d = msgspec.json.decode(msgspec.json.encode(patch))  # plain lists and floats, as on every replica
    if "layout" in d and d["layout"] not in LAYOUTS:
        raise Refused(f"{what}: unknown layout {d['layout']!r} (expected one of {', '.join(LAYOUTS)})")
    if "active_view" in d and d["active_view"] not in VIEWS:
        raise Refused(f"{what}: unknown view {d['active_view']!r} (expected one of {', '.join(VIEWS)})")
    if "slab_mode" in d and d["slab_mode"] not in SLAB_MODES:
        raise Refused(f"{what}: unknown slab mode {d['slab_mode']!r}")
    if "zoom" in d and d["zoom"] <= 0:
        raise Refused(f"{what}: zoom must be positive")
    if "slab_mm" in d and d["slab_mm"] < 0:
        raise Refused(f"{what}: slab_mm cannot be negative")
    if "window" in d and d["window"] <= 0:
        raise Refused(f"{what}: the window width must be positive")
    return d


def _followed_data(followed: FollowedView) -> dict:
    """The followed view as plain data; without ``compare`` when there is none and without
    ``volume`` when it is 0, so that such a state has the same snapshot and digest as before these
    fields existed."""
    d = msgspec.to_builtins(followed)
    if not d.get("compare"):
        d.pop("compare", None)
    if not d.get("volume"):
        d.pop("volume", None)
    return d


class ConsultState(RoomReducer):
    """The consult room's shared state (see the module docstring for the rules)."""

    changed = Signal(str)  # kind of an accepted event
    rejected = Signal(str, str)  # kind, reason
    view_changed = Signal(object)  # FollowedView
    presenter_changed = Signal(str)  # user id, "" when nobody presents
    pointer_moved = Signal(str)  # user id
    chat_received = Signal(object)  # ChatMessage

    def __init__(self, room: str = "", strict_order: bool = True) -> None:
        self.room = room
        #: refuse events after a gap (see the module docstring); False only for tools that
        #: knowingly feed a partial log
        self.strict_order = strict_order
        self.meta: Meta | None = None
        self.creator = ""  # sender of the first meta
        self.cases: dict[str, Case] = {}
        self.presenter: str | None = None
        self.presenter_requests: list[str] = []
        self.followed = FollowedView()
        self.chat: list[ChatMessage] = []
        self.attendance: dict[str, Attendee] = {}
        self.ended = False
        self.ended_at: float | None = None
        self.last_seq = 0
        self.last_time = 0.0  # hub time of the last sequenced event
        self.pointers: dict[str, Pointer] = {}
        self.last_reason = ""
        self._lock = threading.RLock()

    # -- reading --------------------------------------------------------------------------------
    def is_present(self, user: str) -> bool:
        a = self.attendance.get(user)
        return a is not None and a.present

    def display_name(self, user: str) -> str:
        a = self.attendance.get(user)
        if a is not None and a.name:
            return a.name
        if self.meta is not None:
            for p in self.meta.participants:
                if p.user == user and p.name:
                    return p.name
        return user

    def agenda_item(self, case_id: str) -> AgendaItem | None:
        if self.meta is not None:
            for item in self.meta.agenda:
                if item.case_id == case_id:
                    return item
        return None

    # -- applying -------------------------------------------------------------------------------
    def _apply(self, ev, emits: list) -> str | None:
        if reason := self._envelope(ev):
            return reason
        seq, sender, t, kind = ev.seq, ev.sender, float(ev.time), getattr(ev, "kind", "")
        body = getattr(ev, "body", None)
        if seq == 0:
            if kind != "consult.pointer":
                return f"{kind}: only the pointer is ephemeral (seq 0)"
            return self._pointer(ev, sender, t, body, emits)
        if reason := self._in_order(seq, t):
            return reason
        handler = _HANDLERS.get(kind)
        if handler is None:
            return f"unknown event kind {kind!r}"
        if kind == "consult.pointer":
            return "the pointer is ephemeral: it must not be sequenced"
        if self.ended and kind not in ("consult.conclusion", "consult.annotation"):
            return f"{kind}: the consult has ended"
        if self.ended and not self._may_coordinate(ev):
            return f"{kind}: the consult has ended; only the coordinator or a moderator may still change it"
        if not isinstance(body, dict):
            return f"{kind}: the body is not a mapping but {type(body).__name__}"
        return handler(self, ev, sender, float(t), body, emits)

    # -- who may do what ------------------------------------------------------------------------
    def _may_coordinate(self, ev) -> bool:
        return self._is_moderator(ev) or (self.meta is not None and ev.sender == self.meta.coordinator)

    def _name(self, ev) -> str:
        a = self.attendance.get(ev.sender)
        if a is not None and a.name:
            return a.name
        name = getattr(ev, "sender_name", "")
        return name if isinstance(name, str) and name else self.display_name(ev.sender)

    def _case(self, case_id: str, what: str) -> Case:
        case = self.cases.get(case_id)
        if case is None:
            raise Refused(f"{what}: unknown case {case_id!r}")
        return case

    # -- handlers (check everything first, then change) -----------------------------------------
    def _meta(self, ev, sender, t, body, emits):
        if self.meta is not None and not (self._may_coordinate(ev) or sender == self.creator):
            return (f"consult.meta: {sender} may not change the consult: only its coordinator "
                    f"{self.meta.coordinator or '(none)'} or a moderator may")
        meta = convert_body(body, Meta, "consult.meta")
        checked_text(meta.title, "consult.meta title", required=True)
        if meta.scheduled is not None and not math.isfinite(meta.scheduled):
            raise Refused("consult.meta: scheduled is not a time")
        ids = [a.case_id for a in meta.agenda]
        if any(not i for i in ids):
            raise Refused("consult.meta: an agenda item has no case_id")
        if len(set(ids)) != len(ids):
            raise Refused("consult.meta: the agenda lists a case twice")
        if not meta.coordinator:
            meta.coordinator = sender
        # change
        if self.meta is None:
            self.creator = sender
        self.meta = meta
        for item in meta.agenda:
            case = self.cases.get(item.case_id)
            if case is None:
                self.cases[item.case_id] = Case(item.case_id, title=item.title, question=item.question,
                                                referring_hospital=item.referring_hospital,
                                                annotations=AnnotationSet(item.case_id))
            elif not case.shared:
                case.title, case.question = item.title, item.question
                case.referring_hospital = item.referring_hospital
        for cid in [c for c in self.cases if c not in set(ids)]:
            case = self.cases[cid]
            if not (case.shared or case.annotations.all() or case.conclusion or case.key_images):
                del self.cases[cid]
        return None

    def _case_shared(self, ev, sender, t, body, emits):
        b = convert_body(body, _CaseShared, "consult.case.shared")
        if not b.case_id:
            raise Refused("consult.case.shared: the case_id is empty")
        if len(b.blob_id) != 64 or any(c not in "0123456789abcdef" for c in b.blob_id):
            raise Refused("consult.case.shared: blob_id is not a sha256 hex digest")
        case = self.cases.get(b.case_id)
        if case is not None and case.shared:
            raise Refused(f"consult.case.shared: case {b.case_id} was already shared by "
                          f"{self.display_name(case.shared_by)}; share it under a new case id")
        if case is None:
            case = Case(b.case_id, annotations=AnnotationSet(b.case_id))
            self.cases[b.case_id] = case
        for k in ("title", "question", "referring_hospital"):
            if getattr(b, k):
                setattr(case, k, getattr(b, k))
        case.pseudonym, case.modality, case.description = b.pseudonym, b.modality, b.description
        case.blob_id, case.size, case.series = b.blob_id, b.size, b.series
        case.shared_by, case.shared_at = sender, t
        return None

    def _join(self, ev, sender, t, body, emits):
        b = convert_body(body, _Join, "consult.join")
        a = self.attendance.get(sender)
        name = b.name or getattr(ev, "sender_name", "") or (a.name if a else "") or sender
        if a is None:
            a = Attendee(user=sender)
            self.attendance[sender] = a
        a.name, a.hospital, a.country, a.language = name, b.hospital, b.country, b.language
        a.role = self._role(ev)
        if not a.present:
            a.sessions.append([t, None])
        return None

    def _leave(self, ev, sender, t, body, emits):
        a = self.attendance.get(sender)
        if a is None or not a.present:
            return f"consult.leave: {sender} is not in the consult"
        a.sessions[-1][1] = max(t, a.sessions[-1][0])
        if sender in self.presenter_requests:
            self.presenter_requests.remove(sender)
        self.pointers.pop(sender, None)
        if self.presenter == sender:
            self._set_presenter(None, emits)
        return None

    def _set_presenter(self, user: str | None, emits: list) -> None:
        if user is not None and user in self.presenter_requests:
            self.presenter_requests.remove(user)
        if user != self.presenter:
            self.presenter = user
            emits.append((self.presenter_changed, (user or "",)))

    def _request(self, ev, sender, t, body, emits):
        if not self.is_present(sender):
            return f"consult.presenter.request: {sender} has not joined the consult"
        if sender == self.presenter:
            return f"consult.presenter.request: {sender} is already presenting"
        if sender in self.presenter_requests:
            return f"consult.presenter.request: {sender} has already asked"
        self.presenter_requests.append(sender)
        return None

    def _handover(self, ev, sender, t, body, emits):
        b = convert_body(body, _Handover, "consult.presenter.handover")
        if sender != self.presenter and not self._may_coordinate(ev):
            return (f"consult.presenter.handover: {sender} is not the presenter "
                    f"({self.presenter or 'nobody'} is) nor a moderator")
        if not self.is_present(b.to):
            return f"consult.presenter.handover: {b.to!r} has not joined the consult"
        self._set_presenter(b.to, emits)
        return None

    def _take(self, ev, sender, t, body, emits):
        if not self.is_present(sender):
            return f"consult.presenter.take: {sender} has not joined the consult"
        if self.presenter is not None and not self._may_coordinate(ev):
            return (f"consult.presenter.take: {self.display_name(self.presenter)} is presenting; only a "
                    "moderator may take over (ask for it instead)")
        self._set_presenter(sender, emits)
        return None

    def _release(self, ev, sender, t, body, emits):
        if sender != self.presenter:
            return f"consult.presenter.release: {sender} is not the presenter"
        self._set_presenter(None, emits)
        return None

    def _check_series(self, case: Case, series_uid: str, what: str) -> None:
        if series_uid and case.series and series_uid not in {s.series_uid for s in case.series}:
            raise Refused(f"{what}: case {case.case_id} has no series {series_uid}")

    def _view(self, ev, sender, t, body, emits):
        if sender != self.presenter:
            return f"consult.view: {sender} is not the presenter ({self.presenter or 'nobody'} is)"
        b = convert_body(body, _View, "consult.view")
        case = self._case(b.case_id, "consult.view")
        if not case.shared:
            raise Refused(f"consult.view: case {b.case_id} has not been shared yet")
        self._check_series(case, b.series_uid, "consult.view")
        patch = _view_patch(b.view, "consult.view")
        f = self.followed
        same = f.case_id == b.case_id and f.series_uid == b.series_uid
        view = copy.deepcopy(f.view) if same else {}
        cam = patch.pop("camera", None)
        view.update(patch)
        if cam is not None:
            view["camera"] = {**view.get("camera", {}), **cam}
        if b.compare is msgspec.UNSET:
            compare = copy.deepcopy(f.compare) if same else {}
        elif b.compare is None:
            compare = {}
        else:
            compare = self._compare(case, b.series_uid, b.compare)
        if b.volume is msgspec.UNSET:
            volume = f.volume if same else 0
        elif not 0 <= b.volume <= MAX_VOLUMES:
            raise Refused(f"consult.view: volume {b.volume} is not a volume index (0 to {MAX_VOLUMES})")
        else:
            volume = b.volume
        self.followed = FollowedView(case_id=b.case_id, series_uid=b.series_uid, view=view, presenter=sender,
                                     seq=ev.seq, compare=compare, volume=volume)
        emits.append((self.view_changed, (self.followed,)))
        return None

    def _compare(self, case: Case, series_uid: str, c: _Compare) -> dict:
        what = "consult.view: compare"
        if not series_uid:
            raise Refused(f"{what}: a comparison needs the current series")
        if not c.series_uid or c.series_uid == series_uid:
            raise Refused(f"{what}: the prior series must be another series than the current one")
        self._check_series(case, c.series_uid, what)
        if c.orientation and c.orientation not in (AXIAL, CORONAL, SAGITTAL):
            raise Refused(f"{what}: unknown orientation {c.orientation!r}")
        check_finite(c.offset_mm, what)
        return msgspec.json.decode(msgspec.json.encode(c))  # plain data, as on every replica

    def _pointer(self, ev, sender, t, body, emits):
        if self.ended:
            return "consult.pointer: the consult has ended"
        if not self.is_present(sender):
            return f"consult.pointer: {sender} has not joined the consult"
        b = convert_body(body, _Pointer, "consult.pointer")
        if b.view not in (*VIEWS, IMAGE_VIEW):
            raise Refused(f"consult.pointer: unknown view {b.view!r}")
        if b.case_id not in self.cases:
            raise Refused(f"consult.pointer: unknown case {b.case_id!r}")
        check_finite(list(b.position or ()), "consult.pointer position")
        if b.view == IMAGE_VIEW and b.position is not None:
            if not b.sop_instance_uid or len(b.sop_instance_uid) > 64 or not 0 <= b.frame_number <= MAX_VOLUMES:
                raise Refused("consult.pointer: a pointer on a 2-D image needs its SOP Instance UID and frame")
            if b.position[2] != 0:
                raise Refused("consult.pointer: a point on a 2-D image has z = 0")
        self.pointers[sender] = Pointer(case_id=b.case_id, view=b.view, position=b.position, time=t,
                                        sop_instance_uid=b.sop_instance_uid if b.view == IMAGE_VIEW else "",
                                        frame_number=b.frame_number if b.view == IMAGE_VIEW else 0)
        emits.append((self.pointer_moved, (sender,)))
        return None

    def _annotation(self, ev, sender, t, body, emits):
        case_id = body.get("case_id")
        if not isinstance(case_id, str):
            raise Refused("consult.annotation: case_id is missing or not a string")
        case = self._case(case_id, "consult.annotation")
        raw = body.get("op")
        if not isinstance(raw, dict):
            raise Refused("consult.annotation: op is missing or not a mapping")
        raw = dict(raw)
        # The hub's word, not the body's: who, with which role, when.
        raw.update(author=sender, role=self._role(ev), at=float(t), op_id=f"{self.room}:{ev.seq}")
        ann = raw.get("annotation")
        if isinstance(ann, dict):
            ann = dict(ann)
            ann.setdefault("id", raw.get("annotation_id"))
            if raw.get("action") == "add":
                if not ann.get("owner"):
                    ann["owner"] = sender
                ann["owner_name"] = self._name(ev)
            raw["annotation"] = ann
        try:
            op = msgspec.convert(raw, Op)
        except msgspec.ValidationError as exc:
            raise Refused(f"consult.annotation: {exc}") from None
        if not case.annotations.apply(op):
            return f"consult.annotation: {case.annotations.last_reason}"
        return None

    def _key_image(self, ev, sender, t, body, emits):
        b = convert_body(body, _KeyImageBody, "consult.key_image")
        case = self._case(b.case_id, "consult.key_image")
        if not case.shared:
            raise Refused(f"consult.key_image: case {b.case_id} has not been shared yet")
        self._check_series(case, b.series_uid, "consult.key_image")
        checked_text(b.caption, "consult.key_image caption")
        view = _view_patch(b.view, "consult.key_image")
        case.key_images.append(KeyImage(id=str(ev.seq), case_id=b.case_id, caption=b.caption,
                                        series_uid=b.series_uid, view=view, author=sender,
                                        author_name=self._name(ev), time=t))
        return None

    def _chat(self, ev, sender, t, body, emits):
        msg = self._chat_message(ev, body, "consult.chat")
        self.chat.append(msg)
        emits.append((self.chat_received, (msg,)))
        return None

    def _conclusion(self, ev, sender, t, body, emits):
        b = convert_body(body, _ConclusionBody, "consult.conclusion")
        case = self._case(b.case_id, "consult.conclusion")
        for k in CONCLUSION_FIELDS:
            checked_text(getattr(b, k), f"consult.conclusion {k}")
        if not any(getattr(b, k).strip() for k in CONCLUSION_FIELDS):
            raise Refused("consult.conclusion: every field is empty")
        current = case.conclusion.version if case.conclusion is not None else 0
        if b.base_version != current:
            who = f" by {case.conclusion.author_name or case.conclusion.author}" if case.conclusion else ""
            raise Refused(f"consult.conclusion: stale edit of case {b.case_id}: it was written on version "
                          f"{b.base_version} but the conclusion is at version {current}{who}; "
                          "reload it and edit again")
        if case.conclusion is not None:
            case.conclusion_history.append(case.conclusion)
        case.conclusion = Conclusion(case_id=b.case_id, version=current + 1,
                                     **{k: getattr(b, k) for k in CONCLUSION_FIELDS}, language=b.language,
                                     author=sender, author_name=self._name(ev), author_role=self._role(ev),
                                     time=t, seq=ev.seq)
        return None

    def _ended(self, ev, sender, t, body, emits):
        if not self._may_coordinate(ev):
            return f"consult.ended: only the coordinator or a moderator may end the consult, not {sender}"
        self.ended, self.ended_at = True, t
        for a in self.attendance.values():
            if a.present:
                a.sessions[-1][1] = max(t, a.sessions[-1][0])
        self.pointers.clear()
        self.presenter_requests.clear()
        self._set_presenter(None, emits)
        return None

    # -- comparing / snapshots ------------------------------------------------------------------
    def snapshot(self) -> dict:
        """Plain-data copy of the whole sequenced state (pointers excluded)."""
        with self._lock:
            return {
                "room": self.room,
                "meta": msgspec.to_builtins(self.meta),
                "creator": self.creator,
                "cases": [c.to_dict() for c in self.cases.values()],
                "presenter": self.presenter,
                "presenter_requests": list(self.presenter_requests),
                "followed": _followed_data(self.followed),
                "chat": msgspec.to_builtins(self.chat),
                "attendance": [msgspec.to_builtins(a) for a in self.attendance.values()],
                "ended": self.ended,
                "ended_at": self.ended_at,
                "last_seq": self.last_seq,
                "last_time": self.last_time,
            }

    @classmethod
    def from_snapshot(cls, snap: dict, strict_order: bool = True) -> "ConsultState":
        """A state restored from :meth:`snapshot`; apply the events after ``last_seq`` to it."""
        s = cls(snap.get("room", ""), strict_order=strict_order)
        s.meta = msgspec.convert(snap["meta"], Meta | None)
        s.creator = snap["creator"]
        s.cases = {d["case_id"]: Case.from_dict(d) for d in snap["cases"]}
        s.presenter = snap["presenter"]
        s.presenter_requests = list(snap["presenter_requests"])
        s.followed = msgspec.convert(snap["followed"], FollowedView)
        s.chat = msgspec.convert(snap["chat"], list[ChatMessage])
        s.attendance = {a["user"]: msgspec.convert(a, Attendee) for a in snap["attendance"]}
        s.ended, s.ended_at = snap["ended"], snap["ended_at"]
        s.last_seq, s.last_time = snap["last_seq"], snap["last_time"]
        return s

    def digest(self) -> str:
        """SHA-256 of the canonical content (everything but the ephemeral pointers)."""
        with self._lock:
            snap = self.snapshot()
            # Annotations by their own canonical digest (sorted, tombstones included).
            for d, case in zip(snap["cases"], self.cases.values()):
                d["annotations"] = case.annotations.state_digest()
            snap["cases"] = sorted(snap["cases"], key=lambda d: d["case_id"])
            snap["attendance"] = sorted(snap["attendance"], key=lambda d: d["user"])
        return hashlib.sha256(msgspec.json.encode(snap, order="sorted")).hexdigest()


_HANDLERS = {
    "consult.meta": ConsultState._meta,
    "consult.case.shared": ConsultState._case_shared,
    "consult.join": ConsultState._join,
    "consult.leave": ConsultState._leave,
    "consult.presenter.request": ConsultState._request,
    "consult.presenter.handover": ConsultState._handover,
    "consult.presenter.take": ConsultState._take,
    "consult.presenter.release": ConsultState._release,
    "consult.view": ConsultState._view,
    "consult.pointer": ConsultState._pointer,
    "consult.annotation": ConsultState._annotation,
    "consult.key_image": ConsultState._key_image,
    "consult.chat": ConsultState._chat,
    "consult.conclusion": ConsultState._conclusion,
    "consult.ended": ConsultState._ended,
}
