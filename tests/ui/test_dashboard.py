"""The dashboard: counts, reminders that open their record, charts."""

from __future__ import annotations

from bkk_relations.core.records.models import Agreement, Partner


def test_tiles_show_the_counts(window):
    tiles = window.dashboard.tiles
    assert tiles["cities"].value.text() == "24"
    assert tiles["organisations"].value.text() == "10"
    assert int(tiles["active_agreements"].value.text()) > 0


def test_expiring_agreement_appears_and_opens(window, qtbot):
    repo = window.reg.records
    import datetime as dt

    soon = (dt.date.today() + dt.timedelta(days=30)).isoformat()
    created = repo.create(Agreement(title_en="MOU about to expire", expiry_date=soon))
    window.reload_all()
    qtbot.waitUntil(lambda: window.dashboard.expiring_model.rowCount() == 1, timeout=5000)
    group = window.dashboard.expiring_model.item(0, 0)
    assert group.text() == "Expiring (1)"
    assert group.child(0, 0).text() == "MOU about to expire"
    assert group.child(0, 2).text() == "30"
    view = window.dashboard.views["agreement"]
    view.doubleClicked.emit(group.child(0, 0).index())
    page = window.pages["agreement"]
    assert window.stack.currentWidget() is page
    assert page.current_id() == created.id


def test_dormant_partners_listed(window):
    names = [window.dashboard.dormant_model.item(r, 0).text()
             for r in range(window.dashboard.dormant_model.rowCount())]
    assert "Brisbane" in names
    assert len(names) == len([p for p in window.reg.records.list(Partner).records]) - 1


def test_charts_have_the_four_series(window):
    titles = [ax.get_title() for ax in window.dashboard.figure.axes]
    assert titles == ["Agreements signed per year", "Partners by region",
                      "Projects by sector", "Projects by SDG"]
    assert all(ax.has_data() for ax in window.dashboard.figure.axes)
