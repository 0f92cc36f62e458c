/**
 * Python callables: each task's `python` field is the source of one top-level
 * `def`, emitted verbatim above the DAG, and the task passes that function as
 * `python_callable`. The only edits are ones Python cannot tell apart: line
 * endings become `\n`, trailing blank lines go, and a uniformly indented
 * paste is dedented.
 *
 * Two tasks with the very same source share one def. Two different sources
 * defining the same name are an Error (the second def would silently replace
 * the first); so is a source without a top-level def or with characters a
 * UTF-8 Python file cannot hold.
 */
import type { Task } from '../../design/design.ts';
import { isPythonIdentifier } from '../python-literal.ts';

export interface PythonCallable {
  /** The def's name, passed as `python_callable=`. */
  name: string;
  /** Normalized source, no trailing newline. */
  source: string;
  /** Task ids using it, in design order. */
  taskIds: string[];
}

const TOP_LEVEL_DEF = /^(?:async[ \t]+)?def[ \t]+([A-Za-z_][A-Za-z0-9_]*)[ \t]*\(/m;

function dedent(lines: readonly string[]): string[] {
  const indents = lines
    .filter((line) => line.trim() !== '')
    .map((line) => /^[ \t]*/.exec(line)?.[0] ?? '');
  let common = indents[0] ?? '';
  for (const indent of indents) {
    while (!indent.startsWith(common)) common = common.slice(0, -1);
  }
  return lines.map((line) => line.slice(Math.min(common.length, line.length)));
}

export function normalizePythonSource(source: string): string {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  return dedent(lines)
    .join('\n')
    .replace(/\s+$/, '')
    .replace(/^(?:[ \t]*\n)+/, '');
}

/** The name of the first top-level `def` in `source`, or null. */
export function callableName(source: string): string | null {
  return TOP_LEVEL_DEF.exec(normalizePythonSource(source))?.[1] ?? null;
}

export function collectCallables(
  tasks: readonly Task[],
  usesCallable: (task: Task) => boolean,
): PythonCallable[] {
  const byName = new Map<string, PythonCallable>();
  for (const task of tasks) {
    if (!usesCallable(task)) continue;
    const where = `task "${task.task_id}"`;
    if (task.python === undefined || task.python.trim() === '') {
      throw new Error(
        `${where}: the operator calls a Python function but the task has no "python" source`,
      );
    }
    const source = normalizePythonSource(task.python);
    if (/[\0\p{Cs}]/u.test(source)) {
      throw new Error(
        `${where}: the Python source holds a NUL or a lone surrogate, which a Python file cannot contain`,
      );
    }
    const name = TOP_LEVEL_DEF.exec(source)?.[1];
    if (name === undefined || !isPythonIdentifier(name)) {
      throw new Error(
        `${where}: the "python" source must define one top-level function (\`def name(...):\`)`,
      );
    }
    const existing = byName.get(name);
    if (existing === undefined) {
      byName.set(name, { name, source, taskIds: [task.task_id] });
    } else if (existing.source === source) {
      existing.taskIds.push(task.task_id);
    } else {
      throw new Error(
        `${where}: its Python function "${name}" has the same name as the one of task "${existing.taskIds[0]}" ` +
          'but a different body; rename one of them',
      );
    }
  }
  return [...byName.values()];
}

/** The callables block: two blank lines around each def, as PEP 8 wants at module level. */
export function renderCallables(callables: readonly PythonCallable[]): string {
  return callables.map((callable) => callable.source).join('\n\n\n');
}
