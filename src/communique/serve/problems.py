"""One error shape: `{"error": {"status", "what", "why", "fix"}}` under /api/, the same one line
on an HTML page elsewhere. Never a traceback: an unexpected error is logged on the server and
answered with a one-line 500.

Errors carry their HTTP status (`CommuniqueError.http_status`: 400 for a bad parameter, 404 for
an unknown id); a parameter the API's own types reject (a word where a number goes) is a 400 too.
"""
from __future__ import annotations

import logging

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from ..errors import CommuniqueError

log = logging.getLogger("communique.serve")

DOCS = "see the parameters of this route in the OpenAPI document, /openapi.json"


def respond(request: Request, status: int, what: str, why: str, fix: str | None):
    """The error as JSON for the API and the OpenAPI document, as a page for everything else."""
    body = {"error": {"status": status, "what": what, "why": why, "fix": fix}}
    path = request.url.path
    if path.startswith("/api/") or path == "/api" or path.endswith(".json") or path.startswith("/static/"):
        return JSONResponse(body, status_code=status)
    return request.app.state.templates.TemplateResponse(
        request, "error.html", {"error": body["error"], "page": None}, status_code=status)


async def on_communique_error(request: Request, exc: CommuniqueError):
    return respond(request, exc.http_status, exc.what, exc.why, exc.fix)


async def on_validation_error(request: Request, exc: RequestValidationError):
    first = exc.errors()[0] if exc.errors() else {}
    where = [str(p) for p in first.get("loc", ()) if p not in ("query", "path")]
    what = f"parameter {'.'.join(where)}" if where else "request"
    why = str(first.get("msg", "invalid value")).replace("\n", " ")[:200]
    return respond(request, 400, what, why, DOCS)


async def on_http_error(request: Request, exc: HTTPException):
    fixes = {404: "see the pages in the navigation bar, or the API routes in /openapi.json",
             405: "this address answers GET only"}
    return respond(request, exc.status_code, request.url.path[:200], str(exc.detail),
                   fixes.get(exc.status_code, DOCS))


async def on_unexpected(request: Request, exc: Exception):
    log.exception("unexpected error on %s", request.url.path)
    return respond(request, 500, request.url.path[:200], "unexpected error (logged on the server)",
                   "report it with the server log; the request may work again")


HANDLERS = {
    CommuniqueError: on_communique_error,
    RequestValidationError: on_validation_error,
    HTTPException: on_http_error,
    Exception: on_unexpected,
}
