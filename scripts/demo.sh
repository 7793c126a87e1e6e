#!/usr/bin/env bash
# Set up, then extract the seed article and store it in the embedded SQLite database.
# Run it twice: the second run stores nothing new ("unchanged").
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/kabar ingest examples/seed-000.txt --published 2024-01-05 --show "$@"
