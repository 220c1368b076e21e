"""Importing partners, contacts, agreements, projects and activities from .xlsx and .csv.

Two steps. ``plan_import`` reads the file once (streaming), maps its columns to fields,
parses every row, finds duplicates and validates each row with the same rules as the editors
(core.validation), without writing anything: the plan lists every problem as row, column and
message, and each row's action (create / update / skip), which the user may change.
``run_import`` then writes the plan in ONE transaction, as one audit-log batch: any failure
or a cancel rolls everything back, and ``import_batches.undo_import`` reverses the batch.

Parsed rows are spooled to a temporary file between the steps, and the rows compared with
each other by meaning are kept in a temporary database (match.FileRows): memory holds the
plan's short line for each row (what the preview shows), not the file.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as _dt
import pickle
import re
import tempfile
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from .. import collector
from .. import fields as registry
from ..errors import (
    Cancelled,
    CoreError,
    FileProblem,
    ImportRefused,
    MappingProblem,
    NotFoundError,
    ParseError,
    RowProblem,
)
from ..excel.columns import (
    FIELDS,
    IMPORT_TYPES,
    Field,
    is_totals_label,
    match_headers,
    match_scored,
)
from ..excel.csv_read import UNDECODABLE, shown
from ..excel.limits import MAX_CELL_CHARS, MAX_RECORDS, Oversized
from ..excel.read import SheetInfo, choose_sheet, inspect, merged_cells
from ..excel.read import read_rows as read_file_rows
from ..excel.values import (
    be_date_cell,
    clean_text,
    parse_bool,
    parse_country,
    parse_date,
    parse_number,
    parse_region,
    parse_sdgs,
    parse_sectors,
    parse_tags,
    parse_vocab,
    unescape_csv,
)
from ..excel.xlsx_stream import Formula
from ..messages import Day, FieldName, Joined, Msg, Name
from ..records import validation
from ..records.models import SPECS, Agreement, Partner, Record
from ..records.normalise import name_key
from ..records.repository import Repository
from ..storage.protocols import Connection
from . import search_index, ties
from .match import KEYS, Duplicates, FileRows, Links
from .plan import (  # noqa: F401 - re-exported: the import API in one place
    ACTION_LABELS,
    ACTIONS,
    STATUS_LABELS,
    ImportPlan,
    ImportResult,
    RowPlan,
)

if TYPE_CHECKING:
    from ..register import Register

Progress = Callable[[int, int], None]
# Columns a file must have, by field key (validation explains the other rules row by row).
REQUIRED_COLUMNS = {e: registry.required(e) for e in IMPORT_TYPES.values()}
_SPOOL_CHUNK = 500
_NAMES = {"name_en", "name_th", "name", "title_en", "title_th"}

# -- mapping --------------------------------------------------------------------------------
def entity_of(import_type: str) -> str:
    if import_type in IMPORT_TYPES.values():
        return import_type
    try:
        return IMPORT_TYPES[import_type]
    except KeyError:
        raise ValueError(f"unknown type {import_type!r}; use one of "
                         f"{', '.join(IMPORT_TYPES)}") from None


def column_letter(index: int) -> str:
    letters, n = "", index + 1
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def auto_mapping(entity: str, headers: list[str]) -> dict[int, str]:
    return match_headers(entity, headers)


def match_confidence(entity: str, headers: list[str], mapping: dict[int, str]
                     ) -> dict[int, float]:
    """How sure the match of each mapped column is: as the headers were read where the
    mapping took the automatic match, sure (1.0) where a person chose the field."""
    scored = match_scored(entity, headers)
    return {col: scored[col][1] if scored.get(col, ("", 0))[0] == key else 1.0
            for col, key in mapping.items()}


def custom_mapping(entity: str, headers: list[str], overrides: dict[str, str | None]
                   ) -> dict[int, str]:
    """The automatic mapping changed by ``overrides``: {header or column letter: field key,
    or "" / None to ignore that column}. ValueError names an unknown column or field."""
    mapping = auto_mapping(entity, headers)
    keys = {f.key for f in FIELDS[entity]}
    by_header = {h.strip().casefold(): i for i, h in enumerate(headers) if h and h.strip()}
    for column, key in overrides.items():
        index = by_header.get(str(column).strip().casefold())
        if index is None and str(column).isalpha() and len(str(column)) <= 3:
            index = _letter_index(str(column).upper())
            if index >= len(headers):  # "Foo" is no header, and beyond the sheet's columns
                index = None
        if index is None:
            raise MappingProblem("mapping.no_column", column=column,
                                 columns=", ".join(h for h in headers if h))
        if key in (None, "", "ignore"):
            mapping.pop(index, None)
            continue
        if key not in keys:
            raise MappingProblem("mapping.no_field", key=key, what=Msg(f"term.{entity}"),
                                 keys=", ".join(sorted(keys)))
        for i, k in list(mapping.items()):
            if k == key:
                del mapping[i]
        mapping[index] = str(key)
    return mapping


def _letter_index(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


# -- planning -------------------------------------------------------------------------------
_PLAIN_KINDS = frozenset({"line", "text"})  # fields.model: one line, several lines


class _Parser:
    """Turns one row's cells into field values, collecting problems per column."""

    def __init__(self, entity: str, conn: Connection, mapping: dict[int, str],
                 headers: list[str], csv: bool, encoding: str | None = None):
        self.entity = entity
        self.encoding = encoding or "UTF-8"
        self.fields = {f.key: f for f in FIELDS[entity]}
        self.columns = sorted(mapping.items())
        self.headers = headers
        self.links = Links(conn)
        self.csv = csv
        # The columns whose text is kept as it is read (no parsing, no linked record; a
        # CSV's text is unescaped first).
        self._plain = set() if csv else {
            index for index, key in self.columns
            if self.fields[key].link is None and self.fields[key].kind in _PLAIN_KINDS}
        # columns of the last row that could not be read (or whose value depends on one)
        self.unread: set[str | Msg | FieldName] = set()
        self.notes: list[RowProblem] = []  # the last row's cells read other than as written

    def header(self, index: int) -> str | Msg:
        """A column as the problems name it: its header and letter, "Town (B)"."""
        name = self.headers[index] if index < len(self.headers) else ""
        if name:
            return f"{name} ({column_letter(index)})"
        return Msg("import.column", {"letter": column_letter(index)})

    def parse(self, row: int, values: list[object]) -> tuple[dict[str, object],
                                                             list[RowProblem]]:
        out: dict[str, object] = {}
        problems = []
        self.unread, self.notes = set(), []
        count = len(values)
        for index, key in self.columns:
            raw = values[index] if index < count else None
            if raw is None or raw == "":
                continue  # an empty cell: nothing to read, nothing to say
            if index in self._plain and type(raw) is str and (
                    raw.isascii() or not UNDECODABLE.search(raw)):
                out[key] = raw  # text as the reader cleaned it (clean_text: nothing to do)
                continue
            unreadable = self._unreadable(raw)
            if unreadable:
                problems.append(RowProblem(row, self.header(index), unreadable.code,
                                           unreadable.params))
                self.unread.add(self.header(index))
                continue
            if isinstance(raw, str) and self.csv:
                raw = unescape_csv(raw)
            formula = raw if isinstance(raw, Formula) else None
            if formula is not None and not formula.text:  # an .xls keeps no text to keep
                code = "import.note.formula_unread" + ("_error" if formula.error else "")
                self.notes.append(RowProblem(row, self.header(index), code,
                                             {"error": formula.error or ""}))
                continue
            if formula is not None:  # kept as the text it is, and said so
                raw = _text_of_formula(formula.text)
            note = self._note(self.fields[key], raw)
            try:
                value = self._value(self.fields[key], raw)
            except ValueError as exc:  # a ParseError, or a library's own (its text as it is)
                code, params = ((exc.code, exc.params) if isinstance(exc, ParseError)
                                else (str(exc), {}))
                problems.append(RowProblem(row, self.header(index), code, params))
                self.unread.add(self.header(index))  # left out: "needs its country" would repeat
                continue
            if value is not None and value != []:
                out[key] = value
                if formula is not None:
                    self.notes.append(RowProblem(
                        row, self.header(index),
                        "import.note.formula_error" if formula.error else "import.note.formula",
                        {"formula": str(formula), "error": formula.error or "",
                         "value": value}))
                elif note is not None:
                    shown = Day(str(value)) if self.fields[key].kind == "date" else value
                    self.notes.append(RowProblem(row, self.header(index), note.code,
                                                 {**note.params, "value": shown}))
        return out, problems

    @staticmethod
    def _note(f: Field, raw: object) -> Msg | None:
        """What the preview must say about a cell read other than as it stands."""
        if f.kind == "date" and be_date_cell(raw):
            day = raw.date() if isinstance(raw, _dt.datetime) else raw
            assert isinstance(day, _dt.date)
            return Msg("import.note.be_date", {"text": day.isoformat()})
        if f.kind in _PLAIN_KINDS and isinstance(raw, _dt.date):  # a datetime too
            return Msg("import.note.date_as_text")
        return None

    def _unreadable(self, raw: object) -> Msg | None:
        """Why a cell cannot be taken at all: too long to keep, or bytes that are no text
        (never stored as a guess)."""
        if isinstance(raw, Oversized):
            return Msg("cell.oversized", {"length": raw.length, "most": MAX_CELL_CHARS})
        if isinstance(raw, str) and not raw.isascii() and UNDECODABLE.search(raw):
            text = shown(raw)
            text = text if len(text) <= 60 else text[:60] + "…"
            return Msg("cell.undecodable", {"encoding": self.encoding, "text": text})
        return None

    def _value(self, f: Field, raw: object) -> object:
        kind = f.kind
        if raw is None or raw == "":
            return None
        if kind == "date":
            return parse_date(raw)
        if kind in ("int", "float", "money"):
            return parse_number(raw, integer=kind == "int")
        if kind == "bool":
            return parse_bool(raw)
        if kind == "country":
            return parse_country(raw)
        if kind == "region":
            return parse_region(raw)
        if kind.startswith("vocab:"):
            return parse_vocab(kind[6:], raw)
        if kind == "sectors":
            return parse_sectors(raw)
        if kind == "sdgs":
            return parse_sdgs(raw)
        if kind == "tags":
            return parse_tags(raw)
        text = clean_text(raw)
        if text is None:
            return None
        if f.link is None:
            return text
        if kind in registry.LIST_LINK_KINDS:
            return self.links.many(f.link, text)
        return self.links.one(f.link, text)


_FIELDS_BY_KEY = {entity: {f.key: f for f in found} for entity, found in FIELDS.items()}


_STRING_FORMULA = re.compile(r'"((?:[^"]|"")*)"')


def _text_of_formula(text: str) -> str:
    """What a formula saved without its value is kept as: its text, but for a formula that
    is only a quoted text (="Sendai"), which is that text (Excel shows Sendai)."""
    m = _STRING_FORMULA.fullmatch(text.strip())
    return m.group(1).replace('""', '"') if m else text


def build_record(entity: str, values: dict[str, object], existing: Record | None) -> Record:
    """A new record from ``values``, or ``existing`` with the values the row has (a blank
    cell never erases what is recorded)."""
    spec = SPECS[entity]
    record = dataclasses.replace(existing) if existing is not None else spec.cls()
    fields = _FIELDS_BY_KEY[entity]
    for key, value in values.items():
        if not fields[key].stored:
            continue  # read for something else (a partner's tie: ties.py)
        if existing is not None and key in _NAMES \
                and name_key(str(value)) == name_key(getattr(existing, key) or ""):
            continue  # "St. Petersburg" for "Saint Petersburg": keep the recorded spelling
        setattr(record, fields[key].target, value)
    if isinstance(record, Partner):
        if "kind" not in values and existing is None and values.get("org_type"):
            record.kind = "organisation"  # a row with an organisation type is one
        if isinstance(existing, Partner) and "country" in values and "region" not in values \
                and values["country"] != existing.country:
            record.region = None  # derived again from the new country
    return record


def changed_fields(entity: str, before: Record, after: Record) -> list[str]:
    """The field keys whose values differ once both are cleaned up as a save would."""
    a, b = Repository.prepared(before), Repository.prepared(after)
    out = []
    for f in FIELDS[entity]:
        if not f.stored:
            continue
        x, y = getattr(a, f.target), getattr(b, f.target)
        if isinstance(x, list) and isinstance(y, list):
            x, y = sorted(x, key=str), sorted(y, key=str)
        if x != y:
            out.append(f.key)
    return out


def _row_of(plan_row: RowPlan) -> int:
    return plan_row.row


def _label(entity: str, values: dict[str, object]) -> str:
    return str(values.get(SPECS[entity].label_col) or "")


def _label_th(entity: str, values: dict[str, object]) -> str | None:
    th = values.get(SPECS[entity].label_th_col)
    return str(th) if th else None


def _dup_keys(entity: str, record: Record) -> tuple[str, object, object]:
    """The row's name and the other keys (match.KEYS) its duplicates are found by."""
    second, other = KEYS[entity]
    return (getattr(record, SPECS[entity].label_col),
            getattr(record, second) if second else None, getattr(record, other))


def _check(conn: Connection, prepared: Record, row: int,
           column_of: Callable[[str], str | Msg | FieldName],
           unread: set[str | Msg | FieldName]) -> list[RowProblem]:
    """The problems a save of ``prepared`` (Repository.prepared: cleaned up as a save does)
    would meet, but for columns already reported unreadable (their value was left out, so
    "is required" would only repeat that)."""
    found = (RowProblem(row, column_of(p.field), p.code, p.params)
             for p in validation.problems(conn, prepared))
    return [p for p in found if p.column not in unread]


def plan_import(reg: Register, path: str, import_type: str, *, sheet: str | None = None,
                mapping: dict[int, str] | None = None,
                overrides: dict[str, str | None] | None = None,
                on_duplicate: str | None = None, progress: Progress | None = None
                ) -> ImportPlan:
    """Read, map, parse, match and validate every row; write nothing.

    ``mapping`` (column index → field key) replaces the automatic matching of headers;
    ``overrides`` changes it by header name. ``on_duplicate`` (update / skip / create) is the
    action for rows that match an existing record; by default an exact match is updated and
    a possible duplicate created. Raises FileProblem for a file that cannot be read.
    """
    entity = entity_of(import_type)
    if on_duplicate not in (None, *ACTIONS):
        raise ValueError(f"on_duplicate must be one of {', '.join(ACTIONS)}")
    info = inspect(path, entity, keep_open=True)
    try:
        chosen = choose_sheet(info, entity, sheet)
        headers = chosen.headers
        if mapping is None:
            mapping = (custom_mapping(entity, headers, overrides) if overrides
                       else auto_mapping(entity, headers))
        plan = ImportPlan(entity, info, chosen, dict(mapping),
                          match_confidence(entity, headers, mapping))
        plan.file_problems = _column_problems(entity, chosen, mapping, Path(path).name,
                                              csv=info.kind == "csv")
        if not plan.file_problems:
            try:
                before = reg.db.mark()
                # every row checked against one state of the records
                with reg.db.snapshot(), collector.held_off():
                    _plan_rows(reg, plan, on_duplicate, progress)
                after = reg.db.mark()  # unequal: saved while read, the state is not one
                plan.checked_at = after if after is not None and after == before else None
            except BaseException:
                plan.close()
                raise
    finally:
        info.close()
    return plan


def _column_problems(entity: str, sheet: SheetInfo, mapping: dict[int, str], name: str,
                     *, csv: bool = False) -> list[RowProblem]:
    where: str | Msg = (Msg("import.file_sheet", {"file": name, "sheet": sheet.name})
                        if sheet.name and not csv else name)  # a CSV file has no sheets
    if not sheet.headers:
        return [RowProblem(0, where, "import.no_header")]
    found = ", ".join(h for h in sheet.headers if h.strip()) or Msg("import.none")
    if not mapping:
        expected = Joined(tuple(FieldName(entity, f.key) for f in FIELDS[entity][:6]), ", ")
        return [RowProblem(0, where, "import.no_fields",
                           {"found": found, "what": Msg(f"term.{entity}"),
                            "expected": expected})]
    made = {"title_en"} if entity == "agreement" and "parties" in mapping.values() else set()
    missing = tuple(FieldName(entity, k) for k in REQUIRED_COLUMNS[entity]
                    if k not in mapping.values() and k not in made)
    if missing:
        return [RowProblem(0, where, "import.no_required",
                           {"missing": Joined(missing, Msg("import.and")), "found": found})]
    return []


def _plan_rows(reg: Register, plan: ImportPlan, on_duplicate: str | None,
               progress: Progress | None) -> None:
    entity, sheet, conn = plan.entity, plan.sheet, reg.conn
    parser = _Parser(entity, conn, plan.mapping, sheet.headers, plan.file.kind == "csv",
                     plan.file.encoding)
    mapped_at = {key: index for index, key in plan.mapping.items()}
    fields = {f.key: f for f in FIELDS[entity]}
    attr_to_key = {f.target: f.key for f in FIELDS[entity]}

    def column_of(attr: str) -> str | Msg | FieldName:
        key = attr_to_key.get(attr, attr)
        if key in mapped_at:
            return parser.header(mapped_at[key])
        return FieldName(entity, key) if key in fields else attr

    merged = _merged_problems(plan, parser)
    label_at = mapped_at.get(attr_to_key.get(SPECS[entity].label_col, ""))
    totals: dict[int, str] = {}  # plan rows saying they are totals → the word ("รวม", "Total")
    dups = Duplicates(conn, entity)
    spool = tempfile.TemporaryFile()  # noqa: SIM115 - owned by the plan, closed by it
    plan._spool = spool
    chunk: list[tuple[dict[str, object], dict[str, object] | None]] = []
    total = max((sheet.last_row or 0) - sheet.header_row, 0)
    index_cols = [i for i, _ in parser.columns]
    last = sheet.header_row
    empty_from = 0  # the first of the empty rows since the last row with data (0: none)
    records = 0
    with FileRows(entity) as in_file:  # the rows read so far, by row number
        for n, (row, cells) in enumerate(read_file_rows(plan.file, sheet), start=1):
            if progress and n % 200 == 0:
                progress(row - sheet.header_row, total)
            if not empty_from and row > last + 1:
                empty_from = last + 1  # rows a file leaves out are empty
            last = row
            if all(cells[i] is None or cells[i] == "" for i in index_cols if i < len(cells)):
                empty_from = empty_from or row
                continue
            if empty_from:  # empty rows between data: skipped, and said so, once per run
                plan.rows.append(RowPlan(empty_from, "", "empty", "skip", until=row - 1))
                chunk.append(({}, None))
                empty_from = 0
            records += 1
            if records > MAX_RECORDS:
                raise FileProblem(code="import.too_many_rows", file=Path(plan.file.path).name,
                                  sheet=sheet.name, most=MAX_RECORDS)
            values, problems = parser.parse(row, cells)
            problems += merged.pop(row, [])
            made: tuple[str, ...] = ()
            if entity == "agreement" and "title_en" not in values:
                made = _made_title(reg, row, values, parser, column_of)
            record = build_record(entity, values, None)
            name, second, other = _dup_keys(entity, record)
            plan_row = RowPlan(row, _label(entity, values), "new",
                               label_th=_label_th(entity, values))
            notes = list(parser.notes)
            repeats, like = in_file.check(name, second, other)
            if repeats is not None:
                problems.append(RowProblem(row, column_of(SPECS[entity].label_col),
                                           "import.repeats",
                                           {"row": repeats, "same": Msg(_SAME[entity])}))
            elif name:
                if like is not None:  # the same record by meaning: each row names the other
                    earlier = plan.rows[bisect.bisect_left(plan.rows, like[1], key=_row_of)]
                    column = column_of(SPECS[entity].label_col)
                    notes.append(RowProblem(row, column, "import.note.like_row",
                                            {"row": earlier.row, "name": earlier.name}))
                    earlier.notes += (RowProblem(earlier.row, column, "import.note.like_row",
                                                 {"row": row, "name": plan_row.name}),)
                    earlier.status = "duplicate" if earlier.status == "new" else earlier.status
                    plan_row.status = "duplicate"
                in_file.add(row, name, second, other)
            match = dups.find(name, second, other)
            if match is None and made:  # the partner's recorded tie of this type is this one
                match = _recorded_tie(conn, values)
                if match is not None:  # its title stays as recorded, and no title is said made
                    for made_key in made:
                        values.pop(made_key, None)
                    notes = [n for n in notes if n.code != "import.note.title_made"]
            new_record = Repository.prepared(record)  # what "create" would write
            checks = {"create": _check(conn, new_record, row, column_of, parser.unread)}
            if match:
                status, match_id = match
                existing = reg.records.get(SPECS[entity].cls, match_id)
                plan_row.status, plan_row.match_id = status, match_id
                plan_row.match_label = Name(
                    dups.labels.get(match_id, ""),
                    getattr(existing, SPECS[entity].label_th_col, None), f" [{match_id}]")
                merged_record = build_record(entity, values, existing)
                checks["update"] = _check(conn, Repository.prepared(merged_record), row,
                                          column_of, parser.unread)
                plan_row.changes = tuple(changed_fields(entity, existing, merged_record))
                default = "update" if status == "update" else "create"
                plan_row.action = on_duplicate or default
            if entity == "partner":
                _plan_tie(conn, plan_row, values, problems, notes, column_of, parser.unread)
            plan_row.parse_problems = tuple(problems)
            plan_row.notes = tuple(notes)
            plan_row.checks = {a: tuple(ps) for a, ps in checks.items() if ps} or None
            word = _totals_word(cells, label_at) if label_at is not None else None
            if word is not None:
                totals[len(plan.rows)] = word
            plan.rows.append(plan_row)
            chunk.append((values, new_record.__dict__))
            if len(chunk) >= _SPOOL_CHUNK:
                pickle.dump(chunk, spool, protocol=pickle.HIGHEST_PROTOCOL)
                chunk = []
    for problems in merged.values():  # merged cells in the header row or empty rows
        plan.file_problems.extend(problems)
    _leave_out_totals(plan, totals, column_of(SPECS[entity].label_col))
    plan.mark_clashes()
    if chunk:
        pickle.dump(chunk, spool, protocol=pickle.HIGHEST_PROTOCOL)
    if not plan.rows:
        plan.file_problems.append(RowProblem(0, Msg("import.sheet", {"sheet": sheet.name}),
                                             "import.no_rows"))
    if progress:
        progress(len(plan.rows), len(plan.rows))


def _totals_word(cells: list[object], label_at: int) -> str | None:
    """The totals word a row's label is, or, for a row with no label of its own (empty, or
    a formula such as =COUNTA(B2:B9)), the one another of its cells holds (the sequence
    column, "ลำดับ": "รวม"); None for a row that says no such thing."""
    label = cells[label_at] if label_at < len(cells) else None
    if label is not None and label != "" and not isinstance(label, Formula):
        return str(label) if is_totals_label(label) else None
    return next((str(c) for c in cells if is_totals_label(c)), None)


def _leave_out_totals(plan: ImportPlan, totals: dict[int, str],
                      column: str | Msg | FieldName) -> None:
    """The totals rows that end the data (one, or several in a row: "Subtotal", "Grand
    total") are skipped, and the preview says why, so the import goes ahead; a person may
    still import one, and it then meets the problems its missing fields cause. A row named
    so among the data is left as it is: it may be a record."""
    for index in range(len(plan.rows) - 1, -1, -1):
        r = plan.rows[index]
        if r.status == "empty":
            continue
        if index not in totals:
            return
        r.action = "skip"
        r.notes += (RowProblem(r.row, column, "import.note.totals_row",
                               {"label": totals[index]}),)


def _made_title(reg: Register, row: int, values: dict[str, object], parser: _Parser,
                column_of: Callable[[str], str | Msg | FieldName]) -> tuple[str, ...]:
    """An agreement row that names its partners but has no title (a sister-city list read
    as agreements) is titled as the demo's ties are, "Sister-city agreement: Bangkok –
    Busan", and the preview says so. Returns the keys it filled."""
    ids = values.get("parties")
    if not isinstance(ids, list) or not ids:
        if "parties" in (k for _, k in parser.columns):  # its problem is said already
            parser.unread.add(column_of("title_en"))
        return ()
    partners = [reg.records.get(Partner, i, include_deleted=True) for i in ids]
    kind = str(values.get("agreement_type") or Agreement().agreement_type)
    title_en, title_th = ties.titles(kind, partners, reg.db.get_setting("home_city_en"),
                                     reg.db.get_setting("home_city_th"))
    values["title_en"] = title_en
    made = ("title_en",) if "title_th" in values else ("title_en", "title_th")
    values.setdefault("title_th", title_th)
    parser.notes.append(RowProblem(row, column_of("party_ids"), "import.note.title_made",
                                   {"title": title_en}))
    return made


def _recorded_tie(conn: Connection, values: dict[str, object]) -> tuple[str, int] | None:
    """("update", id) of the one partner's live agreement of the row's type, if it has one
    (what a partner sheet's tie matches too: ties.existing)."""
    ids = values.get("parties")
    if not isinstance(ids, list) or len(ids) != 1:
        return None
    kind = str(values.get("agreement_type") or Agreement().agreement_type)
    found = ties.existing(conn, int(ids[0]), kind)
    return ("update", found[0]) if found else None


def _plan_tie(conn: Connection, plan_row: RowPlan, values: dict[str, object],
              problems: list[RowProblem], notes: list[RowProblem],
              column_of: Callable[[str], str | Msg | FieldName],
              unread: set[str | Msg | FieldName]) -> None:
    """A partner row's tie (ties.py): what the import will do with it, or why it cannot
    (no note of a tie whose type or date could not be read: the problem says so)."""
    wrong = ties.problem(plan_row.row, values, column_of(ties.SIGNED))
    if wrong is not None:
        problems.append(wrong)
    tie = ties.of(values)
    if tie is not None and plan_row.action != "skip" and not (
            unread & {column_of(ties.TYPE), column_of(ties.SIGNED)}):  # its problem is said
        partner = plan_row.match_id if plan_row.action == "update" else None
        notes.append(ties.preview(conn, plan_row.row, column_of(ties.TYPE), tie, partner))


# What two rows of one file that are the same record have in common (match.KEYS).
_SAME = {"partner": "import.same_country", "contact": "import.same_partner",
         "agreement": "import.same_name", "project": "import.same_name",
         "activity": "import.same_date", "action": "import.same_date",
         "lesson": "import.same_name"}


def _merged_problems(plan: ImportPlan, parser: _Parser) -> dict[int, list[RowProblem]]:
    out: dict[int, list[RowProblem]] = {}
    for r1, c1, r2, c2 in merged_cells(plan.file, plan.sheet):
        ref = f"{column_letter(c1 - 1)}{r1}:{column_letter(c2 - 1)}{r2}"
        out.setdefault(r1, []).append(RowProblem(r1, parser.header(c1 - 1), "import.merged",
                                                 {"cells": ref}))
    return out


# -- running --------------------------------------------------------------------------------
_WRITE_CHUNK = 500  # new records written together (imports.run_import)


def _write_tie(reg: Register, plan_row: RowPlan, record: Record, values: dict[str, object],
               batch_id: str, result: ImportResult) -> None:
    """A partner row's tie, made or completed once the partner is written."""
    tie = ties.of(values) if isinstance(record, Partner) else None
    if tie is None:
        return
    assert isinstance(record, Partner)
    try:
        done_tie = ties.write(reg, record, tie, batch_id)
    except CoreError as exc:
        raise ImportRefused(code="import.row_failed", row=plan_row.row, problem=exc) from exc
    result.ties_created += done_tie == "created"
    result.ties_dated += done_tie == "dated"


class _DryRun(Exception):
    """Rolls back the transaction of a dry run."""


def new_batch_id() -> str:
    stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return f"import-{stamp}-{uuid.uuid4().hex[:6]}"


def run_import(reg: Register, plan: ImportPlan, *, dry_run: bool = False,
               progress: Progress | None = None) -> ImportResult:
    """Write the plan in one transaction, as one audit batch; all or nothing.

    Refused (ImportRefused) while any row has a problem. ``progress(done, total)`` may raise
    Cancelled to stop: everything written so far is rolled back. A dry run writes and then
    rolls back, so it checks exactly what a real import would do.
    """
    if not plan.ok:
        problems = plan.problems
        raise ImportRefused(code="import.refused", n=len(problems),
                            first=Joined(tuple(problems[:3]), "; "))
    entity = plan.entity
    cls = SPECS[entity].cls
    batch_id = new_batch_id()
    result = ImportResult(None if dry_run else batch_id, dry_run=dry_run)
    total = sum(1 for r in plan.rows if r.action != "skip")
    done = 0
    # New and changed records wait here, checked, and are written a chunk at a time; a row
    # whose name a waiting row has writes them first, so a row is checked against every row
    # before it that could clash with it (the checks compare records by name), and a record
    # a waiting row changes is written before another row changes it again. Their ties
    # follow them, each after its partner.
    waiting: list[tuple[RowPlan, Record, dict[str, object]]] = []
    changing: list[tuple[RowPlan, Record, Record, dict[str, object]]] = []
    names: set[str] = set()
    changed_ids: set[int] = set()  # records this import has changed (read again if met again)
    read_ahead: dict[int, Record] = {}  # records the next update rows change, read together

    def label_key(record: Record) -> str:
        return name_key(str(getattr(record, SPECS[entity].label_col) or ""))

    def write_waiting() -> None:
        if waiting:
            try:
                created = reg.records.create_checked([r for _, r, _ in waiting],
                                                     batch_id=batch_id)
            except CoreError:  # found again row by row, to name the row
                created = []
                for plan_row, record, _ in waiting:
                    try:
                        created.append(reg.records.create(record, batch_id=batch_id))
                    except CoreError as exc:
                        raise ImportRefused(code="import.row_failed", row=plan_row.row,
                                            problem=exc) from exc
            result.created += len(created)
            new_ties = [(record, tie) for (_, _, values), record in zip(waiting, created,
                                                                         strict=True)
                        if isinstance(record, Partner) and (tie := ties.of(values))]
            try:
                result.ties_created += ties.write_new(reg, new_ties, batch_id)
            except CoreError:  # found again row by row, to name the row
                for (plan_row, _, values), record in zip(waiting, created, strict=True):
                    _write_tie(reg, plan_row, record, values, batch_id, result)
            waiting.clear()
        if changing:
            try:
                stored = reg.records.update_checked([(c, r) for _, c, r, _ in changing],
                                                    batch_id=batch_id)
            except CoreError:  # found again row by row, to name the row
                stored = []
                for plan_row, _, record, _ in changing:
                    try:
                        stored.append(reg.records.update(record, batch_id=batch_id))
                    except CoreError as exc:
                        raise ImportRefused(code="import.row_failed", row=plan_row.row,
                                            problem=exc) from exc
            for (plan_row, current, _, values), record in zip(changing, stored, strict=True):
                result.updated += record is not current
                result.unchanged += record is current
                _write_tie(reg, plan_row, record, values, batch_id, result)
            changing.clear()
        names.clear()

    def existing_of(index: int, record_id: int) -> Record:
        """The record an update row changes, as stored now; the records of the next update
        rows are read with it, in one go."""
        if record_id in changed_ids:
            return reg.records.get(cls, record_id)
        if record_id not in read_ahead:
            read_ahead.clear()
            ahead = [r.match_id for r in plan.rows[index:index + _WRITE_CHUNK]
                     if r.action == "update" and r.match_id is not None
                     and r.match_id not in changed_ids]
            read_ahead.update(reg.records.get_many(cls, ahead))
        found = read_ahead.pop(record_id, None)
        return found if found is not None else reg.records.get(cls, record_id)

    try:
        with collector.held_off(), reg.db.transaction():
            # Saved since the plan checked every row (or unknown)? Then the new records are
            # checked again: what the plan found may no longer hold (a record of the same
            # name saved, a linked one deleted). Otherwise the plan's checks hold as made.
            as_checked = plan.checked_at is not None and reg.db.mark() == plan.checked_at
            with search_index.deferred(reg.db, entity, batch_id), search_index.deferred(
                    reg.db, "agreement" if entity == "partner" else "", batch_id):
                for index, (plan_row, (values, checked)) in enumerate(
                        zip(plan.rows, plan.read_back(), strict=True)):
                    if plan_row.action == "skip":
                        result.skipped += plan_row.status != "empty"
                        continue
                    try:
                        if plan_row.action == "update":
                            if plan_row.match_id is None:  # offered only for a match
                                raise NotFoundError(
                                    f"Row {plan_row.row} has no record to update.")
                            if plan_row.match_id in changed_ids:
                                write_waiting()  # changed by an earlier row: that first
                            existing = existing_of(index, plan_row.match_id)
                            record = build_record(entity, values, existing)
                            if label_key(record) in names:
                                write_waiting()
                            if not changed_fields(entity, existing, record):
                                result.unchanged += 1  # no write, no audit entry
                                _write_tie(reg, plan_row, existing, values, batch_id, result)
                            else:
                                changing.append((plan_row, existing, record, values))
                                names.add(label_key(record))
                                changed_ids.add(plan_row.match_id)
                                if len(changing) >= _WRITE_CHUNK:
                                    write_waiting()
                        else:
                            # the new record as the plan made and checked it
                            assert checked is not None
                            record = cls.__new__(cls)
                            record.__dict__.update(checked)
                            name = label_key(record)
                            if name in names:
                                write_waiting()
                            if not as_checked:  # as create() checks it, but for the rules
                                # on the text itself, which the plan ran on these values
                                validation.validate(reg.conn, record, texts=False)
                            waiting.append((plan_row, record, values))
                            names.add(name)
                            if len(waiting) >= _WRITE_CHUNK:
                                write_waiting()
                    except ImportRefused:
                        raise  # a waiting row's, already named
                    except CoreError as exc:
                        raise ImportRefused(code="import.row_failed", row=plan_row.row,
                                            problem=exc) from exc
                    done += 1
                    if progress and (done % 100 == 0 or done == total):
                        progress(done, total)
                write_waiting()
                if dry_run:
                    raise _DryRun
    except _DryRun:
        pass
    if not (result.created or result.updated or result.ties_created or result.ties_dated):
        result.batch_id = None
    return result


__all__ = ["ACTIONS", "Cancelled", "FileProblem", "ImportRefused", "ImportPlan",
           "ImportResult", "MappingProblem", "RowPlan", "RowProblem", "auto_mapping",
           "custom_mapping", "match_confidence", "plan_import", "run_import"]
