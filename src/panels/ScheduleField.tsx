/**
 * `schedule`: one text box (cron or preset; empty = manual only) plus a
 * picker of presets and common crons, with the human reading and the next
 * runs from the model's describeSchedule, the same code the CLI uses.
 */
import { useMemo } from 'react';
import { SCHEDULE_PRESETS } from '../design/design.ts';
import type { Finding } from '../model/findings.ts';
import { describeSchedule } from '../model/index.ts';
import { fieldDomId } from './finding-path.ts';
import { findingsAt } from './findings-summary.ts';
import { describedBy, FieldShell } from './fields/FieldShell.tsx';

const COMMON_CRONS: readonly (readonly [string, string])[] = [
  ['0 3 * * *', 'Every day at 03:00'],
  ['*/15 * * * *', 'Every 15 minutes'],
  ['0 * * * *', 'Every hour'],
  ['0 6 * * 1-5', 'Weekdays at 06:00'],
  ['0 0 1 * *', 'First day of the month'],
];

export interface ScheduleFieldProps {
  schedule: string | null;
  findings: readonly Finding[];
  onChange: (schedule: string | null) => void;
}

export function ScheduleField({ schedule, findings, onChange }: ScheduleFieldProps) {
  const path = 'dag.schedule';
  const id = fieldDomId(path);
  const mine = findingsAt(findings, path);
  const reading = useMemo(() => describeSchedule(schedule), [schedule]);
  const text = schedule ?? '';
  const known =
    schedule === null
      ? 'none'
      : (SCHEDULE_PRESETS as readonly string[]).includes(schedule) ||
          COMMON_CRONS.some(([cron]) => cron === schedule)
        ? schedule
        : 'custom';
  // Validation reports an invalid schedule as a finding; show describeSchedule's reason only if it didn't.
  const localError = !reading.valid && mine.length === 0 ? reading.text : null;

  return (
    <FieldShell
      id={id}
      label="schedule"
      help="A cron expression (minute hour day month weekday, UTC) or a preset. Empty: manual runs only (None)."
      findings={mine}
      draftError={localError}
    >
      <div className="inline">
        <input
          id={id}
          className="input input--mono"
          value={text}
          placeholder="None (manual only)"
          spellCheck={false}
          autoComplete="off"
          aria-invalid={!reading.valid || undefined}
          aria-describedby={[
            describedBy(id, true, localError !== null || mine.length > 0),
            `${id}-reading`,
          ]
            .filter(Boolean)
            .join(' ')}
          onChange={(event) =>
            onChange(event.target.value.trim() === '' ? null : event.target.value)
          }
        />
        <label className="sr-only" htmlFor={`${id}-preset`}>
          schedule preset
        </label>
        <select
          id={`${id}-preset`}
          className="input input--narrow"
          value={known}
          onChange={(event) => {
            const choice = event.target.value;
            if (choice === 'custom') return;
            onChange(choice === 'none' ? null : choice);
          }}
        >
          <option value="none">None (manual)</option>
          {SCHEDULE_PRESETS.map((preset) => (
            <option key={preset} value={preset}>
              {preset}
            </option>
          ))}
          {COMMON_CRONS.map(([cron, label]) => (
            <option key={cron} value={cron}>
              {label}
            </option>
          ))}
          <option value="custom" disabled={known !== 'custom'}>
            Custom cron
          </option>
        </select>
      </div>
      <div className="schedule-reading" id={`${id}-reading`} aria-live="polite">
        {reading.valid && <p className="schedule-reading__text">{reading.text}</p>}
        {reading.valid && reading.nextRuns.length > 0 && (
          <details className="more">
            <summary>Next {reading.nextRuns.length} runs</summary>
            <ol className="schedule-reading__runs">
              {reading.nextRuns.map((run) => (
                <li key={run}>
                  <time dateTime={run}>{run}</time>
                </li>
              ))}
            </ol>
          </details>
        )}
      </div>
    </FieldShell>
  );
}
