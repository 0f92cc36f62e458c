/**
 * Reading `dag.schedule`, which is a cron, a preset, null or an asset
 * schedule object: the two questions every layer asks of it, answered once.
 */
import type { AssetSchedule, Schedule } from './design.ts';

/** The asset schedule of a DAG, or null when it is a cron, a preset or manual. */
export function assetScheduleOf(schedule: Schedule): AssetSchedule | null {
  return typeof schedule === 'object' && schedule !== null ? schedule : null;
}

/** The time part of a schedule: the cron or preset (an asset schedule's own `cron`), or null. */
export function cronOf(schedule: Schedule): string | null {
  if (typeof schedule === 'string' || schedule === null) return schedule;
  return schedule.cron ?? null;
}
