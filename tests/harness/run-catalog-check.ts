/**
 * Runs tests/airflow/check_catalog.py in one venv: the operator catalog of that
 * venv's design target, as JSON, against the real operator classes. Shared by
 * tests/airflow/catalog.test.ts and scripts/catalog-gaps.ts.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { commonArgsFor, NOTIFIERS, OPERATORS } from '../../src/catalog/index.ts';
import type { AirflowTarget } from '../../src/design/design.ts';
import { REPO_ROOT, requirePython, type AirflowVenv } from './venvs.ts';

const CHECKER = join(REPO_ROOT, 'tests/airflow/check_catalog.py');

export const CatalogReportSchema = z.object({
  airflow_version: z.string(),
  problems: z.array(z.object({ key: z.string(), problem: z.string() })),
});

export function catalogFor(target: AirflowTarget): unknown {
  const operators = OPERATORS.flatMap((op) => {
    const spec = op.targets[target];
    if (!spec) return [];
    return [
      {
        key: op.key,
        module: spec.module,
        className: spec.className,
        usesPythonCallable: op.usesPythonCallable,
        args: spec.args.map((a) => ({
          name: a.name,
          pythonName: a.pythonName ?? null,
          templated: a.templated,
          required: a.required,
        })),
      },
    ];
  });
  // Notifiers are checked like operators: import, keywords, template_fields, required.
  const notifiers = NOTIFIERS.flatMap((notifier) => {
    const spec = notifier.targets[target];
    if (!spec) return [];
    return [
      {
        key: `notifier ${notifier.key}`,
        module: spec.module,
        className: spec.className,
        usesPythonCallable: false,
        args: spec.args.map((a) => ({
          name: a.name,
          pythonName: a.pythonName ?? null,
          templated: a.templated,
          required: a.required,
        })),
      },
    ];
  });
  const commonArgs = commonArgsFor(target).map((a) => a.pythonName ?? a.name);
  return { operators: [...operators, ...notifiers], common_args: commonArgs };
}

export function checkCatalog(
  venv: AirflowVenv,
  catalog: unknown = catalogFor(venv.target),
): z.infer<typeof CatalogReportSchema> {
  const python = requirePython(venv);
  const input = join(mkdtempSync(join(tmpdir(), 'catalog-check-')), 'catalog.json');
  writeFileSync(input, JSON.stringify(catalog));
  const run = spawnSync(python, [CHECKER, input], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw new Error(`could not start ${python}: ${run.error.message}`);
  if (run.status !== 0)
    throw new Error(
      `check_catalog.py (Airflow ${venv.version}) exited ${run.status}:\n${run.stderr}`,
    );
  const parsed = CatalogReportSchema.safeParse(JSON.parse(run.stdout));
  if (!parsed.success)
    throw new Error(`check_catalog.py report has an unexpected shape: ${parsed.error.message}`);
  return parsed.data;
}
