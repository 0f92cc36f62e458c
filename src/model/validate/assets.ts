/**
 * Assets: the DAG's asset schedule (`dag.schedule` as an object) and each
 * task's `outlets` / `inlets`. A URI the target's Airflow refuses
 * (asset-uri.ts) is `invalid-schedule` in the schedule and
 * `invalid-argument` on a task; a schedule object without assets, or with a
 * cron Airflow cannot run beside assets, is `invalid-schedule`. A schedule
 * naming an asset none of this DAG's tasks updates is fine: another DAG may.
 */
import { compareVersions } from '../../design/targets.ts';
import { assetUriProblem, assetWord } from '../asset-uri.ts';
import { errorFinding, type Finding } from '../findings.ts';
import { scheduleProblem } from '../schedule.ts';
import type { ValidationContext } from './context.ts';

/**
 * Cron-or-assets (`DatasetOrTimeSchedule`) and `Dataset | Dataset` exist
 * from Airflow 2.9: every MWAA version this build targets (2.10.1 and later)
 * can express every asset schedule; a target below it could not.
 */
const ASSET_SCHEDULES_SINCE = '2.9.0';

/** Presets that are not a cron a CronTriggerTimetable can run. */
const NOT_A_TIMETABLE_CRON = new Set(['@once', '@continuous']);

export function checkAssetSchedule(ctx: ValidationContext): Finding[] {
  const schedule = ctx.design.dag.schedule;
  if (typeof schedule !== 'object' || schedule === null) return [];
  const out: Finding[] = [];
  const word = assetWord(ctx.target);
  if (compareVersions(ctx.target, ASSET_SCHEDULES_SINCE) < 0) {
    out.push(
      errorFinding(
        'unsupported-on-target',
        'dag.schedule',
        `Airflow ${ctx.target} cannot schedule a DAG on ${word}s; it needs ${ASSET_SCHEDULES_SINCE} or later.`,
      ),
    );
  }
  if (schedule.assets.length === 0) {
    out.push(
      errorFinding(
        'invalid-schedule',
        'dag.schedule.assets',
        `A schedule on ${word}s names at least one ${word} URI; for a DAG that only runs when triggered, set schedule to null.`,
      ),
    );
  }
  schedule.assets.forEach((uri, i) => {
    const problem = assetUriProblem(uri, ctx.target);
    if (problem) out.push(errorFinding('invalid-schedule', `dag.schedule.assets[${i}]`, problem));
  });
  if (schedule.cron !== undefined) {
    const problem = NOT_A_TIMETABLE_CRON.has(schedule.cron)
      ? `"${schedule.cron}" cannot run beside ${word}s; use a cron expression or a preset like @daily.`
      : scheduleProblem(schedule.cron);
    if (problem) out.push(errorFinding('invalid-schedule', 'dag.schedule.cron', problem));
  }
  return out;
}

export function checkTaskAssets(ctx: ValidationContext): Finding[] {
  const out: Finding[] = [];
  ctx.design.tasks.forEach((task, t) => {
    for (const field of ['outlets', 'inlets'] as const) {
      (task[field] ?? []).forEach((uri, i) => {
        const problem = assetUriProblem(uri, ctx.target);
        if (problem)
          out.push(errorFinding('invalid-argument', `tasks[${t}].${field}[${i}]`, problem));
      });
    }
  });
  return out;
}
