/**
 * check_dags.py itself, on hand-written DAG files in every venv: it must see
 * structure exactly, charge deprecations to the file that causes them
 * (including ones Airflow reports from inside its own modules), and report
 * import errors. Without this, a checker that saw nothing would pass every
 * real-Airflow test.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runDagBagCheck, type DagBagReport } from '../harness/run-dagbag-check.ts';
import { airflowVenvs } from '../harness/venvs.ts';

const AIRFLOW2_IMPORTS = `from airflow import DAG
from airflow.utils.task_group import TaskGroup
from airflow.operators.bash import BashOperator
from airflow.operators.empty import EmptyOperator
`;
const AIRFLOW3_IMPORTS = `from airflow.sdk import DAG, TaskGroup
from airflow.providers.standard.operators.bash import BashOperator
from airflow.providers.standard.operators.empty import EmptyOperator
`;

const CLEAN_BODY = `from datetime import datetime
from airflow.providers.amazon.aws.notifications.sns import SnsNotifier
from airflow.providers.amazon.aws.notifications.sqs import SqsNotifier

sns = SnsNotifier(target_arn="arn:aws:sns:eu-west-1:1:t", message="m")
with DAG(dag_id="clean", schedule="@weekly", start_date=datetime(2026, 1, 1), catchup=True,
         default_args={"retries": 2}, on_failure_callback=[sns, SqsNotifier(queue_url="q", message_body="b")]) as dag:
    start = EmptyOperator(task_id="start", retries=0, on_retry_callback=sns)
    with TaskGroup("outer"):
        with TaskGroup("inner"):
            work = EmptyOperator(task_id="work", trigger_rule="all_done")
        each = BashOperator.partial(task_id="each", on_success_callback=[sns]).expand(bash_command=["echo a", "echo b"])
        per_key = BashOperator.partial(task_id="per_key").expand(bash_command=start.output)
    start >> work
`;

// Deprecated on both majors: the classic import path is deprecated on 3.x; on
// 2.x DummyOperator is, and 'task_concurrency' (reported from inside Airflow).
const DEPRECATED_2 = `from datetime import datetime
from airflow import DAG
from airflow.operators.dummy import DummyOperator
with DAG(dag_id="old", schedule=None, start_date=datetime(2026, 1, 1)) as dag:
    DummyOperator(task_id="a", task_concurrency=2)
`;
const DEPRECATED_3 = `from datetime import datetime
from airflow.sdk import DAG
from airflow.operators.empty import EmptyOperator
with DAG(dag_id="old", schedule=None, start_date=datetime(2026, 1, 1)) as dag:
    EmptyOperator(task_id="a")
`;

// DagBag's safe mode only opens files mentioning both "airflow" and "dag".
const BROKEN = `# an airflow dag that cannot import
raise RuntimeError("boom from the DAG file")
`;

for (const venv of airflowVenvs()) {
  describe(`check_dags.py on Airflow ${venv.version}`, () => {
    const airflow2 = venv.version.startsWith('2.');
    let report: DagBagReport;
    beforeAll(() => {
      const dir = mkdtempSync(join(tmpdir(), 'check-dags-'));
      const files = {
        clean: (airflow2 ? AIRFLOW2_IMPORTS : AIRFLOW3_IMPORTS) + CLEAN_BODY,
        deprecated: airflow2 ? DEPRECATED_2 : DEPRECATED_3,
        broken: BROKEN,
      };
      for (const [name, code] of Object.entries(files))
        writeFileSync(join(dir, `${name}.py`), code);
      report = runDagBagCheck(venv, [
        { dag_file: join(dir, 'clean.py'), expected: { dag_id: 'clean', catchup: false } },
        { dag_file: join(dir, 'deprecated.py') },
        { dag_file: join(dir, 'broken.py') },
      ]);
    });

    it('reports the structure of a clean file and no warnings', () => {
      const clean = report.results[0]!;
      expect(clean.import_errors).toEqual([]);
      expect(clean.warnings).toEqual([]);
      expect(clean.mismatches).toEqual(['catchup: expected false, got true']);
      const { timetable, ...structure } = clean.dags[0]!;
      expect(timetable).toMatch(/^Cron/);
      expect(structure).toEqual({
        dag_id: 'clean',
        tasks: ['outer.each', 'outer.inner.work', 'outer.per_key', 'start'],
        edges: ['start->outer.inner.work', 'start->outer.per_key'],
        task_groups: ['outer', 'outer.inner'],
        schedule: '0 0 * * 0',
        catchup: true,
        retries: { start: 0, 'outer.inner.work': 2, 'outer.each': 2, 'outer.per_key': 2 },
        trigger_rules: {
          start: 'all_success',
          'outer.inner.work': 'all_done',
          'outer.each': 'all_success',
          'outer.per_key': 'all_success',
        },
        params: {},
        mapped: {
          'outer.each': { class: 'MappedOperator', expand: { bash_command: 'literal:2' } },
          'outer.per_key': { class: 'MappedOperator', expand: { bash_command: 'output_of:start' } },
        },
        callbacks: {
          dag: { on_failure_callback: ['SnsNotifier', 'SqsNotifier'] },
          tasks: {
            start: { on_retry_callback: ['SnsNotifier'] },
            'outer.each': { on_success_callback: ['SnsNotifier'] },
          },
        },
        assets: null,
        outlets: {},
        inlets: {},
        roles: {},
      });
    });

    it('charges deprecations to the file that causes them', () => {
      const deprecated = report.results[1]!;
      expect(deprecated.import_errors).toEqual([]);
      const messages = deprecated.deprecations.map((w) => w.message).join('\n');
      if (airflow2) {
        expect(messages).toContain('DummyOperator');
        expect(messages).toContain('task_concurrency');
      } else {
        expect(messages).toContain('airflow.operators.empty.EmptyOperator');
      }
      expect(deprecated.deprecations.every((w) => w.deprecation)).toBe(true);
    });

    it('reports import errors', () => {
      const broken = report.results[2]!;
      expect(broken.import_errors.join('\n')).toContain('boom from the DAG file');
      expect(broken.dags).toEqual([]);
    });
  });
}
