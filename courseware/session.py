"""One learner's courses on this workstation, without a screen: the logic behind the courses dock.

:class:`CourseSession` holds what the course screens show and decides what each action does; the
Qt side (``ui/courses``) only runs its slow parts on a worker, adapts signals and shows the
result (3D Slicer's Logic / Widget split). Tests drive it directly, without a display.

* **Catalogue**: the cohorts enrolled in (remembered in :class:`courseware.library.CourseChoices`),
  the course list merged from the cohorts' catalogues and the installed courses
  (:func:`courseware.library.course_rows`), the cohort each course's statements go to
  (:meth:`CourseSession.update_routes`), the statements still waiting for the hub
  (:meth:`CourseSession.count_pending`), which download to start and whether a broken one
  resumes by itself (:meth:`CourseSession.download_resumes`), installing a package file.
* **Language**: the interface language and each course's own choice.
* **Player**: the course open, the lesson on screen, the quiz and the question asked, the answer's
  feedback, the point clicked for an image question. The player's actions
  (:class:`courseware.player.CoursePlayer`: one SQLite transaction each) return a
  :class:`Snapshot` of what the screen shows, computed where the action ran (the worker);
  :meth:`CourseSession.accept` takes it on the screen's side, dropping a stale one.
* **Cohort progress** (coordinators): the :class:`workstation.coursestate.CohortReport` of the
  cohort chosen, the trainees enrolled, CSV export.

Refusals are :class:`SessionError` with a ``code`` (the screens word them in the interface
language) and an English message. A published course is any object with ``course_id``,
``version``, ``languages``, ``default_language`` and ``title_in(language)``; a catalogue any
object with ``entries()``, ``latest()`` and ``get(course_id)`` (``comms.courses``): courseware
does not import comms.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workstation import coursestate as xs

from .library import CourseChoices, CourseRow, InstalledSummary, course_rows, scan_installed
from .package import InstalledCourse, install
from .player import AnswerFeedback, CoursePlayer, CourseStatus, LessonView, ModuleView, QuestionView, QuizInfo
from .progress import ProgressStore


class SessionError(ValueError):
    """An action the course screens cannot take; nothing was changed. ``code`` names the reason
    (``not_installed``, ``not_published``, ``download_running``, ``no_such_file``,
    ``not_in_language``, ``click_first``, ``choose_first``, ``not_completed``, ``no_cohort``),
    ``params`` its details."""

    def __init__(self, code: str, message: str, **params: Any):
        super().__init__(message)
        self.code = code
        self.params = params


@dataclass(frozen=True)
class QuizSnapshot:
    lesson_id: str
    info: QuizInfo
    questions: tuple[QuestionView, ...]
    answered: dict  # question id -> Grade of the open attempt
    attempt: int | None  # the open attempt's number


@dataclass(frozen=True)
class Snapshot:
    """What the player's screen shows after an action, read where the action ran."""

    player: CoursePlayer
    modules: list[ModuleView]
    status: CourseStatus
    lesson: LessonView | None = None
    quiz: QuizSnapshot | None = None
    feedback: AnswerFeedback | None = None


@dataclass(frozen=True)
class Accepted:
    """What :meth:`CourseSession.accept` changed: the screen redraws these."""

    lesson: bool = False  # a lesson view arrived
    quiz: bool = False  # the quiz's state arrived
    question: bool = False  # the question asked was chosen again (show it, arm or disarm the picker)


def course_of(statement: Mapping) -> str | None:
    """The course id a statement is about, or None for one that names none."""
    try:
        return xs.parse_activity_id(statement["object"]["id"]).course
    except (KeyError, TypeError, ValueError, xs.StatementError):
        return None


def snapshot(player: CoursePlayer, lesson_id: str | None, view: bool = False) -> Snapshot:
    """What the screen shows (run where the player's actions run): the modules, the course status,
    the lesson's view when ``view``, and the quiz's state when ``lesson_id`` is a quiz."""
    modules = player.modules()
    lesson = player.lesson_view(lesson_id) if lesson_id is not None and view else None
    kind = next((les.kind for mod in modules for les in mod.lessons if les.id == lesson_id), None)
    quiz = quiz_snapshot(player, lesson_id) if kind == "quiz" else None
    return Snapshot(player, modules, player.status(), lesson, quiz)


def quiz_snapshot(player: CoursePlayer, lesson_id: str) -> QuizSnapshot:
    attempt = player.current_attempt(lesson_id)
    return QuizSnapshot(lesson_id, player.quiz_info(lesson_id), tuple(player.questions(lesson_id)),
                        dict(attempt.grades) if attempt is not None else {},
                        attempt.number if attempt is not None else None)


def install_file(path: str | Path, courses_dir: Path) -> InstalledCourse:
    """Install a course package file (checked before anything is installed: a bad or tampered
    package raises :class:`courseware.package.PackageError` with the reason)."""
    p = Path(path)
    if not p.is_file():
        raise SessionError("no_such_file", f"{p}: no such file", path=str(p))
    return install(p, courses_dir)


def cohort_report(statements: Iterable[tuple[str, Mapping]]) -> xs.CohortReport:
    """The cohort's report from its (sender, statement) pairs as the hub received them."""
    report = xs.CohortReport()
    report.extend(statements)
    return report


@dataclass
class CohortView:
    """The cohort a coordinator looks at: its report and the trainees enrolled in it."""

    room: str | None = None
    report: xs.CohortReport | None = None
    trainees: dict[str, dict] = field(default_factory=dict)  # user id -> name, hospital, country

    def choose(self, room: str | None) -> None:
        self.room, self.report, self.trainees = room, None, {}

    def take(self, room: str, report: xs.CohortReport, trainees: Mapping[str, Mapping]) -> bool:
        """A report computed for ``room`` arrived: kept unless another cohort was chosen since."""
        if room != self.room:
            return False
        self.report = report
        self.trainees = {u: {k: str(v.get(k, "")) for k in ("name", "hospital", "country")}
                         for u, v in trainees.items()}
        return True

    def export_csv(self, path: str | Path, language: str = "en") -> Path:
        """The trainee table as CSV, and its questions (hardest first) beside it
        (``<name>-questions.csv``). Returns the table's path."""
        if self.report is None:
            raise SessionError("no_cohort", "Choose a cohort first")
        path = Path(path)
        if path.suffix.lower() != ".csv":
            path = path.with_suffix(".csv")
        self.report.to_csv(path, language=language)
        self.report.questions_csv(path.with_name(f"{path.stem}-questions.csv"), language=language)
        return path


class CourseSession:
    """The courses of one learner on this workstation. ``home``: where courses, progress and
    choices live; ``ui_language``: the interface language. Methods marked *worker* read the disk
    or the store and may run on a worker thread; the others are quick and belong to the screen's
    thread."""

    def __init__(self, home: str | Path, learner: xs.Learner, ui_language: str = "en"):
        self.home = Path(home)
        self.courses_dir = self.home / "courses"
        self.downloads_dir = self.home / "course-downloads"
        self.store = ProgressStore(self.home / "course-progress.sqlite")
        self.choices = CourseChoices(self.home / "courses-ui.json")
        self.learner = learner
        self.ui_language = ui_language

        self.catalogues: dict[str, Any] = {}  # cohort room -> its catalogue (joined)
        self.routes: dict[str, str] = {}  # course id -> cohort room its statements go to
        self.installed: dict[str, InstalledSummary] = {}
        self.rows: list[CourseRow] = []
        self.pending = (0, 0)  # statements waiting for the hub, of which in no cohort

        self.player: CoursePlayer | None = None
        self.course_id: str | None = None
        self.lesson_id: str | None = None
        self.lesson: LessonView | None = None
        self.quiz: QuizSnapshot | None = None
        self.question: QuestionView | None = None
        self.feedback: AnswerFeedback | None = None
        self.status: CourseStatus | None = None
        self.modules: list[ModuleView] | None = None
        self.picked: tuple[float, float, float] | None = None

        self.cohort = CohortView()

    @property
    def user_id(self) -> str:
        return self.learner.id

    def close(self) -> None:
        self.store.close()

    # ------------------------------------------------------------------ cohorts
    def cohorts(self, listed: Iterable[Mapping] = ()) -> list[dict]:
        """Cohorts to show: the enrolled ones first, then the others ``listed`` at the hub."""
        listed = {c["room"]: c for c in listed}
        out = []
        for room, info in self.choices.cohorts.items():
            c = listed.get(room, {})
            out.append({"room": room, "title": c.get("title") or info.get("title") or room,
                        "description": c.get("description", ""), "enrolled": True})
        for room, c in listed.items():
            if room not in self.choices.cohorts:
                out.append({"room": room, "title": c.get("title") or room, "description": c.get("description", ""),
                            "enrolled": False})
        return out

    def enrolled(self, room: str) -> bool:
        return room in self.choices.cohorts

    def add_cohort(self, room: str, title: str = "", now: float | None = None) -> bool:
        """Remember the enrolment in ``room`` (False: enrolled already, nothing changed)."""
        if room in self.choices.cohorts:
            return False
        self.choices.cohorts[room] = {"title": title, "enrolled_at": time.time() if now is None else now}
        self.choices.save()
        self.update_routes()
        return True

    def learn_titles(self, listed: Iterable[Mapping]) -> bool:
        """Titles the hub lists for cohorts enrolled in by code (True: some were learnt)."""
        changed = False
        for c in listed:
            info = self.choices.cohorts.get(c.get("room"))
            if info is not None and not info.get("title") and c.get("title"):
                info["title"] = c["title"]
                changed = True
        if changed:
            self.choices.save()
        return changed

    def add_catalogue(self, room: str, catalogue) -> None:
        self.catalogues[room] = catalogue

    # ------------------------------------------------------------------ statements
    def update_routes(self) -> bool:
        """Which cohort each course's statements go to: the cohort it was downloaded from, else an
        enrolled cohort publishing it, else the only cohort enrolled in. True when it changed."""
        enrolled = list(self.choices.cohorts)
        ids = set(self.installed) | {e.course_id for cat in self.catalogues.values() for e in cat.entries()} \
            | set(self.choices.course_cohort)
        routes = {}
        for cid in ids:
            room = self.choices.course_cohort.get(cid)
            if room not in enrolled:
                room = next((r for r in enrolled if r in self.catalogues and self.catalogues[r].get(cid)), None)
            if room is None and len(enrolled) == 1:
                room = enrolled[0]
            if room is not None:
                routes[cid] = room
        changed = routes != self.routes
        self.routes = routes  # one reference swap: sync threads read it
        return changed

    def pending_for(self, room: str) -> list[dict]:  # worker / sync threads
        """The learner's statements waiting for the hub that go to cohort ``room``."""
        routes = self.routes
        return [s for s in self.store.pending(user=self.user_id) if routes.get(course_of(s)) == room]

    def count_pending(self) -> tuple[int, int]:  # worker
        """(statements waiting for the hub, of which of a course in no enrolled cohort)."""
        pending = self.store.pending(user=self.user_id)
        routes = self.routes
        return len(pending), sum(1 for s in pending if routes.get(course_of(s)) is None)

    # ------------------------------------------------------------------ the course list
    def scan(self) -> dict[str, InstalledSummary]:  # worker
        return scan_installed(self.courses_dir, self.store, self.user_id)

    def set_installed(self, installed: dict[str, InstalledSummary]) -> bool:
        """The installed courses were read again; True when the routes changed."""
        self.installed = installed
        return self.update_routes()

    def rebuild_rows(self) -> list[CourseRow]:
        published = [(e, room) for room in self.choices.cohorts
                     for e in (self.catalogues[room].latest() if room in self.catalogues else [])]
        self.rows = course_rows(self.installed, published, self.routes)
        return self.rows

    def row(self, course_id: str) -> CourseRow | None:
        return next((r for r in self.rows if r.course_id == course_id), None)

    def course_title(self, row: CourseRow) -> str:
        return row.title(self.language_for(row.course_id, *row.languages()))

    def course_description(self, row: CourseRow) -> str:
        lang = self.language_for(row.course_id, *row.languages())
        if row.installed is not None:
            course = row.installed.course
            return course.text(course.manifest.description, lang)
        return row.entry.description_in(lang) if row.entry is not None else ""

    # ------------------------------------------------------------------ download and install
    def download_target(self, course_id: str) -> CourseRow:
        """The row whose published version to download (refused when no enrolled cohort publishes it)."""
        row = self.row(course_id)
        if row is None or row.entry is None:
            raise SessionError("not_published", f"{course_id} is not published in your cohorts", course=course_id)
        return row

    @staticmethod
    def download_resumes(error: BaseException | None) -> bool:
        """Whether a broken download waits for the link and resumes by itself (the link went
        offline or timed out) rather than being reported as a failure."""
        return getattr(error, "code", "") in ("offline", "timeout")

    def installed_from(self, course: InstalledCourse, room: str | None) -> None:
        """A course was installed (downloaded from cohort ``room``, or from a file: None)."""
        if room is not None:
            self.choices.course_cohort[course.id] = room
            self.choices.save()

    def install_file(self, path: str | Path) -> InstalledCourse:  # worker
        return install_file(path, self.courses_dir)

    # ------------------------------------------------------------------ language
    def language_for(self, course_id: str, languages, default: str) -> str:
        return self.choices.language_for(course_id, self.ui_language, languages, default)

    def set_ui_language(self, language: str) -> bool:
        """The interface language changed (False: it did not)."""
        if language == self.ui_language:
            return False
        self.ui_language = language
        return True

    @property
    def course_language(self) -> str | None:
        """The language the open course is read in."""
        if self.player is None:
            return None
        m = self.player.course.manifest
        return self.language_for(self.player.course_id, m.languages, m.default_language)

    @property
    def course_language_choice(self) -> str | None:
        """The learner's own language for the open course (None: it follows the interface)."""
        return self.choices.language.get(self.course_id) if self.course_id else None

    def set_course_language(self, language: str | None) -> bool:
        """Read the open course in ``language`` whatever the interface language (None: follow the
        interface). False when no course is open."""
        if self.player is None:
            return False
        if language:
            if language not in self.player.languages:
                raise SessionError("not_in_language", f"This course is not available in {language}",
                                   language=language)
            self.choices.language[self.course_id] = language
        else:
            self.choices.language.pop(self.course_id, None)
        self.choices.save()
        return True

    # ------------------------------------------------------------------ the player
    def open_course(self, course_id: str) -> CoursePlayer:
        """A player for the installed course (its actions run on the worker); nothing on screen yet."""
        row = self.row(course_id)
        if row is None or row.installed is None:
            raise SessionError("not_installed", "Install the course first", course=course_id)
        course = row.installed.course
        m = course.manifest
        player = CoursePlayer(course, self.store, self.learner, self.language_for(course_id, m.languages,
                                                                                  m.default_language))
        self.player, self.course_id = player, course_id
        self.lesson_id = self.lesson = self.quiz = self.question = self.feedback = None
        self.status = self.modules = None
        self.picked = None
        return player

    def choose_lesson(self, lesson_id: str) -> bool:
        """The learner asks for ``lesson_id``; True when it is another lesson (what was on screen
        for the previous one -- the question, its feedback -- is dropped)."""
        changed = lesson_id != self.lesson_id
        if changed:
            self.feedback = self.question = self.quiz = None
            self.picked = None
        self.lesson_id = lesson_id
        return changed

    def step_target(self, delta: int) -> str | None:
        """The lesson before (-1) or after (+1) the one on screen."""
        if self.lesson is None:
            return None
        return self.lesson.next_id if delta > 0 else self.lesson.previous_id

    def accept(self, snap: Snapshot, lesson: bool = False) -> Accepted | None:
        """Take the snapshot of an action; None when it is stale (another course was opened
        since, or -- ``lesson``: for a lesson open -- another lesson was asked for since)."""
        if snap.player is not self.player:
            return None
        if lesson and (snap.lesson is None or snap.lesson.id != self.lesson_id):
            return None
        if snap.feedback is not None:
            self.feedback = snap.feedback
        self.status, self.modules = snap.status, snap.modules
        if snap.lesson is not None:
            self.lesson = snap.lesson
        question = False
        if snap.quiz is not None:
            self.quiz = snap.quiz
            if snap.lesson is not None or self.feedback is None:
                self.feedback = None
                self._choose_question()
                question = True
        return Accepted(lesson=snap.lesson is not None, quiz=snap.quiz is not None, question=question)

    def _choose_question(self) -> None:
        q = self.quiz
        self.picked = None
        if q is None or q.attempt is None:
            self.question = None
        else:
            self.question = next((qv for qv in q.questions if qv.id not in q.answered), None)

    @property
    def asking_image(self) -> bool:
        """An image question is asked and not answered yet: a click in the viewer is the answer."""
        q = self.question
        return q is not None and q.kind == "image" and self.feedback is None

    # the player's actions: run ``action()`` where the player's actions run, then accept() it
    def open_lesson_action(self, lesson_id: str):
        player = self.player

        def action() -> Snapshot:
            player.open_lesson(lesson_id)
            return snapshot(player, lesson_id, view=True)
        return action

    def show_action(self, view: bool = False):
        """The screen read again (the language changed, the next question)."""
        player, lesson_id = self.player, self.lesson_id
        return lambda: snapshot(player, lesson_id, view=view)

    def language_action(self):
        player, lesson_id, lang = self.player, self.lesson_id, self.course_language
        if player is None:
            return None

        def action() -> Snapshot:
            player.set_language(lang)
            return snapshot(player, lesson_id, view=True)
        return action

    def complete_action(self):
        player, lesson_id = self.player, self.lesson_id
        if player is None or lesson_id is None:
            return None

        def action() -> Snapshot:
            player.complete_lesson(lesson_id)
            return snapshot(player, lesson_id)
        return action

    def start_attempt_action(self):
        player, lesson_id = self.player, self.lesson_id
        if player is None or lesson_id is None:
            return None
        self.feedback = None

        def action() -> Snapshot:
            player.start_attempt(lesson_id)
            return snapshot(player, lesson_id)
        return action

    def answer_action(self, chosen: Any = None):
        """The answer to the question asked: ``chosen`` is what the choice widgets say (ids), the
        point clicked in the viewer answers an image question. None when nothing is asked or the
        answer is already in; refused when there is no answer yet."""
        player, q, lesson_id = self.player, self.question, self.lesson_id
        if player is None or q is None or self.feedback is not None:
            return None
        if q.kind == "image":
            response = self.picked
            if response is None:
                raise SessionError("click_first", "Click the finding in the viewer first")
        else:
            response = chosen
            if not response:
                raise SessionError("choose_first", "Choose an answer first")
            if isinstance(response, tuple):
                response = list(response)

        def action() -> Snapshot:
            fb = player.answer(lesson_id, q.id, response)
            snap = snapshot(player, lesson_id)
            return Snapshot(snap.player, snap.modules, snap.status, snap.lesson, snap.quiz, fb)
        return action

    def next_question(self):
        """Leave the answer's feedback for the next question: the action reading the quiz again
        (None when no quiz is open)."""
        self.feedback = None
        return self.show_action() if self.quiz is not None else None

    def pick(self, xyz) -> tuple[float, float, float] | None:
        """A click in the viewer while an image question is asked: the answer point (None: no
        image question is asked, nothing was taken)."""
        if not self.asking_image:
            return None
        self.picked = tuple(float(v) for v in xyz)
        return self.picked

    def certificate_action(self, path: str | Path, issuer: str | None = None):
        player = self.player
        if player is None or self.status is None or not self.status.completed:
            raise SessionError("not_completed", "The course is not completed yet")
        return lambda: str(player.write_certificate(path, issuer=issuer))
