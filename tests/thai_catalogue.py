"""The core's messages compiled into a Thai Qt catalogue, as the app's own is made: Qt's
``pyside6-lupdate`` extracts the templates from ``core/messages/``, the translations come from
the committed catalogue and the lists waiting to be merged (``resources/i18n/pending/``),
``pyside6-lrelease`` compiles them. Tests read messages through it as the app and the command
line do, whether or not the pending lists are merged yet."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
BIN = Path(sys.executable).parent


def _read_lists() -> dict[tuple[str, str], str]:
    spec = importlib.util.spec_from_file_location(
        "apply_translations", ROOT / "scripts" / "apply_translations.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.read_lists([str(p) for p in sorted((I18N / "pending").glob("*.tsv"))])


def build(folder: Path) -> tuple[Path, list[str]]:
    """Compile the messages' Thai catalogue into ``folder``: (the .qm, the English sources
    that have no Thai)."""
    ts = folder / "messages_th.ts"
    subprocess.run([str(BIN / "pyside6-lupdate"), *map(str, (ROOT / "bkk_relations" / "core"
                    / "messages").glob("*.py")), "-ts", str(ts)],
                   check=True, capture_output=True)
    known = {(c.findtext("name"), m.findtext("source")): m.find("translation")
             for c in ET.parse(I18N / "bkk_relations_th.ts").getroot().iter("context")
             for m in c.iter("message")}
    pending = _read_lists()
    tree = ET.parse(ts)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            done = known.get((name, source))
            thai = pending.get((name, source)) or (
                done.text if done is not None and done.get("type") != "unfinished" else None)
            if thai:
                translation.text = thai
                translation.attrib.pop("type", None)
            else:
                missing.append(source)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = folder / "bkk_relations_th.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True,
                   capture_output=True)
    return qm, missing
