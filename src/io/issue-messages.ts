/**
 * Turns zod issues into `invalid-design` findings a person can act on: the
 * contract's path style (`tasks[3].args.bash_command`) and a sentence saying
 * what was expected and what the file holds, instead of zod's raw text.
 */
import type { z } from 'zod';
import { invalidDesign, type Finding } from '../model/findings.ts';
import { formatPathSegments, type PathSegment } from '../model/paths.ts';
import { closestKey, knownKeysAt } from './key-suggestions.ts';

type Issue = z.core.$ZodIssue;

const EXPECTED_NAMES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  record: 'an object',
  array: 'a list',
  null: 'null',
};

/** What a value is, in the file's own (JSON) words. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'NaN';
    if (!Number.isFinite(value)) return 'an infinite number';
    return `the number ${value}`;
  }
  if (typeof value === 'string') return `the string ${JSON.stringify(truncate(value))}`;
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value} (not JSON)`;
}

function truncate(s: string): string {
  return s.length > 40 ? `${s.slice(0, 37)}...` : s;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = root;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    const next: unknown = Reflect.get(cur, seg);
    cur = next;
  }
  return cur;
}

function segments(path: readonly PropertyKey[]): PathSegment[] {
  return path.map((p) => (typeof p === 'number' ? p : String(p)));
}

function expectedName(expected: string): string {
  return EXPECTED_NAMES[expected] ?? expected;
}

function listValues(values: readonly unknown[]): string {
  return values.map((v) => JSON.stringify(v)).join(', ');
}

/** The `seconds` fields say so, since a duration string like "5m" is the usual mistake. */
function unitHint(path: readonly PropertyKey[]): string {
  const last = path[path.length - 1];
  return last === 'estimated_duration' || last === 'dagrun_timeout' ? ' (seconds)' : '';
}

function messageFor(issue: Issue, input: unknown): string {
  const got = valueAt(input, issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      if (got === undefined) return 'required field is missing';
      const expected = expectedName(issue.expected);
      return `must be ${expected}${unitHint(issue.path)}, not ${describeValue(got)}`;
    }
    case 'invalid_value':
      if (issue.values.length === 1) {
        return `must be ${listValues(issue.values)}, not ${describeValue(got)}`;
      }
      return `must be one of ${listValues(issue.values)}, not ${describeValue(got)}`;
    case 'invalid_union':
      // Only JSON values are unions here: the value is something JSON cannot hold.
      return `must be a JSON value (string, number, true/false, null, list or object), not ${describeValue(got)}`;
    case 'too_small':
      return `must be at least ${String(issue.minimum)}${unitHint(issue.path)}, not ${describeValue(got)}`;
    case 'too_big':
      return `must be at most ${String(issue.maximum)}, not ${describeValue(got)}`;
    default:
      return issue.message;
  }
}

function unknownKeyMessage(key: string, known: readonly string[]): string {
  const suggestion = closestKey(key, known);
  const hint = suggestion ? ` (did you mean ${JSON.stringify(suggestion)}?)` : '';
  return `unknown key ${JSON.stringify(key)}: not part of format version 1${hint}`;
}

/**
 * One finding per issue; one per key for unknown keys, so each path points at
 * the key itself. With `schema`, unknown keys get a "did you mean" hint.
 */
export function issuesToFindings(
  issues: readonly Issue[],
  input: unknown,
  schema?: z.core.$ZodType,
): Finding[] {
  return rawFindings(issues, input, schema).map((finding) =>
    // The contract's code for a malformed schedule (object or not) is invalid-schedule.
    finding.path === 'dag.schedule' || finding.path.startsWith('dag.schedule.')
      ? { ...finding, code: 'invalid-schedule' }
      : finding,
  );
}

const SCHEDULE_SHAPE =
  'a cron expression or preset, null, or an asset schedule { "assets": [...], "when": "all" | "any", "cron": ... }';

/**
 * `dag.schedule` is a union: an object gets the asset-schedule branch's own
 * issues (with their paths), anything else one sentence naming the shapes.
 */
function scheduleUnionIssues(issue: Issue, input: unknown): Issue[] | string | null {
  if (issue.code !== 'invalid_union' || issue.path.join('.') !== 'dag.schedule') return null;
  const got = valueAt(input, issue.path);
  const objectBranch = issue.errors.find((branch) =>
    branch.some((inner) => inner.code !== 'invalid_type' || inner.path.length > 0),
  );
  if (typeof got === 'object' && got !== null && !Array.isArray(got) && objectBranch)
    return objectBranch.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }));
  return `must be ${SCHEDULE_SHAPE}, not ${describeValue(got)}`;
}

function rawFindings(
  issues: readonly Issue[],
  input: unknown,
  schema?: z.core.$ZodType,
): Finding[] {
  const findings: Finding[] = [];
  for (const issue of issues) {
    const schedule = scheduleUnionIssues(issue, input);
    if (typeof schedule === 'string') {
      findings.push(invalidDesign('dag.schedule', schedule));
      continue;
    }
    if (schedule !== null) {
      findings.push(...rawFindings(schedule, input, schema));
      continue;
    }
    if (issue.code === 'unrecognized_keys') {
      const known = schema ? knownKeysAt(schema, issue.path) : [];
      for (const key of issue.keys) {
        const path = formatPathSegments([...segments(issue.path), key]);
        findings.push(invalidDesign(path, unknownKeyMessage(key, known)));
      }
      continue;
    }
    findings.push(
      invalidDesign(formatPathSegments(segments(issue.path)), messageFor(issue, input)),
    );
  }
  return findings;
}
