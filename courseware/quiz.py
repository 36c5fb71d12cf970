"""Quiz grading: single and multiple choice, and image questions answered by a click on the case.

Pure logic, no storage and no clock (the :class:`courseware.player.CoursePlayer` stores every
answer in the :class:`courseware.progress.ProgressStore` before it shows the feedback).

Rules:

* **single**: the response is one choice id (a one-element list is accepted); right when it is
  the question's answer.
* **multiple**: the response is a set of choice ids; right only when it is exactly the set of
  correct choices -- there is no partial credit (a question scores 1 or 0), so ticking every box
  never earns points.
* **image**: the response is the point the trainee clicked in the case lesson's series, in
  DICOM patient coordinates (LPS, millimetres -- what the viewer reports under the cursor, i.e.
  the volume affine applied to the clicked voxel index); right when it lies inside the question's
  region, a sphere (``center_mm``, ``radius_mm``; the boundary counts as inside).
* An attempt scores the fraction of its questions answered right (:func:`workstation.coursestate.score`);
  it passes when that fraction reaches the quiz's ``pass_mark``. A quiz allows ``max_attempts``
  attempts (None: unlimited). Each question is answered once per attempt: the feedback shows the
  right answer and the explanation at once, so a second try within the attempt would be
  meaningless.

A response that cannot be graded (an unknown choice id, two choices for a single-choice question,
a point that is not three finite numbers, a question not in the quiz, a question already
answered) raises :class:`QuizError` with the reason; it is never counted as a wrong answer.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from workstation.coursestate import RESPONSE_SEPARATOR, Score, score

from .package import ImageQuestion, MultipleQuestion, QuizLesson, SingleQuestion

Question = SingleQuestion | MultipleQuestion | ImageQuestion
Response = tuple[str, ...] | tuple[float, float, float]

PASS_EPSILON = 1e-9  # 7 of 10 passes a 0.7 pass mark despite floating point


class QuizError(ValueError):
    """A response or an action that cannot be graded; nothing was recorded."""


@dataclass(frozen=True)
class Grade:
    """The grading of one response."""

    question_id: str
    kind: str  # "single" | "multiple" | "image"
    correct: bool
    response: Response  # normalised: sorted choice ids, or the point (x, y, z) in LPS mm
    correct_choices: tuple[str, ...] = ()  # choice questions: the right choice ids
    distance_mm: float | None = None  # image questions: from the clicked point to the region centre

    @property
    def points(self) -> float:
        return 1.0 if self.correct else 0.0

    @property
    def xapi_response(self) -> str:
        """The response in xAPI interaction form: ``a[,]c`` for choices, ``x,y,z`` (mm, 0.1 mm)
        for a point."""
        return xapi_response(self.kind, self.response)

    def to_dict(self) -> dict:
        return {"question_id": self.question_id, "kind": self.kind, "correct": self.correct,
                "response": list(self.response), "correct_choices": list(self.correct_choices),
                "distance_mm": self.distance_mm}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "Grade":
        kind = d["kind"]
        resp = tuple(float(v) for v in d["response"]) if kind == "image" else tuple(str(v) for v in d["response"])
        return cls(question_id=d["question_id"], kind=kind, correct=bool(d["correct"]), response=resp,
                   correct_choices=tuple(d.get("correct_choices") or ()), distance_mm=d.get("distance_mm"))


def question_kind(question: Question) -> str:
    if isinstance(question, SingleQuestion):
        return "single"
    if isinstance(question, MultipleQuestion):
        return "multiple"
    if isinstance(question, ImageQuestion):
        return "image"
    raise QuizError(f"unknown question type {type(question).__name__}")


def xapi_response(kind: str, response: Response) -> str:
    if kind == "image":
        return ",".join(f"{v:.1f}" for v in response)
    return RESPONSE_SEPARATOR.join(str(v) for v in response)


def _choice_ids(question: SingleQuestion | MultipleQuestion, response: Any) -> tuple[str, ...]:
    if isinstance(response, str):
        ids = [response]
    elif isinstance(response, Iterable) and not isinstance(response, (bytes, Mapping)):
        ids = list(response)
    else:
        raise QuizError(f"question {question.id}: answer with choice ids, got {type(response).__name__}")
    if not all(isinstance(i, str) for i in ids):
        raise QuizError(f"question {question.id}: choice ids are strings, got {ids!r}")
    known = [c.id for c in question.choices]
    unknown = [i for i in ids if i not in known]
    if unknown:
        raise QuizError(f"question {question.id}: no choice {', '.join(map(repr, unknown))} "
                        f"(choices: {', '.join(known)})")
    if len(set(ids)) != len(ids):
        raise QuizError(f"question {question.id}: a choice is given twice in {ids!r}")
    if isinstance(question, SingleQuestion) and len(ids) != 1:
        raise QuizError(f"question {question.id} takes exactly one choice, got {len(ids)}")
    if not ids:
        raise QuizError(f"question {question.id}: choose at least one answer")
    order = {cid: n for n, cid in enumerate(known)}
    return tuple(sorted(ids, key=order.__getitem__))


def _point(question: ImageQuestion, response: Any) -> tuple[float, float, float]:
    try:
        values = [float(v) for v in response]
    except (TypeError, ValueError):
        raise QuizError(f"question {question.id}: answer with the clicked point (x, y, z) in patient mm, "
                        f"got {response!r}") from None
    if len(values) != 3 or not all(math.isfinite(v) for v in values):
        raise QuizError(f"question {question.id}: the clicked point must be three finite coordinates "
                        f"(x, y, z) in patient mm, got {response!r}")
    return (values[0], values[1], values[2])


def grade(question: Question, response: Any) -> Grade:
    """Grade ``response`` to ``question`` (see the module rules); raises :class:`QuizError` for a
    response that cannot be graded."""
    kind = question_kind(question)
    if kind == "image":
        point = _point(question, response)
        region = question.region
        if region.shape != "sphere":
            raise QuizError(f"question {question.id}: region shape {region.shape!r} is not supported")
        dist = math.dist(point, tuple(float(c) for c in region.center_mm))
        return Grade(question.id, kind, dist <= float(region.radius_mm), point, distance_mm=dist)
    ids = _choice_ids(question, response)
    right = tuple(c.id for c in question.choices if c.id in set(question.answer))
    return Grade(question.id, kind, set(ids) == set(right), ids, correct_choices=right)


@dataclass
class AttemptResult:
    """How an attempt ended."""

    number: int
    correct: int
    total: int
    passed: bool
    pass_mark: float

    @property
    def score(self) -> Score:
        return score(self.correct, self.total)

    @property
    def scaled(self) -> float:
        return float(self.score.scaled)


@dataclass
class QuizAttempt:
    """One attempt at a quiz: which questions were answered and how (pure state).

    :meth:`check` grades a response without changing anything; :meth:`record` adds a grade
    (after the caller stored it). The attempt is finished when every question is answered, or
    when it is ended early (the unanswered questions then count as wrong)."""

    quiz: QuizLesson
    number: int  # 1, 2, ... within this trainee's attempts at this quiz
    attempt_id: str = ""
    grades: dict[str, Grade] = field(default_factory=dict)
    ended: bool = False

    @property
    def questions(self) -> list[Question]:
        return list(self.quiz.questions)

    def question(self, question_id: str) -> Question:
        for q in self.quiz.questions:
            if q.id == question_id:
                return q
        raise QuizError(f"quiz {self.quiz.id} has no question {question_id!r} "
                        f"(questions: {', '.join(q.id for q in self.quiz.questions)})")

    @property
    def total(self) -> int:
        return len(self.quiz.questions)

    @property
    def correct(self) -> int:
        return sum(1 for g in self.grades.values() if g.correct)

    @property
    def unanswered(self) -> list[str]:
        return [q.id for q in self.quiz.questions if q.id not in self.grades]

    @property
    def next_question(self) -> Question | None:
        return next((q for q in self.quiz.questions if q.id not in self.grades), None)

    @property
    def finished(self) -> bool:
        return self.ended or not self.unanswered

    def check(self, question_id: str, response: Any) -> Grade:
        if self.finished:
            raise QuizError(f"attempt {self.number} at quiz {self.quiz.id} is finished; start a new attempt")
        q = self.question(question_id)
        if question_id in self.grades:
            raise QuizError(f"question {question_id} was already answered in attempt {self.number}")
        return grade(q, response)

    def record(self, g: Grade) -> None:
        self.grades[g.question_id] = g

    def result(self) -> AttemptResult:
        correct, total = self.correct, self.total
        passed = total == 0 or correct >= float(self.quiz.pass_mark) * total - PASS_EPSILON
        return AttemptResult(self.number, correct, total, passed, float(self.quiz.pass_mark))


def attempts_left(quiz: QuizLesson, used: int) -> int | None:
    """Attempts still allowed after ``used`` (None: unlimited)."""
    if quiz.max_attempts is None:
        return None
    return max(0, int(quiz.max_attempts) - used)


__all__ = ["QuizError", "Grade", "grade", "question_kind", "xapi_response", "QuizAttempt", "AttemptResult",
           "attempts_left", "PASS_EPSILON"]
