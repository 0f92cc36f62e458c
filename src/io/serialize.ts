/**
 * The canonical text of a design: the same design always gives the same
 * bytes, so saves are reproducible and a git diff shows only what changed.
 *
 * - Keys in the contract's order (src/design/key-order.ts, never taken from
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
import {
  CALLBACK_KEYS,
  type DagParam,
  type DagSettings,
  type Design,
  type NotifierCall,
  type Task,
  type TaskGroup,
} from '../design/design.ts';
import { sortEdges } from '../design/edges.ts';
import {
  CUSTOM_KEYS,
  DAG_KEYS,
  DESIGN_KEYS,
  EDGE_KEYS,
  GROUP_KEYS,
  GROUP_UI_KEYS,
  NOTIFIER_KEYS,
  paramKeyOrder,
  SCHEDULE_KEYS,
  TASK_KEYS,
  TASK_UI_KEYS,
} from '../design/key-order.ts';

type Ordered = Record<string, unknown>;

/**
 * The fields of `obj` named in `keys`, in that order (values from `replace`
 * where it has the key); absent optional fields (undefined) leave no trace.
 */
function inOrder(obj: object, keys: readonly string[], replace: Ordered = {}): Ordered {
  const out: Ordered = {};
  for (const key of keys) {
    const value = key in replace ? replace[key] : Reflect.get(obj, key);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

const param = (p: DagParam): Ordered => inOrder(p, paramKeyOrder(Object.keys(p)));

const notifiers = (list: readonly NotifierCall[] | undefined) =>
  list?.map((n) => inOrder(n, NOTIFIER_KEYS));

const dag = (d: DagSettings): Ordered =>
  inOrder(d, DAG_KEYS, {
    schedule:
      typeof d.schedule === 'object' && d.schedule !== null
        ? inOrder(d.schedule, SCHEDULE_KEYS)
        : d.schedule,
    params: Object.fromEntries(Object.entries(d.params).map(([k, p]) => [k, param(p)])),
    ...Object.fromEntries(CALLBACK_KEYS.map((key) => [key, notifiers(d[key])])),
  });

const group = (g: TaskGroup): Ordered =>
  inOrder(g, GROUP_KEYS, { ui: g.ui && inOrder(g.ui, GROUP_UI_KEYS) });

const task = (t: Task): Ordered =>
  inOrder(t, TASK_KEYS, {
    custom: t.custom && inOrder(t.custom, CUSTOM_KEYS),
    ui: t.ui && inOrder(t.ui, TASK_UI_KEYS),
  });

export { sortEdges } from '../design/edges.ts';

export function serializeDesign(design: Design): string {
  const ordered = inOrder(design, DESIGN_KEYS, {
    target: { airflow: design.target.airflow },
    dag: dag(design.dag),
    groups: design.groups.map(group),
    tasks: design.tasks.map(task),
    edges: sortEdges(design.edges).map((e) => inOrder(e, EDGE_KEYS)),
  });
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/** The file a design is saved as: `<dag_id>.dag.json` (the save and the forecast's CLI line agree). */
export function designFileName(design: Design): string {
  return `${design.dag.dag_id || 'design'}.dag.json`;
}
