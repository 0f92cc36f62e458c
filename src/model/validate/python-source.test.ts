/**
 * A Python syntax error carries its place in the text as the user typed it
 * (before normalization), so the code editor marks the line the user sees
 * and the message names the same line.
 */
import { describe, expect, it } from 'vitest';
import { testDesign, testTask } from '../../testing/designs.ts';
import { validateDesign } from './index.ts';
import { checkCallableSource } from './python-source.ts';

describe('checkCallableSource: where a syntax error is', () => {
  it('is the line and column of the text as written', () => {
    const check = checkCallableSource('def run(:\n    pass\n');
    expect(check).toMatchObject({ ok: false, at: { line: 1, column: 9 } });
    expect(check.ok ? '' : check.message).toMatch(/^Python syntax error at line 1, column 9: /);
  });

  it('counts the leading blank lines and the common indent that normalization drops', () => {
    // Normalized, this is "def run():\n    x = (\n" with the error on line 2.
    const raw = '\n  \n    def run():\n        x = )\n';
    const check = checkCallableSource(raw);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.at?.line).toBe(4);
    expect(raw.split('\n')[3]?.slice((check.at?.column ?? 0) - 1)).toMatch(/^\)/);
    expect(check.message).toMatch(/at line 4, column /);
  });

  it('counts \\r\\n and a lone \\r as one line break, like the editor', () => {
    expect(checkCallableSource('\r\ndef run():\r    x = )\r\n')).toMatchObject({
      ok: false,
      at: { line: 3 },
    });
  });

  it('has no place for a problem that is not a syntax error', () => {
    const check = checkCallableSource('x = 1');
    expect(check.ok).toBe(false);
    expect('at' in check).toBe(false);
  });
});

describe('validateDesign: the python finding', () => {
  it('carries the syntax error place for the editor', () => {
    const design = testDesign({
      tasks: [testTask('t', { operator: 'PythonOperator', python: 'def run():\n    return (\n' })],
    });
    const finding = validateDesign(design).find((f) => f.path === 'tasks[0].python');
    expect(finding).toMatchObject({ severity: 'error', code: 'invalid-argument' });
    expect(finding?.at?.line).toBeGreaterThanOrEqual(2);
  });

  it('carries no place when the source is not one function', () => {
    const design = testDesign({
      tasks: [testTask('t', { operator: 'PythonOperator', python: 'x = 1\n' })],
    });
    const finding = validateDesign(design).find((f) => f.path === 'tasks[0].python');
    expect(finding?.message).toMatch(/one top-level function/);
    expect(finding && 'at' in finding).toBe(false);
  });
});
