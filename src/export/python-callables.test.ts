/**
 * The callable checker (src/model/validate/python-check.ts) against Python's
 * own `ast`, on the exported (normalized) form of every snippet of the
 * corpus, in one Python process. They must agree, except for the listed
 * gaps of the grammar, each of which must still be a gap (so the list stays
 * true) and must lean towards refusing: where lezer accepts what CPython
 * refuses, the exported file would not import (a DagBag error), which
 * docs/FORMAT.md says; code never escapes the def either way.
 */
import { describe, expect, it } from 'vitest';
import { normalizePythonSource, readCallable } from '../model/validate/python-check.ts';
import { CALLABLE_CORPUS } from '../testing/callable-corpus.ts';
import { pythonCallableShapes } from '../../tests/harness/python.ts';

const ours = (source: string): string => {
  const shape = readCallable(source);
  return shape.kind === 'def'
    ? `def:${shape.name}`
    : shape.kind === 'syntax-error'
      ? 'syntax'
      : 'module';
};

/** Valid Python 3.11 that lezer 1.1 cannot read: refused, with a message saying where. */
const LEZER_REFUSES = [
  "def f():\n    with (open('a') as a, open('b') as b):\n        pass",
  'def f():\n    return (yield)',
  'def f():\n    lambda: (yield)',
  'def f():\n    return x[*a]',
  'def f():\n    return 1.e5 + .5 + 5.',
];

/** Invalid Python that lezer 1.1 reads as one def: the export would not import (never runs code outside the def). */
const LEZER_ACCEPTS = [
  'def f(**kw, a):\n    pass',
  'def f(a=1, b):\n    pass',
  'def f():\n    1 = x',
  'def f():\n    f() = 1',
  "def f():\n    return '\\N{DASH}'",
  'def f():\n    return [*a for a in b]',
  'def f():\n    try:\n        pass',
  'def f():\n    return g(x for x in z, 1)',
  'def f():\n    pass;;',
  'def f(*):\n    pass',
];

describe('python callable checker vs ast.parse', () => {
  const sources = CALLABLE_CORPUS.map(normalizePythonSource);
  const python = pythonCallableShapes(sources);

  it('agrees with Python on every snippet outside the known gaps', () => {
    const gaps = new Set([...LEZER_REFUSES, ...LEZER_ACCEPTS]);
    const disagreements = sources
      .map((source, i) => ({ source, ours: ours(source), python: python[i] }))
      .filter((row) => !gaps.has(row.source) && row.ours !== row.python);
    expect(disagreements).toEqual([]);
    expect(sources.length).toBeGreaterThan(150);
  });

  it('lists only real gaps, and which way each one goes', () => {
    for (const source of LEZER_REFUSES) {
      expect(sources).toContain(source);
      expect([ours(source), python[sources.indexOf(source)]]).toEqual(['syntax', 'def:f']);
    }
    for (const source of LEZER_ACCEPTS) {
      expect(sources).toContain(source);
      expect([ours(source), python[sources.indexOf(source)]]).toEqual(['def:f', 'syntax']);
    }
  });

  it('refuses every variant of issue 10 that ran code at module level', () => {
    const escapes = [
      "def f():\n    pass\nimport os\nos.system('id')\n",
      "def f():\r    pass\rimport os\ros.system('id')\r",
      "def f():\n    pass\nos.system('id')\n",
      "def f():\n    import os; os.system('id')\nos.system('id')\n",
      'def f():\n    print("""\n""")\nos.system(\'id\')\n',
      'def f():\n    pass\n"""\nimport os\n"""\n',
      'def f():\n    pass\nif True:\n    import os\n',
      'def f():\n    pass\n@d\n',
    ];
    for (const source of escapes)
      expect(ours(normalizePythonSource(source)), source).not.toMatch(/^def/);
    // A second statement on the def's own line is inside the function: Python agrees.
    expect(ours('def f(): pass; import os')).toBe('def:f');
  });

  it('gives line and column of a syntax error', () => {
    expect(readCallable('def run(:\n    pass')).toMatchObject({
      kind: 'syntax-error',
      line: 1,
      column: 9,
    });
    expect(readCallable('def f():\n    x = 1\n      y = 2')).toMatchObject({
      kind: 'syntax-error',
      line: 3,
    });
    expect(readCallable("def f():\n    return '''abc")).toMatchObject({
      kind: 'syntax-error',
      line: 2,
    });
  });
});
