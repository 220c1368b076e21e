"""Map benchmark: draw, pan and zoom the Map page with 1,000, 5,000 and 20,000 partners, our
way beside a naive matplotlib scatter-and-redraw, in the same run, and print a table. Run
with `QT_QPA_PLATFORM=offscreen .venv/bin/python bench/map_bench.py` (`--sizes 1000` for a
quick run).

The partners come from `generate` (agreements and projects tie most of them to the home
city); nine in ten are then given coordinates of their own, scattered round their country's
middle, so that every arc and marker is a different one (the worst case: partners at their
country's middle share a point and an arc). The canvas is 1600 × 900 pixels.

Ours: reading the map (load_map_source + build_map + build_scene, off the GUI thread in the
app), the first full picture (render_image: sea, land, arcs, markers), then a redraw for each
of 12 pan and zoom steps — the frame the user sees (MapCanvas.repaint: the last picture moved
or scaled, the names painted over it) — and the full picture of the new view that replaces it
(painted on the worker thread in the app). Naive: matplotlib (Agg) with the same countries
as polygons, the partners as one scatter and the arcs as one LineCollection, and each pan or
zoom step a set_xlim/set_ylim and a full canvas.draw().
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: E402
from matplotlib.collections import LineCollection, PolyCollection  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from PySide6.QtCore import QPointF, QSize  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bkk_relations.core.places import map_data, world  # noqa: E402
from bkk_relations.core.register import Register  # noqa: E402
from bkk_relations.core.sample.generate import generate  # noqa: E402
from bkk_relations.core.storage.database import Database  # noqa: E402
from bkk_relations.ui.map_canvas import MapCanvas, build_scene, render_image  # noqa: E402

WIDTH, HEIGHT = 1600, 900
STEPS = [("pan", (120, 40)), ("zoom", 1.25), ("pan", (-80, 60)), ("zoom", 1.25),
         ("pan", (200, -30)), ("zoom", 0.8), ("pan", (-150, -90)), ("zoom", 1.25),
         ("pan", (60, 120)), ("zoom", 0.8), ("pan", (-40, -40)), ("zoom", 0.8)]


def make_database(path: Path, partners: int) -> None:
    with Database.create(path) as db:
        generate(Register(db), partners=partners, seed=7)
        rng = np.random.default_rng(7)
        rows = db.conn.execute("SELECT id, country FROM partners").fetchall()
        updates = []
        for pid, country in rows:
            middle = world.centroid(country)
            if middle is None or rng.random() < 0.1:
                continue
            lon = float(np.clip(middle[0] + rng.normal(0, 3), -179.9, 179.9))
            lat = float(np.clip(middle[1] + rng.normal(0, 2), -80, 80))
            updates.append((lat, lon, pid))
        with db.transaction():
            db.conn.executemany("UPDATE partners SET latitude = ?, longitude = ? WHERE id = ?",
                                updates)


def ours(path: Path) -> dict[str, float]:
    with Database.open(path) as db:
        start = time.perf_counter()
        source = map_data.load_map_source(Register(db))
        data = map_data.build_map(source)
        scene = build_scene(data)
        prepare = time.perf_counter() - start
    canvas = MapCanvas()
    canvas.resize(WIDTH, HEIGHT)
    canvas.show()
    QApplication.processEvents()
    size = QSize(WIDTH, HEIGHT)
    canvas.scene, canvas.language = scene, "en"
    canvas.fit(quiet=True)
    start = time.perf_counter()
    image = render_image(scene, canvas.view, size)
    canvas._set_image(image, canvas.view, size)
    canvas.repaint()
    first = time.perf_counter() - start
    frames, full = [], []
    for kind, arg in STEPS:
        canvas._settle.stop()
        start = time.perf_counter()
        if kind == "pan":
            canvas.pan(*arg)
        else:
            canvas.zoom(arg, QPointF(WIDTH * 0.6, HEIGHT * 0.45))
        canvas._settle.stop()  # the worker's picture is timed on its own below
        canvas.repaint()
        frames.append(time.perf_counter() - start)
        start = time.perf_counter()
        image = render_image(scene, canvas.view, size)
        full.append(time.perf_counter() - start)
        canvas._set_image(image, canvas.view, size)
    canvas.close()
    return {"partners": len(data), "arcs": len(data.arcs.starts), "prepare": prepare,
            "first": first, "frame_median": statistics.median(frames),
            "frame_max": max(frames), "full_median": statistics.median(full)}


def naive(path: Path) -> dict[str, float]:
    with Database.open(path) as db:
        data = map_data.build_map(map_data.load_map_source(Register(db)))
    fig = Figure(figsize=(WIDTH / 100, HEIGHT / 100), dpi=100)
    canvas = FigureCanvasAgg(fig)
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_axis_off()
    start = time.perf_counter()
    rings = [r for c in world.countries() for r in c.rings]
    ax.add_collection(PolyCollection(rings, facecolors="#dcd9cf", edgecolors="white",
                                     linewidths=0.5))
    pieces = np.split(data.arcs.points, data.arcs.starts[1:])
    ax.add_collection(LineCollection(pieces, colors="#c0392b", linewidths=0.8, alpha=0.3))
    ax.scatter(data.xy[:, 0], data.xy[:, 1], s=8, c="#2f6f9f")
    ax.set_xlim(-2.8, 2.8)
    ax.set_ylim(-1.4, 1.4)
    canvas.draw()
    first = time.perf_counter() - start
    redraws = []
    for kind, arg in STEPS:
        start = time.perf_counter()
        (x0, x1), (y0, y1) = ax.get_xlim(), ax.get_ylim()
        if kind == "pan":
            dx = -arg[0] * (x1 - x0) / WIDTH
            dy = arg[1] * (y1 - y0) / HEIGHT
            ax.set_xlim(x0 + dx, x1 + dx)
            ax.set_ylim(y0 + dy, y1 + dy)
        else:
            cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
            ax.set_xlim(cx - (cx - x0) / arg, cx + (x1 - cx) / arg)
            ax.set_ylim(cy - (cy - y0) / arg, cy + (y1 - cy) / arg)
        canvas.draw()
        redraws.append(time.perf_counter() - start)
    return {"first": first, "redraw_median": statistics.median(redraws),
            "redraw_max": max(redraws)}


def ms(seconds: float) -> str:
    return f"{seconds * 1000:,.0f} ms" if seconds < 10 else f"{seconds:,.1f} s"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    args = parser.parse_args()
    QApplication.instance() or QApplication(["map-bench"])
    from bkk_relations.ui.fonts import register_fonts

    register_fonts(QApplication.instance())
    rows = []
    with tempfile.TemporaryDirectory(prefix="map-bench-") as folder:
        for n in args.sizes:
            path = Path(folder) / f"map-{n}.db"
            make_database(path, n)
            o, v = ours(path), naive(path)
            rows.append((n, o, v))
            print(f"{n:,} partners: {o} | naive {v}", file=sys.stderr, flush=True)
    print("| partners (on the map / arcs) | reading the map | first picture (naive) | "
          "redraw after a pan or zoom step, median / slowest (naive) | full picture of "
          "the new view, on the worker thread |")
    print("|---|---:|---:|---:|---:|")
    for n, o, v in rows:
        print(f"| {n:,} ({o['partners']:,} / {o['arcs']:,}) | {ms(o['prepare'])} | "
              f"{ms(o['first'])} ({ms(v['first'])}) | {ms(o['frame_median'])} / "
              f"{ms(o['frame_max'])} ({ms(v['redraw_median'])} / {ms(v['redraw_max'])}) | "
              f"{ms(o['full_median'])} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
