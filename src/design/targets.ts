/**
 * The Airflow target: the one list of targets, the one reading of a target
 * written as text (a CLI flag, a <select> value, a manifest field) and the
 * one label shown for it. When the target changes shape, it changes here.
 */

export const AIRFLOW_TARGETS = ['2.10', '2.11', '3'] as const;
export type AirflowTarget = (typeof AIRFLOW_TARGETS)[number];
export const DEFAULT_TARGET: AirflowTarget = '3';

/** The target `value` names, or undefined when it names none (callers word the refusal). */
export function parseTarget(value: string): AirflowTarget | undefined {
  return AIRFLOW_TARGETS.find((t) => t === value);
}

/** How a target reads in the UI: `Airflow 2.10`, `Airflow 3`. */
export function targetLabel(target: AirflowTarget): string {
  return `Airflow ${target}`;
}

/** The targets as a sentence fragment for messages: `2.10, 2.11, 3`. */
export function targetList(): string {
  return AIRFLOW_TARGETS.join(', ');
}
