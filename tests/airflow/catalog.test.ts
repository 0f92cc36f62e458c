/**
 * The operator catalog against the real classes, in every venv: each
 * operator imports, each argument is a keyword its __init__ chain accepts,
 * `templated` matches template_fields and `required` matches Airflow's
 * defaults (tests/airflow/check_catalog.py). Failures list every disagreement
 * as "<operator>: <problem>" so they can be fixed in src/catalog.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { commonArgsFor, OPERATORS } from '../../src/catalog/index.ts';
import type { AirflowTarget } from '../../src/design/design.ts';
import { airflowVenvs, REPO_ROOT, requirePython, type AirflowVenv } from '../harness/venvs.ts';

const CHECKER = join(REPO_ROOT, 'tests/airflow/check_catalog.py');

const ReportSchema = z.object({
  airflow_version: z.string(),
  problems: z.array(z.object({ key: z.string(), problem: z.string() })),
});

function catalogFor(target: AirflowTarget): unknown {
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
  const commonArgs = commonArgsFor(target).map((a) => a.pythonName ?? a.name);
  return { operators, common_args: commonArgs };
}

function checkCatalog(
  venv: AirflowVenv,
  catalog: unknown = catalogFor(venv.target),
): z.infer<typeof ReportSchema> {
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
  const parsed = ReportSchema.safeParse(JSON.parse(run.stdout));
  if (!parsed.success)
    throw new Error(`check_catalog.py report has an unexpected shape: ${parsed.error.message}`);
  return parsed.data;
}

describe('operator catalog matches the real Airflow classes', () => {
  it.each(airflowVenvs().map((venv) => [`${venv.version} (target ${venv.target})`, venv] as const))(
    'Airflow %s',
    (_name, venv) => {
      const report = checkCatalog(venv);
      expect(report.airflow_version).toBe(venv.version);
      expect(report.problems.map((p) => `${p.key}: ${p.problem}`)).toEqual([]);
    },
  );
});

describe('check_catalog.py', () => {
  it('reports wrong names, wrong templated flags, missing required args and bad imports', () => {
    const venv = airflowVenvs().at(-1)!;
    const module = 'airflow.providers.standard.operators.bash';
    const broken = {
      operators: [
        {
          key: 'BashOperator',
          module,
          className: 'BashOperator',
          usesPythonCallable: false,
          args: [
            { name: 'no_such_keyword', pythonName: null, templated: false, required: false },
            { name: 'env', pythonName: null, templated: false, required: false },
            { name: 'cwd', pythonName: 'append_env', templated: true, required: false },
          ],
        },
        {
          key: 'Ghost',
          module: 'airflow.no_such_module',
          className: 'Ghost',
          usesPythonCallable: false,
          args: [],
        },
      ],
      common_args: ['retries', 'not_a_base_arg'],
    };
    const problems = checkCatalog(venv, broken).problems.map((p) => `${p.key}: ${p.problem}`);
    expect(problems).toEqual([
      `BashOperator: no_such_keyword: not a keyword of ${module}.BashOperator.__init__ (or its bases)`,
      'BashOperator: env: catalog says templated=false, but it is in BashOperator.template_fields',
      'BashOperator: cwd (pythonName append_env): catalog says templated=true, but it is not in BashOperator.template_fields',
      `BashOperator: bash_command: required by ${module}.BashOperator.__init__ but missing from the catalog`,
      expect.stringMatching(
        /^Ghost: cannot import airflow\.no_such_module\.Ghost: ModuleNotFoundError/,
      ),
      'COMMON_ARGS: not_a_base_arg: not a keyword of BaseOperator.__init__',
    ]);
  });
});
