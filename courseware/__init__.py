"""courseware package."""
