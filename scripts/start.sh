#!/usr/bin/env bash
# One command: set everything up, then start the editor (arguments are passed on, e.g. --demo).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/crisiskaart gui "$@"
