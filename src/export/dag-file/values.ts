/**
 * Design values that are not plain JSON in Python: durations (seconds in the
 * design) and dates (ISO strings in the design). Everything else goes through
 * pyValue / pyText.
 */
import type { JsonValue } from '../../design/design.ts';
import type { ArgSpec } from '../../catalog/types.ts';
import { pyNumber, pyText, pyValue, type PyExpr } from '../python-literal.ts';
import type { ImportCollector } from './imports.ts';

const UNITS: readonly (readonly [string, number])[] = [
  ['days', 86400],
  ['hours', 3600],
  ['minutes', 60],
  ['seconds', 1],
];

/**
 * A duration the way a person writes it: `timedelta(minutes=5)` for 300
 * seconds, `timedelta(hours=1, minutes=30)` for 5400, each unit whole and
 * the largest first. A fraction of a second keeps the whole value in
 * seconds (`timedelta(seconds=1.5)`), and zero is `timedelta(0)`.
 */
export function pyTimedelta(seconds: number, imports: ImportCollector): PyExpr {
  const timedelta = imports.use('datetime', 'timedelta');
  if (seconds === 0) return `${timedelta}(0)`;
  if (!Number.isInteger(seconds) || seconds < 0)
    return `${timedelta}(seconds=${pyNumber(seconds)})`;
  let rest = seconds;
  const parts: string[] = [];
  for (const [unit, size] of UNITS) {
    const count = Math.floor(rest / size);
    rest -= count * size;
    if (count > 0) parts.push(`${unit}=${count}`);
  }
  return `${timedelta}(${parts.join(', ')})`;
}

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pyTimezone(offset: string | undefined, imports: ImportCollector): PyExpr {
  const timezone = imports.use('datetime', 'timezone');
  const match =
    offset === undefined || offset === 'Z' ? null : /^([+-])(\d{2}):?(\d{2})$/.exec(offset);
  const hours = Number(match?.[2] ?? 0);
  const minutes = Number(match?.[3] ?? 0);
  if (hours === 0 && minutes === 0) return `${timezone}.utc`;
  if (hours > 23 || minutes > 59) throw new Error(`bad UTC offset "${offset}"`);
  const parts = [hours ? `hours=${hours}` : '', minutes ? `minutes=${minutes}` : '']
    .filter(Boolean)
    .join(', ');
  return `${timezone}(${match?.[1] === '-' ? '-' : ''}${imports.use('datetime', 'timedelta')}(${parts}))`;
}

/**
 * `2026-01-01` -> `datetime(2026, 1, 1, tzinfo=timezone.utc)`; a date-time
 * keeps its offset (`tzinfo=timezone(timedelta(hours=2))`) because Airflow
 * takes the DAG's timezone from `start_date`. A date-time without an offset
 * is read as UTC, like a bare date. Stdlib `datetime` rather than pendulum:
 * it imports without warnings on 2.10, 2.11 and 3.x and Airflow converts it.
 * `field` names the value in the error for a string that is not a date.
 */
export function pyDatetime(iso: string, field: string, imports: ImportCollector): PyExpr {
  const match = ISO_DATE.exec(iso);
  const bad = (why: string) =>
    new Error(`${field}: "${iso}" is not a date (YYYY-MM-DD) or ISO date-time: ${why}`);
  if (!match) throw bad('unrecognized format');
  const [year, month, day, hour, minute, second] = match
    .slice(1, 7)
    .map((part) => Number(part ?? 0)) as number[];
  const fraction = match[7];
  if (year! < 1 || month! < 1 || month! > 12 || day! < 1 || day! > daysInMonth(year!, month!))
    throw bad('no such day');
  if (hour! > 23 || minute! > 59 || second! > 59) throw bad('no such time');
  const parts = [year, month, day].map(String);
  const microsecond = fraction === undefined ? 0 : Number(fraction.padEnd(6, '0').slice(0, 6));
  if (hour || minute || second || microsecond) parts.push(String(hour), String(minute));
  if (second || microsecond) parts.push(String(second));
  if (microsecond) parts.push(String(microsecond));
  let tz: PyExpr;
  try {
    tz = pyTimezone(match[8], imports);
  } catch (error) {
    throw bad((error as Error).message);
  }
  return `${imports.use('datetime', 'datetime')}(${parts.join(', ')}, tzinfo=${tz})`;
}

/** How to write one argument value, by its catalog type. */
export function pyArgValue(
  value: JsonValue,
  spec: Pick<ArgSpec, 'type' | 'durationAs'> | undefined,
  field: string,
  imports: ImportCollector,
  indent: string,
): PyExpr {
  if (spec?.type === 'duration' && typeof value === 'number') {
    return spec.durationAs === 'seconds' ? pyNumber(value) : pyTimedelta(value, imports);
  }
  // A datetime argument may also hold Jinja (`{{ data_interval_end }}`): only ISO text becomes datetime(...).
  if (spec?.type === 'datetime' && typeof value === 'string' && ISO_DATE.test(value)) {
    return pyDatetime(value, field, imports);
  }
  if (typeof value === 'string') return pyText(value);
  return pyValue(value, indent);
}
