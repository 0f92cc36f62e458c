#!/usr/bin/env bash
# Python environments for the real-Airflow tests (docs/TESTING-AIRFLOW.md), built
# the way the Amazon MWAA image installs Airflow.
#
#   scripts/python-envs.sh          create or refresh every venv from the committed locks
#   scripts/python-envs.sh interpreters   only find every Python the venvs need (print them), or
#                                   fail naming what is missing (scripts/setup.sh runs this first)
#   scripts/python-envs.sh lock     re-resolve python/airflow-*.txt from mwaa/versions.tsv and
#                                   mwaa/constraints-<version>.txt, and python/tools.txt
#                                   (needs PyPI; commit the result)
#
# Venvs:  .cache/airflow/<version>/  one per row of mwaa/versions.tsv (python/airflow-<version>.txt),
#                                    on that row's Python minor (3.11: python3; 3.12: python3.12,
#                                    from PATH or pyenv)
#         .cache/<name>/             one per other python/<name>.txt (tools.txt -> .cache/tools), python3
# Each venv stores the sha256 of the lock it was synced from (and the interpreter it
# was built with); a venv whose lock or interpreter changed is rebuilt, an
# up-to-date one is left alone. Any problem stops the script with a non-zero exit
# and a message: nothing is ever skipped silently.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
UV_VERSION="0.13.9"
# tools and moto run on the system python3 (scripts/moto-env.sh builds moto the same way).
TOOLS_PYTHON_MINOR="3.11"
BOOTSTRAP="$ROOT/.cache/uv"
UV="$BOOTSTRAP/bin/uv"
# The providers the operator catalog imports (src/catalog/import-paths.ts), installed
# into an Airflow venv when that version's constraints pin them. The MWAA image itself
# adds apache-airflow[celery,statsd] and apache-airflow-providers-amazon[aiobotocore].
CATALOG_PROVIDERS=(http common-sql smtp standard cncf-kubernetes)
# Never let uv fetch its own CPython build: only registries are reachable here.
export UV_PYTHON_DOWNLOADS=never
export UV_NO_PROGRESS=1

die() {
  echo "python-envs: ERROR: $*" >&2
  exit 1
}
note() { echo "python-envs: $*" >&2; }

# minor_of <interpreter>: "3.12"
minor_of() { "$1" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null; }

# find_python <minor>: the path of an interpreter of that minor version, or a loud failure.
# Looks at python<minor> on PATH, then python3 (for 3.11, the system python3), then
# every pyenv version of that minor (`PYENV_VERSION=<v> pyenv which python<minor>`).
find_python() {
  local minor="$1" candidate tried=()
  for candidate in "python$minor" python3; do
    if command -v "$candidate" >/dev/null 2>&1; then
      local path
      path="$(command -v "$candidate")"
      if [[ "$(minor_of "$path")" == "$minor" ]]; then
        # A pyenv shim is not a stable interpreter path: resolve it.
        "$path" -c 'import sys; print(sys.executable)'
        return
      fi
      tried+=("$candidate on PATH is $(minor_of "$path" || echo 'not runnable')")
    else
      tried+=("no $candidate on PATH")
    fi
  done
  if command -v pyenv >/dev/null 2>&1; then
    local version
    for version in $(pyenv versions --bare 2>/dev/null | grep -E "^${minor//./\\.}\.[0-9]+$" | sort -rV); do
      candidate="$(PYENV_VERSION="$version" pyenv which "python$minor" 2>/dev/null)" || continue
      if [[ -x "$candidate" && "$(minor_of "$candidate")" == "$minor" ]]; then
        echo "$candidate"
        return
      fi
    done
    tried+=("pyenv has no $minor.x with python$minor (pyenv versions: $(pyenv versions --bare 2>/dev/null | tr '\n' ' '))")
  else
    tried+=("no pyenv on PATH")
  fi
  local IFS=';'
  die "Python $minor is required and was not found (${tried[*]}); install it, e.g. \`pyenv install $minor\` or Debian's python$minor"
}

# tools_python: the system python3, checked to be $TOOLS_PYTHON_MINOR. Its PATH name (not
# the resolved file) goes into the stamp, exactly as scripts/moto-env.sh writes it, so the
# two scripts agree that .cache/moto is up to date.
tools_python() {
  command -v python3 >/dev/null 2>&1 || die "python3 is not on PATH; install Python $TOOLS_PYTHON_MINOR (Debian: apt-get install python3 python3-venv)"
  local got
  got="$(minor_of python3)" || die "python3 does not run"
  [[ "$got" == "$TOOLS_PYTHON_MINOR" ]] || die "python3 is $got; python/tools.txt and python/moto.txt are resolved for Python $TOOLS_PYTHON_MINOR"
  command -v python3
}

bootstrap_uv() {
  local py="$1"
  if [[ -x "$UV" ]] && [[ "$("$UV" --version 2>/dev/null)" == "uv $UV_VERSION"* ]]; then
    return
  fi
  note "installing uv==$UV_VERSION into .cache/uv"
  rm -rf "$BOOTSTRAP"
  "$py" -m venv "$BOOTSTRAP" || die "$py -m venv failed (Debian: apt-get install python3-venv)"
  "$BOOTSTRAP/bin/pip" install --quiet --disable-pip-version-check "uv==$UV_VERSION" ||
    die "pip could not install uv==$UV_VERSION from PyPI"
  [[ -x "$UV" ]] || die "uv missing after install at $UV"
}

lock_hash() { sha256sum "$1" | cut -d' ' -f1; }

# sync_venv <venv dir> <lock file> <label> <interpreter>
sync_venv() {
  local dir="$1" lock="$2" label="$3" py="$4"
  [[ -f "$lock" ]] || die "lock file $lock is missing (run: scripts/python-envs.sh lock)"
  local want stamp="$dir/.lock-sha256"
  # The venv is only as good as the lock AND the interpreter it was built with.
  want="$(lock_hash "$lock") $("$py" -c 'import sys; print(sys.version.split()[0])') $py"
  if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" && -x "$dir/bin/python" ]]; then
    note "$label: up to date ($dir)"
    return
  fi
  local start=$SECONDS
  rm -rf "$dir"
  "$UV" venv --quiet --python "$py" "$dir" || die "$label: uv venv --python $py failed"
  "$UV" pip sync --quiet --python "$dir/bin/python" --require-hashes "$lock" ||
    die "$label: uv pip sync $lock failed"
  echo "$want" >"$stamp"
  note "$label: built in $((SECONDS - start))s ($dir)"
}

# Rows of mwaa/versions.tsv without comments: "<airflow version> <MWAA python version>".
version_rows() {
  local table="$ROOT/mwaa/versions.tsv"
  [[ -f "$table" ]] || die "$table is missing"
  grep -v '^#' "$table" | grep -v '^[[:space:]]*$' || die "$table has no rows"
}

# python_minor <3.12.10>: 3.12
python_minor() {
  [[ "$1" =~ ^([0-9]+\.[0-9]+)\.[0-9]+$ ]] || die "mwaa/versions.tsv: python '$1' is not <major>.<minor>.<patch>"
  echo "${BASH_REMATCH[1]}"
}

# interpreters_all: "<minor> <path>" for python3 and each Python minor of mwaa/versions.tsv.
interpreters_all() {
  local version python minor path seen=" "
  path="$(tools_python)" || exit 1
  echo "$TOOLS_PYTHON_MINOR $path (python3: tools, moto)"
  while read -r version python; do
    minor="$(python_minor "$python")"
    [[ "$seen" == *" $minor "* ]] && continue
    seen+="$minor "
    path="$(find_python "$minor")" || exit 1
    echo "$minor $path"
  done < <(version_rows)
}

sync_all() {
  local tools_py
  tools_py="$(tools_python)"
  bootstrap_uv "$tools_py"
  # Find every interpreter first, so one missing Python fails before any build.
  declare -A interpreter=()
  local version python minor
  while read -r version python; do
    minor="$(python_minor "$python")"
    if [[ -z "${interpreter[$minor]:-}" ]]; then
      interpreter[$minor]="$(find_python "$minor")" || exit 1
    fi
  done < <(version_rows)
  while read -r version python; do
    minor="$(python_minor "$python")"
    sync_venv "$ROOT/.cache/airflow/$version" "$ROOT/python/airflow-$version.txt" \
      "airflow $version (python ${interpreter[$minor]})" "${interpreter[$minor]}"
  done < <(version_rows)
  local lock name
  for lock in "$ROOT"/python/*.txt; do
    name="$(basename "$lock" .txt)"
    [[ "$name" == airflow-* ]] && continue
    sync_venv "$ROOT/.cache/$name" "$lock" "$name" "$tools_py"
  done
}

# pinned_in <constraints file> <distribution>: true when the constraints pin it.
pinned_in() { grep -qiE "^$2==" "$1"; }

compile_lock() {
  local input="$1" output="$2" minor="$3"
  shift 3
  "$UV" pip compile --quiet --python-version "$minor" --python-platform x86_64-manylinux_2_28 \
    --generate-hashes --no-header "$@" "$input" -o "$output" || die "uv pip compile $input failed"
}

lock_all() {
  local tools_py
  tools_py="$(tools_python)"
  bootstrap_uv "$tools_py"
  local version python minor constraints input provider
  while read -r version python; do
    minor="$(python_minor "$python")"
    constraints="$ROOT/mwaa/constraints-$version.txt"
    [[ -f "$constraints" ]] || die "mwaa/versions.tsv names $version but $constraints is missing"
    input="$ROOT/python/airflow-$version.in"
    {
      echo "# Generated by scripts/python-envs.sh lock from mwaa/versions.tsv; edit the script, not this file."
      echo "# Resolved for Python $minor (MWAA runs $python) under -c mwaa/constraints-$version.txt."
      echo "# As the MWAA image installs Airflow:"
      echo "apache-airflow[celery,statsd]==$version"
      echo "apache-airflow-providers-amazon[aiobotocore]"
      echo "# The providers the operator catalog uses, where these constraints pin them:"
      for provider in "${CATALOG_PROVIDERS[@]}"; do
        if pinned_in "$constraints" "apache-airflow-providers-$provider"; then
          echo "apache-airflow-providers-$provider"
        else
          echo "# (apache-airflow-providers-$provider: not in the constraints)"
        fi
      done
    } >"$input"
    note "locking airflow $version (python $minor, constraints mwaa/constraints-$version.txt)"
    # Constraints name the resolved versions relative to the repository, so the lock
    # does not depend on where the checkout lives.
    (cd "$ROOT" && compile_lock "python/airflow-$version.in" "python/airflow-$version.txt" "$minor" \
      -c "mwaa/constraints-$version.txt")
  done < <(version_rows)
  note "locking tools"
  (cd "$ROOT" && compile_lock python/tools.in python/tools.txt "$TOOLS_PYTHON_MINOR")
}

# Several test runs may start at once (vitest globalSetup in parallel sessions):
# one builds, the others wait for it and then find the venvs up to date.
mkdir -p "$ROOT/.cache"
exec 9>"$ROOT/.cache/python-envs.lock"
command -v flock >/dev/null 2>&1 || die "flock (util-linux) is required"
flock 9 || die "could not lock $ROOT/.cache/python-envs.lock"

case "${1:-sync}" in
  sync) sync_all ;;
  interpreters) interpreters_all ;;
  lock) lock_all ;;
  *) die "unknown command '$1' (use: sync | interpreters | lock)" ;;
esac
