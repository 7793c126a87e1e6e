"""Scale: the pipeline over streams of articles, in worker processes or on a Dask cluster, resumably.

Floor 3 (it uses readers, pipeline and store; nothing below imports it): ``workers`` runs the
pipeline in order-preserving pools, ``ingest`` drives a resumable, logged, progress-showing
ingest through one writer, ``watch`` follows feeds.
"""

from kabar.scale.threads import limit_threads
from kabar.scale.workers import extract_many

__all__ = ["extract_many", "limit_threads"]
