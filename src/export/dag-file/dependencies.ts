/**
 * Edges as `>>` lines after all tasks, duplicates dropped, ordered by the
 * upstream task's place in the design (creation order, which usually follows
 * the flow: `start >> ...` first), then the downstream task's. A task with
 * several downstream tasks gets one fan-out line, `a >> [b, c]`.
 */
import type { Edge } from '../../model/design.ts';
import { LINE_WIDTH } from '../python-literal.ts';

/** `variables`: the Python variable of each task, in design order. */
export function renderDependencies(edges: readonly Edge[], variables: ReadonlyMap<string, string>, indent: string): string[] {
  const position = new Map([...variables.keys()].map((id, index) => [id, index]));
  const compare = (a: string, b: string) => (position.get(a) ?? -1) - (position.get(b) ?? -1);
  const downstream = new Map<string, Set<string>>();
  for (const { from, to } of edges) downstream.set(from, (downstream.get(from) ?? new Set()).add(to));
  const variable = (taskId: string) => {
    const name = variables.get(taskId);
    if (name === undefined) throw new Error(`Cannot export: edge names unknown task "${taskId}"`);
    return name;
  };
  return [...downstream.keys()].sort(compare).map((from) => {
    const targets = [...(downstream.get(from) ?? [])].sort(compare).map(variable);
    const head = `${indent}${variable(from)} >> `;
    if (targets.length === 1) return head + targets[0];
    const flat = `${head}[${targets.join(', ')}]`;
    if (flat.length <= LINE_WIDTH) return flat;
    return `${head}[\n${targets.map((name) => `${indent}    ${name},\n`).join('')}${indent}]`;
  });
}
