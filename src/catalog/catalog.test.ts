import { describe, expect, it } from 'vitest';
import { AIRFLOW_TARGETS, type AirflowTarget } from '../design/design.ts';
import { lineOf, providerVersion } from '../design/targets.ts';
import {
  CATEGORIES,
  COMMON_ARGS,
  commonArgsFor,
  getOperator,
  getOperatorOnTarget,
  OPERATORS,
  operatorsByCategory,
  RETIRED_TRIGGER_RULES,
  SENSOR_MODES,
  TRIGGER_RULES,
  type ArgSpec,
  type OperatorTargetSpec,
} from './index.ts';

/** The operators the product promises (brief), each on every target. */
const REQUIRED_KEYS = [
  'EmptyOperator',
  'BashOperator',
  'PythonOperator',
  'BranchPythonOperator',
  'ShortCircuitOperator',
  'PythonSensor',
  'TriggerDagRunOperator',
  'ExternalTaskSensor',
  'TimeDeltaSensor',
  'DateTimeSensor',
  'EmailOperator',
  'HttpOperator',
  'SQLExecuteQueryOperator',
  'S3KeySensor',
  'S3CreateObjectOperator',
  'S3CopyObjectOperator',
  'S3DeleteObjectsOperator',
  'LambdaInvokeFunctionOperator',
  'StepFunctionStartExecutionOperator',
  'StepFunctionExecutionSensor',
  'GlueJobOperator',
  'GlueCrawlerOperator',
  'AthenaOperator',
  'EcsRunTaskOperator',
  'BatchOperator',
  'EmrServerlessStartJobOperator',
  'RedshiftDataOperator',
  'SnsPublishOperator',
  'SqsPublishOperator',
];

/** Every (operator, target, spec) triple the catalog claims. */
function allTargetSpecs(): { key: string; target: AirflowTarget; spec: OperatorTargetSpec }[] {
  const out: { key: string; target: AirflowTarget; spec: OperatorTargetSpec }[] = [];
  for (const op of OPERATORS) {
    for (const target of AIRFLOW_TARGETS) {
      const spec = op.targets[target];
      if (spec) out.push({ key: op.key, target, spec });
    }
  }
  return out;
}

function argOf(key: string, target: AirflowTarget, name: string): ArgSpec | undefined {
  return getOperatorOnTarget(key, target)?.args.find((a) => a.name === name);
}

function defaultFitsType(a: ArgSpec): boolean {
  switch (a.type) {
    case 'integer':
      return Number.isInteger(a.default);
    case 'number':
    case 'duration':
      return typeof a.default === 'number' && a.default >= 0;
    case 'boolean':
      return typeof a.default === 'boolean';
    case 'string':
    case 'text':
    case 'bash':
    case 'enum':
    case 'datetime':
      return typeof a.default === 'string';
    default:
      return false; // json / string_list defaults are not expressible in ArgSpec.default
  }
}

function checkArgShape(where: string, a: ArgSpec): string[] {
  const problems: string[] = [];
  if (a.required && a.default !== undefined)
    problems.push(`${where}.${a.name}: required but has a default`);
  if (a.type === 'enum') {
    if (!a.choices || a.choices.length === 0)
      problems.push(`${where}.${a.name}: enum without choices`);
    else if (a.default != null && !a.choices.includes(String(a.default)))
      problems.push(`${where}.${a.name}: default ${String(a.default)} not in choices`);
  }
  if (a.default != null && !defaultFitsType(a))
    problems.push(`${where}.${a.name}: default does not fit ${a.type}`);
  if (a.durationAs && a.type !== 'duration')
    problems.push(`${where}.${a.name}: durationAs on a non-duration`);
  if (a.templateExt && !a.templated)
    problems.push(`${where}.${a.name}: templateExt on a non-templated arg`);
  if (a.help.trim().length < 8) problems.push(`${where}.${a.name}: help text missing`);
  return problems;
}

describe('operator catalog', () => {
  it('has at least the 29 promised operators, each on every target', () => {
    expect(OPERATORS.length).toBeGreaterThanOrEqual(29);
    for (const key of REQUIRED_KEYS) {
      const op = getOperator(key);
      expect(op, key).toBeDefined();
      // Deprecated by amazon 9.34.0 (MWAA 3.3.1): every DAG parse would warn there.
      const expected =
        key === 'GlueCrawlerOperator'
          ? AIRFLOW_TARGETS.filter((t) => t !== '3.3.1')
          : [...AIRFLOW_TARGETS];
      expect(Object.keys(op?.targets ?? {}).sort(), key).toEqual(expected.sort());
    }
  });

  it('has unique keys, and getOperator finds each one', () => {
    const keys = OPERATORS.map((op) => op.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const op of OPERATORS) expect(getOperator(op.key)).toBe(op);
    expect(getOperator('NoSuchOperator')).toBeUndefined();
    expect(getOperator('custom')).toBeUndefined();
  });

  it('gives every claimed target a full spec whose class is the catalog key', () => {
    for (const op of OPERATORS) {
      expect(Object.keys(op.targets).length, op.key).toBeGreaterThan(0);
      expect(op.label.length, op.key).toBeGreaterThan(0);
      expect(op.description.length, op.key).toBeGreaterThan(0);
    }
    for (const { key, target, spec } of allTargetSpecs()) {
      expect(spec.className, `${key}@${target}`).toBe(key);
      expect(spec.module, `${key}@${target}`).toMatch(/^airflow(\.[a-z_][a-z0-9_]*)+$/);
      expect(Array.isArray(spec.args), `${key}@${target}`).toBe(true);
    }
  });

  it('keeps argument specs well-formed: required has no default, enums have choices', () => {
    const problems = allTargetSpecs().flatMap(({ key, target, spec }) =>
      spec.args.flatMap((a) => checkArgShape(`${key}@${target}`, a)),
    );
    expect(problems).toEqual([]);
  });

  it('never lists python_callable, task_id, duplicates or BaseOperator arguments as operator arguments', () => {
    const commonNames = new Set(COMMON_ARGS.map((a) => a.name));
    for (const { key, target, spec } of allTargetSpecs()) {
      const names = spec.args.map((a) => a.name);
      expect(new Set(names).size, `${key}@${target} duplicates`).toBe(names.length);
      expect(names, `${key}@${target}`).not.toContain('python_callable');
      expect(names, `${key}@${target}`).not.toContain('task_id');
      expect(
        names.filter((n) => commonNames.has(n)),
        `${key}@${target} repeats common args`,
      ).toEqual([]);
    }
  });

  it('has no empty category', () => {
    const groups = operatorsByCategory();
    expect([...groups.keys()]).toEqual([...CATEGORIES]);
    for (const category of CATEGORIES)
      expect(groups.get(category)?.length, category).toBeGreaterThan(0);
    const total = [...groups.values()].reduce((n, ops) => n + ops.length, 0);
    expect(total).toBe(OPERATORS.length);
  });

  it('names a provider the constraints of the target pin (or null for Airflow core)', () => {
    const unpinned = allTargetSpecs()
      .filter(
        ({ target, spec }) =>
          spec.provider !== null && providerVersion(target, spec.provider) === undefined,
      )
      .map(({ key, target, spec }) => `${key}@${target}: ${spec.provider}`);
    expect(unpinned).toEqual([]);
  });

  it('flags the Python-callable, branch and sensor operators', () => {
    const callables = OPERATORS.filter((op) => op.usesPythonCallable).map((op) => op.key);
    expect(callables.sort()).toEqual(
      ['BranchPythonOperator', 'PythonOperator', 'PythonSensor', 'ShortCircuitOperator'].sort(),
    );
    expect(OPERATORS.filter((op) => op.isBranch).map((op) => op.key)).toEqual([
      'BranchPythonOperator',
      'HITLBranchOperator',
    ]);
    for (const op of OPERATORS) expect(op.isSensor, op.key).toBe(op.key.endsWith('Sensor'));
  });

  it('gives every sensor mode, poke_interval and timeout in seconds', () => {
    for (const { key, target, spec } of allTargetSpecs()) {
      if (!getOperator(key)?.isSensor) continue;
      const byName = new Map(spec.args.map((a) => [a.name, a]));
      expect(byName.get('mode')?.choices, `${key}@${target}`).toEqual(SENSOR_MODES);
      expect(byName.get('poke_interval')?.durationAs, `${key}@${target}`).toBe('seconds');
      expect(byName.get('timeout')?.durationAs, `${key}@${target}`).toBe('seconds');
    }
  });
});

describe('import paths', () => {
  const STANDARD_MODULES: Record<string, string> = {
    EmptyOperator: 'airflow.providers.standard.operators.empty',
    BashOperator: 'airflow.providers.standard.operators.bash',
    PythonOperator: 'airflow.providers.standard.operators.python',
    BranchPythonOperator: 'airflow.providers.standard.operators.python',
    ShortCircuitOperator: 'airflow.providers.standard.operators.python',
    PythonSensor: 'airflow.providers.standard.sensors.python',
    TriggerDagRunOperator: 'airflow.providers.standard.operators.trigger_dagrun',
    ExternalTaskSensor: 'airflow.providers.standard.sensors.external_task',
    TimeDeltaSensor: 'airflow.providers.standard.sensors.time_delta',
    DateTimeSensor: 'airflow.providers.standard.sensors.date_time',
  };

  it('imports the core operators from the standard provider on Airflow 3 and from core on 2.x', () => {
    for (const [key, module] of Object.entries(STANDARD_MODULES)) {
      expect(getOperatorOnTarget(key, '3.0.6')).toMatchObject({
        module,
        provider: 'apache-airflow-providers-standard',
      });
      for (const target of ['2.10.3', '2.11.2'] as const) {
        const spec = getOperatorOnTarget(key, target);
        expect(spec?.module, `${key}@${target}`).toMatch(/^airflow\.(operators|sensors)\./);
        expect(spec?.provider, `${key}@${target}`).toBeNull();
      }
    }
  });

  it('takes EmailOperator from the smtp provider on Airflow 3', () => {
    expect(getOperatorOnTarget('EmailOperator', '3.0.6')).toMatchObject({
      module: 'airflow.providers.smtp.operators.smtp',
      provider: 'apache-airflow-providers-smtp',
    });
    expect(getOperatorOnTarget('EmailOperator', '2.10.3')).toMatchObject({
      module: 'airflow.operators.email',
      provider: null,
    });
  });

  it('takes HTTP, SQL and AWS classes from their providers on every target', () => {
    for (const target of AIRFLOW_TARGETS) {
      expect(getOperatorOnTarget('HttpOperator', target)).toMatchObject({
        module: 'airflow.providers.http.operators.http',
        provider: 'apache-airflow-providers-http',
      });
      expect(getOperatorOnTarget('SQLExecuteQueryOperator', target)).toMatchObject({
        module: 'airflow.providers.common.sql.operators.sql',
        provider: 'apache-airflow-providers-common-sql',
      });
      for (const op of OPERATORS.filter((o) => o.category === 'AWS')) {
        const spec = op.targets[target];
        if (op.key === 'GlueCrawlerOperator' && target === '3.3.1') continue; // deprecated there
        expect(spec?.module, `${op.key}@${target}`).toMatch(
          /^airflow\.providers\.amazon\.aws\.(operators|sensors)\./,
        );
        expect(spec?.provider).toBe('apache-airflow-providers-amazon');
        expect(
          spec?.args.some((a) => a.name === 'aws_conn_id'),
          `${op.key}@${target} aws_conn_id`,
        ).toBe(true);
      }
    }
  });
});

describe('known traps are encoded as data', () => {
  it('marks a .sh/.bash bash_command as a template file path', () => {
    for (const target of AIRFLOW_TARGETS) {
      const a = argOf('BashOperator', target, 'bash_command');
      expect(a).toMatchObject({ required: true, templated: true, templateExt: ['.sh', '.bash'] });
    }
  });

  it('requires EcsRunTaskOperator overrides as JSON, plus cluster and task_definition', () => {
    for (const target of AIRFLOW_TARGETS) {
      expect(argOf('EcsRunTaskOperator', target, 'overrides')).toMatchObject({
        type: 'json',
        required: true,
      });
      expect(argOf('EcsRunTaskOperator', target, 'cluster')?.required).toBe(true);
      expect(argOf('EcsRunTaskOperator', target, 'task_definition')?.required).toBe(true);
    }
  });

  it('keeps TimeDeltaSensor.delta a timedelta (a bare int means minutes on Airflow 3)', () => {
    for (const target of AIRFLOW_TARGETS) {
      expect(argOf('TimeDeltaSensor', target, 'delta')).toMatchObject({
        type: 'duration',
        required: true,
        durationAs: 'timedelta',
      });
    }
  });

  it('uses logical_date, never execution_date, on TriggerDagRunOperator', () => {
    for (const target of AIRFLOW_TARGETS) {
      expect(argOf('TriggerDagRunOperator', target, 'logical_date')?.templated).toBe(true);
      expect(argOf('TriggerDagRunOperator', target, 'execution_date')).toBeUndefined();
      expect(argOf('TriggerDagRunOperator', target, 'trigger_dag_id')?.required).toBe(true);
    }
  });

  it('has the required AWS arguments the brief lists', () => {
    const required: Record<string, string[]> = {
      BatchOperator: ['job_name', 'job_queue', 'job_definition'],
      AthenaOperator: ['query'],
      StepFunctionStartExecutionOperator: ['state_machine_arn'],
      LambdaInvokeFunctionOperator: ['function_name'],
      SnsPublishOperator: ['target_arn', 'message'],
      SqsPublishOperator: ['sqs_queue', 'message_content'],
      EmrServerlessStartJobOperator: ['application_id', 'execution_role_arn', 'job_driver'],
      S3KeySensor: ['bucket_key'],
    };
    for (const [key, names] of Object.entries(required)) {
      for (const target of AIRFLOW_TARGETS) {
        for (const name of names)
          expect(argOf(key, target, name)?.required, `${key}@${target}.${name}`).toBe(true);
      }
    }
    expect(argOf('LambdaInvokeFunctionOperator', '3.0.6', 'payload')?.type).toBe('text');
    expect(argOf('GlueJobOperator', '3.0.6', 'script_args')?.type).toBe('json');
  });
});

describe('common arguments and trigger rules', () => {
  it('cover the BaseOperator arguments every form shows', () => {
    const names = COMMON_ARGS.map((a) => a.name);
    for (const name of [
      'retries',
      'retry_delay',
      'retry_exponential_backoff',
      'max_retry_delay',
      'execution_timeout',
      'trigger_rule',
      'pool',
      'pool_slots',
      'priority_weight',
      'weight_rule',
      'queue',
      'depends_on_past',
      'wait_for_downstream',
      'email',
      'email_on_failure',
      'email_on_retry',
      'owner',
      'sla',
      'doc_md',
      'max_active_tis_per_dag',
    ]) {
      expect(names, name).toContain(name);
    }
    expect(new Set(names).size).toBe(names.length);
    expect(names).not.toContain('task_concurrency');
  });

  it('are well-formed and typed as the contract says', () => {
    expect(COMMON_ARGS.flatMap((a) => checkArgShape('common', a))).toEqual([]);
    const byName = new Map(COMMON_ARGS.map((a) => [a.name, a]));
    expect(byName.get('retries')).toMatchObject({ type: 'integer', default: 0 });
    expect(byName.get('retry_delay')).toMatchObject({ type: 'duration', default: 300 });
    expect(byName.get('execution_timeout')?.type).toBe('duration');
    expect(byName.get('pool_slots')).toMatchObject({ type: 'integer', default: 1 });
    expect(byName.get('priority_weight')).toMatchObject({ type: 'integer', default: 1 });
    expect(byName.get('owner')).toMatchObject({ type: 'string', default: 'airflow' });
  });

  it('drop sla and the deprecated email arguments on Airflow 3 only', () => {
    const on3 = commonArgsFor('3.0.6').map((a) => a.name);
    const on210 = commonArgsFor('2.10.3').map((a) => a.name);
    for (const name of ['sla', 'email', 'email_on_failure', 'email_on_retry']) {
      expect(on3, name).not.toContain(name);
      expect(on210, name).toContain(name);
    }
  });

  it('offer the trigger rules of each target, without deprecated or 3.1-only ones', () => {
    for (const target of AIRFLOW_TARGETS) {
      const rules = TRIGGER_RULES[lineOf(target)];
      for (const rule of [
        'all_success',
        'all_done',
        'one_failed',
        'none_failed_min_one_success',
        'always',
        'all_skipped',
      ])
        expect(rules, `${target}: ${rule}`).toContain(rule);
      for (const retired of Object.keys(RETIRED_TRIGGER_RULES))
        expect(rules, `${target}: ${retired}`).not.toContain(retired);
      const triggerRule = commonArgsFor(target).find((a) => a.name === 'trigger_rule');
      expect(triggerRule?.choices).toEqual(rules);
    }
    expect(RETIRED_TRIGGER_RULES['dummy']?.replacement).toBe('always');
    expect(RETIRED_TRIGGER_RULES['none_failed_or_skipped']?.replacement).toBe(
      'none_failed_min_one_success',
    );
  });
});

describe('human-in-the-loop, Kubernetes and EKS operators', () => {
  const HITL = ['ApprovalOperator', 'HITLOperator', 'HITLBranchOperator', 'HITLEntryOperator'];

  it('offers the human-in-the-loop operators from Airflow 3.1 on only, saying so', () => {
    for (const key of HITL) {
      const op = getOperator(key);
      expect(op?.sinceAirflow, key).toBe('3.1.0');
      expect(Object.keys(op?.targets ?? {}), key).toEqual(['3.2.1', '3.3.1']);
      expect(op?.targets['3.3.1']).toMatchObject({
        module: 'airflow.providers.standard.operators.hitl',
        provider: 'apache-airflow-providers-standard',
      });
      expect(argOf(key, '3.3.1', 'subject'), key).toMatchObject({
        required: true,
        templated: true,
      });
      expect(argOf(key, '3.3.1', 'body')?.templated, key).toBe(true);
      expect(argOf(key, '3.3.1', 'params')?.type, key).toBe('json');
      expect(argOf(key, '3.3.1', 'response_timeout')?.type, key).toBe('duration');
    }
    // Approval passes its own options (Approve/Reject) and multiple=False: Airflow refuses them.
    expect(argOf('ApprovalOperator', '3.3.1', 'options')).toBeUndefined();
    expect(argOf('ApprovalOperator', '3.3.1', 'multiple')).toBeUndefined();
    expect(argOf('HITLOperator', '3.3.1', 'options')).toMatchObject({
      type: 'string_list',
      required: true,
    });
    expect(argOf('HITLEntryOperator', '3.3.1', 'options')?.required).toBe(false);
    expect(argOf('HITLBranchOperator', '3.3.1', 'options_mapping')?.type).toBe('json');
  });

  it('offers KubernetesPodOperator and EksPodOperator on every target, image required', () => {
    for (const target of AIRFLOW_TARGETS) {
      expect(getOperatorOnTarget('KubernetesPodOperator', target)).toMatchObject({
        module: 'airflow.providers.cncf.kubernetes.operators.pod',
        provider: 'apache-airflow-providers-cncf-kubernetes',
      });
      expect(getOperatorOnTarget('EksPodOperator', target)).toMatchObject({
        module: 'airflow.providers.amazon.aws.operators.eks',
        provider: 'apache-airflow-providers-amazon',
      });
      expect(argOf('KubernetesPodOperator', target, 'image')?.required).toBe(true);
      expect(argOf('EksPodOperator', target, 'cluster_name')?.required).toBe(true);
      // EksPodOperator names the pod from pod_name and builds its own kubeconfig.
      expect(argOf('EksPodOperator', target, 'name')).toBeUndefined();
      expect(argOf('EksPodOperator', target, 'config_file')).toBeUndefined();
      expect(argOf('EksPodOperator', target, 'region')?.templated).toBe(true);
      expect(getOperator('KubernetesPodOperator')?.newTaskArgs[target]).toEqual({
        in_cluster: false,
      });
    }
  });

  it('starts every sensor from the palette in reschedule mode', () => {
    for (const op of OPERATORS.filter((o) => o.isSensor))
      for (const [target, args] of Object.entries(op.newTaskArgs))
        expect(args, `${op.key}@${target}`).toEqual({ mode: 'reschedule' });
  });
});
