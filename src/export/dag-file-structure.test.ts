import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AIRFLOW_TARGETS, type TaskGroup } from '../design/design.ts';
import { renderDagFile } from './index.ts';
import { BASH, code, design, task } from '../testing/export-designs.ts';
import { parsePythonSources, pythonCallKeywords } from '../../tests/harness/python.ts';

describe('names', () => {
  it('derives variables from task ids, avoiding keywords, builtins, imports and clashes', () => {
    const d = design([
      task('load.daily-v2'),
      task('load_daily_v2'),
      task('class'),
      task('print'),
      task('1st'),
      task('DAG'),
      task('EmptyOperator'),
      task('__name__'),
      task('dag'),
    ]);
    const src = code(d);
    for (const line of [
      'load_daily_v2 = EmptyOperator(task_id="load.daily-v2")',
      'load_daily_v2_task = EmptyOperator(task_id="load_daily_v2")',
      'class_task = EmptyOperator(task_id="class")',
      'print_task = EmptyOperator(task_id="print")',
      'task_1st = EmptyOperator(task_id="1st")',
      'DAG_task = EmptyOperator(task_id="DAG")',
      'EmptyOperator_task = EmptyOperator(task_id="EmptyOperator")',
      '__name___task = EmptyOperator(task_id="__name__")',
      'dag_task = EmptyOperator(task_id="dag")',
    ]) {
      expect(src).toContain(`    ${line}`);
    }
    expect(src).toContain(
      'print_task = EmptyOperator(task_id="print")  # noqa: AIR001 (task_id "print" is a Python builtin)',
    );
  });
});

describe('groups and dependencies', () => {
  const groups: TaskGroup[] = [
    { group_id: 'outer', parent: null, tooltip: 'Out "there"' },
    { group_id: 'inner', parent: 'outer', tooltip: null },
    { group_id: 'empty', parent: null, tooltip: null },
  ];

  it('nests TaskGroups, writes each where its first task is, empty ones last with pass', () => {
    const d = design(
      [
        task('a'),
        task('b', 'EmptyOperator', {}, { group: 'inner' }),
        task('c', 'EmptyOperator', {}, { group: 'outer' }),
      ],
      {
        groups,
      },
    );
    expect(code(d)).toContain(
      '    a = EmptyOperator(task_id="a")\n\n' +
        `    with TaskGroup(group_id="outer", tooltip='Out "there"') as outer:\n` +
        '        with TaskGroup(group_id="inner") as inner:\n' +
        '            b = EmptyOperator(task_id="b")\n\n' +
        '        c = EmptyOperator(task_id="c")\n\n' +
        '    with TaskGroup(group_id="empty") as empty:\n' +
        '        pass\n',
    );
  });

  it('writes pass in an empty DAG so the file stays valid Python', () => {
    const src = code(design([]));
    expect(src.endsWith(') as dag:\n    pass\n')).toBe(true);
    expect(parsePythonSources([src])).toEqual(['']);
  });

  it('writes edges in design order with fan-out and fan-in lines, duplicates dropped', () => {
    const d = design([task('a'), task('b'), task('c'), task('d')], {
      edges: [
        { from: 'a', to: 'c' },
        { from: 'a', to: 'b' },
        { from: 'a', to: 'b' },
        { from: 'b', to: 'd' },
        { from: 'c', to: 'd' },
      ],
    });
    expect(code(d).endsWith('\n\n    a >> [b, c]\n    [b, c] >> d\n')).toBe(true);
  });

  it('refuses bad ids, unknown groups, group cycles and dangling edges', () => {
    expect(() => code(design([task('bad id')]))).toThrow(
      'Cannot export: task_id "bad id" is not a valid id',
    );
    expect(() => code(design([task('a'), task('a')]))).toThrow(/two tasks are named "a"/);
    expect(() => code(design([task('a', 'EmptyOperator', {}, { group: 'nope' })]))).toThrow(
      /unknown group "nope"/,
    );
    const cyclic: TaskGroup[] = [
      { group_id: 'x', parent: 'y', tooltip: null },
      { group_id: 'y', parent: 'x', tooltip: null },
    ];
    expect(() => code(design([task('a')], { groups: cyclic }))).toThrow(/nested in itself/);
    expect(() => code(design([task('a')], { edges: [{ from: 'a', to: 'zz' }] }))).toThrow(
      /edge a -> zz/,
    );
    expect(() => code(design([task('a')], {}, { dag_id: 'x"y' }))).toThrow(/dag_id/);
  });
});

describe('taskLines', () => {
  it('points at each task operator call, 1-based and inclusive', () => {
    const d = design(
      [task('a'), BASH('set -e\necho hi\n'), task('c', 'EmptyOperator', {}, { group: 'g' })],
      {
        groups: [{ group_id: 'g', parent: null, tooltip: null }],
        edges: [{ from: 'a', to: 'run' }],
      },
    );
    const { code: src, taskLines } = renderDagFile(d, '3.0.6');
    const lines = src.split('\n');
    expect(Object.keys(taskLines)).toEqual(['a', 'run', 'c']);
    for (const [id, [first, last]] of Object.entries(taskLines)) {
      const call = lines.slice(first - 1, last).join('\n');
      expect(call).toMatch(/^ +\w+ = \w+\(/);
      expect(call).toContain(`task_id="${id}"`);
      expect(call.trimEnd().endsWith(')')).toBe(true);
    }
    // head, task_id, the literal's 4 lines (`"""\`, 2 script lines, `""",`), ")": 7 lines
    expect(taskLines['run']![1] - taskLines['run']![0] + 1).toBe(7);
  });
});

/** Ids that match the contract's pattern. */
const id = fc.stringMatching(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,12}$/);
const nasty = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      '"',
      "'",
      '\\',
      '"""',
      '\n',
      '\r',
      '\0',
      '\u2028',
      '\u202e',
      '\ud800',
      '😀',
      '{{ ds }}',
      ')',
      '#',
    ),
    fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)),
  ),
  maxLength: 20,
});

describe('any string in any field stays inside its literal (property, real Python)', () => {
  it('parses, and every task argument reads back exactly', () => {
    const designs = fc.sample(
      fc.record({
        ids: fc.uniqueArray(id, { minLength: 1, maxLength: 4 }),
        description: nasty,
        doc: nasty,
        tag: nasty,
        tooltip: nasty,
        bash: nasty,
        custom: nasty,
        owner: nasty,
        target: fc.constantFrom(...AIRFLOW_TARGETS),
      }),
      { numRuns: 300 },
    );
    const rendered = designs.map((sample) => {
      const tasks = sample.ids.map((taskId, i) =>
        i % 2 === 0
          ? task(
              taskId,
              'BashOperator',
              { bash_command: sample.bash, owner: sample.owner },
              { group: 'g' },
            )
          : task(
              taskId,
              'custom',
              { payload: sample.custom, nested: [{ k: sample.custom }] },
              {
                custom: { module: 'pkg.mod', class: 'Op' },
              },
            ),
      );
      const d = design(
        tasks,
        { groups: [{ group_id: 'g', parent: null, tooltip: sample.tooltip }] },
        { description: sample.description, doc_md: sample.doc, tags: [sample.tag] },
      );
      return { d, src: code(d, sample.target) };
    });
    const errors = parsePythonSources(rendered.map(({ src }) => src));
    expect(errors.filter((error) => error !== '')).toEqual([]);
    const calls = pythonCallKeywords(rendered.map(({ src }) => src));
    rendered.forEach(({ d }, i) => {
      const found = calls[i]!;
      expect(found['<dag>']).toMatchObject({
        description: d.dag.description,
        doc_md: d.dag.doc_md,
        tags: d.dag.tags,
      });
      for (const t of d.tasks) {
        const expected = { ...t.args } as Record<string, unknown>;
        const cmd = expected['bash_command'];
        if (typeof cmd === 'string' && /\.(sh|bash)$/.test(cmd))
          expected['bash_command'] = cmd + ' ';
        expect(found[t.task_id]).toMatchObject(JSON.parse(JSON.stringify(expected)) as object);
      }
    });
  });
});
