/**
 * The real-Airflow venvs: one per MWAA version (mwaa/versions.tsv, via the generated
 * src/design/mwaa-versions.generated.ts, the table scripts/python-envs.sh also reads),
 * each on that version's Python minor, and where their interpreters live.
 * Missing venvs are an error with the command that builds them, never a skip.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MWAA_VERSIONS } from '../../src/design/mwaa-versions.generated.ts';
import { parseTarget, type AirflowTarget } from '../../src/design/targets.ts';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SETUP_SCRIPT = join(REPO_ROOT, 'scripts/python-envs.sh');

export interface AirflowVenv {
  /** Exact MWAA Airflow version, e.g. `3.0.6`. */
  version: string;
  /** The design target whose exports this venv tests: the same exact version. */
  target: AirflowTarget;
  /** Python MWAA runs this version on, e.g. `3.12.10`. */
  mwaaPython: string;
  /** Python minor the lock is resolved for and the venv is built with, e.g. `3.12`. */
  pythonMinor: string;
  /** Lock file the venv is synced from. */
  lockFile: string;
  /** The venv's interpreter. */
  python: string;
}

/** The venv table and the design targets are the same list; a miss is a generator bug. */
function unknownTarget(version: string): never {
  throw new Error(`MWAA version ${version} is not a design target (run npm run gen:mwaa)`);
}

/** One venv per MWAA version, in mwaa/versions.tsv order. */
export function airflowVenvs(): AirflowVenv[] {
  return MWAA_VERSIONS.map((mwaa) => ({
    version: mwaa.airflow,
    target: parseTarget(mwaa.airflow) ?? unknownTarget(mwaa.airflow),
    mwaaPython: mwaa.python,
    pythonMinor: mwaa.pythonMinor,
    lockFile: join(REPO_ROOT, `python/airflow-${mwaa.airflow}.txt`),
    python: join(REPO_ROOT, `.cache/airflow/${mwaa.airflow}/bin/python`),
  }));
}

/** The venv of a design target (one per MWAA version). */
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

/** The pinned uv from .cache/uv (scripts/python-envs.sh bootstraps it). */
export function requireUv(): string {
  const uv = join(REPO_ROOT, '.cache/uv/bin/uv');
  if (!existsSync(uv)) throw new Error(`uv missing: ${uv} does not exist; ${MISSING_HINT}`);
  return uv;
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
