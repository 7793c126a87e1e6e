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
    p.add_argument("paths", nargs="+", metavar="PATH", help="text, HTML, JSONL, CSV/TSV, WARC(.gz) or RSS/Atom files, feed URLs, folders or globs ('-' reads standard input)")
    p.add_argument("--published", type=_published, help="publication date: YYYY-MM-DD, an RFC 2822 date or epoch seconds; relative dates resolve against it")
    p.add_argument("--lang", type=_language, help="language code (id, en, ...; EN, en-US, eng also do); skips language identification")
    p.add_argument("--url", help="the article's URL")
    p.add_argument("--outlet", help="the outlet that published it")
    p.add_argument("--no-title", action="store_true", help="plain text has no title line")
    p.add_argument("--config", help="pipeline configuration file (TOML) to use instead of the default")
    p.add_argument("--disable", action="append", default=[], metavar="STAGE", help="skip a pipeline stage (repeatable)")
    _attribution_arg(p)
    _input_args(p)


def _attribution_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--attribution", choices=("speech", "wide"), default=None,
                   help="quotes: speech (statements; the default) or wide (also beliefs, intentions, stances, "
                        "evaluations, topics and poll findings, each tagged with its kind); sets [stages.quotes] attribution")


def _with_attribution(config, args):
    """The pipeline configuration with ``--attribution`` applied (None: the default pipeline, nothing given)."""
    mode = getattr(args, "attribution", None)
    if mode is None:
        return config
    from kabar.pipeline import default_config

    config = config if config is not None else default_config()
    config.setdefault("stages", {}).setdefault("quotes", {})["attribution"] = mode
    return config


def _input_args(p: argparse.ArgumentParser) -> None:
    from kabar.readers import FORMATS

    g = p.add_argument_group("reading", "how inputs are read (tables: columns are found by their usual names unless given)")
    g.add_argument("--input-format", choices=FORMATS, default="auto", help="read every input as this format (default: by suffix, then content)")
    for field, col in (("text", "body"), ("title", "headline"), ("date", "date"), ("url", "URL"), ("lang", "language"), ("id", "record id"), ("outlet", "outlet")):
        g.add_argument(f"--{field}-col", metavar="COLUMN", help=f"CSV/TSV column holding the {col}")
    g.add_argument("--date-format", metavar="FMT", help="strptime format of the date column (e.g. %%d/%%m/%%Y %%H:%%M)")
    g.add_argument("--delay", type=float, default=1.0, metavar="SECONDS", help="seconds between two requests to one host (feeds and their pages; default 1)")


def _scale_args(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("scale", "where the pipeline runs; results come back in input order")
    g.add_argument("--workers", type=int, default=1, metavar="N", help="local worker processes, each loading the models once (default 1: this process)")
    g.add_argument("--dask", metavar="ADDRESS", help="run on a Dask cluster: a scheduler address, or local:N for a local cluster of N workers")
    g.add_argument("--threads", type=int, default=1, metavar="N", help="BLAS/OpenMP threads per worker (default 1, so N workers use N cores)")


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
    _scale_args(p)
    _format_arg(p, "jsonl")

    p = sub.add_parser("ingest", help="extract and store articles; re-ingesting is idempotent")
    _meta_args(p)
    _db_arg(p)
    p.add_argument("--show", action="store_true", help="also print each stored record (pretty)")
    p.add_argument("--quiet", action="store_true", help="print only the summary")
    p.add_argument("--no-across", action="store_true",
                   help="do not link copies/translations or cluster events now (run 'kabar across' later)")
    _scale_args(p)
    g = p.add_argument_group("long runs")
    g.add_argument("--errors", metavar="FILE", help="append failed items to this JSONL file (time, input, source, reason)")
    g.add_argument("--restart", action="store_true", help="start over instead of continuing an interrupted run of the same inputs")
    g.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None, help="progress bar on stderr (default: when stderr is a terminal)")

    p = sub.add_parser("watch", help="follow RSS/Atom feeds: fetch what is new every so often and store it")
    p.add_argument("feeds", nargs="+", metavar="FEED", help="feed URLs or files, or @FILE listing feed URLs one per line")
    p.add_argument("--every", default="15m", help="time between cycles: 90s, 15m, 1h (default 15m)")
    p.add_argument("--once", action="store_true", help="run one cycle and stop")
    p.add_argument("--cycles", type=int, metavar="N", help="run N cycles and stop")
    p.add_argument("--delay", type=float, default=1.0, metavar="SECONDS", help="seconds between two requests to one host (default 1)")
    p.add_argument("--errors", metavar="FILE", help="append failed entries to this JSONL file")
    p.add_argument("--config", help="pipeline configuration file (TOML)")
    p.add_argument("--disable", action="append", default=[], metavar="STAGE", help="skip a pipeline stage (repeatable)")
    _attribution_arg(p)
    p.add_argument("--lang", help="language code for every entry (skips language identification)")
    _db_arg(p)

    for name, what in (("entities", "entities"), ("quotes", "quotes"), ("events", "events")):
        p = sub.add_parser(name, help=f"extract and print a table of {what}")
        _meta_args(p)
        _format_arg(p)

    p = sub.add_parser("show", help="print a stored record")
    p.add_argument("id")
    _db_arg(p)
    _format_arg(p)

    from kabar import cli_query

    cli_query.add_parsers(sub, _db_arg, _format_arg)  # search, export, stats

    from kabar import cli_across

    cli_across.add_parsers(sub, _db_arg, _format_arg)  # across, copies, clusters, claims

    p = sub.add_parser("eval", help="score kabar against gold files (kabar-gold/1, see GOLD.md)")
    p.add_argument("gold", nargs="+", help="gold files or folders of *.gold.json")
    p.add_argument("--pred", help="score these records (JSON/JSONL made elsewhere) instead of running the pipeline")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--per-article", action="store_true", help="also print each article's figures")
    p.add_argument("--half", choices=("tune", "check"),
                   help="only the gold files that the folder's split.json puts in this half")
    p.add_argument("--config", help="pipeline configuration file (TOML)")
    _attribution_arg(p)

    p = sub.add_parser("schema", help="print the record's JSON Schema")

    p = sub.add_parser("serve", help="serve the store as web pages and a JSON API (read-only unless given an ingest token)")
    _db_arg(p)
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--ingest-token-file", metavar="PATH",
                   help="turn on POST /ingest with the token in this file (or set KABAR_INGEST_TOKEN)")
    return parser


# ------------------------------------------------------------------ helpers

def _reading(args):
    """The user's metadata and reading options from the command line."""
    from kabar.readers import Metadata, ReadOptions
    from kabar.readers.fetch import PoliteFetcher
    from kabar.readers.table import Columns

    meta = Metadata(published=args.published, lang=args.lang, url=args.url, outlet=args.outlet, has_title=not args.no_title)
    cols = {f: getattr(args, f"{f}_col") for f in ("text", "title", "url", "lang", "id", "outlet")}
    columns = Columns(published=args.date_col, date_format=args.date_format, **cols)
    return meta, ReadOptions(args.input_format, columns, PoliteFetcher(delay=args.delay))


def _spec(args):
    from kabar.pipeline import load_config
    from kabar.scale.workers import PipelineSpec

    config = _with_attribution(load_config(args.config) if getattr(args, "config", None) else None, args)
    return PipelineSpec(config, tuple(args.disable or ()), strict=bool(getattr(args, "config", None)), threads=getattr(args, "threads", 1))


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
    """(source, record or None, error) for every input, in order, extraction errors included; skips are dropped."""
    from kabar.readers import read_paths
    from kabar.scale.workers import make_runner, run_ordered

    runner = make_runner(_spec(args), getattr(args, "workers", 1), getattr(args, "dask", None))
    try:
        for outcome in run_ordered(read_paths(args.paths, *_reading(args)), runner, lambda it: it.record):
            item, record = outcome.item, outcome.record
            if item.skipped:
                continue
            if record is None:
                yield item.source, None, item.error or outcome.error
                continue
            _stage_failures(item.source, record)
            yield item.source, record, None
    finally:
        runner.close()


def _stage_failures(source: str, record) -> None:
    for failure in record.failures:
        _err(f"{source}: stage {failure}")


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
    from kabar.safe_text import for_terminal
    from kabar.scale.ingest import ingest

    partial = 0  # stored, but a stage failed on it

    def report(item, record, status, error) -> None:
        nonlocal partial
        if error:
            _err(f"{item.source}: {error}")
        elif record is not None:
            _stage_failures(item.source, record)
            partial += bool(record.failures)
            if args.show:
                show.record(record)
            if not args.quiet:
                print(f"{status:<9} {record.id}  {for_terminal(item.source)}")

    meta, options = _reading(args)
    progress = sys.stderr.isatty() and not args.quiet if args.progress is None else args.progress
    with _open_store(args.db) as store:
        result = ingest(
            args.paths, store, meta=meta, options=options, spec=_spec(args), workers=args.workers, dask=args.dask,
            errors=args.errors, restart=args.restart, progress=progress, on_item=report,
            after_save=None if args.no_across else _across_update(store),
        )
        where = store.engine.url.render_as_string(hide_password=True)
    print(f"{result.summary()}; {partial} stored with failed stages  ({where})")
    if result.interrupted:
        _err("interrupted; run the same command again to continue where it stopped")
        return 130
    return _exit_status(result.counts["failed"], partial)


def _across_update(store):
    """Link each newly stored article to its copies/translations and cluster its events (kabar.across)."""
    from kabar import across

    return lambda record: across.update(store, record)


def cmd_watch(args) -> int:
    from kabar.scale.watch import parse_every, watch
    from kabar.store import Store

    try:
        every = parse_every(args.every)
    except ValueError as exc:
        _err(str(exc))
        return 2
    cycles = 1 if args.once else args.cycles
    with _open_store(args.db) as store:
        failed = watch(args.feeds, store, every=every, cycles=cycles, delay=args.delay, spec=_spec(args), lang=args.lang, errors=args.errors, log=print)
    return 1 if failed else 0


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


def cmd_eval(args) -> int:
    from kabar.evaluate import GoldError, evaluate, format_report
    from kabar.pipeline import Pipeline, load_config

    try:
        config = _with_attribution(load_config(args.config) if args.config else None, args)
        pipeline = Pipeline(config) if config is not None else None
        report = evaluate(args.gold, args.pred, pipeline=pipeline, half=args.half)
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


def _query_command(args) -> int:
    from kabar import cli_query

    return getattr(cli_query, f"cmd_{args.command}")(args)


def _across_command(args) -> int:
    from kabar import cli_across

    return cli_across.run(args)


def cmd_serve(args) -> int:
    from kabar.serve.run import serve

    return serve(args.db, host=args.host, port=args.port, token_file=args.ingest_token_file)


COMMANDS = {
    "extract": cmd_extract,
    "ingest": cmd_ingest,
    "watch": cmd_watch,
    "entities": cmd_extract,
    "quotes": cmd_extract,
    "events": cmd_extract,
    "show": cmd_show,
    "search": _query_command,
    "export": _query_command,
    "stats": _query_command,
    "eval": cmd_eval,
    "schema": cmd_schema,
    "across": _across_command,
    "copies": _across_command,
    "clusters": _across_command,
    "claims": _across_command,
    "serve": cmd_serve,
}


def main(argv: Optional[list[str]] = None) -> int:
    args = build_parser().parse_args(argv)
    from kabar.store import StoreOpenError

    try:
        return COMMANDS[args.command](args)
    except (CliError, StoreOpenError) as exc:
        _err(str(exc))
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
