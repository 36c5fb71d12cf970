"""comms package."""
