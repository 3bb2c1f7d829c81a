"""Printing helpers shared by the commands: stderr lines, JSON, and rich tables."""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path


def shared(*parts: str) -> str:
    """Default paths in ../shared beside the checkout (or COMMUNIQUE_SHARED)."""
    root = Path(os.environ.get("COMMUNIQUE_SHARED", Path.cwd().parent / "shared"))
    return str(root.joinpath(*parts))


def err(line: str) -> None:
    print(line, file=sys.stderr)


def show_query(kind: str, rows: list[dict], as_json: bool) -> int:
    """Print query rows as JSON or as the compact table `queries.table` builds."""
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    from rich.console import Console

    from ..record import queries

    Console().print(queries.table(kind, rows))
    return 0


def emit(rows: list[dict], as_json: bool, columns: tuple) -> None:
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table()
    for col in columns:
        table.add_column(col)
    for row in rows:
        table.add_row(*[_cell(row.get(col)) for col in columns])
    Console().print(table)


def _cell(value) -> str:
    if isinstance(value, dict):
        return "; ".join(f"{k}: {', '.join(v) if isinstance(v, list) else v}" for k, v in value.items())
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return "" if value is None else str(value)
