"""4-D series loading: our loader beside SimpleITK reading the same series volume by volume.

    .venv/bin/python benchmarks/bench_4d.py [--volumes 30] [--repeats 3]

Synthesizes (once, cached under /tmp) a 4-D MR series from a real one: the 35 sagittal
256 x 256 slices of tests/data/decubitus/HFS repeated as N volumes (one file per slice, volume t
with its own Temporal Position, Acquisition Number, instance numbers and pixel values + t),
imports it into a temporary catalog and reports medians with the OS file cache warm:

* first slice and first whole volume on screen (our ``on_slice``; the goal is <= 0.3 s),
* every volume: ours (one load of the series) vs SimpleITK's ImageSeriesReader run on each
  volume's files in turn (what one does without a 4-D reader; goal: ours <= SimpleITK),
* peak resident memory added by our load, in a fresh process, over the size of the 4-D data
  (goal <= 1.5).
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

import numpy as np  # noqa: E402
import pydicom  # noqa: E402
import SimpleITK as sitk  # noqa: E402
from pydicom.uid import generate_uid  # noqa: E402

from workstation.dicom.assemble import load_series_from_catalog, multivolume_of  # noqa: E402
from workstation.dicom.catalog import Catalog  # noqa: E402

SOURCE = ROOT / "tests" / "data" / "decubitus" / "HFS"

MEMORY_PROBE = r"""
import sys
sys.path.insert(0, {root!r})
from workstation.dicom.catalog import Catalog
from workstation.dicom.assemble import load_series_from_catalog, multivolume_of
catalog_dir, series_uid = sys.argv[1:3]
cat = Catalog(catalog_dir)
def peak_kib():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
try:
    with open("/proc/self/clear_refs", "w") as f:
        f.write("5")  # reset the peak-RSS mark to the current RSS
except OSError:
    pass
base = peak_kib()
(vol,) = load_series_from_catalog(cat, series_uid)
nbytes = multivolume_of(vol).array.nbytes
print((peak_kib() - base) * 1024 / nbytes, nbytes)
"""


def synthesize(volumes: int) -> tuple[Path, list[list[str]]]:
    """The 4-D series folder and, per volume, its files."""
    folder = Path(tempfile.gettempdir()) / f"silkbridge-bench-4d-{volumes}"
    (src,) = [p for p in SOURCE.iterdir() if p.is_dir()]
    slices = sorted(src.iterdir())
    files = [[str(folder / f"v{t:03d}_s{k:03d}.dcm") for k in range(len(slices))] for t in range(volumes)]
    if len(list(folder.glob("*.dcm"))) != volumes * len(slices):
        print(f"writing a {volumes}-volume series to {folder} ...", flush=True)
        folder.mkdir(exist_ok=True)
        series_uid = generate_uid()
        for k, path in enumerate(slices):
            ds = pydicom.dcmread(path)
            base = ds.pixel_array.astype(np.int32)
            ds.SeriesInstanceUID = series_uid
            for t in range(volumes):
                ds.SOPInstanceUID = ds.file_meta.MediaStorageSOPInstanceUID = generate_uid()
                ds.InstanceNumber = t * len(slices) + k + 1
                ds.TemporalPositionIdentifier = t + 1
                ds.NumberOfTemporalPositions = volumes
                ds.AcquisitionNumber = t + 1
                ds.PixelData = np.clip(base + t, 0, 4095).astype(np.uint16).tobytes()
                ds.save_as(files[t][k])
    return folder, files


def ours_once(catalog: Catalog, series_uid: str, per_volume: int) -> tuple[float, float, float]:
    t0 = time.perf_counter()
    marks: dict[str, float] = {}
    count = {0: 0}

    def on_slice(volume, k):
        marks.setdefault("slice", time.perf_counter() - t0)
        if volume.meta.get("volume", (1,))[0] == 1:
            count[0] += 1
            if count[0] == per_volume:
                marks["volume"] = time.perf_counter() - t0

    (vol,) = load_series_from_catalog(catalog, series_uid, on_slice=on_slice)
    total = time.perf_counter() - t0
    assert multivolume_of(vol) is not None
    return marks["slice"], marks["volume"], total


def sitk_once(files: list[list[str]]) -> float:
    t0 = time.perf_counter()
    for volume_files in files:
        reader = sitk.ImageSeriesReader()
        reader.SetFileNames(volume_files)
        sitk.GetArrayViewFromImage(reader.Execute())
    return time.perf_counter() - t0


def median_of(fn, repeats: int):
    fn()  # warm the OS file cache and the code paths
    return [fn() for _ in range(repeats)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--volumes", type=int, default=30)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    folder, files = synthesize(args.volumes)
    per_volume = len(files[0])
    with tempfile.TemporaryDirectory(prefix="silkbridge-bench-4d-") as tmp:
        catalog = Catalog(Path(tmp) / "catalog")
        t0 = time.perf_counter()
        report = catalog.import_paths([folder])
        series_uid = catalog.series(catalog.studies()[0].study_uid)[0].series_uid
        print(f"series: {args.volumes} volumes of 256x256x{per_volume} MR, {report.imported} files imported in "
              f"{time.perf_counter() - t0:.2f} s")
        ours = median_of(lambda: ours_once(catalog, series_uid, per_volume), args.repeats)
        theirs = statistics.median(median_of(lambda: sitk_once(files), args.repeats))
        first_slice = statistics.median(o[0] for o in ours)
        first_volume = statistics.median(o[1] for o in ours)
        total = statistics.median(o[2] for o in ours)
        print(f"first slice on screen: ours {first_slice:.3f} s")
        print(f"first volume on screen: ours {first_volume:.3f} s (goal <= 0.3 s) | SimpleITK one volume "
              f"{theirs / args.volumes:.3f} s")
        print(f"all {args.volumes} volumes: ours {total:.2f} s | SimpleITK volume by volume {theirs:.2f} s "
              f"| ratio {total / theirs:.2f} (goal <= 1.0)")
        run = subprocess.run([sys.executable, "-c", MEMORY_PROBE.format(root=str(ROOT)), str(Path(tmp) / "catalog"),
                              series_uid], capture_output=True, text=True, check=True)
        ratio, nbytes = run.stdout.split()
        print(f"peak memory / 4-D data size ({int(nbytes) / 2**20:.0f} MiB): ours {float(ratio):.2f} (goal <= 1.5)")
        catalog.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
