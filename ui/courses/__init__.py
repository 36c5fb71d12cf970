"""Courses: catalogue, player, quizzes, the coordinator's page."""
