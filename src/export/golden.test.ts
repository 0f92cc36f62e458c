/**
 * Golden files: every public example and every fixture, exported for every
 * target, must match tests/golden/<name>/<target>/ byte for byte (a design
 * the target cannot take is recorded as ERROR.txt with the message).
 * `UPDATE_GOLDEN=1 npx vitest run src/export` rewrites them; review the diff.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AIRFLOW_TARGETS, type AirflowTarget, type Design } from '../design/design.ts';
import { isAirflow2 } from '../design/targets.ts';
import { parseDesignText } from '../io/index.ts';
import { exportBundle } from './index.ts';
import { importedNames } from '../testing/export-designs.ts';
import { parsePythonSources } from '../../tests/harness/python.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const GOLDEN = join(ROOT, 'tests', 'golden');
const UPDATE = process.env['UPDATE_GOLDEN'] === '1';

interface Source {
  name: string;
  path: string;
  text: string;
  design: Design;
}

function designsIn(dir: string): Source[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.dag.json'))
    .sort()
    .map((file) => {
      const path = join(dir, file);
      const text = readFileSync(path, 'utf8');
      const parsed = parseDesignText(text, path);
      if (!parsed.ok)
        throw new Error(`${path} is not a valid design: ${JSON.stringify(parsed.findings)}`);
      return { name: file.replace(/\.dag\.json$/, ''), path, text, design: parsed.design };
    });
}

/** What one export produced, as golden-file path -> content. */
function exportAsFiles(source: Source, target: AirflowTarget): Map<string, string> {
  try {
    const files = exportBundle(source.design, {
      target,
      designText: source.text,
      designFile: `${source.name}.dag.json`,
    });
    return new Map(files.map((file) => [file.path, file.content]));
  } catch (error) {
    return new Map([['ERROR.txt', `${(error as Error).message}\n`]]);
  }
}

function listFiles(dir: string, base = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? listFiles(join(dir, entry.name), `${base}${entry.name}/`)
      : [`${base}${entry.name}`],
  );
}

const SOURCES = [
  ...designsIn(join(ROOT, 'public', 'examples')),
  ...designsIn(join(ROOT, 'tests', 'fixtures')),
];

describe('golden bundles', () => {
  it('has designs to check, with distinct names', () => {
    expect(SOURCES.length).toBeGreaterThanOrEqual(3);
    expect(new Set(SOURCES.map((source) => source.name)).size).toBe(SOURCES.length);
  });

  for (const source of SOURCES) {
    for (const target of AIRFLOW_TARGETS) {
      it(`${source.name} on Airflow ${target}`, () => {
        const dir = join(GOLDEN, source.name, target);
        const actual = exportAsFiles(source, target);
        if (UPDATE) {
          rmSync(dir, { recursive: true, force: true });
          for (const [path, content] of actual) {
            mkdirSync(dirname(join(dir, path)), { recursive: true });
            writeFileSync(join(dir, path), content);
          }
        }
        expect(listFiles(dir).sort(), `files under ${dir} (UPDATE_GOLDEN=1 to rewrite)`).toEqual(
          [...actual.keys()].sort(),
        );
        for (const [path, content] of actual) {
          expect(content, `${source.name}/${target}/${path}`).toBe(
            readFileSync(join(dir, path), 'utf8'),
          );
        }
      });
    }
  }

  it('exports every fixture on its own target without error', () => {
    for (const source of SOURCES) {
      expect(
        () => exportBundle(source.design, { designText: source.text }),
        source.path,
      ).not.toThrow();
    }
  });

  it('is deterministic: the same design twice gives byte-identical bundles', () => {
    for (const source of SOURCES) {
      for (const target of AIRFLOW_TARGETS) {
        const again = parseDesignText(source.text);
        if (!again.ok) throw new Error('reparse failed');
        expect(exportAsFiles({ ...source, design: again.design }, target)).toEqual(
          exportAsFiles(source, target),
        );
      }
    }
  });

  it('keeps each target on its own import paths and imports only what it uses', () => {
    for (const source of SOURCES) {
      for (const target of AIRFLOW_TARGETS) {
        for (const [path, code] of exportAsFiles(source, target)) {
          if (!path.endsWith('.py')) continue;
          const where = `${source.name}/${target}/${path}`;
          expect(code, where).not.toContain('schedule_interval');
          if (!isAirflow2(target))
            expect(code, where).not.toMatch(/\bairflow\.(operators|sensors|utils|models)\./);
          else expect(code, where).not.toContain('airflow.sdk');
          const body = code
            .split('\n')
            .filter((line) => !line.startsWith('from '))
            .join('\n');
          for (const name of importedNames(code)) {
            expect(body, `${where}: ${name} imported but unused`).toMatch(
              new RegExp(`\\b${name}\\b`),
            );
          }
        }
      }
    }
  });

  it('writes DAG files Python can parse (ast.parse, as UTF-8 bytes)', () => {
    const files = SOURCES.flatMap((source) =>
      AIRFLOW_TARGETS.flatMap((target) =>
        [...exportAsFiles(source, target)]
          .filter(([path]) => path.endsWith('.py'))
          .map(([path, code]) => ({
            where: `${source.name}/${target}/${path}`,
            code,
          })),
      ),
    );
    expect(files.length).toBeGreaterThan(0);
    const errors = parsePythonSources(files.map((file) => file.code));
    expect(
      files.map((file, i) => [file.where, errors[i]]).filter(([, error]) => error !== ''),
    ).toEqual([]);
  });
});
