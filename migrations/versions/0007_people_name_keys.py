"""people compared as reports spell them: a name key and a surname, indexed

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-25

Wire services spell one person several ways ("Erdoğan" and "Erdogan",
"Lee Jae-myung" and "Lee Jae Myung", "António Guterres" and "Antonio
Guterres"): each spelling became a person of its own, and one engagement
reported in two spellings became two events. And a report naming only
"Healey" was matched to the stored "John Healey" with ``name LIKE '%
Healey'``, which no index serves: every report read the whole people table,
and ingest slowed as the table grew.

People now carry ``name_key`` (the name with case, accents, hyphens, dots
and apostrophes ignored) and ``surname`` (its last word compared the same
way), both indexed (``schedule.models.name_key`` and ``surname_key`` keep
them with the name).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# schedule.models' rules, restated: a migration must not change when they do
_PLAIN_LETTERS = str.maketrans(
    {"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d", "ß": "ss"}
)
_NAME_BREAKS = re.compile(r"[\s\-‐‑‒–—.’'`]+")


def _folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_PLAIN_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _name_key(name: str) -> str:
    return " ".join(word for word in _NAME_BREAKS.split(_folded(name)) if word)


def _surname_key(name: str) -> str:
    words = name.split()
    return "".join(_NAME_BREAKS.split(_folded(words[-1] if words else name)))


_people = sa.table(
    "people",
    sa.column("id", sa.Integer),
    sa.column("name", sa.String),
    sa.column("name_key", sa.String),
    sa.column("surname", sa.String),
)


def _rewrite(values: dict[str, Callable[[str], str]]) -> None:
    connection = op.get_bind()
    rows = connection.execute(sa.select(_people.c.id, _people.c.name)).all()
    if rows:
        connection.execute(
            _people.update()
            .where(_people.c.id == sa.bindparam("key"))
            .values(**{column: sa.bindparam(column) for column in values}),
            [{"key": row.id, **{c: rule(row.name) for c, rule in values.items()}} for row in rows],
        )


def upgrade() -> None:
    op.add_column("people", sa.Column("name_key", sa.String(length=200), nullable=True))
    op.add_column("people", sa.Column("surname", sa.String(length=200), nullable=True))
    op.create_index("ix_people_name_key", "people", ["name_key"])
    op.create_index("ix_people_surname", "people", ["surname"])
    _rewrite({"name_key": _name_key, "surname": _surname_key})


def downgrade() -> None:
    op.drop_index("ix_people_surname", table_name="people")
    op.drop_index("ix_people_name_key", table_name="people")
    with op.batch_alter_table("people") as batch:
        batch.drop_column("surname")
        batch.drop_column("name_key")
