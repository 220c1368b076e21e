"""Graph views a user named and saved in the database, to reopen and present later: the
filters, the year, the layout and every node's position, the grouping and the groups opened,
the zoom, the colouring and sizing. A saved view shows the same picture next week, on a
colleague's computer, and in a slide made from the command line.

Kept in the ``graph_views`` table (schema version 4) as JSON; a view that cannot be read (a
newer version's, or changed by hand) is listed but refused when opened, never rewritten.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from .. import changes as ch
from ..changes import Changes
from ..dates import now_iso
from ..errors import NotFoundError, Problem, SavedViewError, ValidationError
from ..records.normalise import sort_key
from ..register import Register
from .aggregate import GROUP_BY
from .draw import COLOR_BY
from .layout import LAYOUTS, Positions
from .model import METRICS, GraphFilter

SPEC_VERSION = 1
NAME_LIMIT = 120
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


@dataclass(frozen=True)
class ViewSpec:
    """Everything that makes a graph view's picture."""

    filter: GraphFilter = field(default_factory=GraphFilter)
    layout: str = "force"
    ego: str | None = None
    depth: int = 1
    group_by: str = "auto"
    expanded: tuple[str, ...] = ()
    size_by: str = "degree"
    color_by: str = "kind"
    rank_by: str = "betweenness"
    positions: Positions = field(default_factory=dict)
    zoom: tuple[float, float, float, float] | None = None  # x0, x1, y0, y1

    def to_json(self) -> str:
        data = asdict(self)
        data["filter"] = {k: v for k, v in asdict(self.filter).items()
                          if v != getattr(GraphFilter(), k)}
        data["positions"] = {n: [round(x, 5), round(y, 5)] for n, (x, y)
                             in sorted(self.positions.items())}
        data["version"] = SPEC_VERSION
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> ViewSpec:
        """The view in ``text``; raises ValueError naming what is wrong."""
        data = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError("not a view")
        if int(data.get("version", 1)) > SPEC_VERSION:
            raise ValueError("saved by a newer version of the app")
        f = _filter(data.get("filter") or {})
        layout = _choice(data.get("layout", "force"), LAYOUTS, "layout")
        group_by = _choice(data.get("group_by", "auto"), GROUP_BY, "grouping")
        size_by = _choice(data.get("size_by", "degree"), METRICS, "size")
        color_by = _choice(data.get("color_by", "kind"), COLOR_BY, "colouring")
        rank_by = _choice(data.get("rank_by", "betweenness"), METRICS, "ranking")
        depth = int(data.get("depth", 1))
        if depth not in (1, 2):
            raise ValueError(f"depth {depth}")
        ego = data.get("ego")
        if ego is not None and not isinstance(ego, str):
            raise ValueError("focus")
        expanded = tuple(str(g) for g in data.get("expanded") or ())
        positions = {str(n): _point(p) for n, p in (data.get("positions") or {}).items()}
        zoom = data.get("zoom")
        if zoom is not None:
            zoom = tuple(float(v) for v in zoom)
            if len(zoom) != 4 or not all(math.isfinite(v) for v in zoom) \
                    or zoom[0] >= zoom[1] or zoom[2] >= zoom[3]:
                raise ValueError("zoom")
        return cls(f, layout, ego, depth, group_by, expanded, size_by, color_by, rank_by,
                   positions, zoom)


def _choice(value: Any, choices: list[str], what: str) -> str:
    if value not in choices:
        raise ValueError(f"unknown {what} '{value}'")
    return str(value)


def _point(p: Any) -> tuple[float, float]:
    x, y = float(p[0]), float(p[1])
    if not (math.isfinite(x) and math.isfinite(y)):
        raise ValueError("position")
    return x, y


def _filter(data: dict) -> GraphFilter:
    known = {f.name: f for f in fields(GraphFilter)}
    values: dict[str, Any] = {}
    for key, value in data.items():
        if key not in known:
            continue  # a filter a newer version added: the view still opens without it
        default = getattr(GraphFilter(), key)
        if value is None:
            values[key] = None
        elif isinstance(default, bool):
            values[key] = bool(value)
        elif key in ("sdg", "goal", "year"):
            values[key] = int(value)
        else:
            values[key] = str(value)
    return GraphFilter(**values)


@dataclass(frozen=True)
class SavedView:
    id: int
    name: str
    created_at: str
    created_by: str
    updated_at: str
    updated_by: str
    spec_text: str

    @property
    def spec(self) -> ViewSpec:
        """The view, or SavedViewError when it cannot be read."""
        try:
            return ViewSpec.from_json(self.spec_text)
        except (ValueError, TypeError, KeyError, IndexError) as exc:
            raise SavedViewError(f"The saved view '{self.name}' cannot be read ({exc}); it "
                                 "was left as it is.") from None


_COLUMNS = "id, name, created_at, created_by, updated_at, updated_by, spec"


def list_views(reg: Register) -> list[SavedView]:
    """Every saved view, by name."""
    rows = reg.conn.execute(f"SELECT {_COLUMNS} FROM graph_views").fetchall()
    return sorted((SavedView(*r) for r in rows), key=lambda v: sort_key(v.name))


def get_view(reg: Register, name_or_id: str | int) -> SavedView:
    """A saved view by id or by name (case does not matter)."""
    if isinstance(name_or_id, int) or str(name_or_id).isdigit():
        row = reg.conn.execute(f"SELECT {_COLUMNS} FROM graph_views WHERE id = ?",
                               (int(name_or_id),)).fetchone()
        if row is not None:
            return SavedView(*row)
    wanted = str(name_or_id).strip().casefold()
    for view in list_views(reg):
        if view.name.casefold() == wanted:
            return view
    names = ", ".join(v.name for v in list_views(reg)[:10]) or "none yet"
    raise NotFoundError(f"No saved view is called '{name_or_id}' (saved views: {names}).")


def check_name(name: str) -> str:
    """The name as it will be kept, or ValidationError saying what is wrong with it."""
    clean = name.strip()
    if not clean:
        raise ValidationError([Problem("name", "view.name_empty")])
    if len(clean) > NAME_LIMIT:
        raise ValidationError([Problem("name", "view.name_too_long", {"most": NAME_LIMIT})])
    if _CONTROL.search(clean):
        raise ValidationError([Problem("name", "view.name_control")])
    return clean


def save_view(reg: Register, name: str, spec: ViewSpec, *, replace: bool = False) -> Changes:
    """Save ``spec`` under ``name``; an existing view of that name is replaced only when
    ``replace`` (otherwise ValidationError). The saved view is ``changes.result``."""
    clean = check_name(name)
    text = spec.to_json()
    now, user = now_iso(), reg.user
    with reg.db.transaction() as conn:
        row = conn.execute("SELECT id, name FROM graph_views WHERE name = ? COLLATE NOCASE",
                           (clean,)).fetchone()
        if row is not None and not replace:
            raise ValidationError([Problem("name", "view.exists", {"name": row[1]})])
        if row is None:
            conn.execute("INSERT INTO graph_views (name, spec, created_at, created_by, "
                         "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?)",
                         (clean, text, now, user, now, user))
        else:
            conn.execute("UPDATE graph_views SET name = ?, spec = ?, updated_at = ?, "
                         "updated_by = ? WHERE id = ?", (clean, text, now, user, row[0]))
    saved = get_view(reg, clean)
    return Changes(frozenset({ch.LAYOUT}), result=saved)


def delete_view(reg: Register, view_id: int) -> Changes:
    with reg.db.transaction() as conn:
        if conn.execute("SELECT 1 FROM graph_views WHERE id = ?", (view_id,)).fetchone() is None:
            raise NotFoundError("That saved view no longer exists.")
        conn.execute("DELETE FROM graph_views WHERE id = ?", (view_id,))
    return Changes(frozenset({ch.LAYOUT}))
