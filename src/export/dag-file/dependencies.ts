/**
 * Edges as `>>` lines after all tasks, duplicates dropped, ordered by the
 * upstream task's place in the design (creation order, which usually follows
 * the flow: `start >> ...` first), then the downstream task's.
 * - A task with several downstream tasks: one fan-out line, `a >> [b, c]`.
 * - Several tasks whose only downstream task is the same one: one fan-in
 *   line, `[a, b] >> c`, where the first of them would have been.
 * - A line ending in one task continues with that task's own line, so a
 *   linear run reads `a >> b >> c` (and `[a, b] >> c >> [d, e]`), as long as
 *   it fits on one line; a line is only continued from the line before it in
 *   this order, so the output stays deterministic.
 */
import type { Edge } from '../../design/design.ts';
import { LINE_WIDTH } from '../python-literal.ts';

/** `[a, b, c]` on one line when `prefix + list + suffix` fits, else one name per line. */
function pyList(names: readonly string[], prefix: string, suffix: string, indent: string): string {
  const flat = `${prefix}[${names.join(', ')}]${suffix}`;
  if (flat.length <= LINE_WIDTH) return flat;
  return `${prefix}[\n${names.map((name) => `${indent}    ${name},\n`).join('')}${indent}]${suffix}`;
}

/** `variables`: the Python variable of each task, in design order. */
export function renderDependencies(
  edges: readonly Edge[],
  variables: ReadonlyMap<string, string>,
  indent: string,
): string[] {
  const position = new Map([...variables.keys()].map((id, index) => [id, index]));
  const byPosition = (a: string, b: string) => (position.get(a) ?? -1) - (position.get(b) ?? -1);
  const variable = (taskId: string) => {
    const name = variables.get(taskId);
    if (name === undefined) throw new Error(`Cannot export: edge names unknown task "${taskId}"`);
    return name;
  };

  const downstream = new Map<string, Set<string>>();
  for (const { from, to } of edges)
    downstream.set(from, (downstream.get(from) ?? new Set()).add(to));
  const froms = [...downstream.keys()].sort(byPosition);
  const targetsOf = (from: string) => [...(downstream.get(from) ?? [])].sort(byPosition);

  // Upstream tasks with a single downstream task, per downstream task.
  const soleUpstreams = new Map<string, string[]>();
  for (const from of froms) {
    const targets = targetsOf(from);
    if (targets.length === 1)
      soleUpstreams.set(targets[0]!, [...(soleUpstreams.get(targets[0]!) ?? []), from]);
  }

  // Each dependency line as its parts: upstream names (one, or a fan-in list) >> downstream names.
  const parts: { from: string[]; to: string[] }[] = [];
  for (const from of froms) {
    const targets = targetsOf(from);
    if (targets.length > 1) {
      parts.push({ from: [from], to: targets });
      continue;
    }
    const to = targets[0]!;
    const upstreams = soleUpstreams.get(to) ?? [];
    if (upstreams.length < 2) parts.push({ from: [from], to: [to] });
    else if (upstreams[0] === from) parts.push({ from: upstreams, to: [to] });
  }

  const side = (ids: readonly string[], prefix: string, suffix: string) =>
    ids.length === 1
      ? `${prefix}${variable(ids[0]!)}${suffix}`
      : pyList(ids.map(variable), prefix, suffix, indent);
  // The line starting at each task (a task starts at most one line: it is in `froms` once).
  const lineFrom = new Map<string, number>();
  parts.forEach((p, j) => {
    if (p.from.length === 1) lineFrom.set(p.from[0]!, j);
  });
  const lines: string[] = [];
  const used = new Set<number>();
  parts.forEach((part, i) => {
    if (used.has(i)) return;
    used.add(i);
    let line = side(part.to, side(part.from, indent, ' >> '), '');
    let last = part.to;
    // Continue with the line of the task this one ends in, while it fits on one line.
    for (;;) {
      if (last.length !== 1 || line.includes('\n')) break;
      const next = lineFrom.get(last[0]!);
      if (next === undefined || used.has(next)) break;
      const longer = side(parts[next]!.to, `${line} >> `, '');
      if (longer.includes('\n') || longer.length > LINE_WIDTH) break;
      used.add(next);
      line = longer;
      last = parts[next]!.to;
    }
    lines.push(line);
  });
  return lines;
}
