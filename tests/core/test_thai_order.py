"""Thai names are listed in dictionary order, as a Thai reader looks for them: a leading
vowel (เ แ โ ใ ไ) sorts after its consonant, so เชียงใหม่ is under ช and เกาหลีใต้ under ก."""

from __future__ import annotations

from bkk_relations.core.graph.saved_views import ViewSpec, list_views, save_view
from bkk_relations.core.places import countries
from bkk_relations.core.records.normalise import sort_key
from bkk_relations.core.register import Register

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
