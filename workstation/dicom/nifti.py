"""Volume -> NIfTI (nibabel). NIfTI's world space is RAS, ours LPS: x and y change sign."""

from __future__ import annotations

import os

import nibabel as nib
import numpy as np

from workstation.model import Volume

LPS_TO_RAS = np.diag([-1.0, -1.0, 1.0, 1.0])


def nifti_image(volume: Volume) -> nib.Nifti1Image:
    affine = LPS_TO_RAS @ volume.affine
    data = np.asarray(volume.array).transpose(2, 1, 0)  # (k, j, i) -> (i, j, k)
    img = nib.Nifti1Image(data, affine)
    img.header.set_xyzt_units("mm")
    img.header.set_qform(affine, code=1)  # scanner anatomical
    img.header.set_sform(affine, code=1)
    descrip = " ".join(str(volume.meta.get(k, "")) for k in ("modality", "series_description")).strip()
    img.header["descrip"] = descrip.encode("ascii", "replace")[:79]
    return img


def export_nifti(volume: Volume, path: str | os.PathLike) -> None:
    nib.save(nifti_image(volume), os.fspath(path))
