"""The tables of the record, declared once in SQL, with their columns as Python and Arrow see them.

`SCHEMA` creates the tables an article's `Payload` fills (`happenings.SCHEMA` adds the
cross-article ones). `columns(table)` names a table's columns in order, and `arrow_schema(table)`
gives their Arrow types: the payload rows, the writer's bulk inserts and the Parquet files of the
Ray engine all follow them, so there is one definition of each row.
"""
from __future__ import annotations

from functools import lru_cache

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY, origin VARCHAR, url VARCHAR, title VARCHAR, byline VARCHAR,
    published VARCHAR, text VARCHAR, n_events INTEGER, ingested_at TIMESTAMP DEFAULT current_timestamp
);
CREATE TABLE IF NOT EXISTS events (
    id VARCHAR, article_id VARCHAR, date VARCHAR, event VARCHAR, mode VARCHAR,
    status VARCHAR, plover_event VARCHAR, quad_code INTEGER, cameo VARCHAR, goldstein DOUBLE,
    place VARCHAR, country_code VARCHAR, lat DOUBLE, lon DOUBLE,
    speaker VARCHAR, hedged BOOLEAN, cue VARCHAR,
    sentence VARCHAR, start_char INTEGER, end_char INTEGER, trigger VARCHAR,
    deadline VARCHAR, condition VARCHAR, content VARCHAR, mentions INTEGER, confidence DOUBLE,
    actor_codes VARCHAR, recipient_codes VARCHAR, record JSON
);
CREATE TABLE IF NOT EXISTS event_actors (
    event_id VARCHAR, role VARCHAR, position INTEGER, entity_text VARCHAR, code VARCHAR,
    sector VARCHAR, name VARCHAR, identifier_id VARCHAR
);
CREATE TABLE IF NOT EXISTS mentions (
    event_id VARCHAR, article_id VARCHAR, start_char INTEGER, end_char INTEGER, sentence_start INTEGER,
    trigger VARCHAR
);
CREATE TABLE IF NOT EXISTS sentences (
    article_id VARCHAR, start_char INTEGER, end_char INTEGER, text VARCHAR
);
CREATE TABLE IF NOT EXISTS commitments (
    id VARCHAR, article_id VARCHAR, event_id VARCHAR, kind VARCHAR, by_codes VARCHAR,
    to_codes VARCHAR, content VARCHAR, deadline VARCHAR, deadline_date VARCHAR, condition VARCHAR,
    status VARCHAR, fulfilled_by VARCHAR, hedged BOOLEAN, date VARCHAR, sentence VARCHAR, record JSON
);
CREATE TABLE IF NOT EXISTS rounds (
    id VARCHAR, article_id VARCHAR, event_id VARCHAR, place VARCHAR, country_code VARCHAR,
    date VARCHAR, status VARCHAR, participants VARCHAR, mediator VARCHAR, excluded VARCHAR,
    outcome VARCHAR, record JSON
);
"""
# The tables one article fills, in the order the writer inserts them.
TABLES = ("articles", "events", "event_actors", "mentions", "sentences", "commitments", "rounds")
# Tables whose rows carry an id made from their article's id (`serialize.event_id`): within a
# batch the first row of an id wins; across batches the ids are new because the writer stores
# only articles it does not hold (the articles' primary key). These tables, and the happenings,
# have no primary key of their own: DuckDB loads a key's whole index to check each insert, so
# the writer's memory per batch grew with the record (10,000 articles written in process: the
# inserts' peak from 298 to 317 MB with keys, flat at 291 MB without; see the README's
# "Measured at scale").
KEYED = ("events", "commitments", "rounds")
WRITER_FILLED = {"ingested_at"}                  # columns the database fills itself
_ARROW = {"VARCHAR": "string", "JSON": "string", "INTEGER": "int32", "DOUBLE": "float64", "BOOLEAN": "bool_"}


@lru_cache(maxsize=1)
def _described() -> dict[str, list[tuple[str, str]]]:
    import duckdb

    con = duckdb.connect()
    try:
        con.execute(SCHEMA)
        rows = con.execute("SELECT table_name, column_name, data_type FROM information_schema.columns "
                           "ORDER BY table_name, ordinal_position").fetchall()
    finally:
        con.close()
    out: dict[str, list[tuple[str, str]]] = {}
    for table, column, kind in rows:
        if column not in WRITER_FILLED:
            out.setdefault(table, []).append((column, kind))
    return out


def columns(table: str) -> list[str]:
    """The columns an article's rows give for `table`, in order."""
    return [name for name, _ in _described()[table]]


def arrow_schema(table: str):
    """The Arrow schema of `table`'s rows (JSON columns are strings)."""
    import pyarrow as pa

    return pa.schema([(name, getattr(pa, _ARROW[kind])()) for name, kind in _described()[table]])


def insert(con, table: str, names: list[str], rows: list) -> None:
    """Insert `rows` (tuples in the order of `names`) into `table` in one statement, through Arrow."""
    if not rows:
        return
    import pyarrow as pa

    if table in _described() and names == columns(table):
        data = pa.Table.from_arrays([pa.array(col, type=t) for col, t in zip(zip(*rows), arrow_schema(table).types)],
                                    names=names)
    else:
        data = pa.Table.from_pylist([dict(zip(names, row)) for row in rows])
    listed = ", ".join(names)
    con.register("_rows", data)
    try:
        con.execute(f"INSERT INTO {table} ({listed}) SELECT {listed} FROM _rows")
    finally:
        con.unregister("_rows")
