import { describe, expect, it } from 'vitest';
import type { Manifest } from '../export/bundle-types.ts';
import { exportedPrefix } from './load-input.ts';

const manifestWith = (keys: [path: string, key: string][]): Manifest => ({
  format: 'dag-designer-manifest',
  version: 1,
  dag_id: 'etl',
  airflow: '3.0.6',
  design_sha256: '',
  files: keys.map(([path, key]) => ({
    path,
    key,
    size: 0,
    sha256: '',
    content_type: 'text/plain',
  })),
});

describe('exportedPrefix', () => {
  it('is empty for keys equal to paths', () => {
    expect(exportedPrefix(manifestWith([['dags/etl.py', 'dags/etl.py']]))).toBe('');
  });

  it('is the shared prefix of every key', () => {
    const manifest = manifestWith([
      ['dags/etl.py', 'env1/a/dags/etl.py'],
      ['requirements.txt', 'env1/a/requirements.txt'],
    ]);
    expect(exportedPrefix(manifest)).toBe('env1/a/');
  });

  it.each([
    [
      'keys with different prefixes',
      [
        ['dags/etl.py', 'a/dags/etl.py'],
        ['requirements.txt', 'b/requirements.txt'],
      ],
    ],
    ['a key that does not end with its path', [['dags/etl.py', 'dags/other.py']]],
    ['a prefix without a trailing slash', [['dags/etl.py', 'envdags/etl.py']]],
  ] as [string, [string, string][]][])('is null for %s', (_, keys) => {
    expect(exportedPrefix(manifestWith(keys))).toBeNull();
  });
});
