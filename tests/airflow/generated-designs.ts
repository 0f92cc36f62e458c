/**
 * Designs the real-Airflow test exports beside public/examples: one per
 * catalog operator and target (required arguments filled from their types),
 * one exercising structure (nested groups, retries, trigger rules, every
 * schedule form) and some full of hostile strings. All are plain data and go
 * through parseDesign like any design from outside.
 */
import { OPERATORS } from '../../src/catalog/index.ts';
import type { ArgSpec, OperatorSpec } from '../../src/catalog/types.ts';
import {
  AIRFLOW_TARGETS,
  type AirflowTarget,
  type Design,
  type JsonValue,
  type Schedule,
  type Task,
} from '../../src/design/design.ts';
import { testDesign } from '../../src/testing/designs.ts';
import { mappingAlertsDesigns } from './generated-mapping-alerts.ts';

export interface GeneratedDesign {
  /** What the design exercises, for test names. */
  name: string;
  /** Targets it applies to. */
  targets: readonly AirflowTarget[];
  design: Design;
}

const ALL_TARGETS: readonly AirflowTarget[] = AIRFLOW_TARGETS;

function baseDesign(dagId: string, target: AirflowTarget, tasks: Task[]): Design {
  return testDesign({
    target: { airflow: target },
    dag: {
      dag_id: dagId,
      schedule: '@daily',
      max_active_runs: 1,
      default_args: { owner: 'data-eng', retries: 1 },
    },
    tasks,
  });
}

/** A value of the argument's type that Airflow accepts at parse time. */
export function sampleValue(spec: ArgSpec): JsonValue {
  if (spec.choices && spec.choices.length > 0) return spec.choices[0] ?? null;
  switch (spec.type) {
    case 'string':
      return `sample_${spec.name}`;
    case 'text':
      return 'SELECT 1';
    case 'bash':
      return 'echo "{{ ds }}"';
    case 'integer':
      return 1;
    case 'number':
      return 1.5;
    case 'boolean':
      return true;
    case 'duration':
      return 60;
    case 'datetime':
      return '2026-01-02T03:04:05+00:00';
    case 'enum':
      return null;
    case 'string_list':
      return ['sample_a', 'sample_b'];
    case 'json':
      return { key: 'value' };
  }
}

/**
 * Arguments an operator needs at construction beyond the catalog's required
 * ones: Airflow checks these "one of" rules in `__init__`, which the catalog's
 * per-argument `required` flag cannot express.
 */
const CONSTRUCTION_ARGS: Record<string, Record<string, JsonValue>> = {
  // "Either keys or at least one of prefix, from_datetime, to_datetime should be set."
  S3DeleteObjectsOperator: { keys: ['sample/key.csv'] },
};

const CALLABLE = 'def sample_callable(**context):\n    return True\n';

function operatorTask(op: OperatorSpec, target: AirflowTarget): Task {
  const spec = op.targets[target];
  if (!spec) throw new Error(`${op.key} does not exist on ${target}`);
  const args: Record<string, JsonValue> = {};
  for (const argSpec of spec.args) {
    if (argSpec.required) args[argSpec.name] = sampleValue(argSpec);
  }
  // The catalog's "one of these" groups (AthenaOperator: output_location or workgroup): the first.
  for (const group of op.requiresOneOf) {
    const first = spec.args.find((a) => a.name === group[0]);
    if (first && !group.some((name) => name in args)) args[first.name] = sampleValue(first);
  }
  Object.assign(args, CONSTRUCTION_ARGS[op.key]);
  const task: Task = { task_id: `run_${op.key}`, operator: op.key, args, group: null };
  if (op.usesPythonCallable) task.python = CALLABLE;
  return task;
}

/** One design per operator and target where the operator exists. */
export function operatorDesigns(): GeneratedDesign[] {
  return OPERATORS.flatMap((op) =>
    ALL_TARGETS.filter((target) => op.targets[target] !== undefined).map((target) => {
      const task = operatorTask(op, target);
      const end: Task = { task_id: 'after', operator: 'EmptyOperator', args: {}, group: null };
      const design = baseDesign(`op_${op.key}_${target.replace('.', '_')}`, target, [task, end]);
      design.edges = [{ from: task.task_id, to: 'after' }];
      return { name: `operator ${op.key}`, targets: [target], design };
    }),
  );
}

/** Nested groups, cross-group edges, retries and trigger rules from task and default_args. */
function structureDesign(target: AirflowTarget, schedule: Schedule, index: number): Design {
  const empty = (
    task_id: string,
    group: string | null,
    args: Record<string, JsonValue> = {},
  ): Task => ({
    task_id,
    operator: 'EmptyOperator',
    args,
    group,
  });
  const design = baseDesign(`structure_${index}_${target.replace('.', '_')}`, target, [
    empty('start', null, { retries: 0 }),
    empty('extract_a', 'extract'),
    empty('extract_b', 'raw', { retries: 5, trigger_rule: 'all_done' }),
    empty('transform', 'inner', { trigger_rule: 'none_failed' }),
    empty('finish', null, { trigger_rule: 'one_success' }),
  ]);
  design.dag.schedule = schedule;
  design.dag.catchup = index % 2 === 0;
  design.dag.default_args = { owner: 'data-eng', retries: 3, trigger_rule: 'all_success' };
  design.groups = [
    { group_id: 'extract', parent: null, tooltip: 'outer' },
    { group_id: 'raw', parent: 'extract', tooltip: null },
    { group_id: 'inner', parent: 'raw', tooltip: 'deepest' },
  ];
  design.edges = [
    { from: 'extract_a', to: 'transform' },
    { from: 'extract_b', to: 'transform' },
    { from: 'start', to: 'extract_a' },
    { from: 'start', to: 'extract_b' },
    { from: 'transform', to: 'finish' },
  ];
  return design;
}

const SCHEDULES: readonly Schedule[] = [
  '@daily',
  null,
  '@once',
  '@continuous',
  '*/15 2-4 * * 1-5',
  '@hourly',
  '@weekly',
  '@monthly',
  '@yearly',
  // Assets (datasets on 2.x): one alone, any of two beside a preset, all of two beside a cron.
  { assets: ['s3://generated-assets/one'], when: 'any' },
  { assets: ['s3://generated-assets/a', 'file:///data/b.csv'], when: 'any', cron: '@weekly' },
  { assets: ['s3://generated-assets/a', 'orders'], when: 'all', cron: '*/15 2-4 * * 1-5' },
];

export function structureDesigns(): GeneratedDesign[] {
  return ALL_TARGETS.flatMap((target) =>
    SCHEDULES.map((schedule, index) => ({
      name: `structure, schedule ${typeof schedule === 'object' && schedule !== null ? JSON.stringify(schedule) : String(schedule)}`,
      targets: [target],
      design: structureDesign(target, schedule, index),
    })),
  );
}

/** Strings that break naive quoting: each must survive as a Python literal. */
export const HOSTILE_STRINGS: readonly string[] = [
  `it's "quoted"`,
  'back\\slash \\n not a newline \\',
  'line one\nline two\r\nline three\ttab',
  'triple """ double and \'\'\' single',
  'ends with a quote"',
  'ends with a backslash \\',
  '{{ ds }} {% if true %}jinja{% endif %} {{ unclosed',
  'unicode: café, 日本語, Ωmega, ß',
  'emoji: 🚀 👩‍💻 🇳🇱',
  'RTL: \u202eevil\u202c and עברית العربية',
  'NUL: a\u0000b',
  'f"{not_an_fstring}" %s %(name)s',
];

function hostileDesign(target: AirflowTarget): Design {
  const joined = HOSTILE_STRINGS.join(' | ');
  const bash = (task_id: string, command: string): Task => ({
    task_id,
    operator: 'BashOperator',
    args: { bash_command: command },
    group: null,
  });
  const design = baseDesign(`hostile_${target.replace('.', '_')}`, target, [
    ...HOSTILE_STRINGS.map((text, index) => bash(`bash_${index}`, `echo ${text}`)),
    bash('bash_all', joined),
  ]);
  // No retries anywhere: Airflow's own default (0) must show.
  design.dag.default_args = { owner: 'data-eng' };
  design.dag.description = joined;
  design.dag.doc_md = `# Hostile\n\n${HOSTILE_STRINGS.map((s) => `- ${s}`).join('\n')}\n`;
  design.dag.tags = HOSTILE_STRINGS.map((text) => text.slice(0, 40));
  design.dag.params = Object.fromEntries(
    HOSTILE_STRINGS.map((text, index) => [
      `p${index}_${index % 2 === 0 ? 'key "quoted"' : 'plain'}`,
      { default: text, type: 'string' as const, description: text },
    ]),
  );
  design.edges = HOSTILE_STRINGS.map((_, index) => ({ from: `bash_${index}`, to: 'bash_all' }));
  return design;
}

export function hostileDesigns(): GeneratedDesign[] {
  return ALL_TARGETS.map((target) => ({
    name: 'hostile strings',
    targets: [target],
    design: hostileDesign(target),
  }));
}

/** Params with every kind of JSON Schema keyword: each must reach Airflow's Param as written. */
export const RICH_PARAMS: Design['dag']['params'] = {
  day: {
    default: '{{ ds }}',
    type: 'string',
    title: 'Day',
    description: 'Day to load',
  },
  since: { default: '2024-01-01', type: 'string', format: 'date' },
  limit: {
    default: 10,
    type: 'integer',
    title: 'Row limit',
    minimum: 1,
    maximum: 1000,
    exclusiveMaximum: 1001,
    multipleOf: 1,
    section: 'Limits',
  },
  ratio: { default: 0.5, type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1 },
  env: {
    default: 'dev',
    type: 'string',
    enum: ['dev', 'prod'],
    values_display: { dev: 'Development', prod: 'Production' },
    description_md: '**Where** to run',
  },
  code: { default: 'AB12', type: 'string', minLength: 2, maxLength: 8, pattern: '^[A-Z0-9]+$' },
  optional_note: { default: null, type: ['null', 'string'], examples: ['a', 'b'] },
  tables: {
    default: ['orders'],
    type: 'array',
    items: { type: 'string' },
    minItems: 1,
    maxItems: 5,
    uniqueItems: true,
  },
  options: {
    default: { mode: 'full' },
    type: 'object',
    properties: { mode: { type: 'string' } },
    required: ['mode'],
    additionalProperties: false,
  },
  fixed: { default: 'v1', const: 'v1', 'x-ui-hint': 'hidden' },
  no_default: { type: 'string', title: 'No default' },
};

export function richParamsDesigns(): GeneratedDesign[] {
  return ALL_TARGETS.map((target) => {
    const design = baseDesign(`rich_params_${target.replace('.', '_')}`, target, [
      {
        task_id: 'echo',
        operator: 'BashOperator',
        args: { bash_command: 'echo {{ params.day }}' },
        group: null,
      },
    ]);
    design.dag.params = RICH_PARAMS;
    // Airflow refuses a scheduled DAG with a param that has no default (no_default).
    design.dag.schedule = null;
    return { name: 'rich params', targets: [target], design };
  });
}

/**
 * The palette's Custom operator with a class every venv has: the target's own
 * BashOperator by its module path (where the catalog imports it from), free
 * arguments of several JSON kinds and a common argument.
 */
export function customOperatorDesigns(): GeneratedDesign[] {
  return ALL_TARGETS.map((target) => {
    const bash = OPERATORS.find((op) => op.key === 'BashOperator')?.targets[target];
    if (!bash) throw new Error(`no BashOperator on ${target}`);
    const task: Task = {
      task_id: 'run_custom',
      operator: 'custom',
      custom: { module: bash.module, class: bash.className },
      args: {
        bash_command: 'echo "{{ ds }}" $STAGE',
        env: { STAGE: 'prod' },
        append_env: true,
        skip_on_exit_code: [99, 100],
        retries: 2,
      },
      group: null,
    };
    return {
      name: 'custom operator (BashOperator by module path)',
      targets: [target],
      design: baseDesign(`custom_${target.replaceAll('.', '_')}`, target, [task]),
    };
  });
}

export function generatedDesigns(): GeneratedDesign[] {
  return [
    ...operatorDesigns(),
    ...customOperatorDesigns(),
    ...structureDesigns(),
    ...hostileDesigns(),
    ...richParamsDesigns(),
    ...mappingAlertsDesigns(),
  ];
}
