#!/usr/bin/env bash
# Set up, then run the whole test suite. Tests that need ../shared/data skip with a message when it is absent;
# PostgreSQL tests use 127.0.0.1:5432 (database "test") and skip when no server answers.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/python -m pytest -rs "$@"
