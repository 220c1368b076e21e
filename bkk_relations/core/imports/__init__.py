"""Importing records from a spreadsheet: planning (matching, duplicates, problems), applying
all or nothing, and undoing an import."""
