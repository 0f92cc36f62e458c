/**
 * What starts a run: time (a cron or preset, ScheduleField) or data (assets,
 * AssetScheduleField). Switching keeps what it can: the cron moves into the
 * asset schedule's "or on cron" and back.
 */
import { assetScheduleOf, cronOf } from '../design/asset-schedule.ts';
import type { Schedule, Task } from '../design/design.ts';
import type { Finding } from '../model/findings.ts';
import { AssetScheduleField } from './AssetScheduleField.tsx';
import { ScheduleField } from './ScheduleField.tsx';

export interface DagScheduleFieldProps {
  schedule: Schedule;
  tasks: readonly Task[];
  findings: readonly Finding[];
  onChange: (schedule: Schedule) => void;
}

export function DagScheduleField({ schedule, tasks, findings, onChange }: DagScheduleFieldProps) {
  const assets = assetScheduleOf(schedule);
  return (
    <>
      <label className="field__inline-choice">
        <span>Runs on</span>
        <select
          className="input input--narrow"
          aria-label="What starts a run"
          value={assets ? 'assets' : 'time'}
          onChange={(e) => {
            const cron = cronOf(schedule);
            if (e.target.value === 'assets') {
              onChange({ assets: [], when: 'all', ...(cron ? { cron } : {}) });
            } else onChange(cron);
          }}
        >
          <option value="time">a schedule (cron or preset)</option>
          <option value="assets">assets being updated (data-aware)</option>
        </select>
      </label>
      {assets ? (
        <AssetScheduleField
          schedule={assets}
          tasks={tasks}
          findings={findings}
          onChange={onChange}
        />
      ) : (
        <ScheduleField schedule={cronOf(schedule)} findings={findings} onChange={onChange} />
      )}
    </>
  );
}
