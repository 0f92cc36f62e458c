import { describe, expect, it } from 'vitest';
import {
  buildDeployedManifest,
  manifestKey,
  parseManifestText,
  serializeDeployedManifest,
} from './manifest.ts';

const SHA = 'c'.repeat(64);
const manifest = {
  format: 'dag-designer-manifest',
  version: 1,
  dag_id: 'etl',
  airflow: '3.0.6',
  design_sha256: 'd'.repeat(64),
  files: [
    {
      path: 'dags/etl.py',
      key: 'dags/etl.py',
      size: 10,
      sha256: SHA,
      content_type: 'text/x-python',
    },
    {
      path: 'requirements.txt',
      key: 'requirements.txt',
      size: 5,
      sha256: SHA,
      content_type: 'text/plain',
    },
  ],
};

describe('parseManifestText', () => {
  it('accepts the contract manifest', () => {
    const parsed = parseManifestText(JSON.stringify(manifest));
    expect(parsed.ok).toBe(true);
  });

  it('reads a manifest deployed before format version 2 ("airflow": "3") as MWAA 3.0.6', () => {
    const parsed = parseManifestText(JSON.stringify({ ...manifest, airflow: '3' }));
    expect(parsed.ok && parsed.manifest.airflow).toBe('3.0.6');
    expect(parseManifestText(JSON.stringify({ ...manifest, airflow: '2.9' })).ok).toBe(false);
  });

  it('names the field of a bad entry', () => {
    const bad = {
      ...manifest,
      files: [manifest.files[0], { ...manifest.files[1], sha256: 'xyz' }],
    };
    const parsed = parseManifestText(JSON.stringify(bad));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.join('\n')).toMatch(/^files\[1\]\.sha256: /m);
  });

  it('refuses paths that leave the bundle', () => {
    const bad = { ...manifest, files: [{ ...manifest.files[0], path: '../etc/passwd' }] };
    const parsed = parseManifestText(JSON.stringify(bad));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.join('\n')).toContain('files[0].path');
  });

  it('refuses text that is not JSON, or another format', () => {
    expect(parseManifestText('{').ok).toBe(false);
    expect(parseManifestText(JSON.stringify({ ...manifest, format: 'dag-designer' })).ok).toBe(
      false,
    );
  });
});

describe('buildDeployedManifest', () => {
  it('adds bucket and per-file version_id in the contract order', () => {
    const parsed = parseManifestText(JSON.stringify(manifest));
    if (!parsed.ok) throw new Error('fixture');
    const deployed = buildDeployedManifest(
      parsed.manifest,
      'mwaa-bucket',
      new Map([
        ['dags/etl.py', 'v2'],
        ['requirements.txt', 'r1'],
      ]),
    );
    expect(Object.keys(deployed)).toEqual([
      'format',
      'version',
      'dag_id',
      'airflow',
      'design_sha256',
      'bucket',
      'files',
    ]);
    expect(deployed.files.map((f) => [f.key, f.version_id])).toEqual([
      ['dags/etl.py', 'v2'],
      ['requirements.txt', 'r1'],
    ]);
    const text = serializeDeployedManifest(deployed);
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(deployed);
  });

  it('puts the owner, when given, between bucket and files', () => {
    const parsed = parseManifestText(JSON.stringify(manifest));
    if (!parsed.ok) throw new Error('fixture');
    const owner = { design_file: 'etl.dag.json', lineage: SHA, since: '2026-12-01T00:00:00.000Z' };
    const deployed = buildDeployedManifest(parsed.manifest, 'b', new Map(), owner);
    expect(Object.keys(deployed).slice(-3)).toEqual(['bucket', 'owner', 'files']);
    expect(deployed.owner).toEqual(owner);
  });

  it('lives under .dag-designer/ below the prefix', () => {
    expect(manifestKey('', 'etl')).toBe('.dag-designer/etl.manifest.json');
    expect(manifestKey('env1/', 'etl')).toBe('env1/.dag-designer/etl.manifest.json');
  });
});
