"""Take the README's screenshots of the graph page and its slides.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/graph_screenshots.py [OUTDIR]
        [--big-db FILE] [--partners N]

Writes, from the real page (default OUTDIR: docs/screenshots):
- graph-en.png, graph-th.png: the demo graph in English, and in Thai with Buddhist Era years,
  Seoul selected (its record in the side panel);
- graph-year-th.png: the demo as of B.E. 2562 (2019), undated ties left out and counted;
- graph-region-en.png: the demo laid out by world region;
- graph-20k-en.png: a generated register of N partners (default 20,000), as the page opens
  it (grouped by country), the biggest group selected;
- graph-slide-en.png: the page's 16:9 PNG slide of a saved view;
- graph-slide-th-pdf.png: the same saved view as a Thai PDF slide written by the command line
  (``graph --view``), rendered page 1 with pdftoppm.

--big-db keeps the generated register in FILE and reuses it next time (generating 20,000
partners takes a while). Each picture is checked as it is taken: no two names overlap, none
covers the legend or leaves the picture; anything wrong is printed and the exit code is 1.
Settings are kept in a temporary folder, so the user's own are untouched.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import shots_support  # noqa: E402 - beside this script

MAX_BYTES = 350_000  # a screenshot above this is reduced to 256 colours
SLIDE_VIEW = "Bangkok's partners"


def compress(path: Path) -> None:
    """Re-save ``path`` optimised; if still big, with a palette of 256 colours (no dithering,
    so text stays sharp; "maximum coverage" refined by k-means keeps the legend's and the
    note's colours true, where median cut greys them)."""
    from PIL import Image

    with Image.open(path) as im:
        im.load()
    im = im.convert("RGB")
    im.save(path, optimize=True)
    if path.stat().st_size > MAX_BYTES:
        palette = im.quantize(256, method=Image.Quantize.MAXCOVERAGE, kmeans=4,
                              dither=Image.Dither.NONE)
        palette.save(path, optimize=True)


def label_problems(page) -> list[str]:
    """What is wrong with the names painted on the page's canvas: overlaps with each other,
    with the legend, or outside the canvas; and a legend line wider than the legend."""
    from matplotlib.text import Text

    canvas = page.canvas
    rects = [(p.text, p.rect) for p in canvas.painted]
    problems = []
    for i, (a, ra) in enumerate(rects):
        for b, rb in rects[i + 1:]:
            if ra.intersects(rb):
                problems.append(f"“{a}” overlaps “{b}”")
        if not canvas.rect().toRectF().contains(ra):
            problems.append(f"“{a}” leaves the picture")
        if page.legend.isVisible() and page.legend.geometry().toRectF().intersects(ra):
            problems.append(f"“{a}” is under the legend")
    fig = page.legend_figure
    if fig is not None:
        fig.canvas.draw()  # the texts' places are known once drawn
        renderer = fig.canvas.get_renderer()
        for t in fig.findobj(Text):
            if t.get_text() and t.get_window_extent(renderer).x1 > fig.bbox.x1:
                problems.append(f"the legend's “{t.get_text()}” is cut off")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("outdir", nargs="?", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--big-db", metavar="FILE",
                        help="the generated register (made if missing, reused if there)")
    parser.add_argument("--partners", type=int, default=20_000)
    args = parser.parse_args()
    out = Path(args.outdir)
    out.mkdir(parents=True, exist_ok=True)
    app, tmp, db_path = shots_support.start("bkk-graph-shots-")
    big = Path(args.big_db) if args.big_db else tmp / f"generated-{args.partners}.db"
    problems = take(app, db_path, out, big, args.partners)
    for p in problems:
        print("PROBLEM:", p)
    print(f"graph screenshots written to {out}")
    return 1 if problems else 0


def take(app, db_path: Path, out: Path, big: Path, partners: int = 20_000) -> list[str]:
    """Every graph screenshot; returns the problems seen in the pictures' names."""
    from PySide6.QtCore import QEventLoop, QTimer

    from bkk_relations.core.register import Register
    from bkk_relations.ui.graph_view import SLIDE_DPI, GraphPage
    from bkk_relations.ui.i18n import install_language
    from bkk_relations.ui.prefs import Prefs
    from bkk_relations.ui.session import Session

    problems: list[str] = []

    def settle(page: GraphPage) -> None:
        """Until the picture is shown and measured, and its ties drawn."""
        while not (page.ready and page.view.measured):
            app.processEvents()
        page.session.operations.wait()
        page.canvas.wait_for_edges()
        loop = QEventLoop()
        QTimer.singleShot(300, loop.quit)
        loop.exec()

    def open_page(path: Path, language: str, calendar: str) -> GraphPage:
        prefs = Prefs()
        prefs.language, prefs.calendar = language, calendar
        install_language(app, language)
        page = GraphPage(Session(Register.open(path)), prefs)
        page.resize(1400, 860)
        page.show()
        page.reload()
        settle(page)
        return page

    def shoot(page: GraphPage, name: str) -> None:
        settle(page)
        problems.extend(f"{name}: {p}" for p in label_problems(page))
        page.grab().save(str(out / name))
        compress(out / name)
        led = [(p.leader[0] - p.leader[1], p.text) for p in page.canvas.painted if p.leader]
        longest = max(((d.manhattanLength(), t) for d, t in led), default=None)
        print(f"{name}: {len(page.canvas.painted)} names painted, "
              f"{len(page.canvas.left_out)} left out, {len(led)} with a leader line"
              + (f" (longest: “{longest[1]}”, {longest[0]:.0f} px)" if longest else ""))

    def close(page: GraphPage) -> None:
        page.close()
        page.session.close()
        page.reg.close()

    def node_named(page: GraphPage, name: str) -> str:
        return next(n for n, d in page.view.graph.nodes(data=True) if d.get("label_en") == name)

    for language, calendar in (("en", "gregorian"), ("th", "buddhist")):
        page = open_page(db_path, language, calendar)
        page.select_node(node_named(page, "Seoul"))
        shoot(page, f"graph-{language}.png")
        if language == "th":
            page.year_box.setChecked(True)
            page.year_slider.setValue(2019)  # the slider holds Gregorian years
            shoot(page, "graph-year-th.png")
        else:
            page.save_view(SLIDE_VIEW, replace=True)
            slide = tmp_file("slide.png")
            page.export_to(str(slide), dpi=SLIDE_DPI)
            shutil.copyfile(slide, out / "graph-slide-en.png")
            compress(out / "graph-slide-en.png")
            print("graph-slide-en.png: the page's slide export")
            page.layout_combo.setCurrentIndex(page.layout_combo.findData("region"))
            settle(page)
            page.select_node(node_named(page, "Seoul"))
            shoot(page, "graph-region-en.png")
        close(page)

    pdf = tmp_file("slide-th.pdf")
    subprocess.run([sys.executable, "-m", "bkk_relations.cli", "graph", "--db", str(db_path),
                    "--view", SLIDE_VIEW, "--lang", "th", "--calendar", "buddhist",
                    "--out", str(pdf)], check=True)
    subprocess.run(["pdftoppm", "-png", "-r", "144", "-singlefile", str(pdf),
                    str(out / "graph-slide-th-pdf")], check=True)
    compress(out / "graph-slide-th-pdf.png")
    print("graph-slide-th-pdf.png: the command line's PDF slide, rendered")

    if not big.exists():
        from bkk_relations.core.sample.generate import generate
        from bkk_relations.core.storage.database import Database

        print(f"generating {partners:,} partners into {big}…")
        with Database.create(big) as db:
            generate(Register(db), partners=partners, seed=42)
    page = open_page(big, "en", "gregorian")
    groups = page.view.aggregation.members
    page.select_node(max(groups, key=lambda k: len(groups[k])))
    shoot(page, "graph-20k-en.png")
    close(page)
    return problems


def tmp_file(name: str) -> Path:
    """A path in a new temporary folder (what is exported is copied from there)."""
    return Path(tempfile.mkdtemp(prefix="bkk-graph-export-")) / name


if __name__ == "__main__":
    sys.exit(main())
