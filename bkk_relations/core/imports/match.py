"""Finding what an imported row refers to: linked records named in a cell ("Seoul; Busan"),
and existing records the row may duplicate — exactly (same normalised name and country) or
possibly (case, spacing, 'St.'/'Saint', or another romanisation of the same name: Pusan /
Busan, Chiengmai / Chiang Mai, Ho Chi Minh City / Ho Chi Minh)."""

from __future__ import annotations

import functools
import re
import sqlite3
from collections import defaultdict
from difflib import SequenceMatcher
from typing import NamedTuple

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
# _SOUNDS as replacing them one after the other does, in two steps: the pairs, then each
# single letter swapped and the vowels (and "v" and "y", which become them) dropped at once.
_PAIRS = [(a, b) for a, b in _SOUNDS if len(a) == 2]
_SOUND_LETTERS = str.maketrans({**{a: b for a, b in _SOUNDS if len(a) == 1},
                                **dict.fromkeys("aeiouwy"), "v": None})
_REPEATED = re.compile(r"(.)\1+")
_NUMBERS = re.compile(r"\d+")
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
    for a, b in _PAIRS:
        text = text.replace(a, b)
    text = text.translate(_SOUND_LETTERS)
    return _REPEATED.sub(_first, text) if _REPEATED.search(text) else text


def _first(m: re.Match[str]) -> str:  # (a function: faster than a template)
    return m[1]


def alike(a: str, b: str) -> bool:
    """Spelt alike, with the same numbers ("Testtown 1" is not "Testtown 11", nor "Route 6"
    "Route 66": the sound key keeps one of two repeated digits)."""
    if _NUMBERS.findall(a) != _NUMBERS.findall(b):
        return False
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


class _Candidates(NamedTuple):
    """The records a row's keys lead to, each list in the order the records were added."""

    email: list[int]  # a contact's same e-mail
    exact: list[int]  # the same name and second key
    named: list[tuple[int, object]]  # the same name: (id, its second key)
    other: list[tuple[int, object]]  # the row's other name (a Thai name) as their name
    sound: list[tuple[int, object]]  # the same sound, the first _SOUND_LIMIT of them


_SOUND_LIMIT = 50  # records of one sound compared by spelling (difflib is slow)


class Duplicates:
    """Existing records a row may repeat.

    Exact: the same normalised name and the same second key (partner: country; contact:
    partner or the same e-mail; agreement: signing date when both have one; activity: date).
    Possible: the same name with the second key missing on one side, the same Thai name,
    the same name and Thai name whatever the second key (across_countries), or a name that
    sounds the same (skeleton) and is still alike.
    """

    # A record with the row's name in both languages but another country (partners) is a
    # possible duplicate: an officer correcting a country in the sheet must not get a second
    # record unawares. Not between rows of one file, where it is two places (Perth, Perth).
    across_countries = True

    def __init__(self, conn: Connection | None, entity: str):
        """The live records of ``conn``'s database; none without one (records are then
        added one by one)."""
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
        entry = (rid, second)  # one tuple in every index
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

    def label(self, rid: int) -> str:
        return self.labels[rid]

    def _candidates(self, name: str, second: object, other: object) -> _Candidates:
        key = name_key(name)
        email = (self.exact.get(("@", str(other).casefold()), [])
                 if self.entity == "contact" and other else [])
        others = (self.by_other.get(name_key(str(other)), [])
                  if other and self.entity != "contact" else [])
        if not name.isascii() and self.entity != "contact":
            # a Thai name typed where the English one goes ("ปักกิ่ง"): a record's Thai name
            others = others + [e for e in self.by_other.get(key, []) if e not in others]
        return _Candidates(email, self.exact.get((key, self._second(second)), []),
                           self.by_name.get(key, []), others,
                           self.by_sound.get(skeleton(name), [])[:_SOUND_LIMIT])

    def find(self, name: str, second: object, other: object = None
             ) -> tuple[str, int] | None:
        """("update", id) for an exact match, ("duplicate", id) for a possible one."""
        if not name:
            return None
        return self._decide(name, second, other, self._candidates(name, second, other))

    def _decide(self, name: str, second: object, other: object, found: _Candidates
                ) -> tuple[str, int] | None:
        if self.entity == "contact" and other and found.email:
            return "update", found.email[0]
        hits = found.exact
        if self.entity == "agreement":
            hits = [i for i, s in found.named if not second or not s or s == second]
        if hits:
            return "update", hits[0]
        for rid, other_second in found.named:
            if self._compatible(second, other_second):
                return "duplicate", rid
        if found.other and self.entity != "contact":
            for rid, other_second in found.other:
                if self._compatible(second, other_second):
                    return "duplicate", rid
            if self.across_countries:
                same_thai = {rid for rid, _ in found.other}
                for rid, _ in found.named:
                    if rid in same_thai:
                        return "duplicate", rid
        if len(skeleton(name)) >= 2:
            for rid, other_second in found.sound:
                if self._compatible(second, other_second) and alike(name, self.label(rid)):
                    return "duplicate", rid
        return None

    def _compatible(self, a: object, b: object) -> bool:
        if self.entity == "project":
            return True
        if self.entity == "activity":
            return a == b
        return not a or not b or str(a).upper() == str(b).upper()


class _Seen:
    """A fixed-size Bloom filter: whether a key may have been added (never a false "no"),
    so that most rows, which repeat nothing, are not looked up at all. 1 MiB, two probes:
    under 1% false "maybe" with every key of the most rows an import takes."""

    BITS = 1 << 23

    def __init__(self) -> None:
        self.bits = bytearray(self.BITS // 8)

    def add(self, key: object) -> None:
        h = hash(key)
        for bit in (h & (self.BITS - 1), (h >> 24) & (self.BITS - 1)):
            self.bits[bit >> 3] |= 1 << (bit & 7)

    def __contains__(self, key: object) -> bool:
        h = hash(key)
        a, b = h & (self.BITS - 1), (h >> 24) & (self.BITS - 1)
        return bool(self.bits[a >> 3] & (1 << (a & 7)) and self.bits[b >> 3] & (1 << (b & 7)))


class FileRows(Duplicates):
    """The rows of one file read so far, by row number, found as Duplicates finds records.

    Kept in a temporary SQLite database (on disk beyond a small cache), not in memory, so
    a file of 100,000 rows is compared with itself in the memory one of ten rows takes. The
    keys are indexed by their hash (small, so the index stays in the cache); what a hash
    finds is compared by the keys themselves. A row is looked up only when the filter says
    one of its keys may be there. Close it when done (or use it as a context manager).
    """

    across_countries = False

    def __init__(self, entity: str):
        super().__init__(None, entity)
        # The keys a row is looked up by: its exact key (a second row with it repeats the
        # first), a contact's e-mail or another record's Thai name, its name, its sound.
        self.branches = ("seen", "other", "name", "sound")
        self.db = sqlite3.connect("", isolation_level=None)  # deleted when closed
        for pragma in ("journal_mode = OFF", "synchronous = OFF", "cache_size = -4096"):
            self.db.execute(f"PRAGMA {pragma}")
        self.db.execute(f"CREATE TABLE rows (rid INTEGER PRIMARY KEY, label TEXT, second, "
                        f"other_value, {', '.join(b + ' INTEGER' for b in self.branches)})")
        for column in self.branches:
            self.db.execute(f"CREATE INDEX rows_{column} ON rows ({column})")
        self.db.execute("BEGIN")  # never committed: the database goes when closed
        # The first rows of each key (a few more than are used, for a hash that clashes).
        limits = {"seen": " LIMIT 8", "sound": f" LIMIT {_SOUND_LIMIT + 8}"}
        self._query = " UNION ALL ".join(
            f"SELECT * FROM (SELECT {n}, rid, second, other_value, label FROM rows "
            f"WHERE {column} = ? ORDER BY rid{limits.get(column, '')})"
            for n, column in enumerate(self.branches)) + " ORDER BY 1, 2"
        self._insert = f"INSERT INTO rows VALUES ({', '.join('?' * (4 + len(self.branches)))})"
        self._seen = _Seen()
        self._pending: list[tuple[object, ...]] = []  # added, written a few hundred at once
        self._labels: dict[int, str] = {}  # of the last candidates only
        self._last: tuple[tuple[str, object, object], list[str | None], list[int | None]] = (
            ("", None, None), [], [])

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> FileRows:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _keys(self, name: str, second: object, other: object) -> list[str | None]:
        """The row's key for each branch (None: the row has none)."""
        return self._keyed(name, second, other)[0]

    def _keyed(self, name: str, second: object, other: object
               ) -> tuple[list[str | None], list[int | None]]:
        """The row's keys and their hashes."""
        if self._last[0] == (name, second, other):  # check() then add() of one row
            return self._last[1], self._last[2]
        if not other:
            other_key = None
        elif self.entity == "contact":
            other_key = "@" + str(other).casefold()
        else:
            other_key = name_key(str(other))
        keys = [_seen_key(self.key(name, second)), other_key, name_key(name), skeleton(name)]
        hashes = [None if k is None else hash(k) for k in keys]
        self._last = ((name, second, other), keys, hashes)
        return keys, hashes

    def add(self, rid: int, name: str, second: object, other: object) -> None:
        _, hashes = self._keyed(name, second, other)
        self._pending.append((rid, name, second, other, *hashes))
        if len(self._pending) >= 500:
            self._write()
        for n, h in enumerate(hashes):
            if h is not None:
                self._seen.add((n, h))

    def _write(self) -> None:
        self.db.executemany(self._insert, self._pending)
        self._pending.clear()

    def label(self, rid: int) -> str:
        return self._labels[rid]

    def find(self, name: str, second: object, other: object = None
             ) -> tuple[str, int] | None:
        return self.check(name, second, other)[1]

    def check(self, name: str, second: object, other: object = None
              ) -> tuple[int | None, tuple[str, int] | None]:
        """(the first row with the same exact key, or None; find's answer)."""
        if not name:
            return None, None
        keys, hashes = self._keyed(name, second, other)
        if not any(h is not None and (n, h) in self._seen for n, h in enumerate(hashes)):
            return None, None
        self._write()  # the rows added since last time, to be found too
        found: list[list[tuple[int, object]]] = [[] for _ in self.branches]
        self._labels = {}
        for branch, rid, second_of, other_of, label in self.db.execute(self._query, hashes):
            if self._keys(label, second_of, other_of)[branch] == keys[branch]:  # not a clash
                found[branch].append((rid, second_of))
                self._labels[rid] = label
        self._last = ((name, second, other), keys, hashes)
        if found[0]:
            return found[0][0][0], None
        contact = self.entity == "contact"
        candidates = _Candidates([r for r, _ in found[1]] if contact else [], [], found[2],
                                 [] if contact else found[1], found[3][:_SOUND_LIMIT])
        return None, self._decide(name, second, other, candidates)


def _seen_key(key: tuple[str, object]) -> str:
    """A row's exact key as one text (the second part keeps its type: 'KR', 5, None)."""
    return f"{key[0]}\x1f{key[1]!r}"
