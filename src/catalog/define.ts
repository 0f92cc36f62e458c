/**
 * Small builders that keep the operator files readable as data: one line per
 * argument, per-target differences written as plain conditions on the target.
 */
import {
  AIRFLOW_TARGETS,
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
  /** The arguments on one target (called once per target in `imports`). */
  args: (target: AirflowTarget) => readonly ArgSpec[];
}

export function defineOperator(def: OperatorDefinition): OperatorSpec {
  const targets: Partial<Record<AirflowTarget, OperatorTargetSpec>> = {};
  for (const target of AIRFLOW_TARGETS) {
    const where = def.imports[lineOf(target)];
    if (!where) continue;
    const gone = def.deprecatedSince;
    if (gone && providerAtLeast(target, gone.provider, gone.version)) continue;
    const args = def.args(target);
    const has = (spec: ArgSpec) =>
      !spec.needs || providerAtLeast(target, spec.needs.provider, spec.needs.version);
    targets[target] = {
      ...where,
      args: args.filter(has),
      unavailable: args.filter((spec) => !has(spec)),
    };
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
  };
}

export { isAirflow2 } from '../design/targets.ts';
