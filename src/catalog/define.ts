/**
 * Small builders that keep the operator files readable as data: one line per
 * argument, per-target differences written as plain conditions on the target.
 */
import type { JsonValue } from '../design/design.ts';
import {
  AIRFLOW_TARGETS,
  compareVersions,
  lineOf,
  type AirflowLine,
  type AirflowTarget,
} from '../design/targets.ts';
import { providerAtLeast } from './providers.ts';
import type {
  ArgSpec,
  ArgType,
  OperatorCategory,
  OperatorSpec,
  OperatorTargetSpec,
} from './types.ts';
import type { ImportPath } from './import-paths.ts';

type ArgOptions = Partial<Omit<ArgSpec, 'name' | 'type' | 'help'>>;

/** An optional argument (Airflow gives it a default). */
export function arg(name: string, type: ArgType, help: string, options: ArgOptions = {}): ArgSpec {
  return { name, type, required: false, templated: false, help, ...options };
}

/** A required argument: Airflow's `__init__` has no default for it. */
export function requiredArg(
  name: string,
  type: ArgType,
  help: string,
  options: ArgOptions = {},
): ArgSpec {
  return { name, type, required: true, templated: false, help, ...options };
}

/** `deferrable` as most modern operators take it (default from `[operators] default_deferrable`). */
export function deferrableArg(): ArgSpec {
  return arg(
    'deferrable',
    'boolean',
    'Wait in the triggerer instead of holding a worker slot (needs a triggerer; MWAA runs one). Default comes from [operators] default_deferrable, normally false.',
    { default: false },
  );
}

export interface OperatorDefinition {
  key: string;
  label: string;
  category: OperatorCategory;
  description: string;
  isSensor?: boolean;
  usesPythonCallable?: boolean;
  isBranch?: boolean;
  /** Where the class lives per Airflow line; a missing line means "not available there". */
  imports: Partial<Record<AirflowLine, ImportPath>>;
  /**
   * The provider version that deprecated the class (it warns on every parse
   * of the DAG file there): not offered from that version on.
   */
  deprecatedSince?: { provider: string; version: string };
  /**
   * The Airflow version that introduced the class (its module refuses to
   * import on older cores, whatever the provider version): not offered before.
   */
  sinceAirflow?: string;
  /** Argument groups of which a task must set at least one (see `OperatorSpec.requiresOneOf`). */
  requiresOneOf?: readonly (readonly string[])[];
  /**
   * Arguments of a task added from the palette (see `OperatorSpec.newTaskArgs`).
   * Sensors get mode 'reschedule' without saying so. Only names the target's
   * argument list has are kept.
   */
  newTaskArgs?: Readonly<Record<string, JsonValue>>;
  /** The arguments on one target (called once per target in `imports`). */
  args: (target: AirflowTarget) => readonly ArgSpec[];
}

/**
 * A sensor added from the palette waits in mode 'reschedule': Airflow's
 * 'poke' holds a worker slot for up to the 7-day default timeout, which
 * validation warns about (long-poke-sensor) — a new task must not start
 * with a warning the user did not cause.
 */
const SENSOR_NEW_TASK_ARGS: Readonly<Record<string, JsonValue>> = { mode: 'reschedule' };

export function defineOperator(def: OperatorDefinition): OperatorSpec {
  const targets: Partial<Record<AirflowTarget, OperatorTargetSpec>> = {};
  for (const target of AIRFLOW_TARGETS) {
    const where = def.imports[lineOf(target)];
    if (!where) continue;
    const gone = def.deprecatedSince;
    if (gone && providerAtLeast(target, gone.provider, gone.version)) continue;
    if (def.sinceAirflow && compareVersions(target, def.sinceAirflow) < 0) continue;
    const args = def.args(target);
    const has = (spec: ArgSpec) =>
      !spec.needs || providerAtLeast(target, spec.needs.provider, spec.needs.version);
    targets[target] = {
      ...where,
      args: args.filter(has),
      unavailable: args.filter((spec) => !has(spec)),
    };
  }
  const newTaskArgs: Partial<Record<AirflowTarget, Readonly<Record<string, JsonValue>>>> = {};
  const wanted = { ...(def.isSensor ? SENSOR_NEW_TASK_ARGS : {}), ...def.newTaskArgs };
  for (const [target, spec] of Object.entries(targets) as [AirflowTarget, OperatorTargetSpec][]) {
    const names = new Set(spec.args.map((a) => a.name));
    newTaskArgs[target] = Object.fromEntries(
      Object.entries(wanted).filter(([name]) => names.has(name)),
    );
  }
  return {
    key: def.key,
    label: def.label,
    category: def.category,
    description: def.description,
    isSensor: def.isSensor ?? false,
    usesPythonCallable: def.usesPythonCallable ?? false,
    isBranch: def.isBranch ?? false,
    targets,
    ...(def.sinceAirflow ? { sinceAirflow: def.sinceAirflow } : {}),
    requiresOneOf: def.requiresOneOf ?? [],
    newTaskArgs,
  };
}

export { isAirflow2 } from '../design/targets.ts';
