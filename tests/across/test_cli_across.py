"""The across commands end to end: ingest links a translation and a copy, the read commands show them."""
from __future__ import annotations

import json
from pathlib import Path

from kabar.cli import main

ROOT = Path(__file__).resolve().parents[2]
ORIGINAL = ROOT / "gold/dev/id/1508894100-polisi-tangkap-empat-terduga-teroris-di-riau.txt"
TRANSLATION = ROOT / "gold/across/translations/en-riau-terror-arrests.txt"


def test_ingest_links_translation_and_copy_and_the_read_commands_show_them(tmp_path, capsys):
    db = str(tmp_path / "k.db")
    copy = tmp_path / "copy.txt"
    copy.write_text(ORIGINAL.read_text(encoding="utf-8").replace("Polisi tangkap", "POLISI TANGKAP", 1)
                    + "\nSimak berita lainnya di Kabar Kini.\n", encoding="utf-8")
    assert main(["ingest", str(ORIGINAL), "--published", "2017-10-24", "--db", db]) == 0
    assert main(["ingest", str(TRANSLATION), "--published", "2017-10-25", "--lang", "en", "--db", db]) == 0
    assert main(["ingest", str(copy), "--published", "2017-10-24", "--outlet", "Kabar Kini", "--db", db]) == 0
    capsys.readouterr()

    assert main(["copies", "--db", db, "--format", "json"]) == 0
    groups = json.loads(capsys.readouterr().out)
    assert len(groups) == 1 and groups[0]["size"] == 3
    relations = sorted(m["relation"] for m in groups[0]["members"])
    assert relations == ["copy", "original", "translation"]

    assert main(["clusters", "--db", db, "--format", "json"]) == 0
    clusters = json.loads(capsys.readouterr().out)
    assert clusters and all(c["independent_sources"] == 1 for c in clusters)  # one report, however many copies

    assert main(["claims", "--cluster", clusters[0]["cluster_id"], "--db", db]) == 0
    assert "independent source" in capsys.readouterr().out
    assert main(["claims", "--cluster", "no-such", "--db", db]) == 1

    # ingesting the same files again changes nothing; the same body under other metadata is a sighting
    assert main(["ingest", str(ORIGINAL), "--published", "2017-10-24", "--db", db]) == 0
    assert main(["ingest", str(copy), "--published", "2017-10-24", "--outlet", "Kabar Kini", "--db", db]) == 0
    assert capsys.readouterr().out.count("0 inserted, 0 updated, 1 unchanged, 0 duplicate") == 2
    assert main(["ingest", str(copy), "--published", "2017-10-24", "--outlet", "Warta Nusantara", "--db", db]) == 0
    assert "0 inserted, 0 updated, 0 unchanged, 1 duplicate" in capsys.readouterr().out
