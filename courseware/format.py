"""The ``.silkcourse`` format: the manifest types, the format constants, the problems and the checks
that reading, building and validating a course share.

:mod:`courseware.package` (open, install, build) and :mod:`courseware.validate` (the content checks)
both build on this module and neither imports the other. The manifest is described by the msgspec
structs below and documented in docs/course-format.md; its ``files`` table lists the SHA-256 and
size of every member of the ZIP but the manifest itself, and nothing else may be in the ZIP.

What may be in a course folder is decided here once (:func:`source_folder_problems`,
:func:`check_folder`): only ``manifest.json`` and regular files under ``content/``; a symbolic
link is refused wherever it is, by ``course validate`` and ``course build`` alike, so a course
never packs a file from outside its folder.

This module imports only the standard library and msgspec.
"""

from __future__ import annotations

import hashlib
import os
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Literal, Union

import msgspec


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


def read_zip_manifest(zf: zipfile.ZipFile, path: Path) -> Manifest:
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


def hash_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, entry: FileEntry, out=None) -> Problem | None:
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


def check_zip_members(zf: zipfile.ZipFile, manifest: Manifest, hash_content: bool = True) -> list[Problem]:
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
            problem = hash_member(zf, info, entry)
            if problem:
                problems.append(problem)
    for name in sorted(set(manifest.files) - seen):
        problems.append(Problem(name, "missing: listed in the manifest but not in the package"))
    return problems


SYMLINK = "symbolic links are not allowed: copy the file into the course folder"


def _walk_folder(root: Path) -> Iterator[tuple[str, Path]]:
    """Every entry under ``root`` (relative POSIX path, path), never following a symbolic link:
    a linked folder is yielded itself, not entered."""
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        base = Path(dirpath)
        for name in sorted(dirnames) + sorted(filenames):
            p = base / name
            yield p.relative_to(root).as_posix(), p


def check_folder(root: Path, manifest: Manifest) -> list[Problem]:
    """The integrity checks of an unpacked course folder against its ``files`` table."""
    problems = _check_files_table(manifest)
    present = set()
    for rel, p in sorted(_walk_folder(root)):
        if p.is_symlink():
            present.add(rel)
            problems.append(Problem(rel, SYMLINK))
            continue
        if p.is_dir() or rel == MANIFEST:
            continue
        present.add(rel)
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


def collect_files(folder: Path) -> dict[str, FileEntry]:
    """The ``files`` table of a course source folder: every regular file under ``content/``
    (symbolic links are left out: :func:`source_folder_problems` refuses them)."""
    files = {}
    for rel, p in sorted(_walk_folder(folder)):
        if rel.startswith(CONTENT) and not p.is_symlink() and p.is_file():
            files[rel] = FileEntry(sha256=sha256_file(p), size=p.stat().st_size)
    return files


def source_folder_problems(folder: Path) -> tuple[dict[str, FileEntry], list[Problem]]:
    """The ``files`` table a course source folder would be built with, and every reason it cannot
    be: a symbolic link anywhere (to a file or a folder, inside or outside ``content/``), a file
    outside ``content/``, an unsafe member path. ``course validate`` and ``course build`` both
    use this, so they accept and refuse the same folders for the same reasons."""
    problems = []
    for rel, p in sorted(_walk_folder(folder)):
        if p.is_symlink():
            problems.append(Problem(rel, SYMLINK))
        elif p.is_file() and rel != MANIFEST and not rel.startswith(CONTENT):
            problems.append(Problem(rel, f"outside {CONTENT}: only manifest.json and content/ go in a package"))
    files = collect_files(folder)
    for name in files:
        why = path_problem(name)
        if why:
            problems.append(Problem(name, f"unsafe path: {why}"))
    return files, problems
