"""kabar's across-article commands: groups of copies and translations, event clusters, claims (docs/across.md)."""

from __future__ import annotations

import json
import sys


def add_parsers(sub, db_arg, format_arg) -> None:
    """``across``, ``copies``, ``clusters`` and ``claims``; ``db_arg``/``format_arg`` are cli.py's flag helpers."""
    p = sub.add_parser("across", help="link copies and translations and cluster events of stored articles not yet indexed")
    p.add_argument("--rebuild", action="store_true", help="recompute every group and cluster from scratch")
    db_arg(p)
    p = sub.add_parser("copies", help="groups of stored articles that are copies or translations of one report")
    p.add_argument("id", nargs="?", help="only the group of this article")
    p.add_argument("--limit", type=int, default=50)
    db_arg(p)
    format_arg(p)
    p = sub.add_parser("clusters", help="events reported by several articles, with their independent sources")
    p.add_argument("--event", help="only clusters of this PLOVER category")
    p.add_argument("--min-reports", type=int, default=2)
    p.add_argument("--limit", type=int, default=50)
    db_arg(p)
    format_arg(p)
    p = sub.add_parser("claims", help="who claimed an event first, who repeated it, who disputes it")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--cluster", help="a cluster id (from 'kabar clusters')")
    who.add_argument("--speaker", help="every clustered claim of a speaker (name substring)")
    db_arg(p)
    format_arg(p)


def run(args) -> int:
    return (cmd_across if args.command == "across" else cmd_across_read)(args)


def cmd_across(args) -> int:
    from kabar import across
    from kabar.store import Store

    with Store.open(args.db) as store:
        n = across.update_all(store, rebuild=args.rebuild)
    print(f"{n} article(s) indexed")
    return 0


def cmd_across_read(args) -> int:
    from kabar import across, show
    from kabar.store import Store

    with Store.open(args.db) as store:
        if args.command == "copies":
            if args.id:
                with store.engine.connect() as conn:
                    rows = [{"group_id": across.group_of(conn, args.id),
                             "members": across.group_members(conn, across.group_of(conn, args.id))}]
            else:
                rows = across.read(store, across.groups, limit=args.limit)
        elif args.command == "clusters":
            rows = across.read(store, across.clusters, event=args.event, min_reports=args.min_reports, limit=args.limit)
        elif args.cluster:
            rows = across.read(store, across.cluster_claims, args.cluster)
            if rows is None:
                print(f"kabar: no cluster {args.cluster!r}", file=sys.stderr)
                return 1
        else:
            rows = across.read(store, across.speaker_claims, args.speaker)
    if args.format == "pretty":
        show.across(args.command, rows)
    else:
        if args.format == "json" or not isinstance(rows, list):
            print(json.dumps(rows, ensure_ascii=False, indent=2))
        else:
            for row in rows:
                print(json.dumps(row, ensure_ascii=False))
    return 0
