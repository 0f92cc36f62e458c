/**
 * A task rename reaches `expand.<arg>.output_of` too: the mapped task keeps
 * mapping over the same upstream, as its edges keep joining it.
 */
import { isOutputOf, type MapSource, type Task } from '../design/design.ts';

export function renameOutputOf(task: Task, from: string, to: string): Task {
  if (!task.expand) return task;
  const entries = Object.entries(task.expand);
  if (!entries.some(([, source]) => isOutputOf(source) && source.output_of === from)) return task;
  const expand: Record<string, MapSource> = Object.fromEntries(
    entries.map(([name, source]) => [
      name,
      isOutputOf(source) && source.output_of === from ? { output_of: to } : source,
    ]),
  );
  return { ...task, expand };
}
