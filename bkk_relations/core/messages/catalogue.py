"""Every message the core gives a user, by code, in English: the one place its wording lives.

A template names its parameters in braces (``{value}``, ``{length:,}``); its translation
keeps them and may put them in another order. The Thai translations are in the app's Qt
catalogue (context "messages"), which ``scripts/update_translations.sh`` fills from here.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate finds
    """Marks ``text`` for Qt's translation tools; returns it unchanged (no Qt in the core)."""
    return text


MESSAGES: dict[str, str] = {
    # -- words used inside sentences ------------------------------------------------------
    "term.partner": QT_TRANSLATE_NOOP("messages", "partner"),
    "term.unit": QT_TRANSLATE_NOOP("messages", "unit"),
    "term.agreement": QT_TRANSLATE_NOOP("messages", "agreement"),
    "term.project": QT_TRANSLATE_NOOP("messages", "project"),
    "term.activity": QT_TRANSLATE_NOOP("messages", "activity"),
    "term.contact": QT_TRANSLATE_NOOP("messages", "contact"),
    "term.partner_kind": QT_TRANSLATE_NOOP("messages", "partner kind"),
    "term.org_type": QT_TRANSLATE_NOOP("messages", "organisation type"),
    "term.partner_status": QT_TRANSLATE_NOOP("messages", "partner status"),
    "term.agreement_type": QT_TRANSLATE_NOOP("messages", "agreement type"),
    "term.agreement_status": QT_TRANSLATE_NOOP("messages", "agreement status"),
    "term.project_status": QT_TRANSLATE_NOOP("messages", "project status"),
    "term.activity_type": QT_TRANSLATE_NOOP("messages", "activity type"),
    "term.unit_type": QT_TRANSLATE_NOOP("messages", "unit type"),
    "term.sector": QT_TRANSLATE_NOOP("messages", "sector"),
    "term.action": QT_TRANSLATE_NOOP("messages", "follow-up action"),
    "term.lesson": QT_TRANSLATE_NOOP("messages", "lesson"),
    "term.framework": QT_TRANSLATE_NOOP("messages", "framework"),
    "term.goal": QT_TRANSLATE_NOOP("messages", "goal"),
    "term.action_status": QT_TRANSLATE_NOOP("messages", "action status"),
    "term.lesson_stage": QT_TRANSLATE_NOOP("messages", "lesson stage"),

    # -- saving a record (records.validation) ---------------------------------------------
    "required.name_en": QT_TRANSLATE_NOOP("messages", "The English name is required."),
    "required.title_en": QT_TRANSLATE_NOOP("messages", "The English title is required."),
    "required.name": QT_TRANSLATE_NOOP("messages", "The name is required."),
    "required.date": QT_TRANSLATE_NOOP("messages", "The date is required."),
    "choice.unknown": QT_TRANSLATE_NOOP(
        "messages", "'{value}' is not a known {what}; use one of: {known}."),
    "date.invalid": QT_TRANSLATE_NOOP("messages", "{problem}."),
    "date.expiry_before_signed": QT_TRANSLATE_NOOP(
        "messages", "The expiry date is before the signing date."),
    "date.end_before_start": QT_TRANSLATE_NOOP(
        "messages", "The end date is before the start date."),
    "sdg.unknown": QT_TRANSLATE_NOOP(
        "messages", "SDG '{value}' does not exist; SDGs are numbered 1 to 17."),
    "link.missing": QT_TRANSLATE_NOOP("messages", "There is no {what} with id {id}."),
    "link.in_trash": QT_TRANSLATE_NOOP(
        "messages", "The {what} with id {id} is in the trash; restore it first."),
    "partner.org_type_missing": QT_TRANSLATE_NOOP(
        "messages", "Choose the type of organisation (e.g. city network, UN agency)."),
    "partner.city_org_type": QT_TRANSLATE_NOOP(
        "messages", "A city has no organisation type; leave it empty."),
    "partner.city_country": QT_TRANSLATE_NOOP("messages", "A city needs its country."),
    "partner.country_code": QT_TRANSLATE_NOOP(
        "messages", "'{value}' is not an ISO-3166 country code (e.g. TH, KR, JP)."),
    "partner.region": QT_TRANSLATE_NOOP(
        "messages", "'{value}' is not a known region; use one of: {known}."),
    "partner.latitude": QT_TRANSLATE_NOOP("messages", "Latitude must be between -90 and 90."),
    "partner.longitude": QT_TRANSLATE_NOOP(
        "messages", "Longitude must be between -180 and 180."),
    "partner.website": QT_TRANSLATE_NOOP(
        "messages", "A website address starts with http:// or https://."),
    "partner.duplicate": QT_TRANSLATE_NOOP(
        "messages", "'{name}' (id {id}) is already recorded with this kind and country; open "
        "that record instead of adding it twice."),
    "project.budget_negative": QT_TRANSLATE_NOOP("messages", "The budget cannot be negative."),
    "activity.participants_negative": QT_TRANSLATE_NOOP(
        "messages", "The number of participants cannot be negative."),
    "contact.partner_missing": QT_TRANSLATE_NOOP(
        "messages", "Choose the partner or the unit this person works for."),
    "contact.two_owners": QT_TRANSLATE_NOOP(
        "messages", "A person works for a partner or for one of the city's units, not both; "
        "clear one of them."),
    "goal.framework_missing": QT_TRANSLATE_NOOP(
        "messages", "Choose the framework this goal belongs to."),
    "goal.code_missing": QT_TRANSLATE_NOOP(
        "messages", "The goal needs its code (e.g. 1, 2.1)."),
    "goal.code_taken": QT_TRANSLATE_NOOP(
        "messages", "This framework already has a goal with the code '{value}' ({name})."),
    "goal.parent_elsewhere": QT_TRANSLATE_NOOP(
        "messages", "The goal above this one must belong to the same framework."),
    "goal.parent_loop": QT_TRANSLATE_NOOP(
        "messages", "A goal cannot sit under itself or under one of its own sub-goals."),
    "framework.period_order": QT_TRANSLATE_NOOP(
        "messages", "The period ends before it starts."),
    "action.done_date_open": QT_TRANSLATE_NOOP(
        "messages", "An action that is still open has no date done; set its status to Done "
        "or clear the date."),
    "lesson.stage_order": QT_TRANSLATE_NOOP(
        "messages", "The dates must follow each other: learned, then piloted, then scaled up."),
    "contact.email": QT_TRANSLATE_NOOP(
        "messages", "'{value}' is not an e-mail address (name@example.org)."),
    "text.too_long": QT_TRANSLATE_NOOP(
        "messages", "This text is {length:,} characters long; at most {most:,} are allowed "
        "here."),
    "text.line_break": QT_TRANSLATE_NOOP(
        "messages", "A line break is not allowed here; write this on one line."),
    "text.undecodable": QT_TRANSLATE_NOOP(
        "messages", "Character {at:,} is not valid text (U+{char}, left by bytes that could "
        "not be decoded); retype it."),
    "text.control": QT_TRANSLATE_NOOP(
        "messages", "Character {at:,} is an invisible control character (U+{char}); remove "
        "it."),
    "text.tag": QT_TRANSLATE_NOOP("messages", "Tag “{tag}”: {problem}"),
    "text.tag_empty": QT_TRANSLATE_NOOP("messages", "A tag cannot be empty."),

    # -- stored dates (dates) -----------------------------------------------------------------
    "date.not_iso": QT_TRANSLATE_NOOP(
        "messages", "'{text}' is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD"),
    "date.no_month": QT_TRANSLATE_NOOP("messages", "'{text}' has no month {month}"),
    "date.no_day": QT_TRANSLATE_NOOP("messages", "'{text}' is not a real calendar day"),
    "date.stored_year": QT_TRANSLATE_NOOP(
        "messages", "'{text}': the year {year} is out of range; Buddhist-Era years must be "
        "converted (subtract 543)"),

    # -- values in spreadsheet cells (excel.values) ---------------------------------------------
    "value.year_range": QT_TRANSLATE_NOOP("messages", "'{text}': the year {year} is out of range"),
    "value.no_month": QT_TRANSLATE_NOOP(
        "messages", "'{text}' has no month {month}; write it as dd/mm/yyyy, yyyy-mm-dd, mm/yyyy "
        "or a year (day first)"),
    "value.serial": QT_TRANSLATE_NOOP("messages", "{serial} is not an Excel date serial number"),
    "value.not_date": QT_TRANSLATE_NOOP(
        "messages", "'{text}' is not a date; write it as dd/mm/yyyy, yyyy-mm-dd, mm/yyyy or a "
        "year"),
    "value.not_number": QT_TRANSLATE_NOOP("messages", "'{text}' is not a number"),
    "value.not_whole": QT_TRANSLATE_NOOP("messages", "'{text}' is not a whole number"),
    "value.not_bool": QT_TRANSLATE_NOOP("messages", "'{text}' is not yes or no"),
    "value.country": QT_TRANSLATE_NOOP(
        "messages", "'{text}' is not a country we know; write its English or Thai name or its "
        "ISO code (e.g. Japan, ญี่ปุ่น, JP)"),
    "value.vocab": QT_TRANSLATE_NOOP("messages", "'{text}' is not one of: {known}"),
    "value.region": QT_TRANSLATE_NOOP("messages", "'{text}' is not a region; use one of: {known}"),
    "value.sdg": QT_TRANSLATE_NOOP("messages", "'{text}' is not an SDG; SDGs are numbered 1 to 17"),

    # -- reading a CSV file (excel.csv_read); the file's name comes first --------------------
    "csv.binary": QT_TRANSLATE_NOOP(
        "messages", "is not a spreadsheet or a text (CSV) file; import .xlsx or .csv files"),
    "csv.encoding": QT_TRANSLATE_NOOP(
        "messages", "is not saved as UTF-8 or Thai text: {bytes:,} byte(s) are in another "
        "encoding (perhaps Windows Western European), the first {where}. Nothing was guessed. "
        "In Excel choose File → Save As and the type “CSV UTF-8 (Comma delimited) (*.csv)”, "
        "then import that file"),
    "csv.at_cell": QT_TRANSLATE_NOOP("messages", "in row {row}, column {column}"),
    "csv.near_start": QT_TRANSLATE_NOOP("messages", "near the start"),
    "csv.row_too_long": QT_TRANSLATE_NOOP(
        "messages", "row {row} is longer than {most:,} characters (a cell holds at most "
        "{cell:,}); a quote may be missing its closing quote, or this is not a CSV file"),
    "csv.unreadable_row": QT_TRANSLATE_NOOP(
        "messages", "row {row} cannot be read as CSV ({detail})"),
    "csv.too_many_rows": QT_TRANSLATE_NOOP(
        "messages", "has more than {rows:,} rows (Excel's last row is {rows:,}); split it into "
        "smaller files"),
    "csv.too_many_columns": QT_TRANSLATE_NOOP(
        "messages", "row {row} has {columns:,} columns, more than Excel's {most:,}; check the "
        "separator"),

    # -- reading a workbook (excel.xlsx_stream); the file's name comes first -----------------
    "xlsx.the_sheet": QT_TRANSLATE_NOOP("messages", "the sheet “{sheet}”"),
    "xlsx.the_part": QT_TRANSLATE_NOOP("messages", "the part {part}"),
    "xlsx.the_strings": QT_TRANSLATE_NOOP("messages", "its text (the shared strings)"),
    "xlsx.row_beyond": QT_TRANSLATE_NOOP(
        "messages", "{what} declares row {row}, beyond Excel's limit (Excel's last row is "
        "{rows:,}); the file is damaged or was not written by a spreadsheet program: open it "
        "in Excel and save it again as .xlsx"),
    "xlsx.bad_reference": QT_TRANSLATE_NOOP(
        "messages", "{what} has a cell reference '{ref}' that is not a cell; the file is "
        "damaged: open it in Excel and save it again as .xlsx"),
    "xlsx.column_beyond": QT_TRANSLATE_NOOP(
        "messages", "{what} names the cell {ref}, beyond Excel's last column (XFD): the file "
        "is damaged; open it in Excel and save it again as .xlsx"),
    "xlsx.dtd": QT_TRANSLATE_NOOP(
        "messages", "its part {part} declares a DTD, which workbooks never do; the file is "
        "damaged or crafted: open it in Excel and save it again as .xlsx"),
    "xlsx.too_deep": QT_TRANSLATE_NOOP(
        "messages", "its part {part} nests elements more than {depth} deep, which workbooks "
        "never do; the file is damaged or crafted: open it in Excel and save it again as "
        ".xlsx"),
    "xlsx.not_zip": QT_TRANSLATE_NOOP(
        "messages", "is damaged or not an Excel workbook ({detail}); open it in Excel and save "
        "it again as .xlsx"),
    "xlsx.encrypted": QT_TRANSLATE_NOOP(
        "messages", "is encrypted; remove the password in Excel and save it as an Excel "
        "Workbook (.xlsx)"),
    "xlsx.no_part": QT_TRANSLATE_NOOP(
        "messages", "has no part {part}; the file is damaged: open it in Excel and save it "
        "again as .xlsx"),
    "xlsx.too_big": QT_TRANSLATE_NOOP(
        "messages", "{what} takes {size} MB once unpacked, more than the {most} MB allowed; "
        "split the data into smaller files"),
    "xlsx.tag_too_big": QT_TRANSLATE_NOOP(
        "messages", "{what} has a tag of more than {most} MB, which workbooks never have; the "
        "file is damaged or crafted: open it in Excel and save it again as .xlsx"),
    "xlsx.bad_xml": QT_TRANSLATE_NOOP(
        "messages", "{what} is not well-formed XML ({detail}); the file is damaged: open it in "
        "Excel and save it again as .xlsx"),
    "xlsx.damaged": QT_TRANSLATE_NOOP(
        "messages", "is damaged ({detail}); open it in Excel and save it again as .xlsx"),
    "xlsx.no_workbook": QT_TRANSLATE_NOOP(
        "messages", "is not an Excel workbook (it has no {part}); save it from Excel as .xlsx"),
    "xlsx.too_many_sheets": QT_TRANSLATE_NOOP(
        "messages", "has more than {most:,} sheets; keep the records to import in a workbook of "
        "their own"),
    "xlsx.too_many_merged": QT_TRANSLATE_NOOP(
        "messages", "the sheet “{sheet}” has more than {most:,} merged cells; unmerge them "
        "(Excel: Home → Merge & Center → Unmerge Cells)"),
    "xlsx.too_many_columns": QT_TRANSLATE_NOOP(
        "messages", "{what} has a row with more than {most:,} columns, Excel's limit; the file "
        "is damaged: open it in Excel and save it again as .xlsx"),
    "xlsx.row_order": QT_TRANSLATE_NOOP(
        "messages", "{what} lists row {row} after row {after}; the file is damaged: open it in "
        "Excel and save it again as .xlsx"),
    "xlsx.missing_text": QT_TRANSLATE_NOOP(
        "messages", "{what}, row {row}: a cell refers to a text the file does not hold; the "
        "file is damaged: open it in Excel and save it again as .xlsx"),

    # -- files the user names (files) ---------------------------------------------------------
    "term.file": QT_TRANSLATE_NOOP("messages", "file"),
    "term.spreadsheet": QT_TRANSLATE_NOOP("messages", "spreadsheet"),
    "term.mapping_file": QT_TRANSLATE_NOOP("messages", "mapping file"),
    "term.backup": QT_TRANSLATE_NOOP("messages", "backup"),
    "term.file_to_attach": QT_TRANSLATE_NOOP("messages", "file to attach"),
    "file.missing": QT_TRANSLATE_NOOP("messages", "{path} does not exist."),
    "file.unreadable": QT_TRANSLATE_NOOP("messages", "{path} cannot be read: {detail}."),
    "file.folder_not_file": QT_TRANSLATE_NOOP("messages", "{path} is a folder; choose a {what}."),
    "file.not_regular": QT_TRANSLATE_NOOP(
        "messages", "{path} is not a regular file; choose a {what}."),
    "file.open_database_input": QT_TRANSLATE_NOOP(
        "messages", "{path} is the database this app has open; it cannot be used as a {what}."),
    "file.folder_not_name": QT_TRANSLATE_NOOP(
        "messages", "{path} is a folder; choose a file name."),
    "file.no_folder": QT_TRANSLATE_NOOP("messages", "The folder {folder} does not exist."),
    "file.working_file": QT_TRANSLATE_NOOP(
        "messages", "{name} is the name of a database's working file (-wal, -shm, -journal); "
        "choose another file name."),
    "file.open_database_output": QT_TRANSLATE_NOOP(
        "messages", "{path} is the database this app has open; choose another file name."),
    "file.not_regular_output": QT_TRANSLATE_NOOP(
        "messages", "{path} is not a regular file; choose another file name."),
    "file.is_database": QT_TRANSLATE_NOOP(
        "messages", "{path} is a database; it will not be overwritten. Choose another file "
        "name."),
    "file.read_only": QT_TRANSLATE_NOOP(
        "messages", "{path} is read-only; choose another file name."),
    "file.cannot_write": QT_TRANSLATE_NOOP(
        "messages", "Cannot write in the folder {folder}: {detail}."),

    # -- a file to import (excel.read) --------------------------------------------------------
    "file.empty": QT_TRANSLATE_NOOP(
        "messages", "{file} is empty (0 bytes); there is nothing to import."),
    "file.old_excel": QT_TRANSLATE_NOOP(
        "messages", "{file} is an old Excel 97–2003 workbook or a password-protected one; open "
        "it in Excel, remove any password and save it as an Excel Workbook (.xlsx)."),
    "file.opendocument": QT_TRANSLATE_NOOP(
        "messages", "{file} is an OpenDocument spreadsheet; save it as .xlsx (Excel 2007-365) "
        "and import that."),
    "file.not_xlsx": QT_TRANSLATE_NOOP(
        "messages", "{file} is not an Excel workbook (its contents are not a .xlsx file); save "
        "it from Excel as .xlsx or as CSV UTF-8."),
    "file.reader_is": QT_TRANSLATE_NOOP("messages", "{file} {problem}."),
    "file.reader": QT_TRANSLATE_NOOP("messages", "{file}: {problem}."),
    "file.no_sheet": QT_TRANSLATE_NOOP(
        "messages", "{file} has no sheet “{sheet}”; it has: {sheets}."),
    "file.no_rows": QT_TRANSLATE_NOOP(
        "messages", "{file} has no rows to import (every sheet is empty)."),
    "file.several_sheets": QT_TRANSLATE_NOOP(
        "messages", "{file} has several sheets that could hold the records: {sheets}. Choose "
        "one (--sheet NAME)."),

    # -- cells naming linked records (imports.match) ------------------------------------------
    "term.partners": QT_TRANSLATE_NOOP("messages", "partners"),
    "term.units": QT_TRANSLATE_NOOP("messages", "units"),
    "term.agreements": QT_TRANSLATE_NOOP("messages", "agreements"),
    "term.projects": QT_TRANSLATE_NOOP("messages", "projects"),
    "term.goals": QT_TRANSLATE_NOOP("messages", "goals"),
    "term.frameworks": QT_TRANSLATE_NOOP("messages", "frameworks"),
    "term.activities": QT_TRANSLATE_NOOP("messages", "activities"),
    "cell.no_id": QT_TRANSLATE_NOOP(
        "messages", "there is no {what} with id {id} (or it is in the trash)"),
    "cell.no_name": QT_TRANSLATE_NOOP(
        "messages", "no {what} is named '{text}'; add it first, or check the spelling"),
    "cell.several": QT_TRANSLATE_NOOP(
        "messages", "'{text}' names {n} {what} ({shown}); write the one meant with its id, "
        "e.g. '{text} [{id}]'"),
    "cell.problems": QT_TRANSLATE_NOOP("messages", "{problems}"),

    # -- planning an import (imports.run, imports.plan) ---------------------------------------
    "import.row": QT_TRANSLATE_NOOP("messages", "Row {row}"),
    "import.column": QT_TRANSLATE_NOOP("messages", "column {letter}"),
    "import.sheet": QT_TRANSLATE_NOOP("messages", "sheet “{sheet}”"),
    "import.file_sheet": QT_TRANSLATE_NOOP("messages", "{file}, sheet “{sheet}”"),
    "import.none": QT_TRANSLATE_NOOP("messages", "none"),
    "import.and": QT_TRANSLATE_NOOP("messages", " and "),
    "cell.oversized": QT_TRANSLATE_NOOP(
        "messages", "holds {length:,} characters; a cell holds at most {most:,} characters, as "
        "in Excel. Shorten it"),
    "cell.undecodable": QT_TRANSLATE_NOOP(
        "messages", "has bytes that are not {encoding} text (shown as �): “{text}”. "
        "Correct them, or save the file again as CSV UTF-8"),
    "mapping.no_column": QT_TRANSLATE_NOOP(
        "messages", "the file has no column '{column}'; its columns are: {columns}"),
    "mapping.no_field": QT_TRANSLATE_NOOP(
        "messages", "'{key}' is not a {what} field; use one of: {keys}"),
    "import.no_header": QT_TRANSLATE_NOOP(
        "messages", "no header row was found; the first row should name the columns (e.g. "
        "Name, Country)."),
    "import.no_fields": QT_TRANSLATE_NOOP(
        "messages", "none of the columns ({found}) names a {what} field; expected columns such "
        "as {expected}. Rename the headers or map the columns yourself."),
    "import.no_required": QT_TRANSLATE_NOOP(
        "messages", "no column for {missing} (required); the file's columns are: {found}."),
    "import.too_many_rows": QT_TRANSLATE_NOOP(
        "messages", "{file}: the sheet “{sheet}” has more than {most:,} rows to import; import "
        "at most {most:,} at a time (split the file)."),
    "import.repeats": QT_TRANSLATE_NOOP(
        "messages", "repeats row {row} (same {same}); keep one of the two rows"),
    "import.same_name": QT_TRANSLATE_NOOP("messages", "name"),
    "import.same_country": QT_TRANSLATE_NOOP("messages", "name and country"),
    "import.same_partner": QT_TRANSLATE_NOOP("messages", "name and partner"),
    "import.same_date": QT_TRANSLATE_NOOP("messages", "name and date"),
    "import.no_rows": QT_TRANSLATE_NOOP(
        "messages", "there are no rows to import below the header."),
    "import.merged": QT_TRANSLATE_NOOP(
        "messages", "cells {cells} are merged; unmerge them (Excel: Home → Merge & Center → "
        "Unmerge Cells), fill in every row and import again"),
    "import.same_target": QT_TRANSLATE_NOOP(
        "messages", "updates the same record as row {row} ({match}); skip one of the two rows"),
    "import.refused": QT_TRANSLATE_NOOP(
        "messages", "{n} problem(s) in the file, so nothing was imported. {first}"),
    "import.row_failed": QT_TRANSLATE_NOOP(
        "messages", "Row {row} could not be saved ({problem}); nothing was imported."),

    # -- an import's plan as it is reported (imports.plan; the command line's report) ----------
    "import.note.be_date": QT_TRANSLATE_NOOP(
        "messages", "the date cell holds {text}, a Buddhist-Era year: read as {value}"),
    "import.note.date_as_text": QT_TRANSLATE_NOOP(
        "messages", "the cell holds a date, kept as the text {value}: if something else was "
        "typed there (a phone number, a code), the spreadsheet turned it into a date"),
    "import.note.formula": QT_TRANSLATE_NOOP(
        "messages", "the cell holds the formula {formula} with no value: its text was kept as "
        "“{value}”"),
    "import.note.formula_error": QT_TRANSLATE_NOOP(
        "messages", "the cell holds the formula {formula}, which gives {error}: its text was "
        "kept as “{value}”"),
    "import.note.formula_unread": QT_TRANSLATE_NOOP(
        "messages", "the cell holds a formula with no value, whose text an .xls file does not "
        "keep: the cell was left empty (save the sheet as .xlsx or .ods to keep it)"),
    "import.note.formula_unread_error": QT_TRANSLATE_NOOP(
        "messages", "the cell holds a formula that gives {error}, whose text an .xls file does "
        "not keep: the cell was left empty (save the sheet as .xlsx or .ods to keep it)"),
    "import.note.title_made": QT_TRANSLATE_NOOP(
        "messages", "the sheet has no title column: the agreement is titled “{title}”, as "
        "ties are"),
    "import.note.like_row": QT_TRANSLATE_NOOP(
        "messages", "may be the same as row {row} ({name}): skip one of the two if it is"),
    "import.note.totals_row": QT_TRANSLATE_NOOP(
        "messages", "“{label}” looks like a totals row, not a record: left out of the import"),
    "import.tie.no_type": QT_TRANSLATE_NOOP(
        "messages", "a signing date with no tie type: write the type of the tie (e.g. sister "
        "city) or leave the date out"),
    "import.tie.new": QT_TRANSLATE_NOOP(
        "messages", "a new agreement ({type}) with the partner, signed {signed}, is created "
        "as well"),
    "import.tie.same": QT_TRANSLATE_NOOP(
        "messages", "its agreement ({type}) is already recorded: {match}"),
    "import.tie.date": QT_TRANSLATE_NOOP(
        "messages", "its agreement ({type}) {match} gets the signing date {signed}"),
    "import.tie.differs": QT_TRANSLATE_NOOP(
        "messages", "its agreement ({type}) {match} is recorded as signed {recorded}; "
        "the sheet's {signed} is not taken (change it in the agreement if it is right)"),
    "import.report.ties": QT_TRANSLATE_NOOP(
        "messages", "Ties (agreements): {created:,} created, {dated:,} given their signing "
        "date."),
    "import.report.note": QT_TRANSLATE_NOOP("messages", "{where} (note): {note}"),
    "import.status.new": QT_TRANSLATE_NOOP("messages", "new"),
    "import.status.update": QT_TRANSLATE_NOOP("messages", "update existing"),
    "import.status.duplicate": QT_TRANSLATE_NOOP("messages", "possible duplicate"),
    "import.status.empty": QT_TRANSLATE_NOOP("messages", "empty"),
    "import.action.create": QT_TRANSLATE_NOOP("messages", "create new"),
    "import.action.update": QT_TRANSLATE_NOOP("messages", "update existing"),
    "import.action.skip": QT_TRANSLATE_NOOP("messages", "skip"),
    "import.summary": QT_TRANSLATE_NOOP(
        "messages", "{rows:,} rows, {new:,} new, {update:,} update existing, {duplicate:,} "
        "possible duplicates"),
    "import.summary_empty": QT_TRANSLATE_NOOP("messages", "{n} empty"),
    "import.summary_problems": QT_TRANSLATE_NOOP("messages", "{n} with problems"),
    "export.wrote": QT_TRANSLATE_NOOP("messages", "Wrote {rows} to {file} ({report})."),
    "export.wrote_sheets": QT_TRANSLATE_NOOP(
        "messages", "Wrote {rows} on {sheets} sheets to {file} ({report})."),
    "export.one_row": QT_TRANSLATE_NOOP("messages", "1 row"),
    "export.rows": QT_TRANSLATE_NOOP("messages", "{n:,} rows"),
    # The command line's alerts and follow-up list (their lines follow a two-space indent).
    "alerts.expiring": QT_TRANSLATE_NOOP("messages", "Agreements expiring within {days} days: {n}"),
    "alerts.expiring_row": QT_TRANSLATE_NOOP(
        "messages", "[{id}] {title} — expires {date} (in {days} days)"),
    "alerts.expired": QT_TRANSLATE_NOOP(
        "messages", "Expired within the last {days} days but still marked active: {n}"),
    "alerts.expired_row": QT_TRANSLATE_NOOP(
        "messages", "[{id}] {title} — expired {date} ({days} days ago)"),
    "alerts.expired_yesterday": QT_TRANSLATE_NOOP(
        "messages", "[{id}] {title} — expired {date} (yesterday)"),
    "alerts.expiring_tomorrow": QT_TRANSLATE_NOOP(
        "messages", "[{id}] {title} — expires {date} (tomorrow)"),
    "alerts.expiring_today": QT_TRANSLATE_NOOP(
        "messages", "[{id}] {title} — expires {date} (today)"),
    "alerts.dormant": QT_TRANSLATE_NOOP(
        "messages", "Partners with no activity for {years} years: {n}"),
    "alerts.dormant_row": QT_TRANSLATE_NOOP("messages", "[{id}] {name} — last activity {date}"),
    "alerts.never": QT_TRANSLATE_NOOP("messages", "never recorded"),
    "alerts.overdue": QT_TRANSLATE_NOOP("messages", "Follow-up actions overdue: {n}"),
    "alerts.due": QT_TRANSLATE_NOOP("messages", "Follow-up actions due within {days} days: {n}"),
    "actions.to_do": QT_TRANSLATE_NOOP("messages", "Follow-up actions still to do: {n}"),
    "actions.all": QT_TRANSLATE_NOOP("messages", "Follow-up actions: {n}"),
    "actions.overdue": QT_TRANSLATE_NOOP("messages", "Overdue follow-up actions: {n}"),
    "actions.row": QT_TRANSLATE_NOOP("messages", "[{id}] {title} — {when} [{status}]"),
    "actions.row_brief": QT_TRANSLATE_NOOP("messages", "[{id}] {title} — {when}"),
    "actions.no_date": QT_TRANSLATE_NOOP("messages", "no due date"),
    "actions.due": QT_TRANSLATE_NOOP("messages", "due {date}"),
    "actions.due_late": QT_TRANSLATE_NOOP("messages", "due {date} ({days} days overdue)"),
    "actions.due_today": QT_TRANSLATE_NOOP("messages", "due {date} (today)"),
    "actions.due_in": QT_TRANSLATE_NOOP("messages", "due {date} (in {days} days)"),
    "actions.due_tomorrow": QT_TRANSLATE_NOOP("messages", "due {date} (tomorrow)"),
    "actions.due_late_one": QT_TRANSLATE_NOOP("messages", "due {date} (1 day overdue)"),
    # What the command line wrote (a briefing, a calendar file, a picture or table of the graph).
    "brief.wrote": QT_TRANSLATE_NOOP("messages", "Wrote {file}: {title} ({language}, {calendar})."),
    "language.th": QT_TRANSLATE_NOOP("messages", "Thai"),
    "language.en": QT_TRANSLATE_NOOP("messages", "English"),
    "calendar.buddhist": QT_TRANSLATE_NOOP("messages", "Buddhist Era calendar"),
    "calendar.gregorian": QT_TRANSLATE_NOOP("messages", "Gregorian calendar"),
    "ics.wrote": QT_TRANSLATE_NOOP(
        "messages", "Wrote {file}: {agreements} (reminders {reminders} days before), "
        "{activities}, {actions}{cancelled} in the next {days:,} days."),
    "ics.one_expiry": QT_TRANSLATE_NOOP("messages", "1 agreement expiry"),
    "ics.expiries": QT_TRANSLATE_NOOP("messages", "{n:,} agreement expiries"),
    "ics.one_activity": QT_TRANSLATE_NOOP("messages", "1 upcoming activity"),
    "ics.activities": QT_TRANSLATE_NOOP("messages", "{n:,} upcoming activities"),
    "ics.one_action": QT_TRANSLATE_NOOP("messages", "1 follow-up action"),
    "ics.actions": QT_TRANSLATE_NOOP("messages", "{n:,} follow-up actions"),
    "ics.one_cancelled": QT_TRANSLATE_NOOP("messages", ", 1 cancelled event"),
    "ics.cancelled": QT_TRANSLATE_NOOP("messages", ", {n:,} cancelled events"),
    "ics.partial_dates": QT_TRANSLATE_NOOP(
        "messages", "{n:,} upcoming activities have only a month or a year for a date, and "
        "so no day in the calendar yet."),
    "ics.one_partial_date": QT_TRANSLATE_NOOP(
        "messages", "1 upcoming activity has only a month or a year for a date, and so no "
        "day in the calendar yet."),
    "cli.note": QT_TRANSLATE_NOOP("messages", "Note: {note}"),
    "cli.error": QT_TRANSLATE_NOOP("messages", "error: {error}"),
    "cli.warning": QT_TRANSLATE_NOOP("messages", "warning: {warning}"),
    "init.done": QT_TRANSLATE_NOOP("messages", "Empty register created: {file}"),
    "demo.wrote": QT_TRANSLATE_NOOP("messages", "Demo database written to {db}: {counts}"),
    "demo.wrote_kept": QT_TRANSLATE_NOOP(
        "messages", "Demo database written to {db}: {counts}; the previous file is kept as "
        "{kept}"),
    "demo.count": QT_TRANSLATE_NOOP("messages", "{n:,} {what}"),
    "search.none": QT_TRANSLATE_NOOP("messages", "No records match “{text}”."),
    "backup.wrote": QT_TRANSLATE_NOOP("messages", "Backup written to {file}"),
    "backup.kept": QT_TRANSLATE_NOOP(
        "messages", "The database that was at {file} is kept as {kept}"),
    "backup.moved": QT_TRANSLATE_NOOP(
        "messages", "damaged backup {name} moved to {moved}: {reason}"),
    "backup.attachments_changed": QT_TRANSLATE_NOOP(
        "messages", "{n} attachment file(s) left out: another program changed them after "
        "they were attached"),
    "restore.done": QT_TRANSLATE_NOOP("messages", "{file} restored from {source}"),
    "restore.done_kept": QT_TRANSLATE_NOOP(
        "messages", "{file} restored from {source}; the previous file is kept as {kept}"),
    "restore.attachments": QT_TRANSLATE_NOOP(
        "messages", "{n} attachment file(s) brought back"),
    "restore.missing": QT_TRANSLATE_NOOP(
        "messages", "{n} attachment file(s) are in neither the backup nor the attachments "
        "folder: {files}"),
    "check.ok": QT_TRANSLATE_NOOP("messages", "{db}: ok"),
    "check.problems": QT_TRANSLATE_NOOP("messages", "{db}: {n} problem(s) found."),
    "graph.wrote": QT_TRANSLATE_NOOP(
        "messages", "Wrote {file}: {nodes:,} nodes, {links:,} links ({layout} layout;{grouped} "
        "betweenness {betweenness})."),
    "graph.grouped": QT_TRANSLATE_NOOP("messages", " grouped by {by},"),
    "graph.betweenness_exact": QT_TRANSLATE_NOOP("messages", "exact"),
    "graph.betweenness_sampled": QT_TRANSLATE_NOOP(
        "messages", "approximate ({n:,} sampled sources)"),
    "graph.control_chars": QT_TRANSLATE_NOOP(
        "messages", "{n} name(s) held control characters, which {suffix} files cannot hold; "
        "each was written as � instead."),
    "import.report.reading": QT_TRANSLATE_NOOP(
        "messages", "Reading {file}{sheet} (header on row {row})."),
    "import.report.in_sheet": QT_TRANSLATE_NOOP("messages", ", sheet “{sheet}”"),
    "import.report.columns": QT_TRANSLATE_NOOP("messages", "Columns: {used}{ignored}"),
    "import.report.ignored": QT_TRANSLATE_NOOP("messages", "; ignored: {columns}"),
    "import.report.summary": QT_TRANSLATE_NOOP("messages", "{summary}."),
    "import.report.empty_row": QT_TRANSLATE_NOOP("messages", "Row {rows}: empty, skipped."),
    "import.report.empty_rows": QT_TRANSLATE_NOOP("messages", "Rows {rows}: empty, skipped."),
    "import.report.match": QT_TRANSLATE_NOOP(
        "messages", "Row {row}: {status} {match} → {action}{changes}."),
    "import.report.changes": QT_TRANSLATE_NOOP("messages", " ({fields})"),
    "import.report.no_changes": QT_TRANSLATE_NOOP("messages", " (no changes)"),
    "import.report.refused": QT_TRANSLATE_NOOP(
        "messages", "problems in {what}; nothing was imported."),
    "import.report.the_file": QT_TRANSLATE_NOOP("messages", "the file"),
    "import.report.rows": QT_TRANSLATE_NOOP("messages", "{n} row(s)"),
    "import.report.done": QT_TRANSLATE_NOOP(
        "messages", "{created} created, {updated} updated, {unchanged} unchanged, {skipped} "
        "skipped"),
    "import.report.dry_run": QT_TRANSLATE_NOOP(
        "messages", "Dry run: {done} — nothing was changed."),
    "import.report.nothing": QT_TRANSLATE_NOOP("messages", "Nothing to import: {done}."),
    "import.report.imported": QT_TRANSLATE_NOOP(
        "messages", "Imported: {done} (batch {batch}). To undo: undo-import --db {db} --batch "
        "{batch}"),

    # -- undoing an import (imports.batches) ---------------------------------------------------
    "term.a_agreement": QT_TRANSLATE_NOOP("messages", "an agreement"),
    "term.a_project": QT_TRANSLATE_NOOP("messages", "a project"),
    "term.a_activity": QT_TRANSLATE_NOOP("messages", "an activity"),
    "term.a_contact": QT_TRANSLATE_NOOP("messages", "a contact"),
    "term.a_action": QT_TRANSLATE_NOOP("messages", "a follow-up action"),
    "term.a_lesson": QT_TRANSLATE_NOOP("messages", "a lesson"),
    "term.a_framework": QT_TRANSLATE_NOOP("messages", "a framework"),
    "term.a_goal": QT_TRANSLATE_NOOP("messages", "a goal"),
    "term.contacts": QT_TRANSLATE_NOOP("messages", "contacts"),
    "term.actions": QT_TRANSLATE_NOOP("messages", "follow-up actions"),
    "term.lessons": QT_TRANSLATE_NOOP("messages", "lessons"),
    "undo.count.created": QT_TRANSLATE_NOOP("messages", "{n:,} {what} created"),
    "undo.count.updated": QT_TRANSLATE_NOOP("messages", "{n:,} {what} updated"),
    "undo.listed_undone": QT_TRANSLATE_NOOP("messages", " (undone)"),
    "undo.nothing": QT_TRANSLATE_NOOP("messages", "there is no import to undo in this database."),
    "undo.done": QT_TRANSLATE_NOOP(
        "messages", "Undid {batch}: {deleted:,} records deleted, {restored:,} restored to what "
        "they were before."),
    "undo.not_import": QT_TRANSLATE_NOOP(
        "messages", "'{batch}' is not an import; only imports can be undone here."),
    "undo.no_import": QT_TRANSLATE_NOOP(
        "messages", "There is no import '{batch}' in this database."),
    "undo.already": QT_TRANSLATE_NOOP("messages", "The import '{batch}' has already been undone."),
    "undo.record": QT_TRANSLATE_NOOP("messages", "{what} “{name}” (id {id})"),
    "undo.record_gone": QT_TRANSLATE_NOOP("messages", "{what} {id}"),
    # What a record's history says was done to it (audit_log.action).
    "audit.create": QT_TRANSLATE_NOOP("messages", "created"),
    "audit.update": QT_TRANSLATE_NOOP("messages", "changed"),
    "audit.delete": QT_TRANSLATE_NOOP("messages", "moved to the trash"),
    "audit.restore": QT_TRANSLATE_NOOP("messages", "restored"),
    "audit.purge": QT_TRANSLATE_NOOP("messages", "deleted for good"),
    "audit.attach": QT_TRANSLATE_NOOP("messages", "file attached"),
    "audit.detach": QT_TRANSLATE_NOOP("messages", "attachment removed"),
    "undo.changed": QT_TRANSLATE_NOOP(
        "messages", "{record} was changed after the import ({action} by {user}, {when})"),
    "undo.used_by": QT_TRANSLATE_NOOP("messages", "{record} is now used by {by}"),
    "undo.more": QT_TRANSLATE_NOOP("messages", "; and {n} more"),
    "undo.conflicts": QT_TRANSLATE_NOOP(
        "messages", "The import cannot be undone without losing later work: {conflicts}{more}. "
        "Nothing was changed; correct these records by hand."),

    # -- a server database that cannot be used (storage.pg_store) -----------------------------
    "server.auth": QT_TRANSLATE_NOOP(
        "messages", "The server {where} refused the user name or password. Check them and try "
        "again."),
    "server.no_database": QT_TRANSLATE_NOOP(
        "messages", "The server has no database by that name ({where}). Check the name with "
        "the office's IT person."),
    "server.no_role": QT_TRANSLATE_NOOP(
        "messages", "The server does not know that user name ({where}). Check the name."),
    "server.not_allowed": QT_TRANSLATE_NOOP(
        "messages", "The server {where} does not accept connections from this computer or "
        "user; ask the office's IT person to allow it."),
    "server.unreachable": QT_TRANSLATE_NOOP(
        "messages", "The database server {where} cannot be reached. Check the server's name "
        "and port and that this computer is on the office network."),
    "server.lost": QT_TRANSLATE_NOOP(
        "messages", "The connection to the database server {where} was lost. Nothing after the "
        "last save was kept; reconnect and try again."),
    "server.foreign": QT_TRANSLATE_NOOP(
        "messages", "The database {where} holds another application's tables, not "
        "bkk_relations'; it was not changed."),
    "server.newer": QT_TRANSLATE_NOOP(
        "messages", "The database {where} was written by a newer version of bkk_relations "
        "(schema {detail}). Update the app to use it; nothing was changed."),
    "server.upgrade_read_only": QT_TRANSLATE_NOOP(
        "messages", "The database {where} needs upgrading to this version of the app, and your "
        "login may only read; ask an editor to open it first."),
    "server.cannot_set_up": QT_TRANSLATE_NOOP(
        "messages", "Your login cannot set up the database {where}; ask the office's IT person "
        "to set it up (see the README's 'Shared office server')."),
    "server.other": QT_TRANSLATE_NOOP(
        "messages", "Could not connect to the database server {where}: {detail}"),

    # -- synthetic data (sample.generate) -------------------------------------------------------
    "generate.partners": QT_TRANSLATE_NOOP(
        "messages", "between 1 and {most:,} partners can be generated, not {n}"),

    # -- saved graph views (graph.saved_views) --------------------------------------------
    "view.name_empty": QT_TRANSLATE_NOOP("messages", "Give the view a name."),
    "view.name_too_long": QT_TRANSLATE_NOOP("messages", "At most {most} characters."),
    "view.name_control": QT_TRANSLATE_NOOP(
        "messages", "A name is one line without control characters."),
    "view.exists": QT_TRANSLATE_NOOP("messages", "A view called '{name}' exists already."),

    # -- settings (settings) ------------------------------------------------------------------
    "setting.unknown": QT_TRANSLATE_NOOP("messages", "'{key}' is not a setting of bkk_relations."),
    "setting.not_database": QT_TRANSLATE_NOOP(
        "messages", "'{key}' is a preference of the app on one computer, not a setting of the "
        "database."),
    "setting.type": QT_TRANSLATE_NOOP("messages", "{what} takes {expected}."),
    "setting.type.int": QT_TRANSLATE_NOOP("messages", "a whole number"),
    "setting.type.str": QT_TRANSLATE_NOOP("messages", "text"),
    "setting.type.bool": QT_TRANSLATE_NOOP("messages", "yes or no"),
    "setting.range": QT_TRANSLATE_NOOP(
        "messages", "{what} must be between {low} and {high} (got {value})."),
    "setting.choice": QT_TRANSLATE_NOOP(
        "messages", "{what} must be one of: {known} (got '{value}')."),
    "setting.home_city_en": QT_TRANSLATE_NOOP("messages", "The home city's English name"),
    "setting.home_city_th": QT_TRANSLATE_NOOP("messages", "The home city's Thai name"),
    "setting.home_country": QT_TRANSLATE_NOOP("messages", "The home country"),
    "setting.home_latitude": QT_TRANSLATE_NOOP("messages", "The home city's latitude"),
    "setting.home_longitude": QT_TRANSLATE_NOOP("messages", "The home city's longitude"),
    "setting.attachments_folder": QT_TRANSLATE_NOOP("messages", "The shared attachments folder"),
    "setting.demo_notice": QT_TRANSLATE_NOOP("messages", "The demo notice"),
    "setting.demo_notice_th": QT_TRANSLATE_NOOP("messages", "The Thai demo notice"),
    "setting.demo_fingerprint": QT_TRANSLATE_NOOP("messages", "The demo's fingerprint"),
    "setting.graph_positions:": QT_TRANSLATE_NOOP("messages", "The positions in the graph"),
    "setting.backup/auto": QT_TRANSLATE_NOOP("messages", "Automatic backups"),
    "setting.backup/daily": QT_TRANSLATE_NOOP("messages", "Daily backups to keep"),
    "setting.backup/weekly": QT_TRANSLATE_NOOP("messages", "Weekly backups to keep"),
    "setting.ui/language": QT_TRANSLATE_NOOP("messages", "The language"),
    "setting.ui/calendar": QT_TRANSLATE_NOOP("messages", "The calendar"),
    "setting.ui/thai_digits": QT_TRANSLATE_NOOP("messages", "Thai dates in Thai digits"),

    # -- opening a database file (storage.database, backups.verify) ----------------------------
    "open.exists": QT_TRANSLATE_NOOP("messages", "{file} already exists; choose a new file name."),
    "open.folder": QT_TRANSLATE_NOOP("messages", "{file} is a folder, not a database file."),
    "open.not_regular": QT_TRANSLATE_NOOP(
        "messages", "{file} is not a regular file; it cannot be a database."),
    "open.missing": QT_TRANSLATE_NOOP("messages", "{file} does not exist."),
    "open.no_folder": QT_TRANSLATE_NOOP("messages", "The folder {folder} does not exist."),
    "open.empty": QT_TRANSLATE_NOOP(
        "messages", "{file} is empty; it is not a bkk_relations database yet."),
    "open.failed": QT_TRANSLATE_NOOP("messages", "{file} could not be opened: {detail}."),
    "open.read_only_old": QT_TRANSLATE_NOOP(
        "messages", "{file} is read-only and needs upgrading to this version of the app; copy "
        "it to a folder you can write to and open the copy."),
    "open.read_only": QT_TRANSLATE_NOOP(
        "messages", "{file} is open read-only; changes cannot be saved."),
    "open.not_sqlite": QT_TRANSLATE_NOOP(
        "messages", "{file} is not a bkk_relations database (it is not an SQLite file at all)."),
    "open.unreadable": QT_TRANSLATE_NOOP("messages", "{file} cannot be read."),
    "open.damaged": QT_TRANSLATE_NOOP(
        "messages", "{file} is damaged and cannot be opened ({detail})."),
    "open.foreign": QT_TRANSLATE_NOOP(
        "messages", "{file} is a database of another application, not of bkk_relations; it was "
        "not changed."),
    "open.newer": QT_TRANSLATE_NOOP(
        "messages", "{file} was written by a newer version of bkk_relations (schema {version}; "
        "this app knows up to {known}). Update the app to open it; the file was not changed."),
    "open.tables_missing": QT_TRANSLATE_NOOP(
        "messages", "{file} is damaged: tables are missing ({tables}). It was not changed; "
        "restore it from a backup."),
    "open.damaged_old": QT_TRANSLATE_NOOP(
        "messages", "{file} is damaged ({detail}) and was not upgraded; restore it from a "
        "backup."),
    # -- strategy: frameworks, framework sheets, the strategy and year-in-review reports --
    "strategy.no_framework": QT_TRANSLATE_NOOP(
        "messages", "No framework is called '{name}'. Frameworks: {choices}."),
    "strategy.several_frameworks": QT_TRANSLATE_NOOP(
        "messages", "Several frameworks are called '{name}'; give its number ({ids})."),
    "strategy.sheet_no_columns": QT_TRANSLATE_NOOP(
        "messages", "{file} has no sheet with the columns Code and English; a framework "
        "sheet has Code, Parent code, English, Thai and Description."),
    "strategy.sheet_refused": QT_TRANSLATE_NOOP(
        "messages", "{file} was not imported: {problems}{more}. Nothing was changed."),
    "strategy.sheet_more": QT_TRANSLATE_NOOP("messages", " (and {n} more)"),
    "strategy.row_no_code": QT_TRANSLATE_NOOP("messages", "row {row}: no code"),
    "strategy.row_code_twice": QT_TRANSLATE_NOOP(
        "messages", "row {row}: code {code} is also on row {other}"),
    "strategy.row_no_name": QT_TRANSLATE_NOOP("messages", "row {row}: no English name"),
    "strategy.row_no_parent": QT_TRANSLATE_NOOP(
        "messages", "row {row}: parent code {code} is neither in the sheet nor in the "
        "framework"),
    "strategy.row_own_parent": QT_TRANSLATE_NOOP(
        "messages", "row {row}: a goal cannot be its own parent"),
    "strategy.parent_loop": QT_TRANSLATE_NOOP(
        "messages", "goal {code}: its parent codes go round in a loop"),
    "strategy.imported": QT_TRANSLATE_NOOP(
        "messages", "Imported into {framework}: {created} goals added, {updated} updated, "
        "{unchanged} unchanged (undo with: undo-import {batch})."),
    "strategy.imported_nothing": QT_TRANSLATE_NOOP(
        "messages", "{framework} already holds every goal of the sheet as it is; nothing "
        "was changed."),
    "strategy.exported": QT_TRANSLATE_NOOP(
        "messages", "Wrote the {n} goals of {framework} to {file}."),
    "strategy.wrote": QT_TRANSLATE_NOOP(
        "messages", "Wrote the strategy view of {framework} to {file}: {goals} goals, {uncovered} "
        "with no cooperation going on; {units} units, {idle} taking no part."),
    "strategy.wrote_review": QT_TRANSLATE_NOOP(
        "messages", "Wrote the year in review {year} to {file} ({rows} rows on {sheets} "
        "sheets)."),
    "strategy.bad_year": QT_TRANSLATE_NOOP(
        "messages", "'{value}' is not a year; give it as 2024 or 2567."),
    "backup.empty": QT_TRANSLATE_NOOP(
        "messages", "{file} is empty; it is not a backup of a bkk_relations database."),
    "backup.damaged": QT_TRANSLATE_NOOP("messages", "{file} is damaged ({detail})."),
}
