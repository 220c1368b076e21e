"""Command-line commands for the graph features (registered by cli.build_parser).

    graph --db PATH --out FILE [--view NAME] [--year Y] [--ego NAME_OR_ID] [--layout L] ...
    graph --db PATH --list-views

The format comes from the extension of FILE: .png .svg .pdf .graphml .gexf .xlsx; a picture
is a 16:9 slide. ``--view`` draws a view saved in the app (its filters, layout, positions,
zoom and colouring); options given as well change that. Every value is checked before the
database is opened, so bad input gives exit 2 and one ``error:`` line.
"""

from __future__ import annotations

import argparse
import datetime as _dt
from collections.abc import Callable
from dataclasses import replace

from ..core.messages import Msg
from .support import (
    OutputFile,
    UsageError,
    WholeNumber,
    open_register,
    output_path,
    printable,
)

AddCommand = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]

LAYOUTS = ["force", "radial", "region", "shell"]  # core.graph.layout.LAYOUTS, kept light here
METRICS = ["degree", "weighted_degree", "betweenness", "eigenvector"]
COLOR_BY = ["kind", "region", "sector", "goal"]  # core.graph.draw.COLOR_BY
GROUP_BY = ["auto", "none", "country", "region"]
CALENDARS = ["gregorian", "buddhist"]
FORMATS = [".png", ".svg", ".pdf", ".graphml", ".gexf", ".xlsx"]
PICTURES = FORMATS[:3]
FILTERS = ("kind", "region", "country", "type", "status", "sector", "sdg", "year")


def register(add: AddCommand) -> None:
    """Add this module's subcommands; `add(name, func, help)` returns a parser that
    already has --db."""
    p = add("graph", cmd_graph, "Export the relationship graph as a 16:9 picture (.png .svg "
                                ".pdf), for Gephi (.graphml .gexf) or as an Excel workbook "
                                "(.xlsx); the format follows the extension of --out.")
    p.add_argument("--out", metavar="FILE", action=OutputFile,
                   help="the file to write (never a database)")
    p.add_argument("--view", metavar="NAME",
                   help="a view saved in the app: its filters, layout, positions, zoom and "
                        "colouring (other options given change them)")
    p.add_argument("--list-views", action="store_true",
                   help="list the saved views instead of writing a file")
    p.add_argument("--year", metavar="Y", type=WholeNumber(1800, 2200),
                   help="only ties that existed in year Y (Gregorian, 1800 to 2200); ties "
                        "whose start year is not known are left out and counted")
    p.add_argument("--ego", metavar="NAME_OR_ID",
                   help="only this partner (name, Thai name, acronym or id) and its neighbours")
    p.add_argument("--depth", metavar="D", type=WholeNumber(1, 2),
                   help="ego view depth: 1 (default) or 2")
    p.add_argument("--layout", metavar="L", help=" | ".join(LAYOUTS) + " (default force)")
    p.add_argument("--group-by", metavar="G",
                   help=" | ".join(GROUP_BY) + " (default auto: by country above "
                        "1,500 nodes)")
    p.add_argument("--dpi", metavar="N", type=WholeNumber(30, 1200), default=200,
                   help="picture resolution (PNG; 30 to 1200, default 200; 144 makes a "
                        "1920 × 1080 slide)")
    p.add_argument("--size-by", metavar="METRIC", help=" | ".join(METRICS))
    p.add_argument("--color-by", metavar="C", help=" | ".join(COLOR_BY))
    p.add_argument("--lang", metavar="LANG",
                   help="labels: en | th (default: the language the command line speaks, "
                        "bkk-relations-cli --language)")
    p.add_argument("--calendar", metavar="CAL",
                   help="years and the date on the picture: gregorian | buddhist (default: "
                        "buddhist in Thai, else gregorian)")
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
    p.add_argument("--goal", metavar="GOAL",
                   help="only ties aligned to a strategic goal: \"framework code\" (e.g. "
                        "\"sdgs 11\", \"bkk_nine_dimensions 5\"), or its code and name, or a "
                        "name only one goal has, in English or Thai")


def _choice(value: str | None, option: str, choices: list[str]) -> str | None:
    if value is not None and value not in choices:
        raise UsageError(f"{option} must be one of {', '.join(choices)}, not "
                         f"'{printable(value)}'.")
    return value


def _check_filters(args: argparse.Namespace) -> None:
    from ..core.places.regions import REGIONS
    from ..core.records import vocab

    checks = (("kind", list(vocab.PARTNER_KINDS)), ("region", REGIONS),
              ("type", list(vocab.AGREEMENT_TYPES)),
              ("status", [*vocab.AGREEMENT_STATUSES, *vocab.PROJECT_STATUSES]),
              ("sector", list(vocab.SECTORS)))
    for name, choices in checks:
        _choice(getattr(args, name), f"--{name}", choices)


def _filters(args: argparse.Namespace, base=None):
    """The view's filter (a saved view's, or none) with the options given on top."""
    from ..core.graph.model import GraphFilter

    f = base or GraphFilter()
    given = {"kind": args.kind, "region": args.region,
             "country": args.country.upper() if args.country else None,
             "agreement_type": args.type, "status": args.status, "sector": args.sector,
             "sdg": args.sdg, "year": args.year}
    f = replace(f, **{k: v for k, v in given.items() if v is not None})
    if args.projects:
        f = replace(f, projects=True)
    if args.units:
        f = replace(f, units=True)
    return f


def _goal_id(reg, text: str) -> int:
    """The goal ``text`` names, read as a spreadsheet cell naming a goal is."""
    from ..core.records.normalise import name_key
    from ..core.strategy.alignment import goal_index

    index, labels = goal_index(reg.conn, name_key)
    found = sorted(index.get(name_key(text), ()))
    if len(found) == 1:
        return found[0]
    if found:
        raise UsageError(f"--goal '{printable(text)}' names {len(found)} goals ("
                         + "; ".join(labels[g] for g in found[:5])
                         + "); write it as \"framework code\", e.g. \"sdgs 11\".")
    raise UsageError(f"--goal '{printable(text)}' names no goal; see `framework list` and "
                     "`framework export` for the codes.")


def cmd_graph(args: argparse.Namespace) -> int:
    args.lang = args.lang or args.message_language
    args.calendar = args.calendar or ("buddhist" if args.lang == "th" else "gregorian")
    for option, choices in (("layout", LAYOUTS), ("size_by", METRICS), ("color_by", COLOR_BY),
                            ("group_by", GROUP_BY), ("lang", ["en", "th"]),
                            ("calendar", CALENDARS)):
        _choice(getattr(args, option), "--" + option.replace("_", "-"), choices)
    _check_filters(args)
    if args.list_views:
        return _list_views(args)
    if args.out is None:
        raise UsageError("--out is needed (the file to write), or --list-views.")
    out = output_path(args.out, "--out", databases=[args.db], suffixes=FORMATS)
    if args.ego is None and args.depth not in (None, 1):
        raise UsageError("--depth needs --ego.")
    # Heavy imports only now, so the other commands start fast.
    from ..core.errors import NotFoundError
    from ..core.graph.export import PictureSpec, export_graph, long_date
    from ..core.graph.layout import load_positions
    from ..core.graph.model import GraphError, load_graph_data
    from ..core.graph.saved_views import SavedViewError, ViewSpec, get_view
    from ..core.graph.view import compute_view, view_annotations, view_sizes

    with open_register(args.db) as reg:
        spec, title = ViewSpec(group_by="auto"), None
        if args.view is not None:
            try:
                saved = get_view(reg, args.view)
                spec, title = saved.spec, saved.name
            except (NotFoundError, SavedViewError) as exc:
                raise UsageError(str(exc)) from None
        f = _filters(args, spec.filter)
        if args.goal is not None:
            f = replace(f, goal=_goal_id(reg, args.goal))
        layout = args.layout or spec.layout
        ego = args.ego if args.ego is not None else spec.ego
        depth = args.depth or (spec.depth if args.ego is None else 1)
        group_by = args.group_by or spec.group_by
        data = load_graph_data(reg.conn)
        expanded = spec.expanded if args.view is not None else ()
        try:
            view = compute_view(data, f, layout=layout, ego=ego, depth=depth,
                                group_by=group_by, expanded=expanded,
                                saved=dict(spec.positions))
        except GraphError as exc:
            raise UsageError(str(exc)) from None
        if args.view is None:  # positions the user dragged in the app for this view
            saved = load_positions(reg.conn, view.name)
            view.pos.update({n: p for n, p in saved.items() if n in view.pos})
    lang, calendar = args.lang, args.calendar
    size_by = args.size_by or spec.size_by
    note = _undated(view, lang)
    picture = PictureSpec(
        title=args.title or title or _title(data.home.label_th if lang == "th"
                                            else data.home.label_en, lang),
        subtitle=_subtitle(args, f, view, lang, calendar), size_by=size_by,
        color_by=args.color_by or spec.color_by, lang=lang,
        annotations=view_annotations(view, calendar), calendar=calendar,
        source=_source(data, reg.db, lang), notes=(note,) if note else (),
        sizes=view_sizes(view, size_by),
        limits=spec.zoom if args.view is not None and args.ego is None else None)
    # a picture shows the view as drawn (grouped or not); data hold every partner
    g = view.graph if out.suffix.lower() in PICTURES else view.base
    changed = export_graph(out, g, view.pos, view.metrics, picture, dpi=args.dpi,
                           risks=view.risks,
                           today=long_date(_dt.date.today(), lang, calendar))
    say = args.in_language
    m = view.metrics
    print(printable(say(Msg("graph.wrote", {
        "file": str(out), "nodes": g.number_of_nodes(), "links": g.number_of_edges(),
        "layout": layout,
        "grouped": Msg("graph.grouped", {"by": view.group_by}) if view.grouped else "",
        "betweenness": Msg("graph.betweenness_exact") if m.betweenness_exact else
        Msg("graph.betweenness_sampled", {"n": m.betweenness_samples})}))))
    if note:
        print(say(Msg("cli.note", {"note": _undated(view, say.code) + "."})))
    if changed:
        print(say(Msg("cli.note", {"note": Msg("graph.control_chars", {
            "n": changed, "suffix": out.suffix})})))
    return 0


def _list_views(args: argparse.Namespace) -> int:
    from ..core.graph.saved_views import list_views
    with open_register(args.db) as reg:
        views = list_views(reg)
    if not views:
        print("No saved views yet (save one in the app's graph page: Saved views → Save "
              "this view…).")
    for v in views:
        print(f"{printable(v.name)}\t(saved by {printable(v.updated_by)} on "
              f"{v.updated_at[:10]})")
    return 0


def _undated(view, lang: str) -> str:
    n = view.undated
    if not n or view.filter.year is None:
        return ""
    if lang == "th":
        return f"ความสัมพันธ์ {n:,} รายการไม่มีปีที่เริ่มต้นและไม่ได้แสดง"
    return (f"{n:,} ties have no start year and are not shown" if n != 1
            else "1 tie has no start year and is not shown")


def _title(home: str, lang: str) -> str:
    return f"เครือข่ายความสัมพันธ์ระหว่างประเทศของ{home}" if lang == "th" else \
        f"{home}'s international relations network"


def _source(data, db, lang: str) -> str:
    """The slide's source line: the register, and the database it was drawn from (as the
    app's graph page names it)."""
    from ..core.graph.export import register_name

    home = data.home.label_th if lang == "th" else data.home.label_en
    name = register_name(db.path, db.is_server)
    return f"ทะเบียนความสัมพันธ์ระหว่างประเทศของ{home} ({name})" if lang == "th" \
        else f"{home}'s international relations register ({name})"


def _subtitle(args: argparse.Namespace, f, view, lang: str, calendar: str) -> str:
    from ..core.graph.model import node_label, shown_year

    parts = []
    if f.year:
        year = shown_year(f.year, calendar)
        parts.append(f"ณ ปี {year}" if lang == "th" else f"as of {year}")
    if view.ego is not None:
        name = node_label(view.base_full, view.ego, lang)
        parts.append(f"รอบ {name} ({view.depth} ขั้น)" if lang == "th"
                     else f"around {name} (depth {view.depth})")
    if view.grouped:
        by = {"country": ("ตามประเทศ", "by country"), "region": ("ตามภูมิภาค", "by region")}
        th, en = by[view.group_by]
        parts.append(f"จัดกลุ่ม{th}" if lang == "th" else f"grouped {en}")
    for name in ("kind", "region", "country", "agreement_type", "status", "sector", "sdg"):
        value = getattr(f, name)
        if value is not None:
            parts.append(f"{name} = {value}")
    return " · ".join(parts)
