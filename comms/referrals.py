"""Referrals on the link: send a case for a written second opinion, the consultants' worklist,
claim, report, acknowledge, talk -- Qt-free (the UI and the ``referral`` CLI drive it).

* :class:`ReferralOutbox`: a referral is **composed offline**: the study is de-identified at once
  (PS3.15 Annex E, ``workstation.deid``; images that may show burned-in text need the sender's
  confirmation), zipped with the attachments into ``outbox/<room>/`` and described in
  ``referral.json``. :meth:`ReferralOutbox.send_pending` sends what waits when the link is up, step
  by step (room created -> described -> study uploaded, resumably -> listed), each step recorded,
  so a drop or a restart resumes where it stopped. The originals never leave the hospital; neither
  does the key store that puts the real identity back (:meth:`ReferralSession.export`).
* :class:`ReferralDirectory`: the ``referral-directory`` room folded into a
  :class:`workstation.referral.Worklist` (the hub sends each user only the referrals it may see).
* :class:`ReferralSession`: one referral's room: its :class:`workstation.referral.ReferralState`
  and the actions on it. After each status change it caused, the session publishes the referral's
  new directory line, so the worklists follow.
"""

from __future__ import annotations

import json
import logging
import mimetypes
import shutil
import threading
import time
import uuid
import zipfile
from pathlib import Path
from typing import Callable, Iterable

import msgspec

from workstation.policy import directory_of
from workstation.consult import MAX_TEXT
from workstation.referral import URGENCIES, ReferralState, Worklist, decode_targets

from .client import RoomDirectory
from .referral_escalation import KIND as ESCALATED
from .consult import NeedsConfirmation, Profile, _summarise

log = logging.getLogger(__name__)

DIRECTORY_ROOM = directory_of("referral")
KIND = "referral"
#: attachments: what a referral may carry besides the study
ATTACHMENT_TYPES = (".pdf", ".png", ".jpg", ".jpeg", ".dcm", ".txt")
MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024


class ReferralError(RuntimeError):
    pass


def new_referral_id() -> str:
    return f"referral-{uuid.uuid4().hex[:12]}"


def _wait(cond: Callable[[], bool], timeout: float, what: str, client=None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if cond():
            return
        time.sleep(0.02)
    if cond():
        return
    state = f" (link {client.state})" if client is not None else ""
    raise ReferralError(f"timed out after {timeout:.0f} s waiting for {what}{state}")


# ----------------------------------------------------------------------------- directory
class ReferralDirectory(RoomDirectory):
    """The referrals this user may see (the hub filters the directory per reader)."""

    def __init__(self, client, dispatch: Callable[[Callable[[], None]], None] | None = None):
        self.worklist = Worklist()
        super().__init__(client, DIRECTORY_ROOM, KIND, "referral-", dispatch)

    def _listing(self, ev, body: dict, room: str) -> bool:
        if ev.kind == ESCALATED:
            return self.worklist.apply_escalation(body, ev.sender)
        if ev.kind != "referral.listed":
            return False
        return self.worklist.apply_listing(body, ev.seq)

    @property
    def targets(self) -> dict[str, float]:
        return decode_targets(self.client.services.get("referral-targets"))


# ----------------------------------------------------------------------------- one referral
class ReferralSession:
    """One referral room as this workstation sees it (join it, follow its state, act on it)."""

    def __init__(self, client, room: str, profile: Profile, workdir: str | Path,
                 dispatch: Callable[[Callable[[], None]], None] | None = None, join: bool = True):
        self.client, self.room, self.me = client, room, profile
        self.workdir = Path(workdir)
        self.state = ReferralState(room)
        self._dispatch = dispatch or (lambda fn: fn())
        self._live = False
        #: seq -> why the referral's rules refused that event (the hub stored it; nothing changed)
        self.refusals: dict[int, str] = {}
        client.event_received.connect(self._on_event)
        for ev in client.history(room, 0):
            self._dispatch(lambda ev=ev: self._apply(ev))
        self._live = True
        if join:
            client.join(room, kind=KIND)

    @property
    def joined(self) -> bool:
        return self.client.room_role(self.room) is not None

    def wait_joined(self, timeout: float = 20.0) -> None:
        refused: list[str] = []

        def on_refused(room, reason):
            if room == self.room:
                refused.append(reason)
        self.client.room_refused.connect(on_refused)
        try:
            _wait(lambda: self.joined or bool(refused), timeout, f"the hub to admit this user to {self.room}",
                  self.client)
        finally:
            self.client.room_refused.disconnect(on_refused)
        if refused:
            raise ReferralError(f"{self.room}: refused by the hub: {refused[0]}")

    def _on_event(self, ev) -> None:
        if getattr(ev, "room", None) == self.room:
            self._dispatch(lambda: self._apply(ev))

    def _apply(self, ev) -> None:
        before = self.state.status
        if not self.state.apply(ev):
            if ev.seq > 0 and not self.state.last_reason.startswith("duplicate"):
                self.refusals[ev.seq] = self.state.last_reason
            log.info("referral %s: %s from %s refused: %s", self.room, ev.kind, ev.sender, self.state.last_reason)
            return
        if self._live and ev.sender == self.me.user_id and self.state.status != before:
            self.publish_listing()  # the worklists follow the change this user made

    def publish_listing(self) -> None:
        self.client.join(DIRECTORY_ROOM, kind=KIND)
        self.client.publish(DIRECTORY_ROOM, "referral.listed", self.state.listing())

    def close(self) -> None:
        self.client.event_received.disconnect(self._on_event)

    # -- actions -----------------------------------------------------------------------------
    def _publish(self, kind: str, body: dict) -> str:
        return self.client.publish(self.room, kind, body)

    def claim(self) -> str:
        return self._publish("referral.claim", {})

    def release(self) -> str:
        return self._publish("referral.release", {})

    def write_report(self, *, findings: str, impression: str, recommendation: str = "", language: str | None = None,
                     signed: bool = False, original: dict | None = None, measurements: Iterable[dict] = (),
                     key_images: Iterable[dict] = (), sr_blob: str = "", kos_blob: str = "") -> str:
        base = self.state.report.version if self.state.report is not None else 0
        body = {"base_version": base, "findings": findings, "impression": impression,
                "recommendation": recommendation, "language": language or self.state.language or self.me.language,
                "signed": bool(signed), "measurements": list(measurements), "key_images": list(key_images),
                "sr_blob": sr_blob, "kos_blob": kos_blob}
        if original:
            body["original"] = original
        return self._publish("referral.report", body)

    def acknowledge(self) -> str:
        return self._publish("referral.ack", {})

    def message(self, text: str, language: str | None = None) -> str:
        return self._publish("referral.message", {"text": text, "language": language or self.me.language})

    def withdraw(self, reason: str = "") -> str:
        return self._publish("referral.withdraw", {"reason": reason})

    def discussed_in(self, consult_room: str, title: str = "") -> str:
        return self._publish("referral.mdt", {"consult": consult_room, "title": title})

    def discuss_in_mdt(self, consult, progress=None, cancel=None) -> dict:
        """"Discuss in MDT": the referral becomes a case of ``consult`` (a joined
        :class:`comms.consult.ConsultSession`; its coordinator or a participant admitted to this
        referral): the same de-identified study is shared into the consult (the hub keeps one copy),
        its question and report go with it, and the referral records where it is discussed."""
        from .blobs import BlobClient

        st = self.state
        if st.study is None:
            raise ReferralError(f"{self.room}: the study has not arrived at the hub yet")
        self.fetch_study(progress=progress, cancel=cancel)  # the zip the hub holds, byte for byte
        archive = self.workdir / "referrals" / f"{st.study.blob_id}.zip"
        address = self.client.services.get("blob")
        if not address:
            raise ReferralError("the hub's blob service is not known yet (not connected to the hub)")
        sha = BlobClient(self.client.bundle, address).upload(archive, consult.room, progress=progress, cancel=cancel)
        question = st.question
        if st.report is not None:
            question += (f"\n\nSecond opinion ({st.report.author_name or st.report.author}, "
                         f"{'signed' if st.report.signed else 'draft'}): {st.report.impression}"
                         + (f"\nRecommendation: {st.report.recommendation}" if st.report.recommendation else ""))
        item = self.to_agenda_item()
        body = {**item, "question": question, "blob_id": sha, "pseudonym": st.study.pseudonym,
                "modality": st.study.modality, "description": st.study.description, "size": st.study.size,
                "series": [{"series_uid": s.series_uid, "n_images": s.n_images, "modality": s.modality,
                            "description": s.description} for s in st.study.series]}
        consult._publish("consult.case.shared", body)
        self.discussed_in(consult.room, consult.state.meta.title if consult.state.meta else "")
        return body

    def discuss_in_consult(self, consult_room: str | None, title: str = "", timeout: float = 30.0,
                           progress=None, cancel=None) -> tuple[str, dict]:
        """"Discuss in MDT" from the Referrals dock: in the consult ``consult_room`` (its agenda gains
        this referral; only its coordinator or a moderator changes an agenda) or, with None, in a new
        consult titled ``title`` open to this hospital and the referring one. Returns (consult room,
        the shared case). Nothing is shared when the consult cannot take the case."""
        from workstation.policy import is_moderator

        from .consult import ConsultSession, new_consult_id

        if self.state.status == "withdrawn":
            raise ReferralError(f"{self.room}: the referral was withdrawn")
        room = consult_room or new_consult_id()
        consult = ConsultSession(self.client, room, self.me, self.workdir / "consults")
        try:
            if consult_room is None:
                hospitals = sorted({h for h in (self.me.hospital, self.state.referring_hospital) if h})
                consult.create((title or "").strip() or self.to_agenda_item()["title"], time.time(),
                               [self.to_agenda_item()], [], access={"hospitals": hospitals} if hospitals else None)
            else:
                self.client.join(room, kind="consult")
                _wait(lambda: consult.state.meta is not None, timeout, f"the consult {room}", self.client)
                meta = consult.state.meta
                if meta.coordinator != self.me.user_id and not is_moderator(self.me.role):
                    raise ReferralError(f"only the coordinator of {meta.title!r} or a moderator may add a case to "
                                        f"its agenda")
                if consult.state.ended:
                    raise ReferralError(f"the consult {meta.title!r} has ended")
                if self.room not in {a.case_id for a in meta.agenda}:
                    doc = msgspec.to_builtins(meta)
                    doc["agenda"] = doc.get("agenda", []) + [self.to_agenda_item()]
                    consult._publish("consult.meta", doc)
            return room, self.discuss_in_mdt(consult, progress=progress, cancel=cancel)
        finally:
            consult.close()

    def to_agenda_item(self) -> dict:
        """"Discuss in MDT": the referral as an agenda item of a consult (comms.consult)."""
        s = self.state
        return {"case_id": self.room, "title": s.title or f"{s.specialty} referral",
                "question": s.question, "referring_hospital": s.referring_hospital}

    def wait_acked(self, timeout: float = 30.0) -> None:
        _wait(lambda: self.client.outbox_size(self.room) == 0 and self.client.outbox_size(DIRECTORY_ROOM) == 0,
              timeout, f"the hub to acknowledge {self.room}", self.client)

    # -- the study ---------------------------------------------------------------------------
    def fetch_study(self, catalog=None, progress=None, cancel=None) -> Path:
        """Download (resumable, sha256-checked) and unpack the study; import it when given a catalog."""
        from .blobs import BlobClient

        study = self.state.study
        if study is None:
            raise ReferralError(f"{self.room}: the study has not arrived at the hub yet")
        address = self.client.services.get("blob")
        if not address:
            raise ReferralError("the hub's blob service is not known yet (not connected to the hub)")
        dest = self.workdir / "referrals" / f"{study.blob_id}.zip"
        dest.parent.mkdir(parents=True, exist_ok=True)
        if not dest.exists():
            BlobClient(self.client.bundle, address).download(study.blob_id, dest, progress=progress, cancel=cancel)
        unpacked = dest.with_suffix("")
        if not unpacked.exists():
            tmp = unpacked.with_name(unpacked.name + ".tmp")
            shutil.rmtree(tmp, ignore_errors=True)
            with zipfile.ZipFile(dest) as zf:
                zf.extractall(tmp)
            tmp.rename(unpacked)
        if catalog is not None:
            catalog.import_paths([unpacked / "study"], progress=progress, cancel=cancel)
        return unpacked

    # -- back at the referring hospital --------------------------------------------------------
    def real_identity(self, keys_path: str | Path | None):
        """The patient's real ID and name from this hospital's key store, or None elsewhere."""
        from workstation.deid import Deidentifier

        study = self.state.study
        if study is None or not study.pseudonym or keys_path is None or not Path(keys_path).exists():
            return None
        with Deidentifier(keys_path) as keys:
            try:
                return keys.reidentify(study.pseudonym)
            except KeyError:
                return None

    def export(self, out_dir: str | Path, keys_path: str | Path | None = None, tz=None) -> dict:
        """The report as PDF in ``out_dir`` and, when it holds measurements, the SR (TID 1500) and the
        Key Object Selection (the study is fetched for them); at the referring hospital (its key store)
        with the real patient and the original UIDs restored, for its PACS."""
        from workstation.deid import Deidentifier
        from workstation.referral_report import write_referral_dicom, write_referral_report
        from workstation.sr import Observer

        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        ident = self.real_identity(keys_path)
        pdf = write_referral_report(self.state, out / f"{self.room}.pdf",
                                    patient_name=ident.patient_name if ident else None,
                                    patient_id=ident.patient_id if ident else None, tz=tz)
        dicom: list[Path] = []
        rep = self.state.report
        if rep is not None and rep.measurements:
            study_dir = self.fetch_study() / "study"
            observer = Observer(name=(rep.author_name or rep.author) + "^", login=rep.author)
            if ident is not None:
                with Deidentifier(keys_path) as keys:
                    dicom = write_referral_dicom(self.state, study_dir, out, observer, keys=keys)
            else:
                dicom = write_referral_dicom(self.state, study_dir, out, observer)
        return {"pdf": str(pdf), "dicom": [str(p) for p in dicom],
                "patient_name": ident.patient_name if ident else None}


# ----------------------------------------------------------------------------- the outbox
def _listing(room: str, doc: dict, me: Profile) -> dict:
    """The first directory line of a referral the outbox sends (as ReferralState.listing() will say)."""
    meta, study = doc["meta"], doc["study"]
    return {"room": room, "specialty": meta["specialty"], "urgency": meta["urgency"], "status": "received",
            "created": doc.get("sent_at") or time.time(), "title": meta.get("title", ""),
            "question": meta["question"][:300], "referring_hospital": meta.get("referring_hospital", ""),
            "referrer": me.user_id, "claimed_by": "", "claimed_by_name": "", "reported_at": None,
            "modality": study.get("modality", ""), "pseudonym": study.get("pseudonym", "")}



class ReferralOutbox:
    """Referrals composed at this workstation and not sent yet (``<workdir>/referral-outbox/``)."""

    def __init__(self, client, profile: Profile, workdir: str | Path, keys_path: str | Path,
                 blob_address: str | None = None):
        self.client, self.me = client, profile
        self.blob_address = blob_address  # None: the hub's, from Welcome (tests put a link emulator here)
        self.dir = Path(workdir) / "referral-outbox"
        self.dir.mkdir(parents=True, exist_ok=True)
        self.workdir = Path(workdir)
        self.keys_path = Path(keys_path)
        self._lock = threading.Lock()

    # -- compose (works offline) ------------------------------------------------------------
    def compose(self, files: Iterable[str | Path], *, specialty: str, question: str, urgency: str = "routine",
                history: str = "", language: str | None = None, title: str = "",
                attachments: Iterable[str | Path] = (), confirmed: Iterable[str] = (), progress=None) -> str:
        """De-identify and pack a referral into the outbox; returns its id (the room). Raises
        :class:`NeedsConfirmation` when images may show burned-in text, :class:`ReferralError` for a
        bad request (nothing is kept then)."""
        from workstation.deid import Deidentifier

        specialty = specialty.strip().lower()
        if not specialty:
            raise ReferralError("a referral needs the specialty it is sent to (--to)")
        if urgency not in URGENCIES:
            raise ReferralError(f"urgency {urgency!r}: choose one of {', '.join(URGENCIES)}")
        if not question.strip():
            raise ReferralError("a referral needs a clinical question")
        for what, text in (("the question", question), ("the history", history), ("the title", title)):
            if len(text) > MAX_TEXT:
                raise ReferralError(f"{what} is too long ({len(text)} characters, at most {MAX_TEXT})")
        attachments = [Path(a) for a in attachments]
        for a in attachments:
            if not a.is_file():
                raise ReferralError(f"attachment {a}: no such file")
            if a.suffix.lower() not in ATTACHMENT_TYPES:
                raise ReferralError(f"attachment {a.name}: only {', '.join(ATTACHMENT_TYPES)} files are sent")
            if a.stat().st_size > MAX_ATTACHMENT_BYTES:
                raise ReferralError(f"attachment {a.name}: larger than {MAX_ATTACHMENT_BYTES // 2**20} MB")
        paths: list[Path] = []
        for f in files:
            f = Path(f)
            if f.is_dir():
                paths += sorted(p for p in f.rglob("*") if p.is_file())
            elif f.is_file():
                paths.append(f)
            else:
                raise ReferralError(f"{f}: no such file or folder")
        if not paths:
            raise ReferralError("a referral needs a study (no files given)")
        room = new_referral_id()
        work = self.dir / f"{room}.tmp"
        work.mkdir(parents=True)
        try:
            with Deidentifier(self.keys_path) as keys:
                report = keys.deidentify_files(paths, work / "study", progress=progress, confirmed=set(confirmed))
                if report.needs_confirmation:
                    raise NeedsConfirmation(report.needs_confirmation)
                if not report.written:
                    reasons = "; ".join(f"{r.source.name}: {r.reason}" for r in report.refused[:5])
                    raise ReferralError(f"nothing could be de-identified ({reasons})")
                meta_att = []
                for a in attachments:
                    if a.suffix.lower() == ".dcm":  # DICOM attachments are de-identified like the study
                        r = keys.deidentify_files([a], work / "attachments", confirmed=set(confirmed))
                        if r.needs_confirmation:
                            raise NeedsConfirmation(r.needs_confirmation)
                        if not r.written:
                            raise ReferralError(f"attachment {a.name}: {r.refused[0].reason if r.refused else 'refused'}")
                        name, deid = r.written[0].output.name, True
                    else:  # PDF, images, text: sent as the sender confirmed them (--attach is that confirmation)
                        (work / "attachments").mkdir(exist_ok=True)
                        name = a.name
                        shutil.copyfile(a, work / "attachments" / name)
                        deid = False
                    meta_att.append({"name": name, "size": (work / "attachments" / name).stat().st_size,
                                     "media_type": mimetypes.guess_type(name)[0] or "application/octet-stream",
                                     "deidentified": deid})
            series, pseudonym, modality, description = _summarise([w.output for w in report.written])
            archive = work / "referral.zip"
            with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_STORED) as zf:
                for w in report.written:
                    zf.write(w.output, arcname=f"study/{w.output.name}")
                for a in meta_att:
                    zf.write(work / "attachments" / a["name"], arcname=f"attachments/{a['name']}")
            shutil.rmtree(work / "study", ignore_errors=True)
            shutil.rmtree(work / "attachments", ignore_errors=True)
            doc = {"room": room, "step": "composed", "composed_at": time.time(),
                   "meta": {"specialty": specialty, "urgency": urgency, "question": question, "history": history,
                            "language": language or self.me.language, "referring_hospital": self.me.hospital,
                            "referrer_name": self.me.name, "title": title or f"{modality} {description}".strip()},
                   "study": {"size": archive.stat().st_size, "pseudonym": pseudonym, "modality": modality,
                             "description": description, "series": series, "attachments": meta_att},
                   "refused": [f"{r.source.name}: {r.reason}" for r in report.refused]}
            (work / "referral.json").write_text(json.dumps(doc, indent=1))
            work.rename(self.dir / room)
        except BaseException:
            shutil.rmtree(work, ignore_errors=True)
            raise
        return room

    def pending(self) -> list[dict]:
        out = []
        for d in sorted(self.dir.iterdir()):
            f = d / "referral.json"
            if d.is_dir() and not d.name.endswith(".tmp") and f.exists():
                doc = json.loads(f.read_text())
                if doc.get("step") != "listed":
                    out.append(doc)
        return out

    def _save(self, doc: dict) -> None:
        path = self.dir / doc["room"] / "referral.json"
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(doc, indent=1))
        tmp.replace(path)

    # -- send (needs the link) ---------------------------------------------------------------
    def send(self, room: str, timeout: float = 60.0, progress=None, cancel=None) -> ReferralSession:
        """Send one composed referral, resuming at its last recorded step; returns its session
        once the hub holds the description and the study. Raises ReferralError (kept in the outbox)."""
        from .blobs import BlobClient, BlobError

        with self._lock:
            path = self.dir / room / "referral.json"
            if not path.exists():
                raise ReferralError(f"{room}: not in this workstation's referral outbox")
            doc = json.loads(path.read_text())
            _wait(lambda: self.client.state in ("online", "degraded"), timeout, "the link to the hub", self.client)
            meta = doc["meta"]
            if doc["step"] == "composed":
                self.client.create_room(room, KIND, meta.get("title", ""),
                                        access={"hospitals": [self.me.hospital] if self.me.hospital else [],
                                                "users": [self.me.user_id], "specialties": [meta["specialty"]]})
            session = ReferralSession(self.client, room, self.me, self.workdir)
            session.wait_joined(timeout)
            if doc["step"] == "composed":
                session._publish("referral.meta", meta)
                doc["step"], doc["sent_at"] = "described", time.time()
                self._save(doc)
            if doc["step"] == "described":
                address = self.blob_address or self.client.services.get("blob")
                if not address:
                    raise ReferralError("the hub's blob service is not known yet (not connected to the hub)")
                blobs = BlobClient(self.client.bundle, address)
                deadline = time.monotonic() + timeout
                while True:  # resumable: each attempt goes on from what the hub already holds
                    try:
                        sha = blobs.upload(self.dir / room / "referral.zip", room, progress=progress, cancel=cancel)
                        break
                    except BlobError as exc:
                        if exc.code in ("forbidden", "bad-request", "too-large") or time.monotonic() > deadline \
                                or (cancel is not None and cancel.is_set()):
                            raise ReferralError(f"{room}: the study could not be uploaded: {exc}") from None
                        log.info("referral %s: upload interrupted (%s), resuming", room, exc)
                        time.sleep(0.5)
                session._publish("referral.study", {**doc["study"], "blob_id": sha})
                doc["step"], doc["blob_id"] = "uploaded", sha
                self._save(doc)
            # The directory line goes with the study (one round trip, not two): the hub orders this
            # client's publishes, so no worklist lists it before the hub holds the study.
            self.client.join(DIRECTORY_ROOM, kind=KIND)
            self.client.publish(DIRECTORY_ROOM, "referral.listed", _listing(room, doc, self.me))
            session.wait_acked(timeout)
            _wait(lambda: session.state.status not in ("composed", "sent"), timeout,
                  "the hub to send the referral back", self.client)
            doc["step"] = "listed"
            self._save(doc)
            return session

    def send_pending(self, timeout: float = 60.0) -> list[str]:
        """Send everything composed offline (oldest first); returns the rooms sent."""
        sent = []
        for doc in self.pending():
            s = self.send(doc["room"], timeout)
            s.close()
            sent.append(doc["room"])
        return sent


def attachments_of(unpacked: Path) -> list[Path]:
    d = Path(unpacked) / "attachments"
    return sorted(d.iterdir()) if d.is_dir() else []
