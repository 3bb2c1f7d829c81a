"""The record in other tools' shapes: PLOVER JSONL, GDELT-style TSV, ACLED-style CSV, Parquet.

`export(db, fmt, out_path)` writes every stored event, oldest first (undated last), and returns
how many it wrote. The file appears whole or not at all: rows go to `OUT.part`, renamed at the
end. Tabular formats are written with the csv module (quoted only where needed); CAMEO codes
stay strings, so "0871" keeps its leading zero. The columns are declared below as data, each a
name and how to read it from one event; the README lists them with their types.
"""
from __future__ import annotations

import csv
import json
from functools import lru_cache
from importlib import resources
from pathlib import Path
from urllib.parse import urlparse

from .errors import InputError
from .queries import DAY, reading

ORDER = f"ORDER BY {DAY.format(t='e')} NULLS LAST, e.date, e.id"

# One row per event with its parties (in order) and its article, for the tabular formats.
ROWS_SQL = f"""
WITH parties AS (
    SELECT event_id,
           list({{'code': code, 'text': entity_text, 'sector': sector}} ORDER BY position)
               FILTER (WHERE role = 'actor') AS actors,
           list({{'code': code, 'text': entity_text, 'sector': sector}} ORDER BY position)
               FILTER (WHERE role = 'recipient') AS recipients
    FROM event_actors GROUP BY event_id)
SELECT e.*, p.actors, p.recipients, a.url, a.origin, CAST(epoch(a.ingested_at) AS BIGINT) AS ingested,
       e.sentence = first_value(e.sentence) OVER (PARTITION BY e.article_id ORDER BY e.start_char) AS lead
FROM events e LEFT JOIN parties p ON p.event_id = e.id LEFT JOIN articles a ON a.id = e.article_id
{ORDER}
"""


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    """ISO3 code -> English short name, from the actor knowledge base."""
    path = resources.files("communique") / "data" / "actors" / "countries.tsv"
    with path.open(encoding="utf-8", newline="") as fh:
        return {row["code"]: row["name"] for row in csv.DictReader(fh, delimiter="\t")}


def _sides(row: dict) -> tuple[list[dict], list[dict]]:
    """The two sides of an event; a joint action (no recipient) puts its second party on side two."""
    actors, recipients = row["actors"] or [], row["recipients"] or []
    return (actors, recipients) if recipients else (actors[:1], actors[1:])


def _party(row: dict, side: int, key: str, index: int = 0):
    party = _sides(row)[side]
    return party[index][key] if len(party) > index else None


def _country(code: str | None) -> str | None:
    return code if code in _countries() else None


def _flag(value) -> int | None:
    return None if value is None else int(bool(value))


def _host(url: str | None) -> str | None:
    return urlparse(url).netloc.removeprefix("www.") if url else None


def _inter(row: dict) -> str | None:
    one, two = _party(row, 0, "sector"), _party(row, 1, "sector")
    if not _sides(row)[1]:
        return one
    return f"{one or ''}-{two or ''}" if one or two else None


def _geo_precision(row: dict) -> int | None:
    if row["lat"] is not None:
        return 1
    return 3 if row["place"] or row["country_code"] else None


GDELT = (
    ("GlobalEventID", lambda r: r["id"]),
    ("Day", lambda r: r["date"].replace("-", "") if r["date"] and len(r["date"]) == 10 else None),
    ("Actor1Code", lambda r: _party(r, 0, "code")),
    ("Actor1Name", lambda r: _party(r, 0, "text")),
    ("Actor1CountryCode", lambda r: _country(_party(r, 0, "code"))),
    ("Actor2Code", lambda r: _party(r, 1, "code")),
    ("Actor2Name", lambda r: _party(r, 1, "text")),
    ("Actor2CountryCode", lambda r: _country(_party(r, 1, "code"))),
    ("IsRootEvent", lambda r: _flag(r["lead"])),
    ("EventCode", lambda r: r["cameo"]),
    ("EventBaseCode", lambda r: r["cameo"][:3] if r["cameo"] else None),
    ("EventRootCode", lambda r: r["cameo"][:2] if r["cameo"] else None),
    ("QuadClass", lambda r: r["quad_code"]),
    ("GoldsteinScale", lambda r: r["goldstein"]),
    ("NumMentions", lambda r: r["mentions"]),
    ("NumSources", lambda r: 1),
    ("NumArticles", lambda r: 1),
    ("ActionGeo_FullName", lambda r: r["place"]),
    ("ActionGeo_CountryCode", lambda r: r["country_code"]),
    ("ActionGeo_Lat", lambda r: r["lat"]),
    ("ActionGeo_Long", lambda r: r["lon"]),
    ("SOURCEURL", lambda r: r["url"] or r["origin"]),
    ("PloverType", lambda r: r["event"]),
    ("PloverMode", lambda r: r["mode"]),
    ("Status", lambda r: r["status"]),
    ("Hedged", lambda r: _flag(r["hedged"])),
)

ACLED = (
    ("event_id_cnty", lambda r: r["id"]),
    ("event_date", lambda r: r["date"]),
    ("year", lambda r: int(r["date"][:4]) if r["date"] else None),
    ("event_type", lambda r: r["event"]),
    ("sub_event_type", lambda r: r["mode"]),
    ("actor1", lambda r: _party(r, 0, "code")),
    ("assoc_actor_1", lambda r: "; ".join(p["code"] for p in _sides(r)[0][1:]) or None),
    ("inter1", lambda r: _party(r, 0, "sector")),
    ("actor2", lambda r: _party(r, 1, "code")),
    ("assoc_actor_2", lambda r: "; ".join(p["code"] for p in _sides(r)[1][1:]) or None),
    ("inter2", lambda r: _party(r, 1, "sector")),
    ("interaction", _inter),
    ("country", lambda r: _countries().get(r["country_code"], r["country_code"])),
    ("location", lambda r: r["place"]),
    ("latitude", lambda r: r["lat"]),
    ("longitude", lambda r: r["lon"]),
    ("geo_precision", _geo_precision),
    ("source", lambda r: _host(r["url"]) or r["origin"]),
    ("source_scale", lambda r: None),
    ("notes", lambda r: r["sentence"]),
    ("fatalities", lambda r: None),
    ("timestamp", lambda r: r["ingested"]),
)


def _rows(con, batch: int = 10_000):
    cursor = con.execute(ROWS_SQL)
    names = [d[0] for d in cursor.description]
    while chunk := cursor.fetchmany(batch):
        for values in chunk:
            yield dict(zip(names, values))


def _table(columns, delimiter: str):
    def write(con, fh) -> int:
        out = csv.writer(fh, delimiter=delimiter, lineterminator="\n")
        out.writerow([name for name, _ in columns])
        n = 0
        for row in _rows(con):
            out.writerow([get(row) for _, get in columns])
            n += 1
        return n
    return write


def _jsonl(con, fh) -> int:
    cursor = con.execute(f"SELECT e.record FROM events e {ORDER}")
    n = 0
    while chunk := cursor.fetchmany(10_000):
        fh.writelines(record + "\n" for (record,) in chunk)
        n += len(chunk)
    return n


PARQUET_SQL = f"""
SELECT e.* EXCLUDE (record, actor_codes, recipient_codes),
       CASE WHEN coalesce(e.actor_codes, '') = '' THEN []::VARCHAR[] ELSE string_split(e.actor_codes, ';') END
           AS actor_codes,
       CASE WHEN coalesce(e.recipient_codes, '') = '' THEN []::VARCHAR[] ELSE string_split(e.recipient_codes, ';') END
           AS recipient_codes
FROM events e {ORDER}
"""


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
