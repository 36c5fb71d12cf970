"""First run: the set-up wizard."""
