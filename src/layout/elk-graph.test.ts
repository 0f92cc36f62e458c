import { describe, expect, it } from 'vitest';
import ELK from 'elkjs/lib/elk.bundled.js';
import type { Design, Task } from '../design/design.ts';
import { buildElkGraph, readElkLayout, SEPARATE_ABOVE } from './elk-graph.ts';
import { TASK_HEIGHT, TASK_WIDTH } from './node-size.ts';
import { edgesFrom, testDesign, testTask } from '../testing/designs.ts';

const task = (task_id: string, extra: Partial<Task> = {}): Task =>
  testTask(task_id, { operator: 'BashOperator', ui: { x: 0, y: 0 }, ...extra });

const design = (tasks: Task[], edges: [string, string][], groups: Design['groups'] = []) =>
  testDesign({ tasks, groups, edges: edgesFrom(edges) });

describe('buildElkGraph', () => {
  it('builds a layered RIGHT graph with groups as compound nodes and root-level edges', () => {
    const d = design(
      [task('a'), task('b', { group: 'g' }), task('c', { group: 'inner' })],
      [
        ['a', 'b'],
        ['b', 'c'],
      ],
      [
        { group_id: 'g', parent: null, tooltip: null },
        { group_id: 'inner', parent: 'g', tooltip: null },
      ],
    );
    const g = buildElkGraph(d);
    expect(g.layoutOptions?.['elk.algorithm']).toBe('layered');
    expect(g.layoutOptions?.['elk.direction']).toBe('RIGHT');
    expect(g.layoutOptions?.['elk.hierarchyHandling']).toBe('INCLUDE_CHILDREN');
    expect(g.children!.map((c) => c.id)).toEqual(['g:g', 't:a']);
    const outer = g.children![0]!;
    expect(outer.children!.map((c) => c.id)).toEqual(['g:inner', 't:b']);
    expect(outer.children![0]!.children!.map((c) => c.id)).toEqual(['t:c']);
    expect(outer.children![1]).toMatchObject({ width: TASK_WIDTH, height: TASK_HEIGHT });
    expect(g.edges!.map((e) => [e.sources, e.targets])).toEqual([
      [['t:a'], ['t:b']],
      [['t:b'], ['t:c']],
    ]);
  });

  it('skips self-loops, dangling and duplicate edges; honours size overrides', () => {
    const d = design(
      [task('a'), task('b')],
      [
        ['a', 'a'],
        ['a', 'zz'],
        ['a', 'b'],
        ['a', 'b'],
      ],
    );
    const g = buildElkGraph(d, new Map([['a', { width: 300, height: 80 }]]));
    expect(g.edges).toHaveLength(1);
    expect(g.children![0]).toMatchObject({ width: 300, height: 80 });
  });

  it('puts groups with a broken parent chain at the root instead of looping', () => {
    const d = design(
      [task('a', { group: 'x' })],
      [],
      [
        { group_id: 'x', parent: 'y', tooltip: null },
        { group_id: 'y', parent: 'x', tooltip: null },
      ],
    );
    const g = buildElkGraph(d);
    expect(g.children!.map((c) => c.id).sort()).toEqual(['g:x', 'g:y']);
  });

  it('reads absolute positions through nested groups and keeps pinned tasks', () => {
    const d = design(
      [task('a', { ui: { x: 500, y: 500, pinned: true } }), task('b', { group: 'g' })],
      [],
      [{ group_id: 'g', parent: null, tooltip: null }],
    );
    const out = readElkLayout(d, {
      id: 'root',
      children: [
        { id: 't:a', x: 0, y: 0 },
        { id: 'g:g', x: 100, y: 10, children: [{ id: 't:b', x: 20, y: 36 }] },
      ],
    });
    expect(out.positions).toEqual({ a: { x: 500, y: 500 }, b: { x: 120, y: 46 } });
    expect(out.groups).toEqual({ g: { x: 100, y: 10 } });
  });

  it('moves a laid-out task off a pinned one', () => {
    const d = design([task('a', { ui: { x: 0, y: 0, pinned: true } }), task('b')], []);
    const out = readElkLayout(d, {
      id: 'root',
      children: [
        { id: 't:a', x: 300, y: 300 },
        { id: 't:b', x: 10, y: 10 },
      ],
    });
    expect(out.positions.a).toEqual({ x: 0, y: 0 });
    expect(Math.abs(out.positions.b!.y) >= TASK_HEIGHT).toBe(true);
  });
});

describe('buildElkGraph with groups laid out separately', () => {
  const groups: Design['groups'] = [
    { group_id: 'g', parent: null, tooltip: null },
    { group_id: 'h', parent: null, tooltip: null },
    { group_id: 'inner', parent: 'g', tooltip: null },
  ];
  const d = design(
    [
      task('a'),
      task('b', { group: 'g' }),
      task('c', { group: 'inner' }),
      task('d', { group: 'h' }),
      task('e', { group: 'h' }),
    ],
    [
      ['a', 'b'], // root -> g
      ['b', 'c'], // inside g: b -> inner
      ['c', 'd'], // g -> h
      ['b', 'e'], // g -> h again: deduplicated
      ['d', 'e'], // inside h
    ],
    groups,
  );
  const g = buildElkGraph(d, new Map(), 'separate');
  const edgesOf = (node: { edges?: { sources: string[]; targets: string[] }[] }) =>
    (node.edges ?? []).map((e) => `${e.sources[0]}->${e.targets[0]}`);
  const child = (id: string) => {
    const find = (n: typeof g): typeof g | undefined =>
      n.id === id ? n : (n.children ?? []).map(find).find(Boolean);
    return find(g)!;
  };

  it('puts each edge between siblings of the lowest common container', () => {
    expect(g.layoutOptions?.['elk.hierarchyHandling']).toBe('SEPARATE_CHILDREN');
    expect(edgesOf(g)).toEqual(['t:a->g:g', 'g:g->g:h']);
    expect(edgesOf(child('g:g'))).toEqual(['t:b->g:inner']);
    expect(edgesOf(child('g:h'))).toEqual(['t:d->t:e']);
    expect(edgesOf(child('g:inner'))).toEqual([]);
  });

  it('gives every group the layered options of its own pass', () => {
    expect(child('g:inner').layoutOptions).toMatchObject({
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
    });
  });

  it('picks the mode by size when asked for auto', () => {
    const many = design(
      Array.from({ length: SEPARATE_ABOVE + 1 }, (_, i) => task(`t${i}`)),
      [],
    );
    expect(buildElkGraph(many).layoutOptions?.['elk.hierarchyHandling']).toBe('SEPARATE_CHILDREN');
    expect(buildElkGraph(d).layoutOptions?.['elk.hierarchyHandling']).toBe('INCLUDE_CHILDREN');
  });
});

describe('ELK on a 200-task design', () => {
  it.each(['include', 'separate'] as const)(
    'lays out without overlaps and with every edge running left to right (%s)',
    async (hierarchy) => {
      // A deterministic layered DAG: 19 ranks of 10 tasks, each fed by 1-2 tasks of the previous
      // rank, plus a TaskGroup of two 5-task chains between t_9_0 and t_10_0 (200 tasks).
      const tasks: Task[] = [];
      const edges: [string, string][] = [];
      for (let r = 0; r < 19; r++) {
        for (let i = 0; i < 10; i++) {
          tasks.push(task(`t_${r}_${i}`));
          if (r > 0) {
            edges.push([`t_${r - 1}_${i}`, `t_${r}_${i}`]);
            edges.push([`t_${r - 1}_${(i * 7 + 3) % 10}`, `t_${r}_${i}`]);
          }
        }
      }
      for (let c = 0; c < 2; c++) {
        for (let k = 0; k < 5; k++) {
          tasks.push(task(`g_${c}_${k}`, { group: 'mid' }));
          edges.push([k === 0 ? 't_9_0' : `g_${c}_${k - 1}`, `g_${c}_${k}`]);
        }
        edges.push([`g_${c}_4`, 't_10_0']);
      }
      const d = design(tasks, edges, [{ group_id: 'mid', parent: null, tooltip: null }]);
      const elk = new ELK();
      const laid = await elk.layout(buildElkGraph(d, new Map(), hierarchy));
      const { positions } = readElkLayout(d, laid);
      const ids = Object.keys(positions);
      expect(ids).toHaveLength(200);
      for (let i = 0; i < ids.length; i++) {
        for (let j = i + 1; j < ids.length; j++) {
          const a = positions[ids[i]!]!;
          const b = positions[ids[j]!]!;
          const apart = Math.abs(a.x - b.x) >= TASK_WIDTH || Math.abs(a.y - b.y) >= TASK_HEIGHT;
          if (!apart) expect.fail(`${ids[i]} overlaps ${ids[j]}`);
        }
      }
      for (const e of d.edges) {
        expect(positions[e.to]!.x, `${e.from} -> ${e.to}`).toBeGreaterThanOrEqual(
          positions[e.from]!.x + TASK_WIDTH,
        );
      }
    },
  );
});
