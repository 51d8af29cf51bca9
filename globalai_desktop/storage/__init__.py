"""Persistence: SQLite stores, settings and secrets.  Never imports PySide6 widgets."""
