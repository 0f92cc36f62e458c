/**
 * BaseOperator arguments (catalog `commonArgsFor(target)`, already filtered
 * to the target with its trigger rules) every task accepts (from COMMON_ARGS), plus the
 * design-only estimated_duration. The usual ones are always shown; the rest
 * sit behind "More".
 */
import type { ArgSpec } from '../catalog/types.ts';
import type { JsonValue, Task } from '../design/design.ts';
import type { Finding } from '../model/findings.ts';
import { ArgField } from './fields/ArgField.tsx';
import { NotifierListField } from './NotifierListField.tsx';
import { CALLBACK_KEYS, notifierCallsOf, type CallbackKey } from '../design/mapping-alerts.ts';
import type { AirflowTarget } from '../design/targets.ts';
import { formSpec } from './fields/form-spec.ts';

export const FEATURED_COMMON_ARGS = [
  'retries',
  'retry_delay',
  'execution_timeout',
  'trigger_rule',
  'pool',
  'pool_slots',
  'priority_weight',
  'queue',
] as const;

const ESTIMATED_DURATION = formSpec(
  'estimated_duration',
  'duration',
  'Design only, never exported: how long this task usually runs. Feeds the run-time forecast (critical path).',
);

export interface TaskCommonArgsProps {
  task: Task;
  taskIndex: number;
  specs: readonly ArgSpec[];
  findings: readonly Finding[];
  /** Stable handler (value, argument name). */
  onArg: (value: JsonValue | undefined, name: string) => void;
  onEstimatedDuration: (seconds: number | undefined) => void;
  /** The design's target: which notifiers the alert hooks offer. */
  target: AirflowTarget;
}

const ALERT_TITLES: Readonly<Record<CallbackKey, string>> = {
  on_failure_callback: 'When the task fails, notify',
  on_success_callback: 'When the task succeeds, notify',
  on_retry_callback: 'When the task is retried, notify',
};

const isCallbackKey = (name: string): name is CallbackKey =>
  (CALLBACK_KEYS as readonly string[]).includes(name);

export function TaskCommonArgs({
  task,
  taskIndex,
  specs,
  findings,
  onArg,
  onEstimatedDuration,
  target,
}: TaskCommonArgsProps) {
  const featured = FEATURED_COMMON_ARGS.map((name) => specs.find((s) => s.name === name)).filter(
    (s): s is ArgSpec => s !== undefined,
  );
  const more = specs.filter((s) => !(FEATURED_COMMON_ARGS as readonly string[]).includes(s.name));
  const moreSet = more.filter((s) => s.name in task.args).length;
  const field = (spec: ArgSpec) => {
    const value = task.args[spec.name];
    // An alert hook gets the notifier editor; a value it cannot read stays a JSON field (kept as typed).
    const calls = isCallbackKey(spec.name)
      ? value === undefined
        ? []
        : notifierCallsOf(value)
      : null;
    if (isCallbackKey(spec.name) && calls !== null) {
      return (
        <NotifierListField
          key={spec.name}
          title={ALERT_TITLES[spec.name]}
          path={`tasks[${taskIndex}].args.${spec.name}`}
          calls={calls}
          target={target}
          findings={findings}
          onChange={(next) => onArg(next, spec.name)}
        />
      );
    }
    return (
      <ArgField
        key={spec.name}
        spec={spec}
        path={`tasks[${taskIndex}].args.${spec.name}`}
        value={task.args[spec.name]}
        findings={findings}
        onChange={onArg}
      />
    );
  };
  return (
    <section className="form-section" aria-labelledby="task-common-heading">
      <h3 className="form-section__title" id="task-common-heading">
        Common arguments
      </h3>
      <div className="grid-2">{featured.map(field)}</div>
      <ArgField
        spec={ESTIMATED_DURATION}
        path={`tasks[${taskIndex}].estimated_duration`}
        value={task.estimated_duration}
        findings={findings}
        onChange={(value) => onEstimatedDuration(typeof value === 'number' ? value : undefined)}
      />
      {more.length > 0 && (
        <details className="more" open={moreSet > 0 || undefined}>
          <summary>More arguments{moreSet > 0 ? ` (${moreSet} set)` : ''}</summary>
          {more.map(field)}
        </details>
      )}
    </section>
  );
}
