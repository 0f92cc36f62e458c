/**
 * Every shipped example must load, validate with zero errors and be saved
 * exactly as the serializer writes it (so opening and saving one in the app
 * leaves git clean).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateDesign } from '../model/index.ts';
import { buildLargeExample } from '../../scripts/gen-large-example.ts';
import { parseExamplesIndex } from './examples-index.ts';
import { parseDesignText } from './parse.ts';
import { serializeDesign } from './serialize.ts';

const dir = fileURLToPath(new URL('../../public/examples/', import.meta.url));
const read = (name: string) => readFileSync(dir + name, 'utf8');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.dag.json'))
  .sort();

describe('public/examples', () => {
  it('has at least 7 examples and an index listing exactly them', () => {
    expect(files.length).toBeGreaterThanOrEqual(7);
    const index = parseExamplesIndex(JSON.parse(read('index.json')));
    if (!index.ok) throw new Error(JSON.stringify(index.findings));
    expect(index.index.examples.map((e) => e.file).sort()).toEqual(files);
  });

  it.each(files)('%s parses, has no errors and is canonical', (file) => {
    const text = read(file);
    const parsed = parseDesignText(text, file);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.findings, null, 2));
    expect(serializeDesign(parsed.design)).toBe(text);
    expect(`${parsed.design.dag.dag_id}.dag.json`).toBe(file);

    const findings = validateDesign(parsed.design);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    // Warnings are allowed but listed, so a new one shows up in review.
    const warnings = findings.map((f) => `${f.code} ${f.path}`);
    expect(warnings).toMatchSnapshot();

    for (const task of parsed.design.tasks) {
      expect(task.estimated_duration, `${file} ${task.task_id}`).toBeGreaterThan(0);
      expect(task.ui, `${file} ${task.task_id}`).toBeDefined();
    }
    expect(parsed.design.dag.default_args).toHaveProperty('owner');
    expect(parsed.design.dag.default_args).toHaveProperty('retries');
  });

  it('large_200_tasks matches its generator (run `npx tsx scripts/gen-large-example.ts`)', () => {
    const design = buildLargeExample();
    expect(design.tasks).toHaveLength(200);
    expect(read('large_200_tasks.dag.json')).toBe(serializeDesign(design));
  });
});

describe('parseExamplesIndex', () => {
  it('rejects a malformed index with paths', () => {
    const r = parseExamplesIndex({
      examples: [{ file: '../etc/passwd', title: 'x', description: '' }],
      extra: 1,
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.findings.map((f) => f.path)).toEqual(['examples[0].file', 'extra']);
  });
});
