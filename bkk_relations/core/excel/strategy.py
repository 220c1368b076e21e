"""The strategy workbook (per goal of a framework, and per unit) and the year-in-review
workbook, in English or Thai, with the print setup of the other reports (the writer's)."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from ..records import vocab
from ..strategy import coverage as cov
from ..strategy.review import year_review
from .export import ExportOptions, ExportResult, home_city, title_line
from .writer import OutColumn, open_book

if TYPE_CHECKING:
    from ..register import Register

TEXT = {
    "strategy": ("Strategy alignment", "ความสอดคล้องกับยุทธศาสตร์"),
    "review": ("Year in review", "สรุปผลการดำเนินงานประจำปี"),
    "by_goal": ("By goal", "รายเป้าหมาย"),
    "by_unit": ("By unit", "รายหน่วยงาน"),
    "code": ("Code", "รหัส"),
    "goal": ("Goal", "เป้าหมาย"),
    "framework": ("Framework", "กรอบยุทธศาสตร์"),
    "partners": ("Partners engaged", "คู่ความร่วมมือ ที่เกี่ยวข้อง"),
    "agreements": ("Agreements in force", "ความตกลง ที่มีผล"),
    "projects": ("Active projects", "โครงการ ที่ดำเนินการอยู่"),
    "activities": ("Activities %s", "กิจกรรมปี %s"),
    "open_actions": ("Open actions", "งานติดตาม ที่ค้างอยู่"),
    "overdue_actions": ("Overdue actions", "งานติดตาม ที่เลยกำหนด"),
    "lessons_piloted": ("Lessons piloted", "บทเรียน ที่นำร่อง"),
    "lessons_scaled": ("Lessons scaled up", "บทเรียน ที่ขยายผล"),
    "no_cooperation": ("no cooperation", "ไม่มีความร่วมมือ"),
    "unit": ("Unit", "หน่วยงาน"),
    "unit_projects": ("Projects", "โครงการ"),
    "unit_actions": ("Follow-up actions", "งานติดตาม"),
    "unit_lessons": ("Lessons adopted", "บทเรียน ที่นำไปใช้"),
    "goals": ("Goals", "เป้าหมาย"),
    "no_part": ("takes no part", "ไม่มีส่วนร่วม"),
    "strategy_note": ("Goals with no agreement in force, active project, activity in %s or "
                      "open follow-up action are marked. A parent goal counts its "
                      "sub-goals' records once each.",
                      "เป้าหมายที่ไม่มีความตกลงที่มีผล โครงการที่ดำเนินการอยู่ กิจกรรมในปี %s "
                      "หรืองานติดตามที่ค้างอยู่ จะถูกเน้นสี เป้าหมายหลักนับรายการของเป้าหมายย่อย"
                      "รายการละครั้ง"),
    "unit_note": ("Projects, follow-up actions and lessons of each unit, and the goals of %s "
                  "they serve; units with none are marked.",
                  "โครงการ งานติดตาม และบทเรียนของแต่ละหน่วยงาน และเป้าหมายของ %s ที่เกี่ยวข้อง "
                  "หน่วยงานที่ไม่มีจะถูกเน้นสี"),
    "agreements_sheet": ("Agreements", "ความตกลง"),
    "signed": ("Agreements signed", "ความตกลงที่ลงนาม"),
    "renewed": ("Agreements renewed", "ความตกลงที่ต่ออายุ"),
    "expired": ("Agreements expired", "ความตกลงที่หมดอายุ"),
    "title": ("Title", "ชื่อเรื่อง"),
    "type": ("Type", "ประเภท"),
    "date": ("Date", "วันที่"),
    "count": ("Number", "จำนวน"),
    "what": ("What", "รายการ"),
    "activities_by_type": ("Activities by type", "กิจกรรมตามประเภท"),
    "activities_by_partner": ("Activities by partner", "กิจกรรมตามคู่ความร่วมมือ"),
    "partner": ("Partner", "คู่ความร่วมมือ"),
    "projects_by_goal": ("Projects by goal", "โครงการตามเป้าหมาย"),
    "units_engaged": ("Units engaged", "หน่วยงานที่มีส่วนร่วม"),
    "records": ("Records", "จำนวนรายการ"),
    "actions": ("Follow-up actions", "งานติดตาม"),
    "done": ("Done", "ดำเนินการแล้ว"),
    "overdue": ("Overdue", "เลยกำหนด"),
    "owner": ("Owner unit", "หน่วยงานรับผิดชอบ"),
    "lessons": ("Lessons scaled up", "บทเรียนที่ขยายผล"),
    "summary": ("Summary", "สรุป"),
    "year": ("Year %s", "ปี %s"),
}


def t(key: str, language: str) -> str:
    en, th = TEXT[key]
    return th if language == "th" else en


def shown_year(year: int, calendar: str) -> int:
    return year + 543 if calendar == "buddhist" else year


def export_strategy(reg: Register, framework: str | int | cov.FrameworkRef,
                    path: str | os.PathLike[str], *, year: int | str | None = None,
                    options: ExportOptions | None = None, first: str = "goal") -> ExportResult:
    """The strategy workbook: a sheet by goal of ``framework`` and one by unit (``first``
    says which comes first, the one Excel opens on)."""
    opts = options or ExportOptions()
    lang = opts.language
    c = cov.coverage(reg, framework, year=year, today=opts.day)
    units = cov.by_unit(reg, c.framework)
    fw_name = c.framework.name(lang)
    report = f"{t('strategy', lang)}: {fw_name}"
    title = title_line(reg, report, opts)
    y = shown_year(c.year, opts.calendar)
    heads = [OutColumn(t("code", lang), width=5), OutColumn(t("goal", lang), width=16)]
    heads += [OutColumn(t(k, lang) % y if k == "activities" else t(k, lang), "int", width=9)
              for k in cov.FIGURES]
    with open_book(path, calendar=opts.calendar, language=lang,
                   properties={"title": report, "author": home_city(reg, lang)}) as book:
        def goal_sheet() -> None:
            sheet = book.add_sheet(t("by_goal", lang), heads, title=title,
                                   note=t("strategy_note", lang) % y, key_columns=2)
            for g in c.goals:
                # marked in words too, for a page printed in black and white
                name = "    " * g.goal.depth + g.goal.name(lang) + (
                    "" if g.covered else f" — {t('no_cooperation', lang)}")
                sheet.add_row([g.goal.code, name, *(g.figures[k] for k in cov.FIGURES)],
                              None if g.covered else "overdue")

        def unit_sheet() -> None:
            by_unit = book.add_sheet(
                t("by_unit", lang),
                [OutColumn(t("unit", lang), width=32),
                 OutColumn(t("unit_projects", lang), "int", width=9),
                 OutColumn(t("unit_actions", lang), "int", width=9),
                 OutColumn(t("unit_lessons", lang), "int", width=9),
                 OutColumn(t("goals", lang), width=40)],
                title=title, note=t("unit_note", lang) % fw_name)
            for u in units.units:
                goals = "; ".join(units.goals[g].label(lang) for g in u.goal_ids)
                by_unit.add_row([u.name(lang), u.projects, u.actions, u.lessons,
                                 goals if u.takes_part else t("no_part", lang)],
                                None if u.takes_part else "expiring")

        for write in ((unit_sheet, goal_sheet) if first == "unit" else (goal_sheet, unit_sheet)):
            write()
    return ExportResult(str(path), len(c.goals) + len(units.units),
                        {t("by_goal", lang): len(c.goals), t("by_unit", lang): len(units.units)})


def export_review(reg: Register, year: int | str, path: str | os.PathLike[str], *,
                  options: ExportOptions | None = None) -> ExportResult:
    """The year-in-review workbook for ``year`` (B.E. or C.E.)."""
    opts = options or ExportOptions()
    lang = opts.language
    r = year_review(reg, year, today=opts.day)
    y = shown_year(r.year, opts.calendar)
    report = f"{t('review', lang)} {y}"
    title = title_line(reg, report, opts)
    counts: dict[str, int] = {}

    def label(vocabulary: dict, key: object) -> str:
        return vocab.label(vocabulary, key, lang) or str(key or "")

    with open_book(path, calendar=opts.calendar, language=lang,
                   properties={"title": report, "author": home_city(reg, lang)}) as book:
        summary = book.add_sheet(t("summary", lang), [OutColumn(t("what", lang), width=40),
                                                      OutColumn(t("count", lang), "int")],
                                 title=title, note=t("year", lang) % y)
        for key, rows in (("signed", r.signed), ("renewed", r.renewed),
                          ("expired", r.expired)):
            summary.add_row([t(key, lang), len(rows)])
        summary.add_row([t("activities_by_type", lang), sum(n for _, n in r.activities_by_type)])
        summary.add_row([t("units_engaged", lang), len(r.units)])
        summary.add_row([f"{t('actions', lang)}: {t('done', lang)}", len(r.actions_done)])
        summary.add_row([f"{t('actions', lang)}: {t('overdue', lang)}", len(r.actions_overdue)])
        summary.add_row([t("lessons", lang), len(r.lessons_scaled)])

        ag = book.add_sheet(t("agreements_sheet", lang),
                            [OutColumn(t("what", lang), width=22),
                             OutColumn(t("title", lang), width=40),
                             OutColumn(t("type", lang), width=24),
                             OutColumn(t("date", lang), "date")], title=title,
                            note=t("year", lang) % y)
        for key, rows in (("signed", r.signed), ("renewed", r.renewed),
                          ("expired", r.expired)):
            for a in rows:
                ag.add_row([t(key, lang), a.name(lang), label(vocab.AGREEMENT_TYPES, a.extra),
                            a.value])
        counts[ag.name] = ag.rows

        def counted(sheet: str, what: str, width: int, rows: list[tuple[str, object]],
                    how_many: str = "count") -> None:
            """A sheet of names and how many of each: activities by type or by partner,
            units engaged."""
            out = book.add_sheet(t(sheet, lang), [OutColumn(t(what, lang), width=width),
                                                  OutColumn(t(how_many, lang), "int")],
                                 title=title, note=t("year", lang) % y)
            for name, n in rows:
                out.add_row([name, n])

        counted("activities_by_type", "type", 30,
                [(label(vocab.ACTIVITY_TYPES, kind), n) for kind, n in r.activities_by_type])
        counted("activities_by_partner", "partner", 40,
                [(p.name(lang), p.value) for p in r.activities_by_partner])

        pg = book.add_sheet(t("projects_by_goal", lang),
                            [OutColumn(t("framework", lang), width=30),
                             OutColumn(t("code", lang), width=8),
                             OutColumn(t("goal", lang), width=36),
                             OutColumn(t("unit_projects", lang), "int")], title=title,
                            note=t("year", lang) % y)
        for g in r.projects_by_goal:
            pg.add_row([(g.framework_th or g.framework_en) if lang == "th" else g.framework_en,
                        g.code, (g.name_th or g.name_en) if lang == "th" else g.name_en,
                        g.projects])

        counted("units_engaged", "unit", 40, [(u.name(lang), u.value) for u in r.units],
                "records")

        acts = book.add_sheet(t("actions", lang),
                              [OutColumn(t("what", lang), width=16),
                               OutColumn(t("title", lang), width=40),
                               OutColumn(t("owner", lang), width=28),
                               OutColumn(t("date", lang), "date")], title=title,
                              note=t("year", lang) % y)
        for key, rows in (("overdue", r.actions_overdue), ("done", r.actions_done)):
            for a in rows:
                acts.add_row([t(key, lang), a.name(lang), a.extra, a.value],
                             "overdue" if key == "overdue" else None)

        les = book.add_sheet(t("lessons", lang), [OutColumn(t("title", lang), width=50),
                                                  OutColumn(t("date", lang), "date")],
                             title=title, note=t("year", lang) % y)
        for x in r.lessons_scaled:
            les.add_row([x.name(lang), x.value])
        counts = {s.name: s.rows for s in book.sheets}
    return ExportResult(str(path), sum(counts.values()), counts)
