"""The reading-room window: study browser, MPR + 3-D viewports, tools, link status."""

from __future__ import annotations

import logging
from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFileDialog,
    QFrame,
    QGridLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSlider,
    QToolBar,
    QWidget,
)

from render.presets import auto_window, volume_presets_for
from workstation.dicom.assemble import load_series_from_catalog
from workstation.dicom.catalog import Catalog
from workstation.dicom.display import DisplayError, ImageStack, is_image_series
from workstation.dicom.multivolume import multivolume_of
from workstation.viewstate import (AXIAL, CORONAL, CT_WINDOW_PRESETS, LAYOUTS, SAGITTAL, VOLUME3D, VOLUME_PRESETS,
                                  ViewState, window_choice)

from render.annotations import owner_color
from workstation.annotations import AnnotationSet, GeometryError, add_op, delete_op, measure, update_op

from ui.reading.annotation_tools import NAVIGATE, TOOLS
from ui.common.i18n import LINK_STATE_NAMES, add_settings_menu, link_state_name
from ui.common.qthreading import Task
from ui.reading.volume_bar import VolumeBar
from ui.reading.viewports import ImageViewport, SliceViewport, VolumeViewport

log = logging.getLogger(__name__)

SLAB_CHOICES = (0.0, 5.0, 10.0, 20.0, 40.0)
DOCK_LAYOUT_VERSION = 1  # of the saved dock arrangement (a newer arrangement ignores an older one)
IMPORT_REPORT_LINES = 20  # failed files listed in the import report itself


class ViewerArea(QWidget):
    """Axial, coronal, sagittal and 3-D viewports in a 1x1, 1x3 or 2x2 layout for a volume; one
    2-D image viewer (``mode == "image"``) for images that are not volumes."""

    def __init__(self, state: ViewState, parent=None):
        super().__init__(parent)
        self.state = state
        self.mode = "volume"
        self.slices = {o: SliceViewport(o, state) for o in (AXIAL, CORONAL, SAGITTAL)}
        self.volume3d = VolumeViewport(state)
        self.views = {**self.slices, VOLUME3D: self.volume3d}
        self.image_view = ImageViewport()
        self.image_view.setObjectName("viewport-image")
        self.image_view.hide()
        for name, view in self.views.items():
            view.setObjectName(f"viewport-{name}")
            view.activated.connect(self._activate)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(2)
        self.apply_layout()
        state.events.connect(self._state_changed)
        state.camera.events.connect(self._state_changed)  # a followed 3-D camera re-renders too

    def _activate(self, name: str) -> None:
        if self.state.active_view != name:
            self.state.active_view = name

    def _state_changed(self, info) -> None:
        name = info.signal.name
        if name in ("layout",) or (name == "active_view" and self.state.layout == "1x1"):
            self.apply_layout()
        for view in self.views.values():
            view.schedule_render()

    def apply_layout(self) -> None:
        layout = self.state.layout
        for view in (*self.views.values(), self.image_view):
            self.grid.removeWidget(view)
            view.hide()
        if self.mode == "image":  # a single 2-D view: no empty MPR or 3-D panes
            self.grid.addWidget(self.image_view, 0, 0)
            self.image_view.show()
            return
        if layout == "1x1":
            placement = [(self.state.active_view, 0, 0)]
        elif layout == "1x3":
            placement = [(AXIAL, 0, 0), (CORONAL, 0, 1), (SAGITTAL, 0, 2)]
        else:
            placement = [(AXIAL, 0, 0), (VOLUME3D, 0, 1), (CORONAL, 1, 0), (SAGITTAL, 1, 1)]
        for name, row, col in placement:
            self.grid.addWidget(self.views[name], row, col)
            self.views[name].show()

    def set_mode(self, mode: str) -> None:
        if mode != self.mode:
            self.mode = mode
            self.apply_layout()

    def set_volume(self, volume, with_3d: bool = True) -> None:
        self.set_mode("volume")
        for view in self.slices.values():
            view.set_volume(volume)
        if with_3d:
            self.volume3d.set_volume(volume)

    def close_vtk(self) -> None:
        for view in (*self.views.values(), self.image_view):
            view.close_vtk()


class MainWindow(QMainWindow):
    volume_loaded = Signal(object)
    images_opened = Signal(object)  # an ImageStack shown in the 2-D viewer
    comparison_changed = Signal(object)  # the comparison with a prior (CompareState.to_message), None: closed
    import_finished = Signal(object)

    def __init__(self, catalog: Catalog, link=None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Silkbridge — reading room"))
        self.resize(1500, 950)
        self.setAcceptDrops(True)
        self.catalog = catalog
        self.state = ViewState()
        self.volume = None
        self.last_import_report = None
        self._load_task: Task | None = None
        self._import_task: Task | None = None

        from ui.reading.browser import StudyBrowser

        self.browser = StudyBrowser(catalog)
        self.browser.series_opened.connect(self.open_series)
        self.browser.stack_opened.connect(self.open_series)  # one stack of a localizer series
        self.browser.compare_requested.connect(self.compare_with)
        self.compare_view = None  # ui.reading.compare.CompareView once a comparison was opened
        # One column of docks on the right, tabbed (studies, PACS, consult, broadcasts, courses): the
        # images keep most of the window (>= 60 % at 1366x768); each dock can be closed (View menu)
        # and the arrangement is remembered (``layout_path``).
        studies = self._add_dock(self.tr("Studies"), "studiesDock", self.browser, Qt.RightDockWidgetArea, 430)
        from ui.reading.pacs import PacsPanel  # query/retrieve from the hospital PACS, beside the local studies

        self.pacs = PacsPanel(catalog)
        self.pacs.retrieved.connect(lambda _report: self.browser.refresh())
        pacs_dock = self._add_dock(self.tr("PACS"), "pacsDock", self.pacs, Qt.RightDockWidgetArea, 430)
        self.tabifyDockWidget(studies, pacs_dock)
        studies.raise_()

        self.viewer = ViewerArea(self.state)
        self.setCentralWidget(self.viewer)
        self.images = None  # the ImageStack in the 2-D viewer, when one is shown
        for view in self.viewer.slices.values():
            view.probed.connect(self._show_probe)
        self.viewer.image_view.probed_text.connect(lambda text: self.probe_label.setText(text))
        self.viewer.image_view.changed.connect(self._image_changed)
        self.viewer.image_view.failed.connect(self._image_failed)

        # Annotations: the local reading set until a consult provides the shared one.
        self.identity = ("local", self.tr("Me"), "specialist")  # user id, display name, role
        self.annotations = AnnotationSet("local")
        self.submit_annotation_op = self._apply_local_op
        self.publish_pointer = self._show_local_pointer
        self._annotation_set_changed = lambda *_: self.refresh_annotations()
        self.annotations.changed.connect(self._annotation_set_changed)
        for view in self.viewer.slices.values():
            view.annotation_created.connect(self._annotation_created)
            view.annotation_moved.connect(self._annotation_moved)
            view.delete_requested.connect(self.delete_annotation)
            view.annotation_selected.connect(self._annotation_selected)
            view.pointer_moved.connect(lambda name, xyz: self.publish_pointer(name, xyz))
        image_view = self.viewer.image_view  # annotations on 2-D images go to the same set
        image_view.identity = self.identity
        image_view.annotation_created.connect(self._annotation_created)
        image_view.annotation_moved.connect(self._annotation_moved)
        image_view.delete_requested.connect(self.delete_annotation)
        image_view.pointer_moved.connect(lambda name, where: self.publish_pointer(name, where))
        image_view.annotation_selected.connect(self._annotation_selected)

        self._build_toolbar()
        self._build_tools()
        self._build_menu()
        self._build_status()
        self._build_volume_bar()
        self.cine = QTimer(self)
        self.cine.setInterval(66)
        self.cine.timeout.connect(self._cine_step)

        self.link = None
        if link is not None:
            self.attach_link(link)

    # ---------------------------------------------------------------- UI construction
    def _build_toolbar(self) -> None:
        tb = QToolBar(self.tr("Reading"), self)
        tb.setObjectName("readingToolbar")
        self.addToolBar(tb)
        self.import_action = QAction(self.tr("Import…"), self)
        self.import_action.setShortcut(QKeySequence.Open)
        self.import_action.triggered.connect(self.choose_import)
        tb.addAction(self.import_action)
        tb.addSeparator()
        tb.addWidget(QLabel(self.tr(" Layout ")))
        self.layout_combo = QComboBox(objectName="layoutCombo")
        self.layout_combo.addItems(LAYOUTS)
        self.layout_combo.setCurrentText(self.state.layout)
        self.layout_combo.currentTextChanged.connect(lambda t: setattr(self.state, "layout", t))
        tb.addWidget(self.layout_combo)
        tb.addWidget(QLabel(self.tr(" Window ")))
        self.window_combo = QComboBox(objectName="windowCombo")
        self.window_combo.addItem(self.tr("DICOM default"), "default")
        self.window_combo.addItem(self.tr("Auto (histogram)"), "auto")
        ct_labels = {"brain": self.tr("CT brain"), "lung": self.tr("CT lung"), "bone": self.tr("CT bone"),
                     "abdomen": self.tr("CT abdomen"), "mediastinum": self.tr("CT mediastinum")}
        for name in CT_WINDOW_PRESETS:
            self.window_combo.addItem(ct_labels.get(name, f"CT {name}"), name)
        self.window_combo.activated.connect(lambda i: self.apply_window_preset(self.window_combo.itemData(i)))
        tb.addWidget(self.window_combo)
        # The box says which window is applied, whoever applied it (a presenter followed in a consult too).
        self.state.events.window.connect(self._show_window_choice)
        self.state.events.level.connect(self._show_window_choice)
        self.state.events.connect(self._show_view_choices)
        tb.addWidget(QLabel(self.tr(" Slab ")))
        self.slab_combo = QComboBox(objectName="slabCombo")
        for mm in SLAB_CHOICES:
            self.slab_combo.addItem(self.tr("thin") if mm == 0 else f"{mm:g} mm", mm)
        self.slab_combo.activated.connect(lambda i: setattr(self.state, "slab_mm", float(self.slab_combo.itemData(i))))
        tb.addWidget(self.slab_combo)
        self.slab_mode_combo = QComboBox(objectName="slabModeCombo")
        for mode, label in (("mip", "MIP"), ("minip", "MinIP"), ("mean", self.tr("Average"))):
            self.slab_mode_combo.addItem(label, mode)
        self.slab_mode_combo.activated.connect(
            lambda i: setattr(self.state, "slab_mode", self.slab_mode_combo.itemData(i)))
        tb.addWidget(self.slab_mode_combo)
        self.cine_button = QPushButton(self.tr("Cine ▶"), objectName="cineButton", checkable=True)
        self.cine_button.toggled.connect(self.set_cine)
        tb.addWidget(self.cine_button)
        self.frame_slider = QSlider(Qt.Horizontal, objectName="frameSlider", minimumWidth=160)
        self.frame_slider.valueChanged.connect(lambda v: self.viewer.image_view.go(v))
        self.frame_label = QLabel(objectName="frameLabel")
        self.frame_actions = [tb.addWidget(self.frame_slider), tb.addWidget(self.frame_label)]
        for action in self.frame_actions:
            action.setVisible(False)
        tb.addSeparator()
        tb.addWidget(QLabel(self.tr(" 3D ")))
        self.preset_combo = QComboBox(objectName="volumePresetCombo")
        self._offer_volume_presets(VOLUME_PRESETS)  # until a series is open: then by its modality
        self.preset_combo.currentIndexChanged.connect(
            lambda i: i >= 0 and setattr(self.state, "volume_preset", self.preset_combo.itemData(i)))
        tb.addWidget(self.preset_combo)
        self.crop_button = QPushButton(self.tr("Crop"), objectName="cropButton", checkable=True)
        self.crop_button.toggled.connect(self.set_crop)
        tb.addWidget(self.crop_button)
        self.reset_action = QAction(self.tr("Reset view"), self)
        self.reset_action.triggered.connect(self.reset_view)
        tb.addAction(self.reset_action)

    def _build_tools(self) -> None:
        from PySide6.QtGui import QActionGroup

        tb = QToolBar(self.tr("Annotate"), self)
        tb.setObjectName("annotateToolbar")
        self.addToolBar(Qt.LeftToolBarArea, tb)
        labels = {"navigate": self.tr("Navigate"), "select": self.tr("Select"), "pointer": self.tr("Laser pointer"),
                  "length": self.tr("Length"), "angle": self.tr("Angle"), "ellipse": self.tr("Ellipse ROI"),
                  "polygon": self.tr("Polygon ROI"), "arrow": self.tr("Arrow"), "text": self.tr("Text")}
        group = QActionGroup(self)
        self.tool_actions = {}
        for tool in TOOLS:
            action = QAction(labels[tool], self, checkable=True)
            action.setObjectName(f"tool-{tool}")
            action.triggered.connect(lambda _=False, t=tool: self.set_tool(t))
            group.addAction(action)
            tb.addAction(action)
            self.tool_actions[tool] = action
        self.tool_actions[NAVIGATE].setChecked(True)
        tb.addSeparator()
        self.delete_action = QAction(self.tr("Delete"), self)
        self.delete_action.setObjectName("deleteAnnotation")
        self.delete_action.triggered.connect(lambda: self.selected_annotation and self.delete_annotation(
            self.selected_annotation))
        tb.addAction(self.delete_action)
        self.selected_annotation: str | None = None

    def set_tool(self, tool: str) -> None:
        self.tool_actions[tool].setChecked(True)
        for view in (*self.viewer.slices.values(), self.viewer.image_view):
            view.set_tool(tool)

    # ---------------------------------------------------------------- annotations
    def use_annotation_set(self, annotations: AnnotationSet, submit, identity) -> None:
        """Show and edit another set (a consult case's), sending edits through ``submit(op)``."""
        self.annotations.changed.disconnect(self._annotation_set_changed)
        self.annotations = annotations
        self.submit_annotation_op = submit
        self.identity = identity
        annotations.changed.connect(self._annotation_set_changed)
        for view in (*self.viewer.slices.values(), self.viewer.image_view):
            view.identity = identity
        self.refresh_annotations()

    def _apply_local_op(self, op) -> None:
        if not self.annotations.apply(op):
            self.statusBar().showMessage(self.annotations.last_reason, 8000)

    def _annotation_created(self, ann) -> None:
        alias = getattr(self, "series_alias", {}).get(ann.series_uid)
        if alias:  # drawn on our original of a shared case: it belongs to the series the others have
            import msgspec

            ann = msgspec.structs.replace(ann, series_uid=alias)
        image_alias = getattr(self, "sop_alias", {}).get(ann.sop_instance_uid)
        if image_alias:  # ... and to the image they have (a 2-D image's annotation names it)
            ann = ann.replace(sop_instance_uid=image_alias)
        self.submit_annotation_op(add_op(ann, role=self.identity[2]))

    def _annotation_moved(self, ann_id: str, index: int, xyz) -> None:
        current = self.annotations.get(ann_id)
        if current is None:
            return
        points = list(current.points)
        points[index] = tuple(float(v) for v in xyz)
        try:
            op = update_op(current, self.identity[0], role=self.identity[2], points=points)
            op.annotation.validate()
        except (GeometryError, ValueError) as exc:
            self.statusBar().showMessage(str(exc), 8000)
            return
        self.submit_annotation_op(op)

    def _annotation_selected(self, ann_id) -> None:
        self.selected_annotation = ann_id
        for view in (*self.viewer.slices.values(), self.viewer.image_view):
            if view.selected != ann_id:
                view.selected = ann_id
                view.schedule_render()

    def delete_annotation(self, ann_id: str) -> None:
        current = self.annotations.get(ann_id)
        if current is not None:
            self.submit_annotation_op(delete_op(current, self.identity[0], role=self.identity[2]))

    def refresh_annotations(self) -> None:
        """Push the current series' annotations (with their measurements) to the 2-D views."""
        series = self.state.series_uid
        alias = getattr(self, "series_alias", {}).get(series)  # a consult case's shared copy of this series
        shown = [a for a in self.annotations
                 if not a.deleted and (not a.series_uid or a.series_uid == series or a.series_uid == alias)]
        measurements = {}
        on_volume = [a for a in shown if not a.sop_instance_uid]  # (2-D image ones hold image coordinates)
        if self.volume is not None:
            for a in on_volume:
                try:
                    measurements[a.id] = measure(a, self.volume)
                except (GeometryError, ValueError):
                    pass
        for view in self.viewer.slices.values():
            view.set_annotations(on_volume, measurements)
        if self.images is not None:  # a 2-D image: measured with its calibration, frame by frame
            self.viewer.image_view.set_annotations(shown)
            measurements.update(self.viewer.image_view.shown_measurements)
        self.annotation_measurements = measurements

    def _show_local_pointer(self, view_name: str, xyz) -> None:
        self.show_pointers({self.identity[0]: (xyz, owner_color(self.identity[0]), self.identity[1])}
                           if xyz is not None else {})

    def show_pointers(self, pointers: dict) -> None:
        from workstation.annotations.image import split_pointers

        in_volume, on_images = split_pointers(pointers)  # a 2-D image's pointer only on that image
        for view in self.viewer.views.values():
            view.set_pointers(in_volume)
        self.viewer.image_view.set_pointers(on_images)

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.import_action)
        imp_zip = QAction(self.tr("Import zip or files…"), self)
        imp_zip.triggered.connect(self.choose_import_files)
        file_menu.addAction(imp_zip)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        view_menu = self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self.reset_action)
        for name in ("studiesDock", "pacsDock"):
            dock = self.findChild(QDockWidget, name)
            if dock is not None:
                view_menu.addAction(dock.toggleViewAction())
        from ui.setup.devices import add_devices_action

        add_devices_action(self, add_settings_menu(self))  # Settings -> Language (switched live), Devices…

    def _build_status(self) -> None:
        sb = self.statusBar()
        self.probe_label = QLabel(objectName="probeLabel")
        self.progress = QProgressBar(objectName="progressBar", maximumWidth=240, textVisible=True)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"), objectName="cancelButton")
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel_work)
        self.link_label = QLabel(self.tr("Hub: not connected"), objectName="linkLabel")
        self.presence_label = QLabel(objectName="presenceLabel")
        sb.addWidget(self.probe_label, 1)
        sb.addPermanentWidget(self.progress)
        sb.addPermanentWidget(self.cancel_button)
        sb.addPermanentWidget(self.presence_label)
        sb.addPermanentWidget(self.link_label)
        self._size_link_label()

    # ---------------------------------------------------------------- import
    def choose_import(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a folder of DICOM files"))
        if folder:
            self.import_paths([folder])

    def choose_import_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import DICOM files, a zip or a DICOMDIR"), "",
            self.tr("DICOM, zip or DICOMDIR (*.dcm *.zip DICOMDIR *);;All files (*)"))
        if files:
            self.import_paths(files)

    def dragEnterEvent(self, ev):
        if ev.mimeData().hasUrls():
            ev.acceptProposedAction()

    def dropEvent(self, ev):
        paths = [u.toLocalFile() for u in ev.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.import_paths(paths)
            ev.acceptProposedAction()

    def import_paths(self, paths) -> Task:
        """Import off the GUI thread with progress and cancel; the browser refreshes after."""
        def work(progress, cancel):  # the catalog is thread-safe (one lock around its connection)
            return self.catalog.import_paths([Path(p) for p in paths], progress=progress, cancel=cancel)

        task = Task(work)
        self._import_task = task
        self._show_progress(self.tr("Importing"))
        task.progress.connect(self._on_progress)
        task.finished.connect(self._import_done)
        task.failed.connect(lambda msg: self._work_failed(self.tr("Import failed"), msg))
        task.cancelled.connect(self._hide_progress)
        return task.start()

    def _import_done(self, report) -> None:
        self._hide_progress()
        self.last_import_report = report
        self.browser.refresh()
        text = self.tr("Imported %1 new image(s); %2 already in the catalog.").replace(
            "%1", str(report.imported)).replace("%2", str(report.duplicates))
        if report.cancelled:
            text += " " + self.tr("Import was cancelled; what was imported is kept.")
        if report.rejected:
            text += "\n" + self.tr("%1 file(s) could not be imported:").replace("%1", str(len(report.rejected)))
            # the failed files and why, in the report itself; the full paths under "Show Details"
            from ui.common.i18n import core_message

            body = "\n".join(self._rejected_lines(report))
            box = QMessageBox(QMessageBox.Warning, self.tr("Import"), text + "\n\n" + body, QMessageBox.Ok, self)
            box.setObjectName("importReport")
            box.setTextFormat(Qt.PlainText)  # file names are shown as they are, never as markup
            box.setDetailedText("\n".join(f"{name}: {core_message(reason)}" for name, reason in report.rejected))
            box.open()
        self.statusBar().showMessage(text.splitlines()[0], 10000)
        self.import_finished.emit(report)

    def _rejected_lines(self, report) -> list[str]:
        """The import report's "folder/file: reason" lines, each reason in the interface language
        where the core's sentence is known (ui.common.i18n.core_message)."""
        import dataclasses

        from ui.common.i18n import core_message

        said = dataclasses.replace(report, rejected=[(name, core_message(reason)) for name, reason in report.rejected])
        lines = said.rejected_lines(limit=IMPORT_REPORT_LINES)
        if len(report.rejected) > IMPORT_REPORT_LINES:
            lines[-1] = self.tr("… and %1 more").replace("%1", str(len(report.rejected) - IMPORT_REPORT_LINES))
        return lines

    # ---------------------------------------------------------------- compare with prior
    def compare_view_or_new(self):
        if self.compare_view is None:
            from ui.reading.compare import CompareView

            self.compare_view = CompareView(self)
            self.compare_view.changed.connect(self.comparison_changed)
        return self.compare_view

    def comparison_message(self) -> dict | None:
        view = self.compare_view
        return view.message() if view is not None and view.isVisible() else None

    def show_comparison(self, current_series_uid: str, message: dict | None) -> None:
        """Show a consult presenter's comparison (None or {}: close it)."""
        if not message:
            if self.compare_view is not None and self.compare_view.isVisible():
                self.compare_view.close()
            return
        if not self.catalog.instances(message.get("series_uid", "")):
            self.statusBar().showMessage(self.tr("The presenter compares with a series not downloaded yet: "
                                                 "Download cases"), 10000)
            return
        self.compare_view_or_new().open_series(current_series_uid, message["series_uid"], message=message)

    def compare_with(self, study_uid: str, prior_study_uid: str):
        """Open the study (its open series, or its largest) beside the prior study's matching series."""
        view = self.compare_view_or_new()
        view.open_studies(study_uid, prior_study_uid)
        return view

    # ---------------------------------------------------------------- loading
    def open_series(self, series_uid: str, stack: int = 0) -> Task | None:
        """Open a series (``stack``: which of its stacks when it holds several, 0-based)."""
        records = self.catalog.instances(series_uid)
        if is_image_series(records):
            self.open_images(series_uid, records)
            return None
        if (self.volume is not None and self.state.series_uid == series_uid and len(self.stacks) > 1
                and 0 <= stack < len(self.stacks)):
            self.show_stack(stack)  # the series is open: show the stack asked for
            self.volume_bar.set_stacks(self.stacks, stack)
            return None
        if self._load_task is not None and not self._load_task.done:
            if self._load_task.series_uid == series_uid:
                self._load_task.stack = stack
                return self._load_task  # already on its way
            self._load_task.cancel.set()
        self.set_cine(False)
        first_shown = {"done": False}

        def work(progress, cancel):
            def on_slice(volume, k):
                if not first_shown["done"]:
                    first_shown["done"] = True
                    task.partial.emit(volume)
            return load_series_from_catalog(self.catalog, series_uid, on_slice=on_slice,
                                            progress=progress, cancel=cancel)

        task = Task(work)
        task.series_uid = series_uid
        task.stack = stack
        task.partial.connect(lambda vol: self._show_first_slice(vol, task))
        self._load_task = task
        self._show_progress(self.tr("Loading"))
        task.progress.connect(self._on_progress)
        task.progress.connect(lambda *_: self.volume_bar.refresh())  # '(loading)' until a volume is read
        task.finished.connect(lambda vols: self._series_loaded(vols, task))
        task.failed.connect(lambda msg: self._work_failed(self.tr("Could not open the series"), msg))
        task.cancelled.connect(self._hide_progress)
        return task.start()

    def open_images(self, series_uid: str, records=None) -> ImageStack | None:
        """Show a series of 2-D images (radiographs, ultrasound, photos, single slices, cine
        loops) in the single 2-D viewer, frame by frame, as dcmtk shows them."""
        if self._load_task is not None and not self._load_task.done:
            self._load_task.cancel.set()
        self.set_cine(False)
        try:
            stack = ImageStack(records if records is not None else self.catalog.instances(series_uid))
            stack.render()  # decode the first frame now: a bad file is reported, not a black pane
        except DisplayError as exc:
            self._work_failed(self.tr("Could not open the series"), str(exc))
            return None
        self.volume = None
        self._show_volume_bar(None, [])
        self.viewer.volume3d.set_volume(None)
        self.images = stack
        self.state.series_uid = series_uid
        self.viewer.set_mode("image")
        self.viewer.image_view.series_uid = series_uid
        self.viewer.image_view.set_stack(stack)
        self._set_file_windows(stack.header.presets)
        self.layout_combo.setEnabled(False)
        self.preset_combo.setEnabled(False)
        self.crop_button.setEnabled(False)
        h = stack.header
        self.setWindowTitle(f"Silkbridge — {h.meta.get('patient_name', '')} — {h.meta.get('series_description', '')}")
        self.refresh_annotations()
        self.images_opened.emit(stack)
        return stack

    def _image_changed(self) -> None:
        stack = self.images
        if stack is None:
            return
        many = len(stack) > 1
        for action in self.frame_actions:
            action.setVisible(many)
        if many:
            self.frame_slider.blockSignals(True)
            self.frame_slider.setRange(0, len(stack) - 1)
            self.frame_slider.setValue(stack.index)
            self.frame_slider.blockSignals(False)
            self.frame_label.setText(f" {stack.index + 1}/{len(stack)} ")

    def _image_failed(self, message: str) -> None:
        """A frame of the open images cannot be decoded: say so, keep what is shown, stop cine."""
        self.set_cine(False)
        self.statusBar().showMessage(self.tr("Cannot show this frame: %1").replace("%1", message), 15000)

    def _set_file_windows(self, presets) -> None:
        """Every VOI of the file (windows with their explanations, VOI LUTs) in the window combo."""
        combo = self.window_combo
        for i in reversed(range(combo.count())):
            if str(combo.itemData(i)).startswith("voi:"):
                combo.removeItem(i)
        for i, preset in enumerate(presets):
            combo.insertItem(1 + i, self.tr("File: %1").replace("%1", preset.label), f"voi:{i}")
        combo.setCurrentIndex(0)

    def _leave_images(self) -> None:
        if self.images is not None:
            self._set_file_windows([])
            self.images = None
            for action in self.frame_actions:
                action.setVisible(False)
            self.layout_combo.setEnabled(True)
            self.preset_combo.setEnabled(True)
            self.crop_button.setEnabled(True)

    def _show_first_slice(self, volume, task) -> None:
        if task is not self._load_task or self.volume is volume or task.stack:
            return  # (the first slice is of the first stack: another stack waits for the whole series)
        self._leave_images()
        self.volume = volume
        self._init_state_for(volume)
        self.viewer.set_volume(volume, with_3d=False)
        self._show_volume_bar(multivolume_of(volume), [])  # the other volumes still loading

    def _series_loaded(self, volumes, task) -> None:
        if task is not self._load_task:
            return
        self._hide_progress()
        if not volumes:
            self._work_failed(self.tr("Could not open the series"), self.tr("no images"))
            return
        volume = volumes[min(task.stack, len(volumes) - 1)]  # the stack asked for (the series browser)
        self._leave_images()
        if multivolume_of(volume) is not None and multivolume_of(self.volume) is multivolume_of(volume):
            volume = self.volume  # the volume picked on the slider while the others loaded
        if volume is not self.volume:
            self.volume = volume
            self._init_state_for(volume)
        self.viewer.set_volume(volume, with_3d=True)
        self._show_volume_bar(multivolume_of(volume), volumes)
        self.refresh_annotations()
        if len(volumes) > 1:
            self.statusBar().showMessage(
                self.tr("This series holds %1 separate stacks (orientations or sizes); showing the first, "
                        "pick another beside 'Stack'.").replace("%1", str(len(volumes))),
                15000)
        self.setWindowTitle(f"Silkbridge — {volume.meta.get('patient_name', '')} — "
                            f"{volume.meta.get('series_description', '')}")
        self.volume_loaded.emit(volume)

    # ---------------------------------------------------------------- 4-D series and stacks
    def _build_volume_bar(self) -> None:
        self.volume_bar = VolumeBar()  # a 4-D series: which volume; several stacks: which stack
        self.volume_bar.volume_chosen.connect(self.show_volume)
        self.volume_bar.stack_chosen.connect(self.show_stack)
        self.volume_toolbar = QToolBar(self.tr("Volumes"), self)
        self.volume_toolbar.setObjectName("volumeToolbar")
        self.volume_toolbar.addWidget(self.volume_bar)
        self.addToolBar(self.volume_toolbar)
        self.volume_toolbar.hide()
        self.stacks: list = []

    def _show_volume_bar(self, series, stacks) -> None:
        current = next((n for n, v in enumerate(stacks) if v is self.volume), 0)
        self.stacks = list(stacks)
        self.volume_bar.set_stacks(self.stacks, current)
        self.volume_bar.set_series(series, series.volume_index(self.volume) if series is not None else 0)
        self.volume_toolbar.setVisible(self.volume_bar.needed())

    def show_volume(self, t: int) -> None:
        """Show volume t of the open 4-D series in every view (2-D and 3-D), keeping the position,
        window, zoom and 3-D camera."""
        series = multivolume_of(self.volume)
        if series is None or not 0 <= t < len(series) or series.volume(t) is self.volume:
            return
        volume = self.volume = series.volume(t)
        cam = self.state.camera
        kept = (cam.position, cam.focal_point, cam.view_up, cam.parallel_scale)
        self.viewer.set_volume(volume, with_3d=self.viewer.volume3d.volume is not None)
        cam.position, cam.focal_point, cam.view_up, cam.parallel_scale = kept  # set_volume fits the camera

    def show_stack(self, n: int) -> None:
        """Show stack n of a series holding several (a localizer's orientations)."""
        if not 0 <= n < len(self.stacks) or self.stacks[n] is self.volume:
            return
        volume = self.volume = self.stacks[n]
        self._init_state_for(volume)
        self.viewer.set_volume(volume, with_3d=True)
        self.volume_bar.set_series(multivolume_of(volume))
        self.refresh_annotations()

    def _init_state_for(self, volume) -> None:
        s = self.state
        s.series_uid = volume.meta.get("series_uid", "")
        s.position = tuple(float(v) for v in volume.center())
        s.zoom, s.pan, s.crop = 1.0, (0.0, 0.0), None
        s.window, s.level = self._default_window(volume)
        presets = volume_presets_for(volume.modality)  # HU presets for CT only
        self._offer_volume_presets(presets)
        s.volume_preset = presets[0]
        self.preset_combo.setCurrentIndex(max(0, self.preset_combo.findData(s.volume_preset)))
        self.crop_button.setChecked(False)

    def _offer_volume_presets(self, names) -> None:
        """The 3-D presets in the combo (the English labels are the preset names)."""
        labels = {"ct-bone": self.tr("ct-bone"), "ct-soft-tissue": self.tr("ct-soft-tissue"),
                  "ct-angio": self.tr("ct-angio"), "mr-default": self.tr("mr-default"),
                  "mr-angio": self.tr("mr-angio")}
        combo = self.preset_combo
        combo.blockSignals(True)  # refilling is no choice of the user's
        combo.clear()
        for name in names:
            combo.addItem(labels.get(name, name), name)
        combo.blockSignals(False)

    def _default_window(self, volume) -> tuple[float, float]:
        cached = getattr(self, "_default_window_of", None)
        if cached is not None and cached[0] is volume:
            return cached[1]
        w = volume.meta.get("window")
        if w and w[0] and w[0] > 1:
            pair = float(w[0]), float(w[1])
        else:
            pair = tuple(float(v) for v in auto_window(volume))
        self._default_window_of = (volume, pair)
        return pair

    def _show_view_choices(self, info) -> None:
        """The toolbar boxes say what is applied, whoever applied it (a followed presenter too):
        layout, slab thickness and mode, 3-D preset, crop."""
        name = info.signal.name
        crop = getattr(self, "crop_button", None)
        if name == "crop" and crop is not None and crop.isChecked() != (self.state.crop is not None):
            crop.blockSignals(True)  # a followed presenter's crop: the button shows it, changes nothing
            crop.setChecked(self.state.crop is not None)
            crop.blockSignals(False)
            return
        boxes = {"layout": getattr(self, "layout_combo", None), "slab_mm": getattr(self, "slab_combo", None),
                 "slab_mode": getattr(self, "slab_mode_combo", None),
                 "volume_preset": getattr(self, "preset_combo", None)}
        combo = boxes.get(name)
        if combo is None:
            return
        value = getattr(self.state, name)
        i = combo.findText(value) if name == "layout" else combo.findData(value)
        if i >= 0 and i != combo.currentIndex():
            combo.blockSignals(True)
            combo.setCurrentIndex(i)
            combo.blockSignals(False)

    def _show_window_choice(self, *_) -> None:
        """Select the Window box entry matching the applied window/level, or show it as "W … / L …"."""
        if self.images is not None or self.volume is None:
            return
        combo, s = self.window_combo, self.state
        cached = getattr(self, "_auto_window_of", None)
        if cached is None or cached[0] is not self.volume:
            cached = self._auto_window_of = (self.volume, tuple(float(v) for v in auto_window(self.volume)))
        name = window_choice(s.window, s.level, self._default_window(self.volume),
                             {"auto": cached[1], **CT_WINDOW_PRESETS})
        custom = combo.findData("custom")
        if name is None:
            text = self.tr("W %1 / L %2").replace("%1", f"{s.window:.0f}").replace("%2", f"{s.level:.0f}")
            if custom < 0:
                combo.addItem(text, "custom")
                custom = combo.count() - 1
            combo.setItemText(custom, text)
            combo.setCurrentIndex(custom)
            return
        if custom >= 0:
            combo.removeItem(custom)
        combo.setCurrentIndex(max(0, combo.findData(name)))

    def apply_window_preset(self, name: str) -> None:
        if self.images is not None:
            view = self.viewer.image_view
            if name == "default":
                self.images.voi_lut = None
                view.set_window(None)
            elif name.startswith("voi:"):
                preset = self.images.header.presets[int(name[4:])]
                if preset.lut_index is not None:
                    self.images.voi_lut = preset.lut_index
                    view.set_window(None)
                else:
                    view.set_window((preset.center, preset.width))
            elif name == "auto" and view.shown is not None and view.shown.value_range:
                lo, hi = view.shown.value_range
                view.set_window(((lo + hi) / 2, max(hi - lo, 1.0)))
            elif name in CT_WINDOW_PRESETS:
                w, l = CT_WINDOW_PRESETS[name]
                view.set_window((l, w))
            return
        if self.volume is None:
            return
        if name == "default":
            w, l = self._default_window(self.volume)
        elif name == "auto":
            w, l = auto_window(self.volume)
        elif name not in CT_WINDOW_PRESETS:
            return  # "W … / L …": the window already applied
        else:
            w, l = CT_WINDOW_PRESETS[name]
        self.state.window, self.state.level = float(w), float(l)

    def set_cine(self, on: bool) -> None:
        if self.cine_button.isChecked() != on:
            self.cine_button.setChecked(on)
            return
        self.viewer.image_view.play(on and self.images is not None)  # 2-D frames: at their Frame Time
        if on and self.images is None:
            self.cine.setInterval(66)
        self.cine.start() if on and self.volume is not None and self.images is None else self.cine.stop()

    def _cine_step(self) -> None:
        """Play through the active view's slices, wrapping round at the end."""
        view = self.viewer.slices.get(self.state.active_view) or self.viewer.slices[AXIAL]
        if self.volume is None:
            return
        normal = view.scene.plane_normal()
        lo, hi = view.extent_mm()
        here = float(np.dot(self.state.position, normal))
        if here + view.scene.slice_step_mm() > hi + 1e-3:
            self.state.position = tuple(float(v) for v in np.asarray(self.state.position) + normal * (lo - here))
        else:
            view.scroll(1)

    def set_crop(self, on: bool) -> None:
        if self.volume is None:
            return
        if on:
            lo, hi = self.volume.bounds()
            c = (lo + hi) / 2
            half = (hi - lo) / 4  # the central half of the volume along each axis
            self.state.crop = tuple(float(v) for v in np.concatenate([c - half, c + half]))  # mins, maxes
        else:
            self.state.crop = None

    def reset_view(self) -> None:
        if self.images is not None:
            self.viewer.image_view.zoom, self.viewer.image_view.pan = 1.0, (0.0, 0.0)
            self.viewer.image_view.set_window(None)
            return
        if self.volume is None:
            return
        self._init_state_for(self.volume)
        self.viewer.volume3d.reset()

    # ---------------------------------------------------------------- status
    def _show_probe(self, xyz, value) -> None:
        if xyz is None:
            self.probe_label.clear()
            return
        units = f" {self.volume.units}" if self.volume is not None and self.volume.units else ""
        val = "—" if value is None else f"{value:.0f}{units}"
        self.probe_label.setText(f"({xyz[0]:.1f}, {xyz[1]:.1f}, {xyz[2]:.1f}) mm LPS   {val}")

    def _show_progress(self, label: str) -> None:
        self.progress.setFormat(f"{label} %v/%m")
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()

    def _on_progress(self, done: int, total: int, label: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _hide_progress(self) -> None:
        busy = any(t is not None and not t.done for t in (self._load_task, self._import_task))
        if not busy:
            self.progress.hide()
            self.cancel_button.hide()

    def cancel_work(self) -> None:
        for task in (self._import_task, self._load_task):
            if task is not None:
                task.cancel.set()

    def _work_failed(self, title: str, message: str) -> None:
        self._hide_progress()
        box = QMessageBox(QMessageBox.Critical, title, message, QMessageBox.Ok, self)
        box.setObjectName("errorBox")
        box.open()
        self.statusBar().showMessage(f"{title}: {message}", 15000)

    # ---------------------------------------------------------------- link
    def attach_link(self, bridge) -> None:
        self.link = bridge
        bridge.state_changed.connect(self._link_state)
        bridge.rtt_changed.connect(self._link_rtt)
        bridge.presence_changed.connect(self._presence)
        bridge.set_aside.connect(self._link_set_aside)
        self._link_status = {"state": "connecting", "rtt": None}
        self._render_link()

    def _link_set_aside(self, room: str, seq: int, reason: str) -> None:
        """An event of a room could not be used (comms.client ``set_aside``): the workstation goes on
        without it; the status bar says which one and why (it is kept in the link store)."""
        self.statusBar().showMessage(f"{room} #{seq}: {reason}", 30000)

    def _link_state(self, state: str) -> None:
        self._link_status["state"] = state
        self._render_link()

    def _link_rtt(self, rtt: float) -> None:
        self._link_status["rtt"] = rtt
        self._render_link()

    def _render_link(self) -> None:
        state, rtt = self._link_status["state"], self._link_status["rtt"]
        colours = {"online": "#1a7f37", "degraded": "#b58100", "connecting": "#6e7781"}
        text = self.tr("Hub: %1").replace("%1", link_state_name(state))
        if rtt is not None and state in ("online", "degraded"):
            text += f" · {rtt:.0f} ms"
        self.link_label.setText(text)
        self.link_label.setStyleSheet(f"color: {colours.get(state, '#cf222e')}; font-weight: bold")
        self._size_link_label()

    def _size_link_label(self) -> None:
        """The link label is as wide as its longest form in this language (any state, with a
        four-digit round trip), so "· NN ms" appearing never cuts it before the bar lays out again."""
        from PySide6.QtGui import QFont, QFontMetrics

        font = QFont(self.link_label.font())
        font.setBold(True)
        metrics = QFontMetrics(font)
        forms = [self.tr("Hub: not connected"), self.link_label.text()]
        forms += [self.tr("Hub: %1").replace("%1", link_state_name(s)) + " · 9999 ms" for s in LINK_STATE_NAMES]
        margins = self.link_label.contentsMargins()
        self.link_label.setMinimumWidth(max(metrics.horizontalAdvance(f) for f in forms)
                                        + margins.left() + margins.right() + 2 * self.link_label.margin() + 4)

    def _presence(self, room: str, members) -> None:
        names = [f"{m.name} ({m.hospital}, {m.country})" for m in members if m.online]
        self.presence_label.setText(self.tr("Online: %1").replace("%1", ", ".join(names)) if names else "")

    def retranslate_ui(self) -> None:
        """The interface language changed (ui.common.i18n retranslates the fixed texts): the link line."""
        if self.link is not None:
            self._render_link()
        else:
            self._size_link_label()

    def attach_consult(self, controller) -> None:
        """The MDT consult panel (needs the link)."""
        self.consult = controller
        dock = self._add_dock(self.tr("MDT consult"), "consultDock", controller.panel, Qt.RightDockWidgetArea, 340)
        self.tabifyDockWidget(self.findChild(QDockWidget, "pacsDock"), dock)
        dock.raise_()
        self.view_menu.addAction(dock.toggleViewAction())
        controller.start()

    def attach_broadcasts(self, controller) -> None:
        """The surgical broadcasts dock (needs the link): watch one, or broadcast (surgeons);
        tabbed with the consult dock, and in the View menu."""
        self.broadcasts = controller
        dock = self._add_dock(self.tr("Broadcasts"), "broadcastDock", controller.panel, Qt.RightDockWidgetArea, 480)
        consult = self.findChild(QDockWidget, "consultDock")
        if consult is not None:
            self.tabifyDockWidget(consult, dock)
            consult.raise_()
        self.view_menu.addAction(dock.toggleViewAction())
        controller.start()

    def attach_referrals(self, controller) -> None:
        """The referrals dock (ui.referrals.panel: worklist, send, report), tabbed with the right-hand docks."""
        self.referrals = controller
        dock = self._add_dock(self.tr("Referrals"), "referralsDock", controller.panel, Qt.RightDockWidgetArea, 480)
        others = [d for d in (self.findChild(QDockWidget, n) for n in ("consultDock", "broadcastDock")) if d]
        if others:
            self.tabifyDockWidget(others[-1], dock)
            others[0].raise_()
        self.view_menu.addAction(dock.toggleViewAction())
        controller.start()

    def attach_courses(self, controller) -> None:
        """The courses dock (ui.courses.panel): the catalogue, the course player (case lessons and image
        questions use this window's viewer) and, for coordinators, the cohort progress; tabbed with
        the other right-hand docks, and in the View menu. Works without the link (offline)."""
        self.courses = controller
        dock = self._add_dock(self.tr("Courses"), "coursesDock", controller.panel, Qt.RightDockWidgetArea, 480)
        others = [d for d in (self.findChild(QDockWidget, n) for n in ("consultDock", "broadcastDock")) if d]
        if others:
            self.tabifyDockWidget(others[-1], dock)
            others[0].raise_()  # the consult stays in front, as before
        self.view_menu.addAction(dock.toggleViewAction())
        controller.start()

    def _add_dock(self, title: str, name: str, widget, area, width: int) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        # In a scroll area: a dock narrower than its content scrolls instead of taking room from the images.
        scroll = QScrollArea(objectName=f"{name}Scroll", widgetResizable=True, frameShape=QFrame.NoFrame)
        scroll.setWidget(widget)
        dock.setWidget(scroll)
        dock.setFeatures(QDockWidget.DockWidgetMovable | QDockWidget.DockWidgetFloatable
                         | QDockWidget.DockWidgetClosable)  # closed: back from the View menu
        self.addDockWidget(area, dock)
        self.resizeDocks([dock], [self.dock_width()], Qt.Horizontal)
        return dock

    def dock_width(self) -> int:
        """The dock column's default width: 23 % of the window, 300..480 px."""
        return int(min(480, max(300, 0.23 * self.width())))

    @staticmethod
    def layout_path() -> Path:
        from workstation.settings import home

        return home() / "window-layout.ini"

    def _layout_store(self):
        from PySide6.QtCore import QSettings

        return QSettings(str(self.layout_path()), QSettings.IniFormat)

    def save_layout(self) -> None:
        """Remember which docks are open, where, and how wide (restored when the window opens)."""
        try:
            store = self._layout_store()
            store.setValue("docks", self.saveState(DOCK_LAYOUT_VERSION))
            store.sync()
        except Exception as exc:  # a read-only home must not stop closing the window
            log.warning("could not save the window layout: %s", exc)

    def restore_layout(self) -> bool:
        """The docks as the user left them; False (the default layout) when none was saved or the
        saved one is unusable."""
        state = self._layout_store().value("docks")
        try:
            return bool(state) and self.restoreState(state, DOCK_LAYOUT_VERSION)
        except (TypeError, ValueError):
            return False

    def showEvent(self, ev):
        super().showEvent(ev)
        if not getattr(self, "_layout_restored", False):
            self._layout_restored = True
            if not self.restore_layout():
                docks = [d for d in self.findChildren(QDockWidget) if self.dockWidgetArea(d) == Qt.RightDockWidgetArea]
                if docks:
                    self.resizeDocks(docks[:1], [self.dock_width()], Qt.Horizontal)
        QTimer.singleShot(0, self._full_dock_tabs)

    def _full_dock_tabs(self) -> None:
        """Dock tabs show their whole titles ("Studies", not "St…") and scroll when they do not fit."""
        from PySide6.QtWidgets import QTabBar

        for bar in self.findChildren(QTabBar):
            if bar.parent() is self:  # the dock areas' tab bars, not the panels' own tabs
                bar.setElideMode(Qt.ElideNone)
                bar.setUsesScrollButtons(True)

    # ---------------------------------------------------------------- shutdown
    def closeEvent(self, ev):
        self.save_layout()
        self.cine.stop()
        self.cancel_work()
        if getattr(self, "consult", None) is not None and self.consult.session is not None:
            self.consult.leave()
        if getattr(self, "broadcasts", None) is not None:
            self.broadcasts.shutdown()  # its media and recording close in tasks that cancel_all waits for
        if getattr(self, "courses", None) is not None:
            self.courses.shutdown()
        from ui.common.qthreading import cancel_all

        cancel_all()
        if self.link is not None:
            self.link.stop()
        if self.compare_view is not None:
            self.compare_view.close()
        self.viewer.close_vtk()
        super().closeEvent(ev)
