"""A framework's goals as a sheet: code, parent code, English, Thai, description.

Export writes the goals depth first; import reads such a sheet (English or Thai headers,
.xlsx or .csv) into one framework in one transaction, as one audit batch that "undo import"
reverses. A goal whose code the framework already holds is updated, not added twice. A
sheet with a problem (no code, a code twice, an unknown parent, a parent loop) is refused
as a whole, saying which rows.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..errors import CoreError
from ..excel import read
from ..excel.export import ExportOptions, home_city, title_line
from ..excel.writer import OutColumn, open_book
from ..fields import entity
from ..fields.meaning import clean, concepts
from ..messages import Joined, Msg
from ..records.models import Goal
from .frameworks import FrameworkRef, find_framework, goals

if TYPE_CHECKING:
    from ..register import Register

# key -> (English header, Thai header, other spellings accepted): the goal's fields as the
# field registry declares them
SHEET_KEYS = ("code", "parent", "name_en", "name_th", "description")
COLUMNS = {f.key: (f.en, f.th, f.aliases) for f in entity("goal").fields if f.key in SHEET_KEYS}
_REQUIRED = ("code", "name_en")
HEADER_SCAN_ROWS = 20


@dataclass
class FrameworkImport:
    batch_id: str | None
    created: int = 0
    updated: int = 0
    unchanged: int = 0


def _resolve(reg: Register, framework: str | int | FrameworkRef) -> FrameworkRef:
    return framework if isinstance(framework, FrameworkRef) else find_framework(reg, framework)


def export_framework(reg: Register, framework: str | int | FrameworkRef,
                     path: str | os.PathLike[str], *,
                     options: ExportOptions | None = None) -> int:
    """Write the framework's goals; returns how many."""
    opts = options or ExportOptions()
    lang = opts.language
    fw = _resolve(reg, framework)
    rows = goals(reg, fw.id)
    codes = {g.id: g.code for g in rows}
    descriptions = dict(reg.conn.execute(
        "SELECT id, description FROM goals WHERE framework_id = ?", (fw.id,)).fetchall())
    heads = [OutColumn(str(COLUMNS[k][1 if lang == "th" else 0]), width=w)
             for k, w in (("code", 10), ("parent", 12), ("name_en", 36), ("name_th", 36),
                          ("description", 40))]
    with open_book(path, calendar=opts.calendar, language=lang,
                   properties={"title": fw.name(lang), "author": home_city(reg, lang)}) as book:
        sheet = book.add_sheet(fw.name(lang)[:31], heads,
                               title=title_line(reg, fw.name(lang), opts), key_columns=1)
        for g in rows:
            sheet.add_row([g.code, codes.get(g.parent_id or 0), g.name_en, g.name_th,
                           descriptions.get(g.id)])
    return len(rows)


def _plain(header: str) -> str:
    """A header as typed in any spelling: no numbering, brackets, spaces or case
    ("ชื่อ (ภาษาอังกฤษ)" → "ชื่อภาษาอังกฤษ", "Name (English)" → "nameenglish")."""
    return clean(header).replace(" ", "").casefold()


def _columns(headers: list[str]) -> dict[str, int]:
    names = {k: {_plain(en), _plain(th), *(_plain(o) for o in other)}
             for k, (en, th, other) in COLUMNS.items()}
    out: dict[str, int] = {}
    for i, h in enumerate(headers):
        text = _plain(str(h or ""))
        for key, accepted in names.items():
            if text and text in accepted and key not in out:
                out[key] = i
                break
        else:  # a name column named in other words: its concepts say which language
            found = concepts(str(h or ""))
            for key, language in (("name_en", "en"), ("name_th", "th")):
                if {"name", language} <= found and key not in out:
                    out[key] = i
    return out


def _text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # a code typed as a number in Excel
    text = str(value).strip()
    return text or None


def read_sheet(path: str) -> tuple[list[tuple[int, dict[str, Any]]], list[Msg]]:
    """The goal rows of a framework sheet (row number, values), and problems found."""
    info = read.inspect(path, keep_open=True)
    rows: list[tuple[int, dict[str, Any]]] = []  # text or None by column key
    try:
        for sheet in info.sheets:  # the first sheet with a row naming Code and English
            cols: dict[str, int] | None = None
            for number, values in read.read_rows(info, read.SheetInfo(sheet.name)):
                if cols is None:
                    found = _columns([str(v or "") for v in values])
                    if all(k in found for k in _REQUIRED):
                        cols = found
                    elif number > HEADER_SCAN_ROWS:
                        break
                    continue
                got = {k: _text(values[i]) if i < len(values) else None
                       for k, i in cols.items()}
                if any(got.values()):
                    rows.append((number, got))
            if cols is not None:
                break
        else:
            raise CoreError(code="strategy.sheet_no_columns", file=os.path.basename(path))
    finally:
        info.close()
    problems: list[Msg] = []
    seen: dict[str, int] = {}
    for number, got in rows:
        if not got.get("code"):
            problems.append(Msg("strategy.row_no_code", {"row": number}))
        elif got["code"] in seen:
            problems.append(Msg("strategy.row_code_twice", {
                "row": number, "code": got["code"], "other": seen[got["code"]]}))
        else:
            seen[str(got["code"])] = number
        if not got.get("name_en"):
            problems.append(Msg("strategy.row_no_name", {"row": number}))
    return rows, problems


def import_framework(reg: Register, framework: str | int | FrameworkRef, path: str
                     ) -> FrameworkImport:
    """Read ``path`` into the framework, all or nothing (CoreError says why not)."""
    from ..imports.run import new_batch_id

    fw = _resolve(reg, framework)
    rows, problems = read_sheet(path)
    existing = {r.code: r for r in (reg.records.get(Goal, g.id) for g in goals(reg, fw.id))}
    sheet_codes = {got["code"] for _, got in rows if got.get("code")}
    for number, got in rows:
        parent = got.get("parent")
        if parent and parent not in sheet_codes and parent not in existing:
            problems.append(Msg("strategy.row_no_parent", {"row": number, "code": parent}))
        if parent and parent == got.get("code"):
            problems.append(Msg("strategy.row_own_parent", {"row": number}))
    parents = {got["code"]: got.get("parent") for _, got in rows if got.get("code")}
    for code in parents:  # a loop would hide its goals from the tree
        seen, at = {code}, parents.get(code)
        while at:
            if at in seen:
                problems.append(Msg("strategy.parent_loop", {"code": code}))
                break
            seen.add(at)
            at = parents.get(at) or (None if at not in existing else _code_of(
                existing, existing[at].parent_id))
    if problems:
        problems.sort(key=_row_of)
        more = Msg("strategy.sheet_more", {"n": len(problems) - 5}) if len(problems) > 5 else ""
        raise CoreError(code="strategy.sheet_refused", file=os.path.basename(path),
                        problems=Joined(tuple(problems[:5]), "; "), more=more)
    result = FrameworkImport(new_batch_id())
    with reg.db.transaction():
        ids = {code: g.id for code, g in existing.items()}
        same: set[str] = set()
        for _, got in rows:  # goals first, parents after: a parent may come later
            code = got["code"]
            current = existing.get(code)
            values = {"name_en": got["name_en"], "name_th": got.get("name_th"),
                      "description": got.get("description")}
            if current is None:
                made = reg.records.create(Goal(framework_id=fw.id, code=code, **values),
                                          batch_id=result.batch_id)
                ids[code] = made.id
                existing[code] = made
                result.created += 1
            else:
                changed = {k: v for k, v in values.items()
                           if v is not None and getattr(current, k) != v}
                if changed:
                    for k, v in changed.items():
                        setattr(current, k, v)
                    existing[code] = reg.records.update(current, batch_id=result.batch_id)
                    result.updated += 1
                else:
                    same.add(code)
                    result.unchanged += 1
        for _, got in rows:
            goal = existing[got["code"]]
            parent_id = ids.get(got["parent"]) if got.get("parent") else None
            if goal.parent_id != parent_id:
                goal.parent_id = parent_id
                existing[got["code"]] = reg.records.update(goal, batch_id=result.batch_id)
                if got["code"] in same:  # only its place in the tree changed
                    same.discard(got["code"])
                    result.unchanged -= 1
                    result.updated += 1
    if not (result.created or result.updated):
        result.batch_id = None
    return result


def _row_of(problem: Msg) -> int:
    return int(problem.params.get("row", 0))  # type: ignore[call-overload]


def _code_of(existing: dict[str, Goal], goal_id: int | None) -> str | None:
    return next((c for c, g in existing.items() if g.id == goal_id), None)
