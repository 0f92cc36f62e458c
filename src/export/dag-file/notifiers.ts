/**
 * Alerts in the DAG file: a notifier list becomes a Python list of notifier
 * instances, `[SnsNotifier(target_arn="...", message="...")]`, each class
 * imported (only when used) from where the target's provider has it
 * (src/catalog/notifiers.ts). The same rendering serves `DAG(...)`,
 * `default_args` and task arguments. Keyword order: the catalog's, so a
 * design's key order never changes the file.
 */
import { getNotifier, isCallbackArg } from '../../catalog/index.ts';
import {
  CALLBACK_KEYS,
  notifierCallsOf,
  type AirflowTarget,
  type Design,
  type JsonValue,
  type NotifierCall,
} from '../../design/design.ts';
import { isPythonIdentifier, pyBracketed, type PyExpr } from '../python-literal.ts';
import type { ImportCollector } from './imports.ts';
import { pyArgValue } from './values.ts';

function resolve(call: NotifierCall, target: AirflowTarget, field: string) {
  const spec = getNotifier(call.notifier);
  if (!spec) throw new Error(`${field}: unknown notifier "${call.notifier}"`);
  const onTarget = spec.targets[target];
  if (!onTarget) throw new Error(`${field}: ${call.notifier} does not exist on Airflow ${target}`);
  return onTarget;
}

function pyNotifier(
  call: NotifierCall,
  target: AirflowTarget,
  imports: ImportCollector,
  indent: string,
  field: string,
): PyExpr {
  const onTarget = resolve(call, target, field);
  const unknown = Object.keys(call.args).find((n) => !onTarget.args.some((a) => a.name === n));
  if (unknown !== undefined)
    throw new Error(
      `${field}: ${call.notifier} takes no argument "${unknown}" on Airflow ${target}`,
    );
  const className = imports.use(onTarget.module, onTarget.className);
  const kwargs = onTarget.args
    .filter((spec) => Object.hasOwn(call.args, spec.name))
    .map((spec) => {
      if (!isPythonIdentifier(spec.name)) throw new Error(`${field}: bad argument ${spec.name}`);
      const value = call.args[spec.name] as JsonValue;
      return `${spec.name}=${pyArgValue(value, spec, `${field}, ${spec.name}`, imports, indent + '    ')}`;
    });
  return pyBracketed(`${className}(`, kwargs, ')', indent);
}

/** A list of notifiers as a Python list; `indent` is that of the line the list starts on. */
export function pyNotifierList(
  calls: readonly NotifierCall[],
  target: AirflowTarget,
  imports: ImportCollector,
  indent: string,
  field: string,
): PyExpr {
  const items = calls.map((call, i) =>
    pyNotifier(call, target, imports, indent + '    ', `${field}[${i}]`),
  );
  // One notifier per line: a notifier call rarely fits beside its keyword.
  return pyBracketed('[', items, ']', indent, true);
}

/**
 * The value of argument `name` when it is an alert hook (in default_args or a
 * task's args), or null for every other argument.
 */
export function pyCallbackArg(
  name: string,
  value: JsonValue,
  target: AirflowTarget,
  imports: ImportCollector,
  indent: string,
  field: string,
): PyExpr | null {
  if (!isCallbackArg(name) || value === null) return null;
  const calls = notifierCallsOf(value);
  if (!calls) throw new Error(`${field}: an alert must be a list of notifiers`);
  return pyNotifierList(calls, target, imports, indent, field);
}

/** Every notifier call a design makes, wherever it is set. */
function allCalls(design: Design): NotifierCall[] {
  const fromArgs = (args: Record<string, JsonValue>) =>
    Object.entries(args).flatMap(([name, value]) =>
      isCallbackArg(name) ? (notifierCallsOf(value) ?? []) : [],
    );
  return [
    ...CALLBACK_KEYS.flatMap((key) => design.dag[key] ?? []),
    ...fromArgs(design.dag.default_args),
    ...design.tasks.flatMap((task) => fromArgs(task.args)),
  ];
}

/** Provider distributions the design's notifiers import (for requirements.txt). */
export function notifierProviders(design: Design, target: AirflowTarget): string[] {
  return allCalls(design).flatMap(
    (call) => getNotifier(call.notifier)?.targets[target]?.provider ?? [],
  );
}
