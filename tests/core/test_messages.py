"""Problems and errors as data: a code and its parameters, the English sentence of each code
declared once (core/messages/catalogue.py), and the same problem in Thai from the app's Qt
catalogue — the sentence a Thai officer reads in the editor, the import wizard and the
command line."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest
import thai_catalogue
from PySide6.QtCore import QTranslator

from bkk_relations.core import errors, files, messages
from bkk_relations.core.errors import (
    Cancelled,
    CoreError,
    DatabaseOpenError,
    FileRefused,
    Problem,
    ValidationError,
)
from bkk_relations.core.excel import values
from bkk_relations.core.imports.match import Links
from bkk_relations.core.imports.run import plan_import
from bkk_relations.core.messages import MESSAGES
from bkk_relations.core.records.models import Partner, Project
from bkk_relations.core.storage.database import Database

CORE = Path(__file__).resolve().parents[2] / "bkk_relations" / "core"


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    return thai_catalogue.build(tmp_path_factory.mktemp("i18n"))


@pytest.fixture(scope="module")
def thai(compiled):
    catalogue = QTranslator()
    assert catalogue.load(str(compiled[0]))

    def translate(context: str, text: str) -> str:
        return catalogue.translate(context, text) or text

    return translate


def test_every_message_has_its_thai_with_the_same_parameters(compiled, thai):
    assert compiled[1] == []  # nothing unfinished
    fmt = string.Formatter()
    for code, english in MESSAGES.items():
        translated = thai("messages", english)
        words = re.findall(r"[^\W\d_]+", re.sub(r"\{[^}]*\}", "", english))
        assert translated != english or not words, code
        fields_en = {(f, s) for _, f, s, _ in fmt.parse(english) if f is not None}
        fields_th = {(f, s) for _, f, s, _ in fmt.parse(translated) if f is not None}
        assert fields_en == fields_th, code


def test_a_refused_save_lists_its_problems_as_codes_with_the_english_sentences(repo):
    with pytest.raises(ValidationError) as caught:
        repo.create(Partner(name_en="", kind="village", country="XX", latitude=91.0))
    error = caught.value
    assert {p.code for p in error.problems} == {
        "required.name_en", "choice.unknown", "partner.country_code", "partner.latitude"}
    assert error.for_field("name_en") == ["The English name is required."]
    assert error.for_field("country") == [
        "'XX' is not an ISO-3166 country code (e.g. TH, KR, JP)."]
    assert "name_en: The English name is required." in str(error)
    choice = next(p for p in error.problems if p.code == "choice.unknown")
    assert choice.params["value"] == "village"


def test_the_thai_editor_shows_every_problem_in_thai(repo, thai):
    with pytest.raises(ValidationError) as caught:
        repo.create(Partner(name_en="x" * 301, kind="village", country="JP"))
    shown = {p.field: p.text("th", thai) for p in caught.value.problems}
    assert shown["name_en"] == "ข้อความนี้ยาว 301 ตัวอักษร ช่องนี้รับได้ไม่เกิน 300 ตัวอักษร"
    assert shown["kind"].startswith("'village' ไม่ใช่ลักษณะคู่ความร่วมมือที่รู้จัก")
    assert Problem("name_en", "required.name_en").text("th", thai) == "ต้องระบุชื่อภาษาอังกฤษ"
    with pytest.raises(ValidationError) as caught:
        repo.create(Project(title_en="P", start_date="2024", end_date="2020",
                            partner_ids=[999]))
    shown = {p.field: p.text("th", thai) for p in caught.value.problems}
    assert shown == {"end_date": "วันสิ้นสุดอยู่ก่อนวันเริ่มต้น",
                     "partner_ids": "ไม่มีคู่ความร่วมมือที่มีรหัส 999"}


def test_an_import_names_rows_columns_and_fields_in_the_readers_language(reg, thai, tmp_path):
    unknown = tmp_path / "towns.csv"
    unknown.write_text("Ort,Population\nSeoul,9000000\n", encoding="utf-8")
    with plan_import(reg, str(unknown), "partners") as plan:
        [problem] = plan.file_problems
    assert str(problem).startswith("towns.csv: none of the columns (Ort, "
                                   "Population) names a partner field; expected columns such "
                                   "as Name, Thai name, Acronym")
    assert problem.text("th", thai).startswith(
        "towns.csv: ไม่มีคอลัมน์ใด (Ort, Population) ที่ตรงกับข้อมูลของ"
        "คู่ความร่วมมือ คอลัมน์ที่ควรมี เช่น ชื่อ, ชื่อภาษาไทย, ชื่อย่อ")
    without_name = tmp_path / "cities.csv"
    without_name.write_text("Ort,Country\nSeoul,KR\n", encoding="utf-8")
    with plan_import(reg, str(without_name), "partners") as plan:
        [problem] = plan.file_problems
    assert str(problem) == ("cities.csv: no column for Name (required); the "
                            "file's columns are: Ort, Country.")
    assert problem.text("th", thai) == ("cities.csv: ไม่มีคอลัมน์สำหรับ ชื่อ "
                                        "(จำเป็นต้องมี) คอลัมน์ของไฟล์คือ: Ort, Country")

    cells = tmp_path / "partners.csv"
    cells.write_text("Name,Country,Kind\nSeoul,Atlantis,City\n,JP,village\n", encoding="utf-8")
    with plan_import(reg, str(cells), "partners") as plan:
        english = [str(p) for p in plan.problems]
        shown = [p.text("th", thai) for p in plan.problems]
    assert "Row 2, Country (B): 'Atlantis' is not a country we know; write its English or " \
           "Thai name or its ISO code (e.g. Japan, ญี่ปุ่น, JP)" in english
    assert "แถว 2, Country (B): 'Atlantis' ไม่ใช่ประเทศที่รู้จัก โปรดเขียนชื่อภาษาอังกฤษหรือ" \
           "ภาษาไทย หรือรหัส ISO (เช่น Japan, ญี่ปุ่น, JP)" in shown
    assert "แถว 3, Name (A): ต้องระบุชื่อภาษาอังกฤษ" in shown
    vocab = next(t for t in shown if t.startswith("แถว 3, Kind (C)"))
    assert "'village' ไม่ตรงกับค่าใดต่อไปนี้: เมือง; องค์กร" in vocab  # the labels in Thai


def test_every_problem_of_a_cell_naming_several_records_is_told(reg, thai):
    with pytest.raises(ValueError) as caught:
        Links(reg.conn).many("partner", "Seoul; Busan")
    assert str(caught.value) == ("no partner is named 'Seoul'; add it first, or check the "
                                 "spelling; no partner is named 'Busan'; add it first, or "
                                 "check the spelling")
    assert caught.value.text("th", thai) == (
        "ไม่มีคู่ความร่วมมือชื่อ 'Seoul' โปรดเพิ่มก่อน หรือตรวจสอบการสะกด; "
        "ไม่มีคู่ความร่วมมือชื่อ 'Busan' โปรดเพิ่มก่อน หรือตรวจสอบการสะกด")


def test_a_parse_problem_is_a_value_error_that_carries_its_code():
    with pytest.raises(ValueError, match="is not a date; write it as dd/mm/yyyy") as caught:
        values.parse_date("someday")
    assert (caught.value.code, caught.value.params) == ("value.not_date", {"text": "someday"})


def test_file_and_database_refusals_carry_codes_and_read_in_thai(tmp_path, thai):
    with pytest.raises(FileRefused) as caught:
        files.input_file(tmp_path / "gone.xlsx", what="spreadsheet")
    assert caught.value.code == "file.missing"
    assert caught.value.text("th", thai) == f"ไม่พบ {tmp_path / 'gone.xlsx'}"
    with pytest.raises(FileRefused) as caught:
        files.input_file(tmp_path, what="spreadsheet")
    assert caught.value.text("th", thai) == f"{tmp_path} เป็นโฟลเดอร์ โปรดเลือกไฟล์ตารางคำนวณ"
    with pytest.raises(DatabaseOpenError) as caught:
        Database.open(tmp_path / "none.db")
    assert str(caught.value) == f"{tmp_path / 'none.db'} does not exist."
    assert caught.value.text("th", thai) == f"ไม่พบ {tmp_path / 'none.db'}"


def test_a_code_missing_from_the_catalogue_is_a_mistake_said_loudly():
    with pytest.raises(KeyError, match="no message 'import.nothing'"):
        messages.text("import.nothing")
    assert messages.text("Cancelled.") == "Cancelled."  # a sentence already written
    assert str(CoreError("A sentence.")) == "A sentence."


def _codes_written_in_the_core() -> set[str]:
    """Every string the core hands over as a message code: code=…, Msg(…), ParseError(…),
    MappingProblem(…), Problem(field, …), RowProblem(row, column, …) and the validation
    checker's add/required/date_order."""
    found = set()
    positions = {"Msg": 0, "ParseError": 0, "MappingProblem": 0, "Problem": 1,
                 "RowProblem": 2, "add": 1, "required": 2, "date_order": 4}
    for path in CORE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            for kw in node.keywords:
                if kw.arg == "code" and isinstance(kw.value, ast.Constant):
                    found.add(kw.value.value)
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            at = positions.get(name or "")
            if at is not None and len(node.args) > at \
                    and isinstance(node.args[at], ast.Constant) \
                    and isinstance(node.args[at].value, str):
                found.add(node.args[at].value)
    return {c for c in found if messages._CODE.fullmatch(c)}


def test_every_code_the_core_uses_is_in_the_catalogue():
    used = _codes_written_in_the_core()
    assert len(used) > 100
    assert used - set(MESSAGES) == set()


def test_every_error_class_lives_in_errors_with_one_cancelled():
    from bkk_relations.core.excel import writer
    from bkk_relations.core.graph import model

    assert writer.Cancelled is model.Cancelled is Cancelled
    for path in CORE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and any(
                    getattr(b, "id", "").endswith(("Error", "Problem", "Refused"))
                    or getattr(b, "id", "") in ("CoreError", "Exception", "ValueError")
                    for b in node.bases) and not node.name.startswith("_"):
                assert path.name == "errors.py", f"{node.name} in {path}"
    assert issubclass(errors.ParseError, ValueError)
