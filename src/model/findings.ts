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

/**
 * Warnings never block an export. Each one points at a real Airflow trap;
 * the message says what to change.
 */
export const WARNING_CODES = [
  'no-retries',
  'no-owner',
  'isolated-task',
  'long-poke-sensor',
  'catchup-old-start',
  /** The same `from -> to` twice: harmless in Airflow (`a >> b` is idempotent) but noise. */
  'duplicate-edge',
  /** `bash_command` ending in `.sh`/`.bash`: Airflow loads it as a Jinja template file. */
  'bash-template-file',
  /** A branch operator with fewer than two downstream tasks has nothing to choose. */
  'branch-few-downstream',
  /** A join after a branch with trigger_rule all_success is always skipped. */
  'branch-join-trigger-rule',
  /** max_active_tasks lower than the widest level of the graph. */
  'narrow-concurrency',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];
export type WarningCode = (typeof WARNING_CODES)[number];
export type FindingCode = ErrorCode | WarningCode;

/** A place in a multi-line text value (1-based line and column, as the user typed it). */
export interface TextPosition {
  line: number;
  column: number;
}

export interface Finding {
  severity: Severity;
  code: FindingCode;
  /** JSON path into the design, e.g. `tasks[3].args.bash_command`; `` for the whole file. */
  path: string;
  message: string;
  /**
   * Where inside the value at `path` the problem is, when it is text with
   * lines (a Python syntax error): the code editor marks that line.
   */
  at?: TextPosition;
}

export const hasErrors = (findings: readonly Finding[]): boolean =>
  findings.some((f) => f.severity === 'error');

export const errorFinding = (
  code: ErrorCode,
  path: string,
  message: string,
  at?: TextPosition,
): Finding => ({
  severity: 'error',
  code,
  path,
  message,
  ...(at ? { at } : {}),
});

export const warningFinding = (code: WarningCode, path: string, message: string): Finding => ({
  severity: 'warning',
  code,
  path,
  message,
});

/** For the parser (src/io): the file is not a design at all. */
export const invalidDesign = (path: string, message: string): Finding =>
  errorFinding('invalid-design', path, message);
