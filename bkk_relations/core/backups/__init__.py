"""Backups of a database file: making and rotating them, checking them, restoring one."""
