"""Series loading speed and memory: our progressive loader beside SimpleITK's ImageSeriesReader.

    .venv/bin/python benchmarks/bench_load.py [--quick] [--repeats 3]

Generates (once, cached under /tmp) a 512 x 512 x 300 phantom CT series (--quick: 512 x 512 x 100),
imports it into a temporary catalog, then reports medians with the OS file cache warm for both
readers:

* time to the first slice on screen (our ``on_slice`` first call; SimpleITK has no progressive
  load, its first slice arrives with the full volume),
* time to the full volume,
* peak resident memory added by a load (VmHWM, after imports), measured in a fresh process, as a ratio of the volume's
  own size.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import SimpleITK as sitk  # noqa: E402

from workstation.dicom.assemble import load_series_dir, load_series_from_catalog  # noqa: E402
from workstation.dicom.catalog import Catalog  # noqa: E402
from workstation.phantom import write_phantom_series  # noqa: E402

MEMORY_PROBE = r"""
import resource, sys
sys.path.insert(0, {root!r})
import numpy as np, SimpleITK as sitk
from workstation.dicom.catalog import Catalog
from workstation.dicom.assemble import load_series_from_catalog
which, catalog_dir, series_uid, folder = sys.argv[1:5]
cat = Catalog(catalog_dir)
files = sorted(str(p) for p in __import__("pathlib").Path(folder).glob("*.dcm"))
instances = cat.instances(series_uid)
def peak_kib():
    # VmHWM, reset below: ru_maxrss also counts the (big) parent's peak inherited over fork
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
try:
    with open("/proc/self/clear_refs", "w") as f:
        f.write("5")  # reset the peak-RSS mark to the current RSS
except OSError:
    pass
base = peak_kib()
if which == "ours":
    (vol,) = load_series_from_catalog(cat, series_uid)
    nbytes = vol.array.nbytes
else:
    reader = sitk.ImageSeriesReader()
    reader.SetFileNames(sitk.ImageSeriesReader.GetGDCMSeriesFileNames(folder))
    img = reader.Execute()
    nbytes = sitk.GetArrayViewFromImage(img).nbytes
peak = peak_kib()
print((peak - base) * 1024 / nbytes, nbytes)
"""


def phantom_dir(size: int, slices: int) -> Path:
    folder = Path(tempfile.gettempdir()) / f"silkbridge-bench-phantom-{size}x{slices}"
    if len(list(folder.glob("*.dcm"))) != slices:
        print(f"writing a {size}x{size}x{slices} phantom to {folder} ...", flush=True)
        write_phantom_series(folder, size=size, slices=slices, spacing=(0.7, 0.7, 1.0))
    return folder


def ours_once(catalog: Catalog, series_uid: str) -> tuple[float, float]:
    first: list[float] = []
    t0 = time.perf_counter()

    def on_slice(volume, k):
        if not first:
            first.append(time.perf_counter() - t0)

    load_series_from_catalog(catalog, series_uid, on_slice=on_slice)
    return first[0], time.perf_counter() - t0


def sitk_once(files: list[str]) -> float:
    t0 = time.perf_counter()
    reader = sitk.ImageSeriesReader()
    reader.SetFileNames(files)
    img = reader.Execute()
    sitk.GetArrayViewFromImage(img)
    return time.perf_counter() - t0


def folder_ours_once(folder: Path) -> float:
    t0 = time.perf_counter()
    load_series_dir(folder)
    return time.perf_counter() - t0


def folder_sitk_once(folder: Path) -> float:
    t0 = time.perf_counter()
    files = sitk.ImageSeriesReader.GetGDCMSeriesFileNames(str(folder))
    sitk_once(files)
    return time.perf_counter() - t0


def median_of(fn, repeats: int):
    fn()  # warm the OS file cache and the code paths
    return [fn() for _ in range(repeats)]


def memory_ratio(which: str, catalog_dir: Path, series_uid: str, folder: Path) -> float:
    run = subprocess.run([sys.executable, "-c", MEMORY_PROBE.format(root=str(ROOT)), which, str(catalog_dir),
                          series_uid, str(folder)], capture_output=True, text=True, check=True)
    return float(run.stdout.split()[0])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="100 slices instead of 300")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    size, slices = 512, 100 if args.quick else 300
    folder = phantom_dir(size, slices)
    files = sitk.ImageSeriesReader.GetGDCMSeriesFileNames(str(folder))
    with tempfile.TemporaryDirectory(prefix="silkbridge-bench-") as tmp:
        catalog = Catalog(Path(tmp) / "catalog")
        t0 = time.perf_counter()
        report = catalog.import_paths([folder])
        import_s = time.perf_counter() - t0
        series_uid = catalog.series(catalog.studies()[0].study_uid)[0].series_uid
        print(f"series: {size}x{size}x{slices} CT, {report.imported} files imported in {import_s:.2f} s")

        ours = median_of(lambda: ours_once(catalog, series_uid), args.repeats)
        theirs = median_of(lambda: sitk_once(files), args.repeats)
        first = statistics.median(t[0] for t in ours)
        full = statistics.median(t[1] for t in ours)
        ref = statistics.median(theirs)
        print(f"first slice: ours {first:.3f} s | SimpleITK {ref:.3f} s (no progressive load: full volume) "
              f"| ratio {first / ref:.2f} (goal: ours <= 0.3 s)")
        print(f"full volume: ours {full:.2f} s | SimpleITK {ref:.2f} s | ratio {full / ref:.2f} (goal <= 1.0)")
        f_ours = statistics.median(median_of(lambda: folder_ours_once(folder), args.repeats))
        f_sitk = statistics.median(median_of(lambda: folder_sitk_once(folder), args.repeats))
        print(f"plain folder incl. header scan: ours {f_ours:.2f} s | SimpleITK {f_sitk:.2f} s "
              f"| ratio {f_ours / f_sitk:.2f}")
        mem_ours = memory_ratio("ours", Path(tmp) / "catalog", series_uid, folder)
        mem_sitk = memory_ratio("sitk", Path(tmp) / "catalog", series_uid, folder)
        print(f"peak memory / volume size: ours {mem_ours:.2f} | SimpleITK {mem_sitk:.2f} "
              f"| ratio {mem_ours / max(mem_sitk, 1e-9):.2f} (goal: ours <= 1.5)")
        catalog.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
