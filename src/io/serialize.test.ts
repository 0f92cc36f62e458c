import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyDesign } from './empty.ts';
import { parseDesignText } from './parse.ts';
import { designFileName, serializeDesign, sortEdges } from './serialize.ts';
import { sampleDesign } from '../testing/designs.ts';
import { designArb } from '../testing/arbitrary-designs.ts';

const DAG_KEYS = [
  'dag_id',
  'description',
  'schedule',
  'start_date',
  'end_date',
  'catchup',
  'max_active_runs',
  'max_active_tasks',
  'dagrun_timeout',
  'tags',
  'default_args',
  'params',
  'doc_md',
];
const TASK_KEYS = [
  'task_id',
  'operator',
  'custom',
  'args',
  'python',
  'group',
  'estimated_duration',
  'ui',
];

/** Keys in the order they appear in the text (JSON.parse keeps text order for non-integer keys). */
const keysOf = (value: unknown): string[] =>
  typeof value === 'object' && value !== null ? Object.keys(value) : [];

const isSubsequence = (keys: string[], order: string[]) =>
  keys.every((k, i) => i === 0 || order.indexOf(keys[i - 1] ?? '') < order.indexOf(k));

describe('serializeDesign', () => {
  it('writes the contract example in the contract key order, 2-space, trailing newline', () => {
    const text = serializeDesign(sampleDesign());
    expect(text.endsWith('}\n')).toBe(true);
    expect(
      text.startsWith(
        '{\n  "format": "dag-designer",\n  "version": 2,\n  "target": {\n    "airflow": "3.3.1"\n  },\n  "dag": {\n    "dag_id"',
      ),
    ).toBe(true);
    const raw = JSON.parse(text) as Record<string, unknown>;
    expect(keysOf(raw)).toEqual(['format', 'version', 'target', 'dag', 'groups', 'tasks', 'edges']);
    expect(keysOf(raw.dag)).toEqual(DAG_KEYS);
  });

  it('orders keys canonically whatever order the object has', () => {
    const d = sampleDesign();
    const shuffled = {
      edges: d.edges,
      tasks: d.tasks.map((t) => Object.fromEntries(Object.entries(t).reverse())),
      groups: d.groups,
      dag: Object.fromEntries(Object.entries(d.dag).reverse()),
      target: d.target,
      version: d.version,
      format: d.format,
    } as typeof d;
    expect(serializeDesign(shuffled)).toBe(serializeDesign(d));
  });

  it('keeps args in the user order and sorts edges by from, then to', () => {
    const d = sampleDesign();
    d.tasks[1]!.args = { zeta: 1, alpha: 2 };
    d.edges = [
      { from: 'b', to: 'a' },
      { from: 'a', to: 'c' },
      { from: 'B', to: 'z' },
      { from: 'a', to: 'b' },
    ];
    const raw = JSON.parse(serializeDesign(d)) as { tasks: { args: object }[]; edges: unknown };
    expect(Object.keys(raw.tasks[1]!.args)).toEqual(['zeta', 'alpha']);
    expect(raw.edges).toEqual([
      { from: 'B', to: 'z' },
      { from: 'a', to: 'b' },
      { from: 'a', to: 'c' },
      { from: 'b', to: 'a' },
    ]);
  });

  it('omits absent optionals and keeps nulls', () => {
    const text = serializeDesign(emptyDesign('x', new Date('2026-03-04T05:06:07Z')));
    expect(text).toBe(`{
  "format": "dag-designer",
  "version": 2,
  "target": {
    "airflow": "3.3.1"
  },
  "dag": {
    "dag_id": "x",
    "description": null,
    "schedule": null,
    "start_date": "2026-03-04",
    "end_date": null,
    "catchup": false,
    "max_active_runs": null,
    "max_active_tasks": null,
    "dagrun_timeout": null,
    "tags": [],
    "default_args": {
      "owner": "airflow",
      "retries": 1,
      "retry_delay": 300
    },
    "params": {},
    "doc_md": null
  },
  "groups": [],
  "tasks": [],
  "edges": []
}
`);
    expect(parseDesignText(text).ok).toBe(true);
  });

  it('save -> load -> save is byte-identical for any design (property)', () => {
    fc.assert(
      fc.property(designArb, (design) => {
        const first = serializeDesign(design);
        const loaded = parseDesignText(first);
        if (!loaded.ok) throw new Error(JSON.stringify(loaded.findings));
        expect(serializeDesign(loaded.design)).toBe(first);
        expect(loaded.design).toEqual({ ...design, edges: sortEdges(design.edges) });
      }),
      { numRuns: 300 },
    );
  });

  it('writes task keys in the contract order (property)', () => {
    fc.assert(
      fc.property(designArb, (design) => {
        const raw = JSON.parse(serializeDesign(design)) as { tasks: unknown[] };
        for (const t of raw.tasks) expect(isSubsequence(keysOf(t), TASK_KEYS)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('emptyDesign', () => {
  it('defaults the dag id and is a valid design', () => {
    const d = emptyDesign();
    expect(d.dag.dag_id).toBe('my_dag');
    expect(d.target.airflow).toBe('3.3.1');
    expect(parseDesignText(serializeDesign(d)).ok).toBe(true);
  });
});

describe('designFileName', () => {
  it('is <dag_id>.dag.json, or design.dag.json without a dag id', () => {
    const d = emptyDesign('daily_load');
    expect(designFileName(d)).toBe('daily_load.dag.json');
    expect(designFileName({ ...d, dag: { ...d.dag, dag_id: '' } })).toBe('design.dag.json');
  });
});
