"""Thai names are listed in dictionary order, as a Thai reader looks for them: a leading
vowel (เ แ โ ใ ไ) sorts after its consonant, so เชียงใหม่ is under ช and เกาหลีใต้ under ก."""

from __future__ import annotations

from bkk_relations.core.graph.saved_views import ViewSpec, list_views, save_view
from bkk_relations.core.places import countries
from bkk_relations.core.records.models import (
    Activity,
    Agreement,
    Framework,
    Goal,
    Partner,
    Project,
    Unit,
)
from bkk_relations.core.records.normalise import sort_key
from bkk_relations.core.records.repository import Query
from bkk_relations.core.register import Register
from bkk_relations.core.sample.generate import generate
from bkk_relations.core.strategy import frameworks
from bkk_relations.core.strategy.alignment import goal_labels
from bkk_relations.core.strategy.frameworks import find_goals
from bkk_relations.core.views import lists

CITIES = ["ไทรโยค", "เชียงใหม่", "ชลบุรี", "ขอนแก่น", "ช้าง", "ชา", "โตเกียว", "ตาก",
          "กรุงเทพ", "แพร่", "พะเยา"]


def test_thai_names_sort_as_the_dictionary_does() -> None:
    assert sorted(CITIES, key=sort_key) == [
        "กรุงเทพ", "ขอนแก่น", "ชลบุรี", "ชา", "ช้าง", "เชียงใหม่", "ตาก", "โตเกียว", "ไทรโยค",
        "พะเยา", "แพร่"]
    assert sorted(["busan", "Apia", "ญี่ปุ่น", "Zagreb"], key=sort_key) == [
        "Apia", "busan", "Zagreb", "ญี่ปุ่น"]


def test_country_choices_follow_the_names_read(db) -> None:
    codes = ["JP", "KR", "CN", "GB", "VN"]
    assert [countries.name(c, "th") for c in countries.by_name(codes, "th")] == [
        "เกาหลีใต้", "จีน", "ญี่ปุ่น", "เวียดนาม", "สหราชอาณาจักร"]
    assert countries.by_name(codes, "en") == ["CN", "JP", "KR", "GB", "VN"]


def test_saved_views_are_listed_in_thai_order(reg: Register) -> None:
    for name in ("เชียงใหม่ 2010", "ดาวเหนือ", "กรุงเทพ", "Asia"):
        save_view(reg, name, ViewSpec())
    assert [v.name for v in list_views(reg)] == ["Asia", "กรุงเทพ", "เชียงใหม่ 2010",
                                                 "ดาวเหนือ"]


# -- lists sorted by the database: the stored sort keys (records.sort_keys) ------------------
PLACES = {"Chiang Mai": "เชียงใหม่", "Bangkok": "กรุงเทพ", "Taipei": "ไทเป",
          "Khon Kaen": "ขอนแก่น", "Osaka": "โอซาก้า", "apia": None}
THAI_ORDER = ["apia", "กรุงเทพ", "ขอนแก่น", "เชียงใหม่", "ไทเป", "โอซาก้า"]


def _shown(reg: Register, query: Query | None = None, language: str = "th") -> list[str]:
    key = lists.LABEL if language == "th" else "name_en"
    return [str(r[key]) for r in lists.table_rows(reg, Partner, query, language)]


def _paged(reg: Register, language: str = "th", per: int = 4, **kw: object) -> list[str]:
    """The list as the window reads it, a page at a time."""
    out: list[str] = []
    while page := _shown(reg, Query(limit=per, offset=len(out), **kw), language):  # type: ignore[arg-type]
        out += page
    return out


def test_a_thai_list_pages_through_partners_in_dictionary_order(reg: Register, make) -> None:
    for en, th in PLACES.items():
        make.partner(name_en=en, name_th=th)
    assert _paged(reg) == THAI_ORDER
    assert _paged(reg, descending=True) == THAI_ORDER[::-1]
    assert _paged(reg, kind="city") == THAI_ORDER  # the cities' own index
    assert _paged(reg, per=1, text="k") == ["กรุงเทพ", "ขอนแก่น", "โอซาก้า"]  # filtered
    # the English list stays in the English names' order, whatever their case
    assert _paged(reg, "en") == ["apia", "Bangkok", "Chiang Mai", "Khon Kaen", "Osaka",
                                 "Taipei"]
    # the English list's Thai name column sorts in Thai order too
    rows = lists.table_rows(reg, Partner, Query(sort="name_th"), "en")
    assert [r["name_th"] for r in rows] == [None, *THAI_ORDER[1:]]


def test_a_renamed_partner_moves_to_its_place(reg: Register, repo, make) -> None:
    made = {en: make.partner(name_en=en, name_th=th) for en, th in PLACES.items()}
    khon_kaen = made["Khon Kaen"]
    khon_kaen.name_th = "ลำปาง"
    repo.update(khon_kaen)
    assert _paged(reg) == ["apia", "กรุงเทพ", "เชียงใหม่", "ไทเป", "ลำปาง", "โอซาก้า"]
    osaka = repo.get(Partner, made["Osaka"].id)
    osaka.name_th = None  # no Thai name: listed by its English one, among the Latin names
    repo.update(osaka)
    assert _paged(reg)[:2] == ["apia", "Osaka"]


def test_partners_back_from_the_trash_or_imported_keep_their_place(reg: Register, repo,
                                                                  make) -> None:
    made = {en: make.partner(name_en=en, name_th=th) for en, th in PLACES.items()}
    repo.delete(Partner, made["Chiang Mai"].id)
    assert "เชียงใหม่" not in _paged(reg)
    repo.restore(Partner, made["Chiang Mai"].id)  # as Ctrl+Z and the Trash bring it back
    assert _paged(reg) == THAI_ORDER
    # an import writes many rows at once
    imported = [repo.prepared(Partner(kind="city", name_en=en, name_th=th, country="TH"))
                for en, th in (("Phrae", "แพร่"), ("Chonburi", "ชลบุรี"))]
    repo.create_checked(imported)
    assert _paged(reg) == ["apia", "กรุงเทพ", "ขอนแก่น", "ชลบุรี", "เชียงใหม่", "ไทเป",
                           "แพร่", "โอซาก้า"]


def test_goal_codes_are_listed_in_reading_order(reg: Register, repo) -> None:
    fw = repo.create(Framework(name_en="City plan", name_th="แผนเมือง"))
    codes = ["10", "2", "12", "1", "11", "3", "9", "4", "8", "5", "7", "6"]
    goal = {c: repo.create(Goal(framework_id=fw.id, code=c, name_en=f"Goal {c}"))
            for c in codes}
    for sub in ("1.10", "1.2", "1.1"):
        goal[sub] = repo.create(Goal(framework_id=fw.id, code=sub, name_en=f"Goal {sub}",
                                     parent_id=goal["1"].id))
    natural = ["1", "1.1", "1.2", "1.10", *map(str, range(2, 13))]
    q = Query(framework_id=fw.id)
    for language in ("en", "th"):
        for query in (q, Query(framework_id=fw.id, sort="code")):  # as opened, by Code
            assert [r["code"] for r in lists.table_rows(reg, Goal, query, language)] == natural
    assert [r["code"] for r in lists.table_rows(
        reg, Goal, Query(framework_id=fw.id, sort="code", descending=True))] == natural[::-1]
    assert [g.code for g in repo.list(Goal, Query(framework_id=fw.id, sort="code")).records
            ] == natural
    # the goal picker and the strategy view's rows
    assert [label.split(" · ")[1].split(". ")[0]  # "City plan · 1.10. Goal 1.10"
            for _, label in find_goals(reg, "City plan")] == natural
    assert [g.code for g in frameworks.goals(reg, fw.id)] == natural
    # a project aligned to several goals names them in that order
    project = repo.create(Project(title_en="Canals", goal_ids=[goal["10"].id, goal["2"].id,
                                                               goal["1.10"].id]))
    assert reg.conn.execute(f"SELECT {goal_labels('project')} FROM projects t WHERE t.id = ?",
                            (project.id,)).fetchone()[0].split("; ") == [
        "1.10 Goal 1.10 (City plan)", "2 Goal 2 (City plan)", "10 Goal 10 (City plan)"]


def test_generated_records_are_listed_in_dictionary_order(reg: Register) -> None:
    """Sample data is written a chunk at a time, without the repository: its rows get
    their sort keys all the same."""
    generate(reg, partners=40, seed=3)
    for cls in (Partner, Agreement, Activity, Unit):
        shown = [str(r[lists.LABEL]) for r in lists.table_rows(reg, cls, language="th")]
        assert len(shown) >= 5
        assert shown == sorted(shown, key=sort_key), cls.__name__
