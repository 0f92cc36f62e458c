#!/usr/bin/env bash
# Creates .cache/moto/, a Python venv holding the pinned moto server that the
# deploy tests (tests/deploy/) talk to as a real S3 API.
#
#   scripts/moto-env.sh            # prints the path of moto_server on success
#
# The venv is rebuilt only when python/moto.txt (the uv lock, hashes included)
# or the python3 it is built with changes. Every failure is loud (non-zero
# exit, a message on stderr): the tests must never skip for want of a server.
#
# scripts/python-envs.sh builds the same venv (one per python/<name>.txt), so
# the two must agree: same lock file for mutual exclusion
# (.cache/python-envs.lock), same stamp in .cache/moto/.lock-sha256
# ("<lock sha256> <python version> <python3 path>"), same uv. Whichever runs
# first builds; the other finds the venv up to date.
#
# To change the pin: edit python/moto.in, then
#   .cache/uv/bin/uv pip compile python/moto.in -o python/moto.txt \
#     --python-version 3.11 --generate-hashes
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cache="$root/.cache"
lock="$root/python/moto.txt"
venv="$cache/moto"
uv="$cache/uv/bin/uv"
uv_version="0.13.9"
export UV_PYTHON_DOWNLOADS=never UV_NO_PROGRESS=1

fail() {
  echo "moto-env: $*" >&2
  exit 1
}

[ -f "$lock" ] || fail "lock file $lock is missing"
py="$(command -v python3)" || fail "python3 is not on PATH"
command -v flock >/dev/null || fail "flock (util-linux) is required"
mkdir -p "$cache"

exec 9>"$cache/python-envs.lock"
flock 9 || fail "could not lock $cache/python-envs.lock"

if [ ! -x "$uv" ] || [[ "$("$uv" --version 2>/dev/null)" != "uv $uv_version"* ]]; then
  echo "moto-env: installing uv==$uv_version into $cache/uv" >&2
  rm -rf "$cache/uv"
  "$py" -m venv "$cache/uv" || fail "could not create $cache/uv (Debian: apt-get install python3-venv)"
  "$cache/uv/bin/pip" install --quiet --disable-pip-version-check "uv==$uv_version" ||
    fail "could not install uv==$uv_version from PyPI"
fi

want="$(sha256sum "$lock" | cut -d' ' -f1) $("$py" -c 'import sys; print(sys.version.split()[0])') $py"
if [ -x "$venv/bin/moto_server" ] && [ "$(cat "$venv/.lock-sha256" 2>/dev/null)" = "$want" ]; then
  echo "$venv/bin/moto_server"
  exit 0
fi

echo "moto-env: building $venv from python/moto.txt" >&2
rm -rf "$venv"
"$uv" venv --quiet --python "$py" "$venv" || fail "uv venv failed"
"$uv" pip sync --quiet --python "$venv/bin/python" --require-hashes "$lock" ||
  fail "installing python/moto.txt failed"
"$venv/bin/python" -c 'import moto.server' || fail "moto.server does not import"
[ -x "$venv/bin/moto_server" ] || fail "moto_server is missing from $venv/bin"
echo "$want" >"$venv/.lock-sha256"
echo "$venv/bin/moto_server"
