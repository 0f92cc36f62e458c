import { describe, expect, it } from 'vitest';
import type { Finding } from '../model/findings.ts';
import {
  countFindings,
  describeCounts,
  exportBlockReason,
  findingsAt,
  sortFindings,
} from './findings-summary.ts';

const error = (path: string, code: Finding['code'] = 'invalid-argument'): Finding => ({
  severity: 'error',
  code,
  path,
  message: `bad ${path}`,
});
const warning = (path: string): Finding => ({
  severity: 'warning',
  code: 'no-retries',
  path,
  message: `meh ${path}`,
});

describe('exportBlockReason', () => {
  it('is null without errors, even with warnings', () => {
    expect(exportBlockReason([])).toBeNull();
    expect(exportBlockReason([warning('tasks[0]')])).toBeNull();
  });

  it('counts errors with the right plural', () => {
    expect(exportBlockReason([error('a'), warning('b')])).toBe('Fix 1 error before export');
    expect(exportBlockReason([error('a'), error('b'), error('c')])).toBe(
      'Fix 3 errors before export',
    );
  });
});

describe('counts and order', () => {
  const findings = [warning('w1'), error('e1'), warning('w2'), error('e2')];

  it('counts each severity', () => {
    expect(countFindings(findings)).toEqual({ errors: 2, warnings: 2 });
    expect(describeCounts({ errors: 1, warnings: 0 })).toBe('1 error, 0 warnings');
    expect(describeCounts({ errors: 0, warnings: 0 })).toBe('No problems');
  });

  it('puts errors first and keeps the original order within each severity', () => {
    expect(sortFindings(findings).map((f) => f.path)).toEqual(['e1', 'e2', 'w1', 'w2']);
  });
});

describe('findingsAt', () => {
  it('collects findings about a field and inside it, not its siblings', () => {
    const findings = [
      warning('tasks[1].args.env.KEY'),
      error('tasks[1].args.env'),
      error('tasks[1].args.envelope'),
      error('tasks[10].args.env'),
    ];
    expect(findingsAt(findings, 'tasks[1].args.env').map((f) => f.path)).toEqual([
      'tasks[1].args.env',
      'tasks[1].args.env.KEY',
    ]);
  });
});
