"""One BLAS/OpenMP thread per worker, so N workers use N cores and never oversubscribe them.

numpy's BLAS runs the NER's matrix products on every core it sees; two processes that each
do so fight over the same cores and go slower than one. The environment variables reach
libraries loaded later (and child processes); threadpoolctl limits the ones already loaded.
"""

from __future__ import annotations

import os

THREAD_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS", "VECLIB_MAXIMUM_THREADS", "NUMEXPR_NUM_THREADS")


def limit_threads(threads: int = 1) -> None:
    """Limit this process (and the processes it starts) to ``threads`` BLAS/OpenMP threads."""
    for name in THREAD_VARIABLES:
        os.environ[name] = str(threads)
    import numpy  # noqa: F401  (loads the BLAS now, so the limit below reaches it)
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=threads)
