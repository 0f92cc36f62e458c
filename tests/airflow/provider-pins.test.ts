/**
 * The venvs must hold exactly the provider versions the exporter pins in
 * requirements.txt (src/catalog/providers.ts): a test that passes against
 * other provider versions proves nothing about the exported bundle.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROVIDER_PINS } from '../../src/catalog/providers.ts';
import { AIRFLOW_TARGETS } from '../../src/design/design.ts';
import { airflowVenvs, lockedVersions, venvsForTarget } from '../harness/venvs.ts';

describe('lockedVersions', () => {
  it('reads pins and skips hashes, comments and markers', () => {
    const text = [
      '# comment',
      'apache-airflow==3.0.6 \\',
      '    --hash=sha256:abc',
      'Apache_Airflow.Providers-Amazon[s3fs]==9.21.0 ; python_version >= "3.10" \\',
      '    --hash=sha256:def',
    ].join('\n');
    expect([...lockedVersions(text)]).toEqual([
      ['apache-airflow', '3.0.6'],
      ['apache-airflow-providers-amazon', '9.21.0'],
    ]);
  });
});

describe('python/airflow-*.txt locks match PROVIDER_PINS', () => {
  it('tests every target on at least one venv', () => {
    for (const target of AIRFLOW_TARGETS)
      expect(venvsForTarget(target).length, target).toBeGreaterThan(0);
  });

  it.each(airflowVenvs().map((venv) => [venv.version, venv] as const))(
    'Airflow %s',
    (_version, venv) => {
      const locked = lockedVersions(readFileSync(venv.lockFile, 'utf8'));
      expect(locked.get('apache-airflow')).toBe(venv.version);
      const pins = PROVIDER_PINS[venv.target];
      expect(Object.keys(pins).length).toBeGreaterThan(0);
      const actual = Object.fromEntries(
        Object.keys(pins).map((name) => [name, locked.get(name) ?? '<not locked>']),
      );
      expect(actual).toEqual(pins);
    },
  );
});
