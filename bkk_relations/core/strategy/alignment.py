"""Goals named in a spreadsheet cell: what an export writes and what an import reads back.

A goal is written "code name (framework)", e.g. "5 Environment (Governor's policy: nine
dimensions)", several joined by "; ". A cell may name a goal that way, as "framework code"
("sdgs 11", "นโยบาย 9 ดี 9 ด้าน 5"), or by its code or name alone in English or Thai when
only one goal of the live frameworks answers to it; a name several goals answer to is
refused, listing them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..records.models import SPECS

if TYPE_CHECKING:
    from ..storage.protocols import Connection


def _shown(alias: str, col: str, language: str) -> str:
    if language != "th":
        return f"{alias}.{col}_en"
    return f"COALESCE(NULLIF({alias}.{col}_th, ''), {alias}.{col}_en)"


def goal_labels(owner: str, language: str = "en") -> str:
    """SQL: the live goals record ``t`` is aligned to, "code name (framework)" joined by
    "; ", framework by framework in code order."""
    link = SPECS[owner].link("goal_ids")
    label = (f"g.code || ' ' || {_shown('g', 'name', language)} || ' (' || "
             f"{_shown('f', 'name', language)} || ')'")
    return (f"(SELECT group_concat(label, '; ') FROM (SELECT {label} AS label FROM "
            f"{link.table} l JOIN goals g ON g.id = l.{link.value_col} AND g.deleted_at IS NULL "
            f"JOIN frameworks f ON f.id = g.framework_id AND f.deleted_at IS NULL "
            f"WHERE l.{link.owner_col} = t.id ORDER BY f.id, g.code_key) AS goals)")


def goal_index(conn: Connection, key: Callable[[str], str]
               ) -> tuple[dict[str, set[int]], dict[int, str]]:
    """Every way a cell may name each live goal (normalised by ``key``) → goal ids, and each
    goal's label as an export writes it."""
    index: dict[str, set[int]] = defaultdict(set)
    labels: dict[int, str] = {}
    rows = conn.execute(
        "SELECT g.id, g.code, g.name_en, g.name_th, f.name_en, f.name_th, f.builtin "
        "FROM goals g JOIN frameworks f ON f.id = g.framework_id AND f.deleted_at IS NULL "
        "WHERE g.deleted_at IS NULL").fetchall()
    for gid, code, name_en, name_th, fw_en, fw_th, builtin in rows:
        labels[gid] = f"{code} {name_en} ({fw_en})"
        names = [n for n in (name_en, name_th) if n]
        frameworks = [n for n in (fw_en, fw_th, builtin) if n]
        forms = [code, *names]
        for name in names:
            forms.append(f"{code} {name}")
            forms.append(f"{code}. {name}")
        for fw in frameworks:
            forms.append(f"{fw} {code}")
            forms.append(f"{fw}: {code}")
            for name in names:
                forms.append(f"{code} {name} ({fw})")
        for form in forms:
            index[key(form)].add(gid)
    return index, labels
