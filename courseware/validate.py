"""The course validator: every problem of a course package or source folder, each with its location.

:func:`validate` accepts a ``.silkcourse`` file, an unpacked (installed) course folder, or an
author's source folder (``manifest.json`` + ``content/``, the ``files`` table absent or empty:
it is computed by ``course build``). It reports, without stopping at the first one:

* integrity: files not listed / missing / changed (SHA-256), unsafe paths, damaged ZIP;
* schema: every field of the manifest of the wrong type or missing, unknown lesson kinds or
  question types; an unknown major ``format_version`` (then nothing else is checked);
* identifiers: course id and semantic version, duplicate module / lesson / question / choice ids;
* languages: every LocalText (titles, descriptions, prompts, choices, explanations) and every
  per-language Markdown body in every language of ``languages``;
* media: bodies, videos and case series that are not in the package; images referenced from the
  Markdown that are not in the package (paths are relative to the Markdown file) or that point
  outside it (courses are used offline: no web images);
* quizzes: pass mark in 0..1, attempts >= 1, answers among the choices (one for "single"), image
  questions that name a case lesson of this course and whose region lies in that case's volume
  (the series geometry is read from its DICOM headers with ``workstation.dicom``);
* cases: the folder holds exactly one consistent, de-identified (``PatientIdentityRemoved`` YES)
  DICOM series; the window preset exists.

Locations are manifest paths (``modules[1].lessons[2].questions[0].answer``, ``title.vi``) or
package file paths (``content/l1.vi.md``).
"""

from __future__ import annotations

import os
import posixpath
import re
import shutil
import tempfile
import zipfile
from collections import Counter
from pathlib import Path

import numpy as np

from courseware.format import (
    CONTENT,
    FORMAT_VERSION,
    ID_RE,
    MANIFEST,
    SEMVER_RE,
    CaseLesson,
    ImageQuestion,
    LocalText,
    Manifest,
    MultipleQuestion,
    PackageError,
    Problem,
    QuizLesson,
    SingleQuestion,
    TextLesson,
    VideoLesson,
    check_folder,
    check_zip_members,
    decode_manifest_at,
    path_problem,
    read_zip_manifest,
    source_folder_problems,
)

LANG_RE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")

__all__ = ["validate", "validate_manifest", "Problem", "CaseGeometry", "case_geometry"]


# ---------------------------------------------------------------- entry point

def validate(path: str | os.PathLike) -> list[Problem]:
    """Every problem of the package file or course folder at ``path`` (empty: the course is good)."""
    path = Path(path)
    if path.is_dir():
        return _validate_folder(path)
    if not path.exists():
        return [Problem(str(path), "no such file or folder")]
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        return [Problem(path.name, f"not a course package (not a readable ZIP file: {exc})")]
    with zf:
        try:
            manifest = read_zip_manifest(zf, path)
        except PackageError as exc:
            return exc.problems
        problems = check_zip_members(zf, manifest)
        broken = {p.location for p in problems}
        # unpack the readable, safe, listed members to check the content itself
        with tempfile.TemporaryDirectory(prefix="silkcourse-validate-") as tmp:
            root = Path(tmp)
            for name in manifest.files:
                if path_problem(name) or name in broken:
                    continue
                try:
                    target = root.joinpath(*name.split("/"))
                    target.parent.mkdir(parents=True, exist_ok=True)
                    with zf.open(name) as src, open(target, "wb") as dst:
                        shutil.copyfileobj(src, dst, 1 << 20)
                except KeyError:
                    continue  # missing: already reported
            problems += validate_manifest(manifest, root, skip=broken)
    return problems


def _validate_folder(root: Path) -> list[Problem]:
    mpath = root / MANIFEST
    if not mpath.is_file():
        return [Problem(MANIFEST, f"missing in {root}")]
    try:
        manifest = decode_manifest_at(mpath, root)
    except PackageError as exc:
        return exc.problems
    problems: list[Problem] = []
    if manifest.files:
        problems += check_folder(root, manifest)  # an unpacked package: integrity too
    else:
        # an author's source folder: the files table is what `course build` will compute,
        # refused for the same reasons build refuses it (symbolic links, files outside content/)
        import msgspec

        files, problems = source_folder_problems(root)
        manifest = msgspec.structs.replace(manifest, files=files)
    broken = {p.location for p in problems}
    problems += validate_manifest(manifest, root, skip=broken)
    return problems


# ---------------------------------------------------------------- case geometry

class CaseGeometry:
    """Where a case series' volume lies: voxel -> patient (LPS mm) affine and size (i, j, k)."""

    def __init__(self, affine: np.ndarray, shape_ijk: tuple[int, int, int]):
        self.affine = np.asarray(affine, dtype=float)
        self.shape_ijk = tuple(int(v) for v in shape_ijk)

    def to_index(self, xyz) -> np.ndarray:
        inv = np.linalg.inv(self.affine)
        return inv[:3, :3] @ np.asarray(xyz, dtype=float) + inv[:3, 3]

    def contains(self, xyz) -> bool:
        """Is the patient point inside the volume (voxel centres +- half a voxel)?"""
        ijk = self.to_index(xyz)
        return bool(np.all(ijk >= -0.5) and np.all(ijk <= np.array(self.shape_ijk) - 0.5))

    def bounds_mm(self) -> tuple[np.ndarray, np.ndarray]:
        corners = np.array([[i, j, k] for i in (-0.5, self.shape_ijk[0] - 0.5)
                            for j in (-0.5, self.shape_ijk[1] - 0.5)
                            for k in (-0.5, self.shape_ijk[2] - 0.5)])
        xyz = corners @ self.affine[:3, :3].T + self.affine[:3, 3]
        return xyz.min(axis=0), xyz.max(axis=0)


def case_geometry(folder: str | os.PathLike, location: str = "") -> tuple[CaseGeometry | None, list[Problem]]:
    """Read the headers of the DICOM series in ``folder`` (no pixels) and return its geometry,
    with the problems found (not DICOM, several series, not de-identified, inconsistent)."""
    from workstation.dicom.assemble import SeriesError, plan_stacks
    from workstation.dicom.records import RejectedFile, header_text, read_instance

    folder = Path(folder)
    problems: list[Problem] = []
    by_series: dict[str, list] = {}
    not_deid = []
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    for f in files:
        rel = location.rstrip("/") + "/" + f.relative_to(folder).as_posix() if location else str(f)
        try:
            rec, ds = read_instance(f)
        except RejectedFile as exc:
            problems.append(Problem(rel, f"not a usable DICOM image: {exc}"))
            continue
        by_series.setdefault(rec.series_uid, []).append(rec)
        if header_text(ds, "PatientIdentityRemoved").upper() != "YES":
            not_deid.append(rel)
    if not_deid:
        problems.append(Problem(not_deid[0] if len(not_deid) == 1 else location,
                                f"{len(not_deid)} of {len(files)} DICOM files are not marked de-identified "
                                "(PatientIdentityRemoved is not YES): de-identify the case with "
                                "`python -m workstation deid` before putting it in a course"))
    if not by_series:
        if not problems:
            problems.append(Problem(location, "no DICOM images in the case folder"))
        return None, problems
    if len(by_series) > 1:
        problems.append(Problem(location, f"holds {len(by_series)} DICOM series; a case holds exactly one"))
        return None, problems
    try:
        stacks = plan_stacks(next(iter(by_series.values())), what=location or str(folder))
    except SeriesError as exc:
        problems.append(Problem(location, f"the series cannot be shown as a volume: {exc}"))
        return None, problems
    stack = stacks[0]
    if not stack.geometry_known:
        problems.append(Problem(location, "the series has no patient geometry (ImagePositionPatient / "
                                          "ImageOrientationPatient), so image questions cannot be graded"))
        return None, problems
    rec0 = stack.frames[0].rec
    return CaseGeometry(stack.affine, (rec0.cols, rec0.rows, len(stack.frames))), problems


# ---------------------------------------------------------------- manifest checks

class _Checker:
    def __init__(self, m: Manifest, root: Path | None, skip: set[str]):
        self.m = m
        self.root = root
        self.skip = skip  # files already reported (missing, altered): do not pile up problems on them
        self.problems: list[Problem] = []
        self.langs = [lang for lang in m.languages if isinstance(lang, str)]

    def add(self, location: str, message: str) -> None:
        self.problems.append(Problem(location, message))

    def local(self, value: LocalText | None, loc: str, required: bool = True) -> None:
        if not value:
            if required:
                self.add(loc, "missing (no text in any language)")
            return
        for lang in self.langs:
            if not value.get(lang, "").strip():
                self.add(f"{loc}.{lang}", f"missing translation ({lang})")
        for lang in value:
            if lang not in self.langs:
                self.add(f"{loc}.{lang}", f"language {lang!r} is not among the course languages")

    def file(self, name: str, loc: str, what: str, suffixes: tuple[str, ...] = ()) -> bool:
        why = path_problem(name)
        if why:
            self.add(loc, f"{what} {name!r}: unsafe path: {why}")
            return False
        if name not in self.m.files:
            self.add(loc, f"{what} {name} is not in the package")
            return False
        if suffixes and not name.lower().endswith(suffixes):
            self.add(loc, f"{what} {name} should be a {' / '.join(suffixes)} file")
        return name not in self.skip

    def body(self, body: dict[str, str] | None, loc: str, required: bool) -> None:
        if not body:
            if required:
                self.add(loc, "missing (no Markdown body in any language)")
            return
        for lang in self.langs:
            if lang not in body:
                self.add(f"{loc}.{lang}", f"missing translation ({lang}): no Markdown body")
        for lang, name in body.items():
            if lang not in self.langs:
                self.add(f"{loc}.{lang}", f"language {lang!r} is not among the course languages")
            if self.file(name, f"{loc}.{lang}", "Markdown body", (".md", ".markdown")) and self.root:
                self.markdown(name)

    def markdown(self, name: str) -> None:
        path = self.root / name
        if not path.is_file():
            return
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            self.add(name, f"not UTF-8 text: {exc}")
            return
        if not text.strip():
            self.add(name, "empty lesson text")
        for src in markdown_images(text):
            if re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", src) or src.startswith("//"):
                self.add(name, f"image {src!r} is outside the package (courses are used offline)")
                continue
            target = posixpath.normpath(posixpath.join(posixpath.dirname(name), src.split("#")[0]))
            if path_problem(target) or target not in self.m.files:
                self.add(name, f"image {src!r} is not in the package")

    def ids(self, items, loc: str, what: str) -> None:
        counts = Counter(getattr(x, "id", None) for x in items)
        for i, x in enumerate(items):
            if not ID_RE.match(x.id):
                self.add(f"{loc}[{i}].id", f"{what} id {x.id!r} must be 1-64 letters, digits, '.', '_' or '-'")
            elif counts[x.id] > 1:
                self.add(f"{loc}[{i}].id", f"duplicate {what} id {x.id!r}")

    def run(self) -> list[Problem]:
        m = self.m
        if not ID_RE.match(m.id):
            self.add("id", f"course id {m.id!r} must be 1-64 letters, digits, '.', '_' or '-' "
                           "(it names the package file and the install folder)")
        if not SEMVER_RE.match(m.version):
            self.add("version", f"{m.version!r} is not a semantic version (MAJOR.MINOR.PATCH)")
        if m.format_version != FORMAT_VERSION:
            self.add("format_version", f"unsupported format version {m.format_version}")
        if not m.languages:
            self.add("languages", "no languages")
        for i, lang in enumerate(m.languages):
            if not LANG_RE.match(lang):
                self.add(f"languages[{i}]", f"{lang!r} is not a language tag such as 'en', 'zh-Hans' or 'vi'")
        for lang, n in Counter(m.languages).items():
            if n > 1:
                self.add("languages", f"{lang!r} is listed {n} times")
        if m.default_language not in m.languages:
            self.add("default_language", f"{m.default_language!r} is not among the course languages")
        self.local(m.title, "title")
        self.local(m.description, "description", required=False)
        if not m.modules:
            self.add("modules", "the course has no modules")
        self.ids(m.modules, "modules", "module")
        all_lessons = [lesson for _, _, _, lesson in m.lessons()]
        lesson_counts = Counter(lesson.id for lesson in all_lessons)
        cases: dict[str, tuple[str, CaseGeometry | None]] = {}
        # cases first, so that image questions can be checked against them whatever the order
        for mi, li, _, lesson in m.lessons():
            if isinstance(lesson, CaseLesson):
                cases.setdefault(lesson.id, (f"modules[{mi}].lessons[{li}]", self.case(lesson, mi, li)))
        for mi, module in enumerate(m.modules):
            loc = f"modules[{mi}]"
            self.local(module.title, f"{loc}.title")
            if not module.lessons:
                self.add(f"{loc}.lessons", "the module has no lessons")
            for li, lesson in enumerate(module.lessons):
                lloc = f"{loc}.lessons[{li}]"
                if not ID_RE.match(lesson.id):
                    self.add(f"{lloc}.id", f"lesson id {lesson.id!r} must be 1-64 letters, digits, '.', '_' or '-'")
                elif lesson_counts[lesson.id] > 1:
                    self.add(f"{lloc}.id", f"duplicate lesson id {lesson.id!r} (lesson ids are unique in a course)")
                self.local(lesson.title, f"{lloc}.title")
                if isinstance(lesson, TextLesson):
                    self.body(lesson.body, f"{lloc}.body", required=True)
                elif isinstance(lesson, VideoLesson):
                    self.file(lesson.video, f"{lloc}.video", "video", (".mp4", ".m4v"))
                    self.body(lesson.body, f"{lloc}.body", required=False)
                elif isinstance(lesson, CaseLesson):
                    self.body(lesson.body, f"{lloc}.body", required=True)
                elif isinstance(lesson, QuizLesson):
                    self.body(lesson.body, f"{lloc}.body", required=False)
                    self.quiz(lesson, lloc, cases)
        return self.problems

    def case(self, lesson: CaseLesson, mi: int, li: int) -> CaseGeometry | None:
        from workstation.viewstate import CT_WINDOW_PRESETS

        loc = f"modules[{mi}].lessons[{li}]"
        if lesson.window is not None and lesson.window not in CT_WINDOW_PRESETS:
            self.add(f"{loc}.window", f"unknown window preset {lesson.window!r}; "
                                      f"expected one of {', '.join(sorted(CT_WINDOW_PRESETS))}")
        folder = lesson.series
        why = path_problem(folder.rstrip("/") + "/x") if folder else "empty path"
        if why:
            self.add(f"{loc}.series", f"case folder {folder!r}: unsafe path: {why}")
            return None
        if not folder.startswith(CONTENT + "cases/") or not folder.endswith("/"):
            self.add(f"{loc}.series", f"case folder {folder!r} should be a folder 'content/cases/<name>/'")
        prefix = folder if folder.endswith("/") else folder + "/"
        members = [n for n in self.m.files if n.startswith(prefix)]
        if not members:
            self.add(f"{loc}.series", f"case folder {folder} is not in the package (no files under it)")
            return None
        if self.root is None or any(n in self.skip for n in members):
            return None
        geometry, problems = case_geometry(self.root / prefix, prefix)
        self.problems += problems
        return geometry

    def quiz(self, quiz: QuizLesson, loc: str, cases) -> None:
        if not 0.0 <= quiz.pass_mark <= 1.0:
            self.add(f"{loc}.pass_mark", f"{quiz.pass_mark} is not between 0 and 1 (a fraction of the questions)")
        if quiz.max_attempts is not None and quiz.max_attempts < 1:
            self.add(f"{loc}.max_attempts", f"{quiz.max_attempts}: at least 1 attempt (or null for unlimited)")
        if not quiz.questions:
            self.add(f"{loc}.questions", "the quiz has no questions")
        self.ids(quiz.questions, f"{loc}.questions", "question")
        for qi, q in enumerate(quiz.questions):
            qloc = f"{loc}.questions[{qi}]"
            self.local(q.prompt, f"{qloc}.prompt")
            self.local(q.explanation, f"{qloc}.explanation")
            if isinstance(q, (SingleQuestion, MultipleQuestion)):
                if len(q.choices) < 2:
                    self.add(f"{qloc}.choices", "a choice question needs at least two choices")
                self.ids(q.choices, f"{qloc}.choices", "choice")
                for ci, choice in enumerate(q.choices):
                    self.local(choice.text, f"{qloc}.choices[{ci}].text")
                choice_ids = {c.id for c in q.choices}
                for ai, a in enumerate(q.answer):
                    if a not in choice_ids:
                        self.add(f"{qloc}.answer[{ai}]",
                                 f"answer {a!r} is not among the choices ({', '.join(sorted(choice_ids))})")
                for a, n in Counter(q.answer).items():
                    if n > 1:
                        self.add(f"{qloc}.answer", f"answer {a!r} is listed {n} times")
                if isinstance(q, SingleQuestion) and len(q.answer) != 1:
                    self.add(f"{qloc}.answer", f"a single-choice question has exactly one answer, not {len(q.answer)}")
                if isinstance(q, MultipleQuestion) and not q.answer:
                    self.add(f"{qloc}.answer", "a multiple-choice question needs at least one correct choice")
            elif isinstance(q, ImageQuestion):
                self.image(q, qloc, cases)

    def image(self, q: ImageQuestion, qloc: str, cases) -> None:
        r = q.region
        if not r.radius_mm > 0:
            self.add(f"{qloc}.region.radius_mm", f"{r.radius_mm}: the radius must be positive")
        if not all(np.isfinite(r.center_mm)):
            self.add(f"{qloc}.region.center_mm", "not a finite point")
            return
        if q.case not in cases:
            other = self.m.lesson(q.case)
            why = f"lesson {q.case!r} is a {type(other).__name__}, not a case lesson" if other else \
                f"there is no case lesson {q.case!r} in this course"
            self.add(f"{qloc}.case", why)
            return
        case_loc, geometry = cases[q.case]
        if geometry is None:
            return  # the case itself was reported, or not checked (no content at hand)
        if not geometry.contains(r.center_mm):
            lo, hi = geometry.bounds_mm()
            span = ", ".join(f"{a:.1f}..{b:.1f}" for a, b in zip(lo, hi))
            self.add(f"{qloc}.region.center_mm",
                     f"({', '.join(f'{v:g}' for v in r.center_mm)}) mm is outside the volume of case "
                     f"{q.case!r} (x, y, z span {span} mm)")


def validate_manifest(manifest: Manifest, root: Path | None, skip: set[str] | None = None) -> list[Problem]:
    """The content checks of a decoded manifest. ``root`` is the unpacked course folder (or a
    source folder) to check Markdown and DICOM against; None checks the manifest alone."""
    return _Checker(manifest, Path(root) if root is not None else None, set(skip or ())).run()


def markdown_images(text: str) -> list[str]:
    """The image sources referenced by a Markdown text (as the player's renderer sees them)."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False}).enable("table")  # as the player renders it
    found = []

    def walk(tokens):
        for t in tokens:
            if t.type == "image":
                found.append(t.attrGet("src") or "")
            if t.children:
                walk(t.children)

    walk(md.parse(text))
    return found
