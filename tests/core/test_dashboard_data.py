"""The figures behind the dashboard."""

import datetime as dt

from bkk_relations.core.records.models import Project
from bkk_relations.core.views.dashboard import dashboard_data


def test_counts_series_and_alerts(repo, make, reg):
    seoul = make.partner(name_en="Seoul", country="KR")
    make.partner(name_en="Hanoi", country="VN")
    make.organisation(name_en="C40")
    make.agreement(party_ids=[seoul.id], signed_date="2006")
    soon = (dt.date.today() + dt.timedelta(days=10)).isoformat()
    make.agreement(signed_date="2006-05-01", expiry_date=soon)
    make.project(status="ongoing", sectors=["waste"], sdgs=[11, 12])
    gone = make.project(status="ongoing", sectors=["waste"])
    repo.delete(Project, gone.id)
    d = dashboard_data(reg)
    assert (d.cities, d.organisations, d.active_partners) == (2, 1, 3)
    assert d.active_agreements == 2 and d.ongoing_projects == 1
    assert d.agreements_per_year == [(2006, 2)]
    assert dict(d.partners_by_region) == {"East Asia": 1, "Southeast Asia": 1, "Global": 1}
    assert d.projects_by_sector == [("waste", 1)]
    assert d.projects_by_sdg == [(11, 1), (12, 1)]
    assert [a.days_left for a in d.expiring] == [10]
    assert {p.name for p in d.dormant} == {"Seoul", "Hanoi", "C40"}
