"""The feeds of a broadcast room on the media server, told apart by their display name ``<tag>:<name>``.

The studio publishes ``full`` (its composed picture and microphone), ``low`` (the same frames at a
fraction of the size) and ``copy`` (the low feed's packets again, a moment later); a viewer given
the floor publishes ``speak`` (its microphone). The hub's sweep (:mod:`comms.webrtc.grants`) lets a
speaker publish nothing but a ``speak`` feed, so no one but the broadcaster can pose as its picture.
"""

from __future__ import annotations

FULL, LOW, COPY, SPEAK = "full", "low", "copy", "speak"

#: the tags only the broadcaster may publish under
STUDIO_TAGS = (FULL, LOW, COPY)


def tag_of(display) -> tuple[str, str] | None:
    """(tag, name) of a feed's display name, None for anything that is not ``<known tag>:<name>``."""
    if isinstance(display, str):
        tag, sep, name = display.partition(":")
        if sep and tag in (*STUDIO_TAGS, SPEAK):
            return tag, name
    return None


def has_tag(display, tag: str) -> bool:
    """Is ``display`` a feed name under ``tag``?"""
    found = tag_of(display)
    return found is not None and found[0] == tag
