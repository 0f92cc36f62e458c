/**
 * Test support for the model: a design builder and a tiny fake catalog, so
 * validation tests read as "this one field is wrong" and do not depend on
 * the real catalog's contents (tested separately in real-catalog.test.ts).
 */
import type { ArgSpec, CommonArgSpec, OperatorSpec, OperatorTargetSpec } from '../catalog/types.ts';
import { AIRFLOW_TARGETS, isAirflow2, type AirflowTarget } from '../design/targets.ts';
import { testDesign, testTask, type DesignParts } from './designs.ts';
import type { Design, Task } from '../design/design.ts';
import type { Finding } from '../model/findings.ts';
import type { ValidationCatalog } from '../model/validate/context.ts';
import { validateDesign } from '../model/validate/index.ts';

export function makeDesign(overrides: DesignParts = {}): Design {
  const { dag, ...rest } = overrides;
  return testDesign({
    ...rest,
    dag: {
      dag_id: 'test_dag',
      schedule: '0 3 * * *',
      max_active_runs: 1,
      default_args: { owner: 'data-eng', retries: 2 },
      ...dag,
    },
  });
}

export const task = testTask;

export const bash = (task_id: string, command = 'echo hi', extra: Partial<Task> = {}): Task =>
  task(task_id, { operator: 'BashOperator', args: { bash_command: command }, ...extra });

export const edge = (from: string, to: string) => ({ from, to });

const a = (name: string, type: ArgSpec['type'], extra: Partial<ArgSpec> = {}): ArgSpec => ({
  name,
  type,
  required: false,
  templated: false,
  help: `${name} help`,
  ...extra,
});

/** The same class on the targets `where` picks (every target by default). */
const everywhere = (
  args: ArgSpec[],
  where: (target: AirflowTarget) => boolean = () => true,
): Partial<Record<AirflowTarget, OperatorTargetSpec>> =>
  Object.fromEntries(
    AIRFLOW_TARGETS.filter(where).map((target) => [
      target,
      { module: 'm', className: 'C', provider: null, args, unavailable: [] },
    ]),
  );

const op = (key: string, extra: Partial<OperatorSpec>): OperatorSpec => ({
  key,
  label: key,
  category: 'Core',
  description: key,
  isSensor: false,
  usesPythonCallable: false,
  isBranch: false,
  targets: everywhere([]),
  requiresOneOf: [],
  newTaskArgs: {},
  ...extra,
});

const SENSOR_ARGS = [
  a('mode', 'enum', { choices: ['poke', 'reschedule'], default: 'poke' }),
  a('timeout', 'duration', { default: 604800 }),
  a('poke_interval', 'duration', { default: 60 }),
];

const FAKE_OPERATORS: OperatorSpec[] = [
  op('EmptyOperator', {}),
  op('BashOperator', {
    targets: everywhere([
      a('bash_command', 'bash', { required: true, templated: true, templateExt: ['.sh', '.bash'] }),
      a('env', 'json', { templated: true }),
      a('skip_on_exit_code', 'integer'),
      a('append_env', 'boolean'),
    ]),
  }),
  op('PythonOperator', { usesPythonCallable: true, targets: everywhere([a('op_kwargs', 'json')]) }),
  op('BranchPythonOperator', { usesPythonCallable: true, isBranch: true }),
  op('FileSensor', {
    isSensor: true,
    targets: everywhere([
      a('filepath', 'string', { required: true, templated: true }),
      ...SENSOR_ARGS,
    ]),
  }),
  op('SqlOp', {
    targets: everywhere([
      a('sql', 'text', { required: true, templated: true }),
      a('tables', 'string_list', { required: true }),
      a('ratio', 'number'),
      a('when', 'datetime'),
    ]),
  }),
  op('OldOnlyOperator', {
    targets: everywhere([], isAirflow2),
  }),
  op('RenamedArgOperator', {
    targets: {
      ...everywhere([a('old_name', 'string')], isAirflow2),
      ...everywhere([a('new_name', 'string')], (t) => !isAirflow2(t)),
    },
  }),
];

const FAKE_COMMON: CommonArgSpec[] = [
  a('owner', 'string'),
  a('retries', 'integer'),
  a('retry_delay', 'duration'),
  a('execution_timeout', 'duration'),
  a('trigger_rule', 'enum', {
    choices: ['all_success', 'none_failed_min_one_success', 'all_done'],
  }),
  a('pool', 'string'),
  a('pool_slots', 'integer'),
  a('priority_weight', 'integer'),
  a('weight_rule', 'enum', { choices: ['downstream', 'upstream', 'absolute'] }),
  a('depends_on_past', 'boolean'),
  { ...a('sla', 'duration'), targets: ['2.10', '2.11'] },
];

const RULES = ['all_success', 'none_failed_min_one_success', 'all_done', 'always'];

export const fakeCatalog: ValidationCatalog = {
  getOperator: (key) => FAKE_OPERATORS.find((o) => o.key === key),
  commonArgs: FAKE_COMMON,
  triggerRules: { '2.10': [...RULES, 'dummy'], '2.11': RULES, '3': RULES },
  retiredTriggerRules: {
    none_failed_or_skipped: {
      replacement: 'none_failed_min_one_success',
      reason: 'removed in Airflow 3',
    },
  },
  defaultSensorTimeout: 604800,
};

/** Fixed "now" so the catchup warning is deterministic. */
export const TEST_NOW = new Date('2026-02-01T00:00:00Z');

export const validateFake = (d: Design) =>
  validateDesign(d, { catalog: fakeCatalog, now: TEST_NOW });

/** `code@path` per finding: one readable string to compare. */
export const findingKeys = (fs: readonly Finding[]) => fs.map((f) => `${f.code}@${f.path}`);

export const errorKeys = (d: Design) =>
  findingKeys(validateFake(d).filter((f) => f.severity === 'error'));
