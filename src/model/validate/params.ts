/**
 * DAG params (`dag.params.<name>`): each JSON Schema keyword's value has the
 * JSON type Airflow's schema needs, and the `default` satisfies its own
 * schema (Airflow's `Param.resolve()` refuses it when a run is triggered).
 *
 * Unknown keywords: Airflow passes every keyword into the schema and
 * jsonschema ignores the ones it does not know, so a custom keyword is kept
 * and exported. One close to a known keyword (`minimun`) is a typo that
 * would silently do nothing: that is `invalid-argument` with a suggestion.
 */
import type { DagParam, JsonValue } from '../../design/design.ts';
import { PARAM_KEYS } from '../../design/key-order.ts';
import { errorFinding, type Finding } from '../findings.ts';
import { childPath } from '../paths.ts';
import { closest } from './suggest.ts';

const JSON_TYPES = ['string', 'integer', 'number', 'boolean', 'array', 'object', 'null'];

/** Keywords JSON Schema knows beyond PARAM_KEYS (never flagged as typos). */
const OTHER_SCHEMA_KEYWORDS = [
  '$schema',
  '$id',
  '$ref',
  '$defs',
  '$comment',
  'definitions',
  'allOf',
  'anyOf',
  'oneOf',
  'not',
  'if',
  'then',
  'else',
  'dependentRequired',
  'dependentSchemas',
  'prefixItems',
  'contains',
  'minContains',
  'maxContains',
  'minProperties',
  'maxProperties',
  'patternProperties',
  'propertyNames',
  'unevaluatedItems',
  'unevaluatedProperties',
  'contentEncoding',
  'contentMediaType',
  'readOnly',
  'writeOnly',
  'deprecated',
  'custom_html_form',
];

type Kind = 'string' | 'number' | 'count' | 'boolean' | 'array' | 'object' | 'schema' | 'any';

/** The JSON type each known keyword's value must have (`count`: whole number >= 0). */
const KEYWORD_KIND: Record<string, Kind> = {
  default: 'any',
  const: 'any',
  title: 'string',
  description: 'string',
  description_md: 'string',
  section: 'string',
  format: 'string',
  pattern: 'string',
  enum: 'array',
  examples: 'array',
  required: 'array',
  values_display: 'object',
  properties: 'object',
  minimum: 'number',
  maximum: 'number',
  exclusiveMinimum: 'number',
  exclusiveMaximum: 'number',
  multipleOf: 'number',
  minLength: 'count',
  maxLength: 'count',
  minItems: 'count',
  maxItems: 'count',
  uniqueItems: 'boolean',
  items: 'schema',
  additionalProperties: 'schema',
};

const KIND_WORDS: Record<Kind, string> = {
  string: 'a string',
  number: 'a number',
  count: 'a whole number of 0 or more',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  schema: 'a JSON Schema (an object, or true/false)',
  any: 'any value',
};

const isObject = (v: JsonValue): v is { [key: string]: JsonValue } =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function fitsKind(v: JsonValue, kind: Kind): boolean {
  switch (kind) {
    case 'string':
      return typeof v === 'string';
    case 'number':
      return typeof v === 'number';
    case 'count':
      return typeof v === 'number' && Number.isInteger(v) && v >= 0;
    case 'boolean':
      return typeof v === 'boolean';
    case 'array':
      return Array.isArray(v);
    case 'object':
      return isObject(v);
    case 'schema':
      return isObject(v) || typeof v === 'boolean';
    case 'any':
      return true;
  }
}

/** The JSON type name of a value (`integer` for whole numbers). */
function jsonType(v: JsonValue): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

const show = (v: JsonValue): string => JSON.stringify(v);

/** The declared type names, or null when `type` is absent or malformed. */
function declaredTypes(type: JsonValue | undefined): string[] | null {
  if (typeof type === 'string') return [type];
  if (Array.isArray(type) && type.every((t) => typeof t === 'string')) return type as string[];
  return null;
}

/** Problems of one keyword's value (not the default). */
function keywordProblem(key: string, value: JsonValue): string | null {
  if (key === 'type') {
    const types = declaredTypes(value);
    const bad = types?.find((t) => !JSON_TYPES.includes(t));
    if (types === null || types.length === 0)
      return `type is a JSON type name or a list of them (${JSON_TYPES.join(', ')}), not ${show(value)}.`;
    if (bad !== undefined) return `type "${bad}" is not a JSON type (${JSON_TYPES.join(', ')}).`;
    return null;
  }
  const kind = KEYWORD_KIND[key];
  if (kind === undefined) return null;
  if (!fitsKind(value, kind)) return `${key} must be ${KIND_WORDS[kind]}, not ${show(value)}.`;
  if (key === 'multipleOf' && typeof value === 'number' && value <= 0)
    return `multipleOf must be above 0, not ${value}.`;
  if (key === 'pattern' && typeof value === 'string') {
    try {
      new RegExp(value, 'u');
    } catch {
      return `pattern ${show(value)} is not a valid regular expression.`;
    }
  }
  if (key === 'required' && Array.isArray(value) && !value.every((v) => typeof v === 'string'))
    return `required lists property names (strings), not ${show(value)}.`;
  if (key === 'values_display' && isObject(value)) {
    const bad = Object.entries(value).find(([, label]) => typeof label !== 'string');
    if (bad) return `values_display labels are strings; "${bad[0]}" is ${show(bad[1])}.`;
  }
  return null;
}

/**
 * Why the default breaks its own schema (the keywords Airflow's form and
 * `resolve()` check most), or null. Only keywords whose value passed
 * keywordProblem are read.
 */
function defaultProblem(param: DagParam, d: JsonValue): string | null {
  const types = declaredTypes(param.type);
  if (types !== null && types.every((t) => JSON_TYPES.includes(t))) {
    const t = jsonType(d);
    const fits = types.includes(t) || (t === 'integer' && types.includes('number'));
    if (!fits) return `is declared ${types.join(' or ')} but its default is ${t}.`;
  }
  const { enum: choices, const: constant } = param;
  if (Array.isArray(choices) && !choices.some((e) => show(e) === show(d)))
    return `default ${show(d)} is not one of its enum values.`;
  if (constant !== undefined && show(constant) !== show(d))
    return `default ${show(d)} is not its const ${show(constant)}.`;
  const num = (key: string): number | null => {
    const v = param[key];
    return typeof v === 'number' ? v : null;
  };
  if (typeof d === 'number') {
    const [min, max, xmin, xmax] = [
      num('minimum'),
      num('maximum'),
      num('exclusiveMinimum'),
      num('exclusiveMaximum'),
    ];
    if (min !== null && d < min) return `default ${d} is below its minimum ${min}.`;
    if (max !== null && d > max) return `default ${d} is above its maximum ${max}.`;
    if (xmin !== null && d <= xmin)
      return `default ${d} is not above its exclusiveMinimum ${xmin}.`;
    if (xmax !== null && d >= xmax)
      return `default ${d} is not below its exclusiveMaximum ${xmax}.`;
  }
  if (typeof d === 'string') {
    const length = Array.from(d).length;
    const [minLength, maxLength] = [num('minLength'), num('maxLength')];
    if (minLength !== null && length < minLength)
      return `default is ${length} characters, fewer than its minLength ${minLength}.`;
    if (maxLength !== null && length > maxLength)
      return `default is ${length} characters, more than its maxLength ${maxLength}.`;
    const pattern = param.pattern;
    if (typeof pattern === 'string' && keywordProblem('pattern', pattern) === null) {
      if (!new RegExp(pattern, 'u').test(d))
        return `default ${show(d)} does not match its pattern ${show(pattern)}.`;
    }
  }
  if (Array.isArray(d)) {
    const [minItems, maxItems] = [num('minItems'), num('maxItems')];
    if (minItems !== null && d.length < minItems)
      return `default has ${d.length} items, fewer than its minItems ${minItems}.`;
    if (maxItems !== null && d.length > maxItems)
      return `default has ${d.length} items, more than its maxItems ${maxItems}.`;
  }
  return null;
}

const KNOWN = [...PARAM_KEYS, ...OTHER_SCHEMA_KEYWORDS];

/**
 * Findings for one param at `path` (`dag.params.<name>`). `scheduled`: the DAG
 * has a schedule, where Airflow refuses (at import) a param without a default.
 */
export function checkParam(
  name: string,
  param: DagParam,
  path: string,
  scheduled: boolean,
): Finding[] {
  const out: Finding[] = [];
  let keywordsOk = true;
  for (const [key, value] of Object.entries(param)) {
    if (value === undefined) continue;
    const at = childPath(path, key);
    const problem = keywordProblem(key, value);
    if (problem) {
      keywordsOk = false;
      out.push(errorFinding('invalid-argument', at, `Param "${name}": ${problem}`));
      continue;
    }
    if (!KNOWN.includes(key)) {
      const near = closest(key, KNOWN);
      if (near)
        out.push(
          errorFinding(
            'invalid-argument',
            at,
            `Param "${name}" has keyword "${key}", which Airflow ignores. Did you mean "${near}"?`,
          ),
        );
    }
  }
  const d = param.default;
  if (d === undefined && scheduled)
    out.push(
      errorFinding(
        'invalid-argument',
        path,
        `Param "${name}" has no default: Airflow refuses a scheduled DAG with such a param (give it a default, or set schedule to none).`,
      ),
    );
  // Jinja defaults are rendered later; Airflow does not check them at parse time either.
  if (d === undefined || !keywordsOk || (typeof d === 'string' && d.includes('{{'))) return out;
  const problem = defaultProblem(param, d);
  if (problem)
    out.push(
      errorFinding('invalid-argument', childPath(path, 'default'), `Param "${name}" ${problem}`),
    );
  return out;
}
