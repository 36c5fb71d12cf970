"""Course state shared by the workstation and the hub: xAPI statements, the cohort report,
certificate codes.

Progress in a course travels as **xAPI 1.0.3 statements** (actor, verb, object, result, context,
timestamp, id), so the hub can hand them to any learning record store unchanged:

* ``actor``: an Agent identified by an *account* -- ``homePage`` is the network's home page
  (:data:`DEFAULT_HOME_PAGE` unless the caller names another), ``name`` the enrolled user id;
  ``name`` (top level) is the person's display name.
* ``verb``: an ADL verb IRI (:data:`VERBS`: registered, experienced, attempted, answered,
  completed, passed, failed) with an English display.
* ``object``: an Activity whose id is ``silkbridge://course/<course>/<version>`` for the course,
  ``.../<module>/<lesson>`` for a lesson (a quiz is a lesson) and ``.../<module>/<lesson>/<question>``
  for a question (each part percent-encoded; :func:`parse_activity_id` reads it back). The
  definition carries the ADL activity type (:data:`ACTIVITY_TYPES`), the name as a language map
  in every language of the course, and for a question the interaction type (``choice`` or, for a
  click on an image, ``other``) and the correct responses pattern.
* ``result``: ``score`` {scaled 0..1, raw, min, max}, ``success``, ``completion``, ``response``
  (choice ids joined by ``[,]`` as in the xAPI interaction format; for an image question the
  clicked point ``"x,y,z"`` in patient LPS millimetres).
* ``context``: ``registration`` (one UUID per trainee and course version, from the
  ``registered`` statement on), ``language``, ``platform``, ``contextActivities`` (``parent``
  and ``grouping`` = the course), and ``extensions`` (:data:`EXT_ATTEMPT` the quiz attempt
  number, :data:`EXT_LESSONS_TOTAL` how many lessons the course has -- so a report needs no
  manifest).
* ``timestamp``: ISO 8601 UTC (``2025-03-01T08:30:00.000Z``); ``id``: a UUID; ``version``: 1.0.3.

The builders (:func:`registered`, :func:`experienced`, :func:`attempted`, :func:`answered`,
:func:`completed`, :func:`passed`, :func:`failed`) return :class:`Statement` structs;
:func:`to_dict` / :func:`from_dict` convert to and from the plain dicts that travel and are
stored (:func:`from_dict` raises :class:`StatementError` naming the field for a malformed one).

:class:`CohortReport` is a pure reducer over ``(sender, statement dict)`` pairs as the hub
received them: who completed what, best quiz scores, attempts, and per question how often it was
answered correctly ("hardest questions"). The sender is the hub-authenticated user id and is the
only identity trusted: a statement whose actor is someone else is refused. A statement id seen
before is counted once, and every figure is a commutative fold (sets, counts, maxima, earliest /
latest by timestamp), so the report does not depend on the order in which statements arrive.

:func:`certificate_code` derives a short code (``ABCD-EFGH-JKLM``: 12 base32 characters of the
SHA-256 of the canonical course completion statement) that is printed on the certificate;
:func:`verify_certificate` finds the completion statement a code belongs to among the statements
the hub holds. A code proves that the hub received that completion from that trainee; it does not
make a statement harder to forge than the link's authentication does.

No I/O, no clock (callers pass timestamps), no imports of the layers above.
"""

from __future__ import annotations

import base64
import csv
import datetime as _dt
import hashlib
import io
import math
import re
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, unquote

import msgspec

XAPI_VERSION = "1.0.3"
DEFAULT_HOME_PAGE = "https://silkbridge.example.org"
PLATFORM = "Silkbridge"
ACTIVITY_SCHEME = "silkbridge://course/"

_ADL_VERBS = "http://adlnet.gov/expapi/verbs/"
VERBS = {name: _ADL_VERBS + name for name in
         ("registered", "experienced", "attempted", "answered", "completed", "passed", "failed")}
VERB_NAMES = {iri: name for name, iri in VERBS.items()}

_ADL_ACTIVITIES = "http://adlnet.gov/expapi/activities/"
ACTIVITY_TYPES = {
    "course": _ADL_ACTIVITIES + "course",
    "lesson": _ADL_ACTIVITIES + "lesson",
    "quiz": _ADL_ACTIVITIES + "assessment",
    "question": _ADL_ACTIVITIES + "cmi.interaction",
}

EXT_ATTEMPT = "silkbridge://xapi/extensions/attempt"
EXT_LESSONS_TOTAL = "silkbridge://xapi/extensions/lessons-total"
EXT_LESSON_KIND = "silkbridge://xapi/extensions/lesson-kind"
RESPONSE_SEPARATOR = "[,]"  # xAPI interaction format for several choices

_CODE_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_CODE_LEN = 12
_CODE_TYPOS = str.maketrans({"0": "O", "1": "I", "8": "B"})


class StatementError(ValueError):
    """A statement is malformed (the message names the field) or not one this network produces."""


# -- the statement ---------------------------------------------------------------------------------

class _X(msgspec.Struct, kw_only=True, omit_defaults=True, forbid_unknown_fields=False):
    """Base: keyword-only, absent optional fields are omitted, fields an LRS adds are ignored."""


class Account(_X):
    homePage: str
    name: str


class Agent(_X):
    account: Account
    name: str | None = None
    objectType: str = "Agent"


class Verb(_X):
    id: str
    display: dict[str, str] = {}


class InteractionComponent(_X):
    id: str
    description: dict[str, str] = {}


class Definition(_X):
    type: str | None = None
    name: dict[str, str] | None = None
    description: dict[str, str] | None = None
    interactionType: str | None = None
    correctResponsesPattern: list[str] | None = None
    choices: list[InteractionComponent] | None = None
    extensions: dict[str, Any] | None = None


class Activity(_X):
    id: str
    definition: Definition | None = None
    objectType: str = "Activity"


class Score(_X):
    scaled: float | None = None
    raw: float | None = None
    min: float | None = None
    max: float | None = None


class Result(_X):
    score: Score | None = None
    success: bool | None = None
    completion: bool | None = None
    response: str | None = None
    duration: str | None = None
    extensions: dict[str, Any] | None = None


class ActivityRefs(_X):
    parent: list[Activity] | None = None
    grouping: list[Activity] | None = None


class Context(_X):
    registration: str | None = None
    language: str | None = None
    platform: str | None = None
    contextActivities: ActivityRefs | None = None
    extensions: dict[str, Any] | None = None


class Statement(_X):
    id: str
    actor: Agent
    verb: Verb
    object: Activity
    timestamp: str
    result: Result | None = None
    context: Context | None = None
    version: str | None = None  # the builders set XAPI_VERSION

    @property
    def verb_name(self) -> str:
        """"completed", "answered"... ("" for a verb of another vocabulary)."""
        return VERB_NAMES.get(self.verb.id, "")

    @property
    def user(self) -> str:
        return self.actor.account.name


class Learner(msgspec.Struct, kw_only=True, frozen=True):
    """The person taking a course: the enrolled user id, the display name, the account's home page."""

    id: str
    name: str = ""
    home_page: str = DEFAULT_HOME_PAGE

    def agent(self) -> Agent:
        return Agent(account=Account(homePage=self.home_page, name=self.id), name=self.name or None)


# -- activity ids ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class ActivityRef:
    """What an activity id names: a course version, a lesson of it, or a question of a lesson."""

    course: str
    version: str
    module: str = ""
    lesson: str = ""
    question: str = ""

    @property
    def kind(self) -> str:
        return "question" if self.question else "lesson" if self.lesson else "course"

    @property
    def lesson_key(self) -> str:
        """``module/lesson`` (unique within a course version)."""
        return f"{self.module}/{self.lesson}" if self.lesson else ""

    @property
    def iri(self) -> str:
        parts = [self.course, self.version]
        if self.lesson:
            parts += [self.module, self.lesson]
            if self.question:
                parts.append(self.question)
        return ACTIVITY_SCHEME + "/".join(quote(p, safe="") for p in parts)

    def course_ref(self) -> "ActivityRef":
        return ActivityRef(self.course, self.version)

    def lesson_ref(self) -> "ActivityRef":
        return ActivityRef(self.course, self.version, self.module, self.lesson)


def activity_id(course: str, version: str, module: str = "", lesson: str = "", question: str = "") -> str:
    """``silkbridge://course/<course>/<version>[/<module>/<lesson>[/<question>]]``."""
    if not course or not version:
        raise StatementError("an activity id needs a course id and a version")
    if bool(module) != bool(lesson) or (question and not lesson):
        raise StatementError("a lesson activity needs both its module and lesson id; a question needs its lesson")
    return ActivityRef(course, version, module, lesson, question).iri


def parse_activity_id(iri: str) -> ActivityRef:
    """The inverse of :func:`activity_id`; :class:`StatementError` for any other IRI."""
    if not isinstance(iri, str) or not iri.startswith(ACTIVITY_SCHEME):
        raise StatementError(f"object.id {iri!r} is not a Silkbridge course activity ({ACTIVITY_SCHEME}...)")
    parts = [unquote(p) for p in iri[len(ACTIVITY_SCHEME):].split("/")]
    if len(parts) not in (2, 4, 5) or not all(parts):
        raise StatementError(f"object.id {iri!r}: expected course/version[/module/lesson[/question]]")
    return ActivityRef(*parts)


def course_activity(course: str, version: str, title: Mapping[str, str] | None = None,
                    lessons_total: int | None = None) -> Activity:
    ext = {EXT_LESSONS_TOTAL: int(lessons_total)} if lessons_total is not None else None
    return Activity(id=activity_id(course, version),
                    definition=Definition(type=ACTIVITY_TYPES["course"], name=dict(title or {}) or None,
                                          extensions=ext))


def lesson_activity(course: str, version: str, module: str, lesson: str, title: Mapping[str, str] | None = None,
                    kind: str = "text") -> Activity:
    return Activity(id=activity_id(course, version, module, lesson),
                    definition=Definition(type=ACTIVITY_TYPES["quiz" if kind == "quiz" else "lesson"],
                                          name=dict(title or {}) or None,
                                          extensions={EXT_LESSON_KIND: kind}))


def question_activity(course: str, version: str, module: str, lesson: str, question: str,
                      prompt: Mapping[str, str] | None = None, interaction: str = "choice",
                      choices: Iterable[tuple[str, Mapping[str, str]]] | None = None,
                      correct: Iterable[str] | None = None) -> Activity:
    """A question as a cmi.interaction; ``correct``: the correct choice ids (for ``choice``) or
    one pattern string (for ``other``)."""
    pattern = None
    if correct is not None:
        pattern = [RESPONSE_SEPARATOR.join(correct)] if interaction == "choice" else [str(c) for c in correct]
    comps = [InteractionComponent(id=cid, description=dict(text)) for cid, text in choices] if choices else None
    return Activity(id=activity_id(course, version, module, lesson, question),
                    definition=Definition(type=ACTIVITY_TYPES["question"], name={"en": question},
                                          description=dict(prompt or {}) or None, interactionType=interaction,
                                          correctResponsesPattern=pattern, choices=comps))


# -- builders --------------------------------------------------------------------------------------

def iso_timestamp(t: float | str | _dt.datetime) -> str:
    """ISO 8601 UTC with milliseconds, e.g. ``2025-03-01T08:30:00.000Z``."""
    if isinstance(t, str):
        return iso_timestamp(parse_timestamp(t))
    if isinstance(t, _dt.datetime):
        d = t if t.tzinfo else t.replace(tzinfo=_dt.timezone.utc)
    else:
        if not math.isfinite(float(t)):
            raise StatementError(f"timestamp {t!r} is not a time")
        d = _dt.datetime.fromtimestamp(float(t), _dt.timezone.utc)
    return d.astimezone(_dt.timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def parse_timestamp(s: str) -> _dt.datetime:
    """An aware datetime from an ISO 8601 timestamp (``Z`` or an offset; a naive one is UTC)."""
    if not isinstance(s, str) or not s:
        raise StatementError(f"timestamp {s!r} is not an ISO 8601 time")
    try:
        d = _dt.datetime.fromisoformat(s[:-1] + "+00:00" if s.endswith(("Z", "z")) else s)
    except ValueError:
        raise StatementError(f"timestamp {s!r} is not an ISO 8601 time") from None
    return d if d.tzinfo else d.replace(tzinfo=_dt.timezone.utc)


def new_registration() -> str:
    return str(uuid.uuid4())


def statement(verb: str, learner: Learner, obj: Activity, *, timestamp: float | str, result: Result | None = None,
              registration: str | None = None, language: str | None = None, grouping: Activity | None = None,
              parent: Activity | None = None, extensions: Mapping[str, Any] | None = None,
              statement_id: str | None = None) -> Statement:
    """A statement with ``verb`` (a key of :data:`VERBS`) by ``learner`` about ``obj``.

    ``grouping``: the course activity (context grouping), ``parent``: the lesson of a question.
    ``statement_id``: a UUID (a new one by default)."""
    if verb not in VERBS:
        raise StatementError(f"unknown verb {verb!r}; one of {', '.join(VERBS)}")
    sid = str(uuid.UUID(statement_id)) if statement_id else str(uuid.uuid4())
    refs = None
    if grouping is not None or parent is not None:
        refs = ActivityRefs(parent=[Activity(id=parent.id)] if parent is not None else None,
                            grouping=[Activity(id=grouping.id)] if grouping is not None else None)
    ctx = Context(registration=registration, language=language, platform=PLATFORM, contextActivities=refs,
                  extensions=dict(extensions) if extensions else None)
    return Statement(id=sid, actor=learner.agent(), verb=Verb(id=VERBS[verb], display={"en-US": verb}),
                     object=obj, timestamp=iso_timestamp(timestamp), result=result, context=ctx,
                     version=XAPI_VERSION)


def score(correct: float, total: float) -> Score:
    """A score of ``correct`` out of ``total`` (scaled 0..1; an empty quiz scores 1)."""
    scaled = 1.0 if total <= 0 else max(0.0, min(1.0, correct / total))
    return Score(scaled=round(scaled, 6), raw=float(correct), min=0.0, max=float(total))


def registered(learner: Learner, course: Activity, **ctx) -> Statement:
    """The learner enrolled in ``course`` (first open of the course on this workstation)."""
    return statement("registered", learner, course, **ctx)


def experienced(learner: Learner, lesson: Activity, **ctx) -> Statement:
    """The learner opened ``lesson``."""
    return statement("experienced", learner, lesson, **ctx)


def attempted(learner: Learner, quiz: Activity, *, attempt: int, **ctx) -> Statement:
    """The learner started attempt number ``attempt`` of ``quiz``."""
    ext = {**(ctx.pop("extensions", None) or {}), EXT_ATTEMPT: int(attempt)}
    return statement("attempted", learner, quiz, extensions=ext, **ctx)


def answered(learner: Learner, question: Activity, *, response: str, success: bool, attempt: int,
             points: Score | None = None, **ctx) -> Statement:
    """The learner answered ``question`` in attempt ``attempt`` (``response`` in xAPI form)."""
    ext = {**(ctx.pop("extensions", None) or {}), EXT_ATTEMPT: int(attempt)}
    return statement("answered", learner, question, extensions=ext,
                     result=Result(response=response, success=bool(success), score=points), **ctx)


def completed(learner: Learner, obj: Activity, *, points: Score | None = None, success: bool | None = None,
              **ctx) -> Statement:
    """The learner completed ``obj`` (a lesson, or the whole course: the certificate's statement)."""
    return statement("completed", learner, obj, result=Result(completion=True, success=success, score=points), **ctx)


def passed(learner: Learner, obj: Activity, *, points: Score, attempt: int | None = None, **ctx) -> Statement:
    """The learner passed ``obj`` (a quiz attempt) with ``points``."""
    ext = dict(ctx.pop("extensions", None) or {})
    if attempt is not None:
        ext[EXT_ATTEMPT] = int(attempt)
    return statement("passed", learner, obj, extensions=ext or None,
                     result=Result(completion=True, success=True, score=points), **ctx)


def failed(learner: Learner, obj: Activity, *, points: Score | None = None, attempt: int | None = None,
           **ctx) -> Statement:
    """The learner failed ``obj`` (a quiz attempt below the pass mark, or the course when no
    attempt is left)."""
    ext = dict(ctx.pop("extensions", None) or {})
    if attempt is not None:
        ext[EXT_ATTEMPT] = int(attempt)
    return statement("failed", learner, obj, extensions=ext or None,
                     result=Result(completion=True, success=False, score=points), **ctx)


# -- plain data ------------------------------------------------------------------------------------

def to_dict(st: Statement) -> dict:
    """The statement as JSON-ready builtins (absent optional fields omitted)."""
    return msgspec.to_builtins(st)


def to_json(st: Statement | Mapping) -> bytes:
    return msgspec.json.encode(st)


_UUID_RE = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")


def from_dict(data: Mapping | Statement) -> Statement:
    """Validate a statement dict (or pass a :class:`Statement` through): the xAPI fields, a UUID
    id, an ISO 8601 timestamp, a Silkbridge activity id, a score within its bounds. Raises
    :class:`StatementError` naming the field."""
    if isinstance(data, Statement):
        st = data
    else:
        if not isinstance(data, Mapping):
            raise StatementError(f"a statement is a JSON object, got {type(data).__name__}")
        try:
            st = msgspec.convert(dict(data), Statement)
        except msgspec.ValidationError as exc:
            raise StatementError(f"malformed statement: {exc}") from None
    if not _UUID_RE.match(st.id):
        raise StatementError(f"id {st.id!r} is not a UUID")
    if not st.actor.account.name:
        raise StatementError("actor.account.name (the user id) is empty")
    parse_timestamp(st.timestamp)
    parse_activity_id(st.object.id)
    sc = st.result.score if st.result is not None else None
    if sc is not None and sc.scaled is not None and not (-1.0 <= sc.scaled <= 1.0):
        raise StatementError(f"result.score.scaled {sc.scaled} is outside -1..1")
    return st


# -- certificates ----------------------------------------------------------------------------------

def is_course_completion(st: Statement) -> bool:
    """A ``completed`` statement about a whole course, with success (the certificate's statement)."""
    try:
        ref = parse_activity_id(st.object.id)
    except StatementError:
        return False
    return (st.verb.id == VERBS["completed"] and ref.kind == "course" and st.result is not None
            and st.result.completion is True and st.result.success is not False)


def _canonical(st: Statement) -> bytes:
    sc = st.result.score if st.result is not None and st.result.score is not None else None
    scaled = "" if sc is None or sc.scaled is None else f"{sc.scaled:.6f}"
    fields = ["silkbridge-certificate-1", st.id.lower(), st.actor.account.homePage, st.actor.account.name,
              st.verb.id, st.object.id, iso_timestamp(st.timestamp), scaled]
    return "\n".join(fields).encode("utf-8")


def certificate_code(st: Statement | Mapping) -> str:
    """The verification code printed on a certificate, e.g. ``K7QM-2XCA-PZ4N``: the first 12
    base32 characters of the SHA-256 of the canonical course completion statement (its id, the
    learner's account, the verb, the course activity, the time and the score). Raises
    :class:`StatementError` for a statement that is not a course completion."""
    st = from_dict(st)
    if not is_course_completion(st):
        raise StatementError("a certificate code is derived from the course completion statement "
                             f"(verb completed on a course); got {st.verb_name or st.verb.id} on {st.object.id}")
    raw = base64.b32encode(hashlib.sha256(_canonical(st)).digest()).decode("ascii")[:_CODE_LEN]
    return "-".join(raw[i:i + 4] for i in range(0, _CODE_LEN, 4))


def normalize_code(code: str) -> str:
    """``code`` as printed (``XXXX-XXXX-XXXX``), read leniently: case, spaces and dashes do not
    matter, and 0/1/8 typed for O/I/B are accepted. Raises ValueError for a code that cannot be
    one of ours."""
    raw = re.sub(r"[\s\-_.]", "", str(code)).upper().translate(_CODE_TYPOS)
    if len(raw) != _CODE_LEN or any(c not in _CODE_ALPHABET for c in raw):
        raise ValueError(f"{code!r} is not a certificate verification code (12 letters and digits 2-7, "
                         "grouped like ABCD-EFGH-JKLM)")
    return "-".join(raw[i:i + 4] for i in range(0, _CODE_LEN, 4))


def verify_certificate(code: str, statements: Iterable[Any]) -> Statement | None:
    """The course completion statement whose certificate code is ``code``, or None.

    ``statements``: statement dicts / :class:`Statement` structs, or ``(sender, statement)``
    pairs as the hub received them (then the statement counts only if its actor is the sender).
    Malformed statements are skipped. Raises ValueError for a malformed code."""
    want = normalize_code(code)
    for item in statements:
        sender = None
        if isinstance(item, tuple) and len(item) == 2:
            sender, item = item
        try:
            st = from_dict(item)
        except StatementError:
            continue
        if sender is not None and st.user != sender:
            continue
        if is_course_completion(st) and certificate_code(st) == want:
            return st
    return None


# -- the cohort report -----------------------------------------------------------------------------

def _text(m: Mapping[str, str] | None, language: str) -> str:
    if not m:
        return ""
    if language in m:
        return m[language]
    base = language.split("-")[0]
    for k, v in m.items():
        if k.split("-")[0] == base:
            return v
    return m.get("en") or m.get("en-US") or next(iter(m.values()))


@dataclass
class QuizProgress:
    """One trainee's record on one quiz (a quiz lesson)."""

    lesson: str  # module/lesson
    title: dict[str, str] = field(default_factory=dict)
    attempts: set[str] = field(default_factory=set)  # attempts that ended (passed or failed)
    best: float | None = None  # best scaled score of an ended attempt
    passed: bool = False


@dataclass
class TraineeProgress:
    """One trainee in one course version."""

    user: str
    course: str
    version: str
    name: str = ""
    title: dict[str, str] = field(default_factory=dict)
    registered_at: str = ""  # earliest registered statement
    lessons_total: int | None = None
    lessons_completed: set[str] = field(default_factory=set)  # module/lesson keys
    lessons_opened: set[str] = field(default_factory=set)
    quizzes: dict[str, QuizProgress] = field(default_factory=dict)
    completed: bool = False
    completed_at: str = ""  # earliest course completion
    score: float | None = None  # scaled score of that completion
    certificate_code: str = ""
    failed: bool = False  # a course "failed" statement (no attempt left on a quiz)
    last_activity: str = ""
    _name_at: tuple[str, str] = ("", "")
    _completion_at: tuple[str, str] = ("", "")

    def quiz_attempts(self) -> int:
        return sum(len(q.attempts) for q in self.quizzes.values())

    def best_quiz_score(self) -> float | None:
        """The mean of the best score of every quiz attempted (None when no quiz ended)."""
        best = [q.best for q in self.quizzes.values() if q.best is not None]
        return sum(best) / len(best) if best else None

    @property
    def status(self) -> str:
        if self.completed:
            return "completed"
        if self.failed:
            return "failed"
        if self.lessons_opened or self.lessons_completed or self.quizzes:
            return "in progress"
        return "registered"


@dataclass
class QuestionStats:
    """How a question fared across the cohort."""

    course: str
    version: str
    lesson: str  # module/lesson
    question: str
    prompt: dict[str, str] = field(default_factory=dict)
    attempts: int = 0  # answers given, every attempt of every trainee
    correct: int = 0
    trainees: set[str] = field(default_factory=set)

    @property
    def correct_rate(self) -> float:
        return self.correct / self.attempts if self.attempts else 0.0


def _csv_cell(value: Any) -> str:
    """A CSV cell that a spreadsheet will not run as a formula (names come from trainees)."""
    s = "" if value is None else str(value)
    return "'" + s if s[:1] in ("=", "+", "-", "@", "\t", "\r") else s


def _pct(x: float | None) -> str:
    return "" if x is None else f"{100.0 * x:.1f}"


class CohortReport:
    """Progress of a cohort from the statements the hub received.

    Feed ``(sender, statement)`` pairs with :meth:`apply` / :meth:`extend` in any order; a
    statement id seen before is ignored (counted in :attr:`duplicates`), a malformed statement or
    one whose actor is not its sender is refused (:attr:`refused` holds ``(statement id, reason)``).
    """

    def __init__(self) -> None:
        self._seen: set[str] = set()
        self._trainees: dict[tuple[str, str, str], TraineeProgress] = {}
        self._questions: dict[str, QuestionStats] = {}
        self.duplicates = 0
        self.accepted = 0
        self.refused: list[tuple[str, str]] = []

    # -- feeding
    def apply(self, sender: str, data: Mapping | Statement) -> bool:
        """Count one statement sent by ``sender``; True when it was new and accepted."""
        sid = str(data.get("id", "?")) if isinstance(data, Mapping) else getattr(data, "id", "?")
        try:
            st = from_dict(data)
        except StatementError as exc:
            self.refused.append((sid, str(exc)))
            return False
        if st.user != sender:
            self.refused.append((st.id, f"actor {st.user!r} is not the sender {sender!r}"))
            return False
        key = st.id.lower()
        if key in self._seen:
            self.duplicates += 1
            return False
        self._seen.add(key)
        self.accepted += 1
        self._fold(st)
        return True

    def extend(self, pairs: Iterable[tuple[str, Mapping | Statement]]) -> int:
        """Apply every pair; the number accepted."""
        return sum(self.apply(sender, st) for sender, st in pairs)

    def _fold(self, st: Statement) -> None:
        ref = parse_activity_id(st.object.id)
        key = (st.user, ref.course, ref.version)
        tp = self._trainees.get(key)
        if tp is None:
            tp = self._trainees[key] = TraineeProgress(user=st.user, course=ref.course, version=ref.version)
        ts = iso_timestamp(st.timestamp)
        if st.actor.name and (ts, st.id) > tp._name_at:
            tp.name, tp._name_at = st.actor.name, (ts, st.id)
        tp.last_activity = max(tp.last_activity, ts)
        ctx_ext = (st.context.extensions if st.context is not None else None) or {}
        defn = st.object.definition
        def_ext = (defn.extensions if defn is not None else None) or {}
        total = def_ext.get(EXT_LESSONS_TOTAL, ctx_ext.get(EXT_LESSONS_TOTAL))
        if isinstance(total, int) and not isinstance(total, bool) and total >= 0:
            tp.lessons_total = max(tp.lessons_total or 0, total)
        verb = st.verb_name
        result = st.result or Result()
        scaled = result.score.scaled if result.score is not None else None

        if ref.kind == "course":
            if defn is not None and defn.name:
                tp.title = {**defn.name, **tp.title} if tp.title else dict(defn.name)
            if verb == "registered":
                tp.registered_at = min(tp.registered_at, ts) if tp.registered_at else ts
            elif is_course_completion(st):
                tp.completed = True
                if not tp.completed_at or (ts, st.id) < tp._completion_at:
                    tp.completed_at, tp.score, tp._completion_at = ts, scaled, (ts, st.id)
                    tp.certificate_code = certificate_code(st)
            elif verb == "failed":
                tp.failed = True
            return

        if ref.kind == "lesson":
            lk = ref.lesson_key
            if verb == "experienced":
                tp.lessons_opened.add(lk)
            elif verb == "completed":
                tp.lessons_completed.add(lk)
            elif verb in ("passed", "failed", "attempted"):
                q = tp.quizzes.get(lk)
                if q is None:
                    q = tp.quizzes[lk] = QuizProgress(lesson=lk)
                if defn is not None and defn.name and not q.title:
                    q.title = dict(defn.name)
                if verb != "attempted":
                    attempt = ctx_ext.get(EXT_ATTEMPT)
                    q.attempts.add(f"#{attempt}" if isinstance(attempt, int) else st.id)
                    if scaled is not None:
                        q.best = scaled if q.best is None else max(q.best, scaled)
                    if verb == "passed":
                        q.passed = True
                        tp.lessons_completed.add(lk)
            return

        if verb == "answered":  # a question
            qs = self._questions.get(st.object.id)
            if qs is None:
                qs = self._questions[st.object.id] = QuestionStats(ref.course, ref.version, ref.lesson_key,
                                                                   ref.question)
            if defn is not None and defn.description and not qs.prompt:
                qs.prompt = dict(defn.description)
            qs.attempts += 1
            qs.correct += 1 if result.success else 0
            qs.trainees.add(st.user)

    # -- reading
    def trainees(self, course: str | None = None) -> list[TraineeProgress]:
        """Every (trainee, course version), sorted by course, version, name, user id."""
        rows = [t for t in self._trainees.values() if course is None or t.course == course]
        return sorted(rows, key=lambda t: (t.course, t.version, t.name.casefold(), t.user))

    def progress(self, user: str, course: str, version: str | None = None) -> TraineeProgress | None:
        if version is not None:
            return self._trainees.get((user, course, version))
        found = [t for (u, c, _), t in self._trainees.items() if u == user and c == course]
        return max(found, key=lambda t: t.last_activity) if found else None

    def questions(self, course: str | None = None) -> list[QuestionStats]:
        """Every answered question, hardest first (lowest correct rate, then most answered)."""
        rows = [q for q in self._questions.values() if course is None or q.course == course]
        return sorted(rows, key=lambda q: (q.correct_rate, -q.attempts, q.course, q.version, q.lesson, q.question))

    def hardest(self, n: int = 10, course: str | None = None) -> list[QuestionStats]:
        return self.questions(course)[:n]

    TRAINEE_COLUMNS = ("user_id", "name", "course", "course_title", "version", "status", "registered", "lessons_completed",
                       "lessons_total", "quiz_attempts", "best_quiz_scores_pct", "mean_best_quiz_pct", "completed",
                       "completed_at", "course_score_pct", "certificate_code", "last_activity")
    QUESTION_COLUMNS = ("course", "version", "lesson", "question", "prompt", "attempts", "correct",
                        "correct_rate_pct", "trainees")

    def to_csv(self, path=None, language: str = "en") -> str:
        """The trainee table as CSV (one row per trainee and course version, the course title in
        ``language``); also written to ``path`` when given (UTF-8 with a BOM). Per-quiz best scores are ``module/lesson=80.0`` joined by ``; ``."""
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(self.TRAINEE_COLUMNS)
        for t in self.trainees():
            quizzes = "; ".join(f"{k}={_pct(q.best)}" for k, q in sorted(t.quizzes.items()) if q.best is not None)
            w.writerow([_csv_cell(v) for v in (
                t.user, t.name, t.course, _text(t.title, language), t.version, t.status, t.registered_at, len(t.lessons_completed),
                "" if t.lessons_total is None else t.lessons_total, t.quiz_attempts(), quizzes,
                _pct(t.best_quiz_score()), "yes" if t.completed else "no", t.completed_at, _pct(t.score),
                t.certificate_code, t.last_activity)])
        return self._write(buf.getvalue(), path)

    def questions_csv(self, path=None, language: str = "en") -> str:
        """The questions, hardest first, as CSV (prompt in ``language`` with fallback)."""
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(self.QUESTION_COLUMNS)
        for q in self.questions():
            w.writerow([_csv_cell(v) for v in (q.course, q.version, q.lesson, q.question, _text(q.prompt, language),
                                               q.attempts, q.correct, _pct(q.correct_rate), len(q.trainees))])
        return self._write(buf.getvalue(), path)

    @staticmethod
    def _write(text: str, path) -> str:
        if path is not None:
            from pathlib import Path

            p = Path(path)
            tmp = p.with_name(f".{p.name}.tmp")
            tmp.write_text(text, encoding="utf-8-sig", newline="")  # BOM: spreadsheets read UTF-8 names
            tmp.replace(p)
        return text


__all__ = [
    "XAPI_VERSION", "DEFAULT_HOME_PAGE", "VERBS", "ACTIVITY_TYPES", "EXT_ATTEMPT", "EXT_LESSONS_TOTAL",
    "EXT_LESSON_KIND", "RESPONSE_SEPARATOR", "StatementError", "Account", "Agent", "Verb", "Definition", "Activity",
    "Score", "Result", "Context", "ActivityRefs", "InteractionComponent", "Statement", "Learner", "ActivityRef",
    "activity_id", "parse_activity_id", "course_activity", "lesson_activity", "question_activity", "iso_timestamp",
    "parse_timestamp", "new_registration", "statement", "score", "registered", "experienced", "attempted",
    "answered", "completed", "passed", "failed", "to_dict", "to_json", "from_dict", "is_course_completion",
    "certificate_code", "normalize_code", "verify_certificate", "QuizProgress", "TraineeProgress",
    "QuestionStats", "CohortReport",
]
