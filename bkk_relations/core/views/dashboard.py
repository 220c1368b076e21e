"""Figures for the dashboard: headline counts and the series behind its charts."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..records.models import SPECS
from ..storage.protocols import Connection
from . import alerts

if TYPE_CHECKING:
    from ..register import Register


@dataclass
class DashboardData:
    active_partners: int = 0
    cities: int = 0
    organisations: int = 0
    active_agreements: int = 0
    ongoing_projects: int = 0
    activities: int = 0
    agreements_per_year: list[tuple[int, int]] = field(default_factory=list)
    partners_by_region: list[tuple[str, int]] = field(default_factory=list)
    projects_by_sector: list[tuple[str, int]] = field(default_factory=list)
    projects_by_sdg: list[tuple[int, int]] = field(default_factory=list)
    expiring: list[alerts.ExpiringAgreement] = field(default_factory=list)  # still to come
    overdue: list[alerts.ExpiringAgreement] = field(default_factory=list)  # past, still active
    dormant: list[alerts.DormantPartner] = field(default_factory=list)
    actions_due: list[alerts.DueAction] = field(default_factory=list)  # within 30 days
    actions_overdue: list[alerts.DueAction] = field(default_factory=list)


def _one(conn: Connection, sql: str) -> int:
    return conn.execute(sql).fetchone()[0]


def dashboard_data(reg: Register, *, expiry_days: int = 180, dormant_years: int = 3,
                   language: str = "en") -> DashboardData:
    """Everything the dashboard shows, read in one go (may take a moment on big files)."""
    conn = reg.conn
    live = "deleted_at IS NULL"
    d = DashboardData()
    d.active_partners = _one(conn, f"SELECT count(*) FROM partners WHERE {live} "
                                   "AND status = 'active'")
    d.cities = _one(conn, f"SELECT count(*) FROM partners WHERE {live} AND kind = 'city'")
    d.organisations = _one(conn, f"SELECT count(*) FROM partners WHERE {live} "
                                 "AND kind = 'organisation'")
    d.active_agreements = _one(conn, f"SELECT count(*) FROM agreements WHERE {live} "
                                     "AND status IN ('active', 'renewed')")
    d.ongoing_projects = _one(conn, f"SELECT count(*) FROM projects WHERE {live} "
                                    "AND status = 'ongoing'")
    d.activities = _one(conn, f"SELECT count(*) FROM activities WHERE {live}")
    d.agreements_per_year = [tuple(r) for r in conn.execute(
        f"SELECT CAST(substr(signed_date, 1, 4) AS INTEGER) AS y, count(*) FROM agreements "
        f"WHERE {live} AND signed_date IS NOT NULL GROUP BY y ORDER BY y")]
    d.partners_by_region = [tuple(r) for r in conn.execute(
        f"SELECT coalesce(region, 'Global'), count(*) AS n FROM partners WHERE {live} "
        "GROUP BY 1 ORDER BY n DESC")]
    sectors, sdgs = SPECS["project"].link("sectors"), SPECS["project"].link("sdgs")
    d.projects_by_sector = [tuple(r) for r in conn.execute(
        f"SELECT s.sector, count(*) AS n FROM {sectors.table} s JOIN projects p "
        f"ON p.id = s.{sectors.owner_col} WHERE p.deleted_at IS NULL GROUP BY s.sector "
        "ORDER BY n DESC")]
    d.projects_by_sdg = [tuple(r) for r in conn.execute(
        f"SELECT s.sdg, count(*) FROM {sdgs.table} s JOIN projects p "
        f"ON p.id = s.{sdgs.owner_col} WHERE p.deleted_at IS NULL GROUP BY s.sdg ORDER BY s.sdg")]
    d.expiring, d.overdue = alerts.split_overdue(
        alerts.expiring_agreements(reg, days=expiry_days))
    d.dormant = alerts.dormant_partners(reg, years=dormant_years, language=language)
    d.actions_due, d.actions_overdue = alerts.split_due(
        alerts.due_actions(reg, language=language))
    return d
