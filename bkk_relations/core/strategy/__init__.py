"""The city's strategy: frameworks and goals, alignment of the office's work to them,
follow-up actions and lessons brought home, and the figures a manager reads off them."""
