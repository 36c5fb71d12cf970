"""Silkbridge core: domain model, DICOM import and volumes, consult/course state, settings, CLI.

This package imports no Qt, no VTK and none of the other Silkbridge packages.
"""

__version__ = "0.1.0"
