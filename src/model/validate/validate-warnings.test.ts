import { describe, expect, it } from 'vitest';
import type { Design } from '../../design/design.ts';
import {
  bash,
  edge,
  findingKeys as at,
  makeDesign,
  task,
  validateFake as validate,
} from '../../testing/fake-catalog.ts';

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
