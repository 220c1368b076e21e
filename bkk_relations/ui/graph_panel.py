"""The graph page's side panel: the selected node's record as the graph sees it, with the
explicit actions (open it in its list, edit it, focus on it, open or close a group); the
key partners, ranked, each with why it ranks there; and the weak points, summarised in a
few sentences with the list behind each.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.graph.details import NodeDetails
from ..core.graph.model import KeyPartner, kind_label, metric_label, shown_year, tie_label
from ..core.graph.ranking import RECENT_YEARS, RiskGroup
from ..core.places import countries
from ..core.records import vocab
from . import labels

ID_ROLE = Qt.UserRole + 1
RISKS_SHOWN = 500  # rows listed under one weak-point sentence (the rest are counted)
_ROOT = QModelIndex()


def number(value: float, metric: str) -> str:
    """A measure as people read it: whole ties as they are, small centralities with three
    significant digits (0.000412, not 0.000)."""
    if metric in ("degree", "weighted_degree"):
        return f"{value:g}"
    return f"{value:.3f}" if value >= 0.01 or value == 0 else f"{value:.3g}"


def _count(one: str, many: str, n: int) -> str:
    """``one`` (already translated) for 1, ``many`` with %1 for the number otherwise."""
    return (one if n == 1 else many).replace("%1", f"{n:,}")


class KeyPartnersModel(QAbstractTableModel):
    """Nodes ranked by the chosen measure, each with why it ranks there."""

    COLUMNS = ["label", "value", "score", "why", "kind", "country", "degree",
               "weighted_degree", "betweenness", "eigenvector"]
    NUMBERS = {"value", "score", "degree", "weighted_degree", "betweenness", "eigenvector"}

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[KeyPartner] = []
        self.lang = "en"
        self.calendar = "gregorian"
        self.metric = "betweenness"
        self.year: int | None = None
        self.titles = {"label": self.tr("Name"), "value": "", "score": self.tr("Weighted ties"),
                       "why": self.tr("Why"), "kind": self.tr("Kind"),
                       "country": self.tr("Country"), "degree": self.tr("Ties"),
                       "weighted_degree": self.tr("Weighted"),
                       "betweenness": self.tr("Betweenness"),
                       "eigenvector": self.tr("Eigenvector")}

    def set_rows(self, rows: list[KeyPartner], lang: str, *, metric: str = "betweenness",
                 calendar: str = "gregorian", year: int | None = None) -> None:
        self.beginResetModel()
        self.rows, self.lang, self.metric = rows, lang, metric
        self.calendar, self.year = calendar, year
        self.endResetModel()

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        key = self.COLUMNS[section] if orientation == Qt.Horizontal else ""
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return metric_label(self.metric, self.lang) if key == "value" else self.titles[key]
        if orientation == Qt.Horizontal and role == Qt.ToolTipRole and key in ("why", "score"):
            return self.tr("Partners with the same value are ordered by their weighted ties: "
                           "an agreement in force counts 3, a project 2, an activity of the "
                           "last %1 years 1.").replace("%1", str(RECENT_YEARS))
        if orientation == Qt.Vertical and role == Qt.DisplayRole:
            return str(section + 1)
        return None

    def value_text(self, row: KeyPartner) -> str:
        return number(row.value, self.metric)

    def why(self, row: KeyPartner) -> str:
        """Why the row ranks where it does: its value of the measure (and whether others
        share it, so the weighted ties decided), then its weighted ties."""
        head = f"{metric_label(self.metric, self.lang)} {self.value_text(row)}"
        if row.tied:
            head += " " + self.tr("(shared: the weighted ties decide)")
        ties = self.tr("weighted ties %1").replace("%1", f"{row.score:g}")
        return f"{head} · {ties}: {self.engagement(row)}"

    def engagement(self, row: KeyPartner) -> str:
        parts = []
        if row.agreements_in_force:
            parts.append(_count(self.tr("1 agreement in force"),
                                self.tr("%1 agreements in force"), row.agreements_in_force))
        if row.projects:
            parts.append(_count(self.tr("1 project"), self.tr("%1 projects"), row.projects))
        if row.recent_activities:
            parts.append(_count(self.tr("1 recent activity"), self.tr("%1 recent activities"),
                                row.recent_activities))
        if not parts:
            return self.tr("no agreement in force, project or recent activity")
        return ", ".join(parts)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        key = self.COLUMNS[index.column()]
        if role == ID_ROLE:
            return row.node
        if role == Qt.ToolTipRole:
            return self.why(row)
        if role == Qt.TextAlignmentRole and key in self.NUMBERS:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role != Qt.DisplayRole:
            return None
        if key == "value":
            return self.value_text(row) + (" =" if row.tied else "")
        if key == "score":
            return f"{row.score:g}"
        if key == "why":
            return self.engagement(row)
        value = getattr(row, key)
        if key == "kind":
            return kind_label(value, self.lang)
        if key in ("betweenness", "eigenvector"):
            return number(value, key)
        if key == "weighted_degree":
            return f"{value:g}"
        return str(value)


class WeakPoints(QTreeWidget):
    """The weak points as sentences ("19 partners hang on a single link"), each opening onto
    the list of them (filled when opened)."""

    picked = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("graph_risks")
        self.setHeaderHidden(True)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.groups: list[RiskGroup] = []
        self._text = lambda r: r.node
        self.itemExpanded.connect(self._fill)
        self.itemClicked.connect(self._clicked)

    def set_groups(self, groups: list[RiskGroup], describe) -> None:
        self.clear()
        self.groups, self._text = groups, describe
        for g in groups:
            item = QTreeWidgetItem([self.sentence(g)])
            item.setData(0, ID_ROLE, None)
            item.setChildIndicatorPolicy(QTreeWidgetItem.ShowIndicator)
            self.addTopLevelItem(item)

    def sentence(self, g: RiskGroup) -> str:
        if g.kind == "single_link":
            return _count(self.tr("1 partner hangs on a single link"),
                          self.tr("%1 partners hang on a single link"), g.count)
        if g.kind == "holds_group":
            links = _count(self.tr("1 link holds a group of partners"),
                           self.tr("%1 links each hold a group of partners"), g.count)
            return links + " " + _count(self.tr("(1 partner in all)"),
                                        self.tr("(%1 partners in all)"), g.partners)
        if g.kind == "only_way":
            nodes = _count(self.tr("1 node is the only way to others"),
                           self.tr("%1 nodes are the only way to others"), g.count)
            return nodes + " " + _count(self.tr("(1 partner behind it)"),
                                        self.tr("(%1 partners behind them)"), g.partners)
        return _count(self.tr("1 partner is not linked to the home city"),
                      self.tr("%1 partners are not linked to the home city"), g.partners)

    def total(self) -> int:
        return sum(g.count for g in self.groups)

    def _fill(self, item: QTreeWidgetItem) -> None:
        if item.childCount() or item.parent() is not None:
            return
        group = self.groups[self.indexOfTopLevelItem(item)]
        for r in group.risks[:RISKS_SHOWN]:
            child = QTreeWidgetItem([self._text(r)])
            child.setData(0, ID_ROLE, r.node)
            child.setToolTip(0, child.text(0))
            item.addChild(child)
        if group.count > RISKS_SHOWN:
            more = QTreeWidgetItem([self.tr("…and %1 more (all of them are in the Excel "
                                            "export)").replace("%1",
                                                               f"{group.count - RISKS_SHOWN:,}")])
            item.addChild(more)

    def _clicked(self, item: QTreeWidgetItem) -> None:
        node = item.data(0, ID_ROLE)
        if node:
            self.picked.emit(node)


class DetailsPanel(QWidget):
    """The selected node as the graph sees it, and what can be done with it. Nothing here
    leaves the graph unless asked: "Open in list" and "Edit" are buttons."""

    open_in_list = Signal(str, int)
    edit_record = Signal(str, int)
    focus = Signal(str)
    toggle_group = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("graph_details_panel")
        self.details: NodeDetails | None = None
        self.lang, self.calendar, self.metric = "en", "gregorian", "betweenness"
        self.read_only = False
        self.text = QTextBrowser(self)
        self.text.setObjectName("graph_details")
        self.text.setOpenLinks(False)
        self.open_button = QPushButton(self.tr("Open in list"), self)
        self.open_button.setObjectName("graph_open_in_list")
        self.open_button.setToolTip(self.tr("Show this record in its list (the list's "
                                            "filter is left as it is)"))
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.setObjectName("graph_edit")
        self.focus_button = QPushButton(self.tr("Focus"), self)
        self.focus_button.setToolTip(self.tr("Show only this node and its neighbours"))
        self.group_button = QPushButton(self.tr("Open group"), self)
        self.group_button.setObjectName("graph_toggle_group")
        self.open_button.clicked.connect(lambda: self._record(self.open_in_list))
        self.edit_button.clicked.connect(lambda: self._record(self.edit_record))
        self.focus_button.clicked.connect(lambda: self.details and self.focus.emit(
            self.details.node))
        self.group_button.clicked.connect(lambda: self.details and self.toggle_group.emit(
            self.details.node))
        buttons = QHBoxLayout()
        for b in (self.open_button, self.edit_button, self.focus_button, self.group_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)
        self.show_details(None)

    def _record(self, signal) -> None:
        record = self.details.record if self.details else None
        if record is not None:
            signal.emit(*record)

    def year(self, year: int) -> str:
        return str(shown_year(year, self.calendar))

    def show_details(self, details: NodeDetails | None, why: str = "") -> None:
        self.details = details
        record = details.record if details else None
        self.open_button.setEnabled(record is not None)
        self.edit_button.setEnabled(record is not None and not self.read_only)
        self.focus_button.setEnabled(details is not None and details.entity != "group")
        is_group = details is not None and details.entity == "group"
        self.group_button.setVisible(is_group)
        if is_group:
            self.group_button.setText(self.tr("Close group") if details.expanded
                                      else self.tr("Open group"))
        if details is None:
            hint = self.tr("Click a node to see it here; the graph stays as it is.")
            self.text.setHtml(f"<p style='color:gray'>{html.escape(hint)}</p>")
            return
        self.text.setHtml(self._html(details, why))

    def _html(self, d: NodeDetails, why: str) -> str:
        esc = html.escape
        th = self.lang == "th"
        name, other = (d.label_th, d.label_en) if th else (d.label_en, d.label_th)
        parts = [f"<h3 style='margin:0'>{esc(name)}</h3>"]
        if other and other != name:
            parts.append(f"<div style='color:#555'>{esc(other)}</div>")
        facts = []
        if d.entity == "group":
            facts.append(_count(self.tr("1 partner"), self.tr("%1 partners"), d.members))
            if d.cities or d.organisations:
                facts.append(self.tr("%1 cities, %2 organisations")
                             .replace("%1", f"{d.cities:,}").replace("%2",
                                                                     f"{d.organisations:,}"))
        else:
            kind = kind_label(d.kind, self.lang)
            if d.org_type:
                kind += f" ({vocab.label(vocab.ORG_TYPES, d.org_type, self.lang)})"
            facts.append(kind)
        if d.country:
            facts.append(f"{countries.name(d.country, self.lang) or d.country} ({d.country})")
        if d.region:
            facts.append(labels.region_label(d.region, self.lang))
        if d.status and d.entity == "partner":
            facts.append(vocab.label(vocab.PARTNER_STATUSES, d.status, self.lang))
        parts.append(f"<p>{esc(' · '.join(facts))}</p>")
        if d.rank is not None:
            parts.append("<p><b>" + esc(self.tr("Ranked %1 by %2").replace(
                "%1", f"{d.rank.rank:,}").replace("%2", metric_label(self.metric, self.lang)))
                + "</b><br>" + esc(why) + "</p>")
        if d.entity == "group":
            if d.ties_by_type:
                rows = "".join(f"<li>{esc(tie_label(t, self.lang))}: {n:,}</li>"
                               for t, n in d.ties_by_type)
                ties = self.tr("Ties")
                parts.append(f"<b>{esc(ties)}</b><ul>{rows}</ul>")
            if d.top_members:
                best = self.tr("Best ranked")
                parts.append(f"<b>{esc(best)}</b>: "
                             + esc(", ".join(d.top_members)))
            return "".join(parts)
        if d.links:
            heading = self.tr("Agreements and projects")
            parts.append(f"<b>{esc(heading)}</b><ul>")
            for lk in d.links[:30]:
                title = lk.label_th if th and lk.label_th else lk.label_en
                kind = tie_label(lk.type, self.lang)
                status = vocab.label(vocab.AGREEMENT_STATUSES if lk.source == "agreement"
                                     else vocab.PROJECT_STATUSES, lk.status, self.lang)
                when = self.tr("no start year") if lk.start is None else \
                    f"{self.year(lk.start)}–{self.year(lk.end) if lk.end else ''}"
                parts.append(f"<li>{esc(kind)}: {esc(title)} <span style='color:#555'>"
                             f"({esc(when)}, {esc(status)})</span></li>")
            if len(d.links) > 30:
                parts.append("<li>" + esc(self.tr("…and %1 more").replace(
                    "%1", f"{len(d.links) - 30:,}")) + "</li>")
            parts.append("</ul>")
        if d.activities:
            total = sum(d.activities.values())
            parts.append("<p>" + esc(_count(self.tr("1 activity"), self.tr("%1 activities"), total)
                                     + " · " + self.tr("the last in %1").replace(
                                         "%1", self.year(max(d.activities)))) + "</p>")
        return "".join(parts)
