/**
 * Schedules and dates as Airflow reads them. Cron expressions are checked by
 * cron-parser (no home-made regex) and described by cronstrue; presets get a
 * fixed English phrase. Everything is computed in UTC.
 */
import { CronExpressionParser } from 'cron-parser';
import cronstrue from 'cronstrue';
import { SCHEDULE_PRESETS, type AssetSchedule, type Schedule } from '../design/design.ts';

export interface ScheduleDescription {
  valid: boolean;
  /** Human text ("At 03:00, every day"), or the reason it is invalid. */
  text: string;
  /** Next 5 run times (ISO-8601, UTC); empty for `@once`, `@continuous`, null and invalid. */
  nextRuns: string[];
  /** Why the schedule is invalid (same as `text` when invalid). */
  error?: string;
}

type Preset = (typeof SCHEDULE_PRESETS)[number];

const PRESET_TEXT: Record<Preset, string> = {
  '@once': 'Once, at the start date',
  '@hourly': 'Every hour, at minute 0',
  '@daily': 'Every day at 00:00 UTC',
  '@weekly': 'Every Sunday at 00:00 UTC',
  '@monthly': 'On the 1st of every month at 00:00 UTC',
  '@yearly': 'Every year on January 1 at 00:00 UTC',
  '@continuous': 'Continuously: a new run starts as soon as the previous one ends',
};

/** The cron each repeating preset stands for (Airflow's cron_presets). */
const PRESET_CRON: Partial<Record<Preset, string>> = {
  '@hourly': '0 * * * *',
  '@daily': '0 0 * * *',
  '@weekly': '0 0 * * 0',
  '@monthly': '0 0 1 * *',
  '@yearly': '0 0 1 1 *',
};

const NEXT_RUNS = 5;
const CRON_FIELDS = 'minute hour day-of-month month day-of-week';

const isPreset = (s: string): s is Preset => (SCHEDULE_PRESETS as readonly string[]).includes(s);

export function describeSchedule(schedule: Schedule, now: Date = new Date()): ScheduleDescription {
  if (schedule === null) return { valid: true, text: 'Manual only: no schedule', nextRuns: [] };
  if (typeof schedule === 'object') return describeAssetSchedule(schedule, now);
  const problem = scheduleProblem(schedule);
  if (problem) return { valid: false, text: problem, nextRuns: [], error: problem };
  if (isPreset(schedule)) {
    const cron = PRESET_CRON[schedule];
    return {
      valid: true,
      text: PRESET_TEXT[schedule],
      nextRuns: cron ? nextCronRuns(cron, now) : [],
    };
  }
  return { valid: true, text: cronText(schedule), nextRuns: nextCronRuns(schedule, now) };
}

/**
 * An asset schedule in words: which assets, all or any, and its cron's own
 * reading and next runs (runs on assets cannot be foretold). Its findings
 * (empty list, bad URI or cron) come from validation (validate/assets.ts).
 */
function describeAssetSchedule(schedule: AssetSchedule, now: Date): ScheduleDescription {
  const { assets, when, cron } = schedule;
  const which = assets.length === 1 ? '' : when === 'all' ? ' (all of them)' : ' (any of them)';
  const onAssets = `When updated${which}: ${assets.join(', ') || 'no assets'}`;
  if (cron === undefined) return { valid: true, text: onAssets, nextRuns: [] };
  const timed = describeSchedule(cron, now);
  if (!timed.valid) return timed;
  return { valid: true, text: `${onAssets}; or ${timed.text}`, nextRuns: timed.nextRuns };
}

/**
 * Why a `dag.schedule` value is not one Airflow accepts, or null. The value
 * is taken exactly as written: Airflow compares presets literally, so
 * `" @daily"` is not a preset.
 */
export function scheduleProblem(schedule: string | null): string | null {
  if (schedule === null || isPreset(schedule)) return null;
  if (schedule.trim() !== '' && schedule !== schedule.trim()) {
    return `"${schedule}" has spaces around it; remove them.`;
  }
  return cronProblem(schedule);
}

/**
 * Why `expr` is not a cron expression Airflow accepts, or null when it is.
 * Airflow (croniter) reads exactly 5 fields: no seconds, no years.
 */
export function cronProblem(expr: string): string | null {
  if (expr === '') return 'The schedule is empty: use null for a manual-only DAG.';
  if (expr.startsWith('@')) {
    return `"${expr}" is not a preset Airflow knows here; use one of ${SCHEDULE_PRESETS.join(', ')} or a cron expression.`;
  }
  const fields = expr.split(/\s+/);
  if (fields.length === 6 || fields.length === 7) {
    return `"${expr}" has ${fields.length} fields; Airflow cron has 5 (${CRON_FIELDS}), with no seconds${fields.length === 7 ? ' or year' : ''} field.`;
  }
  if (fields.length !== 5) {
    return `"${expr}" has ${fields.length} field${fields.length === 1 ? '' : 's'}; a cron expression needs 5 (${CRON_FIELDS}).`;
  }
  if (fields.some((f) => /H/i.test(f))) {
    return `"${expr}" uses a hashed value (H), which Airflow's cron does not support.`;
  }
  try {
    const cron = CronExpressionParser.parse(expr, { tz: 'UTC' });
    cron.next(); // an expression like "0 0 30 2 *" parses but never fires
  } catch (err) {
    return `"${expr}" is not a valid cron expression: ${err instanceof Error ? err.message : String(err)}.`;
  }
  return null;
}

/** cronstrue's sentence, with "every day" spelled out when the day fields are all `*`. */
function cronText(expr: string): string {
  let text: string;
  try {
    text = cronstrue.toString(expr, {
      use24HourTimeFormat: true,
      throwExceptionOnParseError: true,
    });
  } catch {
    return `Cron: ${expr}`;
  }
  const [, , dom, month, dow] = expr.split(/\s+/);
  if (dom === '*' && month === '*' && dow === '*' && !/\bevery\b/i.test(text))
    text += ', every day';
  return text;
}

function nextCronRuns(expr: string, now: Date): string[] {
  try {
    const cron = CronExpressionParser.parse(expr, { tz: 'UTC', currentDate: now });
    return cron.take(NEXT_RUNS).map((d) => d.toISOString() ?? '');
  } catch {
    return [];
  }
}

/** The cron a schedule repeats on, or null (`@once`, `@continuous`, null, invalid). */
export function scheduleCron(schedule: string | null): string | null {
  if (schedule === null || scheduleProblem(schedule) !== null) return null;
  return isPreset(schedule) ? (PRESET_CRON[schedule] ?? null) : schedule;
}

/**
 * How many runs a schedule fires in `(from, to]`: the backlog a `catchup=True`
 * DAG would create. Counting stops at `cap` (returns `cap`), so a minutely
 * schedule over years stays cheap. Null when the schedule does not repeat.
 */
export function countRuns(
  schedule: string | null,
  from: Date,
  to: Date,
  cap = 10_000,
): number | null {
  if (schedule === '@once') return from <= to ? 1 : 0;
  const cron = scheduleCron(schedule);
  if (cron === null) return null;
  const it = CronExpressionParser.parse(cron, { tz: 'UTC', currentDate: from, endDate: to });
  let n = 0;
  while (n < cap && it.hasNext()) {
    it.next();
    n++;
  }
  return n;
}

export type DesignDate =
  { ok: true; isoUtc: string; dateOnly: boolean } | { ok: false; message: string };

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * `start_date` / `end_date`: `YYYY-MM-DD` (midnight UTC) or an ISO-8601
 * date-time WITH an offset. A naive date-time is refused: Airflow would read
 * it in the deployment's default timezone, so the same file could mean two
 * different instants.
 */
export function parseDesignDate(s: string): DesignDate {
  const d = DATE_ONLY.exec(s);
  if (d) {
    const [y, mo, da] = [Number(d[1]), Number(d[2]), Number(d[3])];
    if (!validDay(y, mo, da)) return { ok: false, message: `"${s}" is not a real calendar date.` };
    return { ok: true, isoUtc: new Date(Date.UTC(y, mo - 1, da)).toISOString(), dateOnly: true };
  }
  const m = DATE_TIME.exec(s);
  if (!m) {
    return {
      ok: false,
      message: `"${s}" is not a date: use YYYY-MM-DD or an ISO-8601 date-time with an offset, e.g. 2026-01-01T06:00:00+00:00.`,
    };
  }
  const [y, mo, da, h, mi] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5])];
  const sec = m[6] === undefined ? 0 : Number(m[6]);
  const ms = m[7] === undefined ? 0 : Math.floor(Number(m[7]) * 1000);
  const offset = m[8];
  if (offset === undefined) {
    return {
      ok: false,
      message: `"${s}" has no UTC offset; add one (e.g. "${s}Z" or "${s}+00:00") so the time is unambiguous.`,
    };
  }
  if (!validDay(y, mo, da) || h > 23 || mi > 59 || sec > 59) {
    return { ok: false, message: `"${s}" is not a real date-time.` };
  }
  let offsetMinutes = 0;
  if (offset !== 'Z') {
    const digits = offset.slice(1).replace(':', '');
    const oh = Number(digits.slice(0, 2));
    const om = Number(digits.slice(2));
    if (oh > 23 || om > 59) return { ok: false, message: `"${s}" has an impossible UTC offset.` };
    offsetMinutes = (offset[0] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  const utc = Date.UTC(y, mo - 1, da, h, mi, sec, ms) - offsetMinutes * 60_000;
  return { ok: true, isoUtc: new Date(utc).toISOString(), dateOnly: false };
}

function validDay(y: number, mo: number, da: number): boolean {
  if (mo < 1 || mo > 12 || da < 1) return false;
  return da <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}
