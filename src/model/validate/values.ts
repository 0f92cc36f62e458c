/**
 * One argument value against its catalog spec: the JSON type for its ArgType,
 * enum choices, trigger rules for the target, and the value ranges Airflow
 * enforces (retries >= 0, pool_slots >= 1, durations >= 0).
 */
import type { ArgSpec } from '../../catalog/types.ts';
import type { JsonValue } from '../../design/design.ts';
import { lineOf } from '../../design/targets.ts';
import { errorFinding, type Finding } from '../findings.ts';
import { parseDesignDate } from '../schedule.ts';
import type { ValidationContext } from './context.ts';

/** Integer arguments with a lower bound Airflow enforces at import or run time. */
const MINIMUM: Readonly<Record<string, number>> = {
  retries: 0,
  pool_slots: 1,
  max_active_tis_per_dag: 1,
  max_active_tis_per_dagrun: 1,
};

const TYPE_WORDS: Record<ArgSpec['type'], string> = {
  string: 'a string',
  text: 'a string',
  bash: 'a string (the command)',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  duration: 'a number of seconds',
  datetime: 'a date (YYYY-MM-DD) or a date-time with an offset',
  enum: 'one of the listed choices',
  string_list: 'a list of strings',
  json: 'a JSON value',
};

export const isJinja = (v: JsonValue): boolean => typeof v === 'string' && v.includes('{{');

export const isBlank = (v: JsonValue | undefined): boolean =>
  v === undefined ||
  v === null ||
  (typeof v === 'string' && v.trim() === '') ||
  (Array.isArray(v) && v.length === 0);

const show = (v: JsonValue): string => {
  const s = JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
};

/** Why `value` does not fit `spec.type`, or null. */
function typeProblem(spec: ArgSpec, value: JsonValue): string | null {
  switch (spec.type) {
    case 'string':
    case 'text':
    case 'bash':
      return typeof value === 'string' ? null : TYPE_WORDS[spec.type];
    case 'integer':
      return Number.isInteger(value) ? null : TYPE_WORDS.integer;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : TYPE_WORDS.number;
    case 'boolean':
      return typeof value === 'boolean' ? null : TYPE_WORDS.boolean;
    case 'duration':
      return typeof value === 'number' && Number.isFinite(value) ? null : TYPE_WORDS.duration;
    case 'datetime':
      if (typeof value !== 'string') return TYPE_WORDS.datetime;
      {
        const d = parseDesignDate(value);
        return d.ok ? null : d.message;
      }
    case 'enum':
      if (typeof value !== 'string') return TYPE_WORDS.enum;
      return !spec.choices || spec.choices.includes(value)
        ? null
        : `one of ${spec.choices.join(', ')}`;
    case 'string_list':
      // Airflow takes `str | list[str]` for these (email, ...): accept both.
      if (typeof value === 'string') return null;
      return Array.isArray(value) && value.every((x) => typeof x === 'string')
        ? null
        : TYPE_WORDS.string_list;
    case 'json':
      return null;
  }
}

export function checkValue(
  ctx: ValidationContext,
  spec: ArgSpec,
  value: JsonValue,
  path: string,
): Finding[] {
  // null means "Airflow's default" (None); a required one is reported as missing elsewhere.
  if (value === null) return [];
  if (spec.name === 'trigger_rule') return checkTriggerRule(ctx, value, path);
  // A Jinja string in a templated field is rendered at run time: its type is unknowable now.
  if (spec.templated && isJinja(value)) return [];
  const problem = typeProblem(spec, value);
  if (problem) {
    const message =
      spec.type === 'datetime' && typeof value === 'string'
        ? `${spec.name}: ${problem}`
        : `${spec.name} must be ${problem}, not ${show(value)}.`;
    return [errorFinding('invalid-argument', path, message)];
  }
  if (typeof value !== 'number') return [];
  if (spec.type === 'duration' && value < 0) {
    return [
      errorFinding(
        'invalid-argument',
        path,
        `${spec.name} is a duration in seconds and cannot be negative (${value}).`,
      ),
    ];
  }
  const min = MINIMUM[spec.name];
  if (min !== undefined && value < min) {
    return [
      errorFinding('invalid-argument', path, `${spec.name} must be at least ${min}, not ${value}.`),
    ];
  }
  return [];
}

function checkTriggerRule(ctx: ValidationContext, value: JsonValue, path: string): Finding[] {
  const rules = ctx.catalog.triggerRules[lineOf(ctx.target)];
  if (typeof value === 'string' && rules.includes(value)) return [];
  const retired = typeof value === 'string' ? ctx.catalog.retiredTriggerRules?.[value] : undefined;
  const hint = retired
    ? ` "${value}" is ${retired.reason}${retired.replacement ? `; use "${retired.replacement}"` : ''}.`
    : ` Valid rules on Airflow ${ctx.target}: ${rules.join(', ')}.`;
  return [
    errorFinding(
      'invalid-argument',
      path,
      `trigger_rule ${show(value)} is not a trigger rule.${hint}`,
    ),
  ];
}
