"""What an import will do, row by row: the plan that ``excel_import.plan_import`` makes and
the user reviews (and changes, row by row) before ``run_import`` writes it."""

from __future__ import annotations

import pickle
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO, TYPE_CHECKING

from ..errors import ImportRefused, RowProblem
from ..excel.read import FileInfo, SheetInfo
from ..messages import MESSAGES, Joined, Msg, Name

if TYPE_CHECKING:
    from ..storage.database import Mark

__all__ = ["ACTIONS", "ACTION_LABELS", "STATUS_LABELS", "ImportPlan", "ImportRefused",
           "ImportResult", "RowPlan", "RowProblem"]

ACTIONS = ("create", "update", "skip")
STATUSES = ("new", "update", "duplicate", "empty")
# The words of each action and status (the catalogue's import.action.*, import.status.*).
ACTION_LABELS = {a: MESSAGES[f"import.action.{a}"] for a in ACTIONS}
STATUS_LABELS = {s: MESSAGES[f"import.status.{s}"] for s in STATUSES}


@dataclass(slots=True)
class RowPlan:
    """What will happen to one row, and why it may not. Kept small (slots, nothing
    allocated for a row without problems): a plan holds one per row of the file."""

    row: int
    label: str  # the row's record (its English name or title)
    status: str  # new | update | duplicate | empty
    action: str = "create"
    match_id: int | None = None
    match_label: Name | str = ""  # the record it matched, "Busan [4]", in either language
    parse_problems: tuple[RowProblem, ...] = ()
    notes: tuple[RowProblem, ...] = ()  # what was read other than as written, and why
    checks: dict[str, tuple[RowProblem, ...]] | None = None  # action → its problems
    changes: tuple[str, ...] = ()  # fields an update would change
    until: int = 0  # the last row of a run of empty rows (one plan row stands for the run)
    # Another row chosen to update the same record first (ImportPlan.mark_clashes).
    clash: RowProblem | None = None
    label_th: str | None = None  # its Thai name, where the row has one

    @property
    def name(self) -> Name:
        """The row's record as the preview names it: by its Thai name in Thai."""
        return Name(self.label, self.label_th)

    @property
    def span(self) -> int:
        return self.until - self.row + 1 if self.until else 1

    @property
    def rows_label(self) -> str:
        """"7", or "7–12" for a run of empty rows."""
        return f"{self.row}–{self.until}" if self.until > self.row else str(self.row)

    @property
    def problems(self) -> list[RowProblem]:
        if self.action == "skip":
            return []
        found = list(self.parse_problems)
        if self.checks:
            found += self.checks.get(self.action, ())
        if self.clash is not None and self.action == "update":
            found.append(self.clash)
        return found

    @property
    def choices(self) -> tuple[str, ...]:
        if self.status == "empty":
            return ("skip",)
        if self.match_id is None:
            return ("create", "skip")
        return ("update", "create", "skip")


@dataclass
class ImportPlan:
    entity: str
    file: FileInfo
    sheet: SheetInfo
    mapping: dict[int, str]  # column index → field key
    confidence: dict[int, float] = field(default_factory=dict)  # column → how sure (0–1)
    rows: list[RowPlan] = field(default_factory=list)
    file_problems: list[RowProblem] = field(default_factory=list)
    _spool: IO[bytes] | None = None  # the parsed rows, pickled in chunks
    # Where the records stood while every row was checked (storage.Database.mark), or None
    # when that cannot be told: the checks still hold while the database stands there.
    checked_at: Mark | None = None

    @property
    def problems(self) -> list[RowProblem]:
        self.mark_clashes()
        return self.file_problems + [p for r in self.rows for p in r.problems]

    @property
    def ok(self) -> bool:
        return not self.problems

    def mark_clashes(self) -> None:
        """Give each row chosen to update a record an earlier row also updates that problem,
        on the row itself (the preview shows it there, and skipping it solves it); the
        choices may change, so this is done again whenever the problems are counted."""
        first: dict[int, int] = {}
        for r in self.rows:
            r.clash = None
            if r.action == "update" and r.match_id is not None:
                if r.match_id in first:
                    r.clash = RowProblem(r.row, "", "import.same_target",
                                         {"row": first[r.match_id], "match": r.match_label})
                else:
                    first[r.match_id] = r.row

    def counts(self) -> dict[str, int]:
        """Rows by status and by chosen action, and how many have problems."""
        out: Counter[str] = Counter()
        self.mark_clashes()
        for r in self.rows:
            out[r.status] += r.span
            out["action_" + r.action] += r.span
            if r.problems:
                out["with_problems"] += 1
        return dict(out)

    @property
    def row_count(self) -> int:
        """Rows of the file below the header, up to the last with data."""
        return sum(r.span for r in self.rows)

    def set_action(self, row: int, action: str) -> None:
        for r in self.rows:
            if r.row == row:
                if action not in r.choices:
                    raise ValueError(f"row {row} cannot be set to {action!r}; "
                                     f"choose one of {', '.join(r.choices)}")
                r.action = action
                self.mark_clashes()
                return
        raise KeyError(f"no row {row} in the plan")

    def summary_message(self) -> Joined:
        """How many rows the file has, and of what kind (to be shown in a language)."""
        c = self.counts()
        parts: list[Msg] = [Msg("import.summary", {
            "rows": self.row_count, "new": c.get("new", 0), "update": c.get("update", 0),
            "duplicate": c.get("duplicate", 0)})]
        if c.get("empty"):
            parts.append(Msg("import.summary_empty", {"n": c["empty"]}))
        if c.get("with_problems"):
            parts.append(Msg("import.summary_problems", {"n": c["with_problems"]}))
        return Joined(tuple(parts), ", ")

    def summary(self) -> str:
        return str(self.summary_message())

    def values(self) -> Iterator[dict[str, object]]:
        """The parsed values of every row, in order (read back from the spool)."""
        return (values for values, _ in self.read_back())

    def read_back(self) -> Iterator[tuple[dict[str, object], dict[str, object] | None]]:
        """Each row's parsed values and, for a row with a record to check, the fields of
        the new record it would create as the plan checked it; in order."""
        if self._spool is None:
            return
        self._spool.seek(0)
        while True:
            try:
                chunk = pickle.load(self._spool)
            except EOFError:
                return
            yield from chunk

    def close(self) -> None:
        if self._spool is not None:
            self._spool.close()
            self._spool = None

    def __enter__(self) -> ImportPlan:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@dataclass
class ImportResult:
    batch_id: str | None  # None after a dry run, or when nothing was written
    created: int = 0
    updated: int = 0
    unchanged: int = 0  # rows matching a record that already holds the same values
    skipped: int = 0
    dry_run: bool = False
    ties_created: int = 0  # a partner sheet's ties (imports.ties): agreements made
    ties_dated: int = 0  # and recorded ties given the signing date they lacked
