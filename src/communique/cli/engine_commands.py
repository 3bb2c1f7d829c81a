"""Commands of the engine: watch (a folder, as files arrive) and generate (a synthetic corpus)."""
from __future__ import annotations

from .. import settings
from .output import err


def cmd_watch(args) -> int:
    from ..engine.watch import line, watch

    db = settings.get("db", args.db)
    err(f"watching {args.folder} into {db} (Ctrl-C to stop)" if not args.once else f"reading {args.folder} into {db}")
    try:
        total = watch(args.folder, db, workers=args.workers, interval=args.interval, once=args.once,
                      on_skip=lambda s: err(str(s)), on_batch=lambda n, paths, report: print(line(n, paths, report),
                                                                                           flush=True))
    except KeyboardInterrupt:
        err("stopped")
        return 0
    err(f"total: {total.summary()}")
    return 0


def cmd_generate(args) -> int:
    from ..engine.synthetic import write
    from ..errors import InputError

    if args.articles < 1 or args.per_file < 1:
        raise InputError("--articles/--per-file", "must be 1 or more", "e.g. --articles 1000 --per-file 1000")
    files = write(args.out, args.articles, seed=args.seed, per_file=args.per_file, format=args.format)
    err(f"wrote {args.articles:,} synthetic articles to {args.out} ({files:,} {args.format} files)")
    return 0
