"""Readable terminal views of records and query results (rich tables), for the CLI's ``--format pretty``.

Everything taken from an article is untrusted: it goes to rich as ``Text`` (never parsed as
markup, so ``[/quote]`` or ``[bold red]`` print as written) with control characters made
visible (``safe_text.for_terminal``), so no escape sequence reaches the terminal.
"""

from __future__ import annotations

import sys
from typing import Any, Iterable

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
    t = Table(title="Removed from the body", title_justify="left")
    t.add_column("kind")
    t.add_column("at", justify="right")
    t.add_column("text")
    for x in r.removed:
        t.add_row(plain(x.kind), str(x.start), plain(x.text, 100))
    console.print(t)


def entities(r: Article) -> None:
    t = Table(title="Entities", title_justify="left")
    for c in ("id", "type", "name", "actor", "wikidata", "mentions"):
        t.add_column(c)
    for e in r.entities:
        forms = sorted({m.text for m in e.mentions})
        t.add_row(*map(plain, (e.id, e.type, e.name, e.actor or "-", e.wikidata or "-")), plain(f"{len(e.mentions)}: " + _short("; ".join(forms), 60)))
    console.print(t)


def quotes(r: Article) -> None:
    t = Table(title="Quotes", title_justify="left")
    for c in ("id", "speaker", "kind", "cue", "quote"):
        t.add_column(c)
    for q in r.quotes:
        speaker = q.speaker_name or "?"
        if q.medium:
            speaker += f" (to {q.medium})"
        t.add_row(*map(plain, (q.id, speaker, q.kind, q.cue or "-")), plain(q.text, 90))
    console.print(t)


def events(r: Article) -> None:
    t = Table(title="Events", title_justify="left")
    for c in ("date", "actor", "event", "recipient", "modality", "claimant", "evidence"):
        t.add_column(c)
    for e in r.events:
        event = e.event + (f" [{','.join(e.mode)}]" if e.mode else "")
        cells = (e.date or "-", _codes(e.actor), event, _codes(e.recipient), e.modality, e.claimant.name if e.claimant else "(article)")
        t.add_row(*map(plain, cells), plain(e.event_text, 70))
    console.print(t)


def dates(r: Article) -> None:
    t = Table(title="Dates", title_justify="left")
    for c in ("text", "value", "grain", "at"):
        t.add_column(c)
    for d in r.dates:
        t.add_row(*map(plain, (d.text, d.value or "(unresolved)", d.grain or "-", d.start)))
    console.print(t)


def quantities(r: Article) -> None:
    t = Table(title="Quantities", title_justify="left")
    for c in ("text", "value", "min", "max", "unit", "noun", "SI"):
        t.add_column(c)
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


def rows(kind: str, items: Iterable[dict[str, Any]]) -> None:
    items = list(items)
    if not items:
        console.print(plain(f"no {kind} found"))
        return
    t = Table(title=kind.capitalize(), title_justify="left")
    columns = [k for k in items[0].keys() if not isinstance(items[0][k], (dict, list))][:8]
    for c in columns:
        t.add_column(plain(c))
    for it in items:
        t.add_row(*(plain(it.get(c) if it.get(c) is not None else "-", 70) for c in columns))
    console.print(t)
