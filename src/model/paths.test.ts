import { describe, expect, it } from 'vitest';
import { formatSeconds } from './durations.ts';
import { childPath, formatPathSegments, parsePath } from './paths.ts';
import { pythonSourceProblem } from './validate/python-source.ts';

describe('finding paths', () => {
  it('formats plain keys with dots and indexes with brackets', () => {
    expect(formatPathSegments(['tasks', 3, 'args', 'bash_command'])).toBe(
      'tasks[3].args.bash_command',
    );
    expect(childPath('tasks[0].args', 'env', 'A B', 2)).toBe('tasks[0].args.env["A B"][2]');
    expect(childPath('', 'dag', 'schedule')).toBe('dag.schedule');
    expect(childPath('edges', 2)).toBe('edges[2]');
  });

  it('parses what it formats', () => {
    for (const segs of [
      ['tasks', 3, 'args', 'bash_command'],
      ['dag', 'default_args', 'my-key', 'x"y', 0],
      ['edges', 2, 'to'],
    ]) {
      expect(parsePath(formatPathSegments(segs))).toEqual(segs);
    }
    expect(parsePath('')).toEqual([]);
  });
});

describe('formatSeconds', () => {
  it.each([
    [0, '0s'],
    [45, '45s'],
    [330, '5m 30s'],
    [600, '10m'],
    [3900, '1h 05m'],
    [93600, '26h 00m'],
  ])('%d -> %s', (s, text) => {
    expect(formatSeconds(s)).toBe(text);
  });
});

describe('python source check', () => {
  it('explains what is wrong', () => {
    expect(pythonSourceProblem('def run(**ctx):\n    return 1\n')).toBeNull();
    expect(pythonSourceProblem('x = 1')).toMatch(/one top-level function/);
    expect(pythonSourceProblem('def a():\n  pass\ndef b():\n  pass')).toMatch(
      /2 top-level functions \(a, b\)/,
    );
    expect(
      pythonSourceProblem('import os\n\n@task\nasync def go(x):\n    def inner():\n        pass\n'),
    ).toMatch(/move imports and other code inside "go"/);
    expect(pythonSourceProblem('def run(:\n    pass\n')).toMatch(
      /syntax error at line 1, column 9/,
    );
  });
});
