"""How many lines a wrapped text takes in a printed report's row: a Thai row is not a line
taller than its text, and never shorter (a cut-off last line is lost on paper). Checked
against the installed fonts where they are there, as LibreOffice lays them out (a column
unit of the digit of Arial or its metric twin, Thai from the Thai font)."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata

import pytest

from bkk_relations.core.documents import thai_text
from bkk_relations.core.excel.writer import wrapped_lines

LONG_THAI = [
    "การรับมือการเปลี่ยนแปลงสภาพภูมิอากาศ",
    "แผนยุทธศาสตร์ด้านการต่างประเทศของกรุงเทพมหานคร พ.ศ. 2566–2570",
    "กลุ่มความร่วมมือของเมืองด้านภาวะผู้นำการรับมือการเปลี่ยนแปลงสภาพภูมิอากาศ ซี 40",
    "เครือข่ายซิตี้เน็ต (เครือข่ายองค์กรปกครองส่วนท้องถิ่นระดับภูมิภาคเพื่อการจัดการการ"
    "ตั้งถิ่นฐานมนุษย์)",
    "โครงการแลกเปลี่ยนความรู้ด้านการจัดการขยะมูลฝอยและการทำปุ๋ยหมัก " * 3,
]


def test_a_thai_text_that_fits_the_column_gets_one_line():
    # 10 letters, narrow ones among them: about 9.7 of Arial's digits wide in Loma
    assert wrapped_lines("เมืองโตเกียว", 11) == 1
    assert wrapped_lines("ดำเนินการอยู่", 12) == 1


def test_english_estimates_wrap_as_arial_does():
    # the lines LibreOffice gives these texts in Arial's metric twin, columns as written
    assert wrapped_lines("Beijing Municipal People's Congress", 30) == 2
    assert wrapped_lines("Exchange programme on solid waste management. " * 3, 30) == 6
    assert wrapped_lines("C40 Cities Climate Leadership Group", 18) == 2
    assert wrapped_lines("Revised MOU on cooperation\nand friendship", 20) == 3


def _font(pattern: str) -> str | None:
    if not shutil.which("fc-match"):
        return None
    found = subprocess.run(["fc-match", "-f", "%{file}", pattern], capture_output=True,
                           text=True, check=False).stdout.strip()
    return found or None


@pytest.fixture(scope="module")
def installed_measure():
    """The width of a text in the unit LibreOffice gives a column here: the digit of the
    font standing in for Arial (the reports' font), Thai letters from the Thai font."""
    ttlib = pytest.importorskip("fontTools.ttLib")
    latin_path, thai_path = _font("Arial"), _font(":lang=th")
    if not latin_path or not thai_path:
        pytest.skip("no Thai font installed")

    def advances(path):
        font = ttlib.TTFont(path, fontNumber=0)
        cmap, metrics = font.getBestCmap(), font["hmtx"]
        upm = font["head"].unitsPerEm
        return {chr(c): metrics[g][0] / upm for c, g in cmap.items()}

    latin, thai = advances(latin_path), advances(thai_path)
    if "ก" not in thai or "0" not in latin:
        pytest.skip("no Thai font installed")
    digit = latin["0"]

    def measure(text: str) -> float:
        total = 0.0
        for ch in text:
            if unicodedata.category(ch) == "Mn":
                continue
            total += (thai.get(ch) if "\u0e00" <= ch <= "\u0e7f" else None) \
                or latin.get(ch) or thai.get(ch, digit)
        return total / digit

    return measure


@pytest.mark.parametrize("text", LONG_THAI, ids=lambda t: f"{len(t)}-letters")
def test_a_long_thai_text_gets_every_line_it_needs(installed_measure, text):
    for width in (10, 12, 16, 18, 22, 30, 40):
        needed = len(thai_text.wrap(text, width, installed_measure))
        assert wrapped_lines(text, width) >= needed, (width, text)


def test_a_short_thai_text_fits_one_line_with_the_installed_fonts(installed_measure):
    for text, width in (("เมืองโตเกียว", 11), ("ดำเนินการอยู่", 12)):
        assert installed_measure(text) <= width  # so one line is right, not too few
