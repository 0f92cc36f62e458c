/**
 * Finding paths (`tasks[3].args.bash_command`, `dag.schedule`, ...) are the
 * one address shared by validation, the inspector fields and the problems
 * list. These helpers turn a path into something a person can read and into
 * the DOM id of the field that edits it, so "click a problem -> focus the
 * field" needs no per-field wiring.
 */
import { taskKeys } from '../design/ids.ts';
import type { Design } from '../design/design.ts';
import { formatPathSegments, parsePath } from '../model/paths.ts';

export type PathScope = 'task' | 'dag' | 'group' | 'edge' | 'target' | 'design';

export interface ParsedFindingPath {
  scope: PathScope;
  /** Index into `tasks`, for task paths. */
  taskIndex?: number;
  /** Index into `groups` / `edges`, for those scopes. */
  index?: number;
  /** What follows the owner, e.g. `args.bash_command`, `schedule`, `task_id`; '' for the owner itself. */
  field: string;
}

const LISTS: Record<string, PathScope> = { tasks: 'task', groups: 'group', edges: 'edge' };

export function parseFindingPath(path: string): ParsedFindingPath {
  const segments = parsePath(path);
  const [head, second] = segments;
  const scope = typeof head === 'string' ? LISTS[head] : undefined;
  if (scope && typeof second === 'number') {
    const field = formatPathSegments(segments.slice(2));
    return scope === 'task' ? { scope, taskIndex: second, field } : { scope, index: second, field };
  }
  if (head === 'dag') return { scope: 'dag', field: formatPathSegments(segments.slice(1)) };
  if (head === 'target') return { scope: 'target', field: formatPathSegments(segments.slice(1)) };
  return { scope: 'design', field: path };
}

/** `args.bash_command` -> `bash_command`; `default_args.owner` -> `default_args › owner`; `tags[2]` -> `tags #3`. */
function readableField(field: string): string {
  const segments = parsePath(field);
  if (segments[0] === 'args' && segments.length > 1) segments.shift();
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += ` #${segment + 1}`;
    else out += out === '' ? segment : ` › ${segment}`;
  }
  return out || field;
}

/**
 * A short place for people: `load_orders › bash_command`, `DAG › schedule`,
 * `edge extract → load`. Falls back to the raw index when the design no
 * longer has that task (findings can be one render behind an edit).
 */
export function describeFindingLocation(path: string, design: Design): string {
  const parsed = parseFindingPath(path);
  const withField = (owner: string) =>
    parsed.field ? `${owner} › ${readableField(parsed.field)}` : owner;
  switch (parsed.scope) {
    case 'task': {
      const task = design.tasks[parsed.taskIndex ?? -1];
      return withField(task ? task.task_id : `task #${(parsed.taskIndex ?? 0) + 1}`);
    }
    case 'group': {
      const group = design.groups[parsed.index ?? -1];
      return withField(`group ${group ? group.group_id : `#${(parsed.index ?? 0) + 1}`}`);
    }
    case 'edge': {
      const edge = design.edges[parsed.index ?? -1];
      return withField(
        edge ? `edge ${edge.from} → ${edge.to}` : `edge #${(parsed.index ?? 0) + 1}`,
      );
    }
    case 'dag':
      return withField('DAG');
    case 'target':
      return 'Airflow target';
    case 'design':
      return parsed.field ? readableField(parsed.field) : 'design file';
  }
}

/**
 * The DOM id of the control editing `path`. Ids are derived, never listed,
 * so the inspector and the problems list cannot drift apart.
 */
export function fieldDomId(path: string): string {
  return `field-${path.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/-+$/, '')}`;
}

/**
 * `tasks[3].args.env.FOO` -> itself, `tasks[3].args.env`, `tasks[3].args`,
 * `tasks[3]`: the field to focus is the longest prefix that has a control.
 */
export function pathPrefixes(path: string): string[] {
  const segments = parsePath(path);
  const prefixes: string[] = [];
  for (let length = segments.length; length > 0; length -= 1) {
    prefixes.push(formatPathSegments(segments.slice(0, length)));
  }
  return prefixes;
}

/** Does `path` address `owner` itself or something inside it? */
export function pathIsWithin(path: string, owner: string): boolean {
  return path === owner || path.startsWith(`${owner}.`) || path.startsWith(`${owner}[`);
}

/**
 * The editor key of the task a finding points at, if any (for selecting it on
 * the canvas): its task_id, or `<id>~<n>` for a repeat of a shared id.
 */
export function findingTaskId(path: string, design: Design): string | undefined {
  const parsed = parseFindingPath(path);
  if (parsed.scope === 'task') return taskKeys(design)[parsed.taskIndex ?? -1];
  if (parsed.scope === 'edge') {
    const edge = design.edges[parsed.index ?? -1];
    if (!edge) return undefined;
    return parsed.field === 'from' ? edge.from : edge.to;
  }
  return undefined;
}
