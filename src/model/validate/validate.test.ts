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
