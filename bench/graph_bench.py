"""Graph benchmark: the manager's graph page at about 100, 1,000, 5,000 and 20,000 partners,
ours beside the naive path in the same run, and a table of the figures.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/graph_bench.py [--sizes 1000 20000]

The databases are made by `generate` (partners tied to each other through city networks,
multi-party agreements and projects, as real city networks are) and kept in --keep DIR if
given. Every step is timed ours and naive:

- build: reading the database and building the graph. Ours: load_graph_data + build_graph
  (a few queries whatever the size; the sectors, SDGs and activities are read afterwards,
  for the measures). Naive: every record through Repository.list, then
  networkx, tie by tie, to the same graph.
- first view and refresh of the graph page (a fresh process each, the real page and its session,
  the window 1400 × 860): until the picture is shown, and until the key partners, weak
  points and summary are filled. Ours: the page as it opens (grouped by country above 1,500
  nodes). Naive: the same page showing every node ("No grouping", force layout), as the page
  did before.
- zoom step and names on the ungrouped picture: one wheel step, until the canvas is painted
  again with its names placed; the placement of the names in view alone. Ours: the canvas
  (ties stretched at once, drawn again in the background; names placed on a grid).
  Naive: nx.draw's figure drawn again; names placed by checking each against every other
  name and node.
- layouts, metrics, PNG export (ours: igraph, render_figure; naive: networkx spring_layout,
  exact betweenness and Louvain, nx.draw with every label). A naive step estimated to take
  more than two minutes is skipped and its estimate printed.

Every comparison is measured --repeats times (default 3), ours and naive alternating and
each going first every other time, so that neither always meets a cold cache or a busy
moment; the table gives the median and, in brackets, the quickest. The page is opened in a
fresh process each time and waits for its signals in an event loop, as the window does.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TOO_SLOW_S = 120.0  # a naive step estimated to take longer is not run
LONG_S = 20.0  # nor repeated once it took this long
UNESTIMATED_N = 5000  # a quadratic naive step is only run above this size with an estimate
Cell = "Stat | float | str | None"
Row = tuple[int, str, Cell, Cell]


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


@dataclass(frozen=True)
class Stat:
    """Repeated measurements of one step: their median and the quickest."""

    times: tuple[float, ...]

    @property
    def median(self) -> float:
        return statistics.median(self.times)

    @property
    def best(self) -> float:
        return min(self.times)


def alternate(repeats: int, ours: Callable[[], object],
              naive: Callable[[], object] | None) -> tuple[Stat, Stat | None]:
    """Time ``ours`` and ``naive`` ``repeats`` times each, alternating, each first every
    other round."""
    a: list[float] = []
    b: list[float] = []
    for i in range(repeats):
        pair = [(ours, a), (naive, b)] if i % 2 == 0 else [(naive, b), (ours, a)]
        for fn, out in pair:
            if fn is None or (out is b and b and sum(b) > LONG_S):
                continue  # a naive step of minutes is measured once
            out.append(timed(fn)[0])
    return Stat(tuple(a)), Stat(tuple(b)) if b else None


# -- the naive paths --------------------------------------------------------------------------
def naive_build(db):
    """Every record through the repository, then networkx tie by tie (the same ties as
    build_graph: agreements tie their parties to the home city, a network's members to the
    network, a multi-party agreement or project its partners to each other)."""
    import networkx as nx

    from bkk_relations.core.records.models import Agreement, Partner, Project
    from bkk_relations.core.records.repository import Query, Repository

    repo = Repository(db)
    every = Query()
    g = nx.Graph()
    g.add_node("home")
    kinds, names = {}, {}
    for p in repo.list(Partner, every).records:
        kinds[p.id], names[f"partner:{p.id}"] = p.kind, p.name_en
    for a in repo.list(Agreement, every).records:
        parties = [p for p in a.party_ids if p in kinds]
        orgs = [p for p in parties if kinds[p] == "organisation"]
        if a.agreement_type == "membership" and len(a.party_ids) > 1 and orgs:
            for o in orgs:
                g.add_edge("home", f"partner:{o}", type="membership")
                for m in parties:
                    if kinds[m] != "organisation":
                        g.add_edge(f"partner:{m}", f"partner:{o}", type="network_member")
            continue
        for i, p in enumerate(parties):
            g.add_edge("home", f"partner:{p}", type=a.agreement_type)
            for q in parties[i + 1:]:
                g.add_edge(f"partner:{p}", f"partner:{q}", type=a.agreement_type)
    for pr in repo.list(Project, every).records:
        parties = [p for p in pr.partner_ids if p in kinds]
        for i, p in enumerate(parties):
            g.add_edge("home", f"partner:{p}", type="project")
            for q in parties[i + 1:]:
                g.add_edge(f"partner:{p}", f"partner:{q}", type="co_project")
    for n, d in g.nodes(data=True):
        d["label_en"] = names.get(n, n)
    return g


def naive_spring(g) -> object:
    """networkx spring_layout, 50 iterations (its dense variant above 500 nodes: the sparse
    one needs SciPy, which the project does not install)."""
    import networkx as nx

    try:
        return nx.spring_layout(g, iterations=50, seed=1)
    except ModuleNotFoundError:
        from networkx.drawing.layout import _fruchterman_reingold

        return _fruchterman_reingold(nx.to_numpy_array(g, dtype="f"), iterations=50, seed=1)


def naive_metrics(g) -> object:
    import networkx as nx

    dict(g.degree(weight="weight"))
    nx.betweenness_centrality(g)
    nx.eigenvector_centrality(g, max_iter=1000, tol=1e-6)
    return nx.community.louvain_communities(g, seed=1)


def naive_figure(g, pos: dict):
    import networkx as nx
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(11, 7), dpi=100)
    FigureCanvasAgg(fig)
    ax = fig.add_axes((0, 0, 1, 1))
    nx.draw_networkx(g, pos, ax=ax, node_size=30, font_size=6, with_labels=True,
                     labels={n: d.get("label_en", n) for n, d in g.nodes(data=True)})
    return fig


def naive_labels(requests, discs, bounds) -> int:
    """The textbook placement: each name tries eight places, each checked against every
    name placed so far and every node (no grid)."""
    placed: list[tuple[float, float, float, float]] = []
    nodes = [tuple(map(float, d)) for d in discs]
    for r in requests:
        for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1), (1, 1), (-1, 1), (1, -1), (-1, -1)):
            d = r.r + 3
            x0 = r.x + d if dx > 0 else r.x - d - r.width if dx < 0 else r.x - r.width / 2
            y0 = r.y + d if dy > 0 else r.y - d - r.height if dy < 0 else r.y - r.height / 2
            box = (x0, y0, x0 + r.width, y0 + r.height)
            if not (bounds[0] <= box[0] and box[2] <= bounds[2] and bounds[1] <= box[1]
                    and box[3] <= bounds[3]):
                continue
            if any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3]
                   for b in placed):
                continue
            if any((x - min(max(x, box[0]), box[2])) ** 2
                   + (y - min(max(y, box[1]), box[3])) ** 2 < rad * rad
                   for x, y, rad in nodes):
                continue
            placed.append(box)
            break
    return len(placed)


class Estimator:
    """Predicts a naive step's time at the next size from the last one measured."""

    def __init__(self, exponent: float):
        self.exponent, self.last = exponent, None

    def skip(self, n: int) -> str | None:
        """Why the naive step is not run at size ``n`` (None: it is run)."""
        if self.last is None and n > UNESTIMATED_N and self.exponent >= 2:
            # spring_layout's dense arrays alone take gigabytes at 20,000 nodes
            return "not run (no smaller size measured to estimate from)"
        if self.last is not None:
            n0, t0 = self.last
            est = t0 * (n / n0) ** self.exponent
            if est > TOO_SLOW_S:
                return f"skipped (est. {est:,.0f} s)"
        return None

    def compare(self, n: int, repeats: int, ours: Callable[[], object],
                naive: Callable[[], object]) -> tuple[Stat, Stat | str]:
        """Ours and naive, alternating (ours alone when naive would take too long)."""
        why = self.skip(n)
        mine, theirs = alternate(repeats, ours, None if why else naive)
        if theirs is None:
            return mine, str(why)
        self.last = (n, theirs.median)
        return mine, theirs

    def repeat(self, n: int, repeats: int, fn: Callable[[], object]) -> Stat | str:
        """The naive step alone, ``repeats`` times (unless too slow)."""
        why = self.skip(n)
        if why:
            return why
        theirs = alternate(repeats, fn, None)[0]
        self.last = (n, theirs.median)
        return theirs


# -- the page, in a process of its own ---------------------------------------------------------
def page_child(db_path: str, mode: str, repeats: int) -> None:
    """Open the graph page on ``db_path`` and print its timings as JSON (``mode``: "ours"
    or "naive", the page showing every node). The page's work runs off the GUI thread:
    this waits in an event loop, as the window does, never in a loop of its own that would
    hold Python's lock."""
    import tempfile as tf

    from PySide6.QtCore import QEventLoop, QSettings, QTimer

    from bkk_relations.core.register import Register
    from bkk_relations.core.storage.database import Database
    from bkk_relations.ui.app import setup_application
    from bkk_relations.ui.graph_view import GraphPage
    from bkk_relations.ui.prefs import Prefs
    from bkk_relations.ui.session import Session

    app = setup_application()
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, tf.mkdtemp())
    db = Database.open(db_path)
    page = GraphPage(Session(Register(db)), Prefs())
    page.resize(1400, 860)
    page.show()
    app.processEvents()
    if mode == "naive":
        page.group_combo.setCurrentIndex(page.group_combo.findData("none"))
    out: dict[str, object] = {}
    shown: list[float] = []
    page.shown.connect(lambda: shown.append(time.perf_counter()))

    def wait_until(done: Callable[[], bool]) -> None:
        loop = QEventLoop()
        timer = QTimer()
        timer.timeout.connect(lambda: done() and loop.quit())
        timer.start(2)
        if not done():
            loop.exec()
        timer.stop()

    def until_ready(start: float, key: str) -> None:
        wait_until(lambda: bool(shown))
        page.repaint()
        out[key + "_picture"] = shown[0] - start
        wait_until(lambda: page.ready)
        app.processEvents()
        out[key + "_ready"] = time.perf_counter() - start
        shown.clear()

    until_ready(_start(page.reload), "first")
    combo = page.filters["kind"]
    until_ready(_start(lambda: combo.setCurrentIndex(combo.findData("city"))), "refresh")
    out["nodes"] = page.view.base.number_of_nodes()
    if mode == "naive":
        canvas = page.canvas
        canvas.fit()
        page.repaint()
        steps = []
        for factor in (0.8, 1.25) * (2 + repeats):
            t = time.perf_counter()
            canvas.zoom(factor)  # as a wheel step: the names placed, a draw asked for
            canvas.repaint()  # the paint draws the picture (once) and paints the names
            steps.append(time.perf_counter() - t)
        out["zoom"] = steps
        t = time.perf_counter()
        wait_until(lambda: canvas.edges_current)  # drawn again in the background
        out["ties_redrawn"] = [time.perf_counter() - t]
        canvas.fit()
        naive = _naive_labels(canvas)
        ours_s, naive_s = alternate(2 * repeats, canvas._relabel, naive)
        out["labels"], out["labels_naive"] = list(ours_s.times), list(naive_s.times)
        out["labels_placed"] = len(canvas.labels)
        out["labels_naive_placed"] = naive()
    page.session.operations.wait()
    print(json.dumps(out))


def _naive_labels(canvas) -> Callable[[], int]:
    """The same names placed the textbook way, on the same picture."""
    from PySide6.QtGui import QFontMetricsF

    from bkk_relations.core.graph.draw import label_order, node_discs, short_label
    from bkk_relations.core.graph.labels import LabelRequest

    d, g = canvas.drawn, canvas.graph
    x0, x1, y0, y1 = canvas.limits()
    wanted = label_order(g, d, canvas.label_limit, (x0, x1, y0, y1))
    fm = QFontMetricsF(canvas._fonts()[0])
    discs = node_discs(canvas.ax, d)
    requests = [LabelRequest(n, float(discs[d.index[n], 0]), float(discs[d.index[n], 1]),
                             float(discs[d.index[n], 2]),
                             fm.horizontalAdvance(short_label(g, n)),
                             fm.ascent() + fm.descent(), d.index[n]) for n in wanted]
    box = canvas.ax.bbox
    return lambda: naive_labels(requests, discs, (box.x0, box.y0, box.x1, box.y1))


def _start(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return start


def run_page(db_path: Path, mode: str, repeats: int) -> dict[str, object]:
    proc = subprocess.run([sys.executable, __file__, "--page", str(db_path), "--mode", mode,
                           "--repeats", str(repeats)],
                          capture_output=True, text=True, check=True, timeout=1800)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def page_runs(db_path: Path, repeats: int) -> tuple[dict[str, Stat], dict[str, Stat]]:
    """The page opened ``repeats`` times ours and naive, alternating, each in a fresh
    process: every timing as a Stat over the runs."""
    runs: dict[str, list[dict[str, object]]] = {"ours": [], "naive": []}
    for i in range(repeats):
        for mode in ("ours", "naive") if i % 2 == 0 else ("naive", "ours"):
            runs[mode].append(run_page(db_path, mode, repeats))

    def pooled(results: list[dict[str, object]]) -> dict[str, Stat]:
        out: dict[str, list[float]] = {}
        for r in results:
            for key, value in r.items():
                out.setdefault(key, []).extend(value if isinstance(value, list) else [value])
        return {k: Stat(tuple(v)) for k, v in out.items()}

    return pooled(runs["ours"]), pooled(runs["naive"])


# -- one size -------------------------------------------------------------------------------
def bench(size: int, folder: Path, estimators: dict[str, Estimator], repeats: int
          ) -> list[Row]:
    from bkk_relations.core.graph.export import PictureSpec, render_figure, save_picture
    from bkk_relations.core.graph.layout import compute_layout
    from bkk_relations.core.graph.model import (
        GraphFilter,
        build_graph,
        compute_metrics,
        load_graph_data,
        risks,
    )
    from bkk_relations.core.register import Register
    from bkk_relations.core.sample.generate import generate
    from bkk_relations.core.storage.database import Database

    path = folder / f"graph-{size}.db"
    if not path.exists():
        with Database.create(path) as db:
            generate(Register(db), partners=size, seed=42)
    rows: list[Row] = []
    with Database.open(path) as db:
        # what the page reads for its picture: the sectors and activities come later
        def ours_build():
            return build_graph(load_graph_data(db.conn, extras=False), GraphFilter())

        g = ours_build()
        ours, naive = estimators["build"].compare(size, repeats, ours_build,
                                                  lambda: naive_build(db))
    n = g.number_of_nodes()
    rows.append((n, f"build the graph from the database ({g.number_of_edges():,} ties)",
                 ours, naive))
    page, plain = page_runs(path, repeats)
    rows.append((n, "first view: picture shown (naive: every node, force layout)",
                 page["first_picture"], plain["first_picture"]))
    rows.append((n, "first view: key partners and weak points filled",
                 page["first_ready"], plain["first_ready"]))
    rows.append((n, "refresh after a filter: picture shown",
                 page["refresh_picture"], plain["refresh_picture"]))
    rows.append((n, "refresh after a filter: everything filled",
                 page["refresh_ready"], plain["refresh_ready"]))
    pos = compute_layout(g, "force")
    fig = None

    def naive_draw() -> None:
        nonlocal fig
        fig = naive_figure(g, pos)
        fig.canvas.draw()

    estimators["draw"].repeat(n, 1, naive_draw)

    def naive_zoom() -> None:
        ax = fig.axes[0]
        x0, x1 = ax.get_xlim()
        ax.set_xlim(x0 * 0.8, x1 * 0.8)
        fig.canvas.draw()

    naive = estimators["zoom"].repeat(n, repeats, naive_zoom) if fig is not None \
        else "skipped"
    rows.append((n, "zoom step, every node drawn (naive: nx.draw's figure again)",
                 plain["zoom"], naive))
    rows.append((n, "  …its ties drawn again in the background (after the step)",
                 plain["ties_redrawn"], None))
    rows.append((n, f"names in view placed ({plain['labels_placed'].best:.0f} of the most "
                    f"important; naive {plain['labels_naive_placed'].best:.0f})",
                 plain["labels"], plain["labels_naive"]))
    for layout in ("force", "radial", "region"):
        def ours_layout(lay=layout):
            return compute_layout(g, lay)

        if layout == "force":
            ours, naive = estimators["layout"].compare(n, repeats, ours_layout,
                                                       lambda: naive_spring(g))
        else:
            ours, naive = alternate(repeats, ours_layout, None)[0], None
        rows.append((n, f"layout: {layout}" + (" (vs spring_layout)" if naive else ""),
                     ours, naive))
    m = compute_metrics(g)
    ours, naive = estimators["metrics"].compare(
        n, repeats, lambda: (compute_metrics(g), risks(g)), lambda: naive_metrics(g))
    rows.append((n, f"metrics and weak points (betweenness {m.betweenness_note})",
                 ours, naive))
    png = folder / f"graph-{size}.png"

    def naive_png() -> None:
        naive_figure(g, pos).savefig(folder / f"naive-{size}.png", dpi=144)

    ours, naive = estimators["png"].compare(
        n, repeats, lambda: save_picture(render_figure(g, pos, m, PictureSpec()), png,
                                         dpi=144), naive_png)
    rows.append((n, "PNG slide (144 dpi)", ours, naive))
    return rows


def seconds(value: float) -> str:
    return f"{value * 1000:,.0f} ms" if value < 1 else f"{value:,.2f} s"


def fmt(value: Cell) -> str:
    """A cell of the table: the median (and the quickest) of a Stat."""
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    if isinstance(value, Stat):
        if len(value.times) == 1:
            return seconds(value.best)
        return f"{seconds(value.median)} ({seconds(value.best)})"
    return seconds(value)


def median(value: Cell) -> float | None:
    if isinstance(value, Stat):
        return value.median
    return value if isinstance(value, float) else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 5000, 20000])
    parser.add_argument("--keep", metavar="DIR", help="keep (and reuse) the databases here")
    parser.add_argument("--repeats", type=int, default=3,
                        help="measure each comparison this many times, alternating")
    parser.add_argument("--page", help=argparse.SUPPRESS)
    parser.add_argument("--mode", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.page:
        page_child(args.page, args.mode, args.repeats)
        return
    # Growth of each naive step with n, for the "too slow" estimates (measured exponents,
    # rounded up): spring layout and exact betweenness are about quadratic.
    estimators = {"build": Estimator(1.1), "layout": Estimator(2.0), "draw": Estimator(1.1),
                  "zoom": Estimator(1.1), "metrics": Estimator(2.0), "png": Estimator(1.1)}
    rows: list[Row] = []
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="graph-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    for size in args.sizes:
        print(f"… {size:,} partners", file=sys.stderr, flush=True)
        rows += bench(size, folder, estimators, args.repeats)
    print(f"Median of {args.repeats} (quickest in brackets), ours and naive alternating.")
    print()
    print("| nodes | step | ours | naive | naive / ours |")
    print("|---:|---|---:|---:|---:|")
    for n, step, ours, naive in rows:
        a, b = median(ours), median(naive)
        ratio = f"{b / a:,.1f}×" if a and b else ""
        print(f"| {n:,} | {step} | {fmt(ours)} | {fmt(naive)} | {ratio} |")


if __name__ == "__main__":
    main()
