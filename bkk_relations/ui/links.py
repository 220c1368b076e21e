"""How links between records are named to the user: a linked record in the Trash is shown,
marked, wherever the link appears (lists, details, editors' pickers), and the records that
point at one are counted and named before it is deleted."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..core.records.repository import Referrer
from ..core.views.lists import TRASH_MARK
from . import i18n, labels


def in_trash(label: str) -> str:
    """``Seoul`` → ``Seoul (in the Trash)``, in the user's language."""
    return QCoreApplication.translate("links", "%1 (in the Trash)").replace("%1", label)


def shown(text: str) -> str:
    """A list cell from the core, with its names of records in the Trash marked in the
    user's language."""
    if TRASH_MARK not in text:
        return text
    return "; ".join(in_trash(part[:-len(TRASH_MARK)]) if part.endswith(TRASH_MARK) else part
                     for part in text.split("; "))


_COUNTS = {
    "partner": (QT_TRANSLATE_NOOP("links", "1 partner"), QT_TRANSLATE_NOOP("links", "%1 partners")),
    "agreement": (QT_TRANSLATE_NOOP("links", "1 agreement"),
                  QT_TRANSLATE_NOOP("links", "%1 agreements")),
    "project": (QT_TRANSLATE_NOOP("links", "1 project"), QT_TRANSLATE_NOOP("links", "%1 projects")),
    "activity": (QT_TRANSLATE_NOOP("links", "1 activity"),
                 QT_TRANSLATE_NOOP("links", "%1 activities")),
    "contact": (QT_TRANSLATE_NOOP("links", "1 contact"), QT_TRANSLATE_NOOP("links", "%1 contacts")),
    "unit": (QT_TRANSLATE_NOOP("links", "1 unit"), QT_TRANSLATE_NOOP("links", "%1 units")),
    "action": (QT_TRANSLATE_NOOP("links", "1 follow-up action"),
               QT_TRANSLATE_NOOP("links", "%1 follow-up actions")),
    "lesson": (QT_TRANSLATE_NOOP("links", "1 lesson"), QT_TRANSLATE_NOOP("links", "%1 lessons")),
    "goal": (QT_TRANSLATE_NOOP("links", "1 goal"), QT_TRANSLATE_NOOP("links", "%1 goals")),
    "framework": (QT_TRANSLATE_NOOP("links", "1 framework"),
                  QT_TRANSLATE_NOOP("links", "%1 frameworks")),
}


def count_phrase(refs: list[Referrer]) -> str:
    """``3 agreements, 1 project and 2 contacts`` (kinds in the order the core lists them)."""
    counts: dict[str, int] = {}
    for ref in refs:
        counts[ref.entity] = counts.get(ref.entity, 0) + 1
    parts = [QCoreApplication.translate("links", _COUNTS[e][0] if n == 1 else _COUNTS[e][1])
             .replace("%1", f"{n:,}") for e, n in counts.items()]
    if len(parts) == 1:
        return parts[0]
    head = QCoreApplication.translate("links", ", ").join(parts[:-1])
    return QCoreApplication.translate("links", "%1 and %2").replace("%1", head).replace(
        "%2", parts[-1])


def refer_sentence(refs: list[Referrer], label: str) -> str:
    """``3 agreements, 1 project and 2 contacts refer to Seoul.``"""
    if len(refs) == 1:
        text = QCoreApplication.translate("links", "%1 refers to %2.")
    else:
        text = QCoreApplication.translate("links", "%1 refer to %2.")
    return text.replace("%1", count_phrase(refs)).replace("%2", label)


def names(refs: list[Referrer], limit: int = 10) -> str:
    """The referring records, one a line (``Agreement: Sister-city relationship``), the
    first ``limit`` of them and how many more."""
    lines = [f"• {labels.entity_name(r.entity)}: {r.label_in(i18n.language())}"
             for r in refs[:limit]]
    if len(refs) > limit:
        more = len(refs) - limit
        lines.append(QCoreApplication.translate("links", "…and %1 more").replace("%1",
                                                                               f"{more:,}"))
    return "\n".join(lines)
