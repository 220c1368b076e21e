"""A record that already holds text the register no longer accepts (a control character, a
name too long) opens in the editor as it is; saving it shows the problem beside the field,
and once corrected it saves."""

from __future__ import annotations

from bkk_relations.core.records.models import Partner

from .helpers import go_to


def test_a_record_holding_refused_text_opens_and_says_why_on_saving(window, qtbot):
    go_to(window, "partner")
    rid = window.reg.records.list(Partner).records[0].id
    with window.reg.db.transaction() as conn:  # as an older version could have stored it
        conn.execute("UPDATE partners SET notes = ? WHERE id = ?", ("bell\x07 rang", rid))
    editor = window.edit_record("partner", rid)
    assert editor is not None
    assert editor.widgets["notes"].toPlainText() == "bell\x07 rang"
    editor.widgets["name_th"].setText("ชื่อ" * 80)  # 320 characters
    assert editor.save() is False
    assert editor.isVisible()
    assert editor.errors["notes"].isVisibleTo(editor)
    assert editor.errors["notes"].text() == ("Character 5 is an invisible control character "
                                             "(U+0007); remove it.")
    assert editor.errors["name_th"].text() == ("This text is 320 characters long; at most 300 "
                                               "are allowed here.")
    assert window.reg.records.get(Partner, rid).notes == "bell\x07 rang"  # nothing saved
    editor.widgets["notes"].setPlainText("bell rang")
    editor.widgets["name_th"].setText("ชื่อ")
    assert editor.save()
    assert window.reg.records.get(Partner, rid).notes == "bell rang"
