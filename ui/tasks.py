"""Kept for the modules that import ``ui.tasks``: the threading helper is :mod:`ui.qthreading`."""

from .qthreading import Task, cancel_all

__all__ = ["Task", "cancel_all"]
