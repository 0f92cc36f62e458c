/**
 * The `with DAG(...) as dag:` header. `schedule`, `start_date` and `catchup`
 * are always written (the contract: no reliance on Airflow defaults that
 * changed between 2.x and 3); other settings only when the design sets them
 * (null, empty list or empty dict = not set). Durations become timedelta,
 * params become `Param(...)` objects.
 */
import { lineOf } from '../../design/targets.ts';
import type { AirflowTarget, DagParam, DagSettings, JsonValue } from '../../design/design.ts';
import { paramKeyOrder } from '../../design/key-order.ts';
import {
  isPythonIdentifier,
  pyBracketed,
  pyNumber,
  pyStr,
  pyText,
  pyValue,
  type PyExpr,
} from '../python-literal.ts';
import { pyAssetSchedule } from './assets.ts';
import { renderCallBlock, type Kwarg } from './calls.ts';
import type { ImportCollector } from './imports.ts';
import { pyCallbackArg, pyNotifierList } from './notifiers.ts';
import { commonArgs } from './operators.ts';
import { DAG_TARGETS } from './targets.ts';
import { pyArgValue, pyDatetime, pyTimedelta } from './values.ts';

const KWARG_INDENT = '    ';

/** default_args keys typed by the BaseOperator catalog (durations -> timedelta), others as JSON. */
function pyDefaultArgs(
  defaultArgs: Record<string, JsonValue>,
  target: AirflowTarget,
  imports: ImportCollector,
): PyExpr {
  const specs = new Map(commonArgs(target).map((spec) => [spec.name, spec]));
  const items = Object.entries(defaultArgs).map(([name, value]) => {
    const spec = specs.get(name);
    const key = pyStr(spec?.pythonName ?? name);
    const field = `dag.default_args.${name}`;
    const indent = KWARG_INDENT + '    ';
    const py =
      pyCallbackArg(name, value, target, imports, indent, field) ??
      pyArgValue(value, spec, field, imports, indent);
    return `${key}: ${py}`;
  });
  return pyBracketed('{', items, '}', KWARG_INDENT, true);
}

/**
 * `Param(default, type=..., title=..., ...)`: every keyword as written, in
 * the canonical order (paramKeyOrder). A keyword that cannot be a Python
 * keyword argument (`$comment`, `x-ui`, `self`) goes into a `**{...}` dict.
 */
function pyParam(param: DagParam, paramClass: string): PyExpr {
  const line = KWARG_INDENT + '    '; // the `"name": Param(` line inside params={...}
  const item = line + '    '; // its arguments, when they need a line each
  const literal = (value: JsonValue): PyExpr =>
    typeof value === 'string' ? pyText(value) : pyValue(value, item);
  const args: string[] = [];
  const spread: string[] = [];
  if (param.default !== undefined) args.push(literal(param.default));
  for (const key of paramKeyOrder(Object.keys(param))) {
    const value = param[key];
    if (key === 'default' || value === undefined) continue;
    if (isPythonIdentifier(key) && key !== 'self') args.push(`${key}=${literal(value)}`);
    else spread.push(`${pyStr(key)}: ${literal(value)}`);
  }
  if (spread.length > 0) args.push(`**${pyBracketed('{', spread, '}', item)}`);
  return pyBracketed(`${paramClass}(`, args, ')', line);
}

function pyParams(params: Record<string, DagParam>, paramClass: string): PyExpr {
  const items = Object.entries(params).map(
    ([name, param]) => `${pyStr(name)}: ${pyParam(param, paramClass)}`,
  );
  return pyBracketed('{', items, '}', KWARG_INDENT, true);
}

export function renderDagOpen(
  dag: DagSettings,
  target: AirflowTarget,
  imports: ImportCollector,
): string {
  const names = DAG_TARGETS[lineOf(target)];
  const kwargs: Kwarg[] = [{ name: 'dag_id', value: pyStr(dag.dag_id) }];
  const add = (name: string, value: PyExpr) => kwargs.push({ name, value });
  if (dag.description !== null) add('description', pyStr(dag.description));
  add(
    'schedule',
    typeof dag.schedule === 'string'
      ? pyStr(dag.schedule)
      : dag.schedule === null
        ? 'None'
        : pyAssetSchedule(dag.schedule, target, imports, KWARG_INDENT),
  );
  add('start_date', pyDatetime(dag.start_date, 'dag.start_date', imports));
  if (dag.end_date !== null) add('end_date', pyDatetime(dag.end_date, 'dag.end_date', imports));
  add('catchup', dag.catchup ? 'True' : 'False');
  if (dag.max_active_runs !== null) add('max_active_runs', pyNumber(dag.max_active_runs));
  if (dag.max_active_tasks !== null) add('max_active_tasks', pyNumber(dag.max_active_tasks));
  if (dag.dagrun_timeout !== null) add('dagrun_timeout', pyTimedelta(dag.dagrun_timeout, imports));
  if (dag.tags.length > 0) add('tags', pyValue(dag.tags, KWARG_INDENT));
  if (Object.keys(dag.default_args).length > 0)
    add('default_args', pyDefaultArgs(dag.default_args, target, imports));
  if (Object.keys(dag.params).length > 0) {
    add('params', pyParams(dag.params, imports.use(names.param.module, names.param.name)));
  }
  if (dag.doc_md !== null) add('doc_md', pyText(dag.doc_md));
  // DAG-run alerts (validation refuses on_retry_callback here: DAG runs are not retried).
  for (const key of ['on_failure_callback', 'on_success_callback'] as const) {
    const calls = dag[key];
    if (calls !== undefined)
      add(key, pyNotifierList(calls, target, imports, KWARG_INDENT, `dag.${key}`));
  }
  if (dag.on_retry_callback !== undefined)
    throw new Error("dag.on_retry_callback: Airflow's DAG takes no on_retry_callback");
  return renderCallBlock(
    `with ${imports.use(names.dag.module, names.dag.name)}`,
    kwargs,
    '',
    ' as dag:',
  );
}
