"""The CLI's query face: filter flags shared by ``search``, ``export`` and ``stats``, and those commands.

Flags map one to one onto the fields of ``kabar.store.filters``; a flag that does
not apply to the chosen table is an error, never silently ignored. Results
stream from the query layer, so ``--limit`` has no hidden cap.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from typing import Any, Iterator, Optional

TABLES = ("events", "quotes", "entities", "articles")
COUNT_BY = ("speaker", "dyad", "dyad-month", "category-day")

# flag, filter field, argparse options, tables it applies to
MAX_ROWS = 100_000_000
MAX_SEARCH_TEXT = 1_000  # characters; SQLite refuses LIKE patterns over 50,000 and nobody types more


def row_limit(value: str) -> int:
    """``--limit``: a whole number from 0 (all rows, streamed) to MAX_ROWS; anything else is a usage error."""
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value[:40]!r}") from None
    if not 0 <= n <= MAX_ROWS:
        raise argparse.ArgumentTypeError(f"must be between 0 (all) and {MAX_ROWS:,}, not {value[:40]}")
    return n


def search_text(value: str) -> str:
    if len(value) > MAX_SEARCH_TEXT:
        raise argparse.ArgumentTypeError(f"longer than {MAX_SEARCH_TEXT:,} characters ({len(value):,})")
    return value


FILTER_FLAGS: list[tuple[str, str, dict[str, Any], tuple[str, ...]]] = [
    ("--actor", "actor", {"type": search_text, "help": "actor code prefix (RUS finds RUSGOV) or part of a name"}, ("events", "entities")),
    ("--recipient", "recipient", {"type": search_text, "help": "recipient code prefix or part of a name"}, ("events",)),
    ("--category", "category", {"action": "append", "help": "PLOVER event type; repeat or comma-separate for several"},
     ("events",)),
    ("--mode", "mode", {"help": "a PLOVER mode the event carries"}, ("events",)),
    ("--modality", "modality", {"action": "append", "help": "asserted, future, hypothetical, negated, historical (several: repeat)"},
     ("events",)),
    ("--claimant", "claimant", {"type": search_text, "help": "part of the claimant's name, or its entity id"}, ("events",)),
    ("--from", "date_from", {"metavar": "DATE", "help": "on or after (YYYY, YYYY-MM or YYYY-MM-DD; events: event date, else article date)"},
     ("events", "quotes", "articles")),
    ("--to", "date_to", {"metavar": "DATE", "help": "on or before (a month or year includes all of it)"}, ("events", "quotes", "articles")),
    ("--min-confidence", "min_confidence", {"type": float, "metavar": "X", "help": "events coded with at least this confidence (0-1)"},
     ("events",)),
    ("--text", "text", {"type": search_text, "help": "words in the event's evidence, or in the quote"}, ("events", "quotes")),
    ("--speaker", "speaker", {"type": search_text, "help": "part of the speaker's name, or its entity id"}, ("quotes",)),
    ("--kind", "kind", {"choices": ("direct", "indirect", "mixed"), "help": "quote kind"}, ("quotes",)),
    ("--attribution", "attribution", {"help": "statement, wide, or kinds of wide-mode attributions, comma-separated "
                                              "(belief, intention, stance, evaluation, topic, finding)"}, ("quotes",)),
    ("--entity", "name", {"type": search_text, "help": "part of the entity's name"}, ("entities",)),
    ("--type", "type", {"help": "entity type (PER, ORG, GPE, LOC, NORP, MISC)"}, ("entities",)),
    ("--lang", "lang", {"help": "article language code"}, TABLES),
    ("--outlet", "outlet", {"type": search_text, "help": "part of the outlet's name"}, TABLES),
    ("--article", "article_id", {"metavar": "ID", "help": "one article's id"}, TABLES),
]


# What the pretty tables show (the JSON formats carry every field).
PRETTY_COLUMNS = {
    "quotes": ("global_id", "published", "speaker_name", "cue", "kind", "text"),
    "entities": ("global_id", "type", "name", "actor", "wikidata", "mentions"),
    "articles": ("id", "published", "lang", "outlet", "title", "snippet"),
}


class UsageError(Exception):
    """A wrong combination of flags: printed as one line, exit status 2."""


def _dest(flag: str) -> str:
    return "f_" + flag.lstrip("-").replace("-", "_")


def add_filter_args(p: argparse.ArgumentParser) -> None:
    group = p.add_argument_group("filters (each applies to the tables named in the docs; all must hold)")
    for flag, _field, options, _tables in FILTER_FLAGS:
        metavar = None if "choices" in options else flag.lstrip("-").upper().replace("-", "_")
        group.add_argument(flag, dest=_dest(flag), **{"metavar": metavar, **options})
    # The old spelling of --category.
    group.add_argument("--event", dest="f_category_old", action="append", help=argparse.SUPPRESS)


def _given(args: argparse.Namespace) -> dict[str, Any]:
    """Flags the user set: {flag: value}."""
    given = {flag: getattr(args, _dest(flag), None) for flag, *_ in FILTER_FLAGS}
    if getattr(args, "f_category_old", None):
        given["--category"] = (given["--category"] or []) + args.f_category_old
    return {flag: value for flag, value in given.items() if value not in (None, [], "")}


_EVENT_ONLY = {"--recipient", "--category", "--mode", "--modality", "--claimant", "--min-confidence"}


def infer_table(args: argparse.Namespace) -> str:
    """The table a search lists when ``--table`` is not given (``--actor`` alone has always meant entities)."""
    given = set(_given(args))
    if given & _EVENT_ONLY:
        return "events"
    if given & {"--speaker", "--kind", "--attribution"}:
        return "quotes"
    if given & {"--entity", "--type", "--actor"}:
        return "entities"
    return "events" if given else "articles"


def filter_for(args: argparse.Namespace, table: str):
    from pydantic import ValidationError

    from kabar.store.filters import ArticleFilter, EntityFilter, EventFilter, QuoteFilter

    model = {"events": EventFilter, "quotes": QuoteFilter, "entities": EntityFilter, "articles": ArticleFilter}[table]
    fields: dict[str, Any] = {}
    for flag, value in _given(args).items():
        field, tables = next((f, t) for fl, f, _o, t in FILTER_FLAGS if fl == flag)
        if table not in tables:
            raise UsageError(f"{flag} does not apply to {table} (it filters {', '.join(tables)})")
        fields[field] = value
    try:
        return model(**fields)
    except ValidationError as exc:
        flags = {f: fl for fl, f, _o, _t in FILTER_FLAGS}
        first = exc.errors()[0]
        flag = flags.get(str(first["loc"][0]) if first["loc"] else "", "filter")
        raise UsageError(f"{flag}: {first['msg'].removeprefix('Value error, ')}") from None


# ------------------------------------------------------------------ parsers


def add_parsers(sub, db_arg, format_arg) -> None:
    """``search``, ``export`` and ``stats``; ``db_arg``/``format_arg`` are cli.py's shared flag helpers."""
    p = sub.add_parser("search", help="full-text search over stored articles, or find stored events, quotes, entities")
    p.add_argument("query", nargs="?", default="", type=search_text, help="words to find in article text")
    p.add_argument("--table", choices=TABLES, help="what to list (default: guessed from the filters)")
    p.add_argument("--sort", help="events: article (default), date, confidence; newest or highest first: --sort=-date, --sort=-confidence")
    p.add_argument("--limit", type=row_limit, default=20, help="rows to show (default 20; 0 = all, streamed)")
    p.add_argument("--count-by", choices=COUNT_BY, help="counts instead of rows: top speakers, dyads, dyads per month, events per day and category")
    add_filter_args(p)
    db_arg(p)
    format_arg(p)

    from kabar.export import TABLES as EXPORT_TABLES
    from kabar.export import formats

    known = formats()
    p = sub.add_parser(
        "export", help="write stored events, quotes, entities or articles to a file, in a format analysts load",
        description="Formats: " + "; ".join(f"{f.name} ({f.description}; tables: {', '.join(f.tables)})" for f in known.values()),
    )
    p.add_argument("--format", dest="export_format", choices=list(known), required=True)
    p.add_argument("--table", choices=EXPORT_TABLES, default="events", help="one row per event (default), quote, entity or article")
    p.add_argument("-o", "--output", help="file to write (default: standard output)")
    p.add_argument("--limit", type=row_limit, default=0, help="at most this many rows (default: all)")
    p.add_argument("--quiet", action="store_true", help="no progress bar and no summary line")
    add_filter_args(p)
    db_arg(p)

    p = sub.add_parser("stats", help="what the store holds: rows per table, events per category, top speakers and dyads")
    p.add_argument("--top", type=int, default=10, help="how many speakers and dyads to list")
    db_arg(p)
    format_arg(p)


# ------------------------------------------------------------------ commands


def _err(msg: str) -> None:
    print(f"kabar: {msg}", file=sys.stderr)


def _emit(rows: Iterator[dict[str, Any]], kind: str, fmt: str) -> None:
    from kabar import show

    if fmt == "jsonl":
        for row in rows:
            print(json.dumps(row, ensure_ascii=False))
    elif fmt == "json":
        print(json.dumps(list(rows), ensure_ascii=False, indent=2))
    elif kind == "events":
        show.event_rows(list(rows))
    else:
        show.rows(kind, list(rows), PRETTY_COLUMNS.get(kind))


def _counts(store, args) -> tuple[str, list[dict[str, Any]]]:
    from kabar.store import queries as q

    limit = args.limit or None
    if args.count_by == "speaker":
        return "speakers", q.top_speakers(store, filter_for(args, "quotes"), limit=limit)
    flt = filter_for(args, "events")
    if args.count_by == "category-day":
        return "events per day", q.event_categories_by_day(store, flt)
    return "dyads", q.dyads(store, flt, by_month=args.count_by == "dyad-month", limit=limit)


def _rows(store, args, table: str) -> Iterator[dict[str, Any]]:
    from kabar.store import queries as q

    flt = filter_for(args, table)
    limit = args.limit or None
    if table == "events":
        return q.iter_events(store, flt, sort=args.sort or "article", limit=limit)
    if args.sort:
        raise UsageError("--sort applies to events only")
    if table == "quotes":
        return q.iter_quotes(store, flt, limit=limit)
    if table == "entities":
        return q.iter_entities(store, flt, limit=limit)
    return q.iter_articles(store, flt, limit=limit)


def cmd_search(args) -> int:
    from kabar.store import Store
    from kabar.store.queries import QueryError

    try:
        with Store.open(args.db, create=False) as store:
            if args.count_by:
                kind, rows = _counts(store, args)
                _emit(iter(rows), kind, args.format)
            elif args.query and not args.table:
                if _given(args) and set(_given(args)) != {"--lang"}:
                    raise UsageError("full-text search takes --lang only; use --table to filter stored rows")
                hits = store.search(args.query, limit=args.limit or 1_000_000, lang=getattr(args, "f_lang", None))
                _emit(iter(hits), "articles", args.format)
            else:
                table = args.table or infer_table(args)
                if table == "articles" and not _given(args) and not args.table:
                    raise UsageError("give a query, a filter (--actor, --speaker, --category, ...) or --table")
                _emit(_rows(store, args, table), table, args.format)
    except (UsageError, QueryError) as exc:
        _err(str(exc))
        return 2
    return 0


@contextlib.contextmanager
def _progress(total: int, quiet: bool):
    """A rich progress bar on a terminal's stderr; nothing when quiet or piped. Yields a per-row callback."""
    if quiet or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(TextColumn("exporting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("export", total=total)
        yield lambda: bar.advance(task)


def cmd_export(args) -> int:
    from kabar import export
    from kabar.store import Store

    fmt = export.formats()[args.export_format]
    try:
        if args.table not in fmt.tables:
            raise UsageError(f"--format {fmt.name} exports {', '.join(fmt.tables)}, not {args.table}")
        flt = filter_for(args, args.table)
        if fmt.binary and not args.output and sys.stdout.isatty():
            raise UsageError(f"--format {fmt.name} is binary: give -o FILE or pipe the output")
    except UsageError as exc:
        _err(str(exc))
        return 2
    with Store.open(args.db, create=False) as store:
        total = export.count(store, args.table, flt)
        if args.limit:
            total = min(total, args.limit)
        with _open_output(args.output, fmt.binary) as out, _progress(total, args.quiet) as tick:
            written = export.export(store, fmt, args.table, out, flt, limit=args.limit or None, on_row=tick)
    if not args.quiet:
        print(f"{written} {args.table} written as {fmt.name} to {args.output or 'standard output'}", file=sys.stderr)
    return 0


@contextlib.contextmanager
def _open_output(path: Optional[str], binary: bool):
    if path is None:
        yield sys.stdout.buffer if binary else sys.stdout
        sys.stdout.flush()
        return
    with open(path, "wb" if binary else "w", encoding=None if binary else "utf-8", newline=None if binary else "") as out:
        yield out


def cmd_stats(args) -> int:
    from kabar import show
    from kabar.store import Store
    from kabar.store import queries as q

    with Store.open(args.db, create=False) as store:
        summary = {
            "tables": store.counts(),
            "events_by_category": {c["category"]: c["count"] for c in q.event_categories(store)},
            "top_speakers": q.top_speakers(store, limit=args.top),
            "top_dyads": q.dyads(store, limit=args.top),
        }
    if args.format == "pretty":
        show.stats(summary)
    else:
        print(json.dumps(summary, ensure_ascii=False, indent=2 if args.format == "json" else None))
    return 0
