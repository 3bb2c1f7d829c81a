"""The record: what is coded, kept in one embedded DuckDB file, and what is read from it.

Modules: `tables` (the tables, declared once), `payload` (the rows one coded article adds,
built where it was parsed), `store` (the one writer: idempotent batches), `happenings` (one happening
across articles), `ledger` (commitments and their status), `rounds` (negotiation rounds),
`queries` (events, timeline, network, sources, rounds, commitments), `ask` (questions
answered from the record with cited sentences), `exports` (PLOVER JSONL, GDELT-style TSV,
ACLED-style CSV, Parquet), `briefing`. Cue words live in `data/`.

May import: the foundation, `communique.ingest` and `communique.coding`.
"""
