"""The ingest stage: files, folders, JSONL/CSV corpora, RSS/Atom feeds and stdin in, `Article`s
out, each with its page furniture removed; every input that cannot be read becomes a counted
`Skipped` with a one-line reason.

Modules: `sources` (the entry, `read_inputs`: paths, folders, stdin, sniffing; `files` and
`estimate` for the engine), `pages` (text,
HTML, feeds), `corpora` (JSONL, CSV), `rejects` (reason codes, fixes, limits), `furniture`
(the page-furniture rules in `data/furniture.tsv`).

May import: the foundation (`communique.settings`, `.errors`, `.article`) only.
"""
from .sources import estimate, files, read_file, read_inputs

__all__ = ["estimate", "files", "read_file", "read_inputs"]
