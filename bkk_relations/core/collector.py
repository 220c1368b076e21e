"""Python's cycle collector held off during one long piece of work that makes many objects
and keeps most of them (an import's check and write of every row, building the graph).

Each time enough objects are made, the collector looks for unreachable cycles, and every few
such passes it walks every object the process holds, which grows with the work itself: on
a 10,000-row import that was a twentieth of the time, to find a few hundred objects. Held
off, reference counting still frees everything as usual; the cycles made meanwhile (few:
an exception's frames) are found by the first pass after. Blocks may nest and run in
several threads at once: the collector runs again when the last one ends, as it was
before the first began.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

_lock = threading.Lock()
_holding = 0
_was_enabled = True


@contextlib.contextmanager
def held_off() -> Iterator[None]:
    global _holding, _was_enabled
    with _lock:
        if _holding == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _holding += 1
    try:
        yield
    finally:
        with _lock:
            _holding -= 1
            if _holding == 0 and _was_enabled:
                gc.enable()
