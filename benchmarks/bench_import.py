"""Import speed with the import checks (every element guarded, pixel data checked), beside two
references measured in the same run: copying the same files, and pydicom reading their headers.

    .venv/bin/python benchmarks/bench_import.py [--repeats 5]

Series: the four decubitus MR series shipped in tests/data (140 files, native pixel data: the pixel
check is arithmetic on the header) and a 315-slice series made from them (new instance UIDs).
Medians of wall time with the OS file cache warm.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pydicom  # noqa: E402

from workstation.dicom.catalog import Catalog  # noqa: E402

DECUBITUS = ROOT / "tests" / "data" / "decubitus"


def _median(fn, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def _import(folders):
    with tempfile.TemporaryDirectory() as d, Catalog(d) as catalog:
        report = catalog.import_paths(folders)
        assert not report.rejected and report.imported, report.summary()


def _copy(files):
    with tempfile.TemporaryDirectory() as d:
        for i, f in enumerate(files):
            shutil.copyfile(f, Path(d) / f"{i}.dcm")


def _headers(files):
    for f in files:
        pydicom.dcmread(f, stop_before_pixels=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeats", type=int, default=5)
    args = ap.parse_args()
    decubitus = sorted(p for p in DECUBITUS.glob("*/*") if p.is_dir())
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "series315"
        big.mkdir()
        sources = sorted(decubitus[0].iterdir())
        for i in range(315):
            ds = pydicom.dcmread(sources[i % len(sources)])
            ds.SOPInstanceUID = f"2.25.{31500000 + i}"
            ds.InstanceNumber = i + 1
            ds.save_as(big / f"{i:04d}.dcm")
        for label, folders in (("decubitus 4 x 35 MR", decubitus), ("315-slice MR series", [big])):
            files = [f for folder in folders for f in sorted(folder.iterdir())]
            _import(folders)  # warm the file cache
            t_import = _median(lambda: _import(folders), args.repeats)
            t_copy = _median(lambda: _copy(files), args.repeats)
            t_read = _median(lambda: _headers(files), args.repeats)
            print(f"{label}: {len(files)} files, import {t_import:.3f} s ({1000 * t_import / len(files):.2f} ms/file); "
                  f"references: copy {t_copy:.3f} s, pydicom header read {t_read:.3f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
