"""Graph benchmark: for generated databases of about 100, 1,000, 5,000 and 20,000 nodes, time
each step of the graph view our way beside the naive networkx way, in the same run, and print
a table. Run with `QT_QPA_PLATFORM=offscreen .venv/bin/python bench/graph_bench.py`
(add `--sizes 100 1000` for a quicker run).

The graph is the default view plus the city's units (partners ≈ N, so nodes ≈ N + units + 1;
units make the network more than a star around the home city). "Ours" is what the app runs:
load_graph_data + build_graph, igraph layouts, the real Qt canvas (GraphCanvas) drawing and
redrawing, compute_metrics + risks, render_figure + savefig. "Naive" is the textbook path:
Repository.list per record, networkx spring_layout (50 iterations), nx.draw with every label,
exact networkx betweenness, eigenvector and Louvain. A naive step estimated to take more than
two minutes is skipped and its estimate printed.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import networkx as nx  # noqa: E402
from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from bkk_relations.core.graph.export import (  # noqa: E402
    PictureSpec,
    node_colours,
    node_sizes,
    render_figure,
    render_legend,
    save_picture,
    size_note,
)
from bkk_relations.core.graph.layout import LAYOUTS, compute_layout  # noqa: E402
from bkk_relations.core.graph.model import (  # noqa: E402
    GraphFilter,
    build_graph,
    compute_metrics,
    load_graph_data,
    risks,
)
from bkk_relations.core.records.models import Agreement, Partner, Project  # noqa: E402
from bkk_relations.core.records.repository import Repository  # noqa: E402
from bkk_relations.core.register import Register
from bkk_relations.core.sample.generate import generate  # noqa: E402
from bkk_relations.core.storage.database import Database  # noqa: E402

TOO_SLOW_S = 120.0
VIEW = GraphFilter(units=True)
Row = tuple[int, str, float | None, float | str | None]


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def naive_build(db: Database) -> nx.Graph:
    """Every record through the repository (one query per record's links), then networkx."""
    repo = Repository(db)
    g = nx.Graph()
    g.add_node("home")
    for p in repo.list(Partner).records:
        g.add_node(f"partner:{p.id}", label=p.name_en)
    for a in repo.list(Agreement).records:
        for pid in a.party_ids:
            g.add_edge("home", f"partner:{pid}", type=a.agreement_type)
    for pr in repo.list(Project).records:
        for pid in pr.partner_ids:
            g.add_edge("home", f"partner:{pid}", type="project")
            for uid in pr.unit_ids:
                g.add_edge(f"unit:{uid}", f"partner:{pid}", type="lead_unit")
                g.add_edge("home", f"unit:{uid}", type="unit_of")
    return g


def naive_spring(g: nx.Graph) -> object:
    """networkx spring_layout, 50 iterations. Above 500 nodes networkx wants scipy, which
    this project does not install; then run the dense version spring_layout itself uses
    below 500 nodes (same algorithm, O(n²) per iteration as well)."""
    try:
        return nx.spring_layout(g, iterations=50, seed=1)
    except ModuleNotFoundError:
        from networkx.drawing.layout import _fruchterman_reingold

        adjacency = nx.to_numpy_array(g, dtype="f")
        return _fruchterman_reingold(adjacency, iterations=50, seed=1)


def naive_metrics(g: nx.Graph) -> object:
    dict(g.degree(weight="weight"))
    nx.betweenness_centrality(g)
    nx.eigenvector_centrality(g, max_iter=1000, tol=1e-6)
    return nx.community.louvain_communities(g, seed=1)


def naive_figure(g: nx.Graph, pos: dict) -> Figure:
    fig = Figure(figsize=(11, 7), dpi=100)
    FigureCanvasAgg(fig)
    ax = fig.add_axes((0, 0, 1, 1))
    nx.draw_networkx(g, pos, ax=ax, node_size=30, font_size=6, with_labels=True,
                     labels={n: d.get("label_en", n) for n, d in g.nodes(data=True)})
    return fig


class Estimator:
    """Predicts a naive step's time at the next size from the last one measured."""

    def __init__(self, exponent: float):
        self.exponent, self.last = exponent, None

    def estimate(self, n: int) -> float | None:
        if self.last is None:
            return None
        n0, t0 = self.last
        return t0 * (n / n0) ** self.exponent

    def run(self, n: int, fn: Callable[[], object]) -> float | str:
        est = self.estimate(n)
        if est is not None and est > TOO_SLOW_S:
            return f"skipped (too slow: est. {est:,.0f} s)"
        seconds, _ = timed(fn)
        self.last = (n, seconds)
        return seconds


def bench(size: int, folder: Path, canvas, estimators: dict[str, Estimator]) -> list[Row]:
    path = folder / f"graph-{size}.db"
    with Database.create(path) as db:
        generate(Register(db), partners=size, seed=42)
    rows: list[Row] = []
    with Database.open(path) as db:
        ours, g = timed(lambda: build_graph(load_graph_data(db.conn), VIEW))
        naive = estimators["build"].run(size, lambda: naive_build(db))
        n = g.number_of_nodes()
        rows.append((n, "build graph from the database", ours, naive))
    positions = {}
    for layout in LAYOUTS:
        ours, positions[layout] = timed(lambda lay=layout: compute_layout(g, lay))
        naive = estimators["layout"].run(
            n, lambda: naive_spring(g)) if layout == "force" else None
        rows.append((n, f"layout: {layout}" + (" (vs spring_layout)" if naive else ""),
                     ours, naive))
    pos = positions["force"]
    metrics_s, m = timed(lambda: (compute_metrics(g), risks(g))[0])
    colours, legend = node_colours(g)
    sizes = node_sizes(g, m.degree)

    def first_draw() -> None:
        canvas.show_graph(g, pos, sizes=sizes, colours=colours, lang="en")
        render_legend(g, legend, lang="en", color_by="kind",
                      size_note=size_note(PictureSpec(), m)).canvas.draw()
        canvas.draw()
        canvas.repaint()  # the names are painted by Qt on top

    steps = iter([0.5, 2.0, 0.5, 2.0, 0.5])

    def redraw() -> None:
        canvas.zoom(next(steps))  # zoom in and out around the middle, as a user does
        canvas.draw()
        canvas.repaint()

    ours = timed(first_draw)[0]
    naive_fig = None

    def naive_draw() -> None:
        nonlocal naive_fig
        naive_fig = naive_figure(g, pos)
        naive_fig.canvas.draw()

    naive = estimators["draw"].run(n, naive_draw)
    rows.append((n, "first draw (vs nx.draw, all labels)", ours, naive))
    ours = sorted(timed(redraw)[0] for _ in range(5))[2]  # the median

    def naive_redraw() -> None:
        ax = naive_fig.axes[0]
        x0, x1 = ax.get_xlim()
        ax.set_xlim(x0 / 2, x1 / 2)
        naive_fig.canvas.draw()

    naive = estimators["redraw"].run(n, naive_redraw) if naive_fig is not None else "skipped"
    rows.append((n, "redraw after zoom/pan", ours, naive))
    naive = estimators["metrics"].run(n, lambda: naive_metrics(g))
    rows.append((n, f"metrics (betweenness {m.betweenness_note})", metrics_s, naive))
    png = folder / f"graph-{size}.png"
    ours = timed(lambda: save_picture(render_figure(g, pos, m, PictureSpec()), png, dpi=150))[0]

    def naive_png() -> None:
        naive_figure(g, pos).savefig(folder / f"naive-{size}.png", dpi=150)

    naive = estimators["png"].run(n, naive_png)
    rows.append((n, "PNG export (150 dpi)", ours, naive))
    return rows


def fmt(value: float | str | None) -> str:
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    return f"{value * 1000:,.0f} ms" if value < 1 else f"{value:,.2f} s"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 5000, 20000])
    args = parser.parse_args()

    from bkk_relations.ui.app import setup_application
    from bkk_relations.ui.graph_canvas import GraphCanvas

    setup_application()
    canvas = GraphCanvas()
    canvas.resize(1100, 700)
    canvas.show()
    # Growth of each naive step with n, for the "too slow" estimates (measured exponents,
    # rounded up): spring layout and exact betweenness are about quadratic.
    estimators = {"build": Estimator(1.1), "layout": Estimator(2.0), "draw": Estimator(1.1),
                  "redraw": Estimator(1.1), "metrics": Estimator(2.0), "png": Estimator(1.1)}
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            print(f"… {size:,} partners", file=sys.stderr, flush=True)
            rows += bench(size, Path(tmp), canvas, estimators)
    print("| nodes | step | ours | naive networkx | naive / ours |")
    print("|---:|---|---:|---:|---:|")
    for n, step, ours, naive in rows:
        ratio = f"{naive / ours:,.0f}×" if isinstance(naive, float) and ours else ""
        print(f"| {n:,} | {step} | {fmt(ours)} | {fmt(naive)} | {ratio} |")


if __name__ == "__main__":
    main()
