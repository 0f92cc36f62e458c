/**
 * The canonical text of a design: the same design always gives the same
 * bytes, so saves are reproducible and a git diff shows only what changed.
 *
 * - Keys in the contract's order (built explicitly below, never taken from
 *   whatever order an object happens to have).
 * - `tasks` and `groups` in their array order (creation order); `edges`
 *   sorted by `from`, then `to` (by UTF-16 code units, not locale, so every
 *   machine sorts alike).
 * - Inside `args`, `default_args`, `params` and `custom` JSON values, keys
 *   keep the user's insertion order: it is the order the user typed them and
 *   the order the exporter emits keyword arguments. (JavaScript lists
 *   integer-like keys such as "10" first; a reload does the same, so the
 *   output is still stable.)
 * - Optional fields that are absent are omitted; nullable fields are always
 *   written, `null` included.
 * - 2-space indentation and a trailing newline.
 */
import type { DagParam, DagSettings, Design, Task, TaskGroup } from '../design/design.ts';
import { sortEdges } from '../design/edges.ts';

type Ordered = Record<string, unknown>;

/** Drops `undefined` so absent optional fields leave no trace (JSON.stringify would too; this documents it). */
function compact(obj: Ordered): Ordered {
  const out: Ordered = {};
  for (const [key, value] of Object.entries(obj)) if (value !== undefined) out[key] = value;
  return out;
}

function param(p: DagParam): Ordered {
  return compact({
    default: p.default,
    type: p.type,
    description: p.description,
    enum: p.enum,
    minimum: p.minimum,
    maximum: p.maximum,
  });
}

function dag(d: DagSettings): Ordered {
  return {
    dag_id: d.dag_id,
    description: d.description,
    schedule: d.schedule,
    start_date: d.start_date,
    end_date: d.end_date,
    catchup: d.catchup,
    max_active_runs: d.max_active_runs,
    max_active_tasks: d.max_active_tasks,
    dagrun_timeout: d.dagrun_timeout,
    tags: d.tags,
    default_args: d.default_args,
    params: Object.fromEntries(Object.entries(d.params).map(([k, p]) => [k, param(p)])),
    doc_md: d.doc_md,
  };
}

function group(g: TaskGroup): Ordered {
  return compact({
    group_id: g.group_id,
    parent: g.parent,
    tooltip: g.tooltip,
    ui: g.ui && compact({ x: g.ui.x, y: g.ui.y, collapsed: g.ui.collapsed }),
  });
}

function task(t: Task): Ordered {
  return compact({
    task_id: t.task_id,
    operator: t.operator,
    custom: t.custom && { module: t.custom.module, class: t.custom.class },
    args: t.args,
    python: t.python,
    group: t.group,
    estimated_duration: t.estimated_duration,
    ui: t.ui && compact({ x: t.ui.x, y: t.ui.y, pinned: t.ui.pinned }),
  });
}

export { sortEdges } from '../design/edges.ts';

export function serializeDesign(design: Design): string {
  const ordered = {
    format: design.format,
    version: design.version,
    target: { airflow: design.target.airflow },
    dag: dag(design.dag),
    groups: design.groups.map(group),
    tasks: design.tasks.map(task),
    edges: sortEdges(design.edges).map((e) => ({ from: e.from, to: e.to })),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
