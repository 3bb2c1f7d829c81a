"""The command line: a thin layer that parses arguments and calls the library.

Modules: `parser` (every command and flag, declared once), `pipeline_commands` (extract,
classify, eval, analyze), `engine_commands` (watch, generate), `record_commands` (briefing,
queries, export, rounds, commitments, ask), `serve_commands` (serve), `output` (printing
helpers), `progress` (the progress bar). May import every package of communique.

    communique analyze PATH... [--db FILE] [--workers N] [--engine ray [--address A]]
                                               read, code, store, print a briefing
    communique watch DIR [--db FILE]           ingest files as they arrive, a line per batch
    communique generate OUT --articles N       a synthetic corpus for benchmarks
    communique extract PATH... [--explain]     PLOVER-style JSONL on stdout
    communique classify FILE|- [--explain]     one label per dyad line
    communique eval [--dyads F] [--article F --gold F]
    communique briefing [--db FILE]
    communique events|timeline|network|sources [filters] [--json]
    communique rounds|commitments [filters] [--json]
    communique ask "question" [--json]
    communique export FORMAT OUT
    communique serve [--db FILE] [--host H] [--port N] [--open]

Errors print one line on stderr and exit with status 2; skipped inputs are reported on
stderr as they happen and counted in the closing summary.
"""
from __future__ import annotations

import os
import sys

from ..errors import CommuniqueError
from .output import err
from .parser import parser

__all__ = ["main", "parser"]


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.model:
        os.environ["COMMUNIQUE_SPACY_MODEL"] = args.model
    try:
        return args.func(args)
    except CommuniqueError as error:
        err(f"error: {error.line()}")
        return error.exit_code
    except KeyboardInterrupt:
        err("interrupted")
        return 130
    except BrokenPipeError:
        return 0



if __name__ == "__main__":
    sys.exit(main())
