/**
 * Findings as text for people: one aligned line each, errors before
 * warnings, then a summary line.
 *
 *   error    invalid-id      tasks[3].task_id  task id "bad id" ...
 *   warning  no-retries      tasks[0]          ...
 */
import type { Finding } from '../model/findings.ts';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Errors first, then warnings; otherwise the validator's order (it follows the file). */
export function sortForReading(findings: readonly Finding[]): Finding[] {
  return [
    ...findings.filter((f) => f.severity === 'error'),
    ...findings.filter((f) => f.severity !== 'error'),
  ];
}

export function formatFindings(findings: readonly Finding[]): string {
  const rows = sortForReading(findings).map(
    (f) => [f.severity, f.code, f.path || '-', f.message] as const,
  );
  const width = (i: 0 | 1 | 2) => Math.max(...rows.map((r) => r[i].length));
  const [w0, w1, w2] = [width(0), width(1), width(2)];
  return rows
    .map(
      ([sev, code, path, message]) =>
        `${sev.padEnd(w0)}  ${code.padEnd(w1)}  ${path.padEnd(w2)}  ${message}\n`,
    )
    .join('');
}

export function summaryLine(findings: readonly Finding[], source: string): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  if (findings.length === 0) return `${source}: no problems found\n`;
  return `${source}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}\n`;
}
