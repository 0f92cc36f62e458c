/**
 * DAG `params` (the run-time form of "Trigger DAG w/ config"): one small card
 * per param with the common keywords as fields (type, default, title,
 * description, enum, minimum, maximum) and every other JSON Schema keyword
 * in one JSON box; add and remove.
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

type ParamType = 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object' | 'null';
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
const TITLE_SPEC = formSpec('title', 'string', '');
const ENUM_SPEC = formSpec('enum', 'json', '');
const MINIMUM_SPEC = formSpec('minimum', 'number', '');
const MAXIMUM_SPEC = formSpec('maximum', 'number', '');
const MORE_SPEC = formSpec('more keywords (JSON)', 'json', '');

/** Keywords with a field of their own; the rest are edited together as JSON. */
const FIELD_KEYWORDS = ['type', 'default', 'title', 'description', 'enum', 'minimum', 'maximum'];

/** The param's other keywords as one object (undefined when it has none). */
function otherKeywords(param: DagParam): JsonValue | undefined {
  const rest = Object.entries(param).filter(
    (entry): entry is [string, JsonValue] =>
      !FIELD_KEYWORDS.includes(entry[0]) && entry[1] !== undefined,
  );
  return rest.length > 0 ? Object.fromEntries(rest) : undefined;
}

const asParamType = (v: JsonValue | undefined): ParamType | undefined =>
  PARAM_TYPES.find((t) => t === v);

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A title is a non-empty string; a cleared one is removed. */
const titleValue = (v: JsonValue | undefined) =>
  typeof v === 'string' && v !== '' ? v : undefined;
const stringValue = (v: JsonValue | undefined) => (typeof v === 'string' ? v : undefined);

interface KeywordFieldProps {
  keyword: string;
  spec: ArgSpec;
  param: DagParam;
  /** The param's path, `dag.params.<name>`. */
  base: string;
  findings: readonly Finding[];
  /** Sets keywords of this param (an undefined value removes the keyword). */
  set: (patch: Partial<DagParam>) => void;
  /** The value to store from the field's (default: as given). */
  toValue?: (value: JsonValue | undefined) => JsonValue | undefined;
}

/** One keyword of a param with a field of its own: its path and value follow from the keyword. */
function KeywordField({ keyword, spec, param, base, findings, set, toValue }: KeywordFieldProps) {
  return (
    <ArgField
      spec={spec}
      path={childPath(base, keyword)}
      value={param[keyword]}
      findings={findings}
      onChange={(value) => set({ [keyword]: toValue ? toValue(value) : value })}
    />
  );
}

export interface ParamsEditorProps {
  params: Readonly<Record<string, DagParam>>;
  findings: readonly Finding[];
  onChange: (next: Record<string, DagParam>) => void;
}

export function ParamsEditor({ params, findings, onChange }: ParamsEditorProps) {
  const update = (key: string, patch: Partial<DagParam>) => {
    const next: DagParam = { ...params[key], ...patch };
    for (const field of Object.keys(patch)) {
      if (patch[field] === undefined) delete next[field];
    }
    onChange({ ...params, [key]: next });
  };
  /** The JSON box replaces every keyword without a field of its own. */
  const replaceOthers = (key: string, value: JsonValue | undefined) => {
    const current = params[key] ?? {};
    const kept = Object.fromEntries(
      Object.entries(current).filter(([k]) => FIELD_KEYWORDS.includes(k)),
    );
    const isObject = value !== null && typeof value === 'object' && !Array.isArray(value);
    // Only an object names keywords; other JSON stays in the box, uncommitted, for the user to fix.
    if (value !== undefined && !isObject) return;
    const others = isObject ? value : {};
    onChange({ ...params, [key]: { ...kept, ...others } });
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
        const type = asParamType(param.type);
        // A list of types (["null", "string"]) or another value stays as written until replaced.
        const otherType = param.type !== undefined && type === undefined;
        const at = { param, base, findings, set: (patch: Partial<DagParam>) => update(key, patch) };
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
                  value={otherType ? '(other)' : (type ?? '')}
                  onChange={(event) => update(key, { type: asParamType(event.target.value) })}
                >
                  <option value="">(any)</option>
                  {otherType && (
                    <option value="(other)" disabled>
                      {JSON.stringify(param.type)}
                    </option>
                  )}
                  {PARAM_TYPES.map((t) => (
                    <option key={t} value={t}>
                      {t}
                    </option>
                  ))}
                </select>
              </div>
              <KeywordField
                keyword="default"
                spec={type ? DEFAULT_SPECS[type] : UNTYPED_DEFAULT_SPEC}
                {...at}
              />
            </div>
            <KeywordField keyword="title" spec={TITLE_SPEC} {...at} toValue={titleValue} />
            <KeywordField
              keyword="description"
              spec={DESCRIPTION_SPEC}
              {...at}
              toValue={stringValue}
            />
            <KeywordField keyword="enum" spec={ENUM_SPEC} {...at} />
            <div className="grid-2">
              <KeywordField keyword="minimum" spec={MINIMUM_SPEC} {...at} />
              <KeywordField keyword="maximum" spec={MAXIMUM_SPEC} {...at} />
            </div>
            <ArgField
              spec={MORE_SPEC}
              path={childPath(base, '$more')}
              value={otherKeywords(param)}
              findings={[]}
              onChange={(value) => replaceOthers(key, value)}
            />
            {/* Problems of the param itself, its type or its other keywords; fields show theirs inline. */}
            {findingsAt(findings, base)
              .filter(
                (f) =>
                  !FIELD_KEYWORDS.filter((k) => k !== 'type').some((k) =>
                    pathIsWithin(f.path, childPath(base, k)),
                  ),
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
