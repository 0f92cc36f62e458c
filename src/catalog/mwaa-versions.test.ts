import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  MWAA_GENERATED_PATH,
  mwaaVersionsModuleText,
  providerPins,
  readMwaaVersions,
} from './mwaa-constraints.ts';
import { MWAA_VERSIONS } from '../design/mwaa-versions.generated.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const readRepoFile = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

describe(MWAA_GENERATED_PATH, () => {
  it('matches mwaa/versions.tsv and the constraint files (run `npm run gen:mwaa` after changing mwaa/)', () => {
    expect(
      readRepoFile(MWAA_GENERATED_PATH),
      `${MWAA_GENERATED_PATH} is stale: run \`npm run gen:mwaa\``,
    ).toBe(mwaaVersionsModuleText(readMwaaVersions(readRepoFile)));
  });

  it('lists the seven MWAA versions with the Python and amazon provider MWAA documents', () => {
    expect(
      MWAA_VERSIONS.map(
        (v) =>
          `${v.airflow} py${v.python} (${v.pythonMinor}) amazon ${v.providers['apache-airflow-providers-amazon']}`,
      ),
    ).toEqual([
      '2.10.1 py3.11.9 (3.11) amazon 8.28.0',
      '2.10.3 py3.11.9 (3.11) amazon 9.0.0',
      '2.11.0 py3.12.10 (3.12) amazon 9.8.0',
      '2.11.2 py3.12.10 (3.12) amazon 9.22.0',
      '3.0.6 py3.12.10 (3.12) amazon 9.12.0',
      '3.2.1 py3.12.13 (3.12) amazon 9.25.0',
      '3.3.1 py3.12.13 (3.12) amazon 9.34.0',
    ]);
  });

  it('has the standard provider only where the constraints pin it (3.x)', () => {
    expect(
      MWAA_VERSIONS.map((v) => [
        v.airflow,
        v.providers['apache-airflow-providers-standard'] ?? null,
      ]),
    ).toEqual([
      ['2.10.1', null],
      ['2.10.3', null],
      ['2.11.0', null],
      ['2.11.2', null],
      ['3.0.6', '1.6.0'],
      ['3.2.1', '1.12.3'],
      ['3.3.1', '1.17.0'],
    ]);
  });
});

describe('reading the MWAA data', () => {
  const table = (rows: string) => (path: string) => {
    if (path === 'mwaa/versions.tsv') return `# airflow\tpython\n${rows}`;
    if (path === 'mwaa/constraints-9.9.9.txt')
      return '# c\nApache_Airflow.Providers-Amazon==1.2.3\nboto3==1.0\n';
    throw new Error('ENOENT');
  };

  it('normalizes provider names and keeps only providers', () => {
    expect(readMwaaVersions(table('9.9.9\t3.12.4\n'))).toEqual([
      {
        airflow: '9.9.9',
        python: '3.12.4',
        pythonMinor: '3.12',
        constraintsFile: 'mwaa/constraints-9.9.9.txt',
        providers: { 'apache-airflow-providers-amazon': '1.2.3' },
      },
    ]);
  });

  it('names the row of a malformed, duplicate or constraint-less version', () => {
    expect(() => readMwaaVersions(table('9.9\t3.12.4\n'))).toThrow(
      'mwaa/versions.tsv:2: expected "<airflow x.y.z><TAB><python x.y.z>", got "9.9\t3.12.4"',
    );
    expect(() => readMwaaVersions(table('9.9.9\t3.12.4\n9.9.9\t3.12.4\n'))).toThrow(
      'mwaa/versions.tsv:3: Airflow 9.9.9 is listed twice',
    );
    expect(() => readMwaaVersions(table('8.8.8\t3.12.4\n'))).toThrow(
      /^mwaa\/versions\.tsv:2: Airflow 8\.8\.8 needs mwaa\/constraints-8\.8\.8\.txt, which cannot be read/,
    );
  });

  it('names the line of a constraint it cannot read', () => {
    expect(() => providerPins('c.txt', 'a==1\nb>=2\n')).toThrow(
      'c.txt:2: expected "<distribution>==<version>", got "b>=2"',
    );
  });
});
