"""Query latency on a large synthetic record, before and after `queries.ensure_indexes`.

    .venv/bin/python benchmarks/queries.py [--events N] [--repeat R] [--keep FILE]

Builds a store of N events (default 1,000,000; 5 events per article, one actor and one recipient
each) with bulk DuckDB SQL into a temporary file: PLOVER types with their quad class, CAMEO code
and Goldstein weight from plover.yaml; actor codes drawn with a skew (USA most frequent, as in
news); dates spread over 2015-2025 at day precision, with every 10th at month precision, every
97th at year precision and every 50th undated. Then times each query through the library (each
call opens its own read-only connection, as the CLI does) and prints the best of R runs in ms
and the rows returned, on the store as built and on a copy with `queries.ensure_indexes` (the two
run in turns, so load on the machine hits both alike).
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

CODES = ("USA RUS UKR CHN ISR PSE IRN GBR FRA DEU TUR IND PAK SYR LBN YEM SAU EGY SDN ETH "
         "COD RWA NGA MLI VEN COL BRA MEX JPN KOR PRK TWN POL HUN QAT ARE IRQ AFG EUR NATO "
         "UN HAMAS HEZBOLLAH HOUTHIS RSF M23 UNK").split()


def build(path: Path, n: int) -> None:
    from communique.coding import lexicon
    from communique.record import queries
    from communique.record.store import connect

    con = connect(path)
    types = [(i, name, t["quad"], str(t["cameo"]), float(t["goldstein"]))
             for i, (name, t) in enumerate(sorted(lexicon.plover()["types"].items()))]
    con.execute("CREATE TEMP TABLE types (i INTEGER, name VARCHAR, quad INTEGER, cameo VARCHAR, goldstein DOUBLE)")
    con.executemany("INSERT INTO types VALUES (?, ?, ?, ?, ?)", types)
    con.execute("CREATE TEMP TABLE codes (i INTEGER, code VARCHAR)")
    con.executemany("INSERT INTO codes VALUES (?, ?)", list(enumerate(CODES)))
    k, m = len(types), len(CODES)
    con.execute(f"""
        CREATE TEMP TABLE g AS
        SELECT i, DATE '2015-01-01' + CAST(hash(i) % 4000 AS INTEGER) AS d,
               CAST(hash(i * 3 + 1) % {k} AS INTEGER) AS t,
               CAST(floor({m} * pow((hash(i * 7 + 2) % 1000000) / 1e6, 2)) AS INTEGER) AS a,
               CAST(floor({m} * pow((hash(i * 11 + 3) % 1000000) / 1e6, 2)) AS INTEGER) AS b
        FROM range(?) r(i)""", [n])
    con.execute("""
        INSERT INTO articles (id, origin, url, title, published, text, n_events)
        SELECT 'a' || i, 'bench:' || i, 'https://bench.example/' || i, 'Article ' || i,
               strftime(DATE '2015-01-01' + CAST(i % 4000 AS INTEGER), '%Y-%m-%d'), '', 5
        FROM range(CAST(ceil(? / 5) AS BIGINT)) r(i)""", [n])
    con.execute("""
        INSERT INTO events
        SELECT printf('ev-%012x', g.i), 'a' || (g.i // 5),
               CASE WHEN g.i % 50 = 0 THEN NULL WHEN g.i % 10 = 0 THEN strftime(g.d, '%Y-%m')
                    WHEN g.i % 97 = 0 THEN strftime(g.d, '%Y') ELSE strftime(g.d, '%Y-%m-%d') END,
               ty.name, NULL, CASE g.i % 7 WHEN 0 THEN 'planned' WHEN 1 THEN 'negated' ELSE 'occurred' END,
               ty.name, ty.quad, ty.cameo, ty.goldstein, NULL, cb.code, NULL, NULL,
               NULL, g.i % 9 = 0, NULL, ca.code || ' ' || lower(ty.name) || ' ' || cb.code || ' in report ' || g.i,
               (g.i % 5) * 100, (g.i % 5) * 100 + 6, lower(ty.name), NULL, NULL, NULL, 1, 0.5,
               ca.code, cb.code, json_object('id', printf('ev-%012x', g.i), 'event', ty.name, 'cameo', ty.cameo)
        FROM g JOIN types ty ON ty.i = g.t JOIN codes ca ON ca.i = g.a JOIN codes cb ON cb.i = g.b""")
    con.execute("""
        INSERT INTO event_actors
        SELECT printf('ev-%012x', g.i), role, 0, code, code, 'GOV', NULL, NULL
        FROM (SELECT g.i, 'actor' AS role, c.code FROM g JOIN codes c ON c.i = g.a
              UNION ALL SELECT g.i, 'recipient', c.code FROM g JOIN codes c ON c.i = g.b) g""")
    con.execute("CHECKPOINT")
    con.close()
    assert queries  # imported here so a broken package fails before the long build


def best(fns, repeat: int) -> list[tuple[float, int]]:
    """Best time in ms and rows of each function, run in turns so load on the machine hits all alike."""
    for fn in fns:
        fn()                                   # warm the OS file cache
    times, rows = [[] for _ in fns], [0] * len(fns)
    for _ in range(repeat):
        for i, fn in enumerate(fns):
            t0 = time.perf_counter()
            rows[i] = len(fn())
            times[i].append(time.perf_counter() - t0)
    return [(min(t) * 1000, n) for t, n in zip(times, rows)]


def cases(db: Path, n: int):
    from communique.record import queries

    return [
        ("events actor=USA type=ASSAULT (limit 100)", lambda: queries.events(db, actor="USA", type="ASSAULT")),
        ("events actor=USA type=ASSAULT (all)", lambda: queries.events(db, actor="USA", type="ASSAULT", limit=None)),
        ("events type=CONSULT 2020-01-01..2020-12-31 (limit 100)",
         lambda: queries.events(db, type="CONSULT", since="2020-01-01", until="2020-12-31")),
        ("events type=CONSULT 2020-01-01..2020-12-31 (all)",
         lambda: queries.events(db, type="CONSULT", since="2020-01-01", until="2020-12-31", limit=None)),
        ("timeline (all events)", lambda: queries.timeline(db)),
        ("timeline actor=USA", lambda: queries.timeline(db, actor="USA")),
        ("network", lambda: queries.network(db)),
        ("sources event_id=one event", lambda: queries.sources(db, event_id=f"ev-{n // 2:012x}")),
    ]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=1_000_000, help="events in the synthetic store")
    ap.add_argument("--repeat", type=int, default=5, help="runs per query; the best is reported")
    ap.add_argument("--keep", help="build the store at this path and keep it (default: a temporary file)")
    args = ap.parse_args()

    from communique.record import queries
    from communique.record.store import connect

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(args.keep) if args.keep else Path(tmp) / "bench.duckdb"
        db.unlink(missing_ok=True)
        t0 = time.perf_counter()
        build(db, args.events)
        print(f"built {args.events:,} events in {time.perf_counter() - t0:.1f} s "
              f"({db.stat().st_size / 1e6:.0f} MB): {db}")
        indexed = Path(tmp) / "indexed.duckdb"
        shutil.copy(db, indexed)
        con = connect(indexed)
        t0 = time.perf_counter()
        queries.ensure_indexes(con)
        con.close()
        print(f"ensure_indexes on a copy: {time.perf_counter() - t0:.1f} s")
        print(f"{'query (best of ' + str(args.repeat) + ')':<58} {'rows':>7} {'ms':>9} {'ms indexed':>11}")
        for (name, plain), (_, with_ix) in zip(cases(db, args.events), cases(indexed, args.events)):
            (ms, rows), (ms_ix, _) = best([plain, with_ix], args.repeat)
            print(f"{name:<58} {rows:>7} {ms:>9.1f} {ms_ix:>11.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
