"""kabar's command line: one face for people (``--format pretty``) and for programs (JSON/JSONL)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, Iterable, Optional

from kabar import __version__


# Exit statuses (the README lists them too).
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_PARTIAL = 0, 1, 2, 3


def _published(value: str):
    from kabar.record import parse_published

    try:
        return parse_published(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _language(value: str) -> str:
    from kabar import lang as langpacks
    from kabar.lang.codes import UnknownLanguage, normalise_lang

    try:
        code = normalise_lang(value)
    except UnknownLanguage as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    if code and code not in langpacks.available():
        _err(f"warning: no language pack for {code!r} (packs: {', '.join(langpacks.available())}); "
             "extraction falls back to the language-neutral stages")
    return code


def _meta_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH", help="text, HTML or JSONL files, folders or globs ('-' reads standard input)")
    p.add_argument("--published", type=_published, help="publication date: YYYY-MM-DD, an RFC 2822 date or epoch seconds; relative dates resolve against it")
    p.add_argument("--lang", type=_language, help="language code (id, en, ...; EN, en-US, eng also do); skips language identification")
    p.add_argument("--url", help="the article's URL")
    p.add_argument("--outlet", help="the outlet that published it")
    p.add_argument("--no-title", action="store_true", help="plain text has no title line")
    p.add_argument("--config", help="pipeline configuration file (TOML) to use instead of the default")
    p.add_argument("--disable", action="append", default=[], metavar="STAGE", help="skip a pipeline stage (repeatable)")


MAX_LIMIT = 100_000
MAX_SEARCH_TEXT = 1_000  # characters; SQLite refuses LIKE patterns over 50,000 and nobody types more


def _limit(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value[:40]!r}") from None
    if not 1 <= n <= MAX_LIMIT:
        raise argparse.ArgumentTypeError(f"must be between 1 and {MAX_LIMIT:,}, not {value[:40]}")
    return n


def _search_text(value: str) -> str:
    if len(value) > MAX_SEARCH_TEXT:
        raise argparse.ArgumentTypeError(f"longer than {MAX_SEARCH_TEXT:,} characters ({len(value):,})")
    return value


class CliError(Exception):
    """A failure the user can act on: printed as one line, exit status 2."""


def _db_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", help="database: a SQLite file path or an SQLAlchemy URL (default: kabar.db in the user data folder)")


def _format_arg(p: argparse.ArgumentParser, default: str = "pretty") -> None:
    p.add_argument("--format", choices=("pretty", "json", "jsonl"), default=default, help="output for people (pretty) or programs (json, jsonl)")


class _Parser(argparse.ArgumentParser):
    """argparse with a one-line error (the usage block is one ``--help`` away)."""

    def error(self, message: str):
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="kabar", description="News articles to an evidence-linked database of who did what to whom, when, and according to whom.")
    parser.add_argument("--version", action="version", version=f"kabar {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="extract records from articles and print them (nothing is stored)")
    _meta_args(p)
    _format_arg(p, "jsonl")

    p = sub.add_parser("ingest", help="extract and store articles; re-ingesting is idempotent")
    _meta_args(p)
    _db_arg(p)
    p.add_argument("--show", action="store_true", help="also print each stored record (pretty)")
    p.add_argument("--quiet", action="store_true", help="print only the summary")

    for name, what in (("entities", "entities"), ("quotes", "quotes"), ("events", "events")):
        p = sub.add_parser(name, help=f"extract and print a table of {what}")
        _meta_args(p)
        _format_arg(p)

    p = sub.add_parser("show", help="print a stored record")
    p.add_argument("id")
    _db_arg(p)
    _format_arg(p)

    p = sub.add_parser("search", help="full-text search over stored articles, or find stored entities, quotes, events")
    p.add_argument("query", nargs="?", default="", type=_search_text, help="words to find in article text")
    p.add_argument("--entity", type=_search_text, help="entities whose name contains this")
    p.add_argument("--actor", type=_search_text, help="entities or events with this actor code")
    p.add_argument("--speaker", type=_search_text, help="quotes whose speaker contains this")
    p.add_argument("--event", type=_search_text, help="events of this PLOVER category")
    p.add_argument("--limit", type=_limit, default=20, help=f"at most this many results (1 to {MAX_LIMIT:,}; default 20)")
    _db_arg(p)
    _format_arg(p)

    p = sub.add_parser("eval", help="score kabar against gold files (kabar-gold/1, see GOLD.md)")
    p.add_argument("gold", nargs="+", help="gold files or folders of *.gold.json")
    p.add_argument("--pred", help="score these records (JSON/JSONL made elsewhere) instead of running the pipeline")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--per-article", action="store_true", help="also print each article's figures")
    p.add_argument("--config", help="pipeline configuration file (TOML)")

    p = sub.add_parser("schema", help="print the record's JSON Schema")
    return parser


# ------------------------------------------------------------------ helpers

def _pipeline(args):
    from kabar.pipeline import Pipeline, default_pipeline, load_config

    if getattr(args, "config", None) or getattr(args, "disable", None):
        return Pipeline(load_config(args.config) if args.config else None, disable=args.disable or (), strict=bool(args.config))
    return default_pipeline()


def _read(args):
    from kabar.readers import Metadata, read_paths

    meta = Metadata(published=args.published, lang=args.lang, url=args.url, outlet=args.outlet, has_title=not args.no_title)
    return read_paths(args.paths, meta)


def _err(msg: str) -> None:
    from kabar.safe_text import for_terminal

    print(f"kabar: {for_terminal(msg)}", file=sys.stderr)


def _open_store(db: Optional[str], *, create: bool = True):
    """The store at ``db``; a database that cannot be opened (or, for queries, does not exist) is a CliError."""
    from kabar.store import Store, StoreOpenError

    try:
        return Store.open(db, create=create)
    except StoreOpenError as exc:
        raise CliError(str(exc)) from None


def _records(args) -> Iterable[tuple[str, Any, Optional[str]]]:
    """(source, record or None, error) for every input, extraction errors included."""
    from kabar.pipeline import ArticleRefused
    from kabar.readers import failure_reason

    pipeline = _pipeline(args)
    for item in _read(args):
        if not item.ok:
            yield item.source, None, item.error
            continue
        try:
            record = pipeline(item.record)
        except ArticleRefused as exc:
            yield item.source, None, f"refused: {exc}"
            continue
        except Exception as exc:  # one bad article must not stop a batch; it is reported
            yield item.source, None, f"extraction failed: {failure_reason(exc)}"
            continue
        for failure in record.failures:
            _err(f"{item.source}: stage {failure}")
        yield item.source, record, None


def _dump(obj: Any, fmt: str) -> None:
    if fmt == "json":
        print(json.dumps(obj, ensure_ascii=False, indent=2))
    else:
        print(json.dumps(obj, ensure_ascii=False))


# ------------------------------------------------------------------ commands

def cmd_extract(args) -> int:
    """extract (the whole record) and entities/quotes/events (one table): same loop, other views."""
    from kabar import show

    part = None if args.command == "extract" else args.command
    failed = partial = 0
    for source, record, error in _records(args):
        if error:
            _err(f"{source}: {error}")
            failed += 1
            continue
        partial += bool(record.failures)
        if args.format == "pretty":
            getattr(show, part)(record) if part else show.record(record)
        else:
            _dump({"id": record.id, part: record.to_dict()[part]} if part else record.to_dict(), args.format)
    return _exit_status(failed, partial)


def _exit_status(failed: int, partial: int) -> int:
    """1 when an input was not extracted (or stored); else 3 when a record lacks a failed stage's output; else 0."""
    return EXIT_FAILED if failed else EXIT_PARTIAL if partial else EXIT_OK


def cmd_ingest(args) -> int:
    from kabar import show
    from kabar.readers import failure_reason
    from kabar.safe_text import for_terminal

    counts = {"inserted": 0, "updated": 0, "unchanged": 0, "failed": 0, "partial": 0}
    with _open_store(args.db) as store:
        for source, record, error in _records(args):
            if error:
                _err(f"{source}: {error}")
                counts["failed"] += 1
                continue
            try:
                status = store.save(record)
            except Exception as exc:
                _err(f"{source}: not stored: {failure_reason(exc)}")
                counts["failed"] += 1
                continue
            counts[status] += 1
            counts["partial"] += bool(record.failures)
            if args.show:
                show.record(record)
            if not args.quiet:
                print(f"{status:<9} {record.id}  {for_terminal(source)}")
        where = store.engine.url.render_as_string(hide_password=True)
    print(
        f"{counts['inserted']} inserted, {counts['updated']} updated, {counts['unchanged']} unchanged, {counts['failed']} failed; "
        f"{counts['partial']} stored with failed stages  ({where})"
    )
    return _exit_status(counts["failed"], counts["partial"])


def cmd_show(args) -> int:
    from kabar import show

    with _open_store(args.db, create=False) as store:
        record = store.get(args.id)
    if record is None:
        _err(f"no article with id {args.id!r}")
        return 1
    if args.format == "pretty":
        show.record(record)
    else:
        _dump(record.to_dict(), args.format)
    return 0


def cmd_search(args) -> int:
    from kabar import show

    with _open_store(args.db, create=False) as store:
        if args.entity or (args.actor and not args.event):
            kind, rows = "entities", store.find_entities(name=args.entity, actor=args.actor, limit=args.limit)
        elif args.speaker:
            kind, rows = "quotes", store.find_quotes(speaker=args.speaker, limit=args.limit)
        elif args.event:
            kind, rows = "events", store.find_events(event=args.event, actor=args.actor, limit=args.limit)
        elif args.query:
            kind, rows = "articles", store.search(args.query, limit=args.limit)
        else:
            _err("give a query, or --entity/--actor/--speaker/--event")
            return 2
    rows = list(rows)[: args.limit]
    if args.format == "pretty":
        show.rows(kind, rows)
    elif args.format == "json":
        _dump(rows, "json")
    else:
        for row in rows:
            _dump(row, "jsonl")
    return 0


def cmd_eval(args) -> int:
    from kabar.evaluate import GoldError, evaluate, format_report
    from kabar.pipeline import Pipeline, load_config

    try:
        pipeline = Pipeline(load_config(args.config)) if args.config else None
        report = evaluate(args.gold, args.pred, pipeline=pipeline)
    except (GoldError, OSError, json.JSONDecodeError) as exc:
        _err(str(exc))
        return 2
    if args.json:
        _dump(report.as_dict(), "json")
    else:
        print(format_report(report, per_article=args.per_article))
    return 0


def cmd_schema(args) -> int:
    from kabar.record import json_schema

    _dump(json_schema(), "json")
    return 0


COMMANDS = {
    "extract": cmd_extract,
    "ingest": cmd_ingest,
    "entities": cmd_extract,
    "quotes": cmd_extract,
    "events": cmd_extract,
    "show": cmd_show,
    "search": cmd_search,
    "eval": cmd_eval,
    "schema": cmd_schema,
}


def main(argv: Optional[list[str]] = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except CliError as exc:
        _err(str(exc))
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
