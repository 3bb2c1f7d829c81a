"""Imported once by the worker pool's forkserver (see `pool`), before it forks any worker.

Importing it loads the configured spaCy model and the coder's data (actors, places, dates) and
then freezes the garbage collector, so the forked workers share those pages with the forkserver
and with each other rather than each loading a copy (a worker's own pages are only what it
writes). If loading fails here, nothing is lost: each worker's `worker.start` loads the model
again and reports the error where the user sees it.
"""
from __future__ import annotations

import gc

from . import worker

try:
    worker.start(None)
except Exception:          # noqa: BLE001 -- reported by the worker itself, see the docstring
    pass
gc.freeze()
