"""communique: news in, a source-cited record of diplomacy and conflict out.

The packages, in the order data flows through them; each imports only the ones before it:

- the foundation (`settings`, `errors`, `article`): settings declared once, the one-line errors,
  and the `Article`/`Event` objects that flow through every stage; any module may import them;
- `ingest`: paths, folders, corpora and stdin in, `Article`s (or counted `Skipped`s) out;
- `coding`: spaCy, then the coder: triggers, parties, modality, dates and places, one event
  per happening in an article; `classify` for marked dyads; the JSON record of an event;
- `evaluation`: the coder measured on marked dyads and on reference readings;
- `record`: the DuckDB store and what is read from it: happenings across articles, the ledger
  of commitments, negotiation rounds, queries, `ask`, exports and the briefing;
- `cli`: the command line, a thin layer over the packages above.
"""
__version__ = "0.1.0"
