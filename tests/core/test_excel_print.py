"""Printing the exported workbooks on A4, read back with openpyxl as Excel and LibreOffice
will print them: text never below 9 pt, long texts wrapped in rows tall enough, the header
row and first columns on every page, the title and page numbers in the page header and
footer, and the columns a page holds unless every column is asked for."""

from __future__ import annotations

import datetime as dt
import itertools
import math
import re

import openpyxl
import pytest

from bkk_relations.core.excel.export import ExportOptions, export_list
from bkk_relations.core.excel.reports import PAPER, REPORTS, SHEETS, export_report
from bkk_relations.core.graph.export import write_excel
from bkk_relations.core.graph.model import build_graph, compute_metrics, load_graph_data, risks
from bkk_relations.core.records.models import Partner
from bkk_relations.core.register import Register
from bkk_relations.core.storage.database import Database

TODAY = dt.date(2024, 3, 1)
EN = ExportOptions(today=TODAY, user="tester")
TH = ExportOptions(language="th", calendar="buddhist", today=TODAY, user="tester")
A4 = 9
THAI_MARKS = re.compile("[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]")
MIN_PT = 9
# A4 less 0.4-inch side margins, in pixels at 96 dpi; a column of width w takes 7w + 5 px.
PRINTABLE_PX = {"landscape": (11.69 - 0.8) * 96, "portrait": (8.27 - 0.8) * 96}


@pytest.fixture(scope="module")
def demo(demo_path):
    database = Database.open(demo_path)
    yield Register(database, user="tester")
    database.close()


def width(ws, col: int) -> float:
    for dim in ws.column_dimensions.values():
        if dim.min and dim.max and dim.min <= col <= dim.max:
            return dim.width
    return 8.43


def columns(ws) -> int:
    return sum(1 for c in ws[3] if c.value is not None)


def smallest_printed_pt(ws) -> float:
    sizes = [c.font.sz or 11 for row in ws.iter_rows(max_row=60) for c in row
             if c.value is not None]
    return min(sizes) * (ws.page_setup.scale or 100) / 100  # none written: 100 %


def check_page(ws) -> None:
    """What every exported sheet shares on paper."""
    fit = ws.sheet_properties.pageSetUpPr
    assert not (fit and fit.fitToPage), f"{ws.title}: shrunk to fit, whatever the size"
    assert ws.page_setup.paperSize == A4
    assert smallest_printed_pt(ws) >= MIN_PT, ws.title
    assert ws.oddFooter.right.text and "&P" in ws.oddFooter.right.text
    assert ws.oddHeader.center.text
    # only the table is printed: a long title over a narrow table adds no empty pages
    from openpyxl.utils import get_column_letter
    filled = max(r for r, row in enumerate(ws.iter_rows(values_only=True), 1) if any(
        v is not None for v in row))
    found = re.search(r"!\$A\$1:\$([A-Z]+)\$(\d+)$", str(ws.print_area))
    assert found and found[1] == get_column_letter(ws.max_column), (ws.title, ws.print_area)
    assert filled <= int(found[2]) <= filled + 1  # an empty table keeps one blank row


def report(demo, tmp_path, name: str, options: ExportOptions, **kw) -> openpyxl.Workbook:
    path = tmp_path / f"{name}-{options.language}.xlsx"
    extra = {"partner_id": demo.records.list(Partner).records[0].id} if name == "profile" \
        else {}
    export_report(demo, name, path, options=options, **extra, **kw)
    return openpyxl.load_workbook(path)


@pytest.mark.parametrize("options", [EN, TH], ids=["english", "thai"])
@pytest.mark.parametrize("name", list(REPORTS))
def test_every_report_prints_at_nine_points_or_more(demo, tmp_path, name, options):
    wb = report(demo, tmp_path, name, options)
    for ws in wb:
        check_page(ws)
        assert ws.print_title_rows == "$3:$3"  # the header row on every page


@pytest.mark.parametrize("name", ["partners", "agreements", "projects", "activities"])
def test_a_report_for_paper_fits_one_landscape_page_wide(demo, tmp_path, name):
    ws = report(demo, tmp_path, name, EN).worksheets[0]
    entity = SHEETS[{"partners": "partner", "agreements": "agreement",
                     "projects": "project", "activities": "activity"}[name]].entity
    assert columns(ws) == len(PAPER[entity]) < len(SHEETS[entity].keys)
    px = sum(7 * width(ws, c) + 5 for c in range(1, columns(ws) + 1))
    setup = ws.page_setup
    assert px * (setup.scale or 100) / 100 <= PRINTABLE_PX[setup.orientation]
    assert setup.orientation == "landscape"  # too wide for portrait at full size


def test_every_column_goes_on_over_pages_with_the_names_repeated(demo, tmp_path):
    ws = report(demo, tmp_path, "partners", EN, all_columns=True).worksheets[0]
    assert columns(ws) == len(SHEETS["partner"].keys)
    check_page(ws)
    assert ws.print_title_cols == "$A:$A"
    activities = report(demo, tmp_path, "activities", EN, all_columns=True).worksheets[0]
    assert activities.print_title_cols == "$A:$C"  # date, end date and title


def test_a_small_table_prints_portrait_at_full_size(demo, tmp_path):
    wb = report(demo, tmp_path, "profile", EN)
    info = wb.worksheets[0]  # field and value
    assert info.page_setup.orientation == "portrait"
    assert (info.page_setup.scale or 100) == 100
    assert wb["Filters"].page_setup.orientation == "portrait"


@pytest.mark.parametrize(("text", "line_pt"), [
    ("Exchange programme on solid waste management and composting. " * 6, 12.75),
    ("โครงการแลกเปลี่ยนความรู้ด้านการจัดการขยะมูลฝอยและการทำปุ๋ยหมัก " * 6, 16),
], ids=["english", "thai"])
def test_long_texts_wrap_in_rows_tall_enough(repo, make, tmp_path, reg, text, line_pt):
    make.partner(name_en="Short", country="JP")
    make.partner(name_en="Wordy", country="JP", notes=text.strip())
    path = tmp_path / "notes.xlsx"
    export_report(reg, "partners", path, options=EN, all_columns=True)
    ws = openpyxl.load_workbook(path)["Partners"]
    col = [c.value for c in ws[3]].index("Notes") + 1
    row = next(r for r in range(4, ws.max_row + 1) if ws.cell(r, 1).value == "Wordy")
    cell = ws.cell(row, col)
    assert cell.alignment.wrap_text
    letters = len(THAI_MARKS.sub("", text.strip()))  # marks above and below take no room
    lines = math.ceil(letters * 0.9 / width(ws, col))  # at least this many lines
    assert ws.row_dimensions[row].height >= lines * line_pt
    short = next(r for r in range(4, ws.max_row + 1) if ws.cell(r, 1).value == "Short")
    # one line: the default height, a Thai line's where the sheet holds Thai
    assert (ws.row_dimensions[short].height or 12.75) <= line_pt + 1.5


def test_header_and_footer_in_the_reports_language(demo, tmp_path):
    ws = report(demo, tmp_path, "agreements", TH).worksheets[0]
    assert "ทะเบียนความตกลง" in ws.oddHeader.center.text
    assert ws.oddFooter.right.text == "หน้า &P จาก &N"
    assert ws.oddFooter.left.text == "&A"  # the sheet's name
    ws = report(demo, tmp_path, "agreements", EN).worksheets[0]
    assert "Agreement register" in ws.oddHeader.center.text
    assert ws.oddFooter.right.text == "Page &P of &N"


def test_a_list_as_shown_prints_the_same_way(demo, tmp_path):
    path = tmp_path / "list.xlsx"
    export_list(demo, "partner", None, ["name_en", "name_th", "country", "ties"], path, TH)
    ws = openpyxl.load_workbook(path).worksheets[0]
    check_page(ws)
    assert ws.oddFooter.right.text == "หน้า &P จาก &N"


def test_cli_writes_every_column_only_when_asked(demo_path, tmp_path):
    from tests.conftest import run_cli

    for extra, wanted in (((), len(PAPER["agreement"])),
                          (("--all-columns",), len(SHEETS["agreement"].keys))):
        out = tmp_path / f"a{len(extra)}.xlsx"
        done = run_cli("export", "--db", demo_path, "--report", "agreements", *extra,
                       "--out", out)
        assert done.returncode == 0, done.stderr
        assert columns(openpyxl.load_workbook(out).worksheets[0]) == wanted


def test_graph_workbook_prints_like_the_reports(demo, tmp_path):
    g = build_graph(load_graph_data(demo.conn))
    path = tmp_path / "graph.xlsx"
    write_excel(g, path, compute_metrics(g), risks(g), title="Network of Bangkok", lang="th")
    wb = openpyxl.load_workbook(path)
    for ws in wb:
        check_page(ws)
        assert ws.print_title_rows == "$1:$1"
        assert "Network of Bangkok" in ws.oddHeader.center.text
        assert ws.oddFooter.right.text == "หน้า &P จาก &N"
    nodes = wb.worksheets[0]  # the nodes (named in Thai in a Thai workbook)
    assert nodes.print_title_cols == "$A:$B"  # node and name on every page
    long_name = max(range(2, nodes.max_row + 1), key=lambda r: len(nodes.cell(r, 2).value or ""))
    assert nodes.cell(long_name, 2).alignment.wrap_text


def test_an_ampersand_or_a_very_long_name_keeps_the_page_header(repo, make, db, tmp_path,
                                                                reg):
    db.set_setting("home_city_en", "Krung & Thep")
    partner = make.partner(name_en="Alliance of " + "Cities & Regions " * 16, country="JP")
    path = tmp_path / "profile.xlsx"
    export_report(reg, "profile", path, partner_id=partner.id, options=EN)
    for ws in openpyxl.load_workbook(path):
        header = ws.oddHeader.center.text
        assert header.startswith("Krung && Thep — Partner profile: Alliance of Cities && ")
        assert len(header) <= 255 and header.endswith("…")  # Excel drops a longer header


@pytest.mark.parametrize("kind", ["report", "graph"])
def test_every_cell_prints_in_a_font_each_office_program_lays_out_alike(demo, tmp_path,
                                                                       kind):
    # Excel's Calibri is missing where LibreOffice prints, and the wider font it took left
    # a report's last column alone on a page of its own. Arial has metric twins there.
    if kind == "report":
        wb = report(demo, tmp_path, "projects", TH)
    else:
        g = build_graph(load_graph_data(demo.conn))
        path = tmp_path / "graph.xlsx"
        write_excel(g, path, compute_metrics(g), risks(g), title="Network", lang="th")
        wb = openpyxl.load_workbook(path)
    for ws in wb:
        fonts = {c.font.name for row in ws.iter_rows(max_row=40) for c in row
                 if c.value is not None}
        assert fonts == {"Arial"}, (ws.title, fonts)


def test_a_thai_row_of_one_line_is_as_tall_as_a_thai_line(demo, tmp_path):
    ws = report(demo, tmp_path, "partners", TH).worksheets[0]
    thai = [c.value for c in ws[3]].index("ชื่อภาษาไทย") + 1
    row = next(r for r in range(4, ws.max_row + 1)
               if (v := ws.cell(r, thai).value) and len(v) < 8)  # a short Thai name
    height = ws.row_dimensions[row].height or ws.sheet_format.defaultRowHeight
    assert height >= 16  # Loma's line at 10 pt: no cut descenders


def test_a_thai_row_after_english_ones_is_as_tall_as_a_thai_line(repo, make, tmp_path,
                                                                 reg, monkeypatch):
    # The first rows decide the sheet's row height; a Thai row after them gets its own.
    from bkk_relations.core.excel import writer

    monkeypatch.setattr(writer, "WIDTH_SAMPLE_ROWS", 2)
    for name in ("Aa", "Ab", "Ac"):
        make.partner(name_en=name, country="JP")
    make.partner(name_en="Zz", name_th="ซี", country="JP")
    path = tmp_path / "late.xlsx"
    export_report(reg, "partners", path, options=EN)
    ws = openpyxl.load_workbook(path)["Partners"]
    rows = {ws.cell(r, 1).value: r for r in range(4, ws.max_row + 1)}
    assert not ws.row_dimensions[rows["Aa"]].height
    assert ws.row_dimensions[rows["Zz"]].height >= 16


def _pieces(widths, breaks, key):
    starts = [0, *breaks, len(widths)]
    px = [7 * w + 5 for w in widths]
    return [(sum(px[:key]) if i else 0) + sum(px[a:b])
            for i, (a, b) in enumerate(itertools.pairwise(starts))]


@pytest.mark.parametrize("widths", [[10.0] * 17, [8.0, 30.0, *[12.0] * 15],
                                    [30.0, 30.0, 18.0, 11.0, 11.0, 14.0, 40.0, 40.0, 9.0]])
def test_a_table_wider_than_a_page_is_shared_evenly_over_its_pages(widths):
    from bkk_relations.core.excel.writer import column_breaks

    page, key = 1000.0, 2
    breaks = column_breaks(widths, page, key)
    pages = _pieces(widths, breaks, key)
    assert all(p <= page for p in pages)
    fullest = 1  # as many pages as filling each page in turn would take
    used = 0.0
    for w in (7 * w + 5 for w in widths):
        if used and used + w > page:
            fullest, used = fullest + 1, sum(7 * x + 5 for x in widths[:key])
        used += w
    assert len(pages) == fullest
    assert min(pages) >= 0.5 * max(pages)  # no page holding one leftover column


def test_the_graph_nodes_sheet_breaks_its_pages_where_they_fit(demo, tmp_path):
    g = build_graph(load_graph_data(demo.conn))
    path = tmp_path / "graph.xlsx"
    write_excel(g, path, compute_metrics(g), risks(g), title="Network", lang="th")
    ws = openpyxl.load_workbook(path).worksheets[0]
    breaks = [b.id for b in ws.col_breaks.brk]
    assert breaks  # wider than a page: where each page ends is written down
    widths = [width(ws, c) for c in range(1, ws.max_column + 1)]
    room = PRINTABLE_PX[ws.page_setup.orientation] * 100 / ws.page_setup.scale
    pages = _pieces(widths, breaks, 2)
    assert all(p <= room for p in pages)
    assert min(pages) >= 0.5 * max(pages)


def test_a_network_of_hundreds_of_members_keeps_its_row_within_a_page(repo, make, tmp_path,
                                                                      reg):
    # The parties of a network membership are every member: a row of 36 lines was taller
    # than a page, so the page before it printed empty, and taller than Excel allows.
    members = [make.partner(name_en=f"Member city number {n}", country="JP").id
               for n in range(150)]
    make.agreement(title_en="Membership of a large network", agreement_type="membership",
                   party_ids=members)
    path = tmp_path / "agreements.xlsx"
    export_report(reg, "agreements", path, options=EN)
    ws = openpyxl.load_workbook(path).worksheets[0]
    row = next(r for r in range(4, ws.max_row + 1)
               if ws.cell(r, 1).value == "Membership of a large network")
    assert ws.row_dimensions[row].height <= 409  # Excel's tallest row, within a page
    parties = [c.value for c in ws[3]].index("Parties") + 1
    assert ws.cell(row, parties).value.count("Member city number") == 150  # all kept
