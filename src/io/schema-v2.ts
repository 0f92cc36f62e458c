/**
 * The shape of a format-version-2 design file, as a zod schema (older files
 * are upgraded to it first, see migrate.ts). It checks
 * shape and types only: ids, cron strings, operator names and arguments are
 * judged by `validateDesign` (src/model), which can say more about them.
 *
 * Every object is strict: a key the format does not know is an error naming
 * its path (`tasks[2].colour`), never silently dropped, because a dropped key
 * is a setting the user believes they made.
 */
import { z } from 'zod';
import { JsonValueSchema } from './json-value-schema.ts';
import { ParamSchema } from './param-schema.ts';
import { ExpandSchema, NotifierListSchema } from './mapping-alerts-schema.ts';
import { AIRFLOW_TARGETS, DEFAULT_TARGET, type Design } from '../design/design.ts';

export const DESIGN_FORMAT = 'dag-designer';
/** The newest format version this build reads and the only one it writes. */
export const CURRENT_VERSION = 2;

export { JsonValueSchema };

/** Seconds: a finite, non-negative number. */
const seconds = () => z.number().nonnegative();

/**
 * `dag.schedule` as an object: asset URIs, `when` (default `all`) and an
 * optional cron. Shape only: an empty list, a bad URI or a bad cron are
 * `invalid-schedule` findings of validation (src/model/validate/assets.ts).
 */
const AssetScheduleSchema = z.strictObject({
  assets: z.array(z.string()),
  when: z.enum(['all', 'any']).default('all'),
  cron: z.string().optional(),
});

const DagSchema = z.strictObject({
  dag_id: z.string(),
  description: z.string().nullable().default(null),
  // Airflow 3's own default: no schedule means the DAG only runs when triggered.
  schedule: z.union([z.string(), z.null(), AssetScheduleSchema]).default(null),
  start_date: z.string(),
  end_date: z.string().nullable().default(null),
  // Airflow 3's default; written explicitly on save and in every export.
  catchup: z.boolean().default(false),
  max_active_runs: z.int().nullable().default(null),
  max_active_tasks: z.int().nullable().default(null),
  dagrun_timeout: seconds().nullable().default(null),
  tags: z.array(z.string()).default([]),
  default_args: z.record(z.string(), JsonValueSchema).default({}),
  params: z.record(z.string(), ParamSchema).default({}),
  doc_md: z.string().nullable().default(null),
  on_failure_callback: NotifierListSchema,
  on_success_callback: NotifierListSchema,
  on_retry_callback: NotifierListSchema,
});

const GroupSchema = z.strictObject({
  group_id: z.string(),
  parent: z.string().nullable().default(null),
  tooltip: z.string().nullable().default(null),
  ui: z
    .strictObject({
      x: z.number().optional(),
      y: z.number().optional(),
      collapsed: z.boolean().optional(),
    })
    .optional(),
});

const TaskSchema = z.strictObject({
  task_id: z.string(),
  operator: z.string(),
  custom: z.strictObject({ module: z.string(), class: z.string() }).optional(),
  args: z.record(z.string(), JsonValueSchema).default({}),
  expand: ExpandSchema,
  python: z.string().optional(),
  outlets: z.array(z.string()).optional(),
  inlets: z.array(z.string()).optional(),
  role: z.enum(['setup', 'teardown']).optional(),
  setups: z.array(z.string()).optional(),
  group: z.string().nullable().default(null),
  estimated_duration: seconds().optional(),
  estimated_map_count: z.number().optional(),
  ui: z
    .strictObject({
      x: z.number(),
      y: z.number(),
      pinned: z.boolean().optional(),
    })
    .optional(),
});

const EdgeSchema = z.strictObject({ from: z.string(), to: z.string() });

export const DesignSchemaV2 = z
  .strictObject({
    format: z.literal(DESIGN_FORMAT),
    version: z.literal(CURRENT_VERSION),
    target: z
      .strictObject({ airflow: z.literal(AIRFLOW_TARGETS).default(DEFAULT_TARGET) })
      .default({ airflow: DEFAULT_TARGET }),
    dag: DagSchema,
    groups: z.array(GroupSchema).default([]),
    tasks: z.array(TaskSchema).default([]),
    edges: z.array(EdgeSchema).default([]),
  })
  .meta({
    title: 'dag-designer design, format version 2',
    description: 'A drawn Apache Airflow DAG (*.dag.json). See docs/FORMAT.md.',
  });

export type DesignV2Output = z.output<typeof DesignSchemaV2>;
export type DesignV2Input = z.input<typeof DesignSchemaV2>;

// Compile-time proof that the schema and the hand-written types agree both ways:
// whatever the schema accepts is a Design, and every Design passes the schema.
type Assert<T extends true> = T;
export type SchemaOutputIsDesign = Assert<DesignV2Output extends Design ? true : false>;
export type DesignIsSchemaInput = Assert<Design extends DesignV2Input ? true : false>;
