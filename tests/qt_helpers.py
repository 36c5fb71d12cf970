"""Synthesised user input for pytest-qt tests: real Qt events sent to real widgets."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication


def _mouse(widget, kind, pos, button, buttons, mods=Qt.NoModifier):
    p = QPointF(pos)
    ev = QMouseEvent(kind, p, widget.mapToGlobal(p), button, buttons, mods)
    QApplication.sendEvent(widget, ev)


def drag(widget, start, end, button=Qt.LeftButton, mods=Qt.NoModifier, steps=8):
    """Press at start, move in steps with the button held, release at end (widget coordinates)."""
    _mouse(widget, QMouseEvent.MouseButtonPress, QPointF(*start), button, button, mods)
    for i in range(1, steps + 1):
        x = start[0] + (end[0] - start[0]) * i / steps
        y = start[1] + (end[1] - start[1]) * i / steps
        _mouse(widget, QMouseEvent.MouseMove, QPointF(x, y), Qt.NoButton, button, mods)
        QApplication.processEvents()
    _mouse(widget, QMouseEvent.MouseButtonRelease, QPointF(*end), button, Qt.NoButton, mods)
    QApplication.processEvents()


def click(widget, pos, button=Qt.LeftButton):
    _mouse(widget, QMouseEvent.MouseButtonPress, QPointF(*pos), button, button)
    _mouse(widget, QMouseEvent.MouseButtonRelease, QPointF(*pos), button, Qt.NoButton)
    QApplication.processEvents()


def hover(widget, pos):
    _mouse(widget, QMouseEvent.MouseMove, QPointF(*pos), Qt.NoButton, Qt.NoButton)
    QApplication.processEvents()


def wheel(widget, pos, notches=1, mods=Qt.NoModifier):
    p = QPointF(*pos)
    ev = QWheelEvent(p, widget.mapToGlobal(p), QPoint(0, 0), QPoint(0, 120 * notches), Qt.NoButton, mods,
                     Qt.NoScrollPhase, False)
    QApplication.sendEvent(widget, ev)
    QApplication.processEvents()
