/**
 * Where each operator class is imported from, per Airflow target. Pure data
 * on purpose: if the exported 2.x DAGs must move from the classic
 * `airflow.operators.*` paths to the `standard` provider (ruff AIR rules,
 * deprecation warnings), flip `CORE_IMPORT_STYLE` for that target and nothing
 * else changes. Caveat for a flip: the standard provider pinned for 2.10
 * (0.0.3) has no EmptyOperator, and its argument lists follow that provider
 * version, not core's.
 */
import { AIRFLOW_LINES, type AirflowLine } from '../design/targets.ts';

export interface ImportPath {
  /** `from <module> import <className>` */
  module: string;
  className: string;
  /** Provider distribution that ships the module, or null for Airflow core. */
  provider: string | null;
}

export const STANDARD_PROVIDER = 'apache-airflow-providers-standard';
export const AMAZON_PROVIDER = 'apache-airflow-providers-amazon';
export const HTTP_PROVIDER = 'apache-airflow-providers-http';
export const COMMON_SQL_PROVIDER = 'apache-airflow-providers-common-sql';
export const SMTP_PROVIDER = 'apache-airflow-providers-smtp';
export const CNCF_KUBERNETES_PROVIDER = 'apache-airflow-providers-cncf-kubernetes';

export type CoreImportStyle = 'classic' | 'standard';

/** Airflow 3 moved the core operators to the standard provider; 2.x keeps the classic paths. */
export const CORE_IMPORT_STYLE: Record<AirflowLine, CoreImportStyle> = {
  '2.10': 'classic',
  '2.11': 'classic',
  '3': 'standard',
};

/** Module of each core operator: classic (Airflow 2 core) and in the standard provider. */
export const CORE_MODULES = {
  EmptyOperator: {
    classic: 'airflow.operators.empty',
    standard: 'airflow.providers.standard.operators.empty',
  },
  BashOperator: {
    classic: 'airflow.operators.bash',
    standard: 'airflow.providers.standard.operators.bash',
  },
  PythonOperator: {
    classic: 'airflow.operators.python',
    standard: 'airflow.providers.standard.operators.python',
  },
  BranchPythonOperator: {
    classic: 'airflow.operators.python',
    standard: 'airflow.providers.standard.operators.python',
  },
  ShortCircuitOperator: {
    classic: 'airflow.operators.python',
    standard: 'airflow.providers.standard.operators.python',
  },
  PythonSensor: {
    classic: 'airflow.sensors.python',
    standard: 'airflow.providers.standard.sensors.python',
  },
  TriggerDagRunOperator: {
    classic: 'airflow.operators.trigger_dagrun',
    standard: 'airflow.providers.standard.operators.trigger_dagrun',
  },
  ExternalTaskSensor: {
    classic: 'airflow.sensors.external_task',
    standard: 'airflow.providers.standard.sensors.external_task',
  },
  TimeDeltaSensor: {
    classic: 'airflow.sensors.time_delta',
    standard: 'airflow.providers.standard.sensors.time_delta',
  },
  DateTimeSensor: {
    classic: 'airflow.sensors.date_time',
    standard: 'airflow.providers.standard.sensors.date_time',
  },
} as const;

export type CoreOperatorKey = keyof typeof CORE_MODULES;

/** Import paths of a core operator on every target, following `CORE_IMPORT_STYLE`. */
export function coreImports(key: CoreOperatorKey): Partial<Record<AirflowLine, ImportPath>> {
  const modules = CORE_MODULES[key];
  const out: Partial<Record<AirflowLine, ImportPath>> = {};
  for (const line of AIRFLOW_LINES) {
    const standard = CORE_IMPORT_STYLE[line] === 'standard';
    out[line] = {
      module: standard ? modules.standard : modules.classic,
      className: key,
      provider: standard ? STANDARD_PROVIDER : null,
    };
  }
  return out;
}

/** The same provider import on every target. */
export function providerImports(
  module: string,
  className: string,
  provider: string,
): Record<AirflowLine, ImportPath> {
  const path: ImportPath = { module, className, provider };
  return { '2.10': path, '2.11': path, '3': path };
}

/** An Amazon provider class (`airflow.providers.amazon.aws.<sub>`), same path on every target. */
export function amazonImports(
  subModule: string,
  className: string,
): Record<AirflowLine, ImportPath> {
  return providerImports(`airflow.providers.amazon.aws.${subModule}`, className, AMAZON_PROVIDER);
}
