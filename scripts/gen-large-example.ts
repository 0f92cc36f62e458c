/**
 * Generates public/examples/large_200_tasks.dag.json: 200 tasks in nested
 * groups, for the canvas auto-layout and performance journeys. Deterministic
 * (no clock, no randomness): rerunning gives the same bytes.
 *
 * Run: `npx tsx scripts/gen-large-example.ts`
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { serializeDesign } from '../src/io/index.ts';
import type { Design, Edge, JsonValue, Task, TaskGroup } from '../src/design/design.ts';

export const LARGE_EXAMPLE_PATH = 'public/examples/large_200_tasks.dag.json';

const DOMAINS = [
  'sales',
  'finance',
  'marketing',
  'inventory',
  'logistics',
  'support',
  'hr',
  'web',
  'mobile',
];
const PARALLEL = 8;
const AWS = { aws_conn_id: 'aws_default', region_name: 'eu-west-1' };

/** A stable pseudo-duration in seconds: varied enough for a realistic critical path. */
const duration = (seed: number, base: number, spread: number) =>
  base + ((seed * 7919) % 13) * spread;

export function buildLargeExample(): Design {
  const groups: TaskGroup[] = [];
  const tasks: Task[] = [];
  const edges: Edge[] = [];
  const add = (
    task_id: string,
    operator: string,
    group: string | null,
    args: Record<string, JsonValue>,
    estimated: number,
    x: number,
    y: number,
  ) => tasks.push({ task_id, operator, args, group, estimated_duration: estimated, ui: { x, y } });
  const link = (from: string, to: string) => edges.push({ from, to });

  add('start', 'EmptyOperator', null, {}, 1, 0, 0);
  DOMAINS.forEach((d, i) => {
    const y0 = i * PARALLEL * 100;
    groups.push(
      { group_id: d, parent: null, tooltip: `The ${d} domain` },
      { group_id: `${d}_extract`, parent: d, tooltip: `Pull ${d} partitions` },
      { group_id: `${d}_transform`, parent: d, tooltip: `Aggregate ${d} partitions with Athena` },
    );
    add(
      `wait_${d}`,
      'S3KeySensor',
      d,
      {
        bucket_name: 'acme-raw-landing',
        bucket_key: `${d}/dt={{ ds }}/_SUCCESS`,
        mode: 'reschedule',
        poke_interval: 300,
        timeout: 14400,
        ...AWS,
      },
      duration(i, 300, 60),
      280,
      y0,
    );
    link('start', `wait_${d}`);
    for (let k = 0; k < PARALLEL; k++) {
      const extract = `extract_${d}_${k}`;
      const transform = `transform_${d}_${k}`;
      add(
        extract,
        'LambdaInvokeFunctionOperator',
        `${d}_extract`,
        {
          function_name: `${d}-extractor`,
          payload: `{"partition": ${k}, "ds": "{{ ds }}"}`,
          invocation_type: 'RequestResponse',
          ...AWS,
        },
        duration(i * 31 + k, 120, 20),
        560,
        y0 + k * 100,
      );
      add(
        transform,
        'AthenaOperator',
        `${d}_transform`,
        {
          query: `INSERT INTO staging.${d}_p${k} SELECT * FROM raw.${d} WHERE dt = '{{ ds }}' AND part = ${k}`,
          database: 'staging',
          output_location: 's3://acme-athena-results/large/',
          ...AWS,
        },
        duration(i * 17 + k, 90, 15),
        840,
        y0 + k * 100,
      );
      link(`wait_${d}`, extract);
      link(extract, transform);
      link(transform, `merge_${d}`);
    }
    const tail: [string, string, Record<string, JsonValue>, number][] = [
      [
        `merge_${d}`,
        'AthenaOperator',
        {
          query: `INSERT INTO curated.${d} SELECT * FROM staging.${d}_all WHERE dt = '{{ ds }}'`,
          database: 'curated',
          output_location: 's3://acme-athena-results/large/',
          ...AWS,
        },
        duration(i, 240, 30),
      ],
      [
        `quality_${d}`,
        'AthenaOperator',
        {
          query: `SELECT count(*) FROM curated.${d} WHERE dt = '{{ ds }}'`,
          database: 'curated',
          output_location: 's3://acme-athena-results/large/',
          ...AWS,
        },
        duration(i, 60, 10),
      ],
      [
        `publish_${d}`,
        'SnsPublishOperator',
        {
          target_arn: 'arn:aws:sns:eu-west-1:123456789012:domain-ready',
          subject: `${d} {{ ds }} ready`,
          message: `curated.${d} is ready for {{ ds }}`,
          ...AWS,
        },
        5,
      ],
      [
        `archive_${d}`,
        'S3CopyObjectOperator',
        {
          source_bucket_name: 'acme-raw-landing',
          source_bucket_key: `${d}/dt={{ ds }}/_SUCCESS`,
          dest_bucket_name: 'acme-archive',
          dest_bucket_key: `${d}/dt={{ ds }}/_SUCCESS`,
          ...AWS,
        },
        20,
      ],
      [
        `cleanup_${d}`,
        'S3DeleteObjectsOperator',
        { bucket: 'acme-staging', prefix: `${d}/dt={{ ds }}/`, ...AWS },
        30,
      ],
    ];
    tail.forEach(([id, operator, args, est], n) => {
      add(id, operator, d, args, est, 1120 + n * 280, y0 + 300);
      if (n > 0) link(tail[n - 1]?.[0] ?? '', id);
    });
    link(`cleanup_${d}`, 'finish');
  });
  add('finish', 'EmptyOperator', null, {}, 1, 2520, 0);

  return {
    format: 'dag-designer',
    version: 2,
    target: { airflow: '3.3.1' },
    dag: {
      dag_id: 'large_200_tasks',
      description:
        'Nine data domains, each extracting 8 partitions in parallel: 200 tasks for layout and performance checks.',
      schedule: '0 5 * * *',
      start_date: '2026-01-01',
      end_date: null,
      catchup: false,
      max_active_runs: 1,
      max_active_tasks: 32,
      dagrun_timeout: 21600,
      tags: ['large', 'generated'],
      default_args: { owner: 'data-eng', retries: 2, retry_delay: 300 },
      params: {},
      doc_md: 'Generated by `scripts/gen-large-example.ts`; edit the script, not this file.',
    },
    groups,
    tasks,
    edges,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const target = fileURLToPath(new URL(`../${LARGE_EXAMPLE_PATH}`, import.meta.url));
  writeFileSync(target, serializeDesign(buildLargeExample()));
  process.stdout.write(`wrote ${LARGE_EXAMPLE_PATH}\n`);
}
