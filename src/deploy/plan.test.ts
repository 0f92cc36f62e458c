import { describe, expect, it } from 'vitest';
import {
  classify,
  normalizePrefix,
  planDeploy,
  requirementsChanged,
  type LocalFile,
  type RemoteObject,
} from './plan.ts';

const file = (path: string, sha256: string): LocalFile => ({
  path,
  key: `env/${path}`,
  size: 3,
  sha256,
  contentType: 'text/plain',
  body: new Uint8Array([1, 2, 3]),
});

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);

describe('classify', () => {
  it('is new when no object is at the key', () => {
    expect(classify(file('dags/x.py', A), { exists: false })).toBe('new');
  });
  it('is unchanged when the sha256 metadata matches (case-insensitively)', () => {
    expect(
      classify(file('dags/x.py', A), { exists: true, sha256: A.toUpperCase(), versionId: 'v1' }),
    ).toBe('unchanged');
  });
  it('is changed when the sha256 differs', () => {
    expect(classify(file('dags/x.py', A), { exists: true, sha256: B, versionId: 'v1' })).toBe(
      'changed',
    );
  });
  it('is changed when the object has no sha256 metadata (uploaded by hand)', () => {
    expect(classify(file('dags/x.py', A), { exists: true, sha256: null, versionId: 'v1' })).toBe(
      'changed',
    );
  });
});

describe('planDeploy', () => {
  const dag = file('dags/x.py', A);
  const reqs = file('requirements.txt', B);

  it('keeps the current version of unchanged files and uploads nothing for them', () => {
    const remote = new Map<string, RemoteObject>([
      [dag.key, { exists: true, sha256: A, versionId: 'dv1' }],
      [reqs.key, { exists: true, sha256: B, versionId: 'rv1' }],
    ]);
    const plan = planDeploy([dag, reqs], remote);
    expect(plan.files.map((p) => [p.action, p.remoteVersionId])).toEqual([
      ['unchanged', 'dv1'],
      ['unchanged', 'rv1'],
    ]);
    expect(plan.uploads).toEqual([]);
    expect(requirementsChanged(plan)).toBe(false);
  });

  it('treats keys missing from the remote map as new', () => {
    const plan = planDeploy([dag], new Map());
    expect(plan.files[0]?.action).toBe('new');
    expect(plan.files[0]?.remoteVersionId).toBeNull();
  });

  it('uploads requirements before DAG files, whatever the bundle order', () => {
    const remote = new Map<string, RemoteObject>([
      [dag.key, { exists: true, sha256: B, versionId: 'dv1' }],
    ]);
    const plan = planDeploy([dag, reqs], remote);
    expect(plan.uploads.map((p) => [p.file.path, p.action])).toEqual([
      ['requirements.txt', 'new'],
      ['dags/x.py', 'changed'],
    ]);
    expect(plan.files.map((p) => p.file.path)).toEqual(['dags/x.py', 'requirements.txt']);
    expect(requirementsChanged(plan)).toBe(true);
  });
});

describe('normalizePrefix', () => {
  it.each([
    [undefined, ''],
    ['', ''],
    ['/', ''],
    ['env1', 'env1/'],
    ['env1/', 'env1/'],
    ['/env1//', 'env1/'],
    ['a/b', 'a/b/'],
    ['a//b/', 'a/b/'],
  ])('%j -> %j', (input, expected) => {
    expect(normalizePrefix(input)).toBe(expected);
  });
});
