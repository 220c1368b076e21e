"""The frameworks every register starts with: the SDGs (the 17 goals the app has always
known) and the Bangkok Governor's nine policy dimensions. Both are ordinary records once
shipped: a later Governor's set can replace the nine dimensions in the app.

Sources: the SDGs, https://sdgs.un.org/goals (in force 2016–2030); the nine dimensions
("นโยบาย 9 ดี 9 ด้าน", in the order a Deputy Governor listed them),
https://www.dailynews.co.th/news/3309220/ (see ../shared/reference/bangkok-public-facts.md).
"""

from __future__ import annotations

from datetime import UTC, datetime

from ..records.vocab import SDGS

SDG_FRAMEWORK = "sdgs"
NINE_DIMENSIONS = "bkk_nine_dimensions"

NINE_DIMENSIONS_SOURCE = "https://www.dailynews.co.th/news/3309220/"
SDGS_SOURCE = "https://sdgs.un.org/goals"

# (code, English, Thai), in the order of the source.
NINE_DIMENSION_GOALS = (
    ("1", "Safe", "ปลอดภัยดี"),
    ("2", "Transparent", "โปร่งใสดี"),
    ("3", "Economy", "เศรษฐกิจดี"),
    ("4", "Mobility", "เดินทางดี"),
    ("5", "Environment", "สิ่งแวดล้อมดี"),
    ("6", "Health", "สุขภาพดี"),
    ("7", "Society", "สังคมดี"),
    ("8", "Education", "เรียนดี"),
    ("9", "Governance", "บริหารจัดการดี"),
)

# (builtin key, English, Thai, period start, period end, source, goals)
FRAMEWORKS = (
    (SDG_FRAMEWORK, "Sustainable Development Goals", "เป้าหมายการพัฒนาที่ยั่งยืน (SDGs)",
     "2016", "2030", SDGS_SOURCE,
     tuple((str(n), en, th) for n, (en, th) in sorted(SDGS.items()))),
    (NINE_DIMENSIONS, "Governor's policy: nine dimensions", "นโยบาย 9 ดี 9 ด้าน",
     "2022", None, NINE_DIMENSIONS_SOURCE, NINE_DIMENSION_GOALS),
)


def seed_sql() -> list[tuple[str, tuple]]:
    """The statements that put the shipped frameworks into a new schema (the same SQL on
    both engines)."""
    now = datetime.now(UTC).isoformat(timespec="seconds")
    out: list[tuple[str, tuple]] = []
    for key, en, th, start, end, source, goals in FRAMEWORKS:
        out.append((
            "INSERT INTO frameworks (name_en, name_th, builtin, period_start, period_end, "
            "is_active, source, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?)",
            (en, th, key, start, end, source, now, now)))
        for code, goal_en, goal_th in goals:
            out.append((
                "INSERT INTO goals (framework_id, code, name_en, name_th, source, created_at, "
                "updated_at) SELECT id, ?, ?, ?, ?, ?, ? FROM frameworks WHERE builtin = ?",
                (code, goal_en, goal_th, source, now, now, key)))
    return out
