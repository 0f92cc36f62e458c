/**
 * The "DAG settings" panel: everything under `dag` plus the Airflow target.
 * Every control edits the design through `updateDag` / `setTarget`, and shows
 * the validation findings for its path.
 */
import { useCallback, type ReactNode } from 'react';
import type { DagSettings, JsonValue } from '../design/design.ts';
import { TargetSelect } from './TargetSelect.tsx';
import type { Finding } from '../model/findings.ts';
import { useEditor, useFindings } from '../store/index.ts';
import { DateTimeField } from './DateTimeField.tsx';
import { DefaultArgsSection } from './DefaultArgsSection.tsx';
import { FormSection } from './FormSection.tsx';
import { ParamsEditor } from './ParamsEditor.tsx';
import { DagScheduleField } from './DagScheduleField.tsx';
import { NotifierListField } from './NotifierListField.tsx';
import { notifierCallsOf, type CallbackKey } from '../design/mapping-alerts.ts';

import { ArgField, type ArgFieldProps } from './fields/ArgField.tsx';
import { ChipsInput } from './fields/ChipsInput.tsx';
import { formSpec as spec } from './fields/form-spec.ts';
import { describedBy, FieldShell } from './fields/FieldShell.tsx';
import { fieldDomId, parseFindingPath } from './finding-path.ts';
import { findingsAt } from './findings-summary.ts';
import { useEditSession } from './use-edit-session.ts';
import { useFocusRequest } from './use-focus-request.ts';

/** Alerts for the DAG run itself (a run is never retried: no on_retry_callback on DAG). */
const RUN_ALERTS = [
  { key: 'on_failure_callback', title: 'When a run fails, notify' },
  { key: 'on_success_callback', title: 'When a run succeeds, notify' },
] as const;

/** Alerts for every task, through default_args (a DAG run itself is never retried). */
const TASK_ALERTS: readonly { key: CallbackKey; title: string }[] = [
  { key: 'on_failure_callback', title: 'When any task fails, notify (default_args)' },
  { key: 'on_success_callback', title: 'When any task succeeds, notify (default_args)' },
  { key: 'on_retry_callback', title: 'When any task is retried, notify (default_args)' },
];

/** Specs of the simple DAG fields: module constants, so memoized fields see the same object. */
const DAG_SPECS = {
  dag_id: spec(
    'dag_id',
    'string',
    'Unique name of the DAG in Airflow; also the file name dags/<dag_id>.py.',
    true,
  ),
  description: spec('description', 'string', 'One line shown in the Airflow UI.'),
  max_active_runs: spec(
    'max_active_runs',
    'integer',
    'DAG runs at the same time. Empty: Airflow default (16).',
  ),
  max_active_tasks: spec(
    'max_active_tasks',
    'integer',
    'Tasks of this DAG running at once. Empty: Airflow default (16).',
  ),
  dagrun_timeout: spec(
    'dagrun_timeout',
    'duration',
    'A run taking longer is failed. Empty: no limit.',
  ),
  doc_md: spec('doc_md', 'text', 'Markdown shown on the DAG page in Airflow.'),
};

/**
 * The design value of a simple DAG field from its form value: `dag_id` is
 * always a string, the other fields are nullable and store `null` when
 * cleared (the file keeps the key).
 */
function dagFieldValue(name: string, value: JsonValue | undefined): Partial<DagSettings> {
  if (name === 'dag_id') return { dag_id: typeof value === 'string' ? value : '' };
  if (name === 'description' || name === 'doc_md') {
    return { [name]: typeof value === 'string' ? value : null };
  }
  return { [name]: typeof value === 'number' ? value : null };
}

type SimpleDagField = keyof typeof DAG_SPECS;

interface DagFieldProps {
  name: SimpleDagField;
  dag: DagSettings;
  findings: readonly Finding[];
  onChange: ArgFieldProps['onChange'];
}

/** One simple `dag.<name>` field: its spec, path and value all follow from the name. */
function DagField({ name, dag, findings, onChange }: DagFieldProps) {
  return (
    <ArgField
      spec={DAG_SPECS[name]}
      path={`dag.${name}`}
      value={dag[name] ?? undefined}
      findings={findings}
      onChange={onChange}
    />
  );
}

/**
 * Label and help of the hand-made controls, by the design path each edits (as
 * DAG_SPECS holds them for the simple fields), with where its findings live
 * when wider than the path (all of `target`).
 */
interface ShellText {
  findingsPath?: string;
  label: string;
  help: string;
}

const SHELLS = {
  'target.airflow': {
    findingsPath: 'target',
    label: 'Airflow version',
    help: 'The exact Airflow version of your MWAA environment: picks import paths, and which arguments exist (the provider versions its constraints pin).',
  },
  'dag.catchup': {
    label: 'catchup',
    help: 'Backfill every missed interval since start_date when the DAG is switched on.',
  },
  'dag.tags': { label: 'tags', help: 'Filter DAGs by tag in the Airflow UI.' },
} satisfies Record<string, ShellText>;

/** What a control inside `ShellAt` needs to be labelled and described. */
interface ControlWiring {
  id: string;
  describedBy: string | undefined;
  invalid: boolean;
}

interface ShellAtProps {
  /** The design path the control edits: its DOM id, and its label and help in SHELLS. */
  path: keyof typeof SHELLS;
  findings: readonly Finding[];
  children: (wiring: ControlWiring) => ReactNode;
}

/**
 * A hand-made control (select, checkbox, chips) in a FieldShell, wired to the
 * findings at its path the same way ArgField wires its own controls.
 */
function ShellAt({ path, findings, children }: ShellAtProps) {
  const { label, help, findingsPath = path }: ShellText = SHELLS[path];
  const id = fieldDomId(path);
  const mine = findingsAt(findings, findingsPath);
  return (
    <FieldShell id={id} label={label} help={help} findings={mine}>
      {children({
        id,
        describedBy: describedBy(id, true, mine.length > 0),
        invalid: mine.some((f) => f.severity === 'error'),
      })}
    </FieldShell>
  );
}

export function DagSettingsPanel() {
  const design = useEditor((s) => s.design);
  const apply = useEditor((s) => s.apply);
  const findings = useFindings();
  const dag = design.dag;
  const patch = (change: Partial<DagSettings>) => apply({ type: 'updateDag', patch: change });
  // Stable, so the memoized fields skip re-rendering while another one is edited.
  const setField = useCallback(
    (value: JsonValue | undefined, name: string) =>
      apply({ type: 'updateDag', patch: dagFieldValue(name, value) }),
    [apply],
  );

  const owns = useCallback((path: string) => {
    const scope = parseFindingPath(path).scope;
    return scope === 'dag' || scope === 'target' || scope === 'design';
  }, []);
  useFocusRequest(owns);
  const session = useEditSession();

  const fieldProps = { dag, findings, onChange: setField };

  return (
    <section className="panel" aria-labelledby="dag-panel-heading" {...session}>
      <h2 className="panel__title" id="dag-panel-heading">
        DAG settings
      </h2>

      <section className="form-section" aria-label="General">
        <DagField name="dag_id" {...fieldProps} />
        <DagField name="description" {...fieldProps} />
        <ShellAt path="target.airflow" findings={findings}>
          {(wiring) => (
            <TargetSelect id={wiring.id} className="input" describedBy={wiring.describedBy} />
          )}
        </ShellAt>
      </section>

      <FormSection headingId="dag-when-heading" title="When it runs">
        <DagScheduleField
          schedule={dag.schedule}
          tasks={design.tasks}
          findings={findings}
          onChange={(schedule) => patch({ schedule })}
        />
        <DateTimeField
          name="start_date"
          value={dag.start_date}
          required
          help="First data interval. A date alone means midnight UTC."
          findings={findings}
          onChange={(value) => patch({ start_date: value ?? '' })}
        />
        <DateTimeField
          name="end_date"
          value={dag.end_date}
          required={false}
          help="Last data interval; empty for no end."
          findings={findings}
          onChange={(end_date) => patch({ end_date })}
        />
        <ShellAt path="dag.catchup" findings={findings}>
          {(wiring) => (
            <input
              id={wiring.id}
              type="checkbox"
              className="checkbox"
              checked={dag.catchup}
              aria-describedby={wiring.describedBy}
              onChange={(event) => patch({ catchup: event.target.checked })}
            />
          )}
        </ShellAt>
      </FormSection>

      <FormSection headingId="dag-limits-heading" title="Limits">
        <div className="grid-2">
          <DagField name="max_active_runs" {...fieldProps} />
          <DagField name="max_active_tasks" {...fieldProps} />
        </div>
        <DagField name="dagrun_timeout" {...fieldProps} />
      </FormSection>

      <FormSection headingId="dag-docs-heading" title="Tags and docs">
        <ShellAt path="dag.tags" findings={findings}>
          {(wiring) => (
            <ChipsInput
              id={wiring.id}
              label="tags"
              values={dag.tags}
              describedBy={wiring.describedBy}
              invalid={wiring.invalid}
              onChange={(tags) => patch({ tags })}
            />
          )}
        </ShellAt>
        <DagField name="doc_md" {...fieldProps} />
      </FormSection>

      <FormSection headingId="dag-alerts-heading" title="Alerts">
        {RUN_ALERTS.map(({ key, title }) => (
          <NotifierListField
            key={key}
            title={title}
            path={`dag.${key}`}
            calls={dag[key] ?? []}
            target={design.target.airflow}
            findings={findings}
            onChange={(calls) => patch({ [key]: calls })}
          />
        ))}
        {TASK_ALERTS.map(({ key, title }) => {
          const calls = notifierCallsOf(dag.default_args[key] ?? []);
          // A value that is not a notifier list stays in default_args below, as typed.
          return calls === null ? null : (
            <NotifierListField
              key={key}
              title={title}
              path={`dag.default_args.${key}`}
              calls={calls}
              target={design.target.airflow}
              findings={findings}
              onChange={(next) => {
                const default_args = { ...dag.default_args };
                if (next === undefined) delete default_args[key];
                else default_args[key] = next;
                patch({ default_args });
              }}
            />
          );
        })}
      </FormSection>

      <DefaultArgsSection
        defaultArgs={dag.default_args}
        target={design.target.airflow}
        findings={findings}
        onChange={(default_args) => patch({ default_args })}
      />
      <ParamsEditor
        params={dag.params}
        findings={findings}
        onChange={(params) => patch({ params })}
      />
    </section>
  );
}
