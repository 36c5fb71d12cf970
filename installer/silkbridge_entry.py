"""Entry point of the frozen Silkbridge bundle (installer/silkbridge.spec).

In the bundle ``sys.executable`` is the ``silkbridge`` program itself, not a Python
interpreter. Code that starts a helper process as ``[sys.executable, "-m", MODULE, ...]`` (the
local hub of the demo, :mod:`comms.local`) therefore lands here with ``-m MODULE`` in front:
this script runs that module as ``__main__``, as Python would.

``silkbridge --self-check`` prints (JSON) what the bundle carries and whether each piece works
on this machine: the subcommands, the Qt platform plugins, VTK's OpenGL back end, the video
codecs, the DICOM pixel decoders and PortAudio. It exits non-zero when something is missing.
Everything else goes to ``workstation.cli.main`` unchanged.
"""

from __future__ import annotations

import json
import os
import runpy
import sys


def _self_check() -> int:
    out: dict = {"frozen": bool(getattr(sys, "frozen", False)), "problems": []}

    def check(name, fn):
        try:
            out[name] = fn()
        except Exception as exc:  # report every piece, never stop at the first failure
            out[name] = None
            out["problems"].append(f"{name}: {type(exc).__name__}: {exc}")

    def commands():
        from workstation.cli import build_parser

        parser = build_parser()
        sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
        return sorted(sub.choices)

    def qt_platforms():
        from PySide6.QtCore import QLibraryInfo

        plugins = QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)
        names = sorted(os.listdir(os.path.join(plugins, "platforms")))
        if not any("qxcb" in n for n in names):
            raise RuntimeError(f"no xcb platform plugin in {plugins}/platforms: {names}")
        return names

    def vtk_opengl():
        import vtkmodules.vtkRenderingOpenGL2  # noqa: F401
        import vtkmodules.vtkRenderingVolumeOpenGL2  # noqa: F401
        from vtkmodules.vtkRenderingCore import vtkRenderWindow

        return type(vtkRenderWindow()).__name__  # the OpenGL factory's concrete class

    def video_codecs():
        import av

        have = {name for name in ("libx264", "libopenh264", "libvpx", "mpeg4", "aac", "libopus")
                if name in av.codecs_available}
        if not have & {"libx264", "libopenh264", "libvpx", "mpeg4"}:
            raise RuntimeError("no usable video encoder in PyAV")
        return sorted(have)

    def dicom_decoders():
        from pydicom.pixels.decoders import JPEG2000Decoder, JPEGLosslessSV1Decoder, RLELosslessDecoder

        avail = {d.UID.name: sorted(d.available_plugins)
                 for d in (JPEGLosslessSV1Decoder, JPEG2000Decoder, RLELosslessDecoder)}
        missing = [name for name, plugins in avail.items() if not plugins]
        if missing:
            raise RuntimeError(f"no pixel decoder for {', '.join(missing)}")
        return avail

    def portaudio():
        import sounddevice as sd

        return sd.get_portaudio_version()[1]

    for name, fn in (("commands", commands), ("qt_platforms", qt_platforms), ("vtk_render_window", vtk_opengl),
                     ("video_codecs", video_codecs), ("dicom_decoders", dicom_decoders), ("portaudio", portaudio)):
        check(name, fn)
    print(json.dumps(out, indent=2))
    return 1 if out["problems"] else 0


def main() -> int:
    args = sys.argv[1:]
    if len(args) >= 2 and args[0] == "-m":
        module = args[1]
        sys.argv = [module] + args[2:]
        runpy.run_module(module, run_name="__main__", alter_sys=True)
        return 0
    if args[:1] == ["--self-check"]:
        return _self_check()
    from workstation.cli import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    raise SystemExit(main())
