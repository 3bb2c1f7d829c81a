"""The briefing: what the record holds, in a few tables read from the store."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .store import connect


@dataclass
class Briefing:
    db: str
    articles: int
    events: int
    by_type: list[tuple[str, int]]
    timeline: list[tuple[str, str, str, str]]     # date, event, dyad, trigger sentence start
    dyads: list[tuple[str, str, int, float]]       # actor, recipient, count, mean goldstein
    hedged: int
    confirmed: int
    by_status: list[tuple[str, int]]


def build(db: str | Path, *, limit: int = 12) -> Briefing:
    con = connect(db, read_only=True)
    try:
        one = lambda sql: con.execute(sql).fetchone()[0]  # noqa: E731
        return Briefing(
            db=str(Path(db).resolve()),
            articles=one("SELECT count(*) FROM articles"),
            events=one("SELECT count(*) FROM events"),
            by_type=con.execute("SELECT event, count(*) n FROM events GROUP BY event ORDER BY n DESC, event").fetchall(),
            timeline=con.execute(
                "SELECT date, event || coalesce('/' || mode, ''), actor_codes || ' -> ' || coalesce(nullif(recipient_codes, ''), '(joint)'),"
                " status FROM events WHERE date IS NOT NULL ORDER BY date, event LIMIT ?", [limit * 2]).fetchall(),
            dyads=con.execute(
                "SELECT a.code, r.code, count(DISTINCT e.id) n, round(avg(e.goldstein), 1) FROM events e"
                " JOIN event_actors a ON a.event_id = e.id AND a.role = 'actor'"
                " JOIN event_actors r ON r.event_id = e.id AND r.role = 'recipient'"
                " WHERE a.code <> 'UNK' AND r.code <> 'UNK'"
                " GROUP BY 1, 2 ORDER BY n DESC, 1, 2 LIMIT ?", [limit]).fetchall(),
            hedged=one("SELECT count(*) FROM events WHERE hedged"),
            confirmed=one("SELECT count(*) FROM events WHERE NOT hedged"),
            by_status=con.execute("SELECT status, count(*) n FROM events GROUP BY status ORDER BY n DESC").fetchall(),
        )
    finally:
        con.close()


def render(b: Briefing, console) -> None:
    """Print the briefing with rich tables."""
    from rich.table import Table

    console.print(f"[bold]communique briefing[/bold]: {b.articles} articles, {b.events} events")
    t = Table(title="Events per type")
    t.add_column("type")
    t.add_column("events", justify="right")
    for name, n in b.by_type:
        t.add_row(name, str(n))
    console.print(t)
    t = Table(title="Timeline (dated events)")
    for col in ("date", "event", "who -> whom", "status"):
        t.add_column(col)
    for row in b.timeline:
        t.add_row(*[str(x) for x in row])
    console.print(t)
    t = Table(title="Most active dyads")
    for col in ("actor", "recipient", "events", "mean Goldstein"):
        t.add_column(col)
    for row in b.dyads:
        t.add_row(*[str(x) for x in row])
    console.print(t)
    statuses = ", ".join(f"{n} {s}" for s, n in b.by_status)
    console.print(f"Attribution: {b.hedged} hedged, {b.confirmed} confirmed. Status: {statuses}.")
    console.print(f"Database: {b.db}")
