"""The courses dock: the trainee's catalogue and course player, and the coordinator's cohort view.

:class:`CoursesController` shows the courses of :class:`courseware.session.CourseSession` (the
logic, Qt-free: catalogue state, routes, the player's lesson/quiz/question state, answer checks,
the cohort report) and wires them to the link and the reading-room window:

* **Catalogue** (:class:`CataloguePage`): the cohorts listed at the hub and the ones this trainee
  enrolled in (also by code, offline: the enrolment waits in the link's outbox), the courses
  published in them and the courses installed here. A course is downloaded in a
  :class:`ui.common.qthreading.Task` with progress and *Cancel* (the bytes already received are kept, so
  *Download* again -- or the link coming back -- resumes), then installed
  (:func:`courseware.package.install`); a package file can be installed too ("Install from
  file…"). Installed courses work fully offline.
* **Player** (:class:`PlayerPage`): the modules and lessons with completion marks; text lessons
  (the player's safe HTML in a QTextBrowser, images from the installed package), video lessons
  (:class:`comms.video.FileSource` decoded in a Task into a :class:`ui.broadcast.panel.VideoView`,
  play/pause), case lessons (the package's DICOM series imported into the catalog in a Task and
  opened in the real viewer with the lesson's window preset), quizzes (single: radio buttons,
  multiple: check boxes, image: the trainee scrolls the real viewer and clicks the finding -- the
  clicked point in patient LPS mm is the answer), feedback and explanation after each answer,
  attempts left, pass/fail, course completion and "Save certificate (PDF)".
* **Language**: course content follows the interface language (``Settings.language``, or
  :meth:`CoursesController.set_ui_language`), with a per-course override remembered here.
* **Cohort progress** (:class:`CoordinatorPage`, coordinators, specialists and administrators):
  a cohort's trainees x progress and scores and its hardest questions, from the statements in the
  cohort room (:class:`workstation.coursestate.CohortReport`), "Export CSV…".

Every action of the player is one SQLite transaction of :class:`courseware.progress.ProgressStore`;
they run one after the other on a worker thread (:class:`ui.common.qthreading.SerialWorker`) and their
results come back to the GUI thread, so the window never waits for a disk flush. Statements go to
the hub in the background (:class:`comms.courses.StatementSync`, one per enrolled cohort: each
course's statements go to the cohort it came from); the panel shows how many are still waiting.

What this workstation remembers for these screens (cohorts enrolled in, the cohort of each course,
the per-course language) is ``<home>/courses-ui.json`` (:class:`CourseChoices`).
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from comms import courses as cc
from courseware.library import CourseChoices, CourseRow, content_language
from courseware.package import InstalledCourse, PackageError, install
from courseware.player import COMPLETED, FAILED, OPENED, CoursePlayer, PlayerError
from courseware.quiz import QuizError
from courseware.session import CourseSession, QuizSnapshot, SessionError, Snapshot, cohort_report
from workstation import coursestate as xs

from ui.common.qthreading import GuiDispatcher, SerialWorker, Task

log = logging.getLogger(__name__)

#: Language names shown in the per-course language choice (each in its own language).
LANGUAGE_NAMES = {"en": "English", "zh-Hans": "简体中文", "zh-Hant": "繁體中文", "zh": "中文", "vi": "Tiếng Việt",
                  "th": "ไทย", "lo": "ລາວ", "km": "ខ្មែរ", "my": "မြန်မာ", "ms": "Bahasa Melayu",
                  "id": "Bahasa Indonesia", "fr": "Français"}
STATE_MARKS = {COMPLETED: "✓", OPENED: "◐", FAILED: "✗"}
NEW_MARK = "○"
ANSWER_POINTER = "course-answer"
FINDING_POINTER = "course-finding"
CLICK_SLOP_PX = 3


def language_name(tag: str) -> str:
    return LANGUAGE_NAMES.get(tag, tag)


def _pct(x: float | None) -> str:
    return "" if x is None else f"{100.0 * x:.0f} %"


class CourseUiError(ValueError):
    """Input the courses screens cannot use (the message says why); nothing was changed."""


class _ClickPicker(QObject):
    """Watches the 2-D viewports for a plain left click (no drag) while armed and reports the
    clicked point in patient LPS mm -- what the viewer puts its crosshair on."""

    picked = Signal(str, object)  # view name, (x, y, z) mm

    def __init__(self, views, parent=None):
        super().__init__(parent)
        self.armed = False
        self._press = None
        self.views = list(views)
        for v in self.views:
            v.installEventFilter(self)

    def eventFilter(self, obj, ev):  # noqa: N802 (Qt)
        if not self.armed or obj not in self.views:
            return False
        t = ev.type()
        if t == QEvent.MouseButtonPress and ev.button() == Qt.LeftButton and \
                not ev.modifiers() & Qt.ShiftModifier:
            self._press = (obj, ev.position())
        elif t == QEvent.MouseButtonRelease and ev.button() == Qt.LeftButton and self._press is not None:
            view, p0 = self._press
            self._press = None
            p = ev.position()
            if view is obj and max(abs(p.x() - p0.x()), abs(p.y() - p0.y())) < CLICK_SLOP_PX \
                    and getattr(obj, "volume", None) is not None and getattr(obj, "tool", "navigate") == "navigate":
                xyz = tuple(float(v) for v in obj.patient_at(p))
                self.picked.emit(obj.name, xyz)
        return False


# ============================================================================ controller
class CoursesController(QObject):
    """The courses of one workstation user, on screen. The logic is :class:`CourseSession`
    (``self.s``, Qt-free); this class runs its slow parts on the worker or in Tasks, connects the
    link (comms.courses: cohorts, catalogues, downloads, statement sync) and the reading-room
    window, and shows. ``window`` (the reading room) opens case lessons and takes image answers;
    ``bridge`` (a LinkBridge) and ``bundle`` (the enrolment) connect the courses to the hub --
    without them every installed course still works offline (progress then waits here).
    ``home``: where courses, progress and choices live (the Silkbridge home); ``language``: the
    interface language (default: the settings'); ``blobs``: a :class:`comms.blobs.BlobClient` to
    download courses with (default: the hub's blob service)."""

    course_opened = Signal(str)  # course id
    lesson_shown = Signal(str)  # lesson id
    answer_shown = Signal(object)  # AnswerFeedback
    case_opened = Signal(str)  # series uid, once loaded with the preset applied
    certificate_saved = Signal(str)  # path
    catalogue_changed = Signal()
    sync_counts = Signal(int, int)  # pending, of which not in any cohort
    report_updated = Signal()

    def __init__(self, window=None, bridge=None, bundle: dict | None = None, *, home: Path | None = None,
                 language: str | None = None, blobs=None):
        super().__init__(window)
        from workstation.settings import Settings, home as default_home

        self.window = window
        self.bridge = bridge
        self.client = bridge.client if bridge is not None else None
        self.bundle = dict(bundle or (self.client.bundle if self.client is not None else {}))
        self.user_id = self.bundle.get("user_id") or "local"
        self.user_name = self.bundle.get("display_name") or self.bundle.get("name", "")
        self.role = self.bundle.get("role", "trainee")
        self.learner = xs.Learner(id=self.user_id, name=self.user_name)
        self.s = CourseSession(Path(home) if home is not None else default_home(), self.learner,
                               language or Settings.load().language)
        self.home, self.courses_dir, self.downloads_dir = self.s.home, self.s.courses_dir, self.s.downloads_dir
        self.store, self.choices = self.s.store, self.s.choices
        self.blobs = blobs
        self.dispatch = GuiDispatcher()
        self.worker = SerialWorker(self.dispatch, name="courses",
                                   expected=(PlayerError, QuizError, CourseUiError, SessionError, PackageError,
                                             cc.CourseError))
        self._shut = False

        self.directory = cc.CohortDirectory(self.client, dispatch=self.dispatch) if self.client is not None else None
        self._catalogue_tasks: dict[str, Task] = {}
        self.syncs: dict[str, cc.StatementSync] = {}

        self.download_task: Task | None = None
        self.install_task: Task | None = None
        self._download_wanted: str | None = None  # resume when the link is back
        self.video_task: Task | None = None
        self._video_paused = threading.Event()
        self.case_series: dict[str, str] = {}  # series folder -> series uid
        self._case_wanted: tuple[str, str | None] | None = None  # (series uid, preset) to show once loaded
        self.case_task: Task | None = None
        self.cert_task: Task | None = None
        self.report_task: Task | None = None

        self.picker = None
        if window is not None:
            self.picker = _ClickPicker(window.viewer.slices.values(), self)
            self.picker.picked.connect(self._picked)
            window.volume_loaded.connect(self._volume_loaded)
            window.images_opened.connect(self._images_opened)  # a radiograph / ultrasound case

        self.catalogue_page = CataloguePage(self)
        self.player_page = PlayerPage(self)
        self.coordinator_page = CoordinatorPage(self) if self.can_coordinate else None
        self.panel = CoursesPanel(self)

        self._count_timer = QTimer(self, interval=1000)
        self._count_timer.timeout.connect(self.refresh_counts)
        self._report_timer = QTimer(self, singleShot=True, interval=300)
        self._report_timer.timeout.connect(self._rebuild_report)
        if bridge is not None:
            bridge.state_changed.connect(self._link_state)
            bridge.event_received.connect(self._link_event)
        self.store.statements_added.connect(self._statements_added)

    # ------------------------------------------------------------------ the session's state, read by the pages
    ui_language = property(lambda self: self.s.ui_language)
    catalogues = property(lambda self: self.s.catalogues)
    routes = property(lambda self: self.s.routes)
    installed = property(lambda self: self.s.installed)
    rows = property(lambda self: self.s.rows)
    pending = property(lambda self: self.s.pending)
    player = property(lambda self: self.s.player)
    course_id = property(lambda self: self.s.course_id)
    lesson_id = property(lambda self: self.s.lesson_id)
    lesson = property(lambda self: self.s.lesson)
    quiz = property(lambda self: self.s.quiz)
    question = property(lambda self: self.s.question)
    feedback = property(lambda self: self.s.feedback)
    status = property(lambda self: self.s.status)
    modules = property(lambda self: self.s.modules)
    picked = property(lambda self: self.s.picked)
    report = property(lambda self: self.s.cohort.report)
    report_room = property(lambda self: self.s.cohort.room)
    enrolled_trainees = property(lambda self: self.s.cohort.trainees)

    # ------------------------------------------------------------------ lifecycle
    @property
    def can_coordinate(self) -> bool:
        return self.client is not None and self.role in cc.PUBLISHERS

    @property
    def link_state(self) -> str:
        return self.client.state if self.client is not None else "none"

    def start(self) -> None:
        if self.directory is not None:
            self.directory.subscribe(self._directory_changed)
            self.directory.open()
        for room in list(self.choices.cohorts):
            self._open_cohort(room)
        self.refresh_courses()
        self.refresh_counts()
        self._count_timer.start()
        self.catalogue_page.refresh_cohorts()

    def shutdown(self) -> None:
        """Stop the background work (window closing): the video, syncs, catalogues, the worker."""
        if self._shut:
            return
        self._shut = True
        self._count_timer.stop()
        self._report_timer.stop()
        video = self.video_task
        self.stop_video()
        tasks = [t for t in (video, self.download_task, self.case_task, self.cert_task, self.report_task,
                             self.install_task, *self._catalogue_tasks.values())
                 if t is not None and not t.done]
        for task in tasks:
            task.cancel.set()
        for task in tasks:  # they use the store and the link: let them end first
            task.wait(15000)
        try:
            self.store.statements_added.disconnect(self._statements_added)
        except (TypeError, ValueError, RuntimeError):
            pass
        for sync in self.syncs.values():
            sync.stop()
        for cat in self.catalogues.values():
            cat.close()
        if self.directory is not None:
            self.directory.close()
        self.worker.stop()
        self.s.close()

    def _say(self, text: str, error: bool = False, ms: int = 10000) -> None:
        self.panel.say(text, error)
        if self.window is not None:
            self.window.statusBar().showMessage(text, ms)

    def _failed(self, what: str):
        def show(exc):
            self._say(f"{what}: {self._reason(exc)}", error=True, ms=15000)
        return show

    def _reason(self, exc) -> str:
        """A refusal of the session in the interface language; other errors as they say themselves."""
        if not isinstance(exc, SessionError):
            return str(exc)
        text = {
            "not_installed": self.tr("Install the course first"),
            "not_published": self.tr("%1 is not published in your cohorts"),
            "not_in_language": self.tr("This course is not available in %1"),
            "click_first": self.tr("Click the finding in the viewer first"),
            "choose_first": self.tr("Choose an answer first"),
            "not_completed": self.tr("The course is not completed yet"),
            "no_cohort": self.tr("Choose a cohort first"),
            "no_such_file": self.tr("%1: no such file"),
        }.get(exc.code)
        if text is None:
            return str(exc)
        param = next(iter(exc.params.values()), "")
        return text.replace("%1", str(param))

    # ------------------------------------------------------------------ cohorts
    def cohorts(self) -> list[dict]:
        """Cohorts to show: the enrolled ones first, then the others listed at the hub."""
        return self.s.cohorts(self.directory.list() if self.directory is not None else [])

    def enrol(self, room: str, title: str = "") -> None:
        """Enrol in a cohort (works offline: the enrolment waits in the link's outbox)."""
        room = (room or "").strip()
        if self.client is None:
            raise CourseUiError(self.tr("This workstation is not enrolled at a hub: courses can only be installed "
                                        "from files"))
        if not room.startswith(cc.ROOM_PREFIX) or not cc._ID_RE.match(room) or room == cc.COHORT_DIRECTORY:
            raise CourseUiError(self.tr("%1 is not a cohort code: it looks like cohort-3f2a9c… (ask your "
                                        "coordinator)").replace("%1", repr(room)))
        if not self.s.add_cohort(room, title):
            self._say(self.tr("Already enrolled in %1").replace("%1", title or room))
            return
        self._open_cohort(room)
        client = self.client
        profile = {"name": self.user_name, "hospital": self.bundle.get("hospital", ""),
                   "country": self.bundle.get("country", ""), "language": self.ui_language}
        self.worker.submit(lambda: cc.enrol(client, room, profile), failed=self._failed(self.tr("Enrolment")))
        self._wake_syncs()
        self.catalogue_page.refresh_cohorts()
        self.refresh_courses()
        online = self.link_state in ("online", "degraded")
        self._say(self.tr("Enrolled in %1").replace("%1", title or room) if online else
                  self.tr("Enrolled in %1: the hub hears of it when the link is back").replace("%1", title or room))

    def _open_cohort(self, room: str) -> None:
        """Join an enrolled cohort: its catalogue, and the sync of the statements of its courses."""
        if self.client is None or room in self.syncs:
            return
        self._catalogue(room)
        sync = cc.StatementSync(self.client, room, pending=lambda r=room: self.s.pending_for(r),
                                mark_synced=self.store.mark_synced)
        self.syncs[room] = sync.start()

    def _catalogue(self, room: str) -> None:
        """The cohort's CourseCatalogue, built off the GUI thread (it reads the room's stored log,
        which grows with every statement of the cohort) and joined."""
        if room in self.catalogues or room in self._catalogue_tasks:
            return
        client, dispatch = self.client, self.dispatch

        def work(progress, cancel):
            cat = cc.CourseCatalogue(client, room, dispatch=dispatch)
            cat.open()
            return cat

        task = Task(work)
        self._catalogue_tasks[room] = task

        def done(cat):
            self._catalogue_tasks.pop(room, None)
            if self._shut:
                cat.close()
                return
            self.s.add_catalogue(room, cat)
            cat.subscribe(self._catalogue_changed)
            self._catalogue_changed()

        task.finished.connect(done)
        task.failed.connect(lambda msg: (self._catalogue_tasks.pop(room, None),
                                         self._say(self.tr("Cohort %1: %2").replace("%1", room).replace("%2", msg),
                                                   error=True)))
        task.start()

    def _directory_changed(self) -> None:
        if self._shut:
            return
        self.s.learn_titles(self.directory.list())
        self.catalogue_page.refresh_cohorts()
        if self.coordinator_page is not None:
            self.coordinator_page.refresh_cohorts()

    def _catalogue_changed(self) -> None:
        if self._shut:
            return
        self._update_routes()
        self._rebuild_rows()

    # ------------------------------------------------------------------ statements
    def _update_routes(self) -> None:
        if self.s.update_routes():
            self._wake_syncs()

    def _statements_added(self, n: int) -> None:  # worker thread
        self._wake_syncs()
        self.dispatch(self.refresh_counts)

    def _wake_syncs(self) -> None:
        for sync in list(self.syncs.values()):
            sync.wake()

    def refresh_counts(self) -> None:
        if self._shut:
            return
        self.worker.submit(self.s.count_pending, done=self._counts)

    def _counts(self, counts) -> None:
        if self._shut:
            return
        self.s.pending = counts
        self.panel.show_counts(*counts)
        self.sync_counts.emit(*counts)

    def _link_state(self, state: str) -> None:
        if self._shut:
            return
        self.panel.show_counts(*self.pending)
        if state in ("online", "degraded"):
            self._wake_syncs()
            if self._download_wanted and (self.download_task is None or self.download_task.done):
                cid, self._download_wanted = self._download_wanted, None
                self._say(self.tr("The link is back: resuming the download"))
                self.download(cid)

    # ------------------------------------------------------------------ the course list
    def refresh_courses(self) -> None:
        """Re-read the installed courses and their progress (worker), then the list."""
        if self._shut:
            return
        self.worker.submit(self.s.scan, done=self._installed_scanned,
                           failed=self._failed(self.tr("Reading the installed courses")))

    def _installed_scanned(self, installed) -> None:
        if self._shut:
            return
        if self.s.set_installed(installed):
            self._wake_syncs()
        self._rebuild_rows()

    def _rebuild_rows(self) -> None:
        self.s.rebuild_rows()
        self.catalogue_page.refresh_courses()
        self.catalogue_changed.emit()

    def row(self, course_id: str) -> CourseRow | None:
        return self.s.row(course_id)

    def course_title(self, row: CourseRow) -> str:
        return self.s.course_title(row)

    # ------------------------------------------------------------------ download and install
    def download(self, course_id: str) -> Task | None:
        """Download the newest published version of a course and install it (progress, Cancel;
        what was received is kept and the next download resumes from it)."""
        try:
            row = self.s.download_target(course_id)
        except SessionError as exc:
            self._say(self._reason(exc), error=True)
            return None
        if self.download_task is not None and not self.download_task.done:
            self._say(self.tr("A download is already running"), error=True)
            return None
        entry, room = row.entry, row.cohort
        client, dest, courses_dir, blobs = self.client, self.downloads_dir, self.courses_dir, self.blobs

        def work(progress, cancel):
            dest.mkdir(parents=True, exist_ok=True)
            path = cc.download_course(client, entry, dest, progress=progress, cancel=cancel, blobs=blobs)
            progress(entry.size, entry.size, "Installing")
            course = install(path, courses_dir)
            try:
                path.unlink()
            except OSError:
                pass
            return course

        task = Task(work)
        self.download_task = task
        self._download_wanted = None
        title = entry.title_in(self.ui_language)
        self.catalogue_page.show_progress(self.tr("Downloading %1").replace("%1", title))
        task.progress.connect(self.catalogue_page.on_progress)
        task.finished.connect(lambda course: self._installed(course, room))
        task.failed.connect(lambda msg: self._download_failed(course_id, msg, task))
        task.cancelled.connect(lambda: self._download_stopped(title))
        return task.start()

    def cancel_download(self) -> None:
        self._download_wanted = None
        if self.download_task is not None:
            self.download_task.cancel.set()

    def _download_stopped(self, title: str) -> None:
        self.catalogue_page.hide_progress()
        self._say(self.tr("Download of %1 paused: what was received is kept, Download resumes it").replace("%1", title))

    def _download_failed(self, course_id: str, message: str, task) -> None:
        self.catalogue_page.hide_progress()
        err = task.error
        if isinstance(err, cc.CourseError) and self.s.download_resumes(err):
            self._download_wanted = course_id  # resumes by itself when the link is back
            self._say(self.tr("Download interrupted (%1): what was received is kept; it resumes when the link is "
                              "back").replace("%1", str(err)), error=True, ms=20000)
        else:
            self._say(self.tr("Could not install the course: %1").replace("%1", str(err) if err else message),
                      error=True, ms=20000)

    def install_file(self, path) -> Task:
        """Install a course package file (from a USB stick, an e-mail...): checked before anything
        is installed; a bad or tampered package is refused with the reason."""
        session = self.s
        task = Task(lambda progress, cancel: session.install_file(path))
        self.catalogue_page.show_progress(self.tr("Installing %1").replace("%1", Path(path).name), cancel=False)
        task.finished.connect(lambda course: self._installed(course, None))
        task.failed.connect(lambda msg: (self.catalogue_page.hide_progress(), self._say(
            self.tr("Could not install %1: %2").replace("%1", Path(path).name).replace(
                "%2", self._reason(task.error) if task.error else msg), error=True, ms=20000)))
        self.install_task = task
        return task.start()

    def _installed(self, course: InstalledCourse, room: str | None) -> None:
        self.catalogue_page.hide_progress()
        self.s.installed_from(course, room)
        self._say(self.tr("Installed %1 %2: it works offline").replace(
            "%1", course.text(course.manifest.title, self.ui_language)).replace("%2", course.version))
        self.refresh_courses()

    # ------------------------------------------------------------------ language
    def language_for(self, course_id: str, languages, default: str) -> str:
        return self.s.language_for(course_id, languages, default)

    def set_ui_language(self, language: str) -> None:
        """The interface language changed: course content follows unless a course has its own choice."""
        if not self.s.set_ui_language(language):
            return
        self._rebuild_rows()
        if self.player is not None:
            self._apply_language()

    def retranslate(self) -> None:
        """Redo the texts composed from state in the current interface language."""
        if self._shut:
            return
        self._rebuild_rows()
        self.catalogue_page.refresh_cohorts()
        self.panel.show_counts(*self.pending)
        page = self.player_page
        if self.player is not None:
            page.show_language(self.s.course_language, self.s.course_language_choice)
        if self.status is not None:
            page.show_status(self.status)
        if self.modules is not None:
            page.show_modules(self.modules, self.lesson_id)
        if self.quiz is not None:
            page.show_quiz_info(self.quiz)
            if self.feedback is not None and self.question is not None:
                page.show_feedback(self.feedback, self.question)
            elif self.question is not None:
                page.show_question_number(len(self.quiz.answered) + 1, len(self.quiz.questions))
                self._update_pick()
        if self.coordinator_page is not None:
            self.coordinator_page.refresh_cohorts()
            self.coordinator_page.show_report()

    def set_course_language(self, language: str | None) -> None:
        """This course in ``language`` whatever the interface language (None: follow the interface)."""
        try:
            if not self.s.set_course_language(language):
                return
        except SessionError as exc:
            raise CourseUiError(self._reason(exc)) from None
        self._apply_language()
        self._rebuild_rows()

    def _apply_language(self) -> None:
        self.player_page.show_language(self.s.course_language, self.s.course_language_choice)
        self.worker.submit(self.s.language_action(), done=self._show_snapshot, failed=self._failed(self.tr("Language")))

    # ------------------------------------------------------------------ the player
    def open_course(self, course_id: str) -> None:
        self.stop_video()
        self._disarm()
        try:
            player = self.s.open_course(course_id)
        except SessionError as exc:
            self._say(self._reason(exc), error=True)
            return
        self.player_page.show_course(player, self.s.course_language, self.s.course_language_choice)
        self.panel.show_player()
        self.worker.submit(self.s.show_action(), done=self._show_snapshot,
                           failed=self._failed(self.tr("Opening the course")))
        self.course_opened.emit(course_id)

    def _show_snapshot(self, snap: Snapshot, lesson: bool = False) -> bool:
        """Show what an action's snapshot changed (False: it was stale, nothing shown)."""
        if self._shut:
            return False
        seen = self.s.accept(snap, lesson=lesson)
        if seen is None:
            return False
        page = self.player_page
        page.show_modules(self.modules, self.lesson_id)
        page.show_status(self.status)
        if seen.lesson:
            page.show_lesson(self.lesson)
        if seen.question:
            self._show_quiz()
        if seen.lesson:
            self.lesson_shown.emit(self.lesson.id)
        return True

    def open_lesson(self, lesson_id: str) -> None:
        if self.player is None:
            return
        if self.s.choose_lesson(lesson_id):
            self.stop_video()
            self._disarm()
        self.worker.submit(self.s.open_lesson_action(lesson_id), done=self._lesson_opened,
                           failed=self._failed(self.tr("Opening the lesson")))

    def _lesson_opened(self, snap: Snapshot) -> None:
        if not self._show_snapshot(snap, lesson=True):
            return
        view = snap.lesson
        if view.kind == "case" and view.series_dir is not None:
            self.open_case(view.series_dir, view.window)

    def complete_lesson(self) -> None:
        action = self.s.complete_action()
        if action is not None:
            self.worker.submit(action, done=self._after_action, failed=self._failed(self.tr("Completing the lesson")))

    def _after_action(self, snap: Snapshot) -> None:
        self._show_snapshot(snap)
        self.refresh_courses()
        self.refresh_counts()

    def step(self, delta: int) -> None:
        """Open the previous (-1) or next (+1) lesson."""
        target = self.s.step_target(delta)
        if target:
            self.open_lesson(target)

    # ------------------------------------------------------------------ quizzes
    def start_attempt(self) -> None:
        action = self.s.start_attempt_action()
        if action is not None:
            self.worker.submit(action, done=self._after_action, failed=self._failed(self.tr("Starting the attempt")))

    def _show_quiz(self) -> None:
        q, nxt = self.quiz, self.question
        self.player_page.show_quiz_info(q)
        if q.attempt is None:
            self._disarm()
            self.player_page.show_question(None)
            return
        self.player_page.show_question(nxt, q.answered, len(q.questions))
        if nxt is not None and nxt.kind == "image":
            self._arm(nxt)
        else:
            self._disarm()

    def submit_answer(self, response=None) -> None:
        """Answer the question on screen: ``response`` is what the page's widgets say when None
        (the checked choice ids; an image question's answer is the point clicked in the viewer)."""
        q = self.question
        if q is None:
            return
        if response is not None and q.kind == "image":
            self.s.pick(response)
        try:
            action = self.s.answer_action(self.player_page.chosen() if response is None else response)
        except SessionError as exc:
            self._say(self._reason(exc), error=True)
            return
        if action is None:
            return
        self.player_page.submit_button.setEnabled(False)
        self.worker.submit(action, done=self._answered, failed=self._answer_failed)

    def _answer_failed(self, exc) -> None:
        self.player_page.submit_button.setEnabled(True)
        self._say(self.tr("Answer not taken: %1").replace("%1", str(exc)), error=True, ms=15000)

    def _answered(self, snap: Snapshot) -> None:
        if not self._show_snapshot(snap):
            return
        fb = self.feedback
        self.player_page.show_quiz_info(self.quiz)
        self.player_page.show_feedback(fb, self.question)
        self._disarm(keep_marker=True)
        if fb.region_center_mm is not None and self.window is not None:
            from render.annotations import owner_color

            pointers = {FINDING_POINTER: (fb.region_center_mm, (0.1, 0.85, 0.2), self.tr("Finding"))}
            if fb.response and len(fb.response) == 3:
                pointers[ANSWER_POINTER] = (tuple(fb.response), owner_color(self.user_id), self.tr("Your answer"))
            self.window.show_pointers(pointers)
        self.answer_shown.emit(fb)
        self.refresh_courses()
        self.refresh_counts()

    def next_question(self) -> None:
        if self.window is not None:
            self.window.show_pointers({})
        action = self.s.next_question()
        if action is not None:
            self.worker.submit(action, done=self._show_snapshot)

    # ------------------------------------------------------------------ image answers
    def _arm(self, question) -> None:
        if self.picker is not None:
            self.picker.armed = True
        self._update_pick()
        if self.picker is not None and question.series_dir is not None:
            self.open_case(question.series_dir, question.window)

    def _case_open_for(self, q) -> bool:
        uid = self.case_series.get(str(q.series_dir))
        return uid is not None and self.window is not None and self.window.state.series_uid == uid \
            and self._case_wanted is None

    def _update_pick(self, note: str | None = None, error: bool = False) -> None:
        """The image question's line: what to do, the case being opened, or the point clicked."""
        if not self.s.asking_image:
            return
        q = self.question
        page = self.player_page
        if self.picker is None:
            page.show_pick(None, self.tr("Image questions are answered in the reading-room viewer"), error=True)
        elif self.picked is not None:
            page.show_pick(self.picked)
        elif q.series_dir is not None and not self._case_open_for(q):
            page.show_pick(None, note or self.tr("Opening the case in the viewer…"), error)
        else:
            page.show_pick(None)

    def _case_state(self, text: str, error: bool = False) -> None:
        self.player_page.show_case_state(text, error)
        self._update_pick(text, error)

    def _disarm(self, keep_marker: bool = False) -> None:
        if self.picker is not None:
            self.picker.armed = False
        if not keep_marker and self.window is not None:
            self.window.show_pointers({})

    def _picked(self, view: str, xyz) -> None:
        q = self.question
        if not self.s.asking_image:
            return
        if q.series_dir is not None and not self._case_open_for(q):
            self._say(self.tr("Click in the case's series: it is being opened in the viewer"), error=True)
            self.open_case(q.series_dir, q.window)
            return
        from render.annotations import owner_color

        picked = self.s.pick(xyz)
        self.window.show_pointers({ANSWER_POINTER: (picked, owner_color(self.user_id), self.tr("Your answer"))})
        self._update_pick()

    # ------------------------------------------------------------------ case lessons
    def open_case(self, series_dir, window_preset: str | None = None) -> Task | None:
        """Import the case's DICOM series into the catalog (a Task) and open it in the viewer with
        the window preset; already open: only the preset is applied."""
        w = self.window
        if w is None:
            self._case_state(self.tr("Open the course in the reading room to see the case"))
            return None
        folder = str(series_dir)
        uid = self.case_series.get(folder)
        if uid is not None and w.state.series_uid == uid and w.volume is not None \
                and w.volume.meta.get("series_uid") == uid:
            self._case_wanted = None
            self._apply_preset(window_preset)
            self._case_state(self.tr("The case is open in the viewer"))
            self.case_opened.emit(uid)
            return None
        if self.case_task is not None and not self.case_task.done:
            if getattr(self.case_task, "folder", None) == folder:
                return self.case_task
            self.case_task.cancel.set()

        def work(progress, cancel):
            import pydicom

            files = sorted(p for p in Path(folder).iterdir() if p.is_file())
            series_uid = None
            for p in files:
                try:
                    series_uid = str(pydicom.dcmread(p, stop_before_pixels=True).SeriesInstanceUID)
                    break
                except Exception:  # noqa: BLE001 - the next file may be readable
                    continue
            if series_uid is None:
                raise CourseUiError(f"{folder}: no readable DICOM series in the case")
            if not w.catalog.instances(series_uid):
                report = w.catalog.import_paths([Path(folder)], progress=progress, cancel=cancel)
                if not w.catalog.instances(series_uid):
                    raise CourseUiError(f"the case could not be imported ({report.summary()})")
            return series_uid

        task = Task(work)
        task.folder = folder
        self.case_task = task
        self._case_state(self.tr("Opening the case in the viewer…"))
        task.progress.connect(lambda d, t, label: self._case_state(
            self.tr("Importing the case: %1 of %2 images").replace("%1", str(d)).replace("%2", str(t))))
        task.finished.connect(lambda uid: self._case_imported(folder, uid, window_preset, task))
        task.failed.connect(lambda msg: self._case_state(
            self.tr("Could not open the case: %1").replace("%1", msg), error=True))
        return task.start()

    def _case_imported(self, folder: str, uid: str, preset: str | None, task) -> None:
        if self._shut or task is not self.case_task:
            return
        self.case_series[folder] = uid
        w = self.window
        w.browser.refresh()
        self._case_wanted = (uid, preset)
        if w.state.series_uid == uid and w.volume is not None and w.volume.meta.get("series_uid") == uid:
            self._volume_loaded(w.volume)
        elif w.state.series_uid == uid and w.images is not None:
            self._images_opened(w.images)
        else:
            w.open_series(uid)

    def _volume_loaded(self, volume) -> None:
        if self._case_wanted is None or self._shut:
            return
        uid, preset = self._case_wanted
        if volume.meta.get("series_uid", "") != uid:
            return
        self._case_wanted = None
        self._apply_preset(preset)
        self._case_state(self.tr("The case is open in the viewer"))
        self.case_opened.emit(uid)

    def _images_opened(self, _stack) -> None:
        """A case of 2-D images (not a volume) is open in the 2-D viewer."""
        if self._case_wanted is None or self._shut or self.window.state.series_uid != self._case_wanted[0]:
            return
        uid, preset = self._case_wanted
        self._case_wanted = None
        self._apply_preset(preset)
        self._case_state(self.tr("The case is open in the viewer"))
        self.case_opened.emit(uid)

    def _apply_preset(self, preset: str | None) -> None:
        from workstation.viewstate import CT_WINDOW_PRESETS

        w = self.window
        if not preset or w is None:
            return
        if preset not in CT_WINDOW_PRESETS:
            self._say(self.tr("Unknown window preset %1: the series' own window is kept").replace("%1", preset))
            return
        w.apply_window_preset(preset)
        i = w.window_combo.findData(preset)
        if i >= 0:
            w.window_combo.setCurrentIndex(i)

    # ------------------------------------------------------------------ video lessons
    def play_video(self) -> None:
        view = self.lesson
        if view is None or view.video_path is None:
            return
        if self.video_task is not None and not self.video_task.done:
            self._video_paused.clear()
            self.player_page.show_video_state(self.tr("Playing"), playing=True)
            return
        from comms.video import FileSource

        target = self.player_page.video
        paused = self._video_paused
        paused.clear()
        path = view.video_path

        def work(progress, cancel):
            src = FileSource(path, loop=False, realtime=True)
            n = 0
            try:
                while not cancel.is_set():
                    if paused.is_set():
                        cancel.wait(0.05)
                        continue
                    try:
                        frame, t = src.read()
                    except EOFError:
                        return n
                    target.set_frame(frame, t)
                    n += 1
            finally:
                src.close()
            return n

        task = Task(work)
        self.video_task = task
        self.player_page.show_video_state(self.tr("Playing"), playing=True)
        task.finished.connect(lambda n: task is self.video_task and self.player_page.show_video_state(
            self.tr("End of the video"), playing=False))
        task.failed.connect(lambda msg: self.player_page.show_video_state(
            self.tr("Cannot play the video: %1").replace("%1", msg), playing=False, error=True))
        task.start()

    def pause_video(self) -> None:
        if self.video_task is not None and not self.video_task.done:
            self._video_paused.set()
            self.player_page.show_video_state(self.tr("Paused"), playing=False)

    def stop_video(self) -> None:
        task, self.video_task = self.video_task, None
        if task is not None and not task.done:
            task.cancel.set()

    # ------------------------------------------------------------------ certificate
    def save_certificate(self, path) -> Task | None:
        """Write the certificate PDF of the completed course (in a Task)."""
        try:
            action = self.s.certificate_action(path, issuer=self.bundle.get("hub_name") or None)
        except SessionError as exc:
            self._say(self._reason(exc), error=True)
            return None
        task = Task(lambda progress, cancel: action())
        self.cert_task = task
        task.finished.connect(lambda p: (self._say(self.tr("Certificate saved: %1").replace("%1", p)),
                                         self.certificate_saved.emit(p)))
        task.failed.connect(lambda msg: self._say(self.tr("Could not save the certificate: %1").replace(
            "%1", msg), error=True, ms=20000))
        return task.start()

    def choose_certificate_path(self) -> None:
        default = str(Path.home() / f"certificate-{self.course_id}.pdf")
        path, _ = QFileDialog.getSaveFileName(self.panel, self.tr("Save certificate"), default,
                                              self.tr("PDF (*.pdf)"))
        if path:
            self.save_certificate(path)

    # ------------------------------------------------------------------ coordinator
    def select_cohort(self, room: str | None) -> None:
        """Show a cohort's progress (joins its room to read the statements)."""
        self.s.cohort.choose(room)
        if room is None or self.client is None:
            self.coordinator_page.show_report()
            return
        self._catalogue(room)  # joins the room: new statements arrive live
        self._rebuild_report()

    def _link_event(self, ev) -> None:
        if self._shut:
            return
        if ev.room == self.report_room and str(ev.kind).startswith("progress."):
            self._report_timer.start()

    def _rebuild_report(self) -> None:
        room, client = self.report_room, self.client
        if room is None or self._shut:
            return
        if self.report_task is not None and not self.report_task.done:
            self._report_timer.start()  # once the running one is done
            return

        def work(progress, cancel):
            events = client.history(room)
            enrolled = {ev.sender: ev.body for ev in events if ev.kind == cc.ENROLLED and isinstance(ev.body, dict)}
            return cohort_report(cc.cohort_statements(events)), enrolled

        task = Task(work)
        self.report_task = task
        task.finished.connect(lambda res: self._report_ready(room, res))
        task.failed.connect(self._failed(self.tr("Cohort progress")))
        task.start()

    def _report_ready(self, room: str, result) -> None:
        if self._shut or not self.s.cohort.take(room, *result):
            return
        self.coordinator_page.show_report()
        self.report_updated.emit()

    def export_csv(self, path) -> Path:
        """The cohort's trainee table as CSV, and its questions (hardest first) beside it
        (``<name>-questions.csv``)."""
        try:
            path = self.s.cohort.export_csv(path, language=self.ui_language)
        except SessionError as exc:
            raise CourseUiError(self._reason(exc)) from None
        self._say(self.tr("Exported %1").replace("%1", str(path)))
        return path


# ============================================================================ widgets
def _button(text: str, name: str, slot=None, enabled: bool = True) -> QPushButton:
    b = QPushButton(text, objectName=name)
    b.setEnabled(enabled)
    if slot is not None:
        b.clicked.connect(lambda *_: slot())
    return b


class CataloguePage(QWidget):
    """Cohorts and courses: enrol, download and install, install from a file, open."""

    def __init__(self, controller: CoursesController):
        super().__init__()
        self.c = controller
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>Cohorts</b>")))
        self.cohort_list = QListWidget(objectName="cohortList")
        self.cohort_list.setMaximumHeight(120)
        self.cohort_list.currentRowChanged.connect(lambda *_: self._cohort_selected())
        layout.addWidget(self.cohort_list)
        row = QHBoxLayout()
        self.enrol_button = _button(self.tr("Enrol"), "enrolButton", self._enrol_selected, enabled=False)
        self.code_edit = QLineEdit(objectName="cohortCode",
                                   placeholderText=self.tr("Cohort code from your coordinator"))
        self.code_edit.returnPressed.connect(self._enrol_code)
        self.code_button = _button(self.tr("Enrol by code"), "enrolCodeButton", self._enrol_code)
        row.addWidget(self.enrol_button)
        row.addWidget(self.code_edit, 1)
        row.addWidget(self.code_button)
        layout.addLayout(row)
        if controller.client is None:
            for w in (self.cohort_list, self.enrol_button, self.code_edit, self.code_button):
                w.setEnabled(False)

        layout.addWidget(QLabel(self.tr("<b>Courses</b>")))
        self.course_list = QListWidget(objectName="courseList")
        self.course_list.currentRowChanged.connect(lambda *_: self._course_selected())
        self.course_list.itemDoubleClicked.connect(lambda *_: self._open_selected())
        layout.addWidget(self.course_list, 1)
        self.description = QLabel(objectName="courseDescription", wordWrap=True)
        layout.addWidget(self.description)
        row = QHBoxLayout()
        self.open_button = _button(self.tr("Open"), "openCourse", self._open_selected, enabled=False)
        self.download_button = _button(self.tr("Download and install"), "downloadCourse", self._download_selected,
                                       enabled=False)
        self.file_button = _button(self.tr("Install from file…"), "installFile", self._choose_file)
        row.addWidget(self.open_button)
        row.addWidget(self.download_button)
        layout.addLayout(row)
        row = QHBoxLayout()  # on its own line: the dock stays narrow beside the images
        row.addWidget(self.file_button)
        row.addStretch(1)
        layout.addLayout(row)
        row = QHBoxLayout()
        self.progress = QProgressBar(objectName="courseProgress", textVisible=True)
        self.cancel_button = _button(self.tr("Cancel"), "cancelDownload", controller.cancel_download)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        self.progress.hide()
        self.cancel_button.hide()

    # cohorts
    def refresh_cohorts(self) -> None:
        current = self.selected_cohort()
        self.cohort_list.blockSignals(True)
        self.cohort_list.clear()
        for c in self.c.cohorts():
            text = ("✓ " if c["enrolled"] else "") + c["title"]
            item = QListWidgetItem(text)
            item.setData(Qt.UserRole, c["room"])
            item.setData(Qt.UserRole + 1, c["title"])
            item.setToolTip(f"{c['description']}\n{c['room']}".strip())
            self.cohort_list.addItem(item)
            if c["room"] == current:
                self.cohort_list.setCurrentItem(item)
        self.cohort_list.blockSignals(False)
        self._cohort_selected()

    def selected_cohort(self) -> str | None:
        item = self.cohort_list.currentItem()
        return item.data(Qt.UserRole) if item is not None else None

    def _cohort_selected(self) -> None:
        room = self.selected_cohort()
        self.enrol_button.setEnabled(room is not None and room not in self.c.choices.cohorts
                                     and self.c.client is not None)

    def _enrol_selected(self) -> None:
        item = self.cohort_list.currentItem()
        if item is not None:
            self._enrol(item.data(Qt.UserRole), item.data(Qt.UserRole + 1) or "")

    def _enrol_code(self) -> None:
        if self._enrol(self.code_edit.text(), ""):
            self.code_edit.clear()

    def _enrol(self, room: str, title: str) -> bool:
        try:
            self.c.enrol(room, title)
            return True
        except CourseUiError as exc:
            self.c._say(str(exc), error=True)
            return False

    # courses
    def refresh_courses(self) -> None:
        current = self.selected_course()
        self.course_list.blockSignals(True)
        self.course_list.clear()
        for r in self.c.rows:
            item = QListWidgetItem(self._row_text(r))
            item.setData(Qt.UserRole, r.course_id)
            self.course_list.addItem(item)
            if r.course_id == current:
                self.course_list.setCurrentItem(item)
        if self.course_list.currentItem() is None and self.course_list.count():
            self.course_list.setCurrentRow(0)
        self.course_list.blockSignals(False)
        self._course_selected()

    def _row_text(self, r: CourseRow) -> str:
        title = self.c.course_title(r)
        parts = []
        if r.installed is not None:
            i = r.installed
            parts.append(self.tr("v%1 installed").replace("%1", i.course.version))
            if i.completed:
                parts.append(self.tr("completed"))
            elif i.failed:
                parts.append(self.tr("failed"))
            else:
                parts.append(self.tr("%1/%2 lessons").replace("%1", str(i.lessons_done)).replace(
                    "%2", str(i.lessons_total)))
            if r.update_available:
                parts.append(self.tr("v%1 available").replace("%1", r.entry.version))
        elif r.entry is not None:
            parts.append(self.tr("v%1 available · %2 MB").replace("%1", r.entry.version).replace(
                "%2", f"{r.entry.size / 1e6:.1f}"))
        return f"{title} — " + " · ".join(parts)

    def selected_course(self) -> str | None:
        item = self.course_list.currentItem()
        return item.data(Qt.UserRole) if item is not None else None

    def _course_selected(self) -> None:
        r = self.c.row(self.selected_course() or "")
        self.open_button.setEnabled(r is not None and r.installed is not None)
        busy = self.c.download_task is not None and not self.c.download_task.done
        self.download_button.setEnabled(r is not None and r.downloadable and not busy and self.c.client is not None)
        desc = ""
        if r is not None:
            lang = self.c.language_for(r.course_id, r.installed.languages if r.installed else r.entry.languages,
                                       r.installed.default_language if r.installed else r.entry.default_language)
            if r.installed is not None:
                desc = r.installed.course.text(r.installed.course.manifest.description, lang)
            elif r.entry is not None:
                desc = r.entry.description_in(lang)
        self.description.setText(desc)

    def _open_selected(self) -> None:
        cid = self.selected_course()
        if cid:
            self.c.open_course(cid)

    def _download_selected(self) -> None:
        cid = self.selected_course()
        if cid:
            self.c.download(cid)

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Install a course package"), "",
                                              self.tr("Course packages (*.silkcourse);;All files (*)"))
        if path:
            self.c.install_file(path)

    # progress
    def show_progress(self, label: str, cancel: bool = True) -> None:
        self.progress.setFormat(f"{label} %p%")
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.setVisible(cancel)
        self.download_button.setEnabled(False)

    def on_progress(self, done: int, total: int, label: str) -> None:
        if total > 0:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(1000 * min(done, total) / total))

    def hide_progress(self) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self._course_selected()


class PlayerPage(QWidget):
    """One course: the lesson tree and the lesson (text, video, case or quiz)."""

    def __init__(self, controller: CoursesController):
        super().__init__()
        self.c = controller
        self._question = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(2, 2, 2, 2)
        head = QHBoxLayout()
        self.back_button = _button(self.tr("◀ Courses"), "backToCourses", lambda: self.c.panel.show_catalogue())
        self.course_title = QLabel(objectName="courseTitle", wordWrap=True)
        self.course_title.setStyleSheet("font-weight: bold")
        self.language_combo = QComboBox(objectName="courseLanguage")
        self.language_combo.activated.connect(self._language_chosen)
        head.addWidget(self.back_button)
        head.addWidget(self.course_title, 1)
        head.addWidget(self.language_combo)
        outer.addLayout(head)

        split = QSplitter(Qt.Vertical, objectName="playerSplit")
        self.tree = QTreeWidget(objectName="lessonTree")
        self.tree.setHeaderHidden(True)
        self.tree.setSelectionMode(QAbstractItemView.SingleSelection)
        self.tree.itemClicked.connect(self._item_clicked)
        self.tree.itemActivated.connect(self._item_clicked)
        split.addWidget(self.tree)

        body = QWidget()
        bl = QVBoxLayout(body)
        bl.setContentsMargins(0, 0, 0, 0)
        self.lesson_title = QLabel(objectName="lessonTitle", wordWrap=True)
        self.lesson_title.setStyleSheet("font-size: 14px; font-weight: bold")
        bl.addWidget(self.lesson_title)
        self.browser = QTextBrowser(objectName="lessonText")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._link)
        bl.addWidget(self.browser, 3)

        # video
        from ui.broadcast.panel import VideoView

        self.video_box = QWidget(objectName="videoBox")
        vl = QVBoxLayout(self.video_box)
        vl.setContentsMargins(0, 0, 0, 0)
        self.video = VideoView(placeholder=self.tr("Press Play"))
        self.video.setObjectName("lessonVideo")
        self.video.setMinimumSize(320, 180)
        vl.addWidget(self.video, 1)
        row = QHBoxLayout()
        self.play_button = _button(self.tr("▶ Play"), "playVideo", self._play_pause)
        self.video_state = QLabel(objectName="videoState")
        row.addWidget(self.play_button)
        row.addWidget(self.video_state, 1)
        vl.addLayout(row)
        bl.addWidget(self.video_box, 3)

        # case
        self.case_box = QWidget(objectName="caseBox")
        cl = QHBoxLayout(self.case_box)
        cl.setContentsMargins(0, 0, 0, 0)
        self.case_state = QLabel(objectName="caseState", wordWrap=True)
        self.case_button = _button(self.tr("Show the case in the viewer"), "openCase", self._open_case)
        cl.addWidget(self.case_state, 1)
        cl.addWidget(self.case_button)
        bl.addWidget(self.case_box)

        # quiz
        self.quiz_box = QFrame(objectName="quizBox")
        ql = QVBoxLayout(self.quiz_box)
        ql.setContentsMargins(0, 0, 0, 0)
        self.quiz_info = QLabel(objectName="quizInfo", wordWrap=True)
        self.start_button = _button(self.tr("Start attempt"), "startAttempt", controller.start_attempt)
        row = QHBoxLayout()
        row.addWidget(self.quiz_info, 1)
        row.addWidget(self.start_button)
        ql.addLayout(row)
        self.question_box = QWidget(objectName="questionBox")
        qbl = QVBoxLayout(self.question_box)
        qbl.setContentsMargins(0, 0, 0, 0)
        self.question_number = QLabel(objectName="questionNumber")
        self.prompt = QLabel(objectName="questionPrompt", wordWrap=True)
        self.prompt.setStyleSheet("font-weight: bold")
        qbl.addWidget(self.question_number)
        qbl.addWidget(self.prompt)
        self.choices_box = QWidget(objectName="choicesBox")
        self.choices_layout = QVBoxLayout(self.choices_box)
        self.choices_layout.setContentsMargins(8, 0, 0, 0)
        qbl.addWidget(self.choices_box)
        self.pick_label = QLabel(objectName="pickLabel", wordWrap=True)
        qbl.addWidget(self.pick_label)
        self.submit_button = _button(self.tr("Submit answer"), "submitAnswer", lambda: controller.submit_answer())
        qbl.addWidget(self.submit_button)
        ql.addWidget(self.question_box)
        self.feedback_box = QFrame(objectName="feedbackBox")
        self.feedback_box.setFrameShape(QFrame.StyledPanel)
        fl = QVBoxLayout(self.feedback_box)
        self.verdict = QLabel(objectName="answerVerdict", wordWrap=True)
        self.verdict.setStyleSheet("font-weight: bold")
        self.correct_answer = QLabel(objectName="correctAnswer", wordWrap=True)
        self.explanation = QLabel(objectName="answerExplanation", wordWrap=True)
        self.result = QLabel(objectName="attemptResult", wordWrap=True)
        self.next_button = _button(self.tr("Next question"), "nextQuestion", controller.next_question)
        for w in (self.verdict, self.correct_answer, self.explanation, self.result):
            fl.addWidget(w)
        fl.addWidget(self.next_button)
        ql.addWidget(self.feedback_box)
        ql.addStretch(1)
        self.choice_group: QButtonGroup | None = None
        self.choice_buttons: dict[str, QRadioButton | QCheckBox] = {}
        quiz_scroll = QScrollArea(objectName="quizScroll")
        quiz_scroll.setWidgetResizable(True)
        quiz_scroll.setWidget(self.quiz_box)
        quiz_scroll.setFrameShape(QFrame.NoFrame)
        self.quiz_scroll = quiz_scroll
        bl.addWidget(quiz_scroll, 3)

        row = QHBoxLayout()
        self.prev_button = _button(self.tr("◀ Previous"), "previousLesson", lambda: controller.step(-1))
        self.complete_button = _button(self.tr("Mark as completed"), "completeLesson", controller.complete_lesson)
        self.next_lesson_button = _button(self.tr("Next ▶"), "nextLesson", lambda: controller.step(1))
        row.addWidget(self.prev_button)
        row.addWidget(self.complete_button, 1)
        row.addWidget(self.next_lesson_button)
        bl.addLayout(row)
        split.addWidget(body)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 4)
        split.setSizes([160, 640])
        outer.addWidget(split, 1)

        self.course_box = QFrame(objectName="courseStatusBox")
        cbl = QHBoxLayout(self.course_box)
        cbl.setContentsMargins(4, 2, 4, 2)
        self.course_status = QLabel(objectName="courseStatus", wordWrap=True)
        self.certificate_button = _button(self.tr("Save certificate (PDF)…"), "saveCertificate",
                                          controller.choose_certificate_path)
        cbl.addWidget(self.course_status, 1)
        cbl.addWidget(self.certificate_button)
        outer.addWidget(self.course_box)
        self.certificate_button.hide()
        self._show_parts(None)

    # ------------------------------------------------------------------ course
    def show_course(self, player: CoursePlayer, language: str, override: str | None) -> None:
        self.course_title.setText(player.course.text(player.course.manifest.title, language))
        self.language_combo.blockSignals(True)
        self.language_combo.clear()
        self.language_combo.addItem("", None)
        for lang in player.languages:
            self.language_combo.addItem(language_name(lang), lang)
        self.language_combo.blockSignals(False)
        self.show_language(language, override)  # the controller's player is this one already
        self.tree.clear()
        self.lesson_title.clear()
        self.browser.clear()
        self._show_parts(None)
        self.certificate_button.hide()
        self.course_status.clear()

    def show_language(self, language: str, override: str | None) -> None:
        """``language``: the content's language now; ``override``: the course's own choice (None:
        it follows the interface language)."""
        player = self.c.player
        follow = content_language(self.c.ui_language, player.languages, player.course.manifest.default_language) \
            if player is not None else language
        self.language_combo.setItemText(0, self.tr("Interface language (%1)").replace("%1", language_name(follow)))
        i = self.language_combo.findData(override) if override else 0
        self.language_combo.setCurrentIndex(max(0, i))
        if self.c.player is not None:
            self.course_title.setText(self.c.player.course.text(self.c.player.course.manifest.title, language))

    def _language_chosen(self, index: int) -> None:
        try:
            self.c.set_course_language(self.language_combo.itemData(index))
        except CourseUiError as exc:
            self.c._say(str(exc), error=True)

    def show_modules(self, modules, current: str | None) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()
        for mod in modules:
            done = sum(1 for les in mod.lessons if les.state == COMPLETED)
            top = QTreeWidgetItem([f"{mod.title}  ({done}/{len(mod.lessons)})"])
            top.setFlags(Qt.ItemIsEnabled)
            self.tree.addTopLevelItem(top)
            for les in mod.lessons:
                item = QTreeWidgetItem([f"{STATE_MARKS.get(les.state, NEW_MARK)} {les.title}"])
                item.setData(0, Qt.UserRole, les.id)
                item.setData(0, Qt.UserRole + 1, les.state)
                item.setToolTip(0, {"text": self.tr("Text lesson"), "video": self.tr("Video lesson"),
                                    "case": self.tr("Imaging case"), "quiz": self.tr("Quiz")}.get(les.kind, les.kind))
                top.addChild(item)
                if les.id == current:
                    self.tree.setCurrentItem(item)
            top.setExpanded(True)
        self.tree.blockSignals(False)

    def lesson_item(self, lesson_id: str) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for j in range(top.childCount()):
                if top.child(j).data(0, Qt.UserRole) == lesson_id:
                    return top.child(j)
        return None

    def _item_clicked(self, item, _col=0) -> None:
        lid = item.data(0, Qt.UserRole)
        if lid:
            self.c.open_lesson(lid)

    def show_status(self, st) -> None:
        if st.completed:
            text = self.tr("Course completed · score %1 · verification code %2").replace(
                "%1", _pct(st.score)).replace("%2", st.certificate_code or "")
            self.course_status.setStyleSheet("color: #1a7f37; font-weight: bold")
        elif st.failed:
            text = self.tr("Course failed: a quiz has no attempt left")
            self.course_status.setStyleSheet("color: #cf222e; font-weight: bold")
        else:
            text = self.tr("%1 of %2 lessons completed · %3 of %4 quizzes passed").replace(
                "%1", str(st.lessons_completed)).replace("%2", str(st.lessons_total)).replace(
                "%3", str(st.quizzes_passed)).replace("%4", str(st.quizzes_total))
            self.course_status.setStyleSheet("")
        self.course_status.setText(text)
        self.certificate_button.setVisible(st.completed)

    # ------------------------------------------------------------------ lesson
    def _show_parts(self, kind: str | None) -> None:
        self.video_box.setVisible(kind == "video")
        self.case_box.setVisible(kind == "case")
        self.quiz_scroll.setVisible(kind == "quiz")
        self.browser.setVisible(kind is not None and bool(self.browser.toPlainText().strip()))
        self.complete_button.setVisible(kind in ("text", "video", "case"))
        for b in (self.prev_button, self.next_lesson_button):
            b.setVisible(kind is not None)

    def show_lesson(self, view) -> None:
        self.lesson_title.setText(view.title)
        self.browser.clear()
        if view.html:  # images are file:// URLs inside the installed course (render_markdown)
            self.browser.setHtml(view.html)
        self._show_parts(view.kind)
        self.complete_button.setEnabled(view.state != COMPLETED)
        self.complete_button.setText(self.tr("Completed ✓") if view.state == COMPLETED else
                                     self.tr("Mark as completed"))
        self.prev_button.setEnabled(view.previous_id is not None)
        self.next_lesson_button.setEnabled(view.next_id is not None)
        if view.kind == "video":
            self.video.clear()
            self.show_video_state(self.tr("Press Play"), playing=False)
        if view.kind == "case":
            self.case_state.setText("")
        item = self.lesson_item(view.id)
        if item is not None:
            self.tree.setCurrentItem(item)

    def _link(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(url)
        elif url.hasFragment():
            self.browser.scrollToAnchor(url.fragment())

    # video
    def _play_pause(self) -> None:
        task = self.c.video_task
        if task is not None and not task.done and not self.c._video_paused.is_set():
            self.c.pause_video()
        else:
            self.c.play_video()

    def show_video_state(self, text: str, playing: bool, error: bool = False) -> None:
        self.video_state.setText(text)
        self.video_state.setStyleSheet("color: #cf222e" if error else "")
        self.play_button.setText(self.tr("❚❚ Pause") if playing else self.tr("▶ Play"))

    # case
    def show_case_state(self, text: str, error: bool = False) -> None:
        self.case_state.setText(text)
        self.case_state.setStyleSheet("color: #cf222e" if error else "")

    def _open_case(self) -> None:
        view = self.c.lesson
        if view is not None and view.series_dir is not None:
            self.c.open_case(view.series_dir, view.window)

    # ------------------------------------------------------------------ quiz
    def show_quiz_info(self, q: QuizSnapshot) -> None:
        info = q.info
        left = self.tr("unlimited attempts") if info.attempts_left is None else \
            self.tr("%n attempt(s) left", "", info.attempts_left)
        parts = [self.tr("Pass mark %1").replace("%1", _pct(info.pass_mark)), left]
        if info.best_scaled is not None:
            parts.append(self.tr("best %1").replace("%1", _pct(info.best_scaled)))
        if info.passed:
            parts.append(self.tr("passed ✓"))
        self.quiz_info.setText(" · ".join(parts))
        if q.attempt is not None or self.c.feedback is not None:  # answering, or reading the feedback
            self.start_button.hide()
        else:
            self.start_button.show()
            self.start_button.setText(self.tr("Start attempt") if info.attempts_used == 0 else self.tr("Try again"))
            self.start_button.setEnabled(info.attempts_left is None or info.attempts_left > 0)

    def show_question(self, question, answered=None, total: int = 0) -> None:
        self._question = question
        self.feedback_box.hide()
        if question is None:
            self.question_box.hide()
            return
        self.question_box.show()
        self.show_question_number(len(answered or {}) + 1, total)
        self.prompt.setText(question.prompt)
        while self.choices_layout.count():
            w = self.choices_layout.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        self.choice_buttons = {}
        self.choice_group = QButtonGroup(self)
        self.choice_group.setExclusive(question.kind == "single")
        for ch in question.choices:
            b = QRadioButton(ch.text) if question.kind == "single" else QCheckBox(ch.text)
            b.setObjectName(f"choice-{ch.id}")
            self.choice_group.addButton(b)
            self.choices_layout.addWidget(b)
            b.show()
            self.choice_buttons[ch.id] = b
        self.choices_box.setVisible(question.kind != "image")
        self.pick_label.setVisible(question.kind == "image")
        self.submit_button.setEnabled(True)
        self.submit_button.show()

    def show_question_number(self, n: int, total: int) -> None:
        self.question_number.setText(self.tr("Question %1 of %2").replace("%1", str(n)).replace("%2", str(total)))

    def chosen(self) -> list[str]:
        return [cid for cid, b in self.choice_buttons.items() if b.isChecked()]

    def show_pick(self, xyz, note: str | None = None, error: bool = False) -> None:
        """The image question's line: the point clicked (Submit enabled), else ``note``, else what to do."""
        if xyz is not None:
            text = self.tr("Your point: (%1, %2, %3) mm LPS · click again to move it").replace(
                "%1", f"{xyz[0]:.1f}").replace("%2", f"{xyz[1]:.1f}").replace("%3", f"{xyz[2]:.1f}")
        else:
            text = note or self.tr("Scroll the series in the viewer and click the finding; then Submit.")
        self.pick_label.setText(text)
        self.pick_label.setStyleSheet("color: #cf222e" if error and xyz is None else "")
        self.submit_button.setEnabled(xyz is not None)

    def show_feedback(self, fb, question) -> None:
        self.submit_button.hide()
        for b in self.choice_buttons.values():
            b.setEnabled(False)
        self.feedback_box.show()
        if fb.correct:
            self.verdict.setText(self.tr("✓ Correct"))
            self.verdict.setStyleSheet("color: #1a7f37; font-weight: bold")
        else:
            self.verdict.setText(self.tr("✗ Incorrect"))
            self.verdict.setStyleSheet("color: #cf222e; font-weight: bold")
        if fb.correct_choices:
            self.correct_answer.setText(self.tr("Correct answer: %1").replace(
                "%1", "; ".join(c.text for c in fb.correct_choices)))
        elif fb.region_center_mm is not None:
            c = fb.region_center_mm
            dist = f"{fb.distance_mm:.0f}" if fb.distance_mm is not None else "?"
            self.correct_answer.setText(self.tr("The finding is centred at (%1, %2, %3) mm, %4 mm from your point "
                                                "(shown in the viewer)").replace("%1", f"{c[0]:.0f}").replace(
                "%2", f"{c[1]:.0f}").replace("%3", f"{c[2]:.0f}").replace("%4", dist))
        else:
            self.correct_answer.clear()
        self.explanation.setText(fb.explanation)
        res = fb.result
        if res is not None:
            text = self.tr("Attempt %1: %2 of %3 correct (%4) — %5").replace("%1", str(res.number)).replace(
                "%2", str(res.correct)).replace("%3", str(res.total)).replace("%4", _pct(res.scaled)).replace(
                "%5", self.tr("passed") if res.passed else self.tr("not passed"))
            if fb.course_completed:
                text += " · " + self.tr("course completed!")
            self.result.setText(text)
            self.result.setStyleSheet("color: #1a7f37" if res.passed else "color: #cf222e")
            self.result.show()
            self.next_button.setText(self.tr("Done"))
        else:
            self.result.hide()
            self.next_button.setText(self.tr("Next question"))


class CoordinatorPage(QWidget):
    """A cohort's progress: trainees x progress and scores, the hardest questions, CSV export."""

    def __init__(self, controller: CoursesController):
        super().__init__()
        self.c = controller
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Cohort")))
        self.cohort_combo = QComboBox(objectName="reportCohort")
        self.cohort_combo.activated.connect(lambda i: controller.select_cohort(self.cohort_combo.itemData(i)))
        row.addWidget(self.cohort_combo, 1)
        self.export_button = _button(self.tr("Export CSV…"), "exportCsv", self._export, enabled=False)
        row.addWidget(self.export_button)
        layout.addLayout(row)
        self.summary = QLabel(objectName="reportSummary", wordWrap=True)
        layout.addWidget(self.summary)
        headers = [self.tr("Trainee"), self.tr("Hospital"), self.tr("Course"), self.tr("Status"), self.tr("Lessons"),
                   self.tr("Quiz attempts"), self.tr("Best quiz"), self.tr("Course score"), self.tr("Certificate"),
                   self.tr("Last activity")]
        self.status_names = {"completed": self.tr("completed"), "failed": self.tr("failed"),
                             "in progress": self.tr("in progress"), "registered": self.tr("registered")}
        self.trainees = QTableWidget(0, len(headers), objectName="traineeTable")
        self.trainees.setHorizontalHeaderLabels(headers)
        self.trainees.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.trainees.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        layout.addWidget(self.trainees, 2)
        layout.addWidget(QLabel(self.tr("<b>Hardest questions</b>")))
        qh = [self.tr("Question"), self.tr("Course"), self.tr("Answers"), self.tr("Correct")]
        self.hardest = QTableWidget(0, len(qh), objectName="hardestTable")
        self.hardest.setHorizontalHeaderLabels(qh)
        self.hardest.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.hardest.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        layout.addWidget(self.hardest, 1)

    def refresh_cohorts(self) -> None:
        current = self.cohort_combo.currentData()
        self.cohort_combo.blockSignals(True)
        self.cohort_combo.clear()
        self.cohort_combo.addItem(self.tr("— choose a cohort —"), None)
        for c in (self.c.directory.list() if self.c.directory is not None else []):
            self.cohort_combo.addItem(f"{c['title']} ({c['room']})", c["room"])
        i = self.cohort_combo.findData(current) if current else 0
        self.cohort_combo.setCurrentIndex(max(0, i))
        self.cohort_combo.blockSignals(False)

    def choose(self, room: str) -> None:
        i = self.cohort_combo.findData(room)
        if i < 0:
            raise CourseUiError(f"cohort {room} is not listed at the hub")
        self.cohort_combo.setCurrentIndex(i)
        self.c.select_cohort(room)

    def show_report(self) -> None:
        report = self.c.report
        self.export_button.setEnabled(report is not None)
        self.trainees.setRowCount(0)
        self.hardest.setRowCount(0)
        if report is None:
            self.summary.setText(self.tr("Reading the cohort's progress…") if self.c.report_room else "")
            return
        lang = self.c.ui_language
        rows = []
        seen = set()
        for t in report.trainees():
            who = self.c.enrolled_trainees.get(t.user, {})
            seen.add(t.user)
            best = t.best_quiz_score()
            lessons = f"{len(t.lessons_completed)}/{t.lessons_total}" if t.lessons_total else \
                str(len(t.lessons_completed))
            rows.append((t.name or who.get("name") or t.user, who.get("hospital", ""),
                         cc.local_text(t.title, lang, "en") or t.course, self.status_names.get(t.status, t.status), lessons,
                         str(t.quiz_attempts()), _pct(best), _pct(t.score), t.certificate_code,
                         t.last_activity.replace("T", " ")[:16]))
        for user, who in self.c.enrolled_trainees.items():
            if user not in seen:
                rows.append((who.get("name") or user, who.get("hospital", ""), "", self.tr("enrolled, not started"),
                             "", "", "", "", "", ""))
        self.trainees.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for col, v in enumerate(values):
                self.trainees.setItem(r, col, QTableWidgetItem(v))
        questions = report.hardest(10)
        titles = {t.course: cc.local_text(t.title, lang, "en") for t in report.trainees() if t.title}
        self.hardest.setRowCount(len(questions))
        for r, q in enumerate(questions):
            for col, v in enumerate((cc.local_text(q.prompt, lang, "en") or q.question, titles.get(q.course, q.course),
                                     str(q.attempts),
                                     _pct(q.correct_rate))):
                self.hardest.setItem(r, col, QTableWidgetItem(v))
        done = sum(1 for t in report.trainees() if t.completed)
        self.summary.setText(self.tr("%n trainee(s)", "", len(rows)) + " · " + self.tr("%1 completed").replace(
            "%1", str(done)) + " · " + self.tr("%n statement(s) received", "", report.accepted))

    def table_rows(self) -> list[list[str]]:
        return [[(self.trainees.item(r, c).text() if self.trainees.item(r, c) else "")
                 for c in range(self.trainees.columnCount())] for r in range(self.trainees.rowCount())]

    def _export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export cohort progress"), "cohort-progress.csv",
                                              self.tr("CSV (*.csv)"))
        if path:
            try:
                self.c.export_csv(path)
            except (OSError, CourseUiError) as exc:
                self.c._say(self.tr("Export failed: %1").replace("%1", str(exc)), error=True)


class CoursesPanel(QWidget):
    """The "Courses" dock: catalogue, the course player, and (coordinators) the cohort progress."""

    def __init__(self, controller: CoursesController):
        super().__init__()
        self.c = controller
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(objectName="courseTabs")
        self.tabs.addTab(controller.catalogue_page, self.tr("Courses"))
        self.tabs.addTab(controller.player_page, self.tr("Lesson"))
        if controller.coordinator_page is not None:
            self.tabs.addTab(controller.coordinator_page, self.tr("Cohort progress"))
        layout.addWidget(self.tabs, 1)
        self.message = QLabel(objectName="courseMessage", wordWrap=True)
        self.message.hide()
        self._message_timer = QTimer(self, singleShot=True, interval=20000)
        self._message_timer.timeout.connect(self.message.hide)
        layout.addWidget(self.message)
        self.sync_label = QLabel(objectName="courseSyncLabel")
        layout.addWidget(self.sync_label)

    def show_player(self) -> None:
        self.tabs.setCurrentWidget(self.c.player_page)

    def show_catalogue(self) -> None:
        self.tabs.setCurrentWidget(self.c.catalogue_page)

    def say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #cf222e" if error else "color: #1a7f37")
        self.message.show()
        self._message_timer.start(30000 if error else 15000)

    def show_counts(self, pending: int, unrouted: int) -> None:
        state = self.c.link_state
        if state == "none":
            text = self.tr("Progress is kept on this workstation (no hub link)")
        elif pending == 0:
            text = self.tr("All progress synced")
        else:
            text = self.tr("%n statement(s) waiting to sync", "", pending)
            if unrouted:
                text += " " + self.tr("(%1 not in any cohort: enrol in the course's cohort)").replace("%1", str(unrouted))
            elif state not in ("online", "degraded", "none"):
                text += " " + self.tr("(offline: sent when the link is back)")
        self.sync_label.setText(text)

    def retranslate_ui(self) -> None:
        """ui.common.i18n switched the interface language: the content follows, composed texts are redone."""
        from ui.common.i18n import current_language

        self.c.set_ui_language(current_language())
        self.c.retranslate()

    def changeEvent(self, ev):  # noqa: N802 (Qt)
        if ev.type() == QEvent.LanguageChange:
            from workstation.settings import Settings

            try:
                self.c.set_ui_language(Settings.load().language)
            except Exception as exc:  # noqa: BLE001 - a settings problem must not break the panel
                log.warning("courses: interface language not followed: %s", exc)
        super().changeEvent(ev)


def attach_courses(window, bridge=None, bundle: dict | None = None, **kwargs) -> CoursesController | None:
    """Give ``window`` its Courses dock; when the courses cannot be opened (e.g. the progress file
    is not one), the window still works and says why."""
    from courseware.progress import ProgressError

    try:
        controller = CoursesController(window, bridge, bundle, **kwargs)
    except (ProgressError, OSError) as exc:
        log.error("courses unavailable: %s", exc)
        from PySide6.QtCore import QCoreApplication

        text = QCoreApplication.translate("CoursesPanel", "Courses are unavailable: %1").replace("%1", str(exc))
        window.statusBar().showMessage(text, 30000)
        return None
    window.attach_courses(controller)
    return controller


__all__ = ["CoursesController", "attach_courses", "CoursesPanel", "CataloguePage", "PlayerPage", "CoordinatorPage", "CourseChoices",
           "CourseRow", "CourseUiError", "content_language", "language_name", "LANGUAGE_NAMES"]
