/**
 * Arguments of BaseSensorOperator (2.x core `airflow.sensors.base`, 3.x
 * `airflow.sdk.bases.sensor`). Same names and meaning on every target.
 */
import { arg } from './define.ts';
import type { ArgSpec } from './types.ts';

export const SENSOR_MODES = ['poke', 'reschedule'] as const;
export type SensorMode = (typeof SENSOR_MODES)[number];

/** `[sensors] default_timeout`: 7 days unless the environment changes it. */
export const DEFAULT_SENSOR_TIMEOUT = 604800;

export interface SensorArgOptions {
  /** Some sensors override BaseSensorOperator's 60 s (e.g. GlueJobSensor: 120 s). */
  pokeIntervalDefault?: number;
}

export function sensorArgs(options: SensorArgOptions = {}): ArgSpec[] {
  return [
    arg(
      'mode',
      'enum',
      "'poke' keeps a worker slot for the whole wait; 'reschedule' frees it between checks (better for waits longer than a few minutes).",
      { default: 'poke', choices: SENSOR_MODES },
    ),
    arg('poke_interval', 'duration', 'Seconds between two checks.', {
      default: options.pokeIntervalDefault ?? 60,
      durationAs: 'seconds',
    }),
    arg(
      'timeout',
      'duration',
      'Seconds before the sensor gives up and fails (or skips with soft_fail). Airflow default: 7 days.',
      { default: DEFAULT_SENSOR_TIMEOUT, durationAs: 'seconds' },
    ),
    arg(
      'soft_fail',
      'boolean',
      'Mark the task skipped instead of failed when the timeout is reached.',
      {
        default: false,
      },
    ),
    arg(
      'never_fail',
      'boolean',
      'Mark the task skipped instead of failed when the check raises an error (not combinable with soft_fail).',
      { default: false },
    ),
    arg(
      'silent_fail',
      'boolean',
      'Log errors raised by a check (other than timeouts and skip/fail signals) and keep waiting.',
      { default: false },
    ),
    arg('exponential_backoff', 'boolean', 'Grow the wait between checks exponentially.', {
      default: false,
    }),
    arg(
      'max_wait',
      'duration',
      'Upper bound, in seconds, of the wait between checks when exponential_backoff is on.',
      {
        durationAs: 'seconds',
      },
    ),
  ];
}
