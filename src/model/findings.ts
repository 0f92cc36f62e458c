/** Findings are what `validate` returns: the contract's codes, with an exact path. */

export type Severity = 'error' | 'warning';

export const ERROR_CODES = [
  'cycle',
  'duplicate-id',
  'invalid-id',
  'dangling-edge',
  'unknown-operator',
  'missing-argument',
  'invalid-argument',
  'invalid-schedule',
  'unsupported-on-target',
  'secret-in-design',
  'invalid-design',
] as const;

export const WARNING_CODES = [
  'no-retries',
  'no-owner',
  'isolated-task',
  'long-poke-sensor',
  'catchup-old-start',
  'non-idempotent-hint',
  'large-design',
] as const;

export type FindingCode = (typeof ERROR_CODES)[number] | (typeof WARNING_CODES)[number];

export interface Finding {
  severity: Severity;
  code: FindingCode;
  /** JSON path into the design, e.g. `tasks[3].args.bash_command`; `` for the whole file. */
  path: string;
  message: string;
}

export const hasErrors = (findings: readonly Finding[]): boolean =>
  findings.some((f) => f.severity === 'error');
