import { describe, expect, it } from 'vitest';
import {
  bash,
  edge,
  errorKeys as errors,
  findingKeys as at,
  makeDesign,
  task,
  validateFake as validate,
} from '../../testing/fake-catalog.ts';

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
      target: { airflow: '2.10.3' },
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
    expect(f[0]!.message).toMatch(/only on 2\.10\.1, 2\.10\.3, 2\.11\.0, 2\.11\.2\b/);
    expect(
      errors(
        makeDesign({
          target: { airflow: '2.11.2' },
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
          target: { airflow: '2.10.3' },
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
