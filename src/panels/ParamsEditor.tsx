/**
 * DAG `params` (the run-time form of "Trigger DAG w/ config"): one small card
 * per param with name, type, default and description; add and remove.
 */
import type { ArgSpec, ArgType } from '../catalog/types.ts';
import type { DagParam, JsonValue } from '../design/design.ts';
import type { Finding } from '../model/findings.ts';
import { childPath } from '../model/paths.ts';
import { fieldDomId, pathIsWithin } from './finding-path.ts';
import { findingsAt } from './findings-summary.ts';
import { AddNameBox } from './fields/AddNameBox.tsx';
import { ArgField } from './fields/ArgField.tsx';
import { formSpec } from './fields/form-spec.ts';

type ParamType = NonNullable<DagParam['type']>;
const PARAM_TYPES: readonly ParamType[] = [
  'string',
  'integer',
  'number',
  'boolean',
  'array',
  'object',
  'null',
];

/** The control used for a param's default, by its declared type. */
const DEFAULT_CONTROL: Record<ParamType, ArgType> = {
  string: 'string',
  integer: 'integer',
  number: 'number',
  boolean: 'boolean',
  array: 'json',
  object: 'json',
  null: 'json',
};

/** Field specs, built once so the memoized fields keep their props between renders. */
const DEFAULT_SPECS = Object.fromEntries(
  PARAM_TYPES.map((type) => [type, formSpec('default', DEFAULT_CONTROL[type], '')]),
) as Record<ParamType, ArgSpec>;
const UNTYPED_DEFAULT_SPEC = formSpec('default', 'json', '');
const DESCRIPTION_SPEC = formSpec('description', 'string', '');

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export interface ParamsEditorProps {
  params: Readonly<Record<string, DagParam>>;
  findings: readonly Finding[];
  onChange: (next: Record<string, DagParam>) => void;
}

export function ParamsEditor({ params, findings, onChange }: ParamsEditorProps) {
  const update = (key: string, patch: Partial<DagParam>) => {
    const next: DagParam = { ...params[key], ...patch };
    for (const field of Object.keys(patch) as (keyof DagParam)[]) {
      if (patch[field] === undefined) delete next[field];
    }
    onChange({ ...params, [key]: next });
  };
  const remove = (key: string) => {
    const next = { ...params };
    delete next[key];
    onChange(next);
  };
  const check = (key: string): string | null => {
    if (!NAME.test(key)) return 'Param names use letters, digits and _';
    if (key in params) return `"${key}" already exists`;
    return null;
  };

  return (
    <section className="form-section" aria-labelledby="dag-params-heading">
      <h3 className="form-section__title" id="dag-params-heading">
        params
      </h3>
      <p className="muted">Run-time parameters, read in templates as {'{{ params.name }}'}.</p>
      {Object.entries(params).map(([key, param]) => {
        const base = childPath('dag.params', key);
        const typeId = fieldDomId(childPath(base, 'type'));
        const type = param.type;
        return (
          <fieldset className="param" key={key} id={fieldDomId(base)} tabIndex={-1}>
            <legend className="param__name">{key}</legend>
            <div className="grid-2">
              <div className="field">
                <label className="field__label" htmlFor={typeId}>
                  type
                </label>
                <select
                  id={typeId}
                  className="input"
                  value={type ?? ''}
                  onChange={(event) =>
                    update(key, {
                      type: PARAM_TYPES.find((t) => t === event.target.value),
                    })
                  }
                >
                  <option value="">(any)</option>
                  {PARAM_TYPES.map((t) => (
                    <option key={t} value={t}>
                      {t}
                    </option>
                  ))}
                </select>
              </div>
              <ArgField
                spec={type ? DEFAULT_SPECS[type] : UNTYPED_DEFAULT_SPEC}
                path={childPath(base, 'default')}
                value={param.default}
                findings={findings}
                onChange={(value: JsonValue | undefined) => update(key, { default: value })}
              />
            </div>
            <ArgField
              spec={DESCRIPTION_SPEC}
              path={childPath(base, 'description')}
              value={param.description}
              findings={findings}
              onChange={(value) =>
                update(key, { description: typeof value === 'string' ? value : undefined })
              }
            />
            {/* Problems of the param itself or its type; default/description show theirs inline. */}
            {findingsAt(findings, base)
              .filter(
                (f) =>
                  !pathIsWithin(f.path, childPath(base, 'default')) &&
                  !pathIsWithin(f.path, childPath(base, 'description')),
              )
              .map((f, index) => (
                <p
                  key={index}
                  className={f.severity === 'error' ? 'field__error' : 'field__warning'}
                >
                  {f.message}
                </p>
              ))}
            <button
              type="button"
              className="button button--quiet"
              aria-label={`Remove param ${key}`}
              onClick={() => remove(key)}
            >
              Remove
            </button>
          </fieldset>
        );
      })}
      <AddNameBox
        noun="param"
        placeholder="e.g. day"
        check={check}
        onAdd={(key) => onChange({ ...params, [key]: { type: 'string' } })}
      />
    </section>
  );
}
