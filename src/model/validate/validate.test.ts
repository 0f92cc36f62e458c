import { describe, expect, it } from 'vitest';
import type { Design } from '../design.ts';
import type { Finding } from '../findings.ts';
import { validateDesign } from './index.ts';
import { bash, edge, fakeCatalog, makeDesign, task } from './test-helpers.ts';

const NOW = new Date('2026-02-01T00:00:00Z');
const validate = (d: Design) => validateDesign(d, { catalog: fakeCatalog, now: NOW });
const at = (fs: Finding[]) => fs.map((f) => `${f.code}@${f.path}`);
const errors = (d: Design) => at(validate(d).filter((f) => f.severity === 'error'));

const clean = () =>
  makeDesign({ tasks: [bash('extract'), bash('load')], edges: [edge('extract', 'load')] });

describe('a clean design', () => {
  it('has no findings', () => {
    expect(validate(clean())).toEqual([]);
  });
});

describe('cycle', () => {
  it('names the whole path and points at the closing edge', () => {
    const d = makeDesign({
      tasks: [bash('a'), bash('b'), bash('c')],
      edges: [edge('a', 'b'), edge('b', 'c'), edge('c', 'a')],
    });
    const f = validate(d).filter((x) => x.code === 'cycle');
    expect(f).toHaveLength(1);
    expect(f[0]!.path).toBe('edges[2]');
    expect(f[0]!.severity).toBe('error');
    expect(f[0]!.message).toContain('a -> b -> c -> a');
  });

  it('reports two independent cycles', () => {
    const d = makeDesign({
      tasks: [bash('a'), bash('b'), bash('x'), bash('y')],
      edges: [edge('a', 'b'), edge('b', 'a'), edge('x', 'y'), edge('y', 'x')],
    });
    const f = validate(d).filter((x) => x.code === 'cycle');
    expect(f.map((x) => x.path)).toEqual(['edges[1]', 'edges[3]']);
    expect(f[0]!.message).toContain('a -> b -> a');
    expect(f[1]!.message).toContain('x -> y -> x');
  });

  it('reports a group cycle at the parent of the earliest group', () => {
    const d = makeDesign({
      groups: [
        { group_id: 'g1', parent: 'g2', tooltip: null },
        { group_id: 'g2', parent: 'g1', tooltip: null },
      ],
      tasks: [bash('a', 'echo', { group: 'g1' })],
    });
    const f = validate(d).filter((x) => x.code === 'cycle');
    expect(at(f)).toEqual(['cycle@groups[0].parent']);
    expect(f[0]!.message).toContain('g1 -> g2 -> g1');
  });

  it('reports a group that is its own parent', () => {
    const d = makeDesign({
      groups: [{ group_id: 'g', parent: 'g', tooltip: null }],
      tasks: [bash('a')],
    });
    expect(errors(d)).toEqual(['cycle@groups[0].parent']);
  });
});

describe('duplicate-id', () => {
  it('flags the second task with the same id', () => {
    const d = makeDesign({ tasks: [bash('a'), bash('b'), bash('a')], edges: [edge('a', 'b')] });
    expect(errors(d)).toEqual(['duplicate-id@tasks[2].task_id']);
  });

  it('flags duplicate group ids', () => {
    const d = makeDesign({
      groups: [
        { group_id: 'g', parent: null, tooltip: null },
        { group_id: 'g', parent: null, tooltip: null },
      ],
      tasks: [bash('a', 'echo', { group: 'g' })],
    });
    expect(errors(d)).toEqual(['duplicate-id@groups[1].group_id']);
  });

  it('flags a task id equal to a group id (one namespace)', () => {
    const d = makeDesign({
      groups: [{ group_id: 'extract', parent: null, tooltip: null }],
      tasks: [bash('x', 'echo', { group: 'extract' }), bash('extract')],
      edges: [edge('x', 'extract')],
    });
    expect(errors(d)).toEqual(['duplicate-id@tasks[1].task_id']);
  });

  it('flags two tasks whose full ids coincide', () => {
    const d = makeDesign({
      groups: [{ group_id: 'g', parent: null, tooltip: null }],
      tasks: [bash('b', 'echo', { group: 'g' }), bash('g.b')],
      edges: [edge('b', 'g.b')],
    });
    expect(errors(d)).toEqual(['duplicate-id@tasks[1].task_id']);
  });
});

describe('invalid-id', () => {
  it('flags a task id with a space', () => {
    const d = makeDesign({ tasks: [bash('bad id')] });
    expect(errors(d)).toEqual(['invalid-id@tasks[0].task_id']);
  });

  it('flags a dag_id starting with a dot and an empty dag_id', () => {
    expect(errors(makeDesign({ dag: { dag_id: '.hidden' }, tasks: [bash('a')] }))).toEqual([
      'invalid-id@dag.dag_id',
    ]);
    expect(errors(makeDesign({ dag: { dag_id: '' }, tasks: [bash('a')] }))).toEqual([
      'invalid-id@dag.dag_id',
    ]);
  });

  it('flags a group id with a dot', () => {
    const d = makeDesign({
      groups: [{ group_id: 'a.b', parent: null, tooltip: null }],
      tasks: [bash('t', 'echo', { group: 'a.b' })],
    });
    const f = validate(d).filter((x) => x.code === 'invalid-id');
    expect(at(f)).toEqual(['invalid-id@groups[0].group_id']);
    expect(f[0]!.message).toMatch(/dot/);
  });

  it('flags ids over 200 characters', () => {
    const d = makeDesign({ tasks: [bash('t'.repeat(201))] });
    expect(errors(d)).toEqual(['invalid-id@tasks[0].task_id']);
    expect(errors(makeDesign({ tasks: [bash('t'.repeat(200))] }))).toEqual([]);
  });

  it('flags a full task id over 250 characters', () => {
    const g1 = 'g'.repeat(120);
    const g2 = 'h'.repeat(120);
    const d = makeDesign({
      groups: [
        { group_id: g1, parent: null, tooltip: null },
        { group_id: g2, parent: g1, tooltip: null },
      ],
      tasks: [bash('task_12345', 'echo', { group: g2 })], // 120+1+120+1+10 = 252
    });
    const f = validate(d).filter((x) => x.code === 'invalid-id');
    expect(at(f)).toEqual(['invalid-id@tasks[0].task_id']);
    expect(f[0]!.message).toMatch(/252 characters/);
  });
});

describe('dangling-edge', () => {
  it('flags an unknown end with the exact side', () => {
    const d = makeDesign({
      tasks: [bash('a'), bash('b')],
      edges: [edge('a', 'b'), edge('a', 'ghost'), edge('nope', 'b')],
    });
    expect(errors(d)).toEqual(['dangling-edge@edges[1].to', 'dangling-edge@edges[2].from']);
  });

  it('flags a self-edge (and not as a cycle)', () => {
    const d = makeDesign({
      tasks: [bash('a'), bash('b')],
      edges: [edge('a', 'b'), edge('b', 'b')],
    });
    expect(errors(d)).toEqual(['dangling-edge@edges[1]']);
  });

  it('warns on a duplicate edge', () => {
    const d = makeDesign({
      tasks: [bash('a'), bash('b')],
      edges: [edge('a', 'b'), edge('a', 'b')],
    });
    const f = validate(d);
    expect(at(f)).toEqual(['duplicate-edge@edges[1]']);
    expect(f[0]!.severity).toBe('warning');
  });
});

describe('unknown-operator', () => {
  it('flags an operator outside the catalog', () => {
    const d = makeDesign({ tasks: [task('a', { operator: 'MagicOperator' })] });
    expect(errors(d)).toEqual(['unknown-operator@tasks[0].operator']);
  });

  it('accepts a well-formed custom operator with free args', () => {
    const d = makeDesign({
      tasks: [
        task('a', {
          operator: 'custom',
          custom: { module: 'my_pkg.ops', class: 'MyOperator' },
          args: { anything: 1, retries: 3 },
        }),
      ],
    });
    expect(errors(d)).toEqual([]);
  });

  it('checks custom module and class names', () => {
    const d = makeDesign({
      tasks: [task('a', { operator: 'custom', custom: { module: 'my-pkg..ops', class: 'class' } })],
    });
    expect(errors(d)).toEqual([
      'invalid-argument@tasks[0].custom.module',
      'invalid-argument@tasks[0].custom.class',
    ]);
  });

  it('needs custom on a custom task and refuses it elsewhere', () => {
    expect(errors(makeDesign({ tasks: [task('a', { operator: 'custom' })] }))).toEqual([
      'missing-argument@tasks[0].custom',
    ]);
    expect(
      errors(makeDesign({ tasks: [bash('a', 'echo', { custom: { module: 'm', class: 'C' } })] })),
    ).toEqual(['invalid-argument@tasks[0].custom']);
  });
});

describe('missing-argument', () => {
  it('flags an absent required argument', () => {
    const d = makeDesign({ tasks: [task('a', { operator: 'BashOperator' })] });
    const f = validate(d).filter((x) => x.severity === 'error');
    expect(at(f)).toEqual(['missing-argument@tasks[0].args.bash_command']);
    expect(f[0]!.message).toContain('bash_command');
  });

  it('flags empty strings and empty lists', () => {
    const d = makeDesign({
      tasks: [task('a', { operator: 'SqlOp', args: { sql: '  ', tables: [] } })],
    });
    expect(errors(d)).toEqual([
      'missing-argument@tasks[0].args.sql',
      'missing-argument@tasks[0].args.tables',
    ]);
  });

  it('accepts a required argument supplied by default_args', () => {
    const d = makeDesign({
      dag: { default_args: { owner: 'x', retries: 1, filepath: '/data/in' } },
      tasks: [task('s', { operator: 'FileSensor', args: { mode: 'reschedule' } })],
    });
    expect(errors(d)).toEqual([]);
  });

  it('needs python source on python-callable operators', () => {
    expect(errors(makeDesign({ tasks: [task('p', { operator: 'PythonOperator' })] }))).toEqual([
      'missing-argument@tasks[0].python',
    ]);
  });

  it('needs exactly one top-level def', () => {
    const none = makeDesign({
      tasks: [task('p', { operator: 'PythonOperator', python: 'print(1)\n' })],
    });
    expect(errors(none)).toEqual(['invalid-argument@tasks[0].python']);
    const two = makeDesign({
      tasks: [
        task('p', {
          operator: 'PythonOperator',
          python: 'def a():\n    pass\n\ndef b():\n    pass\n',
        }),
      ],
    });
    const f = validate(two).filter((x) => x.severity === 'error');
    expect(at(f)).toEqual(['invalid-argument@tasks[0].python']);
    expect(f[0]!.message).toMatch(/a, b/);
    const ok = makeDesign({
      tasks: [
        task('p', {
          operator: 'PythonOperator',
          python:
            '@decorator\ndef run(**context):\n    def helper():\n        pass\n    return helper()\n',
        }),
      ],
    });
    expect(errors(ok)).toEqual([]);
  });

  it('refuses python on an operator that does not run it', () => {
    expect(
      errors(makeDesign({ tasks: [bash('a', 'echo', { python: 'def f():\n  pass' })] })),
    ).toEqual(['invalid-argument@tasks[0].python']);
  });
});

describe('invalid-argument', () => {
  const one = (args: Record<string, unknown>, operator = 'BashOperator') =>
    errors(
      makeDesign({
        tasks: [
          task('a', {
            operator,
            args: {
              ...(operator === 'BashOperator' ? { bash_command: 'echo' } : {}),
              ...args,
            } as never,
          }),
        ],
      }),
    );

  it('checks types per ArgType', () => {
    expect(one({ bash_command: 42 })).toEqual(['invalid-argument@tasks[0].args.bash_command']);
    expect(one({ skip_on_exit_code: 1.5 })).toEqual([
      'invalid-argument@tasks[0].args.skip_on_exit_code',
    ]);
    expect(one({ append_env: 'yes' })).toEqual(['invalid-argument@tasks[0].args.append_env']);
    expect(one({ retry_delay: '5m' })).toEqual(['invalid-argument@tasks[0].args.retry_delay']);
    expect(one({ ratio: 'x', sql: 'select 1', tables: ['t'] }, 'SqlOp')).toEqual([
      'invalid-argument@tasks[0].args.ratio',
    ]);
    expect(one({ tables: [1], sql: 's' }, 'SqlOp')).toEqual([
      'invalid-argument@tasks[0].args.tables',
    ]);
    expect(one({ when: '2026-01-01T00:00:00', sql: 's', tables: 't' }, 'SqlOp')).toEqual([
      'invalid-argument@tasks[0].args.when',
    ]);
    expect(one({ when: '2026-01-01', sql: 's', tables: 't' }, 'SqlOp')).toEqual([]);
    expect(one({ env: { A: '1' }, skip_on_exit_code: null })).toEqual([]);
  });

  it('accepts Jinja in templated fields only', () => {
    const d = makeDesign({
      tasks: [
        task('s', {
          operator: 'FileSensor',
          args: { filepath: '{{ params.p }}', mode: 'reschedule' },
        }),
      ],
    });
    expect(errors(d)).toEqual([]);
    expect(one({ skip_on_exit_code: '{{ params.code }}' })).toEqual([
      'invalid-argument@tasks[0].args.skip_on_exit_code',
    ]);
  });

  it('checks enum choices', () => {
    const d = makeDesign({
      tasks: [task('s', { operator: 'FileSensor', args: { filepath: 'f', mode: 'sleepy' } })],
    });
    expect(errors(d)).toEqual(['invalid-argument@tasks[0].args.mode']);
  });

  it('checks ranges: negative retries, pool_slots < 1, negative durations, fractional priority', () => {
    expect(one({ retries: -1 })).toEqual(['invalid-argument@tasks[0].args.retries']);
    expect(one({ pool_slots: 0 })).toEqual(['invalid-argument@tasks[0].args.pool_slots']);
    expect(one({ execution_timeout: -5 })).toEqual([
      'invalid-argument@tasks[0].args.execution_timeout',
    ]);
    expect(one({ priority_weight: 2.5 })).toEqual([
      'invalid-argument@tasks[0].args.priority_weight',
    ]);
    expect(one({ priority_weight: -3, retries: 0, pool_slots: 2 })).toEqual([]);
  });

  it('checks trigger rules against the target, naming the replacement', () => {
    expect(one({ trigger_rule: 'sometimes' })).toEqual([
      'invalid-argument@tasks[0].args.trigger_rule',
    ]);
    const f = validate(
      makeDesign({
        tasks: [
          bash('a', 'echo', {
            args: { bash_command: 'e', trigger_rule: 'none_failed_or_skipped' },
          }),
        ],
      }),
    );
    expect(f[0]!.message).toMatch(/none_failed_min_one_success/);
    // valid on 2.10 only in the fake catalog
    const on210 = makeDesign({
      target: { airflow: '2.10' },
      tasks: [bash('a', 'echo', { args: { bash_command: 'e', trigger_rule: 'dummy' } })],
    });
    expect(errors(on210)).toEqual([]);
    expect(one({ trigger_rule: 'dummy' })).toEqual(['invalid-argument@tasks[0].args.trigger_rule']);
  });

  it('flags an unknown argument name', () => {
    expect(one({ bash_comand: 'typo' })).toEqual(['invalid-argument@tasks[0].args.bash_comand']);
  });

  it('flags reserved names', () => {
    expect(one({ task_id: 'x' })).toEqual(['invalid-argument@tasks[0].args.task_id']);
    expect(one({ python_callable: 'f' })).toEqual([
      'invalid-argument@tasks[0].args.python_callable',
    ]);
  });

  it('uses quoted paths for odd keys', () => {
    expect(one({ 'my-arg': 1 })).toEqual(['invalid-argument@tasks[0].args["my-arg"]']);
  });

  it('flags a negative estimated_duration', () => {
    expect(errors(makeDesign({ tasks: [bash('a', 'echo', { estimated_duration: -1 })] }))).toEqual([
      'invalid-argument@tasks[0].estimated_duration',
    ]);
  });

  it('flags unknown groups', () => {
    const d = makeDesign({
      groups: [{ group_id: 'g', parent: 'nope', tooltip: null }],
      tasks: [bash('a', 'echo', { group: 'missing' })],
    });
    expect(errors(d)).toEqual([
      'invalid-argument@groups[0].parent',
      'invalid-argument@tasks[0].group',
    ]);
  });

  it('checks DAG settings', () => {
    expect(
      errors(makeDesign({ dag: { start_date: '2026-01-01T00:00:00' }, tasks: [bash('a')] })),
    ).toEqual(['invalid-argument@dag.start_date']);
    expect(errors(makeDesign({ dag: { end_date: '2025-12-31' }, tasks: [bash('a')] }))).toEqual([
      'invalid-argument@dag.end_date',
    ]);
    expect(errors(makeDesign({ dag: { max_active_tasks: 0 }, tasks: [bash('a')] }))).toEqual([
      'invalid-argument@dag.max_active_tasks',
    ]);
    expect(errors(makeDesign({ dag: { dagrun_timeout: -1 }, tasks: [bash('a')] }))).toEqual([
      'invalid-argument@dag.dagrun_timeout',
    ]);
    expect(
      errors(makeDesign({ dag: { tags: ['ok', 'x'.repeat(101)] }, tasks: [bash('a')] })),
    ).toEqual(['invalid-argument@dag.tags[1]']);
    expect(
      errors(
        makeDesign({ dag: { schedule: '@continuous', max_active_runs: 3 }, tasks: [bash('a')] }),
      ),
    ).toEqual(['invalid-argument@dag.max_active_runs']);
    expect(
      errors(
        makeDesign({
          dag: {
            params: { day: { default: 3, type: 'string' }, n: { default: 'b', enum: ['a'] } },
          },
          tasks: [bash('a')],
        }),
      ),
    ).toEqual(['invalid-argument@dag.params.day.default', 'invalid-argument@dag.params.n.default']);
  });

  it('type-checks common args in default_args', () => {
    const d = makeDesign({
      dag: { default_args: { owner: 'x', retries: 'two', aws_conn_id: 'aws_default' } },
      tasks: [bash('a')],
    });
    expect(errors(d)).toEqual(['invalid-argument@dag.default_args.retries']);
  });
});

describe('invalid-schedule', () => {
  it.each(['0 25 * * *', '0 0 3 * * *', 'every day', '@fortnightly'])('flags %s', (schedule) => {
    const f = validate(makeDesign({ dag: { schedule }, tasks: [bash('a')] })).filter(
      (x) => x.severity === 'error',
    );
    expect(at(f)).toEqual(['invalid-schedule@dag.schedule']);
  });

  it('accepts presets, cron and null', () => {
    for (const schedule of ['@daily', '@once', '*/10 * * * *', null]) {
      expect(errors(makeDesign({ dag: { schedule }, tasks: [bash('a')] }))).toEqual([]);
    }
  });
});

describe('unsupported-on-target', () => {
  it('flags an operator missing on the target', () => {
    const d = makeDesign({ tasks: [task('a', { operator: 'OldOnlyOperator' })] });
    const f = validate(d).filter((x) => x.severity === 'error');
    expect(at(f)).toEqual(['unsupported-on-target@tasks[0].operator']);
    expect(f[0]!.message).toMatch(/2\.10, 2\.11/);
    expect(
      errors(
        makeDesign({
          target: { airflow: '2.11' },
          tasks: [task('a', { operator: 'OldOnlyOperator' })],
        }),
      ),
    ).toEqual([]);
  });

  it('flags sla on Airflow 3 (common arg of other targets)', () => {
    const d = makeDesign({ tasks: [bash('a', 'echo', { args: { bash_command: 'e', sla: 600 } })] });
    expect(errors(d)).toEqual(['unsupported-on-target@tasks[0].args.sla']);
    expect(
      errors(
        makeDesign({
          target: { airflow: '2.10' },
          tasks: [bash('a', 'echo', { args: { bash_command: 'e', sla: 600 } })],
        }),
      ),
    ).toEqual([]);
  });

  it('flags an operator argument that only exists on other targets', () => {
    const d = makeDesign({
      tasks: [task('a', { operator: 'RenamedArgOperator', args: { old_name: 'x' } })],
    });
    expect(errors(d)).toEqual(['unsupported-on-target@tasks[0].args.old_name']);
  });

  it('flags sla in default_args on Airflow 3', () => {
    const d = makeDesign({
      dag: { default_args: { owner: 'o', retries: 1, sla: 60 } },
      tasks: [bash('a')],
    });
    expect(errors(d)).toEqual(['unsupported-on-target@dag.default_args.sla']);
  });
});

describe('secret-in-design', () => {
  it('flags an AWS key in a bash command with the exact path', () => {
    const d = makeDesign({
      tasks: [bash('a', 'AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE aws s3 ls')],
    });
    const f = validate(d).filter((x) => x.severity === 'error');
    expect(at(f)).toEqual(['secret-in-design@tasks[0].args.bash_command']);
    expect(f[0]!.message).toMatch(/Connection/);
    expect(f[0]!.message).not.toContain('AKIAIOSFODNN7EXAMPLE');
  });

  it('flags a password in default_args, nested env and python source', () => {
    const d = makeDesign({
      dag: { default_args: { owner: 'o', retries: 1, password: 'hunter22' } },
      tasks: [
        bash('a', 'echo', { args: { bash_command: 'echo', env: { DB_PASSWORD: 's3cr3t!' } } }),
        task('p', {
          operator: 'PythonOperator',
          python: 'def run():\n    token = "abcd1234efgh"\n',
        }),
      ],
      edges: [edge('a', 'p')],
    });
    expect(errors(d)).toEqual([
      'secret-in-design@dag.default_args.password',
      'secret-in-design@tasks[0].args.env.DB_PASSWORD',
      'secret-in-design@tasks[1].python',
    ]);
  });

  it('accepts Jinja references to connections and variables', () => {
    const d = makeDesign({
      tasks: [
        bash(
          'a',
          'psql "postgres://{{ conn.db.login }}:{{ conn.db.password }}@{{ conn.db.host }}/x"',
          {
            args: {
              bash_command: 'echo',
              env: { DB_PASSWORD: '{{ conn.db.password }}', API_TOKEN: '{{ var.value.token }}' },
            },
          },
        ),
      ],
    });
    expect(errors(d)).toEqual([]);
  });
});

describe('warnings', () => {
  const warnings = (d: Design) => at(validate(d).filter((f) => f.severity === 'warning'));

  it('no retries anywhere, no owner', () => {
    const d = makeDesign({
      dag: { default_args: {} },
      tasks: [bash('a'), bash('b')],
      edges: [edge('a', 'b')],
    });
    expect(warnings(d)).toEqual(['no-retries@dag.default_args', 'no-owner@dag.default_args']);
    const taskRetries = makeDesign({
      dag: { default_args: { owner: 'o' } },
      tasks: [bash('a', 'e', { args: { bash_command: 'e', retries: 1 } })],
    });
    expect(warnings(taskRetries)).toEqual([]);
  });

  it('isolated task in a design with more than one task', () => {
    const d = makeDesign({
      tasks: [bash('a'), bash('b'), bash('lonely')],
      edges: [edge('a', 'b')],
    });
    expect(warnings(d)).toEqual(['isolated-task@tasks[2]']);
    expect(warnings(makeDesign({ tasks: [bash('solo')] }))).toEqual([]);
  });

  it('sensor in poke mode with a long timeout, including the 7-day default', () => {
    const long = makeDesign({
      tasks: [
        task('s', { operator: 'FileSensor', args: { filepath: 'f', mode: 'poke', timeout: 7200 } }),
      ],
    });
    const f = validate(long).filter((x) => x.severity === 'warning');
    expect(at(f)).toEqual(['long-poke-sensor@tasks[0].args.mode']);
    expect(f[0]!.message).toMatch(/reschedule/);
    expect(f[0]!.message).toMatch(/2h 00m/);
    expect(
      warnings(
        makeDesign({ tasks: [task('s', { operator: 'FileSensor', args: { filepath: 'f' } })] }),
      ),
    ).toEqual(['long-poke-sensor@tasks[0].args.mode']);
    expect(
      warnings(
        makeDesign({
          tasks: [task('s', { operator: 'FileSensor', args: { filepath: 'f', timeout: 600 } })],
        }),
      ),
    ).toEqual([]);
    expect(
      warnings(
        makeDesign({
          tasks: [
            task('s', { operator: 'FileSensor', args: { filepath: 'f', mode: 'reschedule' } }),
          ],
        }),
      ),
    ).toEqual([]);
  });

  it('catchup with an old start_date, with the backlog size', () => {
    const d = makeDesign({
      dag: { catchup: true, schedule: '@daily', start_date: '2025-12-01' },
      tasks: [bash('a')],
    });
    const f = validate(d).filter((x) => x.severity === 'warning');
    expect(at(f)).toEqual(['catchup-old-start@dag.catchup']);
    expect(f[0]!.message).toMatch(/62 days ago/);
    expect(f[0]!.message).toMatch(/backfill 62 runs/);
    expect(
      warnings(
        makeDesign({ dag: { catchup: true, start_date: '2026-01-20' }, tasks: [bash('a')] }),
      ),
    ).toEqual([]);
    expect(
      warnings(
        makeDesign({ dag: { catchup: false, start_date: '2020-01-01' }, tasks: [bash('a')] }),
      ),
    ).toEqual([]);
  });

  it('bash_command ending in .sh', () => {
    expect(warnings(makeDesign({ tasks: [bash('a', 'scripts/run.sh')] }))).toEqual([
      'bash-template-file@tasks[0].args.bash_command',
    ]);
    expect(warnings(makeDesign({ tasks: [bash('a', 'bash /opt/run.sh ')] }))).toEqual([]);
    expect(warnings(makeDesign({ tasks: [bash('a', 'run.sh --day {{ ds }}')] }))).toEqual([]);
  });

  it('branch with fewer than two downstream tasks', () => {
    const d = makeDesign({
      tasks: [
        task('br', { operator: 'BranchPythonOperator', python: 'def f():\n    return "a"\n' }),
        bash('a'),
      ],
      edges: [edge('br', 'a')],
    });
    expect(warnings(d)).toEqual(['branch-few-downstream@tasks[0]']);
  });

  it('join after a branch with all_success', () => {
    const mk = (joinArgs: Record<string, string>) =>
      makeDesign({
        tasks: [
          task('br', { operator: 'BranchPythonOperator', python: 'def f():\n    return "a"\n' }),
          bash('a'),
          bash('b'),
          bash('join', 'echo', { args: { bash_command: 'echo', ...joinArgs } }),
          bash('after'),
        ],
        edges: [
          edge('br', 'a'),
          edge('br', 'b'),
          edge('a', 'join'),
          edge('b', 'join'),
          edge('join', 'after'),
        ],
      });
    expect(warnings(mk({}))).toEqual(['branch-join-trigger-rule@tasks[3].args.trigger_rule']);
    expect(warnings(mk({ trigger_rule: 'none_failed_min_one_success' }))).toEqual([]);
  });

  it('branch straight into the join counts too', () => {
    const d = makeDesign({
      tasks: [
        task('br', { operator: 'BranchPythonOperator', python: 'def f():\n    return "a"\n' }),
        bash('a'),
        bash('join'),
      ],
      edges: [edge('br', 'a'), edge('br', 'join'), edge('a', 'join')],
    });
    expect(warnings(d)).toEqual(['branch-join-trigger-rule@tasks[2].args.trigger_rule']);
  });

  it('max_active_tasks below the widest level', () => {
    const d = makeDesign({
      dag: { max_active_tasks: 2 },
      tasks: [bash('s'), bash('a'), bash('b'), bash('c')],
      edges: [edge('s', 'a'), edge('s', 'b'), edge('s', 'c')],
    });
    expect(warnings(d)).toEqual(['narrow-concurrency@dag.max_active_tasks']);
  });

  it('warnings never block: severity is warning', () => {
    const d = makeDesign({ dag: { default_args: {} }, tasks: [bash('a', 'x.sh'), bash('b')] });
    expect(validate(d).every((f) => f.severity === 'warning')).toBe(true);
  });
});

describe('order', () => {
  it('sorts findings by their place in the file', () => {
    const d = makeDesign({
      dag: { schedule: 'nope', default_args: {} },
      tasks: [
        task('a', { operator: 'BashOperator', args: { zeta: 1, bash_command: 5 } }),
        task('bad id', { operator: 'Nope' }),
      ],
      edges: [edge('a', 'ghost')],
    });
    expect(at(validate(d))).toEqual([
      'invalid-schedule@dag.schedule',
      'no-retries@dag.default_args',
      'no-owner@dag.default_args',
      'isolated-task@tasks[0]',
      'invalid-argument@tasks[0].args.zeta',
      'invalid-argument@tasks[0].args.bash_command',
      'isolated-task@tasks[1]',
      'invalid-id@tasks[1].task_id',
      'unknown-operator@tasks[1].operator',
      'dangling-edge@edges[0].to',
    ]);
  });

  it('is deterministic', () => {
    const d = makeDesign({
      tasks: [bash('a'), bash('b'), bash('c')],
      edges: [edge('a', 'b'), edge('b', 'a')],
    });
    expect(validate(d)).toEqual(validate(structuredClone(d)));
  });
});

describe('scale', () => {
  it('validates a closed 5000-task chain without blowing the stack', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `t${i}`);
    const edges = ids.slice(1).map((id, i) => edge(ids[i]!, id));
    const d = makeDesign({
      tasks: ids.map((id) => bash(id)),
      edges: [...edges, edge('t4999', 't0')],
    });
    const f = validate(d);
    expect(at(f)).toEqual(['cycle@edges[4999]']);
    expect(f[0]!.message).toContain('t0 -> t1 -> t2');
    expect(f[0]!.message).toContain('t4999 -> t0.');
  });
});
