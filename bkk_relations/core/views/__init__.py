"""What the app shows without changing anything: list rows, search, alerts, dashboard
figures and counts."""
