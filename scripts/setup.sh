#!/usr/bin/env bash
# Installs everything the test suite needs on a fresh Debian machine:
# Node packages, Debian's Chromium (Playwright cannot download browsers here),
# and the cached Python environments (Airflow versions, ruff, moto).
# Idempotent: a second run only checks what is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*" >&2; }

if ! command -v python3 >/dev/null 2>&1; then
  echo "python3 is required (3.11) for the real-Airflow and S3 tests; install it first." >&2
  exit 1
fi

if [ ! -x /usr/bin/chromium ]; then
  step "Installing Debian's Chromium for the browser journeys"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

step "Installing Node packages (npm ci)"
npm ci --no-audit --no-fund

step "Building the Python environments (Airflow, ruff, moto)"
bash scripts/python-envs.sh
bash scripts/moto-env.sh
