/**
 * `start_date`/`end_date` are `YYYY-MM-DD` (midnight UTC) or an ISO-8601
 * date-time with an offset. The form edits them as date + optional time +
 * offset; these functions convert both ways without inventing precision.
 */

export interface DateParts {
  date: string;
  /** `HH:MM` or `HH:MM:SS`; '' means "date only" (midnight UTC). */
  time: string;
  /** `+HH:MM`, `-HH:MM` or `Z`; ignored when there is no time. */
  offset: string;
}

const DATE_ONLY = /^(\d{4}-\d{2}-\d{2})$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** null when the text is not in one of the two forms (the form then shows it raw). */
export function splitDateTime(value: string): DateParts | null {
  const trimmed = value.trim();
  const dateOnly = DATE_ONLY.exec(trimmed);
  if (dateOnly) return { date: dateOnly[1] as string, time: '', offset: '+00:00' };
  const full = DATE_TIME.exec(trimmed);
  if (full) return { date: full[1] as string, time: full[2] as string, offset: full[3] as string };
  return null;
}

/** The design value for the parts: '' without a date, the date alone without a time. */
export function joinDateTime(parts: DateParts): string {
  if (parts.date === '') return '';
  if (parts.time === '') return parts.date;
  const time = parts.time.length === 5 ? `${parts.time}:00` : parts.time;
  const offset = parts.offset.trim() === '' ? '+00:00' : parts.offset.trim();
  return `${parts.date}T${time}${offset}`;
}

export const COMMON_OFFSETS = [
  'Z',
  '+00:00',
  '+01:00',
  '+02:00',
  '+05:30',
  '+08:00',
  '+09:00',
  '-05:00',
  '-08:00',
];
