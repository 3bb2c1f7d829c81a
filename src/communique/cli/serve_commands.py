"""The command that starts the dashboard: serve."""
from __future__ import annotations

from .. import settings
from .output import err


def cmd_serve(args) -> int:
    from ..serve.launcher import serve

    serve(settings.get("db", args.db), settings.get("host", args.host), settings.get("port", args.port),
          open_browser=args.open, say=_say)
    return 0


def _say(line: str, file=None, flush: bool = False) -> None:
    if file is not None:
        err(line)
    else:
        print(line, flush=True)
