"""What an officer sees every day on a 1366×768 laptop: the window and its editors fit the
screen, details read as sentences, reminders tell what expires from what has expired, and
the small things (chart axes, shortcuts, counts, Esc, list order) read right."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from bkk_relations.core.records.models import Activity, Agreement, Partner, Project
from bkk_relations.core.views.dashboard import DashboardData
from bkk_relations.ui import dashboard
from bkk_relations.ui.dashboard import ChartTexts, draw_charts
from bkk_relations.ui.i18n import install_language

from .helpers import answer_box, button, go_to, row_labels, select_label


def free_area():
    return QGuiApplication.primaryScreen().availableGeometry()


def test_the_project_details_show_sectors_and_sdgs_as_words_never_as_lists(window):
    page = go_to(window, "project")
    page.show_record(page.model.record_id(0))
    text = page.details.toPlainText()
    assert "Sectors" in text and "SDGs" in text
    assert "['" not in text and "[3" not in text and "]" not in text.split("Linked")[0]


def test_the_main_window_opens_within_the_free_area_of_the_screen(window):
    free = free_area()  # 800 × 800 offscreen: narrower than the window can be, so the height
    assert window.height() <= free.height() - 30  # room left for the title bar
    assert free.contains(window.geometry().topLeft())


@pytest.mark.parametrize("language", ["en", "th"])
def test_the_graph_page_keeps_the_window_within_a_1366_pixel_screen(qapp, qtbot, demo_copy,
                                                                    prefs, language):
    # Built in the chosen language, as the window is after Settings. The graph page is
    # built when first shown, and the window can never again be narrower than it.
    from bkk_relations.core.register import Register
    from bkk_relations.ui.main_window import MainWindow

    prefs.language = language
    install_language(qapp, language)
    win = MainWindow(Register.open(demo_copy), prefs)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.dashboard.data is not None, timeout=10_000)
    try:
        win.resize(1366, 700)
        win.nav.setCurrentRow(win.stack.indexOf(win.graph_slot))
        qtbot.waitUntil(lambda: win.graph_page.isVisible())
        win.layout().activate()
        assert win.minimumSize().width() <= 1366
        assert win.width() <= 1366
        # a filter cut short to fit says itself in full on hover
        for combo in win.graph_page.filters.values():
            assert combo.toolTip() == combo.currentText()
        region = win.graph_page.filters["region"]
        region.setCurrentIndex(1)
        assert region.toolTip() == region.currentText()
    finally:
        win.session.operations.wait()


def test_an_editor_fits_the_screen_without_a_sideways_scrollbar(window, qtbot):
    go_to(window, "partner")
    editor = window.new_record()
    qtbot.waitExposed(editor)
    free = free_area()
    assert editor.width() <= free.width() and editor.height() <= free.height()
    viewport = editor.form_scroll.viewport()
    assert editor.form_scroll.widget().minimumSizeHint().width() <= viewport.width()
    country = editor.widgets["country"]
    assert country.x() + country.width() <= viewport.width()  # its arrow is on screen


def test_the_sector_and_sdg_lists_show_most_of_their_rows(window):
    go_to(window, "project")
    editor = window.new_record()
    for attr in ("sectors", "sdgs"):
        lst = editor.widgets[attr]
        assert lst.height() >= 8 * lst.sizeHintForRow(0), attr


def test_the_date_popup_opens_on_the_screen_near_its_edges(window, qtbot):
    go_to(window, "project")
    editor = window.new_record()
    free = free_area()
    editor.move(free.right() - editor.width() // 3, free.bottom() - editor.height() // 2)
    date = editor.widgets["start_date"]
    editor.form_scroll.ensureWidgetVisible(date)
    qtbot.mouseClick(date.button, Qt.LeftButton)
    qtbot.waitUntil(date.calendar.isVisible)
    assert free.contains(date.calendar.frameGeometry())
    qtbot.mouseClick(date.calendar, Qt.LeftButton)  # still usable: a click picks nothing odd
    date.calendar.hide()


def test_the_first_save_shows_every_problem_at_once(window):
    go_to(window, "partner")
    editor = window.new_record()
    editor.widgets["website"].setText("www.example.org")
    editor.widgets["latitude"].setText("north")
    assert editor.save() is False
    for attr in ("latitude", "name_en", "country", "website"):
        assert editor.errors[attr].isVisibleTo(editor), attr
    assert editor.errors["latitude"].text() == "Enter a number."


def _agreement(window, title: str, expiry: str) -> int:
    return window.reg.records.create(Agreement(title_en=title, expiry_date=expiry)).id


def test_expired_but_active_agreements_are_listed_apart_in_red(window, qtbot):
    today = dt.date.today()
    _agreement(window, "Soon", (today + dt.timedelta(days=20)).isoformat())
    late = _agreement(window, "Lapsed", (today - dt.timedelta(days=12)).isoformat())
    with qtbot.waitSignal(window.dashboard.loaded, timeout=10_000):
        window.reload_all()
    groups = window.dashboard.expiring_groups
    assert groups["expiring"].text() == "Expiring (1)"
    assert groups["overdue"].text() == "Expired but still marked active (1)"
    assert groups["expiring"].child(0, 0).text() == "Soon"
    lapsed = groups["overdue"].child(0, 0)
    assert lapsed.text() == "Lapsed"
    assert groups["overdue"].child(0, 2).text() == "12 days ago"
    assert lapsed.background().color() == dashboard.OVERDUE_COLOUR
    view = window.dashboard.views["agreement"]
    view.doubleClicked.emit(lapsed.index())
    assert window.pages["agreement"].current_id() == late


def test_a_year_alone_expires_on_its_last_day_on_the_dashboard(window, qtbot):
    today = dt.date.today()
    if (dt.date(today.year, 12, 31) - today).days > 180:
        pytest.skip("the year's last day is more than 180 days away")
    _agreement(window, "Ends this year", str(today.year))
    with qtbot.waitSignal(window.dashboard.loaded, timeout=10_000):
        window.reload_all()
    group = window.dashboard.expiring_groups["expiring"]
    assert "overdue" not in window.dashboard.expiring_groups
    assert group.child(0, 2).text() == str((dt.date(today.year, 12, 31) - today).days)


def test_empty_charts_have_no_made_up_axes_and_counts_have_whole_ticks():
    texts = ChartTexts("en", False, "per year", "by region", "by sector", "by SDG", "No data")
    empty = draw_charts(DashboardData(), texts, 800, 600, 1.0).figure
    for ax in empty.axes:
        assert list(ax.get_yticks()) == [] and list(ax.get_xticks()) == []
    small = DashboardData(agreements_per_year=[(2020, 1), (2021, 2)],
                          partners_by_region=[("Europe", 1)],
                          projects_by_sector=[("waste", 2)], projects_by_sdg=[(11, 1)])
    charts = draw_charts(small, texts, 800, 600, 1.0).figure
    counts = [charts.axes[0].get_yticks(), charts.axes[1].get_xticks(),
              charts.axes[2].get_xticks(), charts.axes[3].get_yticks()]
    for ticks in counts:
        assert all(float(t).is_integer() for t in ticks), ticks


def test_the_settings_item_shows_a_real_shortcut(window):
    assert window.act_settings.shortcut().toString() == "Ctrl+,"
    assert window.act_exit.shortcut().toString() == "Ctrl+Q"


def test_the_trash_counts_one_record_in_the_singular(window, qapp):
    page = go_to(window, "partner")
    select_label(page, "Porto")
    answer_box(button("Move to the Trash"))
    window.act_delete.trigger()
    trash = window.trash_page
    window.nav.setCurrentRow(window.stack.indexOf(trash))
    assert trash.summary.text() == "1 record in the trash"
    assert trash.purge_question(trash.model.items).startswith("Delete 1 record permanently?")
    install_language(qapp, "th")
    assert "1 รายการ" in trash.purge_question(trash.model.items)


def test_esc_clears_the_lists_filters(window, qtbot):
    page = go_to(window, "partner")
    total = page.model.rowCount()
    qtbot.keyClicks(page.quick, "seo")
    assert row_labels(page) == ["Seoul"]
    qtbot.keyClick(page.quick, Qt.Key_Escape)
    assert page.quick.text() == ""
    assert page.model.rowCount() == total
    page.combos["kind"].setCurrentIndex(page.combos["kind"].findData("organisation"))
    assert page.model.rowCount() < total
    qtbot.keyClick(page.view, Qt.Key_Escape)
    assert page.model.rowCount() == total


def test_activities_list_the_latest_first(window):
    page = go_to(window, "activity")
    column = [c.key for c in page.model.columns].index("start_date")
    starts = [a.start_date for a in window.reg.records.list(Activity).records
              if a.start_date]
    first = page.model.index(0, column).data()
    assert first == window.prefs.show_date(max(starts))


def test_the_thai_dormant_list_is_in_thai_order(window, qtbot, prefs):
    prefs.language = "th"
    for en, th in (("Aaa Town", "โอซาก้าทดสอบ"), ("Zzz Town", "กขคทดสอบ")):
        window.reg.records.create(Partner(name_en=en, name_th=th, country="JP"))
    with qtbot.waitSignal(window.dashboard.loaded, timeout=10_000):
        window.reload_all()
    model = window.dashboard.dormant_model
    names = [model.item(r, 0).text() for r in range(model.rowCount())]
    assert names.index("กขคทดสอบ") < names.index("โอซาก้าทดสอบ")


def test_a_record_with_lists_keeps_them_out_of_the_plain_rows(window):
    project = window.reg.records.create(Project(title_en="Lists", sectors=["waste"],
                                                sdgs=[11]))
    page = go_to(window, "project")
    page.show_record(project.id)
    text = page.details.toPlainText()
    assert "Waste management" in text and "11 Sustainable cities" in text
    assert "waste" not in text.replace("Waste", "")



def test_the_demo_offers_to_start_an_empty_register(window, qtbot, monkeypatch, tmp_path):
    button = window.dashboard.start_empty
    assert button.isVisible() and button.text() == "Start an empty register…"
    demo = window.reg.path
    target = tmp_path / "office.db"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName",
                        lambda *_a, **_k: (str(target), ""))
    with qtbot.waitSignal(window.dashboard.loaded, timeout=10_000):
        qtbot.mouseClick(button, Qt.LeftButton)
    assert window.reg.path == str(target)
    assert window.reg.records.count(Partner) == 0
    assert window.dashboard.tiles["active_partners"].value.text() == "0"
    assert not button.isVisible()
    assert window.prefs.last_db == str(target)  # the next start opens the office's register
    assert demo != str(target)


def test_deleting_in_thai_names_the_records_in_thai(qapp, qtbot, demo_copy, prefs):
    """The question before a partner others point at goes to the Trash, the status bar
    after it, and the Trash itself name records by their Thai names in Thai."""
    from PySide6.QtWidgets import QMessageBox

    from bkk_relations.core.register import Register
    from bkk_relations.ui.main_window import MainWindow

    prefs.language = "th"
    install_language(qapp, "th")
    window = MainWindow(Register.open(demo_copy), prefs)
    qtbot.addWidget(window)
    window.show()
    page = go_to(window, "partner")
    qtbot.waitUntil(lambda: "โซล" in row_labels(page), timeout=10_000)
    select_label(page, "โซล")
    seen: list[dict[str, str]] = []
    answer_box(lambda box: next(b for b in box.buttons()
                                if b is not box.button(QMessageBox.Cancel)), seen)
    window.act_delete.trigger()
    said = seen[0]["text"] + "\n" + seen[0]["informative"]
    assert "โซล" in said.splitlines()[0] and "Seoul" not in said
    assert "“โซล”" in window.statusBar().currentMessage()
    trash = window.trash_page
    window.nav.setCurrentRow(window.stack.indexOf(trash))
    qtbot.waitUntil(lambda: trash.model.rowCount() == 1, timeout=10_000)
    assert trash.model.index(0, 1).data() == "โซล"
    window.session.operations.wait()


def test_a_short_chart_labels_its_bars_without_letters_running_into_each_other():
    # On a 768-pixel laptop the charts get about 300 px: eight Thai sector names in half
    # of that touched each other. The largest are named, the rest are one bar of others.
    from bkk_relations.core.records import vocab

    texts = ChartTexts("th", True, "ต่อปี", "ภูมิภาค", "สาขา", "SDG", "ไม่มีข้อมูล", "อื่น ๆ")
    sectors = [(code, 10 - i) for i, code in enumerate(list(vocab.SECTORS)[:8])]
    data = DashboardData(projects_by_sector=sectors)
    for height, whole in ((300, False), (900, True)):
        fig = draw_charts(data, texts, 1170, height, 1.0).figure
        ax = fig.axes[2]
        renderer = fig.canvas.get_renderer()
        boxes = sorted((t.get_window_extent(renderer) for t in ax.get_yticklabels()
                        if t.get_text()), key=lambda b: b.y0)
        assert all(a.y1 <= b.y0 + 1 for a, b in zip(boxes, boxes[1:], strict=False))
        names = [t.get_text() for t in ax.get_yticklabels()]
        assert ("อื่น ๆ" not in names) == whole
        assert sum(p.get_width() for p in ax.patches) == sum(n for _, n in sectors)
