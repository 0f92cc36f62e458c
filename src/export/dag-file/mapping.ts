/**
 * Dynamic task mapping in the DAG file: a task with `expand` is written
 * `Op.partial(task_id=..., <its other args>).expand(<arg>=<source>)`, the
 * source a literal list (each element written like the argument's value) or
 * `<upstream>.output`, the upstream task's XCom (the edge that validation
 * requires is drawn as `>>` like any other).
 */
import type { ArgSpec } from '../../catalog/types.ts';
import { isOutputOf, type JsonValue, type Task } from '../../design/design.ts';
import { isPythonIdentifier, pyBracketed, type PyExpr } from '../python-literal.ts';
import type { ImportCollector } from './imports.ts';
import { pyArgValue } from './values.ts';

/** `.expand(arg=...)` for a mapped task, '' for any other. `indent` is the task line's. */
export function expandTail(
  task: Task,
  specs: readonly ArgSpec[],
  variables: ReadonlyMap<string, string>,
  imports: ImportCollector,
  indent: string,
  /** The exporter's value traps (a bash_command ending in .sh), applied to each element too. */
  trap: (name: string, value: JsonValue) => JsonValue = (_name, value) => value,
): string {
  const entries = Object.entries(task.expand ?? {});
  if (entries.length === 0) return '';
  const where = `task "${task.task_id}"`;
  if (entries.length > 1) throw new Error(`${where}: more than one expanded argument`);
  const [name, source] = entries[0]!;
  const spec = specs.find((s) => s.name === name);
  const pythonName = spec?.pythonName ?? name;
  if (!isPythonIdentifier(pythonName))
    throw new Error(`${where}: expanded argument "${name}" is not a Python identifier`);
  if (Object.hasOwn(task.args, name))
    throw new Error(`${where}: "${name}" is both expanded and in args`);
  let value: PyExpr;
  if (isOutputOf(source)) {
    const upstream = variables.get(source.output_of);
    if (upstream === undefined)
      throw new Error(`${where}: output_of names no task "${source.output_of}"`);
    value = `${upstream}.output`;
  } else {
    const items = source.map((item, j) =>
      pyArgValue(
        trap(name, item),
        spec,
        `${where}, expand.${name}[${j}]`,
        imports,
        indent + '    ',
      ),
    );
    value = pyBracketed('[', items, ']', indent);
  }
  return `.expand(${pythonName}=${value})`;
}
