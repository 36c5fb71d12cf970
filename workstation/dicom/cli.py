"""Core CLI subcommands: import, export-nifti, phantom."""

from __future__ import annotations

import sys
from pathlib import Path


def _default_catalog() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("silkbridge")) / "catalog"


def import_command(subparsers) -> None:
    p = subparsers.add_parser("import", help="import DICOM folders, zips, DICOMDIRs or files into the catalog")
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
    return 0 if report.imported or report.duplicates or not report.rejected else 1


def export_nifti_command(subparsers) -> None:
    p = subparsers.add_parser("export-nifti", help="convert a DICOM series folder to NIfTI")
    p.add_argument("series_dir", type=Path, metavar="SERIES_DIR")
    p.add_argument("out", type=Path, metavar="OUT.nii.gz")
    p.set_defaults(func=_run_export)


def _run_export(args) -> int:
    from workstation.dicom.assemble import SeriesError, load_series_dir
    from workstation.dicom.nifti import export_nifti

    try:
        volumes = load_series_dir(args.series_dir)
    except SeriesError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if len(volumes) > 1:
        shapes = ", ".join(str(v.shape_ijk) for v in volumes)
        print(f"error: {args.series_dir} holds {len(volumes)} inconsistent stacks ({shapes}); "
              "refusing to pick one", file=sys.stderr)
        return 1
    export_nifti(volumes[0], args.out)
    v = volumes[0]
    print(f"wrote {args.out}: {v.shape_ijk[0]}x{v.shape_ijk[1]}x{v.shape_ijk[2]} voxels, "
          f"spacing {', '.join(f'{s:.3f}' for s in v.spacing)} mm")
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
