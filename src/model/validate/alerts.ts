/**
 * Alerts: every notifier list (`dag.on_failure_callback`, the callback
 * arguments in `default_args` and in a task's `args`) names notifiers the
 * target has (src/catalog/notifiers.ts), with their required arguments and
 * only arguments they take, each value checked like an operator argument.
 *
 * `dag.on_retry_callback` is refused: Airflow's DAG takes no such argument
 * (DAG runs are not retried); the same list in `default_args` alerts on
 * every task's retry.
 */
import { getNotifier, NOTIFIERS, type NotifierSpec } from '../../catalog/index.ts';
import {
  AIRFLOW_TARGETS,
  CALLBACK_KEYS,
  notifierCallOf,
  type JsonValue,
  type NotifierCall,
} from '../../design/design.ts';
import { providerVersion } from '../../design/targets.ts';
import { errorFinding, type Finding } from '../findings.ts';
import { childPath } from '../paths.ts';
import type { ValidationContext } from './context.ts';
import { didYouMean } from './suggest.ts';
import { checkValue, isBlank } from './values.ts';

const SHAPE = 'a list of notifiers, each { "notifier": "SnsNotifier", "args": { ... } }';

/** The DAG-level alert lists. */
export function checkDagAlerts(ctx: ValidationContext): Finding[] {
  const out: Finding[] = [];
  for (const key of CALLBACK_KEYS) {
    const list = ctx.design.dag[key];
    if (list === undefined) continue;
    const path = `dag.${key}`;
    if (key === 'on_retry_callback') {
      out.push(
        errorFinding(
          'invalid-argument',
          path,
          "A DAG run is never retried, so Airflow's DAG takes no on_retry_callback; to alert when any task retries, put the list in default_args.on_retry_callback.",
        ),
      );
      continue;
    }
    list.forEach((call, i) => out.push(...checkNotifier(ctx, call, childPath(path, i))));
  }
  return out;
}

/** A callback argument's value (in default_args or task args), still plain JSON. */
export function checkNotifierList(
  ctx: ValidationContext,
  value: JsonValue,
  path: string,
): Finding[] {
  // null is Airflow's default (no callback), like any other argument.
  if (value === null) return [];
  if (!Array.isArray(value)) {
    return [errorFinding('invalid-argument', path, `An alert is ${SHAPE}.`)];
  }
  return value.flatMap((item, i) => {
    const at = childPath(path, i);
    const call = notifierCallOf(item);
    return call
      ? checkNotifier(ctx, call, at)
      : [errorFinding('invalid-argument', at, `An alert is ${SHAPE}.`)];
  });
}

/** Targets that have the notifier, for messages. */
const targetsWith = (spec: NotifierSpec) => AIRFLOW_TARGETS.filter((t) => spec.targets[t]);

function checkNotifier(ctx: ValidationContext, call: NotifierCall, path: string): Finding[] {
  const spec = getNotifier(call.notifier);
  if (!spec) {
    return [
      errorFinding(
        'invalid-argument',
        childPath(path, 'notifier'),
        `"${call.notifier}" is not a notifier the designer knows.${didYouMean(
          call.notifier,
          NOTIFIERS.map((n) => n.key),
        )} Known: ${NOTIFIERS.map((n) => n.key).join(', ')}.`,
      ),
    ];
  }
  const onTarget = spec.targets[ctx.target];
  if (!onTarget) {
    const needs = spec.needs;
    const pinned = needs ? providerVersion(ctx.target, needs.provider) : undefined;
    const why = needs
      ? `it needs ${needs.provider} ${needs.version} or newer; MWAA Airflow ${ctx.target} pins ${pinned ?? 'no version of it'}`
      : `it does not exist on Airflow ${ctx.target}`;
    return [
      errorFinding(
        'unsupported-on-target',
        childPath(path, 'notifier'),
        `${spec.key} is not available here: ${why} (available on ${targetsWith(spec).join(', ')}).`,
      ),
    ];
  }
  const out: Finding[] = [];
  const argsPath = childPath(path, 'args');
  for (const arg of onTarget.args) {
    if (arg.required && isBlank(call.args[arg.name])) {
      out.push(
        errorFinding(
          'missing-argument',
          childPath(argsPath, arg.name),
          `${spec.key} needs ${arg.name}: ${arg.help}`,
        ),
      );
    }
  }
  for (const [name, value] of Object.entries(call.args)) {
    const at = childPath(argsPath, name);
    const known = onTarget.args.find((a) => a.name === name);
    if (known) {
      out.push(...checkValue(ctx, known, value, at));
      continue;
    }
    const newer = onTarget.unavailable.find((a) => a.name === name)?.needs;
    if (newer) {
      out.push(
        errorFinding(
          'unsupported-on-target',
          at,
          `${spec.key}'s ${name} needs ${newer.provider} ${newer.version} or newer; MWAA Airflow ${ctx.target} pins ${providerVersion(ctx.target, newer.provider) ?? 'no version of it'}.`,
        ),
      );
      continue;
    }
    out.push(
      errorFinding(
        'invalid-argument',
        at,
        `${spec.key} has no argument "${name}".${didYouMean(
          name,
          onTarget.args.map((a) => a.name),
        )}`,
      ),
    );
  }
  return out;
}
