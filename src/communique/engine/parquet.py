"""The Parquet layout of the Ray engine's output, and its import into the store.

One row per input item (an article read, or an input skipped while reading or coding), in
folders partitioned by shard (`DIR/shard=N/*.parquet`, Hive style). Columns:

- `shard`, `item`: the item's place in the input (shard number, then its rank in the shard);
  sorting by them gives the order one process reads the input in;
- `origin`, `reason`, `message`: the input, and for a skipped one the reason code and the line;
- `n_sentences`: sentences parsed;
- one list-of-structs column per table of the record (`articles`, `events`, `event_actors`,
  `mentions`, `sentences`, `commitments`, `rounds`) holding the rows the article adds, with the
  table's columns (`record.tables`).

Any engine reads it, e.g. DuckDB:
`SELECT e.* FROM read_parquet('DIR/*/*.parquet', hive_partitioning = true), unnest(events) AS t(e)`.
The import reads shard by shard, in order, in batches, and writes each batch through the store's
one writer, so the stored record is the one a single process makes.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator

from ..article import Skipped
from ..errors import InputError
from ..record.payload import Payload
from ..record.tables import TABLES, arrow_schema, columns

SHARD_DIR = re.compile(r"shard=(\d+)$")


def schema():
    import pyarrow as pa

    fields = [("shard", pa.int64()), ("item", pa.int64()), ("origin", pa.string()), ("reason", pa.string()),
              ("message", pa.string()), ("n_sentences", pa.int32())]
    fields += [(t, pa.list_(pa.struct(list(arrow_schema(t))))) for t in TABLES]
    return pa.schema(fields)


def table(rows: list[tuple[int, int, Payload | Skipped]]):
    """An Arrow table of (shard, item, payload or skip) rows in this layout."""
    import pyarrow as pa

    out: dict[str, list] = {name: [] for name in schema().names}
    for shard, item, result in rows:
        out["shard"].append(shard)
        out["item"].append(item)
        skipped = isinstance(result, Skipped)
        out["origin"].append(result.origin if skipped else result.rows["articles"][0][1])
        out["reason"].append(result.reason if skipped else None)
        out["message"].append(result.message if skipped else None)
        out["n_sentences"].append(0 if skipped else result.sentences)
        for t in TABLES:
            names = columns(t)
            out[t].append([] if skipped else [dict(zip(names, row)) for row in result.rows[t]])
    return pa.Table.from_pydict(out, schema=schema())


def _result(row: dict) -> Payload | Skipped:
    if row["reason"]:
        return Skipped(origin=row["origin"], reason=row["reason"], message=row["message"])
    payload = Payload(row["articles"][0]["id"], row["n_sentences"])
    for t in TABLES:
        names = columns(t)
        payload.rows[t] = [tuple(r[n] for n in names) for r in row[t]]
    return payload


def shards(out: str | Path) -> list[Path]:
    """The shard folders under `out`, in shard order."""
    found = [(int(m.group(1)), p) for p in Path(out).iterdir() if (m := SHARD_DIR.search(p.name)) and p.is_dir()]
    return [p for _, p in sorted(found)]


def prepare(out: str | Path) -> Path:
    """An empty output folder: a previous run's shards are removed; anything else is refused."""
    import shutil

    out = Path(out)
    if out.exists():
        if not out.is_dir() or any(not SHARD_DIR.search(p.name) for p in out.iterdir()):
            raise InputError(str(out), "exists and is not a communique Parquet folder",
                             "pass --parquet with a new or empty folder")
        for p in shards(out):
            shutil.rmtree(p)
    out.mkdir(parents=True, exist_ok=True)
    return out


def read(out: str | Path, batch: int) -> Iterator[list[Payload | Skipped]]:
    """The items under `out`, in input order, `batch` at a time (DuckDB sorts each shard,
    spilling to disk when a shard is larger than memory allows)."""
    import duckdb

    con = duckdb.connect(config={"memory_limit": "512MB"})
    try:
        for shard in shards(out):
            result = con.execute("SELECT * FROM read_parquet(?) ORDER BY item", [str(shard / "*.parquet")])
            while rows := result.fetchmany(batch):
                names = [d[0] for d in result.description]
                yield [_result(dict(zip(names, r))) for r in rows]
    finally:
        con.close()
