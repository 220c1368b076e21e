"""The field registry: every field of every kind of record declared once, and the editors,
lists, spreadsheet columns, reports and text rules all reading that one declaration."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from bkk_relations.core import fields
from bkk_relations.core.errors import ValidationError
from bkk_relations.core.excel import columns, reports
from bkk_relations.core.excel.columns import match_headers
from bkk_relations.core.imports.run import REQUIRED_COLUMNS
from bkk_relations.core.records import sort_keys
from bkk_relations.core.records.models import SPECS
from bkk_relations.core.records.validation import TEXT_RULES
from bkk_relations.core.views import lists

TS = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "bkk_relations_th.ts"
_THAI = re.compile("[\u0e00-\u0e7f]")


def test_every_stored_field_and_linked_list_has_one_editor_field():
    for name, spec in SPECS.items():
        attrs = [f.attr for f in fields.form(name)]
        assert len(attrs) == len(set(attrs)), f"{name}: a field declared twice"
        stored = ({c for c in spec.columns if c not in sort_keys.DERIVED | {"builtin"}}
                  | {lk.attr for lk in spec.links})  # (those left out are kept by the app)
        assert stored <= set(attrs), f"{name}: not in the editor: {stored - set(attrs)}"
        assert set(attrs) - stored <= {"tags"}, name
        assert set(attrs) <= set(spec.cls.__dataclass_fields__), name


def test_lists_spreadsheets_reports_and_imports_read_the_registry():
    for name in SPECS:
        assert lists.COLUMNS[name] == fields.list_columns(name)
    assert set(columns.FIELDS) == set(fields.importable()) == set(columns.IMPORT_TYPES.values())
    for name in columns.FIELDS:
        assert columns.FIELDS[name] == fields.import_columns(name)
        assert reports.SHEETS[name].keys == tuple(c.key for c in fields.report_columns(name))
        assert REQUIRED_COLUMNS[name] == fields.required(name)
    # what the import wizard and the command line asked for before the registry
    # (a contact names its partner or, since units have staff, its unit: neither column alone
    # is required)
    assert REQUIRED_COLUMNS == {"partner": ("name_en",), "contact": ("name",),
                                "agreement": ("title_en",), "project": ("title_en",),
                                "activity": ("title_en", "start_date"),
                                "action": ("title_en",), "lesson": ("title_en",)}


@pytest.mark.parametrize("entity", list(fields.ENTITIES))
def test_every_label_header_and_column_title_exists_in_english_and_thai(entity):
    for f in fields.form(entity):
        en, th = f.label
        assert en.strip() and th.strip(), f.attr
        letter = re.search(r"&(.)", en)
        if letter:  # the Thai label keeps the English mnemonic, as "(&N)"
            assert th.endswith(f"(&{letter.group(1).upper()})"), (f.attr, th)
        assert f.plain_label("th") and "&" not in f.plain_label("th")
        assert f.title("en") and f.title("th"), f.attr
        assert _THAI.search(f.title("th")) or f.title("th") == f.title("en") == "SDGs"
    for c in fields.list_columns(entity) + (fields.report_columns(entity)
                                            if entity in columns.FIELDS else []):
        assert c.title and c.title_th, c.key
        assert _THAI.search(c.title_th) or c.title_th in ("SDGs",), c.key


def test_the_thai_labels_are_those_the_editor_shows_today():
    shown = {m.findtext("source"): m.findtext("translation")
             for c in ET.parse(TS).getroot().iter("context") if c.findtext("name") == "fields"
             for m in c.iter("message")}
    compared = 0
    for entity in fields.ENTITIES:
        for f in fields.form(entity):
            if f.label[0] in shown:
                assert f.label[1] == shown[f.label[0]], f.attr
                compared += 1
    assert compared or not shown


def test_the_editor_gets_its_fields_labels_and_kinds_in_either_language():
    form = fields.form("project")
    assert [f.attr for f in form][:4] == ["title_en", "title_th", "status", "partner_ids"]
    assert fields.label("partner", "name_en", "th") == "ชื่อ (ภาษาอังกฤษ) (&N)"
    assert fields.plain_label("partner", "name_en", "th") == "ชื่อ (ภาษาอังกฤษ)"
    assert fields.label("contact", "name") == "&Name (English)"  # as a partner's is
    assert fields.field("project", "budget").editor_kind == "float"
    assert fields.field("project", "budget").kind == "money"
    assert fields.field("agreement", "parties").attr == "party_ids"
    assert fields.title("partner", "ties", "th") == "จำนวนความตกลง"


@pytest.mark.parametrize("language", ["en", "th"])
@pytest.mark.parametrize("entity", sorted(columns.FIELDS))
def test_every_exported_column_title_imports_back_to_its_field(entity, language):
    sheet = fields.sheet(entity)
    titles = [f.title(language) for f in sheet]
    assert match_headers(entity, titles) == {i: f.key for i, f in enumerate(sheet)}


def test_every_text_field_has_the_rule_its_kind_needs():
    for entity in fields.ENTITIES:
        for f in fields.form(entity):
            if f.kind in ("line", "text"):
                assert f.text in TEXT_RULES, (entity, f.attr)
                assert TEXT_RULES[f.text].multiline == (f.kind == "text"), (entity, f.attr)
            else:
                assert f.text is None, (entity, f.attr)


@pytest.mark.parametrize("entity", list(fields.ENTITIES))
def test_a_record_without_a_required_field_is_refused_naming_it(repo, entity):
    record = SPECS[entity].cls()
    with pytest.raises(ValidationError) as caught:
        repo.create(record)
    refused = {p.field for p in caught.value.problems}
    for key in fields.required(entity):
        assert fields.field(entity, key).attr in refused
