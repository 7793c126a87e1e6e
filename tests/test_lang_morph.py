"""The affix engine (kabar.lang.morph) with the Indonesian pack's [morphology] rules.

# Session 28 (events-id28)
"""

from __future__ import annotations

from kabar import lang as langpacks
from kabar.lang.morph import Rules


def rules() -> Rules:
    return Rules.from_table(langpacks.pack("id").data("events")["morphology"])


def test_nasal_prefix_follows_the_root_initial():
    r = rules()
    assert [r.active(x) for x in ("tangkap", "serang", "pukul", "bela", "kecam", "usir", "larang", "culik")] == [
        "menangkap", "menyerang", "memukul", "membela", "mengecam", "mengusir", "melarang", "menculik"]


def test_roots_of_an_active_form_take_the_written_prefix():
    r = rules()
    assert ("serang", "") in r.roots("menyerang") and ("tyerang", "") not in r.roots("menyerang")
    assert ("bela", "") in r.roots("membela") and ("pbela", "") not in r.roots("membela")
    assert ("kirim", "kan") in r.roots("mengirimkan")
    assert r.roots("bertemu") == []


def test_derive_gives_passive_and_noun_of_an_active_form():
    r = rules()
    d = r.derive("menangkap", "active")
    assert "ditangkap" in d["passive"] and d["noun"] == ["penangkapan"]
    assert "pengiriman" in r.derive("mengirimkan", "active")["noun"]
    assert r.derive("bertemu", "active") == {"noun": ["pertemuan"]}
    d = r.derive("dikecam", "passive")
    assert d["active"] == ["mengecam"] and d["noun"] == ["pengecaman"]


def test_lexicon_reads_derived_forms_but_pack_forms_and_skips_win():
    from kabar.stages.events.lexicon import lexicon
    lx = lexicon("id")
    derived = lx.sets["derived_forms"].table
    assert ("pengancaman",) in derived and ("digeruduk",) in derived
    assert ("ditangkap",) not in derived  # the pack writes it
    assert ("pemerintahan",) not in derived  # skip: government, not an order
    assert ("penyerahan",) in derived and all(t.event == "AID" for t, _ in lx.triggers.table[("penyerahan",)])  # skip_sources
