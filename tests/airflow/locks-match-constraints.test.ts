/**
 * Each MWAA venv's lock (python/airflow-<version>.txt) holds exactly what that
 * version's vendored constraints pin, for every package both name, and the
 * distributions the MWAA image installs: a venv off the constraints would test
 * an environment no MWAA user has.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MWAA_VERSIONS } from '../../src/design/mwaa-versions.generated.ts';
import { airflowVenvs, lockedVersions, REPO_ROOT } from '../harness/venvs.ts';

describe('python/airflow-*.txt locks follow mwaa/constraints-*.txt', () => {
  it('has one venv per MWAA version', () => {
    expect(airflowVenvs().map((venv) => `${venv.version} on ${venv.pythonMinor}`)).toEqual(
      MWAA_VERSIONS.map((v) => `${v.airflow} on ${v.pythonMinor}`),
    );
  });

  it.each(MWAA_VERSIONS.map((v) => [v.airflow, v] as const))('Airflow %s', (version, mwaa) => {
    const locked = lockedVersions(
      readFileSync(join(REPO_ROOT, `python/airflow-${version}.txt`), 'utf8'),
    );
    const constrained = lockedVersions(readFileSync(join(REPO_ROOT, mwaa.constraintsFile), 'utf8'));
    expect(locked.get('apache-airflow')).toBe(version);
    for (const name of ['apache-airflow-providers-amazon', 'aiobotocore', 'celery', 'statsd'])
      expect(locked.has(name), `${name} is locked`).toBe(true);
    const offConstraints = [...locked]
      .filter(([name, v]) => constrained.has(name) && constrained.get(name) !== v)
      .map(([name, v]) => `${name}: locked ${v}, constraints ${constrained.get(name)}`);
    expect(offConstraints).toEqual([]);
  });
});
