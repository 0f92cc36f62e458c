/**
 * What the exporter needs to know about a task's operator on one target:
 * from the catalog for catalog operators, from the task for `custom` ones.
 */
import type { AirflowTarget, Task } from '../../design/design.ts';
import type { ArgSpec } from '../../catalog/types.ts';
import { COMMON_ARGS, getOperator, isCommonArgOn } from '../../catalog/index.ts';
import { isPythonIdentifier, isPythonModulePath } from '../python-literal.ts';

export interface ResolvedOperator {
  /** Catalog key or `custom`. */
  key: string;
  module: string;
  className: string;
  provider: string | null;
  /** The operator's own arguments on the target, in catalog order. */
  args: readonly ArgSpec[];
  isSensor: boolean;
  usesPythonCallable: boolean;
}

export function resolveOperator(task: Task, target: AirflowTarget): ResolvedOperator {
  const where = `task "${task.task_id}"`;
  if (task.operator === 'custom') {
    const custom = task.custom;
    if (!custom)
      throw new Error(`${where}: a custom operator needs "custom": { "module", "class" }`);
    if (!isPythonModulePath(custom.module)) {
      throw new Error(
        `${where}: custom module "${custom.module}" is not a dotted Python module path`,
      );
    }
    if (!isPythonIdentifier(custom.class)) {
      throw new Error(`${where}: custom class "${custom.class}" is not a Python identifier`);
    }
    return {
      key: 'custom',
      module: custom.module,
      className: custom.class,
      provider: null,
      args: [],
      isSensor: false,
      usesPythonCallable: false,
    };
  }
  const spec = getOperator(task.operator);
  if (!spec) throw new Error(`${where}: unknown operator "${task.operator}"`);
  const onTarget = spec.targets[target];
  if (!onTarget) throw new Error(`${where}: ${task.operator} does not exist on Airflow ${target}`);
  return {
    key: spec.key,
    module: onTarget.module,
    className: onTarget.className,
    provider: onTarget.provider,
    args: onTarget.args,
    isSensor: spec.isSensor,
    usesPythonCallable: spec.usesPythonCallable,
  };
}

/** BaseOperator arguments available on the target, in catalog order. */
export function commonArgs(target: AirflowTarget): ArgSpec[] {
  return COMMON_ARGS.filter((spec) => isCommonArgOn(spec, target));
}
