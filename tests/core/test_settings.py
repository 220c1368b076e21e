"""Settings declared once (core.settings): a register reads them typed with their declared
default and refuses a key that is not declared; the app's preferences take their defaults and
ranges from the same declarations."""

from __future__ import annotations

import pytest

from bkk_relations.core import settings
from bkk_relations.core.backups import backup
from bkk_relations.core.errors import SettingRefused
from bkk_relations.core.excel.export import home_city


def test_a_register_refuses_a_setting_that_is_not_declared(reg):
    with pytest.raises(SettingRefused, match="'home_citty' is not a setting"):
        reg.setting("home_citty")
    with pytest.raises(SettingRefused):
        reg.set_setting("home_citty", "Chiang Mai")
    assert reg.db.get_setting("home_citty") is None  # nothing written


def test_an_app_preference_is_not_a_database_setting(reg):
    with pytest.raises(SettingRefused, match="preference of the app"):
        reg.set_setting("backup/daily", 3)
    assert reg.db.get_setting("backup/daily") is None


def test_settings_read_typed_with_their_declared_default(reg):
    assert reg.setting("home_city_en") == "Bangkok"
    assert reg.setting("home_city_th") == "กรุงเทพมหานคร"
    assert reg.setting("home_country") == "TH"
    assert reg.setting("attachments_folder") is None
    assert reg.setting("graph_positions:shell") is None  # one key of a declared family
    changes = reg.set_setting("home_city_en", "Chiang Mai")
    assert reg.setting("home_city_en") == "Chiang Mai"
    assert changes.touches(kind="settings")
    reg.set_setting("home_city_en", None)  # back to the default
    assert reg.setting("home_city_en") == "Bangkok"


def test_a_value_the_setting_does_not_take_is_refused(reg):
    with pytest.raises(SettingRefused, match="English name takes text"):
        reg.set_setting("home_city_en", 42)
    assert reg.setting("home_city_en") == "Bangkok"
    with pytest.raises(SettingRefused,
                       match=r"Daily backups to keep must be between 1 and 60 \(got 61\)"):
        settings.SETTINGS["backup/daily"].check(61)


def test_exports_name_the_home_city_the_settings_declare(reg):
    assert (home_city(reg, "en"), home_city(reg, "th")) == ("Bangkok", "กรุงเทพมหานคร")
    reg.set_setting("home_city_en", "Chiang Mai")
    assert home_city(reg, "th") == "Chiang Mai"  # no Thai name given: the English one
    reg.set_setting("home_city_th", "เชียงใหม่")
    assert home_city(reg, "th") == "เชียงใหม่"


def test_preferences_edited_by_hand_come_back_typed_and_in_range():
    daily, weekly = settings.SETTINGS["backup/daily"], settings.SETTINGS["backup/weekly"]
    assert (daily.read("0"), daily.read("61"), daily.read("x"), daily.read(None)) == (1, 60, 7, 7)
    assert (weekly.read("-3"), weekly.read(5)) == (0, 5)
    auto = settings.SETTINGS["backup/auto"]
    assert (auto.read("false"), auto.read(True), auto.read("maybe")) == (False, True, True)
    language = settings.SETTINGS["ui/language"]
    assert (language.read("th"), language.read("fr")) == ("th", "en")


def test_the_backups_take_their_counts_from_the_one_declaration():
    assert backup.KEEP_DAILY is settings.SETTINGS["backup/daily"]
    assert backup.KEEP_WEEKLY is settings.SETTINGS["backup/weekly"]
    assert backup.AUTO_DEFAULT is settings.SETTINGS["backup/auto"].default
    every = settings.SETTINGS.values()
    assert all(s.description and s.scope in (settings.DATABASE, settings.APP) for s in every)
