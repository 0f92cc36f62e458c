import { describe, expect, it } from 'vitest';
import type { Design } from '../design/design.ts';
import { design as baseDesign, task } from '../testing/export-designs.ts';
import { serializeDesign } from '../io/index.ts';
import type { Manifest } from './bundle-types.ts';
import { exportBundle } from './index.ts';
import { s3Key, sha256Hex } from './manifest.ts';
import { renderRequirements } from './requirements.ts';

/** One task per operator (an S3 sensor gets its required key), on `target`. */
function design(operators: string[], target: Design['target']['airflow'] = '3.0.6'): Design {
  const tasks = operators.map((operator, i) =>
    task(`t${i}`, operator, operator === 'S3KeySensor' ? { bucket_key: 's3://b/k' } : {}),
  );
  return baseDesign(
    tasks,
    { target: { airflow: target } },
    { dag_id: 'bundle_dag', description: 'Ünïcode 😀 description', schedule: null },
  );
}

const manifestOf = (files: ReturnType<typeof exportBundle>) =>
  JSON.parse(files.find((file) => file.path === 'manifest.json')?.content ?? 'null') as Manifest;

describe('exportBundle', () => {
  it('returns the DAG file, requirements and manifest, sorted by path, with content types', () => {
    const files = exportBundle(design(['EmptyOperator', 'S3KeySensor']));
    expect(files.map((file) => [file.path, file.contentType])).toEqual([
      ['dags/bundle_dag.py', 'text/x-python'],
      ['manifest.json', 'application/json'],
      ['requirements.txt', 'text/plain'],
    ]);
  });

  it('omits requirements.txt when the DAG uses no provider', () => {
    const files = exportBundle(design(['EmptyOperator'], '2.10.3'));
    expect(files.map((file) => file.path)).toEqual(['dags/bundle_dag.py', 'manifest.json']);
    expect(manifestOf(files).files.map((file) => file.path)).toEqual(['dags/bundle_dag.py']);
  });

  it('honours options.target over the design target', () => {
    const files = exportBundle(design(['EmptyOperator'], '3.0.6'), { target: '2.11.2' });
    expect(files[0]?.content).toContain('from airflow.operators.empty import EmptyOperator');
    expect(manifestOf(files).airflow).toBe('2.11.2');
  });
});

describe('manifest.json', () => {
  it('lists every other file with UTF-8 size, sha256, key and content type, not itself', () => {
    const files = exportBundle(design(['S3KeySensor']), {
      prefix: '/team//airflow/',
      designText: 'saved text\n',
    });
    const manifest = manifestOf(files);
    expect(manifest).toMatchObject({
      format: 'dag-designer-manifest',
      version: 1,
      dag_id: 'bundle_dag',
      airflow: '3.0.6',
      design_sha256: sha256Hex('saved text\n'),
    });
    expect(manifest.files.map((file) => file.path)).toEqual([
      'dags/bundle_dag.py',
      'requirements.txt',
    ]);
    for (const entry of manifest.files) {
      const file = files.find((f) => f.path === entry.path)!;
      expect(entry.key).toBe(`team/airflow/${entry.path}`);
      expect(entry.size).toBe(Buffer.byteLength(file.content, 'utf8'));
      expect(entry.sha256).toBe(sha256Hex(file.content));
      expect(entry.content_type).toBe(file.contentType);
    }
    // The description holds multi-byte characters: bytes, not UTF-16 units.
    const py = files[0]!;
    expect(manifest.files[0]!.size).toBeGreaterThan(py.content.length);
    expect(files.find((f) => f.path === 'manifest.json')!.content.endsWith('}\n')).toBe(true);
  });

  it('hashes the canonical serialization when no design text is given', () => {
    const d = design(['EmptyOperator']);
    expect(manifestOf(exportBundle(d)).design_sha256).toBe(sha256Hex(serializeDesign(d)));
  });

  it('computes real sha256 and clean S3 keys', () => {
    expect(sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(s3Key(undefined, 'dags/a.py')).toBe('dags/a.py');
    expect(s3Key('', 'dags/a.py')).toBe('dags/a.py');
    expect(s3Key('/', 'dags/a.py')).toBe('dags/a.py');
    expect(s3Key('env1/', 'dags/a.py')).toBe('env1/dags/a.py');
    expect(s3Key('/a//b/', 'requirements.txt')).toBe('a/b/requirements.txt');
  });
});

describe('requirements.txt', () => {
  it('starts with the constraints of the exact version and Python, then lists providers unpinned', () => {
    const text = renderRequirements(
      [
        'apache-airflow-providers-standard',
        'apache-airflow-providers-amazon',
        'apache-airflow-providers-standard',
      ],
      '3.0.6',
    );
    expect(text).toBe(
      '--constraint "https://raw.githubusercontent.com/apache/airflow/constraints-3.0.6/constraints-3.12.txt"\n' +
        'apache-airflow-providers-amazon\n' +
        'apache-airflow-providers-standard\n',
    );
    expect(renderRequirements(['apache-airflow-providers-amazon'], '2.10.1')).toBe(
      '--constraint "https://raw.githubusercontent.com/apache/airflow/constraints-2.10.1/constraints-3.11.txt"\n' +
        'apache-airflow-providers-amazon\n',
    );
    expect(renderRequirements([], '3.0.6')).toBeNull();
    expect(() => renderRequirements(['apache-airflow-providers-nope'], '3.0.6')).toThrow(
      /pin no version of apache-airflow-providers-nope/,
    );
  });

  it('points at the bundled constraints file when it travels in the bundle', () => {
    const files = exportBundle(design(['S3KeySensor'], '3.3.1'), { bundledConstraints: 'x==1\n' });
    const byPath = new Map(files.map((f) => [f.path, f.content]));
    expect(byPath.get('requirements.txt')).toBe(
      '--constraint "/usr/local/airflow/dags/constraints-3.3.1.txt"\napache-airflow-providers-amazon\n',
    );
    expect(byPath.get('dags/constraints-3.3.1.txt')).toBe('x==1\n');
    expect(byPath.get('manifest.json')).toContain('"path": "dags/constraints-3.3.1.txt"');
  });
});
