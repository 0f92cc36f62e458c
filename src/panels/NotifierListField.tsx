/**
 * An alert hook (`on_failure_callback`, ...) as a list of Airflow notifiers
 * (contract section 5, "Alerts"): pick a notifier the target has, fill its
 * arguments with the same generated fields as an operator's (required ones
 * marked, findings under each at `<path>[i].args.<name>`), add or remove
 * rows. Every edit replaces the whole list through `onChange`.
 */
import type { AirflowTarget } from '../design/targets.ts';
import type { JsonValue } from '../design/design.ts';
import type { NotifierCall } from '../design/mapping-alerts.ts';
import { getNotifier, NOTIFIERS } from '../catalog/index.ts';
import type { Finding } from '../model/findings.ts';
import { ArgField } from './fields/ArgField.tsx';
import { fieldDomId } from './finding-path.ts';
import { findingsAt } from './findings-summary.ts';

export interface NotifierListFieldProps {
  /** e.g. "When a run fails, notify". */
  title: string;
  /** The design path of the list, e.g. `dag.on_failure_callback`. */
  path: string;
  calls: readonly NotifierCall[];
  target: AirflowTarget;
  findings: readonly Finding[];
  onChange: (calls: NotifierCall[] | undefined) => void;
}

export function NotifierListField({
  title,
  path,
  calls,
  target,
  findings,
  onChange,
}: NotifierListFieldProps) {
  const offered = NOTIFIERS.filter((n) => n.targets[target] !== undefined);
  const set = (next: NotifierCall[]) => onChange(next.length > 0 ? next : undefined);
  const addId = fieldDomId(`${path}.add`);
  return (
    <div className="notifier-list" role="group" aria-label={title}>
      <div className="notifier-list__title">{title}</div>
      {calls.map((call, i) => {
        const rowPath = `${path}[${i}]`;
        const spec = getNotifier(call.notifier)?.targets[target];
        const pickId = fieldDomId(`${rowPath}.notifier`);
        const rowFindings = findingsAt(findings, `${rowPath}.notifier`);
        const setArg = (value: JsonValue | undefined, name: string) => {
          const args = { ...call.args };
          if (value === undefined) delete args[name];
          else args[name] = value;
          set(calls.map((c, j) => (j === i ? { ...c, args } : c)));
        };
        return (
          <div key={i} className="notifier-list__row">
            <div className="inline">
              <select
                id={pickId}
                className="input"
                aria-label={`${title}: notifier ${i + 1}`}
                aria-invalid={rowFindings.length > 0 || undefined}
                value={call.notifier}
                onChange={(e) =>
                  set(calls.map((c, j) => (j === i ? { notifier: e.target.value, args: {} } : c)))
                }
              >
                {!offered.some((n) => n.key === call.notifier) && (
                  <option
                    value={call.notifier}
                  >{`${call.notifier} (not on Airflow ${target})`}</option>
                )}
                {offered.map((n) => (
                  <option key={n.key} value={n.key}>
                    {`${n.label} (${n.key})`}
                  </option>
                ))}
              </select>
              <button
                type="button"
                className="button--quiet"
                aria-label={`Remove notifier ${i + 1} of ${title}`}
                onClick={() => set(calls.filter((_, j) => j !== i))}
              >
                Remove
              </button>
            </div>
            {rowFindings.map((f) => (
              <p key={f.message} className="field__error">
                {f.message}
              </p>
            ))}
            {spec?.args.map((argSpec) => (
              <ArgField
                key={argSpec.name}
                spec={argSpec}
                path={`${rowPath}.args.${argSpec.name}`}
                value={call.args[argSpec.name]}
                onChange={setArg}
                findings={findings}
              />
            ))}
          </div>
        );
      })}
      {offered.length > 0 && (
        <button
          id={addId}
          type="button"
          onClick={() => set([...calls, { notifier: offered[0]!.key, args: {} }])}
        >
          {calls.length === 0 ? 'Add a notifier' : 'Add another notifier'}
        </button>
      )}
    </div>
  );
}
