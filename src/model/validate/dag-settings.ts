/**
 * The `dag` block: schedule, dates, run limits, tags and params.
 */
import { errorFinding, type Finding } from '../findings.ts';
import { childPath } from '../paths.ts';
import { parseDesignDate, scheduleProblem } from '../schedule.ts';
import type { ValidationContext } from './context.ts';
import { checkParam } from './params.ts';

/** Airflow's TAG_MAX_LEN. */
const MAX_TAG_LENGTH = 100;

export function checkDagSettings(ctx: ValidationContext): Finding[] {
  const dag = ctx.design.dag;
  const out: Finding[] = [];

  // An asset schedule object is checked on its own (assets.ts).
  const scheduleError =
    typeof dag.schedule === 'object' && dag.schedule !== null
      ? null
      : scheduleProblem(dag.schedule);
  if (scheduleError) out.push(errorFinding('invalid-schedule', 'dag.schedule', scheduleError));

  const start = parseDesignDate(dag.start_date);
  if (!start.ok)
    out.push(errorFinding('invalid-argument', 'dag.start_date', `start_date: ${start.message}`));
  if (dag.end_date !== null) {
    const end = parseDesignDate(dag.end_date);
    if (!end.ok)
      out.push(errorFinding('invalid-argument', 'dag.end_date', `end_date: ${end.message}`));
    else if (start.ok && end.isoUtc <= start.isoUtc) {
      out.push(
        errorFinding(
          'invalid-argument',
          'dag.end_date',
          `end_date (${dag.end_date}) must be after start_date (${dag.start_date}).`,
        ),
      );
    }
  }

  for (const key of ['max_active_runs', 'max_active_tasks'] as const) {
    const v = dag[key];
    if (v !== null && !(Number.isInteger(v) && v >= 1)) {
      out.push(
        errorFinding(
          'invalid-argument',
          `dag.${key}`,
          `${key} must be a whole number of at least 1, not ${v}.`,
        ),
      );
    }
  }
  // ContinuousTimetable refuses max_active_runs > 1 (and null means the default 16).
  if (dag.schedule === '@continuous' && dag.max_active_runs !== 1) {
    out.push(
      errorFinding(
        'invalid-argument',
        'dag.max_active_runs',
        `@continuous needs max_active_runs = 1 (Airflow refuses more), not ${dag.max_active_runs ?? 'the default 16'}.`,
      ),
    );
  }
  if (
    dag.dagrun_timeout !== null &&
    !(Number.isFinite(dag.dagrun_timeout) && dag.dagrun_timeout >= 0)
  ) {
    out.push(
      errorFinding(
        'invalid-argument',
        'dag.dagrun_timeout',
        `dagrun_timeout is seconds and must be 0 or more, not ${dag.dagrun_timeout}.`,
      ),
    );
  }

  dag.tags.forEach((tag, i) => {
    if (tag.length > MAX_TAG_LENGTH) {
      out.push(
        errorFinding(
          'invalid-argument',
          `dag.tags[${i}]`,
          `Tag "${tag.slice(0, 30)}…" is ${tag.length} characters; Airflow allows ${MAX_TAG_LENGTH}.`,
        ),
      );
    }
  });

  for (const [name, param] of Object.entries(dag.params)) {
    out.push(...checkParam(name, param, childPath('dag.params', name), dag.schedule !== null));
  }
  return out;
}
