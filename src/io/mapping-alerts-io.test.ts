/**
 * Format version 2's `expand`, `estimated_map_count` and alert lists through
 * the one parser and the serializer: canonical key order, strict shapes,
 * absent optional keys left out.
 */
import { describe, expect, it } from 'vitest';
import { parseDesign, parseDesignText, serializeDesign } from './index.ts';
import { testDesign, testTask } from '../testing/designs.ts';

const mapped = () =>
  testDesign({
    dag: {
      on_success_callback: [{ notifier: 'SnsNotifier', args: { target_arn: 'a', message: 'm' } }],
      on_failure_callback: [{ args: { message: 'm', target_arn: 'a' }, notifier: 'SnsNotifier' }],
    },
    tasks: [
      testTask('list'),
      {
        ui: { x: 1, y: 2 },
        estimated_map_count: 3,
        estimated_duration: 5,
        group: null,
        expand: { bash_command: ['echo a'] },
        args: {},
        operator: 'BashOperator',
        task_id: 'each',
      },
    ],
  });

describe('expand and alerts in the file', () => {
  it('writes the contract key order and reads back the same design', () => {
    const text = serializeDesign(mapped());
    const parsed = JSON.parse(text) as {
      dag: Record<string, unknown>;
      tasks: Record<string, unknown>[];
    };
    expect(Object.keys(parsed.dag).slice(-2)).toEqual([
      'on_failure_callback',
      'on_success_callback',
    ]);
    expect(Object.keys(parsed.tasks[1]!)).toEqual([
      'task_id',
      'operator',
      'args',
      'expand',
      'group',
      'estimated_duration',
      'estimated_map_count',
      'ui',
    ]);
    expect(text).toContain(
      '"on_failure_callback": [\n      {\n        "notifier": "SnsNotifier",\n        "args"',
    );
    const back = parseDesignText(text, 'x.dag.json');
    expect(back.ok && serializeDesign(back.design)).toBe(text);
  });

  it('leaves absent fields out', () => {
    const text = serializeDesign(testDesign({ tasks: [testTask('a')] }));
    for (const key of ['expand', 'estimated_map_count', 'on_failure_callback', 'on_retry_callback'])
      expect(text).not.toContain(key);
  });

  it('refuses unknown keys and wrong shapes with their paths', () => {
    interface Raw {
      dag: { on_failure_callback: Record<string, unknown>[] };
      tasks: { expand: Record<string, unknown>; estimated_map_count?: unknown }[];
    }
    const raw = JSON.parse(serializeDesign(mapped())) as Raw;
    const bad = (mutate: (d: Raw) => void) => {
      const copy = structuredClone(raw);
      mutate(copy);
      const result = parseDesign(copy);
      return result.ok ? [] : result.findings.map((f) => `${f.code}@${f.path}`);
    };
    expect(bad((d) => (d.dag.on_failure_callback[0]!['colour'] = 'red'))).toEqual([
      'invalid-design@dag.on_failure_callback[0].colour',
    ]);
    expect(
      bad((d) => (d.tasks[1]!.expand['bash_command'] = { output_of: 'list', extra: 1 })),
    ).toEqual(['invalid-design@tasks[1].expand.bash_command.extra']);
    expect(bad((d) => (d.tasks[1]!.estimated_map_count = 'ten'))).toEqual([
      'invalid-design@tasks[1].estimated_map_count',
    ]);
  });
});
