"""The record in other tools' shapes: PLOVER JSONL, GDELT-style TSV, ACLED-style CSV, Parquet.

`export(db, fmt, out_path)` writes every stored event, oldest first (undated last), and returns
how many it wrote. The file appears whole or not at all: rows go to `OUT.part`, renamed at the
end. Tabular formats are written with the csv module (quoted only where needed); CAMEO codes
stay strings, so "0871" keeps its leading zero. The columns are declared below as data, each a
name and how to read it from one event; the README lists them with their types.
"""
from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

from ..coding.actors import country_names
from ..errors import InputError
from .queries import DAY, reading



def _order(t: str) -> str:
    """Oldest first, undated last (dates compared as in queries), then by id: a stable order."""
    return f" ORDER BY {DAY.format(t=t)} NULLS LAST, {t}.date, {t}.id"

# The tabular formats read one row per event from `t`: the event's columns plus its article's
# url, origin and ingested_at; `lead` (the event comes from the article's first event sentence);
# the two sides of the event: `one_*` is the first actor; `two_*` is the first recipient, or for
# a joint action with no recipient the second actor; `one_assoc` and `two_assoc` list the
# further codes of each side. `c1`, `c2`, `cc` name the countries of the side codes and of the
# event's place (from the actor knowledge base). Each party is one equality join, so memory
# stays near the size of the events table.
FROM = """
WITH leads AS (SELECT article_id, arg_min(sentence, start_char) AS lead FROM events GROUP BY article_id),
countries AS (SELECT unnest(?) AS code, unnest(?) AS name),
t AS (
    SELECT e.* EXCLUDE (record), a.url, a.origin, a.ingested_at, e.sentence IS NOT DISTINCT FROM l.lead AS lead,
           a0.code AS one_code, a0.entity_text AS one_text, a0.sector AS one_sector,
           CASE WHEN r0.event_id IS NULL THEN a1.code ELSE r0.code END AS two_code,
           CASE WHEN r0.event_id IS NULL THEN a1.entity_text ELSE r0.entity_text END AS two_text,
           CASE WHEN r0.event_id IS NULL THEN a1.sector ELSE r0.sector END AS two_sector,
           CASE WHEN r0.event_id IS NULL THEN []::VARCHAR[] ELSE string_split(e.actor_codes, ';')[2:] END
               AS one_assoc,
           CASE WHEN r0.event_id IS NULL THEN string_split(e.actor_codes, ';')[3:]
                ELSE string_split(e.recipient_codes, ';')[2:] END AS two_assoc
    FROM events e
    LEFT JOIN event_actors a0 ON a0.event_id = e.id AND a0.role = 'actor' AND a0.position = 0
    LEFT JOIN event_actors a1 ON a1.event_id = e.id AND a1.role = 'actor' AND a1.position = 1
    LEFT JOIN event_actors r0 ON r0.event_id = e.id AND r0.role = 'recipient' AND r0.position = 0
    LEFT JOIN articles a ON a.id = e.article_id
    LEFT JOIN leads l ON l.article_id = e.article_id)
SELECT {columns}
FROM t LEFT JOIN countries c1 ON c1.code = t.one_code LEFT JOIN countries c2 ON c2.code = t.two_code
LEFT JOIN countries cc ON cc.code = t.country_code
"""

# Each format's columns, in order: the header name and the SQL that reads it.
GDELT = (
    ("GlobalEventID", "t.id"),
    ("Day", "CASE WHEN length(t.date) = 10 THEN replace(t.date, '-', '') END"),
    ("Actor1Code", "t.one_code"),
    ("Actor1Name", "t.one_text"),
    ("Actor1CountryCode", "c1.code"),
    ("Actor2Code", "t.two_code"),
    ("Actor2Name", "t.two_text"),
    ("Actor2CountryCode", "c2.code"),
    ("IsRootEvent", "CAST(t.lead AS INTEGER)"),
    ("EventCode", "t.cameo"),
    ("EventBaseCode", "left(t.cameo, 3)"),
    ("EventRootCode", "left(t.cameo, 2)"),
    ("QuadClass", "t.quad_code"),
    ("GoldsteinScale", "t.goldstein"),
    ("NumMentions", "t.mentions"),
    ("NumSources", "1"),
    ("NumArticles", "1"),
    ("ActionGeo_FullName", "t.place"),
    ("ActionGeo_CountryCode", "t.country_code"),
    ("ActionGeo_Lat", "t.lat"),
    ("ActionGeo_Long", "t.lon"),
    ("SOURCEURL", "coalesce(t.url, t.origin)"),
    ("PloverType", "t.event"),
    ("PloverMode", "t.mode"),
    ("Status", "t.status"),
    ("Hedged", "CAST(t.hedged AS INTEGER)"),
)

ACLED = (
    ("event_id_cnty", "t.id"),
    ("event_date", "t.date"),
    ("year", "CAST(left(t.date, 4) AS INTEGER)"),
    ("event_type", "t.event"),
    ("sub_event_type", "t.mode"),
    ("actor1", "t.one_code"),
    ("assoc_actor_1", "nullif(array_to_string(t.one_assoc, '; '), '')"),
    ("inter1", "t.one_sector"),
    ("actor2", "t.two_code"),
    ("assoc_actor_2", "nullif(array_to_string(t.two_assoc, '; '), '')"),
    ("inter2", "t.two_sector"),
    ("interaction", "CASE WHEN t.two_code IS NULL THEN t.one_sector "
                    "WHEN t.one_sector IS NOT NULL OR t.two_sector IS NOT NULL "
                    "THEN coalesce(t.one_sector, '') || '-' || coalesce(t.two_sector, '') END"),
    ("country", "coalesce(cc.name, t.country_code)"),
    ("location", "t.place"),
    ("latitude", "t.lat"),
    ("longitude", "t.lon"),
    ("geo_precision", "CASE WHEN t.lat IS NOT NULL THEN 1 WHEN t.place IS NOT NULL OR t.country_code IS NOT NULL "
                      "THEN 3 END"),
    ("source", "coalesce(nullif(regexp_extract(t.url, '^[A-Za-z]+://(www\\.)?([^/:?#]+)', 2), ''), t.origin)"),
    ("source_scale", "NULL"),
    ("notes", "t.sentence"),
    ("fatalities", "NULL"),
    ("timestamp", "CAST(epoch(t.ingested_at) AS BIGINT)"),
)


@lru_cache(maxsize=1)
def _countries() -> tuple[list[str], list[str]]:
    """ISO3 codes and English short names, from the actor knowledge base."""
    rows = country_names()
    return [c for c, _ in rows], [n for _, n in rows]


def _table(columns, delimiter: str):
    sql = FROM.replace("{columns}", ", ".join(f'{expr} AS "{name}"' for name, expr in columns)) + _order("t")

    def write(con, fh) -> int:
        out = csv.writer(fh, delimiter=delimiter, lineterminator="\n")
        out.writerow([name for name, _ in columns])
        cursor, n = con.execute(sql, list(_countries())), 0
        while chunk := cursor.fetchmany(10_000):
            out.writerows(chunk)
            n += len(chunk)
        return n
    return write


def _jsonl(con, fh) -> int:
    cursor = con.execute("SELECT e.record FROM events e" + _order("e"))
    n = 0
    while chunk := cursor.fetchmany(10_000):
        fh.writelines(record + "\n" for (record,) in chunk)
        n += len(chunk)
    return n


PARQUET_SQL = """
SELECT e.* EXCLUDE (record, actor_codes, recipient_codes),
       CASE WHEN coalesce(e.actor_codes, '') = '' THEN []::VARCHAR[] ELSE string_split(e.actor_codes, ';') END
           AS actor_codes,
       CASE WHEN coalesce(e.recipient_codes, '') = '' THEN []::VARCHAR[] ELSE string_split(e.recipient_codes, ';') END
           AS recipient_codes
FROM events e""" + _order("e")


def _parquet(con, path: Path) -> int:
    import pyarrow.parquet as pq

    reader = con.sql(PARQUET_SQL).to_arrow_reader(65_536)
    n = 0
    with pq.ParquetWriter(path, reader.schema) as writer:
        for batch in reader:
            writer.write_batch(batch)
            n += batch.num_rows
    return n


# name -> (writer, text file?)
FORMATS = {
    "plover-jsonl": (_jsonl, True),
    "gdelt-tsv": (_table(GDELT, "\t"), True),
    "acled-csv": (_table(ACLED, ","), True),
    "parquet": (_parquet, False),
}


def export(db, fmt: str, out_path) -> int:
    """Write every event of `db` to `out_path` in `fmt`; returns the number of events written."""
    if fmt not in FORMATS:
        raise InputError(f"format {fmt!r}", "unknown export format", "use one of " + ", ".join(FORMATS))
    out = Path(out_path)
    if not out.parent.is_dir():
        raise InputError(str(out), "its folder does not exist", "create the folder or pass another output path")
    write, text = FORMATS[fmt]
    part = out.with_name(out.name + ".part")
    try:
        with reading(db) as con:
            if text:
                with part.open("w", encoding="utf-8", newline="") as fh:
                    n = write(con, fh)
            else:
                n = write(con, part)
        part.replace(out)
    except OSError as err:
        raise InputError(str(out), f"cannot write ({err.strerror})", "pass a writable output path") from None
    finally:
        part.unlink(missing_ok=True)
    return n
