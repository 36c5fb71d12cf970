"""Volume -> NIfTI (nibabel). NIfTI's world space is RAS, ours LPS: x and y change sign.

A volume of a 4-D series (``multivolume_of(volume)``) is written whole, as a 4-D NIfTI (i, j, k,
volume), with FSL ``.bval``/``.bvec`` files beside it for diffusion-weighted series -- as
dcm2niix writes them: b-vectors in the image's voxel axes, x negated when the affine's
determinant is positive (FSL's radiological convention)."""

from __future__ import annotations

import os
from pathlib import Path

import nibabel as nib
import numpy as np

from workstation.dicom.multivolume import MultiVolume, multivolume_of
from workstation.model import Volume

LPS_TO_RAS = np.diag([-1.0, -1.0, 1.0, 1.0])


def nifti_image(volume: Volume | MultiVolume, whole_series: bool = True) -> nib.Nifti1Image:
    """The NIfTI of a volume -- of its whole 4-D series when it belongs to one (``whole_series``)."""
    series = volume if isinstance(volume, MultiVolume) else (multivolume_of(volume) if whole_series else None)
    source = series if series is not None and len(series) > 1 else volume
    if isinstance(source, MultiVolume) and len(source) == 1:
        source = source.volume(0)
    affine = LPS_TO_RAS @ source.affine
    if isinstance(source, MultiVolume):
        data = np.asarray(source.array).transpose(3, 2, 1, 0)  # (t, k, j, i) -> (i, j, k, t)
    else:
        data = np.asarray(source.array).transpose(2, 1, 0)  # (k, j, i) -> (i, j, k)
    img = nib.Nifti1Image(data, affine)
    img.header.set_xyzt_units("mm", "sec")
    tr = source.meta.get("repetition_time_ms")
    if isinstance(source, MultiVolume) and tr:  # the time between volumes, as dcm2niix (seconds)
        img.header.set_zooms((*img.header.get_zooms()[:3], tr / 1000.0))
    img.header.set_qform(affine, code=1)  # scanner anatomical
    img.header.set_sform(affine, code=1)
    descrip = " ".join(str(source.meta.get(k, "")) for k in ("modality", "series_description")).strip()
    img.header["descrip"] = descrip.encode("ascii", "replace")[:79]
    return img


def fsl_bvecs(series: MultiVolume) -> np.ndarray:
    """(3, volumes) gradient directions in the voxel axes of our NIfTI, FSL convention."""
    ras = (LPS_TO_RAS @ series.affine)[:3, :3]
    axes = ras / np.linalg.norm(ras, axis=0)
    out = np.zeros((3, len(series)))
    for t, info in enumerate(series.infos):
        if info.bvec is None or not any(info.bvec):
            continue
        g_ras = np.array(info.bvec) * np.array([-1.0, -1.0, 1.0])
        v = np.linalg.solve(axes, g_ras)
        if np.linalg.det(axes) > 0:
            v[0] = -v[0]
        out[:, t] = v / np.linalg.norm(v)
    return out


def _stem(path: Path) -> Path:
    name = path.name
    for ext in (".nii.gz", ".nii"):
        if name.lower().endswith(ext):
            return path.with_name(name[: -len(ext)])
    return path.with_name(path.stem)


def export_nifti(volume: Volume | MultiVolume, path: str | os.PathLike) -> list[Path]:
    """Write the NIfTI (4-D for a multi-volume series, + .bval/.bvec for diffusion); the files written."""
    path = Path(path)
    nib.save(nifti_image(volume), os.fspath(path))
    written = [path]
    series = volume if isinstance(volume, MultiVolume) else multivolume_of(volume)
    if series is not None and len(series) > 1 and series.is_diffusion:
        stem = _stem(path)
        bvals = [i.bval if i.bval is not None else 0.0 for i in series.infos]
        bval_path, bvec_path = stem.with_name(stem.name + ".bval"), stem.with_name(stem.name + ".bvec")
        bval_path.write_text(" ".join(f"{b:g}" for b in bvals) + "\n")
        bvec_path.write_text("\n".join(" ".join(f"{v:.6g}" for v in row) for row in fsl_bvecs(series)) + "\n")
        written += [bval_path, bvec_path]
    return written
