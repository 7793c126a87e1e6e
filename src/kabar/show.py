"""Readable terminal views of records and query results (rich tables), for the CLI's ``--format pretty``.

Everything taken from an article is untrusted: it goes to rich as ``Text`` (never parsed as
markup, so ``[/quote]`` or ``[bold red]`` print as written) with control characters made
visible (``safe_text.for_terminal``), so no escape sequence reaches the terminal.
"""

from __future__ import annotations

import sys
from typing import Any, Iterable, Optional, Sequence

from rich.console import Console
from rich.table import Table
from rich.text import Text

from kabar.record import Article
from kabar.safe_text import for_terminal

# A terminal sets its own width; piped output (logs, CI, files) gets room for the evidence columns.
console = Console(soft_wrap=False, width=None if sys.stdout.isatty() else 140)


def _short(text: str | None, n: int = 90) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1] + "…"


def plain(value: object, n: int = 0, style: str = "") -> Text:
    """Untrusted text as a rich Text: no markup, no control characters, shortened to n when n > 0."""
    text = "" if value is None else str(value)
    return Text(for_terminal(_short(text, n) if n else text), style=style)


def _codes(refs) -> str:
    return " + ".join(filter(None, (r.code or r.name for r in refs))) or "-"


def _table(title: str, columns: Iterable[str | Text], right: tuple[str, ...] = ()) -> Table:
    """A table titled on the left with these columns (those in ``right`` right-justified): the one frame of every
    record and row view here."""
    t = Table(title=title, title_justify="left")
    for c in columns:
        t.add_column(c, justify="right" if c in right else "left")
    return t


def header(r: Article) -> None:
    console.print(plain(r.title or "(no title)", style="bold"))
    facts = [f"id {r.id}", f"lang {r.lang or '?'}", f"published {r.published or '?'}"]
    if r.outlet:
        facts.append(f"outlet {r.outlet}")
    if r.original_outlet:
        facts.append(f"original outlet {r.original_outlet}")
    if r.url:
        facts.append(r.url)
    console.print(plain(" · ".join(facts), style="dim"))
    console.print(plain(f"{len(r.sentences)} sentences, {len(r.text)} characters; stages: {', '.join(r.stages)}", style="dim"))
    for w in r.warnings:
        console.print(plain(f"warning: {w}", style="yellow"))


def removed(r: Article) -> None:
    t = _table("Removed from the body", ("kind", "at", "text"), right=("at",))
    for x in r.removed:
        t.add_row(plain(x.kind), str(x.start), plain(x.text, 100))
    console.print(t)


def entities(r: Article) -> None:
    t = _table("Entities", ("id", "type", "name", "actor", "wikidata", "mentions"))
    for e in r.entities:
        forms = sorted({m.text for m in e.mentions})
        t.add_row(*map(plain, (e.id, e.type, e.name, e.actor or "-", e.wikidata or "-")), plain(f"{len(e.mentions)}: " + _short("; ".join(forms), 60)))
    console.print(t)


def quotes(r: Article) -> None:
    t = _table("Quotes", ("id", "speaker", "kind", "cue", "quote"))
    for q in r.quotes:
        speaker = q.speaker_name or "?"
        if q.medium:
            speaker += f" (to {q.medium})"
        kind = f"{q.kind}, {q.attribution}" if q.attribution else q.kind  # wide mode: "indirect, belief"
        t.add_row(*map(plain, (q.id, speaker, kind, q.cue or "-")), plain(q.text, 90))
    console.print(t)


def events(r: Article) -> None:
    t = _table("Events", ("date", "actor", "event", "recipient", "modality", "claimant", "evidence"))
    for e in r.events:
        event = e.event + (f" [{','.join(e.mode)}]" if e.mode else "")
        cells = (e.date or "-", _codes(e.actor), event, _codes(e.recipient), e.modality, e.claimant.name if e.claimant else "(article)")
        t.add_row(*map(plain, cells), plain(e.event_text, 70))
    console.print(t)


def dates(r: Article) -> None:
    t = _table("Dates", ("text", "value", "grain", "at"))
    for d in r.dates:
        t.add_row(*map(plain, (d.text, d.value or "(unresolved)", d.grain or "-", d.start)))
    console.print(t)


def quantities(r: Article) -> None:
    t = _table("Quantities", ("text", "value", "min", "max", "unit", "noun", "SI"))
    for q in r.quantities:
        si = f"{q.si_value:g} {q.si_unit}" if q.si_value is not None and q.si_unit else "-"
        numbers = (("-" if v is None else f"{v:g}") for v in (q.value, q.min, q.max))
        t.add_row(plain(q.text), *numbers, plain(q.unit or "-"), plain(q.noun or "-"), plain(si))
    console.print(t)


def sentences(r: Article, limit: int = 0) -> None:
    for i, s in enumerate(r.sentences[: limit or None]):
        console.print(Text.assemble((f"{i:>3} {s.start:>5}-{s.end:<5}", "dim"), " ", plain(r.text[s.start:s.end], 110)))


def record(r: Article) -> None:
    header(r)
    console.print()
    removed(r)
    console.print(Text("Sentences", style="italic"))
    sentences(r)
    for part in (entities, quotes, events, dates, quantities):
        console.print()
        part(r)
    console.print()


def rows(kind: str, items: Iterable[dict[str, Any]], columns: Optional[Sequence[str]] = None) -> None:
    """A table of query rows: the given columns, else the first 8 plain ones."""
    items = list(items)
    if not items:
        console.print(plain(f"no {kind} found"))
        return
    if columns is None:
        columns = [k for k in items[0].keys() if not isinstance(items[0][k], (dict, list))][:8]
    columns = [c for c in columns if c in items[0]]
    t = _table(kind.capitalize(), (plain(c) for c in columns))
    for it in items:
        t.add_row(*(plain(it.get(c) if it.get(c) is not None else "-", 70) for c in columns))
    console.print(t)


def _sides(refs: list[dict[str, Any]]) -> str:
    return " + ".join(filter(None, (r.get("code") or r.get("name") for r in refs))) or "-"


def event_rows(items: list[dict[str, Any]]) -> None:
    """Stored events (query rows): who did what to whom, when, according to whom, and the evidence."""
    if not items:
        console.print("no events found")
        return
    t = _table("Events", ("id", "date", "actor", "event", "recipient", "modality", "claimant", "conf", "evidence"))
    for e in items:
        event = e["category"] + (f" [{','.join(e['mode'])}]" if e["mode"] else "")
        t.add_row(e["global_id"], e["date"] or "-", _sides(e["actors"]), event, _sides(e["recipients"]), e["modality"],
                  e["claimant_name"] or "(article)", f"{e['confidence']:.2f}", _short(e["evidence_text"], 70))
    console.print(t)


def stats(summary: dict[str, Any]) -> None:
    """``kabar stats``: rows per table, events per category, top speakers and dyads."""
    for title, rows, columns in (
        ("Rows per table", [{"table": k, "rows": v} for k, v in summary["tables"].items()], ("table", "rows")),
        ("Events per category", [{"category": k, "events": v} for k, v in summary["events_by_category"].items()],
         ("category", "events")),
        ("Top speakers", summary["top_speakers"], ("speaker", "quotes", "articles")),
        ("Top dyads", summary["top_dyads"], ("actor", "recipient", "count")),
    ):
        t = _table(title, columns)
        for row in rows:
            t.add_row(*(str(row[c]) for c in columns))
        console.print(t)
def across(command: str, rows: Any) -> None:
    """Groups of copies, event clusters, or a claims view (``kabar copies|clusters|claims``).

    Cells are rich Text objects, never markup strings, so article text is shown as written."""
    if command == "claims" and isinstance(rows, dict):
        _claims_view(rows)
        return
    if command == "copies":
        for g in rows:
            t = Table(title=Text(f"group {g['group_id']} ({len(g['members'])} articles)"), show_lines=False)
            for col in ("", "relation", "published", "lang", "outlet", "title", "score"):
                t.add_column(col)
            for m in g["members"]:
                t.add_row("*" if m["representative"] else "", m["relation"], str(m["published"] or "-"), m["lang"] or "-",
                          Text(m["outlet"] or "-"), Text(_short(m["title"], 60)), f"{m['score']:.2f}" if m["score"] else "-")
            console.print(t)
        return
    t = Table(title="event clusters" if command == "clusters" else "claims")
    if command == "clusters":
        for col in ("cluster", "event", "reports", "sources", "first claimant", "first seen", "disputed", "evidence"):
            t.add_column(col)
        for c in rows:
            f = c["first"]
            t.add_row(Text(c["cluster_id"]), c["event"], str(c["reports"]), str(c["independent_sources"]),
                      Text(f["claimant_name"] or "(narrator)"), Text(f"{f['published'] or '?'} {f['outlet'] or ''}"),
                      str(c["disputed"]), Text(_short(f["event_text"], 70)))
    else:
        for col in ("event", "cluster", "first?", "first claimant", "reports", "sources", "disputed", "evidence"):
            t.add_column(col)
        for c in rows:
            t.add_row(c["event"], Text(c["cluster_id"]), "yes" if c["first"] else "no", Text(c["first_claimant"] or "(narrator)"),
                      str(c["reports"]), str(c["independent_sources"]), str(c["disputed"]), Text(_short(c["event_text"], 70)))
    console.print(t)


def _claims_view(view: dict) -> None:
    f = view["first"]
    console.print(Text(f"{view['event']} · cluster {view['cluster_id']} · {view['reports']} reports from "
                       f"{view['independent_sources']} independent source(s)", style="bold"))
    console.print(Text(f"first: {f['claimant_name'] or '(narrator)'} in {f['outlet'] or f['article_id']} ({f['published'] or '?'}): "
                       f"{_short(f['event_text'])}"))
    for r in view["repeated"]:
        mark = "" if r["independent"] else " (copy of an earlier report)"
        console.print(Text(f"  repeated: {r['claimant_name'] or '(narrator)'} in {r['outlet'] or r['article_id']} "
                           f"({r['published'] or '?'}){mark}"))
    for d in view["disputed"]:
        console.print(Text(f"  disputed ({d['kind']}): {d['who'] or '?'} in {d['outlet'] or d['article_id']} "
                           f"({d['published'] or '?'}): {_short(d['text'])}"), style="yellow")
