/**
 * The form of one task, generated from the operator catalog for the design's
 * target: id, group, operator-specific args, the Python callable, common
 * BaseOperator args, and any args the catalog does not know.
 */
import { useCallback, useId, useMemo } from 'react';
import { commonArgsFor, getOperator } from '../catalog/index.ts';

import type { OperatorSpec, OperatorTargetSpec } from '../catalog/types.ts';
import type { AirflowTarget, JsonValue, Task } from '../design/design.ts';
import type { Finding } from '../model/findings.ts';
import { useEditor } from '../store/index.ts';
import { CODE_EDITOR_KEYS, CodeEditor } from './code/CodeEditor.tsx';
import { fieldDomId } from './finding-path.ts';
import { findingsAt } from './findings-summary.ts';
import { ArgField } from './fields/ArgField.tsx';
import { ExtraArgsEditor } from './fields/ExtraArgsEditor.tsx';
import { formSpec } from './fields/form-spec.ts';
import { describedBy, FieldShell } from './fields/FieldShell.tsx';
import { TaskAssetsRole } from './TaskAssetsRole.tsx';
import { TaskMapping } from './TaskMapping.tsx';
import { TaskCommonArgs } from './TaskCommonArgs.tsx';
import { TaskIdField } from './TaskIdField.tsx';
import { useEditSession } from './use-edit-session.ts';

/** The two halves of a custom operator's import, built once for the memoized fields. */
const CUSTOM_SPECS = {
  module: formSpec('module', 'string', 'Python module, e.g. my_pkg.operators', true),
  class: formSpec('class', 'string', 'Operator class name', true),
};

export interface TaskFormProps {
  task: Task;
  taskIndex: number;
  findings: readonly Finding[];
}

/** The operator's shape on `target`, or on the first target that has it (flagged by the caller). */
function targetSpec(
  spec: OperatorSpec | undefined,
  target: AirflowTarget,
): OperatorTargetSpec | undefined {
  if (!spec) return undefined;
  return spec.targets[target] ?? Object.values(spec.targets)[0];
}

export function TaskForm({ task, taskIndex, findings }: TaskFormProps) {
  // The design it edits, from the store as the DAG panel reads it: the inspector only picks the task.
  const design = useEditor((s) => s.design);
  const apply = useEditor((s) => s.apply);
  const target = design.target.airflow;
  const operator = task.operator === 'custom' ? undefined : getOperator(task.operator);
  const shape = targetSpec(operator, target);
  // Stable spec objects per target, so memoized fields can skip re-rendering.
  const commonSpecs = useMemo(() => commonArgsFor(target), [target]);
  const base = `tasks[${taskIndex}]`;
  const groupId = useId();
  const session = useEditSession();

  const taskId = task.task_id;
  const setArg = useCallback(
    (value: JsonValue | undefined, name: string) =>
      apply({ type: 'updateTaskArgs', taskId, set: { [name]: value } }),
    [apply, taskId],
  );

  const known = new Set([
    ...(shape?.args ?? []).map((a) => a.name),
    ...commonSpecs.map((a) => a.name),
  ]);
  const otherKeys = Object.keys(task.args).filter((key) => !known.has(key));
  const pythonPath = `${base}.python`;
  const pythonFindings = findingsAt(findings, pythonPath);

  // What the Airflow 3 authoring sections all read.
  const section = { design, task, taskIndex, findings, apply };

  return (
    <div className="task-form" {...session}>
      <header className="task-form__header">
        <div className="task-form__operator">
          <span className="badge">{operator?.category ?? 'Custom'}</span>
          <span className="task-form__operator-name">
            {operator?.label ?? (task.operator === 'custom' ? 'Custom operator' : task.operator)}
          </span>
        </div>
        {operator && <p className="muted">{operator.description}</p>}
        {shape && (
          <code className="task-form__import">{`from ${shape.module} import ${shape.className}`}</code>
        )}
        {operator && !operator.targets[target] && (
          <p className="callout callout--error" role="note">
            {operator.label} does not exist on Airflow {target}
            {operator.sinceAirflow ? ` (it needs Airflow ${operator.sinceAirflow} or newer)` : ''}.
            Pick another target or operator.
          </p>
        )}
        {task.operator !== 'custom' && !operator && (
          <p className="callout callout--error" role="note">
            “{task.operator}” is not in the operator catalog. Use “custom” with a module and class
            instead.
          </p>
        )}
      </header>

      <section className="form-section" aria-label="Identity">
        <TaskIdField design={design} task={task} taskIndex={taskIndex} findings={findings} />
        <FieldShell
          id={fieldDomId(`${base}.group`)}
          label="group"
          help="TaskGroup this task belongs to."
          findings={findingsAt(findings, `${base}.group`)}
        >
          <select
            id={fieldDomId(`${base}.group`)}
            className="input"
            value={task.group ?? ''}
            aria-describedby={describedBy(fieldDomId(`${base}.group`), true, false)}
            onChange={(event) =>
              apply({
                type: 'setTaskField',
                taskId: task.task_id,
                field: 'group',
                value: event.target.value || null,
              })
            }
          >
            <option value="">(no group)</option>
            {design.groups.map((group) => (
              <option key={group.group_id} value={group.group_id}>
                {group.group_id}
              </option>
            ))}
          </select>
        </FieldShell>
        {task.operator === 'custom' && (
          <div className="grid-2">
            {(['module', 'class'] as const).map((part) => (
              <ArgField
                key={part}
                spec={CUSTOM_SPECS[part]}
                path={`${base}.custom.${part}`}
                value={task.custom?.[part]}
                findings={findings}
                onChange={(value) =>
                  apply({
                    type: 'setTaskField',
                    taskId: task.task_id,
                    field: 'custom',
                    value: {
                      module: '',
                      class: '',
                      ...task.custom,
                      [part]: typeof value === 'string' ? value : '',
                    },
                  })
                }
              />
            ))}
          </div>
        )}
      </section>

      {operator?.usesPythonCallable && (
        <section className="form-section" aria-labelledby={`${groupId}-python`}>
          <h3 className="form-section__title" id={`${groupId}-python`}>
            Python callable
          </h3>
          <FieldShell
            id={fieldDomId(pythonPath)}
            label="python"
            required
            help={`The full source of one top-level def; exported above the DAG and passed as python_callable. ${CODE_EDITOR_KEYS}`}
            findings={pythonFindings}
          >
            <CodeEditor
              id={fieldDomId(pythonPath)}
              language="python"
              value={task.python ?? ''}
              required
              invalid={pythonFindings.some((f) => f.severity === 'error')}
              findings={pythonFindings}
              describedBy={describedBy(fieldDomId(pythonPath), true, pythonFindings.length > 0)}
              placeholder={'def my_task(**context):\n    ...'}
              onChange={(text) =>
                apply({
                  type: 'setTaskField',
                  taskId: task.task_id,
                  field: 'python',
                  value: text === '' ? undefined : text,
                })
              }
            />
          </FieldShell>
        </section>
      )}

      {shape && shape.args.length > 0 && (
        <section className="form-section" aria-labelledby={`${groupId}-args`}>
          <h3 className="form-section__title" id={`${groupId}-args`}>
            {operator?.label ?? task.operator} arguments
          </h3>
          {shape.args.map((spec) => (
            <ArgField
              key={spec.name}
              spec={spec}
              path={`${base}.args.${spec.name}`}
              value={task.args[spec.name]}
              findings={findings}
              onChange={setArg}
            />
          ))}
        </section>
      )}

      {(task.operator === 'custom' || otherKeys.length > 0) && (
        <section className="form-section" aria-labelledby={`${groupId}-other`}>
          <h3 className="form-section__title" id={`${groupId}-other`}>
            {task.operator === 'custom' ? 'Operator arguments' : 'Other arguments'}
          </h3>
          {task.operator !== 'custom' && (
            <p className="muted">
              Not in the catalog for Airflow {target}: check the name, or remove it.
            </p>
          )}
          <ExtraArgsEditor
            noun="argument"
            basePath={`${base}.args`}
            entries={task.args}
            keys={otherKeys}
            suggestions={[]}
            findings={findings}
            onSet={(key, value) => setArg(value, key)}
          />
        </section>
      )}

      <TaskMapping {...section} argNames={(shape?.args ?? []).map((a) => a.name)} />
      <TaskAssetsRole {...section} />

      <TaskCommonArgs
        target={target}
        task={task}
        taskIndex={taskIndex}
        specs={commonSpecs}
        findings={findings}
        onArg={setArg}
        onEstimatedDuration={(value) =>
          apply({ type: 'setTaskField', taskId: task.task_id, field: 'estimated_duration', value })
        }
      />
    </div>
  );
}
