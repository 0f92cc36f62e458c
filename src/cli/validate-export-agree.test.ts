/**
 * validate and export agree on hostile Python and argument names (issue 10):
 * each case is a finding (exit 1) for both, never an export crash (exit 2),
 * and export writes nothing.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './run.ts';
import { copyFixture, makeTestIo } from '../testing/cli-io.ts';

interface TaskJson {
  task_id: string;
  operator: string;
  args: Record<string, unknown>;
  python?: string;
  custom?: { module: string; class: string };
}

const CASES: { name: string; task: TaskJson; path: string; message: RegExp }[] = [
  {
    name: 'a syntax error',
    task: { task_id: 'p', operator: 'PythonOperator', args: {}, python: 'def run(:\n    pass\n' },
    path: 'tasks[2].python',
    message: /syntax error at line 1, column 9/,
  },
  {
    name: 'code after the def',
    task: {
      task_id: 'p',
      operator: 'PythonOperator',
      args: {},
      python: "def f():\n    pass\nimport os\nos.system('id')\n",
    },
    path: 'tasks[2].python',
    message: /nothing else at module level/,
  },
  {
    name: 'a callable named dag',
    task: { task_id: 'p', operator: 'PythonOperator', args: {}, python: 'def dag():\n    pass\n' },
    path: 'tasks[2].python',
    message: /"dag" is a name the exported DAG file binds itself/,
  },
  {
    name: 'a NUL in the callable',
    task: {
      task_id: 'p',
      operator: 'PythonOperator',
      args: {},
      python: 'def f():\n    return "\0"\n',
    },
    path: 'tasks[2].python',
    message: /NUL/,
  },
  {
    name: 'a custom argument named class',
    task: {
      task_id: 'c',
      operator: 'custom',
      custom: { module: 'my_pkg.ops', class: 'MyOperator' },
      args: { class: 'x' },
    },
    path: 'tasks[2].args.class',
    message: /Python keyword/,
  },
];

describe('validate and export agree', () => {
  it.each(CASES)(
    '$name: a finding at its path, exit 1 for both',
    async ({ task, path, message }) => {
      const io = makeTestIo();
      const file = copyFixture(io, 'valid');
      const design = JSON.parse(readFileSync(join(io.cwd, file), 'utf8')) as { tasks: unknown[] };
      design.tasks.push({ group: null, ...task });
      writeFileSync(join(io.cwd, file), JSON.stringify(design));

      expect(await run(['validate', file, '--json'], io)).toBe(1);
      const findings = JSON.parse(io.out) as { findings: { path: string; message: string }[] };
      const finding = findings.findings.find((f) => f.path === path);
      expect(finding?.message).toMatch(message);

      expect(await run(['export', file, '-o', 'out'], io)).toBe(1);
      expect(existsSync(join(io.cwd, 'out'))).toBe(false);
    },
  );
});
