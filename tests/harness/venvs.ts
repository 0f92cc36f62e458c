/**
 * The real-Airflow venvs: which Airflow versions exist (python/versions.tsv,
 * shared with scripts/python-envs.sh) and where their interpreters live.
 * Missing venvs are an error with the command that builds them, never a skip.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AIRFLOW_TARGETS, type AirflowTarget } from '../../src/design/design.ts';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SETUP_SCRIPT = join(REPO_ROOT, 'scripts/python-envs.sh');

export interface AirflowVenv {
  /** Exact Airflow version, e.g. `3.0.6`. */
  version: string;
  target: AirflowTarget;
  /** Lock file the venv is synced from. */
  lockFile: string;
  python: string;
}

function isTarget(value: string): value is AirflowTarget {
  return (AIRFLOW_TARGETS as readonly string[]).includes(value);
}

/** Rows of python/versions.tsv, in file order. */
export function airflowVenvs(): AirflowVenv[] {
  const path = join(REPO_ROOT, 'python/versions.tsv');
  const rows = readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  return rows.map((line, index) => {
    const [version, target] = line.split(/\s+/);
    if (!version || !target || !isTarget(target)) {
      throw new Error(
        `${path}: row ${index + 1} "${line}" needs "<airflow version> <target 2.10|2.11|3> ..."`,
      );
    }
    return {
      version,
      target,
      lockFile: join(REPO_ROOT, `python/airflow-${version}.txt`),
      python: join(REPO_ROOT, `.cache/airflow/${version}/bin/python`),
    };
  });
}

/** Every venv that tests a design target (target '3' maps to several 3.x versions). */
export function venvsForTarget(target: AirflowTarget): AirflowVenv[] {
  return airflowVenvs().filter((venv) => venv.target === target);
}

const MISSING_HINT = 'build the venvs with `npm run setup:python` (scripts/python-envs.sh)';

/** The interpreter of one venv; throws when it has not been built. */
export function requirePython(venv: AirflowVenv): string {
  if (!existsSync(venv.python)) {
    throw new Error(
      `Airflow ${venv.version} venv missing: ${venv.python} does not exist; ${MISSING_HINT}`,
    );
  }
  return venv.python;
}

/** The pinned ruff from .cache/tools (python/tools.txt). */
export function requireRuff(): string {
  const ruff = join(REPO_ROOT, '.cache/tools/bin/ruff');
  if (!existsSync(ruff)) throw new Error(`ruff missing: ${ruff} does not exist; ${MISSING_HINT}`);
  return ruff;
}

/** Exact `name==version` pins of a uv lock file (hash continuation lines ignored), names normalized. */
export function lockedVersions(lockText: string): Map<string, string> {
  const locked = new Map<string, string>();
  for (const line of lockText.split('\n')) {
    const match = /^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?==([^\s;\\]+)/.exec(line);
    if (match) locked.set(match[1]!.toLowerCase().replace(/[._]+/g, '-'), match[2]!);
  }
  return locked;
}
