"""The course player: one trainee taking one installed course, fully offline.

:class:`CoursePlayer` is the logic behind the course screens (the widgets of ``ui/`` subscribe to
its psygnal signals and never hold the truth): the modules and lessons with their state in the
trainee's language, opening a lesson (Markdown rendered safely, the video file, the imaging
case's series folder and window preset), completing it, quiz attempts with feedback and the
explanation after each answer, and the course's completion with its certificate.

Every action is one :meth:`courseware.progress.ProgressStore.action`: the new state and the xAPI
statements it produces (:mod:`workstation.coursestate`) are committed together before a signal is
emitted or a result returned. Nothing is cached that the store does not hold, so a second player
on the same store (another window, another process) sees the same progress, and an action
repeated by either finds it done instead of producing a second statement.

Statements produced (all with the course registration, the language, and the course as context
grouping):

* ``registered`` the course -- with the trainee's first action in this course version;
* ``experienced`` a lesson -- when it is opened (re-opening the lesson already open does not
  count again);
* ``completed`` a lesson -- text, video and case lessons, by :meth:`CoursePlayer.complete_lesson`;
* ``attempted`` a quiz -- a new attempt (resuming an unfinished one produces nothing);
* ``answered`` a question -- with the response, success and score, the attempt number;
* ``passed`` / ``failed`` a quiz -- when the attempt's last question is answered (or the attempt is
  ended early), with the attempt's score; a passed quiz is a completed lesson;
* ``completed`` the course -- in the same action as the last lesson completed or quiz passed, with
  success and the course score (the mean of the best score of each quiz; 1 without quizzes):
  this statement is the certificate's, see :func:`workstation.coursestate.certificate_code`;
* ``failed`` the course -- when a quiz has no attempt left and was never passed.
"""

from __future__ import annotations

import os
import posixpath
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from psygnal import Signal

from workstation import coursestate as xs

from .package import CaseLesson, ImageQuestion, InstalledCourse, Lesson, Module, QuizLesson, TextLesson, VideoLesson
from .progress import AttemptRecord, ProgressStore, Tx
from .quiz import AttemptResult, Grade, QuizAttempt, QuizError, attempts_left, question_kind

NEW, OPENED, COMPLETED, FAILED = "new", "opened", "completed", "failed"


class PlayerError(ValueError):
    """An action the course does not allow (unknown lesson, no attempt left...); nothing was recorded."""


# -- views handed to the UI ------------------------------------------------------------------------

@dataclass(frozen=True)
class LessonSummary:
    id: str
    module_id: str
    kind: str  # text | video | case | quiz
    title: str
    state: str  # new | opened | completed | failed (a quiz with no attempt left)


@dataclass(frozen=True)
class ModuleView:
    id: str
    title: str
    lessons: tuple[LessonSummary, ...]


@dataclass(frozen=True)
class QuizInfo:
    pass_mark: float
    max_attempts: int | None
    attempts_used: int  # ended attempts
    attempts_left: int | None  # attempts that can still be started (None: unlimited)
    best_scaled: float | None
    passed: bool
    questions: int
    open_attempt: int | None  # number of the unfinished attempt, if any


@dataclass(frozen=True)
class LessonView:
    """Everything a screen needs to show one lesson in the player's language."""

    id: str
    module_id: str
    kind: str
    title: str
    state: str
    markdown: str = ""
    html: str = ""  # the Markdown rendered safely (no raw HTML; images as file:// URLs in the course)
    video_path: Path | None = None
    series_dir: Path | None = None  # case lessons: the DICOM series to open in the viewer
    window: str | None = None  # case lessons: the window preset
    quiz: QuizInfo | None = None
    previous_id: str | None = None
    next_id: str | None = None


@dataclass(frozen=True)
class ChoiceView:
    id: str
    text: str


@dataclass(frozen=True)
class QuestionView:
    """A question in the player's language."""

    id: str
    kind: str  # single | multiple | image
    prompt: str
    choices: tuple[ChoiceView, ...] = ()
    case_lesson: str | None = None  # image questions: the case lesson whose series is clicked
    series_dir: Path | None = None
    window: str | None = None


@dataclass(frozen=True)
class AnswerFeedback:
    """What the trainee sees after answering."""

    lesson_id: str
    question_id: str
    correct: bool
    explanation: str
    response: tuple
    correct_choices: tuple[ChoiceView, ...] = ()  # choice questions: the right answer
    region_center_mm: tuple[float, float, float] | None = None  # image questions: where the finding is
    region_radius_mm: float | None = None
    distance_mm: float | None = None
    attempt: int = 0
    answered: int = 0
    total: int = 0
    result: AttemptResult | None = None  # when this answer ended the attempt
    course_completed: bool = False


@dataclass(frozen=True)
class CourseStatus:
    lessons_total: int
    lessons_completed: int
    quizzes_passed: int
    quizzes_total: int
    completed: bool
    completed_at: float | None
    failed: bool
    score: float | None  # the course score of the completion statement
    certificate_code: str | None


# -- Markdown --------------------------------------------------------------------------------------

_SCHEME_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


#: Runs of the scripts written without spaces between words (Unicode line-break class SA): Thai,
#: Lao, Myanmar, Khmer (with their extensions), and the language whose dictionary ICU uses for each.
#: Thai is left to Qt, which breaks it with libthai's dictionary over the whole run (a ZWSP from
#: ICU would make libthai split the words between them again: วินโดว์ -> วิน|โดว์).
_SA_RUN_RE = re.compile("[\u0e80-\u0eff]+|[\u1000-\u109f\ua9e0-\ua9ff\uaa60-\uaa7f]+|[\u1780-\u17ff\u19e0-\u19ff]+")
_SA_LOCALE = (("\u0e80", "\u0eff", "lo"), ("\u1780", "\u19ff", "km"))
_ZWSP = "\u200b"


def mark_word_breaks(text: str) -> str:
    """``text`` with a zero-width space between the words of its Lao, Khmer and Burmese runs.

    Those scripts put no space between words, and Qt's text layout breaks lines only where the
    text allows it (spaces, ZWSP; a dictionary for Thai alone, libthai): a paragraph of Lao, Khmer
    or Burmese would overflow or be cut anywhere. ICU's line breaker (icu4py) has the dictionaries
    of these scripts; where it allows a break, a ZWSP tells Qt."""
    if not _SA_RUN_RE.search(text):
        return text
    from icu4py.breakers import LineBreaker

    def split(m: re.Match) -> str:
        run = m.group(0)
        locale = next((lang for lo, hi, lang in _SA_LOCALE if lo <= run[0] <= hi), "my")
        return _ZWSP.join(seg for seg in LineBreaker(run, locale))

    return _SA_RUN_RE.sub(split, text)


def render_markdown(text: str, course: InstalledCourse | None = None, source: str = "") -> str:
    """HTML for a lesson's Markdown: CommonMark with tables, raw HTML shown as text (never
    interpreted), links limited to http(s)/mailto/in-page, images only from inside the course
    (``source`` is the package path of the Markdown file: image paths are relative to its folder;
    they become ``file://`` URLs of the installed files; anything else is dropped).

    Chinese text gets the CJK-friendly amendment of CommonMark's emphasis rule (mdit-py-cjk-friendly):
    plain CommonMark leaves ``以**亨氏单位（HU）**表示`` literal, because a delimiter next to full-width
    punctuation and a Han character is neither left- nor right-flanking; a line break between two Han
    characters adds no space either. Lao, Khmer and Burmese words get a break opportunity between
    them (:func:`mark_word_breaks`; Qt breaks Thai itself) so that their lines wrap between words."""
    from markdown_it import MarkdownIt
    from mdit_py_cjk_friendly import cjk_friendly

    md = (MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
          .enable("table").use(cjk_friendly))
    base_dir = posixpath.dirname(source)

    def image_src(src: str) -> str | None:
        if course is None or _SCHEME_RE.match(src) or src.startswith("//"):
            return None
        target = posixpath.normpath(posixpath.join(base_dir, src.split("#")[0]))
        if target not in course.manifest.files:
            return None
        try:
            return course.path_of(target).resolve().as_uri()
        except (KeyError, OSError, ValueError):
            return None

    def walk(tokens):
        for t in tokens:
            if t.type == "image":
                src = image_src(t.attrGet("src") or "")
                if src is None:
                    t.attrSet("src", "")
                    t.attrSet("data-missing", "true")
                else:
                    t.attrSet("src", src)
            elif t.type == "text":
                t.content = mark_word_breaks(t.content)
            elif t.type == "link_open":
                href = t.attrGet("href") or ""
                if not (href.startswith("#") or re.match(r"^(https?|mailto):", href, re.I)):
                    t.attrSet("href", "#")
            if t.children:
                walk(t.children)

    tokens = md.parse(text)
    walk(tokens)
    return md.renderer.render(tokens, md.options, {})


# -- the player ------------------------------------------------------------------------------------

class CoursePlayer:
    """One trainee (``user``: a :class:`workstation.coursestate.Learner` or a user id) taking
    ``course`` in ``language`` (any tag: texts fall back to the course's default language), with
    progress in ``store``. ``clock``: seconds since the epoch (tests pass a fake one)."""

    lesson_opened = Signal(object)  # LessonView
    lesson_completed = Signal(str)  # lesson id
    attempt_started = Signal(str, int)  # lesson id, attempt number
    answered = Signal(object)  # AnswerFeedback
    attempt_finished = Signal(str, object)  # lesson id, AttemptResult
    course_completed = Signal(object)  # CourseStatus
    course_failed = Signal(str)  # the quiz lesson id that has no attempt left
    progress_changed = Signal()
    language_changed = Signal(str)
    statements_recorded = Signal(list)  # the statement dicts an action committed

    def __init__(self, course: InstalledCourse, store: ProgressStore, user: xs.Learner | str,
                 language: str | None = None, *, clock: Callable[[], float] = time.time):
        self.course = course
        self.store = store
        self.learner = user if isinstance(user, xs.Learner) else xs.Learner(id=str(user))
        if not self.learner.id:
            raise PlayerError("a course is taken by an enrolled user: the user id is empty")
        m = course.manifest
        self.language = language or m.default_language
        self.clock = clock
        self._current: str | None = None  # the lesson on screen
        self._where: dict[str, tuple[Module, Lesson]] = {}
        self._order: list[str] = []
        for _, _, module, lesson in m.lessons():
            if lesson.id in self._where:
                raise PlayerError(f"course {m.id} has two lessons with id {lesson.id!r}")
            self._where[lesson.id] = (module, lesson)
            self._order.append(lesson.id)

    # -- the course
    @property
    def course_id(self) -> str:
        return self.course.manifest.id

    @property
    def version(self) -> str:
        return self.course.manifest.version

    @property
    def languages(self) -> list[str]:
        return list(self.course.manifest.languages)

    def text(self, value) -> str:
        return self.course.text(value, self.language)

    @property
    def title(self) -> str:
        return self.text(self.course.manifest.title)

    @property
    def description(self) -> str:
        return self.text(self.course.manifest.description)

    def set_language(self, language: str) -> None:
        if language != self.language:
            self.language = language
            self.language_changed.emit(language)

    def lesson_ids(self) -> list[str]:
        return list(self._order)

    def modules(self) -> list[ModuleView]:
        states = self._states()
        return [ModuleView(mod.id, self.text(mod.title), tuple(
            LessonSummary(les.id, mod.id, _kind(les), self.text(les.title), states[les.id]) for les in mod.lessons)) for mod in self.course.manifest.modules]

    def lesson_state(self, lesson_id: str) -> str:
        self._lesson(lesson_id)
        return self._states()[lesson_id]

    def status(self) -> CourseStatus:
        u, c, v = self._key()
        lessons = self.store.lessons(u, c, v)
        quizzes = [les for les in (self._where[i][1] for i in self._order) if isinstance(les, QuizLesson)]
        done = sum(1 for i in self._order if (lp := lessons.get(self._lkey(i))) and lp.completed)
        passed = sum(1 for q in quizzes if (lp := lessons.get(self._lkey(q.id))) and lp.completed)
        enr = self.store.enrolment(u, c, v)
        st = self.completion_statement()
        return CourseStatus(len(self._order), done, passed, len(quizzes), bool(enr and enr.completed_at),
                            enr.completed_at if enr else None, bool(enr and enr.failed_at and not enr.completed_at),
                            st.result.score.scaled if st and st.result and st.result.score else None,
                            xs.certificate_code(st) if st else None)

    def completion_statement(self) -> xs.Statement | None:
        """The course completion statement (the certificate's), or None before completion."""
        enr = self.store.enrolment(*self._key())
        if enr is None or not enr.completion_id:
            return None
        data = self.store.statement(enr.completion_id)
        return xs.from_dict(data) if data else None

    @property
    def certificate_code(self) -> str | None:
        st = self.completion_statement()
        return xs.certificate_code(st) if st else None

    def write_certificate(self, path: str | os.PathLike, *, issuer: str | None = None, tz=None) -> Path:
        """The certificate PDF of the completed course, in the player's language."""
        from .certificate import write_certificate

        st = self.completion_statement()
        if st is None:
            raise PlayerError(f"{self.title}: the course is not completed yet, there is no certificate")
        kwargs = {"issuer": issuer} if issuer else {}
        return write_certificate(path, trainee=self.learner.name or self.learner.id, course_title=self.title,
                                 date=xs.parse_timestamp(st.timestamp), score=st.result.score.scaled,
                                 code=xs.certificate_code(st), language=self.language,
                                 course_version=self.version, tz=tz, **kwargs)

    # -- lessons
    def open_lesson(self, lesson_id: str) -> LessonView:
        """Open a lesson: records ``experienced`` (and ``registered`` on the first action)."""
        module, lesson = self._lesson(lesson_id)
        if self._current != lesson_id:
            def act(tx: Tx, now: float, reg: str) -> None:
                tx.open_lesson(*self._key(), self._lkey(lesson_id), now)
                tx.add_statement(xs.experienced(self.learner, self._lesson_activity(lesson_id),
                                                **self._ctx(now, reg)), now)
            self._act(act)
            self._current = lesson_id
        view = self.lesson_view(lesson_id)
        self.lesson_opened.emit(view)
        return view

    def lesson_view(self, lesson_id: str) -> LessonView:
        """The lesson in the player's language, without recording anything."""
        module, lesson = self._lesson(lesson_id)
        kind = _kind(lesson)
        md_text, html = "", ""
        source = self.text(getattr(lesson, "body", None) or {}) if getattr(lesson, "body", None) else ""
        if source:
            try:
                md_text = self.course.read(source).decode("utf-8")
            except (KeyError, OSError, UnicodeDecodeError) as exc:
                raise PlayerError(f"lesson {lesson_id}: cannot read {source}: {exc}") from None
            html = render_markdown(md_text, self.course, source)
        i = self._order.index(lesson_id)
        return LessonView(
            id=lesson.id, module_id=module.id, kind=kind, title=self.text(lesson.title),
            state=self._states()[lesson_id], markdown=md_text, html=html,
            video_path=self.course.path_of(lesson.video) if isinstance(lesson, VideoLesson) else None,
            series_dir=self.course.series_dir(lesson) if isinstance(lesson, CaseLesson) else None,
            window=lesson.window if isinstance(lesson, CaseLesson) else None,
            quiz=self.quiz_info(lesson_id) if isinstance(lesson, QuizLesson) else None,
            previous_id=self._order[i - 1] if i > 0 else None,
            next_id=self._order[i + 1] if i + 1 < len(self._order) else None)

    def complete_lesson(self, lesson_id: str) -> bool:
        """Mark a text, video or case lesson completed (a quiz completes by being passed).
        False when it already was (nothing recorded)."""
        _, lesson = self._lesson(lesson_id)
        if isinstance(lesson, QuizLesson):
            raise PlayerError(f"lesson {lesson_id} is a quiz: it is completed by passing it")
        out: dict[str, Any] = {}

        def act(tx: Tx, now: float, reg: str) -> None:
            if not tx.complete_lesson(*self._key(), self._lkey(lesson_id), now):
                out["new"] = False
                return
            out["new"] = True
            tx.add_statement(xs.completed(self.learner, self._lesson_activity(lesson_id), **self._ctx(now, reg)), now)
            out["course"] = self._maybe_complete_course(tx, now, reg)
        self._act(act)
        if out["new"]:
            self.lesson_completed.emit(lesson_id)
            self._after_course(out)
            self.progress_changed.emit()
        return out["new"]

    # -- quizzes
    def quiz_info(self, lesson_id: str) -> QuizInfo:
        quiz = self._quiz(lesson_id)
        attempts = self.store.attempts(*self._key(), self._lkey(lesson_id))
        ended = [a for a in attempts if a.finished]
        open_ = next((a for a in attempts if not a.finished), None)
        best = max((a.scaled for a in ended if a.scaled is not None), default=None)
        return QuizInfo(float(quiz.pass_mark), quiz.max_attempts, len(ended), attempts_left(quiz, len(attempts)),
                        best, any(a.passed for a in ended), len(quiz.questions),
                        open_.number if open_ is not None else None)

    def questions(self, lesson_id: str) -> list[QuestionView]:
        quiz = self._quiz(lesson_id)
        out = []
        for q in quiz.questions:
            kind = question_kind(q)
            if isinstance(q, ImageQuestion):
                case = self._where.get(q.case, (None, None))[1]
                out.append(QuestionView(q.id, kind, self.text(q.prompt), case_lesson=q.case,
                                        series_dir=self.course.series_dir(case) if isinstance(case, CaseLesson) else None,
                                        window=case.window if isinstance(case, CaseLesson) else None))
            else:
                out.append(QuestionView(q.id, kind, self.text(q.prompt),
                                        tuple(ChoiceView(c.id, self.text(c.text)) for c in q.choices)))
        return out

    def current_attempt(self, lesson_id: str) -> QuizAttempt | None:
        """The unfinished attempt at the quiz (after a restart too), or None."""
        quiz = self._quiz(lesson_id)
        rec = next((a for a in self.store.attempts(*self._key(), self._lkey(lesson_id)) if not a.finished), None)
        return self._attempt_of(quiz, rec) if rec is not None else None

    def start_attempt(self, lesson_id: str) -> QuizAttempt:
        """A new attempt at the quiz, or the unfinished one (resumed: nothing recorded).
        :class:`PlayerError` when no attempt is left."""
        quiz = self._quiz(lesson_id)
        out: dict[str, Any] = {}

        def act(tx: Tx, now: float, reg: str) -> None:
            attempts = tx.attempts(*self._key(), self._lkey(lesson_id))
            open_ = next((a for a in attempts if not a.finished), None)
            if open_ is not None:
                out["attempt"] = self._attempt_of(quiz, open_)
                return
            left = attempts_left(quiz, len(attempts))
            if left == 0:
                raise PlayerError(f"{self.text(quiz.title)}: all {quiz.max_attempts} attempts have been used")
            number = len(attempts) + 1
            aid = tx.start_attempt(*self._key(), self._lkey(lesson_id), number, now)
            tx.add_statement(xs.attempted(self.learner, self._lesson_activity(lesson_id), attempt=number,
                                          **self._ctx(now, reg)), now)
            out["attempt"] = QuizAttempt(quiz, number, aid)
            out["new"] = True
        self._act(act)
        attempt = out["attempt"]
        if out.get("new"):
            self.attempt_started.emit(lesson_id, attempt.number)
            self.progress_changed.emit()
        return attempt

    def answer(self, lesson_id: str, question_id: str, response: Any) -> AnswerFeedback:
        """Answer a question of the open attempt: choice id(s), or for an image question the
        clicked point (x, y, z) in patient LPS mm. The answer and its statements are stored
        before the feedback is returned. :class:`QuizError` for a response that cannot be graded
        or a question already answered in this attempt; :class:`PlayerError` without an open attempt."""
        quiz = self._quiz(lesson_id)
        out: dict[str, Any] = {}

        def act(tx: Tx, now: float, reg: str) -> None:
            rec = next((a for a in tx.attempts(*self._key(), self._lkey(lesson_id)) if not a.finished), None)
            if rec is None:
                raise PlayerError(f"{self.text(quiz.title)}: start an attempt before answering")
            attempt = self._attempt_of(quiz, rec)
            g = attempt.check(question_id, response)  # QuizError: nothing is written
            if not tx.add_answer(rec.id, question_id, g.to_dict(), now):
                raise QuizError(f"question {question_id} was already answered in attempt {rec.number}")
            attempt.record(g)
            q = attempt.question(question_id)
            lesson_act = self._lesson_activity(lesson_id)
            tx.add_statement(xs.answered(self.learner, self._question_activity(lesson_id, q), response=g.xapi_response,
                                         success=g.correct, attempt=rec.number, points=xs.score(g.points, 1),
                                         parent=lesson_act, **self._ctx(now, reg)), now)
            out["grade"], out["attempt"] = g, attempt
            if attempt.finished:
                out.update(self._finish(tx, now, reg, lesson_id, rec, attempt))
        self._act(act)
        attempt: QuizAttempt = out["attempt"]
        fb = self._feedback(lesson_id, out["grade"], attempt, out.get("result"), bool(out.get("course")))
        self.answered.emit(fb)
        self._after_attempt(lesson_id, out)
        self.progress_changed.emit()
        return fb

    def end_attempt(self, lesson_id: str) -> AttemptResult | None:
        """End the open attempt now: unanswered questions count as wrong. None without one."""
        quiz = self._quiz(lesson_id)
        out: dict[str, Any] = {}

        def act(tx: Tx, now: float, reg: str) -> None:
            rec = next((a for a in tx.attempts(*self._key(), self._lkey(lesson_id)) if not a.finished), None)
            if rec is None:
                return
            attempt = self._attempt_of(quiz, rec)
            attempt.ended = True
            out.update(self._finish(tx, now, reg, lesson_id, rec, attempt))
        self._act(act)
        if "result" not in out:
            return None
        self._after_attempt(lesson_id, out)
        self.progress_changed.emit()
        return out["result"]

    # -- internals
    def _key(self) -> tuple[str, str, str]:
        return self.learner.id, self.course_id, self.version

    def _lesson(self, lesson_id: str) -> tuple[Module, Lesson]:
        try:
            return self._where[lesson_id]
        except KeyError:
            raise PlayerError(f"course {self.course_id} has no lesson {lesson_id!r}") from None

    def _quiz(self, lesson_id: str) -> QuizLesson:
        _, lesson = self._lesson(lesson_id)
        if not isinstance(lesson, QuizLesson):
            raise PlayerError(f"lesson {lesson_id} is not a quiz")
        return lesson

    def _lkey(self, lesson_id: str) -> str:
        module, lesson = self._lesson(lesson_id)
        return f"{module.id}/{lesson.id}"

    def _states(self) -> dict[str, str]:
        u, c, v = self._key()
        lessons = self.store.lessons(u, c, v)
        out = {}
        for lid in self._order:
            lesson = self._where[lid][1]
            lp = lessons.get(self._lkey(lid))
            if lp is not None and lp.completed:
                out[lid] = COMPLETED
            elif isinstance(lesson, QuizLesson) and lesson.max_attempts is not None and \
                    len([a for a in self.store.attempts(u, c, v, self._lkey(lid)) if a.finished]) >= lesson.max_attempts:
                out[lid] = FAILED
            elif lp is not None and lp.opened_at is not None:
                out[lid] = OPENED
            else:
                out[lid] = NEW
        return out

    def _course_activity(self) -> xs.Activity:
        m = self.course.manifest
        return xs.course_activity(m.id, m.version, m.title, lessons_total=len(self._order))

    def _lesson_activity(self, lesson_id: str) -> xs.Activity:
        module, lesson = self._lesson(lesson_id)
        return xs.lesson_activity(self.course_id, self.version, module.id, lesson.id, lesson.title, _kind(lesson))

    def _question_activity(self, lesson_id: str, q) -> xs.Activity:
        module, lesson = self._lesson(lesson_id)
        if isinstance(q, ImageQuestion):
            return xs.question_activity(self.course_id, self.version, module.id, lesson.id, q.id, q.prompt,
                                        interaction="other")
        return xs.question_activity(self.course_id, self.version, module.id, lesson.id, q.id, q.prompt,
                                    choices=[(c.id, c.text) for c in q.choices],
                                    correct=[c.id for c in q.choices if c.id in set(q.answer)])

    def _ctx(self, now: float, registration: str) -> dict:
        return {"timestamp": now, "registration": registration, "language": self.language,
                "grouping": self._course_activity()}

    def _act(self, fn: Callable[[Tx, float, str], None]) -> None:
        """Run ``fn(tx, now, registration)`` as one action; registers the course on the first one."""
        now = float(self.clock())
        with self.store.action() as tx:
            enr = tx.enrolment(*self._key())
            if enr is None:
                reg = xs.new_registration()
                tx.enrol(*self._key(), reg, now)
                tx.add_statement(xs.registered(self.learner, self._course_activity(), timestamp=now,
                                               registration=reg, language=self.language), now)
            else:
                reg = enr.registration
            fn(tx, now, reg)
            added = list(tx.added)
        if added:
            self.statements_recorded.emit(added)

    def _attempt_of(self, quiz: QuizLesson, rec: AttemptRecord) -> QuizAttempt:
        a = QuizAttempt(quiz, rec.number, rec.id)
        for qid, gd in rec.answers:
            a.record(Grade.from_dict(gd))
        a.ended = rec.finished
        return a

    def _finish(self, tx: Tx, now: float, reg: str, lesson_id: str, rec: AttemptRecord,
                attempt: QuizAttempt) -> dict:
        quiz = attempt.quiz
        res = attempt.result()
        sc = res.score
        tx.finish_attempt(rec.id, now, res.correct, res.total, float(sc.scaled), res.passed)
        lesson_act = self._lesson_activity(lesson_id)
        builder = xs.passed if res.passed else xs.failed
        tx.add_statement(builder(self.learner, lesson_act, points=sc, attempt=res.number, **self._ctx(now, reg)), now)
        out: dict[str, Any] = {"result": res}
        if res.passed:
            if tx.complete_lesson(*self._key(), self._lkey(lesson_id), now):
                out["completed_lesson"] = True
                out["course"] = self._maybe_complete_course(tx, now, reg)
        else:
            lp = tx.lesson(*self._key(), self._lkey(lesson_id))
            if (lp is None or not lp.completed) and attempts_left(quiz, rec.number) == 0:
                if tx.set_failed_course(*self._key(), now):
                    tx.add_statement(xs.failed(self.learner, self._course_activity(), timestamp=now, registration=reg,
                                               language=self.language), now)
                    out["course_failed"] = True
        return out

    def _maybe_complete_course(self, tx: Tx, now: float, reg: str) -> bool:
        u, c, v = self._key()
        enr = tx.enrolment(u, c, v)
        if enr is None or enr.completed_at is not None:
            return False
        best = []
        for lid in self._order:
            lp = tx.lesson(u, c, v, self._lkey(lid))
            if lp is None or not lp.completed:
                return False
            if isinstance(self._where[lid][1], QuizLesson):
                scores = [a.scaled for a in tx.attempts(u, c, v, self._lkey(lid)) if a.passed and a.scaled is not None]
                best.append(max(scores) if scores else 1.0)
        scaled = sum(best) / len(best) if best else 1.0
        points = xs.Score(scaled=round(scaled, 6), raw=round(scaled * 100.0, 3), min=0.0, max=100.0)
        st = xs.completed(self.learner, self._course_activity(), points=points, success=True,
                          timestamp=now, registration=reg, language=self.language)
        tx.add_statement(st, now)
        tx.set_completed_course(u, c, v, now, st.id)
        return True

    def _after_course(self, out: dict) -> None:
        if out.get("course"):
            self.course_completed.emit(self.status())

    def _after_attempt(self, lesson_id: str, out: dict) -> None:
        if "result" in out:
            self.attempt_finished.emit(lesson_id, out["result"])
        if out.get("completed_lesson"):
            self.lesson_completed.emit(lesson_id)
        if out.get("course_failed"):
            self.course_failed.emit(lesson_id)
        self._after_course(out)

    def _feedback(self, lesson_id: str, g: Grade, attempt: QuizAttempt, result: AttemptResult | None,
                  course_done: bool) -> AnswerFeedback:
        q = attempt.question(g.question_id)
        choices: tuple[ChoiceView, ...] = ()
        center = radius = None
        if isinstance(q, ImageQuestion):
            center = tuple(float(v) for v in q.region.center_mm)
            radius = float(q.region.radius_mm)
        else:
            texts = {c.id: self.text(c.text) for c in q.choices}
            choices = tuple(ChoiceView(cid, texts[cid]) for cid in g.correct_choices)
        return AnswerFeedback(lesson_id, g.question_id, g.correct, self.text(q.explanation), g.response, choices,
                              center, radius, g.distance_mm, attempt.number, len(attempt.grades), attempt.total,
                              result, course_done)


def _kind(lesson: Lesson) -> str:
    if isinstance(lesson, TextLesson):
        return "text"
    if isinstance(lesson, VideoLesson):
        return "video"
    if isinstance(lesson, CaseLesson):
        return "case"
    return "quiz"


__all__ = ["CoursePlayer", "PlayerError", "LessonSummary", "ModuleView", "QuizInfo", "LessonView", "ChoiceView",
           "QuestionView", "AnswerFeedback", "CourseStatus", "render_markdown", "NEW", "OPENED", "COMPLETED",
           "FAILED"]
