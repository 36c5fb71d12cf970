"""Core CLI subcommands: import, export-nifti, phantom, render-png."""

from __future__ import annotations

import sys
from pathlib import Path


def _default_catalog() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("silkbridge")) / "catalog"


#: exit codes of ``import``: every file imported (or already there) / some files rejected, the rest
#: imported / nothing could be imported. Each rejected file is printed with its reason either way.
IMPORT_OK, IMPORT_NOTHING, IMPORT_PARTIAL = 0, 1, 3


def import_command(subparsers) -> None:
    p = subparsers.add_parser(
        "import", help="import DICOM folders, zips, DICOMDIRs or files into the catalog",
        epilog="exit status: 0 every file imported or already in the catalog; 3 some files were rejected "
               "(each printed with its reason), the rest imported; 1 nothing could be imported")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--catalog", type=Path, default=None, help="catalog folder (default: the user data folder)")
    p.set_defaults(func=_run_import)


def _run_import(args) -> int:
    from workstation.dicom.catalog import Catalog

    with Catalog(args.catalog or _default_catalog()) as catalog:
        report = catalog.import_paths(args.paths)
        for name, reason in report.rejected:
            print(f"rejected {name}: {reason}")
        print(report.summary())
        for study in catalog.studies():
            print(f"  {study.patient_name} [{study.patient_id}] {study.study_date} {study.study_description} "
                  f"{'/'.join(study.modalities)}: {study.n_series} series, {study.n_images} images")
    if not report.rejected:
        return IMPORT_OK
    return IMPORT_PARTIAL if report.imported or report.duplicates else IMPORT_NOTHING


def export_nifti_command(subparsers) -> None:
    p = subparsers.add_parser(
        "export-nifti", help="convert a DICOM series folder to NIfTI (4-D for fMRI/DTI, + .bval/.bvec)",
        epilog="a series of several volumes at the same positions (fMRI, diffusion, echoes) is written as one "
               "4-D NIfTI, with FSL .bval/.bvec beside it for diffusion; Siemens MOSAIC images are cut into "
               "their slices")
    p.add_argument("series_dir", type=Path, metavar="SERIES_DIR")
    p.add_argument("out", type=Path, metavar="OUT.nii.gz")
    p.add_argument("--stack", type=int, default=None, metavar="N",
                   help="a series of several stacks (e.g. a 3-plane localizer): write stack N (1 = biggest)")
    p.set_defaults(func=_run_export)


def _run_export(args) -> int:
    from workstation.dicom.assemble import SeriesError, load_series_dir, multivolume_of
    from workstation.dicom.nifti import export_nifti

    try:
        volumes = load_series_dir(args.series_dir)
    except SeriesError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if args.stack is not None and not 1 <= args.stack <= len(volumes):
        print(f"error: --stack {args.stack}: {args.series_dir} holds {len(volumes)} stack(s)", file=sys.stderr)
        return 1
    if len(volumes) > 1 and args.stack is None:
        shapes = ", ".join(str(v.shape_ijk) for v in volumes)
        print(f"error: {args.series_dir} holds {len(volumes)} stacks of different size or orientation ({shapes}); "
              "choose one with --stack N", file=sys.stderr)
        return 1
    v = volumes[(args.stack or 1) - 1]
    written = export_nifti(v, args.out)
    series = multivolume_of(v)
    nt = f"x{len(series)} volumes" if series is not None else ""
    print(f"wrote {', '.join(str(p) for p in written)}: {v.shape_ijk[0]}x{v.shape_ijk[1]}x{v.shape_ijk[2]}{nt} "
          f"voxels, spacing {', '.join(f'{s:.3f}' for s in v.spacing)} mm")
    return 0


def phantom_command(subparsers) -> None:
    p = subparsers.add_parser("phantom", help="write the synthetic demo CT series")
    p.add_argument("out_dir", type=Path, metavar="OUT_DIR")
    p.add_argument("--size", type=int, default=256)
    p.add_argument("--slices", type=int, default=120)
    p.set_defaults(func=_run_phantom)


def _run_phantom(args) -> int:
    from workstation.phantom import write_phantom_series

    files = write_phantom_series(args.out_dir, size=args.size, slices=args.slices)
    print(f"wrote {len(files)} CT images to {args.out_dir}")
    return 0


def render_png_command(subparsers) -> None:
    p = subparsers.add_parser(
        "render-png", help="write one DICOM image frame as a PNG, as the 2-D viewer shows it",
        description="Full resolution, row 0 at the top, the file's default VOI (or --window), "
                    "MONOCHROME1 inverted, colour as colour, no overlays.")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("out", type=Path, metavar="OUT.png")
    p.add_argument("--frame", type=int, default=1, help="frame number, from 1 (default 1)")
    p.add_argument("--window", metavar="CENTER,WIDTH", help="explicit linear window in modality units")
    p.add_argument("--aspect", action="store_true",
                   help="pixels drawn square as the 2-D view draws them: the rows scaled by the pixel aspect "
                        "(Pixel Spacing, else Pixel Aspect Ratio), as dcmj2pnm +a +Sxf 1")
    p.set_defaults(func=_run_render_png)


def _parse_window(text: str) -> tuple[float, float]:
    try:
        center, width = (float(v) for v in text.split(","))
    except ValueError:
        raise ValueError(f"--window wants CENTER,WIDTH (two numbers), got {text!r}") from None
    if not width > 0:
        raise ValueError(f"--window width must be positive, got {width:g}")
    return center, width


def _run_render_png(args) -> int:
    import cv2

    from workstation.dicom.display import DisplayError, ImageSource

    try:
        window = _parse_window(args.window) if args.window else None
        source = ImageSource(args.file)
        if not 1 <= args.frame <= source.header.frames:
            raise DisplayError(f"{args.file.name}: --frame {args.frame} asked, the image has "
                               f"{source.header.frames} frame(s)")
        shown = source.render(args.frame - 1, window)
    except (DisplayError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    pixels = shown.pixels if shown.pixels.ndim == 2 else cv2.cvtColor(shown.pixels, cv2.COLOR_RGB2BGR)
    aspect = shown.header.calibration.aspect
    if args.aspect and abs(aspect - 1.0) > 1e-6:  # the columns kept, the rows stretched (or shrunk)
        rows = max(1, int(round(pixels.shape[0] * aspect)))
        pixels = cv2.resize(pixels, (pixels.shape[1], rows), interpolation=cv2.INTER_LINEAR)
    if args.out.suffix.lower() != ".png":
        print(f"error: {args.out} must end in .png", file=sys.stderr)
        return 1
    try:
        ok = cv2.imwrite(str(args.out), pixels, [cv2.IMWRITE_PNG_COMPRESSION, 1])
    except cv2.error:
        ok = False
    if not ok:
        print(f"error: cannot write {args.out}", file=sys.stderr)
        return 1
    h = shown.header
    win = f", window C {shown.window[0]:g} W {shown.window[1]:g}" if shown.window else ""
    print(f"wrote {args.out}: {pixels.shape[1]} x {pixels.shape[0]} {'RGB' if pixels.ndim == 3 else 'grey'}, frame "
          f"{args.frame}/{h.frames}{win}{', inverted (' + h.photometric + ')' if h.inverted else ''}")
    return 0
