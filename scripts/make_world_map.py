"""Make the world map data in resources/map/ (run once; the result is committed).

From the npm package world-atlas 2.0.2 (Natural Earth 4.1.0 admin-0 countries as TopoJSON;
Natural Earth is in the public domain):

- ``countries-110m.geojson``: the 1:110m countries the Map page draws, as GeoJSON, each
  with its ISO 3166-1 alpha-2 code (``iso``) and English name; Antarctica is left out (no
  partner is there and it takes a fifth of the map). Rings that cross the 180th meridian
  are made continuous (longitudes past 180), so the page can draw them in one piece.
- ``country-centroids.json``: alpha-2 code -> [longitude, latitude] of the middle of each
  country's largest piece of land, from the 1:50m file (which also has the small
  countries the 1:110m map leaves out, such as Singapore): where a partner without
  coordinates is placed, marked as approximate.

    npm pack world-atlas && tar xzf world-atlas-*.tgz
    .venv/bin/python scripts/make_world_map.py package
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pycountry

OUT = Path(__file__).resolve().parent.parent / "resources" / "map"
LEAVE_OUT = {"AQ"}  # Antarctica
# Features Natural Earth keeps apart from any ISO numeric code.
EXTRA_CODES = {"Kosovo": "XK"}


def decode_arcs(topo: dict) -> list[list[tuple[float, float]]]:
    """The topology's arcs as lists of (longitude, latitude): delta-decoded and scaled."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(arcs: list, indexes: list[int]) -> list[tuple[float, float]]:
    out: list[tuple[float, float]] = []
    for i in indexes:
        points = arcs[i] if i >= 0 else arcs[~i][::-1]
        out.extend(points if not out else points[1:])
    return out


def continuous(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Longitudes unwrapped so that no step jumps by more than 180 degrees."""
    out = [points[0]]
    for lon, lat in points[1:]:
        prev = out[-1][0]
        while lon - prev > 180:
            lon -= 360
        while prev - lon > 180:
            lon += 360
        out.append((lon, lat))
    if min(p[0] for p in out) < -180:  # keep the ring's west end at -180 or east of it
        out = [(lon + 360, lat) for lon, lat in out]
    return out


def polygons(geometry: dict, arcs: list) -> list[list[list[tuple[float, float]]]]:
    if geometry["type"] == "Polygon":
        raw = [geometry["arcs"]]
    elif geometry["type"] == "MultiPolygon":
        raw = geometry["arcs"]
    else:
        return []
    return [[continuous(ring(arcs, r)) for r in poly] for poly in raw]


def code_of(geometry: dict) -> str | None:
    numeric = geometry.get("id")
    if numeric:
        country = pycountry.countries.get(numeric=str(numeric).zfill(3))
        if country is not None:
            return country.alpha_2
    return EXTRA_CODES.get(geometry.get("properties", {}).get("name", ""))


def area_centroid(points: list[tuple[float, float]]) -> tuple[float, float, float]:
    """Signed area and centroid of a ring (shoelace formula, in degrees)."""
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        a += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if a == 0:
        return 0.0, points[0][0], points[0][1]
    return a / 2, cx / (3 * a), cy / (3 * a)


def centroids(topo: dict) -> dict[str, list[float]]:
    arcs = decode_arcs(topo)
    best: dict[str, tuple[float, float, float]] = {}
    for geometry in topo["objects"]["countries"]["geometries"]:
        code = code_of(geometry)
        if not code:
            continue
        for poly in polygons(geometry, arcs):
            area, x, y = area_centroid(poly[0])
            if code not in best or abs(area) > abs(best[code][0]):
                best[code] = (area, x, y)
    out = {}
    for code, (_, lon, lat) in sorted(best.items()):
        lon = (lon + 180) % 360 - 180
        out[code] = [round(lon, 3), round(lat, 3)]
    return out


def features(topo: dict) -> list[dict]:
    arcs = decode_arcs(topo)
    out = []
    for geometry in topo["objects"]["countries"]["geometries"]:
        code = code_of(geometry)
        if code in LEAVE_OUT:
            continue
        polys = [[[[round(x, 3), round(y, 3)] for x, y in r] for r in poly]
                 for poly in polygons(geometry, arcs)]
        if not polys:
            continue
        out.append({"type": "Feature",
                    "properties": {"iso": code or "", "name": geometry["properties"]["name"]},
                    "geometry": {"type": "MultiPolygon", "coordinates": polys}})
    return out


def main(argv: list[str]) -> int:
    package = Path(argv[0]) if argv else Path("package")
    small = json.loads((package / "countries-110m.json").read_text(encoding="utf-8"))
    medium = json.loads((package / "countries-50m.json").read_text(encoding="utf-8"))
    OUT.mkdir(parents=True, exist_ok=True)
    collection = {"type": "FeatureCollection",
                  "source": "Natural Earth 4.1.0, 1:110m admin-0 countries (public domain), "
                            "via world-atlas 2.0.2",
                  "features": features(small)}
    (OUT / "countries-110m.geojson").write_text(
        json.dumps(collection, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    (OUT / "country-centroids.json").write_text(
        json.dumps(centroids(medium), indent=0, sort_keys=True), encoding="utf-8")
    print(f"{len(collection['features'])} countries drawn, "
          f"{len(centroids(medium))} centroids")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
