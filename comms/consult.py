"""One participant's side of an MDT consult: the shared ConsultState fed by the hub's ordered
room events, and the actions a participant takes (share a case, drive the view, annotate, chat,
conclude). Usable without Qt: the reading-room UI wraps it, tests drive it directly.

Threading: ``LinkClient`` delivers events on its I/O thread. ``dispatch`` decides where they are
applied to the state: by default right there (logic-level clients, tests); a GUI passes a function
that hands the call to its own thread, so the state is only ever touched by one thread.

Studies never travel on the state link: ``share_case`` de-identifies them (PS3.15 Annex E), zips
the result and uploads it on the hub's bulk socket (``comms.blobs``); ``fetch_case`` downloads,
verifies and imports it into the local catalog.
"""

from __future__ import annotations

import logging
import tempfile
import threading
import time
import uuid
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

import msgspec

from workstation.consult import ConsultState, Event
from workstation.policy import directory_of

from .client import RoomDirectory

log = logging.getLogger(__name__)

DIRECTORY_ROOM = directory_of("consult")  # consults are listed here (hub-ordered, persisted, filtered per reader)
# The presenter's view and the laser pointers go out at most 10 times a second: a single change
# leaves at once (no added latency), a continuous scroll is coalesced, so that a consult's state
# traffic stays under 10 kB/s per participant (benchmarks/bench_consult.py).
VIEW_INTERVAL_S = 0.1
POINTER_INTERVAL_S = 0.1


class ConsultError(RuntimeError):
    pass


class NeedsConfirmation(ConsultError):
    """Some images may show burned-in patient text: the sender must look and confirm."""

    def __init__(self, held):
        self.held = list(held)
        super().__init__(f"{len(self.held)} image(s) may show burned-in text and need the sender's confirmation: "
                         + "; ".join(f"{h.source.name}: {h.reason}" for h in self.held[:5]))


@dataclass
class Profile:
    user_id: str
    name: str
    hospital: str
    country: str
    language: str
    role: str

    @classmethod
    def from_bundle(cls, bundle: dict) -> "Profile":
        return cls(bundle["user_id"], bundle.get("display_name") or bundle.get("name", ""),
                   bundle.get("hospital", ""), bundle.get("country", ""), bundle.get("language", "en"),
                   bundle.get("role", ""))


KEEP = object()  # publish_view: the comparison did not change


def new_consult_id() -> str:
    return f"consult-{uuid.uuid4().hex[:12]}"


class _Throttle:
    """Send at most once per interval; the latest value wins (merged by ``merge``)."""

    def __init__(self, interval: float, send: Callable[[dict], None], merge: bool):
        self.interval, self.send, self.merge = interval, send, merge
        self._lock = threading.Lock()
        self._pending: dict | None = None
        self._last = 0.0
        self._timer: threading.Timer | None = None

    def __call__(self, body: dict) -> None:
        with self._lock:
            if self.merge and self._pending is not None:  # unsent changes are kept, newer ones win
                old = self._pending
                body = {**body, "view": {**old.get("view", {}), **body.get("view", {})}}
                if "compare" in old and "compare" not in body and all(
                        old.get(k) == body.get(k) for k in ("case_id", "series_uid")):
                    body["compare"] = old["compare"]  # an unsent comparison is not lost either
                if "volume" in old and "volume" not in body and all(
                        old.get(k) == body.get(k) for k in ("case_id", "series_uid")):
                    body["volume"] = old["volume"]  # nor an unsent 4-D volume
            self._pending = body
            wait = self._last + self.interval - time.monotonic()
            if wait <= 0:
                self._flush_locked()
            elif self._timer is None:
                self._timer = threading.Timer(wait, self._flush)
                self._timer.daemon = True
                self._timer.start()

    def _flush(self) -> None:
        with self._lock:
            self._timer = None
            if self._pending is not None:
                self._flush_locked()

    def _flush_locked(self) -> None:
        body, self._pending = self._pending, None
        self._last = time.monotonic()
        self.send(body)

    def flush_now(self) -> None:
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
            if self._pending is not None:
                self._flush_locked()


class ConsultSession:
    def __init__(self, client, room: str, profile: Profile, workdir: str | Path,
                 dispatch: Callable[[Callable[[], None]], None] | None = None):
        self.client = client
        self.room = room
        self.me = profile
        self.workdir = Path(workdir)
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.state = ConsultState(room)
        self._listing: dict | None = None  # what create() listed in the directory
        self._dispatch = dispatch or (lambda fn: fn())
        self._view = _Throttle(VIEW_INTERVAL_S, lambda b: self._publish("consult.view", b), merge=True)
        self._pointer = _Throttle(POINTER_INTERVAL_S, self._send_pointer, merge=False)
        client.event_received.connect(self._on_event)
        # Events this workstation already holds (an earlier run on the same state_dir) come from its
        # local log; the hub sends only what came after them. Duplicates are ignored by seq.
        for ev in client.history(room, 0):
            self._dispatch(lambda ev=ev: self._apply(ev))

    # ------------------------------------------------------------------ state
    def _on_event(self, ev) -> None:
        if getattr(ev, "room", None) != self.room:
            return
        self._dispatch(lambda: self._apply(ev))

    def _apply(self, ev) -> None:
        if not self.state.apply(ev):
            log.info("consult %s: %s from %s refused: %s", self.room, ev.kind, ev.sender, self.state.last_reason)

    def _send_pointer(self, body: dict) -> None:
        """The hub does not echo ephemeral events: show our own pointer as the others see it."""
        self._publish("consult.pointer", body, ephemeral=True)
        own = Event(seq=0, sender=self.me.user_id, kind="consult.pointer", body=body, time=time.time(),
                    sender_role=self.me.role, sender_name=self.me.name, room=self.room)
        self._dispatch(lambda: self._apply(own))

    def _publish(self, kind: str, body: dict, ephemeral: bool = False) -> str:
        if ephemeral:
            return self.client.publish(self.room, kind, body, ephemeral=True)
        return self.client.publish(self.room, kind, body)

    def _service(self, name: str) -> str:
        address = self.client.services.get(name)
        if not address:
            raise ConsultError(f"the hub's {name} service is not known yet (not connected to the hub)")
        return address

    @property
    def is_presenter(self) -> bool:
        return self.state.presenter == self.me.user_id

    # ------------------------------------------------------------------ before the meeting
    def create(self, title: str, scheduled: float, agenda: list[dict], participants: list[dict],
               access: dict | None = None) -> None:
        """Coordinator: create the room, set its agenda, and list it in the directory. ``access``:
        who may see and join it besides its creator and the moderators (``{"users", "hospitals",
        "roles"}``, workstation.policy.Access); None: the creator's own hospital."""
        self.client.create_room(self.room, "consult", title, access=access)
        self.join()
        meta = {"title": title, "scheduled": float(scheduled), "coordinator": self.me.user_id,
                "participants": participants, "agenda": agenda}
        self._publish("consult.meta", meta)
        self.client.join(DIRECTORY_ROOM, kind="consult")
        self._listing = {"room": self.room, "title": title, "scheduled": float(scheduled),
                         "coordinator": self.me.user_id, "coordinator_name": self.me.name,
                         "hospital": self.me.hospital, "participants": participants}
        self.client.publish(DIRECTORY_ROOM, "consult.listed", self._listing)

    def share_case(self, case_id: str, files: Iterable[str | Path], deidentifier, *, title: str, question: str,
                   referring_hospital: str, confirmed: Iterable[str] = (), catalog=None, progress=None,
                   cancel=None) -> dict:
        """De-identify, pack and upload a study, then announce it to the room. Blocking: call from a
        worker thread. Raises NeedsConfirmation when images may show burned-in text. With a
        ``catalog``, the de-identified copy is imported there too, so the sharer presents exactly
        what the others see (same series UIDs) without downloading it back."""
        from .blobs import BlobClient

        files = [Path(f) for f in files]
        with tempfile.TemporaryDirectory(dir=self.workdir) as tmp:
            out = Path(tmp) / "deid"
            report = deidentifier.deidentify_files(files, out, progress=_stage(progress, "De-identifying"),
                                                   cancel=cancel, confirmed=set(confirmed))
            if report.cancelled:
                raise ConsultError("sharing cancelled")
            if report.needs_confirmation:
                raise NeedsConfirmation(report.needs_confirmation)
            if not report.written:
                reasons = "; ".join(f"{r.source.name}: {r.reason}" for r in report.refused[:5])
                raise ConsultError(f"nothing could be de-identified ({reasons})")
            series, pseudonym, modality, description = _summarise([w.output for w in report.written])
            archive = Path(tmp) / f"{case_id}.zip"
            with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_STORED) as zf:
                for w in report.written:
                    zf.write(w.output, arcname=w.output.name)
            blobs = BlobClient(self.client.bundle, self._service("blob"))
            sha = blobs.upload(archive, self.room, progress=_stage(progress, "Uploading"), cancel=cancel)
            if catalog is not None:
                catalog.import_paths([w.output for w in report.written], progress=_stage(progress, "Importing"))
            body = {"case_id": case_id, "title": title, "question": question,
                    "referring_hospital": referring_hospital, "pseudonym": pseudonym, "modality": modality,
                    "description": description, "blob_id": sha, "size": archive.stat().st_size,
                    "series": series, "refused": [f"{r.source.name}: {r.reason}" for r in report.refused]}
        self._publish("consult.case.shared", body)
        return body

    def fetch_case(self, case_id: str, catalog, progress=None, cancel=None):
        """Download a shared case (resumable, integrity-checked) and import it into the catalog."""
        from .blobs import BlobClient

        case = self.state.cases.get(case_id)
        if case is None or not case.blob_id:
            raise ConsultError(f"case {case_id} has not been shared yet")
        dest = self.workdir / "cases" / f"{case.blob_id}.zip"
        dest.parent.mkdir(parents=True, exist_ok=True)
        if not dest.exists():
            blobs = BlobClient(self.client.bundle, self._service("blob"))
            blobs.download(case.blob_id, dest, progress=_stage(progress, "Downloading"), cancel=cancel)
        unpacked = dest.with_suffix("")
        if not unpacked.exists():
            tmp = unpacked.with_name(unpacked.name + ".tmp")
            with zipfile.ZipFile(dest) as zf:
                zf.extractall(tmp)
            tmp.rename(unpacked)
        return catalog.import_paths([unpacked], progress=_stage(progress, "Importing"), cancel=cancel)

    def prefetch(self, catalog, progress=None, cancel=None) -> list:
        """Fetch every shared case of the agenda before the meeting."""
        reports = []
        for case_id, case in list(self.state.cases.items()):
            if case.blob_id:
                reports.append(self.fetch_case(case_id, catalog, progress=progress, cancel=cancel))
        return reports

    # ------------------------------------------------------------------ in the meeting
    def join(self) -> None:
        self.client.join(self.room, kind="consult")
        self._publish("consult.join", {"name": self.me.name, "hospital": self.me.hospital,
                                       "country": self.me.country, "language": self.me.language})

    def leave(self) -> None:
        self._view.flush_now()
        self._publish("consult.leave", {})

    def request_presenter(self) -> None:
        self._publish("consult.presenter.request", {})

    def hand_over(self, user_id: str) -> None:
        self._publish("consult.presenter.handover", {"to": user_id})

    def take_presenter(self) -> None:
        self._publish("consult.presenter.take", {})

    def release_presenter(self) -> None:
        self._publish("consult.presenter.release", {})

    def publish_view(self, case_id: str, series_uid: str, changes: dict, compare=KEEP, volume=KEEP) -> None:
        """The presenter's view changed (only the changed ViewState fields); coalesced to 20/s.
        ``compare``: the comparison with a prior series (``workstation.compare.CompareState.to_message``),
        None when it was closed, KEEP (the default) when it did not change. ``volume``: the volume
        of a 4-D series shown (index), KEEP when it did not change."""
        body = {"case_id": case_id, "series_uid": series_uid, "view": dict(changes)}
        if compare is not KEEP:
            body["compare"] = compare
        if volume is not KEEP:
            body["volume"] = int(volume)
        self._view(body)

    def flush_view(self) -> None:
        self._view.flush_now()

    def point(self, case_id: str, view: str, position, sop_instance_uid: str = "", frame_number: int = 0) -> None:
        """The laser pointer at ``position`` (None: released): patient mm in a volume view, or on a
        2-D image (view "image") the image point (column, row, 0) of ``sop_instance_uid``'s frame."""
        pos = None if position is None else [float(v) for v in position]
        body = {"case_id": case_id, "view": view, "position": pos}
        if sop_instance_uid:
            body.update(sop_instance_uid=sop_instance_uid, frame_number=int(frame_number))
        self._pointer(body)

    def annotate(self, case_id: str, op) -> None:
        self._publish("consult.annotation", {"case_id": case_id, "op": msgspec.to_builtins(op)})

    def chat(self, text: str, language: str | None = None) -> None:
        self._publish("consult.chat", {"text": text, "language": language or self.me.language})

    def conclude(self, case_id: str, *, findings: str, diagnosis: str, recommendation: str, follow_up: str,
                 responsible_clinician: str, language: str | None = None) -> None:
        case = self.state.cases.get(case_id)
        base = case.conclusion.version if case is not None and case.conclusion is not None else 0
        self._publish("consult.conclusion", {
            "case_id": case_id, "findings": findings, "diagnosis": diagnosis, "recommendation": recommendation,
            "follow_up": follow_up, "responsible_clinician": responsible_clinician,
            "language": language or self.me.language, "base_version": base})

    def end(self) -> None:
        self._publish("consult.ended", {})

    def invite(self, users=(), hospitals=(), roles=()) -> None:
        """Creator or moderator: admit more people (user ids, hospitals, roles) to this consult. The
        listing is published again: the hub shows it to those now admitted (it hid it from them)."""
        self._publish("room.invite", {"users": list(users), "hospitals": list(hospitals), "roles": list(roles)})
        if self._listing is not None:
            self.client.join(DIRECTORY_ROOM, kind="consult")
            self.client.publish(DIRECTORY_ROOM, "consult.listed", self._listing)

    def remove(self, users=(), hospitals=(), roles=()) -> None:
        """Creator or moderator: withdraw an admission; who is no longer admitted is cut at once."""
        self._publish("room.remove", {"users": list(users), "hospitals": list(hospitals), "roles": list(roles)})

    def close(self) -> None:
        self._view.flush_now()
        self.client.event_received.disconnect(self._on_event)


def _stage(progress, label: str):
    if progress is None:
        return None
    return lambda done, total, name="": progress(done, total, f"{label} {name}".strip())


def _summarise(paths: list[Path]):
    """Series list, pseudonym, modality and description of de-identified files."""
    import pydicom

    series: dict[str, dict] = {}
    pseudonym = modality = description = ""
    for p in paths:
        ds = pydicom.dcmread(p, stop_before_pixels=True)
        pseudonym = pseudonym or str(ds.get("PatientID", ""))
        modality = modality or str(ds.get("Modality", ""))
        description = description or str(ds.get("StudyDescription", "") or ds.get("ProtocolName", ""))
        s = series.setdefault(str(ds.SeriesInstanceUID), {
            "series_uid": str(ds.SeriesInstanceUID), "n_images": 0, "modality": str(ds.get("Modality", "")),
            "description": str(ds.get("SeriesDescription", ""))})
        s["n_images"] += 1
    return list(series.values()), pseudonym, modality, description


class ConsultDirectory(RoomDirectory):
    """The list of consults, kept by the hub as the ordered events of one well-known room
    (:data:`DIRECTORY_ROOM`), so a workstation that comes online later gets every listing."""

    def __init__(self, client, dispatch: Callable[[Callable[[], None]], None] | None = None):
        self.listings: dict[str, dict] = {}
        super().__init__(client, DIRECTORY_ROOM, "consult", "consult-", dispatch)

    def _listing(self, ev, body: dict, room: str) -> bool:
        if ev.kind != "consult.listed":
            return False
        self.listings[room] = {**body, "listed_by": ev.sender, "seq": ev.seq}
        return True
