"""Saved graph views: kept in the database (schema version 4), the same picture when reopened,
on a file and on a server; names are unique whatever their case; a view that cannot be read
is refused and left as it is."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from bkk_relations.core.errors import NotFoundError, ValidationError
from bkk_relations.core.graph.model import GraphFilter, load_graph_data
from bkk_relations.core.graph.saved_views import (
    SavedViewError,
    ViewSpec,
    delete_view,
    get_view,
    list_views,
    save_view,
)
from bkk_relations.core.graph.view import compute_view
from bkk_relations.core.register import Register
from bkk_relations.core.storage import schema
from bkk_relations.core.storage.database import Database

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def a_view() -> ViewSpec:
    return ViewSpec(filter=GraphFilter(kind="city", year=2010, region="East Asia",
                                       projects=True),
                    layout="region", ego="partner:3", depth=2, group_by="country",
                    expanded=("group:country:JP",), size_by="betweenness",
                    color_by="region", rank_by="degree",
                    positions={"home": (0.125, -0.5), "partner:3": (0.25, 0.75)},
                    zoom=(-0.5, 0.5, -0.25, 0.25))


def test_a_saved_view_reopens_exactly(db):
    reg = Register(db, user="somchai")
    changes = save_view(reg, "  East Asia 2010  ", a_view())
    assert changes.touches(kind="layout")
    saved = get_view(reg, "east asia 2010")  # any case
    assert saved.name == "East Asia 2010" and saved.updated_by == "somchai"
    assert saved.spec == a_view()
    assert get_view(reg, saved.id).name == "East Asia 2010"
    assert [v.name for v in list_views(reg)] == ["East Asia 2010"]


def test_a_name_is_taken_once_and_replaced_only_when_asked(db):
    reg = Register(db)
    save_view(reg, "Board meeting", ViewSpec())
    with pytest.raises(ValidationError, match="exists already"):
        save_view(reg, "BOARD MEETING", a_view())
    assert get_view(reg, "Board meeting").spec == ViewSpec()
    save_view(reg, "BOARD MEETING", a_view(), replace=True)
    views = list_views(reg)
    assert [v.name for v in views] == ["BOARD MEETING"] and views[0].spec == a_view()
    for bad in ("", "   ", "a\nb", "x" * 121):
        with pytest.raises(ValidationError):
            save_view(reg, bad, ViewSpec())


def test_deleting_a_view_leaves_the_others(db):
    reg = Register(db)
    save_view(reg, "One", ViewSpec())
    save_view(reg, "Two", a_view())
    delete_view(reg, get_view(reg, "One").id)
    assert [v.name for v in list_views(reg)] == ["Two"]
    with pytest.raises(NotFoundError):
        get_view(reg, "One")


def test_a_view_that_cannot_be_read_is_refused_and_left_as_it_is(db):
    reg = Register(db)
    save_view(reg, "Broken", ViewSpec())
    with db.transaction() as conn:
        conn.execute("UPDATE graph_views SET spec = ? WHERE name = 'Broken'",
                     ('{"layout": "spiral", "version": 1}',))
    view = get_view(reg, "Broken")
    with pytest.raises(SavedViewError, match="cannot be read"):
        assert view.spec
    assert get_view(reg, "Broken").spec_text == '{"layout": "spiral", "version": 1}'
    with db.transaction() as conn:
        conn.execute("UPDATE graph_views SET spec = ? WHERE name = 'Broken'",
                     ('{"version": 99}',))
    with pytest.raises(SavedViewError, match="newer version"):
        assert get_view(reg, "Broken").spec


def test_a_saved_view_draws_the_same_picture(demo_db, tmp_path):
    data = load_graph_data(demo_db.conn)
    first = compute_view(data, GraphFilter(region="East Asia"), layout="radial")
    spec = ViewSpec(filter=GraphFilter(region="East Asia"), layout="radial",
                    positions=dict(first.pos))
    again = ViewSpec.from_json(spec.to_json())
    shown = compute_view(data, again.filter, layout=again.layout,
                         saved=dict(again.positions))
    assert set(shown.graph) == set(first.graph)
    assert all(shown.pos[n] == pytest.approx(first.pos[n], abs=1e-5) for n in shown.graph)


def test_an_older_file_gains_the_saved_views_table(tmp_path):
    path = tmp_path / "office.db"
    shutil.copyfile(FIXTURES / "schema_v3.db", path)  # the last version without the table
    before = sqlite3.connect(path).execute("SELECT count(*) FROM partners").fetchone()[0]
    with Database.open(path) as db:
        assert db.schema_version == schema.SCHEMA_VERSION
        reg = Register(db)
        save_view(reg, "After the upgrade", a_view())
        assert db.conn.execute("SELECT count(*) FROM partners").fetchone()[0] == before
    with Database.open(path) as db:
        assert get_view(Register(db), "After the upgrade").spec == a_view()


def test_saved_views_travel_with_a_copy_between_file_and_server(tmp_path, pg_url):
    from bkk_relations.core.storage.transfer import copy_between

    source = Database.create(tmp_path / "office.db")
    save_view(Register(source), "Presented to the Governor", a_view())
    with Database.open(pg_url) as server:
        copy_between(source, server)
        assert get_view(Register(server), "Presented to the Governor").spec == a_view()
    source.close()
