"""Thai: the translation loads, the window switches language, and Thai text is drawn with
the bundled font's real glyphs (the test machines have no Thai font of their own)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QTextLayout
from PySide6.QtWidgets import QLabel

from bkk_relations.ui.fonts import THAI_FAMILY
from bkk_relations.ui.i18n import install_language
from bkk_relations.ui.settings_dialog import SettingsDialog

from .helpers import go_to


def test_the_thai_translation_is_complete_and_loads(qapp):
    assert install_language(qapp, "th")
    assert QCoreApplication.translate("MainWindow", "Dashboard") == "ภาพรวม"
    assert QCoreApplication.translate("labels", "Partners") != "Partners"


def test_switching_to_thai_in_settings_rebuilds_the_window(window, qtbot, prefs):
    dialog = SettingsDialog(prefs, window.session, window)
    dialog.language.setCurrentIndex(dialog.language.findData("th"))
    dialog.calendar.setCurrentIndex(dialog.calendar.findData("buddhist"))
    relaunched = []
    window.relaunch.connect(lambda: relaunched.append(True))
    assert dialog.apply() is True
    assert prefs.language == "th" and prefs.calendar == "buddhist"
    install_language(qtbot._request.getfixturevalue("qapp"), prefs.language)
    from bkk_relations.core.register import Register
    from bkk_relations.ui.main_window import MainWindow

    thai = MainWindow(Register.open(window.reg.path), prefs)
    qtbot.addWidget(thai)
    thai.show()
    assert thai.nav.item(0).text() == "ภาพรวม"
    assert thai.menuBar().actions()[0].text().startswith("แฟ้ม")
    page = go_to(thai, "partner")
    kinds = {page.model.index(r, 2).data() for r in range(page.model.rowCount())}
    assert "เมือง" in kinds
    thai.close()


def _thai_font_used(text: str, font: QFont) -> str:
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return layout.glyphRuns()[0].rawFont().familyName()


def test_thai_text_resolves_to_the_bundled_font(qapp):
    assert _thai_font_used("กรุงเทพมหานคร", qapp.font()) == THAI_FAMILY


def test_thai_label_is_drawn_with_glyphs_not_boxes(qtbot):
    thai, boxes = QLabel("กรุงเทพมหานคร"), QLabel("\ufffd" * 13)
    for label in (thai, boxes):
        qtbot.addWidget(label)
        label.resize(300, 40)
    a, b = thai.grab().toImage(), boxes.grab().toImage()
    assert a != b
    # real glyphs put ink on the page
    dark = sum(1 for x in range(0, 300, 2) for y in range(0, 40, 2)
               if a.pixelColor(x, y).lightness() < 128)
    assert dark > 20


def test_main_window_and_dashboard_render_thai(window, qtbot, tmp_path, prefs):
    prefs.language = "th"
    window.dashboard.reload()
    qtbot.waitUntil(lambda: "ข้อมูลตัวอย่าง" in window.dashboard.notice.text()
                    or "ตัวอย่าง" in window.dashboard.notice.text(), timeout=5000)
    window.session.operations.wait()
    out = tmp_path / "dashboard.png"
    assert window.grab().save(str(out))
    assert out.stat().st_size > 10_000
    ticks = [t.get_text() for ax in window.dashboard.figure.axes
             for t in ax.get_yticklabels()]
    assert "เอเชียตะวันออก" in ticks


def test_every_translated_ui_text_is_one_the_catalogue_can_see():
    """Qt's lupdate does not look inside an f-string: a tr("…") written there never reaches
    the Thai catalogue and shows in English in the Thai window (the details pane's
    "(focal point)" did)."""
    import ast
    from pathlib import Path

    import bkk_relations.ui as ui

    hidden = []
    for path in sorted(Path(ui.__file__).parent.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.JoinedStr):
                continue
            for call in ast.walk(node):
                if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                        and call.func.attr in ("tr", "translate")
                        and any(isinstance(a, ast.Constant) and isinstance(a.value, str)
                                for a in call.args)):
                    hidden.append(f"{path.name}:{call.lineno}")
    assert hidden == []
