"""The dashboard: a local web app over the record, with pages to look at and a JSON API.

Modules: `dashboard` (the ASGI app: pages, API, assets and one error shape put together),
`api` (JSON routes under /api/, thin handlers over `communique.record`'s query functions),
`views` (the HTML pages, rendered from `templates/`), `problems` (the one JSON error shape and
the handlers that give it), `assets` (the browser libraries, installed from npm by the set-up
command and served from `static/vendor/`), `launcher` (uvicorn on loopback by default).

Every request reads through the record's query functions, which open a read-only connection and
close it, so the dashboard never holds the database file between requests and `analyze` can
write to it meanwhile (see `communique.record.store`).

May import: the foundation, `communique.ingest`, `communique.coding` and `communique.record`.
"""
