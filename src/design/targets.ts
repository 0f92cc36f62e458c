/**
 * The Airflow target: the exact Airflow version of the user's MWAA
 * environment (format version 2). The one list of targets (from the vendored
 * MWAA constraints, src/design/mwaa-versions.generated.ts), the one reading of a
 * target written as text (a CLI flag, a <select> value, a manifest field,
 * a version 1 name), the one label shown for it, and the facts derived from
 * it (Python, constraints, the Airflow line). When the target changes shape,
 * it changes here.
 */
import type { MwaaVersion } from './mwaa-version.ts';
import { MWAA_AIRFLOW_VERSIONS, MWAA_VERSIONS } from './mwaa-versions.generated.ts';

export const AIRFLOW_TARGETS = MWAA_AIRFLOW_VERSIONS;
export type AirflowTarget = (typeof AIRFLOW_TARGETS)[number];

/** A new design gets the newest version MWAA runs. */
export const DEFAULT_TARGET: AirflowTarget = AIRFLOW_TARGETS[AIRFLOW_TARGETS.length - 1]!;

/**
 * The Airflow line a version belongs to: what import paths, DAG-level
 * spelling and core argument lists follow (provider argument lists follow
 * the provider version the constraints pin, see `providerVersion`).
 */
export type AirflowLine = '2.10' | '2.11' | '3';
export const AIRFLOW_LINES: readonly AirflowLine[] = ['2.10', '2.11', '3'];

/** Format version 1 target names and the exact version each means (the v1 -> v2 migration). */
export const VERSION_1_TARGETS: Readonly<Record<AirflowLine, AirflowTarget>> = {
  '2.10': '2.10.3',
  '2.11': '2.11.2',
  '3': '3.0.6',
};

export function lineOf(target: AirflowTarget): AirflowLine {
  if (target.startsWith('2.10.')) return '2.10';
  if (target.startsWith('2.11.')) return '2.11';
  return '3';
}

/** True on the Airflow 2 lines (2.10.x, 2.11.x). */
export function isAirflow2(target: AirflowTarget): boolean {
  return lineOf(target) !== '3';
}

/** The exact version `value` names, or undefined when it names none (callers word the refusal). */
export function parseTarget(value: string): AirflowTarget | undefined {
  return AIRFLOW_TARGETS.find((t) => t === value);
}

/**
 * A target as a user may write it on the command line: an exact version or a
 * version 1 name (`2.10`, `2.11`, `3`), read as the migration reads it.
 */
export function parseTargetOrV1Name(value: string): AirflowTarget | undefined {
  const v1 = AIRFLOW_LINES.find((line) => line === value);
  return v1 ? VERSION_1_TARGETS[v1] : parseTarget(value);
}

function mwaa(target: AirflowTarget): MwaaVersion {
  const found = MWAA_VERSIONS.find((v) => v.airflow === target);
  // The list of targets is this table's first column: a miss is a generator bug.
  if (!found) throw new Error(`no MWAA facts for Airflow ${target} (run npm run gen:mwaa)`);
  return found;
}

/** `3.12`: the Python minor MWAA runs `target` on (names Airflow's constraints file). */
export function pythonMinorOf(target: AirflowTarget): string {
  return mwaa(target).pythonMinor;
}

/** The version of `provider` the target's constraints pin, or undefined when they pin none. */
export function providerVersion(target: AirflowTarget, provider: string): string | undefined {
  return mwaa(target).providers[provider];
}

/** How a target reads in the UI: `Airflow 3.0.6 · Python 3.12`. */
export function targetLabel(target: AirflowTarget): string {
  return `Airflow ${target} · Python ${pythonMinorOf(target)}`;
}

/** The targets as a sentence fragment for messages: `2.10.1, 2.10.3, ...`. */
export function targetList(): string {
  return AIRFLOW_TARGETS.join(', ');
}

/** Compares dotted versions numerically (`9.21.0` > `9.8.0`). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map((part) => Number.parseInt(part, 10) || 0);
  const pb = b.split('.').map((part) => Number.parseInt(part, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}
