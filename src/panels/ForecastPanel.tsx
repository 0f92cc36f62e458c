/**
 * The "Forecast" tab: the run-time forecast of the live design, the same
 * numbers `dag-designer validate --json` prints (the panel only formats
 * forecastView's rows). Tasks in the lists are buttons: a critical-path or
 * bottleneck task is selected and centred on the canvas (the tab stays
 * open), an unestimated one opens its estimated_duration field.
 */
import { Fragment, useCallback, useId, useState } from 'react';
import { parsePoolSlots } from '../model/index.ts';
import {
  editorStore,
  useEditor,
  useForecastSettings,
  useForecastWithDesign,
} from '../store/index.ts';
import { forecastView, type PoolRow, type TaskRef } from './forecast-view.ts';
import { FormSection } from './FormSection.tsx';
import { useFocusRequest } from './use-focus-request.ts';

/** Requests from revealTask (`tasks[i]` alone) are the canvas's; this panel just clears them. */
const ownsReveal = (path: string) => /^tasks\[\d+\]$/.test(path);

function TaskButton({ task, onActivate }: { task: TaskRef; onActivate: (t: TaskRef) => void }) {
  return (
    <button type="button" className="forecast__task" onClick={() => onActivate(task)}>
      <code className="forecast__task-id">{task.taskId}</code>
      <span className="forecast__task-time">{task.duration}</span>
    </button>
  );
}

interface TaskListProps {
  label: string;
  tasks: readonly TaskRef[];
  onActivate: (t: TaskRef) => void;
  /** The critical path: its order is the run's. */
  ordered?: boolean;
}

/** One of the panel's lists of tasks, each a button (see the file header for what it does). */
function TaskList({ label, tasks, onActivate, ordered = false }: TaskListProps) {
  const List = ordered ? 'ol' : 'ul';
  return (
    <List className="forecast__list" aria-label={label}>
      {tasks.map((t) => (
        <li key={t.taskId}>
          <TaskButton task={t} onActivate={onActivate} />
        </li>
      ))}
    </List>
  );
}

function PoolSizeInput({ pool }: { pool: PoolRow }) {
  const setPoolSize = useForecastSettings((s) => s.setPoolSize);
  const [draft, setDraft] = useState<string | null>(null);
  const id = useId();
  const text = draft ?? (pool.size === undefined ? '' : String(pool.size));
  const invalid = text.trim() !== '' && parsePoolSlots(text) === null;
  return (
    <div className="forecast__pool">
      <label htmlFor={id} className="forecast__pool-name">
        <code>{pool.name}</code>
        <span className="forecast__pool-tasks">
          {pool.tasks} task{pool.tasks === 1 ? '' : 's'}
        </span>
      </label>
      <input
        id={id}
        className="input forecast__pool-input"
        inputMode="numeric"
        aria-label={`Slots of pool ${pool.name}`}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-error` : undefined}
        placeholder={pool.assumed}
        value={text}
        onChange={(e) => {
          const next = e.target.value;
          setDraft(next);
          if (next.trim() === '') setPoolSize(pool.name, undefined);
          else {
            const slots = parsePoolSlots(next);
            if (slots !== null) setPoolSize(pool.name, slots);
          }
        }}
        onBlur={() => {
          if (!invalid) setDraft(null);
        }}
      />
      {invalid && (
        <p className="field__error" id={`${id}-error`}>
          A whole number of slots, 1 or more
        </p>
      )}
    </div>
  );
}

export function ForecastPanel() {
  const revealTask = useEditor((s) => s.revealTask);
  const focusFinding = useEditor((s) => s.focusFinding);
  const { design, forecast } = useForecastWithDesign();
  const pools = useForecastSettings((s) => s.poolSizes);
  const showCriticalPath = useForecastSettings((s) => s.showCriticalPath);
  const setShowCriticalPath = useForecastSettings((s) => s.setShowCriticalPath);
  useFocusRequest(ownsReveal);
  const reveal = useCallback((t: TaskRef) => revealTask(t.taskId), [revealTask]);
  // The index is looked up at click time: the forecast may be of a design a moment older.
  const openDuration = useCallback(
    (t: TaskRef) => {
      const index = editorStore.getState().design.tasks.findIndex((x) => x.task_id === t.taskId);
      if (index >= 0) focusFinding({ path: `tasks[${index}].estimated_duration` });
    },
    [focusFinding],
  );
  const view = forecastView(design, forecast, pools);

  return (
    <section className="panel forecast" aria-labelledby="forecast-panel-heading">
      <h2 className="panel__title" id="forecast-panel-heading">
        Forecast
      </h2>
      {view.kind === 'none' ? (
        <p className="muted">{view.reason}</p>
      ) : (
        <>
          <dl className="forecast__summary">
            <dt>Run time</dt>
            <dd>
              <strong data-testid="forecast-run-time" data-seconds={view.runSeconds}>
                {view.runTime}
              </strong>{' '}
              <span className="forecast__note">({view.runTimeNote})</span>
            </dd>
            <dt>Critical path</dt>
            <dd data-testid="forecast-critical-time" data-seconds={view.criticalSeconds}>
              {view.criticalPathTime}
            </dd>
          </dl>
          <label className="forecast__toggle">
            <input
              type="checkbox"
              className="checkbox"
              checked={showCriticalPath}
              onChange={(e) => setShowCriticalPath(e.target.checked)}
            />
            Show critical path on the canvas
          </label>

          <FormSection headingId="forecast-critical-heading" title="Critical path">
            <TaskList
              label="Critical path tasks"
              tasks={view.criticalPath}
              onActivate={reveal}
              ordered
            />
          </FormSection>

          <FormSection headingId="forecast-bottlenecks-heading" title="Bottlenecks">
            {view.longest.length > 0 && (
              <>
                <p className="muted">Longest on the critical path</p>
                <TaskList
                  label="Longest tasks on the critical path"
                  tasks={view.longest}
                  onActivate={reveal}
                />
              </>
            )}
            {view.waits.length > 0 ? (
              <ul className="forecast__waits" aria-label="Waits for pools and limits">
                {view.waits.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            ) : (
              <p className="muted">No task waits for a pool or max_active_tasks.</p>
            )}
          </FormSection>

          {view.unestimated.length > 0 && (
            <FormSection
              headingId="forecast-unestimated-heading"
              title="Not estimated (counted as 0s)"
            >
              <TaskList
                label="Tasks without an estimate"
                tasks={view.unestimated}
                onActivate={openDuration}
              />
            </FormSection>
          )}

          <FormSection headingId="forecast-pools-heading" title="Pool sizes">
            <p className="muted">
              Slots of the environment&apos;s pools, for this forecast only (not saved in the
              design).
            </p>
            {view.pools.map((p) => (
              <PoolSizeInput key={p.name} pool={p} />
            ))}
          </FormSection>

          <FormSection headingId="forecast-cli-heading" title="Same forecast from the command line">
            <code className="forecast__cli" data-testid="forecast-cli">
              {view.cliParts.map((part, i) => (
                <Fragment key={i}>
                  {i > 0 && ' '}
                  <span className="forecast__cli-part">{part}</span>
                </Fragment>
              ))}
            </code>
          </FormSection>
        </>
      )}
    </section>
  );
}
