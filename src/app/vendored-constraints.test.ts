import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AIRFLOW_TARGETS } from '../design/targets.ts';
import { loadVendoredConstraints } from './vendored-constraints.ts';

describe('the constraints the browser bundles', () => {
  it.each(AIRFLOW_TARGETS)('are the vendored mwaa/constraints-%s.txt', async (target) => {
    const onDisk = readFileSync(new URL(`../../mwaa/constraints-${target}.txt`, import.meta.url));
    expect(await loadVendoredConstraints(target)).toBe(onDisk.toString('utf8'));
  });
});
