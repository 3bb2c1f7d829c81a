"""The dashboard app: the pages, the JSON API, the static assets and the one error shape, over
one database path. The app keeps only the path: every request opens the file read-only through
the record's query functions and closes it, so `analyze` can write between requests.

    from communique.serve.dashboard import create_app
    app = create_app("out/demo.duckdb")      # an ASGI app: uvicorn, or starlette's TestClient
"""
from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from .. import __version__
from ..errors import InputError
from . import api, assets, problems, views

HERE = Path(__file__).resolve().parent

DESCRIPTION = """The record of diplomacy and conflict that `communique analyze` wrote, read-only.
Every route calls the same query function as the command line (see the README's query tables).
Errors have one shape: `{"error": {"status", "what", "why", "fix"}}`."""


def create_app(db: str | Path) -> FastAPI:
    """The ASGI app serving the record at `db` (which must exist: `communique analyze` writes it)."""
    path = Path(db)
    if not path.is_file():
        raise InputError(str(path), "no such database", "run `communique analyze PATH... --db FILE` first")
    assets.require()
    app = FastAPI(title="communique", version=__version__, description=DESCRIPTION,
                  exception_handlers=problems.HANDLERS, docs_url=None, redoc_url=None)
    app.state.db = str(path)
    app.state.templates = Jinja2Templates(directory=HERE / "templates")
    app.state.templates.env.globals.update(pages=views.PAGES, quads=views.QUADS)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(api.router)
    app.include_router(views.router)
    return app
