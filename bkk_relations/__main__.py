"""`python -m bkk_relations`: start the desktop application."""

import sys


def main() -> int:
    from bkk_relations.ui.app import main as run  # absolute: also the frozen app's entry

    return run()


if __name__ == "__main__":
    sys.exit(main())
