"""The records the office keeps: their dataclasses, validation, storage with audit and
trash (the repository), vocabularies, and the files attached to them."""
