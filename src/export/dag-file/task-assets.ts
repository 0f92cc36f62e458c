/**
 * A task's `outlets=[Asset(...)]` and `inlets=[...]` keyword arguments
 * (`Dataset` on 2.x), written after every other argument, as BaseOperator
 * arguments are: what the task reads and updates closes its call.
 */
import type { AirflowTarget, Task } from '../../design/design.ts';
import { pyAssetList } from './assets.ts';
import type { Kwarg } from './calls.ts';
import type { ImportCollector } from './imports.ts';

export function assetKwargs(
  task: Task,
  target: AirflowTarget,
  imports: ImportCollector,
  indent: string,
): Kwarg[] {
  const kwargs: Kwarg[] = [];
  for (const name of ['inlets', 'outlets'] as const) {
    const uris = task[name];
    if (uris !== undefined && uris.length > 0)
      kwargs.push({ name, value: pyAssetList(uris, target, imports, indent) });
  }
  return kwargs;
}
