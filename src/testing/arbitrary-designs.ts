/**
 * Test helper: a fast-check generator of well-shaped designs (shape only:
 * ids and operators are arbitrary strings, since the format layer must
 * round-trip anything the schema accepts). Fixed example designs live in
 * src/testing/designs.ts.
 */
import fc from 'fast-check';
import type { Design, JsonValue, Task, TaskGroup } from '../design/design.ts';
import { AIRFLOW_TARGETS } from '../design/targets.ts';

// Any string, including quotes, backslashes, newlines, `"""` and astral characters.
const text = fc.string({ unit: 'grapheme', maxLength: 12 });
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const nullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const finite = fc
  .double({ noNaN: true, noDefaultInfinity: true })
  .map((n) => (Object.is(n, -0) ? 0 : n));
const seconds = fc.integer({ min: 0, max: 10 ** 7 });
const key = text.filter((k) => k !== '__proto__');
const jsonValue: fc.Arbitrary<JsonValue> = fc.letrec<{ value: JsonValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    finite,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(key, tie('value'), { maxKeys: 3 }),
  ),
})).value;
const jsonRecord = fc.dictionary(key, jsonValue, { maxKeys: 4 });

const groupArb: fc.Arbitrary<TaskGroup> = fc.record(
  {
    group_id: text,
    parent: nullable(text),
    tooltip: nullable(text),
    ui: maybe(fc.record({ x: finite, y: finite, collapsed: fc.boolean() }, { requiredKeys: [] })),
  },
  { requiredKeys: ['group_id', 'parent', 'tooltip'] },
);

const taskArb: fc.Arbitrary<Task> = fc.record(
  {
    task_id: text,
    operator: text,
    custom: fc.record({ module: text, class: text }),
    args: jsonRecord,
    python: text,
    group: nullable(text),
    estimated_duration: seconds,
    ui: fc.record({ x: finite, y: finite, pinned: fc.boolean() }, { requiredKeys: ['x', 'y'] }),
  },
  { requiredKeys: ['task_id', 'operator', 'args', 'group'] },
);

export const designArb: fc.Arbitrary<Design> = fc.record({
  format: fc.constant('dag-designer' as const),
  version: fc.constant(2 as const),
  target: fc.record({ airflow: fc.constantFrom(...AIRFLOW_TARGETS) }),
  dag: fc.record({
    dag_id: text,
    description: nullable(text),
    schedule: nullable(fc.constantFrom('@daily', '0 3 * * *', '*/5 * * * *')),
    start_date: fc.constantFrom('2026-01-01', '2025-06-30T12:00:00+02:00'),
    end_date: nullable(fc.constant('2027-01-01')),
    catchup: fc.boolean(),
    max_active_runs: nullable(fc.integer({ min: 0, max: 64 })),
    max_active_tasks: nullable(fc.integer({ min: 0, max: 64 })),
    dagrun_timeout: nullable(seconds),
    tags: fc.array(text, { maxLength: 3 }),
    default_args: jsonRecord,
    params: fc.dictionary(
      key,
      fc.record(
        {
          default: jsonValue,
          type: fc.constantFrom('string' as const, 'integer' as const, 'object' as const),
          description: text,
          enum: fc.array(jsonValue, { maxLength: 2 }),
          minimum: finite,
          maximum: finite,
        },
        { requiredKeys: [] },
      ),
      { maxKeys: 2 },
    ),
    doc_md: nullable(text),
  }),
  groups: fc.array(groupArb, { maxLength: 3 }),
  tasks: fc.array(taskArb, { maxLength: 5 }),
  edges: fc.array(fc.record({ from: text, to: text }), { maxLength: 6 }),
});
