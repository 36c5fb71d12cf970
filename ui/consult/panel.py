"""The MDT consult in the reading-room window: the consult list, joining, presenter and follow,
sharing and pre-fetching cases, annotations and laser pointers through the hub, chat and
conclusions.

``ConsultController`` wires a ``comms.consult.ConsultSession`` to the window: the session's
events are applied on the GUI thread (:class:`ui.common.qthreading.GuiDispatcher`), the presenter's view
changes go out as view state (never pixels), and a follower's view follows the presenter until
they look around alone.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from comms.consult import KEEP, ConsultDirectory, ConsultSession, NeedsConfirmation, Profile, new_consult_id
from render.annotations import owner_color
from workstation.policy import ROLES, Access, PolicyError, effective_rights, is_moderator, room_role
from workstation.viewstate import Follow, ViewState

from ui.common.i18n import core_message, role_name
from ui.common.qthreading import GuiDispatcher, Task

log = logging.getLogger(__name__)

LANGUAGES = (("en", "English"), ("zh", "中文"), ("vi", "Tiếng Việt"), ("th", "ไทย"), ("lo", "ລາວ"), ("km", "ខ្មែរ"))
VIEW_KEYS = ("position", "window", "level", "zoom", "pan", "layout", "active_view", "slab_mm", "slab_mode",
             "volume_preset", "crop")
CAMERA_KEYS = ("position", "focal_point", "view_up", "parallel_scale")


def _plain(value):
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    return value


class ConsultController(QObject):
    joined = Signal(str)  # room
    state_updated = Signal()

    def __init__(self, window, bridge, bundle: dict, workdir: Path, keys_path: Path):
        super().__init__(window)
        self.window = window
        self.bridge = bridge
        self.client = bridge.client
        self.bundle = bundle
        self.profile = Profile.from_bundle(bundle)
        self.workdir = Path(workdir)
        self.keys_path = Path(keys_path)
        self.dispatch = GuiDispatcher()
        self.directory = ConsultDirectory(self.client, dispatch=self.dispatch)
        self.session: ConsultSession | None = None
        self.case_id: str | None = None  # the case open in the window
        self.follow_state = Follow()  # measuring keeps following; looking around alone leaves it
        self._applying = False
        self._pending_view = None
        # At the hospital that shared a case: its shared (de-identified) series UID -> the original
        # series it presents from (the shared copy is for the others); also the window's alias.
        self._originals: dict[str, str] = {}
        self._not_ours: set[str] = set()
        window.series_alias = {}
        window.sop_alias = {}  # ... and of its images: original SOP Instance UID -> the shared copy's
        #: the consult's call (ui.consult.videocall.VideoCallLauncher, WebRTC through the hub's Janus):
        #: voice only (``Voice``, no window) or with cameras (``Video call``, its own window)
        self.video_call = None
        self.exported_dicom: list[Path] = []  # SR, KOS, key image SCs of the last export: "Send to PACS"
        self.last_store_report = None  # workstation.dicom.pacs.StoreReport of the last sending
        self.panel = ConsultPanel(self)
        st = window.state
        st.events.connect(self._local_view_changed)
        st.camera.events.connect(self._local_camera_changed)
        for view in window.viewer.views.values():
            view.activated.connect(self._user_interacted)
        for name in ("window_combo", "layout_combo", "slab_combo", "slab_mode_combo", "preset_combo"):
            combo = getattr(window, name, None)  # the user's own choice in the toolbar is looking around too
            if combo is not None:
                combo.activated.connect(self._user_interacted)
        window.volume_loaded.connect(self._volume_loaded)
        window.images_opened.connect(self._images_opened)
        window.comparison_changed.connect(lambda msg: self._publish_view({}, compare=msg))
        # the presenter's volume of a 4-D series (slider or cine) travels with the view
        window.volume_bar.volume_chosen.connect(lambda t: self._publish_view({}, volume=t))
        bridge.presence_changed.connect(lambda room, _m: self.session is not None and room == self.session.room
                                        and self.panel.refresh_meeting())
        bridge.state_changed.connect(lambda _s: self.panel.apply_rights())
        # the hub refused or cut us from a room: say why (link thread -> GUI thread)
        self.client.room_refused.connect(lambda room, reason: self.dispatch(lambda: self._room_refused(room, reason)))

    def start(self) -> None:
        self.directory.subscribe(self.panel.refresh_directory)
        self.panel.apply_rights()
        if self.may("join"):
            self.directory.open()

    def may(self, action: str) -> bool:
        """May this user "create" or "join" consults (the rights the hub sent in Welcome; before
        them, the enrolment role under the same policy)?"""
        rights = self.client.rights or effective_rights(self.profile.role)
        if action == "create":
            return "consult" in rights.get("create", ())
        return "consult" in rights.get("join", {})

    def _room_refused(self, room: str, reason: str) -> None:
        """The hub refused us this consult (not invited, role) or removed us: back to the list, with why."""
        if self.session is not None and self.session.room == room:
            self._stop_voice()
            self.session.close()
            self.session = None
            self.case_id = None
            self.panel.show_directory()
        if room.startswith("consult-") or room == self.directory.directory:
            said = core_message(reason)  # the hub's reason, in the interface language
            self.panel.show_notice(said)
            self.window.statusBar().showMessage(said, 15000)

    # ------------------------------------------------------------------ consult lifecycle
    @property
    def state(self):
        return self.session.state if self.session is not None else None

    def _open_session(self, room: str) -> ConsultSession:
        if self.session is not None:
            self.close_session()
        s = ConsultSession(self.client, room, self.profile, self.workdir / "consults", dispatch=self.dispatch)
        s.state.changed.connect(lambda *_: self._state_changed())
        s.state.view_changed.connect(lambda *_: self._follow())
        s.state.presenter_changed.connect(lambda *_: self._state_changed())
        s.state.pointer_moved.connect(lambda *_: self._show_pointers())
        s.state.chat_received.connect(self.panel.add_chat)
        self.session = s
        self.follow_state.set(True)
        return s

    def create(self, title: str, agenda: list[dict], scheduled: float | None = None,
               access: dict | None = None) -> str:
        """``access``: who may see and join it (workstation.policy.Access as a dict); None: my hospital."""
        room = new_consult_id()
        s = self._open_session(room)
        s.create(title, time.time() if scheduled is None else scheduled, agenda=agenda,
                 participants=[{"user": self.profile.user_id, "name": self.profile.name,
                                "hospital": self.profile.hospital}], access=access)
        self.joined.emit(room)
        self.panel.show_meeting()
        return room

    def join(self, room: str) -> None:
        s = self._open_session(room)
        s.join()
        self.joined.emit(room)
        self.panel.show_meeting()

    def leave(self) -> None:
        if self.session is not None:
            self.session.leave()
        self.close_session()
        self.panel.show_directory()

    def close_session(self) -> None:
        self._stop_voice()
        if self.session is not None:
            self.session.close()
        self.session = None
        self.case_id = None
        w = self.window
        from workstation.annotations import AnnotationSet

        w.use_annotation_set(AnnotationSet("local"), w._apply_local_op,
                             ("local", QCoreApplication.translate("MainWindow", "Me"), "specialist"))
        w.publish_pointer = w._show_local_pointer
        w.show_pointers({})

    def _state_changed(self) -> None:
        self.panel.refresh_meeting()
        self.state_updated.emit()

    # ------------------------------------------------------------------ voice
    def set_voice(self, on: bool, source=None) -> bool:
        """Talk and listen in the consult: its call without a camera and without a window (the
        same WebRTC call as ``Video call``: Opus with FEC through the hub's Janus). ``source``
        replaces the microphone (a tone or a WAV file for demos and tests). Returns whether the
        call is being joined; a refusal or failure is said in the status bar."""
        if not on or self.session is None:
            self._stop_voice()
            self.panel.refresh_voice()
            return False
        if self.video_call is None:
            self.start_video_call(audio_source=source, camera=False, show=False)
        self.panel.refresh_voice()
        return True

    @property
    def call(self):
        """The consult's running call (comms.webrtc.call.CallSession), None before it is joined."""
        return self.video_call.widget.call if self.video_call is not None and self.video_call.widget else None

    def set_muted(self, muted: bool) -> None:
        if self.call is not None:
            self.call.set_muted(muted)

    def start_video_call(self, audio_source=None, video_source=None, camera: bool = True, show: bool = True):
        """Join the consult's call (cameras and voices through the hub's Janus); with ``show`` its
        window opens once connected (a voice-only call joined with ``Voice`` is left for this one);
        a refusal or failure is said in the status bar."""
        if self.session is None:
            return None
        from ui.consult.videocall import VideoCallLauncher

        self._stop_voice()
        launcher = self.video_call = VideoCallLauncher(
            self.client, self.session.room, self.profile.name, audio_source=audio_source,
            video_source=video_source, camera=camera, parent=self)
        if show:
            launcher.opened.connect(self._show_video_call)
        launcher.opened.connect(lambda widget: self._call_opened(launcher, widget))
        launcher.failed.connect(lambda reason: self._call_failed(launcher, reason))
        launcher.start()
        return launcher

    def _call_opened(self, launcher, widget) -> None:
        widget.left.connect(lambda _reason: self._call_ended(launcher))
        self.panel.refresh_voice()

    def _call_ended(self, launcher) -> None:
        """The call ended under us (the hub took the grant back, the media server went away)."""
        if self.video_call is launcher:
            self.video_call = None
            self.panel.refresh_voice()

    def _call_failed(self, launcher, reason: str) -> None:
        if self.video_call is launcher:
            self.video_call = None
        self.window.statusBar().showMessage(self.tr("Video call unavailable: %1").replace("%1", reason), 15000)
        self.panel.refresh_voice()

    def _show_video_call(self, widget) -> None:
        widget.setParent(self.window, Qt.Window)
        widget.resize(720, 480)
        widget.show()

    def _stop_voice(self) -> None:
        """Leave the consult's call (voice only or with cameras); the hub also takes the grant back
        when we leave the room."""
        launcher, self.video_call = self.video_call, None
        if launcher is not None:
            launcher.stop()

    # ------------------------------------------------------------------ presenter and follow
    @property
    def is_presenter(self) -> bool:
        return self.session is not None and self.session.is_presenter

    @property
    def following(self) -> bool:
        return self.follow_state.following

    def set_following(self, on: bool) -> None:
        self.follow_state.set(on)
        self.panel.refresh_meeting()
        if on:
            self._follow()

    def _user_interacted(self, *_):
        # A press or wheel in a view: a view change right after it is the participant's own.
        # Drawing a measurement changes no view, so the participant keeps following.
        if self.session is not None and not self.is_presenter and self.state.presenter:
            self.follow_state.touched()

    def _looked_around(self, key: str) -> None:
        """A local view change: the follower who changed the view by hand leaves follow, and is told
        how to come back (one tick of "Follow the presenter")."""
        if self._applying or self._pending_view is not None or self.session is None or self.is_presenter \
                or not self.state.presenter or not self.follow_state.view_changed(key):
            return
        self.panel.refresh_meeting()
        self.window.statusBar().showMessage(
            self.tr("You stopped following the presenter to look around alone. Tick \"Follow the presenter\" "
                    "in the consult panel to rejoin."), 15000)

    def _follow(self) -> None:
        st = self.state
        if st is None or not self.following or self.is_presenter or not st.followed.case_id:
            return
        fv = st.followed
        w = self.window
        local = self.local_series(fv.series_uid)
        if fv.series_uid and local != w.state.series_uid:
            if local is not None:
                self._pending_view = fv
                self.case_id = fv.case_id
                w.open_series(local)
            else:
                w.statusBar().showMessage(self.tr("The presenter's case is not downloaded yet: Download cases"), 10000)
            return
        self.case_id = fv.case_id
        self._use_case_annotations()
        self.apply_view(fv.view)
        w.show_comparison(w.state.series_uid, fv.compare)  # the presenter's comparison with a prior, if any
        self._follow_volume(fv.volume)

    def _follow_volume(self, t: int) -> None:
        """The presenter's volume of a 4-D series: the volume bar follows (and so every view)."""
        self._applying = True
        try:
            self.window.volume_bar.go(t)
        finally:
            self._applying = False

    def apply_view(self, view: dict) -> None:
        st: ViewState = self.window.state
        self._applying = True
        try:
            for key in VIEW_KEYS:
                if key in view and view[key] is not None or key == "crop" and key in view:
                    value = view[key]
                    setattr(st, key, tuple(value) if isinstance(value, list) else value)
            cam = view.get("camera") or {}
            for key in CAMERA_KEYS:
                if key in cam:
                    value = cam[key]
                    setattr(st.camera, key, tuple(value) if isinstance(value, list) else value)
        finally:
            self._applying = False

    def _volume_loaded(self, volume) -> None:
        if self.session is None:
            return
        self._images_opened(None)
        if self._pending_view is not None \
                and self.local_series(self._pending_view.series_uid) == self.window.state.series_uid:
            fv, self._pending_view = self._pending_view, None
            self.apply_view(self.state.followed.view if self.state.followed.series_uid == fv.series_uid else fv.view)
            self.window.show_comparison(self.window.state.series_uid, self.state.followed.compare
                                        if self.state.followed.series_uid == fv.series_uid else fv.compare)
            self._follow_volume(self.state.followed.volume
                                if self.state.followed.series_uid == fv.series_uid else fv.volume)
        elif self.is_presenter:
            self.publish_full_view()

    def _images_opened(self, stack) -> None:
        """A case's series opened (2-D images, or a volume: ``_volume_loaded``): annotate in the
        case's set."""
        if self.session is None:
            return
        case = self._case_of_series(self.shared_series(self.window.state.series_uid))
        if case is not None:
            self.case_id = case
        self._use_case_annotations()

    def local_series(self, series_uid: str) -> str | None:
        """The series this workstation shows for a case's shared series: the downloaded copy, or, at
        the hospital that shared it, its own original series (its key store maps the shared UID
        back); None when neither is here."""
        if not series_uid:
            return None
        if series_uid in self._originals:
            return self._originals[series_uid]
        if self.window.catalog.instances(series_uid):
            return series_uid
        if series_uid in self._not_ours:
            return None
        found = self._original_series(series_uid)
        if found is None:
            self._not_ours.add(series_uid)
            return None
        self._originals[series_uid] = found[0]
        self.window.series_alias[found[0]] = series_uid  # annotations on the original go out as the shared series
        self._alias_images(found[0])
        return found[0]

    def _alias_images(self, original_series: str) -> None:
        """Annotations on 2-D images name the image: those drawn here on the original go out with
        the shared copy's SOP Instance UID, and the others' (on the shared copy) show on the original."""
        from workstation.deid import Deidentifier

        w = self.window
        with Deidentifier(self.keys_path) as keys:
            for inst in w.catalog.instances(original_series):
                shared = keys.replacement_uid(inst.sop_uid)
                w.sop_alias[inst.sop_uid] = shared
                w.viewer.image_view.measurements.aliases[shared] = inst.sop_uid

    def shared_series(self, local_uid: str) -> str:
        """The case series UID the others know for the series this window shows."""
        return self.window.series_alias.get(local_uid, local_uid)

    def _case_of_series(self, series_uid: str) -> str | None:
        for case_id, case in self.state.cases.items():
            if any(s.series_uid == series_uid for s in case.series):
                return case_id
        return None

    def _use_case_annotations(self) -> None:
        st = self.state
        if st is None or self.case_id not in st.cases:
            return
        case_id = self.case_id
        w = self.window
        w.use_annotation_set(st.cases[case_id].annotations, lambda op: self.session.annotate(case_id, op),
                             (self.profile.user_id, self.profile.name, self.profile.role))
        w.publish_pointer = lambda view, where: self._publish_pointer(case_id, view, where)

    def _publish_pointer(self, case_id: str, view: str, where) -> None:
        """The laser pointer to the others: a point on a 2-D image names the case's copy of it (the
        shared, de-identified image when this hospital shows its original)."""
        from workstation.annotations.image import ImagePoint

        if isinstance(where, ImagePoint):
            shared = self.window.sop_alias.get(where.sop_instance_uid, where.sop_instance_uid)
            self.session.point(case_id, view, where.point, shared, where.frame_number)
        else:
            self.session.point(case_id, view, where)

    def _local_view_changed(self, info) -> None:
        name = info.signal.name
        if name in VIEW_KEYS:
            self._looked_around(name)
            self._publish_view({name: _plain(info.args[0])})

    def _local_camera_changed(self, info) -> None:
        self._looked_around("camera")
        self._publish_view({"camera": {k: _plain(getattr(self.window.state.camera, k)) for k in CAMERA_KEYS}})

    def _publish_view(self, changes: dict, compare=KEEP, volume=KEEP) -> None:
        if self._applying or not self.is_presenter or self.case_id is None or not self.window.state.series_uid:
            return
        self.session.publish_view(self.case_id, self.shared_series(self.window.state.series_uid), changes,
                                  compare=compare, volume=volume)

    def publish_full_view(self) -> None:
        st = self.window.state
        view = {k: _plain(getattr(st, k)) for k in VIEW_KEYS}
        view["camera"] = {k: _plain(getattr(st.camera, k)) for k in CAMERA_KEYS}
        self._publish_view(view, compare=self.window.comparison_message(), volume=self.window.volume_bar.current())

    def _show_pointers(self) -> None:
        st = self.state
        now = time.time()
        pointers = {}
        from workstation.annotations.image import ImagePoint

        for user, p in st.pointers.items():
            if p.position is not None and p.case_id == self.case_id and now - p.time < 10:
                # on a 2-D image: the case's copy's UID, shown on this hospital's own copy (the image
                # view maps it, as the annotations); in a volume: patient mm
                where = ImagePoint(p.sop_instance_uid, p.frame_number, tuple(p.position)) \
                    if p.sop_instance_uid else p.position
                pointers[user] = (where, owner_color(user), st.display_name(user))
        self.window.show_pointers(pointers)

    # ------------------------------------------------------------------ cases
    def share_open_study(self, case_id: str, confirmed=()) -> Task | None:
        """De-identify and share the series open in the window as ``case_id`` (in the background)."""
        w = self.window
        if not w.state.series_uid:
            QMessageBox.information(w, self.tr("Share"), self.tr("Open the study to share first."))
            return None
        files = [inst.path for inst in w.catalog.instances(w.state.series_uid)]
        item = self.state.agenda_item(case_id)
        from workstation.deid import Deidentifier

        # No title when the agenda is not known here yet: the agenda's title stays the case's title.
        # The de-identified copy is not imported here: this hospital presents its own original series.
        def work(progress, cancel):
            with Deidentifier(self.keys_path) as keys:
                return self.session.share_case(case_id, files, keys, title=item.title if item else "",
                                               question=item.question if item else "",
                                               referring_hospital=self.profile.hospital, confirmed=confirmed,
                                               progress=progress, cancel=cancel)

        task = Task(work)
        w._show_progress(self.tr("Sharing"))
        task.progress.connect(w._on_progress)
        task.finished.connect(lambda _: (w._hide_progress(), w.browser.refresh(), self.panel.refresh_meeting(),
                                         w.statusBar().showMessage(self.tr("Case shared (de-identified)"), 8000)))
        task.failed.connect(lambda msg: self._share_failed(case_id, msg, task))
        task.cancelled.connect(w._hide_progress)
        self._share_task = task
        return task.start()

    def _share_failed(self, case_id: str, message: str, task) -> None:
        w = self.window
        w._hide_progress()
        error = getattr(task, "error", None)
        if isinstance(error, NeedsConfirmation):
            box = QMessageBox(QMessageBox.Warning, self.tr("Burned-in text?"),
                              self.tr("Some images may show patient details burned into the pixels. Look at "
                                      "them before sending. Send them anyway?"),
                              QMessageBox.Yes | QMessageBox.No, w)
            box.setObjectName("confirmBurnedIn")
            box.setDetailedText("\n".join(f"{h.source.name}: {core_message(h.reason)}" for h in error.held))
            sops = {h.sop_instance_uid for h in error.held}
            box.accepted.connect(lambda: self.share_open_study(case_id, confirmed=sops))
            box.open()
            return
        w._work_failed(self.tr("Could not share the case"), core_message(error) if error is not None else message)

    def fetch_all(self) -> Task:
        w = self.window

        def work(progress, cancel):
            return self.session.prefetch(w.catalog, progress=progress, cancel=cancel)

        task = Task(work)
        w._show_progress(self.tr("Downloading cases"))
        task.progress.connect(w._on_progress)
        task.finished.connect(lambda _: (w._hide_progress(), w.browser.refresh(), self.panel.refresh_meeting(),
                                         self._follow()))
        task.failed.connect(lambda msg: w._work_failed(self.tr("Could not download the cases"), msg))
        task.cancelled.connect(w._hide_progress)
        self._fetch_task = task
        return task.start()

    def open_case(self, case_id: str) -> None:
        case = self.state.cases.get(case_id)
        if case is None or not case.series:
            return
        uid = self.local_series(case.series[0].series_uid)
        if uid is None:
            self.window.statusBar().showMessage(self.tr("Download the case first"), 8000)
            return
        self.case_id = case_id
        if uid == self.window.state.series_uid:
            self._volume_loaded(self.window.volume)  # already open (the sharer's own original)
            return
        self.window.open_series(uid)


    # ------------------------------------------------------------------ after the meeting
    def export_case(self, case_id: str, out_dir: Path) -> Task | None:
        """The consult report (PDF, key images with annotations burned in), the measurements as a
        DICOM SR (TID 1500) and the key images as a Key Object Selection (+ the annotated key images
        as secondary captures when "Key images as DICOM" is ticked) of the case open in the window,
        written at this hospital. The hospital that shared the case and still holds the original
        series writes the DICOM objects against it (real patient and study, for its own PACS);
        others write them against the shared, de-identified copy."""
        import copy

        import cv2

        from render.annotations import render_key_image
        from workstation.kos import KeyRender

        w = self.window
        st = self.state
        case = st.cases.get(case_id) if st is not None else None
        shown_uid = self.shared_series(w.state.series_uid)  # the case's series, for the original shown here
        if case is None or (w.volume is None and w.images is None) \
                or not any(s.series_uid == shown_uid for s in case.series):
            w._work_failed(self.tr("Export"), self.tr("Open the case's series first."))
            return None
        volume = w.volume
        shown = [a for a in case.annotations if not a.deleted]
        # Key images (GUI thread: VTK renders): one per annotated slice, else the current view.
        key_images, renders, seen = [], [], set()
        measured_images = set()  # the files of the 2-D images measured (read whole: ROI statistics)
        if volume is None:  # 2-D images (radiograph, ultrasound): one key image per annotated frame
            key_images, measurements, measured_images, renders = self._image_key_images(
                case, shown, self.panel.key_images_sc.isChecked())
        for ann in (shown or [None]) if volume is not None else ():
            view_state = copy.deepcopy(w.state)
            if ann is not None:
                view_state.position = tuple(float(v) for v in ann.points[0])
                slice_key = round(ann.points[0][2], 1)
                if slice_key in seen:
                    continue
                seen.add(slice_key)
            img = render_key_image(volume, view_state, "axial", shown, size=(512, 512),
                                   measurements=w.annotation_measurements)
            ok, png = cv2.imencode(".png", img[:, :, ::-1])
            caption = f"{case.title} — z {view_state.position[2]:.1f} mm"
            key_images.append((png.tobytes(), caption))
            renders.append(KeyRender(img, tuple(view_state.position), caption, "axial"))
            if len(key_images) >= 4:
                break
        if volume is not None:
            measurements = [w.annotation_measurements[a.id] for a in shown if a.id in w.annotation_measurements]
        files = [inst.path for inst in w.catalog.instances(w.state.series_uid)]
        originals = (w.state.series_uid, files) if shown_uid != w.state.series_uid \
            else self._original_series(w.state.series_uid)  # (uid, files) at the sharing hospital
        position = tuple(float(v) for v in w.state.position)
        as_sc = self.panel.key_images_sc.isChecked()
        out_dir = Path(out_dir)
        to_local = dict(w.viewer.image_view.measurements.aliases)  # a shared image's UID -> our original's

        def work(progress, cancel):
            import pydicom

            from workstation.deid import Deidentifier
            from workstation.kos import export_key_objects
            from workstation.report import write_case_report
            from workstation.sr import Observer, export_sr

            out_dir.mkdir(parents=True, exist_ok=True)
            patient = None
            if self.keys_path.exists():  # only the sending hospital can put the name back
                with Deidentifier(self.keys_path) as keys:
                    try:
                        patient = keys.reidentify(case.pseudonym).patient_name
                    except KeyError:
                        patient = None
            pdf = write_case_report(st, case_id, out_dir / f"{case_id}-report.pdf", key_images, measurements,
                                    hospital_name=self.profile.hospital, patient_name=patient)
            progress(1, 3, "report")
            written = [pdf]
            observer = Observer(name=self.profile.name + "^", hospital=self.profile.hospital,
                                login=self.profile.user_id)
            anns = shown
            if originals is not None:  # our own patient: the objects go with the original series
                anns = [a.replace(series_uid=originals[0], sop_instance_uid=to_local.get(a.sop_instance_uid,
                                                                                         a.sop_instance_uid))
                        for a in shown]
            headers = [pydicom.dcmread(f, stop_before_pixels=str(f) not in measured_images)
                       for f in (originals[1] if originals else files)]
            if shown:
                written.append(export_sr(anns, volume, headers, observer, out_dir / f"{case_id}-measurements-sr.dcm"))
            progress(2, 3, "SR")
            if volume is not None or shown or renders:  # (2-D images: the annotated ones, else the one shown)
                written += export_key_objects(anns, headers, out_dir, stem=f"{case_id}-key-images", observer=observer,
                                              description=case.title, renders=renders if as_sc else (),
                                              current_position=position if volume is not None else None,
                                              institution_name=self.profile.hospital)
            progress(3, 3, "key images")
            return written

        task = Task(work)
        w._show_progress(self.tr("Exporting"))
        task.progress.connect(w._on_progress)
        task.finished.connect(lambda paths: self._exported(paths))
        task.failed.connect(lambda msg: w._work_failed(self.tr("Could not export the case"), msg))
        self._export_task = task
        return task.start()

    def _image_key_images(self, case, shown, as_sc: bool = False) -> tuple[list, list, set, list]:
        """(key images, measurements, measured files, secondary captures) of a case's 2-D images:
        each annotated frame (at most 4) with its annotations burned in, as the 2-D view draws them;
        the current frame when nothing is annotated. With ``as_sc`` each is also drawn at the
        frame's own size (``KeyRender`` naming the image) for a secondary capture."""
        import cv2

        from render.image_annotations import key_image_size, render_image_key_image
        from workstation.annotations import GeometryError, MeasuredImage, kind_of, measure_on_image
        from workstation.annotations.image import annotated_frames
        from workstation.dicom.display import DisplayError, ImageSource
        from workstation.kos import KeyRender

        w = self.window
        stack = w.images
        frames = annotated_frames(shown, stack.records, w.viewer.image_view.measurements.aliases)
        if not frames:
            record, frame = stack.records[stack.items[stack.index][0]], stack.items[stack.index][1]
            frames = [(record, frame, [])]
        key_images, measurements, files, renders = [], [], set(), []
        for record, frame, anns in frames:
            try:
                source = ImageSource(record.path)
                image = MeasuredImage.from_source(source, frame)
                shown_frame = source.render(frame)
            except DisplayError as exc:
                log.warning("key image of %s not made: %s", record.path, exc)
                continue
            local = source.header.sop_instance_uid
            ms = {}
            for a in anns:
                try:
                    if kind_of(a).measures:
                        ms[a.id] = measure_on_image(a.replace(sop_instance_uid=local), image)
                except GeometryError:
                    pass
            measurements += ms.values()
            files.add(str(record.path))
            if len(key_images) < 4:
                drawn = [a.replace(sop_instance_uid=local) for a in anns]
                img = render_image_key_image(shown_frame, drawn, ms, image)
                ok, png = cv2.imencode(".png", img[:, :, ::-1])
                where = f" — frame {frame + 1}" if source.header.frames > 1 else ""
                caption = f"{case.title} — {source.header.modality or 'image'}{where}"
                key_images.append((png.tobytes(), caption))
                if as_sc:  # the PACS copy: the frame at its own size, as render-png writes it
                    full = render_image_key_image(shown_frame, drawn, ms, image,
                                                  size=key_image_size(source.header))
                    renders.append(KeyRender(full, (0.0, 0.0, 0.0), caption, "image", local))
        return key_images, measurements, files, renders

    def _original_series(self, series_uid: str) -> tuple[str, list] | None:
        """(original series UID, its files) when this hospital shared the case (its key store maps
        the shared series back) and the original series is still in the local catalog; else None."""
        if not self.keys_path.exists():
            return None
        from workstation.deid import Deidentifier

        with Deidentifier(self.keys_path) as keys:
            try:
                original = keys.original_uid(series_uid)
            except KeyError:
                return None
        files = [inst.path for inst in self.window.catalog.instances(original)]
        return (original, files) if files else None

    def _exported(self, paths) -> None:
        w = self.window
        w._hide_progress()
        self.exported_dicom = [Path(p) for p in paths if str(p).endswith(".dcm")]
        self.panel.send_pacs_button.setEnabled(bool(self.exported_dicom))
        w.statusBar().showMessage(self.tr("Written: %1").replace("%1", ", ".join(str(p) for p in paths)), 15000)

    def send_to_pacs(self, node=None) -> Task | None:
        """C-STORE (or STOW-RS) the DICOM objects of the last export (SR, KOS, key images) to
        ``node`` (default: the PACS chosen in the PACS tab); the outcome per file is reported."""
        from workstation.dicom.pacs import store

        w = self.window
        node = node or w.pacs.current_node()
        if node is None:
            w._work_failed(self.tr("Send to PACS"), self.tr("No PACS is configured: add one to the settings (pacs_nodes)."))
            return None
        if not self.exported_dicom:
            w._work_failed(self.tr("Send to PACS"), self.tr("Export the case first (Report + SR…)."))
            return None
        files = list(self.exported_dicom)
        task = Task(lambda progress, cancel: store(node, files, progress=progress, cancel=cancel))
        w._show_progress(self.tr("Sending to PACS"))
        task.progress.connect(w._on_progress)

        def done(report) -> None:
            w._hide_progress()
            self.last_store_report = report
            if report.complete:
                w.statusBar().showMessage(report.summary(), 15000)
            else:
                w._work_failed(self.tr("Send to PACS"), report.summary())

        task.finished.connect(done)
        task.failed.connect(lambda msg: w._work_failed(self.tr("Could not send to the PACS"), msg))
        self._store_task = task
        return task.start()


class NewConsultDialog(QDialog):
    """Title, time and agenda of a new consult (one case per agenda line), and who is invited:
    my hospital (ticked), other hospitals and people by user id, whole roles (workstation.policy)."""

    def __init__(self, parent=None, my_hospital: str = ""):
        from PySide6.QtCore import QDateTime
        from PySide6.QtWidgets import QDateTimeEdit

        super().__init__(parent)
        self.setWindowTitle(self.tr("New MDT consult"))
        form = QFormLayout(self)
        self.title = QLineEdit(objectName="consultTitle")
        self.when = QDateTimeEdit(QDateTime.currentDateTime().addSecs(3600), objectName="consultTime",
                                  calendarPopup=True)
        self.agenda_text = QPlainTextEdit(objectName="consultAgenda")
        self.agenda_text.setPlaceholderText(self.tr("One case per line: title | question | referring hospital"))
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Time"), self.when)
        form.addRow(self.tr("Agenda"), self.agenda_text)
        self.my_hospital = my_hospital
        self.invite_mine = QCheckBox(self.tr("My hospital (%1)").replace("%1", my_hospital or "?"),
                                     objectName="inviteMyHospital", checked=bool(my_hospital))
        self.invite_mine.setEnabled(bool(my_hospital))
        self.invite_hospitals = QLineEdit(objectName="inviteHospitals")
        self.invite_hospitals.setPlaceholderText(self.tr("Other hospitals, comma-separated"))
        self.invite_users = QLineEdit(objectName="inviteUsers")
        self.invite_users.setPlaceholderText(self.tr("People by user id, comma-separated"))
        roles = QHBoxLayout()
        self.invite_roles = {}
        for role in ROLES:  # whole roles that may take part in a consult (moderators always may)
            if room_role(role, "consult") is not None and not is_moderator(role):
                box = QCheckBox(role_name(role), objectName=f"inviteRole_{role}")
                self.invite_roles[role] = box
                roles.addWidget(box)
        form.addRow(self.tr("Invite"), self.invite_mine)
        form.addRow("", self.invite_hospitals)
        form.addRow("", self.invite_users)
        form.addRow(self.tr("Everyone who is"), roles)
        self.invite_error = QLabel(objectName="inviteError")
        self.invite_error.setWordWrap(True)
        form.addRow(self.invite_error)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def scheduled(self) -> float:
        return self.when.dateTime().toSecsSinceEpoch()

    def access(self) -> dict:
        """Who is invited, as the hub's access list (raises PolicyError when malformed)."""
        def names(edit):
            return [n.strip() for n in edit.text().split(",") if n.strip()]

        hospitals = names(self.invite_hospitals) + ([self.my_hospital] if self.invite_mine.isChecked() else [])
        return Access.parse({"users": names(self.invite_users), "hospitals": hospitals,
                             "roles": [r for r, box in self.invite_roles.items() if box.isChecked()]}).to_dict()

    def _accept(self) -> None:
        try:
            self.access()
        except PolicyError as exc:
            self.invite_error.setText(str(exc))
            return
        self.accept()

    def agenda(self) -> list[dict]:
        items = []
        for line in self.agenda_text.toPlainText().splitlines():
            parts = [p.strip() for p in line.split("|")] + ["", "", ""]
            if parts[0]:
                items.append({"case_id": f"case-{len(items) + 1}", "title": parts[0], "question": parts[1],
                              "referring_hospital": parts[2]})
        return items


class ConsultPanel(QWidget):
    """The consult dock: the consult list, or the meeting once joined."""

    def __init__(self, controller: ConsultController):
        super().__init__()
        self.c = controller
        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.stack)

        # --- the consult list
        d = QWidget()
        dl = QVBoxLayout(d)
        dl.addWidget(QLabel(self.tr("MDT consults")))
        self.consults = QListWidget(objectName="consultList")
        dl.addWidget(self.consults, 1)
        row = QHBoxLayout()
        self.join_button = QPushButton(self.tr("Join"), objectName="joinConsult")
        self.new_button = QPushButton(self.tr("New consult…"), objectName="newConsult")
        row.addWidget(self.join_button)
        row.addWidget(self.new_button)
        dl.addLayout(row)
        self.notice = QLabel(objectName="consultNotice")  # why the hub refused us (not invited, role)
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #b00020")
        self.notice.hide()
        dl.addWidget(self.notice)
        self.join_button.clicked.connect(self._join_selected)
        self.consults.itemDoubleClicked.connect(lambda *_: self._join_selected())
        self.new_button.clicked.connect(self._new_consult)
        self.stack.addWidget(d)

        # --- the meeting
        m = QWidget()
        ml = QVBoxLayout(m)
        self.title = QLabel(objectName="consultHeading")
        self.title.setWordWrap(True)
        ml.addWidget(self.title)
        self.participants = QListWidget(objectName="participants")
        self.participants.setMaximumHeight(130)
        self.participants.setWordWrap(True)  # long names and hospitals wrap: no sideways scrolling
        self.participants.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        ml.addWidget(self.participants)
        row = QGridLayout()  # two by two: the panel stays narrow beside the images
        self.request_button = QPushButton(self.tr("Request"), objectName="requestPresenter")
        self.take_button = QPushButton(self.tr("Take"), objectName="takePresenter")
        self.handover_button = QPushButton(self.tr("Hand over"), objectName="handOver")
        self.release_button = QPushButton(self.tr("Release"), objectName="releasePresenter")
        for i, b in enumerate((self.request_button, self.take_button, self.handover_button, self.release_button)):
            row.addWidget(b, i // 2, i % 2)
        ml.addLayout(row)
        self.request_button.clicked.connect(lambda: self.c.session.request_presenter())
        self.take_button.clicked.connect(lambda: self.c.session.take_presenter())
        self.release_button.clicked.connect(lambda: self.c.session.release_presenter())
        self.handover_button.clicked.connect(self._hand_over)
        row = QHBoxLayout()
        self.voice = QCheckBox(self.tr("Voice"), objectName="voice")
        self.mute = QCheckBox(self.tr("Mute my microphone"), objectName="mute")
        self.voice_status = QLabel(objectName="voiceStatus")
        row.addWidget(self.voice)
        row.addWidget(self.mute, 1)
        ml.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(self.voice_status, 1)
        self.voice_status.setWordWrap(True)
        self.video_call_button = QPushButton(self.tr("Video call"), objectName="videoCall")
        self.video_call_button.clicked.connect(lambda: self.c.start_video_call())
        row.addWidget(self.video_call_button)
        ml.addLayout(row)
        self.voice.toggled.connect(lambda on: on != (self.c.video_call is not None) and self.c.set_voice(on))
        self.mute.toggled.connect(self.c.set_muted)
        from PySide6.QtCore import QTimer

        self._voice_timer = QTimer(self, interval=1000)
        self._voice_timer.timeout.connect(self.refresh_voice)
        self._voice_timer.start()
        self.follow = QCheckBox(self.tr("Follow the presenter"), objectName="followPresenter", checked=True)
        self.follow.toggled.connect(lambda on: on != self.c.following and self.c.set_following(on))
        ml.addWidget(self.follow)

        ml.addWidget(QLabel(self.tr("Cases")))
        self.cases = QListWidget(objectName="cases")
        self.cases.setMaximumHeight(100)
        ml.addWidget(self.cases)
        self.cases.itemDoubleClicked.connect(lambda item: self.c.open_case(item.data(Qt.UserRole)))
        row = QHBoxLayout()
        self.share_button = QPushButton(self.tr("Share open study"), objectName="shareStudy")
        self.fetch_button = QPushButton(self.tr("Download cases"), objectName="fetchCases")
        row.addWidget(self.share_button)
        row.addWidget(self.fetch_button)
        ml.addLayout(row)
        self.share_button.clicked.connect(self._share)
        self.fetch_button.clicked.connect(lambda: self.c.fetch_all())

        ml.addWidget(QLabel(self.tr("Chat")))
        self.chat = QTextBrowser(objectName="chat")
        self.chat.setMaximumHeight(120)
        ml.addWidget(self.chat)
        self.chat_input = QLineEdit(objectName="chatInput", placeholderText=self.tr("Message…"))
        self.chat_input.returnPressed.connect(self._send_chat)
        ml.addWidget(self.chat_input)

        ml.addWidget(QLabel(self.tr("Conclusion of the open case")))
        form = QFormLayout()
        self.findings = QPlainTextEdit(objectName="findings")
        self.diagnosis = QLineEdit(objectName="diagnosis")
        self.recommendation = QLineEdit(objectName="recommendation")
        self.follow_up = QLineEdit(objectName="followUp")
        self.responsible = QLineEdit(objectName="responsible")
        self.language = QComboBox(objectName="conclusionLanguage")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.findings.setMaximumHeight(60)
        form.addRow(self.tr("Findings"), self.findings)
        form.addRow(self.tr("Diagnosis"), self.diagnosis)
        form.addRow(self.tr("Recommendation"), self.recommendation)
        form.addRow(self.tr("Follow-up"), self.follow_up)
        form.addRow(self.tr("Responsible"), self.responsible)
        form.addRow(self.tr("Language"), self.language)
        ml.addLayout(form)
        self.conclusion_status = QLabel(objectName="conclusionStatus")
        ml.addWidget(self.conclusion_status)
        row = QHBoxLayout()
        self.save_conclusion = QPushButton(self.tr("Save conclusion"), objectName="saveConclusion")
        self.leave_button = QPushButton(self.tr("Leave"), objectName="leaveConsult")
        self.end_button = QPushButton(self.tr("End consult"), objectName="endConsult")
        self.export_button = QPushButton(self.tr("Report + SR…"), objectName="exportCase")
        self.export_button.clicked.connect(self._export)
        self.key_images_sc = QCheckBox(self.tr("Key images as DICOM"), objectName="keyImagesSC")
        self.key_images_sc.setToolTip(self.tr("Also write the annotated key images as secondary captures "
                                              "for the PACS (referenced by the key object selection)"))
        ml.addWidget(self.key_images_sc)  # on its own line: the panel stays narrow beside the images
        row.addWidget(self.export_button)
        self.send_pacs_button = QPushButton(self.tr("Send to PACS"), objectName="sendToPacs", enabled=False)
        self.send_pacs_button.setToolTip(self.tr("Send the exported SR and key images to the PACS chosen in the PACS tab"))
        self.send_pacs_button.clicked.connect(lambda: self.c.send_to_pacs())
        row.addWidget(self.send_pacs_button)
        ml.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(self.save_conclusion)
        row.addWidget(self.leave_button)
        row.addWidget(self.end_button)
        ml.addLayout(row)
        self.save_conclusion.clicked.connect(self._conclude)
        self.leave_button.clicked.connect(lambda: self.c.leave())
        self.end_button.clicked.connect(lambda: self.c.session.end())
        ml.addStretch(1)
        self.stack.addWidget(m)
        self._conclusion_seen = None

    # ------------------------------------------------------------------ directory page
    def show_directory(self) -> None:
        self.stack.setCurrentIndex(0)
        self.refresh_directory()

    def show_meeting(self) -> None:
        self.stack.setCurrentIndex(1)
        self.chat.clear()
        self._conclusion_seen = None
        self.refresh_meeting()

    def refresh_directory(self) -> None:
        selected = self.consults.currentItem().data(Qt.UserRole) if self.consults.currentItem() else None
        self.consults.clear()
        for room, listing in sorted(self.c.directory.listings.items(), key=lambda kv: -kv[1].get("scheduled", 0)):
            when = time.strftime("%Y-%m-%d %H:%M", time.localtime(listing.get("scheduled", 0)))
            item = QListWidgetItem(f"{listing.get('title', room)}\n{when} · {listing.get('coordinator_name', '')}"
                                   f" ({listing.get('hospital', '')})")
            item.setData(Qt.UserRole, room)
            self.consults.addItem(item)
            if room == selected:
                self.consults.setCurrentItem(item)

    def apply_rights(self) -> None:
        """Offer only what this user may do: no "New consult" for a role that creates none, no list
        at all for a role that takes no part in consults (a trainee)."""
        create, join = self.c.may("create"), self.c.may("join")
        self.new_button.setEnabled(create)
        self.new_button.setVisible(create)
        self.join_button.setEnabled(join)
        self.consults.setEnabled(join)
        if not join:
            self.show_notice(self.tr("Your role (%1) does not take part in MDT consults.")
                             .replace("%1", role_name(self.c.profile.role)))

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _join_selected(self) -> None:
        item = self.consults.currentItem()
        if item is not None:
            self.show_notice("")
            self.c.join(item.data(Qt.UserRole))

    def _new_consult(self) -> None:
        if not self.c.may("create"):
            return
        dialog = NewConsultDialog(self, my_hospital=self.c.profile.hospital)
        dialog.setObjectName("newConsultDialog")
        dialog.accepted.connect(lambda: self.c.create(dialog.title.text().strip() or self.tr("MDT consult"),
                                                      dialog.agenda(), dialog.scheduled(), access=dialog.access()))
        self.show_notice("")
        dialog.open()

    # ------------------------------------------------------------------ meeting page
    def refresh_meeting(self) -> None:
        st = self.c.state
        if st is None:
            return
        meta = st.meta
        heading = meta.title if meta else self.tr("Consult")
        if st.ended:
            heading += " — " + self.tr("ended")
        self.title.setText(f"<b>{heading}</b>")
        presence = {m.user: m for m in (self.c.client.presence(st.room) or [])}
        self.participants.clear()
        for user, a in st.attendance.items():
            m = presence.get(user)
            rtt = f" · {m.rtt_ms:.0f} ms" if m is not None and m.rtt_ms is not None else ""
            star = "★ " if st.presenter == user else ""
            online = "●" if (m is not None and m.online) else "○"
            status = "" if a.present else " · " + self.tr("left")
            item = QListWidgetItem(f"{online} {star}{a.name} — {a.hospital} ({a.country}) · {role_name(a.role)}{rtt}"
                                   f"{status}")
            item.setData(Qt.UserRole, user)
            self.participants.addItem(item)
        me = self.c.profile.user_id
        moderator = is_moderator(self.c.profile.role) or (meta and meta.coordinator == me)
        self.request_button.setEnabled(st.presenter != me and not st.ended)
        self.take_button.setEnabled(bool(moderator or not st.presenter) and st.presenter != me and not st.ended)
        self.handover_button.setEnabled(bool(st.presenter == me or moderator) and not st.ended)
        self.release_button.setEnabled(st.presenter == me and not st.ended)
        self.end_button.setEnabled(bool(moderator) and not st.ended)
        self.follow.blockSignals(True)
        self.follow.setChecked(self.c.following)
        self.follow.setText(self.tr("Follow the presenter") if self.c.following
                            else self.tr("Looking around alone — tick to rejoin the presenter"))
        self.follow.setEnabled(st.presenter is not None and st.presenter != me)
        self.follow.blockSignals(False)
        self.cases.clear()
        for case_id, case in st.cases.items():
            here = self.c.local_series(case.series[0].series_uid) if case.series else None
            downloaded = here is not None and here == case.series[0].series_uid  # the sharer has its original
            state = (self.tr("downloaded") if downloaded else self.tr("shared")) if case.shared \
                else self.tr("not shared yet")
            item = QListWidgetItem(f"{case.title or case_id} — {state}")
            item.setData(Qt.UserRole, case_id)
            self.cases.addItem(item)
        self._refresh_conclusion()

    def _refresh_conclusion(self) -> None:
        st = self.c.state
        case = st.cases.get(self.c.case_id or "") if st else None
        if case is None and st is not None and len(st.cases) == 1:
            case = next(iter(st.cases.values()))
        con = case.conclusion if case is not None else None
        if con is None:
            self.conclusion_status.setText(self.tr("No conclusion yet."))
            return
        self.conclusion_status.setText(
            self.tr("Version %1, written in %2 by %3").replace("%1", str(con.version)).replace(
                "%2", dict(LANGUAGES).get(con.language, con.language)).replace("%3", con.author_name or con.author))
        if self._conclusion_seen != (case.case_id, con.version):  # show others' new version
            self._conclusion_seen = (case.case_id, con.version)
            self.findings.setPlainText(con.findings)
            self.diagnosis.setText(con.diagnosis)
            self.recommendation.setText(con.recommendation)
            self.follow_up.setText(con.follow_up)
            self.responsible.setText(con.responsible_clinician)
            i = self.language.findData(con.language)
            if i >= 0:
                self.language.setCurrentIndex(i)

    def refresh_voice(self) -> None:
        call = self.c.call
        self.voice.blockSignals(True)
        self.voice.setChecked(self.c.video_call is not None)
        self.voice.blockSignals(False)
        self.mute.setEnabled(call is not None)
        if call is None:  # (or still joining it)
            self.voice_status.clear()
            return
        # the others whose voice this call brings (what the relay's voice said before)
        self.voice_status.setText(self.tr("%1 speaking").replace("%1", str(len(call.participants))))

    def retranslate_ui(self) -> None:
        """The interface language changed (ui.common.i18n): rebuild the texts composed here."""
        self.refresh_directory()
        self.refresh_meeting()
        self.refresh_voice()

    def add_chat(self, msg) -> None:
        when = time.strftime("%H:%M", time.localtime(msg.time))
        lang = f" [{msg.language}]" if msg.language else ""
        self.chat.append(f"<b>{msg.sender_name}</b> {when}{lang}: {_escape(msg.text)}")

    def _send_chat(self) -> None:
        text = self.chat_input.text().strip()
        if text and self.c.session is not None:
            self.c.session.chat(text)
            self.chat_input.clear()

    def _hand_over(self) -> None:
        item = self.participants.currentItem()
        if item is None:
            QMessageBox.information(self, self.tr("Hand over"), self.tr("Select a participant first."))
            return
        self.c.session.hand_over(item.data(Qt.UserRole))

    def _case_for_form(self) -> str | None:
        st = self.c.state
        if self.c.case_id in st.cases:
            return self.c.case_id
        item = self.cases.currentItem()
        if item is not None:
            return item.data(Qt.UserRole)
        return next(iter(st.cases), None)

    def _share(self) -> None:
        case_id = self._case_for_form()
        if case_id is not None:
            self.c.share_open_study(case_id)

    def _export(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        case_id = self._case_for_form()
        if case_id is None:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the report, the SR and the key images"))
        if folder:
            self.c.export_case(case_id, Path(folder))

    def _conclude(self) -> None:
        case_id = self._case_for_form()
        if case_id is None:
            return
        self.c.session.conclude(case_id, findings=self.findings.toPlainText().strip(),
                                diagnosis=self.diagnosis.text().strip(),
                                recommendation=self.recommendation.text().strip(),
                                follow_up=self.follow_up.text().strip(),
                                responsible_clinician=self.responsible.text().strip(),
                                language=self.language.currentData())


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
