import { describe, expect, it } from 'vitest';
import { AIRFLOW_TARGETS, type Task } from '../design/design.ts';
import { BASH, code, design, importedNames, task } from '../testing/export-designs.ts';

describe('imports', () => {
  it('imports only what the file uses, grouped stdlib / airflow / providers', () => {
    const src = code(design([task('a'), BASH('echo hi')]));
    expect(src).toContain(
      'from datetime import datetime, timezone\n\nfrom airflow.sdk import DAG\n\n' +
        'from airflow.providers.standard.operators.bash import BashOperator\n' +
        'from airflow.providers.standard.operators.empty import EmptyOperator\n',
    );
    for (const target of AIRFLOW_TARGETS) {
      const file = code(
        design([task('a')], { groups: [{ group_id: 'g', parent: null, tooltip: null }] }),
        target,
      );
      for (const name of importedNames(file)) {
        const uses = file
          .split('\n')
          .filter((line) => !line.startsWith('from ') && new RegExp(`\\b${name}\\b`).test(line));
        expect(uses.length, `${name} used on ${target}`).toBeGreaterThan(0);
      }
    }
  });

  it('keeps Airflow 3 files on the Task SDK and 2.x files off it', () => {
    const d = design(
      [
        task('a'),
        BASH('echo'),
        task('p', 'PythonOperator', {}, { python: 'def f():\n    pass\n' }),
      ],
      {
        groups: [{ group_id: 'g', parent: null, tooltip: 't' }],
      },
      { params: { x: { default: 1 } }, default_args: { retries: 1 } },
    );
    const three = code(d, '3.0.6');
    expect(three).toContain('from airflow.sdk import DAG, Param, TaskGroup');
    expect(three).not.toMatch(
      /schedule_interval|airflow\.operators\.|airflow\.sensors\.|airflow\.utils\.|airflow\.models/,
    );
    for (const target of ['2.10.3', '2.11.2'] as const) {
      const two = code(d, target);
      expect(two).not.toContain('airflow.sdk');
      expect(two).not.toContain('schedule_interval');
      expect(two).toContain('from airflow import DAG');
      expect(two).toContain('from airflow.utils.task_group import TaskGroup');
      expect(two).toContain('from airflow.models.param import Param');
    }
  });

  it('aliases an import that a Python callable would shadow', () => {
    const d = design([
      task('p', 'PythonOperator', {}, { python: 'def datetime():\n    return 1\n' }),
    ]);
    const src = code(d);
    expect(src).toContain('from datetime import datetime as datetime_2, timezone');
    expect(src).toContain('start_date=datetime_2(2026, 1, 1, tzinfo=timezone.utc)');
    expect(src).toContain('python_callable=datetime,');
  });

  it('aliases a custom class named like a catalog operator', () => {
    const d = design([
      BASH('echo'),
      task('mine', 'custom', {}, { custom: { module: 'my_pkg.ops', class: 'BashOperator' } }),
    ]);
    const src = code(d);
    expect(src).toContain('from my_pkg.ops import BashOperator as BashOperator_2');
    expect(src).toContain('mine = BashOperator_2(task_id="mine")');
  });
});

describe('DAG block', () => {
  it('always writes schedule, start_date and catchup; other settings only when set', () => {
    const src = code(design([task('a')], {}, { schedule: null }));
    expect(src).toContain(
      'with DAG(\n    dag_id="unit",\n    schedule=None,\n    start_date=datetime(2026, 1, 1, tzinfo=timezone.utc),\n    catchup=False,\n) as dag:',
    );
  });

  it('converts durations, dates with offsets and params', () => {
    const src = code(
      design(
        [task('a')],
        {},
        {
          start_date: '2026-03-01T06:30:15.25-05:30',
          end_date: '2026-12-31T23:00:00Z',
          dagrun_timeout: 7200,
          default_args: { retry_delay: 300, owner: 'me', execution_timeout: 1.5 },
          params: {
            day: { default: '{{ ds }}', type: 'string', description: 'Day' },
            n: { type: 'integer' },
          },
        },
      ),
    );
    expect(src).toContain(
      'start_date=datetime(2026, 3, 1, 6, 30, 15, 250000, tzinfo=timezone(-timedelta(hours=5, minutes=30))),',
    );
    expect(src).toContain('end_date=datetime(2026, 12, 31, 23, 0, tzinfo=timezone.utc),');
    expect(src).toContain('dagrun_timeout=timedelta(hours=2),');
    expect(src).toContain('"retry_delay": timedelta(minutes=5),');
    expect(src).toContain('"execution_timeout": timedelta(seconds=1.5),');
    expect(src).toContain('"day": Param("{{ ds }}", type="string", description="Day"),');
    expect(src).toContain('"n": Param(type="integer"),');
  });

  it('writes every param keyword in canonical order, odd names in **{...}', () => {
    const src = code(
      design(
        [task('a')],
        {},
        {
          params: {
            t: { 'x-ui': 1, items: { type: 'string' }, title: 'T', type: ['null', 'array'] },
          },
        },
      ),
    );
    expect(src).toContain(
      '"t": Param(type=["null", "array"], title="T", items={"type": "string"}, **{"x-ui": 1}),',
    );
  });

  it('refuses a date that does not exist', () => {
    expect(() => code(design([task('a')], {}, { start_date: '2026-02-30' }))).toThrow(
      /dag\.start_date.*2026-02-30/,
    );
    expect(() => code(design([task('a')], {}, { start_date: 'yesterday' }))).toThrow(
      /dag\.start_date/,
    );
  });
});

describe('tasks', () => {
  it('orders keywords: task_id, python_callable, operator args (catalog order), common args', () => {
    const d = design([
      task(
        'p',
        'PythonOperator',
        { retries: 3, op_kwargs: { a: 1 } },
        { python: 'def work(a):\n    return a\n' },
      ),
    ]);
    expect(code(d)).toContain(
      '    p = PythonOperator(\n        task_id="p",\n        python_callable=work,\n        op_kwargs={"a": 1},\n        retries=3,\n    )',
    );
  });

  it('writes a task with only its id on one line', () => {
    expect(code(design([task('start')]))).toContain('    start = EmptyOperator(task_id="start")\n');
  });

  it('appends a space to a bash_command ending in .sh, with a comment', () => {
    const src = code(design([BASH('/opt/run.sh')]));
    expect(src).toContain('        # Trailing space added');
    expect(src).toContain('bash_command="/opt/run.sh ",');
    expect(code(design([BASH('/opt/run.sh --day {{ ds }}')]))).not.toContain('Trailing space');
  });

  it('gives a sensor an explicit mode (Airflow default poke) unless the design sets one', () => {
    const sensor = (args: Task['args']) =>
      task('wait', 'S3KeySensor', { bucket_key: 's3://b/k', ...args });
    expect(code(design([sensor({})]))).toContain('mode="poke",');
    expect(code(design([sensor({ mode: 'reschedule' })]))).toContain('mode="reschedule",');
    const fromDefaults = code(design([sensor({})], {}, { default_args: { mode: 'reschedule' } }));
    expect(fromDefaults).not.toContain('mode="poke"');
  });

  it('always passes ECS overrides', () => {
    const src = code(
      design([task('ecs', 'EcsRunTaskOperator', { cluster: 'c', task_definition: 'td' })]),
    );
    expect(src).toContain('overrides={},');
  });

  it('never emits estimated_duration or ui', () => {
    const src = code(
      design([task('a', 'EmptyOperator', {}, { estimated_duration: 60, ui: { x: 1, y: 2 } })]),
    );
    expect(src).not.toMatch(/estimated_duration|\bui\b/);
  });

  it('refuses an argument the operator does not take on the target', () => {
    expect(() => code(design([task('a', 'EmptyOperator', { bogus: 1 })]))).toThrow(
      'task "a": EmptyOperator takes no argument "bogus" on Airflow 3',
    );
  });

  it('writes custom operators with free arguments in design order, then common ones', () => {
    const d = design([
      task(
        'q',
        'custom',
        { z: 1, retries: 2, a: 'x' },
        { custom: { module: 'pkg.mod', class: 'Op' } },
      ),
    ]);
    expect(code(d)).toContain(
      '    q = Op(\n        task_id="q",\n        z=1,\n        a="x",\n        retries=2,\n    )',
    );
  });

  it('refuses custom modules, classes and argument names that are not Python names', () => {
    const custom = (module: string, cls: string, args: Task['args'] = {}) =>
      design([task('q', 'custom', args, { custom: { module, class: cls } })]);
    expect(() => code(custom('os; import sys', 'X'))).toThrow(/not a dotted Python module path/);
    expect(() => code(custom('pkg', 'class'))).toThrow(/not a Python identifier/);
    expect(() => code(custom('pkg', 'X', { 'a-b': 1 }))).toThrow(
      /argument "a-b" is not a Python identifier/,
    );
    expect(() => code(custom('pkg', 'X', { task_id: 'other' }))).toThrow(/set by the exporter/);
  });
});

describe('Python callables', () => {
  const py = (id: string, source: string) => task(id, 'PythonOperator', {}, { python: source });

  it('emits each def once, verbatim, above the DAG; identical sources are shared', () => {
    const source = 'def load(**context):\n    """Doc with \\"\\"\\" quotes."""\n    return 1\n';
    const src = code(design([py('a', source), py('b', source)]));
    expect(src.split('def load(').length).toBe(2);
    expect(src).toContain(
      '\n\n\ndef load(**context):\n    """Doc with \\"\\"\\" quotes."""\n    return 1\n\n\nwith DAG(',
    );
  });

  it('normalizes line endings and dedents a pasted def', () => {
    const src = code(design([py('a', '    def f():\r\n        return 1\r\n')]));
    expect(src).toContain('\ndef f():\n    return 1\n');
  });

  it('refuses two different functions with the same name, and sources without a def', () => {
    expect(() =>
      code(design([py('a', 'def f():\n    return 1\n'), py('b', 'def f():\n    return 2\n')])),
    ).toThrow(
      'task "b": its Python function "f" has the same name as the one of task "a" but a different body; rename one of them',
    );
    expect(() => code(design([py('a', 'print(1)\n')]))).toThrow(/one top-level function/);
    expect(() => code(design([py('a', 'def class():\n    pass\n')]))).toThrow(
      /Python syntax error at line 1/,
    );
    expect(() => code(design([py('a', '')]))).toThrow(/has no "python" source/);
    expect(() => code(design([py('a', 'def f():\n    return "\0"\n')]))).toThrow(/NUL/);
  });
});
