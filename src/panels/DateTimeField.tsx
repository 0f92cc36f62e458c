/**
 * start_date / end_date as date + optional time + UTC offset. Values the
 * parts cannot hold (e.g. a typo from a hand-edited file) are shown raw in a
 * text box so they stay editable instead of vanishing.
 */
import type { Finding } from '../model/findings.ts';
import { COMMON_OFFSETS, joinDateTime, splitDateTime, type DateParts } from './date-parts.ts';
import { fieldDomId } from './finding-path.ts';
import { findingsAt } from './findings-summary.ts';
import { describedBy, FieldShell } from './fields/FieldShell.tsx';

export interface DateTimeFieldProps {
  name: 'start_date' | 'end_date';
  value: string | null;
  required: boolean;
  help: string;
  findings: readonly Finding[];
  onChange: (value: string | null) => void;
}

export function DateTimeField({
  name,
  value,
  required,
  help,
  findings,
  onChange,
}: DateTimeFieldProps) {
  const path = `dag.${name}`;
  const id = fieldDomId(path);
  const mine = findingsAt(findings, path);
  const text = value ?? '';
  const parts: DateParts | null =
    text === '' ? { date: '', time: '', offset: '+00:00' } : splitDateTime(text);
  const described = describedBy(id, true, mine.length > 0);
  const emit = (next: string) => onChange(next === '' ? (required ? '' : null) : next);
  const update = (patch: Partial<DateParts>) => parts && emit(joinDateTime({ ...parts, ...patch }));

  return (
    <FieldShell id={id} label={name} required={required} help={help} findings={mine}>
      {parts ? (
        <div className="inline">
          <input
            id={id}
            type="date"
            className="input"
            value={parts.date}
            aria-describedby={described}
            aria-required={required || undefined}
            aria-invalid={mine.some((f) => f.severity === 'error') || undefined}
            onChange={(event) => update({ date: event.target.value })}
          />
          <label className="sr-only" htmlFor={`${id}-time`}>
            {name} time
          </label>
          <input
            id={`${id}-time`}
            type="time"
            step={1}
            className="input input--narrow"
            value={parts.time}
            disabled={parts.date === ''}
            onChange={(event) => update({ time: event.target.value })}
          />
          <label className="sr-only" htmlFor={`${id}-offset`}>
            {name} UTC offset
          </label>
          <select
            id={`${id}-offset`}
            className="input input--narrow"
            value={parts.offset}
            disabled={parts.time === ''}
            title={parts.time === '' ? 'A date alone means midnight UTC' : 'UTC offset'}
            onChange={(event) => update({ offset: event.target.value })}
          >
            {(COMMON_OFFSETS.includes(parts.offset)
              ? COMMON_OFFSETS
              : [parts.offset, ...COMMON_OFFSETS]
            ).map((offset) => (
              <option key={offset} value={offset}>
                {offset === 'Z' ? 'UTC (Z)' : offset}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <input
          id={id}
          className="input input--mono"
          value={text}
          aria-describedby={described}
          aria-invalid
          onChange={(event) => emit(event.target.value)}
        />
      )}
    </FieldShell>
  );
}
