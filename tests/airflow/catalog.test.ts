/**
 * The operator catalog against the real classes, in every venv: each
 * operator imports, each argument is a keyword its __init__ chain accepts,
 * `templated` matches template_fields and `required` matches Airflow's
 * defaults (tests/airflow/check_catalog.py). Failures list every disagreement
 * as "<operator>: <problem>" so they can be fixed in src/catalog.
 */
import { describe, expect, it } from 'vitest';
import { checkCatalog } from '../harness/run-catalog-check.ts';
import { airflowVenvs } from '../harness/venvs.ts';

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

  it('knows the keywords a subclass passes to its base itself, or fills in when missing', () => {
    const venv = airflowVenvs().at(-1)!;
    const hitl = 'airflow.providers.standard.operators.hitl';
    const op = (key: string, module: string, args: string[]) => ({
      key,
      module,
      className: key,
      usesPythonCallable: false,
      args: args.map((name) => ({ name, pythonName: null, templated: false, required: false })),
    });
    const catalog = {
      operators: [
        // ApprovalOperator passes options=[Approve, Reject] itself: a caller's is refused.
        op('ApprovalOperator', hitl, ['options']),
        // HITLEntryOperator defaults options to ['OK']; subject stays required.
        op('HITLEntryOperator', hitl, []),
        // EksPodOperator passes name=pod_name to KubernetesPodOperator.
        op('EksPodOperator', 'airflow.providers.amazon.aws.operators.eks', ['name', 'image']),
      ],
      common_args: [],
    };
    const problems = checkCatalog(venv, catalog).problems.map((p) => `${p.key}: ${p.problem}`);
    expect(problems).toEqual([
      `ApprovalOperator: options: not a keyword of ${hitl}.ApprovalOperator.__init__ (or its bases)`,
      `ApprovalOperator: subject: required by ${hitl}.ApprovalOperator.__init__ but missing from the catalog`,
      `HITLEntryOperator: subject: required by ${hitl}.HITLEntryOperator.__init__ but missing from the catalog`,
      'EksPodOperator: name: not a keyword of airflow.providers.amazon.aws.operators.eks.EksPodOperator.__init__ (or its bases)',
      'EksPodOperator: image: catalog says templated=false, but it is in EksPodOperator.template_fields',
      'EksPodOperator: cluster_name: required by airflow.providers.amazon.aws.operators.eks.EksPodOperator.__init__ but missing from the catalog',
    ]);
  });
});
