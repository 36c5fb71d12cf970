"""Referrals in the reading-room window: the worklist dock (consultants: the referrals of their
specialties by urgency and waiting time, with the time left; the referring hospital: its own
referrals and their status), the compose dialog (the open series, de-identified, with a question and
attachments) and the report editor. Widgets only show and forward: the logic is
``comms.referrals`` (Qt-free); long work runs in ``ui.common.qthreading.Task``.
"""

from __future__ import annotations

import html
import logging
import time
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from comms.consult import ConsultDirectory, NeedsConfirmation, Profile
from comms.referrals import ReferralDirectory, ReferralOutbox, ReferralSession
from workstation.policy import is_moderator
from workstation.referral import URGENCIES

from ui.common.qthreading import GuiDispatcher, Task
from ui.consult.panel import LANGUAGES

log = logging.getLogger(__name__)


def _duration(seconds: float) -> str:
    s = abs(int(seconds))
    d, h, m = s // 86400, s % 86400 // 3600, s % 3600 // 60
    text = f"{d} d {h} h" if d else f"{h} h {m:02d} min" if h else f"{m} min"
    return text if seconds >= 0 else f"-{text}"


class ReferralController(QObject):
    """Wires the Qt-free referral objects to the window."""

    report_arrived = Signal(str)  # room: a signed report came back to this (referring) workstation
    escalated = Signal(str, str)  # room, reason: the hub escalated a referral past its target
    discussed = Signal(str, str)  # referral room, consult room: the referral is on that consult's agenda

    def __init__(self, window, bridge, bundle: dict, workdir: Path, keys_path: Path):
        super().__init__(window)
        self.window, self.bridge, self.client = window, bridge, bridge.client
        self.profile = Profile.from_bundle(bundle)
        self.workdir, self.keys_path = Path(workdir), Path(keys_path)
        self.consultant_for = [s.lower() for s in bundle.get("consultant_for") or []]
        self.dispatch = GuiDispatcher()
        self.directory = ReferralDirectory(self.client, dispatch=self.dispatch)
        self.outbox = ReferralOutbox(self.client, self.profile, self.workdir, self.keys_path)
        self.session: ReferralSession | None = None
        self._known: dict[str, str] = {}  # room -> status last seen (for the arrival notice)
        self._escalations_seen: dict[str, int] = {}  # room -> escalations already told (status bar)
        self.consults = ConsultDirectory(self.client, dispatch=self.dispatch)  # "Discuss in MDT": which consult
        self._task: Task | None = None
        self.panel = ReferralPanel(self)

    def start(self) -> None:
        # escalations held from an earlier run were told then: only new ones reach the status bar
        self._escalations_seen = {r: len(e) for r, e in self.directory.worklist.escalations.items()}
        self.directory.subscribe(self._listing_changed)
        self.directory.open()
        self.consults.open()
        self.panel.refresh()
        self.bridge.state_changed.connect(lambda s: s in ("online", "degraded") and self.send_pending())

    # -- the worklist --------------------------------------------------------------------------
    def rows(self):
        return self.directory.worklist.rows(time.time())

    def _listing_changed(self) -> None:
        for row in self.directory.worklist.rows_by_room.values():
            before = self._known.get(row.room)
            if row.referrer == self.profile.user_id and row.status == "reported" and before not in (None, "reported"):
                self.report_arrived.emit(row.room)
                self.window.statusBar().showMessage(
                    self.tr("The report of referral %1 has arrived").replace("%1", row.room), 15000)
            self._known[row.room] = row.status
        for room, escalations in self.directory.worklist.escalations.items():
            for e in escalations[self._escalations_seen.get(room, 0):]:
                self._tell_escalation(room, e["reason"])
            self._escalations_seen[room] = len(escalations)
        self.panel.refresh()
        if self.session is not None:
            self.panel.show_detail()

    @property
    def coordinates(self) -> bool:
        """Coordinators (and administrators) are told of escalations and may take any case to an MDT."""
        return is_moderator(self.profile.role)

    def _tell_escalation(self, room: str, reason: str) -> None:
        self.escalated.emit(room, reason)
        if not self.coordinates:
            return  # the consultants see the mark in the worklist; the coordinators are told
        row = self.directory.worklist.rows_by_room.get(room)
        what = f"{row.urgency} {row.specialty} ({row.referring_hospital})" if row is not None else room
        text = (self.tr("Escalated: referral %1 was claimed but not reported in time")
                if reason == "unreported" else self.tr("Escalated: nobody claimed referral %1 in time"))
        self.window.statusBar().showMessage(text.replace("%1", what), 60_000)

    # -- one referral ----------------------------------------------------------------------------
    def open(self, room: str) -> None:
        if self.session is not None and self.session.room == room:
            return
        if self.session is not None:
            self.session.close()
        self.session = ReferralSession(self.client, room, self.profile, self.workdir, dispatch=self.dispatch)
        self.session.state.changed.connect(lambda _k: self.dispatch(self.panel.show_detail))
        self.panel.show_detail()

    def claim(self) -> None:
        if self.session is not None:
            self.session.claim()

    def acknowledge(self) -> None:
        if self.session is not None:
            self.session.acknowledge()

    def message(self, text: str) -> None:
        if self.session is not None and text.strip():
            self.session.message(text)

    def write_report(self, **fields) -> None:
        if self.session is not None:
            anns = [a.to_dict() for a in self.window.annotations if not a.deleted and a.kind != "text"
                    and a.series_uid == self.window.state.series_uid] if fields.pop("with_measurements", False) else []
            self.session.write_report(measurements=anns, **fields)

    def may_discuss(self) -> bool:
        """"Discuss in MDT": coordinators, and the consultants of the referral's specialty."""
        st = self.session.state if self.session is not None else None
        return bool(st is not None and st.study is not None and st.status != "withdrawn"
                    and (self.coordinates or st.specialty in self.consultant_for))

    def consult_choices(self) -> list[tuple[str, str]]:
        """(room, label) of the consults in the directory, the next ones first."""
        items = sorted(self.consults.listings.values(), key=lambda d: -(d.get("scheduled") or 0.0))
        return [(d["room"], f"{d.get('title', '')} — {time.strftime('%Y-%m-%d %H:%M', time.localtime(d['scheduled']))}"
                 if isinstance(d.get("scheduled"), (int, float)) else str(d.get("title", ""))) for d in items]

    def discuss_in_mdt(self, consult_room: str | None, title: str = "") -> Task | None:
        """Put the open referral on a consult's agenda (None: a new consult titled ``title``), with
        its images, question and report; the status bar says where."""
        s = self.session
        if s is None or not self.may_discuss():
            return None
        w = self.window
        task = Task(lambda progress, cancel: s.discuss_in_consult(consult_room, title, progress=progress,
                                                                     cancel=cancel)[0])

        def done(room):
            listing = self.consults.listings.get(room, {})
            name = listing.get("title") or title or room
            w.statusBar().showMessage(self.tr("Referral %1 is on the agenda of the consult %2")
                                      .replace("%1", s.room).replace("%2", name), 15000)
            self.discussed.emit(s.room, room)

        task.finished.connect(done)
        task.failed.connect(lambda msg: w._work_failed(self.tr("Could not discuss the referral in an MDT"), msg))
        self._task = task
        return task.start()

    def real_name(self) -> str | None:
        ident = self.session.real_identity(self.keys_path) if self.session is not None else None
        return ident.patient_name if ident else None

    def view_study(self) -> Task | None:
        """Download the referral's study (resumable), import it, open it: the question stays beside."""
        s = self.session
        if s is None or s.state.study is None:
            return None
        w = self.window

        def work(progress, cancel):
            s.fetch_study(w.catalog, progress=progress, cancel=cancel)
            return s.state.study.series[0].series_uid if s.state.study.series else ""

        task = Task(work)
        task.finished.connect(lambda uid: uid and w.open_series(uid))
        task.failed.connect(lambda msg: w._work_failed(self.tr("Could not download the referral"), msg))
        self._task = task
        return task.start()

    # -- sending -----------------------------------------------------------------------------
    def compose_and_send(self, fields: dict, confirmed=()) -> Task | None:
        """De-identify the open series into the outbox (works offline), then send when the link is up."""
        w = self.window
        files = [inst.path for inst in w.catalog.instances(w.state.series_uid)] if w.state.series_uid else []
        if not files:
            w._work_failed(self.tr("Send referral"), self.tr("Open the series to send first."))
            return None

        def work(progress, cancel):
            room = self.outbox.compose(files, confirmed=confirmed, progress=progress, **fields)
            if self.client.state in ("online", "degraded"):
                self.outbox.send(room, timeout=600).close()
            return room

        task = Task(work)
        task.finished.connect(lambda room: w.statusBar().showMessage(
            self.tr("Referral %1 sent").replace("%1", room) if self.client.state in ("online", "degraded")
            else self.tr("Referral %1 waits in the outbox until the hub is reachable").replace("%1", room), 15000))

        def failed(msg):
            if isinstance(task.error, NeedsConfirmation):
                held = task.error.held
                text = "\n".join(f"{h.source.name}: {h.reason}" for h in held[:10])
                from PySide6.QtWidgets import QMessageBox

                box = QMessageBox(QMessageBox.Warning, self.tr("Send referral"),
                                  self.tr("These images may show burned-in patient text. Send them anyway?"),
                                  QMessageBox.Yes | QMessageBox.No, w)
                box.setObjectName("confirmBurnedIn")
                box.setDetailedText(text)
                box.accepted.connect(lambda: self.compose_and_send(fields, [h.sop_instance_uid for h in held]))
                box.open()
                return
            w._work_failed(self.tr("Could not send the referral"), msg)

        task.failed.connect(failed)
        self._task = task
        return task.start()

    def send_pending(self) -> Task | None:
        if not self.outbox.pending() or (self._task is not None and not self._task.done):
            return None
        task = Task(lambda progress, cancel: self.outbox.send_pending(timeout=600))
        self._task = task
        return task.start()

    def shutdown(self) -> None:
        if self.session is not None:
            self.session.close()
        self.directory.close()
        self.consults.close()


class ReferralPanel(QWidget):
    COLUMNS = ("Urgency", "Status", "Specialty", "Waiting", "Time left", "Hospital", "Question")

    def __init__(self, controller: ReferralController):
        super().__init__()
        self.c = controller
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        self.send_button = QPushButton(self.tr("Send referral…"))
        self.send_button.setObjectName("sendReferral")
        self.send_button.clicked.connect(self.compose)
        top.addWidget(self.send_button)
        top.addStretch(1)
        lay.addLayout(top)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("referralWorklist")
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.setSelectionBehavior(QTableWidget.SelectRows)
        self.table.setSelectionMode(QTableWidget.SingleSelection)
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.itemSelectionChanged.connect(self._selected)
        lay.addWidget(self.table, 2)
        self.detail = QTextBrowser()
        self.detail.setObjectName("referralDetail")
        lay.addWidget(self.detail, 3)
        buttons = QHBoxLayout()
        self.view_button = QPushButton(self.tr("View images"))
        self.claim_button = QPushButton(self.tr("Claim"))
        self.report_button = QPushButton(self.tr("Report…"))
        self.ack_button = QPushButton(self.tr("Acknowledge"))
        self.mdt_button = QPushButton(self.tr("Discuss in MDT…"))
        self.mdt_button.setToolTip(self.tr("Put this referral on the agenda of a consult, with its images, "
                                           "question and report"))
        for b, name, slot in ((self.view_button, "viewReferral", self.c.view_study),
                              (self.claim_button, "claimReferral", self.c.claim),
                              (self.report_button, "reportReferral", self.edit_report),
                              (self.ack_button, "ackReferral", self.c.acknowledge),
                              (self.mdt_button, "discussReferral", self.discuss)):
            b.setObjectName(name)
            b.clicked.connect(lambda _=False, f=slot: f())
            buttons.addWidget(b)
        lay.addLayout(buttons)
        msg = QHBoxLayout()
        self.message_edit = QLineEdit()
        self.message_edit.setObjectName("referralMessage")
        self.message_edit.setPlaceholderText(self.tr("A question or an answer on this referral"))
        self.message_edit.returnPressed.connect(self._send_message)
        msg.addWidget(self.message_edit)
        lay.addLayout(msg)
        self._timer = QTimer(self)  # the countdown moves on
        self._timer.timeout.connect(self.refresh)
        self._timer.start(30_000)
        self.show_detail()

    def _send_message(self) -> None:
        self.c.message(self.message_edit.text())
        self.message_edit.clear()

    def refresh(self) -> None:
        rows = self.c.rows()
        targets, now = self.c.directory.targets, time.time()
        selected = self.selected_room()
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            left = r.time_left(now, targets)
            when = "" if left is None else (self.tr("OVERDUE %1").replace("%1", _duration(-left)) if left < 0
                                            else _duration(left))
            if r.escalated:
                when = (when + " · " if when else "") + self.tr("escalated")
            values = (r.urgency, r.status, r.specialty, "" if r.created is None else _duration(now - r.created),
                      when, r.referring_hospital, r.question)
            for j, v in enumerate(values):
                item = QTableWidgetItem(v)
                item.setData(Qt.UserRole, r.room)
                if r.escalated:
                    item.setToolTip(self.tr("Escalated to the coordinators: past its target"))
                if left is not None and left < 0 or r.escalated:
                    item.setForeground(QColor("#c62828"))
                elif r.urgency == "emergency":
                    item.setForeground(QColor("#e65100"))
                self.table.setItem(i, j, item)
            if r.room == selected:
                self.table.selectRow(i)
        self.table.resizeColumnsToContents()

    def selected_room(self) -> str | None:
        items = self.table.selectedItems()
        return items[0].data(Qt.UserRole) if items else None

    def select(self, room: str) -> bool:
        for i in range(self.table.rowCount()):
            if self.table.item(i, 0).data(Qt.UserRole) == room:
                self.table.selectRow(i)
                return True
        return False

    def _selected(self) -> None:
        room = self.selected_room()
        if room:
            self.c.open(room)

    def show_detail(self) -> None:
        s = self.c.session
        me = self.c.profile.user_id
        st = s.state if s is not None else None
        self.view_button.setEnabled(st is not None and st.study is not None)
        consultant = st is not None and st.specialty in self.c.consultant_for
        self.claim_button.setEnabled(bool(consultant and st.status == "received"))
        self.report_button.setEnabled(bool(st is not None and st.claimed_by == me and st.status == "claimed"))
        self.ack_button.setEnabled(bool(st is not None and st.referrer == me and st.status == "reported"))
        self.mdt_button.setEnabled(self.c.may_discuss())
        self.mdt_button.setVisible(self.c.coordinates or bool(self.c.consultant_for))
        self.message_edit.setEnabled(st is not None)
        if st is None or st.created is None:
            self.detail.setHtml(html.escape(self.tr("Choose a referral in the list.")) if st is None else "…")
            return
        e = html.escape
        name = self.c.real_name()
        who = name or (st.study.pseudonym if st.study else "")
        parts = [f"<h3>{e(st.specialty)} — {e(st.urgency)} — {e(st.status)}</h3>",
                 f"<p><b>{e(self.tr('Patient'))}:</b> {e(who)}</p>",
                 f"<p><b>{e(self.tr('Question'))}:</b> {e(st.question)}</p>"]
        if st.history:
            parts.append(f"<p><b>{e(self.tr('History'))}:</b> {e(st.history)}</p>")
        parts.append(f"<p>{e(st.referring_hospital)} · {e(st.referrer_name)}</p>")
        if st.study is not None and st.study.attachments:
            parts.append(f"<p>{e(self.tr('Attachments'))}: {e(', '.join(a.name for a in st.study.attachments))}</p>")
        if st.report is not None:
            r = st.report
            parts.append(f"<h4>{e(self.tr('Report'))} v{r.version} ({e(self.tr('signed') if r.signed else self.tr('draft'))}, "
                         f"{e(r.language)})</h4>")
            for label, text in ((self.tr("Findings"), r.findings), (self.tr("Impression"), r.impression),
                                (self.tr("Recommendation"), r.recommendation)):
                if text:
                    parts.append(f"<p><b>{e(label)}:</b> {e(text)}</p>")
        parts.append("<ul>" + "".join(
            f"<li>{e(time.strftime('%Y-%m-%d %H:%M', time.localtime(t.time)))} {e(t.status)} {e(t.by_name or t.by)}</li>"
            for t in st.timeline) + "</ul>")
        for m in st.messages:
            parts.append(f"<p><i>{e(m.sender_name)}:</i> {e(m.text)}</p>")
        self.detail.setHtml("".join(parts))

    def compose(self) -> ComposeDialog:
        dlg = ComposeDialog(self, self.c.profile.language)
        dlg.accepted.connect(lambda: self.c.compose_and_send(dlg.fields()))
        dlg.open()
        return dlg

    def discuss(self) -> "DiscussDialog | None":
        if not self.c.may_discuss():
            return None
        dlg = DiscussDialog(self, self.c.consult_choices(), self.c.session.to_agenda_item()["title"])
        dlg.accepted.connect(lambda: self.c.discuss_in_mdt(*dlg.choice()))
        dlg.open()
        return dlg

    def edit_report(self) -> ReportDialog | None:
        s = self.c.session
        if s is None:
            return None
        dlg = ReportDialog(self, s.state, self.c.profile.language)
        dlg.accepted.connect(lambda: self.c.write_report(**dlg.fields()))
        dlg.open()
        return dlg


def _language_combo(current: str) -> QComboBox:
    combo = QComboBox()
    for code, name in LANGUAGES:
        combo.addItem(name, code)
    i = next((k for k, (code, _) in enumerate(LANGUAGES) if current.lower().startswith(code)), 0)
    combo.setCurrentIndex(i)
    return combo


class ComposeDialog(QDialog):
    """A referral: specialty, urgency, clinical question, history, answer language, attachments."""

    def __init__(self, parent, language: str):
        super().__init__(parent)
        self.setObjectName("composeReferral")
        self.setWindowTitle(self.tr("Send referral"))
        form = QFormLayout(self)
        self.specialty = QLineEdit("radiology")
        self.urgency = QComboBox()
        for u in URGENCIES:
            self.urgency.addItem(self.tr(u), u)
        self.question = QPlainTextEdit()
        self.history = QPlainTextEdit()
        self.language = _language_combo(language)
        self.attachments = QListWidget()
        add = QPushButton(self.tr("Attach…"))
        add.clicked.connect(self._attach)
        form.addRow(self.tr("Specialty"), self.specialty)
        form.addRow(self.tr("Urgency"), self.urgency)
        form.addRow(self.tr("Clinical question"), self.question)
        form.addRow(self.tr("History"), self.history)
        form.addRow(self.tr("Answer in"), self.language)
        form.addRow(self.tr("Attachments (you confirm they identify no one)"), self.attachments)
        form.addRow("", add)
        box = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        box.accepted.connect(self._accept)
        box.rejected.connect(self.reject)
        form.addRow(box)
        self.error = QLabel()
        form.addRow(self.error)

    def _attach(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach"), "",
                                                "PDF, images (*.pdf *.png *.jpg *.jpeg *.dcm *.txt)")
        for p in paths:
            self.add_attachment(p)

    def add_attachment(self, path: str | Path) -> None:
        self.attachments.addItem(str(path))

    def fields(self) -> dict:
        return {"specialty": self.specialty.text().strip(), "urgency": self.urgency.currentData(),
                "question": self.question.toPlainText(), "history": self.history.toPlainText(),
                "language": self.language.currentData(),
                "attachments": [self.attachments.item(i).text() for i in range(self.attachments.count())]}

    def _accept(self) -> None:
        f = self.fields()
        if not f["specialty"] or not f["question"].strip():
            self.error.setText(self.tr("A specialty and a clinical question are needed."))
            return
        self.accept()


class DiscussDialog(QDialog):
    """"Discuss in MDT": a consult of the directory, or a new one with a title."""

    def __init__(self, parent, consults: list[tuple[str, str]], default_title: str):
        super().__init__(parent)
        self.setObjectName("discussDialog")
        self.setWindowTitle(self.tr("Discuss in MDT"))
        form = QFormLayout(self)
        self.consult_combo = QComboBox(objectName="discussConsult")
        self.consult_combo.addItem(self.tr("New consult"), None)
        for room, label in consults:
            self.consult_combo.addItem(label, room)
        self.title_edit = QLineEdit(default_title, objectName="discussTitle")
        self.consult_combo.currentIndexChanged.connect(
            lambda _i: self.title_edit.setEnabled(self.consult_combo.currentData() is None))
        form.addRow(self.tr("Consult"), self.consult_combo)
        form.addRow(self.tr("Title of a new consult"), self.title_edit)
        box = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        form.addRow(box)

    def choice(self) -> tuple[str | None, str]:
        return self.consult_combo.currentData(), self.title_edit.text().strip()


class ReportDialog(QDialog):
    """The structured report: in the language the referrer asked for, the consultant's own kept."""

    def __init__(self, parent, state, own_language: str):
        super().__init__(parent)
        self.setObjectName("referralReport")
        self.setWindowTitle(self.tr("Report"))
        self.answer_language = state.language
        self.own_language = own_language
        form = QFormLayout(self)
        rep = state.report
        form.addRow(QLabel(self.tr("Question: %1").replace("%1", state.question)))
        self.findings = QPlainTextEdit(rep.findings if rep else "")
        self.impression = QPlainTextEdit(rep.impression if rep else "")
        self.recommendation = QPlainTextEdit(rep.recommendation if rep else "")
        form.addRow(self.tr("Findings (in %1)").replace("%1", state.language), self.findings)
        form.addRow(self.tr("Impression"), self.impression)
        form.addRow(self.tr("Recommendation"), self.recommendation)
        self.own_findings = QPlainTextEdit(rep.original.findings if rep and rep.original else "")
        self.own_impression = QPlainTextEdit(rep.original.impression if rep and rep.original else "")
        form.addRow(self.tr("Your own wording (%1): findings").replace("%1", own_language), self.own_findings)
        form.addRow(self.tr("Your own wording: impression"), self.own_impression)
        self.measurements = QCheckBox(self.tr("Send my measurements on this series (SR, key images)"))
        self.measurements.setChecked(True)
        self.sign = QCheckBox(self.tr("Sign (the report can no longer change)"))
        form.addRow(self.measurements)
        form.addRow(self.sign)
        box = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        form.addRow(box)

    def fields(self) -> dict:
        own = {"language": self.own_language, "findings": self.own_findings.toPlainText(),
               "impression": self.own_impression.toPlainText()}
        return {"findings": self.findings.toPlainText(), "impression": self.impression.toPlainText(),
                "recommendation": self.recommendation.toPlainText(), "language": self.answer_language,
                "signed": self.sign.isChecked(), "with_measurements": self.measurements.isChecked(),
                "original": own if (own["findings"] or own["impression"]) else None}
