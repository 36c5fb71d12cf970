"""Study browser: search the local catalog, pick a study, see its series as thumbnails. A series
holding several stacks (localizers, scouts) lists each stack as its own row, opened alone."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QMenu,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workstation.compare import prior_studies
from workstation.dicom.multivolume import stack_summaries
from workstation.model import dicom_date, person_name

STUDY_COLUMNS = (QT_TRANSLATE_NOOP("StudyBrowser", "Patient"), QT_TRANSLATE_NOOP("StudyBrowser", "Patient ID"),
                 QT_TRANSLATE_NOOP("StudyBrowser", "Date"), QT_TRANSLATE_NOOP("StudyBrowser", "Modality"),
                 QT_TRANSLATE_NOOP("StudyBrowser", "Description"), QT_TRANSLATE_NOOP("StudyBrowser", "Images"))


#: Item data role of the stack (0-based) a row of the series list opens; None for a whole series.
STACK_ROLE = Qt.UserRole + 1


class StudyBrowser(QWidget):
    series_opened = Signal(str)  # series UID
    stack_opened = Signal(str, int)  # series UID, stack (0-based): one stack of a series holding several
    compare_requested = Signal(str, str)  # study UID, the other study of the same patient to compare with

    def __init__(self, catalog, parent=None):
        super().__init__(parent)
        self.catalog = catalog
        self.search = QLineEdit(placeholderText=self.tr("Search patient, ID, description, modality, date"))
        self.search.setClearButtonEnabled(True)
        self.studies = QTableView()
        self.studies.setObjectName("studyTable")
        self.model = QStandardItemModel(0, len(STUDY_COLUMNS), self)
        self.model.setHorizontalHeaderLabels([self.tr(c) for c in STUDY_COLUMNS])
        self.studies.setModel(self.model)
        self.studies.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.studies.setSelectionMode(QAbstractItemView.SingleSelection)
        self.studies.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.studies.verticalHeader().hide()
        self.studies.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        self.studies.horizontalHeader().setStretchLastSection(True)
        self.series = QListWidget()
        self.series.setObjectName("seriesList")
        self.series.setViewMode(QListWidget.IconMode)
        self.series.setIconSize(QSize(96, 96))
        self.series.setResizeMode(QListWidget.Adjust)
        self.series.setMovement(QListWidget.Static)
        self.series.setWordWrap(True)
        self.series.setGridSize(QSize(130, 150))
        self.count_label = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        layout.addWidget(self.studies, 2)
        layout.addWidget(QLabel(self.tr("Series (double-click to open)")))
        layout.addWidget(self.series, 3)
        layout.addWidget(self.count_label)
        self.search.textChanged.connect(self.refresh)
        self.studies.selectionModel().selectionChanged.connect(self._study_selected)
        # Activation is a double-click (or Enter; a single click on some desktop styles).
        self.series.itemActivated.connect(self._series_activated)
        self.studies.setContextMenuPolicy(Qt.CustomContextMenu)
        self.studies.customContextMenuRequested.connect(self._study_menu)
        self.context_menu: QMenu | None = None  # the last one shown
        self.refresh()

    def refresh(self) -> None:
        selected = self.selected_study_uid()
        records = self.catalog.studies(self.search.text().strip())
        self.model.removeRows(0, self.model.rowCount())
        for rec in records:
            cells = [person_name(rec.patient_name), rec.patient_id, dicom_date(rec.study_date), ", ".join(rec.modalities),
                     rec.study_description, str(rec.n_images)]
            items = [QStandardItem(str(c or "")) for c in cells]
            items[0].setData(rec.study_uid, Qt.UserRole)
            self.model.appendRow(items)
        self.studies.resizeColumnsToContents()
        self.count_label.setText(self.tr("%n studies", "", len(records)))
        row = next((r for r in range(self.model.rowCount())
                    if self.model.item(r, 0).data(Qt.UserRole) == selected), 0 if records else None)
        if row is not None:
            self.studies.selectRow(row)
        else:
            self.series.clear()

    def retranslate_ui(self) -> None:
        """The interface language changed (ui.common.i18n): the series texts are composed here."""
        self.studies.resizeColumnsToContents()
        self._study_selected()

    def selected_study_uid(self) -> str | None:
        rows = self.studies.selectionModel().selectedRows() if self.studies.selectionModel() else []
        return rows[0].data(Qt.UserRole) if rows else None

    def study_menu(self, study_uid: str) -> QMenu:
        """A study's context menu: "Compare with…" the other studies of the same patient, newest first."""
        menu = QMenu(self)
        menu.setObjectName("studyMenu")
        studies = self.catalog.studies()
        study = next((s for s in studies if s.study_uid == study_uid), None)
        others = prior_studies(studies, study) if study is not None else []
        sub = menu.addMenu(self.tr("Compare with…"))
        sub.setObjectName("compareMenu")
        for other in others:
            label = " ".join(x for x in (dicom_date(other.study_date), ", ".join(other.modalities),
                                         other.study_description) if x)
            action = sub.addAction(label or other.study_uid)
            action.setData(other.study_uid)
            action.triggered.connect(lambda _=False, a=study_uid, b=other.study_uid: self.compare_requested.emit(a, b))
        if not others:
            sub.setEnabled(False)
            sub.setToolTip(self.tr("No other study of this patient (Patient ID) in the catalog"))
        return menu

    def _study_menu(self, pos) -> None:
        index = self.studies.indexAt(pos)
        if not index.isValid():
            return
        self.studies.selectRow(index.row())
        uid = self.model.item(index.row(), 0).data(Qt.UserRole)
        self.context_menu = self.study_menu(uid)
        self.context_menu.popup(self.studies.viewport().mapToGlobal(pos))

    def _study_selected(self, *_):
        uid = self.selected_study_uid()
        self.series.clear()
        if not uid:
            return
        for rec in self.catalog.series(uid):
            images = self.tr("%n image(s)", "", rec.n_images)
            png = self.catalog.thumbnail(rec.series_uid)
            icon = None
            if png:
                pix = QPixmap()
                pix.loadFromData(png, "PNG")
                icon = QIcon(pix)
            stacks = stack_summaries(self.catalog.instances(rec.series_uid))
            if stacks:  # localizers, scouts: each stack its own row, never one wrong volume
                self._add_stack_items(rec, stacks, icon)
                continue
            text = f"{rec.modality} {rec.series_number or ''}\n{rec.series_description or ''}\n{images}"
            item = QListWidgetItem(text)
            item.setData(Qt.UserRole, rec.series_uid)
            item.setToolTip(f"{rec.series_description}\n{rec.rows}x{rec.columns}, {images}")
            if icon is not None:
                item.setIcon(icon)
            self.series.addItem(item)

    def _add_stack_items(self, rec, stacks, icon) -> None:
        def plane(name: str) -> str:  # the volume bar's words
            return QCoreApplication.translate("VolumeBar", name)

        summary = (self.tr("Series %1 \u2014 %2 stacks: %3").replace("%1", str(rec.series_number or ""))
                   .replace("%2", str(len(stacks))).replace("%3", ", ".join(f"{plane(s.plane)} {s.slices}"
                                                                            for s in stacks)))
        for s in stacks:
            which = (QCoreApplication.translate("VolumeBar", "Stack %1/%2: %3, %4 slices")
                     .replace("%1", str(s.index + 1)).replace("%2", str(len(stacks)))
                     .replace("%3", plane(s.plane)).replace("%4", str(s.slices)))
            item = QListWidgetItem(f"{rec.modality} {rec.series_number or ''}\n{rec.series_description or ''}\n{which}")
            item.setData(Qt.UserRole, rec.series_uid)
            item.setData(STACK_ROLE, s.index)
            item.setToolTip(f"{summary}\n{which}")
            if icon is not None and s.index == 0:
                item.setIcon(icon)
            self.series.addItem(item)

    def _series_activated(self, item: QListWidgetItem) -> None:
        stack = item.data(STACK_ROLE)
        if stack is None:
            self.series_opened.emit(item.data(Qt.UserRole))
        else:
            self.stack_opened.emit(item.data(Qt.UserRole), int(stack))

    def series_item(self, series_uid: str, stack: int | None = None) -> QListWidgetItem | None:
        """The row of a series (its first row when it lists stacks), or of one of its stacks."""
        for i in range(self.series.count()):
            item = self.series.item(i)
            if item.data(Qt.UserRole) == series_uid and (stack is None or item.data(STACK_ROLE) == stack):
                return item
        return None

