#!/usr/bin/env bash
# Creates .cache/moto/, a Python venv holding the pinned moto server that the
# deploy tests (tests/deploy/) talk to as a real S3 API.
#
#   scripts/moto-env.sh            # prints the path of moto_server on success
#
# The venv is rebuilt only when python/moto.txt (the uv lock, hashes included)
# changes: its sha256 is stored in .cache/moto/.lock-sha256. Every failure is
# loud (non-zero exit, a message on stderr): the tests must never skip because
# the server is missing.
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

fail() {
  echo "moto-env: $*" >&2
  exit 1
}

[ -f "$lock" ] || fail "lock file $lock is missing"
command -v python3 >/dev/null || fail "python3 is not on PATH"
mkdir -p "$cache"

# One bootstrap at a time: scripts/python-envs.sh (another helper's) may build
# the same .cache/uv; flock serialises us against our own parallel runs.
exec 9>"$cache/moto-env.lock"
flock 9

if [ ! -x "$uv" ]; then
  echo "moto-env: bootstrapping uv $uv_version in $cache/uv" >&2
  python3 -m venv "$cache/uv" || fail "could not create $cache/uv"
  "$cache/uv/bin/pip" install --quiet "uv==$uv_version" || fail "could not install uv==$uv_version"
fi

want="$(sha256sum "$lock" | cut -c1-64)"
if [ -x "$venv/bin/moto_server" ] && [ "$(cat "$venv/.lock-sha256" 2>/dev/null)" = "$want" ]; then
  echo "$venv/bin/moto_server"
  exit 0
fi

echo "moto-env: building $venv from python/moto.txt" >&2
rm -rf "$venv"
"$uv" venv --quiet --python python3 "$venv" || fail "uv venv failed"
"$uv" pip sync --quiet --python "$venv/bin/python" --require-hashes "$lock" ||
  fail "installing python/moto.txt failed"
"$venv/bin/python" -c 'import moto.server' || fail "moto.server does not import"
[ -x "$venv/bin/moto_server" ] || fail "moto_server is missing from $venv/bin"
echo "$want" >"$venv/.lock-sha256"
echo "$venv/bin/moto_server"
