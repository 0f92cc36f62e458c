/**
 * Runs tests/airflow/check_dags.py in one Airflow venv over a batch of DAG
 * files (one Python process per batch: importing Airflow takes seconds) and
 * parses its JSON report with zod.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { JsonValueSchema } from '../../src/io/json-value-schema.ts';
import { REPO_ROOT, requirePython, type AirflowVenv } from './venvs.ts';

const CHECKER = join(REPO_ROOT, 'tests/airflow/check_dags.py');

const WarningSchema = z.object({
  category: z.string(),
  filename: z.string(),
  lineno: z.number(),
  message: z.string(),
  deprecation: z.boolean(),
});

export const DagStructureSchema = z.object({
  dag_id: z.string(),
  tasks: z.array(z.string()),
  edges: z.array(z.string()),
  task_groups: z.array(z.string()),
  schedule: z.string().nullable(),
  timetable: z.string(),
  catchup: z.boolean(),
  retries: z.record(z.string(), z.number()),
  trigger_rules: z.record(z.string(), z.string()),
  /** Each Param: its default (when set), description, and the rest of its keywords as `schema`. */
  params: z.record(
    z.string(),
    z.object({
      default: JsonValueSchema.optional(),
      description: z.string().optional(),
      schema: z.record(z.string(), JsonValueSchema),
    }),
  ),
  /** Each MappedOperator: its class and, per expanded argument, `literal:<n>` or `output_of:<task>`. */
  mapped: z.record(
    z.string(),
    z.object({ class: z.string(), expand: z.record(z.string(), z.string()) }),
  ),
  /** Notifier class names of the DAG's and each task's alert hooks (empty hooks left out). */
  callbacks: z.object({
    dag: z.record(z.string(), z.array(z.string())),
    tasks: z.record(z.string(), z.record(z.string(), z.array(z.string()))),
  }),
  /** The asset (dataset) schedule: its condition and URIs; null for a cron, preset or manual DAG. */
  assets: z.object({ when: z.enum(['all', 'any']), uris: z.array(z.string()) }).nullable(),
  /** Asset URIs per task, for tasks that have any (Airflow may rewrite a URI, see asset-uri.ts). */
  outlets: z.record(z.string(), z.array(z.string())),
  inlets: z.record(z.string(), z.array(z.string())),
  /** Setup and teardown tasks (`is_setup` / `is_teardown`). */
  roles: z.record(z.string(), z.enum(['setup', 'teardown'])),
});

const FileResultSchema = z.object({
  dag_file: z.string(),
  import_errors: z.array(z.string()),
  warnings: z.array(WarningSchema),
  deprecations: z.array(WarningSchema),
  /** Import-time warnings from installed packages' own code (not charged to the file). */
  library_warnings: z.array(WarningSchema),
  dags: z.array(DagStructureSchema),
  mismatches: z.array(z.string()).optional(),
});

const ReportSchema = z.object({
  airflow_version: z.string(),
  dagbag_class: z.string(),
  startup_warnings: z.array(WarningSchema),
  results: z.array(FileResultSchema),
});

export type DagStructure = z.infer<typeof DagStructureSchema>;
export type DagWarning = z.infer<typeof WarningSchema>;
export type FileResult = z.infer<typeof FileResultSchema>;
export type DagBagReport = z.infer<typeof ReportSchema>;

export interface DagJob {
  dag_file: string;
  /** Fields of the loaded DAG to compare (the checker lists differences in `mismatches`). */
  expected?: Partial<DagStructure>;
}

/** Loads every file with Airflow's DagBag in `venv`; throws when the checker itself fails. */
export function runDagBagCheck(venv: AirflowVenv, jobs: readonly DagJob[]): DagBagReport {
  const python = requirePython(venv);
  const jobFile = join(mkdtempSync(join(tmpdir(), 'dagbag-jobs-')), 'jobs.json');
  writeFileSync(jobFile, JSON.stringify(jobs));
  const run = spawnSync(python, [CHECKER, jobFile], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' },
  });
  if (run.error) throw new Error(`could not start ${python}: ${run.error.message}`);
  if (run.status !== 0) {
    throw new Error(
      `check_dags.py (Airflow ${venv.version}) exited ${run.status}:\n${run.stderr.slice(-4000)}`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(run.stdout);
  } catch {
    throw new Error(
      `check_dags.py (Airflow ${venv.version}) printed no JSON:\n${run.stdout.slice(0, 2000)}`,
    );
  }
  const parsed = ReportSchema.safeParse(json);
  if (!parsed.success) {
    throw new Error(
      `check_dags.py (Airflow ${venv.version}) report has an unexpected shape: ${parsed.error.message}`,
    );
  }
  if (parsed.data.results.length !== jobs.length) {
    throw new Error(
      `check_dags.py answered ${parsed.data.results.length} results for ${jobs.length} files`,
    );
  }
  return parsed.data;
}
