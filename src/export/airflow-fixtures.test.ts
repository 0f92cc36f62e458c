/**
 * The exporter's own fixtures (tests/fixtures: custom operators, UTC offsets,
 * callables sharing a def, builtin-named tasks, the .sh trap) loaded by the
 * real Airflow of every target, like tests/airflow does for the public
 * examples. tests/fixtures/python holds the stand-in custom operator package.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AIRFLOW_TARGETS, type Design } from '../design/design.ts';
import { isAirflow2 } from '../design/targets.ts';
import { parseDesignText } from '../io/index.ts';
import { exportBundle } from './index.ts';
import { expectationsFor } from '../../tests/airflow/expectations.ts';
import { runDagBagCheck } from '../../tests/harness/run-dagbag-check.ts';
import { ruffAirflowFindings, summarizeRuffFindings } from '../../tests/harness/run-ruff.ts';
import { REPO_ROOT, venvsForTarget } from '../../tests/harness/venvs.ts';

const FIXTURES = join(REPO_ROOT, 'tests', 'fixtures');

const fixtures: Design[] = readdirSync(FIXTURES)
  .filter((file) => file.endsWith('.dag.json'))
  .sort()
  .map((file) => {
    const parsed = parseDesignText(readFileSync(join(FIXTURES, file), 'utf8'), file);
    if (!parsed.ok) throw new Error(`${file}: ${JSON.stringify(parsed.findings)}`);
    return parsed.design;
  });

// The stand-in package for custom operators; check_dags.py inherits the environment.
process.env['PYTHONPATH'] = join(FIXTURES, 'python');

for (const target of AIRFLOW_TARGETS) {
  const dir = mkdtempSync(join(tmpdir(), `export-fixtures-${target}-`));
  const files = fixtures.map((design) => {
    const dag = exportBundle(design, { target }).find((file) => file.path.endsWith('.py'));
    if (!dag) throw new Error(`no DAG file for ${design.dag.dag_id}`);
    mkdirSync(join(dir, design.dag.dag_id));
    const path = join(dir, design.dag.dag_id, `${design.dag.dag_id}.py`);
    writeFileSync(path, dag.content);
    return { design, path };
  });

  describe(`fixtures on target ${target}`, () => {
    it('pass ruff --select AIR', () => {
      const paths = files.map((file) => file.path);
      expect(summarizeRuffFindings(ruffAirflowFindings(paths, { respectNoqa: true }))).toEqual([]);
      // What the noqa comments hide: AIR001 (renamed variables) anywhere, migration rules on 2.x only.
      const hidden = ruffAirflowFindings(paths, { respectNoqa: false }).filter(
        (finding) =>
          finding.code !== 'AIR001' &&
          (!isAirflow2(target) || !/^AIR3\d\d$/.test(finding.code ?? '')),
      );
      expect(summarizeRuffFindings(hidden)).toEqual([]);
    });

    for (const venv of venvsForTarget(target)) {
      it(`import on Airflow ${venv.version} with no error or warning and the designed structure`, () => {
        const report = runDagBagCheck(
          venv,
          files.map((file) => ({ dag_file: file.path })),
        );
        expect(report.airflow_version).toBe(venv.version);
        report.results.forEach((result, i) => {
          const { design } = files[i]!;
          expect(result.import_errors, design.dag.dag_id).toEqual([]);
          expect(result.warnings, design.dag.dag_id).toEqual([]);
          expect(result.dags).toHaveLength(1);
          const { timetable, ...structure } = result.dags[0]!;
          // A cron beside assets loads as AssetOrTimeSchedule (DatasetOrTimeSchedule on 2.x).
          expect(timetable).toMatch(/Timetable$|^(Asset|Dataset)OrTimeSchedule$/);
          expect(structure).toEqual(expectationsFor(design));
        });
      });
    }
  });
}
