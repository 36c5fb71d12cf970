"""Query/retrieve panel: search the hospital PACS and bring studies into the local catalog.

``PacsPanel(catalog, nodes)`` (nodes default to ``Settings.load().pacs()``): pick a PACS, fill any
of the search fields (patient name with ``*`` wildcards, patient ID, accession number, study
date from/to, modality, description) and press *Search*; the matching studies are listed, and
selecting one lists its series. *Retrieve* brings the selected series (or, with none selected,
the whole study) into the catalog in a background :class:`~ui.common.qthreading.Task` with progress and
*Cancel*; the result (``RetrieveReport.summary()``: complete, or what did not arrive and why) is
shown under the tables and emitted as ``retrieved``, so the study browser can refresh. Every PACS
error (association rejected, no answer, refused...) is shown as the PACS layer words it; nothing
is added to the catalog by a failed search.

No Qt code talks to the network: searches and retrieves run :mod:`workstation.dicom.pacs` in tasks.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workstation.dicom import pacs
from workstation.model import dicom_date, person_name

from ui.common.qthreading import Task

STUDY_COLUMNS = ("Patient", "Patient ID", "Date", "Modality", "Description", "Accession", "Series", "Images",
                 "In catalog")
SERIES_COLUMNS = ("Number", "Modality", "Description", "Images")
MODALITIES = ("", "CT", "MR", "CR", "DX", "MG", "US", "PT", "NM", "XA", "RF", "OT", "SR")


def _date(text: str, what: str) -> str:
    """'2024-03-01', '20240301' or '' -> DICOM DA; anything else: ValueError naming the field."""
    text = text.strip()
    if not text:
        return ""
    digits = text.replace("-", "")
    if not re.fullmatch(r"\d{8}", digits) or not (1 <= int(digits[4:6]) <= 12 and 1 <= int(digits[6:8]) <= 31):
        raise ValueError(f"{what}: {text!r} is not a date (use YYYY-MM-DD)")
    return digits


class PacsPanel(QWidget):
    retrieved = Signal(object)  # RetrieveReport
    searched = Signal(int)  # number of studies found

    def __init__(self, catalog, nodes: list | None = None, parent=None):
        super().__init__(parent)
        self.catalog = catalog
        if nodes is None:
            from workstation.settings import Settings, SettingsError

            try:
                nodes = Settings.load().pacs()
            except SettingsError as exc:
                nodes, self._config_error = [], str(exc)
        self.nodes: list[pacs.PacsNode] = list(nodes)
        self._task: Task | None = None
        self._studies: list[dict[str, str]] = []
        self._series: list[dict[str, str]] = []

        self.node = QComboBox(objectName="pacsNode")
        for n in self.nodes:
            self.node.addItem(n.name, n)
        self.echo_button = QPushButton(self.tr("Test"), objectName="pacsEcho")
        self.patient_name = QLineEdit(objectName="pacsPatientName", placeholderText=self.tr("e.g. NGUYEN*"))
        self.patient_id = QLineEdit(objectName="pacsPatientID")
        self.accession = QLineEdit(objectName="pacsAccession")
        self.date_from = QLineEdit(objectName="pacsDateFrom", placeholderText="YYYY-MM-DD")
        self.date_to = QLineEdit(objectName="pacsDateTo", placeholderText="YYYY-MM-DD")
        self.modality = QComboBox(objectName="pacsModality")
        for m in MODALITIES:
            self.modality.addItem(m or self.tr("any"), m)
        self.description = QLineEdit(objectName="pacsDescription")
        self.search_button = QPushButton(self.tr("Search"), objectName="pacsSearch")
        self.search_button.setDefault(True)

        self.studies = self._table("pacsStudies", STUDY_COLUMNS)
        self.series = self._table("pacsSeries", SERIES_COLUMNS)
        self.series.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.retrieve_button = QPushButton(self.tr("Retrieve"), objectName="pacsRetrieve", enabled=False)
        self.retrieve_button.setToolTip(self.tr("Retrieve the selected series, or the whole study"))
        self.cancel_button = QPushButton(self.tr("Cancel"), objectName="pacsCancel", visible=False)
        self.progress = QProgressBar(objectName="pacsProgress", visible=False, textVisible=True)
        self.status = QLabel(objectName="pacsStatus", wordWrap=True)
        self.status.setTextInteractionFlags(Qt.TextSelectableByMouse)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("PACS")))
        top.addWidget(self.node, 1)
        top.addWidget(self.echo_button)
        form = QFormLayout()
        form.addRow(self.tr("Patient name"), self.patient_name)
        form.addRow(self.tr("Patient ID"), self.patient_id)
        form.addRow(self.tr("Accession"), self.accession)
        dates = QHBoxLayout()
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.date_to)
        form.addRow(self.tr("Study date"), dates)
        form.addRow(self.tr("Modality"), self.modality)
        form.addRow(self.tr("Description"), self.description)
        buttons = QHBoxLayout()
        buttons.addWidget(self.retrieve_button)
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(self.search_button)
        layout.addWidget(self.studies, 3)
        layout.addWidget(QLabel(self.tr("Series")))
        layout.addWidget(self.series, 2)
        layout.addLayout(buttons)
        layout.addWidget(self.status)

        self.search_button.clicked.connect(self.search)
        for edit in (self.patient_name, self.patient_id, self.accession, self.date_from, self.date_to,
                     self.description):
            edit.returnPressed.connect(self.search)
        self.echo_button.clicked.connect(self.test_connection)
        self.retrieve_button.clicked.connect(self.retrieve)
        self.cancel_button.clicked.connect(self.cancel)
        self.studies.selectionModel().selectionChanged.connect(self._study_selected)
        if not self.nodes:
            self._set_status(getattr(self, "_config_error", "") or
                             self.tr("No PACS is configured: add one to the settings (pacs_nodes)."), error=True)
            for w in (self.search_button, self.echo_button, self.node):
                w.setEnabled(False)

    def _table(self, name: str, columns) -> QTableView:
        view = QTableView(objectName=name)
        model = QStandardItemModel(0, len(columns), view)
        model.setHorizontalHeaderLabels([self.tr(c) for c in columns])
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectRows)
        view.setSelectionMode(QAbstractItemView.SingleSelection)
        view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        view.horizontalHeader().setStretchLastSection(True)
        return view

    # -------------------------------------------------------------- state
    def current_node(self) -> pacs.PacsNode | None:
        return self.node.currentData()

    @property
    def busy(self) -> bool:
        return self._task is not None and not self._task.done

    def _set_status(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #c62828;" if error else "")

    def _run(self, fn, on_done, label: str, *, show_progress: bool = False) -> Task | None:
        if self.busy:
            self._set_status(self.tr("Wait for the current PACS operation to finish (or cancel it)."), error=True)
            return None
        task = self._task = Task(fn)
        self._set_status(label)
        for w in (self.search_button, self.retrieve_button, self.echo_button, self.node):
            w.setEnabled(False)
        if show_progress:
            self.progress.setRange(0, 0)
            self.progress.setFormat(label + " %v/%m")
            self.progress.show()
            self.cancel_button.show()
            task.progress.connect(self._on_progress)
        task.finished.connect(lambda result: (self._idle(), on_done(result)))
        task.failed.connect(lambda text: (self._idle(), self._failed(task, text)))
        task.cancelled.connect(lambda: (self._idle(), self._set_status(self.tr("Cancelled."))))
        return task.start()

    def _idle(self) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        for w in (self.search_button, self.echo_button, self.node):
            w.setEnabled(bool(self.nodes))
        self.retrieve_button.setEnabled(self.selected_study() is not None)

    def _failed(self, task: Task, text: str) -> None:
        error = task.error
        self._set_status(str(error) if isinstance(error, pacs.PacsError) else text, error=True)

    def _on_progress(self, done: int, total: int, label: str) -> None:
        self.progress.setRange(0, max(total, 1) if total else 0)
        self.progress.setValue(done)
        if label:
            self.progress.setFormat(label)

    def test_connection(self) -> Task | None:
        """C-ECHO (or a QIDO probe) of the chosen PACS; the answer time or the error is shown."""
        node = self.current_node()
        if node is None:
            return None

        def work(progress, cancel):
            return pacs.echo(node)

        return self._run(work, lambda seconds: self._set_status(
            self.tr("%s answers (%d ms).") % (node.where, round(seconds * 1000))), self.tr("Testing %s…") % node.name)

    # -------------------------------------------------------------- search
    def query(self) -> dict[str, str]:
        """The study-level query the fields describe (ValueError for a bad date)."""
        q = {}
        if self.patient_name.text().strip():
            q["PatientName"] = self.patient_name.text().strip()
        if self.patient_id.text().strip():
            q["PatientID"] = self.patient_id.text().strip()
        if self.accession.text().strip():
            q["AccessionNumber"] = self.accession.text().strip()
        start = _date(self.date_from.text(), self.tr("Study date from"))
        end = _date(self.date_to.text(), self.tr("Study date to"))
        if start and end and start > end:
            raise ValueError(self.tr("Study date: the first date is after the second"))
        if start or end:
            q["StudyDate"] = start if start and start == end else f"{start}-{end}"
        if self.modality.currentData():
            q["ModalitiesInStudy"] = self.modality.currentData()
        if self.description.text().strip():
            text = self.description.text().strip()
            q["StudyDescription"] = text if "*" in text or "?" in text else f"*{text}*"
        return q

    def search(self) -> Task | None:
        node = self.current_node()
        if node is None:
            return None
        try:
            query = self.query()
        except ValueError as exc:
            self._set_status(str(exc), error=True)
            return None

        def work(progress, cancel):
            return pacs.find(node, "study", query, cancel=cancel)

        return self._run(work, self._show_studies, self.tr("Searching %s…") % node.name)

    def _show_studies(self, matches: list[dict[str, str]]) -> None:
        self._studies = sorted(matches, key=lambda m: (m.get("StudyDate", ""), m.get("StudyTime", "")), reverse=True)
        model = self.studies.model()
        model.removeRows(0, model.rowCount())
        self.series.model().removeRows(0, self.series.model().rowCount())
        local = {s.study_uid: s.n_images for s in self.catalog.studies()}
        for m in self._studies:
            here = local.get(m["StudyInstanceUID"])
            cells = [person_name(m["PatientName"]), m["PatientID"], dicom_date(m["StudyDate"]),
                     m["ModalitiesInStudy"].replace("\\", ", "), m["StudyDescription"], m["AccessionNumber"],
                     m["NumberOfStudyRelatedSeries"], m["NumberOfStudyRelatedInstances"],
                     "" if here is None else str(here)]
            items = [QStandardItem(c) for c in cells]
            items[0].setData(m["StudyInstanceUID"], Qt.UserRole)
            model.appendRow(items)
        self.studies.resizeColumnsToContents()
        n = len(self._studies)
        self._set_status(self.tr("%n studies found", "", n) if n else self.tr("No study matches."))
        self.retrieve_button.setEnabled(False)
        self.searched.emit(n)

    def selected_study(self) -> dict[str, str] | None:
        rows = self.studies.selectionModel().selectedRows()
        return self._studies[rows[0].row()] if rows and rows[0].row() < len(self._studies) else None

    def selected_series(self) -> list[dict[str, str]]:
        rows = sorted(r.row() for r in self.series.selectionModel().selectedRows())
        return [self._series[r] for r in rows if r < len(self._series)]

    def _study_selected(self, *_):
        study = self.selected_study()
        self.series.model().removeRows(0, self.series.model().rowCount())
        self._series = []
        self.retrieve_button.setEnabled(study is not None and not self.busy)
        if study is None or self.busy:
            return
        node, uid = self.current_node(), study["StudyInstanceUID"]

        def work(progress, cancel):
            return pacs.find(node, "series", {"StudyInstanceUID": uid}, cancel=cancel)

        self._run(work, self._show_series, self.tr("Listing the series…"))

    def _show_series(self, matches: list[dict[str, str]]) -> None:
        def number(m):
            try:
                return int(m.get("SeriesNumber") or 0)
            except ValueError:
                return 0

        self._series = sorted(matches, key=number)
        model = self.series.model()
        model.removeRows(0, model.rowCount())
        for m in self._series:
            items = [QStandardItem(c) for c in (m["SeriesNumber"], m["Modality"], m["SeriesDescription"],
                                                m["NumberOfSeriesRelatedInstances"])]
            items[0].setData(m["SeriesInstanceUID"], Qt.UserRole)
            model.appendRow(items)
        self.series.resizeColumnsToContents()
        self._set_status(self.tr("%n series", "", len(self._series)))

    # -------------------------------------------------------------- retrieve
    def retrieve(self) -> Task | None:
        study = self.selected_study()
        node = self.current_node()
        if study is None or node is None:
            return None
        uid = study["StudyInstanceUID"]
        series = [s["SeriesInstanceUID"] for s in self.selected_series()]
        catalog = self.catalog

        def work(progress, cancel):
            if not series:
                return pacs.retrieve(node, catalog, uid, progress=progress, cancel=cancel)
            reports = []
            for s in series:  # one series after the other; the last report carries the totals
                reports.append(pacs.retrieve(node, catalog, uid, s, progress=progress, cancel=cancel))
                if cancel.is_set():
                    break
            return _merge(reports)

        what = (self.tr("%n series", "", len(series)) if series else self.tr("the study"))
        return self._run(work, self._retrieved, self.tr("Retrieving %s from %s") % (what, node.name),
                         show_progress=True)

    def cancel(self) -> None:
        if self._task is not None and not self._task.done:
            self._task.cancel.set()
            self._set_status(self.tr("Cancelling…"))

    def _retrieved(self, report: pacs.RetrieveReport) -> None:
        self._set_status(report.summary(), error=not report.complete and not report.cancelled)
        row = next((i for i, m in enumerate(self._studies) if m["StudyInstanceUID"] == report.study_uid), None)
        if row is not None:  # update "In catalog"
            here = {s.study_uid: s.n_images for s in self.catalog.studies()}.get(report.study_uid)
            self.studies.model().item(row, len(STUDY_COLUMNS) - 1).setText("" if here is None else str(here))
        self.retrieved.emit(report)


def _merge(reports: list[pacs.RetrieveReport]) -> pacs.RetrieveReport:
    first = reports[0]
    out = pacs.RetrieveReport(first.node, first.study_uid, ", ".join(r.series_uid for r in reports))
    for r in reports:
        out.expected += r.expected
        out.received += r.received
        out.imported += r.imported
        out.duplicates += r.duplicates
        out.failed += r.failed
        out.missing += r.missing
        out.cancelled = out.cancelled or r.cancelled
        out.seconds += r.seconds
    return out
