"""Translated names for entities and columns; vocabulary values come from the core in both
languages."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..core.places.regions import REGION_TH
from ..core.records import vocab
from ..core.records.models import Record, spec_of

_ENTITIES = {
    "partner": (QT_TRANSLATE_NOOP("labels", "Partner"), QT_TRANSLATE_NOOP("labels", "Partners")),
    "agreement": (QT_TRANSLATE_NOOP("labels", "Agreement"),
                  QT_TRANSLATE_NOOP("labels", "Agreements")),
    "project": (QT_TRANSLATE_NOOP("labels", "Project"), QT_TRANSLATE_NOOP("labels", "Projects")),
    "activity": (QT_TRANSLATE_NOOP("labels", "Activity"),
                 QT_TRANSLATE_NOOP("labels", "Activities")),
    "contact": (QT_TRANSLATE_NOOP("labels", "Contact"), QT_TRANSLATE_NOOP("labels", "Contacts")),
    "unit": (QT_TRANSLATE_NOOP("labels", "Unit"), QT_TRANSLATE_NOOP("labels", "Units")),
    "action": (QT_TRANSLATE_NOOP("labels", "Follow-up action"),
               QT_TRANSLATE_NOOP("labels", "Follow-up actions")),
    "lesson": (QT_TRANSLATE_NOOP("labels", "Lesson"), QT_TRANSLATE_NOOP("labels", "Lessons")),
    # named in the details of the records aligned to them
    "framework": (QT_TRANSLATE_NOOP("labels", "Framework"),
                  QT_TRANSLATE_NOOP("labels", "Frameworks")),
    "goal": (QT_TRANSLATE_NOOP("labels", "Goal"), QT_TRANSLATE_NOOP("labels", "Goals")),
}
# The frameworks' and goals' list columns.
_STRATEGY_TITLES = [
    QT_TRANSLATE_NOOP("labels", "Period from"), QT_TRANSLATE_NOOP("labels", "Period until"),
    QT_TRANSLATE_NOOP("labels", "Active"), QT_TRANSLATE_NOOP("labels", "Code"),
    QT_TRANSLATE_NOOP("labels", "Parent code"),
]

# Column titles used by core.views.COLUMNS, listed so the translation tools find them.
_COLUMN_TITLES = [
    QT_TRANSLATE_NOOP("labels", "Name"), QT_TRANSLATE_NOOP("labels", "Thai name"),
    QT_TRANSLATE_NOOP("labels", "Kind"), QT_TRANSLATE_NOOP("labels", "Type"),
    QT_TRANSLATE_NOOP("labels", "Country"), QT_TRANSLATE_NOOP("labels", "Region"),
    QT_TRANSLATE_NOOP("labels", "Status"), QT_TRANSLATE_NOOP("labels", "Agreements"),
    QT_TRANSLATE_NOOP("labels", "Last activity"), QT_TRANSLATE_NOOP("labels", "ID"),
    QT_TRANSLATE_NOOP("labels", "Title"), QT_TRANSLATE_NOOP("labels", "Parties"),
    QT_TRANSLATE_NOOP("labels", "Signed"), QT_TRANSLATE_NOOP("labels", "Expires"),
    QT_TRANSLATE_NOOP("labels", "Thai title"), QT_TRANSLATE_NOOP("labels", "Sectors"),
    QT_TRANSLATE_NOOP("labels", "SDGs"), QT_TRANSLATE_NOOP("labels", "Partners"),
    QT_TRANSLATE_NOOP("labels", "Start"), QT_TRANSLATE_NOOP("labels", "End"),
    QT_TRANSLATE_NOOP("labels", "Budget"), QT_TRANSLATE_NOOP("labels", "Date"),
    QT_TRANSLATE_NOOP("labels", "Place"), QT_TRANSLATE_NOOP("labels", "Participants"),
    QT_TRANSLATE_NOOP("labels", "Position"), QT_TRANSLATE_NOOP("labels", "Partner"),
    QT_TRANSLATE_NOOP("labels", "E-mail"), QT_TRANSLATE_NOOP("labels", "Phone"),
    QT_TRANSLATE_NOOP("labels", "Focal point"), QT_TRANSLATE_NOOP("labels", "Acronym"),
    QT_TRANSLATE_NOOP("labels", "Projects"),
    # follow-up actions, lessons and the contacts of a unit
    QT_TRANSLATE_NOOP("labels", "Due"), QT_TRANSLATE_NOOP("labels", "Action"),
    QT_TRANSLATE_NOOP("labels", "Owner unit"), QT_TRANSLATE_NOOP("labels", "Action (Thai)"),
    QT_TRANSLATE_NOOP("labels", "Stage"), QT_TRANSLATE_NOOP("labels", "Adopted by units"),
    QT_TRANSLATE_NOOP("labels", "Lesson (Thai)"), QT_TRANSLATE_NOOP("labels", "Partner or unit"),
    # the Thai lists' English name column (core.views.lists.columns)
    QT_TRANSLATE_NOOP("labels", "English name"), QT_TRANSLATE_NOOP("labels", "English title"),
]


def record_label(record: Record, language: str) -> str:
    """A record's name or title in ``language``: its Thai one in Thai where it has one."""
    thai = getattr(record, spec_of(record).label_th_col, None)
    return thai if language == "th" and thai else record.label


def entity_name(entity: str, plural: bool = False) -> str:
    return QCoreApplication.translate("labels", _ENTITIES[entity][1 if plural else 0])


def column_title(title: str) -> str:
    return QCoreApplication.translate("labels", title)


def vocab_label(name: str, value: object, language: str) -> str:
    return vocab.label(getattr(vocab, name), value, language)


def region_label(region: str | None, language: str) -> str:
    if not region:
        return ""
    return REGION_TH.get(region, region) if language == "th" else region


def sectors_label(text: str | None, language: str) -> str:
    if not text:
        return ""
    return ", ".join(vocab.label(vocab.SECTORS, s.strip(), language) for s in text.split(","))
