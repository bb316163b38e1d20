"""an import's recorded problems keep their key and values beside their English words

``import_batches.errors_json`` kept each problem as row, column and English words. Problems
recorded from now on also keep the key of their words (``app.orders.issues``) and their
values, so they can be said again in the shop's language. Problems recorded before are
read against today's templates, the most specific first, and keyed only when a template
filled with what was read gives back the very words. Nothing else changes.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02 10:30:00
"""

import json
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

from app.catalogue import most_specific, read_back
from app.orders.issues import IMPORT_MESSAGES

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _keyed(problem: Any, templates: list[tuple[str, str]]) -> Any:
    """``problem`` with its key and values, when its words are one template's."""
    if (
        not isinstance(problem, dict)
        or "key" in problem
        or not isinstance(problem.get("message"), str)
    ):
        return problem
    found = read_back(templates, problem["message"])
    if found is None:
        return problem
    return {**problem, "key": found[0], "params": found[1]}


def upgrade() -> None:
    batches = sa.table(
        "import_batches", sa.column("id", sa.Integer()), sa.column("errors_json", sa.Text())
    )
    templates = most_specific(IMPORT_MESSAGES)
    connection = op.get_bind()
    rows = connection.execute(
        sa.select(batches.c.id, batches.c.errors_json).where(batches.c.errors_json != "[]")
    ).all()
    for batch_id, text in rows:
        try:
            problems = json.loads(text)
        except ValueError:
            continue  # not JSON (edited by hand): kept as it is
        if not isinstance(problems, list):
            continue
        keyed = [_keyed(problem, templates) for problem in problems]
        if keyed != problems:
            connection.execute(
                batches.update()
                .where(batches.c.id == batch_id)
                .values(errors_json=json.dumps(keyed, ensure_ascii=False))
            )


def downgrade() -> None:
    """The keys are extra members of each problem: older versions read past them."""
