"""The README's picture of the import wizard's preview in Thai, on a partner sheet typed as an
officer types one (a merged Thai title, Thai headers, Buddhist-Era years spelt several ways,
a blank row, Thai and English country names, a near-duplicate, a formula left as text, a
totals row).

    .venv/bin/python scripts/import_preview_shot.py [OUT.png]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROWS = [
    ["ลำดับ", "ชื่อเมือง (อังกฤษ)", "ชื่อเมือง (ไทย)", "ประเทศ", "ประเภทความสัมพันธ์",
     "ปีที่ลงนาม", "หมายเหตุ"],
    [1, "Busan", "ปูซาน", "เกาหลีใต้", "เมืองพี่เมืองน้อง", "พ.ศ. 2554", "ติดตามผลปีหน้า"],
    [2, "Pusan", "ปูซาน", "Korea (South)", "", "", ""],
    [None, None, None, None, None, None, None],
    [3, "Chiang Rai Sister", "เชียงราย", "ญี่ปุ่น (Japan)", "บันทึกความเข้าใจ", "๒๕๖๖", ""],
    [4, "Kobe", "โกเบ", "Japan", "เมืองพี่เมืองน้อง", "B.E. 2549", "=ติดตามผล"],
    [5, "Vientiane", "เวียงจันทน์", "สปป.ลาว", "เมืองมิตรภาพ", "2547", ""],
    [None, "รวม", None, None, None, None, None],
]


def officer_sheet(path: Path) -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "คู่ความร่วมมือ"
    ws.append(["ทะเบียนเมืองคู่ความร่วมมือ สำนักงานการต่างประเทศ"])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(ROWS[0]))
    for row in ROWS:
        ws.append(row)
    wb.save(path)
    return path


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots" / \
        "import-preview-th.png"
    from PySide6.QtCore import QSettings

    from bkk_relations.core.register import Register
    from bkk_relations.core.sample.demo import create_demo_database
    from bkk_relations.ui.app import setup_application
    from bkk_relations.ui.i18n import install_language
    from bkk_relations.ui.import_wizard import FILE_PAGE, PREVIEW_PAGE, ImportWizard
    from bkk_relations.ui.prefs import Prefs
    from bkk_relations.ui.session import Session

    app = setup_application()
    tmp = Path(tempfile.mkdtemp())
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp))
    db_path = tmp / "demo.db"
    create_demo_database(db_path)
    prefs = Prefs()
    prefs.language, prefs.calendar = "th", "buddhist"
    install_language(app, "th")
    session = Session(Register.open(db_path))
    wizard = ImportWizard(session, prefs)
    wizard.resize(1280, 720)
    wizard.show()
    page = wizard.pages[FILE_PAGE]
    page.type.setCurrentIndex(page.type.findData("partners"))
    page.path.setText(str(officer_sheet(tmp / "partners.xlsx")))
    while wizard.currentId() != PREVIEW_PAGE:
        before = wizard.currentId()
        wizard.next()
        app.processEvents()
        if wizard.currentId() == before:
            print("the wizard did not go on", file=sys.stderr)
            return 1
    while wizard.plan is None:
        app.processEvents()
    session.operations.wait()
    app.processEvents()
    wizard.grab().save(str(out))
    print(f"wrote {out}")
    wizard.close()
    session.close()
    session.reg.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
