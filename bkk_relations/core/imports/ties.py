"""A partner sheet's ties: the commonest list an office keeps names each partner with the
type of its tie and the year it was signed ("Busan — sister city — 2554"). Such a row makes
or updates the partner and its agreement of that type with the home city; an agreement of
the same type the partner already has is matched, never duplicated, and a signing date
already recorded is never overwritten (the preview says when the sheet differs).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..errors import RowProblem
from ..messages import Day, FieldName, Label, Msg, Name
from ..records import vocab
from ..records.models import Agreement, Partner
from ..settings import home_city_of
from ..storage.protocols import Connection

if TYPE_CHECKING:
    from ..register import Register

TYPE, SIGNED = "tie_type", "tie_signed"
KEYS = (TYPE, SIGNED)


@dataclass(frozen=True)
class Tie:
    """What a row says of its partner's tie."""

    kind: str
    signed: str | None


def of(values: dict[str, object]) -> Tie | None:
    """The row's tie, if it names one (a signing year alone names none: see problem)."""
    kind = values.get(TYPE)
    if not kind:
        return None
    signed = values.get(SIGNED)
    return Tie(str(kind), str(signed) if signed else None)


def problem(row: int, values: dict[str, object], column: str | Msg | FieldName
            ) -> RowProblem | None:
    """A signing date with no type: which agreement it dates cannot be told."""
    if values.get(SIGNED) and not values.get(TYPE):
        return RowProblem(row, column, "import.tie.no_type")
    return None


def existing(conn: Connection, partner_id: int, kind: str
             ) -> tuple[int, str, str | None, str | None] | None:
    """(id, title, signing date, Thai title) of the partner's live agreement of this type,
    the oldest first when there are several. CROSS JOIN makes SQLite start from the partner's few
    agreements even without statistics (a new register's first import), instead of from
    every agreement of the type, once per row."""
    return conn.execute(
        "SELECT a.id, a.title_en, a.signed_date, a.title_th FROM agreement_parties p "
        "CROSS JOIN agreements a "
        "WHERE a.id = p.agreement_id AND p.partner_id = ? AND a.agreement_type = ? "
        "AND a.deleted_at IS NULL ORDER BY a.id LIMIT 1", (partner_id, kind)).fetchone()


def _year(date: str | None) -> str:
    return (date or "")[:4]


def preview(conn: Connection, row: int, column: str | Msg | FieldName, tie: Tie,
            partner_id: int | None) -> RowProblem:
    """The note that tells what the import will do with the row's tie."""
    label = Label("AGREEMENT_TYPES", tie.kind)
    found = existing(conn, partner_id, tie.kind) if partner_id is not None else None
    if found is None:
        return RowProblem(row, column, "import.tie.new",
                          {"type": label, "signed": Day(tie.signed) if tie.signed else "—"})
    tie_id, title, signed, title_th = found
    params = {"type": label, "match": Name(title, title_th, f" [{tie_id}]"),
              "signed": Day(tie.signed) if tie.signed else "",
              "recorded": Day(signed) if signed else ""}
    if not tie.signed or signed == tie.signed:
        return RowProblem(row, column, "import.tie.same", params)
    if not signed:
        return RowProblem(row, column, "import.tie.date", params)
    if _year(signed) == _year(tie.signed):
        return RowProblem(row, column, "import.tie.same", params)
    return RowProblem(row, column, "import.tie.differs", params)


def titles(kind: str, partners: list[Partner], home_en: object, home_th: object
           ) -> tuple[str, str]:
    """An agreement's English and Thai titles as the demo's and the editors' are:
    "Sister-city agreement: Bangkok – Busan"."""
    en, th = vocab.AGREEMENT_TYPES.get(kind, (kind, kind))
    home = home_city_of(home_en, home_th, "en"), home_city_of(home_en, home_th, "th")
    names_en = ", ".join(p.name_en for p in partners)
    names_th = ", ".join(p.name_th or p.name_en for p in partners)
    return f"{en}: {home[0]} – {names_en}", f"{th} {home[1]} – {names_th}"


def new_agreement(partner: Partner, tie: Tie, home_en: object, home_th: object
                  ) -> Agreement:
    """The agreement a row's tie makes: titled as the demo's and the editors' are."""
    title_en, title_th = titles(tie.kind, [partner], home_en, home_th)
    return Agreement(title_en=title_en, title_th=title_th,
                     agreement_type=tie.kind, status="active", signed_date=tie.signed,
                     party_ids=[partner.id] if partner.id is not None else [])


def write_new(reg: Register, partners: list[tuple[Partner, Tie]], batch_id: str | None
              ) -> int:
    """The ties of partners the import has just made (none of them has an agreement yet),
    checked as a save checks them and written together. Returns how many."""
    if not partners:
        return 0
    from ..records import validation

    home_en, home_th = reg.db.get_setting("home_city_en"), reg.db.get_setting("home_city_th")
    made = [reg.records.prepared(new_agreement(partner, tie, home_en, home_th))
            for partner, tie in partners]
    for agreement in made:
        validation.validate(reg.conn, agreement)
    return len(reg.records.create_checked(made, batch_id=batch_id))


def write(reg: Register, partner: Partner, tie: Tie, batch_id: str | None) -> str | None:
    """Make or complete the partner's tie: "created", "dated" (a signing date given to
    the recorded tie that had none), or None (already recorded)."""
    assert partner.id is not None
    found = existing(reg.conn, partner.id, tie.kind)
    if found is None:
        db = reg.db
        agreement = new_agreement(partner, tie, db.get_setting("home_city_en"),
                                  db.get_setting("home_city_th"))
        reg.records.create(agreement, batch_id=batch_id)
        return "created"
    tie_id, _title, signed, _title_th = found
    if tie.signed and not signed:
        agreement = reg.records.get(Agreement, tie_id)
        agreement.signed_date = tie.signed
        reg.records.update(agreement, batch_id=batch_id)
        return "dated"
    return None
