"""MDT consults: the consult dock and the video call window."""
