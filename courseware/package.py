"""Course packages: the ``.silkcourse`` file format, opening with integrity checks, atomic install.

A course package is one ZIP file ``<id>-<version>.silkcourse`` holding ``manifest.json`` and the
content under ``content/`` (Markdown lessons, images, video, DICOM case series). The manifest is
described by the msgspec structs of :mod:`courseware.format` (re-exported here) and documented in
docs/course-format.md; its ``files`` table lists the SHA-256 and size of every member of the ZIP but the manifest itself, and nothing
else may be in the ZIP. :meth:`CoursePackage.open` refuses a package whose members do not match
that table (tampered, truncated, extra or missing files, unsafe paths) or whose manifest does not
follow the schema, with a :class:`PackageError` that names every problem and where it is.

:func:`install` unpacks into a temporary folder beside the courses folder, verifies it, validates
the course (translations, answers, image regions: :mod:`courseware.validate`) and only then renames
it into place, so a failure leaves the courses folder exactly as it was.

This module imports only the standard library, msgspec, :mod:`courseware.format`,
:mod:`courseware.validate` and (lazily) ``workstation``; it never imports ``comms`` or Qt.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import time
import zipfile
from pathlib import Path, PurePosixPath

import msgspec

log = logging.getLogger(__name__)

from courseware.format import (  # the format's types and checks, re-exported for callers
    CONTENT,
    CaseLesson,
    Choice,
    FORMAT,
    FORMAT_VERSION,
    FileEntry,
    ID_RE,
    ImageQuestion,
    Lesson,
    LocalText,
    MANIFEST,
    MAX_MANIFEST_BYTES,
    Manifest,
    Module,
    MultipleQuestion,
    PackageError,
    Problem,
    Question,
    QuizLesson,
    Region,
    SEMVER_RE,
    SHA256_RE,
    SUFFIX,
    SYMLINK,
    SingleQuestion,
    TextLesson,
    VideoLesson,
    check_folder,
    check_zip_members,
    collect_files,
    decode_manifest,
    decode_manifest_at,
    encode_manifest,
    hash_member,
    local_text,
    path_problem,
    read_zip_manifest,
    schema_problems,
    sha256_bytes,
    sha256_file,
    source_folder_problems,
    zlib_error,
)
from courseware.validate import validate_manifest

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
            manifest = read_zip_manifest(zf, path)
            problems = check_zip_members(zf, manifest, hash_content=verify_content)
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
            problem = hash_member(zf, zf.getinfo(name), entry, out)
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


def build(folder: str | os.PathLike, out: str | os.PathLike) -> Path:
    """Build ``out`` (.silkcourse) from a course source folder (``manifest.json`` + ``content/``).

    The ``files`` table is computed (any table in the source manifest is replaced); the course
    is validated first and PackageError lists every problem if it has any. Text is deflated,
    media and DICOM are stored. The package is written to a temporary file and renamed, so
    ``out`` is never left half-written."""
    folder = Path(folder)
    out = Path(out)
    mpath = folder / MANIFEST
    if not mpath.is_file():
        raise PackageError(Problem(MANIFEST, f"missing in {folder}"), folder)
    manifest = decode_manifest_at(mpath, folder)
    files, problems = source_folder_problems(folder)
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
