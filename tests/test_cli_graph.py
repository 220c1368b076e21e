"""`graph` on the command line, run as a subprocess: every export format, the view options
and bad input."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import openpyxl
import pytest
from matplotlib.image import imread

from bkk_relations.core.storage.database import Database
from tests.test_cli import assert_one_error_line, run


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli-graph") / "demo.db"
    result = run("demo", "--db", path)
    assert result.returncode == 0, result.stderr
    return path


def graph(db: Path, out: Path, *args: str):
    return run("graph", "--db", db, "--out", out, *args)


def check_picture(path: Path) -> None:
    data = path.read_bytes()
    if path.suffix == ".png":
        pixels = imread(path)
        assert pixels.shape[0] > 100 and pixels.shape[1] > 100
        assert pixels.std() > 0  # not a blank page
    elif path.suffix == ".svg":
        root = ET.fromstring(data)
        assert root.tag.endswith("svg")
    else:
        assert data.startswith(b"%PDF")


@pytest.mark.parametrize("ext", [".png", ".svg", ".pdf"])
def test_pictures(cli_demo, tmp_path: Path, ext: str):
    out = tmp_path / f"net{ext}"
    result = graph(cli_demo, out, "--lang", "th", "--size-by", "betweenness",
                   "--color-by", "region", "--layout", "region")
    assert result.returncode == 0, result.stderr
    assert f"Wrote {out}: 33 nodes, 62 links (region layout" in result.stdout
    check_picture(out)


def test_png_dpi_sets_the_size(cli_demo, tmp_path: Path):
    small, large = tmp_path / "small.png", tmp_path / "large.png"
    assert graph(cli_demo, small, "--dpi", "50").returncode == 0
    assert graph(cli_demo, large, "--dpi", "100").returncode == 0
    assert abs(imread(large).shape[1] - 2 * imread(small).shape[1]) <= 1


def test_graphml_with_year_and_ego(cli_demo, tmp_path: Path):
    out = tmp_path / "net.graphml"
    result = graph(cli_demo, out, "--year", "2000", "--layout", "radial")
    assert result.returncode == 0, result.stderr
    g = nx.read_graphml(out)
    names = {d["label_en"] for _, d in g.nodes(data=True)}
    # ties begun by 2000: the 1962-1997 sister cities, CityNet (1992), the 2001 MOU not yet
    assert {"Bangkok", "Washington, D.C.", "Moscow", "CityNet – Regional Network of Local "
            "Authorities for the Management of Human Settlements"} <= names
    assert "Jakarta" not in names and "Beijing Municipal People's Congress" not in names
    assert all(d["start"] <= 2000 for _, _, d in g.edges(data=True))

    ego = tmp_path / "ego.graphml"
    result = graph(cli_demo, ego, "--ego", "Seoul", "--depth", "1")
    assert result.returncode == 0, result.stderr
    labels = {d["label_en"] for _, d in nx.read_graphml(ego).nodes(data=True)}
    assert labels == {"Seoul", "Bangkok", "Daegu", "Beijing", "Shandong Province", "Chengdu",
                      "Fukuoka", "Aichi Prefecture", "Porto"}


def test_gexf_and_excel(cli_demo, tmp_path: Path):
    gexf = tmp_path / "net.gexf"
    assert graph(cli_demo, gexf, "--projects", "--units").returncode == 0
    g = nx.read_gexf(gexf)
    kinds = {d["kind"] for _, d in g.nodes(data=True)}
    assert kinds == {"home", "city", "organisation", "project", "unit"}
    xlsx = tmp_path / "net.xlsx"
    result = graph(cli_demo, xlsx, "--kind", "organisation")
    assert result.returncode == 0, result.stderr
    wb = openpyxl.load_workbook(xlsx)
    rows = list(wb["Nodes"].iter_rows(values_only=True))
    assert {r[3] for r in rows[1:]} == {"home", "organisation"}
    about = dict(wb["About"].iter_rows(min_row=2, values_only=True))
    assert about["Betweenness"] == "exact"
    assert about["Nodes"] == len(rows) - 1


def test_dragged_positions_are_used(demo_file: Path, tmp_path: Path):
    db_path = tmp_path / "moved.db"
    db_path.write_bytes(demo_file.read_bytes())
    with Database.open(db_path) as db:
        db.set_setting("graph_positions:shell", json.dumps({"home": [0.25, -0.5]}))
    out = tmp_path / "moved.graphml"
    assert graph(db_path, out, "--layout", "shell").returncode == 0
    home = nx.read_graphml(out).nodes["home"]
    assert (home["x"], home["y"]) == (0.25, -0.5)


@pytest.mark.parametrize(("args", "message"), [
    (["--year", "abc"], "--year must be a whole number"),
    (["--year", "1500"], "--year must be between 1800 and 2200"),
    (["--depth", "3", "--ego", "Seoul"], "--depth must be between 1 and 2"),
    (["--depth", "2"], "--depth needs --ego"),
    (["--dpi", "0"], "--dpi must be between"),
    (["--layout", "circle"], "--layout must be one of force, radial, region, shell"),
    (["--size-by", "pagerank"], "--size-by must be one of"),
    (["--color-by", "mood"], "--color-by must be one of kind, region, sector"),
    (["--kind", "village"], "--kind must be one of city, organisation"),
    (["--ego", "Atlantis"], "No node in the graph matches 'Atlantis'"),
    (["--ego", "an"], "matches"),
])
def test_bad_input_exits_2_with_one_line(demo_file: Path, tmp_path: Path, args, message):
    out = tmp_path / "x.png"
    result = graph(demo_file, out, *args)
    assert result.returncode == 2
    assert message in assert_one_error_line(result)
    assert not out.exists()


def test_bad_output_files(demo_file: Path, tmp_path: Path):
    before = hashlib.sha256(demo_file.read_bytes()).hexdigest()
    result = graph(demo_file, tmp_path / "net.txt")
    assert result.returncode == 2 and "--out must end in one of" in assert_one_error_line(result)
    result = graph(demo_file, tmp_path / "missing" / "net.png")
    assert result.returncode == 2 and "does not exist" in assert_one_error_line(result)
    disguised = tmp_path / "disguised.pdf"
    disguised.write_bytes(demo_file.read_bytes())
    result = graph(demo_file, disguised)
    assert result.returncode == 2 and "is a database" in assert_one_error_line(result)
    assert disguised.read_bytes() == demo_file.read_bytes()
    result = graph(tmp_path / "none.db", tmp_path / "net.png")
    assert result.returncode == 2 and "does not exist" in assert_one_error_line(result)
    assert hashlib.sha256(demo_file.read_bytes()).hexdigest() == before


# -- names that an old file or an import may hold -------------------------------------------
def renamed_copy(demo_file: Path, folder: Path, names: list[str]) -> Path:
    """A copy of the demo whose partners are renamed by plain SQL (no validation), as an
    old file or another program may have left them: partner n gets names[n % len]."""
    path = folder / "renamed.db"
    path.write_bytes(demo_file.read_bytes())
    conn = sqlite3.connect(path)
    ids = [r[0] for r in conn.execute("SELECT id FROM partners ORDER BY id")]
    for n, pid in enumerate(ids):
        name = f"{names[n % len(names)]} {pid}"
        conn.execute("UPDATE partners SET name_en = ?, name_th = ?, acronym = ? WHERE id = ?",
                     (name, name, names[(n + 1) % len(names)], pid))
    conn.execute("UPDATE units SET name_en = ?", (names[0] + " unit",))
    conn.execute("UPDATE projects SET title_en = ?", (names[-1] + " project",))
    conn.commit()
    conn.close()
    return path


CONTROL = ["Nul\x00here", "Bell\x07and\x1b[31mescape", "Tab\tline\nbreak\vvertical",
           "ไทย\x0cfeed", "\x01\x02\x03"]


@pytest.mark.parametrize("ext", [".graphml", ".gexf", ".svg", ".xlsx"])
def test_names_with_control_characters_make_files_that_open(demo_file, tmp_path, ext):
    db = renamed_copy(demo_file, tmp_path, CONTROL)
    out = tmp_path / f"net{ext}"
    result = graph(db, out, "--projects", "--units", "--title", "Net\x07work")
    assert result.returncode == 0, result.stderr
    if ext == ".graphml":
        labels = {d["label_en"] for _, d in nx.read_graphml(out).nodes(data=True)}
    elif ext == ".gexf":
        labels = {d["label_en"] for _, d in nx.read_gexf(out).nodes(data=True)}
    elif ext == ".svg":
        labels = set()
        ET.parse(out)
    else:
        labels = {r[1] for r in openpyxl.load_workbook(out)["Nodes"].iter_rows(
            min_row=2, values_only=True)}
    if labels:  # each character XML cannot hold is marked; tab and line breaks are kept
        assert "Nul\ufffdhere 1" in labels
        assert "Bell\ufffdand\ufffd[31mescape 2" in labels
        assert any(label.startswith("Tab\tline\nbreak\ufffdvertical") for label in labels)
    assert "held control characters" in result.stdout  # and the user is told


HOSTILE = ['=HYPERLINK("http://evil.example","click")', "=cmd|' /C calc'!A0",
           "http://evil.example/x", "+1+1", "@SUM(A1:A9)", "-2+3", "\t=1+1"]


def test_the_graph_workbook_writes_every_name_as_text(demo_file, tmp_path):
    db = renamed_copy(demo_file, tmp_path, HOSTILE)
    out = tmp_path / "net.xlsx"
    result = graph(db, out, "--projects", "--units", "--title", "=1+2")
    assert result.returncode == 0, result.stderr
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Nodes", "Ties", "Risks", "About"]
    assert wb["Risks"].max_row > 1  # the demo has ties whose loss cuts partners off
    texts: set[str] = set()
    for ws in wb:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
                assert cell.hyperlink is None, (ws.title, cell.coordinate)
                if isinstance(cell.value, str):
                    texts.add(cell.value)
    for sheet, column in (("Nodes", 2), ("Ties", 2), ("Risks", 2)):
        names = {r[column - 1] for r in wb[sheet].iter_rows(min_row=2, values_only=True)}
        assert any(str(n).startswith(tuple(HOSTILE)) for n in names), sheet
    for name in HOSTILE:
        assert any(t.startswith(name) for t in texts), name
    assert "=1+2" in texts


# -- saved views, years, grouping -------------------------------------------------------------
def test_a_view_saved_in_the_app_makes_a_slide(demo_file: Path, tmp_path: Path):
    from bkk_relations.core.graph.model import GraphFilter
    from bkk_relations.core.graph.saved_views import ViewSpec, save_view
    from bkk_relations.core.register import Register

    db_path = tmp_path / "views.db"
    db_path.write_bytes(demo_file.read_bytes())
    with Database.open(db_path) as db:
        save_view(Register(db), "Networks for the Governor",
                  ViewSpec(filter=GraphFilter(kind="organisation"), layout="radial",
                           positions={"home": (0.5, 0.5)}))
    listed = run("graph", "--db", db_path, "--list-views")
    assert listed.returncode == 0 and "Networks for the Governor\t(saved by" in listed.stdout
    out = tmp_path / "slide.graphml"
    result = graph(db_path, out, "--view", "networks for the governor")
    assert result.returncode == 0, result.stderr
    assert "(radial layout;" in result.stdout
    g = nx.read_graphml(out)
    assert {d["kind"] for _, d in g.nodes(data=True)} == {"home", "organisation"}
    assert (g.nodes["home"]["x"], g.nodes["home"]["y"]) == (0.5, 0.5)
    png = tmp_path / "slide.png"
    assert graph(db_path, png, "--view", "Networks for the Governor", "--dpi", "144",
                 "--lang", "th", "--calendar", "buddhist").returncode == 0
    assert imread(png).shape[:2] == (1080, 1920)
    missing = graph(db_path, tmp_path / "x.png", "--view", "Nope")
    assert missing.returncode == 2
    assert "No saved view is called 'Nope'" in assert_one_error_line(missing)


def test_a_year_view_says_how_many_ties_have_no_start_year(cli_demo, tmp_path: Path):
    out = tmp_path / "1963.graphml"
    result = graph(cli_demo, out, "--year", "1963")
    assert result.returncode == 0, result.stderr
    assert "Note: 6 ties have no start year and are not shown." in result.stdout
    labels = {d["label_en"] for _, d in nx.read_graphml(out).nodes(data=True)}
    assert labels == {"Bangkok", "Washington, D.C."}


def test_a_goal_keeps_the_ties_aligned_to_it_and_an_ambiguous_one_is_refused(
        cli_demo, tmp_path: Path):
    out = tmp_path / "environment.graphml"
    result = graph(cli_demo, out, "--goal", "สิ่งแวดล้อมดี", "--color-by", "goal")
    assert result.returncode == 0, result.stderr
    labels = {d["label_en"] for _, d in nx.read_graphml(out).nodes(data=True)}
    assert {"Bangkok", "Chongqing"} <= labels  # the demo's waste exchange serves it
    everyone = tmp_path / "all.graphml"
    assert graph(cli_demo, everyone).returncode == 0
    assert len(labels) < nx.read_graphml(everyone).number_of_nodes()
    refused = graph(cli_demo, tmp_path / "x.png", "--goal", "1")
    assert refused.returncode != 0 and "names 2 goals" in refused.stderr
    assert "1 Safe (Governor's policy: nine dimensions)" in refused.stderr
    assert not (tmp_path / "x.png").exists()


def test_grouping_by_region_draws_regions_and_exports_every_partner(cli_demo, tmp_path: Path):
    out = tmp_path / "regions.svg"
    result = graph(cli_demo, out, "--group-by", "region")
    assert result.returncode == 0, result.stderr
    # the home city and six regions drawn
    assert ": 7 nodes, 7 links (force layout; grouped by region," in result.stdout
    check_picture(out)
    data = tmp_path / "regions.graphml"
    assert graph(cli_demo, data, "--group-by", "region").returncode == 0
    assert nx.read_graphml(data).number_of_nodes() == 33  # the data hold every partner
    bad = graph(cli_demo, tmp_path / "x.png", "--group-by", "planet")
    assert bad.returncode == 2 and "--group-by must be one of" in assert_one_error_line(bad)


def test_a_slide_names_the_database_it_was_drawn_from(demo_file: Path, tmp_path: Path):
    from pypdf import PdfReader

    db_path = tmp_path / "office-2026.db"
    db_path.write_bytes(demo_file.read_bytes())
    out = tmp_path / "slide.pdf"
    result = graph(db_path, out, "--dpi", "72")
    assert result.returncode == 0, result.stderr
    text = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert "Bangkok's international relations register (office-2026.db)" in text
    assert "(bkk_relations)" not in text
