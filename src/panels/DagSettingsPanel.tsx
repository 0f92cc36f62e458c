/**
 * The "DAG settings" panel: everything under `dag` plus the Airflow target.
 * Every control edits the design through `updateDag` / `setTarget`, and shows
 * the validation findings for its path.
 */
import { useCallback } from 'react';
import type { ArgSpec } from '../catalog/types.ts';
import { AIRFLOW_TARGETS, type DagSettings, type JsonValue } from '../model/design.ts';
import { useEditor, useFindings } from '../store/index.ts';
import { DateTimeField } from './DateTimeField.tsx';
import { DefaultArgsSection } from './DefaultArgsSection.tsx';
import { ParamsEditor } from './ParamsEditor.tsx';
import { ScheduleField } from './ScheduleField.tsx';
import { ArgField } from './fields/ArgField.tsx';
import { ChipsInput } from './fields/ChipsInput.tsx';
import { describedBy, FieldShell } from './fields/FieldShell.tsx';
import { fieldDomId, parseFindingPath } from './finding-path.ts';
import { findingsAt } from './findings-summary.ts';
import { useEditSession } from './use-edit-session.ts';
import { useFocusRequest } from './use-focus-request.ts';

const spec = (name: string, type: ArgSpec['type'], help: string, required = false): ArgSpec => ({
  name,
  type,
  required,
  templated: false,
  help,
});

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

  const tagsId = fieldDomId('dag.tags');
  const tagFindings = findingsAt(findings, 'dag.tags');
  const targetId = fieldDomId('target.airflow');
  const catchupId = fieldDomId('dag.catchup');

  return (
    <section className="panel" aria-labelledby="dag-panel-heading" {...session}>
      <h2 className="panel__title" id="dag-panel-heading">
        DAG settings
      </h2>

      <section className="form-section" aria-label="General">
        <ArgField
          spec={DAG_SPECS.dag_id}
          path="dag.dag_id"
          value={dag.dag_id}
          findings={findings}
          onChange={setField}
        />
        <ArgField
          spec={DAG_SPECS.description}
          path="dag.description"
          value={dag.description ?? undefined}
          findings={findings}
          onChange={setField}
        />
        <FieldShell
          id={targetId}
          label="Airflow version"
          help="Picks import paths, argument names and provider pins for the export."
          findings={findingsAt(findings, 'target')}
        >
          <select
            id={targetId}
            className="input"
            value={design.target.airflow}
            aria-describedby={describedBy(targetId, true, false)}
            onChange={(event) => {
              const target = AIRFLOW_TARGETS.find((t) => t === event.target.value);
              if (target) apply({ type: 'setTarget', target });
            }}
          >
            {AIRFLOW_TARGETS.map((target) => (
              <option key={target} value={target}>
                {target === '3' ? 'Airflow 3' : `Airflow ${target}`}
              </option>
            ))}
          </select>
        </FieldShell>
      </section>

      <section className="form-section" aria-labelledby="dag-when-heading">
        <h3 className="form-section__title" id="dag-when-heading">
          When it runs
        </h3>
        <ScheduleField
          schedule={dag.schedule}
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
        <FieldShell
          id={catchupId}
          label="catchup"
          help="Backfill every missed interval since start_date when the DAG is switched on."
          findings={findingsAt(findings, 'dag.catchup')}
        >
          <input
            id={catchupId}
            type="checkbox"
            className="checkbox"
            checked={dag.catchup}
            aria-describedby={describedBy(
              catchupId,
              true,
              findingsAt(findings, 'dag.catchup').length > 0,
            )}
            onChange={(event) => patch({ catchup: event.target.checked })}
          />
        </FieldShell>
      </section>

      <section className="form-section" aria-labelledby="dag-limits-heading">
        <h3 className="form-section__title" id="dag-limits-heading">
          Limits
        </h3>
        <div className="grid-2">
          <ArgField
            spec={DAG_SPECS.max_active_runs}
            path="dag.max_active_runs"
            value={dag.max_active_runs ?? undefined}
            findings={findings}
            onChange={setField}
          />
          <ArgField
            spec={DAG_SPECS.max_active_tasks}
            path="dag.max_active_tasks"
            value={dag.max_active_tasks ?? undefined}
            findings={findings}
            onChange={setField}
          />
        </div>
        <ArgField
          spec={DAG_SPECS.dagrun_timeout}
          path="dag.dagrun_timeout"
          value={dag.dagrun_timeout ?? undefined}
          findings={findings}
          onChange={setField}
        />
      </section>

      <section className="form-section" aria-labelledby="dag-docs-heading">
        <h3 className="form-section__title" id="dag-docs-heading">
          Tags and docs
        </h3>
        <FieldShell
          id={tagsId}
          label="tags"
          help="Filter DAGs by tag in the Airflow UI."
          findings={tagFindings}
        >
          <ChipsInput
            id={tagsId}
            label="tags"
            values={dag.tags}
            describedBy={describedBy(tagsId, true, tagFindings.length > 0)}
            invalid={tagFindings.some((f) => f.severity === 'error')}
            onChange={(tags) => patch({ tags })}
          />
        </FieldShell>
        <ArgField
          spec={DAG_SPECS.doc_md}
          path="dag.doc_md"
          value={dag.doc_md ?? undefined}
          findings={findings}
          onChange={setField}
        />
      </section>

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
