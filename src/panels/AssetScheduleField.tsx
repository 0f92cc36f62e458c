/**
 * `schedule` as data-aware scheduling (contract section 5): the DAG runs when
 * its upstream assets are updated, all of them or any, optionally also on a
 * cron. One URI a line; each asset says which task of this design updates it
 * (an outlet), or that another DAG must. Findings at `dag.schedule.*` show
 * under the field, as the Problems panel lists them.
 */
import type { AssetCondition, AssetSchedule, Task } from '../design/design.ts';
import type { Finding } from '../model/findings.ts';
import { fieldDomId, pathIsWithin } from './finding-path.ts';
import { describedBy, FieldShell } from './fields/FieldShell.tsx';
import { UriList } from './fields/UriList.tsx';

export interface AssetScheduleFieldProps {
  schedule: AssetSchedule;
  tasks: readonly Task[];
  findings: readonly Finding[];
  onChange: (schedule: AssetSchedule) => void;
}

export function AssetScheduleField({
  schedule,
  tasks,
  findings,
  onChange,
}: AssetScheduleFieldProps) {
  const id = fieldDomId('dag.schedule.assets');
  const mine = findings.filter((f) => pathIsWithin(f.path, 'dag.schedule'));
  const producers = (uri: string) =>
    tasks.filter((t) => t.outlets?.includes(uri)).map((t) => t.task_id);
  const set = (patch: Partial<AssetSchedule>) => {
    const next: AssetSchedule = { ...schedule, ...patch };
    if (next.cron === undefined || next.cron === '') delete next.cron;
    onChange(next);
  };
  return (
    <FieldShell
      id={id}
      label="schedule: assets"
      help="Asset URIs, one a line (e.g. s3://curated/orders/). The DAG runs when they are updated."
      findings={mine}
    >
      <UriList
        id={id}
        uris={schedule.assets}
        describedBy={describedBy(id, true, mine.length > 0)}
        invalid={mine.some((f) => f.severity === 'error')}
        onChange={(assets) => set({ assets })}
      />
      <div className="inline">
        <label className="inline" htmlFor={`${id}-when`}>
          <span>runs when</span>
          <select
            id={`${id}-when`}
            className="input input--narrow"
            value={schedule.when}
            onChange={(e) =>
              set({ when: e.target.value === 'any' ? 'any' : ('all' satisfies AssetCondition) })
            }
          >
            <option value="all">every asset was updated</option>
            <option value="any">any asset was updated</option>
          </select>
        </label>
        <label className="inline" htmlFor={`${id}-cron`}>
          <span>or on cron</span>
          <input
            id={`${id}-cron`}
            className="input input--mono input--narrow"
            placeholder="(none)"
            value={schedule.cron ?? ''}
            spellCheck={false}
            onChange={(e) => set({ cron: e.target.value })}
          />
        </label>
      </div>
      {schedule.assets.length > 0 && (
        <ul className="asset-producers" aria-label="Upstream assets">
          {schedule.assets.map((uri) => {
            const by = producers(uri);
            return (
              <li key={uri}>
                <code>{uri}</code>{' '}
                {by.length > 0
                  ? `updated by ${by.join(', ')} in this DAG`
                  : 'updated by another DAG (no task here has it as an outlet)'}
              </li>
            );
          })}
        </ul>
      )}
    </FieldShell>
  );
}
