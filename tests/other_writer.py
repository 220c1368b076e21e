"""Another app instance saving one partner through the core, in a process of its own:

    python tests/other_writer.py DB NAME
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def save_elsewhere(db: str | Path, name: str) -> None:
    """Run this file in another process: it opens ``db``, saves a partner and closes it."""
    result = subprocess.run([sys.executable, __file__, str(db), name], cwd=ROOT,
                            capture_output=True, text=True, timeout=120,
                            env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    from bkk_relations.core.records.models import Partner
    from bkk_relations.core.records.repository import Repository
    from bkk_relations.core.storage.database import Database

    with Database.open(sys.argv[1]) as db:
        Repository(db, user="colleague").create(Partner(name_en=sys.argv[2], country="FR"))
