"""The events stage on hand-written sentences, run alone on hand-made records.

Each record gets entities (placed by string search from a small test gazetteer,
with CAMEO-style actor codes), and where a case needs them, quotes, dates and
quantities, so the stage is tested without the NER/actors/quotes/temporal stages.
An expected event is (category, actor prefix, recipient prefix, modality); actor
and recipient compare the first three letters of the first code, None = none.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kabar.record import Quantity
from kabar.stages.events import EventStage

sys.path.insert(0, str(Path(__file__).parent / "events"))  # handmade, also under --import-mode=importlib
from handmade import handmade_record  # noqa: E402

# name -> (type, actor code, surface forms)
GAZ = {
    "Rusia": ("GPE", "RUS", ["Rusia", "Russia", "Moskow", "Moscow", "Kremlin"]),
    "Ukraina": ("GPE", "UKR", ["Ukraina", "Ukraine", "Kyiv", "Kharkiv"]),
    "Korea Utara": ("GPE", "PRK", ["Korea Utara", "North Korea", "Pyongyang"]),
    "Korea Selatan": ("GPE", "KOR", ["Korea Selatan", "South Korea", "Seoul"]),
    "Amerika Serikat": ("GPE", "USA", ["Amerika Serikat", "AS", "United States", "Washington", "US"]),
    "China": ("GPE", "CHN", ["China", "Tiongkok", "Beijing"]),
    "Indonesia": ("GPE", "IDN", ["Indonesia", "Jakarta"]),
    "Malaysia": ("GPE", "MYS", ["Malaysia", "Kuala Lumpur"]),
    "Israel": ("GPE", "ISR", ["Israel"]),
    "Gaza": ("GPE", "PSE", ["Gaza", "Palestina", "Palestine"]),
    "Iran": ("GPE", "IRN", ["Iran", "Teheran", "Tehran"]),
    "Jepang": ("GPE", "JPN", ["Jepang", "Japan", "Tokyo"]),
    "Australia": ("GPE", "AUS", ["Australia", "Canberra"]),
    "Inggris": ("GPE", "GBR", ["Inggris", "Britain", "London"]),
    "Prancis": ("GPE", "FRA", ["Prancis", "France", "Paris"]),
    "Jerman": ("GPE", "DEU", ["Jerman", "Germany", "Berlin"]),
    "Filipina": ("GPE", "PHL", ["Filipina", "Philippines", "Manila"]),
    "Myanmar": ("GPE", "MMR", ["Myanmar"]),
    "Suriah": ("GPE", "SYR", ["Suriah", "Syria"]),
    "Turki": ("GPE", "TUR", ["Turki", "Turkey", "Ankara"]),
    "India": ("GPE", "IND", ["India", "New Delhi"]),
    "Pakistan": ("GPE", "PAK", ["Pakistan"]),
    "Yaman": ("GPE", "YEM", ["Yaman", "Yemen"]),
    "Lebanon": ("GPE", "LBN", ["Lebanon"]),
    "Venezuela": ("GPE", "VEN", ["Venezuela"]),
    "Papua": ("GPE", "IDN", ["Papua"]),
    "PBB": ("ORG", "IGOUNO", ["PBB", "Perserikatan Bangsa-Bangsa", "United Nations", "UN"]),
    "Uni Eropa": ("ORG", "IGOEUR", ["Uni Eropa", "European Union", "EU"]),
    "NATO": ("ORG", "IGONAT", ["NATO"]),
    "Hamas": ("ORG", "PSEREB", ["Hamas"]),
    "Hizbullah": ("ORG", "LBNREB", ["Hizbullah", "Hezbollah"]),
    "Houthi": ("ORG", "YEMREB", ["Houthi", "Houthis"]),
    "KPK": ("ORG", "IDNJUD", ["KPK"]),
    "Polri": ("ORG", "IDNCOP", ["Polri", "Polda Metro Jaya"]),
    "TNI": ("ORG", "IDNMIL", ["TNI"]),
    "KKB": ("ORG", "IDNREB", ["KKB"]),
    "Joko Widodo": ("PER", "IDNGOV", ["Joko Widodo", "Jokowi"]),
    "Prabowo Subianto": ("PER", "IDNGOV", ["Prabowo Subianto", "Prabowo"]),
    "Retno Marsudi": ("PER", "IDNGOV", ["Retno Marsudi", "Retno"]),
    "Vladimir Putin": ("PER", "RUSGOV", ["Vladimir Putin", "Putin"]),
    "Volodymyr Zelensky": ("PER", "UKRGOV", ["Volodymyr Zelensky", "Zelensky"]),
    "Joe Biden": ("PER", "USAGOV", ["Joe Biden", "Biden"]),
    "Antony Blinken": ("PER", "USAGOV", ["Antony Blinken", "Blinken"]),
    "John Kirby": ("PER", "USAGOV", ["John Kirby", "Kirby"]),
    "Benjamin Netanyahu": ("PER", "ISRGOV", ["Benjamin Netanyahu", "Netanyahu"]),
    "Anwar Ibrahim": ("PER", "MYSGOV", ["Anwar Ibrahim", "Anwar"]),
    "Xi Jinping": ("PER", "CHNGOV", ["Xi Jinping", "Xi"]),
    "Kim Jong Un": ("PER", "PRKGOV", ["Kim Jong Un"]),
    "Sergei Lavrov": ("PER", "RUSGOV", ["Sergei Lavrov", "Lavrov"]),
    "pasukan Rusia": ("NORP", "RUSMIL", ["pasukan Rusia", "Pasukan Rusia", "Russian forces", "Russian troops"]),
    "militer Israel": ("NORP", "ISRMIL", ["militer Israel", "Militer Israel", "tentara Israel", "Tentara Israel", "Israeli troops", "Israeli forces", "Israeli military"]),
    "Russian": ("NORP", "RUS", ["Russian"]),
    "Israeli": ("NORP", "ISR", ["Israeli"]),
    "North Korean": ("NORP", "PRK", ["North Korean"]),
    "Ukrainian": ("NORP", "UKR", ["Ukrainian"]),
    "Reuters": ("ORG", None, ["Reuters"]),
    "Financial Times": ("ORG", None, ["Financial Times"]),
    "Kompas": ("ORG", None, ["Kompas"]),
    "Yerusalem": ("GPE", "ISR", ["Yerusalem", "Jerusalem"]),
    # left uncoded by the actors stage (as in real articles): political or not by their pattern only
    "Bremen City Council": ("ORG", None, ["Bremen City Council"]),
    "Municipality of Sarno": ("ORG", None, ["Municipality of Sarno"]),
    "Komisi III DPR": ("ORG", None, ["Komisi III DPR"]),
    "Polres Bogor": ("ORG", None, ["Polres Bogor"]),
    "RS Polri": ("ORG", None, ["RS Polri"]),
    "Bremen Hospital": ("ORG", None, ["Bremen Hospital"]),
    "Acme Industries": ("ORG", None, ["Acme Industries"]),
    "PT Sinar Jaya": ("ORG", None, ["PT Sinar Jaya"]),
    "Freedom Forum": ("ORG", None, ["Freedom Forum"]),
    "Hans Weber": ("PER", None, ["Hans Weber"]),
    "Klaus Bauer": ("PER", None, ["Klaus Bauer"]),
    "Andi Wijaya": ("PER", None, ["Andi Wijaya"]),
    "Dedi Kurniawan": ("PER", None, ["Dedi Kurniawan"]),
    "Bangladesh": ("GPE", "BGD", ["Bangladesh"]),
    "Rohingya": ("NORP", "REF", ["Rohingya"]),  # coded by role only, as the actors stage sometimes leaves it
    "Uighur": ("NORP", "CHNREF", ["Uighur"]),
    "Labour Party": ("ORG", "OPP", ["Labour Party", "Partai Buruh"]),  # role without a country
}


def record(text, lang, *, quotes=(), dates=(), quantities=(), corefs=(), published="2024-01-05"):
    """A record with the gazetteer's entities placed in ``text``; corefs = (phrase, entity name) mentions."""
    return handmade_record(text, GAZ, quotes=quotes, published=published, lang=lang, quote_kind="direct",
                           corefs=corefs, dates=dates, quantities=quantities)


_STAGE = EventStage()


def events_of(text, lang, **kw):
    return _STAGE(record(text, lang, **kw)).events


def _code(refs):
    return (refs[0].code or "")[:3] or None if refs else None


def summary(ev):
    return (ev.event, _code(ev.actor), _code(ev.recipient), ev.modality)


def has(events, expected):
    return any(summary(e) == expected for e in events)


# (lang, sentence, expected events) — each expected event must be found; "only" cases also forbid others.
CASES = [
    # --- AGREE
    ("id", "Indonesia dan Malaysia sepakat untuk memperkuat patroli perbatasan.", [("AGREE", "IDN", "MYS", "asserted")]),
    ("id", "Rusia berjanji kepada China untuk menambah pasokan gas.", [("AGREE", "RUS", "CHN", "asserted")]),
    ("id", "Jepang menawarkan bantuan kepada Filipina.", [("AGREE", "JPN", "PHL", "asserted")]),
    ("id", "Prabowo akan bertemu dengan Anwar Ibrahim pekan depan.", [("CONSULT", "IDN", "MYS", "future")]),
    ("en", "Japan agreed to help the Philippines patrol the sea.", [("AGREE", "JPN", "PHL", "asserted")]),
    ("en", "Biden will meet Xi Jinping in San Francisco.", [("CONSULT", "USA", "CHN", "future")]),
    ("en", "France offered Ukraine a new training mission.", [("AGREE", "FRA", "UKR", "asserted")]),
    ("en", "Germany promised Ukraine more air defence systems.", [("AGREE", "DEU", "UKR", "asserted")]),
    # --- CONSULT
    ("id", "Retno Marsudi bertemu dengan Sergei Lavrov di Jakarta.", [("CONSULT", "IDN", "RUS", "asserted")]),
    ("id", "Jokowi menemui Xi Jinping di Beijing.", [("CONSULT", "IDN", "CHN", "asserted")]),
    ("id", "Presiden Joko Widodo berkunjung ke Australia.", [("CONSULT", "IDN", "AUS", "asserted")]),
    ("id", "Anwar Ibrahim mengunjungi Indonesia.", [("CONSULT", "MYS", "IDN", "asserted")]),
    ("id", "Indonesia dan Jepang berunding soal perdagangan.", [("CONSULT", "IDN", "JPN", "asserted")]),
    ("id", "Putin menelepon Xi Jinping.", [("CONSULT", "RUS", "CHN", "asserted")]),
    ("en", "Blinken met with Netanyahu in Jerusalem.", [("CONSULT", "USA", "ISR", "asserted")]),
    ("en", "Zelensky visited Washington on Thursday.", [("CONSULT", "UKR", "USA", "asserted")]),
    ("en", "Russia and China held talks on energy.", [("CONSULT", "RUS", None, "asserted")]),
    ("en", "Anwar Ibrahim spoke by phone with Joko Widodo.", [("CONSULT", "MYS", "IDN", "asserted")]),
    # --- SUPPORT
    ("id", "Korea Utara mendukung Rusia.", [("SUPPORT", "PRK", "RUS", "asserted")]),
    ("id", "Indonesia memuji PBB atas kerja kerasnya.", [("SUPPORT", "IDN", "IGO", "asserted")]),
    ("id", "Malaysia dan Indonesia menandatangani perjanjian perbatasan.", [("AGREE", "MYS", "IDN", "asserted")]),  # signing = AGREE, mutual (id pack, session 11)
    ("id", "Rusia didukung oleh China.", [("SUPPORT", "CHN", "RUS", "asserted")]),
    ("en", "Germany praised Indonesia for its mediation.", [("SUPPORT", "DEU", "IDN", "asserted")]),
    ("en", "The United States backed Ukraine at the summit.", [("SUPPORT", "USA", "UKR", "asserted")]),
    # a defence pact is military cooperation (PLOVER manual, SUPPORT: "Military cooperation or defense should be coded
    # as COOPERATE with a military context"; session 12)
    ("en", "Japan and Australia signed a defence agreement.", [("COOPERATE", "JPN", "AUS", "asserted")]),
    # --- CONCEDE
    ("id", "Myanmar meminta maaf kepada Indonesia.", [("CONCEDE", "MMR", "IDN", "asserted")]),
    ("id", "Pakistan mencabut larangan terhadap India.", [("CONCEDE", "PAK", "IND", "asserted")]),
    ("id", "Israel akan menarik pasukan dari Gaza.", [("RETREAT", "ISR", "PSE", "future")]),
    ("en", "Myanmar apologised to Malaysia.", [("CONCEDE", "MMR", "MYS", "asserted")]),
    ("en", "Turkey lifted the ban on Syria.", [("CONCEDE", "TUR", "SYR", "asserted")]),
    ("en", "Russia announced it would withdraw troops from Kharkiv.", [("RETREAT", "RUS", "UKR", "future")]),
    # --- COOPERATE
    ("id", "Indonesia bekerja sama dengan Australia memberantas penyelundupan.", [("COOPERATE", "IDN", "AUS", "asserted")]),
    ("id", "Malaysia mengekstradisi tersangka ke Indonesia.", [("COOPERATE", "MYS", "IDN", "asserted")]),
    ("id", "TNI menggelar latihan bersama dengan Australia.", [("COOPERATE", "IDN", "AUS", "asserted")]),
    ("en", "Japan cooperated with the Philippines on maritime security.", [("COOPERATE", "JPN", "PHL", "asserted")]),
    ("en", "India shared intelligence with the United States.", [("COOPERATE", "IND", "USA", "asserted")]),
    # --- AID
    ("id", "Korea Utara mengirimkan amunisi ke Rusia.", [("AID", "PRK", "RUS", "asserted")]),
    ("id", "Jepang memberikan bantuan kemanusiaan kepada Myanmar.", [("AID", "JPN", "MMR", "asserted")]),
    ("id", "Amerika Serikat memasok senjata kepada Ukraina.", [("AID", "USA", "UKR", "asserted")]),
    ("id", "Rusia menerima drone dari Iran.", [("AID", "IRN", "RUS", "asserted")]),
    ("id", "Ukraina dibantu oleh Jerman.", [("AID", "DEU", "UKR", "asserted")]),
    ("en", "Germany sent tanks to Ukraine.", [("AID", "DEU", "UKR", "asserted")]),
    ("en", "Japan provided humanitarian aid to Myanmar.", [("AID", "JPN", "MMR", "asserted")]),
    ("en", "Russia received North Korean missiles.", [("AID", "PRK", "RUS", "asserted")]),
    ("en", "Russia obtained drones from Iran.", [("AID", "IRN", "RUS", "asserted")]),
    # --- RETREAT
    ("id", "Rusia menarik pasukan dari Kharkiv.", [("RETREAT", "RUS", "UKR", "asserted")]),
    ("id", "Hamas membebaskan sandera Israel.", [("RETREAT", "PSE", "ISR", "asserted")]),
    ("id", "Tiga sandera dibebaskan oleh Hamas.", [("RETREAT", "PSE", None, "asserted")]),
    ("id", "Israel dan Hamas mematuhi gencatan senjata.", [("RETREAT", "ISR", None, "asserted")]),
    ("en", "Russian forces withdrew from Kharkiv.", [("RETREAT", "RUS", "UKR", "asserted")]),
    ("en", "Hamas released Israeli hostages.", [("RETREAT", "PSE", "ISR", "asserted")]),
    ("en", "Iran freed two French prisoners held by Tehran.", [("RETREAT", "IRN", None, "asserted")]),
    # --- REQUEST
    ("id", "Indonesia mendesak Israel menghentikan serangan ke Gaza.", [("REQUEST", "IDN", "ISR", "asserted")]),
    ("id", "PBB meminta Myanmar membebaskan tahanan politik.", [("REQUEST", "IGO", "MMR", "asserted")]),
    ("id", "Zelensky menyerukan kepada NATO untuk mengirim lebih banyak senjata.", [("REQUEST", "UKR", "IGO", "asserted")]),
    ("en", "The United Nations urged Myanmar to release political prisoners.", [("REQUEST", "IGO", "MMR", "asserted")]),
    ("en", "Ukraine asked Germany for more tanks.", [("REQUEST", "UKR", "DEU", "asserted")]),
    ("en", "China called on the United States to lift tariffs.", [("REQUEST", "CHN", "USA", "asserted")]),
    # --- ACCUSE
    ("id", "Indonesia mengecam Israel.", [("ACCUSE", "IDN", "ISR", "asserted")]),
    ("id", "Rusia menuduh Ukraina menyerang jembatan Krimea.", [("ACCUSE", "RUS", "UKR", "asserted")]),
    ("id", "KPK menyelidiki Polri atas dugaan suap.", [("ACCUSE", "IDN", "IDN", "asserted")]),
    ("id", "Israel dikecam oleh Turki.", [("ACCUSE", "TUR", "ISR", "asserted")]),
    ("en", "China condemned Japan over the visit.", [("ACCUSE", "CHN", "JPN", "asserted")]),
    ("en", "Russia accused Ukraine of attacking the bridge.", [("ACCUSE", "RUS", "UKR", "asserted")]),
    ("en", "Israel was criticised by Turkey.", [("ACCUSE", "TUR", "ISR", "asserted")]),
    # --- REJECT
    ("id", "Israel menolak usulan gencatan senjata dari Mesir dan Qatar.", [("REJECT", "ISR", None, "asserted")]),
    ("id", "Rusia menolak permintaan Ukraina.", [("REJECT", "RUS", "UKR", "asserted")]),
    ("id", "Amerika Serikat memveto resolusi PBB.", [("REJECT", "USA", "IGO", "asserted")]),
    ("en", "Russia rejected the proposal from Ukraine.", [("REJECT", "RUS", "UKR", "asserted")]),
    ("en", "The United States vetoed the UN resolution.", [("REJECT", "USA", "IGO", "asserted")]),
    ("en", "Iran refused to meet the EU negotiators.", [("REJECT", "IRN", "IGO", "asserted")]),
    # --- THREATEN
    ("id", "Iran mengancam Israel.", [("THREATEN", "IRN", "ISR", "asserted")]),
    ("id", "Korea Utara mengancam akan menyerang Korea Selatan.", [("THREATEN", "PRK", "KOR", "asserted")]),
    ("id", "Rusia memperingatkan NATO.", [("THREATEN", "RUS", "IGO", "asserted")]),
    ("en", "North Korea threatened to attack South Korea.", [("THREATEN", "PRK", "KOR", "asserted")]),
    ("en", "China warned the Philippines over the shoal.", [("THREATEN", "CHN", "PHL", "asserted")]),
    # --- PROTEST
    ("id", "Ribuan mahasiswa berunjuk rasa di depan gedung DPR.", [("PROTEST", None, None, "asserted")]),
    ("id", "Buruh menggelar demonstrasi menolak kenaikan harga.", [("PROTEST", None, None, "asserted")]),
    ("id", "Warga Papua memboikot pemilu.", [("PROTEST", "IDN", "IDN", "asserted")]),  # no target named: own government
    ("en", "Thousands of protesters marched in London against the war.", [("PROTEST", "GBR", "GBR", "asserted")]),
    ("en", "Students staged a protest against Israel.", [("PROTEST", None, "ISR", "asserted")]),
    ("en", "Workers went on strike in Germany.", [("PROTEST", "DEU", "DEU", "asserted")]),
    # --- SANCTION
    ("id", "Uni Eropa menjatuhkan sanksi kepada Rusia.", [("SANCTION", "IGO", "RUS", "asserted")]),
    ("id", "Amerika Serikat mengembargo Venezuela.", [("SANCTION", "USA", "VEN", "asserted")]),
    ("id", "Indonesia mengusir diplomat Australia.", [("SANCTION", "IDN", "AUS", "asserted")]),
    ("id", "Rusia dijatuhi sanksi oleh Jepang.", [("SANCTION", "JPN", "RUS", "asserted")]),
    ("en", "The European Union imposed sanctions on Iran.", [("SANCTION", "IGO", "IRN", "asserted")]),
    ("en", "Britain expelled Russian diplomats.", [("SANCTION", "GBR", "RUS", "asserted")]),
    ("en", "Japan sanctioned North Korea.", [("SANCTION", "JPN", "PRK", "asserted")]),
    # --- MOBILIZE
    ("id", "Rusia mengerahkan pasukan ke perbatasan Ukraina.", [("MOBILIZE", "RUS", "UKR", "asserted")]),
    ("id", "China menggelar latihan militer di dekat Taiwan.", [("MOBILIZE", "CHN", None, "asserted")]),
    ("id", "Korea Utara meluncurkan rudal balistik.", [("MOBILIZE", "PRK", None, "asserted")]),
    ("en", "Russia deployed troops to the border with Ukraine.", [("MOBILIZE", "RUS", "UKR", "asserted")]),
    ("en", "North Korea test-fired a ballistic missile.", [("MOBILIZE", "PRK", None, "asserted")]),
    # --- COERCE
    ("id", "Polri menangkap tiga aktivis di Papua.", [("COERCE", "IDN", "IDN", "asserted")]),  # home country
    ("id", "China menyita kapal nelayan Filipina.", [("COERCE", "CHN", "PHL", "asserted")]),
    ("id", "Myanmar memblokir akses internet.", [("COERCE", "MMR", None, "asserted")]),
    ("id", "Tiga warga Malaysia ditangkap oleh Polri.", [("COERCE", "IDN", "MYS", "asserted")]),
    ("en", "Russia arrested a Ukrainian journalist.", [("COERCE", "RUS", "UKR", "asserted")]),
    ("en", "Israel occupied Gaza.", [("COERCE", "ISR", "PSE", "asserted")]),
    ("en", "Turkey deported Syrian refugees to Syria.", [("COERCE", "TUR", "SYR", "asserted")]),
    # --- ASSAULT
    ("id", "Rusia menyerang Ukraina.", [("ASSAULT", "RUS", "UKR", "asserted")]),
    ("id", "Ukraina diserang oleh Rusia.", [("ASSAULT", "RUS", "UKR", "asserted")]),
    ("id", "Israel melancarkan serangan udara ke Gaza.", [("ASSAULT", "ISR", "PSE", "asserted")]),
    ("id", "Houthi menembakkan rudal ke Israel.", [("ASSAULT", "YEM", "ISR", "asserted")]),
    ("id", "KKB menembak mati dua anggota TNI di Papua.", [("ASSAULT", "IDN", "IDN", "asserted")]),
    ("id", "Pasukan Rusia dan Korea Utara menyerang Kharkiv.", [("ASSAULT", "RUS", "UKR", "asserted")]),
    # a mutual act (reciprocal or compound-actor category): each side is also the other's recipient
    ("id", "Tentara Israel bentrok dengan Hizbullah di perbatasan.", [("ASSAULT", "ISR", "LBN", "asserted")]),
    ("en", "Russia attacked Ukraine.", [("ASSAULT", "RUS", "UKR", "asserted")]),
    ("en", "Ukraine was attacked by Russia.", [("ASSAULT", "RUS", "UKR", "asserted")]),
    ("en", "Israeli troops launched an airstrike on Gaza.", [("ASSAULT", "ISR", "PSE", "asserted")]),
    ("en", "Russian forces fired missiles at Kharkiv.", [("ASSAULT", "RUS", "UKR", "asserted")]),
    ("en", "Houthis attacked ships in the Red Sea.", [("ASSAULT", "YEM", None, "asserted")]),
    ("en", "Russia and Iran attacked Ukraine.", [("ASSAULT", "RUS", "UKR", "asserted")]),
    ("en", "Hamas kidnapped Israeli civilians.", [("ASSAULT", "PSE", "ISR", "asserted")]),
    # --- negation, future, hypothetical
    ("id", "Rusia tidak menyerang Ukraina.", [("ASSAULT", "RUS", "UKR", "negated")]),
    ("id", "Israel belum menarik pasukan dari Gaza.", [("RETREAT", "ISR", "PSE", "negated")]),
    ("id", "Rusia membantah menyerang Ukraina.", [("ASSAULT", "RUS", "UKR", "negated")]),
    ("id", "Rusia akan menyerang Ukraina.", [("ASSAULT", "RUS", "UKR", "future")]),
    ("id", "Amerika Serikat berencana menjatuhkan sanksi kepada Iran.", [("SANCTION", "USA", "IRN", "future")]),
    ("id", "Jika Rusia menyerang Ukraina, NATO akan membalas.", [("ASSAULT", "RUS", "UKR", "hypothetical")]),
    ("id", "Korea Utara bisa mengirim senjata ke Rusia.", [("AID", "PRK", "RUS", "hypothetical")]),
    ("id", "Korea Utara dapat memasok rudal kepada Rusia.", [("AID", "PRK", "RUS", "hypothetical")]),
    ("en", "Russia did not attack Ukraine.", [("ASSAULT", "RUS", "UKR", "negated")]),
    ("en", "Russia didn't attack Ukraine.", [("ASSAULT", "RUS", "UKR", "negated")]),
    ("en", "Moscow denied attacking Ukraine.", [("ASSAULT", "RUS", "UKR", "negated")]),
    ("en", "Israel never sanctioned Turkey.", [("SANCTION", "ISR", "TUR", "negated")]),
    ("en", "Russia will attack Ukraine.", [("ASSAULT", "RUS", "UKR", "future")]),
    ("en", "The United States plans to sanction Iran.", [("SANCTION", "USA", "IRN", "future")]),
    ("en", "If Russia attacks Ukraine, NATO will respond.", [("ASSAULT", "RUS", "UKR", "hypothetical")]),
    ("en", "North Korea could send weapons to Russia.", [("AID", "PRK", "RUS", "hypothetical")]),
    ("en", "Iran may attack Israel.", [("ASSAULT", "IRN", "ISR", "hypothetical")]),
]


@pytest.mark.parametrize("lang,text,expected", CASES, ids=[c[1][:40] for c in CASES])
def test_sentence(lang, text, expected):
    events = events_of(text, lang)
    for exp in expected:
        assert has(events, exp), f"{exp} not in {[summary(e) for e in events]}"


def test_cases_cover_all_categories_in_both_languages():
    from kabar.record import PLOVER_EVENTS

    for lang in ("id", "en"):
        cats = {exp[0] for lng, _, evs in CASES if lng == lang for exp in evs}
        assert cats >= set(PLOVER_EVENTS), set(PLOVER_EVENTS) - cats
    assert len(CASES) + len(NOT_EVENTS) >= 120


# Sentences that look like events but are not (no event of the given category, or none at all).
NOT_EVENTS = [
    ("id", "Pemain Persija menyerang pertahanan lawan sejak menit pertama pertandingan.", None),
    ("id", "Ia meninggal karena serangan jantung di Jakarta.", None),
    ("id", "Perang dagang antara Amerika Serikat dan China memukul ekspor Indonesia.", "ASSAULT"),
    ("id", "Virus itu menyerang paru-paru pasien di Jakarta.", None),
    ("id", "Juru bicara Rusia menolak berkomentar.", "REJECT"),
    ("id", "Pemerintah Indonesia mendukung pertumbuhan ekonomi.", "SUPPORT"),
    ("id", "Indonesia menargetkan pertumbuhan ekonomi lima persen.", "ASSAULT"),
    ("id", "Jokowi menarik perhatian publik di Jakarta.", "RETREAT"),
    ("id", "Kirby mengatakan Rusia telah membeli gandum dari Ukraina.", "AID"),
    ("id", "Indonesia memberikan keterangan kepada Malaysia.", "AID"),
    ("en", "He died of a heart attack in London.", None),
    ("en", "The striker attacked the goal in the final minute of the match.", None),
    ("en", "A spokesman for Russia declined to comment.", "REJECT"),
    ("en", "The trade war between the United States and China hurt exports.", "ASSAULT"),
    ("en", "Japan released its first quarterly growth figures.", "RETREAT"),
    ("en", "Germany supports economic growth.", "SUPPORT"),
]


@pytest.mark.parametrize("lang,text,category", NOT_EVENTS, ids=[c[1][:40] for c in NOT_EVENTS])
def test_not_an_event(lang, text, category):
    events = events_of(text, lang)
    if category is None:
        assert events == [], [summary(e) for e in events]
    else:
        assert not any(e.event == category for e in events), [summary(e) for e in events]


# ------------------------------------------------------------------ claimant, quotes, "menurut"


def test_claimant_from_quote_and_we_is_the_speaker():
    text = "“Kami akan selalu mendukung Rusia,” kata Kim Jong Un."
    ev = events_of(text, "id", quotes=[("Kim Jong Un", "Kami akan selalu mendukung Rusia")])
    e = next(e for e in ev if e.event == "SUPPORT")
    assert _code(e.actor) == "PRK" and _code(e.recipient) == "RUS"
    assert e.modality == "asserted"  # "akan selalu" is a standing commitment, not a future event
    assert e.claimant.name == "Kim Jong Un" and e.quote == "Q1"


def test_claimant_from_indirect_speech_en():
    text = "Kirby said Russian forces fired missiles at Kharkiv on Tuesday."
    ev = events_of(text, "en", quotes=[("John Kirby", "Russian forces fired missiles at Kharkiv on Tuesday")],
                   dates=[("Tuesday", "2024-01-02")])
    e = next(e for e in ev if e.event == "ASSAULT")
    assert e.claimant.name == "John Kirby"
    assert e.date == "2024-01-02"
    assert e.mode == ["heavy-weapons"] and e.instrument == "missiles"


def test_claimant_menurut_and_according_to():
    ev = events_of("Menurut Reuters, Rusia menyerang Kharkiv.", "id")
    assert ev[0].claimant.name == "Reuters" and ev[0].quote is None
    ev = events_of("Israel bombed Gaza, according to Reuters.", "en")
    assert ev[0].claimant.name == "Reuters"


def test_article_voice_has_no_claimant():
    ev = events_of("Rusia menyerang Ukraina pada Senin.", "id")
    assert ev[0].claimant is None and ev[0].claimant_chain == []


def test_nested_quotes_keep_the_chain():
    text = "Zelensky mengatakan bahwa menurut intelijen Inggris, Rusia akan menyerang Kyiv."
    outer = "bahwa menurut intelijen Inggris, Rusia akan menyerang Kyiv"
    inner = "Rusia akan menyerang Kyiv"
    ev = events_of(text, "id", quotes=[("Volodymyr Zelensky", outer), ("Inggris", inner, "Q1")])
    e = next(e for e in ev if e.event == "ASSAULT")
    assert e.claimant.name == "Inggris" and e.quote == "Q2"
    assert [c.name for c in e.claimant_chain] == ["Volodymyr Zelensky", "Inggris"]
    assert e.modality == "future"


def test_event_outside_the_quote_keeps_article_voice():
    text = "“Kami mendukung Rusia,” kata Kim Jong Un ketika bertemu dengan Putin pada bulan September."
    ev = events_of(text, "id", quotes=[("Kim Jong Un", "Kami mendukung Rusia")], dates=[("pada bulan September", "2023-09")])
    consult = next(e for e in ev if e.event == "CONSULT")
    assert consult.claimant is None and _code(consult.actor) == "PRK" and _code(consult.recipient) == "RUS"
    assert consult.date == "2023-09"
    support = next(e for e in ev if e.event == "SUPPORT")
    assert support.claimant.name == "Kim Jong Un" and support.date == "2023-09"  # said at that meeting


# ------------------------------------------------------------------ dates, instruments, quantities


def test_two_dates_in_the_clause_give_two_events():
    text = "Pasukan Rusia menembakkan misil ke Ukraina pada tanggal 30 Desember dan 2 Januari."
    ev = events_of(text, "id", dates=[("30 Desember", "2023-12-30"), ("2 Januari", "2024-01-02")])
    assault = [e for e in ev if e.event == "ASSAULT"]
    assert sorted(e.date for e in assault) == ["2023-12-30", "2024-01-02"]
    assert all(e.mode == ["heavy-weapons"] and e.cameo == "19" for e in assault)


def test_date_of_another_clause_is_not_taken():
    text = "Rusia menyerang Kharkiv, sementara Israel mengebom Gaza pada Senin."
    ev = events_of(text, "id", dates=[("pada Senin", "2024-01-01")])
    rus = next(e for e in ev if _code(e.actor) == "RUS")
    isr = next(e for e in ev if _code(e.actor) == "ISR")
    assert isr.date == "2024-01-01" and rus.date is None


def test_dateline_date_is_the_fallback():
    r = record("Rusia menyerang Ukraina.", "id")
    r.meta["dateline_date"] = {"value": "2024-01-04", "text": "Kamis"}
    ev = _STAGE(r).events
    assert ev[0].date == "2024-01-04"


def test_old_date_is_historical():
    ev = events_of("Israel menyerang Lebanon pada tahun 2006.", "id", dates=[("pada tahun 2006", "2006")])
    assert ev[0].modality == "historical" and ev[0].date == "2006"


def test_dead_and_injured_from_quantities():
    text = "Serangan Rusia di Kharkiv menewaskan 12 orang dan melukai 30 lainnya."
    ev = events_of(text, "id", quantities=[("12 orang", 12), ("30", 30)])
    e = next(e for e in ev if e.event == "ASSAULT")
    assert _code(e.actor) == "RUS" and e.dead == 12 and e.injured == 30

    text = "Israeli strikes on Gaza killed 20 people and wounded 45."
    ev = events_of(text, "en", quantities=[("20 people", 20), ("45", 45)])
    e = next(e for e in ev if e.event == "ASSAULT")
    assert (_code(e.actor), _code(e.recipient)) == ("ISR", "PSE") and e.dead == 20 and e.injured == 45


def test_protest_size():
    text = "Sekitar 5.000 buruh berunjuk rasa di Jakarta."
    ev = events_of(text, "id", quantities=[("5.000 buruh", 5000)])
    e = next(e for e in ev if e.event == "PROTEST")
    assert e.size == 5000 and e.mode == ["demo"]


def test_instrument_and_aid_context_and_quantity():
    text = "Korea Utara memberikan Rusia beberapa lusin misil balistik."
    r = record(text, "id")
    s = text.index("beberapa lusin")
    r.quantities.append(Quantity(text="beberapa lusin", start=s, end=s + 14, min=24))
    e = _STAGE(r).events[0]
    assert (e.event, _code(e.actor), _code(e.recipient)) == ("AID", "PRK", "RUS")
    assert "military" in e.context and e.instrument.startswith("misil balistik")
    assert e.quantity.min == 24 and e.quad_code == "MATERIAL_COOPERATION" and e.goldstein == 10.0


def test_weapon_maker_is_not_the_target():
    ev = events_of("Rusia menembakkan misil Korea Utara ke Kharkiv.", "id")
    e = ev[0]
    assert (_code(e.actor), _code(e.recipient)) == ("RUS", "UKR")
    assert e.instrument == "misil Korea Utara"


# ------------------------------------------------------------------ discourse: subjects, coref, recipients


def test_shared_subject_across_dan():
    ev = events_of("Rusia mendapatkan misil dari Korea Utara dan menggunakannya di Ukraina.", "id")
    got = {summary(e) for e in ev}
    assert ("AID", "PRK", "RUS", "asserted") in got and ("ASSAULT", "RUS", "UKR", "asserted") in got


def test_coref_description_mention_is_the_actor():
    text = "Kerajaan terisolasi itu mengirimkan amunisi ke Rusia."
    ev = events_of(text, "id", corefs=[("Kerajaan terisolasi itu", "Korea Utara")])
    assert summary(ev[0]) == ("AID", "PRK", "RUS", "asserted")


def test_purpose_clause_gives_the_recipient_once():
    text = "Rusia akan menggunakan misil untuk menargetkan infrastruktur sipil Ukraina dan membunuh warga sipil Ukraina."
    ev = events_of(text, "id")
    assert [summary(e) for e in ev] == [("ASSAULT", "RUS", "UKR", "future")]


def test_purpose_clause_of_another_category_is_dropped():
    ev = events_of("Korea Utara mengirimkan amunisi ke Rusia untuk mendukung invasi.", "id")
    assert [e.event for e in ev] == ["AID"]


def test_recipient_carried_from_earlier_assault():
    text = "Rusia menyerang Ukraina pada Senin. Rusia kembali menembakkan rudal pada Selasa."
    ev = events_of(text, "id", dates=[("pada Senin", "2024-01-01"), ("pada Selasa", "2024-01-02")])
    second = next(e for e in ev if e.date == "2024-01-02")
    assert _code(second.recipient) == "UKR" and second.confidence < 0.9


def test_request_content_is_not_a_second_event():
    ev = events_of("Indonesia mendesak Israel untuk menghentikan serangan dan menarik pasukan dari Gaza.", "id")
    assert [e.event for e in ev] == ["REQUEST"]
    ev = events_of("Russia accused Ukraine of attacking the bridge.", "en")
    assert [e.event for e in ev] == ["ACCUSE"]


def test_coordinated_actors_give_one_event_each():
    # GOLD: coordinated parties give one event each; a mutual act (talks, clashes) stays one event
    ev = events_of("Rusia dan Korea Utara menyerang Ukraina.", "id")
    assert [[a.code for a in e.actor] for e in ev] == [["RUS"], ["PRK"]] and all(_code(e.recipient) == "UKR" for e in ev)
    ev = events_of("The United States and Britain struck the Houthis.", "en")
    assert [[a.code for a in e.actor] for e in ev][:2] == [["USA"], ["GBR"]] and _code(ev[0].recipient) == "YEM"
    ev = events_of("Indonesia dan Pakistan menjalin kerja sama di bidang pendidikan.", "id")
    assert len(ev) == 1 and {a.code[:3] for a in ev[0].actor} == {"IDN", "PAK"}


def test_codes_quad_cameo_goldstein():
    ev = events_of("Polri menangkap tiga aktivis.", "id")
    e = ev[0]
    assert (e.event, e.mode, e.cameo, e.goldstein, e.quad_code) == ("COERCE", ["arrest"], "17", -7.0, "MATERIAL_CONFLICT")
    ev = events_of("Jokowi menelepon Anwar Ibrahim.", "id")
    assert ev[0].cameo == "04" and ev[0].quad_code == "VERBAL_COOPERATION"


def test_events_without_any_argument_are_dropped():
    assert events_of("Serangan terjadi pada malam hari.", "id") == []
    assert events_of("An attack happened at night.", "en") == []


def test_evidence_and_event_text_point_into_the_text():
    text = "Menurut Reuters, Israel melancarkan serangan udara ke Gaza."
    r = _STAGE(record(text, "id"))
    e = r.events[0]
    assert e.event_text == "melancarkan serangan udara"
    assert r.text[e.evidence.start:e.evidence.end].startswith("Israel melancarkan")
    assert e.mode == ["aerial"]


def test_unnamed_police_and_suspects_get_the_home_country():
    text = "Polri menangkap dua pelaku di Jakarta. Polisi kemudian menggeledah rumah pelaku."
    ev = events_of(text, "id")
    codes = {(e.event, e.actor[0].code if e.actor else None, e.recipient[0].code if e.recipient else None) for e in ev}
    assert ("COERCE", "IDNCOP", "IDNCRM") in codes  # "Polisi ... pelaku": home IDN + role


def test_home_country_is_not_given_against_itself():
    text = "Israel menyerang Gaza. Israel menutup perbatasan. Mahasiswa berunjuk rasa menentang Israel."
    ev = events_of(text, "id")
    protest = next(e for e in ev if e.event == "PROTEST")
    assert protest.actor[0].code is None and _code(protest.recipient) == "ISR"


def test_news_day_is_the_fallback_date():
    text = "Polri menangkap tiga aktivis di Papua. Penangkapan terjadi pada Kamis (4/1)."
    ev = events_of(text, "id", dates=[("Kamis (4/1)", "2024-01-05")])
    assert ev[0].event == "COERCE" and ev[0].date == "2024-01-05"
    ev = events_of("Polri akan menangkap tiga aktivis di Papua. Itu terjadi Kamis (4/1).", "id", dates=[("Kamis (4/1)", "2024-01-05")])
    assert ev[0].date is None  # a future event does not take the news day


def test_predicate_after_an_apposition_has_the_sentence_subject():
    ev = events_of("Zelensky, 45, a former actor, was arrested by Russian forces.", "en")
    assert summary(ev[0]) == ("COERCE", "RUS", "UKR", "asserted")


def test_verbal_attack_on_a_policy_is_accuse():
    ev = events_of("Blinken attacked Russia's plans for the region.", "en")
    assert [summary(e) for e in ev] == [("ACCUSE", "USA", "RUS", "asserted")]
    ev = events_of("Prabowo menyerang kebijakan Jokowi soal pangan.", "id")
    assert all(e.event != "ASSAULT" for e in ev)


def test_capitalised_word_inside_a_sentence_is_a_name_not_a_predicate():
    assert events_of("Analysts said Shell paid Russia for the gas field.", "en") == []


# ---------------------------------------------------------------- pattern classes added in the generalisation pass

NOMINAL_CASES = [
    # a noun event with its own two parties, no light verb
    ("id", "Serangan Rusia ke Ukraina menewaskan lima orang.", ("ASSAULT", "RUS", "UKR", "asserted")),
    ("id", "Serangan Israel terhadap Gaza terus berlanjut.", ("ASSAULT", "ISR", "PSE", "asserted")),
    ("en", "Russian strikes on Kyiv continued overnight.", ("ASSAULT", "RUS", "UKR", "asserted")),
    ("en", "Israeli raids on Gaza continued overnight.", ("COERCE", "ISR", "PSE", "asserted")),
    # the source of a noun is its actor ("kecaman dari X", "criticism from X")
    ("id", "Kecaman dari Indonesia terhadap Israel terus mengalir.", ("ACCUSE", "IDN", "ISR", "asserted")),
    # both sides after "between/antara"
    ("en", "Talks between Russia and Ukraine ended without a deal.", ("CONSULT", "RUS", None, "asserted")),
    ("id", "Pertempuran antara Israel dan Hizbullah berlanjut.", ("ASSAULT", "ISR", "LBN", "asserted")),
    # receive-type light verbs: subject = recipient, "dari/from" = actor
    ("id", "Amerika Serikat menuai kecaman dari Indonesia.", ("ACCUSE", "IDN", "USA", "asserted")),
    ("en", "Israel drew criticism from Turkey.", ("ACCUSE", "TUR", "ISR", "asserted")),
    ("id", "Ukraina mendapat dukungan dari Jepang.", ("SUPPORT", "JPN", "UKR", "asserted")),
]


@pytest.mark.parametrize("lang,text,expected", NOMINAL_CASES, ids=[c[1][:40] for c in NOMINAL_CASES])
def test_nominal_event_with_its_own_arguments(lang, text, expected):
    events = events_of(text, lang)
    assert has(events, expected), [summary(e) for e in events]


NOMINAL_NOT_EVENTS = [
    # a bare noun with one party or none, or inside a prepositional phrase, is not a reported act
    ("id", "Eskalasi itu terlihat dalam dukungan Korea Utara terhadap Rusia.", "SUPPORT"),
    ("id", "Serangan itu menjadi perhatian dunia.", "ASSAULT"),
    ("en", "Analysts wrote about the attacks in their report.", "ASSAULT"),
    ("en", "The talks were described as useful.", "CONSULT"),
    ("id", "Dukungan Jepang terhadap Ukraina tetap kuat.", "SUPPORT"),
]


@pytest.mark.parametrize("lang,text,category", NOMINAL_NOT_EVENTS, ids=[c[1][:40] for c in NOMINAL_NOT_EVENTS])
def test_bare_noun_without_two_parties_is_not_an_event(lang, text, category):
    assert not [e for e in events_of(text, lang) if e.event == category]


ENGLISH_SENSES = [
    # determiner + form: a noun, not a verb
    ("en", "The biggest decline was seen in Wales.", "REJECT"),
    ("en", "She spent a week at a religious retreat in Ukraine.", "RETREAT"),
    # reduced relative: "the taxes requested ... are"
    ("en", "The taxes requested from Italy in 2006 are under review.", "REQUEST"),
    # no party coded in its own right: business, sport, private senses
    ("en", "The firm moved to block a takeover bid by its rival.", "REJECT"),
    ("en", "Chelsea beat Arsenal in the final.", "ASSAULT"),
    ("en", "Shares hit a record high after the results.", "ASSAULT"),
    ("en", "Net attacks on big firms are rising, the report said.", "ASSAULT"),
    ("en", "She has already received a nomination for the award.", "CONSULT"),
    ("en", "Migrants who arrive in the country illegally will be detained.", "CONSULT"),
    ("en", "Prices are rising in order to cover costs.", "REQUEST"),
    ("en", "Britain has suspended its plan for new casinos in London.", "SANCTION"),
    ("en", "Our work with France has been hugely successful, Biden said.", "COOPERATE"),
    ("en", "He won a court battle against the publisher.", "ASSAULT"),
    # a subject that kabar cannot find gives no event
    ("en", "Having recognised the rules, officials said nothing.", "SUPPORT"),
    ("id", "Pemerintah berupaya menahan kenaikan harga BBM.", "COERCE"),
    ("id", "Saat ditemui wartawan di Jakarta, Prabowo enggan berkomentar.", "CONSULT"),
    ("id", "Indonesia harus mengimpor minyak setiap hari.", "COOPERATE"),
    ("id", "Madrid terus menekan pertahanan Barcelona.", "REQUEST"),
    ("id", "Bank Indonesia berupaya menekan inflasi.", "REQUEST"),
]


@pytest.mark.parametrize("lang,text,category", ENGLISH_SENSES, ids=[c[1][:40] for c in ENGLISH_SENSES])
def test_look_alike_is_not_an_event(lang, text, category):
    assert not [e for e in events_of(text, lang) if e.event == category], [summary(e) for e in events_of(text, lang)]


ARGUMENT_CASES = [
    # role nouns as parties on both sides
    ("id", "Di Indonesia, sejumlah orang menyerang pos polisi. Polisi Indonesia memburu mereka.", ("ASSAULT", "IDN", "IDN", "asserted")),
    ("en", "In France, the municipalities asked the schools to pay taxes. Paris agreed.", ("REQUEST", "FRA", "FRA", "asserted")),
    ("id", "Demo buruh di Jakarta berlangsung ricuh. Polisi Indonesia berjaga.", ("PROTEST", "IDN", "IDN", "asserted")),
    # denying an allegation is REJECT
    ("en", "Russia denied the allegations.", ("REJECT", "RUS", None, "asserted")),
    ("id", "Rusia membantah tuduhan itu.", ("REJECT", "RUS", None, "asserted")),
    # thanks is SUPPORT; granting access is RETREAT
    ("id", "Joko Widodo berterima kasih kepada Myanmar.", ("SUPPORT", "IDN", "MMR", "asserted")),
    ("id", "Myanmar telah memberikan akses kepada Indonesia.", ("RETREAT", "MMR", "IDN", "asserted")),
    # aid taken to refugees in a country: the country is the recipient
    ("id", "Joko Widodo di Jakarta melepas bantuan kemanusiaan untuk pengungsi di Myanmar.", ("AID", "IDN", "MMR", "asserted")),
    # a cyber attack is COERCE, not ASSAULT
    ("en", "Russia attacked Ukrainian government websites.", ("COERCE", "RUS", "UKR", "asserted")),
    ("id", "Rusia menyerang situs pemerintah Ukraina.", ("COERCE", "RUS", "UKR", "asserted")),
    # pressuring a party is a request
    ("en", "Japan pressured North Korea to halt its nuclear programme.", ("REQUEST", "JPN", "PRK", "asserted")),
    ("id", "Jepang terus menekan Korea Utara agar menghentikan program nuklirnya.", ("REQUEST", "JPN", "PRK", "asserted")),
    # mobilised forces named as the passive subject are the actor
    ("id", "Pasukan Rusia dikerahkan ke perbatasan.", ("MOBILIZE", "RUS", None, "asserted")),
    ("en", "Russian troops were deployed to the border.", ("MOBILIZE", "RUS", None, "asserted")),
    # English -ing forms of verbal triggers carry the clause subject
    ("en", "Iran issued a statement, accusing Israel of the attack.", ("ACCUSE", "IRN", "ISR", "asserted")),
    # cooperation with a partner (and not without one)
    ("id", "Indonesia bekerja sama dengan Jepang.", ("COOPERATE", "IDN", "JPN", "asserted")),
    ("en", "Japan froze Russian assets and suspended aid to Russia.", ("SANCTION", "JPN", "RUS", "asserted")),
    # a noun whose agent follows a passive light verb: "The request was advanced by X"
    ("en", "The request was made by Russia on Monday.", ("REQUEST", "RUS", None, "asserted")),
    ("id", "Gugatan terhadap Israel diajukan oleh Indonesia.", ("ACCUSE", "IDN", "ISR", "asserted")),
    # the role noun right after the verb is its object when the later party belongs to the content
    ("id", "Prabowo di Jakarta meminta menteri untuk mengirimkan nota protes ke Israel.", ("REQUEST", "IDN", "IDN", "asserted")),
    # ... but the means is never the object: "deployed troops to the border with Ukraine"
]


@pytest.mark.parametrize("lang,text,expected", ARGUMENT_CASES, ids=[c[1][:40] for c in ARGUMENT_CASES])
def test_argument_pattern(lang, text, expected):
    events = events_of(text, lang)
    assert has(events, expected), [summary(e) for e in events]


def test_first_person_singular_in_a_quote_is_the_speaker():
    text = '"Saya minta Retno mengirimkan nota protes ke Amerika Serikat," kata Prabowo.'
    ev = events_of(text, "id", quotes=[("Prabowo Subianto", "Saya minta Retno mengirimkan nota protes ke Amerika Serikat")])
    assert has(ev, ("REQUEST", "IDN", "IDN", "asserted")), [summary(e) for e in ev]
    text = '"I urge Russia to stop," Biden said.'
    ev = events_of(text, "en", quotes=[("Joe Biden", "I urge Russia to stop")])
    assert has(ev, ("REQUEST", "USA", "RUS", "asserted")), [summary(e) for e in ev]


def test_role_noun_takes_the_country_of_its_clause_location():
    text = ("Israel dan Israel mengecam Israel. Polisi menangkap dua orang di Australia.")
    ev = events_of(text, "id")
    coerce = [e for e in ev if e.event == "COERCE"]
    assert coerce and coerce[0].actor[0].code == "AUSCOP", [summary(e) for e in ev]


def test_active_verb_without_a_found_subject_follows_the_pack():
    # issue 13 kept such events with a null actor and the reason; session 8 (events-id census: 5 of 5 wrong)
    # drops them in Indonesian by pack data (lang/id/events.toml [category."*"] needs_actor)
    got = [e for e in events_of("Di tengah situasi itu, menyerang Ukraina dianggap berbahaya.", "id") if e.event == "ASSAULT"]
    assert got == []


def test_uncoded_people_in_indonesian_news_are_indonesian_only_when_indonesia_is_in_the_story():
    GAZ["Budi Santoso"] = ("PER", None, ["Budi Santoso"])
    try:
        text = ("Amerika Serikat dan Amerika Serikat bersitegang soal kebijakan dagang selama berbulan-bulan. "
                "Budi Santoso dari Indonesia mengecam Israel.")
        ev = [e for e in events_of(text, "id") if e.event == "ACCUSE"]
        assert ev and ev[0].actor[0].code == "IDN", [summary(e) for e in ev]
        # named only in the dateline: the most-mentioned country stays the fallback
        text = ("Jakarta, Indonesia - Amerika Serikat dan Amerika Serikat bersitegang dengan Venezuela. "
                "Budi Santoso mengecam Israel di Amerika Serikat.")
        ev = [e for e in events_of(text, "id") if e.event == "ACCUSE"]
        assert ev and ev[0].actor[0].code == "USA", [summary(e) for e in ev]
    finally:
        del GAZ["Budi Santoso"]


# ------------------------------------------------------------------ round 3: recall rules

# Germany/Berlin (2 mentions) or Indonesia/Jakarta make the article's home country, as in a real story.
DE = "Germany is divided over the new tax, Berlin officials say. "
ID = "Anggaran Indonesia dibahas di Jakarta pekan ini. "


@pytest.mark.parametrize("lang,text,expected", [
    # an organisation the actors stage left uncoded is political by its name's head word
    ("en", DE + "The Bremen City Council sued Hans Weber over the tax.", ("ACCUSE", "DEU", "DEU", "asserted")),
    ("en", DE + "The Municipality of Sarno criticised Klaus Bauer.", ("ACCUSE", "DEU", "DEU", "asserted")),
    ("id", ID + "Komisi III DPR mengecam Dedi Kurniawan atas pernyataannya.", ("ACCUSE", "IDN", "IDN", "asserted")),
    ("id", ID + "Polres Bogor menangkap Dedi Kurniawan di rumahnya.", ("COERCE", "IDN", "IDN", "asserted")),
    # a person with an office title in apposition
    ("en", DE + "Hans Weber, a spokesman for the ministry, criticised Klaus Bauer.", ("ACCUSE", "DEU", "DEU", "asserted")),
    ("id", ID + "Kapolres Bogor Andi Wijaya menangkap Dedi Kurniawan.", ("COERCE", "IDN", "IDN", "asserted")),
])
def test_uncoded_political_party_by_pattern(lang, text, expected):
    ev = events_of(text, lang)
    assert has(ev, expected), [summary(e) for e in ev]


@pytest.mark.parametrize("lang,text", [
    # firms, hospitals and private people stay uncoded: no event
    ("en", DE + "Acme Industries sued Hans Weber over the tax."),
    ("en", DE + "The Bremen Hospital criticised Klaus Bauer."),
    ("en", DE + "Hans Weber, a film director, criticised Klaus Bauer."),
    ("en", DE + "Hans Weber criticised Klaus Bauer."),
    ("id", ID + "PT Sinar Jaya mengecam Dedi Kurniawan atas pernyataannya."),
    ("id", ID + "RS Polri menolak Dedi Kurniawan."),
    ("id", ID + "Andi Wijaya menangkap Dedi Kurniawan."),
])
def test_uncoded_private_party_is_still_not_an_event(lang, text):
    assert events_of(text, lang) == []


def test_political_pattern_needs_a_home_country():
    # with no country in the story, an uncoded council gives no code, so no event
    assert events_of("The Bremen City Council sued Hans Weber over the tax.", "en") == []


def test_organisation_speaking_in_a_quote_is_a_political_actor():
    text = DE + 'Freedom Forum said: "We condemn Klaus Bauer for his words."'
    quote = "We condemn Klaus Bauer for his words."
    ev = events_of(text, "en", quotes=[("Freedom Forum", quote)])
    assert has(ev, ("ACCUSE", "DEU", "DEU", "asserted")), [summary(e) for e in ev]
    assert events_of(DE + "Freedom Forum condemned Klaus Bauer for his words.", "en") == []  # not a speaker


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Germany launched a petition last week, asking Japan to cut the tariff.", ("REQUEST", "DEU", "JPN", "asserted")),
    ("id", "Indonesia meminta bantuan darurat, mendesak Jepang segera mengirimkan obat.", ("REQUEST", "IDN", "JPN", "asserted")),
])
def test_same_category_restatement_completes_the_first_event(lang, text, expected):
    ev = [e for e in events_of(text, lang) if e.event == "REQUEST"]
    assert [summary(e) for e in ev] == [expected]


@pytest.mark.parametrize("lang,text", [
    ("en", "Germany asked France to help; Japan then asked Australia to wait."),
    ("id", "Jerman meminta Prancis membantu, dan Jepang meminta Australia menunggu."),
])
def test_two_requests_by_different_actors_stay_two(lang, text):
    ev = [summary(e) for e in events_of(text, lang) if e.event == "REQUEST"]
    assert ("REQUEST", "DEU", "FRA", "asserted") in ev and ("REQUEST", "JPN", "AUS", "asserted") in ev


@pytest.mark.parametrize("lang,text,expected", [
    ("id", "Amerika Serikat mengakui Yerusalem sebagai ibu kota Israel.", ("SUPPORT", "USA", "ISR", "asserted")),
    ("en", "The United States recognised Jerusalem as the capital of Israel.", ("SUPPORT", "USA", "ISR", "asserted")),
])
def test_recognition_is_support(lang, text, expected):
    assert has(events_of(text, lang), expected)


@pytest.mark.parametrize("lang,text", [
    ("id", "Rusia mengakui kesalahan itu."),
    ("id", ID + "Dedi Kurniawan mengakui perbuatannya."),
    ("en", "Russia admitted the mistake."),
])
def test_admitting_is_not_recognition(lang, text):
    assert not any(e.event == "SUPPORT" for e in events_of(text, lang))


@pytest.mark.parametrize("lang,text,expected", [
    # future intentions keep their category (gold house style); AGREE only from agreement words
    ("id", "Jepang akan mengirimkan bantuan ke Filipina.", ("AID", "JPN", "PHL", "future")),
    ("en", "Japan will send aid to the Philippines.", ("AID", "JPN", "PHL", "future")),
    ("id", "Indonesia akan bekerja sama dengan Australia memberantas penyelundupan.", ("COOPERATE", "IDN", "AUS", "future")),
    ("en", "Germany will support Ukraine.", ("SUPPORT", "DEU", "UKR", "future")),
    ("id", "Indonesia dan Malaysia setuju untuk memperkuat patroli perbatasan.", ("AGREE", "IDN", "MYS", "asserted")),
    ("en", "Japan and Australia agreed to hold joint patrols.", ("AGREE", "JPN", "AUS", "asserted")),  # session 13: two parties agreeing are each other's recipient
])
def test_future_keeps_its_category(lang, text, expected):
    ev = events_of(text, lang)
    assert has(ev, expected), [summary(e) for e in ev]
    if expected[0] != "AGREE":
        assert not any(e.event == "AGREE" for e in ev)


@pytest.mark.parametrize("lang,text,expected", [
    # a sentence-initial subordinate clause has the main clause's subject
    ("id", "Setelah bertemu dengan Jokowi, Anwar Ibrahim mengatakan hubungan kedua negara baik.", ("CONSULT", "MYS", "IDN", "asserted")),
    ("id", "Selain mengecam Israel, Malaysia juga memanggil duta besarnya.", ("ACCUSE", "MYS", "ISR", "asserted")),
    ("en", "After meeting with Xi Jinping, Biden said the talks were useful.", ("CONSULT", "USA", "CHN", "asserted")),
    ("en", "While criticising Israel, Malaysia kept its embassy open.", ("ACCUSE", "MYS", "ISR", "asserted")),
])
def test_fronted_clause_takes_the_main_subject(lang, text, expected):
    ev = events_of(text, lang)
    assert has(ev, expected), [summary(e) for e in ev]


@pytest.mark.parametrize("lang,text", [
    # a passive fronted clause: the main subject is the one attacked, never the attacker
    ("id", "Setelah diserang, Ukraina meminta bantuan kepada NATO."),
    ("en", "After being attacked, Ukraine asked NATO for help."),
])
def test_fronted_passive_does_not_make_the_main_subject_the_actor(lang, text):
    assert not any(e.event == "ASSAULT" and _code(e.actor) == "UKR" for e in events_of(text, lang))


@pytest.mark.parametrize("lang,text,expected", [
    # a recipient coded by a role alone takes the country named after it
    ("id", "Indonesia mengirimkan bantuan untuk Rohingya yang berada di Bangladesh.", ("AID", "IDN", "BGD", "asserted")),
    ("en", "Japan sent aid to the Rohingya who live in Bangladesh.", ("AID", "JPN", "BGD", "asserted")),
    # a recipient with its own country keeps it
    ("en", "Japan sent aid to the Uighur who live in Bangladesh.", ("AID", "JPN", "CHN", "asserted")),
])
def test_role_only_recipient_takes_a_country(lang, text, expected):
    ev = events_of(text, lang)
    assert has(ev, expected), [summary(e) for e in ev]


@pytest.mark.parametrize("lang,text", [
    ("en", "The Labour Party said the Labour Party would act. Police arrested two men."),
    ("id", "Partai Buruh mengatakan Partai Buruh akan bertindak. Polisi menangkap dua orang."),
])
def test_a_role_code_without_country_is_not_the_home_country(lang, text):
    ev = [e for e in events_of(text, lang) if e.event == "COERCE"]
    assert ev and not (ev[0].actor[0].code or "").startswith("OPP"), [(e.actor[0].code) for e in ev]


# a statement told without its own date was made when its actor spoke: the date of the actor's nearest quote
# cue, not the article's news day (finish._speaker_date); whole pipeline, both languages
@pytest.mark.parametrize("lang,text,published,day", [
    ("id", 'Kementerian Luar Negeri menggelar jumpa pers di Jakarta pada Sabtu (13/9/2025).\n\n'
           '"Kami menghormati putusan itu," kata Menteri Luar Negeri Sugiono, Jumat (12/9/2025).\n\n'
           'Sugiono juga mengingatkan Israel agar menghentikan serangan ke Gaza.', "2025-09-13", "2025-09-12"),
    ("en", 'The Foreign Office held a briefing in London on Saturday 13 September 2003.\n\n'
           '"We will not give up," the Foreign Secretary Jack Straw said on Friday 12 September 2003.\n\n'
           'Jack Straw also urged Iran to halt its nuclear programme.', "2003-09-13", "2003-09-12"),
])
def test_statement_is_dated_when_its_actor_spoke(lang, text, published, day):
    import kabar

    got = [e for e in kabar.extract(text, has_title=False, lang=lang, published=published).events if e.event == "REQUEST"]
    assert got and got[0].date == day


# Session 27 (eventdate27)
# a date inside a relative clause describing another noun dates that clause, not the act (finish._in_relative_clause,
# by the parse); the whole pipeline, both languages
@pytest.mark.parametrize("lang,text,published,category,not_day", [
    ("id", "Israel menyerang Gaza di tengah gencatan senjata yang berlaku sejak 10 Oktober 2025.", "2025-10-22",
     "ASSAULT", "2025-10-10"),
    ("en", "Police arrested the leader of the group, which was founded on 3 March 2024.", "2024-05-10", "COERCE",
     "2024-03-03"),
])
def test_date_of_a_relative_clause_is_not_the_acts(lang, text, published, category, not_day):
    import kabar

    got = [e for e in kabar.extract(text, has_title=False, lang=lang, published=published).events if e.event == category]
    assert got and all(e.date != not_day for e in got)


def test_act_inside_the_relative_clause_keeps_its_date():
    import kabar

    text = "Police arrested a man who had joined the protest on 3 March 2024, officials said."
    ev = kabar.extract(text, has_title=False, lang="en", published="2024-05-10").events
    assert [e.date for e in ev if e.event == "PROTEST"] == ["2024-03-03"]


# a sentence told in the present tense is the news day's, not an earlier day its paragraph named (finish._present_tense,
# the parse's tense features; English)
def test_present_tense_sentence_is_not_dated_by_its_paragraph():
    import kabar

    text = ("Wednesday, May 8, 2024\n\nRebels attacked an army post near Goma on Monday. The United Nations says it "
            "strongly condemns the attack. Officials said they rejected the rebels' demands.")
    ev = kabar.extract(text, has_title=False, lang="en", published="2024-05-08").events
    dates = {e.event: e.date for e in ev}
    assert dates["ACCUSE"] == "2024-05-08" and dates["REJECT"] == "2024-05-06"
