"""Reading the stored rounds and commitments (the `rounds` and `commitments` commands)."""
from __future__ import annotations

import json

from . import dates
from .errors import InputError
from .store import connect


def rounds(db: str, *, place: str | None = None) -> list[dict]:
    con = connect(db, read_only=True)
    try:
        sql, params = "SELECT record FROM rounds", []
        if place:
            sql += " WHERE lower(place) = lower(?)"
            params.append(place)
        rows = con.execute(sql + " ORDER BY date NULLS LAST, place", params).fetchall()
    finally:
        con.close()
    return [json.loads(r[0]) for r in rows]


def commitments(db: str, *, kind: str | None = None, status: str | None = None,
                due_before: str | None = None, actor: str | None = None) -> list[dict]:
    """Stored commitments; `due_before` keeps those whose deadline resolves to a date before it."""
    if due_before and dates.parse(due_before, None) is None:
        raise InputError("--due-before", f"{due_before!r} is not a date", "write it as YYYY-MM-DD")
    con = connect(db, read_only=True)
    try:
        clauses, params = [], []
        for column, value in (("kind", kind), ("status", status)):
            if value:
                clauses.append(f"{column} = ?")
                params.append(value.lower())
        if due_before:
            clauses.append("deadline_date IS NOT NULL AND deadline_date < ?")
            params.append(due_before)
        if actor:
            clauses.append("(list_contains(string_split(by_codes, ';'), ?) OR list_contains(string_split(to_codes, ';'), ?))")
            params += [actor.upper(), actor.upper()]
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        rows = con.execute(f"SELECT record FROM commitments{where} ORDER BY deadline_date NULLS LAST, id", params).fetchall()
    finally:
        con.close()
    return [json.loads(r[0]) for r in rows]
