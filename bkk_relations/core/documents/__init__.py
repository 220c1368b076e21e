"""Documents made from the register: the briefing before a visit (Word and PDF), and the
calendar of reminders (.ics)."""
