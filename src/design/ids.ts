/**
 * The id rules and the group parent chain, once: what makes a dag_id,
 * group_id or task_id break Airflow's rules, the chain of groups a task sits
 * in, and the full task id (`group.sub.task`) Airflow builds from it.
 * Validation words each break as a finding, the change function as a
 * refusal and the exporter as an Error; none of them re-derives the rule.
 */
import { GROUP_ID_PATTERN, ID_PATTERN, MAX_ID_LENGTH, type Design } from './design.ts';

export type IdKind = 'dag_id' | 'group_id' | 'task_id';

/** Which rule an id breaks: the callers pick their own words for each. */
export type IdBreak = 'empty' | 'too-long' | 'group-dot' | 'leading-dot-or-dash' | 'bad-chars';

/** The first rule `id` breaks as a `kind`, or null when Airflow accepts it. */
export function idBreak(kind: IdKind, id: string): IdBreak | null {
  if (id === '') return 'empty';
  if (id.length > MAX_ID_LENGTH) return 'too-long';
  const pattern = kind === 'group_id' ? GROUP_ID_PATTERN : ID_PATTERN;
  if (pattern.test(id)) return null;
  if (kind === 'group_id' && id.includes('.')) return 'group-dot';
  return /^[.-]/.test(id) ? 'leading-dot-or-dash' : 'bad-chars';
}

/** Each group's parent, keyed by group_id (a repeated id is reported elsewhere; the last wins). */
export function parentsOf(design: Design): Map<string, string | null> {
  return new Map(design.groups.map((g) => [g.group_id, g.parent]));
}

export interface ChainWalk {
  /** The known groups walked, outermost first. */
  chain: string[];
  /** Where the walk stopped early: a group seen twice, or an id no group has. */
  broken?: { reason: 'cycle' | 'unknown'; at: string };
}

/** Walks from `group` up through its parents. */
export function walkGroupChain(
  parents: ReadonlyMap<string, string | null>,
  group: string | null,
): ChainWalk {
  const chain: string[] = [];
  const seen = new Set<string>();
  for (let g = group; g !== null; g = parents.get(g) ?? null) {
    if (seen.has(g)) return { chain, broken: { reason: 'cycle', at: g } };
    if (!parents.has(g)) return { chain, broken: { reason: 'unknown', at: g } };
    seen.add(g);
    chain.unshift(g);
  }
  return { chain };
}

/**
 * The group chain of a task, outermost first (`['outer', 'inner']`), or null
 * when the chain is broken (unknown group or a group cycle: reported elsewhere).
 */
export function groupChain(design: Design, group: string | null): string[] | null {
  const walk = walkGroupChain(parentsOf(design), group);
  return walk.broken ? null : walk.chain;
}

/** `group.sub.task` as Airflow names it, or null when the group chain is broken. */
export function fullTaskId(design: Design, taskId: string, group: string | null): string | null {
  const chain = groupChain(design, group);
  return chain === null ? null : [...chain, taskId].join('.');
}

/**
 * The Python identifier an id turns into (`load.daily-v2` -> `load_daily_v2`);
 * a leading digit gets `<prefix>_` so the result is an identifier. The DAG
 * file's variable names and the stub callable of a new task both use it.
 */
export function pythonNameFor(id: string, prefix: 'task' | 'group'): string {
  const name = id.replace(/[^A-Za-z0-9_]/g, '_');
  return /^[0-9]/.test(name) ? `${prefix}_${name}` : name;
}

/**
 * How the editor names a task: its task_id, or `<task_id>~<n>` for the n-th
 * task (n >= 2) sharing that id (a file after a git merge may hold two).
 * `~` is never part of an id, so a key cannot clash with a real task_id;
 * keys let the canvas draw and select every task while validation asks for
 * one of them to be renamed.
 */
export const TASK_KEY_SEPARATOR = '~';

/** The key of every task, in design order. */
export function taskKeys(design: Design): string[] {
  const seen = new Map<string, number>();
  return design.tasks.map((t) => {
    const n = (seen.get(t.task_id) ?? 0) + 1;
    seen.set(t.task_id, n);
    return n === 1 ? t.task_id : `${t.task_id}${TASK_KEY_SEPARATOR}${n}`;
  });
}

/** The index in `design.tasks` of the task with editor key `key`, or -1. */
export function taskIndexOfKey(design: Design, key: string): number {
  const cut = key.lastIndexOf(TASK_KEY_SEPARATOR);
  const id = cut < 0 ? key : key.slice(0, cut);
  const occurrence = cut < 0 ? 1 : Number(key.slice(cut + 1));
  let n = 0;
  return design.tasks.findIndex((t) => t.task_id === id && ++n === occurrence);
}
