#!/usr/bin/env bash
# Installs everything the test suite needs on a fresh Debian machine:
# Node packages, Debian's Chromium (Playwright cannot download browsers here),
# and the cached Python environments (Airflow versions, ruff, moto).
# Idempotent: a second run only checks what is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*" >&2; }

# The venvs need python3 (3.11: Airflow 2.10.x, ruff, moto) and Python 3.12 (Airflow
# 2.11.x and 3.x, from PATH or pyenv). Check first, so a missing Python fails before
# anything is installed, with a message naming it.
step "Finding the Pythons the MWAA test venvs need"
bash scripts/python-envs.sh interpreters

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
