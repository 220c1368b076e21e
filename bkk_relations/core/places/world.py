"""The world map's geometry: Natural Earth's 1:110m countries (bundled in resources/map/), the
middle of each country (where a partner without coordinates is placed, marked as
approximate), the Equal Earth projection, and great-circle arcs.

Everything is numpy arrays in projected units (the Earth's radius is 1; x to the east, y to
the north), computed once, so drawing, panning and hit-testing never touch a longitude
again.
"""

from __future__ import annotations

import functools
import json
import math
from dataclasses import dataclass

import numpy as np

from ...resources import resource

# Equal Earth (Šavrič, Patterson and Jenny 2018): equal-area, and its straight edges and
# gently curved parallels read like the world maps people know.
_A1, _A2, _A3, _A4 = 1.340264, -0.081106, 0.000893, 0.003796
_M = math.sqrt(3) / 2
CENTRAL_MERIDIAN = 0.0
# A great-circle arc gets a point every this many degrees along it (and at least two).
ARC_STEP_DEG = 4.0


def project(lon: np.ndarray | float, lat: np.ndarray | float,
            central: float = CENTRAL_MERIDIAN) -> tuple[np.ndarray, np.ndarray]:
    """Equal Earth x, y of longitudes and latitudes (degrees). Longitudes are taken as they
    are (not wrapped), so a ring continued past 180° stays in one piece."""
    lam = np.radians(np.asarray(lon, dtype=float) - central)
    phi = np.radians(np.clip(np.asarray(lat, dtype=float), -90, 90))
    theta = np.arcsin(_M * np.sin(phi))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    x = 2 * math.sqrt(3) * lam * np.cos(theta) / (
        3 * (9 * _A4 * t6 * t2 + 7 * _A3 * t6 + 3 * _A2 * t2 + _A1))
    y = theta * (_A1 + _A2 * t2 + t6 * (_A3 + _A4 * t2))
    return x, y


def outline(steps: int = 90) -> np.ndarray:
    """The map's edge (the ±180° meridians and the poles' lines), closed, as (n, 2)."""
    lats = np.linspace(-90, 90, steps)
    east = np.column_stack(project(np.full(steps, 180.0), lats))
    west = np.column_stack(project(np.full(steps, -180.0), lats[::-1]))
    return np.vstack([east, west, east[:1]])


@dataclass(frozen=True)
class Country:
    code: str  # ISO 3166-1 alpha-2 ('' for a few disputed areas)
    name: str
    rings: tuple[np.ndarray, ...]  # projected (n, 2) rings: outer and holes alike


@functools.cache
def countries() -> tuple[Country, ...]:
    """The countries to draw, projected. Rings reaching past 180° (Russia's and Fiji's
    easternmost islands) are drawn a second time shifted by 360°, so they show at the
    map's western edge (the view is clipped to the map's outline)."""
    data = json.loads(resource("map", "countries-110m.geojson").read_text(encoding="utf-8"))
    out = []
    for feature in data["features"]:
        rings = []
        for polygon in feature["geometry"]["coordinates"]:
            for ring in polygon:
                lonlat = np.asarray(ring, dtype=float)
                shifts = [0.0]
                if lonlat[:, 0].max() > 180:
                    shifts.append(-360.0)
                for shift in shifts:
                    x, y = project(lonlat[:, 0] + shift, lonlat[:, 1])
                    rings.append(np.column_stack([x, y]))
        props = feature["properties"]
        out.append(Country(props.get("iso", ""), props.get("name", ""), tuple(rings)))
    return tuple(out)


@functools.cache
def centroids() -> dict[str, tuple[float, float]]:
    """ISO alpha-2 code -> (longitude, latitude) of the middle of the country's largest
    piece of land (from Natural Earth 1:50m, which has the small countries too)."""
    raw = json.loads(resource("map", "country-centroids.json").read_text(encoding="utf-8"))
    return {code: (float(lon), float(lat)) for code, (lon, lat) in raw.items()}


def centroid(code: str | None) -> tuple[float, float] | None:
    return centroids().get(code.upper()) if code else None


@dataclass(frozen=True)
class Polylines:
    """Many polylines in one array: ``points`` (n, 2), the index in it where each line
    starts (``starts``), and whose line it is (``owner``: an index into the destinations the
    lines were made for). Drawing code turns this into paths without a Python loop."""

    points: np.ndarray
    starts: np.ndarray
    owner: np.ndarray

    @property
    def lengths(self) -> np.ndarray:
        return np.diff(np.append(self.starts, len(self.points)))

    def subset(self, lines: np.ndarray) -> Polylines:
        """Only the lines whose index is in ``lines`` (a boolean mask over the lines)."""
        lengths = self.lengths
        keep = np.repeat(lines, lengths)
        new_lengths = lengths[lines]
        starts = np.concatenate([[0], np.cumsum(new_lengths)[:-1]]).astype(np.int64) \
            if len(new_lengths) else np.zeros(0, dtype=np.int64)
        return Polylines(self.points[keep], starts, self.owner[lines])


def great_circle(lon0: float, lat0: float, lon1: np.ndarray, lat1: np.ndarray,
                 step_deg: float = ARC_STEP_DEG) -> Polylines:
    """The great-circle arcs from one point to many, projected, one polyline each (two when
    the arc crosses the 180° meridian: one to each edge of the map). Arcs of the same length
    are computed together, so 20,000 take a fraction of a second."""
    lon1 = np.asarray(lon1, dtype=float).reshape(-1)
    lat1 = np.asarray(lat1, dtype=float).reshape(-1)
    a = _unit(np.radians(lon0), np.radians(lat0))
    b = _unit(np.radians(lon1), np.radians(lat1)).reshape(-1, 3)  # (n, 3)
    dist = np.arccos(np.clip(b @ a, -1.0, 1.0))  # radians
    counts = np.maximum(2, np.ceil(np.degrees(dist) / step_deg).astype(int) + 1)
    points: list[np.ndarray] = []
    lengths: list[np.ndarray] = []
    owners: list[np.ndarray] = []
    for n in np.unique(counts):
        rows = np.nonzero(counts == n)[0]
        t = np.linspace(0.0, 1.0, int(n))[None, :, None]  # (1, n, 1)
        d = dist[rows][:, None, None]
        s = np.sin(d)
        safe = np.where(s < 1e-12, 1.0, s)
        pts = np.where(s < 1e-12, a[None, None, :],  # slerp; a point onto itself stays
                       (np.sin((1 - t) * d) * a + np.sin(t * d) * b[rows][:, None, :]) / safe)
        lon = np.degrees(np.arctan2(pts[..., 1], pts[..., 0]))
        lat = np.degrees(np.arcsin(np.clip(pts[..., 2], -1.0, 1.0)))
        crossing = (np.abs(np.diff(lon, axis=1)) > 180).any(axis=1)
        whole = ~crossing
        if whole.any():
            x, y = project(lon[whole], lat[whole])
            points.append(np.column_stack([x.reshape(-1), y.reshape(-1)]))
            lengths.append(np.full(int(whole.sum()), int(n)))
            owners.append(rows[whole])
        for k in np.nonzero(crossing)[0]:
            for piece in _split_at_antimeridian(lon[k], lat[k]):
                points.append(piece)
                lengths.append(np.array([len(piece)]))
                owners.append(np.array([rows[k]]))
    if not points:
        empty = np.zeros(0, dtype=np.int64)
        return Polylines(np.zeros((0, 2)), empty, empty)
    all_lengths = np.concatenate(lengths)
    starts = np.concatenate([[0], np.cumsum(all_lengths)[:-1]]).astype(np.int64)
    return Polylines(np.vstack(points), starts, np.concatenate(owners).astype(np.int64))


def _unit(lon: np.ndarray | float, lat: np.ndarray | float) -> np.ndarray:
    lon, lat = np.asarray(lon), np.asarray(lat)
    return np.stack([np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)],
                    axis=-1)


def _split_at_antimeridian(lon: np.ndarray, lat: np.ndarray) -> list[np.ndarray]:
    jumps = np.nonzero(np.abs(np.diff(lon)) > 180)[0]
    if not len(jumps):
        x, y = project(lon, lat)
        return [np.column_stack([x, y])]
    pieces = []
    start = 0
    for j in jumps:
        # close each piece at the edge: the crossing point, on this side and the other
        l0, l1 = lon[j], lon[j + 1]
        edge = 180.0 if l0 > 0 else -180.0
        span = (edge - l0) / ((l1 + (360 if l0 > 0 else -360)) - l0)
        lat_edge = lat[j] + (lat[j + 1] - lat[j]) * span
        seg_lon = np.append(lon[start:j + 1], edge)
        seg_lat = np.append(lat[start:j + 1], lat_edge)
        x, y = project(seg_lon, seg_lat)
        pieces.append(np.column_stack([x, y]))
        lon = lon.copy()
        lon[j] = -edge  # the next piece starts at the other edge
        lat = lat.copy()
        lat[j] = lat_edge
        start = int(j)
    x, y = project(lon[start:], lat[start:])
    pieces.append(np.column_stack([x, y]))
    return pieces
