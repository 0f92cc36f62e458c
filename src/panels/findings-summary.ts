/**
 * How findings are counted, ordered and attached to fields, shared by the
 * problems list, the inspector's inline errors, the code view banner and the
 * shell's disabled Export button, so they always agree.
 */
import type { Finding } from '../model/findings.ts';
import { pathIsWithin } from './finding-path.ts';

export interface FindingCounts {
  errors: number;
  warnings: number;
}

export function countFindings(findings: readonly Finding[]): FindingCounts {
  let errors = 0;
  for (const finding of findings) if (finding.severity === 'error') errors += 1;
  return { errors, warnings: findings.length - errors };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `Fix 2 errors before export`, or null when nothing blocks export (warnings never do). */
export function exportBlockReason(findings: readonly Finding[]): string | null {
  const { errors } = countFindings(findings);
  return errors === 0 ? null : `Fix ${plural(errors, 'error')} before export`;
}

/** `2 errors, 1 warning` / `No problems`, for badges' accessible names. */
export function describeCounts({ errors, warnings }: FindingCounts): string {
  if (errors === 0 && warnings === 0) return 'No problems';
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}

/** Errors first; within a severity the validator's order (design order) is kept. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [
    ...findings.filter((f) => f.severity === 'error'),
    ...findings.filter((f) => f.severity !== 'error'),
  ];
}

/** Findings about the field at `path` or anything inside it, errors first. */
export function findingsAt(findings: readonly Finding[], path: string): Finding[] {
  return sortFindings(findings.filter((f) => pathIsWithin(f.path, path)));
}

/** A stable React key for a finding (findings have no id; two equal ones are rare but legal). */
export function findingKey(finding: Finding, index: number): string {
  return `${finding.severity}|${finding.code}|${finding.path}|${index}`;
}
