/**
 * Exported DAG files against the real thing: every example and generated
 * design is exported per target, loaded with Airflow's DagBag in each venv of
 * that target (tests/harness/venvs.ts: 2.10 -> MWAA 2.10.1, 2.10.3; 2.11 -> 2.11.0, 2.11.2;
 * 3 -> 3.0.6, 3.2.1, 3.3.1), and
 * linted with ruff's Airflow rules. Venvs come from tests/harness/global-setup.ts;
 * a missing venv fails the test, it never skips.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { AIRFLOW_TARGETS, type AirflowTarget } from '../../src/design/design.ts';
import { isAirflow2 } from '../../src/design/targets.ts';
import { buildExportCases, exampleCount, type ExportCase } from './export-cases.ts';
import { expectationsFor } from './expectations.ts';
import { runDagBagCheck, type DagBagReport, type FileResult } from '../harness/run-dagbag-check.ts';
import { ruffAirflowFindings, summarizeRuffFindings } from '../harness/run-ruff.ts';
import { venvsForTarget } from '../harness/venvs.ts';

const { byTarget } = buildExportCases();

/**
 * Rules the exporter may silence with `# noqa` (checked with --ignore-noqa, so
 * a blanket suppression cannot hide anything else):
 * - AIR001 (variable name != task_id) on every target: a task_id that is not a
 *   Python identifier, or is a builtin, cannot be its variable's name; the
 *   exporter says why on that line.
 * - On 2.x only, the Airflow 3 migration rules: AIR311 flags `airflow.DAG` and
 *   `airflow.models.param.Param`, whose suggested `airflow.sdk` does not exist
 *   on 2.x; AIR312/AIR302 flag the classic operator paths (2.10's standard
 *   provider 0.0.3 has no EmptyOperator). Target 3 gets none of these.
 */
const AIRFLOW3_MIGRATION_RULES = ['AIR301', 'AIR302', 'AIR311', 'AIR312', 'AIR321'];
const allowedNoqa = (target: AirflowTarget): string[] =>
  isAirflow2(target) ? ['AIR001', ...AIRFLOW3_MIGRATION_RULES] : ['AIR001'];

function caseTitle(c: ExportCase): string {
  return `${c.name} (${c.design.dag.dag_id})`;
}

function describeWarnings(result: FileResult): string[] {
  return result.warnings.map((w) => `${w.category} at ${w.filename}:${w.lineno}: ${w.message}`);
}

it('exports every public example on at least its own target', () => {
  const exported = new Set(
    AIRFLOW_TARGETS.flatMap((target) =>
      byTarget[target].filter((c) => c.name.startsWith('example ')).map((c) => c.name),
    ),
  );
  expect(exported.size).toBe(exampleCount());
  for (const target of AIRFLOW_TARGETS) {
    for (const c of byTarget[target].filter(
      (c) => c.name.startsWith('example ') && c.design.target.airflow === target,
    )) {
      expect(c.error, caseTitle(c)).toBeNull();
    }
  }
});

for (const target of AIRFLOW_TARGETS) {
  const cases = byTarget[target];

  describe(`target ${target}: export`, () => {
    it.each(cases.map((c) => [caseTitle(c), c] as const))('%s exports', (_title, c) => {
      expect(c.error).toBeNull();
    });
  });

  const exported = cases.filter((c): c is ExportCase & { dagFile: string } => c.dagFile !== null);

  describe(`target ${target}: ruff --select AIR`, () => {
    it('finds nothing in any exported DAG file', () => {
      expect(exported.length).toBeGreaterThan(0);
      const findings = ruffAirflowFindings(
        exported.map((c) => c.dagFile),
        { respectNoqa: true },
      );
      expect(summarizeRuffFindings(findings)).toEqual([]);
    });

    it(`suppresses with noqa only ${allowedNoqa(target).join(', ')}`, () => {
      const hidden = ruffAirflowFindings(
        exported.map((c) => c.dagFile),
        { respectNoqa: false },
      ).filter((finding) => !allowedNoqa(target).includes(finding.code ?? ''));
      expect(summarizeRuffFindings(hidden)).toEqual([]);
    });
  });

  for (const venv of venvsForTarget(target)) {
    describe(`target ${target} on Airflow ${venv.version}: DagBag`, () => {
      let report: DagBagReport;
      const resultFor = new Map<string, FileResult>();

      beforeAll(() => {
        report = runDagBagCheck(
          venv,
          exported.map((c) => ({ dag_file: c.dagFile })),
        );
        for (const result of report.results) resultFor.set(result.dag_file, result);
      });

      it('runs the Airflow version the venv is named for', () => {
        expect(report.airflow_version).toBe(venv.version);
      });

      it.each(exported.map((c) => [caseTitle(c), c] as const))(
        '%s imports cleanly with the designed structure',
        (_title, c) => {
          const result = resultFor.get(c.dagFile);
          if (!result) throw new Error(`no DagBag result for ${c.dagFile}`);
          expect(result.import_errors).toEqual([]);
          expect(describeWarnings({ ...result, warnings: result.deprecations })).toEqual([]);
          expect(describeWarnings(result)).toEqual([]);
          expect(result.dags).toHaveLength(1);
          const { timetable, ...structure } = result.dags[0]!;
          // A cron beside assets loads as AssetOrTimeSchedule (DatasetOrTimeSchedule on 2.x).
          expect(timetable).toMatch(/Timetable$|^(Asset|Dataset)OrTimeSchedule$/);
          expect(structure).toEqual(expectationsFor(c.design));
        },
      );
    });
  }
}
