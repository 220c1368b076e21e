"""Reading what people type in spreadsheets: dates in any common form (dd/mm/yyyy, ISO, Excel
serial numbers, Buddhist-Era years, month names in English or Thai), numbers with thousands
separators, yes/no, countries, vocabulary labels in either language, and lists.

Every parser returns the stored form or raises ParseError (a ValueError) whose message, a
code with its parameters, tells the officer what to write instead.
"""

from __future__ import annotations

import datetime as _dt
import functools
import re

from ..dates import BE_OFFSET
from ..errors import ParseError
from ..messages import Choices
from ..places import countries
from ..places.regions import REGION_TH, REGIONS
from ..records import vocab
from ..records.normalise import name_key

EXCEL_EPOCH = _dt.date(1899, 12, 30)  # serial 1 = 1900-01-01 (Excel's 1900 leap-year bug)
_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))  # and the soft hyphen
_MONTHS_EN = ["january", "february", "march", "april", "may", "june", "july", "august",
              "september", "october", "november", "december"]
MONTHS_TH = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
             "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
_MONTHS_TH_SHORT = ["มค", "กพ", "มีค", "เมย", "พค", "มิย", "กค", "สค", "กย", "ตค", "พย", "ธค"]
_MONTH_NAMES = {**{m: i + 1 for i, m in enumerate(_MONTHS_EN)},
                **{m[:3]: i + 1 for i, m in enumerate(_MONTHS_EN)}, "sept": 9,
                **{m: i + 1 for i, m in enumerate(MONTHS_TH)},
                **{m: i + 1 for i, m in enumerate(_MONTHS_TH_SHORT)}}
_THAI_MONTHS = frozenset(MONTHS_TH) | frozenset(_MONTHS_TH_SHORT)
_DMY = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
_MY = re.compile(r"^(\d{1,2})[/.\-](\d{4})$")
_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ][\d:.]+)?$")
_WORDS = re.compile(r"^(?:(\d{1,2})\s*)?([^\d\s]+)\s*(\d{4}|\d{2})$")
# The era people write before or after a year: Buddhist ("พ.ศ. 2536", "B.E. 2536") or
# Christian ("ค.ศ. 1993", "1993 AD"); "ปี" (year) says nothing of the era.
_BE = r"พ\.?\s?ศ\.?|B\.?\s?E\.?"
_CE = r"ค\.?\s?ศ\.?|A\.?\s?D\.?|C\.?\s?E\.?"
_ERA = re.compile(rf"(?:^|(?<=\s)|(?<=\d))(?:ปี\s*)?(?:(?P<be>{_BE})|(?P<ce>{_CE}))(?=\s|\d|$)"
                  r"|^ปี(?=\s|\d)", re.IGNORECASE)


def clean_text(value: object) -> str | None:
    """Text as stored: trimmed, invisible characters dropped, integers without '.0'."""
    if value is None:
        return None
    if type(value) is str and value.isascii():  # the common case: nothing invisible to drop
        return value.strip() or None
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, _dt.datetime):
        value = value.date() if value.time() == _dt.time() else value
    if isinstance(value, _dt.date):
        return value.isoformat()
    text = str(value).translate(_INVISIBLE).replace("\u00a0", " ").strip()
    return text or None


def _year(value: int) -> int:
    """A Gregorian year from a Gregorian or Buddhist-Era year (2566 → 2023)."""
    return value - BE_OFFSET if value > 2300 else value


def _iso(year: int, month: int | None = None, day: int | None = None, text: str = "") -> str:
    year = _year(year)
    if not 1800 <= year <= 2200:
        raise ParseError("value.year_range", text=text, year=year)
    if month is not None and not 1 <= month <= 12:
        raise ParseError("value.no_month", text=text, month=month)
    if day is not None:
        try:
            _dt.date(year, month or 1, day)
        except ValueError:
            raise ParseError("date.no_day", text=text) from None
        return f"{year:04d}-{month:02d}-{day:02d}"
    return f"{year:04d}-{month:02d}" if month is not None else f"{year:04d}"


def from_serial(serial: float) -> str:
    """An Excel serial day number as an ISO date."""
    if not 1 <= serial < 2958466:
        raise ParseError("value.serial", serial=f"{serial:g}")
    return (EXCEL_EPOCH + _dt.timedelta(days=int(serial))).isoformat()


def parse_date(value: object, precision: str | None = None) -> str | None:
    """The stored (partial ISO, Gregorian) form of a date cell.

    ``precision`` ("year", "month", "day") comes from a date cell's number format, so a
    cell shown as "1997" stays a year. Numbers from 1800 to 2200 are years, from 2300 to
    2800 Buddhist-Era years, anything else an Excel serial day number.
    """
    if value is None:
        return None
    if isinstance(value, _dt.datetime | _dt.date):
        day = value.date() if isinstance(value, _dt.datetime) else value
        if be_date_cell(day):  # a B.E. year typed into a date cell (see be_date_cell)
            day = _be_day(day)
        if precision == "year":
            return f"{day.year:04d}"
        if precision == "month":
            return f"{day.year:04d}-{day.month:02d}"
        return day.isoformat()
    if isinstance(value, bool):
        raise ParseError("value.not_date", text=value)
    if isinstance(value, int | float):
        if float(value).is_integer() and (1800 <= value <= 2200 or 2300 <= value <= 2800):
            return _iso(int(value), text=str(int(value)))
        return from_serial(float(value))
    text = clean_text(value)
    if text is None:
        return None
    text = text.translate(_THAI_DIGITS)
    era = None
    m = _ERA.search(text)
    if m:
        era = "be" if m.group("be") else "ce" if m.group("ce") else None
        text = " ".join(_ERA.sub(" ", text).split())
        if era == "ce" and re.search(r"\b(2[3-9]\d\d)\b", text):
            raise ParseError("value.not_date", text=str(value))
    if m := _ISO.match(text):
        y, mo, d = m.groups()
        return _iso(int(y), int(mo) if mo else None, int(d) if d else None, text)
    if m := _DMY.match(text):
        d, mo, y = m.groups()
        return _iso(int(y), int(mo), int(d), text)
    if m := _MY.match(text):
        mo, y = m.groups()
        return _iso(int(y), int(mo), None, text)
    if re.fullmatch(r"\d{5}(\.\d+)?", text):
        return from_serial(float(text))
    if m := _WORDS.match(text):
        d, month, y = m.groups()
        key = month.casefold().replace(".", "")
        number = _MONTH_NAMES.get(key)
        if number is not None and len(y) == 2:
            # "มิ.ย. 66": a two-digit year after a Thai month is the Buddhist Era's 25xx.
            number = number if key in _THAI_MONTHS or era == "be" else None
            y = str(2500 + int(y))
        if number is not None:
            return _iso(int(y), number, int(d) if d else None, text)
    raise ParseError("value.not_date", text=text)


def be_date_cell(value: object) -> bool:
    """A real date cell whose year is a Buddhist-Era one (2549-06-19): Excel took the
    typed date as it was, so its year is 543 years ahead. Read as the Gregorian date, and
    the importer says so."""
    return isinstance(value, _dt.date) and 2300 <= value.year <= 2800


def _be_day(day: _dt.date) -> _dt.date:
    try:
        return day.replace(year=day.year - BE_OFFSET)
    except ValueError:  # 29 February of a B.E. year that is no Gregorian leap year
        raise ParseError("date.no_day", text=day.isoformat()) from None


_GROUPED = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?")  # 1,234,567.89
_GROUPED_EU = re.compile(r"[+-]?\d{1,3}(?:\.\d{3})+,\d+")  # 1.234.567,89
_DECIMAL_COMMA = re.compile(r"[+-]?\d*,\d+")  # 35,7: a comma that groups no thousands


def _number_text(text: str) -> str:
    """A number as float() reads it: commas that group thousands dropped, a decimal comma
    (35,7; 1.234,5) read as the point it is; any other comma left, to be refused."""
    if "," not in text:
        return text
    if _GROUPED.fullmatch(text):
        return text.replace(",", "")
    if _GROUPED_EU.fullmatch(text):
        return text.replace(".", "").replace(",", ".")
    if _DECIMAL_COMMA.fullmatch(text):
        return text.replace(",", ".")
    return text


def parse_number(value: object, *, integer: bool = False) -> float | int | None:
    if value is None:
        return None
    if isinstance(value, bool):
        raise ParseError("value.not_number", text=value)
    if isinstance(value, int | float):
        number: float = value
    else:
        text = clean_text(value)
        if text is None:
            return None
        cleaned = _number_text(re.sub(r"[\s฿$€£¥]|THB|บาท", "", text.translate(_THAI_DIGITS),
                                      flags=re.IGNORECASE))
        try:
            number = float(cleaned)
        except ValueError:
            raise ParseError("value.not_number", text=text) from None
    if integer:
        if not float(number).is_integer():
            raise ParseError("value.not_whole", text=value)
        return int(number)
    return float(number)


_TRUE = {"yes", "y", "true", "1", "x", "✓", "✔", "ใช่", "จริง", "มี"}
_FALSE = {"no", "n", "false", "0", "ไม่", "ไม่ใช่", "เท็จ", "ไม่มี", "-"}


def parse_bool(value: object) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    text = clean_text(value)
    if text is None:
        return None
    key = text.casefold()
    if key in _TRUE:
        return True
    if key in _FALSE:
        return False
    raise ParseError("value.not_bool", text=text)


def parse_country(value: object) -> str | None:
    text = clean_text(value)
    if text is None:
        return None
    return _country(text)


@functools.lru_cache(maxsize=4096)  # a sheet repeats the same few countries
def _country(text: str) -> str:
    code = countries.resolve_written(text)
    if code is None:
        raise ParseError("value.country", text=text)
    return code


# Words officers write for a vocabulary value besides its labels (by vocabulary, then key).
_VOCAB_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "PARTNER_STATUSES": {
        "active": ("ใช้งาน", "ใช้งานอยู่", "ยังใช้งาน", "ดำเนินการ", "มีผล", "ยังมีผล", "ปกติ"),
        "dormant": ("ไม่ใช้งาน", "ไม่เคลื่อนไหว", "ไม่มีกิจกรรม", "inactive"),
        "ended": ("สิ้นสุด", "ยุติ", "ยุติแล้ว", "ยกเลิก", "ยกเลิกแล้ว", "terminated"),
    },
    "AGREEMENT_STATUSES": {
        "active": ("ลงนาม", "ใช้งาน", "ใช้งานอยู่", "มีผลบังคับใช้", "signed", "in force"),
        "draft": ("ฉบับร่าง", "ร่างความตกลง"),
        "negotiation": ("เจรจา", "อยู่ระหว่างการเจรจา", "ระหว่างเจรจา", "negotiating"),
        "expired": ("หมดอายุแล้ว", "สิ้นสุด"),
        "terminated": ("ยกเลิกแล้ว", "ยุติ", "ยุติแล้ว"),
    },
    "AGREEMENT_TYPES": {
        "sister_city": ("เมืองพี่เมืองน้อง", "sister cities", "twin city", "twinning",
                        "บ้านพี่เมืองน้อง"),
        "friendship_city": ("เมืองมิตรภาพ", "friendship"),
        "mou": ("บันทึกความเข้าใจ", "memorandum of understanding", "บันทึกความตกลง"),
        "letter_of_intent": ("loi", "หนังสือแสดงเจตจำนง", "letter of intention"),
        "cooperation": ("ความร่วมมือ", "ข้อตกลงความร่วมมือ", "cooperation"),
    },
}
# What an agreement type's label says before or after its name ("ข้อตกลงเมืองพี่เมืองน้อง").
_TYPE_WORDS = re.compile(r"^(?:ข้อตกลง|ความตกลง)|\s+(?:city\s+)?agreement$", re.IGNORECASE)


def _label_index(name: str, table: dict) -> dict[str, object]:
    """Every way of writing a value of a vocabulary: its key, its labels, each half of a
    label with a "/" ("ลงนามแล้ว / มีผล"), a type's name without "agreement", and the
    words officers use (_VOCAB_WORDS)."""
    index: dict[str, object] = {}
    for key, (en, th) in table.items():
        for label in (str(key), str(key).replace("_", " "), en, th):
            index.setdefault(name_key(label), key)
        for label in (en, th):
            for part in label.split("/") if "/" in label else ():
                index.setdefault(name_key(part), key)
            index.setdefault(name_key(_TYPE_WORDS.sub("", label)), key)
    for key, words in _VOCAB_WORDS.get(name, {}).items():
        for word in words:
            index.setdefault(name_key(word), key)
    index.pop("", None)
    return index


_VOCAB_INDEX: dict[str, dict[str, object]] = {}


def parse_vocab(name: str, value: object) -> object:
    """A vocabulary value from its key or its English or Thai label."""
    text = clean_text(value)
    if text is None:
        return None
    return _vocab(name, text)


@functools.lru_cache(maxsize=4096)
def _vocab(name: str, text: str) -> object:
    table = getattr(vocab, name)
    index = _VOCAB_INDEX.get(name)
    if index is None:
        index = _VOCAB_INDEX[name] = _label_index(name, table)
    found = index.get(name_key(text))
    if found is None:
        raise ParseError("value.vocab", text=text, known=Choices(name))
    return found


_REGION_INDEX = {name_key(r): r for r in REGIONS} | {name_key(t): r for r, t in REGION_TH.items()}


def parse_region(value: object) -> str | None:
    text = clean_text(value)
    if text is None:
        return None
    region = _REGION_INDEX.get(name_key(text))
    if region is None:
        raise ParseError("value.region", text=text, known=Choices("REGIONS", ", "))
    return region


def split_list(text: str | None) -> list[str]:
    """Items of a list cell: separated by ';' or new lines, or by commas when there are
    neither."""
    if not text:
        return []
    parts = re.split(r"[;\n|]" if re.search(r"[;\n|]", text) else ",", text)
    return [p.strip() for p in parts if p.strip()]


def parse_sectors(value: object) -> list[str]:
    return [str(parse_vocab("SECTORS", item)) for item in split_list(clean_text(value))]


def parse_sdgs(value: object) -> list[int]:
    if isinstance(value, int | float) and not isinstance(value, bool):
        value = str(int(value)) if float(value).is_integer() else str(value)
    text = (clean_text(value) or "").translate(_THAI_DIGITS)
    out: list[int] = []
    for item in split_list(text):
        m = re.match(r"^(?:SDGs?\s*|Goal\s*|เป้าหมายที่\s*)?(\d{1,2})(?:\b|$)", item, re.IGNORECASE)
        if not m or not 1 <= int(m.group(1)) <= 17:
            raise ParseError("value.sdg", text=item)
        out.append(int(m.group(1)))
    return sorted(set(out))


def parse_tags(value: object) -> list[str]:
    return split_list(clean_text(value))


def unescape_csv(text: str) -> str:
    """Undo the apostrophe exports put before a value that Excel would run as a formula."""
    if len(text) > 1 and text[0] == "'" and text[1] in "=+-@\t\r":
        return text[1:]
    return text
