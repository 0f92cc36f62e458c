/**
 * The Airflow 3 authoring fields of a task (contract section 5): the asset
 * URIs it updates (`outlets`) and reads (`inlets`), and its role as a setup
 * or teardown task, a teardown naming the setup tasks it tears down. Each
 * control's id is derived from its finding path, so a click on a problem at
 * `tasks[i].outlets[j]` or `tasks[i].setups[j]` focuses it.
 */
import type { Design, Task, TaskRole } from '../design/design.ts';
import type { DesignChange } from '../model/changes.ts';
import type { Finding } from '../model/findings.ts';
import { fieldDomId } from './finding-path.ts';
import { findingsAt } from './findings-summary.ts';
import { describedBy, FieldMessages, FieldShell, helpId } from './fields/FieldShell.tsx';
import { UriList } from './fields/UriList.tsx';

export interface TaskAssetsRoleProps {
  design: Design;
  task: Task;
  taskIndex: number;
  findings: readonly Finding[];
  apply: (change: DesignChange) => void;
}

const ASSET_FIELDS = [
  {
    field: 'outlets',
    help: 'Asset URIs this task updates, one a line (e.g. s3://curated/orders/). DAGs scheduled on them run after it.',
  },
  { field: 'inlets', help: 'Asset URIs this task reads, one a line.' },
] as const;

const roleOf = (value: string): TaskRole | undefined =>
  value === 'setup' || value === 'teardown' ? value : undefined;

export function TaskAssetsRole({ design, task, taskIndex, findings, apply }: TaskAssetsRoleProps) {
  const base = `tasks[${taskIndex}]`;
  const taskId = task.task_id;
  const roleId = fieldDomId(`${base}.role`);
  const setupsId = fieldDomId(`${base}.setups`);
  const roleFindings = findingsAt(findings, `${base}.role`);
  const setupsFindings = findingsAt(findings, `${base}.setups`);
  const setups = task.setups ?? [];
  // The design's setup tasks, plus any entry already named (so a wrong one can be unticked).
  const candidates = [
    ...new Set([
      ...design.tasks.filter((t) => t.role === 'setup' && t !== task).map((t) => t.task_id),
      ...setups,
    ]),
  ];
  const setRole = (role: TaskRole | undefined) =>
    apply(
      role === 'teardown' || task.setups === undefined
        ? { type: 'setTaskField', taskId, field: 'role', value: role }
        : {
            // Only a teardown has setups: leaving the role drops them in the same undo step.
            type: 'batch',
            changes: [
              { type: 'setTaskField', taskId, field: 'role', value: role },
              { type: 'setTaskField', taskId, field: 'setups', value: undefined },
            ],
          },
    );
  const toggleSetup = (id: string, on: boolean) => {
    const next = on ? [...setups, id] : setups.filter((s) => s !== id);
    apply({
      type: 'setTaskField',
      taskId,
      field: 'setups',
      value: next.length > 0 ? next : undefined,
    });
  };

  return (
    <section className="form-section" aria-labelledby={`${roleId}-heading`}>
      <h3 className="form-section__title" id={`${roleId}-heading`}>
        Assets and role
      </h3>
      {ASSET_FIELDS.map(({ field, help }) => {
        const path = `${base}.${field}`;
        const id = fieldDomId(path);
        const mine = findingsAt(findings, path);
        return (
          <FieldShell key={field} id={id} label={field} help={help} findings={mine}>
            <UriList
              id={id}
              uris={task[field] ?? []}
              placeholder="(none)"
              describedBy={describedBy(id, true, mine.length > 0)}
              invalid={mine.some((f) => f.severity === 'error')}
              onChange={(uris) =>
                apply({
                  type: 'setTaskField',
                  taskId,
                  field,
                  value: uris.length > 0 ? uris : undefined,
                })
              }
            />
          </FieldShell>
        );
      })}
      <FieldShell
        id={roleId}
        label="role"
        help="A setup task prepares resources (as_setup()); a teardown task removes them and runs even when the work failed (as_teardown())."
        findings={roleFindings}
      >
        <select
          id={roleId}
          className="input"
          value={task.role ?? ''}
          aria-describedby={describedBy(roleId, true, roleFindings.length > 0)}
          onChange={(e) => setRole(roleOf(e.target.value))}
        >
          <option value="">(none: an ordinary task)</option>
          <option value="setup">setup</option>
          <option value="teardown">teardown</option>
        </select>
      </FieldShell>
      {(task.role === 'teardown' || setups.length > 0) && (
        <fieldset
          id={setupsId}
          tabIndex={-1}
          className={`field setups${setupsFindings.some((f) => f.severity === 'error') ? ' field--invalid' : ''}`}
          aria-describedby={describedBy(setupsId, true, setupsFindings.length > 0)}
        >
          <legend className="field__label">
            <span className="field__name">setups</span>
          </legend>
          {candidates.length === 0 ? (
            <p className="muted">No setup task yet: give a task the role setup first.</p>
          ) : (
            <ul className="setups__list">
              {candidates.map((id) => (
                <li key={id}>
                  <label className="inline">
                    <input
                      type="checkbox"
                      checked={setups.includes(id)}
                      onChange={(e) => toggleSetup(id, e.target.checked)}
                    />
                    <code>{id}</code>
                  </label>
                </li>
              ))}
            </ul>
          )}
          <p className="field__help" id={helpId(setupsId)}>
            The setup tasks this teardown tears down (as_teardown(setups=...)); each must run
            upstream of it.
          </p>
          {setupsFindings.length > 0 && <FieldMessages id={setupsId} findings={setupsFindings} />}
        </fieldset>
      )}
    </section>
  );
}
