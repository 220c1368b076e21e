"""A sheet that ends with a totals row ("รวม", "Total" in the name column, sums beside it):
the row is left out with a note saying why, and the rest imports; a row named so among the
data, or a partner whose name merely holds the word, is imported as any other row."""

from __future__ import annotations

from pathlib import Path

import pytest
import xlsxwriter

from bkk_relations.core.excel.columns import is_totals_label
from bkk_relations.core.imports.run import plan_import, run_import
from bkk_relations.core.records.models import Partner

HEADERS = ["Name", "Country", "Kind", "Participants in 2566", "Notes"]
KOBE = ["Kobe", "Japan", "city", 12, "sister city since 2549"]
LYON = ["Lyon", "France", "city", 30, None]


def sheet(path: Path, rows: list[list[object]]) -> Path:
    """An office's sheet as xlsxwriter saves it, a SUM formula in the totals row."""
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet("Partners")
    for r, row in enumerate([HEADERS, *rows]):
        for c, value in enumerate(row):
            if isinstance(value, str) and value.startswith("="):
                ws.write_formula(r, c, value, None, 42)
            elif value is not None:
                ws.write(r, c, value)
    book.close()
    return path


def _totals_notes(plan) -> dict[int, list[str]]:
    return {r.row: [str(n) for n in r.notes] for r in plan.rows
            if any(n.code == "import.note.totals_row" for n in r.notes)}


@pytest.mark.parametrize("label", ["Total", "รวม:", "  GRAND   total ", "รวมทั้งสิ้น"])
def test_a_totals_row_at_the_end_is_left_out_and_the_rest_imports(reg, repo, tmp_path,
                                                                  label):
    path = sheet(tmp_path / "partners.xlsx", [KOBE, LYON, [label, None, None, "=SUM(D2:D3)"]])
    with plan_import(reg, str(path), "partners") as plan:
        assert plan.ok, [str(p) for p in plan.problems]
        assert [r.action for r in plan.rows] == ["create", "create", "skip"]
        shown = label.strip()
        assert _totals_notes(plan) == {4: [
            f"Row 4, Name (A): “{shown}” looks like a totals row, not a record: left out of "
            "the import"]}
        result = run_import(reg, plan)
    assert (result.created, result.skipped) == (2, 1)
    assert sorted(p.name_en for p in repo.list(Partner).records) == ["Kobe", "Lyon"]


def test_a_totals_word_in_the_sequence_column_marks_the_row_whose_name_is_a_count(
        reg, tmp_path):
    """"รวม" in the ลำดับ column, and in the name column a count of the names above
    (=COUNTA, saved without its value): a totals row too."""
    book = xlsxwriter.Workbook(str(tmp_path / "partners.xlsx"))
    ws = book.add_worksheet()
    ws.write_row(0, 0, ["ลำดับ", "ชื่อ", "ประเทศ"])
    ws.write_row(1, 0, [1, "Kobe", "Japan"])
    ws.write_row(2, 0, [2, "Lyon", "France"])
    ws.write(3, 0, "รวม")
    ws.write_formula(3, 1, "=COUNTA(B2:B3)", None, "")
    book.close()
    with plan_import(reg, str(tmp_path / "partners.xlsx"), "partners") as plan:
        assert plan.ok, [str(p) for p in plan.problems]
        assert [r.action for r in plan.rows] == ["create", "create", "skip"]
        assert [str(n) for n in plan.rows[2].notes if n.code == "import.note.totals_row"] == [
            "Row 4, ชื่อ (B): “รวม” looks like a totals row, not a record: left out of the "
            "import"]


def test_a_totals_row_can_still_be_imported_and_then_meets_its_problems(reg, tmp_path):
    path = sheet(tmp_path / "partners.xlsx", [KOBE, ["Total", None, "city", "=SUM(D2)"]])
    with plan_import(reg, str(path), "partners") as plan:
        assert plan.ok
        plan.set_action(3, "create")
        assert [str(p) for p in plan.problems] == ["Row 3, Country (B): A city needs its "
                                                   "country."]


def test_several_totals_rows_end_the_data_and_are_all_left_out(reg, tmp_path):
    path = sheet(tmp_path / "partners.xlsx", [
        KOBE, LYON, ["Subtotal", None, None, "=SUM(D2:D3)"], [None] * 5,
        ["ทั้งหมด", None, None, "=D4"]])
    with plan_import(reg, str(path), "partners") as plan:
        assert plan.ok, [str(p) for p in plan.problems]
        assert [(r.row, r.action) for r in plan.rows if r.status != "empty"] == [
            (2, "create"), (3, "create"), (4, "skip"), (6, "skip")]
        assert sorted(_totals_notes(plan)) == [4, 6]


def test_a_totals_word_among_the_data_or_inside_a_name_is_a_record(reg, repo, make,
                                                                     tmp_path):
    path = sheet(tmp_path / "partners.xlsx", [
        KOBE, ["Total", None, None, 5, None], LYON,
        ["Total Energies", "France", "organisation", 3, None]])
    with plan_import(reg, str(path), "partners") as plan:
        assert _totals_notes(plan) == {}
        assert [r.action for r in plan.rows] == ["create"] * 4
        # the row among the data is checked as a record is, and says what it lacks
        assert [str(p) for p in plan.problems if p.row == 3] == [
            "Row 3, Country (B): A city needs its country."]


@pytest.mark.parametrize("text, totals", [
    ("Total", True), ("TOTAL:", True), ("grand total", True), ("Grand  Total :", True),
    ("Sum", True), ("รวม", True), ("รวม：", True), ("รวม ทั้งสิ้น", True), ("ทั้งหมด", True),
    ("Total Energies", False), ("รวมพลัง", False), ("Totals of 2566", False), ("", False),
    (None, False), (42, False),
])
def test_which_labels_are_a_totals_row(text, totals):
    assert is_totals_label(text) is totals
