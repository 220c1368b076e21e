"""Thai lines break only between words: the briefing's PDF and the printed pages never cut a
Thai word in two, and never drop or change a letter of what the user wrote."""

from __future__ import annotations

import unicodedata

from bkk_relations.core.documents import thai_text

SENTENCE = ("กรุงเทพมหานครลงนามบันทึกความเข้าใจว่าด้วยความร่วมมือด้านการจัดการขยะกับ"
            "เมืองโซล (Seoul) ในปี 2566 และสำนักงานการต่างประเทศจะติดตามผลการดำเนินงาน")
WORDS = ["กรุงเทพมหานคร", "บันทึก", "ความเข้าใจ", "ความร่วมมือ", "จัดการ", "ขยะ",
         "สำนักงาน", "การต่างประเทศ", "ติดตาม", "ผลการดำเนินงาน"]


def test_cutting_into_units_keeps_every_letter():
    units = thai_text.units(SENTENCE)
    assert "".join(units) == SENTENCE
    assert "บันทึก" in units and "ความร่วมมือ" in units


def test_wrapped_lines_break_only_between_words():
    def measure(text: str) -> float:  # one unit per letter, marks take no room
        return sum(0 if unicodedata.category(c) == "Mn" else 1 for c in text)

    units = thai_text.units(SENTENCE)
    bounds = {sum(len(u) for u in units[:i]) for i in range(len(units) + 1)}
    for word in WORDS:  # the dictionary knows the words of the sentence
        start = SENTENCE.index(word)
        assert start in bounds and start + len(word) in bounds, word
    for width in (8, 12, 17, 25, 40):
        lines = thai_text.wrap(SENTENCE, width, measure)
        assert "".join(lines).replace(" ", "") == SENTENCE.replace(" ", "")
        assert all(measure(line) <= width for line in lines)
        pos, breaks = 0, []
        for line in lines[:-1]:
            pos = SENTENCE.index(line, pos) + len(line)
            breaks.append(pos)
        start = 0
        for unit in units:  # a word that fits on a line is never cut
            if measure(unit.strip()) <= width:
                assert not any(start < b < start + len(unit.rstrip()) for b in breaks), \
                    (width, unit, lines)
            start += len(unit)


def test_a_unit_longer_than_the_line_is_cut_between_letters_never_before_a_mark():
    address = "https://www.bangkok.go.th/" + "ประชาสัมพันธ์" * 3
    lines = thai_text.wrap(address, 10, len)
    assert "".join(lines) == address
    for line in lines:
        assert unicodedata.category(line[0]) != "Mn"  # no line starts with a vowel mark
        assert line[-1] not in "เแโใไ"  # and none ends with a leading vowel


def test_break_hints_go_only_between_thai_words():
    html = "<td class='x'>ความสัมพันธ์เมืองพี่เมืองน้อง</td> Seoul"
    hinted = thai_text.with_break_hints(html)
    assert thai_text.ZWSP in hinted
    assert hinted.replace(thai_text.ZWSP, "") == html
    assert "<td class='x'>" in hinted and hinted.endswith("</td> Seoul")
    for i, ch in enumerate(hinted):
        if ch == thai_text.ZWSP:
            assert "\u0e00" <= hinted[i - 1] <= "\u0e7f" and "\u0e00" <= hinted[i + 1] <= \
                "\u0e7f"
