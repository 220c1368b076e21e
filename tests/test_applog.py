"""The log file: what it holds, and what it never holds."""

from __future__ import annotations

import logging

from bkk_relations.applog import setup_logging


def test_log_lines_and_tracebacks_never_hold_a_password(tmp_path):
    path = setup_logging(tmp_path)
    assert path is not None
    log = logging.getLogger("bkk_relations.test")
    try:
        log.info("opened %s", "postgresql://somchai:Pw-one@db/register?password=Pw-two")
        try:
            raise RuntimeError("could not connect: host=db user=somchai password=Pw-three")
        except RuntimeError:
            log.exception("connecting failed for postgresql://somchai@db/x?pass%77ord=Pw-four")
        for handler in logging.getLogger("bkk_relations").handlers:
            handler.flush()
        text = path.read_text(encoding="utf-8")
    finally:
        setup_logging(None)  # closes the file
    assert "opened postgresql://somchai@db/register" in text
    assert "RuntimeError: could not connect: host=db user=somchai" in text
    assert "Pw-" not in text
