"""Finding what an imported row refers to: linked records named in a cell ("Seoul; Busan"),
and existing records the row may duplicate — exactly (same normalised name and country) or
possibly (case, spacing, 'St.'/'Saint', or another romanisation of the same name: Pusan /
Busan, Chiengmai / Chiang Mai, Ho Chi Minh City / Ho Chi Minh)."""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from difflib import SequenceMatcher

from ..errors import ParseError
from ..excel.values import split_list
from ..messages import Joined, Msg
from ..records.models import SPECS
from ..records.normalise import name_key as _name_key
from ..storage.protocols import Connection

name_key = functools.lru_cache(maxsize=8192)(_name_key)  # each name is keyed several times

SIMILARITY = 0.75  # how alike two romanisations must still be after the skeleton matched
_GENERIC = {"city", "of", "the", "metropolitan", "metropolis", "government", "municipality",
            "municipal", "prefecture", "province", "council", "administration"}
# Letters that romanisations of Thai, Korean, Chinese and Japanese names swap freely.
_SOUNDS = [("ph", "p"), ("th", "t"), ("kh", "k"), ("gh", "g"), ("dh", "d"), ("bh", "b"),
           ("sh", "s"), ("ch", "c"), ("j", "c"), ("q", "k"), ("x", "ks"), ("v", "w"),
           ("z", "s"), ("b", "p"), ("d", "t"), ("g", "k"), ("y", "i")]
_ID_SUFFIX = re.compile(r"^(.*?)\s*\[(\d+)\]$")


def core_name(name: str) -> str:
    """name_key without spaces and generic words ('City of', 'Metropolitan Government')."""
    words = name_key(name).split()
    kept = [w for w in words if w not in _GENERIC] or words
    return "".join(kept)


@functools.lru_cache(maxsize=8192)
def skeleton(name: str) -> str:
    """A rough sound key: consonants only, after folding letters romanisations swap."""
    text = core_name(name)
    if not text.isascii():
        return text  # Thai and other scripts: the normalised name itself
    for a, b in _SOUNDS:
        text = text.replace(a, b)
    text = re.sub(r"[aeiouw]+", "", text)
    return re.sub(r"(.)\1+", r"\1", text)


def alike(a: str, b: str) -> bool:
    return SequenceMatcher(None, core_name(a), core_name(b)).ratio() >= SIMILARITY


# -- linked records named in cells ------------------------------------------------------------
def _names_of(entity: str) -> tuple[str, tuple[str, ...]]:
    """The table of ``entity`` and the columns a cell may name its records by."""
    spec = SPECS[entity]
    extra = ("acronym",) if "acronym" in spec.columns else ()
    return spec.table, (spec.label_col, spec.label_th_col, *extra)


_PLURAL = {"activity": "term.activities"}  # the others take an "s"


class Links:
    """Names → ids of live partners, units, agreements and projects (read once, on demand)."""

    def __init__(self, conn: Connection):
        self.conn = conn
        self._index: dict[str, dict[str, set[int]]] = {}
        self._labels: dict[str, dict[int, str]] = {}

    def _load(self, entity: str) -> dict[str, set[int]]:
        if entity == "goal" and entity not in self._index:  # named with their framework
            from ..strategy.alignment import goal_index

            self._index[entity], self._labels[entity] = goal_index(self.conn, name_key)
        if entity not in self._index:
            table, cols = _names_of(entity)
            index: dict[str, set[int]] = defaultdict(set)
            labels = {}
            for row in self.conn.execute(f"SELECT id, {', '.join(cols)} FROM {table} "
                                         "WHERE deleted_at IS NULL"):
                labels[row[0]] = row[1]
                for value in row[1:]:
                    if value:
                        index[name_key(value)].add(row[0])
            self._index[entity], self._labels[entity] = index, labels
        return self._index[entity]

    def one(self, entity: str, text: str) -> int:
        """The id of the one live record named ``text`` (or 'Name [id]'); ParseError (a
        ValueError) if there is none or several."""
        index = self._load(entity)
        m = _ID_SUFFIX.match(text)
        if m:
            rid = int(m.group(2))
            if rid not in self._labels[entity]:
                raise ParseError("cell.no_id", what=Msg(f"term.{entity}"), id=rid)
            return rid
        ids = index.get(name_key(text), set())
        if len(ids) == 1:
            return next(iter(ids))
        if not ids:
            raise ParseError("cell.no_name", what=Msg(f"term.{entity}"), text=text)
        shown = ", ".join(f"{self._labels[entity][i]} [{i}]" for i in sorted(ids)[:5])
        raise ParseError("cell.several", text=text, n=len(ids),
                         what=Msg(_PLURAL.get(entity, f"term.{entity}s")), shown=shown,
                         id=min(ids))

    def many(self, entity: str, text: str) -> list[int]:
        """Ids for a cell naming one or more records, separated by ';' or new lines (or
        commas); a whole cell that is one name (with a comma in it) is tried first."""
        try:
            return [self.one(entity, text)]
        except ValueError as whole:
            parts = split_list(text)
            if len(parts) <= 1:
                raise whole from None
        out, problems = [], []
        for part in parts:
            try:
                out.append(self.one(entity, part))
            except ParseError as exc:
                problems.append(Msg(exc.code, exc.params))
        if len(problems) == 1:
            raise ParseError(problems[0].code, **problems[0].params)
        if problems:
            raise ParseError("cell.problems", problems=Joined(tuple(problems), "; "))
        return list(dict.fromkeys(out))


# -- duplicates ---------------------------------------------------------------------------------
# Besides its name, what tells two records apart (None: the name alone), and the other name
# that may show the same record under another spelling (a contact: the same e-mail).
KEYS: dict[str, tuple[str | None, str]] = {
    "partner": ("country", "name_th"), "contact": ("partner_id", "email"),
    "agreement": ("signed_date", "title_th"), "project": (None, "title_th"),
    "activity": ("start_date", "title_th"), "action": ("due_date", "title_th"),
    "lesson": (None, "title_th"),
}


def _existing_sql(entity: str) -> str:
    spec, (second, other) = SPECS[entity], KEYS[entity]
    return (f"SELECT id, {spec.label_col}, {second or 'NULL'}, {other} FROM {spec.table} "
            "WHERE deleted_at IS NULL")


class Duplicates:
    """Existing records a row may repeat.

    Exact: the same normalised name and the same second key (partner: country; contact:
    partner or the same e-mail; agreement: signing date when both have one; activity: date).
    Possible: the same name with the second key missing on one side, the same Thai name, or
    a name that sounds the same (skeleton) and is still alike.
    """

    def __init__(self, conn: Connection | None, entity: str):
        """The live records of ``conn``'s database; none without one (the rows of one file
        are then added one by one, each by its row number)."""
        self.entity = entity
        self.exact: dict[tuple[str, object], list[int]] = defaultdict(list)
        self.by_name: dict[str, list[tuple[int, object]]] = defaultdict(list)
        self.by_sound: dict[str, list[tuple[int, object]]] = defaultdict(list)
        self.by_other: dict[str, list[tuple[int, object]]] = defaultdict(list)
        self.labels: dict[int, str] = {}
        for rid, name, second, other in (conn.execute(_existing_sql(entity)) if conn else ()):
            self.add(rid, name or "", second, other)

    def add(self, rid: int, name: str, second: object, other: object) -> None:
        key = name_key(name)
        self.labels[rid] = name
        if self.entity == "contact" and other:
            self.exact[("@", str(other).casefold())].append(rid)
        self.exact[(key, self._second(second))].append(rid)
        entry = (rid, second)  # one tuple in every index: a file's rows are all held here
        self.by_name[key].append(entry)
        self.by_sound[skeleton(name)].append(entry)
        if other and self.entity != "contact":
            self.by_other[name_key(str(other))].append(entry)

    def _second(self, value: object) -> object:
        if self.entity == "agreement":
            return None  # compared below: a missing signing date matches any
        if self.entity == "project":
            return None
        return value.upper() if isinstance(value, str) and self.entity == "partner" else value

    def key(self, name: str, second: object) -> tuple[str, object]:
        """The exact key of a row, to find the same record twice in one file."""
        if self.entity == "agreement":
            return name_key(name), second
        return name_key(name), self._second(second)

    def find(self, name: str, second: object, other: object = None
             ) -> tuple[str, int] | None:
        """("update", id) for an exact match, ("duplicate", id) for a possible one."""
        if not name:
            return None
        if self.entity == "contact" and other:
            hits = self.exact.get(("@", str(other).casefold()))
            if hits:
                return "update", hits[0]
        key = name_key(name)
        hits = self.exact.get((key, self._second(second)), [])
        if self.entity == "agreement":
            hits = [i for i, s in self.by_name.get(key, []) if not second or not s
                    or s == second]
        if hits:
            return "update", hits[0]
        for rid, other_second in self.by_name.get(key, []):
            if self._compatible(second, other_second):
                return "duplicate", rid
        if other and self.entity != "contact":
            for rid, other_second in self.by_other.get(name_key(str(other)), []):
                if self._compatible(second, other_second):
                    return "duplicate", rid
        sound = skeleton(name)
        if len(sound) >= 2:
            for rid, other_second in self.by_sound.get(sound, [])[:50]:
                if self._compatible(second, other_second) and alike(name, self.labels[rid]):
                    return "duplicate", rid
        return None

    def _compatible(self, a: object, b: object) -> bool:
        if self.entity == "project":
            return True
        if self.entity == "activity":
            return a == b
        return not a or not b or str(a).upper() == str(b).upper()
