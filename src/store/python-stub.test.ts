/**
 * The stub callable of a new Python task is named by the same sanitizer as
 * the DAG file's variables (src/design/ids.ts), so an id starting with a
 * digit still gives a Python identifier (the old copy gave `def 1st(...)`).
 */
import { describe, expect, it } from 'vitest';
import { pythonNameFor } from '../design/ids.ts';
import { pythonStub } from './design-slice.ts';

describe('pythonStub', () => {
  it('names the def like the exporter names the task', () => {
    expect(pythonStub('load.daily-v2')).toBe(
      'def load_daily_v2(**context):\n    print("running load.daily-v2")\n',
    );
  });

  it('prefixes an id that starts with a digit, so the def is valid Python', () => {
    const stub = pythonStub('1st_step');
    expect(stub.startsWith('def task_1st_step(**context):')).toBe(true);
    expect(stub).toContain(pythonNameFor('1st_step', 'task'));
    expect(/^def [A-Za-z_][A-Za-z0-9_]*\(/.test(stub)).toBe(true);
  });
});
