"""Paths to real DICOM test data, shared by the DICOM tests."""

from __future__ import annotations

import shutil
from pathlib import Path

import data_store
import pydicom

PYDICOM_TEST = Path(pydicom.__file__).parent / "data" / "test_files"
PYDICOM_CHARSET = Path(pydicom.__file__).parent / "data" / "charset_files"
PYDICOM_DATA = Path(data_store.__file__).parent / "data"  # the pydicom-data package
DECUBITUS = Path(__file__).resolve().parent / "data" / "decubitus"  # shipped, see data/README.md
POSITIONS = ("HFS", "HFP", "HFDL", "HFDR")


def dicom_file(name: str) -> Path:
    for folder in (PYDICOM_TEST, PYDICOM_DATA, PYDICOM_CHARSET):
        if (folder / name).exists():
            return folder / name
    raise FileNotFoundError(name)


def decubitus_dir(position: str) -> Path:
    (series,) = [p for p in (DECUBITUS / position).iterdir() if p.is_dir()]
    return series


def copy_series(position: str, dest: Path) -> Path:
    shutil.copytree(decubitus_dir(position), dest)
    return dest
