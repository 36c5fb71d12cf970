"""Course packages: the ``.silkcourse`` file format, opening with integrity checks, atomic install.

A course package is one ZIP file ``<id>-<version>.silkcourse`` holding ``manifest.json`` and the
content under ``content/`` (Markdown lessons, images, video, DICOM case series). The manifest is
described by the msgspec structs below and documented in docs/course-format.md; its ``files``
table lists the SHA-256 and size of every member of the ZIP but the manifest itself, and nothing
else may be in the ZIP. :meth:`CoursePackage.open` refuses a package whose members do not match
that table (tampered, truncated, extra or missing files, unsafe paths) or whose manifest does not
follow the schema, with a :class:`PackageError` that names every problem and where it is.

:func:`install` unpacks into a temporary folder beside the courses folder, verifies it, validates
the course (translations, answers, image regions: :mod:`courseware.validate`) and only then renames
it into place, so a failure leaves the courses folder exactly as it was.

This module imports only the standard library, msgspec and (lazily) ``workstation``; it never
imports ``comms`` or Qt.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import shutil
import tempfile
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Iterator, Literal, Union

import msgspec

log = logging.getLogger(__name__)

FORMAT = "silkbridge-course"
FORMAT_VERSION = 1  # the major version this code reads; optional fields may be added without a bump
MANIFEST = "manifest.json"
CONTENT = "content/"
SUFFIX = ".silkcourse"
MAX_MANIFEST_BYTES = 8 * 1024 * 1024

ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
SEMVER_RE = re.compile(
    r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)"
    r"(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$"
)
SHA256_RE = re.compile(r"^[0-9a-f]{64}$")

# A text in several languages: BCP 47 language tag ("en", "zh-Hans", "vi") -> text.
LocalText = dict[str, str]


# ---------------------------------------------------------------- manifest structs

class _S(msgspec.Struct, kw_only=True, forbid_unknown_fields=False):
    """Base: keyword-only fields; unknown fields written by a newer minor format are ignored."""


class Choice(_S, kw_only=True):
    id: str
    text: LocalText


class Region(_S, kw_only=True):
    shape: Literal["sphere"] = "sphere"
    center_mm: tuple[float, float, float]  # DICOM patient coordinates (LPS), mm
    radius_mm: float


class SingleQuestion(_S, kw_only=True, tag="single", tag_field="type"):
    id: str
    prompt: LocalText
    choices: list[Choice]
    answer: list[str]  # choice ids; exactly one for "single"
    explanation: LocalText = msgspec.field(default_factory=dict)


class MultipleQuestion(_S, kw_only=True, tag="multiple", tag_field="type"):
    id: str
    prompt: LocalText
    choices: list[Choice]
    answer: list[str]  # every correct choice id
    explanation: LocalText = msgspec.field(default_factory=dict)


class ImageQuestion(_S, kw_only=True, tag="image", tag_field="type"):
    id: str
    prompt: LocalText
    case: str  # lesson id of a case lesson in the same course
    region: Region
    explanation: LocalText = msgspec.field(default_factory=dict)


Question = Union[SingleQuestion, MultipleQuestion, ImageQuestion]


class TextLesson(_S, kw_only=True, tag="text", tag_field="kind"):
    id: str
    title: LocalText
    body: dict[str, str]  # language -> package path of a Markdown file


class VideoLesson(_S, kw_only=True, tag="video", tag_field="kind"):
    id: str
    title: LocalText
    video: str  # package path of an MP4 file
    body: dict[str, str] | None = None


class CaseLesson(_S, kw_only=True, tag="case", tag_field="kind"):
    id: str
    title: LocalText
    body: dict[str, str]
    series: str  # package folder "content/cases/<name>/" of one de-identified DICOM series
    window: str | None = None  # window preset name, e.g. "abdomen", "lung", "bone"


class QuizLesson(_S, kw_only=True, tag="quiz", tag_field="kind"):
    id: str
    title: LocalText
    pass_mark: float  # fraction of questions answered correctly, 0..1
    max_attempts: int | None = None  # None: unlimited
    questions: list[Question]
    body: dict[str, str] | None = None


Lesson = Union[TextLesson, VideoLesson, CaseLesson, QuizLesson]


class Module(_S, kw_only=True):
    id: str
    title: LocalText
    lessons: list[Lesson]


class FileEntry(_S, kw_only=True):
    sha256: str
    size: int


class Manifest(_S, kw_only=True):
    format: str
    format_version: int
    id: str
    version: str
    default_language: str
    languages: list[str]
    title: LocalText
    description: LocalText = msgspec.field(default_factory=dict)
    authors: list[str] = msgspec.field(default_factory=list)
    modules: list[Module]
    files: dict[str, FileEntry] = msgspec.field(default_factory=dict)

    def lessons(self) -> Iterator[tuple[int, int, Module, Lesson]]:
        """Every lesson with its module index and lesson index."""
        for mi, module in enumerate(self.modules):
            for li, lesson in enumerate(module.lessons):
                yield mi, li, module, lesson

    def lesson(self, lesson_id: str) -> Lesson | None:
        for _, _, _, lesson in self.lessons():
            if lesson.id == lesson_id:
                return lesson
        return None


class _Header(msgspec.Struct, forbid_unknown_fields=False):
    format: str = ""
    format_version: object = None


# ---------------------------------------------------------------- problems and errors

@dataclass(frozen=True)
class Problem:
    """One thing wrong with a package: where (a manifest path such as
    ``modules[1].lessons[2].questions[0].answer`` or a file path such as ``content/l1.vi.md``)
    and what."""

    location: str
    message: str

    def __str__(self) -> str:
        return f"{self.location}: {self.message}" if self.location else self.message


class PackageError(Exception):
    """A package was refused; ``problems`` lists every reason with its location."""

    def __init__(self, problems: list[Problem] | Problem | str, source: str | os.PathLike | None = None):
        if isinstance(problems, str):
            problems = [Problem("", problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems = list(problems)
        self.source = str(source) if source is not None else None
        head = f"course package {self.source} refused" if self.source else "course package refused"
        lines = [str(p) for p in self.problems]
        super().__init__(head + ": " + (lines[0] if len(lines) == 1 else "\n  " + "\n  ".join(lines)))


def _msgspec_location(exc: msgspec.ValidationError) -> tuple[str, str]:
    """Split msgspec's "Expected ... - at `$.modules[0].id`" into (location, message)."""
    text = str(exc)
    m = re.search(r"\s+-\s+at\s+`\$\.?(.*)`$", text)
    if not m:
        return "manifest.json", text
    return (m.group(1) or "manifest.json"), text[: m.start()]


def decode_manifest(data: bytes) -> Manifest:
    """Decode manifest bytes; raise PackageError naming the field for any schema error.

    The format header is checked first so that a package of an unknown major format version is
    refused with that reason rather than a confusing schema error."""
    try:
        header = msgspec.json.decode(data, type=_Header)
    except msgspec.DecodeError as exc:
        raise PackageError(Problem("manifest.json", f"not valid JSON: {exc}")) from None
    if header.format != FORMAT:
        raise PackageError(Problem("format", f"expected {FORMAT!r}, found {header.format!r}"))
    fv = header.format_version
    if isinstance(fv, bool) or not isinstance(fv, int):
        raise PackageError(Problem("format_version", f"expected an integer, found {fv!r}"))
    if fv != FORMAT_VERSION:
        newer = " (written by a newer Silkbridge: update to open it)" if fv > FORMAT_VERSION else ""
        raise PackageError(Problem(
            "format_version", f"unsupported format version {fv}; this version reads {FORMAT_VERSION}{newer}"))
    try:
        return msgspec.json.decode(data, type=Manifest)
    except msgspec.ValidationError as exc:
        # msgspec stops at the first error: walk the raw JSON to name every one
        problems = schema_problems(msgspec.json.decode(data))
        if not problems:
            problems = [Problem(*_msgspec_location(exc))]
        raise PackageError(problems) from None
    except msgspec.DecodeError as exc:
        raise PackageError(Problem("manifest.json", f"not valid JSON: {exc}")) from None


def _key_loc(loc: str, key: str) -> str:
    if re.match(r"^[A-Za-z_][A-Za-z0-9_-]*$", key):
        return f"{loc}.{key}" if loc else key
    return f"{loc}[{key!r}]"


def _type_name(t) -> str:
    mi = msgspec.inspect
    names = {mi.StrType: "a string", mi.IntType: "an integer", mi.FloatType: "a number",
             mi.BoolType: "true or false", mi.ListType: "a list", mi.DictType: "an object",
             mi.TupleType: "a list", mi.StructType: "an object", mi.NoneType: "null", mi.AnyType: "anything"}
    if isinstance(t, mi.LiteralType):
        return " or ".join(repr(v) for v in t.values)
    return names.get(type(t), type(t).__name__)


def _walk(value, t, loc: str, out: list[Problem]) -> None:
    mi = msgspec.inspect
    where = loc or "manifest.json"
    if isinstance(t, mi.AnyType):
        return
    if isinstance(t, mi.UnionType):
        if value is None and any(isinstance(u, mi.NoneType) for u in t.types):
            return
        structs = [u for u in t.types if isinstance(u, mi.StructType)]
        if structs and structs[0].tag_field:
            tag_field = structs[0].tag_field
            if not isinstance(value, dict):
                out.append(Problem(where, f"expected an object, found {type(value).__name__}"))
                return
            tags = {u.tag: u for u in structs}
            tag = value.get(tag_field)
            if tag not in tags:
                out.append(Problem(_key_loc(loc, tag_field),
                                   f"unknown {tag_field} {tag!r}; expected one of {', '.join(map(repr, tags))}"))
                return
            _walk(value, tags[tag], loc, out)
            return
        for u in t.types:
            trial: list[Problem] = []
            _walk(value, u, loc, trial)
            if not trial:
                return
        out.append(Problem(where, "expected " + " or ".join(_type_name(u) for u in t.types)
                           + f", found {type(value).__name__}"))
        return
    if isinstance(t, mi.StructType):
        if not isinstance(value, dict):
            out.append(Problem(where, f"expected an object, found {type(value).__name__}"))
            return
        for f in t.fields:
            if f.encode_name not in value:
                if f.required:
                    out.append(Problem(_key_loc(loc, f.encode_name), "required field missing"))
                continue
            _walk(value[f.encode_name], f.type, _key_loc(loc, f.encode_name), out)
        return
    if isinstance(t, (mi.ListType, mi.TupleType)):
        if not isinstance(value, list):
            out.append(Problem(where, f"expected a list, found {type(value).__name__}"))
            return
        if isinstance(t, mi.TupleType):
            if len(value) != len(t.item_types):
                out.append(Problem(where, f"expected {len(t.item_types)} items, found {len(value)}"))
                return
            for i, (v, it) in enumerate(zip(value, t.item_types)):
                _walk(v, it, f"{loc}[{i}]", out)
        else:
            for i, v in enumerate(value):
                _walk(v, t.item_type, f"{loc}[{i}]", out)
        return
    if isinstance(t, mi.DictType):
        if not isinstance(value, dict):
            out.append(Problem(where, f"expected an object, found {type(value).__name__}"))
            return
        for k, v in value.items():
            _walk(v, t.value_type, _key_loc(loc, k), out)
        return
    ok = {
        mi.StrType: lambda v: isinstance(v, str),
        mi.IntType: lambda v: isinstance(v, int) and not isinstance(v, bool),
        mi.FloatType: lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
        mi.BoolType: lambda v: isinstance(v, bool),
        mi.NoneType: lambda v: v is None,
    }.get(type(t))
    if isinstance(t, mi.LiteralType):
        if value not in t.values:
            out.append(Problem(where, f"expected {_type_name(t)}, found {value!r}"))
        return
    if ok is not None and not ok(value):
        found = "null" if value is None else type(value).__name__
        out.append(Problem(where, f"expected {_type_name(t)}, found {found}"))


def schema_problems(raw) -> list[Problem]:
    """Every place where the decoded JSON ``raw`` does not follow the Manifest schema."""
    out: list[Problem] = []
    _walk(raw, msgspec.inspect.type_info(Manifest), "", out)
    return out


def encode_manifest(manifest: Manifest) -> bytes:
    return msgspec.json.format(msgspec.json.encode(manifest), indent=2) + b"\n"


# ---------------------------------------------------------------- paths

def path_problem(name: str) -> str | None:
    """Why ``name`` is not an acceptable member path, or None.

    Members are relative POSIX paths under ``content/``: no absolute paths, drive letters,
    backslashes, ``..`` or ``.`` components, empty components or control characters."""
    if not name:
        return "empty path"
    if "\\" in name:
        return "backslash in path"
    if any(ord(c) < 32 for c in name):
        return "control character in path"
    if name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        return "absolute path"
    parts = name.split("/")
    if any(p == ".." for p in parts):
        return "path traversal ('..')"
    if any(p in ("", ".") for p in parts[:-1]) or parts[-1] in ("", "."):
        return "empty or '.' path component"
    if not name.startswith(CONTENT):
        return f"outside {CONTENT}"
    return None


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def local_text(text: LocalText | None, lang: str, default_language: str) -> str:
    """``text`` in ``lang``, else in the base language of ``lang`` ("zh" for "zh-Hans"),
    else in ``default_language``, else any; "" for nothing."""
    if not text:
        return ""
    if lang in text:
        return text[lang]
    base = lang.split("-")[0]
    for key, value in text.items():
        if key.split("-")[0] == base:
            return value
    if default_language in text:
        return text[default_language]
    return next(iter(text.values()))


# ---------------------------------------------------------------- reading packages

class CoursePackage:
    """An opened, integrity-checked ``.silkcourse`` file (or an unpacked installed course folder).

    Use :meth:`open`; the ZIP stays open until :meth:`close` (a context manager is provided)."""

    def __init__(self, path: Path, manifest: Manifest, zf: zipfile.ZipFile | None, root: Path | None):
        self.path = path
        self.manifest = manifest
        self._zip = zf
        self._root = root

    # -- opening
    @classmethod
    def open(cls, path: str | os.PathLike, verify_content: bool = True) -> "CoursePackage":
        """Open ``path`` (a .silkcourse ZIP or an unpacked course folder) and verify it.

        Raises PackageError listing every integrity problem (unlisted, missing, altered or
        unsafe files, truncated archive) or every schema problem of the manifest.
        ``verify_content=False`` checks names and sizes but leaves the SHA-256 of each member to
        :meth:`read` (or to the caller that unpacks it, as :func:`install` does)."""
        path = Path(path)
        if path.is_dir():
            return cls._open_folder(path)
        try:
            zf = zipfile.ZipFile(path)
        except FileNotFoundError:
            raise PackageError(Problem(str(path), "no such file"), path) from None
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
            raise PackageError(Problem(path.name, f"not a course package (not a readable ZIP file: {exc})"),
                               path) from None
        try:
            manifest = _read_zip_manifest(zf, path)
            problems = _check_zip_members(zf, manifest, hash_content=verify_content)
            if problems:
                raise PackageError(problems, path)
        except BaseException:
            zf.close()
            raise
        return cls(path, manifest, zf, None)

    @classmethod
    def _open_folder(cls, root: Path) -> "CoursePackage":
        mpath = root / MANIFEST
        if not mpath.is_file():
            raise PackageError(Problem(MANIFEST, "missing"), root)
        manifest = decode_manifest_at(mpath, root)
        problems = check_folder(root, manifest)
        if problems:
            raise PackageError(problems, root)
        return cls(root, manifest, None, root)

    # -- access
    def names(self) -> list[str]:
        return sorted(self.manifest.files)

    def read(self, name: str) -> bytes:
        """Bytes of the member ``name`` (a path listed in ``files``), checked against its SHA-256."""
        entry = self.manifest.files.get(name)
        if entry is None:
            raise KeyError(f"{name} is not in course {self.manifest.id}")
        if self._zip is not None:
            data = self._zip.read(name)
        else:
            data = (self._root / name).read_bytes()
        if len(data) != entry.size or sha256_bytes(data) != entry.sha256:
            raise PackageError(Problem(name, "content does not match its SHA-256 in the manifest"), self.path)
        return data

    def text(self, value: LocalText | None, lang: str | None = None) -> str:
        """A LocalText in ``lang`` with the course's fallback (default_language)."""
        m = self.manifest
        return local_text(value, lang or m.default_language, m.default_language)

    def body(self, lesson: Lesson, lang: str | None = None) -> str:
        """The Markdown body of ``lesson`` in ``lang`` (fallback default_language); "" if none."""
        paths = getattr(lesson, "body", None)
        if not paths:
            return ""
        name = self.text(paths, lang)
        return self.read(name).decode("utf-8") if name else ""

    def series_files(self, folder: str) -> list[str]:
        """Member paths inside the case folder ``folder`` (``content/cases/<name>/``), sorted."""
        prefix = folder if folder.endswith("/") else folder + "/"
        return sorted(n for n in self.manifest.files if n.startswith(prefix))

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()
            self._zip = None

    def __enter__(self) -> "CoursePackage":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"CoursePackage({self.manifest.id} {self.manifest.version} at {self.path})"


def _read_zip_manifest(zf: zipfile.ZipFile, path: Path) -> Manifest:
    try:
        info = zf.getinfo(MANIFEST)
    except KeyError:
        raise PackageError(Problem(MANIFEST, "missing: this ZIP is not a course package"), path) from None
    if info.file_size > MAX_MANIFEST_BYTES:
        raise PackageError(Problem(MANIFEST, f"too large ({info.file_size} bytes)"), path)
    try:
        data = zf.read(info)
    except (zipfile.BadZipFile, OSError, EOFError, zlib_error()) as exc:
        raise PackageError(Problem(MANIFEST, f"cannot be read: {exc}"), path) from None
    try:
        return decode_manifest(data)
    except PackageError as exc:
        raise PackageError(exc.problems, path) from None


def decode_manifest_at(mpath: Path, root: Path | None = None) -> Manifest:
    try:
        data = mpath.read_bytes()
    except OSError as exc:
        raise PackageError(Problem(MANIFEST, f"cannot be read: {exc}"), root or mpath) from None
    try:
        return decode_manifest(data)
    except PackageError as exc:
        raise PackageError(exc.problems, root or mpath) from None


def zlib_error():
    import zlib

    return zlib.error


def _changed(size: int, listed: int) -> str:
    return (f"SHA-256 mismatch: the file was changed after the package was built "
            f"({size} bytes where the manifest lists {listed})")


def _check_files_table(manifest: Manifest) -> list[Problem]:
    problems = []
    for name, entry in manifest.files.items():
        why = path_problem(name)
        if why:
            problems.append(Problem(f"files[{name!r}]", f"unsafe path: {why}"))
        if not SHA256_RE.match(entry.sha256):
            problems.append(Problem(f"files[{name!r}].sha256", "not a lower-case hex SHA-256"))
        if entry.size < 0:
            problems.append(Problem(f"files[{name!r}].size", "negative size"))
    return problems


def _hash_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, entry: FileEntry, out=None) -> Problem | None:
    """Hash (and copy to ``out``) one member; the problem if it is unreadable or altered."""
    h = hashlib.sha256()
    try:
        with zf.open(info) as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
                if out is not None:
                    out.write(chunk)
    except (zipfile.BadZipFile, EOFError, zlib_error()) as exc:
        return Problem(info.filename, f"cannot be read (damaged or truncated package): {exc}")
    if h.hexdigest() != entry.sha256:
        return Problem(info.filename, "SHA-256 mismatch: the file was changed after the package was built")
    return None


def _check_zip_members(zf: zipfile.ZipFile, manifest: Manifest, hash_content: bool = True) -> list[Problem]:
    """Every member listed, safe and matching; every listed file present. All problems."""
    problems = _check_files_table(manifest)
    seen: set[str] = set()
    for info in zf.infolist():
        name = info.filename
        if name == MANIFEST:
            if name in seen:
                problems.append(Problem(name, "appears twice in the ZIP"))
            seen.add(name)
            continue
        if info.is_dir():
            why = path_problem(name.rstrip("/") + "/x")
            if why:
                problems.append(Problem(name, f"unsafe path: {why}"))
            continue  # folder entries carry no data
        why = path_problem(name)
        if why:
            problems.append(Problem(name, f"unsafe path: {why}"))
            seen.add(name)
            continue
        if name in seen:
            problems.append(Problem(name, "appears twice in the ZIP"))
            continue
        seen.add(name)
        entry = manifest.files.get(name)
        if entry is None:
            problems.append(Problem(name, "extra file not listed in the manifest"))
            continue
        if info.file_size != entry.size:
            problems.append(Problem(name, _changed(info.file_size, entry.size)))
            continue
        if hash_content:
            problem = _hash_member(zf, info, entry)
            if problem:
                problems.append(problem)
    for name in sorted(set(manifest.files) - seen):
        problems.append(Problem(name, "missing: listed in the manifest but not in the package"))
    return problems


def check_folder(root: Path, manifest: Manifest) -> list[Problem]:
    """The integrity checks of an unpacked course folder against its ``files`` table."""
    problems = _check_files_table(manifest)
    present = set()
    for p in sorted(root.rglob("*")):
        if p.is_dir():
            continue
        rel = p.relative_to(root).as_posix()
        if rel == MANIFEST:
            continue
        present.add(rel)
        if p.is_symlink():
            problems.append(Problem(rel, "symbolic links are not allowed"))
            continue
        entry = manifest.files.get(rel)
        if entry is None:
            problems.append(Problem(rel, "extra file not listed in the manifest"))
            continue
        size = p.stat().st_size
        if size != entry.size:
            problems.append(Problem(rel, _changed(size, entry.size)))
        elif sha256_file(p) != entry.sha256:
            problems.append(Problem(rel, "SHA-256 mismatch: the file was changed after the package was built"))
    for name in sorted(set(manifest.files) - present):
        problems.append(Problem(name, "missing: listed in the manifest but not in the package"))
    return problems


# ---------------------------------------------------------------- installed courses

def default_courses_dir() -> Path:
    """``<Silkbridge home>/courses`` (SILKBRIDGE_HOME overrides the home, see workstation.settings)."""
    from workstation.settings import home

    return home() / "courses"


def semver_key(version: str) -> tuple:
    """Sort key of a semantic version (pre-releases before the release; build metadata ignored)."""
    m = SEMVER_RE.match(version)
    if not m:
        return (-1, -1, -1, 0, version)
    pre = version.split("+")[0].partition("-")[2]
    pre_key = tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in pre.split(".")) if pre else ()
    return (int(m.group(1)), int(m.group(2)), int(m.group(3)), 0 if pre else 1, pre_key)


class InstalledCourse:
    """A course unpacked under the courses folder: ``<courses_dir>/<id>/<version>/`` holding
    ``manifest.json`` and ``content/``. It was verified when installed; :meth:`verify` re-checks."""

    def __init__(self, root: Path, manifest: Manifest):
        self.root = Path(root)
        self.manifest = manifest

    @classmethod
    def load(cls, root: str | os.PathLike) -> "InstalledCourse":
        root = Path(root)
        return cls(root, decode_manifest_at(root / MANIFEST, root))

    @property
    def id(self) -> str:
        return self.manifest.id

    @property
    def version(self) -> str:
        return self.manifest.version

    def path_of(self, name: str) -> Path:
        """Filesystem path of the member ``name`` (a listed file or a case folder)."""
        why = path_problem(name.rstrip("/") + ("/x" if name.endswith("/") else ""))
        if why:
            raise KeyError(f"{name}: {why}")
        return self.root / name

    def read(self, name: str) -> bytes:
        if name not in self.manifest.files:
            raise KeyError(f"{name} is not in course {self.manifest.id}")
        return self.path_of(name).read_bytes()

    def text(self, value: LocalText | None, lang: str | None = None) -> str:
        m = self.manifest
        return local_text(value, lang or m.default_language, m.default_language)

    def body(self, lesson: Lesson, lang: str | None = None) -> str:
        paths = getattr(lesson, "body", None)
        if not paths:
            return ""
        name = self.text(paths, lang)
        return self.read(name).decode("utf-8") if name else ""

    def series_dir(self, lesson: CaseLesson) -> Path:
        """The folder of the case lesson's DICOM series (load it with workstation.dicom)."""
        return self.path_of(lesson.series)

    def verify(self) -> list[Problem]:
        """Re-check every file against the manifest (e.g. after a disk error)."""
        return check_folder(self.root, self.manifest)

    def __repr__(self) -> str:
        return f"InstalledCourse({self.id} {self.version} at {self.root})"

    def __eq__(self, other) -> bool:
        return isinstance(other, InstalledCourse) and other.root == self.root

    def __hash__(self) -> int:
        return hash(self.root)


def installed_courses(courses_dir: str | os.PathLike | None = None) -> list[InstalledCourse]:
    """Every installed course (all versions), by id then version. Unreadable folders are skipped
    with a warning; temporary folders of an install in progress (".install-*") are ignored."""
    base = Path(courses_dir) if courses_dir is not None else default_courses_dir()
    if not base.is_dir():
        return []
    found = []
    for course_dir in sorted(base.iterdir()):
        if course_dir.name.startswith(".") or not course_dir.is_dir():
            continue
        for version_dir in course_dir.iterdir():
            if version_dir.name.startswith(".") or not (version_dir / MANIFEST).is_file():
                continue
            try:
                found.append(InstalledCourse.load(version_dir))
            except PackageError as exc:
                log.warning("skipping installed course %s: %s", version_dir, exc)
    found.sort(key=lambda c: (c.id, semver_key(c.version)))
    return found


def find_installed(course_id: str, version: str | None = None,
                   courses_dir: str | os.PathLike | None = None) -> InstalledCourse | None:
    """The installed course ``course_id`` at ``version`` (newest when None), or None."""
    matches = [c for c in installed_courses(courses_dir) if c.id == course_id]
    if version is not None:
        matches = [c for c in matches if c.version == version]
    return matches[-1] if matches else None


def _extract(pkg: CoursePackage, dest: Path) -> None:
    """Write every listed member under ``dest``, checking the SHA-256 of what is written
    (one pass over the data: open() checked names and sizes only). Every problem is reported."""
    assert pkg._zip is not None
    zf = pkg._zip
    dest.mkdir()
    problems = []
    for name, entry in sorted(pkg.manifest.files.items()):
        target = dest.joinpath(*PurePosixPath(name).parts)
        if os.path.commonpath([dest, target]) != str(dest):  # belt and braces: open() checked paths
            problems.append(Problem(name, "unsafe path"))
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(target, "xb") as out:
            problem = _hash_member(zf, zf.getinfo(name), entry, out)
        if problem:
            problems.append(problem)
    with zf.open(MANIFEST) as src, open(dest / MANIFEST, "xb") as out:
        shutil.copyfileobj(src, out)
    if problems:
        raise PackageError(problems, pkg.path)


def _remove_stale_installs(base: Path, older_than_s: float = 3600.0) -> None:
    """Remove what an install killed mid-way (power loss) left behind: ``.install-*`` folders older
    than an hour (a younger one may belong to an install running in another process)."""
    now = time.time()
    for d in base.glob(".install-*"):
        try:
            if d.is_dir() and now - d.stat().st_mtime > older_than_s:
                shutil.rmtree(d, ignore_errors=True)
        except OSError:
            continue


def install(path: str | os.PathLike, courses_dir: str | os.PathLike | None = None) -> InstalledCourse:
    """Install the package at ``path`` into ``courses_dir``/<id>/<version>/ atomically.

    The package is verified (integrity, schema, and the full :func:`courseware.validate.validate`
    checks: translations, answers, image regions) after unpacking it into a temporary folder
    inside ``courses_dir``; only a package without any problem is renamed into place. Any
    failure raises PackageError and leaves ``courses_dir`` as it was. Installing a version that
    is already installed from the same package is a no-op returning the installed course; a
    *different* package with the same id and version is refused."""
    from courseware.validate import validate_manifest  # validate imports this module

    base = Path(courses_dir) if courses_dir is not None else default_courses_dir()
    path = Path(path)
    if path.is_dir():
        raise PackageError(Problem(str(path), "is a folder: build it into a .silkcourse file first "
                                              "(python -m workstation course build)"), path)
    with CoursePackage.open(path, verify_content=False) as pkg:  # contents are hashed while unpacking
        m = pkg.manifest
        manifest_bytes = pkg._zip.read(MANIFEST)
        # id and version become folder names: check them before touching the disk
        problems = [p for p in validate_manifest(m, None) if p.location in ("id", "version")]
        if problems:
            raise PackageError(problems, path)
        final = base / m.id / m.version
        if (final / MANIFEST).is_file():
            existing = (final / MANIFEST).read_bytes()
            if existing == manifest_bytes:
                log.info("course %s %s is already installed at %s", m.id, m.version, final)
                return InstalledCourse(final, m)
            raise PackageError(Problem(
                "version", f"course {m.id} version {m.version} is already installed from a different package; "
                           "a changed course needs a new version number"), path)
        created_base = not base.exists()
        base.mkdir(parents=True, exist_ok=True)
        _remove_stale_installs(base)
        tmp = Path(tempfile.mkdtemp(prefix=".install-", dir=base))
        created_course_dir = False
        try:
            staged = tmp / "course"
            try:
                _extract(pkg, staged)
            except OSError as exc:
                raise PackageError(Problem(str(path), f"cannot unpack into {base}: {exc}"), path) from None
            problems = validate_manifest(m, staged)
            if problems:
                raise PackageError(problems, path)
            course_dir = base / m.id
            if not course_dir.exists():
                course_dir.mkdir()
                created_course_dir = True
            try:
                os.rename(staged, final)
            except OSError as exc:
                if (final / MANIFEST).is_file() and (final / MANIFEST).read_bytes() == manifest_bytes:
                    return InstalledCourse(final, m)  # installed concurrently by someone else
                raise PackageError(Problem(str(final), f"cannot install: {exc}"), path) from None
        except BaseException:
            if created_course_dir:
                shutil.rmtree(base / m.id, ignore_errors=True)
            raise
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
            if created_base and not any(base.iterdir()):
                base.rmdir()
    log.info("installed course %s %s at %s", m.id, m.version, final)
    return InstalledCourse(final, m)


def uninstall(course: InstalledCourse) -> None:
    """Remove an installed course version (renamed aside first, so it vanishes at once)."""
    root = course.root
    aside = root.parent / f".remove-{root.name}-{os.getpid()}"
    os.rename(root, aside)
    shutil.rmtree(aside, ignore_errors=True)
    try:
        root.parent.rmdir()
    except OSError:
        pass


# ---------------------------------------------------------------- building packages

def _is_text(name: str) -> bool:
    return name.lower().endswith((".md", ".markdown", ".txt", ".json", ".html", ".htm", ".csv", ".svg", ".vtt"))


def collect_files(folder: Path) -> dict[str, FileEntry]:
    """The ``files`` table of a course source folder: every file under ``content/``."""
    files = {}
    content = folder / CONTENT
    if content.is_dir():
        for p in sorted(content.rglob("*")):
            if p.is_file():
                rel = p.relative_to(folder).as_posix()
                files[rel] = FileEntry(sha256=sha256_file(p), size=p.stat().st_size)
    return files


def build(folder: str | os.PathLike, out: str | os.PathLike) -> Path:
    """Build ``out`` (.silkcourse) from a course source folder (``manifest.json`` + ``content/``).

    The ``files`` table is computed (any table in the source manifest is replaced); the course
    is validated first and PackageError lists every problem if it has any. Text is deflated,
    media and DICOM are stored. The package is written to a temporary file and renamed, so
    ``out`` is never left half-written."""
    from courseware.validate import validate_manifest

    folder = Path(folder)
    out = Path(out)
    mpath = folder / MANIFEST
    if not mpath.is_file():
        raise PackageError(Problem(MANIFEST, f"missing in {folder}"), folder)
    manifest = decode_manifest_at(mpath, folder)
    problems = []
    for p in sorted(folder.rglob("*")):
        rel = p.relative_to(folder).as_posix()
        if p.is_file() and rel != MANIFEST and not rel.startswith(CONTENT):
            problems.append(Problem(rel, f"outside {CONTENT}: only manifest.json and content/ go in a package"))
        elif p.is_symlink():
            problems.append(Problem(rel, "symbolic links are not allowed"))
    files = collect_files(folder)
    for name in files:
        why = path_problem(name)
        if why:
            problems.append(Problem(name, f"unsafe path: {why}"))
    manifest = msgspec.structs.replace(manifest, files=files)
    problems += validate_manifest(manifest, folder)
    if problems:
        raise PackageError(problems, folder)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    try:
        with os.fdopen(fd, "wb") as raw, zipfile.ZipFile(raw, "w") as zf:
            zf.writestr(zipfile.ZipInfo(MANIFEST, date_time=(2020, 1, 1, 0, 0, 0)),
                        encode_manifest(manifest), compress_type=zipfile.ZIP_DEFLATED)
            for name in files:
                info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED if _is_text(name) else zipfile.ZIP_STORED
                info.external_attr = 0o644 << 16
                info.file_size = files[name].size
                with open(folder / name, "rb") as src, zf.open(info, "w") as dst:
                    shutil.copyfileobj(src, dst, 1 << 20)
        os.replace(tmp_name, out)
    except BaseException:
        try:
            os.unlink(tmp_name)
        except OSError:
            pass
        raise
    return out


def package_name(manifest: Manifest) -> str:
    """The conventional file name ``<id>-<version>.silkcourse``."""
    return f"{manifest.id}-{manifest.version}{SUFFIX}"
