"""De-identification throughput: ours beside references measured in the same run.

    .venv/bin/python benchmarks/bench_deid.py [--quick]

Files: the four decubitus MR series (140 files; --quick: HFS only, 35 files).
* ours         Deidentifier.deidentify_files (read, profile, key store, write)
* reference A  dicom-anonymizer's anonymize_dicom_file (same Annex E table, its own engine:
               no sequence walk, no key store, dates blanked rather than shifted)
* floor        pydicom dcmread + save_as, nothing changed
Each figure is the median over repeats of the whole batch, reported per file.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pydicom  # noqa: E402
from dicomanonymizer.simpledicomanonymizer import anonymize_dicom_file  # noqa: E402

from workstation.deid import Deidentifier  # noqa: E402

DECUBITUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "decubitus"


def _files(quick: bool) -> list[Path]:
    positions = ("HFS",) if quick else ("HFS", "HFP", "HFDL", "HFDR")
    return [f for pos in positions for f in sorted((DECUBITUS / pos).glob("*/*.dcm"))]


def _time(fn, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="one series, one repeat")
    ap.add_argument("--repeats", type=int, default=None)
    args = ap.parse_args()
    files = _files(args.quick)
    repeats = args.repeats or (1 if args.quick else 3)
    n = len(files)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        deid = Deidentifier(tmp / "keys.sqlite")
        runs = iter(range(10_000))

        def ours():
            report = deid.deidentify_files(files, tmp / f"ours{next(runs)}")
            assert len(report.written) == n, report.refused

        def reference():
            out = tmp / f"ref{next(runs)}"
            out.mkdir()
            for i, f in enumerate(files):
                anonymize_dicom_file(str(f), str(out / f"{i}.dcm"))

        def floor():
            out = tmp / f"floor{next(runs)}"
            out.mkdir()
            for i, f in enumerate(files):
                pydicom.dcmread(f).save_as(out / f"{i}.dcm")

        ours()  # warm-up: creates the patient and fills the UID map once
        t_ours = _time(ours, repeats)
        t_ref = _time(reference, repeats)
        t_floor = _time(floor, repeats)
        deid.close()
    print(f"{n} files, median of {repeats} batch run(s), per file:")
    print(f"  ours (Deidentifier.deidentify_files)   {1000 * t_ours / n:7.2f} ms")
    print(f"  reference dicom-anonymizer             {1000 * t_ref / n:7.2f} ms   ours/ref = {t_ours / t_ref:.2f}")
    print(f"  floor pydicom read+write               {1000 * t_floor / n:7.2f} ms   ours/floor = {t_ours / t_floor:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
