"""Shared by every screen: languages (i18n), the one Qt threading helper, the link's Qt bridge."""
