"""The rewriting of the core's SQL for a PostgreSQL server (no server needed)."""

from __future__ import annotations

from bkk_relations.core.storage.pg_store import Row, _row_class, snippet, translate


def test_placeholders_and_percent_signs_outside_and_inside_literals():
    assert translate("SELECT * FROM t WHERE a = ? AND b LIKE '%x?%'") == \
        "SELECT * FROM t WHERE a = %s AND b ILIKE '%%x?%%'"


def test_words_inside_literals_and_quoted_names_are_left_alone():
    sql = "SELECT \"user\" FROM audit_log WHERE action = 'LIKE char(1)' AND x LIKE ?"
    assert translate(sql) == ("SELECT \"user\" FROM audit_log WHERE action = 'LIKE char(1)' "
                              "AND x ILIKE %s")


def test_doubled_quotes_stay_inside_their_literal():
    assert translate("SELECT 'it''s ?' , ?") == "SELECT 'it''s ?' , %s"


def test_insert_or_ignore_becomes_on_conflict_do_nothing():
    assert translate("INSERT OR IGNORE INTO tags (name) VALUES (?)") == \
        "INSERT INTO tags (name) VALUES (%s) ON CONFLICT DO NOTHING"


def test_sqlite_only_spellings():
    assert translate("SELECT id FROM a WHERE +deleted_at IS NULL AND id IS NOT ?") == \
        "SELECT id FROM a WHERE deleted_at IS NULL AND id IS DISTINCT FROM %s"
    assert translate("SELECT name || char(31) || email FROM c") == \
        "SELECT name || chr(31) || email FROM c"
    assert translate("SELECT id * 8 + 1 FROM p") == "SELECT id * 8 + 1 FROM p"


def test_rows_read_by_position_and_by_name_as_sqlite_rows_are():
    row = _row_class(("id", "name_en"))((7, "Seoul"))
    assert isinstance(row, Row) and row[0] == 7 and row["NAME_EN"] == "Seoul"
    assert dict(row) == {"id": 7, "name_en": "Seoul"} and tuple(row) == (7, "Seoul")


def test_snippet_marks_the_first_match_as_the_file_does():
    body = "Bangkok Metropolitan Administration กรุงเทพมหานคร sister city agreement"
    assert snippet(body, ["กรุงเทพ"]) == \
        "Bangkok Metropolitan Administration [กรุงเทพ]มหานคร sister city agreement"
    assert snippet(body, ["ADMIN"]).count("[Admin]") == 1
