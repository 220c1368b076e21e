"""Command-line commands for the graph features (registered by cli.build_parser).

    graph --db PATH --out FILE [--year Y] [--ego NAME_OR_ID] [--depth D] [--layout L] ...

The format comes from the extension of FILE: .png .svg .pdf .graphml .gexf .xlsx. Every value
is checked before the database is opened, so bad input gives exit 2 and one ``error:`` line.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from .support import (
    OutputFile,
    UsageError,
    WholeNumber,
    open_register,
    output_path,
    printable,
)

AddCommand = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]

LAYOUTS = ["force", "radial", "region", "shell"]  # core.graph_layout.LAYOUTS, kept light here
METRICS = ["degree", "weighted_degree", "betweenness", "eigenvector"]
COLOR_BY = ["kind", "region", "sector"]
FORMATS = [".png", ".svg", ".pdf", ".graphml", ".gexf", ".xlsx"]


def register(add: AddCommand) -> None:
    """Add this module's subcommands; `add(name, func, help)` returns a parser that
    already has --db."""
    p = add("graph", cmd_graph, "Export the relationship graph as a picture (.png .svg .pdf), "
                                "for Gephi (.graphml .gexf) or as an Excel workbook (.xlsx); "
                                "the format follows the extension of --out.")
    p.add_argument("--out", required=True, metavar="FILE", action=OutputFile,
                   help="the file to write (never a database)")
    p.add_argument("--year", metavar="Y", type=WholeNumber(1800, 2200),
                   help="only ties that existed in year Y (Gregorian, 1800 to 2200)")
    p.add_argument("--ego", metavar="NAME_OR_ID",
                   help="only this partner (name, Thai name, acronym or id) and its neighbours")
    p.add_argument("--depth", metavar="D", type=WholeNumber(1, 2),
                   help="ego view depth: 1 (default) or 2")
    p.add_argument("--layout", metavar="L", default="force", help=" | ".join(LAYOUTS))
    p.add_argument("--dpi", metavar="N", type=WholeNumber(30, 1200), default=200,
                   help="picture resolution (PNG; 30 to 1200, default 200)")
    p.add_argument("--size-by", metavar="METRIC", default="degree", help=" | ".join(METRICS))
    p.add_argument("--color-by", metavar="C", default="kind", help=" | ".join(COLOR_BY))
    p.add_argument("--lang", metavar="LANG", default="en", help="labels: en | th")
    p.add_argument("--title", metavar="TEXT", help="title of the picture")
    p.add_argument("--projects", action="store_true", help="show projects as nodes")
    p.add_argument("--units", action="store_true", help="show the city's units")
    for name, what in (("kind", "city | organisation"), ("region", "a world region"),
                       ("country", "a country code"), ("type", "an agreement type"),
                       ("status", "an agreement or project status"),
                       ("sector", "a sector")):
        p.add_argument(f"--{name}", metavar=name.upper(), help=f"only {what}")
    p.add_argument("--sdg", metavar="SDG", type=WholeNumber(1, 17),
                   help="only an SDG number 1-17")


def _choice(value: str, option: str, choices: list[str]) -> str:
    if value not in choices:
        raise UsageError(f"{option} must be one of {', '.join(choices)}, not "
                         f"'{printable(value)}'.")
    return value


def _filters(args: argparse.Namespace):
    from ..core.graph.model import GraphFilter
    from ..core.places.regions import REGIONS
    from ..core.records import vocab

    checks = (("kind", list(vocab.PARTNER_KINDS)), ("region", REGIONS),
              ("type", list(vocab.AGREEMENT_TYPES)),
              ("status", [*vocab.AGREEMENT_STATUSES, *vocab.PROJECT_STATUSES]),
              ("sector", list(vocab.SECTORS)))
    for name, choices in checks:
        if getattr(args, name) is not None:
            _choice(getattr(args, name), f"--{name}", choices)
    return GraphFilter(kind=args.kind, region=args.region,
                       country=args.country.upper() if args.country else None,
                       agreement_type=args.type, status=args.status, sector=args.sector,
                       sdg=args.sdg, year=args.year,
                       projects=args.projects, units=args.units)


def cmd_graph(args: argparse.Namespace) -> int:
    out = output_path(args.out, "--out", databases=[args.db], suffixes=FORMATS)
    layout = _choice(args.layout, "--layout", LAYOUTS)
    size_by = _choice(args.size_by, "--size-by", METRICS)
    color_by = _choice(args.color_by, "--color-by", COLOR_BY)
    lang = _choice(args.lang, "--lang", ["en", "th"])
    if args.ego is None and args.depth not in (None, 1):
        raise UsageError("--depth needs --ego.")
    f = _filters(args)
    # Heavy imports only now, so the other commands start fast.
    from ..core.graph.export import PictureSpec, export_graph
    from ..core.graph.layout import compute_view, load_positions, region_centres
    from ..core.graph.model import GraphError, load_graph_data

    with open_register(args.db) as reg:
        data = load_graph_data(reg.conn)
        try:
            view = compute_view(data, f, layout=layout, ego=args.ego, depth=args.depth or 1)
        except GraphError as exc:
            raise UsageError(str(exc)) from None
        # Positions the user dragged in the app for this view (the ego node is known now).
        saved = load_positions(reg.conn, view.name)
        view.pos.update({n: p for n, p in saved.items() if n in view.pos})
    spec = PictureSpec(title=args.title or _title(data.home.label_th if lang == "th"
                                                  else data.home.label_en, lang),
                       subtitle=_subtitle(args, view, lang), size_by=size_by,
                       color_by=color_by, lang=lang,
                       annotations=region_centres(view.graph, view.pos)
                       if layout == "region" else None)
    changed = export_graph(out, view.graph, view.pos, view.metrics, spec, dpi=args.dpi,
                           risks=view.risks)
    g = view.graph
    print(f"Wrote {printable(str(out))}: {g.number_of_nodes():,} nodes, "
          f"{g.number_of_edges():,} links ({layout} layout; betweenness "
          f"{view.metrics.betweenness_note}).")
    if changed:
        print(f"Note: {changed} name(s) held control characters, which {out.suffix} files "
              "cannot hold; each was written as \N{REPLACEMENT CHARACTER} instead.")
    return 0


def _title(home: str, lang: str) -> str:
    return f"เครือข่ายความสัมพันธ์ระหว่างประเทศของ{home}" if lang == "th" else \
        f"{home}'s international relations network"


def _subtitle(args: argparse.Namespace, view, lang: str) -> str:
    from ..core.graph.model import node_label

    parts = []
    if args.year:
        parts.append(f"ณ ปี {args.year + 543}" if lang == "th" else f"as of {args.year}")
    if view.ego is not None:
        name = node_label(view.graph, view.ego, lang)
        parts.append(f"รอบ {name} ({view.depth} ขั้น)" if lang == "th"
                     else f"around {name} (depth {view.depth})")
    for name in ("kind", "region", "country", "type", "status", "sector", "sdg"):
        value = getattr(args, name)
        if value is not None:
            parts.append(f"{name} = {value}")
    return " · ".join(parts)
