"""Fill the Thai translation file from tab-separated lists of new translations.

    .venv/bin/python scripts/apply_translations.py resources/i18n/pending/*.tsv

Each line of a list is ``context<TAB>English source<TAB>Thai``; a source with a line break
is written with ``\\n``. The script refreshes the .ts from the code first (pyside6-lupdate),
fills every matching message that is unfinished or differs, compiles the .qm, and prints
how many messages are still unfinished.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "bkk_relations_th.ts"


def read_lists(paths: list[str]) -> dict[tuple[str, str], str]:
    out: dict[tuple[str, str], str] = {}
    for name in paths:
        for n, line in enumerate(Path(name).read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 3:
                sys.exit(f"{name}:{n}: expected context<TAB>source<TAB>translation")
            context, source, thai = (p.replace("\\n", "\n") for p in parts)
            out[(context, source)] = thai
    return out


def main(argv: list[str]) -> int:
    subprocess.run([str(ROOT / "scripts" / "update_translations.sh")], check=True)
    wanted = read_lists(argv)
    tree = ET.parse(TS)
    unfinished = filled = 0
    for context in tree.getroot().iter("context"):
        cname = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            tr = message.find("translation")
            if tr is None:
                continue
            thai = wanted.get((cname or "", source))
            if thai is not None:
                forms = tr.findall("numerusform")
                if forms:  # Thai has one plural form: every form gets the translation
                    for form in forms:
                        form.text = thai
                else:
                    tr.text = thai
                tr.attrib.pop("type", None)
                filled += 1
            elif tr.get("type") == "unfinished":
                unfinished += 1
                print(f"unfinished: [{cname}] {source!r}")
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    text = TS.read_text(encoding="utf-8").replace(
        "<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n'
        "<!DOCTYPE TS>", 1).replace(" />", "/>")
    if not text.endswith("\n"):
        text += "\n"
    TS.write_text(text, encoding="utf-8")
    subprocess.run([str(ROOT / ".venv" / "bin" / "pyside6-lrelease"), str(TS), "-qm",
                    str(TS.with_suffix(".qm"))], check=True, capture_output=True)
    print(f"{filled} filled, {unfinished} unfinished")
    return 1 if unfinished else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
