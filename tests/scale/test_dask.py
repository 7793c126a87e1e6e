"""The default pipeline on a Dask LocalCluster stores exactly the records of a single-process run."""

import json

import pytest

pytest.importorskip("distributed")

from distributed import Client, LocalCluster, get_task_stream  # noqa: E402

from kabar.scale.ingest import ingest  # noqa: E402
from kabar.scale.workers import DASK_BATCH  # noqa: E402
from kabar.store import Store  # noqa: E402

ARTICLES = [
    {"title": "Banjir Rendam Jakarta", "published": "2024-02-05",
     "text": "Banjir merendam ratusan rumah warga di Jakarta Timur pada Senin pagi. \"Kami sudah mengevakuasi 300 warga,\" kata Kepala BPBD DKI Jakarta Isnawa Adji."},
    {"title": "Minister resigns", "published": "2024-03-01",
     "text": "The finance minister of Indonesia resigned on Friday after weeks of protests over fuel prices, officials said. President Joko Widodo accepted the resignation."},
    {"title": "Gencatan senjata", "published": "2024-01-05",
     "text": "Rusia dan Ukraina sepakat melakukan gencatan senjata selama tiga hari, menurut juru bicara Gedung Putih John Kirby, Kamis (4/1/2024)."},
    {"title": "Talks in Geneva", "published": "2024-04-10",
     "text": "Iran and the United States will hold talks in Geneva next week, the Swiss foreign ministry said on Wednesday."},
    {"title": "Harga beras naik", "published": "2024-05-02",  # a fifth: the last task holds a partial batch
     "text": "Harga beras di Pasar Induk Cipinang naik 10 persen pekan ini, kata Menteri Perdagangan Zulkifli Hasan di Jakarta."},
]


def _all(store):
    return {a["id"]: store.get(a["id"]).to_dict() for a in store.articles(limit=100)}


def test_dask_local_cluster_stores_the_same_records_as_one_process(tmp_path):
    data = tmp_path / "a.jsonl"
    data.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), encoding="utf-8")
    with Store.open(tmp_path / "single.db") as store:
        single = ingest([str(data)], store)
        records_single = _all(store)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster, Client(cluster) as client:
        with Store.open(tmp_path / "dask.db") as store, get_task_stream(client) as stream:
            on_dask = ingest([str(data)], store, dask=client)
            records_dask = _all(store)
    batch_tasks = [t for t in stream.data if t["key"].startswith("extract_batch")]
    assert single.counts["inserted"] == on_dask.counts["inserted"] == len(ARTICLES)
    assert records_dask == records_single  # same ids, same content
    assert all(r["entities"] and "events" in r["stages"] for r in records_single.values())
    assert len(batch_tasks) == -(-len(ARTICLES) // DASK_BATCH)  # every article went through the cluster's workers
