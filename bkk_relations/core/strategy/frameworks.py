"""Finding a framework by what a user types, and its goals in the order of the tree."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..errors import CoreError
from ..records.normalise import code_key  # goal codes in reading order (also used by others)

if TYPE_CHECKING:
    from ..register import Register


@dataclass(frozen=True)
class FrameworkRef:
    id: int
    name_en: str
    name_th: str | None
    builtin: str | None

    def name(self, language: str) -> str:
        return (self.name_th or self.name_en) if language == "th" else self.name_en


@dataclass(frozen=True)
class GoalRow:
    id: int
    parent_id: int | None
    code: str
    name_en: str
    name_th: str | None
    depth: int = 0

    def name(self, language: str) -> str:
        return (self.name_th or self.name_en) if language == "th" else self.name_en

    def label(self, language: str) -> str:
        return f"{self.code} {self.name(language)}"


def frameworks(reg: Register) -> list[FrameworkRef]:
    """The live frameworks, active ones first, by English name."""
    return [FrameworkRef(*r) for r in reg.conn.execute(
        "SELECT id, name_en, name_th, builtin FROM frameworks WHERE deleted_at IS NULL "
        "ORDER BY is_active DESC, sort_en, id")]


def find_framework(reg: Register, name: str | int) -> FrameworkRef:
    """The framework called ``name`` in English or Thai, or with that builtin key or id, or
    else the one whose English or Thai name holds ``name`` ("แผนยุทธศาสตร์", "nine"); a
    name that fits none, or several, is refused with the choices (each named in English and
    in Thai)."""
    known = frameworks(reg)
    wanted = " ".join(str(name).split()).casefold()

    def names(f: FrameworkRef) -> list[str]:
        return [" ".join(n.split()).casefold() for n in (f.name_en, f.name_th or "") if n]

    hits = [f for f in known if wanted in {str(f.id), (f.builtin or "").casefold(), *names(f)}]
    if not hits and wanted:
        hits = [f for f in known if any(wanted in n for n in names(f))]
    if len(hits) == 1:
        return hits[0]
    choices = "; ".join(f.name_en + (f" / {f.name_th}" if f.name_th else "")
                        + (f" ({f.builtin})" if f.builtin else "") for f in known)
    if hits:
        raise CoreError(code="strategy.several_frameworks", name=str(name),
                        ids=", ".join(str(f.id) for f in hits))
    raise CoreError(code="strategy.no_framework", name=str(name), choices=choices)


def goals(reg: Register, framework_id: int) -> list[GoalRow]:
    """The framework's live goals depth first (each parent before its children, siblings
    by code), with their depth in the tree."""
    rows = [GoalRow(*r) for r in reg.conn.execute(
        "SELECT id, parent_id, code, name_en, name_th FROM goals "
        "WHERE framework_id = ? AND deleted_at IS NULL", (framework_id,))]
    ids = {g.id for g in rows}
    children: dict[int | None, list[GoalRow]] = {}
    for g in rows:  # a parent that was deleted leaves its children at the top
        children.setdefault(g.parent_id if g.parent_id in ids else None, []).append(g)
    out: list[GoalRow] = []
    seen: set[int] = set()

    def walk(parent: int | None, depth: int) -> None:
        for g in sorted(children.get(parent, []), key=lambda g: (code_key(g.code), g.id)):
            if g.id in seen:
                continue
            seen.add(g.id)
            out.append(GoalRow(g.id, g.parent_id, g.code, g.name_en, g.name_th, depth))
            walk(g.id, depth + 1)

    walk(None, 0)
    return out


def find_goals(reg: Register, text: str, *, language: str = "en", limit: int = 50,
               leave_out: str | None = None) -> list[tuple[int, str]]:
    """Goals of the live frameworks whose code or name (English or Thai), or whose
    framework's name, holds ``text``: (id, "Framework · code. name"), framework by
    framework in code order. ``leave_out``: a builtin framework not offered (an agreement's
    or project's SDGs have their own checklist)."""
    like = f"%{text.strip().lower()}%"
    rows = reg.conn.execute(
        "SELECT g.id, g.code, g.name_en, g.name_th, f.name_en, f.name_th, f.id FROM goals g "
        "JOIN frameworks f ON f.id = g.framework_id AND f.deleted_at IS NULL "
        "WHERE g.deleted_at IS NULL AND (f.builtin IS NULL OR f.builtin <> ?) AND ("
        "lower(g.code) LIKE ? OR lower(g.name_en) LIKE ? OR lower(coalesce(g.name_th, '')) "
        "LIKE ? OR lower(f.name_en) LIKE ? OR lower(coalesce(f.name_th, '')) LIKE ?)",
        (leave_out or "", *[like] * 5)).fetchall()
    th = language == "th"
    rows.sort(key=lambda r: (r[4].casefold(), r[6], code_key(r[1])))
    return [(r[0], f"{(r[5] or r[4]) if th else r[4]} · {r[1]}. {(r[3] or r[2]) if th else r[2]}")
            for r in rows[:limit]]


def goal_label(reg: Register, goal_id: int, language: str = "en") -> str | None:
    """A goal as the picker names it, with its framework; None if there is no such goal."""
    row = reg.conn.execute(
        "SELECT g.code, g.name_en, g.name_th, f.name_en, f.name_th, g.deleted_at FROM goals g "
        "JOIN frameworks f ON f.id = g.framework_id WHERE g.id = ?", (goal_id,)).fetchone()
    if row is None:
        return None
    th = language == "th"
    return (f"{(row[4] or row[3]) if th else row[3]} · {row[0]}. "
            f"{(row[2] or row[1]) if th else row[1]}")
