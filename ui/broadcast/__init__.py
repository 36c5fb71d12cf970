"""Surgical broadcast: the studio and the viewer."""
