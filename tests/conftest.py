import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("KABAR_SHARED", ROOT.parent / "shared"))
SEED = ROOT / "examples" / "seed-000.txt"


@pytest.fixture
def shared_data():
    """../shared/data, or skip: a user's machine does not have it."""
    data = SHARED / "data"
    if not data.is_dir():
        pytest.skip(f"needs the open data in {data} (absent on this machine)")
    return data


@pytest.fixture
def seed_gold():
    gold = SHARED / "spec" / "seed.gold.json"
    if not gold.is_file():
        pytest.skip(f"needs {gold} (absent on this machine)")
    return gold


@pytest.fixture
def seed_path():
    return SEED
