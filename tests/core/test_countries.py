"""Country names in English and Thai, and reading what people type."""

from bkk_relations.core.places import countries


def test_names_in_both_languages():
    assert countries.name("KR") == "South Korea"
    assert countries.name("kr", "th") == "เกาหลีใต้"
    assert countries.name("XX") == ""


def test_resolve_names_codes_and_thai():
    assert countries.resolve("Japan") == "JP"
    assert countries.resolve("ญี่ปุ่น") == "JP"
    assert countries.resolve("jpn") == "JP"
    assert countries.resolve("  viet nam ") == "VN"
    assert countries.resolve("Atlantis") is None
    assert countries.resolve("") is None


def test_all_countries_listed_with_thai_names():
    rows = countries.all_countries()
    assert len(rows) > 240
    assert ("TH", "Thailand", "ไทย") in rows
