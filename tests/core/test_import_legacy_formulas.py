"""A formula with no value in an .ods or .xls sheet is never dropped without a word.

The two files in tests/fixtures were saved by LibreOffice (``soffice --headless
--convert-to ods|xls``) from an .xlsx whose cells C2 and F6 hold the notes "=ติดตามผล" and
"=ประสานงาน" typed as formulas (LibreOffice computes them to #NAME?) and C5 holds =1+1;
rows 3 and 4 are empty, D and E too.
"""

from __future__ import annotations

from pathlib import Path

from bkk_relations.core.excel.legacy_formulas import xls_formulas
from bkk_relations.core.imports.run import plan_import, run_import
from bkk_relations.core.messages import render
from bkk_relations.core.records.models import Partner

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def notes_of(plan) -> list[tuple[int, str]]:
    return [(n.row, render(n, "en").split(": ", 1)[1]) for r in plan.rows for n in r.notes]


def test_an_ods_formula_is_kept_as_its_text_and_said_so(reg) -> None:
    with plan_import(reg, str(FIXTURES / "formulas.ods"), "partners",
                     overrides={"Remarks": "notes", "Notes": None}) as plan:
        assert plan.ok
        assert [v for v in plan.values() if v] == [
            {"name_en": "Busan", "country": "KR"}, {"name_en": "Osaka", "country": "JP"},
            {"name_en": "Kyoto", "country": "JP", "notes": "ประสานงาน"}]
        assert notes_of(plan) == [(6, "the cell holds the formula =ประสานงาน, which gives "
                                      "#NAME?: its text was kept as “ประสานงาน”")]
        run_import(reg, plan)
    stored = {p.name_en: p.notes for p in reg.records.list(Partner).records}
    assert stored == {"Busan": None, "Osaka": None, "Kyoto": "ประสานงาน"}


def test_an_ods_formula_in_the_first_columns_too(reg) -> None:
    with plan_import(reg, str(FIXTURES / "formulas.ods"), "partners") as plan:
        values = [v for v in plan.values() if v]
        assert values[0] == {"name_en": "Busan", "country": "KR", "notes": "ติดตามผล"}
        assert values[1]["notes"] == "2"  # a formula with a value is read as its value
        assert [row for row, _ in notes_of(plan)] == [2]


def test_an_xls_formula_that_lost_its_text_is_named(reg) -> None:
    with plan_import(reg, str(FIXTURES / "formulas.xls"), "partners") as plan:
        assert plan.ok
        values = [v for v in plan.values() if v]
        assert values[0] == {"name_en": "Busan", "country": "KR"}
        assert values[1]["notes"] == "2"
        assert notes_of(plan) == [(2, "the cell holds a formula that gives #NAME?, whose text "
                                      "an .xls file does not keep: the cell was left empty "
                                      "(save the sheet as .xlsx or .ods to keep it)")]


def test_a_damaged_xls_container_is_read_within_its_bounds(tmp_path) -> None:
    """A container whose sector chain loops back on itself, or points past the file, gives
    no formula cells (calamine then says whether the file can be read at all)."""
    data = bytearray((FIXTURES / "formulas.xls").read_bytes())
    looped = bytearray(data)
    looped[0x44:0x4C] = (0).to_bytes(4, "little") + (0xFFFFFFFF).to_bytes(4, "little")
    past = bytearray(data)
    past[0x30:0x34] = (0x7FFFFFF0).to_bytes(4, "little")  # the directory, far beyond the end
    for name, content in (("looped.xls", looped), ("past.xls", past)):
        path = tmp_path / name
        path.write_bytes(bytes(content))
        assert isinstance(xls_formulas(str(path)), dict)
