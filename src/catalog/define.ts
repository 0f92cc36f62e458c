/**
 * Small builders that keep the operator files readable as data: one line per
 * argument, per-target differences written as plain conditions on the target.
 */
import { AIRFLOW_TARGETS, type AirflowTarget } from '../design/design.ts';
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
  /** Where the class lives per target; a missing target means "not available there". */
  imports: Partial<Record<AirflowTarget, ImportPath>>;
  /** The arguments on one target (called once per target in `imports`). */
  args: (target: AirflowTarget) => readonly ArgSpec[];
}

export function defineOperator(def: OperatorDefinition): OperatorSpec {
  const targets: Partial<Record<AirflowTarget, OperatorTargetSpec>> = {};
  for (const target of AIRFLOW_TARGETS) {
    const where = def.imports[target];
    if (!where) continue;
    targets[target] = { ...where, args: def.args(target) };
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

/** True on the Airflow 2 targets (2.10, 2.11). */
export function isAirflow2(target: AirflowTarget): boolean {
  return target !== '3';
}
